"""What an export publishes: what the exporter asked for, and what the written files hold.

Shared by :mod:`.publish`, which writes the card and croissant.json, and :mod:`.card`, which
describes them; neither reaches into the other for them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Publication:
    """What the exporter asked for beyond the parquet: formats, citation, privacy, the Hub."""

    formats: tuple[str, ...] = ("hf",)
    citation: str | None = None  # BibTeX, as given with --citation
    drop_comment_authors: bool = False
    hub_repo: str | None = None
    tag: str | None = None
    private: bool = True


@dataclass
class Counts:
    """What this export's files hold, counted in them (never in a side file)."""

    units: int = 0
    annotated_units: int = 0  # with at least one submitted (not skipped) annotation
    gold_units: int = 0  # whose gold_from is not "none"
    annotators: int = 0  # distinct annotators of submitted or skipped annotations
    submitted: int = 0
    skipped: int = 0
    drafts: int = 0
    predictions: int = 0
    votes_per_unit: tuple[int, int, float] = (0, 0, 0.0)  # min, max, mean over annotated units
    authored_units: int = 0  # units whose `author` (a comment's author) is not empty
    authors_dropped: int = 0  # author names removed with --drop-comment-authors
