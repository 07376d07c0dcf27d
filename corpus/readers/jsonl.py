"""JSON Lines from a crawl: one article per line, comments as a list with parent references.

Fields: ``text`` (required: the body, paragraphs separated by blank lines), ``title``, ``id``,
``url``, ``author``, ``site``, ``published``, ``language``, and ``comments``: a list of
``{"id", "text", "author", "published", "parent"}`` where ``parent`` names another comment's id.
The source map of a JSONL document points into its ``text`` field.
"""

from __future__ import annotations

import json

from ..errors import InputError
from ..model import Document
from .builder import TextBuilder, paragraphs_of


def _string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"field {key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def parse_line(line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object")
    return record


def read_record(record: dict, *, source: str, doc_id: str) -> Document:
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError("no 'text' field with article text")
    comments = record.get("comments") or []
    if not isinstance(comments, list) or not all(isinstance(c, dict) for c in comments):
        raise InputError("'comments' must be a list of objects")

    builder = TextBuilder()
    title = _string(record, "title")
    if title:
        builder.add_title([(" ".join(title.split()), None)])
    for paragraph in paragraphs_of(body):
        builder.add_paragraph(paragraph)
    _add_comments(builder, comments)
    if not builder.paragraphs and not builder.comments:
        raise InputError("no text found")
    return builder.document(
        doc_id=doc_id,
        source=source,
        format="jsonl",
        title=title,
        author=_string(record, "author"),
        site=_string(record, "site"),
        published=_string(record, "published"),
        url=_string(record, "url"),
        language=_string(record, "language"),
        encoding="utf-8",
    )


def _add_comments(builder: TextBuilder, comments: list[dict]) -> None:
    """Add comments depth-first so that every reply follows the comment it answers."""
    ids = [str(c["id"]) if c.get("id") is not None else None for c in comments]
    known = {cid for cid in ids if cid is not None}
    children: dict[str | None, list[int]] = {}
    for i, comment in enumerate(comments):
        parent = comment.get("parent")
        parent = str(parent) if parent is not None else None
        if parent not in known or parent == ids[i]:
            parent = None  # an unknown parent: keep the comment, as a top-level one
        children.setdefault(parent, []).append(i)

    visited: set[int] = set()

    def visit(i: int, parent_index: int | None, depth: int) -> None:
        visited.add(i)
        comment = comments[i]
        text = comment.get("text")
        if not isinstance(text, str):
            raise InputError(f"comment {ids[i] or i + 1} has no 'text'")
        paragraphs = paragraphs_of(text, mapped=False)
        index = builder.add_comment(
            paragraphs,
            depth=depth,
            parent=parent_index,
            author=_string(comment, "author"),
            published=_string(comment, "published"),
        )
        for child in children.get(ids[i], []) if ids[i] is not None else []:
            if child not in visited:
                visit(child, index if index is not None else parent_index, depth + 1)

    for i in children.get(None, []):
        visit(i, None, 1)
    for i in range(len(comments)):  # comments in a reply cycle reach no top-level comment
        if i not in visited:
            visit(i, None, 1)
