"""`corpus report`: one self-contained HTML file that renders, works offline and escapes text."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from corpus.labelconfig import parse_config
from corpus.report import build_report, render_html

from .conftest import LS_EXPORTS, need_shared
from .studio_helpers import annotation, choice, labeling_config, span_at

CONFIG = labeling_config('<Rating name="quality" toName="text" maxRating="5"/>')

# text an export may hold that must reach the page as text, never as markup
HOSTILE = '<script>alert("owned")</script> & <img src=x onerror=alert(1)> said Zoë 😀'
NAMES = [("Zoë Ångström", "PER"), ("Siemens", "ORG"), ("São Paulo", "LOC"), ("the UN", "ORG")]
STANCES = ["pro", "contra", "neutral"]


def generated_export(path, *, tasks: int = 60, seed: int = 7):
    """A Label Studio JSON export: 4 annotators who mostly agree, some skips and drafts."""
    rng = random.Random(seed)
    annotators = [11, 12, 13, 14]
    out, annotation_id = [], 0
    for task_id in range(1, tasks + 1):
        name, label = NAMES[task_id % len(NAMES)]
        text = f"{HOSTILE} {name} met the council." if task_id == 3 else f"{name} met the council."
        start = text.index(name)
        truth = STANCES[task_id % 3]
        annotations = []
        for who in rng.sample(annotators, rng.choice([1, 2, 3, 3, 4])):
            annotation_id += 1
            stamp = f"2026-0{1 + task_id % 3}-1{who % 10}T10:00:00Z"
            if rng.random() < 0.05:
                annotations.append(_annotation(annotation_id, who, [], stamp, cancelled=True))
                continue
            stance = truth if rng.random() < 0.75 else rng.choice(STANCES)
            end = start + len(name) - (1 if rng.random() < 0.15 else 0)
            result = [
                choice(stance),
                span_at(start, end, text[start:end], label),
                {
                    "from_name": "quality",
                    "to_name": "text",
                    "type": "rating",
                    "value": {"rating": rng.choice([3, 4, 4, 5])},
                },
            ]
            annotations.append(_annotation(annotation_id, who, result, stamp))
        out.append(
            {
                "id": task_id,
                "project": 5,
                "data": {"text": text, "unit_id": f"doc{task_id // 10}/s{task_id}"},
                "annotations": annotations,
                "drafts": [],
                "predictions": [],
            }
        )
    path.write_text(json.dumps(out), encoding="utf-8")
    return path


def _annotation(id_, who, result, stamp, *, cancelled=False):
    return annotation(
        id_,
        who,
        result,
        was_cancelled=cancelled,
        lead_time=4.0 + id_ % 7,
        created_at=stamp,
        updated_at=stamp,
    )


@pytest.fixture()
def export(tmp_path):
    return generated_export(tmp_path / "export.json")


@pytest.fixture()
def page(export, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no pseudonym mapping of an earlier export around
    return render_html(build_report(export, parse_config(CONFIG), bootstrap=200))


class Resources(HTMLParser):
    """Every URL the page would load: src and href of any tag, url(...) in styles."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []
        self.styles = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href", "xlink:href") and v]
        self.styles += " ".join(v for k, v in attrs if k == "style" and v)

    def handle_data(self, data):
        if self.tags and self.tags[-1] == "style":
            self.styles += data


def resources_of(page: str) -> Resources:
    parser = Resources()
    parser.feed(page)
    return parser


def test_the_report_loads_nothing_from_anywhere(page):
    found = resources_of(page)
    assert [u for u in found.urls if not u.startswith("#")] == []
    assert "script" not in found.tags and "link" not in found.tags
    assert "url(" not in found.styles and "@import" not in found.styles
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)


def test_text_from_the_export_is_escaped(page):
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in page
    assert "Zoë 😀" in page


def test_the_report_has_every_section_and_names_annotators_by_pseudonym(page):
    for heading in (
        "Progress",
        "Label distributions",
        "Agreement",
        "Confusion between annotators",
        "Most disputed units",
    ):
        assert f"<h2>{heading}</h2>" in page
    assert {"annotator_1", "annotator_2", "annotator_3", "annotator_4"} <= set(
        re.findall(r"annotator_\d+", page)
    )
    assert "completed_by" not in page and "@" not in page.split("<style>")[0]


def test_the_figures_are_those_of_corpus_agreement(export, tmp_path, monkeypatch):
    from corpus.agreement import Options, measure_export

    monkeypatch.chdir(tmp_path)
    config = parse_config(CONFIG)
    report = build_report(export, config, bootstrap=100, seed=3)
    expected = measure_export(export, config, Options(bootstrap=100, seed=3, by=("label",)))
    assert report.agreement.as_dict()["controls"] == expected.as_dict()["controls"]
    figures = {
        f.statistic: f for c in report.agreement.controls if c.name == "stance" for f in c.figures
    }
    assert figures["alpha_nominal"].ci is not None
    assert f"{figures['alpha_nominal'].value:.3f}" in render_html(report)


