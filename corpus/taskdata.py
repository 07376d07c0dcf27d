"""What a Label Studio task carries for a unit: the contract between push, templates and export.

Every task's ``data`` holds the unit (``text`` and where it comes from) and the context an
annotator needs to read it. The context comes twice: as plain fields a team's own labeling
config may show (``title``, ``prev``, ``next``, ``parent_text``, ``parent_author``), and as two
ready-made HTML blocks the built-in templates show (``context_before``, ``context_after``):
labelled sections ("Article", "Earlier in the thread", "In reply to — AUTHOR", "Before this
sentence" ...), each present only when it has something to show. HTML because Label Studio
renders an empty ``<Text>`` as an empty box, while an empty ``<HyperText>`` takes no room;
every piece of text in it is escaped, so a comment's ``<script>`` stays a literal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from html import escape
from itertools import groupby

# the fields of every task's data; a labeling config may read any of them
TASK_FIELDS = (
    "text",  # the unit: what is labelled; span offsets count into it
    "unit_id",
    "doc_id",
    "kind",
    "section",
    "start",
    "end",
    "sha256",
    "author",  # a comment's author
    "published",  # a comment's date
    "title",  # the article's title
    "target",  # stance: what the stance is toward (default: the title)
    "prev",  # the unit before it of the same kind and parent (a sentence's, in its paragraph)
    "next",
    "parent_text",  # the unit it belongs to: a reply's comment, a sentence's paragraph
    "parent_author",  # a reply's parent comment's author
    "context_before",  # HTML: labelled sections above the unit
    "context_after",  # HTML: labelled sections below it
)
# fields whose content is context, not the unit (the dataset keeps them in `context` or not at all)
CONTEXT_FIELDS = frozenset(
    {"title", "target", "prev", "next", "parent_text", "parent_author", "context_before",
     "context_after"}
)  # fmt: skip

# what a review task (`corpus review`) adds to its unit's data; shown as Data Manager columns
REVIEW_FIELDS = (
    "review_of_project",  # the annotated project's id
    "review_of_task",  # the unit's task in it
    "review_controls",  # the controls its annotators disagree on
    "review_agreement",  # the lowest per-unit agreement among them
    "review_versions",  # HTML: each annotator's answer under their pseudonym, read-only
    "review_answers",  # pseudonym -> their results, to tell whose version the adjudicator chose
)

THREAD_DEPTH = 3  # ancestors shown above a reply's parent ("Earlier in the thread")
CONTEXT_CHARS = 1500  # a context section longer than this is cut, on the side away from the unit

_SECTION = "margin: 0 0 10px; padding: 2px 0 2px 10px; border-left: 3px solid #d0d4dc; color: #444"
_LABEL = (
    "font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;"
    " color: #7a8190; margin-bottom: 2px"
)
_BODY = "white-space: pre-wrap; font-size: 14px; line-height: 1.45"
_NESTED = "margin: 4px 0 4px 0; padding-left: 10px; border-left: 2px solid #e4e7ec"


def task_data(
    units: Iterable[dict], *, kinds: Iterable[str] | None = None, target: str | None = None
) -> Iterator[dict]:
    """The ``data`` of one task per unit (of ``kinds``), with its context.

    Context is read from the document's own units, so the units of one document must be
    adjacent, as ``corpus split`` writes them.
    """
    wanted = frozenset(kinds) if kinds else None
    for _, group in groupby(units, key=lambda u: u["doc_id"]):
        doc = _Document(list(group))
        for unit in doc.units:
            if wanted is None or unit["kind"] in wanted:
                yield doc.data(unit, target)


class _Document:
    """One document's units, looked up by id and by (kind, parent) for siblings."""

    def __init__(self, units: list[dict]) -> None:
        self.units = units
        self.by_id = {u["id"]: u for u in units}
        self.title = next((u["text"] for u in units if u["kind"] == "title"), "")
        siblings: dict[tuple[str, str | None], list[dict]] = {}
        for unit in units:
            siblings.setdefault((unit["kind"], unit.get("parent_id")), []).append(unit)
        self.neighbours: dict[str, tuple[str, str]] = {}
        for same in siblings.values():
            for i, unit in enumerate(same):
                before = same[i - 1]["text"] if i else ""
                after = same[i + 1]["text"] if i + 1 < len(same) else ""
                self.neighbours[unit["id"]] = (before, after)

    def data(self, unit: dict, target: str | None) -> dict:
        parent = self.by_id.get(unit.get("parent_id") or "")
        prev, next_ = self.neighbours[unit["id"]]
        before, after = self._sections(unit, parent, prev, next_)
        return {
            "text": unit["text"],
            "unit_id": unit["id"],
            "doc_id": unit["doc_id"],
            "kind": unit["kind"],
            "section": unit.get("section", ""),
            "start": unit.get("start"),
            "end": unit.get("end"),
            "sha256": unit.get("sha256", ""),
            "author": unit.get("author") or "",
            "published": unit.get("published") or "",
            "title": self.title,
            "target": target or self.title,
            "prev": prev,
            "next": next_,
            "parent_text": parent["text"] if parent else "",
            "parent_author": (parent.get("author") or "") if parent else "",
            "context_before": render(before),
            "context_after": render(after),
        }

    def _sections(self, unit, parent, prev, next_) -> tuple[list, list]:
        """The labelled sections above and below the unit, by what the unit is."""
        kind = unit["kind"]
        above: list[tuple[str, str | list | None]] = []
        below: list[tuple[str, str | list | None]] = []
        if kind == "title":
            return above, below
        if self.title:
            above.append(("Article", self.title))
        if kind == "comment":
            if parent is not None:
                above.extend(self._thread(parent))
            above.append((_by("This comment", unit), None))
        elif kind == "sentence" and parent is not None:
            where = "paragraph"
            if parent["kind"] == "comment":
                grandparent = self.by_id.get(parent.get("parent_id") or "")
                if grandparent is not None:
                    above.append((_by("In reply to", grandparent), _tail(grandparent["text"])))
                where = "comment"
            before, after = _around(unit, parent)
            label = f"Earlier in the {where}"
            above.append((_by(label, parent) if where == "comment" else label, _tail(before)))
            above.append(
                (
                    _by("This sentence, in a comment by", parent, bare="This sentence")
                    if where == "comment"
                    else "This sentence",
                    None,
                )
            )
            below.append((f"Later in the {where}", _head(after)))
        elif kind == "paragraph":
            above.append(("Previous paragraph", _tail(prev)))
            above.append(("This paragraph", None))
            below.append(("Next paragraph", _head(next_)))
        return above, below

    def _thread(self, parent: dict) -> list[tuple[str, str | list]]:
        """'Earlier in the thread' (the parent's ancestors, nearest last) and 'In reply to'."""
        chain: list[dict] = []
        up = self.by_id.get(parent.get("parent_id") or "")
        while up is not None and up["kind"] == "comment":
            chain.append(up)
            up = self.by_id.get(up.get("parent_id") or "")
        shown = chain[:THREAD_DEPTH][::-1]
        sections: list[tuple[str, str | list]] = []
        if shown:
            more = len(chain) - len(shown)
            label = "Earlier in the thread" + (f" ({more} more above)" if more else "")
            sections.append((label, [(_who(c), _head(c["text"])) for c in shown]))
        sections.append((_by("In reply to", parent), _tail(parent["text"])))
        return sections


