"""What push refuses before it touches the server: a unit that is not one, anywhere in the
file, leaves no project behind."""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner

from corpus.cli import cli
from corpus.errors import InputError
from corpus.studio import push as studio_push

GOOD = {"id": "a/p1", "doc_id": "a", "kind": "paragraph", "text": "Fine.", "sha256": "x"}


@pytest.mark.parametrize(
    ("unit", "says"),
    [
        ({**GOOD, "text": 12345}, "text must be a string, not int"),
        ({**GOOD, "text": ["a"]}, "text must be a string, not list"),
        ({**GOOD, "id": 7}, "id must be a non-empty string"),
        ({**GOOD, "kind": ""}, "kind must be a non-empty string"),
        ({**GOOD, "start": 0.5}, "start must be an integer offset"),
        ({**GOOD, "end": "3"}, "end must be an integer offset"),
        ({k: v for k, v in GOOD.items() if k != "text"}, "not a unit (no text)"),
        ([1, 2], "not a unit (a JSON object)"),
    ],
)
def test_a_unit_that_is_not_one_is_refused_naming_its_line(tmp_path, unit, says):
    path = tmp_path / "units.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(unit) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        list(studio_push.read_units(path))
    assert "units.jsonl:2: " in str(error.value) and says in str(error.value)


def test_units_given_as_records_are_checked_too():
    with pytest.raises(InputError, match="unit 2: unit a/p1: text must be a string"):
        studio_push._checked_units([GOOD, {**GOOD, "text": 12345}])


@pytest.mark.parametrize("bad_line", ["{oops", json.dumps({**GOOD, "id": "a/p9", "text": 12345})])
def test_a_units_file_that_fails_half_way_creates_no_project(studio, running, tmp_path, bad_line):
    path = tmp_path / "units.jsonl"
    lines = [json.dumps({**GOOD, "id": f"a/p{i}"}) for i in range(50)]
    path.write_text("\n".join([*lines, bad_line, *lines[:3]]) + "\n", encoding="utf-8")
    title = f"half a file {uuid.uuid4().hex[:6]}"
    result = CliRunner().invoke(
        cli,
        [
            "push",
            str(path),
            "--project",
            title,
            "--template",
            "classify",
            "--labels",
            "a,b",
            "--data-dir",
            str(running[0]),
        ],
    )
    assert result.exit_code == 1
    assert "units.jsonl:51:" in result.stderr and "Traceback" not in result.stderr
    assert studio_push.find_project(studio, title) is None
