"""A reply's quotation of an earlier post, left out of the reply's text.

Forums and comment systems let a reply open with the post it answers: a ``> `` block, a
``<blockquote>``, or a header ("Sam K wrote:", "Zitat von …") over the quoted lines. The
quotation is the earlier post's text, not the reply's (GALLERY.md's convention); a quotation of
anything else (a law, a newspaper) is the commenter's own text and stays. The text reader
does the same line by line as it reads; this is for readers that get a comment's paragraphs
whole (HTML, JSON Lines).
"""

from __future__ import annotations

import re

from .rules import Rules, default

_QUOTE_MARKS = "> \t"
_OPENING = '"“„«‚‘'
_CLOSING = '"”“»’‘'
_ADDRESSEE = re.compile(r"@?[^\s:@]{1,30}(?: [^\s:@]{1,30})?: +")  # "@konrad: ", "ann b: "


def normal(text: str) -> str:
    """Spaces and case as every copy of a text shares them."""
    return " ".join(text.split()).casefold()


def is_quoted(line: str, earlier: str) -> bool:
    """The line (without its "> ", and without "@Konrad: " before the quoted words) stands
    in an earlier post's text."""
    text = normal(line.lstrip(_QUOTE_MARKS).strip('"“”„«»'))
    if len(text) >= 3 and text in earlier:
        return True
    # (or its words up to where the quoter cut the sentence, closing it: "> Est-ce que le
    # four pourra être loué par les particuliers ?" of "… les particuliers, pour une fête …")
    cut = text.rstrip(" ?!.…")
    if len(cut.split()) >= 6 and cut != text and f"{cut}," in earlier:
        return True
    addressed = _ADDRESSEE.match(text)
    return (
        addressed is not None
        and len(text) - addressed.end() >= 10
        and (text[addressed.end() :] in earlier)
    )


def _mentioned(line: str, earlier: str) -> bool:
    """The line is a user's name (a word or two: "DonaCida", "Henk Mulder"), then words of
    an earlier post (thirty characters or more)."""
    words = normal(line).split(" ")
    for size in (1, 2):
        name, rest = " ".join(words[:size]), " ".join(words[size:])
        if len(name) <= 30 and len(rest) >= 30 and rest.rstrip(".…") in earlier:
            return True
    return False


def opens_with_passage(paragraphs: list[list[str]]) -> bool:
    """A reply opens with a paragraph of one line long enough to be a passage copied whole
    (eight words or more), not in quotation marks (those the commenter typed: their own
    words), with words of its own after it."""
    return (
        len(paragraphs) > 1
        and len(paragraphs[0]) == 1
        and paragraphs[0][0][:1] not in _OPENING
        and paragraphs[0][0].count(" ") >= _PASSAGE_WORDS - 1
    )


_PASSAGE_WORDS = 8


def _attributed(line: str, earlier: str, table: Rules, *, boxed: bool) -> bool:
    """A quotation that opens with whom it quotes, on the line of the quoted words: in a box
    ("Goeland56 a écrit : Et l’internat …", a <cite> run into the text it cites), or in
    quotation marks ("Citando o Rui: “Ao fim de duas semanas …”")."""
    head, colon, rest = line.partition(":")
    rest = rest.strip().lstrip("↑⬆↸ ")
    if not colon or not rest or len(head) > 60:
        return False
    if not (boxed or rest[:1] in _OPENING or len(rest) >= 30):
        return False  # (unmarked, the quoted words are a sentence of an earlier post's)
    said = f"{head.strip()}:"
    return (
        table.match("comment_headers", said) is not None
        or table.match("quote_headers", said) is not None
    ) and is_quoted(rest, earlier)


def drop_quotation(
    paragraphs: list[list[str]],
    earlier: str,
    rules: Rules | None = None,
    boxed: frozenset[str] = frozenset(),
    article: str = "",
    passage: bool = False,
) -> list[list[str]]:
    """``paragraphs`` less the quotation of an earlier post it opens with; ``earlier`` is the
    normalised text of the posts above it, ``boxed`` the normalised lines the page sets in a
    quotation box (``<blockquote>``), ``article`` the article's, which only a "> " or a box quotes
    (words of it in quotation marks are the commenter's own); ``passage``, that the reply may
    open with a passage of the article set apart with no mark. A line is taken for a quotation only where something
    marks it as one (a "> ", quotation marks, a box, a header such as "Sam wrote:"): a post
    that says again what an earlier one said is not quoting it. A reply made of the
    quotation alone is kept whole."""
    if not paragraphs or not paragraphs[0] or not (earlier or article):
        return paragraphs
    table = rules or default()
    lines = [line for paragraph in paragraphs for line in paragraph]

    def in_box(line: str) -> bool:
        # (a text copy has no boxes: its lines are not normalised to be looked for in none)
        return bool(boxed) and normal(line) in boxed

    first = lines[0]
    header = len(first) <= 150 and (
        table.match("quote_headers", first) is not None
        or (first.rstrip().endswith(":") and in_box(first))  # "Ann wrote:" in a box
        # "Sam K wrote:" over a line of Sam's: what a crawl keeps of a quotation box
        or (
            len(first) <= 60
            and first.rstrip().endswith(":")
            and len(lines) > 2
            and table.match("comment_headers", first) is not None
            and is_quoted(lines[1], earlier)
        )
    )
    k = 1 if header else 0
    while (
        header
        and k < len(lines)
        and len(lines[k]) <= 150
        and (table.match("quote_headers", lines[k]) is not None)
    ):
        k += 1  # vBulletin's "Zitat:" over "Zitat von NAME" over the quoted words
    # (a header that runs on into the words it quotes: "NAME escribió: ↑Yo estoy …")
    quoted = int(header and _attributed(first, earlier, table, boxed=True))
    while k < len(lines):
        line = lines[k]
        marked = (
            line.startswith(">")
            or (line[:1] in _OPENING and line.rstrip()[-1:] in _CLOSING)
            or in_box(line)
        )
        if (
            ((marked or header) and is_quoted(line, earlier))
            # (a box that opens with the mention of whom it quotes, its words after the
            # name: Flarum's "DonaCida Se você aperta o café …")
            or (in_box(line) and _mentioned(line, earlier))
            or (article and (line.startswith(">") or in_box(line)) and is_quoted(line, article))
            # a passage of the article set apart over the reply's own words, unmarked: what
            # a reply quotes it with on Medium (its "highlight")
            or (k == 0 and passage and is_quoted(line, article))
            or (k == 0 and _attributed(line, earlier, table, boxed=marked))
        ):
            quoted += 1
            k += 1
            continue
        break
    if quoted and k < len(lines) and len(lines[k]) <= 60 and in_box(lines[k]):
        k += 1  # the box's attribution under the words it quotes ("#1 — Kalle_aus_Ost")
    if not quoted or k >= len(lines):
        return paragraphs
    kept: list[list[str]] = []
    position = 0
    for paragraph in paragraphs:
        rest = paragraph[max(0, k - position) :]
        position += len(paragraph)
        if rest:
            kept.append(rest)
    return kept


__all__ = ["drop_quotation", "is_quoted", "normal", "opens_with_passage"]
