"""Untrusted files are read in bounded memory: every record is cut out and sized before it is
parsed, and a hostile one is one clear error, never a swollen process."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import bounded
from corpus.errors import CorpusError, InputError


def elements(data: bytes, chunk: int | None = None) -> list:
    return list(bounded.array(io.BytesIO(data), "f.json", chunk=chunk))


# JSON values with the strings that trip a cutter: quotes, backslashes, brackets, and the very
# opening the fast cutter looks for
TRICKY = st.sampled_from(
    ['"', "\\", "\\\\", "]", "}", "},{", '}, {"id": 1, "annotations": [', "é🙂", ""]
)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=5) | TRICKY,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=3) | TRICKY, inner, max_size=3)
    ),
    max_leaves=12,
)
TASK_LIKE = st.builds(lambda i, v: {"id": i, "annotations": v}, st.integers(0, 99), VALUES)


@settings(max_examples=200, deadline=None)
@given(
    items=st.lists(TASK_LIKE | VALUES, max_size=6),
    chunk=st.sampled_from([1, 2, 7, 64, None]),
    indent=st.sampled_from([None, 1]),
    ascii_only=st.booleans(),
)
def test_the_elements_are_what_a_whole_file_parser_reads_at_any_chunk_size(
    items, chunk, indent, ascii_only
):
    data = json.dumps(items, indent=indent, ensure_ascii=ascii_only).encode()
    assert elements(data, chunk) == items


def test_a_byte_order_mark_and_white_space_around_the_array_are_fine():
    assert elements(b'\xef\xbb\xbf \n[ {"id": 1, "annotations": []} ]\n') == [
        {"id": 1, "annotations": []}
    ]
    assert elements(b"  []  ") == []


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "nothing where a JSON array should start"),
        (b'{"a": 1}', "no JSON array"),
        (b"[1, 2", "does not end"),
        (b"[1 2]", "expected , or ]"),
        (b"[1, ]", "a comma with no element after it"),
        (b"[1] [2]", "something follows the array"),
        (
            b'[{"id": 1, "annotations": x}]',
            r"element #0 \(from byte 1\): not valid JSON .* at byte 26",
        ),
        (b'[{"id": 1, "annotations": "cut', "cut short"),
    ],
)
def test_a_broken_array_is_one_line_that_says_where(data, says):
    with pytest.raises(InputError, match=says) as caught:
        elements(data)
    assert str(caught.value).startswith("f.json: ") and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "opening", [b"[", b'[{"id": 1, "annotations": ', b'[{"id": 1, "annotations": 2}, ']
)
def test_nesting_deeper_than_the_limit_is_refused_before_it_is_built(opening):
    deep = opening + b"[" * 100_000 + b"]" * 100_000 + b"]"
    with pytest.raises(InputError, match="nested deeper than 1024 levels"):
        elements(deep, chunk=4096)


def test_an_element_over_the_size_limit_is_refused_with_the_way_to_raise_it(monkeypatch):
    monkeypatch.setenv(bounded.RECORD_ENV, "0.01")  # about 10 KB
    big = json.dumps([{"id": 1, "annotations": "x" * 20_000}, {"id": 2, "annotations": 1}])
    with pytest.raises(
        InputError, match=rf"element #0 .* larger than 0.01 MB .*{bounded.RECORD_ENV}"
    ):
        elements(big.encode(), chunk=1024)
    monkeypatch.setenv(bounded.RECORD_ENV, "1")
    assert len(elements(big.encode(), chunk=1024)) == 2


def test_many_false_ends_inside_one_element_hand_over_to_the_scan():
    fake = '}, {"id": 9, "annotations": ['
    items = [{"id": 1, "annotations": [fake] * 100}, {"id": 2, "annotations": []}]
    assert elements(json.dumps(items).encode(), chunk=256) == items


def test_elements_that_open_differently_are_still_cut_right():
    items = [{"id": 1, "annotations": 1}, {"annotations": 2, "id": 2}, {"id": 3, "annotations": 3}]
    assert elements(json.dumps(items).encode(), chunk=8) == items


def test_a_streamed_body_reads_like_a_file():
    body = json.dumps([{"id": i, "result": [i]} for i in range(50)]).encode()
    pieces = [body[i : i + 13] for i in range(0, len(body), 13)]
    assert list(bounded.array(bounded.ChunkReader(pieces), "body", chunk=100)) == json.loads(body)


def test_json_lines_come_with_their_numbers_and_blank_lines_are_skipped(tmp_path):
    path = tmp_path / "units.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}\n\n{"a": 2}\n')
    assert [(n, bounded.loads(line, "x")) for n, line in bounded.lines(path)] == [
        (1, {"a": 1}),
        (3, {"a": 2}),
    ]


def test_a_line_over_the_limit_is_refused_before_it_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setenv(bounded.RECORD_ENV, "0.001")  # 1 KB
    path = tmp_path / "units.jsonl"
    path.write_bytes(b'{"a": 1}\n' + b'{"a": "' + b"x" * 5000 + b'"}\n')
    with pytest.raises(InputError, match=r"units.jsonl:2: a line longer than 0.001 MB"):
        list(bounded.lines(path))


def test_a_deeply_nested_line_is_one_clear_error():
    with pytest.raises(InputError, match=r"units\.jsonl:3: nested deeper than 1024 levels"):
        bounded.loads(b"[" * 100_000 + b"]" * 100_000, "units.jsonl:3")


def test_a_config_file_over_its_limit_or_not_utf8_is_refused(tmp_path):
    path = tmp_path / "config.xml"
    path.write_bytes(b"<View>" + b" " * bounded.MAX_CONFIG + b"</View>")
    with pytest.raises(InputError, match="labeling config is larger than 4 MB"):
        bounded.read_text(path, "labeling config")
    path.write_bytes(b"<View>\xff</View>")
    with pytest.raises(InputError, match="not UTF-8"):
        bounded.read_text(path, "labeling config")


@pytest.mark.parametrize("value", ["lots", "0", "-3"])
def test_a_bad_limit_in_the_environment_is_a_clear_error(monkeypatch, value):
    monkeypatch.setenv(bounded.RECORD_ENV, value)
    with pytest.raises(CorpusError, match=bounded.RECORD_ENV):
        bounded.max_record()


def test_a_predictions_file_is_read_line_by_line_within_the_limits(tmp_path, monkeypatch):
    from corpus.studio.predictions import PredictionError, read_predictions

    good = b'{"unit_id": "u1", "label": "x"}\n'
    path = tmp_path / "predictions.jsonl"
    monkeypatch.setenv(bounded.RECORD_ENV, "0.001")
    path.write_bytes(good + b"[" * 5000 + b"]" * 5000 + b"\n")
    with pytest.raises(PredictionError, match=r"predictions.jsonl:2: a line longer than"):
        list(read_predictions(path))
    monkeypatch.setenv(bounded.RECORD_ENV, "1")
    with pytest.raises(PredictionError, match=r"predictions.jsonl:2: nested deeper than 1024"):
        list(read_predictions(path))
