"""The wording of web pages, as tables: what a comment header, a byline or page furniture says.

Readers recognise a page's layout (indentation, blank lines, markup) in code, and its wording
through these tables, one YAML file per language in ``corpus/readers/rules/`` plus
``common.yml`` for what no language owns (symbols, vote arrows). A site's own wording comes in
the same format (``corpus split --rules site.yml``) and is read before the built-in tables.

A table entry is a template matched against a whole line (stripped), ignoring case::

    "{n} thoughts on {any}"          # a count header; {n} becomes comments_declared
    "{author} says:"                 # a comment header; {author} becomes its author
    "posted on {date} by {author}"   # a byline
    "{reply|reply ↓|antworten}"      # {a|b|c}: one of these words ({a|} makes a optional)

Placeholders: ``{author}``, ``{parent}`` (the author a reply answers), ``{site}``,
``{title}``, ``{date}`` (any date the tables can read, absolute or relative, with an
optional time), ``{time}``, ``{n}`` (a number), ``{depth}`` (a nesting level), ``{ref}`` and
``{parent_ref}`` (a comment's own number and the number of the one it answers) and ``{any}``.
A space matches any run of spaces; a space before ``:``, ``;``, ``?`` or ``!`` is optional
(French typography); ``...`` matches ``…``; any quotation mark matches any other. An entry
may instead be ``{regex: "..."}`` with named groups of the same names.

Every entry is compiled once; a line is only tried against the entries that could match it
(by its first word, or by a word the entry needs), which keeps reading a corpus fast.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from ..errors import CorpusError
from .dates import MASK, TIME, DateReader
from .line_templates import PLACEHOLDER, QUOTES, choice, literal
from .line_templates import choices as template_choices

TABLES = Path(__file__).with_name("rules")
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")

# category -> (what it is for, placeholders it may use, placeholders it must use)
CATEGORIES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "count_headers": (
        "a line announcing the comments with their number; opens the comment section",
        frozenset({"n", "any", "title"}),
        frozenset({"n"}),
    ),
    "section_headings": (
        "a heading that opens the comment section without a number",
        frozenset({"any"}),
        frozenset(),
    ),
    "comment_headers": (
        "a line that introduces one comment: its author, perhaps its date and whom it answers"
        " (by name, or as {ref} and {parent_ref}, the comment's own number and the number of"
        " the one it answers)",
        frozenset({"author", "date", "time", "parent", "n", "depth", "ref", "parent_ref", "any"}),
        frozenset({"author"}),
    ),
    "header_lines": (
        "a line of a comment's header block (date, points, badges, nesting level); dropped",
        frozenset({"date", "time", "n", "depth", "parent", "any"}),
        frozenset(),
    ),
    "reply_to": (
        "a line saying whom a comment answers (and, as {title}, the subject of its comment)",
        frozenset({"parent", "any", "title"}),
        frozenset({"parent"}),
    ),
    "comment_trailers": (
        "a line after a comment's text giving its author and date",
        frozenset({"author", "date", "time", "any"}),
        frozenset(),
    ),
    "quote_headers": (
        "a line that opens a quotation of an earlier post (the quoted text is dropped)",
        frozenset({"author", "date", "time", "any"}),
        frozenset(),
    ),
    "bylines": (
        "a byline near the title: author, perhaps site and date",
        frozenset({"author", "date", "time", "site", "any", "n"}),
        frozenset({"author"}),
    ),
    "post_trailers": (
        "a byline after the article's body (Blogger's 'Posted by NAME at TIME')",
        frozenset({"author", "date", "time", "any"}),
        frozenset({"author"}),
    ),
    "date_lines": (
        "a line holding the article's date and nothing else of use",
        frozenset({"date", "time", "any", "n"}),
        frozenset({"date"}),
    ),
    "sites": (
        "a line naming the site (a subreddit, a forum's title bar)",
        frozenset({"site", "any"}),
        frozenset({"site"}),
    ),
    "titles": (
        "a title line with something around the title to leave out",
        frozenset({"title", "any"}),
        frozenset({"title"}),
    ),
    "footers": (
        "a line that ends the comment section (and, after the body, the article)",
        frozenset({"any", "n"}),
        frozenset(),
    ),
    "chrome": (
        "buttons and counters between comments ('Reply', 'Like'); dropped",
        frozenset({"any", "n", "date", "time", "author"}),
        frozenset(),
    ),
    "boilerplate": (
        "page furniture dropped wherever it stands",
        frozenset({"any", "n", "date", "time", "author", "site"}),
        frozenset(),
    ),
    "navigation": (
        "menu and breadcrumb lines, dropped before and after the article only",
        frozenset({"any", "n"}),
        frozenset(),
    ),
    "related": (
        "a heading over links to other articles; the heading and its list are dropped",
        frozenset({"any", "site", "n"}),
        frozenset(),
    ),
    "captions": (
        "a line that starts a photo caption or credit; its paragraph is dropped",
        frozenset({"any"}),
        frozenset(),
    ),
    "pingbacks": (
        "a pingback or trackback: not a comment, counted apart",
        frozenset({"any"}),
        frozenset(),
    ),
    "profile_links": (
        "the alternative text of a commenter's picture, naming them over their name ('Ver el"
        " perfil de NAME, gráfico', LinkedIn's): where a comment's head starts",
        frozenset({"author"}),
        frozenset({"author"}),
    ),
    "reply_toggles": (
        "the button that hides the N replies shown under a comment ('Hide 2 replies',"
        " 'Ocultar 2 respostas'; without N, 'Masquer la réponse', one): the next N comments"
        " answer it; {author}, the writers of the replies where the line names them ('1 reply"
        " by NAME', Substack's)",
        frozenset({"n", "author"}),
        frozenset(),
    ),
    "reply_blocks": (
        "the heading over a comment's replies in a copy that lost their indents (Blogger's"
        " 'Replies'): the comments under it answer the one above it, up to the thread's own"
        " reply button alone on a line (one of reply_buttons)",
        frozenset(),
        frozenset(),
    ),
    "author_bios": (
        "the heading of the article author's bio box under the article ('About NAME'); read"
        " only when NAME is the article's author, and it ends the body",
        frozenset({"author"}),
        frozenset({"author"}),
    ),
    "notices": (
        "the label of a site's notice box over its text ('Forum rules' / 'Search before you"
        " post …'): the label and the paragraph under it are dropped",
        frozenset(),
        frozenset(),
    ),
    "solution_boxes": (
        "a line of the box a forum sets under a question, naming the answer that solved it"
        " ('Solved by NAME in post #5'); the box and the excerpt under it are dropped",
        frozenset({"author", "n", "any"}),
        frozenset(),
    ),
    "signatures": (
        "a line that starts a forum signature, dropped to the end of the post",
        frozenset({"any"}),
        frozenset(),
    ),
    "ratings": (
        "a review's rating alone on its line, in stars or as a score ('Notre note : ★★★★☆',"
        " 'VOTO 8'): dropped over, in or under the article; a reader's own closing a comment"
        " is theirs",
        frozenset(),
        frozenset(),
    ),
    "removed": (
        "what a taken-down post or account shows: its text ('[removed]'), its name ('Deleted"
        " member 4127'); such a name is a commenter's, such a text no comment",
        frozenset({"n", "any"}),
        frozenset(),
    ),
}
LIST_KEYS = frozenset(CATEGORIES)
# the platforms a blog is hosted on, whose name a page shows above the blog's own: no site
PLATFORMS = frozenset(
    {"blogger", "blogspot", "wordpress", "wordpress.com", "medium", "substack", "ghost",
     "tumblr", "wix", "squarespace", "weebly", "typepad", "livejournal", "drupal", "linkedin"}
)  # fmt: skip
# a membership's price by the month ("ab 4 € im Monat", "£3 a month")
_BY_THE_MONTH = re.compile(
    r"\b(?:im|pro|per|a|par|al|por|ao|/)\s?(?:monat|month|mois|mes|mese|maand|mês|mo)\b",
    re.IGNORECASE,
)
# what sets a site's name apart from a title in a window's or a crawl's title ("Title - Site")
TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " · ", " :: ", " » ")
DATE_KEYS = frozenset(
    {"numbers", "months", "weekdays", "numeric_dates", "time_words", "relative_dates"}
)
_WORD_LISTS = (
    "name_particles", "author_badges", "share_words", "job_titles", "follow_buttons",
    "profile_labels", "consent_topics", "consent_asks", "share_fillers", "guest_names",
    "action_words", "signup_calls", "email_fields", "and_words", "newsletter_words", "closings",
    "reply_buttons", "articles", "possessives", "finite_verbs", "qa_asked", "qa_answered",
    "qa_edited", "qa_actions", "qa_answers", "qa_thanks", "contents_labels", "summary_labels", "update_labels", "back_links", "reaction_names",
    "name_joiners", "post_words", "donation_words", "donation_calls", "more_buttons",
    "town_joiners", "post_links", "publication_labels", "archive_tabs", "subordinators", "clause_links",
    "announcement_labels", "sidebar_ends", "caption_links", "unsubscribe_labels",
    "visibility_labels", "membership_words",
)  # fmt: skip
OTHER_KEYS = frozenset({"language", "words", *_WORD_LISTS})
KNOWN_KEYS = LIST_KEYS | DATE_KEYS | OTHER_KEYS


def _word_list(tables: list[dict], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for t in tables for w in t.get(key, ()))


def _by_language(tables: list[dict], key: str) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for table in tables:
        for word in table.get(key, ()):
            found.setdefault(table.get("language", "site"), set()).add(str(word).casefold())
    return {language: frozenset(words) for language, words in found.items()}


def _words_regex(words: frozenset[str]) -> re.Pattern | None:
    """Whole words and phrases; a word ending in "*" is a stem ("akzeptier*": "akzeptieren",
    "continu* à navigu*": "continuant à naviguer")."""
    if not words:
        return None
    parts = sorted(re.escape(w).replace(r"\*", r"\w*").replace(r"\ ", r"\s+") for w in words)
    # every match starts with one of the words' first letters: said first, it lets the search
    # skip the other characters of a line at once (half the time a line takes)
    firsts = "".join(sorted({w[0] for w in words}))
    head = "(?=[" + re.escape(firsts) + "])" if firsts.isalnum() else ""
    return re.compile(head + r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where installed


class RulesError(CorpusError):
    """A rules file that cannot be used; the message names the file, the entry and why."""


# -- templates --------------------------------------------------------------------------------

_HANDLE_AND_NAME = re.compile(r"([\w.\-]{2,40}) \(([^()]{2,40})\)")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_NOT_SHARE = re.compile(r"[.!?“”\"«»():;]")
# between a row's buttons: separators, counts ("(23)", "12", "1,2k") and the symbols beside
# them (👍 ♥ ▲); an apostrophe goes too ("j'aime" is looked up as "jaime")
_ROW_MARKS = re.compile(
    r"\(\d[\d.,]*[km]?\)|(?<!\d)\d[\d.,]*(?:[km](?!\w)|(?!\w)|(?=[^\W\d]))|[·•|/–—\-]|['’]"
    r"|[^\w\s().!?:;“”\"«»]"
)
_SHARE_WORD = re.compile(r"[\w'’-]+")
# a count run into its word, either side ("Kommentare15", "8antwoorden")
_GLUED_COUNT = re.compile(r"^(?:([^\W\d_](?:\D*[^\W\d_])?)(\d{1,6})|(\d{1,6})([^\W\d_][^\d\s]*))$")
# a line wholly in brackets, as an exporter sets its stubs and notes ("[2 more replies]",
# "_[load more comments (71)]_" in Markdown): read by the words inside
# (a bullet before it in a Markdown list: "- *[load more comments (71)]*"); a stub of a
# section's end ("load more comments") is one of a comment's lines there, dropped as its chrome
_BRACKETED = re.compile(r"^(?:[-+*•]\s+)?[_*]{0,2}\[\s*([^\[\]\s][^\[\]]{2,79})\][_*]{0,2}$")
_DIGIT = re.compile(r"\d")
_BRACKETED_TABLES = frozenset({"chrome", "boilerplate"})
# a line's last characters when it ends a sentence (its closing quotes and brackets after it)
# a newsletter's or a magazine's issue number ("Nº 41", "Issue 12", "Ausgabe 7", "#41"): what
# a byline's name never holds
POST_NUMBER = re.compile(r"#\d{1,5}$")  # a forum post's number alone: "#1"
ISSUE_NUMBER = re.compile(
    r"(?:\bN[º°o]\.?|\b[Nn]\.\s?[º°]|\bn[º°]|\bNr\.|#|\b(?i:issue|ausgabe|número|numero|numéro|nummer|edição|edición"
    r"|edizione))\s?\d+\b"
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_SEEN_MAX = 30_000  # lines whose matches and tokens are remembered: memory stays flat


_WORDS_MAX = 5_000  # lines whose tokens are remembered (a line's tokens take a kilobyte or two)


def _make_room(seen: dict, most: int = _SEEN_MAX) -> None:
    """Forget the older half of a full memory (dicts keep insertion order)."""
    if len(seen) > most:
        for key in list(itertools.islice(seen, len(seen) // 2)):
            del seen[key]


def _open_ended(source: str) -> bool:
    """A template a line of any length may match: it holds {any} or {title} (a regular
    expression has no first word to be keyed by)."""
    return "{any}" in source or "{title}" in source


_SPACES_AND_APOSTROPHES = re.compile(r"[\s'’]")


def glued(words: str) -> str:
    """Words as a copy glues a row of buttons ("j'aime" / "reply delete": "jaime", "replydelete")."""
    return _SPACES_AND_APOSTROPHES.sub("", words)


_LEADING_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _literal_words(source: str) -> str:
    """The words an entry's template starts with, lower case ("the time now is"), where
    nothing but a choice or a placeholder comes first: ""."""
    found = _LEADING_WORDS.match(source.lower())
    return found.group() if found else ""


def _keep_hits(seen: dict, most: int = _SEEN_MAX) -> None:
    """Make room in a full memory of matches: forget the lines nothing matched (prose, read
    once) and keep the furniture, which comes back page after page (the newer half of it,
    if it alone fills the memory)."""
    if len(seen) > most:
        kept = [(key, hits) for key, hits in seen.items() if hits]
        seen.clear()
        seen.update(kept[-(most // 2) :])


_NUMBER = r"\d{1,3}(?:[,.]\d{3})+|\d{1,7}"
_NAME = r"[^\s].{0,78}?"


class Rule:
    """One entry of a table. Its regex is compiled when a line is first tried against it:
    most entries are never needed by a given corpus, and compiling them all took seconds."""

    __slots__ = (
        "_pattern", "_regex", "category", "dated", "id", "keys", "language", "needs", "order",
        "source",
    )  # fmt: skip

    def __init__(
        self,
        id: str,  # "en:boilerplate:3" — where it comes from, for `corpus inspect`
        category: str,
        language: str,
        source: str,  # the template (or regex) as written
        regex: str | Callable[[], str],  # or how to make it, when first needed
        order: int,  # its place among all entries: a site's rules first, then the built-in ones
        keys: tuple[str, ...],  # the first words a matching line can start with, if known
        needs: tuple[str, ...],  # words of which every matching line contains one
        dated: bool,  # matched against the line with its dates masked
    ) -> None:
        self.id, self.category, self.language, self.source = id, category, language, source
        self._regex, self.order, self.keys, self.needs, self.dated = (
            regex,
            order,
            keys,
            needs,
            dated,
        )
        self._pattern: re.Pattern | None = None

    @property
    def regex(self) -> str:
        if callable(self._regex):
            self._regex = self._regex()
        return self._regex

    @property
    def pattern(self) -> re.Pattern:
        if self._pattern is None:
            self._pattern = re.compile(self.regex, re.IGNORECASE)
        return self._pattern

    def __repr__(self) -> str:
        return f"Rule({self.id}: {self.source!r})"


def _compile_template(
    template: str,
    *,
    allowed: frozenset[str],
    required: frozenset[str],
    number: str = _NUMBER,
) -> tuple[str, set[str]]:
    """A template as a regex; raises ValueError with what is wrong in it."""
    _check_braces(template)
    tokens: list[list[str]] = []  # [kind, value]: literal text, a choice, a placeholder
    position = 0
    for match in PLACEHOLDER.finditer(template):
        tokens.append(["literal", template[position : match.start()]])
        inner = match.group(1)
        if "|" in inner:
            tokens.append(["choice", inner])  # its options keep their spaces
        else:
            tokens.append(["placeholder", inner.strip()])
        position = match.end()
    tokens.append(["literal", template[position:]])
    # an optional word standing alone ("{n} {more|} replies") takes one of its spaces with it,
    # so that the line needs one space, not two, where the word is left out
    wrap: dict[int, str] = {}
    for i, (kind, value) in enumerate(tokens):
        if kind != "choice" or "" not in template_choices(value):
            continue
        before, after = tokens[i - 1][1], tokens[i + 1][1]
        if after[:1].isspace() and (before[-1:].isspace() or (i == 1 and not before)):
            tokens[i + 1][1] = after.lstrip()
            wrap[i] = "after"
        elif (
            before[-1:].isspace()
            and not after
            # (an option that ends in its own space, "view {all |}comments", needs the one
            # before it all the same)
            and not any(o[-1:].isspace() for o in template_choices(value))
        ):
            tokens[i - 1][1] = before.rstrip()
            wrap[i] = "before"
    # a choice with a colon among its words after a space ("Publiziert {am|:|} {date}"): the
    # space is optional before the colon, as it is in a literal ("Publiziert: 14.05.2024")
    lead: set[int] = set()
    for i, (kind, value) in enumerate(tokens):
        tight = kind == "choice" and any(o[:1] in _TIGHT for o in template_choices(value))
        if tight and i and tokens[i - 1][1][-1:].isspace():
            tokens[i - 1][1] = tokens[i - 1][1].rstrip()
            lead.add(i)
    parts = []
    used: set[str] = set()
    for i, (kind, value) in enumerate(tokens):
        if i in lead:
            parts.append(_led_choice(value, spaced=wrap.get(i) == "after"))
        elif kind == "literal":
            previous = tokens[i - 1] if i else None
            if previous is not None and value[:1].isspace() and _ends_with_colon(previous):
                # "Comments:87", "Comments: 87"; where the colon may be left out ("di{:|}
                # {author}"), the space is needed without it: "Diario" is no "di ario"
                options = template_choices(previous[1]) if previous[0] == "choice" else ()
                ends = "".join(sorted({re.escape(o[-1]) for o in options if o}))
                gap = rf"(?:(?<=[{ends}])\s*|\s+)" if "" in options else r"\s*"
                parts.append(gap + literal(value.lstrip()))
                continue
            parts.append(literal(value))
        elif kind == "choice":
            group = choice(value)
            if i in wrap:
                body = group[:-1]  # without its "?"
                group = rf"(?:{body}\s+)?" if wrap[i] == "after" else rf"(?:\s+{body})?"
            parts.append(group)
        else:
            if value not in allowed:
                known = ", ".join("{" + p + "}" for p in sorted(allowed)) or "none"
                close = difflib.get_close_matches(value, sorted(allowed), n=1)
                hint = f"did you mean {{{close[0]}}}? " if close else ""
                raise ValueError(
                    f"{{{value}}} cannot be used here ({hint}this table takes {known}; "
                    "{a|b} is a choice of words)"
                )
            repeated = value in used
            if repeated and value not in ("any", "n", "date", "time"):
                raise ValueError(f"{{{value}}} appears twice")
            used.add(value)
            last = all(not t[1].strip() for t in tokens[i + 1 :])
            regex = _placeholder(value, last=last, number=number)
            if repeated:  # the first one is the value; the others only have to be there
                regex = re.sub(r"^\(\?P<\w+>", "(?:", regex)
            parts.append(regex)
    missing = required - used
    if missing:
        raise ValueError(f"needs {', '.join('{' + m + '}' for m in sorted(missing))}")
    return "".join(parts), used


def _check_braces(template: str) -> None:
    """Braces that pair, one level deep: a choice holds words, not a placeholder or another
    choice (its braces would be read as text, and the entry would never match a line)."""
    depth = 0
    for char in template:
        if char == "{":
            depth += 1
            if depth > 1:
                raise ValueError(
                    "a choice {a|b} holds words only, not {…} inside it: write one entry for "
                    "each option"
                )
        elif char == "}":
            depth -= 1
            if depth < 0:
                raise ValueError("a '}' closes no '{'")
    if depth:
        raise ValueError("a '{' is never closed")


_TIGHT = ":;?!"  # marks a page may set with or without a space before them


def _led_choice(inner: str, *, spaced: bool) -> str:
    """A choice with the space before it: that space is needed before a word, optional
    before a colon; with ``spaced`` the space after it is the choice's too."""
    options = template_choices(inner)
    alternatives = []
    for option in sorted((o for o in options if o), key=len, reverse=True):
        gap = r"\s*" if option[:1] in _TIGHT else r"\s+"
        alternatives.append(gap + literal(option) + (gap if spaced else ""))
    if "" in options:
        alternatives.append(r"\s+")
    return "(?:" + "|".join(alternatives) + ")"


