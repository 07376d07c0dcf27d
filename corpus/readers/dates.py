"""Dates as scrapes write them ("March 24, 2016 at 3:45 pm", "09. Jul, 2012") to ISO 8601."""

from __future__ import annotations

import re
from datetime import datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"),
    re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),
]
_TIME = re.compile(r"(?:\bat\s+)?\b[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_DATE_LINE_REST = re.compile(r"^[\s,·•|/@–—-]*(?:on|posted|at|in)?[\s,·•|/@–—-]*$", re.IGNORECASE)


_YEAR_ANYWHERE = re.compile(r"(?:19|20)\d\d")


def find_date(text: str) -> tuple[str, re.Match] | None:
    """The first date in ``text`` as ``YYYY-MM-DD`` and the match it came from."""
    if not _YEAR_ANYWHERE.search(text):  # every pattern needs a year; most lines have none
        return None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            if month.isdigit():
                month_number = int(month)
            else:
                # IGNORECASE matches "ſep" (long s) and such; casefold spells them as the table
                month_number = _MONTHS.get(month.casefold().rstrip("."), 0)
            try:
                day = datetime(int(match.group("year")), month_number, int(match.group("day")))
            except ValueError:
                continue
            return day.date().isoformat(), match
    return None


def parse_date(text: str) -> str | None:
    found = find_date(text)
    return found[0] if found else None


_DATE_LINE_MAX = 150  # "on March 24, 2016 at 3:45 pm" is 28 characters


def is_date_line(text: str) -> bool:
    """True when the line holds a date (and perhaps a time) and nothing else.

    A line of more than 150 characters besides whitespace is prose: looking for dates in
    every paragraph cost a fifth of reading a scrape. Padding (a layout's long gaps, trailing
    spaces) does not count against a real date line.
    """
    if len(text) > _DATE_LINE_MAX and len("".join(text.split())) > _DATE_LINE_MAX:
        return False
    found = find_date(text)
    if not found:
        return False
    _, match = found
    rest = text[: match.start()] + " " + text[match.end() :]
    rest = _TIME.sub(" ", rest)
    return bool(_DATE_LINE_REST.match(rest))
