"""With one annotator per task there is no agreement to measure: every command says so, and how
to get a second annotator, instead of printing empty tables."""

from __future__ import annotations

import json

from click.testing import CliRunner

from corpus.cli import cli

from .studio_helpers import annotation, choice, labeling_config


def single_coded(tmp_path):
    tasks = [
        {
            "id": n,
            "data": {"text": f"Text {n}."},
            "annotations": [annotation(n, n % 2, [choice("pro")])],
        }
        for n in range(1, 5)
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks))
    config = tmp_path / "config.xml"
    config.write_text(labeling_config())
    return path, config


def test_agreement_says_no_task_has_two_annotators_and_how_to_fix_it(tmp_path):
    path, config = single_coded(tmp_path)
    result = CliRunner().invoke(cli, ["agreement", str(path), "--config", str(config)])
    assert result.exit_code == 0
    assert "no task has two annotators" in result.stderr
    assert "--overlap 2" in result.stderr


def test_the_report_says_it_too_on_the_page_and_on_stderr(tmp_path):
    path, config = single_coded(tmp_path)
    page = tmp_path / "report.html"
    args = ["report", str(path), "--config", str(config), "-o", str(page)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "--overlap 2" in result.stderr
    assert "no task has two annotators" in page.read_text(encoding="utf-8")


def test_nothing_is_said_when_tasks_do_have_two_annotators(tmp_path):
    tasks = [{"id": 1, "data": {"text": "A."},
              "annotations": [annotation(1, 1, [choice("pro")]), annotation(2, 2, [choice("pro")])]}]  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks))
    result = CliRunner().invoke(cli, ["agreement", str(path)])
    assert result.exit_code == 0 and "no task has two annotators" not in result.stderr
