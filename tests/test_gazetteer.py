"""The gazetteer pre-annotator: whole words, aliases, case, the longest term first."""

from __future__ import annotations

import pytest

from corpus.errors import InputError
from corpus.gazetteer import load_gazetteer

TERMS = """
labels:
  ORG:
    - Hezbollah
    - term: Islamic State
      aliases: [ISIS, Daesh]
  LOC: [Palmyra, Tadmur, "Palmyra Castle"]
"""


@pytest.fixture
def gazetteer(tmp_path):
    path = tmp_path / "terms.yml"
    path.write_text(TERMS, encoding="utf-8")
    return load_gazetteer(path)


def spans(gazetteer, text):
    return [(m.text, m.label) for m in gazetteer.find(text)]


def test_terms_and_aliases_are_found_whole_word_and_in_any_case(gazetteer):
    text = "DAESH held Tadmur; isis fighters left. Hezbollahs and Palmyran do not count."
    assert spans(gazetteer, text) == [("DAESH", "ORG"), ("Tadmur", "LOC"), ("isis", "ORG")]


def test_the_longest_term_wins_where_terms_of_one_label_overlap(gazetteer):
    assert spans(gazetteer, "near Palmyra Castle today") == [("Palmyra Castle", "LOC")]


def test_matches_point_at_their_text_even_after_emoji_and_accents(gazetteer):
    text = "🇸🇾 Ünïcode 🙂 then Palmyra"
    (match,) = gazetteer.find(text)
    assert text[match.start : match.end] == "Palmyra"


def test_case_sensitive_matching_is_an_option(tmp_path):
    path = tmp_path / "terms.yml"
    path.write_text("case_sensitive: true\nlabels: {ORG: [ISIS]}\n", encoding="utf-8")
    assert [m.text for m in load_gazetteer(path).find("isis and ISIS")] == ["ISIS"]


def test_the_model_version_changes_when_the_terms_do(tmp_path):
    path = tmp_path / "terms.yml"
    path.write_text("labels: {ORG: [A]}\n", encoding="utf-8")
    first = load_gazetteer(path).version
    path.write_text("labels: {ORG: [A, B]}\n", encoding="utf-8")
    assert first != load_gazetteer(path).version and first.startswith("gazetteer:terms@")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("labels: [", "not valid YAML"),
        ("ORG: [A]", "expected a 'labels:' mapping"),
        ("labels: {ORG: {x: 1}}", "expected a list of terms"),
        ("labels: {ORG: [{aliases: [x]}]}", "an entry must be a term"),
        ("labels: {ORG: ['  ']}", "an empty term"),
    ],
)
def test_a_malformed_terms_file_is_one_clear_error(tmp_path, content, says):
    path = tmp_path / "terms.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_gazetteer(path)
    assert says in str(error.value) and str(path) in str(error.value)