def _ends_with_colon(token: list[str]) -> bool:
    kind, value = token
    if kind == "choice":
        return any(option.endswith(":") for option in template_choices(value))
    return kind == "literal" and value.rstrip().endswith(":") and not value[-1:].isspace()


def _placeholders(template: str) -> set[str]:
    return {m.group(1).strip() for m in PLACEHOLDER.finditer(template) if "|" not in m.group(1)}


def _placeholder(name: str, *, last: bool, number: str) -> str:
    if name == "any":
        return ".*" if last else ".*?"
    if name in ("author", "parent", "site"):
        # a name ends where a word does ("… door lotte_vd_berg{any}" is not "l")
        return f"(?P<{name}>{_NAME})(?!\\w)" if not last else f"(?P<{name}>[^\\s].{{0,79}})"
    if name == "title":
        return "(?P<title>.+?)" if not last else "(?P<title>.+)"
    if name == "date":
        return f"(?P<date>{MASK})"  # lines are matched with their dates masked
    if name == "time":
        return f"(?P<time>{TIME})"
    if name == "n":
        return f"(?P<n>{number})"
    if name == "depth":
        return r"(?P<depth>\d{1,3})"
    if name in ("ref", "parent_ref"):
        return f"(?P<{name}>\\d{{1,12}})"
    raise AssertionError(name)


