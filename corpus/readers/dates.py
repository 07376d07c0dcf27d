"""Dates as pages print them, in the languages of the rule tables, to ISO 8601.

"March 24, 2016 at 3:45 pm", "09. Jul, 2012", "21. März 2024 um 9:14 Uhr", "15 de febrero de
2020, 12:45", "12 octobre 2019 à 10 h 14 min", "01-28-2023, 10:14 AM": the month names, weekday
names, the order of numeric dates and the words before a time come from the tables
(``corpus/readers/rules/*.yml``); the shapes of a date are the same in every language. Relative
dates ("2 years ago", "vor 3 Tagen", "il y a 4 ans") are recognised, so that a comment header
holding one is read as a header, but they give no calendar date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .line_templates import PLACEHOLDER, choice, choices, literal

_YEAR = r"(?:19|20)\d\d"
# a year, or a numeric date with a two-digit one ("07/04/24 à 21:40")
_YEAR_ANYWHERE = re.compile(_YEAR + r"|\d[/.-]\d\d?[/.-]\d\d(?!\d)")
_DATE_LINE_MAX = 150  # "on March 24, 2016 at 3:45 pm" is 28 characters
_FILLERS = ("on", "posted", "at", "in", "@")
Order = str | Callable[[], str | None] | None  # "dmy", "mdy", or who to ask
MASK = "\ue000"
_REMEMBERED = 20_000  # lines whose answers are remembered (then forgotten all at once)
# a time of day: "8:02 pm", "20:02", "10 h 14 min", "9h", "11 AM", "8:02 Uhr"
TIME = (
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|\.[0-5]\d(?![\d.])|\s?h\s?[0-5]\d(?:\s?min)?|h)"
    r"(?:\s?(?:[ap]\.?\s?m\.?|uhr|hs?\b))?"
    r"(?:\s\(?(?:gmt|bst|utc|cet|cest|est|edt|pst|pdt)\b\)?)?"
    r"|(?:1[0-2]|0?\d)\s?[ap]\.?\s?m\.?"
)  # stands for a date in a line matched against rule templates


# "May 4", "Mar 14, 8:02 PM", "4 mei", "4. Mai um 8:02", "14 mars à 08h02"
_DAY_MONTH = re.compile(
    r"^(?:(?P<day1>\d{1,2})\.?\s+(?:de\s+)?(?P<month1>[^\W\d_]{3,10})\.?"
    r"|(?P<month2>[^\W\d_]{3,10})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?P<time>,?\s+(?:at\s+|um\s+|à\s+|om\s+|alle\s+|a\s+las\s+|às\s+)?"
    r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*uhr)?)?$",
    re.IGNORECASE,
)


class DateReader:
    """Reads dates with the month names, weekdays and words of a set of rule tables."""

    def __init__(self, tables: list[dict]) -> None:
        months: dict[str, int] = {}
        weekdays: set[str] = set()
        time_words: set[str] = set()
        relative: list[str] = []  # the tables' relative-date templates
        self.orders: dict[str, str] = {}
        for table in tables:
            for name, number in (table.get("months") or {}).items():
                months.setdefault(str(name).casefold(), int(number))
            weekdays.update(str(w).casefold() for w in table.get("weekdays") or ())
            time_words.update(str(w) for w in table.get("time_words") or ())
            relative.extend(str(t) for t in table.get("relative_dates") or ())
            if table.get("numeric_dates"):
                self.orders[table.get("language", "")] = table["numeric_dates"]
        self.months = months
        self.weekdays = frozenset(weekdays)
        words = sorted(time_words | {"at", "@"}, key=len, reverse=True)
        self.time = TIME
        self._time_words = "(?:" + "|".join(literal(w) for w in words) + ")"
        # month names are matched as any word and looked up: an alternation of every
        # language's month names made each search cost ten times as much
        self._patterns = [re.compile(p, re.IGNORECASE) for p in _SHAPES]
        self._time_after = re.compile(
            r"(?:\s*,)?\s*(?:" + self._time_words + r"\s*)?(?:" + self.time + r")", re.IGNORECASE
        )
        # Relative dates by the word each must contain ("ago", "vor", "il y a"): a line is
        # searched only with the templates whose word it has.
        self._relative_by_hint: dict[str, list[re.Pattern]] = {}
        for template in relative:
            pattern = re.compile(r"(?<!\w)(?:" + _relative(template) + r")(?!\w)", re.IGNORECASE)
            for hint in _hints(template):
                self._relative_by_hint.setdefault(hint, []).append(pattern)
        self._time = re.compile(
            r"(?:" + self._time_words + r"\s*)?\b(?:" + self.time + r")", re.IGNORECASE
        )
        fillers = sorted(set(_FILLERS) | time_words, key=len, reverse=True)
        self._lines: dict[tuple[str, bool], bool] = {}  # is_date_line's answers
        self._relatives: dict[str, bool] = {}  # is_relative's
        self._rest = re.compile(
            r"^[\s,·•|/@–—-]*(?:(?:"
            + "|".join(literal(f) for f in fillers)
            + r")\b)?[\s,·•|/@–—-]*$",
            re.IGNORECASE,
        )

    def day_month(self, text: str) -> tuple[int, int] | None:
        """(month, day) of a line that is a date without its year ("May 4", "4. Mai",
        "14 mars à 08h02"), as comment systems show this year's dates; else None."""
        if len(text) > 40:
            return None
        found = _DAY_MONTH.match(text.strip())
        if found is None:
            return None
        day = found.group("day1") or found.group("day2")
        month = self.months.get((found.group("month1") or found.group("month2")).casefold())
        if not month or not 1 <= int(day) <= 31:
            return None
        return month, int(day)

    def find_date(self, text: str, order: Order = None) -> tuple[str, re.Match] | None:
        """The first date in ``text`` as ``YYYY-MM-DD`` and the match it came from.

        ``order`` (dmy or mdy, or a function that says which) reads an ambiguous numeric date
        like 04/05/2023; where the day is over 12 the date reads itself.
        """
        if not _YEAR_ANYWHERE.search(text):  # every pattern needs a year; most lines have none
            return None
        for pattern in self._patterns:
            for match in pattern.finditer(text):
                found = self._calendar(match, order)
                if found:
                    return found, match
        return None

    def _calendar(self, match: re.Match, order: Order) -> str | None:
        groups = match.groupdict()
        year = int(groups["year"])
        if year < 100:  # "07/04/24": this century's, as far as a page now can say
            year += 2000 if year < 70 else 1900
        if "a" in groups:
            a, b = int(groups["a"]), int(groups["b"])
            if callable(order) and a <= 12 and b <= 12:  # ambiguous: ask the page's language
                order = order()
            tries = [(b, a), (a, b)] if order == "mdy" else [(a, b), (b, a)]
        else:
            month = groups["month"]
            if month.isdigit():
                number = int(month)
            else:
                # IGNORECASE matches "ſep" (long s) and such; casefold spells them as the table
                number = self.months.get(month.casefold().rstrip("."), 0)
            day = re.match(r"\d+", groups["day"])
            tries = [(int(day.group()) if day else 0, number)]
        for day_number, month_number in tries:
            try:
                return date(year, month_number, day_number).isoformat()
            except ValueError:
                continue
        return None

    def parse_date(self, text: str, order: Order = None) -> str | None:
        found = self.find_date(text, order)
        return found[0] if found else None

    def is_date_line(self, text: str, *, relative: bool = False) -> bool:
        """True when the line holds a date (and perhaps a time) and nothing else.

        A line of more than 150 characters besides whitespace is prose. With ``relative``, a
        relative date ("2 years ago") counts too. (Remembered: a page asks again of a line,
        and pages repeat their date lines.)
        """
        if len(text) > _DATE_LINE_MAX:
            return self._is_date_line(text, relative)
        key = (text, relative)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) >= _REMEMBERED:
                self._lines.clear()
            found = self._lines[key] = self._is_date_line(text, relative)
        return found

    def _is_date_line(self, text: str, relative: bool) -> bool:
        if len(text) > _DATE_LINE_MAX and len("".join(text.split())) > _DATE_LINE_MAX:
            return False
        spans = self._absolute_spans(text) if _YEAR_ANYWHERE.search(text) else []
        if not spans and relative:
            spans = self._relative_spans(text)
        if not spans:
            return False
        start, end = min(spans, key=lambda span: (span[0], -span[1]))  # ("4h ago", not "4h")
        rest = text[:start] + " " + text[end:]
        return bool(self._rest.match(self._time.sub(" ", rest)))

    def _absolute_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the calendar dates are, each with its weekday before it and time after it."""
        spans = []
        for pattern in self._patterns:
            for match in pattern.finditer(text):
                if not self._calendar(match, None):
                    continue
                start, end = match.span()
                after = self._time_after.match(text, end)
                if after:
                    end = after.end()
                before = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
                if before and before.group(1).casefold() in self.weekdays:
                    start = before.start()
                spans.append((start, end))
        return spans

    def may_hold_date(self, text: str, words: set[str] | None = None) -> bool:
        """Cheaply: a year, or a word relative dates use ("ago", "vor"), among ``words``
        (the line's lower-case words) if the caller has them."""
        # (a year, a short one and a glued unit each need a digit: half the lines have none,
        # and are scanned once for it instead of three times)
        digits = _DIGIT.search(text) is not None
        if digits and (_YEAR_ANYWHERE.search(text) or _SHORT_YEAR.search(text)):
            return True
        if words is None:
            words = set(_WORDS.findall(text.lower()))
        elif not self._relative_by_hint.keys().isdisjoint(words):
            return True
        elif digits and _GLUED_UNIT.search(text):  # a caller's tokens keep "5d" whole: "d"
            words = set(_WORDS.findall(text.lower()))
        return not self._relative_by_hint.keys().isdisjoint(words)

    def is_relative(self, text: str) -> bool:
        if len(text) > _DATE_LINE_MAX:
            return bool(self._relative_spans(text))
        found = self._relatives.get(text)
        if found is None:
            if len(self._relatives) >= _REMEMBERED:
                self._relatives.clear()
            found = self._relatives[text] = bool(self._relative_spans(text))
        return found

    def _relative_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the dates without a calendar day are: relative ones ("2 years ago") and a
        month with a short year, as Discourse shows posts of an earlier year ("März '23")."""
        # (a typographic apostrophe is the hint's own: "aujourd’hui" is "aujourd'hui")
        words = set(_WORDS.findall(text.lower().replace("’", "'"))) & self._relative_by_hint.keys()
        spans = []
        if _SHORT_YEAR.search(text):  # (how the month's pattern ends, found faster on its own)
            spans = [
                match.span()
                for match in _MONTH_SHORT_YEAR.finditer(text)
                if match.group("month").casefold() in self.months
            ]
        for word in words:
            for pattern in self._relative_by_hint[word]:
                for match in pattern.finditer(text):
                    # "Gestern, 14:22", "yesterday at 8:02 pm": the time belongs to the date
                    after = self._time_after.match(text, match.end())
                    spans.append((match.start(), after.end() if after else match.end()))
        return sorted(spans)

    def mask(self, text: str) -> tuple[str, list[str]]:
        """The text with every date (and its time) replaced by MASK, and the dates replaced.

        Rule templates match ``{date}`` as MASK, so a template stays a small pattern however
        many month names and date shapes the tables know.
        """
        spans = self._relative_spans(text)
        if _YEAR_ANYWHERE.search(text):
            spans.extend(self._absolute_spans(text))
            spans.sort()
        if not spans:
            return text, []
        parts, found, position = [], [], 0
        for start, end in spans:
            if start < position or end == start:
                continue  # inside a date already masked
            longest = max(e for s, e in spans if s == start)
            parts.append(text[position:start])
            parts.append(MASK)
            found.append(text[start:longest].strip())
            position = longest
        parts.append(text[position:])
        return "".join(parts), found


_WORDS = re.compile(r"[^\W\d_][\w']*")
_SHORT_YEAR = re.compile(r"['’‘]\d\d(?!\w)")
_MONTH_SHORT_YEAR = re.compile(r"(?<!\w)(?P<month>[^\W\d_]{3,11})\.?\s+['’‘]\d\d(?!\w)")
_GLUED_UNIT = re.compile(r"\d[^\W\d_]")
_DIGIT = re.compile(r"\d")  # what _YEAR_ANYWHERE, _SHORT_YEAR and _GLUED_UNIT all need


_MONTH_WORD = r"[^\W\d_]{3,11}"
_SHAPES = [
    # ISO and year first: 2024-03-12, 2024/03/12
    r"(?<!\d)(?P<year>"
    + _YEAR
    + r")(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)",
    # month first: March 24, 2016; Tue Mar 12, 2024; November 1st, 2012
    r"\b(?P<month>" + _MONTH_WORD + r")\.?\s+(?P<day>(?<!\d)[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>" + _YEAR + r")(?!\d)",
    # day first: 21. März 2024; 15 de febrero de 2020; 09. Jul, 2012; 1er mars 2019
    r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|ª)?\.?\s*(?:de\s+)?(?P<month>"
    + _MONTH_WORD
    + r")\b\.?,?\s+(?:de\s+)?(?P<year>"
    + _YEAR
    + r")(?!\d)",
    # all numbers, day and month in the order of the page's language: 28.01.2023, 01-28-2023
    r"(?<!\d)(?P<a>[0-3]?\d)(?P<nsep>[-/.])(?P<b>[0-3]?\d)(?P=nsep)(?P<year>" + _YEAR + r")(?!\d)",
    # the same with a two-digit year, where a time follows, as comment headers print it
    # ("le 07/04/24 à 21:40", "04.12.25, 09:12"): alone, "1.2.24" may be a version number
    # (and "14-05-24, 06:00", as Dutch papers print it)
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<nsep>[/.-])(?P<b>[0-3]?\d)(?P=nsep)(?P<year>\d\d)(?![\d/.-])"
    r"(?=,?\s+(?:à|at|um|om|alle|às|a las|-|–|\|)?\s*(?:[01]?\d|2[0-3])[:h][0-5]\d)",
]
_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?)\.?,?\s+$")  # "quarta-feira, "


def _hints(template: str) -> list[str]:
    """Words one of which every date of a relative-date template contains: its longest
    literal word, or else the words of its choice ("{yesterday|today}")."""
    words = _WORDS.findall(PLACEHOLDER.sub(" ", template))
    if words:
        return [max(words, key=len).lower()]
    found = []
    for match in PLACEHOLDER.finditer(template):
        options = choices(match.group(1))
        if len(options) > 1 and "" not in options:
            found.extend(
                max(_WORDS.findall(o), key=len).lower() for o in options if _WORDS.findall(o)
            )
            break
    return found


def _relative(template: str) -> str:
    """A relative-date template ("{n} {years|year} ago") as a regex without groups."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(template):
        parts.append(literal(template[position : match.start()]))
        inner = match.group(1)
        parts.append(choice(inner) if "|" in inner else r"\d{1,4}")
        position = match.end()
    parts.append(literal(template[position:]))
    return "".join(parts)
