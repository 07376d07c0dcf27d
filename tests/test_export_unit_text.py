"""A dataset's unit text is the unit's own text, whatever the labeling config shows above it.

Templates show context first (the comment a reply answers, the previous sentence), so "the first
``<Text>`` of the config" is often the parent's text: every config here is checked against the
units file the tasks were pushed from.
"""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from corpus.dataset import build_export
from corpus.labelconfig import parse_config
from corpus.studio.push import task_data
from corpus.studio.templates import TEMPLATES, render

from .studio_helpers import annotation

CONTEXT_FIRST = {
    # a choice-only config whose first <Text> is the parent comment
    "choices-after-parent": """<View>
  <Text name="parent" value="$parent_text"/>
  <Text name="unit" value="$text"/>
  <Choices name="tone" toName="unit" choice="single"><Choice value="calm"/><Choice value="angry"/></Choices>
</View>""",
    # the previous and next units around it, a rating and a note on the unit
    "rating-between-neighbours": """<View>
  <Text name="before" value="$prev"/>
  <Text name="unit" value="$text"/>
  <Text name="after" value="$next"/>
  <Rating name="quality" toName="unit" maxRating="5"/>
  <TextArea name="note" toName="unit"/>
</View>""",
    # spans on the unit, with the title and the parent shown first
    "spans-after-context": """<View>
  <Text name="head" value="$title"/>
  <Text name="parent" value="$parent_text"/>
  <Labels name="who" toName="unit"><Label value="PER"/></Labels>
  <Text name="unit" value="$text"/>
</View>""",
}


def configs() -> dict[str, str]:
    built = {
        name: render(name, ["a", "b"] if name in ("spans", "classify") else ())
        for name in TEMPLATES
    }
    return {**built, **CONTEXT_FIRST}


def result_for(xml: str, text: str) -> list[dict]:
    """One valid answer per control of the config, on the unit's text."""
    results = []
    for control in parse_config(xml).controls:
        base = {"from_name": control.name, "to_name": control.to_name[0]}
        if control.kind == "spans":
            end = len(text.split()[0])
            value = {"start": 0, "end": end, "text": text[:end], "labels": [control.labels[0]]}
            results.append({**base, "type": "labels", "value": value})
        elif control.kind == "choices":
            results.append({**base, "type": "choices", "value": {"choices": [control.labels[0]]}})
        elif control.kind == "rating":
            results.append({**base, "type": "rating", "value": {"rating": 4}})
        elif control.kind == "text":
            results.append({**base, "type": "textarea", "value": {"text": ["seen"]}})
    return results


@pytest.mark.parametrize("name", sorted(configs()))
def test_every_units_text_is_its_own_and_not_the_context_shown_first(name, example_units, tmp_path):
    xml = configs()[name]
    units_path = tmp_path / "units.jsonl"
    units_path.write_text("".join(json.dumps(u) + "\n" for u in example_units), encoding="utf-8")
    tasks = []
    for number, data in enumerate(task_data(example_units), start=1):
        if data["kind"] != "comment" and number % 3:
            continue  # every comment (their parents differ from them) and a third of the rest
        tasks.append({"id": number, "data": data,
                      "annotations": [annotation(number, 7, result_for(xml, data["text"]))]})  # fmt: skip
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")

    build_export(export, tmp_path / "out", units_path=units_path, config_xml=xml, ratios=None,
                 annotators_file=tmp_path / "private.json")  # fmt: skip

    rows = pq.read_table(next((tmp_path / "out" / "data" / "units").glob("*.parquet"))).to_pylist()
    by_id = {u["id"]: u for u in example_units}
    assert len(rows) == len(tasks)
    assert any(by_id[r["unit_id"]]["parent_id"] for r in rows)  # replies, whose parent differs
    for row in rows:
        assert row["text"] == by_id[row["unit_id"]]["text"], row["unit_id"]
        for column, value in row.items():
            if (
                isinstance(value, list)
                and value
                and isinstance(value[0], dict)
                and "start" in value[0]
            ):
                for span in value:
                    assert row["text"][span["start"] : span["end"]] == span["text"], column
