"""Train / validation / test by document, so no article leaks into two splits.

Documents are ranked by a keyed hash of their id (the seed is the key) and cut by the ratios.
The result depends on the set of document ids and the seed only, not on the order of the
export: the same project exported twice splits the same way, and one more document moves at
most the documents at the cut points.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..errors import CorpusError

SPLIT_NAMES = ("train", "validation", "test")
DEFAULT_RATIOS = (0.8, 0.1, 0.1)
DEFAULT_SEED = 0


class SplitError(CorpusError):
    """The split ratios cannot be used."""


def parse_ratios(text: str) -> tuple[float, ...] | None:
    """``"0.8,0.1,0.1"`` → ratios (train, validation, test); ``"none"`` → None (one split)."""
    if text.strip().lower() == "none":
        return None
    try:
        ratios = tuple(float(part) for part in text.split(","))
    except ValueError as exc:
        raise SplitError(
            f"split ratios must be numbers like 0.8,0.1,0.1 or none, not {text!r}"
        ) from exc
    return check_ratios(ratios)


def check_ratios(ratios: Iterable[float]) -> tuple[float, ...]:
    ratios = tuple(ratios)
    if not 1 <= len(ratios) <= 3 or any(r < 0 for r in ratios) or abs(sum(ratios) - 1) > 1e-6:
        raise SplitError(
            f"split ratios must be 1 to 3 non-negative numbers (train, validation, test) "
            f"that sum to 1, not {','.join(str(r) for r in ratios)}"
        )
    return ratios


def assign(doc_ids: Iterable[str], ratios: tuple[float, ...] | None, seed: int) -> dict[str, str]:
    """doc_id → split name. ``ratios=None`` puts every document in ``train``.

    Split sizes follow the ratios by largest remainder, and every split with a positive ratio
    gets at least one document when there are enough documents to go round.
    """
    docs = sorted(set(doc_ids))
    if ratios is None:
        return dict.fromkeys(docs, "train")
    ratios = check_ratios(ratios)
    ranked = sorted(docs, key=lambda d: _rank(d, seed))
    sizes = _sizes(len(ranked), ratios)
    out: dict[str, str] = {}
    begin = 0
    for name, size in zip(SPLIT_NAMES, sizes, strict=False):
        for doc in ranked[begin : begin + size]:
            out[doc] = name
        begin += size
    return out


def _rank(doc_id: str, seed: int) -> bytes:
    return hashlib.blake2b(doc_id.encode("utf-8"), key=str(seed).encode(), digest_size=16).digest()


def _sizes(n: int, ratios: tuple[float, ...]) -> list[int]:
    exact = [n * r for r in ratios]
    sizes = [int(x) for x in exact]
    by_remainder = sorted(range(len(ratios)), key=lambda i: (-(exact[i] - sizes[i]), i))
    for i in by_remainder[: n - sum(sizes)]:
        sizes[i] += 1
    wanted = [i for i, r in enumerate(ratios) if r > 0]
    if n >= len(wanted):
        for i in wanted:
            if sizes[i] == 0:
                donor = max(range(len(sizes)), key=lambda j: sizes[j])
                sizes[donor] -= 1
                sizes[i] += 1
    return sizes
