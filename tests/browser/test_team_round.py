"""A round of annotation as a team does it, in Label Studio's web UI through a real browser.

Two annotators whose accounts `corpus team add` made log in, press "Label All Tasks" on a project
pushed with `--overlap 2`, and annotate the same tasks: a name after an emoji, an organisation
across a line break, choices, a skip. `corpus review` sends their disagreement to an adjudicator,
whose task opens empty. Then pull → agreement (figures worked out by hand below) → export →
`load_dataset`, where every unit's text is its own and every span's text is the text at its
offsets, in units and in documents. The steps run in order and share one round.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import datasets
import pytest
from click.testing import CliRunner

from corpus.cli import cli

from ..conftest import EXAMPLES
from .ui import Person

# our own words; an emoji with a skin tone before a name, a name broken over two lines
ARTICLE = {
    "id": "ferry-fares",
    "title": "Ferry fares frozen for another year",
    "author": "Nell Arden",
    "published": "2026-03-02",
    "language": "en",
    "text": "The harbour board voted on Tuesday to keep ferry fares at their 2025 level.\n\n"
    "The decision costs the operator about 40,000 euros a year.",
    "comments": [
        {"id": "k1", "author": "Ines Varga", "text": "👍🏽 Great work by Maria Lopez and the board."},
        {"id": "k2", "author": "Pat Mulvane", "parent": "k1",
         "text": "Fares stay, says the Marlow Bay\nFerry Company, for now."},
        {"id": "k3", "author": "Lou Berg", "text": "I still walk to Vila Nova every day."},
    ],
}  # fmt: skip
ONE, TWO, THREE = "ferry-fares/c1", "ferry-fares/c1.1", "ferry-fares/c2"
# what each annotator does, per unit: (label, needle) spans, a tone, or a skip
PLANS = {
    "ann1": {ONE: ([("PER", "Maria Lopez")], "critical"),
             TWO: ([("ORG", "Marlow Bay\nFerry Company")], "supportive"),
             THREE: None},
    "ann2": {ONE: ([("PER", "Maria Lopez")], "neutral"),
             TWO: ([("ORG", "Marlow Bay\nFerry Company")], "supportive"),
             THREE: ([("LOC", "Vila Nova")], "neutral")},
}  # fmt: skip


def corpus(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def round_(running, tmp_path_factory):
    """The round's files and people: units pushed with overlap 2, three accounts made."""
    data, state = running
    folder = tmp_path_factory.mktemp("round")
    (folder / "article.jsonl").write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    corpus("split", folder / "article.jsonl", "-o", folder / "units.jsonl",
           "--docs", folder / "docs.jsonl")  # fmt: skip
    title = f"ferry round {uuid.uuid4().hex[:6]}"
    pushed = json.loads(corpus("push", folder / "units.jsonl", "--project", title,
                               "--config", EXAMPLES / "labeling-config.xml", "--kinds", "comment",
                               "--overlap", "2", "--json", "--data-dir", data))  # fmt: skip
    tag = uuid.uuid4().hex[:6]
    people = {}
    for who in ("ann1", "ann2", "judge"):
        email = f"{who}-{tag}@example.org"
        corpus("team", "add", email, "--name", who.title(), "--data-dir", data)
        password = (data / "team" / f"{email}.password").read_text().strip()
        people[who] = (email, password)
    units = {u["id"]: u for u in map(json.loads, (folder / "units.jsonl").open())}
    return {"folder": folder, "data": data, "url": state.url, "title": title,
            "project": pushed["project_id"], "people": people, "units": units, "seen": {}}  # fmt: skip


def annotate(person: Person, project: int, plan: dict, units: dict) -> list[str]:
    """Work through the label stream as ``plan`` says; the units in the order they came."""
    seen = []
    task = person.label_all_tasks(project)
    while task is not None:
        lines = person.page.locator(".lsf-main-view .lsf-richtext__line").all_inner_texts()
        text = "\n".join(lines)
        unit = next(u for u in units.values() if u["text"] == text)
        seen.append(unit["id"])
        step = plan[unit["id"]]
        if step is None:
            task = person.skip()
            continue
        spans, tone = step
        for label, needle in spans:
            person.label(label)
            person.select(text, needle)
        person.tick(tone)
        person.screenshot(f"round-{person.email.split('-')[0]}-{unit['id'].replace('/', '_')}")
        task = person.submit()
    return seen