def render(sections: Sequence[tuple[str, str | list | None]]) -> str:
    """Sections as HTML; an empty one is left out, and so is a heading (a section whose body
    is None, the label of the unit itself) with nothing above it."""
    parts = []
    for label, body in sections:
        if body is None:
            if parts:
                parts.append(f'<div style="{_LABEL}">{escape(label)}</div>')
            continue
        if isinstance(body, list):
            inner = "".join(
                f'<div style="{_NESTED}"><div style="{_LABEL}">{escape(who)}</div>'
                f'<div style="{_BODY}">{escape(text)}</div></div>'
                for who, text in body
            )
        elif body:
            inner = f'<div style="{_BODY}">{escape(body)}</div>'
        else:
            continue
        parts.append(
            f'<div style="{_SECTION}"><div style="{_LABEL}">{escape(label)}</div>{inner}</div>'
        )
    return "".join(parts)


def _around(unit: dict, parent: dict) -> tuple[str, str]:
    """The parent's text before and after the unit (a sentence in its paragraph or comment)."""
    text, start, end, offset = (
        parent["text"],
        unit.get("start"),
        unit.get("end"),
        parent.get("start"),
    )
    if (
        all(isinstance(n, int) for n in (start, end, offset))
        and text[start - offset : end - offset] == unit["text"]
    ):
        return text[: start - offset].rstrip(), text[end - offset :].lstrip()
    before, found, after = text.partition(unit["text"])
    return (before.rstrip(), after.lstrip()) if found else ("", "")


def _by(label: str, unit: dict, *, bare: str | None = None) -> str:
    """``label — AUTHOR``; without an author, ``bare`` (default: the label alone)."""
    author = unit.get("author")
    if not author:
        return label if bare is None else bare
    return f"{label} {author}" if label.endswith(" by") else f"{label} — {author}"


def _who(unit: dict) -> str:
    return unit.get("author") or "Comment"


def _head(text: str) -> str:
    """The start of a context text that follows the unit."""
    return text if len(text) <= CONTEXT_CHARS else text[:CONTEXT_CHARS].rstrip() + " …"


def _tail(text: str) -> str:
    """The end of a context text that precedes the unit (the part nearest to it)."""
    return text if len(text) <= CONTEXT_CHARS else "… " + text[-CONTEXT_CHARS:].lstrip()
