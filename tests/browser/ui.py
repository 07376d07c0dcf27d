"""Label Studio's web UI, as an annotator uses it: log in, "Label All Tasks", pick a label,
drag over text, tick a choice, submit or skip. One :class:`Person` is one browser session."""

from __future__ import annotations

import re
import time
from pathlib import Path

# [start, end) in code points of the unit text -> the points where a drag over them starts
# and ends. Label Studio renders a line break as <br>, so every other code point is one
# position of the DOM's text nodes (in UTF-16 units there: an emoji is two).
_DRAG_POINTS = """([text, start, end]) => {
  const boxes = [...document.querySelectorAll('.lsf-htx-richtext')]
    .filter(box => box.querySelector('.lsf-richtext__line'));
  const box = boxes[boxes.length - 1];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const nodes = []; for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const points = [...text]; const at = []; let node = 0, offset = 0;
  for (const ch of points) {
    if (ch === '\\n') { at.push(null); continue; }
    while (node < nodes.length && offset >= nodes[node].data.length) { node++; offset = 0; }
    at.push([nodes[node], offset]); offset += ch.length;
  }
  const rect = (i) => {
    const range = document.createRange();
    range.setStart(at[i][0], at[i][1]); range.setEnd(at[i][0], at[i][1] + points[i].length);
    return range.getBoundingClientRect();
  };
  const first = rect(start), last = rect(end - 1);
  return {x0: first.left + 1, y0: first.top + first.height / 2,
          x1: last.right - 1, y1: last.top + last.height / 2};
}"""
_TASK_ID = re.compile(r"#?(\d+)")


class Person:
    """One person in their own browser session (cookies of their own)."""

    def __init__(self, browser, url: str, email: str, password: str, shots: Path | None = None):
        self.url, self.email, self.password, self.shots = url, email, password, shots
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()

    def close(self) -> None:
        self.context.close()

    def log_in(self) -> bool:
        page = self.page
        page.goto(f"{self.url}/user/login/")
        page.fill("input[name=email]", self.email)
        page.fill("input[name=password]", self.password)
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        return "/user/login" not in page.url

    def label_all_tasks(self, project_id: int) -> int | None:
        """Open the project and press "Label All Tasks"; the first task's id (None: none left)."""
        self.page.goto(f"{self.url}/projects/{project_id}/data")
        self.page.get_by_role("button", name="Label All Tasks").click()
        return self._next_task(None)

    def open_task(self, project_id: int, task_id: int) -> None:
        """Open one task from the Data Manager, as a reviewer does."""
        self.page.goto(f"{self.url}/projects/{project_id}/data?task={task_id}")
        self.page.wait_for_selector(".lsf-richtext__line", timeout=60_000)
        self.page.wait_for_timeout(500)

    def task_id(self) -> int | None:
        """The id of the task on screen, from the editor's bottom bar."""
        shown = self.page.locator(".lsf-current-task__task-id")
        if not shown.count():
            return None
        found = _TASK_ID.match(shown.first.inner_text().strip())
        return int(found.group(1)) if found else None

    def label(self, name: str) -> None:
        """Choose a span label (before selecting the text, as Label Studio wants)."""
        self.page.locator(".lsf-label__text").get_by_text(name, exact=True).click()

    def select(self, text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
        """Drag the mouse over ``needle`` in the unit's ``text``; its code-point offsets."""
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(needle, start + 1)
        end = start + len(needle)
        points = self.page.evaluate(_DRAG_POINTS, [text, start, end])
        mouse = self.page.mouse
        mouse.move(points["x0"], points["y0"])
        mouse.down()
        mouse.move(points["x1"], points["y1"], steps=10)
        mouse.up()
        self.page.wait_for_timeout(300)
        return start, end

    def tick(self, choice: str) -> None:
        self.page.locator(
            ".lsf-choice__checkbox", has=self.page.locator(f'input[name="{choice}"]')
        ).click()

    def regions(self) -> int:
        return self.page.locator(".lsf-richtext__container .htx-highlight").count()

    def ticked(self) -> list[str]:
        return [
            box.get_attribute("name") or ""
            for box in self.page.locator(".lsf-choice__checkbox input:checked").all()
        ]

    def submit(self) -> int | None:
        """Ctrl+Enter, as annotators do; the id of the task that comes next (None: no more)."""
        before = self.task_id()
        self.page.keyboard.press("Control+Enter")
        return self._next_task(before)

    def submit_opened(self) -> None:
        """Submit a task opened from the Data Manager: it stays on screen, saved."""
        self.page.keyboard.press("Control+Enter")
        self.page.locator("button", has_text=re.compile(r"^Update$")).wait_for(timeout=60_000)

    def skip(self) -> int | None:
        before = self.task_id()
        self.page.get_by_role("button", name="Skip").click()
        return self._next_task(before)

    def screenshot(self, name: str) -> Path | None:
        if self.shots is None:
            return None
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def text_shown(self, selector: str = ".lsf-main-view") -> str:
        return self.page.locator(selector).first.inner_text()

    def _next_task(self, before: int | None, timeout: float = 60) -> int | None:
        """Wait until a task other than ``before`` is on screen, or the stream says it is done."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = self.task_id()
            if (
                now is not None
                and now != before
                and self.page.locator(".lsf-richtext__line").count()
            ):
                self.page.wait_for_timeout(300)
                return now
            if self.page.get_by_text(
                re.compile(r"no more|all tasks .*(done|completed)|nothing left", re.I)
            ).count():
                return None
            time.sleep(0.25)
        raise TimeoutError(f"{self.email}: no next task within {timeout:g} s")