_WORD = re.compile(r"[^\W\d_][\w'’.-]*|[^\w\s]+", re.UNICODE)


def _first_words(template: str) -> tuple[str, ...]:
    """The literal first words a matching line may start with, lower case; none when the
    template starts with a placeholder (or a word runs into one, as in "#{n}")."""
    marked = _run_into_mark(template)
    choices = re.match(r"\{([^{}]*\|[^{}]*)\}(\s|$)", template) or marked
    if choices:
        words = template_choices(choices.group(1))
        if "" in words or any(not w or any(q in w for q in QUOTES) for w in words):
            return ()
        # "a", "le": too common a first word to pick entries by; before a mark, a phrase of
        # three words from it is rare enough ("te puede interesar:", not "te" alone)
        if any(_short_key(w.split(), 3) if marked else _short_key(w.split()) for w in words):
            return ()
        return tuple(sorted({line_key(w.split()[0]) for w in words}))
    if template.startswith("{"):
        return ()
    stretch = PLACEHOLDER.split(template, maxsplit=1)[0]
    words = stretch.split()
    if not words or any(q in words[0] for q in QUOTES):
        return ()
    if (
        len(words) == 1
        and not stretch[len(words[0]) :].startswith((" ", "\t"))
        and (len(stretch) < len(template))
    ):
        return ()  # "#{n}", "u/{author}": the first word runs into a placeholder
    if _short_key(words, 4):
        return ()  # (a long phrase is rare enough after any first word: "Do you have an …")
    return (line_key(words[0]),)


def _run_into_mark(template: str) -> re.Match | None:
    """The template's first words, a choice run into a mark that must follow them ("{read
    also|see also}{:| \\|} {any}"), which a line's first word loses when looked up; not into
    letters ("{comment|reply}{s|}"), nor into a mark that may be absent ("{theme|design}{:|}
    {any} by {any}": asked of every sentence that opens with the word)."""
    found = re.match(r"\{([^{}]*\|[^{}]*)\}\{([^{}]*)\}", template)
    if found is None:
        return None
    marks = template_choices(found.group(2))
    if any(not m.strip() or m[:1].isalnum() for m in marks):
        return None
    return found


def _short_key(words: list[str], least: int | None = None) -> bool:
    """A first word of two letters or fewer (in a phrase of fewer than ``least`` words)."""
    key = line_key(words[0])
    return key.isalpha() and len(key) <= 2 and (least is None or len(words) < least)


def _needed_words(template: str, common: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Words of which every matching line contains one, lower case: the longest literal piece
    of the template that is a word and not one of the ``common`` ones, or else the words of its
    first choice that cannot be left out, or else its longest literal piece."""
    pieces = []
    for stretch in PLACEHOLDER.split(template)[::2]:
        pieces.extend(_pieces(stretch))
    good = [p for p in pieces if len(p) >= 3 and _wordlike(p) and p not in common]
    if good:
        return (max(good, key=len),)  # a word ("says"), not a bracket, "on" or "this"
    best = max(pieces, key=len) if pieces else None
    words = _choice_words(template, wordlike=True)  # "({n}) {comments|responses}"
    if words:
        return words
    if best is not None:
        return (best,)  # "by{:|} {author} {|} {any}": "by" rather than "|" or ","
    return _choice_words(template, wordlike=False)


def _wordlike(piece: str) -> bool:
    return any(c.isalnum() for c in piece)


def _choice_words(template: str, *, wordlike: bool) -> tuple[str, ...]:
    """The words of a template's first choice that cannot be left out, one per option (with
    ``wordlike``, of the first whose options are all words, not signs)."""
    for match in PLACEHOLDER.finditer(template):
        options = template_choices(match.group(1))
        if len(options) < 2 or "" in options:
            continue
        words = []
        for option in options:
            found = _pieces(option)
            if not found:
                break
            words.append(max(found, key=len))
        else:
            if wordlike and not all(_wordlike(w) for w in words):
                continue
            return tuple(sorted(set(words)))
    return ()


_PIECE_SPLIT = re.compile(
    r"\s+|(?<![^\W_])['’]|['’](?![^\W_])|["
    + re.escape(QUOTES.replace("'", "").replace("’", ""))
    + "]"
)  # quotation marks, not the apostrophe inside a word ("j'aime" is one word, as a line's is)


def _pieces(stretch: str) -> list[str]:
    chunks = _PIECE_SPLIT.split(stretch)
    return [c.lower() for c in (chunk.strip(":;?!.…") for chunk in chunks) if c]


_KEY_STRIP = ":;,.!?…·•|-–—"


def _order(rule: Rule) -> int:
    return rule.order


def line_key(word: str) -> str:
    """How a line's first word is looked up: lower case, without trailing punctuation."""
    word = word.lower().replace("’", "'")
    word = word.lstrip("¿¡") or word  # (a Spanish question's opening mark: "¿Tienes …?")
    return word.rstrip(_KEY_STRIP) or word


# -- the tables ---------------------------------------------------------------------------------


_UNSET = object()
_NONE: list = []  # no entry matches (shared; never appended to)
_WORDS_SEEN: dict[str, frozenset[str]] = {}  # a line's tokens, remembered across documents


class Probe:
    """A stripped line as the tables see it: lower-cased, and with its dates masked (both
    worked out once, when first needed, however many tables it is tried against)."""

    __slots__ = (
        "_cats", "_first", "_index", "_low", "_masked", "_words", "dates", "reader", "rules",
        "text",
    )  # fmt: skip

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self.rules = rules
        self.reader = rules.dates
        self._low: str | None = None
        self._masked: str | None = None
        self._words: frozenset[str] | None = None
        self._first: str | object | None = _UNSET
        self._cats: frozenset[str] | None = None  # the tables that could match it
        self._index: set[str] | None = None  # its words some table's entry is filed under
        self.dates: list[str] = []

    @property
    def low(self) -> str:
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    @property
    def words(self) -> frozenset[str]:
        """Its tokens (see ``tokens``), with NUMBER_TOKEN when it starts with a number and
        DATE_TOKEN when it may hold a date."""
        if self._words is None:
            words = _WORDS_SEEN.get(self.text)
            if words is None:
                low = self.low
                found = tokens(low)
                if low[:1].isdigit() and len(low.split()) <= 3:  # "12", "3 replies"
                    found.add(NUMBER_TOKEN)
                if self.reader.may_hold_date(self.text, found):
                    found.add(DATE_TOKEN)
                _make_room(_WORDS_SEEN, _WORDS_MAX)
                words = _WORDS_SEEN[self.text] = frozenset(found)
            self._words = words
        return self._words

    @property
    def cats(self) -> frozenset[str]:
        """The tables with an entry that could match the line, and DATE_TOKEN if it may hold
        a date (remembered across documents: a few bytes a line)."""
        found = self._cats
        if found is None:
            found = self._cats = self.rules.categories_of(self)
        return found

    @property
    def index(self) -> set[str]:
        """Its ``words`` that some table's entry needs (a few, often none): what a table's
        candidates are looked up by, instead of every word of the line table after table."""
        found = self._index
        if found is None:
            found = self._index = self.rules._need_categories.keys() & self.words
        return found

    @property
    def dated(self) -> bool:
        """Whether the line may hold a date (a year, or a word of a relative date)."""
        return DATE_TOKEN in self.cats

    @property
    def first(self) -> str | None:
        if self._first is _UNSET:
            first = self.low.split(None, 1)
            word = first[0] if first else None
            if word and word[-1].isdigit() and (glued := _GLUED_COUNT.match(word)) and glued[1]:
                word = glued[1]  # "comentar7": a button and its count run together
            self._first = line_key(word) if word else None
        return self._first

    @property
    def masked(self) -> str:
        if self._masked is None:
            if self.dated:
                self._masked, self.dates = self.reader.mask(self.text)
            else:
                self._masked = self.text  # no year, no word of a relative date: no date
        return self._masked