def test_annotators_added_by_corpus_log_in_and_both_get_the_same_tasks(browser, shots, round_):
    for who in ("ann1", "ann2"):
        email, password = round_["people"][who]
        person = Person(browser, round_["url"], email, password, shots)
        try:
            assert person.log_in(), f"{who} cannot log in"
            round_["seen"][who] = annotate(person, round_["project"], PLANS[who], round_["units"])
        finally:
            person.close()
    # overlap 2: the second annotator was given every task the first one had
    assert (
        sorted(round_["seen"]["ann1"])
        == sorted(round_["seen"]["ann2"])
        == sorted([ONE, TWO, THREE])
    )


def test_their_spans_sit_at_code_point_offsets_after_an_emoji_and_across_a_line_break(round_):
    export = round_["folder"] / "export.json"
    corpus("pull", "--project", round_["title"], "-o", export, "--data-dir", round_["data"])
    tasks = json.loads(export.read_text(encoding="utf-8"))
    found = {}
    for task in tasks:
        for annotation in task["annotations"]:
            for result in annotation["result"]:
                if result["type"] == "labels":
                    start, end = result["value"]["start"], result["value"]["end"]
                    found.setdefault(task["data"]["unit_id"], set()).add(
                        (task["data"]["text"][start:end], start, end)
                    )
    assert found[ONE] == {("Maria Lopez", 17, 28)}  # 👍🏽 is two code points, then a space
    for unit, needle in ((TWO, "Marlow Bay\nFerry Company"), (THREE, "Vila Nova")):
        start = round_["units"][unit]["text"].index(needle)  # Python counts code points too
        assert found[unit] == {(needle, start, start + len(needle))}
    skipped = [a for t in tasks for a in t["annotations"] if a["was_cancelled"]]
    assert len(skipped) == 1


def test_agreement_gives_the_figures_worked_out_by_hand(round_):
    export = round_["folder"] / "export.json"
    config = round_["folder"] / "export.config.xml"
    report = json.loads(corpus("agreement", export, "--config", config, "--json"))
    figures = {
        (c["control"], f["statistic"]): (f["value"], f["pairable_items"])
        for c in report["controls"]
        for f in c["figures"]
        if f.get("label") is None
    }
    # tone: two tasks with both annotators (the third was skipped by one), one agreement
    assert figures[("tone", "percent_agreement")] == pytest.approx((0.5, 2))
    # α nominal over the pairable values critical|neutral and supportive|supportive:
    # n = 4, disagreeing pairs o = 2, Σ n_c·n_k (c ≠ k) = 2·(1·1 + 1·2 + 1·2) = 10,
    # α = 1 − (n − 1)·o / 10 = 1 − 3·2/10 = 0.4
    assert figures[("tone", "alpha_nominal")] == pytest.approx((0.4, 2))
    # the spans of both tasks match exactly
    assert figures[("label", "f1_exact")] == pytest.approx((1.0, 2))


def test_the_adjudicator_opens_a_review_task_with_nothing_chosen_and_settles_it(
    browser, shots, round_
):
    corpus("review", "--project", round_["title"], "--data-dir", round_["data"])
    review_title = f"{round_['title']} — review"
    review_export = round_["folder"] / "review-before.json"
    corpus("pull", "--project", review_title, "-o", review_export, "--data-dir", round_["data"])
    (task,) = json.loads(review_export.read_text(encoding="utf-8"))
    assert task["data"]["unit_id"] == ONE  # only the tone of the first comment is disputed
    email, password = round_["people"]["judge"]
    judge = Person(browser, round_["url"], email, password, shots)
    try:
        assert judge.log_in()
        judge.open_task(task["project"], task["id"])
        judge.screenshot("review-task-opened")
        # nothing is pre-loaded: pressing Submit now would record nobody's answer
        assert judge.regions() == 0 and judge.ticked() == []
        shown = judge.text_shown().lower()  # section labels are shown in capitals
        assert "annotator_1" in shown and "annotator_2" in shown and "critical" in shown
        text = "\n".join(judge.page.locator(".lsf-main-view .lsf-richtext__line").all_inner_texts())
        judge.label("PER")
        judge.select(text, "Maria Lopez")
        judge.tick("critical")
        judge.submit_opened()
        judge.screenshot("review-task-settled")
    finally:
        judge.close()
    corpus("pull", "--project", review_title, "-o", round_["folder"] / "review.json",
           "--data-dir", round_["data"])  # fmt: skip


