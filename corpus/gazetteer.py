"""A built-in pre-annotator: every occurrence of a known term, marked with its label.

A team studying, say, an armed group wants every name it goes by pre-marked so annotators
correct rather than hunt. The terms file is YAML::

    case_sensitive: false     # default false
    whole_word: true          # default true: "Hamas" does not match inside "Hamastan"
    labels:
      ORG:
        - Hezbollah
        - term: Islamic State
          aliases: [ISIS, ISIL, Daesh]
      LOC: [Palmyra, Tadmur]

Matches are whole words by default (a term's first and last characters must not touch a
letter or digit), the longest term wins where two overlap under the same label, and
different labels may overlap, as annotators' spans may.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Gazetteer:
    terms: tuple[tuple[str, str], ...]  # (label, term), longest first
    case_sensitive: bool
    whole_word: bool
    version: str  # names the file and its content, for the predictions' model_version

    @property
    def labels(self) -> frozenset[str]:
        return frozenset(label for label, _ in self.terms)

    def find(self, text: str) -> list[Match]:
        """Every match in ``text``, in order of position."""
        matches: list[Match] = []
        for label, pattern in self._patterns:
            taken: list[tuple[int, int]] = []
            for found in pattern.finditer(text):
                start, end = found.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                matches.append(Match(start, end, label, text[start:end]))
        matches.sort(key=lambda m: (m.start, -m.end, m.label))
        return matches

    @property
    def _patterns(self) -> list[tuple[str, re.Pattern]]:
        cached = self.__dict__.get("_compiled")
        if cached is None:
            flags = 0 if self.case_sensitive else re.IGNORECASE
            by_label: dict[str, list[str]] = {}
            for label, term in self.terms:
                by_label.setdefault(label, []).append(re.escape(term))
            cached = []
            for label, alternatives in by_label.items():
                body = "|".join(alternatives)  # longest first: the regex tries them in order
                if self.whole_word:
                    body = rf"(?<![^\W_])(?:{body})(?![^\W_])"
                cached.append((label, re.compile(body, flags)))
            object.__setattr__(self, "_compiled", cached)
        return cached


def load_gazetteer(path: Path | str) -> Gazetteer:
    """Read a terms file; a malformed one is one clear error naming the file and the entry."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        document = yaml.safe_load(raw)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gazetteer ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(document, dict) or not isinstance(document.get("labels"), dict):
        raise InputError(f"{path}: expected a 'labels:' mapping of label -> list of terms")
    terms: list[tuple[str, str]] = []
    for label, entries in document["labels"].items():
        if isinstance(entries, str):
            entries = [entries]
        if not isinstance(entries, list):
            raise InputError(f"{path}: label {label!r}: expected a list of terms")
        for entry in entries:
            for term in _terms_of(entry, path, label):
                terms.append((str(label), term))
    if not terms:
        raise InputError(f"{path}: no terms")
    terms.sort(key=lambda t: -len(t[1]))
    digest = hashlib.sha256(raw).hexdigest()[:12]
    return Gazetteer(
        terms=tuple(dict.fromkeys(terms)),
        case_sensitive=bool(document.get("case_sensitive", False)),
        whole_word=bool(document.get("whole_word", True)),
        version=f"gazetteer:{path.stem}@{digest}",
    )


def _terms_of(entry, path: Path, label) -> list[str]:
    if isinstance(entry, str | int | float):
        found = [str(entry)]
    elif isinstance(entry, dict) and "term" in entry:
        aliases = entry.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        found = [str(entry["term"]), *(str(a) for a in aliases)]
    else:
        raise InputError(
            f"{path}: label {label!r}: an entry must be a term or {{term: ..., aliases: [...]}}"
        )
    found = [term.strip() for term in found]
    if not all(found):
        raise InputError(f"{path}: label {label!r}: an empty term")
    return found
