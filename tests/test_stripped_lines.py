"""A big text's lines held as their stripped copies and the white space around each
(readers/stripped.py) are the lines ``split_lines`` made, asked one at a time; a stripped line
held as its head and a tail the reader keeps anyway reads as the line; and the text reader
lets its lines go before it looks for the comments' quotations, once nothing after asks for
them, and holds a big file's probes a stretch at a time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.readers import text as text_module
from corpus.readers.builder import each_line, split_lines
from corpus.readers.handover import Handover
from corpus.readers.rules import default
from corpus.readers.stripped import StrippedLines, StrippedTexts

# lines of words, spaces of several kinds, tabs, line ends of every kind and characters that
# str.strip keeps but the reader counts as blank (a line of zero-width spaces only)
_TEXTS = st.text(alphabet=st.sampled_from("ab é😀 \t\u00a0\u3000\u200b\ufeff\r\n"), max_size=60)


@given(_TEXTS)
def test_gives_back_the_lines_split_lines_made(text):
    lines = split_lines(text)
    held = StrippedLines(each_line(text), text_module._visible_strip)
    assert len(held) == len(lines)
    assert [held[i] for i in range(len(lines))] == lines
    assert list(held) == lines
    assert [held[i] for i in range(-len(lines), 0)] == lines
    assert all(held[i].indent == line.indent for i, line in enumerate(lines))
    assert held.stripped == [text_module._visible_strip(line.text) for line in lines]


@given(_TEXTS)
def test_each_line_makes_the_lines_split_lines_lists(text):
    assert list(each_line(text)) == split_lines(text)


def test_a_line_the_reader_counts_as_blank_comes_back_whole():
    held = StrippedLines(each_line("words\n \u200b\u200b \nmore"), text_module._visible_strip)
    assert held.stripped == ["words", "", "more"]
    assert held[1].text == " \u200b\u200b "
    assert held[1].start == 6


def test_holds_one_str_for_each_run_of_spaces():
    held = StrippedLines(each_line("  1. one\n  2. two\n\tthree"))
    assert held.stripped == ["1. one", "2. two", "three"]
    assert held._before[0] is held._before[1]  # ("  " held once)


def test_refuses_a_strip_that_is_not_one():
    with pytest.raises(ValueError):
        StrippedLines(each_line("  one\ntwo"), lambda line: line.strip().upper())


def test_takes_an_index_only():
    with pytest.raises(TypeError):
        StrippedLines(each_line("one\ntwo"))[0:1]


_PAGE = """A title over the article

By Writer 1

The article's first paragraph, which says something at some length about a thing.

3 Responses

  1. A comment that says something about the article.

  2. "A comment that says something about the article." Quoted, and answered.

    • An answer to the answer, with words of its own.

Teichtreff.de – Das Forum rund um Gartenteich & Schwimmteich
"""


def _parse(text, monkeypatch=None, seen=None):
    if monkeypatch is not None:
        drop = text_module._Reader.drop_quotations

        def looking(reader, *args, **kwargs):
            seen.append((len(reader.lines), len(reader.strip)))
            return drop(reader, *args, **kwargs)

        monkeypatch.setattr(text_module._Reader, "drop_quotations", looking)
    return text_module.parse_text(text, source="page.txt", doc_id="page", rules=default())


def test_the_reader_lets_its_lines_go_before_the_quotations(monkeypatch):
    given = _parse(_PAGE)
    seen: list[tuple[int, int]] = []
    handed = _parse(Handover(_PAGE), monkeypatch, seen)
    assert seen == [(0, 0)]  # nothing held line by line while quotations are looked for
    assert handed == given
    assert handed.document.site == "Teichtreff.de"  # (the footer's, asked before they went)
    assert len(handed.document.comments) == 3


def test_a_trace_keeps_the_lines_to_number_what_it_drops(monkeypatch):
    seen: list[tuple[int, int]] = []
    drop = text_module._Reader.drop_quotations

    def looking(reader, *args, **kwargs):
        seen.append((len(reader.lines), len(reader.strip)))
        return drop(reader, *args, **kwargs)

    monkeypatch.setattr(text_module._Reader, "drop_quotations", looking)
    text_module.parse_text(_PAGE, source="page.txt", doc_id="page", rules=default(), trace=True)
    assert seen and seen[0][0] > 0


def test_a_big_files_reader_holds_its_probes_a_stretch_at_a_time(monkeypatch):
    given = _parse(_PAGE)
    held: list[int] = []
    probe = text_module._Reader.probe

    def probing(reader, i):
        found = probe(reader, i)
        held.append(len(reader._probes))
        return found

    monkeypatch.setattr(text_module, "_PROBES_HELD", 4)
    monkeypatch.setattr(text_module._Reader, "probe", probing)
    assert _parse(Handover(_PAGE)) == given  # (probes let go are made again, the same)
    assert held and max(held) <= 4
    held.clear()
    _parse(_PAGE)  # a page's reader holds all it made
    assert max(held) > 4


@given(st.lists(st.text(alphabet="ab1. é😀", max_size=12), max_size=8), st.data())
def test_a_line_held_as_head_and_tail_reads_as_the_line(lines, data):
    texts = StrippedTexts(list(lines))
    for i, line in enumerate(lines):
        cut = data.draw(st.integers(0, len(line)))
        texts.hold_tail(i, line[cut:])
    assert list(texts) == lines and texts == lines
    assert [texts[i] for i in range(-len(lines), len(lines))] == lines + lines
    assert texts[1:-1] == lines[1:-1] and texts[::-1] == lines[::-1]
    assert len(texts) == len(lines)


def test_a_tail_is_held_only_where_it_ends_the_line():
    texts = StrippedTexts(["12. Great post", "13. Thanks", "plain"])
    assert not texts.hold_tail(0, "Great")  # not its end: held whole
    assert not texts.hold_tail(2, "plain")  # the whole line: nothing to share
    assert texts.hold_tail(0, "Great post")
    assert not texts.hold_tail(0, "post")  # (held so already)
    assert texts._texts[0] == "Great post" and texts[0] == "12. Great post"
    assert list(texts) == ["12. Great post", "13. Thanks", "plain"]


def test_one_str_for_each_head():
    first, second = "Great post", "Thanks"
    texts = StrippedTexts(["1. " + first, "1. " + second])
    assert texts.hold_tail(0, first) and texts.hold_tail(1, second)
    assert texts._heads[0] is texts._heads[1]
    assert texts._texts[0] is first and texts._texts[1] is second  # the caller's, not copies


def test_a_big_files_comment_headers_are_held_once(monkeypatch):
    given = _parse(_PAGE)
    held: list[tuple[str, bool]] = []
    hold = StrippedTexts.hold_tail

    def holding(texts, i, tail):
        done = hold(texts, i, tail)
        held.append((texts[i], done))
        return done

    monkeypatch.setattr(StrippedTexts, "hold_tail", holding)
    assert _parse(Handover(_PAGE)) == given
    assert ("1. A comment that says something about the article.", True) in held
    assert all(done for _, done in held)
    held.clear()
    _parse(_PAGE)  # a page's lines are a list, held whole
    assert held == []
