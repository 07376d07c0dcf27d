"""The built-in labeling configs: what each offers, and the options each refuses."""

from __future__ import annotations

import pytest

from corpus.studio.templates import TASK_FIELDS, TEMPLATES, TemplateError, load_config, render

LABELS = {"spans": ["PER", "ORG"], "classify": ["news", "opinion"]}


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_reads_only_fields_that_pushed_tasks_carry(name):
    config = load_config(render(name, LABELS.get(name, ())))
    assert config.fields <= set(TASK_FIELDS)
    assert "context_before" in config.fields, "the article and the thread are shown as context"


@pytest.mark.parametrize("name", ["spans", "classify", "stance", "propaganda"])
def test_templates_for_units_show_the_context_before_and_after_them(name):
    config = load_config(render(name, LABELS.get(name, ())))
    assert {"context_before", "context_after"} <= config.fields


def test_the_thread_template_shows_the_thread_above_a_comment_and_asks_two_questions():
    config = load_config(render("thread"))
    assert "context_before" in config.fields
    assert config.control("relation").labels == ("agrees", "disagrees", "neutral")
    assert config.control("toxicity").kind == "choices"


def test_spans_and_classify_take_the_users_labels_escaped_as_xml_requires():
    spans = load_config(render("spans", ['Q&A "quote"', "ORG"]))
    assert spans.control("label").labels == ('Q&A "quote"', "ORG")
    single = load_config(render("classify", ["a", "b"]))
    multiple = load_config(render("classify", ["a", "b"], multiple=True))
    assert (single.control("label").multiple, multiple.control("label").multiple) == (False, True)


def test_the_propaganda_template_offers_the_fourteen_ptc_techniques():
    techniques = load_config(render("propaganda")).control("technique").labels
    assert len(techniques) == 14
    assert {
        "Loaded_Language",
        "Name_Calling,Labeling",
        "Whataboutism,Straw_Men,Red_Herring",
    } <= set(techniques)


def test_stance_asks_favor_against_or_neutral_toward_the_target():
    config = load_config(render("stance"))
    assert config.control("stance").labels == ("favor", "against", "neutral")
    assert "target" in config.fields


@pytest.mark.parametrize(
    ("name", "labels", "multiple", "says"),
    [
        ("spans", [], False, "needs --labels"),
        ("stance", ["x"], False, "has labels of its own"),
        ("spans", ["a"], True, "--multiple is for the classify template"),
        ("classify", ["a", "a"], False, "lists a twice"),
        ("nope", [], False, "no template 'nope'"),
    ],
)
def test_a_template_with_options_it_cannot_take_is_refused(name, labels, multiple, says):
    with pytest.raises(TemplateError) as error:
        render(name, labels, multiple=multiple)
    assert says in str(error.value)
