"""The export's last step: training formats, counts read from the data, the card, the
Croissant description, and the push to the Hub — in that order, each from what is on disk.

``corpus export`` calls :func:`finish` once the parquet configs are written, so every file it
adds describes (or is derived from) exactly the rows that were written: the card's counts are
counted in this export's files, not in side files such as the pseudonym mapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import InputError
from .features import Schema
from .formats import FormatsReport, write_formats
from .publication import Counts, Publication
from .write import CROISSANT_FILE

# task-data keys that name a person (`author`, `parent_author`, `comment_authors` …)
_AUTHOR_KEY = re.compile(r"(^|_)authors?$")


@dataclass
class Finished:
    formats: FormatsReport | None
    counts: Counts
    hub: Any = None  # corpus.dataset.hub.HubReport


def check_citation(text: str | None) -> str | None:
    """A BibTeX entry as given, or a clear error: an ``@type{`` opening, braces balanced."""
    if text is None:
        return None
    text = text.strip()
    if not re.match(r"@\w+\s*[{(]", text):
        raise InputError("the citation is not BibTeX: it should start like @misc{key, ...}")
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            break
    if depth != 0:
        raise InputError("the citation is not BibTeX: its braces do not balance")
    return text


def comment_authors_dropper(fill: Callable | None, dropped: list[int]) -> Callable:
    """A ``fill`` for the units batches that empties ``author`` and removes person-naming
    keys from ``data`` (``dropped[0]`` counts the author names removed)."""
    import orjson

    def drop(table: pa.Table) -> pa.Table:
        if fill is not None:
            table = fill(table)
        authors = table["author"]
        dropped[0] += (
            len(authors) - authors.null_count - int(pc.sum(pc.equal(authors, "")).as_py() or 0)
        )
        index = table.schema.get_field_index("author")
        table = table.set_column(index, "author", pa.nulls(len(table), pa.string()))
        data = []
        for value in table["data"].to_pylist():
            if value is None:
                data.append(None)
                continue
            parsed = orjson.loads(value)
            if isinstance(parsed, dict):
                parsed = {k: v for k, v in parsed.items() if not _AUTHOR_KEY.search(k)}
            data.append(orjson.dumps(parsed).decode())
        index = table.schema.get_field_index("data")
        return table.set_column(index, "data", pa.array(data, pa.string()))

    return drop


def count(output: Path, authors_dropped: int = 0) -> Counts:
    """The counts the card and croissant.json give, read from the written parquet files."""
    found = Counts(authors_dropped=authors_dropped)
    votes: list[Any] = []
    for shard in sorted((output / "data" / "units").glob("*.parquet")):
        table = pq.read_table(shard, columns=["n_annotators", "gold_from", "author"])
        found.units += table.num_rows
        n = table["n_annotators"].fill_null(0)
        found.annotated_units += int(pc.sum(pc.greater(n, 0)).as_py() or 0)
        found.gold_units += int(pc.sum(pc.not_equal(table["gold_from"], "none")).as_py() or 0)
        authored = pc.and_(pc.is_valid(table["author"]), pc.not_equal(table["author"], ""))
        found.authored_units += int(pc.sum(authored.fill_null(False)).as_py() or 0)
        votes.append(pc.filter(n, pc.greater(n, 0)))
    if votes:
        annotated = pa.chunked_array(votes, pa.int32())
        if len(annotated):
            found.votes_per_unit = (
                int(pc.min(annotated).as_py()),
                int(pc.max(annotated).as_py()),
                float(pc.mean(annotated).as_py()),
            )
    who: set[str] = set()
    for shard in sorted((output / "data" / "annotations").glob("*.parquet")):
        table = pq.read_table(shard, columns=["annotator", "was_cancelled"])
        skipped = int(pc.sum(table["was_cancelled"].fill_null(False)).as_py() or 0)
        found.skipped += skipped
        found.submitted += table.num_rows - skipped
        who.update(v for v in pc.unique(table["annotator"]).to_pylist() if v)
    found.annotators = len(who)
    for name in ("drafts", "predictions"):
        rows = sum(pq.read_metadata(s).num_rows for s in (output / "data" / name).glob("*.parquet"))
        setattr(found, name, rows)
    return found


def finish(
    output: Path,
    *,
    report,
    schema: Schema,
    splits: tuple[str, ...],
    publication: Publication,
    card: dict[str, Any],
    agreement_report=None,
    authors_dropped: int = 0,
    push: bool = True,
) -> Finished:
    """Formats, card, croissant.json, then the push; what they did.

    ``card`` holds the arguments of :func:`corpus.dataset.card.render` that ``build`` knows.
    ``push=False`` leaves the push to the caller (``corpus export`` pushes once the new
    dataset has replaced the old one).
    """
    from . import card as card_module
    from . import croissant

    formats = None
    if any(f != "hf" for f in publication.formats):
        formats = write_formats(output, schema, publication.formats, splits)
    counts = count(output, authors_dropped)
    citation = publication.citation or card_module.citation_template(
        card["pretty_name"], publication.hub_repo, publication.tag, card.get("license")
    )
    text = card_module.render(
        report=report,
        schema=schema,
        counts=counts,
        formats=formats,
        publication=publication,
        citation=citation,
        **card,
    )
    (output / "README.md").write_text(text, encoding="utf-8")
    if formats is not None and formats.files.get("bio-jsonl"):
        (output / "bio" / "README.md").write_text(
            card_module.bio_card(formats, card["pretty_name"]), encoding="utf-8"
        )
    described = croissant.describe(
        output,
        report=report,
        schema=schema,
        counts=counts,
        formats=formats,
        publication=publication,
        citation=citation,
        agreement_report=agreement_report,
        name=card["pretty_name"],
        license=card.get("license"),
        language=card.get("language"),
        published=date.today().isoformat(),
    )
    croissant.write(output / CROISSANT_FILE, described)
    finished = Finished(formats=formats, counts=counts)
    if push and publication.hub_repo:
        from .hub import push_to_hub

        finished.hub = push_to_hub(
            output, publication.hub_repo, private=publication.private, tag=publication.tag
        )
    return finished
