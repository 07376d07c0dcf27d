"""What the check of results against the labeling config does with answers of the wrong shape:
they are excluded with a reason, never a traceback (an export is untrusted input)."""

from __future__ import annotations

import pytest

from corpus.labelconfig import parse_config
from corpus.lsexport import Annotation, Result
from corpus.validate import Checks, check_annotation

CONFIG = parse_config(
    """<View>
      <Text name="text" value="$text"/>
      <Taxonomy name="topic" toName="text">
        <Choice value="Transport"><Choice value="Buses"/></Choice>
      </Taxonomy>
    </View>"""
)


def _taxonomy(value) -> Annotation:
    result = Result("r1", "topic", "text", "taxonomy", {"taxonomy": value})
    return Annotation(1, 1, "annotation", 7, (result,))


@pytest.mark.parametrize("value", [True, 3, "Transport", {"Transport": 1}, None])
def test_a_taxonomy_answer_that_is_not_a_list_of_paths_is_excluded_as_empty(value):
    checks = Checks()
    answers, problems = check_annotation(_taxonomy(value), CONFIG, {"text": "A bus."}, checks)
    assert answers == {}
    assert checks.excluded[("topic", "empty")] == 1
    assert problems == ["topic: has no answer (no path)"]


def test_a_taxonomy_path_the_config_offers_is_kept():
    checks = Checks()
    answers, _ = check_annotation(
        _taxonomy([["Transport", "Buses"]]), CONFIG, {"text": "A bus."}, checks
    )
    assert answers == {"topic": [("Transport", "Buses")]}
    assert checks.kept == 1