def test_progress_counts_every_annotation_once(export, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = build_report(export, parse_config(CONFIG), bootstrap=0)
    raw = json.loads(export.read_text())
    annotations = [a for t in raw for a in t["annotations"]]
    assert sum(p.submitted + p.skipped for p in report.annotators) == len(annotations)
    assert (
        sum(p.skipped for p in report.annotators)
        == report.skipped
        == sum(a["was_cancelled"] for a in annotations)
    )
    assert report.tasks == len(raw)


def test_the_confusion_matrix_counts_each_pair_of_annotators_on_shared_items(
    export, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    report = build_report(export, parse_config(CONFIG), bootstrap=0)
    (stance,) = report.confusions
    assert stance.labels == ("pro", "contra", "neutral")
    raw = json.loads(export.read_text())
    pairs = 0
    for task in raw:
        n = sum(1 for a in task["annotations"] if not a["was_cancelled"])
        pairs += n * (n - 1) // 2
    assert sum(map(sum, stance.pooled)) == 2 * pairs  # every pair, both orders
    assert all(stance.pooled[i][j] == stance.pooled[j][i] for i in range(3) for j in range(3))
    assert sum(p.items for p in stance.pairs) <= pairs and stance.pair_count == 6


def test_the_most_disputed_units_come_first_with_their_text(export, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = build_report(export, parse_config(CONFIG), bootstrap=0, top=5)
    lows = [unit.lowest for unit in report.disputed]
    assert lows == sorted(lows) and len(lows) == 5 and report.disputed_total >= 5
    raw = {t["id"]: t for t in json.loads(export.read_text())}
    for unit in report.disputed:
        assert unit.text == raw[unit.task_id]["data"]["text"]
        assert unit.unit_id == raw[unit.task_id]["data"]["unit_id"]


def test_the_pseudonyms_are_those_of_an_earlier_corpus_export(export, tmp_path):
    mapping = tmp_path / "annotators.json"
    mapping.write_text(json.dumps({"version": 1, "annotators": {"14": "annotator_1"}}))
    report = build_report(export, parse_config(CONFIG), bootstrap=0, annotators_file=mapping)
    assert "annotator_1" in {p.name for p in report.annotators}
    assert json.loads(mapping.read_text())["annotators"] == {"14": "annotator_1"}  # not written
    assert report.names_from == str(mapping)


@pytest.mark.parametrize(
    "name",
    [
        "LEOKA_team_4.tasks_16-22.json",
        "LEOKA_team_8.tasks_0-9.json",
        "CGunal7_movie_reviews_annotations.json",
        "nerine_label_studio_export.json",
        "ABSA_hotel_label_studio.JSON_MIN.first150.json",
    ],
)
def test_real_exports_make_an_offline_report(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = need_shared(LS_EXPORTS / name)
    page = render_html(build_report(path, bootstrap=50))
    assert [u for u in resources_of(page).urls if not u.startswith("#")] == []
    assert "<h2>Agreement</h2>" in page and "@example" not in page


def test_corpus_report_writes_one_file(export, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from corpus.cli import cli

    monkeypatch.chdir(tmp_path)
    config = tmp_path / "config.xml"
    config.write_text(CONFIG)
    out = tmp_path / "report.html"
    args = ["report", str(export), "-o", str(out), "--config", str(config), "--bootstrap", "50"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and "60 tasks" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_file_that_is_no_export_is_one_clear_line(tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = CliRunner().invoke(cli, ["report", str(bad), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "not a Label Studio JSON export" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "r.html").exists()


# -- in a real browser -------------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "no chromium to render the report in (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # in CI a missing browser must not pass as a skipped test
        pytest.skip(reason)
    return found


def screenshot(browser: str, page_path, png_path, profile) -> None:
    subprocess.run(
        [
            browser,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--screenshot={png_path}",
            "--window-size=1280,2000",
            page_path.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_the_report_renders_in_headless_chromium(page, tmp_path):
    import numpy as np
    from PIL import Image

    browser = chromium()
    html_path, png_path = tmp_path / "report.html", tmp_path / "report.png"
    html_path.write_text(page, encoding="utf-8")
    screenshot(browser, html_path, png_path, tmp_path / "profile")
    pixels = np.asarray(Image.open(png_path).convert("RGB"))
    assert pixels.shape[:2] == (2000, 1280)
    colours = np.unique(pixels.reshape(-1, 3), axis=0)
    inked = (pixels < 235).any(axis=2).mean()
    assert len(colours) > 200  # text, bars, the header's gradient: not a blank or error page
    assert inked > 0.08
    # the header's band is drawn in the accent colours (the page's own CSS applied)
    top = pixels[:60].reshape(-1, 3).mean(axis=0)
    assert top[2] > top[0] + 40
