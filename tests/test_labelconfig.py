"""Labeling configs are read once, and a broken one is refused with the element at fault named."""

from __future__ import annotations

import pytest

from corpus.labelconfig import ConfigError, parse_config
from corpus.taskdata import TASK_FIELDS

from .conftest import EXAMPLES, LS_EXPORTS, need_shared

SPANS_AND_CHOICES = """
<View>
  <Header value="Mark every claim"/>
  <Header value="$title"/>
  <Text name="text" value="$text"/>
  <Labels name="claims" toName="text">
    <Label value="Claim"/><Label value="Evidence"/>
  </Labels>
  <Choices name="stance" toName="text" choice="multiple">
    <Choice value="Favor"/><Choice value="Against"/>
  </Choices>
  <TextArea name="note" toName="text"/>
  <Rating name="quality" toName="text" maxRating="5"/>
  <Taxonomy name="topic" toName="text">
    <Choice value="Politics"><Choice value="Local"/></Choice>
    <Choice value="Sport"/>
  </Taxonomy>
</View>
"""


def test_each_control_says_what_kind_of_answer_it_gives_and_which_labels_it_allows():
    config = parse_config(SPANS_AND_CHOICES)
    kinds = {c.name: (c.kind, c.labels, c.multiple) for c in config.controls}
    assert kinds == {
        "claims": ("spans", ("Claim", "Evidence"), True),
        "stance": ("choices", ("Favor", "Against"), True),
        "note": ("text", (), False),
        "quality": ("rating", (), False),
        "topic": ("taxonomy", ("Politics", "Politics / Local", "Sport"), True),
    }
    assert config.control("topic").paths == (("Politics",), ("Politics", "Local"), ("Sport",))
    assert config.fields == {"title", "text"}
    assert config.instructions == "Mark every claim"
    assert [(o.name, o.field) for o in config.objects] == [("text", "text")]


def test_a_single_choice_is_single_unless_the_config_says_multiple():
    config = parse_config(
        '<View><Text name="t" value="$text"/><Choices name="c" toName="t">'
        '<Choice value="a"/><Choice value="b"/></Choices></View>'
    )
    assert config.control("c").multiple is False


@pytest.mark.parametrize(
    ("xml", "says"),
    [
        ("<View><Text name='t' value='$text'/>", "not well-formed XML"),
        ("", "empty"),
        ("<Page/>", "must start with <View>"),
        (
            "<View><Text name='t' value='$text'/><Labels name='l' toName='nope'>"
            "<Label value='A'/></Labels></View>",
            "toName=\"nope\", but no object is named 'nope'",
        ),
        (
            "<View><Text name='t' value='$text'/><Choices name='c' toName='t'></Choices></View>",
            '<Choices name="c"> offers no labels',
        ),
        (
            "<View><Text name='t' value='$text'/><Labels name='t' toName='t'>"
            "<Label value='A'/></Labels></View>",
            "two elements are named 't'",
        ),
        (
            "<View><Text name='t' value='$text'/><Choices name='c' toName='t'>"
            "<Choice value='A'/><Choice value='A'/></Choices></View>",
            "lists A twice",
        ),
        ("<View><Text name='t' value='$text'/></View>", "no control tag"),
    ],
)
def test_a_broken_config_is_refused_with_the_problem_named(xml, says):
    with pytest.raises(ConfigError) as error:
        parse_config(xml)
    assert says in str(error.value)


def test_a_field_the_tasks_lack_is_named_with_the_element_that_reads_it():
    config = parse_config(SPANS_AND_CHOICES)
    config.check_fields({"text", "title", "unit_id"})
    with pytest.raises(ConfigError) as error:
        config.check_fields({"text", "unit_id"})
    assert "<Header value=...> reads $title" in str(error.value)
    assert "no field 'title'" in str(error.value)


def test_the_example_config_reads_only_fields_a_push_provides():
    config = parse_config((EXAMPLES / "labeling-config.xml").read_text(encoding="utf-8"))
    assert config.fields <= set(TASK_FIELDS)


def test_a_real_world_config_parses():
    path = need_shared(LS_EXPORTS / "nerine_label_config.xml")
    config = parse_config(path.read_text(encoding="utf-8"))
    assert any(c.kind == "spans" and c.labels for c in config.controls)
