"""Plain reference formulas the agreement tests and bench/agreement.py hold the package to."""

from __future__ import annotations


def reference_masi(a: frozenset, b: frozenset) -> float:
    """Passonneau (2006), written out plainly (NLTK's formula with exact 2/3 and 1/3)."""
    if not a and not b:
        return 0.0
    common, union = len(a & b), len(a | b)
    if a == b:
        monotonicity = 1.0
    elif common == min(len(a), len(b)):
        monotonicity = 2 / 3
    elif common:
        monotonicity = 1 / 3
    else:
        monotonicity = 0.0
    return 1 - common / union * monotonicity