class Hit:
    """An entry that matched a line: its values are read with ``get``."""

    __slots__ = ("match", "probe", "rule")

    def __init__(self, rule: Rule, match: re.Match, probe: Probe) -> None:
        self.rule = rule
        self.match = match
        self.probe = probe

    def __repr__(self) -> str:
        return f"Hit({self.rule.id!r}, {self.probe.text!r})"

    def get(self, name: str) -> str | None:
        try:
            value = self.match.group(name)
        except IndexError:
            return None
        if value and name == "date" and self.rule.dated:
            masks = self.match.string.count(MASK, 0, self.match.start(name))
            value = self.probe.dates[masks] if masks < len(self.probe.dates) else None
        return value.strip() if value else None


_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
NUMBER_TOKEN = "\x00n"  # tokens no line has: an index entry for lines starting with a number
DATE_TOKEN = "\x00d"  # … and for lines that may hold a date
_STRIP = "\"'“”„‘’()[]{}<>«»‹›,.;:!?…*"
_SPLIT = re.compile(r"[¿¡:;,/|•·\"“”„‘()\[\]{}<>«»‹›.!?…*]")
_TOKEN = re.compile(r"[^\s:;,/|•·\"“”„‘()\[\]{}<>«»‹›.!?…*]+")  # the words _SPLIT leaves
_PREFIX = re.compile(r"(?:^|(?<=\s))(\w{1,3}[/:])(?=\w)")
# the tables' index tokens that are a symbol ("#", "△") or a prefix ("u/"): a line is looked at
# for these only (string operations, not a regular expression per line)
_SYMBOLS: set[str] = set()
_PREFIXES: set[str] = set()
_ANY_SYMBOL: list[re.Pattern | None] = [None]  # one pass for "is any of them in the line"


def _any_symbol() -> re.Pattern:
    found = _ANY_SYMBOL[0]
    if found is None:
        found = _ANY_SYMBOL[0] = re.compile("[" + re.escape("".join(sorted(_SYMBOLS))) + "]")
    return found


def tokens(low: str) -> set[str]:
    """The words of a lower-case line as the tables' index knows them: split at spaces and
    punctuation, with the symbols the tables' entries need ("#" in "#1") and the short
    prefixes glued to a name ("u/" in "u/name")."""
    found = set(_SPLIT.sub(" ", low.replace("’", "'")).split())
    if (low[-1:].isdigit() or low[:1].isdigit()) and (glued := _GLUED_COUNT.match(low)):
        found.update((glued[1] or glued[4]).split())  # "kommentare15": a count run into its word
    if _SYMBOLS and _any_symbol().search(low):
        found.update([symbol for symbol in _SYMBOLS if symbol in low])
    if _PREFIXES:
        found.update([prefix for prefix in _PREFIXES if prefix in low])
    return found


def _index_token(word: str) -> str:
    """The token under which an entry needing ``word`` is filed (see ``tokens``)."""
    word = word.lower().replace("’", "'")
    if not word[0].isalnum():
        return word[0]
    prefix = _PREFIX.match(word)
    if prefix and prefix.group(1) == word:
        return word  # "u/"
    found = _TOKEN.findall(word)
    return max(found, key=len) if found else word


class _Category:
    """The compiled entries of one table, indexed so that a line is tried against the few
    that could match it: those keyed by its first word, and those needing a word it has."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[Rule]] = {}
        self.by_need: dict[str, list[Rule]] = {}
        self.always: list[Rule] = []
        # (first word, index words) -> the candidates, and those of them without a {date}:
        # lines of one shape ask for the same few entries page after page
        self._merged: dict[tuple, tuple[list[Rule], list[Rule]]] = {}

    def add(self, rule: Rule) -> None:
        self._merged.clear()
        if rule.keys:
            for key in rule.keys:
                self.by_key.setdefault(key, []).append(rule)
            if _run_into_mark(rule.source) is None:
                return
            # (asked of other lines as well: a copy may glue the mark to what follows,
            # "Comments:87", whose first word is then no key)
        if rule.dated and all(len(w) < 4 for w in rule.needs):
            # "on {date}, {author}": a date is rarer in a line than "on"
            self.by_need.setdefault(DATE_TOKEN, []).append(rule)
        elif rule.needs:
            for word in {_index_token(w) for w in rule.needs}:
                self.by_need.setdefault(word, []).append(rule)
                if len(word) == 1 and not word.isalnum():
                    _SYMBOLS.add(word)
                    _ANY_SYMBOL[0] = None
                elif not word[-1].isalnum() and _PREFIX.fullmatch(word):
                    _PREFIXES.add(word)
        elif rule.source.startswith("{n}"):  # "{n}": lines that start with a number
            self.by_need.setdefault(NUMBER_TOKEN, []).append(rule)
        elif rule.dated:  # "{date}", "{author} {date}": lines that hold a date
            self.by_need.setdefault(DATE_TOKEN, []).append(rule)
        else:
            self.always.append(rule)

    def candidates(self, first: str | None, words: frozenset[str]) -> list[Rule]:
        """The entries that could match a line, in the tables' order."""
        lists = []
        keyed = self.by_key.get(first)
        if keyed:
            lists.append(keyed)
        by_need = self.by_need
        lists.extend(by_need[word] for word in by_need.keys() & words)
        if self.always:
            lists.append(self.always)
        if len(lists) == 1:
            return lists[0]  # (in order already, and never changed by the caller)
        return sorted({rule for rules in lists for rule in rules}, key=_order)

    def lookup(self, first: str | None, words: frozenset[str]) -> tuple[list[Rule], list[Rule]]:
        """``candidates``, and those of them that need no date (remembered by the line's first
        word and the index words it has: a few lookups instead of a merge per line)."""
        needed = self.by_need.keys() & words
        key = (first if first in self.by_key else None, frozenset(needed) if needed else None)
        found = self._merged.get(key)
        if found is None:
            rules = self.candidates(first, words)
            _make_room(self._merged, _SEEN_MAX)
            found = self._merged[key] = (rules, [rule for rule in rules if not rule.dated])
        return found