def test_the_dataset_holds_each_units_own_text_and_spans_that_match_it(round_, tmp_path):
    folder = round_["folder"]
    out = folder / "dataset"
    corpus("export", folder / "export.json", "-o", out, "--units", folder / "units.jsonl",
           "--docs", folder / "docs.jsonl", "--config", folder / "export.config.xml",
           "--adjudicated", folder / "review.json", "--split", "none")  # fmt: skip
    cache = str(tmp_path / "hf")
    units = datasets.load_dataset(str(out), "units", cache_dir=cache)["train"]
    docs = {d["doc_id"]: d for d in map(json.loads, (folder / "docs.jsonl").open())}
    assert sorted(units["unit_id"]) == sorted([ONE, TWO, THREE])
    for row in units:
        assert row["text"] == round_["units"][row["unit_id"]]["text"], row["unit_id"]
        for span in row["label"]:
            assert row["text"][span["start"] : span["end"]] == span["text"]
    by_id = {row["unit_id"]: row for row in units}
    tone = units.features["tone"]
    assert tone.int2str(by_id[ONE]["tone"]) == "critical"
    assert by_id[ONE]["gold_from"] == "adjudicated" and by_id[ONE]["adjudicated_as"]
    documents = datasets.load_dataset(str(out), "documents", cache_dir=cache)["train"]
    for doc in documents:
        text = docs[doc["doc_id"]]["text"]
        assert doc["text"] == text
        spans = [s for column, value in doc.items() if column.endswith("label") for s in value]
        assert spans, "the gold spans are carried to the document"
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]


def test_a_screenshot_of_every_template_and_the_demo_config(browser, shots, running, studio):
    """Written for a person to look at (build/screenshots); each shows its context sections."""
    from corpus import split_files
    from corpus.studio import push as studio_push
    from corpus.studio.templates import TEMPLATES, render

    from ..studio_helpers import task_ids

    client = studio.client
    data, state = running
    docs = ("harbour-bridge-vote", "community-garden")
    units = [u.to_dict() for r in split_files([str(EXAMPLES)]) for u in r.units]
    units = [u for u in units if u["doc_id"] in docs]
    wanted = {"harbour-bridge-vote/c1.1.1.1": ("Earlier in the thread", "In reply to"),
              "harbour-bridge-vote/c2": ("Article", "This comment"),
              "community-garden/p2.s2": ("Earlier in the paragraph", "Later in the paragraph")}  # fmt: skip
    configs = {
        name: render(name, ["a", "b"] if name in ("spans", "classify") else ())
        for name in TEMPLATES
    }
    configs["demo"] = (EXAMPLES / "labeling-config.xml").read_text(encoding="utf-8")
    admin = Person(browser, state.url, *_admin(data), shots)
    try:
        assert admin.log_in()
        for name, xml in configs.items():
            kinds = ["comment"] if name == "thread" else None
            report = studio_push.push(studio, units, project=f"shots {name} {uuid.uuid4().hex[:4]}",
                                      label_config=xml, kinds=kinds)  # fmt: skip
            for unit_id, task_id in task_ids(client, report.project_id).items():
                if unit_id not in wanted:
                    continue
                admin.open_task(report.project_id, task_id)
                admin.screenshot(f"template-{name}-{unit_id.replace('/', '_')}")
                shown = admin.text_shown().upper()
                for section in wanted[unit_id]:
                    assert section.upper() in shown, (name, unit_id, section)
    finally:
        admin.close()


def _admin(data: Path) -> tuple[str, str]:
    credentials = json.loads((data / "credentials.json").read_text())
    return credentials["email"], credentials["password"]
