"""HTML pages of articles: the article's body through trafilatura, everything else from the markup.

trafilatura is good at finding an article's body but hands comments back as one flat text,
without authors, dates or who answered whom, and its metadata costs most of its time (htmldate
searches the whole page for a date). So the page is parsed once and read in this order:

1. the comment tree, from the markup (``html_comments``): semantic markup first, then the
   names content systems give their comments, in any language;
2. the article's metadata (``html_meta``): JSON-LD, microdata, h-entry, the head's meta tags,
   then what the page shows; never from a comment;
3. the body: trafilatura on the page with the comment section pruned, and nothing else pruned
   that can hold the article: a ``<noscript>`` or ``<nav>`` holding prose (a lazy-loading page
   puts the whole article in ``<noscript>``) is read as the block it is. Where trafilatura's
   fallbacks run blocks together or cut a paragraph at an inline element, its lines are
   broken again where the markup breaks them. Page furniture the rule tables know ("Share
   this", "Related posts"), a byline and the standfirst are not body paragraphs.

Text is what a reader sees: entities decoded (a commenter's ``&lt;b&gt;`` stays the literal text
``<b>``), whitespace inside a paragraph collapsed to one space, scripts, styles, forms and
hidden elements left out. HTML has no useful source offsets, so the document has no source map.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Iterator

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from ..errors import InputError
from ..model import Document
from . import rules
from .builder import TextBuilder
from .html_comments import Thread, declared_count, opening_post, read_thread, taken_down
from .html_meta import (
    PageMeta,
    iso_date,
    language_code,
    match,
    name_alone,
    page_meta,
    without_count,
)
from .html_text import (
    CHROME,
    class_tokens,
    collapse,
    heads_of,
    name_parts,
    names_words,
    page_chrome,
    paragraphs,
    parse,
    pieces_pattern,
    roles_of,
    tag,
    text_content,
    text_of,
    text_size,
    words_of,
)

# trafilatura logs "discarding data" for every page without a body; without a handler of its own
# that would reach stderr through logging's last resort. Applications can still configure it.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

_MARK = "data-corpus-prune"  # set on what trafilatura must not see: the comment section
_TABLE_RULE = re.compile(r"^[|:\-\s]*-{3,}[|:\-\s]*$")  # trafilatura's markdown "|---|---|"
_LIST_ITEM = re.compile(r"^[-*•] ")  # trafilatura writes list items as "- item"
# no words: a counter ("1.2K" claps, "12"), a separator ("***"); a table row has its "|"
_NO_WORDS = re.compile(r"^[^\w|]*(?:\d[\d.,]*\s*[KkMm]?)?[^\w|]*$")
# A standfirst, a kicker or a caption is not a body paragraph; neither is it ever the article.
_NOT_BODY = frozenset(
    {
        "standfirst", "dek", "deck", "lede", "lead", "subtitle", "subheadline", "subhead",
        "summary", "excerpt", "kicker", "teaser", "strapline", "sapo", "entradilla",
        "occhiello", "catenaccio", "sommario", "caption", "credit", "credits", "chapo",
        "chapeau", "vorspann", "ondertitel", "subtitulo", "sottotitolo", "antetitulo",
        "byline", "assinatura", "firma", "dateline", "signature", "submitted", "meta",
        "dachzeile", "unterzeile", "bildunterschrift", "bildtext", "legende", "didascalia",
        "legenda", "pie", "bijschrift", "onderschrift", "fotobijschrift", "surtitre",
        "overline", "eyebrow", "topline", "roofline", "antetitolo", "sobretitulo", "bovenkop",
        "count",  # a counter ("li.comment-count": "6 reacties" under Drupal's post)
        "attachments",  # a forum post's files ("forno.jpg (148.7 KB, 800x600 - visto 231 volte)")
        "controls", "pagenav",  # a post's buttons (vBulletin 5's), a thread's page numbers
        "poll",  # a poll set in the post ("div.poll": its question and choices, beehiiv's)
        "footer",  # a newsletter's table cell ("td.email-footer": its postal address)
        "toc", "tableofcontents",  # a table of contents, its label ("Tabla de contenidos")
        "flair",  # a post's label by its title ("li.flair": "question", Postmill's, Reddit's)
    }
)  # fmt: skip
# a box asking the reader for something: to subscribe, to sign up, to donate
_PROMOTION = frozenset(
    {"cta", "newsletter", "subscribe", "subscription", "signup", "promo", "paywall", "donate",
     "related", "verwandt", "relacionados", "relacionadas", "correlati", "gerelateerd",
     "similaires", "epaper", "mailpoet", "abo", "sponsor",
     "series"}  # a series' box linking its other parts ("p.series-note", "nav.post-series")
)  # fmt: skip
# a lead paragraph, which is the article's first when the page puts it inside the body
_LEAD = frozenset({"lead", "lede", "intro", "standfirst", "chapo", "chapeau", "entradilla"})
_BODY_OWNERS = frozenset(
    {"article", "post", "entry", "story", "artigo", "articulo", "artikel", "art"}  # ("art-body")
)
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# (XPaths that look for an attribute walk the attributes, "//…/@hidden/..": libxml2 then
# tests each attribute's name once instead of each element's for a predicate, half the cost
# of "//body//*[@hidden]"; the same elements, in document order)
_HIDDEN = etree.XPath("//body//*/@hidden/..")
_NOT_BODY_MAX = 600  # characters: a longer element is not a standfirst
# a <noscript> or <nav> with this much text outside links holds content, not a fallback or a menu
_PROSE = 200


def _unhide_content(tree: HtmlElement) -> None:
    """Read as blocks the ``<noscript>`` and ``<nav>`` elements that hold prose, not a menu, a
    tracking pixel or an "enable JavaScript" line: trafilatura drops both tags whole."""
    for el in list(tree.iter("noscript", "nav")):
        text = text_size(el)
        if text < _PROSE:
            continue
        links = sum(text_size(a) for a in el.iter("a"))
        if text - links >= _PROSE and links < text / 2:
            el.tag = "div"


_ANCHOR_SIGNS = frozenset({"¶", "#", "§", "🔗"})


def _drop_heading_anchors(tree: HtmlElement) -> None:
    """Take out the permalink a documentation theme sets in each heading ("<a
    class=headerlink>¶</a>", Sphinx's and MkDocs's): a sign, no word of the title."""
    for heading in list(tree.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        for link in heading.findall("a"):
            text = (link.text or "").strip()
            if (
                text in _ANCHOR_SIGNS
                and not len(link)
                and (link.get("href") or "").startswith("#")
                # (closing the heading, or named for it: not "§ 573c BGB", a word of it)
                and (
                    "headerlink" in (link.get("class") or "")
                    or (link.getnext() is None and not (link.tail or "").strip())
                )
            ):
                link.drop_tree()  # (its tail stays)


_PROSE_BLOCKS = frozenset({"p", "li", "dd", "blockquote", "td"})
_RUNNING_TEXT = 60  # characters of a paragraph beside a date in it: the date is a word of it


def _times_in_prose(tree: HtmlElement) -> None:
    """Keep a date a sentence says ("Le concert aura lieu le <time>samedi 8 juin</time> à
    …") as words: trafilatura cleans every <time> away, the byline's and the sentence's."""
    for time in list(tree.iter("time")):
        block = time.getparent()
        while block is not None and tag(block) in _INLINE:
            block = block.getparent()
        if block is None or text_size(block) - text_size(time) < _RUNNING_TEXT:
            continue
        if tag(block) in _PROSE_BLOCKS or (
            tag(block) == "div" and block.find("p") is None and block.find("div") is None
        ):  # (or a div set as a paragraph: "div.contact", its text and inline tags)
            time.drop_tag()


_LAYOUT_TABLE = etree.XPath(
    "boolean(./tr/td//h1 | ./tbody/tr/td//h1 | ./tr/td[count(.//p) >= 3]"
    " | ./tbody/tr/td[count(.//p) >= 3])"
)


def _unlayout_tables(tree: HtmlElement) -> None:
    """Make blocks of the tables an old page is laid out with (a column of the page in each
    cell, the article in one): trafilatura reads a table as data, and ran the whole article
    into one row of cells."""
    for table in [t for t in tree.iter("table") if _layout(t)]:
        cells = [c for c in table.iter("td", "th") if _nearest_table(c) is table]
        # the cell marked as the article's, else the one with its paragraphs (an <h1> may
        # be the site's name in the header's cell, over the post's <h2>)
        article = next((c for c in cells if _MARKED_ARTICLE(c)), None)
        if article is None:
            article = max(
                cells,
                key=lambda c: (sum(1 for _ in c.iter("p")), _HOLDS_ARTICLE(c), text_size(c)),
                default=None,
            )
        parts = [
            el
            for el in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th")
            if el is table or _nearest_table(el) is table
        ]
        for el in parts:
            if el in cells and el is not article:
                el.set(_MARK, "")  # the page's other columns: its menu, its sidebar
            el.tag = "div"


def _words_language(tree: HtmlElement) -> str | None:
    """No ``lang`` on the page (an old one): the language its commonest words tell, so that
    its own wording is read first ("Por NAME | DATE" is Portuguese, not a name "Por NAME")."""
    body = tree.find("body")
    return rules.default().detect_language(text_content(body if body is not None else tree))


def _layout(table: HtmlElement) -> bool:
    """A table that lays out a page, not data: a cell with the article's heading or
    paragraphs, a table inside a cell, or a cell of prose (an old page's text set in <font>
    with <br><br> between its paragraphs)."""
    if _LAYOUT_TABLE(table):
        return True
    for cell in table.iter("td"):
        if _nearest_table(cell) is not table:
            continue
        if cell.find(".//table") is not None or text_size(cell) >= _PROSE_CELL:
            return True
    return False


_PROSE_CELL = 400  # characters: no cell of a data table holds this much


def _nearest_table(el: HtmlElement) -> HtmlElement | None:
    return next((a for a in el.iterancestors() if a.tag == "table"), None)


_ASCII_DIGIT = re.compile(r"[0-9]")


def _named(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Every element of the page with its class names, or with its id where a page names its
    parts by ids alone ("p#chapo"); an id with digits names one item of many, "comment-4512",
    no part of a page. (One walk in Python: ``//*[@class]`` and ``//*[@id]`` cost twice as
    much in libxml2's XPath.)"""
    for el in tree.getroottree().iter(etree.Element):
        names = el.get("class")
        if names is None:
            names = el.get("id")
            if names is None or _ASCII_DIGIT.search(names):
                continue
        elif not names:
            names = el.get("id")
        if names:
            yield el, names


@functools.lru_cache(maxsize=8192)
def _not_body_names(names: str) -> bool:
    """Whether class names say "standfirst", "byline", "caption", "newsletter" … (cached: the
    same names come back on every page of a site)."""
    if _FIELD_NOT_BODY.search(names):
        # a post's terms (Drupal's "field-name-taxonomy-forums": "Forums:", a link), a
        # caption's field
        return True
    if _FIELD_TEXT.search(names):
        return False  # a text field, whatever it is named for ("field-legende-text": a tale's)
    if not _NOT_BODY_HINT.search(names.lower()):
        return False  # (most names: none of the words is even a piece of them)
    return bool(_heads(names) & _NOT_BODY or words_of(names) & _PROMOTION)


_NOT_BODY_HINT = pieces_pattern(_NOT_BODY | _PROMOTION)
_FIELD_NOT_BODY = re.compile(
    r"field-{1,2}name-{1,2}taxonomy"
    # (or its image's caption field, named in the site's language: "field-pie-de-foto")
    r"|field-{1,2}name-{1,2}field-[\w-]*(?:caption|pie-de-foto|bildunterschrift|legende"
    r"|didascalia|onderschrift|bijschrift|legenda)(?:\s|$)",  # (not "field-legende-text")
    re.IGNORECASE,
)
_FIELD_TEXT = re.compile(
    r"field-{1,2}name-{1,2}field-[\w-]*-(?:text|body|tekst|texte|testo|texto)(?:\s|$)",
    re.IGNORECASE,
)
# a Drupal field for the post's introduction, set apart from its body field
_INTRO_FIELD = re.compile(
    r"field-{1,2}name-{1,2}field-(?:intro|inleiding|einleitung|lead|lede|chapo|chapeau"
    r"|entradilla|sommario|standfirst|teaser|subtitle|samenvatting)",
    re.IGNORECASE,
)
_BODY_FIELD = etree.XPath(
    "following-sibling::*[contains(@class, 'field-name-body')"
    " or contains(@class, 'field--name-body')]"
)


_WIDGET_BOXES = frozenset({"poll", "controls"})  # buttons and choices, unless told in prose
_TOLD = re.compile(r"[^\W\d_][.!?…](?:\s|$)")


def _sentences_in(el: HtmlElement) -> bool:
    """A block of ``el`` holds a sentence of some length (not a poll's choices)."""
    return any(
        text_size(block) >= 80 and _TOLD.search(text_content(block))
        for block in el.iter("p", "li", "div", "span")
        if not any(isinstance(c.tag, str) and c.tag in ("p", "div", "li") for c in block)
    )


@functools.lru_cache(maxsize=8192)
def _writer_box_names(names: str) -> bool:
    """A class name for the box about the writer, in a language trafilatura does not read
    ("autor-caixa", "boite-auteur", "autorenbox"): a word for the writer with one for a box."""
    lower = names.lower()
    if "aut" not in lower:
        return False  # (most names)
    for token in lower.split():
        words = set(name_parts(token))
        if words & _WRITER_WORDS and words & _BOX_WORDS:
            return True
        if token in _WRITER_BOXES:
            return True
    return False


_WRITER_WORDS = frozenset(
    {"autor", "auteur", "autore", "autora", "autrice", "auteure", "autorin", "autores"}
)
_BOX_WORDS = frozenset(
    {"box", "caixa", "caja", "boite", "bio", "biografia", "biographie", "card", "kasten",
     "sobre", "over", "about", "profil", "perfil", "profilo", "scheda"}
)  # fmt: skip
_WRITER_BOXES = frozenset({"autorenbox", "autorbox", "autorenkasten", "authorbox"})


# what a page names the section for its comments, when the section holds none
_SECTION_NAMES = frozenset(
    {"comments", "comentarios", "commentaires", "kommentare", "commenti", "comentários",
     "reacties", "reacciones", "leserkommentare"}
)  # fmt: skip
_GENERIC_HEADS = frozenset({"paragraph", "text", "txt"})


@functools.lru_cache(maxsize=8192)
def _heads(names: str) -> frozenset[str]:
    """The last word of each class name, or the one before a generic last word: Medium's
    "pw-subtitle-paragraph" is a subtitle."""
    heads = set(heads_of(names))
    for token in names.lower().split():
        parts = name_parts(token)
        if len(parts) >= 2 and parts[-1] in _GENERIC_HEADS:
            heads.add(parts[-2])
    return frozenset(heads)


_INLINE = frozenset({"span", "b", "strong", "em", "i", "small"})


def _run_in(el: HtmlElement) -> bool:
    """An inline label the paragraph runs on from, as a dateline is: the paragraph holds
    a sentence more than it."""
    block = el.getparent()
    while block is not None and tag(block) in _INLINE:
        block = block.getparent()
    return (
        block is not None
        and tag(block) == "p"
        and text_size(block) >= text_size(el) + 40
        and block.find(".//img") is None
        and (text_content(block).lstrip().startswith(text_content(el).strip()))
    )


def _rubric_label(el: HtmlElement, names: str) -> bool:
    """A short label named for the section the article is filed in ("p.article-rubrique":
    "Vallée · Saint-Oradoux"): a line, not a box of text ("div.tekst-rubriek"), nor a post
    WordPress names for its category ("category-rubrica")."""
    if "ubri" not in names and "ressort" not in names:
        return False  # (most names)
    named = any(
        token.endswith(_RUBRICS)
        and not token.startswith(("category-", "tag-"))
        and _TEXT_WORDS.isdisjoint(name_parts(token))
        for token in names.lower().split()
    )
    return named and el.find(".//p") is None and 0 < len(collapse(text_of(el))) <= 60


_RUBRICS = ("rubrique", "rubrica", "rubriek", "ressort")


def _mark_not_body(tree: HtmlElement, thread: Thread) -> None:
    """Mark what trafilatura must leave out: the comment section, and the short blocks that
    are never the article (a standfirst, a byline, a caption, a newsletter box)."""
    for root in thread.roots:
        root.set(_MARK, "")
    if not thread.roots:  # a comment section with no comment in it: its heading and rules
        for el in tree.iter("section", "div", "aside"):
            if _SECTION_NAMES & _heads(f"{el.get('class') or ''} {el.get('id') or ''}") and (
                text_size(el) <= 800 and el.find(".//h1") is None
            ):
                el.set(_MARK, "")
    for el, names in _named(tree):
        if "revision-log" in names:
            el.set(_MARK, "")  # bbPress's "This topic was modified 1 year ago by NAME."
            continue
        if _rubric_label(el, names):
            el.set(_MARK, "")  # its section's label over the title ("p.article-rubrique")
            continue
        if "field-" in names and _INTRO_FIELD.search(names) and _BODY_FIELD(el):
            el.set(_MARK, "")  # its introduction, over its body field: a standfirst
            continue
        if _writer_box_names(names) and el.get(_MARK) is None and tag(el) != "article":
            if text_size(el) <= _NOT_BODY_MAX:
                el.set(_MARK, "")  # "autor-caixa": the writer's box under the article
            continue
        if not _not_body_names(names) or el.get(_MARK) is not None:
            continue
        if (_heads(names) & _LEAD or tag(el) in _SUBHEADINGS) and _in_article_body(el):
            # a lead paragraph the page puts inside the article's body is its first; a
            # heading there ("h2.article__subhead") is a subheading, not a standfirst
            continue
        if tag(el) in _INLINE and "dateline" in _heads(names) and _run_in(el):
            continue  # "<p><span class="dateline">Stettenbach</span> – Wer am …": the paragraph's
        if _heads(names) & _WIDGET_BOXES and _sentences_in(el):
            continue  # a story's poll results, a game's controls, told in sentences
        if tag(el) not in ("body", "html", "main", "article") and text_size(el) <= _NOT_BODY_MAX:
            el.set(_MARK, "")
    for date in tree.iter("abbr", "time"):
        row = _byline_row(date)
        if row is not None:
            row.set(_MARK, "")
    for files in tree.iter("table"):
        if _file_list(files):
            # Drupal's list of files ("Attachment | Size"), with its field's label over it
            # where the field holds nothing else (Stark's "<div>Attachment</div>")
            field = _labelled_field(files)
            (files if field is None else field).set(_MARK, "")
    table = rules.default()
    for button in tree.iter("a", "button", "input"):
        label = button.get("value") if button.tag == "input" else text_content(button)
        if label and table.signup_call(label):
            box = _signup_box(button)
            if box is not None:
                box.set(_MARK, "")
        elif (
            _SUBSCRIBE_LINK.match(button.get("href") or "")
            and (box := _signup_box(button)) is not None
        ):
            # (or a button to the newsletter's sign-up page, whatever it says, closing a box of
            # a heading and a pitch: beehiiv's "Jetzt empfehlen" to "/subscribe?ref=share"; not
            # a note with a link to the terms)
            if len(box.findall("p")) >= 2:
                box.set(_MARK, "")
        elif _email_signup(button):
            box = _signup_box(button)
            if box is not None and _amid_paragraphs(box):
                box.set(_MARK, "")
    for link in tree.iter("a"):
        box = _author_box(link)
        if box is not None:
            box.set(_MARK, "")
        elif _UNSUBSCRIBE_LINK.search(link.get("href") or "") or (
            # (or its words, where the address hides them: Brevo's "…/mk/un/…", "Se
            # désinscrire")
            link.text
            and len(link.text) <= 40
            and collapse(link.text).casefold() in table.unsubscribe_labels
        ):
            foot = _newsletter_foot(link)
            if foot is not None:  # (its lines left out of what the extractor gives, as a
                foot.set(_FOOT, "")  # caption's: marking it would change what it takes)
        elif "u-syndication" in (link.get("class") or "").split():
            # "Also posted on: Mastodon", the copies elsewhere an h-entry links (POSSE)
            box = link.getparent()
            if box is not None and tag(box) in _CAPTION_BLOCKS and text_size(box) <= 200:
                box.set(_MARK, "")
    for heading in tree.iter("h2", "h3", "h4"):
        box = _related_box(heading)
        if box is not None:
            box.set(_MARK, "")
    for h1 in tree.iter("h1"):
        deck = _deck_under(h1)
        if deck is not None:
            deck.set(_MARK, "")
    said: dict[HtmlElement, list[str]] = {}  # a paragraph's words, read once for all quotes
    for quote in tree.iter("blockquote"):
        box = _pull_quote(quote, said)
        if box is not None:
            box.set(_MARK, "")
    for el in _HIDDEN(tree):  # a paywall's box the page hides ("Suscríbete para seguir …")
        if el.get(_MARK) is None and text_size(el) <= _NOT_BODY_MAX:
            el.set(_MARK, "")
    _mark_outside_named_body(tree, thread)
    images = list(tree.iter("img"))
    for img in images:
        shown = _alt_shown(img)
        if shown is not None:
            shown.set(_MARK, "")  # its alt text shown under it as its caption (Butterfly's)
        elif (field := _labelled_field(img)) is not None and not text_of(img.getparent()):
            field.set(_MARK, "")  # the picture alone under its field's label (Stark's "Image")
    blocks = {  # the blocks around an image, and those holding links (a walk of each)
        next((a for a in img.iterancestors() if a.tag in _CAPTION_BLOCKS), None) for img in images
    }
    for block in blocks:
        below = block.getnext() if block is not None else None
        if below is not None and _italic_line(below) and not text_size(block):
            # Blogger's caption, set in italics in the next block: its line is left out of
            # what the extractor gives (marking it would change what the extractor takes)
            below.set(_CAPTION_LINE, "")
        if block is not None and (_image_caption(block) or _captioned_image(block)):
            size = text_size(block)
            # the whole of what holds only the picture (a floated table around its cell)
            while (up := block.getparent()) is not None and up.tag in _CAPTION_WRAPPERS:
                if text_size(up) != size:
                    break
                block = up
            block.set(_MARK, "")
    for block in {_block_of(a) for a in tree.iter("a")}:
        if (
            block is not None
            and block.tag in _CAPTION_BLOCKS
            and (_link_list(block) or _read_also(block))
        ):
            block.set(_MARK, "")
    _mark_page_chrome(tree)


# what a page calls the element that holds its article's text, in its own language:
# "testo-articolo", "texto-materia", "artikel-tekst", "cuerpo-noticia"
_TEXT_WORDS = frozenset(
    {"text", "texto", "testo", "tekst", "texte", "body", "corpo", "cuerpo", "content", "contenu",
     "inhalt", "contenido", "conteudo", "contenuto", "inhoud"}
)  # fmt: skip
_STORY_WORDS = _BODY_OWNERS | {
    "materia", "noticia", "articolo", "notizia", "nieuws", "bericht", "beitrag", "nachricht",
    "news", "artigo", "articulo",
}  # fmt: skip
_TEXT_PIECES = pieces_pattern(_TEXT_WORDS)
_STORY_PIECES = pieces_pattern(_STORY_WORDS)
_NAMED_BODY_SHARE = 0.6  # of the page's paragraph text, outside the comments


def _mark_outside_named_body(tree: HtmlElement, thread: Thread) -> None:
    """Where the page names the element holding its article's text, and that element holds
    most of its paragraphs, leave out what stands beside it: on a page with no <article>,
    trafilatura otherwise reads the whole page (an old two-column layout's masthead row and
    right column, its cookie notice and footer)."""
    named: list[HtmlElement] = []
    for el in tree.iter("div", "section", "td", "main"):
        names = el.get("class")
        if el.get("id"):
            names = f"{names or ''} {el.get('id')}"
        if not names:
            continue
        low = names.lower()  # (no piece of a word of each kind: nothing to parse)
        if not _TEXT_PIECES.search(low) or not _STORY_PIECES.search(low):
            continue
        words = names_words(names)
        if _TEXT_WORDS.isdisjoint(words) or _STORY_WORDS.isdisjoint(words):
            continue
        if el.get(_MARK) is None and not any(n in el.iterancestors() for n in named):
            named.append(el)
    if not named or len(named) > 3:
        return
    inside = sum(text_size(p) for el in named for p in el.iter("p"))
    total = sum(map(text_size, tree.iter("p"))) - sum(
        text_size(p) for root in thread.roots for p in root.iter("p")
    )  # (the comments' paragraphs are no part of the page's article)
    if not inside or inside < _NAMED_BODY_SHARE * total:
        return
    keep = {a for el in named for a in el.iterancestors()}
    for above in keep:
        for child in above:
            if (
                isinstance(child.tag, str)
                and child not in keep
                and child not in named
                and child.tag not in ("head", "title", "meta")
            ):
                child.set(_MARK, "")


def _email_signup(field: HtmlElement) -> bool:
    """A form whose one field to fill is an e-mail address (a newsletter's, in any
    language; a comment form has its text box, a booking its name and more)."""
    if field.tag != "input" or (field.get("type") or "").lower() != "email":
        return False
    form = next(field.iterancestors("form"), None)
    if form is None or next(form.iter("textarea", "select"), None) is not None:
        return False
    return all(
        (other.get("type") or "text").lower() not in _FILLED_INPUTS
        for other in form.iter("input")
        if other is not field
    )


_FILLED_INPUTS = frozenset({"text", "email", "tel", "number", "date", "search", "url"})


_SIGNUP_PITCH = 200  # a newsletter box's heading and pitch, at most (not a short article)


def _amid_paragraphs(box: HtmlElement) -> bool:
    """``box`` is small (a heading and a pitch: two short paragraphs at most, not a short
    article's text round its form) and stands between paragraphs, in the article's text (a
    box elsewhere on the page is no body's to lose: the extractor weighs the page as it is)."""
    inside = [collapse(text_of(p)) for p in box.iter("p")]
    if len(inside) > 2 or sum(map(len, inside)) > _SIGNUP_PITCH:
        return False
    if len(inside) == 2 and (len(inside[0]) > 60 or inside[0].endswith(".")):
        return False  # (two sentences of an article's, not a newsletter's name over its pitch)
    before, after = box.getprevious(), box.getnext()
    return (before is not None and before.tag == "p") or (after is not None and after.tag == "p")


_SUBSCRIBE_LINK = re.compile(r"^(?:https?://[^/]+)?/subscribe/?(?:[?#]|$)", re.I)


# a newsletter's unsubscribe link (MailerLite's "/unsubscribe", Mailchimp's
# "list-manage.com/unsubscribe?…", beehiiv's "/unsubscribe/…")
# (or the sending tool's placeholder left in a web version: Mailjet's "[[UNSUB_LINK_NL]]",
# Mailchimp's "*|UNSUB|*")
_UNSUBSCRIBE_LINK = re.compile(r"unsub", re.I)
_FOOT_MAX = 600  # characters: a newsletter's foot (sender, address, why you got it, links)


_FOOT_LINE_MAX = 120  # characters: a foot's lines ("You received this email because …")


def _newsletter_foot(link: HtmlElement) -> HtmlElement | None:
    """The foot of a newsletter around its unsubscribe link: the largest block holding it
    that is short and has no heading, the sender's name and postal address and "You are
    receiving this because …" with it (MailerLite's and Mailchimp's bare table cells)."""
    foot = None
    for up in link.iterancestors():
        if up.tag in ("body", "html", "article", "main") or text_size(up) > _FOOT_MAX:
            break
        if any(True for _ in up.iter("h1", "h2", "h3")):
            break
        if any(_longest_line(p) > _FOOT_LINE_MAX for p in up.iter("p")):
            break  # (a paragraph of prose: the issue's own text round its foot)
        foot = up
    if foot is None or _in_article_body(foot):
        return None  # (a link to unsubscribe in the article's own words)
    # (lines of its own: the sender, the address, the note; not one paragraph of prose)
    lines = sum(1 for _ in foot.iter("p", "br", "li", "div", "tr"))
    return foot if lines >= 3 else None


def _longest_line(p: HtmlElement) -> int:
    """The characters of the longest of a paragraph's lines, ``<br>`` apart: a foot sets
    its sender's address and why you got it in one paragraph a line each (Mailjet's)."""
    if text_size(p) <= _FOOT_LINE_MAX or p.find(".//br") is None:
        return text_size(p)
    lines, line = [], []
    for event, el in etree.iterwalk(p, events=("start", "end")):
        if event == "start" and el.tag == "br":
            lines.append("".join(line))
            line = []
        elif event == "start" and isinstance(el.tag, str) and el.text:
            line.append(el.text)
        elif event == "end" and el is not p and el.tail:
            line.append(el.tail)
    lines.append("".join(line))
    return max(len(collapse(text)) for text in lines)


def _signup_box(button: HtmlElement) -> HtmlElement | None:
    """The small box a sign-up button closes ("Recibe el boletín …" / a pitch / "Apúntate"),
    whatever its class is called: a newsletter's, not a paragraph of the article."""
    box = next(
        (a for a in button.iterancestors() if a.tag not in ("p", "li", "form", "span", "label")),
        None,
    )
    if box is None or box.tag not in ("div", "section", "aside") or box.get(_MARK) is not None:
        return None
    if button.tag == "input":  # a form's submit button: no text of its own to end the box
        return box if 0 < text_size(box) <= 400 else None
    label = collapse(text_of(button)).casefold()
    text = collapse(text_of(box)).casefold()
    return box if len(label) < len(text) <= 400 and text.endswith(label) else None


_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autores|autori|autore|auteur|auteurs|redactie|journalist"
    r"|journalists|people|staff|profile|profil|perfil|firma|firmas)/[^/?#]+/?(?:[?#]|$)"
    # the site's own "/@priyaraman" (Medium's, Substack's), not a creator's elsewhere
    r"|^(?:https?://(?:[\w-]+\.)*(?:medium\.com|substack\.com))?/@[^/?#]+/?(?:[?#]|$)",
    re.I,
)
# what every address _AUTHOR_PAGE takes holds: "/" and the first letters of one of its words,
# or "/@"
_AUTHOR_PAGE_HINT = re.compile(r"/(?:au|re|jo|pe|st|pr|fi|@)", re.I)


def _author_box(link: HtmlElement) -> HtmlElement | None:
    """A box with a link to a writer's page and a sentence or two about them ("Nuria
    Castell" / "Periodista de la sección de España desde 2015, …"): the author's bio, not
    the article."""
    href = link.get("href") or ""
    if not _AUTHOR_PAGE_HINT.search(href) or not _AUTHOR_PAGE.search(href):
        return None  # (most links: not even "/" and a word's first letters, a quarter the cost)
    name = collapse(text_of(link))
    if not 2 <= len(name.split()) <= 5 or any(c.isdigit() for c in name):
        return None
    box = link.getparent()
    while box is not None and box.tag in ("span", "strong", "b", "h3", "h4", "h5", "p"):
        box = box.getparent()
    if box is None or box.tag not in ("div", "section", "aside", "footer"):
        return None
    size = text_size(box)
    bio = [p for p in box.iter("p") if text_size(p) >= 60 and link not in p.iterdescendants()]
    if not bio or size > _NOT_BODY_MAX or box.get(_MARK) is not None:
        return None
    up = box.getparent()  # with its heading ("Sobre la firma", "About the author")
    if up is not None and up.tag in ("div", "section", "aside") and text_size(up) - size <= 40:
        return up
    return box


_CAPTION_LINE = "data-corpus-caption"
_FOOT = "data-corpus-foot"  # a newsletter's foot, round its unsubscribe link
_FEET = etree.XPath("//@data-corpus-foot/..")
_CAPTION_LINES = etree.XPath("//@data-corpus-caption/..")  # (half the cost of //*[@…])


_SMALL_TYPE = re.compile(r"font-size:\s*(?:x{0,2}-?small|smaller)", re.IGNORECASE)


def _italic_line(el: HtmlElement) -> bool:
    """A short block whose words are all in italics (``<i>``, ``<em>``) or in small type
    (Blogger's ``<span style="font-size: x-small;">``): a caption."""
    if not isinstance(el.tag, str) or el.tag not in ("div", "p", "span", "center"):
        return False
    size = text_size(el)
    if not 0 < size <= 200:
        return False
    styled = [
        i
        for i in el.iter("i", "em", "small", "span", "font")
        if i.tag in ("i", "em", "small") or _SMALL_TYPE.search(i.get("style") or "")
    ]
    outer = [i for i in styled if not any(a in styled for a in i.iterancestors())]
    return sum(text_size(i) for i in outer) >= size - 2


def _related_box(heading: HtmlElement) -> HtmlElement | None:
    """The box a "More on this story" heading opens with its list of links (and their
    dates): other articles, not this one's last paragraphs."""
    label = collapse(text_of(heading))
    if not 0 < len(label) <= 60 or rules.default().match("related", label) is None:
        return None
    box = heading.getparent()
    if box is None or box.tag not in ("section", "div", "aside", "nav"):
        return None
    size = text_size(box) - text_size(heading)
    linked = sum(text_size(a) for a in box.iter("a"))
    return box if 0 < size <= 1000 and linked >= 0.5 * size else None


_FILE_SIZE = re.compile(r"^\d+(?:[.,]\d+)? ?(?:bytes|[KMG]i?B|kB|Ko|Mo)$", re.IGNORECASE)


def _labelled_field(content: HtmlElement) -> HtmlElement | None:
    """The field that holds ``content`` under a short label and nothing else: Drupal's
    "<div><div>Attachment</div><div>TABLE</div></div>", its label a block of its own."""
    box = content.getparent()
    field = box.getparent() if box is not None else None
    if field is None or field.tag != "div" or box.tag != "div":
        return None
    label = box.getprevious()
    return (
        field
        if label is not None
        and label.tag == "div"
        and not len(label)
        and not label.get("class")  # (a bare block: a theme's heading has a name)
        and 0 < len(collapse(label.text or "")) <= _FIELD_LABEL
        and len(collapse(text_of(field))) - len(collapse(text_of(box))) <= _FIELD_LABEL
        else None
    )


_FIELD_LABEL = 30  # characters: "Attachment", "Image", "Bijlagen"


def _file_list(table: HtmlElement) -> bool:
    """Each row of the table a link to a file and its size ("ijs.pdf | 84.2 KB")."""
    rows = [row for row in table.iter("tr") if row.find("td") is not None]
    return bool(rows) and all(
        row.find(".//a") is not None
        and any(_FILE_SIZE.match(collapse(text_of(cell))) for cell in row.iter("td"))
        for row in rows
    )


_BYLINE_ROW_MAX = 200  # characters: a date, a name, a count of comments
_HCARD = frozenset({"vcard", "author"})
_ROW_REST = 40  # characters beside the date and the name: "par", "|", "10 commentaires"


def _byline_row(date: HtmlElement) -> HtmlElement | None:
    """The short block holding the article's date and its author's h-card ("jeudi 14 mars
    2024, par NAME | 10 commentaires", SPIP's "p.info-publi"): trafilatura drops the name
    and keeps the rest as a line of the body."""
    if date.tag == "abbr" and "published" not in class_tokens(date):
        return None
    block = date.getparent()
    while block is not None and tag(block) in _INLINE:
        block = block.getparent()
    if block is None or tag(block) not in ("p", "div") or text_size(block) > _BYLINE_ROW_MAX:
        return None
    cards = [
        d
        for d in block.iterdescendants()
        if d.get("class") and not _HCARD.isdisjoint(class_tokens(d))
    ]
    if not cards:
        return None
    # nothing but the date, the name and a few words between ("par", "|", "10 commentaires"):
    # not a sentence that marks up a date and a place's h-card ("Concert le <time> à …")
    outer = [c for c in cards if not any(a in cards for a in c.iterancestors())]
    rest = text_size(block) - text_size(date) - sum(text_size(c) for c in outer if c is not date)
    words = collapse(text_of(block))
    return block if rest <= _ROW_REST and not _TOLD.search(words) else None


def _next_element(el: HtmlElement) -> HtmlElement | None:
    """The element after ``el``, past any HTML comment between them."""
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def _byline_or_date(text: str) -> bool:
    """A byline's words or a date: the writer's line a theme sets where a deck would stand."""
    table = rules.default()
    return bool(table.match("bylines", text) or table.dates.is_date_line(text))


def _deck_under(h1: HtmlElement) -> HtmlElement | None:
    """A heading that shares a box with the title and nothing else ("h1.a_t" + "h2.a_st"):
    the page's summary under its title, whatever its class is called, not a subheading
    of the body."""
    deck = _next_element(h1)
    dated = deck is not None and text_size(deck) <= 200 and deck.find(".//time") is not None
    if dated:  # (the byline's row between them: "DATE von NAME", Contao's "p.info")
        deck = _next_element(deck)
    if deck is None or deck.tag not in ("h2", "h3", "h4", "p") or not 0 < text_size(deck) <= 600:
        return None
    parent = h1.getparent()
    if deck.tag == "p" and parent.tag != "header":
        return None  # (a paragraph in the title's own <header>; not the article's first)
    boxed = [c for c in parent if isinstance(c.tag, str) and c.tag not in ("script", "style")]
    if deck.tag != "p" and len(boxed) == 2 and not dated and not _in_article_body(h1):
        return deck
    if (
        deck.tag == "p"
        and len(boxed) == 2
        and not dated
        # ("subhead" and "subheadline" are standfirsts wherever they stand: _NOT_BODY)
        and "subheading" in heads_of(deck.get("class") or "")
        and not _byline_or_date(collapse(text_of(deck)))
    ):
        return deck  # a paragraph named for it, alone with the title (Kirby's "note-subheading")
    # or it says what the page's description says: the summary, wherever it stands
    said = collapse(text_of(deck)).casefold().rstrip(".… ")
    described = h1.getroottree().xpath(
        "//meta[@name='description' or @property='og:description'"
        " or @name='twitter:description']/@content"
    )
    for description in described:
        description = collapse(description).casefold().rstrip(".… ")
        # (past a dated row, the whole of it: a description cut from the first subheading
        # over a section is no summary)
        # (a paragraph right under the title only where it says all the description says:
        # Chirpy's "p.post-desc"; an article's first paragraph may open as its summary does)
        if len(description) >= 40 and (
            said == description or (not dated and deck.tag != "p" and said.startswith(description))
        ):
            return deck
    return None


def _read_also(block: HtmlElement) -> bool:
    """A label the related tables know, then a link to another story, in one block inside
    the article ("Lire aussi | Textile : la laine …"): not a paragraph of it."""
    links = list(block.iter("a"))
    size = text_size(block)
    if not links or not 0 < size <= _NOT_BODY_MAX:
        return False
    # (lxml's own text, not a reader's walk: a page has a block like this for every link)
    link = collapse(text_content(links[0]))
    if not link:
        return False
    label = collapse(text_content(block)).split(link, 1)[0].strip(" |:–—-»›")
    if not 0 < len(label) <= 40:
        return False  # (most blocks of links: no words before the link, nothing to weigh)
    linked = sum(text_size(a) for a in links)
    # (the link half the block, or all of it after a long label: "Potrebbe interessarti
    # anche: La caponata di zia Lina")
    if linked < 0.5 * size and linked < size - len(label) - 3:
        return False
    return rules.default().match("related", label) is not None


_HOLDS_ARTICLE = etree.XPath("boolean(.//h1 | .//article | .//*[@itemprop='articleBody'])")
_MARKED_ARTICLE = etree.XPath("boolean(.//article | .//*[@itemprop='articleBody'])")


def _mark_page_chrome(tree: HtmlElement) -> None:
    """Mark the sidebars, asides and cookie banners that hold no part of the article: where
    trafilatura falls back to reading the whole page, their lists become body paragraphs."""
    page = 0  # the page's text size, read when a first box asks (most pages: none does)
    for el in list(tree.iter("aside", "div", "section")):
        if el.get(_MARK) is not None or not (tag(el) == "aside" or page_chrome(el)):
            continue
        if any(a.get(_MARK) is not None for a in el.iterancestors()):
            continue
        if not page:
            body = tree.find("body")
            page = text_size(body if body is not None else tree) or 1
        if text_size(el) > page // 2 or (_HOLDS_ARTICLE(el) and _holds_prose(el)):
            continue  # a "sidebar" layout's main column, a page that is all popup (not a
            # column whose h1 is a community's name over its rules: old Reddit's "side")
        if _body_names(el.get("class")) and _holds_prose(el):
            continue  # the post's text box, a spacing class beside its name ("td-post-content
            # td-pb-padding-side")
        el.set(_MARK, "")


def _holds_prose(el: HtmlElement) -> bool:
    """Whether a paragraph of an article's length stands in ``el``, not only short lines."""
    return any(text_size(p) >= _PROSE for p in el.iter("p", "div") if p.tag == "p" or not len(p))


_PROSE = 150  # characters


def _in_article_body(el: HtmlElement) -> bool:
    """Inside the element holding the article's text (``itemprop="articleBody"``,
    ``e-content``, "article-body", "entry-content", "post__body" …)."""
    for parent in el.iterancestors():
        if parent.get("itemprop") == "articleBody":
            return True
        if _body_names(parent.get("class")):
            return True
    return False


def _body_names(names: str | None) -> bool:
    """Class names that say "the article's text" ("e-content", "entry-content", "post__body")."""
    return bool(names) and (
        "e-content" in names.split()
        or bool(heads_of(names) & {"body", "content"} and words_of(names) & _BODY_OWNERS)
        or _BODY_NAME.search(names) is not None  # BEM's "article__body" (heads drop "article")
    )


_BODY_NAME = re.compile(
    r"(?i)(?:^|[\s_-])(?:article|post|entry|story|artigo|articulo|artikel)_*-*(?:body|content)\b"
)


_CAPTION_BLOCKS = frozenset({"p", "div", "td", "font"})
_EMPHASIS = frozenset({"i", "em", "b", "strong", "small"})


def _block_of(link: HtmlElement) -> HtmlElement | None:
    """The block a link stands in, through the emphasis round it ("<div><i>Lees ook: <a>…")."""
    block = link.getparent()
    while block is not None and block.tag in _EMPHASIS:
        block = block.getparent()
    return block


_CAPTION_WRAPPERS = frozenset({"table", "tbody", "tr", "td", "div", "p", "font", "center"})


def _furniture_row(line: str) -> bool:
    """A row of buttons between bars ("Imprimir | Enviar por e-mail | Voltar")."""
    parts = line.split(" | ")
    return len(parts) >= 2 and len(line) <= 150 and all(rules.is_boilerplate(p) for p in parts)


def _alt_shown(img: HtmlElement) -> HtmlElement | None:
    """The element right after an image that shows its alt text again, word for word: a
    theme's caption made from the alt ("<img alt=X><span class="img-alt">X</span>")."""
    alt = collapse(img.get("alt") or "")
    shown = img.getnext()
    if len(alt) < 10 or shown is None or (img.tail or "").strip():
        return None
    return shown if collapse(text_of(shown)) == alt else None


def _image_caption(block: HtmlElement) -> bool:
    """A block holding an image and, in italics, its caption (an editor's way without a
    <figure>: ``<p><img><br><em>A cart in 2017 (archive photo)</em></p>``, an old page's
    ``<td><img><br><font><i>…</i></font></td>``)."""
    if block.find(".//img") is None or (block.text or "").strip():
        return False
    size = text_size(block)
    if not size or size > _NOT_BODY_MAX:
        return False
    styled = [el for el in block.iter("em", "i", "small") if el is not block]
    outer = [el for el in styled if not any(a in styled for a in el.iterancestors())]
    return sum(text_size(el) for el in outer) >= size


_CAPTION_MAX = 160  # characters: a caption and its credit, not a paragraph


def _captioned_image(block: HtmlElement) -> bool:
    """A div of an image and one box under it of a short text: the image and its caption
    (beehiiv's "div.image": the img, then "div.image__source" with "TEXT. Foto: NAME"); or a
    newsletter's table cell of the two, its text credited as a caption's (MailerLite's
    "td.mlContentBlock": the img, then "<p>TEXT. Foto: NAME</p>")."""
    if tag(block) not in ("div", "td") or (block.text or "").strip():
        return False
    children = [c for c in block if isinstance(c.tag, str)]
    if len(children) != 2:
        return False
    image, box = children
    pictured = image.tag == "img" or (
        image.tag in ("a", "picture") and image.find(".//img") is not None
    )
    return (
        pictured
        and box.find(".//img") is None
        and tag(box) in ("div", "span", "p")
        and 0 < text_size(box) <= _CAPTION_MAX
        and (
            tag(block) == "div"
            or rules.default().match("captions", collapse(text_of(box))) is not None
        )
    )


def _link_list(block: HtmlElement) -> bool:
    """Links one a line and nothing else ("» Another story<br>» And another"): related
    stories, not a paragraph."""
    links = [a for a in block if tag(a) == "a"]
    if len(links) < 2 or block.find(".//p") is not None:
        return False
    size = text_size(block)
    linked = sum(text_size(a) for a in links)
    return 0 < size <= 2 * _NOT_BODY_MAX and linked >= 0.8 * size and len(block.findall("br")) >= 1


_PULL_QUOTE = re.compile(r"pull[-_]?quote|quote[-_]box", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _pull_quote(quote: HtmlElement, said_in: dict[HtmlElement, list[str]]) -> HtmlElement | None:
    """A blockquote that repeats a sentence of a paragraph beside it, as a design element:
    not a paragraph of its own (a real quotation is not also printed next to itself). What
    it returns is the quote with the box it stands in, the attribution under it included."""
    # (its words without the name under them: "<cite>Geert Mulder, ijsvereniging</cite>")
    text = collapse(text_of(quote, skip=_attribution)).casefold()
    parent = quote.getparent()
    if not text or len(text) > _NOT_BODY_MAX or parent is None:
        return None
    if _PULL_QUOTE.search(f"{quote.get('class', '')} {parent.get('class', '')}"):
        return quote  # WordPress's wp-block-pullquote, a theme's td_quote_box
    words = _WORD.findall(text)
    if len(words) < 4:
        return None
    box: HtmlElement = quote
    for _ in range(4):  # the quote may sit in a box or two of the page's design
        parent = box.getparent()
        if parent is None or (box is not quote and text_size(box) > 2 * len(text) + 80):
            return None  # a box that holds more than the quote and a name under it
        for sibling in parent:  # "Hay 140 familias …" beside "… Y hay 140 familias …"
            if sibling is not box and tag(sibling) == "p":
                said = said_in.get(sibling)
                if said is None:
                    said = said_in[sibling] = _WORD.findall(collapse(text_of(sibling)).casefold())
                if _said_again(words, said):
                    return box
        box = parent
    return None


def _attribution(el: HtmlElement) -> bool:
    return el.tag in ("cite", "footer", "figcaption")


def _said_again(words: list[str], said: list[str]) -> bool:
    """``words`` run in ``said`` in their order, closely: the pull quote's sentence, its
    attribution ("she told the board") left out of it."""
    for start in (i for i, word in enumerate(said) if word == words[0]):
        at = start
        for word in words[1:]:
            at = next((k for k in range(at + 1, min(len(said), at + 8)) if said[k] == word), -1)
            if at < 0:
                break
        else:
            if at - start < 2 * len(words) + 6:
                return True
    return False


# trafilatura's options, made once: made per call (as ``bare_extraction`` does from its keywords)
# they cost 0.2 ms of configuration reads a page, 5% of a small page's extraction. trafilatura
# never changes them (its recall retry works on a copy).
_OPTIONS = Extractor(
    output_format="python",
    with_metadata=False,  # read from the markup instead: htmldate is most of the cost
    comments=False,
    tables=True,  # tables are content: benchmark figures, schedules, prices
    # its default drops lists that follow a paragraph in a plain <div>; what recall lets in
    # besides (bylines, furniture) is read away below
    recall=True,
)


def _extract(tree: HtmlElement):
    try:
        return trafilatura.bare_extraction(
            tree,  # trafilatura copies a tree it is given, so ours stays as it is
            options=_OPTIONS,
            prune_xpath=f"//@{_MARK}/..",  # (what //*[@…] finds, at half the cost)
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(f"trafilatura could not read the page: {exc}") from exc


# -- trafilatura's body, repaired ------------------------------------------------------------


def _markup_paragraphs(tree: HtmlElement) -> list[list[str]]:
    """Every paragraph of visible text outside the comment section, as the markup breaks it
    (a ``<br>`` ends a line of a paragraph, a block or ``<br><br>`` the paragraph)."""
    body = tree.find("body")

    def skip(el: HtmlElement) -> bool:  # (paragraphs() asks only of elements, hidden or not)
        if el.get(_MARK) is not None or el.tag == "nav":
            return True
        names = el.get("class")
        return names is not None and CHROME in roles_of(names)

    return paragraphs(tree if body is None else body, skip)


def _realign(lines: list[str], markup: list[str]) -> list[str]:
    """Break trafilatura's lines where the markup breaks them.

    trafilatura's fallbacks sometimes run several blocks into one line (a short page comes
    back as one line: title, byline and paragraphs together) or cut one paragraph into lines at
    its inline elements ("Frogs are", "expected", "in spring."). Every stretch of its lines that
    spells out a run of whole markup lines is replaced by that run; the comparison ignores
    spaces, since the two space inline elements differently. Lines that match nothing (list
    items with their "- ", table rows) stay as trafilatura wrote them.
    """
    if not lines:
        return lines
    known = set(markup)
    squeezed = [m.replace(" ", "") for m in markup]
    page = "".join(squeezed)
    starts: list[int] = []
    ends: dict[int, int] = {}  # where a markup line ends in ``page`` → its index
    starting: dict[str, list[int]] = {}  # first character → markup lines starting with it
    position = 0
    for i, line in enumerate(squeezed):
        starts.append(position)
        position += len(line)
        ends[position] = i
        if line:
            starting.setdefault(line[0], []).append(i)
    targets = [line.replace(" ", "") for line in lines]
    out: list[str] = []
    k = 0
    while k < len(lines):
        match = None
        if lines[k] not in known and targets[k]:
            for i in starting.get(targets[k][0], ()):
                at, m = starts[i], k
                while m < len(lines) and targets[m] and page.startswith(targets[m], at):
                    at += len(targets[m])
                    m += 1
                    if at in ends and ends[at] >= i:
                        match = (i, ends[at], m)
                        break
                if match:
                    break
        if match:
            i, j, k = match
            out.extend(markup[i : j + 1])
        else:
            out.append(lines[k])
            k += 1
    return out


# (Drupal's "field-name-body", the field that holds a node's text)
_BODY_NAMES = ("post-body", "entry-content", "article-body", "article__body", "field-name-body")
_BODY_NAME_PIECES = pieces_pattern(frozenset(_BODY_NAMES))


def _body_roots(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The elements a page names as its article's body (a walk in Python: an XPath of
    ``contains(@class, …)`` costs three times as much)."""
    for el in tree.iter():
        itemprop = el.get("itemprop")
        if itemprop and "articleBody" in itemprop.split():  # Blogger: "description articleBody"
            yield el
            continue
        names = el.get("class")
        if (
            names
            and ("body" in names or "content" in names)  # (in each name sought: most go here)
            and (
                _BODY_NAME_PIECES.search(names)
                or "e-content" in names.split()
                or _node_content(el, names)
            )
        ):
            yield el


def _node_content(el: HtmlElement, names: str) -> bool:
    """Drupal's node text box: "div.content" right inside "div.node" (Drupal 6's themes)."""
    parent = el.getparent()
    return (
        "content" in names.split()
        and parent is not None
        and "node" in (parent.get("class") or "").split()
    )


_HEADING_MAX = 120  # a subheading put back is a line, not a paragraph
_GAP_MIN = 40  # characters: less than this missing from the body's element is no paragraph
_NOT_FILLED = frozenset({"nav", "figure", "figcaption", "aside", "form"})  # never a lost paragraph
_GAP_PROSE = re.compile(r"[.!?…:»“”\"')]$")


def _fill_gaps(body: list[str], tree: HtmlElement) -> list[str]:
    """Put back the paragraphs trafilatura lost between two it kept (a Blogger post's bare text
    after a ``<div><br></div>``: the element's tail). Only inside the element the page names
    as the article's body, only between kept lines, only sentences."""
    if len(body) < 2:
        return body
    kept = {line: n for n, line in enumerate(body)}
    have = sum(map(len, body))
    for root in _body_roots(tree):
        if root.get(_MARK) is not None or any(
            a.get(_MARK) is not None for a in root.iterancestors()
        ):
            continue
        # its subheadings trafilatura left out (a Drupal body's <h3>, under a caption field)
        headings = {
            text
            for h in root.iter("h2", "h3", "h4", "h5", "h6")
            if (text := " ".join(h.text_content().split())) and text not in kept
        }
        if not headings and text_size(root) < have + _GAP_MIN:
            return body  # nothing of a paragraph's size is missing from it (the common case)
        lines = [line for p in paragraphs(root, _pruned) for line in p]
        found = [i for i, line in enumerate(lines) if line in kept]
        if len(found) < 2:
            continue
        added: dict[int, list[str]] = {}  # a kept line's place in body → lines after it
        for a, b in itertools.pairwise(found):
            if b - a < 2 or kept[lines[b]] != kept[lines[a]] + 1:
                continue  # nothing between, or trafilatura kept them apart on purpose
            gap = [
                line
                for line in lines[a + 1 : b]
                if (
                    (len(line) >= 40 and _GAP_PROSE.search(line))
                    or (line in headings and len(line) <= _HEADING_MAX)
                )
                and not rules.is_boilerplate(line)
            ]
            if gap:
                added[kept[lines[a]]] = gap
        if not added:
            return body
        out: list[str] = []
        for n, line in enumerate(body):
            out.append(line)
            out.extend(added.get(n, ()))
        return out
    return body


_INTRO_TEXT = etree.XPath("//div[@class='itemIntroText']")


def _with_intro(body: list[str], tree: HtmlElement) -> list[str]:
    """The article's first paragraphs where the page sets them in a box of their own over its
    full text (Joomla K2's "div.itemIntroText" over "div.itemFullText"), which trafilatura
    left out or set after the text: the article's words, not a summary of them."""
    if not body:
        return body
    for intro in _INTRO_TEXT(tree):
        after = _next_element(intro)
        if after is None or after.get("class") != "itemFullText":
            continue
        full = [line for p in paragraphs(after, _pruned) for line in p]
        lines = [line for p in paragraphs(intro, _pruned) for line in p]
        rest = [line for line in body if line not in lines]  # (or put after the text)
        if full and rest and full[0] == rest[0] and lines:
            return [*lines, *rest]
    return body


def _pruned(el: HtmlElement) -> bool:
    if el.get(_MARK) is not None or el.tag in _NOT_FILLED:
        return True
    names = el.get("class")
    return names is not None and CHROME in roles_of(names)


# -- the reader ---------------------------------------------------------------------------


def _body_lines(tree: HtmlElement, meta: PageMeta) -> tuple[list[list[str]], str | None]:
    """The article's paragraphs (each its lines) and an author a byline gave, if any.

    The comment section is marked out before extraction, so a body line that a comment
    repeats (a reader quoting a subheading) is the article's and stays."""
    markup = _markup_paragraphs(tree)
    extracted = _extract(tree)
    text = getattr(extracted, "text", None) or ""
    lines = [collapse(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    # list items without trafilatura's "- " where the markup has the item without it
    lines = [line[2:] if _LIST_ITEM.match(line) and len(line) > 2 else line for line in lines]
    table = rules.default()
    marked_lines = [line for p in markup for line in p]
    aligned = _realign(lines, marked_lines)
    first = next((n for n, line in enumerate(aligned[:3]) if line != meta.title), None)
    if (
        meta.title
        and first is not None
        and aligned[first].startswith(f"{meta.title} ")
        and aligned[first] not in marked_lines  # (not a paragraph that opens with its words)
        # (under the title given alone: the page's, then the post's headline run into its
        # first line; not a first paragraph that opens with the title's words, "Gracias a …")
        and first > 0
        and aligned[first - 1] == meta.title
    ):
        # the title run into the first line (a forum post's headline in its list item)
        aligned[first] = aligned[first][len(meta.title) + 1 :]
    # a label of the page's foot alone on its line ("Subscribe to:" over Blogger's feed
    # links): the post ended over it, and what trafilatura gave after is the page's
    cut = next(
        (
            n
            for n, line in enumerate(aligned)
            if n and len(line) <= 40 and line.endswith(":") and table.match("footers", line)
        ),
        None,
    )
    given_last = aligned[-1] if aligned else None
    aligned = aligned if cut is None else aligned[:cut]
    subheads = _subheadings(tree, aligned)
    body = [
        line
        for line in aligned
        if line != meta.title
        and not _topic_and_title(line, meta.title)
        and (line in subheads or not rules.is_boilerplate(line))
        and not _trail_or_banner(line, table)
        and not _furniture_row(line)
        and not _TABLE_RULE.match(line)
        and not _NO_WORDS.match(line)
        and not _count_link(line)
    ]
    captions = {collapse(text_of(el)) for el in _CAPTION_LINES(tree)}
    body = [line for line in _fill_gaps(_with_intro(body, tree), tree) if line not in captions]
    feet = [collapse(text_of(el)) for el in _FEET(tree)]
    while feet and body and any(collapse(body[-1]) in foot for foot in feet):
        body.pop()  # the newsletter's foot, after its last words
    if body and (body[-1] not in marked_lines or given_last not in marked_lines):
        # (the last line trafilatura gave, furniture or not: "Assinar:" after a sidebar's)
        body = _without_head_after(body, tree)
    # a byline or a date line among the first lines is metadata
    author = None
    for i, line in enumerate(body[:4]):
        if len(line) > 200:
            continue
        hit = match(table, "bylines", line, meta.language)
        if (
            hit
            and (
                rules.ISSUE_NUMBER.search(hit.get("author") or "")
                # (or the line names the newsletter: "ZWALUWPOST · NIEUWSBRIEF VAN …")
                or table.newsletter_pitch(line)
            )
            and any(  # (the writer's byline under it; else the name is the writer's own)
                (under := match(table, "bylines", later, meta.language)) and under.get("author")
                for later in body[i + 1 : i + 4]
                if len(later) <= 200
            )
        ):
            # a newsletter's name, issue and date over the title ("Boletín de Las Cigüeñas ·
            # Nº 41 · 11 de abril de 2024"): its date, no writer; the byline may follow
            if meta.published is None and hit.get("date"):
                meta.published = rules.parse_date(hit.get("date"))
            body[i] = ""  # (blanked, not cut: the loop's places stay)
            continue
        if hit and hit.get("author"):
            name = table.clean_author(without_count(name_alone(hit.get("author")), meta))
            if name and name.split()[0].lower() in table.not_names:
                continue  # "Por qué Layens": a subheading that opens like a byline
            if meta.author is None or (name and name.lower() == meta.author.lower()):
                author = name
                if meta.published is None and hit.get("date"):
                    meta.published = rules.parse_date(hit.get("date"))
                del body[i]
                break
    body = [line for line in body if line]  # (less an issue's line)
    while (
        body
        and len(body[0]) <= 100
        and (
            table.dates.is_date_line(body[0])
            or match(table, "date_lines", body[0], meta.language) is not None
        )
    ):  # "7 May 2024", "Published 7 February 2024 at 06:30"
        del body[0]
    return _lines_together(body, markup), author


def _count_link(line: str) -> bool:
    """A comment count alone on its line ("6 reacties", "Comentarios (8)"): the link to the
    comments a page sets under its article (Drupal's node links), not a paragraph."""
    return (
        len(line) <= 30
        and ":" not in line  # ("Comments: 3180", a figure in a list of the blog's own)
        and _ASCII_DIGIT.search(line) is not None
        and rules.count_header(line) is not None
    )


def _subheadings(tree: HtmlElement, lines: list[str]) -> set[str]:
    """The article's subheadings that read like a link back ("Terug naar spierkracht", "Back
    to basics"): a heading of its own, no link in it, over two paragraphs of prose; or like
    a footer's few words ("Comentarios cerrados") over one. The footer rule that drops "Back
    to Forum" (a link) would drop them."""
    found: set[str] = set()
    for n, line in enumerate(lines[:-1]):
        under = lines[n + 1 : n + 3]
        prose = [len(below) >= 80 and rules.SENTENCE_END.search(below) for below in under]
        if len(line) > 80 or not prose[0]:
            continue
        back = len(prose) == 2 and prose[1] and rules.default().back_link(line)
        # (or a footer's words of three or fewer over a paragraph: "Comentarios cerrados")
        if not back and (
            len(line.split()) > 3
            or rules.default().match("footers", line) is None
            or rules.default().back_link(line)  # (one paragraph under a link back: its blurb)
        ):
            continue
        for el in _HEADING_TEXT(tree, text=line):
            if not el.xpath("ancestor-or-self::a | .//a"):
                found.add(line)
    return found


_HEADING_TEXT = etree.XPath(
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    "[normalize-space(string(.)) = $text]"
)


def _without_head_after(body: list[str], tree: HtmlElement) -> list[str]:
    """The body up to the first line trafilatura gave after its end that the page shows only
    above its start: there it went back to the page's top for more (a blog's tagline, its
    date header, the post's title and footer). Asked of the page's whole text only when
    the last line is none of the markup's outside the page's chrome."""
    if len(body) < 2:
        return body
    root = tree.find("body")
    shown = [
        line
        for p in paragraphs(tree if root is None else root, lambda el: el.get(_MARK) is not None)
        for line in p
    ]
    last_at: dict[str, int] = {}
    for n, line in enumerate(shown):
        last_at[line] = n
    first = last_at.get(body[0])
    if first is None or shown.index(body[0]) != first:
        return body  # (the first line shown twice: no telling where the article starts)
    back = next((k for k in range(1, len(body)) if last_at.get(body[k], first) < first), None)
    return body if back is None else body[:back]  # (what follows it came after it too)


def _trail_or_banner(line: str, table: rules.Rules) -> bool:
    """A breadcrumb trail from "Home" ("Accueil > Vernac > Transports") or a cookie banner's
    text, which pages that name nothing set in plain divs beside the article."""
    if len(line) <= 300 and (trail := table.match("sites", line)) is not None:
        return table.match("navigation", trail.get("site") or "") is not None
    return len(line) <= 800 and table.consent_banner(line)


def _topic_and_title(line: str, title: str | None) -> bool:
    """The story's heading with its topic's link before the title ("Hardware Community
    Radio Station Moves …", Slashcode's): the title, not a paragraph."""
    return (
        title is not None
        and len(title) >= 20
        and line.endswith(f" {title}")
        and len(line[: -len(title)].split()) <= 3
    )


def _lines_together(body: list[str], markup: list[list[str]]) -> list[list[str]]:
    """Lines the markup sets in one paragraph with a ``<br>`` between them ("Bis Donnerstag,"
    / "Jannik"; an address, a verse) stay one paragraph; trafilatura gives them apart."""
    place: dict[str, tuple[int, int]] = {}
    for p, lines in enumerate(markup):
        for n, line in enumerate(lines):
            place.setdefault(line, (p, n))
    grouped: list[list[str]] = []
    previous = None
    for line in body:
        where = place.get(line)
        if grouped and previous and where and where == (previous[0], previous[1] + 1):
            grouped[-1].append(line)
        else:
            grouped.append([line])
        previous = where
    return grouped


def _answered(comments: list) -> set[int]:
    """The comments a comment with text answers: an empty one (a wrapper, the thread box
    Blogger sets under each comment) passes its replies up and answers no one itself."""
    found: set[int] = set()
    for comment in comments:
        if not comment.paragraphs:
            continue
        parent = comment.parent
        while parent is not None and not comments[parent].paragraphs:
            parent = comments[parent].parent
        if parent is not None:
            found.add(parent)
    return found


def _shown(tree: HtmlElement, meta: PageMeta) -> bool:
    """The page shows its metadata's count of comments as one ("3 Antworten")."""
    count = meta.comment_count
    if count is None:
        return False
    table = rules.default()
    return any(
        str(count) in text and rules.count_header(collapse(text), table) == count
        for el in tree.iter("span", "div", "a", "h2", "h3", "p", "li", "td")
        if (text := el.text) and len(text) <= 60
    )


def read_html(
    text: str,
    *,
    source: str,
    doc_id: str,
    encoding: str | None = None,
    language: str | None = None,
) -> Document:
    """Read an HTML page (already decoded) into a Document: title, body, then the comment tree."""
    tree = parse(text)
    # every element's Python proxy, held for the whole read: lxml makes a proxy each time
    # Python meets an element that none holds, and the page is walked some thirty times
    _held = list(tree.getroottree().iter())
    _drop_heading_anchors(tree)
    page_language = language or language_code(tree.get("lang")) or _words_language(tree)
    thread = read_thread(tree, page_language)
    meta = page_meta(tree, thread.elements, page_language)
    meta.language = meta.language or page_language  # (told by its words when no lang says)
    declared = declared_count(tree, thread)
    opening = opening_post(thread, page_language)
    # (a forum's "commentCount" counts its posts, unless the page shows it: "3 Antworten")
    counted = declared is None and thread.comments and (opening is None or _shown(tree, meta))
    if opening is not None:  # a forum thread: its first post is the article
        if opening.author and meta.author and meta.author.startswith(f"{opening.author} "):
            meta.author = None  # its poster's box read whole: "Davide_R Membri 12"
        meta.author = meta.author or opening.author
        meta.published = meta.published or opening.published
        for el in opening.furniture:
            el.set(_MARK, "")
    _unhide_content(tree)
    _unlayout_tables(tree)
    _times_in_prose(tree)
    _mark_not_body(tree, thread)
    if opening is not None and opening.paragraphs:
        # (a line of the post a paragraph: a forum's editor turns each Enter into a <br>)
        body, byline = [[line] for p in opening.paragraphs for line in p], None
    else:
        body, byline = _body_lines(tree, meta)
    author = meta.author or byline
    if counted:  # (the markup's, or the byline's row's: "NAME (7 Kommentare)")
        declared = meta.comment_count

    builder = TextBuilder(mapped=False)
    if meta.title:
        builder.add_title([(meta.title, None)])
    for lines in body:
        builder.add_paragraph([(line, None) for line in lines])
    index: dict[int, int | None] = {}  # position in the thread → index in the builder
    answered = _answered(thread.comments)
    for n, comment in enumerate(thread.comments):
        if n not in answered and taken_down(comment):
            continue  # "[removed]", "deleted by creator": nothing left to annotate
        parent = index.get(comment.parent) if comment.parent is not None else None
        added = builder.add_comment(
            [[(line, None) for line in p] for p in comment.paragraphs],
            depth=1 if parent is None else builder.comments[parent].depth + 1,
            parent=parent,
            author=comment.author,
            published=comment.published,
        )
        # a comment without text (a wrapper, a deleted comment) passes its replies up
        index[n] = parent if added is None else added
    if not builder.paragraphs and not builder.comments:
        raise InputError("no text found")
    return builder.document(
        doc_id=doc_id,
        source=source,
        format="html",
        title=meta.title,
        author=author,
        site=meta.site,
        published=meta.published,
        url=meta.url,
        language=language or meta.language,
        encoding=encoding,
        comments_declared=declared,
    )


__all__ = ["iso_date", "read_html"]