class Rules:
    """Compiled tables for a set of languages (and a site's own rules first).

    ``match(category, line)`` finds the first entry of a table that matches a stripped line.
    Entries of the ``primary`` languages (the document's language, English, and what no
    language owns) come first; ``foreign(category, line)`` says whether only another
    language's entry would match, which readers report instead of acting on.
    """

    def __init__(self, tables: list[dict], *, sources: list[str]) -> None:
        self.tables = tables
        self.sources = sources
        self.dates = DateReader(tables)
        self.numbers: dict[str, int] = {}
        for table in tables:
            for word, value in (table.get("numbers") or {}).items():
                self.numbers.setdefault(str(word).casefold(), int(value))
        # number words are matched as any word and then looked up (an alternation of every
        # language's number words in each template would cost seconds to compile)
        self._number = _NUMBER + (r"|[^\W\d_]{2,9}" if self.numbers else "")
        self.languages = tuple(t.get("language", "site") for t in tables)
        self._categories: dict[str, _Category] = {}
        self._seen: dict[tuple, list[Hit]] = {}
        self._by_id: dict[str, Rule] | None = None
        self.rules: list[Rule] = []
        # a language's commonest words, which an entry is not looked up by
        self.common_words = frozenset(str(w).lower() for t in tables for w in t.get("words", ()))
        for table, source in zip(tables, sources, strict=True):
            self._compile(table, source)
        self._index_categories()
        owners: dict[str, set[str]] = {}
        for table in tables:
            for word in table.get("words", ()):
                owners.setdefault(str(word).lower(), set()).add(table.get("language", "site"))
        # a word two languages share ("de", "la") tells them apart from neither
        words = {w: next(iter(langs)) for w, langs in owners.items() if len(langs) == 1}
        self._words = words
        particles = {str(p).lower() for t in tables for p in t.get("name_particles", ())}
        self.name_particles = frozenset(particles)
        # "By NAME, Transport correspondent": a role after the name, not the site
        self.job_titles = _word_list(tables, "job_titles")
        self.follow_buttons = _word_list(tables, "follow_buttons")  # under Medium's author
        # the last line of a forum's sidebar list ("Categories" / … / "All categories")
        self.sidebar_ends = _word_list(tables, "sidebar_ends")
        # ... and the label over its publication's name ("Published in" / "Werkt Anders")
        self.publication_labels = _word_list(tables, "publication_labels")
        # a newsletter's tabs over its list of posts under the comments ("Top" / "Latest" /
        # "Discussions", Substack's): the thread has ended
        self.archive_tabs = frozenset(_by_language(tables, "archive_tabs").values())
        self.archive_tab_words = frozenset(w for tabs in self.archive_tabs for w in tabs)
        self.signup_calls = _word_list(tables, "signup_calls")  # a newsletter box's button
        self.visibility_labels = _word_list(tables, "visibility_labels")  # "Öffentlich"
        self.closings = _word_list(tables, "closings")  # a letter's last words: "Groet, Bart"
        self.reply_buttons = _word_list(tables, "reply_buttons")  # a comment's "Reply"
        self.back_links = tuple(sorted(_word_list(tables, "back_links")))  # "Back to Forum"
        self.reaction_names = _word_list(tables, "reaction_names")  # "Celebrar", "Insightful"
        # what a forum's count of posts counts ("13 Beiträge"): the opening post among them
        self.post_words = _word_list(tables, "post_words")
        self.name_joiners = _word_list(tables, "name_joiners")  # "Helmut aus Gerbach"
        self.unsubscribe_labels = _word_list(tables, "unsubscribe_labels")
        self.more_buttons = _word_list(tables, "more_buttons")  # Blogger's "Meer…"
        # ... and the word a header gives with the date on its line ("Bert uit Tiel DATE")
        self.town_joiners = _word_list(tables, "town_joiners")
        self.post_links = _word_list(tables, "post_links")  # "Précédent : TITLE"
        # a Q&A page's post signed under its text ("asked DATE" / NAME), its buttons, and
        # what its answers are called ("3 Answers")
        self.qa_asked = _word_list(tables, "qa_asked")
        self.qa_answered = _word_list(tables, "qa_answered")
        self.qa_edited = _word_list(tables, "qa_edited")
        self.qa_actions = _word_list(tables, "qa_actions")
        self.qa_thanks = _word_list(tables, "qa_thanks")  # "… an answer to SITE!"
        self.qa_answers = _word_list(tables, "qa_answers")
        asked = sorted(self.qa_asked, key=len, reverse=True)
        # a line that opens with a word of asking ("asked DATE"), at the text's start or after
        # a newline: what ``^`` finds under re.MULTILINE, which the engine tries at every
        # character; searched for from its newline, it jumps from one line to the next (a
        # quarter of the time on an article)
        signed = r"[ \t]*(?:" + "|".join(map(re.escape, asked)) + r")[ \t]+\S"
        self._question_opens = re.compile(signed, re.IGNORECASE) if asked else None
        self._question_line = re.compile("\n" + signed, re.IGNORECASE) if asked else None
        # a language's own, asked of a document in it only ("i" is Italian's article and
        # English's "I"): language -> words
        self.articles = _by_language(tables, "articles")
        self.possessives = _by_language(tables, "possessives")
        self.finite_verbs = _by_language(tables, "finite_verbs")
        # the words that open a clause of when a thing was ("…, before the porch was clad.")
        self.subordinators = _by_language(tables, "subordinators")
        self.clause_links = _by_language(tables, "clause_links")
        # the words that open what a caption says of its noun after a comma, where or with
        # what it is ("Il passo, con la vista verso la pianura")
        self.caption_links = _by_language(tables, "caption_links")
        self.announcement_labels = _word_list(tables, "announcement_labels")
        self.email_fields = _word_list(tables, "email_fields")  # its address field's label
        # "Saskia Beumer en Jeroen84": the words that join the last name of a list to it
        self.and_words = _word_list(tables, "and_words")
        joiners = sorted(self.and_words, key=len, reverse=True)
        self.name_list = re.compile(
            r"\s*[,•·]\s*|\s+(?:" + "|".join(map(re.escape, joiners or ["and"])) + r")\s+",
            re.IGNORECASE,
        )
        self.profile_labels = _word_list(tables, "profile_labels")  # "Joined" / "Mar 2019"
        # share words that name no button on their own: a line of only these is someone's
        self.share_fillers = _word_list(tables, "share_fillers")
        self.guest_names = _word_list(tables, "guest_names")  # what a guest is shown as
        self.contents_labels = _word_list(tables, "contents_labels")  # "Sommaire", "Inhalt"
        self.summary_labels = _word_list(tables, "summary_labels")  # "L'essentiel", "Key points"
        self._update_labels = _words_regex(_word_list(tables, "update_labels"))  # "Updated:"
        # a consent banner names what it is about (cookies, data) and asks (accept, agree)
        self._consent_topics = _words_regex(_word_list(tables, "consent_topics"))
        self._newsletters = _words_regex(_word_list(tables, "newsletter_words"))
        self._donations = _words_regex(_word_list(tables, "donation_words"))
        self._donation_calls = _words_regex(_word_list(tables, "donation_calls"))
        self._memberships = _words_regex(_word_list(tables, "membership_words"))
        self._consent_asks = _words_regex(_word_list(tables, "consent_asks"))
        # words no name is made of: a language's commonest words, and a byline's
        self.not_names = frozenset(owners) - self.name_particles | {
            "by", "posted", "on", "at", "says", "said", "wrote", "von", "par", "por", "di",
            "door", "am", "um", "le", "el", "il", "em", "op", "in", "reply", "comment",
        } - self.name_particles  # fmt: skip
        badges = [str(b) for t in tables for b in t.get("author_badges", ())]
        # a badge on a line of its own ("Moderador" under a poster's name, over their profile)
        self.badges_alone = frozenset(b.strip("()").casefold() for b in badges)
        self._badges = (
            re.compile(
                "(?:"
                + "|".join(
                    (r"\s*" if not b[0].isalnum() else r"(?:\s+|^)") + literal(b) for b in badges
                )
                + r")\s*$",
                re.IGNORECASE,
            )
            if badges
            else None
        )
        # a badge a copy ran into the name, a capital after a small letter ("BellandiAutore",
        # "pinecone_loafOP"): a word's own capitals never end a name so
        # ("Kalle_K.Abo+": a badge that ends in a sign, which no name does, after anything)
        # (and a writer's role run in so: "Tiago MeirelesJornalista"; after a space a role is
        # a name's own, "Citizen Journalist")
        roles = {t.capitalize() for t in self.job_titles if t.isalpha()}
        run_in = {b for b in badges if b.rstrip("+").isalpha() and b[:1].isupper()} | roles
        # (in capitals too, as a news site sets its labels: "Rui MacedoASSINANTE")
        run_in = sorted(run_in | {b.upper() for b in run_in if len(b) >= 4}, key=len, reverse=True)
        glued_parts = [
            f"{behind}(?:{'|'.join(map(re.escape, found))})"
            for behind, found in (
                # (after a small letter, or after an initial: "Marie-Claude B.Abonnée")
                (r"(?:(?<=[a-zß-ÿ])|(?<=[A-ZÀ-Þ]\.))", [b for b in run_in if b.isalpha()]),
                (r"(?<=\S)", [b for b in run_in if not b.isalpha()]),
            )
            if found  # (no empty alternative: it would match at every name's end)
        ]
        self._glued_badge = re.compile(f"(?:{'|'.join(glued_parts)})$") if glued_parts else None
        # the tokens a count header is looked up by ("comments", "Gedanken"), to tell quickly
        # that a line holds no count at all (None: an entry is tried on every line)
        counts = self._categories.get("count_headers", _Category())
        self.count_words = (
            frozenset(counts.by_key) | frozenset(counts.by_need)
            if not counts.always and not {NUMBER_TOKEN, DATE_TOKEN} & counts.by_need.keys()
            else None
        )
        self.badge_words = frozenset(
            b.lower().split()[-1] for b in badges if b.split() and b[0].isalnum()
        )
        self.share_words = frozenset(
            str(w).lower() for t in tables for w in t.get("share_words", ())
        )
        # a comment's buttons as one glued word: looked up by their spellings without spaces
        self._actions = frozenset(glued(w) for w in _word_list(tables, "action_words"))
        # (a reaction's button with its count glued in: "AntwortenTeilenRespekt 2Melden")
        self._button_pieces = self._actions | frozenset(
            w.replace(" ", "") for w in (*self.share_words, *self.reaction_names) if len(w) > 2
        )
        self._piece_lengths = sorted({len(w) for w in self._button_pieces}, reverse=True)
        # (a share row's platforms run together: "WhatsAppFacebookXTelegram")
        self._platforms = frozenset(
            w.replace(" ", "") for w in self.share_words - self.share_fillers
        ) | {"x"}
        # (as written: "J'aime" is a button, "Jaime" a name)
        self._button_labels = (
            _word_list(tables, "action_words") | self.share_words | self.reaction_names
        )

    def _compile(self, table: dict, source: str) -> None:
        language = table.get("language", "site")
        for category in CATEGORIES:
            _, allowed, required = CATEGORIES[category]
            for index, entry in enumerate(table.get(category) or ()):
                where = f"{source}: {category}[{index}]"
                try:
                    if isinstance(entry, dict):
                        text = regex = entry["regex"]
                        unknown = set(re.compile(regex, re.IGNORECASE).groupindex) - allowed
                        if unknown:
                            raise ValueError(
                                f"group {sorted(unknown)[0]!r} cannot be used here "
                                f"(this table takes {', '.join(sorted(allowed - {'any'}))})"
                            )
                        # (looked up for the lines opening with its ``first`` word only, as a
                        # template is by its first word; else for every line)
                        keys = (line_key(entry["first"]),) if entry.get("first") else ()
                        needs, dated = (), False
                    else:
                        text = entry
                        compile_ = functools.partial(
                            _compile_template,
                            text,
                            allowed=allowed,
                            required=required,
                            number=self._number,
                        )
                        if language == "site":  # a site's rules are checked when loaded
                            regex, used = compile_()
                            re.compile(regex, re.IGNORECASE)
                        else:  # the built-in ones by the tests, and made when first used
                            regex, used = (lambda c=compile_: c()[0]), _placeholders(text)
                        keys, needs = _first_words(text), _needed_words(text, self.common_words)
                        dated = "date" in used
                except (ValueError, re.error) as exc:
                    raise RulesError(f"{where}: {entry!r}: {exc}") from None
                rule = Rule(
                    f"{language}:{category}:{index}",
                    category,
                    language,
                    text,
                    regex,
                    len(self.rules),
                    keys,
                    needs,
                    dated,
                )
                self.rules.append(rule)
                self._categories.setdefault(category, _Category()).add(rule)

    # -- matching --------------------------------------------------------------------------------

    def _index_categories(self) -> None:
        """Which tables have an entry keyed by a word, or needing a token, or for any line:
        a line's possible tables are then a few lookups (``categories_of``)."""
        by_key: dict[str, set[str]] = {}
        # ... by an entry a line of any length may match, with the words it starts with
        open_keys: dict[str, set[tuple[str, str]]] = {}
        by_need: dict[str, set[str]] = {}
        always = set()
        for name, table in self._categories.items():
            for key, keyed in table.by_key.items():
                by_key.setdefault(key, set()).add(name)
                for rule in keyed:
                    if _open_ended(rule.source):
                        open_keys.setdefault(key, set()).add((name, _literal_words(rule.source)))
            for word in table.by_need:
                by_need.setdefault(word, set()).add(name)
            if table.always:
                always.add(name)
        self._key_categories = {k: frozenset(v) for k, v in by_key.items()}
        self._open_keys = {k: tuple(v) for k, v in open_keys.items()}
        self._need_categories = {k: frozenset(v) for k, v in by_need.items()}
        self._always_categories = frozenset(always)
        self._line_categories: dict[str, frozenset[str]] = {}  # by line, across documents
        self._category_sets: dict[frozenset[str], frozenset[str]] = {}

    def categories_of(self, probe: Probe) -> frozenset[str]:
        """The tables that have an entry which could match the line (no regex is run), and
        DATE_TOKEN if the line may hold a date."""
        found = probe._cats
        if found is not None:
            return found
        found = self._line_categories.get(probe.text)
        if found is None:
            words = probe.words
            found = set(self._always_categories)
            keyed = self._key_categories.get(probe.first)
            if keyed:
                found.update(keyed)
            needs = self._need_categories
            index = probe._index = needs.keys() & words
            for word in index:
                found.update(needs[word])
            if DATE_TOKEN in words:
                found.add(DATE_TOKEN)
            found = frozenset(found)
            found = self._category_sets.setdefault(found, found)  # one copy of each set
            _make_room(self._line_categories)
            self._line_categories[probe.text] = found
        probe._cats = found
        return found

    def signs_a_question(self, text: str) -> bool:
        """Whether a line of ``text`` says a question was asked ("asked 3 hours ago"): one
        scan of a page says whether it may be a Q&A thread."""
        if self._question_opens is None or self._question_line is None:
            return False
        return bool(self._question_opens.match(text) or self._question_line.search(text))

    def update_date(self, text: str) -> bool:
        """A date line that says when the post was changed ("Updated: DATE", "Aktualisiert
        am DATE"): under the text or in the writer's box, no publication date."""
        found = self._update_labels and self._update_labels.match(text.lstrip("•·|–-— "))
        return bool(found)

    def mentions_update(self, text: str) -> bool:
        """A line that says the post was changed anywhere in it ("By NAME, updated DATE")."""
        return bool(self._update_labels and self._update_labels.search(text))

    def consent_banner(self, text: str) -> bool:
        """A cookie or consent banner: about cookies or data, asking to accept or agree."""
        return bool(
            self._consent_topics
            and self._consent_topics.search(text)
            and self._consent_asks.search(text)
        )

    def consent_ask(self, text: str) -> bool:
        """A line in a consent banner's words of asking ("Nur notwendige", "Paramétrer")."""
        return bool(self._consent_asks and self._consent_asks.search(text))

    def consent_topic(self, text: str) -> bool:
        """A line that names what a consent banner is about ("Cookie-Richtlinie")."""
        return bool(self._consent_topics and self._consent_topics.search(text))

    def probe(self, text: str) -> Probe:
        """The line as the tables see it (its tokens are remembered across documents)."""
        return Probe(text, self)

    def may_match(self, categories: tuple[str, ...], probe: Probe, *, prose: bool = False) -> bool:
        """Whether any entry of these tables could match the line (no regex is run): most
        lines of prose are told apart from furniture here, at the cost of a few lookups.

        With ``prose`` (a sentence of eight words or more), only entries that name the
        line's first word are asked: furniture that long ("Your email address will not be
        published.") starts with a word of its own."""
        if prose:
            keyed = self._key_categories.get(probe.first)
            return keyed is not None and not keyed.isdisjoint(categories)
        return not self.categories_of(probe).isdisjoint(categories)

    def opens_entry_of(self, text: str, categories: tuple[str, ...]) -> bool:
        """Whether an entry of these tables that a line of any length may match ("*Affiliate
        link: {any}") names the line's first word: ``may_match`` for a long sentence, without
        a probe (a long line's lower-case copy and tokens, held for the document's life)."""
        first = text.split(None, 1)
        keyed = self._open_keys.get(line_key(first[0])) if first else None
        if not keyed:
            return False
        start = " ".join(text[:80].lower().split())
        return any(name in categories and start.startswith(words) for name, words in keyed)

    def match(self, category: str, line: str | Probe, languages=None) -> Hit | None:
        """The first entry of ``category`` matching the whole (stripped) line, if any; with
        ``languages``, only entries of those languages (and of common and site rules)."""
        found = self.matches(category, line, languages)
        return found[0] if found else None

    def matches(self, category: str, line: str | Probe, languages=None) -> list[Hit]:
        """Every entry of ``category`` that matches the line, in the tables' order (a reader
        takes the first whose values it accepts). Remembered per line: pages repeat their
        furniture ("Reply", "Share this:") from comment to comment and page to page."""
        probe = line if isinstance(line, Probe) else None
        key = (category, line if probe is None else probe.text, languages)
        seen = self._seen
        found = seen.get(key)
        if found is None and category == "count_headers" and (glued := _GLUED_COUNT.match(key[1])):
            # the count run into its word by a copy or the markup ("Kommentare15",
            # "Comentários<span>7</span>", "<span>8</span><span>antwoorden</span>")
            spaced = f"{glued[1]} {glued[2]}" if glued[1] else f"{glued[3]} {glued[4]}"
            found = seen[key] = self.matches(category, spaced, languages)
        if (
            found is None
            and category in _BRACKETED_TABLES
            and key[1][-1:] in "]_*"
            and (inner := _BRACKETED.match(key[1]))
            and len(words := inner[1].strip()) <= 40
        ):
            # (a stub counts what it stands for, or asks to load more: not a writer's own note
            # in brackets, "[Edited to add: …]", which the tables' "edited {any}" would read)
            found = (
                (self.matches(category, words, languages) if _DIGIT.search(words) else [])
                or (self.matches("footers", words, languages) if category == "chrome" else [])
            ) or None  # (or as any line is read: "[ add comment ]" has an entry of its own)
            if found is not None:
                seen[key] = found
        if found is None:
            if probe is None:
                probe = Probe(line, self)
            cats = probe._cats
            if category not in (self.categories_of(probe) if cats is None else cats):
                seen[key] = _NONE
                return _NONE
            if len(seen) > _SEEN_MAX:
                _keep_hits(seen)
            found = seen[key] = self._matches(category, probe, languages)
        return found

    def seen(self, category: str, text: str) -> list[Hit] | None:
        """What ``matches`` found for this line before, if it was asked."""
        return self._seen.get((category, text, None))

    @property
    def seen_lines(self) -> dict[tuple, list[Hit]]:
        """``matches``'s memory, keyed (category, line, languages), for readers to look in
        first (a dictionary lookup where a call would cost more than the answer)."""
        return self._seen

    def _matches(self, category: str, probe: Probe, languages) -> list[Hit]:
        table = self._categories.get(category)
        if table is None:
            return []
        found = []
        # (its ``index``, not its ``words``: the same candidates, from a set of a few words)
        rules, undated = table.lookup(probe.first, probe.index)
        masked = ""
        if len(undated) < len(rules):
            masked = probe.masked
            if MASK not in masked:
                rules = undated  # no date in the line for an entry's {date}
        text = probe.text
        for rule in rules:
            if languages is not None and rule.language not in languages:
                continue
            pattern = rule._pattern  # (compiled when first tried: ``Rule.pattern``)
            if pattern is None:
                pattern = rule.pattern
            found_match = pattern.fullmatch(masked if rule.dated else text)
            if found_match:
                n = found_match.groupdict().get("n")
                if n is not None and self.number(n) is None:
                    continue  # a word where the number stands, and not a number word
                author = found_match.groupdict().get("author")
                if author and self.buttons_only(author.strip(), text):
                    continue  # "Like · Reply · 7 · 3d": a comment's buttons and its age
                found.append(Hit(rule, found_match, probe))
        return found

    def share_line(self, text: str) -> bool:
        """A row of share buttons, every word a share word: "Share Tweet Email",
        "Facebook | X | WhatsApp | E-Mail", "Teilen per E-Mail"."""
        share = self.share_words
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and self.share_line(head):
            text = rest  # "Share this post: Twitter Facebook Reddit Email"
        if _NOT_SHARE.search(text.rstrip(": ")):
            return False  # a sentence's or a title's punctuation: no row of buttons has it
        low = text.lower()
        first = _SHARE_WORD.search(low)
        if first is None or first.group() not in share:
            return False  # prose fails on its first word, before any full scan
        words = _SHARE_WORD.findall(low)
        return (
            len(words) <= 12
            and all(w in share for w in words)
            and not all(w in self.share_fillers for w in words)  # "this" as a whole comment
        )

    def glued_shares(self, text: str) -> bool:
        """A share row's platforms run together with no space ("WhatsAppFacebookXTelegram",
        a phone's copy): three of them or more, and nothing else."""
        if not 10 <= len(text) <= 80 or not text.isalpha():
            return False
        compact = text.casefold()
        ways: list[int | None] = [None] * (len(compact) + 1)  # the most pieces spelling [:i]
        ways[0] = 0
        for i in range(len(compact)):
            if ways[i] is None:
                continue
            for piece in self._platforms:
                if compact.startswith(piece, i):
                    found = ways[i] + 1
                    if ways[i + len(piece)] is None or found > ways[i + len(piece)]:
                        ways[i + len(piece)] = found
        # (three platforms, not "x" over and over: "xxxxxxxxxx", kisses under a comment)
        return ways[-1] is not None and ways[-1] >= 3 and len(compact.replace("x", "")) >= 8

    def share_words_only(self, text: str) -> bool:
        """Every word a share word, fillers too ("X" under "Facebook"): a share row's
        button when the lines beside it are share rows."""
        low = text.lower()
        first = _SHARE_WORD.search(low)
        if first is None or first.group() not in self.share_words:
            return False  # (most lines: their first word is none, and no full scan is needed)
        words = _SHARE_WORD.findall(low)
        return 0 < len(words) <= 3 and all(w in self.share_words for w in words)

    def buttons_only(self, text: str, line: str | None = None) -> bool:
        """A row of a comment's buttons with their counts ("Like · Reply · 7"), or one
        button's label ("Like", "Gefällt mir") where the ``line`` it stands in has another
        button after it (a label alone may be a name: "Salva dijo...", Italian's "Save")."""
        if self.glued_buttons(text):
            return True
        if not self.button_label(text):
            return False
        rest = (line or "")[len(text) :].casefold()
        return any(w in self._button_labels for w in _SHARE_WORD.findall(rest))

    def button_label(self, text: str) -> bool:
        """One button's label as written ("Leuk", "Suivre", "Reply"), alone on a line."""
        return text.casefold() in self._button_labels

    def glued_buttons(self, text: str) -> bool:
        """A comment's buttons copied as one word ("enlace permanenteguardardenunciarresponder",
        "permalinksavereportreply"): two or more button words and nothing else, one of them a
        comment's action (not a row of share words only, which ``share_line`` reads)."""
        low = text.casefold()
        if len(low) > 80:
            return False
        # a row's separators and counts go ("Curtir (23) · Responder · Denunciar",
        # "Beantwoorden · 👍 12"): what is left must be the buttons' words
        cleaned = _ROW_MARKS.sub(" ", low)
        if len(cleaned.split()) > (4 if cleaned == low else 6) or _NOT_SHARE.search(cleaned):
            return False
        counted, low = cleaned != low, cleaned
        compact = "".join(low.split())
        if not compact.isalpha():
            return False
        # ways[i]: the fewest pieces that spell compact[:i], and whether one is an action
        ways: list[tuple[int, bool] | None] = [None] * (len(compact) + 1)
        ways[0] = (0, False)
        for i in range(len(compact)):
            if ways[i] is None:
                continue
            count, action = ways[i]
            for length in self._piece_lengths:
                piece = compact[i : i + length]
                if len(piece) == length and piece in self._button_pieces:
                    best = ways[i + length]
                    found = (count + 1, action or piece in self._actions)
                    if best is None or (found[1], -found[0]) > (best[1], -best[0]):
                        ways[i + length] = found
        end = ways[-1]
        # (one button is a row where a count stood beside it: "Beantwoorden · 👍 12")
        return end is not None and end[0] >= (1 if counted else 2) and end[1]

    def rule(self, id: str) -> Rule | None:
        """The entry with this id ("en:footers:0"), as ``corpus inspect`` names it."""
        if self._by_id is None:
            self._by_id = {rule.id: rule for rule in self.rules}
        return self._by_id.get(id)

    def badge_between(self, name: str) -> tuple[str, str] | None:
        """A name with a badge run into its last word, then another name: Disqus's reply row
        copied with no arrow ("Redazione Gazzetta di ValmarenaMod Luca Serra"): who wrote,
        and whom they answer."""
        if self._glued_badge is None:
            return None
        words = name.split()
        for k in range(1, len(words) - 1):
            found = self._glued_badge.search(words[k])
            if found is None:
                continue
            author = " ".join([*words[:k], words[k][: found.start()]])
            if _run_into(author, found.group()):
                return author, " ".join(words[k + 1 :])
        return None

    def handle(self, name: str) -> str | None:
        """The user name of "dgrayling (Dana Grayling)", as Discourse shows a poster: the
        handle, which the poster's every post shares, and not the display name beside it."""
        found = _HANDLE_AND_NAME.fullmatch(name)
        if found is None or not found.group(2)[:1].isupper():
            return None
        if found.group(1).istitle() and found.group(1).isalpha():
            return None  # a name and where they write from: "Ralf (Bad Weilbrunn)"
        if self._badges is not None and self._badges.search(name):
            return None  # "Maria (Admin)": a badge, which clean_author takes off
        return found.group(1)

    def reply_label(self, line: str) -> bool:
        """A reply line's words with no name after them ("Répondre à", "In reply to"): a copy
        that broke the line sets the name it answers on the next one."""
        if not line or len(line) > 40:
            return False
        hit = self.match("reply_to", f"{line} Qzx")
        return hit is not None and hit.get("parent") == "Qzx"

    def badge_alone(self, line: str) -> bool:
        """A badge on a line of its own, brackets or not ("Mod", "(Redazione)")."""
        return line.strip("()").casefold() in self.badges_alone

    def newsletter_pitch(self, text: str) -> bool:
        """A line that offers the site's newsletter ("… Meld je aan voor onze nieuwsbrief")."""
        return bool(self._newsletters and self._newsletters.search(text))

    def donation_box(self, pitch: str, button: str) -> bool:
        """A short pitch that names the gifts a site lives on, its button under it asking for
        one ("… Il ne vit que grâce à vos dons." / "Je soutiens Le Guidon Libre"): a box,
        not the article's last words (a story about a club's donors has no button under it)."""
        return bool(
            self._donations
            and self._donation_calls
            and len(pitch) <= 250
            and len(button) <= 40
            and button[-1:] not in ".!?…:"
            and (
                self._donations.search(pitch)
                # (or a membership's price by the month: "… ab 4 € im Monat …"; not a club's
                # news of its yearly fee)
                or bool(
                    self._memberships
                    and self._memberships.search(pitch)
                    and _BY_THE_MONTH.search(pitch)
                )
            )
            and self._donation_calls.search(button)
        )

    def back_link(self, line: str) -> bool:
        """A footer's link back ("Back to Forum", "Terug naar Werkbanken") by its first words,
        which a subheading of the article may share ("Back to basics")."""
        low = " ".join(line.casefold().split())
        return len(low) <= 80 and any(low.startswith(w + " ") for w in self.back_links)

    def opens_with_closing(self, line: str) -> bool:
        """A line that opens with a closing's word or two, whatever follows ("Merci d'avance,",
        "Danke und Gruß", German's nouns capitalised): the sign-off over its writer's name,
        not a poem's line ("Out past the lighthouse,")."""
        words = line.casefold().replace(",", " ").replace("!", " ").split()
        return bool(words) and (words[0] in self.closings or " ".join(words[:2]) in self.closings)

    def closing_words(self, line: str) -> bool:
        """A post's closing words with no name ("Grazie in anticipo", "Thanks everyone",
        "Cheers"): a closing's word, then words in small letters ("Love Andersson" is a
        name)."""
        words = line.split()
        return (
            bool(words)
            and words[0].casefold().strip(",!.") in self.closings
            and all(w[:1].islower() for w in words[1:])
        )

    def signed_closing(self, line: str) -> bool:
        """A post's closing words with its writer's name ("Groet, Bart", "Cheers, Ann",
        "Gruß Tom"): the post's own last line, not the next poster's name or rank."""
        closing, comma, name = line.partition(", ")
        if not comma:  # "Gruß Tom", "Viele Grüße Tom": the closing's words, then a name
            words = line.split()
            return any(
                " ".join(words[:k]).casefold() in self.closings
                and 1 <= len(words) - k <= 2
                and all(word[:1].isupper() for word in words[k:])
                for k in (1, 2)
            )
        return (
            closing.casefold() in self.closings
            and 1 <= len(name.split()) <= 3
            and name[:1].isupper()
        )

    def signup_call(self, label: str) -> bool:
        """A newsletter box's button ("Subscribe", "Jetzt anmelden"), a line or a label of its own."""
        label = label.replace("’", "'")  # (a typographic apostrophe: "S’abonner")
        return len(label) <= 40 and " ".join(label.split()).casefold() in self.signup_calls

    def number(self, text: str | None) -> int | None:
        """A count as a page writes it: "1,024", "12", "one", "zwei"."""
        if not text:
            return None
        word = text.casefold()
        if word in self.numbers:
            return self.numbers[word]
        digits = re.sub(r"[,.]", "", text)
        return int(digits) if digits.isdecimal() else None

    def clean_author(self, name: str | None) -> str | None:
        """A name without the badges pages put beside it ("Mod", "(not verified)", "OP")."""
        if not name:
            return None
        if _PRIVATE_USE.search(name):  # an icon font's glyph beside the name (a badge)
            name = _PRIVATE_USE.sub("", name)
        name = without_toggle(name.strip(" \t|·•–—-,:»›"))
        if name.startswith("* "):
            name = name[2:].lstrip()  # a list's mark before it (nested comments as a list)
        if name.startswith("/ ") or name.endswith(" /"):
            # a theme's slashes round it in the meta row ("DATE / NAME / 9 Comments"), not
            # a Reddit user's "/u/" before it
            name = name.removeprefix("/ ").removesuffix(" /").strip()
        if name.startswith("**") and name.endswith("**") and len(name) > 4:
            name = name[2:-2].strip()  # a name set in bold, in a crawl's Markdown
        if name.startswith("Blogger ") and len(name) > 8:
            name = name[8:]  # the owner's, after the alt text of Blogger's icon
        name = self.handle(name) or name
        if (
            self._glued_badge is not None
            and (glued := self._glued_badge.search(name))
            and _run_into(name[: glued.start()], glued.group())
        ):
            name = name[: glued.start()]
        if len(name) > 3 and name[0] == name[1] and name[0].isupper() and name[2].islower():
            name = name[
                1:
            ]  # an avatar's letter run into the name, a phone's copy ("JJean-Pierre31")
        if name.startswith(("u/", "/u/")) and len(name) > 3:  # a Reddit user's prefix
            name = name.split("/", 2)[-1] if name[0] == "/" else name[2:]
        if name.isspace():
            return None  # (a form feed or other spacing the strip above leaves: no name)
        last = name.rsplit(None, 1)[-1].lower() if name else ""
        if self._badges is not None and (last in self.badge_words or last[-1:] in ")]"):
            for _ in range(3):
                cleaned = self._badges.sub("", name).strip(" \t|·•–—-,:")
                if (
                    cleaned == name
                    or not cleaned
                    or len(cleaned) <= 2  # ("Ex abbonato" is one's name, no "Ex" with a badge)
                    or cleaned.lower() in self.not_names
                    or any(cleaned.lower() in words for words in self.articles.values())
                ):
                    break  # ("La Rédaction" is the newsroom's name, not a "La" with a badge)
                name = cleaned
        return name or None

    # -- language -----------------------------------------------------------------------------------

    def detect_language(self, text: str, limit: int = 3000) -> str | None:
        """The language whose common words a text uses most (None when none stands out)."""
        words = self._words
        if not words:
            return None
        # _LETTERS's words, counted by language (in another order, which the counts ignore):
        # no word spans a space, and a run of letters alone is one word, so the regular
        # expression runs only over the runs that hold something else ("end.", "l'eau")
        runs = text[:limit].lower().split()
        counts = Counter(filter(None, map(words.get, filter(str.isalpha, runs))))
        rest = " ".join(itertools.filterfalse(str.isalpha, runs))
        if rest:
            counts.update(filter(None, map(words.get, _LETTERS.findall(rest))))
        if not counts:
            return None
        ranked = counts.most_common(2)
        best, n = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0
        return best if n >= 3 and n >= 1.5 * runner else None


# -- loading ------------------------------------------------------------------------------------


def _read(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(f"{path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise RulesError(f"{path}: not UTF-8") from None
    return validate(_parse_yaml(text, str(path)), str(path))


def _parse_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulesError(f"{source}: not valid YAML{where}: {problem}") from None


def validate(data: Any, source: str) -> dict:
    """Check a table's shape (keys, types); its entries are checked when compiled."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RulesError(f"{source}: a rules file is a mapping of tables (comment_headers: [...])")
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(str(key), sorted(KNOWN_KEYS), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise RulesError(
                f"{source}: unknown table {key!r}{hint}; tables are: "
                + ", ".join(sorted(LIST_KEYS))
            )
        if key in LIST_KEYS or key in ("words", "weekdays", "time_words", "relative_dates"):
            if not isinstance(value, list):
                raise RulesError(f"{source}: {key} must be a list")
            for index, entry in enumerate(value):
                ok = isinstance(entry, str) or (
                    key in LIST_KEYS
                    and isinstance(entry, dict)
                    and set(entry) in ({"regex"}, {"regex", "first"})
                    and isinstance(entry["regex"], str)
                    and isinstance(entry.get("first", ""), str)
                )
                if not ok or (isinstance(entry, str) and not entry.strip()):
                    raise RulesError(
                        f"{source}: {key}[{index}]: {entry!r}: expected a non-empty template "
                        "string (or {regex: ...}, with first: WORD)"
                    )
        elif key == "months":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and 1 <= v <= 12 for k, v in value.items()
            ):
                raise RulesError(f"{source}: months maps month names to 1-12")
        elif key == "numbers":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in value.items()
            ):
                raise RulesError(f"{source}: numbers maps number words to numbers")
        elif key == "numeric_dates" and value not in ("dmy", "mdy", "ymd"):
            raise RulesError(f"{source}: numeric_dates is dmy, mdy or ymd")
        elif key == "language" and not (isinstance(value, str) and value.strip()):
            raise RulesError(f"{source}: language must be a language code")
        elif key in (
            "name_particles",
            "author_badges",
            "share_words",
            "job_titles",
        ) and not isinstance(value, list):
            raise RulesError(f"{source}: {key} must be a list")
    return data


@functools.cache
def _builtin() -> tuple[dict, ...]:
    tables = [_read(TABLES / "common.yml")]
    tables[0].setdefault("language", "common")
    for language in LANGUAGES:
        table = _read(TABLES / f"{language}.yml")
        table["language"] = language
        tables.append(table)
    return tuple(tables)


@functools.cache
def _compiled(extra: tuple[tuple[str, str], ...] = ()) -> Rules:
    tables, sources = [], []
    for text, source in extra:
        table = dict(validate(_parse_yaml(text, source), source))
        table["language"] = "site"
        tables.append(table)
        sources.append(source)
    for table in _builtin():
        tables.append(table)
        sources.append(f"corpus/readers/rules/{table['language']}.yml")
    return Rules(tables, sources=sources)


def default() -> Rules:
    """The built-in tables, compiled once per process."""
    return _compiled()


def rules_files(paths: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """A site's rules files as (YAML text, path), each checked (RulesError says what is
    wrong, and where) so that a bad file stops a run before it starts."""
    found = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise RulesError(f"{path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise RulesError(f"{path}: not UTF-8") from None
        found.append((text, str(path)))
    extra = tuple(found)
    _compiled(extra)  # compiles every entry: errors now, not in a worker
    return extra


def load_texts(extra: tuple[tuple[str, str], ...] = ()) -> Rules:
    """The built-in tables with a site's rules (given as YAML text and where it came from)
    first; compiled once per process."""
    return _compiled(tuple(extra))


def load(paths: Iterable[str] = ()) -> Rules:
    """The built-in tables with a site's own rules files first (validated: RulesError)."""
    return _compiled(rules_files(paths))


def site_rules(text: str, source: str = "site rules") -> Rules:
    """The built-in tables with one site's rules given as YAML text."""
    return _compiled(((text, source),))


# -- what the HTML reader shares ---------------------------------------------------------------


_ICONS = re.compile(r"[\U0001F000-\U0001FAFF\uFE0F\u200D]+\s*")  # (a pictograph: "📲", not "✔")


def is_boilerplate(text: str, rules: Rules | None = None) -> bool:
    """True for a line of page furniture (share buttons, "Leave a Reply", "Like Loading...")."""
    rules = rules or default()
    if len(text) > 150:
        # (a sentence of furniture an entry names by its first words: "You are receiving
        # this email because …")
        return (
            len(text) <= 400
            and rules.opens_entry_of(text, ("boilerplate",))
            and rules.match("boilerplate", text) is not None
        )
    probe = rules.probe(text)
    return (
        rules.share_line(text)
        or rules.glued_buttons(text)
        or any(
            rules.match(category, probe) is not None
            for category in ("boilerplate", "footers", "pingbacks")
        )
        # (or with its icon before it: "📲 Iscriviti al canale WhatsApp …")
        or (
            (icon := _ICONS.match(text)) is not None
            and icon.end() < len(text)
            and is_boilerplate(text[icon.end() :], rules)
        )
    )


def count_header(text: str, rules: Rules | None = None) -> int | None:
    """The number a comment-count heading announces ("7 thoughts on …", "Kommentare (3)")."""
    if len(text) > 300:
        return None
    rules = rules or default()
    hit = rules.match("count_headers", text.strip())
    return rules.number(hit.get("n")) if hit else None


_COLLAPSE_TOGGLES = frozenset({"[-]", "[–]", "[+]", "[−]"})


def without_toggle(name: str) -> str:
    """A name less the thread's button before it that folds the comment ("[-] NAME · 2 days
    ago", as Lemmy and old Reddit pages copy)."""
    if name[:3] in _COLLAPSE_TOGGLES and len(name) > 3:
        return name[3:].lstrip()  # (or run into it: "[–][deleted]", "[–]NAME")
    return name


_REMOVED_MAX = 120  # "[removed]", "Ce commentaire a été supprimé car il ne respectait pas …"


def removed_text(text: str, rules: Rules | None = None) -> bool:
    """A comment's whole text is what a platform shows for one taken down."""
    text = text.strip()
    return len(text) <= _REMOVED_MAX and (rules or default()).match("removed", text) is not None


_ELLIPSES = ("[…]", "[...]")


def linking_excerpt(text: str) -> bool:
    """A linking post's excerpt as WordPress quotes it, between ellipses ("[…] read Gwen's
    account on her blog […]"): a pingback's or a trackback's text."""
    return len(text) > 10 and text.startswith(_ELLIPSES) and text.endswith(_ELLIPSES)


def pingback_text(text: str, rules: Rules | None = None) -> bool:
    """ "Pingback: A post that linked here", not a comment that says only "Pingback": a title
    after a label ("…:") or before one ("… [pingback]"), which the rule tables then read; or a
    linking post's excerpt as WordPress quotes it ("[…] read Gwen's account on her blog […]")."""
    text = text.strip()
    if linking_excerpt(text):
        return True
    line = text.split("\n", 1)[0]
    if ":" not in line and not line.endswith("]"):
        return False  # (most comments: no label to find among its first words)
    words = line.split(maxsplit=2)
    if len(words) < 2 or not (words[0].endswith(":") or words[1] == ":" or line.endswith("]")):
        return False
    return (rules or default()).match("pingbacks", line) is not None


# -- the built-in tables' reader, for callers that have no Rules at hand ------------------------


def _reader() -> DateReader:
    return default().dates


def find_date(text: str) -> tuple[str, re.Match] | None:
    """The first date in ``text`` as ``YYYY-MM-DD`` and the match it came from."""
    return _reader().find_date(text)


def _run_into(name: str, badge: str) -> bool:
    """Whether ``badge`` was run into ``name`` by a copy: a full name's last word of three
    letters or more ("Chiara BellandiAutore", not "Maria DeGast" or "AutoModerator"), or a
    user name with Reddit's "OP" ("pinecone_loafOP", not "theOP") or with an underscore
    ("VGN_KundenserviceVerifiziert")."""
    if badge.endswith("+"):
        return True  # ("Abo+", a subscriber's)
    if badge in ("OP", "MOD"):  # (Reddit's, in capitals: "AutoModeratorMOD")
        return len(name) >= 8 or any(c == "_" or c.isdigit() for c in name)
    words = name.split()
    if len(words) == 1 and "_" in name.strip("_"):
        # (a long badge after a long word: "VGN_KundenserviceVerifiziert", not
        # "Altarm_SuperMod" or "hiker_TheGuest", names of their own)
        return len(badge) >= 8 and len(name.rsplit("_", 1)[-1]) >= 6
    # (or an initial's: "Marie-Claude B.Abonnée")
    return len(words) >= 2 and (
        len(words[-1]) >= 3 or _INITIAL_WORD.fullmatch(words[-1]) is not None
    )


_INITIAL_WORD = re.compile(r"[A-ZÀ-Þ]\.")


def user_name(text: str) -> bool:
    """A user name, not a person's: one word with an underscore, an "@" or a digit in it, or
    all in small letters ("moritz_k", "ente@feddit.example", "redaktion2", "kbote_online")."""
    text = text.strip()
    return (
        bool(text)
        and " " not in text
        and (any(c in text for c in "_@") or any(c.isdigit() for c in text) or text.islower())
    )


def parse_date(text: str) -> str | None:
    return _reader().parse_date(text)


def is_date_line(text: str) -> bool:
    """True when the line holds a date (and perhaps a time) and nothing else."""
    return _reader().is_date_line(text)
