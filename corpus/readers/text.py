"""Plain-text scrapes and copy-pastes of articles: title, byline, body, and the comment thread.

A scrape is a copy of what a browser showed, so structure survives only as layout and wording.
The layout is read here: blank lines part paragraphs, indentation, numbers ("1.", "1.1.") and
bullets nest replies, a run of short lines next to a name and a date is a comment's header.
The wording (what a count header, a byline, a "Reply" button or a cookie notice says, in each
language) comes from the rule tables in ``corpus/readers/rules/`` through ``rules.py``; nothing
here is written for one site.

The reader goes through a page in three parts:

1. **the head**, before the article's first paragraph: navigation, the site's name, the
   title, the byline and date; on a forum, the opening post's header;
2. **the body**, up to the comment section: paragraphs (a list's items one by one), without
   share rows, related links, captions, tags and other furniture;
3. **the comments**, from a count header ("11 Responses", "4 Gedanken zu …"), a comments
   heading or the first comment header: each comment's header block (author, date, whom it
   answers, its nesting level), its paragraphs, and the buttons and trailers around it.

Every line left out is recorded with the rule that left it out (``parse_text(...).dropped``,
what ``corpus inspect`` prints), and a parse that looks wrong says so (``warnings``).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Document
from . import dumps, qa_text
from . import markdown as markdown_text
from .builder import Line, Piece, TextBuilder, each_line, split_lines
from .comment_draft import CommentDraft as _Comment
from .handover import Handover, peek
from .pieced import PiecedText
from .quotes import drop_quotation, is_quoted
from .quotes import normal as _normal
from .rules import (
    PLATFORMS,
    SENTENCE_END,
    TITLE_SEPARATORS,
    Hit,
    Probe,
    Rules,
    default,
    glued,
    linking_excerpt,
    pingback_text,
    removed_text,
    user_name,
    without_toggle,
)
from .rules import (
    POST_NUMBER as _POST_NUMBER,
)
from .stripped import StrippedLines

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff \t"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # the invisible characters strip() keeps
_TEXT = operator.itemgetter(0)  # a Line's text
_UNASKED = object()  # a question not asked yet
# lines whose probes a big file's reader holds at most, a page's reader all: a comment
# section's are asked for twice, line after line, and a probe is made again, the same, for a
# line asked about after its went
_PROBES_HELD = 4096
_REPLY_ARROWS = frozenset("↩↪→⤷↳►▶»")
_BYLINE_WORDS = frozenset({"by", "posted", "on", "at", "von", "par", "por", "di", "door", "am"})
_BY_WORDS = frozenset({"by", "von", "par", "por", "di", "door", "da", "de"})  # "By NAME"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_FIELD = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_FIELD_AND_BUTTON = re.compile(r"\s{2,}|\t")
_UNWRAPPED = 120  # longer than any line a hard-wrapped text has
_LISTED_LINE = 60  # at most: an item of a list a lead-in announces, a line each
_PARAGRAPH_ENDS = '.!?:…"”»)'
# a name's last stop is its legal form's, no sentence's ("Hühnerfreunde Nordheide e.V.",
# "Editorial Valdecerro S.L.", "Harbour Press Ltd.")
# ("S.A.", "e. V.", "Ltd.": an organisation's name ends so, no sentence)
_ORG_ENDING = re.compile(r"(?:\b\w\. ?){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Ltda|Cía|Cia)\.$")
_INNER_SENTENCE_END = re.compile(r"\w[.!?…] +[A-ZÀ-Ý¿¡«“„‚‘‹\"]")
_NO_TABLES: frozenset[str] = frozenset()  # what a blank or long line is looked up in
_BLURB_LINES = 8  # a community's blurb and counts over the post's title, at most
_SHORT = 150  # furniture, headers and bylines are short lines; prose is skipped fast
_FOOT_LINES = 12  # the page's foot, where its name stands again
_LONG_FURNITURE = 400  # but a few notes under an article run longer
_DECK_WORDS = 12  # a standfirst under its own blank line is a sentence, not a headline
_LAST_WORDS = 5  # an article's last sentence, run into its share row, has a few words at least
_STATS_ABOVE = 15  # lines over the comment section a count set over its word may stand
_CARDS_REACH = 20  # lines over a card's byline its list's "Read more" may stand
_RELATED_REACH = 16  # lines a related list's titles and dates may take over the comments
_ACCESS_KEY = re.compile(r"\s+\((?:Alt|Ctrl|⌥)\s?\+\s?\w\)$")  # "(Alt + H)" after a logo's name
_BIO_REACH = 20  # lines under a sidebar's prose the post's title and meta row may stand
_AUTHOR_BOX_LINES = 25  # lines over the comment section the writer's box under the post may take
_HEAD_LINES = 120  # the head is looked for in the first lines only
_HEAD_TEXT = 20_000  # characters: a title marked "(self.Backen)", the language, looked for in these
_CAPTION_MAX = 160  # a photo's caption over its credit in initials: a line or two
_TITLE_MAX = 320  # a title a page marks as one ("TITLE (self.NAME)"): Reddit allows 300


def _described_photo(text: str) -> bool:
    """A caption that opens with its label and says what the photo shows ("Photo: the old
    coil before stripping (NAME)"), a caption of its own; not a credit ("Foto: NAME")."""
    return _LABELLED.match(text) is not None and len(text.split(":", 1)[1].split()) >= 4


def _credited(text: str) -> bool:
    """A line a caption's credit may close: "… (Photo: AFP)", "… | ARCHIVES", "… © C. D.",
    "… in blue and yellow. Fotografia: NAME / SITE"."""
    return (
        text[-1:] == ")"
        or " | " in text
        or " / " in text  # "… en mars dernier. Photo Le Petit Vaulmontais / S. O."
        or "©" in text
        or _CREDIT.search(text) is not None
    )


def _capital_credit(text: str) -> bool:
    """A caption closed by its credit in capitals, as papers print it: "… le 13 mai 2024.
    JULIEN MARCHAND POUR « L'ÉCHO NATIONAL »", "… una imagen de febrero. EL FARO DEL SUR"."""
    head, dot, tail = text.rpartition(". ")
    return (
        bool(dot)
        and 5 <= len(tail) <= 60
        and tail.isupper()
        and (len(tail.split()) >= 2 or len(tail) >= 5)  # ("… el pasado sábado. CEDIDA")
        and (tail[-1].isalpha() or tail[-1] in "»)")  # (not speech closed: "… AAA.”")
        and len(head.split()) >= 4
        and all(c.isalpha() or c in _CREDIT_MARKS for c in tail)
    )


_CREDIT_MARKS = " .,:;'’\"&()«»-–|/"  # what a credit in capitals holds besides its letters


# (initials too: "Photo : C. V.", and with no colon: "… le 11 mai. Photo G. H.")
_CREDIT = re.compile(
    r"\. [^\W\d_]{4,12}(?: ?: \S.{1,59}| (?:[A-ZÀ-Ý]\.\s?){1,3}(?:[A-ZÀ-Ý][\w’'-]+)?"
    r"|(?: [A-ZÀ-Ý][\w’'-]+){1,3})$"  # ("… en travaux. Photo Émile Roux")
)


# a caption's label naming the picture ("Bild: …", "Photo : …", "Foto – …")
_PICTURE_LABEL = re.compile(
    r"(?i:foto|fotos|bild|photo|picture|image|imagen|immagine|imagem|afbeelding)\s?[:–—-]\s"
)
_BIO_COUNT = re.compile(r"\(?\d{1,5} \w+\)?$")  # a writer's count of articles: "(312 Articles)"
_POST_NUMBER_AFTER = re.compile(r"\s#\d{1,9}$")  # a post's number closing its date line
_NAME_AND_STATUS = re.compile(r"(\S.{0,38}?)\s{2,}(\w+)")  # "rita_hortela   Offline"
_INITIALS_LINE = re.compile(r"^(?:[A-ZÀ-Ý]\.\s?){1,3}$")  # "R. C.": a photo's credit
_GLUED_INITIALS = re.compile(r"[.!?] (?:[A-ZÀ-Ý]\. ?){2,3}$")  # "… desde septiembre. C. J."
_TAG = re.compile(r"^[a-z0-9\u00df-\u00ff]+(?:[-_][a-z0-9\u00df-\u00ff]+)*$")  # "carril-bici"
_QUOTE_OPENERS = "\"'“‘«„»‹-–—"  # a line opening with a quotation mark or a dash: speech
# a saying set in quotation marks, alone on its line: a signature's motto under a post
# (in guillemets only: a post's own point in quotation marks, the words someone said to
# them, closes a post as well: “We put in engine oil by mistake”)
_SAYING = re.compile(r"«\s?[^«»]{12,120}\s?»")
_POSITION = re.compile(r"\d{1,4} / \d{1,5}")  # "1 / 7": a place in a series
_WORD_EDGES = ".,;:!?()[]\"'“”‘’«»"
# a verb in the future tense of Spanish, Portuguese or Italian ("tendrá", "terá", "avrà"),
# in small letters (not a name: "Durán", "Beltrão"): no caption's noun phrase has one
_DASHES = frozenset("–—")
# a list item's label before its colon: "Pomodori: …", "Tempo di cottura: …"
_LABELLED = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}: \S")


_FORUM_WORDS = frozenset({"forum", "fórum", "foro", "forums", "fóruns", "foros"})


def _words_before_comma(words: list[str]) -> int:
    return next((k + 1 for k, w in enumerate(words) if w.endswith(",")), len(words))


def _short_item(line: str) -> bool:
    """A line as a list's item copied without its mark is: short, no stop after it."""
    return 0 < len(line) <= 80 and line[-1:] not in ".!?:"


def _before_dash(words: list[str]) -> list[str]:
    """The words up to a dash standing as a word, the dash kept (all of them if none)."""
    for k, word in enumerate(words):
        if word in _DASHES:
            return words[: k + 1]
    return words


_FUTURE_VERB = re.compile(r"[^\W\d_A-ZÀ-Ý]\w+(?:rá|rán|rà|ranno)")
# a reply's "#1.1" after its date, or before it ("#1.1 — vor 5 Stunden")
_HASH_NUMBER = re.compile(r"#(\d{1,4}(?:\.\d{1,4})*)\s*$|^#(\d{1,4}(?:\.\d{1,4})*)\s")
_NUMBERED = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,4}(?:\.\d{1,4})*)[.)]\s+(?=\S)")
_LEVELS = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,4}(?:\.\d{1,4})+)\s+(?=\S)")  # "1.1 Ann"
_HASHED = re.compile(r"^(?P<indent>\s*)#(?P<number>\d{1,4}(?:\.\d{1,4})*)\s+(?=\S)")  # "#1.1 Ann"


def _number_before(author: str) -> re.Match | None:
    """The comment's number set before a header's name ("1.", "2.1", "#1.1"): it nests it."""
    return _NUMBERED.match(author) or _LEVELS.match(author) or _HASHED.match(author)


_TOPIC_TAG = re.compile(r"[a-zß-ÿ]+(?:-[a-zß-ÿ]+)*$")  # "warmtepomp", "open-source"
# a user name, then a flair of two words or more run into it ("rhabarber_ruthGärtnerin seit 1998")
_GLUED_FLAIR = re.compile(r"^(\S*[a-zß-ÿ0-9_])([A-ZÀ-Ý][^\s_]*(?:\s+\S+)+)$")
# a user name, not a person's: small letters with a dot, an underscore or digits ("franco.b")
_HANDLE = re.compile(r"^[a-z][a-z0-9]*[._\d][a-z0-9._]*$")
# a forum's pager in words ("13 Beiträge • Seite 2 von 2 • 1, 2", "Page 2 of 3")
_PAGER = re.compile(
    r"\b(?:page|seite|pagina|página|pág\.)\s+\d+\s+(?:of|von|di|de|van|sur|/)\s+\d+", re.I
)
_FOLDS = frozenset({"[-]", "[–]", "[+]"})  # a thread's fold toggles, as a copy spells them
_NUMBER_ONLY = re.compile(r"^\s*\d{1,4}(?:\.\d{1,4})*\.?\s*$")  # "3", "3.", "1.1."
# a paper's sign of its writer or agency closing the article, alone on a line: "(um)", "(dpa)"
_INITIALS = re.compile(r"^\((?:[a-zäöüß]{2,4}|[A-Z]{2,4})(?:/[a-zäöüß]{2,4}|/[A-Z]{2,4})*\)$")
# a post's tags: "#primi #ricette-di-montagna", "#coöperatief #2-4 spelers #Kleibord" (a tag of
# two words only among three tags or more)
_HASHTAGS = re.compile(
    r"^#[^\W_][\w-]*(?: [^\W\d_][\w-]*)?(?:\s+#[^\W_][\w-]*(?: [^\W\d_][\w-]*)?)+$"
)
_HASHED_LEVELS = re.compile(r"^\s*#\d{1,4}(?:\.\d{1,4})*\s*$")  # "#1", "#1.1.1"
# a federated community's address: "!balkonkraftwerk@lemmy.example", "bikes@radwelt.social"
# a community's figure and what it counts ("1.204 Abonnenten", "1 204 abonné·es", "3.1k
# members"; not a telephone number, "0171 2345678")
_FIGURE_WORD = re.compile(r"\d[\d.,  ]*[kKmM]?\s+[^\W\d_]")
_SUBREDDIT = re.compile(r"r/[A-Za-z0-9_]{2,21}")
# a subreddit's figure of its members, as its box shows it ("41.2k Members", "87 Active")
_MEMBERS = re.compile(
    r"[\d.,]+[kKmM]? (?:members|membri|mitglieder|membres|miembros|membros|leden|active|online)$",
    re.IGNORECASE,
)
_COMMUNITY_ADDRESS = re.compile(r"!?[\w.-]{2,40}@[\w-]+(?:\.[\w-]+)+")
_TITLED_EXCERPT = re.compile(r"\S\s[-–—]\s\[(?:…|\.\.\.)\]\s")
_SCORE_AFTER = re.compile(r"(.*\S)\s+-?\d{1,5}")  # a date, then the comment's score
_CRUMB_MARKS = frozenset("-–—|/»›>·•:")
_COUNT_FIGURE = re.compile(r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*")  # "14", "1 248", "2.418"
_ROUNDED = re.compile(r"^\d{1,3}(?:[.,]\d)?(?:[kKmM]| ?Tsd\.| ?Mio\.)$")  # "1,4k", "1,2 Tsd."
_BULLET_CHARS = "•●◦▪‣∙·○■□►▸"
# a poster's box's fields a list of people shows too ("Group: Compost"): a profile's only
# beside a count of posts (Invision Power Board 2's "Group: Member" / "Posts: 87")
_BOX_FIELDS = frozenset({"group", "status"})
# the marks Firefox copies a nested list's items with, a level each ("* ", "o ", "+ ", "# "),
# indented under the level above (a Lemmy thread's comments)
# a list's mark before a name on an indented line: Firefox's "* ", "o ", or an ordered list's
# number ("  1. Frauke", Twenty Twenty-Five's comments copied; the name's own "1." stays
# where the line is no list's: "1. Kieler Ruderclub")
_FIREFOX_MARK = re.compile(r"(?:[*o+#]|\d{1,3}\.) (?=\S)")
_BULLET = re.compile(r"^(?P<indent>\s*)[" + _BULLET_CHARS + r"]\s*(?=\S)")
_SENTENCE_END = SENTENCE_END
_DRAGNET_MARKER = re.compile(r"^\s*!@.{0,12}\s+COMMENTS\s*$")  # the Dragnet corpus's divider
_MENU_SPLIT = re.compile(r"\s+[|·•/–-]\s+|\t+|\s*[›»>‹]\s*|\s{3,}")
# a user name, not a word: "kaffee_und_kruemel", "jvdberg", "Feuerwehr_Kalle", "mo2024"
_REDDIT_BADGE = re.compile(r"\[(?:S|M|A|OP)\]$")  # submitter, moderator, admin
_REDDIT_USER = re.compile(r"[\w-]{3,20}")
_USER_NAME = re.compile(r"(?=\w*[_\d])\w{3,30}|[a-z][a-z.]{2,29}")
_MENU_HINT = re.compile(r"[|·•›»>‹\t]|\s[/–-]\s|\s{3}")
_BYLINE_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[–—/-]\s+")
_WORD = re.compile(r"[\w'’-]+")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
# "K.", "J.R.", and a user name that ends in one ("Heinz_K.")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_][\w-]*_[^\W\d_]\.$")
_CUT_NAME = re.compile(r"[^\W\d_]{2,3}\.$")
_DOMAIN_NAME = re.compile(r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([a-z]{2,6})")
# the endings of the domains a site's footer names itself by, not a library's ("Node.js")
_WEB_DOMAINS = frozenset(
    {"com", "net", "org", "info", "eu", "de", "at", "ch", "fr", "be", "lu", "es", "it", "pt",
     "br", "nl", "uk", "ie", "co", "us", "ca", "au", "blog", "news", "online", "site"}
)  # fmt: skip
# the first word of a newsletter box's heading, any inflection ("Subscribe to", "Abonneer je op")
_SUBSCRIBE_STEMS = ("subscri", "abonn", "suscr", "iscriv", "assin", "inscrev", "sign up")
# a reading time's figure and unit in any of the tables' wordings ("4 à 5 minutes")
_READING_TIME = re.compile(
    r"(?i)\b\d{1,3}(?:\s?(?:[-–]|à|a|bis|tot|to)\s?\d{1,3})?\s?"
    r"(?:min\.?|minutes?|minuten|minuti|minutos|mn)(?!\w)"
)
_BRACKETED = re.compile(r"\s*\([^()]*\)$")
# a photo's credit on a line of its own, a name and no year: "© Tobias Rehbein", "Foto: dpa"
_CREDIT_LINE = re.compile(
    r"(?:©|(?i:foto|fotos|photo|bild|fotografia|fotografía|imagen|beeld|credit)\s*:)"
    r"\s*[^\W\d][^\d]{1,50}"
    # an American paper's: "Ledger file photo", "Staff photo", "AP file photo"
    r"|(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} )?(?:[Ff]ile|[Ss]taff) [Pp]hoto"
)
# a comment's age as LinkedIn prints it under the writer's headline: "1 sem.", "6 d (editado)"
_COMPACT_AGE = re.compile(
    r"\d{1,2} ?(?:d|h|m|min|sem\.?|w|mo|a|j|t|g|u|mes|meses|J\.|Mon\.|Wo\.|Std\.)"
    r"(?: \((?:editado|edited|modifié|"
    r"bearbeitet|modificato|bewerkt)\))?"
)
# a LinkedIn connection's degree under a commenter's name ("• 2º", "• 3°+", "• 2nd") or
# beside it ("Lucas Andrade • 2º")
_DEGREE = re.compile(r"[•·] ?[123](?:º|°|st|nd|rd|e|\.)?\+?")
_DEGREE_BESIDE = re.compile(r"(.+?) " + _DEGREE.pattern)
# a numeric date with its year ("03/13/2024"): which of its first two numbers is the day
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/\d{4}(?!\d)")
_NAME_PARTICLES = frozenset({"&", "of", "the", "de", "der", "la", "el"})  # in a site's name


def _items_row(text: str) -> bool:
    """Short items a copy set apart by wide gaps: a menu ("Abo  Heft 03/2024  Anmelden")."""
    parts = _WIDE_GAP.split(text)
    return len(parts) >= 2 and all(len(p) <= 25 and len(p.split()) <= 3 for p in parts)


def _compound_word(text: str) -> bool:
    """ "Auto-hébergement", "Self-hosting": a capital word compounded with a lower-case one
    names a topic; the parts of a double name are capitals ("Jean-Pierre", "al-Sayed")."""
    head, _, tail = text.partition("-")
    return " " not in head and head[:1].isupper() and tail[:1].islower()


# the tables a line of each part is read against, for the quick test of whether any could match
_COMMENT_TABLES = ("footers", "pingbacks", "comment_trailers", "chrome", "boilerplate")
_HEADER_TABLES = ("comment_headers", "header_lines", "reply_to")
_HEAD_TABLES = (
    "bylines", "boilerplate", "navigation", "sites", "date_lines", "count_headers", "footers",
    "chrome", "related", "header_lines", "section_headings", "pingbacks", "titles", "notices",
)  # fmt: skip
_DIGIT = re.compile(r"\d")
# a name run into its date: "Anónimo9 de abril de 2024", "Lourdes M.10 de abril", "AlanMay 4, 2019"
_GLUED = (
    re.compile(r"^(?P<name>[^\d]{1,60}?(?:[^\W\d_]|\.))(?P<date>\d{1,2}\b.{4,60})$"),
    re.compile(r"^(?P<name>[^\d]{1,60}?[^\W\d_\s])(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}\b.{4,60})$"),
)
# a commenter's name of a few words, some in small letters, as one signs on Blogger ("Pedro el
# de la ermita", "Marie du moulin"): only where it runs into its date, a header's mark, and
# not closed by a short word ("Las flores salieron el13 de marzo …" is a sentence)
_NICKNAME = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?: [^\W\d_]+){0,4} [^\W\d_]{3,}")
_REPLY_SUBJECT = re.compile(r"(?i)(?:re|aw|rép|rif|antw)\s?:")  # "Re: TITLE", "AW: TITLE"
_NAMED_SIGNATURE = re.compile(r"(?:[^,–—]{1,30},\s+)?([^\W\d_]{3,})\s+[–—]\s+\S.{3,80}")
_INITIAL_END = re.compile(r"\s[A-ZÀ-Ý]\.$")  # a name closed by its initial: "Sandrine P."
_LEAD_IN = re.compile(r"([A-Z][A-Z’']+)\s+[A-Z]?[a-z]")  # "THE Friends of …", "CAMPAIGNERS have"
# a paragraph opened by the place it was written in, a dash after it: "Kelbach – ",
# "Bad Oberwald (dpa) – " (a dash, not a hyphen: "Kelbach-Nord" is a place's name)
_DATELINE_OPENING = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.]*){0,3}(?: \([\w/ ]{2,12}\))? [–—] [A-ZÀ-ÖØ-Þ]"
)
_LEAD_IN_LINE = re.compile(r"[A-ZÀ-Ý][^.!?]{10,80}\s?:")  # a list's lead-in: "Ce qui a changé :"
_HEADING_LIKE = re.compile(r"[A-ZÀ-Ý][^.!?:;,]{2,40}")  # a short heading: "What you need"
_ITEM_LIKE = re.compile(r"[a-zß-ÿ][^.!?:;]{2,80}[^\W_]\)?")  # "brass wool in a holder"
_PINGS_TAB = re.compile(r"(?:[*•-]\s*)?(?i:pingbacks?|trackbacks?)\s*\(?\d{1,4}\)?")
_CRUMB = re.compile(r" [›»] ")  # a breadcrumb's arrow between two of its items
_LEAD_IN_WORDS = frozenset({"THE", "AN", "IT", "IN", "ON", "AT", "AS", "BY", "FOR", "WHEN", "ONE"})
# a table of contents' toggle after its label ("Inhalt [Ausblenden]", "Contents (hide)")
_CONTENTS_TOGGLE = re.compile(r"\s*[\[(][^\])]{1,20}[\])]\s*$")
# its item's number or bullet ("2.1 ", "• "), which the subheading itself may not carry
_CONTENTS_MARK = re.compile(r"^(?:[-*" + _BULLET_CHARS + r"]\s*|\d+(?:\.\d+)*[.)]?\s+)")


# a table of contents' button to fold it, on a line of its own under its label
_CONTENTS_TOGGLES = frozenset(
    {"toggle", "hide", "show", "masquer", "afficher", "ausblenden", "einblenden", "ocultar",
     "mostrar", "nascondi", "mostra", "verbergen", "tonen", "esconder", "exibir"}
)  # fmt: skip


def _domain_line(text: str) -> bool:
    """A line that is a site's domain alone, as a reader view sets it ("lecho-ardennes.fr")."""
    return text.islower() and _DOMAIN_NAME.fullmatch(text) is not None


def _contents_item(line: str) -> str:
    return _CONTENTS_MARK.sub("", line.strip()).casefold()


_IMAGE_ALT = re.compile(r"\[[^\W\d_][^\]\[]{2,80}\]$")  # "[Visualisierung Endhaltestelle]"
_FORM_PARTS = re.compile(r"\]\s*\[")
_RULE_LINE = re.compile(r"[-_=─━═~*]{10,}$")  # a rule a copy drew in characters
# who no caption shows: "Something amazing happened", "Anyone wishing to help"
_NOT_NAMES = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "something",
     "everything", "nothing", "nobody", "none", "all", "those", "people", "parents"}
)  # fmt: skip
_PROFILE_FIELD = re.compile(r"\w+(?: \w+){0,2} ?: \S.{0,24}")  # "Registriert seit: Mai 2021"
_DOT_SPLIT = re.compile(r"\s+[·•]\s+")  # a header's parts: "NAME · DATE · TIME"
_WIDE_GAP = re.compile(r"(?<=\S)\s{2,}(?=\S)")
_GLUED_ANY = re.compile("|".join(re.sub(r"\?P<\w+>", "?:", p.pattern) for p in _GLUED))
# a line of digits, separators and invisible characters: a counter or a rule, not a text
_NO_WORDS = re.compile(r"^[\d\s.,:;·•∙|\-–—\u200b\u200c\u200d\u2060\ufeff]*$")
_CATEGORIES = re.compile(r"^\w[\w'’-]*(?: \w[\w'’-]*)?(?:, \w[\w'’-]*(?: \w[\w'’-]*)?)+$")
# (an old item's age is its date: "NAME on May 14, 2019 | parent | next [–]")
_HN_LINKS = re.compile(
    r"(?:\bago|\b(?:19|20)\d\d) \|(?: (?:root|parent|prev|next|context|on:)\b \|?)+"
)
# a deleted comment's header on Hacker News: its links and the toggle, no name (its age, or
# not: "5 hours ago | prev | next [–]", "parent | prev [–]")
_HN_NAMELESS = re.compile(
    r"(?:\d+ [a-z]+ ago \| )?(?:(?:root|parent|prev|next|context)(?: \| |\s+(?=\[)))+\[[–-]\]"
)
_PARENT_BUTTON = re.compile(r"\bparent\b", re.IGNORECASE)  # "(Message parent)", "save parent"
_CLOCK = re.compile(r"\d{1,2}[:h.]\d{2}\b")  # a time of day: "08:02", "8h02", "20.15"
_COUNT_SPLIT = re.compile(r"\s*[|·•\t]\s*|\s{2,}")  # the parts of a meta line
# bylines as read, remembered across documents: (rule, line) -> (author, site, date); a
# numeric date in one is read the same on every page (its language is not asked)
_BYLINES: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
_BODY_TABLES = (
    "related", "captions", "post_trailers", "footers", "bylines", "boilerplate", "pingbacks",
    "author_bios",
)  # fmt: skip
# the tables whose lines end the article or stand outside it: not a subheading of its own
_SECTION_ENDS = (
    "count_headers", "section_headings", "comment_headers", "header_lines", "chrome",
    "boilerplate", "navigation", "related", "footers", "post_trailers",
)  # fmt: skip
_ACTION_BULLETS = frozenset({"* "})  # a list of buttons, one a line (a text dump's bullets)
_SEPARATORS = frozenset("→•|›>·»<‹–—-↩↪")
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?")  # a time of day as a name's first word
_GLUED_TIME = re.compile(r"(\d{1,2}[:h.]\d{2})(?=[^\W\d_][^\W\d_])")  # "19:30Actualizado"
_GLUED_PLACE = re.compile(r"([^\W\d_]*[a-zß-ÿ])([A-ZÀ-Ý][a-zß-ÿ]+)$")  # "QuirósValdemira"
_COPYRIGHT_LINES = 200  # the page's last lines, where its footer stands
_NAME_PARTS = re.compile(r"[\s_.-]+")  # "Oliver_T", "Dr. M. Albrecht"
_TRAIL = re.compile(r"[^‹›»>]+(?: [‹›»>] [^‹›»>]+){2,}")  # "Home › Section › Board"


# -- what the reader reports ------------------------------------------------------------------


@dataclass(frozen=True)
class Dropped:
    """A source line left out of the text, and why: a rule's id ("en:boilerplate:12") or a
    reason of layout ("navigation before the title")."""

    line: int  # 1-based, in the decoded source
    text: str
    rule: str


@dataclass(frozen=True)
class Parse:
    """A document with what the reader left out on the way and what looked wrong."""

    document: Document
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None  # the language whose tables were read first
    pingbacks: int = 0


@dataclass
class _Meta:
    author: str | None = None
    site: str | None = None
    published: str | None = None
    declared: int | None = None
    site_in_byline: bool = False  # the site is the part after a byline's name
    # the date is a masthead's over the page (the day of the visit), which a byline's own
    # date under the title overrides ("Friday, March 15, 2024" / … / "March 14, 2024 NAME")
    masthead_date: bool = False


@dataclass
class _Header:
    """What a comment's header block says."""

    first: int  # its first and last line
    last: int
    author: str | None = None
    published: str | None = None
    parent_name: str | None = None
    parent_subject: str | None = None  # Drupal's "In reply to SUBJECT by NAME"
    level: int | None = None  # "level 3"
    # its level is the least it may be: Hacker News's "root | parent" under every reply
    # two levels down or more
    level_floor: bool = False
    # Hacker News's links to its siblings ("prev", "next"): the first reply has no "prev"
    siblings: frozenset[str] | None = None
    number: str | None = None  # "1.1."
    ref: str | None = None  # "commentaire n°18335": its own number
    parent_ref: str | None = None  # "En réponse au commentaire n°18331"
    dated: bool = False  # a date line, even a relative one ("2 years ago")
    value_next: bool = False  # the line above was a profile's label: this is its value
    parent_next: bool = False  # the line above was a reply's words alone: this is the name
    initial: str | None = None  # an avatar's letter over the name ("L" over "Lisa_M")
    arrowed: bool = False  # "↳ NAME · DATE": the arrow alone says it answers the thread above
    nameless: bool = False  # a deleted comment's header that shows no name (Hacker News)
    subject: int | None = None  # the line of the post's title under it
    # words under the name read as the forum's title for the user ("Apiculteur confirmé");
    # the name of one who posted above is whom it answers ("Gualtiero" / "Serena Pozzi")
    user_title: str | None = None


_QUOTE_HEADER_MAX = 80  # "Originally posted by NAME", "Zitat von NAME": short lines
_QUOTATION_STARTS = frozenset('>"“„«‚‘')
_AGREE = re.compile(r"\+1[!.]*")


def _named(reply: Hit) -> str | None:
    """Whom a reply line names, less the full stop after the name ("In reply to Dev R.")
    unless it is an initial's."""
    name = reply.get("parent")
    if name and name.endswith(".") and not _INITIAL.match(name.rsplit(None, 1)[-1]):
        name = name[:-1]
    return name


def _split_late(reply: Hit, text: str) -> tuple[str, str] | None:
    """A reply line's subject and name split at the last joining word, where the subject
    holds the word too ("In reply to Stand by the river by Lola F.": the rule's first split
    read "Stand" and "the river by Lola F.")."""
    title, parent = reply.get("title"), _named(reply)
    at = text.find(title)
    if not parent or at < 0:
        return None
    after = text[at + len(title) :].split(None, 1)
    joiner = f" {after[0]} " if after else ""
    if not joiner.strip() or joiner not in parent:
        return None
    before, name = parent.rsplit(joiner, 1)
    return f"{title}{joiner}{before}", name


_TRAILER_MAX = 60
_FIGURES = re.compile(r"\d+")


def _signed(line: str) -> str:
    """A signature line as it stays from post to post: its first field where it has
    several ("Woning: 1934 tussenwoning | Status: nog niks gesloopt")."""
    first = line.split(" | ", 1)[0]
    return _normal(first if len(first) >= 12 else line)


class _Earlier:
    """Normalised text as ``drop_quotation`` reads it (is there any, is a line in it):
    ``_normal(text)``, then ``" \n " + " ".join(map(_normal, texts))`` for each batch of
    ``texts`` added, made only when a line is looked for in it. Most replies that may open a
    quotation open none, and never look; most pages are never looked in at all."""

    __slots__ = ("_batches", "_raw", "_text")

    def __init__(self, text: str | TextBuilder = "") -> None:
        # not normalised yet; a builder's text is not even joined until a line is looked for
        # (a big file's whole text, copied for a quotation no reply holds)
        self._raw: str | TextBuilder | None = text
        # (pieces: a big file's comments are not copied whole at each look)
        self._text: PiecedText | None = None  # made at the first look
        self._batches: list[list[str]] = []

    def add(self, texts: list[str]) -> None:
        self._batches.append(texts)

    def __bool__(self) -> bool:
        if self._batches:
            return True
        if isinstance(self._raw, TextBuilder):
            return not self._raw.blank
        if self._raw is not None:  # (_normal leaves nothing only of spaces)
            return bool(self._raw) and not self._raw.isspace()
        return bool(self._text)

    def __contains__(self, part: str) -> bool:
        if isinstance(self._raw, TextBuilder):
            self._raw = self._raw.text
        if self._raw is not None:
            self._text, self._raw = PiecedText(_normal(self._raw)), None
        if self._batches:
            for texts in self._batches:
                self._text.add(" ".join(_normal(t) for t in texts))
            self._batches = []
        return part in self._text


# -- the reader ---------------------------------------------------------------------------------


class _HeldProbes(dict[int, Probe]):
    """A big file's reader's probes, a kilobyte each: at ``held`` of them, the oldest half
    go as the next is put in."""

    __slots__ = ("held",)

    def __init__(self, held: int) -> None:
        super().__init__()
        self.held = held

    def __setitem__(self, i: int, probe: Probe) -> None:
        if len(self) >= self.held:
            for k in list(itertools.islice(self, len(self) // 2)):
                del self[k]
        super().__setitem__(i, probe)


_SCRUBBER = re.compile(r"\d+ \w+ \d+ \w+")  # "6 sur 7 messages", as a chrome line
_COUNTER_LINE = re.compile(r"[^\W\d_]{3,20} ?: ?\d[\d.,]*")
_GREETING_WORDS = 6  # at most, in a post's greeting: "Bonjour à toutes et à tous,"


class _Reader:
    def __init__(
        self, text: str | Handover, rules: Rules, language: str | None, trace: bool
    ) -> None:
        handed = isinstance(text, Handover)  # a big file's, which no caller holds
        if handed:
            text = text.take()
        self.rules = rules
        # a line of zero-width spaces only (Discourse puts one under each like count) is blank
        # (without one in the text, no line is of them alone)
        invisible = any(map(text.__contains__, _ZERO_WIDTH))
        self.lines: Sequence[Line]
        if handed:  # a big file's lines, not held beside their stripped copies, nor all made
            strip = _visible_strip if invisible else str.strip  # before they are
            self.lines = StrippedLines(each_line(text), strip)
            self.strip = self.lines.stripped
        else:  # (a page's: two passes, not a Python call nesting another a line)
            self.lines = split_lines(text)
            self.strip = list(map(str.strip, map(_TEXT, self.lines)))
            if invisible:
                self.strip = list(map(_visible, self.strip))
        self.handed = handed
        self.trace = trace
        self.dropped: list[Dropped] = []
        self.warnings: list[str] = []
        self.pingbacks = 0
        self.text = text
        self.head = text[:_HEAD_TEXT]
        self.at_signs = "!@" in text  # (a dragnet's marker, looked for line by line if so)
        self._asks: bool | None = None  # (``asks_question``)
        if handed:  # what is asked of the whole text is asked now; its lines hold the rest
            self._asks = rules.signs_a_question(text)
            self.text = None
        self._language = language
        self._detected = language is not None
        # (a page's reader holds all its probes: a plain dict, asked nothing more)
        self._probes: dict[int, Probe] = _HeldProbes(_PROBES_HELD) if handed else {}
        self._hits: dict[tuple[str, int], Hit | None] = {}  # bylines, per line
        self._headers: dict[int, _Header | None] = {}
        self.subjects = 0  # comment subjects seen (Drupal sets one over each comment)
        self._seen = rules.seen_lines  # what the tables found in lines read before
        self._prose: list[bool | None] = [None] * len(self.lines)
        # the tables that could read each line (``Probe.cats``; none for a blank or long one)
        self._cats: list[frozenset[str] | None] = [None] * len(self.lines)
        self._consent: list[bool | None] = [None] * len(self.lines)  # a cookie banner's line
        self._shares: dict[str, bool] = {}  # share rows, by text
        self._menus: dict[str, bool] = {}  # menu lines, by text
        self.authors: set[str] = set()  # who has posted so far (quotations name them)
        self.contents: set[str] = set()  # the subheadings a table of contents lists
        self._dates_head: bool | None = None  # (``dates_head_said``, worked out once)
        self._lines_at: dict[str, list[int]] | None = None
        self.title = ""  # the page's title, normalised ("Re: TITLE" heads a forum's post)
        self.forum = False  # a thread whose opening post is the article
        self.opener = ""  # who wrote that post (normalised)
        # the page's name over its title: a comment widget repeats it ("Valdarena Oggi"),
        # and it is no commenter (nor "Oggi" a date)
        self.page_names: set[str] = set()
        self.writer_box: set[int] = set()  # the head's lines under the writer's picture
        self.label_values: set[int] = set()  # the head's values under their labels
        # the lines may go once the comments are read, before their quotations are looked
        # for (``comments_of``): a big file's, where nothing after asks for them
        self.let_go_early = False
        self._footer: str | object | None = _UNASKED  # (``footer_site``, once the lines go)

    def piece(self, i: int) -> Piece | None:
        """Line ``i`` stripped, as a piece: the stripped text the reader already holds, so
        that a big file's lines are not held a third time in its paragraphs."""
        stripped = self.strip[i]
        if not stripped:  # (blank, or zero-width spaces only: the line's own piece says)
            return self.lines[i].piece()
        text, start = self.lines[i]
        return stripped, start + text.find(stripped)

    def asks_question(self) -> bool:
        """Whether a line of the text says a question was asked ("asked 3 hours ago"): one
        scan of the page says whether it may be a Q&A thread."""
        if self._asks is None:
            self._asks = self.rules.signs_a_question(self.text)
        return self._asks

    def let_go(self) -> None:
        """Drop what the reader holds line by line, once read: a big file's text is joined
        next, and its lines, their probes and stripped copies need not be held beside it."""
        self.lines, self.strip, self._prose, self._cats, self._consent = [], [], [], [], []
        self._probes, self._hits, self._headers, self._lines_at = {}, {}, {}, None

    # The document's language is worked out when first needed: most pages never ask.
    @functools.cached_property
    def wrap_width(self) -> int | None:
        """The width a copy wrapped all its text at (a text browser's dump: 72 to 100
        characters), where its long lines all end there; None for one that is not."""
        lengths = sorted(len(t) for t in self.strip if len(t) >= 40)
        if len(lengths) < 10:
            return None
        width = lengths[len(lengths) * 9 // 10]
        return width if 60 <= width <= 100 else None

    @property
    def language(self) -> str | None:
        if not self._detected:
            self._language = self.rules.detect_language(self.head)
            self._detected = True
        return self._language

    @property
    def primary(self) -> frozenset[str] | None:
        """The tables read first: the document's language's, English's, common and site rules
        (None: every language's, when the language is not known)."""
        language = self.language
        if language in self.rules.languages:
            return frozenset({language, "en", "common", "site"})
        return None

    def order(self) -> str | None:
        """How the page writes a numeric date (dmy, mdy): asked only of an ambiguous one. The
        page's own unambiguous dates say it first ("03/13/2024": Drupal's default format is
        month first in any language), else its language's custom."""
        return self._page_order

    @functools.cached_property
    def _head_lines(self) -> frozenset[str]:
        """The page's first lines, as sets look them up (a magazine's "/m/NAME" up there)."""
        return frozenset(self.strip[:_HEAD_LINES])

    @functools.cached_property
    def _page_order(self) -> str | None:
        found = {
            "dmy" if int(m[1]) > 12 else "mdy"
            for line in self.strip
            if "/" in line and len(line) <= _SHORT
            for m in _NUMERIC_DATE.finditer(line)
            if (int(m[1]) > 12) != (int(m[2]) > 12)
        }
        if len(found) == 1:
            return found.pop()
        return self.rules.dates.orders.get(self.language or "")

    # -- asking the tables ----------------------------------------------------------------

    def probe(self, i: int) -> Probe:
        found = self._probes.get(i)
        if found is None:
            found = self._probes[i] = self.rules.probe(self.strip[i])
        return found

    def hit(self, category: str, i: int, *, primary: bool = False) -> Hit | None:
        """The entry of ``category`` that line ``i`` (stripped) matches, if it is short."""
        if category == "titles" and _SHORT < len(self.strip[i]) <= _TITLE_MAX:
            # (Reddit's run to 300, marked "(self.NAME)"; not a paragraph ending in a domain)
            text = self.strip[i]
            if "(self." not in text or not text.endswith(")"):
                return None
            return self.rules.match("titles", text)
        cats = self._cats[i]
        if cats is None:
            text = self.strip[i]
            short = text and len(text) <= _SHORT
            cats = self._cats[i] = self.probe(i).cats if short else _NO_TABLES
        if category not in cats:
            return None  # no entry of the table could match: most lines, most tables
        hits = self._seen.get((category, self.strip[i], None))  # remembered across documents
        if hits is None:
            hits = self.rules.matches(category, self.probe(i))
        if hits and primary:  # only then is the document's language worth knowing
            languages = self.primary
            hits = [h for h in hits if languages is None or h.rule.language in languages]
        return hits[0] if hits else None

    def drop(self, i: int, rule: str) -> None:
        if self.trace and self.strip[i]:
            self.dropped.append(Dropped(i + 1, self.strip[i], rule))

    def is_date_line(self, i: int, relative: bool = True) -> bool:
        text = self.strip[i]
        if relative and text[:2] in ("· ", "• ") and _COMPACT_AGE.fullmatch(text[2:]):
            return True  # a thread's compact age after its dot ("· 8 h", new Reddit's)
        if not text or len(text) > _SHORT or not self.probe(i).dated:
            return False  # no year and no word of a relative date: the common case
        return self.rules.dates.is_date_line(text, relative=relative)

    def furniture(self, i: int, *, region: str, menus: bool = True) -> str | None:
        """Why line ``i`` is page furniture in ``region`` (head, body, tail, comments)."""
        text = self.strip[i]
        if not text or len(text) > _SHORT:
            return None
        if text[0] == "#" and region != "comments" and _hashtags(text):
            return "tags"  # "#coöperatief #2-4 spelers #Kleibord": a post's tags
        primary = region == "body"
        hit = self.hit("boilerplate", i, primary=primary)
        if hit:
            return hit.rule.id
        hit = self.hit("pingbacks", i)
        if hit:
            self.pingbacks += 1
            return hit.rule.id
        if self.share_line(text) or self.in_share_column(i):
            return "share buttons"
        if region != "comments" and (hit := self.hit("ratings", i)):
            return hit.rule.id  # (a review's; a reader's own closing a comment is theirs)
        if region in ("head", "tail"):
            if region == "head" and self.contents_box(i, len(self.lines)):
                return None  # "Indice" over the subheadings: the body's, not a menu's item
            hit = self.hit("navigation", i)
            if hit:
                return hit.rule.id
            if menus and self.menu_line(text):
                return "menu line"
        if region == "body":
            foreign = self.hit("boilerplate", i)  # only another language's entry matched
            if foreign:
                self.warnings.append(
                    f"line {i + 1} reads as furniture in another language ({foreign.rule.id}) "
                    f"and was kept: {text[:60]!r}"
                )
        return None

    def share_line(self, text: str) -> bool:
        found = self._shares.get(text)  # (asked of a line again and again as it is read)
        if found is None:
            found = (
                self.rules.share_line(text)
                or self.rules.glued_buttons(text)
                or self.rules.glued_shares(text)
            )
            self._shares[text] = found
        return found

    def in_share_column(self, i: int) -> bool:
        """A share word alone ("X", "Link") in a column of share buttons, one a line: its
        neighbours in its block are share rows (one neighbour where it opens or ends the
        block)."""
        if not self.rules.share_words_only(self.strip[i]):
            return False
        above = i > 0 and bool(self.strip[i - 1]) and self.share_line(self.strip[i - 1])
        below = (
            i + 1 < len(self.strip)
            and bool(self.strip[i + 1])
            and self.share_line(self.strip[i + 1])
        )
        return (
            above
            and (
                below
                or i + 1 >= len(self.strip)
                or not self.strip[i + 1]
                or self.hit("boilerplate", i + 1) is not None  # ("X" / "Publicidad")
            )
        ) or (below and (i == 0 or not self.strip[i - 1]))

    def menu_line(self, text: str) -> bool:
        """A menu or breadcrumb: several short items between bars, tabs or arrows."""
        found = self._menus.get(text)
        if found is None:
            found = self._menus[text] = self._menu_line(text)
        return found

    def _menu_line(self, text: str) -> bool:
        if "  " in text:
            parts = _WIDE_GAP.split(text.strip())
            if all(  # "Aanmelden  Registreren": buttons a copy set apart
                self.rules.match("navigation", p) or self.rules.match("boilerplate", p)
                for p in parts
            ):
                return True
            if len(parts) >= 4 and all(
                len(p) <= 20
                and len(p.split()) <= 2
                and p[0].isupper()
                and (p[-1] not in ".!?" or "." in p[:-1])  # ("U.S.", "EE.UU.": no stop)
                for p in parts
            ):  # (not a sentence's words spaced out: "Start.  O'Hare  End.")
                return True  # a site's sections: "Cronaca  Economia  Sport  Montagna"
        if not _MENU_HINT.search(text):
            return False
        parts = [p for p in _MENU_SPLIT.split(text) if p.strip()]
        if len(parts) == 2 and _CRUMB.search(text):
            # a breadcrumb of two ("Região › Castro Remoinho"): a section and its part, a
            # name or two each
            return all(
                len(p.split()) <= 3 and p.strip()[:1].isupper() and not _SENTENCE_END.search(p)
                for p in parts
            )
        if len(parts) < 3:
            return False
        return all(
            len(p) <= 30 and len(p.split()) <= 4 and not _SENTENCE_END.search(p) for p in parts
        )

    # -- names and headers ------------------------------------------------------------------

    def name_like(self, text: str | None, *, strict: bool) -> bool:
        """Could this be a commenter's name? Strictly: a short name or a user name, nothing
        that reads as a sentence; loosely (after "says:"): anything short enough."""
        if not text:
            return False
        text = text.strip()
        if text.startswith("**") and text.endswith("**") and len(text) > 4:
            text = text[2:-2].strip()  # a name set in bold, in Markdown read as text
        if not text or len(text) > (60 if strict else 80) or not _LETTER.search(text):
            return False
        text = self.rules.handle(text) or text  # "dgrayling (Dana Grayling)"
        if len(text) > (40 if strict else 80):
            return False
        words = text.split()
        if ": " in text:
            return False  # a label and what it labels ("RELATED: Ferry fares … county says")
        if self.rules.match("removed", text) is not None:
            # "[deleted]", "Deleted member 4127", "utente eliminato": the name a taken-down
            # account's comments keep (not the text of a taken-down comment: "Comment
            # deleted by user", "Ce commentaire a été supprimé.")
            return text[:1] == "[" or text[-1:].isdigit() or len(words) <= 2
        if len(words) > (5 if strict else 10):
            return False
        if (
            _SENTENCE_END.search(text)
            and not _INITIAL.match(words[-1])
            # (a surname cut short: "Monika Str.", "Hans Sch.")
            and not (len(words) > 1 and words[-1][:1].isupper() and _CUT_NAME.match(words[-1]))
        ):
            return False
        if strict and len(words) > 1 and any(w[-1] in "!?" for w in words[:-1]):
            return False  # "Toller Bericht! 👍": an exclamation, an emoji after it
        if _CLOCK.fullmatch(words[0]):
            return False  # "19:32 Uhr": the time after a date's dash ("14.03.2024 – 19:32 Uhr")
        not_names = self.rules.not_names
        if words[0].lower() in not_names and not (not strict and self.titled_name(words)):
            return False  # "Posted by Kathy", "The council met on"
        if strict and any(w.lower() in not_names for w in words):
            return False
        if len(words) > 1 and (
            (strict and any(w in _SEPARATORS for w in words)) or sum(w.isdigit() for w in words) > 1
        ):
            return False  # "Gavin Moir → Rhona Cairns", "Le 9 mars 2019 à 10 h 12, Gilles"
        if not strict:
            return True
        if text.endswith((":", ",", ";")):
            return False
        if len(words) == 1:
            return True
        if len(words) <= 3 and all(w.isalpha() and w.islower() for w in words):
            return True  # "kenneth dawson", as some people sign
        if len(words) == 3 and words[1] in self.rules.name_joiners:
            return self.joined_name(words)
        particles = self.rules.name_particles
        for word in words:
            head = word[:1]
            if head.isupper() or head.isdigit() or not head.isalpha():
                continue
            if word.lower() in particles or "_" in word:
                continue
            if _INITIAL.match(word) and not word.islower():
                continue  # ("Förderverein Waldfreibad e.V.": a club's name and its form)
            return False
        return True

    def joined_name(self, words: list[str]) -> bool:
        """A given name, the joiner, a place: "Helmut aus Gerbach" (not "Grüße aus Bremen",
        a closing, nor a sentence's words)."""
        given, place = words[0], words[2]
        return (
            given[:1].isupper()
            and given.isalpha()
            and place[:1].isupper()
            and given.casefold() not in self.rules.closings
            and given.lower() not in self.rules.common_words
        )

    def titled_name(self, words: list[str]) -> bool:
        """A name that opens with an article, as a group's does ("Les Amis du Lumière", "The
        Friends of Saltmeadow Lido"): every word capitalised but its particles, and no
        byline's word among them."""
        particles = self.rules.name_particles
        return len(words) >= 2 and all(
            (w[:1].isupper() or w.lower() in particles) and w.lower() not in _BYLINE_WORDS
            for w in words
        )

    def blog_name(self, name: str) -> bool:
        """A blog's name, whose blog it is after a word or two ("Il salotto di Bice", "El
        rincón de Lola"), as a blog's owner signs a comment (its particle may be a byline's
        word): read only in Blogger's header, "NAME ha detto...", where "Il sindaco di Roma
        ha detto:" over his words does not stand."""
        words = name.split()
        return (
            3 <= len(words) <= 5
            and words[-2].lower() in self.rules.name_particles
            and words[-1][:1].isupper()
            and all(w.isalpha() and w.lower() not in _BYLINE_WORDS for w in words[:-2])
        )

    def header(self, i: int) -> _Header | None:
        """The comment header block that starts at line ``i``, if one does."""
        if i in self._headers:
            return self._headers[i]
        if self.by_scrubber(i):
            self._headers[i] = None
            return None  # ("Premier message" / DATE over "6 sur 7 messages": no comment's)
        found = None
        names = self.page_names  # (most pages name none: no line is normalised for them)
        # (not the line over a comment's replies, which names their writers: "1 Antwort von
        # Anna Weber", "von" as in a name)
        if self.hit("reply_toggles", i) is None and (
            not names
            or _normal(self.strip[i]) not in names
            or self.badged_below(i)
            or self.over_reply_line(i)
            # (or right under the toggle over the replies: the paper's own account answering)
            or (i and self.hit("reply_toggles", i - 1) is not None)
        ):
            found = self._header(i)  # (the site's name with "Mod" under it: its account)
        if found is not None and self.byline_blocks(i):
            found = None  # "Publicado" / DATE: an entry footer's parts, a block each
        if (
            found is not None
            and found.author
            and self.lines[i].indent
            and (mark := _FIREFOX_MARK.match(found.author)) is not None
            and self.strip[i].startswith(found.author)
        ):
            found.author = found.author[mark.end() :]  # "  o ana_pitanga": the list's mark
        self._headers[i] = found
        return found

    def numbered_header(self, i: int) -> bool:
        """A header as long as a sentence that gives its comment's number ("Posté par NAME
        le DATE — commentaire n°18331. Évalué à 18 (+18/-0).", LinuxFr's)."""
        if len(self.strip[i]) > _SHORT or not self.rules.opens_entry_of(
            self.strip[i], ("comment_headers",)
        ):
            return False
        hit = self.comment_header(self.probe(i))
        return hit is not None and bool(hit.get("ref"))

    def count_nearer(
        self, section: int, comments: list[_Comment], declared: int | None
    ) -> int | None:
        """A second count between the section's and the first comment, the comments' own:
        Disqus's reactions ("3 Reaktionen", votes for an emoji) come over "11 Kommentare"."""
        first = min((c.header_line for c in comments if c.header_line > section), default=None)
        if first is None:
            return declared
        for k in range(first - 1, max(section, first - 30), -1):
            hit = self.hit("count_headers", k)
            if hit is not None and (count := self.rules.number(hit.get("n"))) is not None:
                if any(
                    _PINGS_TAB.match(self.strip[m])
                    for m in (k - 1, k + 1)
                    if 0 <= m < len(self.lines)
                ):
                    # a tab of the comments beside one of the pingbacks (Hueman's
                    # "Kommentare8" / "Pingbacks1" under "9 Antworten"): the section's count
                    # holds both, as a declared count does
                    return declared
                return count
        return declared

    def invision_header(self, i: int) -> _Header | None:
        """Invision Community's post head, one block: the name over "Posted DATE", the name
        again over the poster's group, reputation, post count and badges, and "Posted
        DATE" once more (its last line, "(edited)" after it where it was)."""
        n = len(self.lines)
        name = self.strip[i]
        if i + 3 >= n or self.strip[i + 2] != name or len(name) > 40:
            return None
        posted = self.strip[i + 1]
        if not posted or (self.hit("date_lines", i + 1) is None and not self.is_date_line(i + 1)):
            return None
        for k in range(i + 3, min(i + 16, n)):
            if not self.strip[k]:
                return None
            if self.strip[k].startswith(posted):
                hit = self.hit("date_lines", i + 1)
                date = self.date_of(hit) if hit is not None else None
                return _Header(
                    i,
                    k,
                    author=self.rules.clean_author(name),
                    published=date or self.rules.dates.parse_date(posted, self.order),
                    dated=True,
                )
        return None

    def poster_over_posted(self, i: int) -> _Header | None:
        """Invision Community's post head copied a part a line: the poster's name (twice in
        some themes, the avatar's name over it), their group, reputation or post count and
        profile fields, then "Posted DATE" ("Posté(e) 3 novembre 2024", "Postado … (editado)"),
        and the topic starter's badge under it ("Auteur"). The group over a count alone on its
        line tells this head from a name over a date (a writer's box, a byline)."""
        name = self.strip[i]
        if not name or len(name) > 40 or not self.name_like(name, strict=True):
            return None
        if (
            self.hit("chrome", i) is not None
            or self.hit("boilerplate", i) is not None
            or self.rules.signup_call(name)  # "Join" over a sidebar's top posts
            or _ROUNDED.match(name)  # "18.6k" / "Members": a community's figures
        ):
            return None  # "Reply" under the comment above
        counted = False
        before = after = 0  # the lines over the count (the group) and under it (fields)
        k = i
        for _ in range(8):
            nxt = self.next_filled(k + 1, 3)  # (one blank line between parts, or two)
            if nxt is None or len(self.strip[nxt]) > 60:
                return None
            k = nxt
            text = self.strip[k]
            if text == name and k == self.next_filled(i + 1):
                continue  # the name again, under the avatar's
            if not counted and before == 0 and self.rules.badge_alone(text):
                continue  # the topic starter's badge over the group ("Autor" / "Mitglieder")
            if not counted and _COUNT_FIGURE.fullmatch(text):
                counted = True  # reputation, posts: "14", "1 248", "2.418"
                continue
            if (hit := self.hit("date_lines", k)) is not None or self.is_date_line(k):
                if not counted or before != 1 or hit is None:
                    # (no group over the count: a sidebar's "Members" / "41"; no "Posted"
                    # before the date: a book's title, author, pages and publication date)
                    return None
                last = k
                if (badge := self.next_filled(k + 1, 3)) is not None and self.rules.badge_alone(
                    self.strip[badge]
                ):
                    last = badge  # "Auteur": the topic's starter
                date = self.date_of(hit)
                return _Header(
                    i,
                    last,
                    author=self.rules.clean_author(name),
                    published=date or self.rules.dates.parse_date(text, self.order),
                    dated=True,
                )
            if counted:
                after += 1
            else:
                before += 1
            if before > 1 or after > 3:
                return None
            if self.is_prose(k):
                return None
        return None

    def pictured_header(self, i: int) -> _Header | None:
        """A comment's head that opens with its writer's picture's alternative text
        (LinkedIn's): "Ver el perfil de NAME, gráfico", then the name (with the connection's
        degree, "NAME • 2º", or "Autor" under it), their headline, and the comment's age
        ("1 sem.", "6 d (editado)")."""
        if len(self.strip[i]) > 120 or (hit := self.hit("profile_links", i)) is None:
            return None
        box = self.under_picture(i, hit)
        name = self.rules.clean_author(hit.get("author"))
        if box is None or not (
            self.strip[i + 1] != name or self.rules.badge_alone(self.strip[i + 2])
        ):
            return None  # (the connection's degree beside the name, or "Autor" under it)
        k = box.stop  # the date's line
        return _Header(
            i,
            k,
            author=name,
            published=self.rules.dates.parse_date(self.strip[k], self.order),
            dated=True,
        )

    def degree_header(self, i: int) -> _Header | None:
        """LinkedIn's comment head where the copy left the picture's words out: the name, the
        connection's degree beside it or under it ("NAME • 2º", "• 3°+") or "Autore" under
        it, the writer's headline, and the comment's age ("1 a", "11 m", "2w")."""
        n = len(self.lines)
        text = self.strip[i]
        if len(text) > 80 or i + 2 >= n:
            return None
        if (beside := _DEGREE_BESIDE.fullmatch(text)) is not None:
            name, start = beside.group(1), i + 1
        elif _DEGREE.fullmatch(self.strip[i + 1]) or self.rules.badge_alone(self.strip[i + 1]):
            name, start = text, i + 2
        else:
            return None
        if not self.name_like(name, strict=True):
            return None
        for k in range(start, min(start + 3, n)):
            if not self.strip[k]:
                return None
            if _COMPACT_AGE.fullmatch(self.strip[k]):
                return _Header(i, k, author=name, dated=True)
        return None

    def name_shown_twice(self, i: int) -> range | None:
        """The lines under a name shown twice (LinkedIn's head: the picture's link, then the
        name) down to a date under them ("Pubblicato il 14 mar 2024") or a subscribers count
        ("1.842 iscritti"), the writer's headline or the newsletter's pitch between."""
        n = len(self.lines)
        text = self.strip[i]
        if i + 3 >= n or self.strip[i + 1] != text or len(text) > 60:
            return None
        for k in range(i + 2, min(i + 5, n)):
            if not self.strip[k]:
                return None
            if (count := self.hit("footers", k)) is not None and count.get("n") is not None:
                return range(i + 1, k) if not _SENTENCE_END.search(text) else None
            if self.hit("date_lines", k) is not None:
                # (a word twice is a breadcrumb's last and the section's: "Kelbach")
                named = " " in text and self.name_like(text, strict=True)
                return range(i + 1, k) if named else None
        return None

    def under_picture(self, i: int, pictured: Hit) -> range | None:
        """The lines between the writer's picture's words and the date under them (their
        name, shown twice, and their headline), where the name follows the picture."""
        name = self.rules.clean_author(pictured.get("author"))
        n = len(self.lines)
        if not name or i + 2 >= n or not self.strip[i + 1].startswith(name):
            return None
        for k in range(i + 2, min(i + 6, n)):
            if not self.strip[k]:
                return None
            if (
                self.hit("date_lines", k) is not None
                or self.is_date_line(k)
                or _COMPACT_AGE.fullmatch(self.strip[k])
            ):
                return range(i + 1, k)
        return None

    def numbered_box(self, i: int) -> _Header | None:
        """A poster's box over the post's number and date (MyBB): the name, its group and
        stars, "Mensagens: 38" and such lines, then "#4" over "14/05/2024, 08:03"."""
        n = len(self.lines)
        name = self.strip[i]
        if len(name) > 40 or not self.name_like(name, strict=True):
            return None
        for k in range(i + 1, min(i + 12, n - 1)):
            text = self.strip[k]
            if not text or len(text) > 40:
                return None
            if _POST_NUMBER.match(text):
                if not self.is_date_line(k + 1):
                    return None
                return self.dated_header(i, k + 1, name)
            if not (
                not text.strip("*★☆")  # its stars
                or self.hit("chrome", k) is not None  # "Mensagens: 38"
                or (len(text.split()) <= 3 and not _DIGIT.search(text))  # its group
            ):
                return None
        return None

    def contents_box(self, i: int, n: int) -> list[int]:
        """A table of contents: its label ("Sommaire", "Inhalt") over the lines it lists, each
        of which comes again further down as a subheading of its own (the label with them)."""
        if len(self.strip[i]) > 40:
            return []  # (most lines: no label of a table of contents is this long)
        label = _CONTENTS_TOGGLE.sub("", self.strip[i]).rstrip(" :").casefold()
        if label not in self.rules.contents_labels:
            return []
        if self._lines_at is None:  # each line where it stands, read once for the page
            self._lines_at = {}
            for k, line in enumerate(self.strip):
                if line and len(line) <= _SHORT:
                    self._lines_at.setdefault(_contents_item(line), []).append(k)
        # its items: the lines set as the first one is (indented, numbered or bulleted, else
        # the block under the label), every one of which must come again
        box = [i]
        k = i + 1
        while k < n and not self.strip[k]:
            k += 1
        if k < n and self.strip[k].casefold().strip("[]() ") in _CONTENTS_TOGGLES:
            box.append(k)  # its button to fold it ("Toggle", "[masquer]")
            k += 1
            while k < n and not self.strip[k]:
                k += 1
        if k >= n:
            return []
        indent, marked = self.lines[k].indent, bool(_CONTENTS_MARK.match(self.strip[k]))
        plain = not indent and not marked
        listed: set[str] = set()
        while k < n:
            if not self.strip[k]:
                if plain:
                    break
                k += 1
                continue
            if (
                self.lines[k].indent != indent
                or bool(_CONTENTS_MARK.match(self.strip[k])) != marked
            ):
                break
            item = _contents_item(self.strip[k])
            if item in listed and len(box) > 2:
                break  # the first subheading it lists, right under it
            if not item or not any(m > k for m in self._lines_at.get(item, ())):
                return []
            listed.add(item)
            box.append(k)
            k += 1
        items = [
            m for m in box[1:] if self.strip[m].casefold().strip("[]() ") not in _CONTENTS_TOGGLES
        ]
        if not items:
            return []
        self.contents.update(_contents_item(self.strip[k]) for k in items)
        return box

    def date_over_said(self, i: int) -> bool:
        """A date line right over "NAME said…" (Blogger's "hat gesagt…", "a dit…"), under a
        comment's text: the date Blogger sets after the text it closes, not the next header's
        first line."""
        n = len(self.lines)
        if i + 1 >= n or not self.strip[i + 1] or not self.is_date_line(i, relative=False):
            return False
        said = self.strip[i + 1]
        if said[-1] not in ":…." or len(said) > _SHORT:
            return False
        if not self.said_header(i + 1) or self.dates_head_said():
            return False
        k = i - 1
        while k >= 0 and not self.strip[k]:
            k -= 1
        return k >= 0 and k < i - 1 and self.header(k) is None and not self.is_date_line(k)

    def said_header(self, j: int) -> bool:
        """ "NAME said…", "NAME hat gesagt…": a header that names its writer and no date."""
        said = self.strip[j]
        if not said or said[-1] not in ":…." or len(said) > _SHORT:
            return False
        hit = self.comment_header(self.probe(j))
        return hit is not None and bool(hit.get("author")) and not hit.get("date")

    def dates_head_said(self) -> bool:
        """The page's first "NAME said…" has a date line right over it: its dates head their
        comments ("June 18, 2022 at 9:14 pm" / "Brenda Collis says:"), not close them."""
        if self._dates_head is None:
            first = next((j for j in range(1, len(self.strip)) if self.said_header(j)), None)
            self._dates_head = first is not None and self.is_date_line(first - 1, relative=False)
        return self._dates_head

    def name_and_date(self, i: int, meta: _Meta) -> bool:
        """A name and a date on one line under a crawl's title ("Sanne Bosman 22-01-24,
        06:00"): the byline, read into ``meta``; a comment header's shape, which over the
        article of a page whose title is known no comment has."""
        if len(self.strip[i]) > _SHORT or self.is_prose(i):
            return False
        hit = self.comment_header(self.probe(i))
        if hit is None or not hit.get("author") or not hit.get("date"):
            return False
        author = hit.get("author")
        date = self.date_of(hit)
        if date is None or not self.name_like(author, strict=True):
            return False
        meta.author = meta.author or self.rules.clean_author(author)
        meta.published = meta.published or date
        self.drop(i, "byline (a name and a date)")
        return True

    def name_over_profile(self, i: int) -> _Header | None:
        """A poster's name over their status, their box and the post's subject, the post's
        date and number closing it, blank lines between (Kunena's: NAME / "Offline" //
        "Junior Mitglied" / "Beiträge: 41" / "Dank erhalten: 6" // "Re: SUBJECT" /
        "14 Mär 2024 20:31 #2234")."""
        n = len(self.lines)
        text = self.strip[i]
        if not (len(text) <= 40 and ":" not in text and i + 4 < n and self.strip[i + 1]):
            return None  # (not a field of an attachment's box: "Grootte:\t184,3 KB" / "ID: 1")
        if self.hit("chrome", i + 1) is None or not self.name_like(text, strict=True):
            return None  # (its status right under it: "Offline")
        if self.hit("header_lines", i) is not None or self.hit("chrome", i) is not None:
            return None
        others = 0  # (its rank, "Junior Mitglied", and the post's subject)
        for k in range(i + 2, min(n, i + 14)):
            line = self.strip[k]
            if not line:
                continue
            dated = self.hit("header_lines", k)
            if dated is not None and _POST_NUMBER_AFTER.search(line):
                published = self.date_of(dated) if dated.get("date") else None
                return _Header(
                    i, k, author=self.rules.clean_author(text), published=published, dated=True
                )
            if (
                self.hit("chrome", k) is not None
                or self.hit("header_lines", k) is not None
                or self.rules.badge_alone(line)
                or _PROFILE_FIELD.fullmatch(line)
            ):
                continue
            if others == 2 or self.is_prose(k) or len(line) > _TITLE_MAX:
                return None
            others += 1  # (the first post's subject is the topic's title again)
        return None

    def name_and_status_over_profile(self, i: int) -> _Header | None:
        """A poster's name with their status on its line, over their rank, stars and box,
        the post's number alone over its date closing it (MyBB's, copied by Firefox: NAME
        "   Offline" / "Membro Júnior" / "**" // "Mensagens: 23" / … // "#1" /
        "14-03-2024, 19:47")."""
        n = len(self.lines)
        found = _NAME_AND_STATUS.fullmatch(self.strip[i])
        if found is None or self.rules.match("chrome", found.group(2)) is None:
            return None
        if self.numbered_lines < 2:
            return None  # (a thread's posts, each numbered; not a status list in an article)
        name = found.group(1)
        if not self.name_like(name, strict=True):
            return None
        for k in range(i + 1, min(n, i + 18)):
            line = self.strip[k]
            if not line.strip("*★☆") or _PROFILE_FIELD.fullmatch(line):  # (its stars, "**")
                continue
            if _POST_NUMBER.match(line):
                dated = self.next_filled(k + 1, 2)
                if dated is None or not self.is_date_line(dated):
                    return None
                return _Header(
                    i,
                    dated,
                    author=self.rules.clean_author(name),
                    published=self.rules.dates.parse_date(self.strip[dated], self.order),
                    dated=True,
                )
            if self.is_prose(k) or len(line) > 40:
                return None  # (its rank, "Membro Júnior", a few words)
        return None

    def name_over_rank(self, i: int) -> _Header | None:
        """A name alone, a blank line, then the poster's rank over the date and the post's
        number ("Bzzz_Alain" // "Nouveau membre" / "14 oct. 2024" / "#1"): XenForo copied
        from a phone, the name set apart from the rest of its header."""
        n = len(self.lines)
        text = self.strip[i]
        if not (i + 3 < n and not self.strip[i + 1] and self.strip[i + 2] and len(text) <= 40):
            return None
        if not self.name_like(text, strict=True) or self.hit("header_lines", i + 2) is None:
            return None
        if not self.is_date_line(i + 3) or self.hit("header_lines", i) is not None:
            return None  # (its date may be relative: "Hier à 21:14")
        last = i + 3
        while last + 1 < n and _POST_NUMBER.match(self.strip[last + 1]):
            last += 1  # "#1"
        if last == i + 3:
            return None  # (no post's number: a writer's box, "NAME" // "Contributor" / DATE)
        published = self.rules.dates.parse_date(self.strip[i + 3], self.order)
        return _Header(
            i, last, author=self.rules.clean_author(text), published=published, dated=True
        )

    def previous_filled(self, i: int) -> int | None:
        """The last line before ``i`` with text."""
        return next((k for k in range(i - 1, -1, -1) if self.strip[k]), None)

    @functools.cached_property
    def numbered_lines(self) -> int:
        """How many lines are a post's number alone ("#2"): the posts of a forum's copy."""
        return sum(1 for line in self.strip if _POST_NUMBER.match(line))

    def block_end(self, i: int) -> int:
        """The first blank line from line ``i`` (or the end): where its block ends."""
        return next((k for k in range(i, len(self.strip)) if not self.strip[k]), len(self.strip))

    def next_filled(self, i: int, within: int | None = None) -> int | None:
        """The first line from ``i`` with text (among the next ``within``)."""
        end = len(self.strip) if within is None else min(i + within, len(self.strip))
        return next((k for k in range(i, end) if self.strip[k]), None)

    def footer_site(self) -> str | None:
        """The site's name where the page's head gave none: its footer's "Motostoriche.it – Il
        forum delle moto d'epoca italiane", a domain over its tagline."""
        if self._footer is not _UNASKED:  # (asked before the lines went: ``comments_of``)
            return self._footer
        for i in range(len(self.strip) - 1, max(-1, len(self.strip) - 40), -1):
            text = self.strip[i]
            name = _without_tagline(text)
            found = _DOMAIN_NAME.fullmatch(name) if name != text else None
            if found and found.group(1).lower() in _WEB_DOMAINS:  # ("Node.js – …" is none)
                return name
            # (or a forum's name over its tagline: "Fórum Motorizadas Clássicas – desde 2006,
            # a trocar peças e conselhos")
            words = name.split() if name != text and len(name) <= 60 else []
            if (
                len(words) >= 2
                and _FORUM_WORDS & {words[0].casefold(), words[-1].casefold()}
                # (the page's foot: no prose under it, and no item of a list of such lines,
                # "Forum Romanum – ingresso compreso …" among a tour's stops)
                and not any(self.is_prose(k) for k in range(i + 1, len(self.strip)))
                and not any(
                    k is not None and _without_tagline(self.strip[k]) != self.strip[k]
                    for k in (self.previous_filled(i), self.next_filled(i + 1))
                )
            ):
                return name
        return None

    def badged_below(self, i: int) -> bool:
        return i + 1 < len(self.lines) and self.rules.badge_alone(self.strip[i + 1])

    def headless_removed(self, i: int) -> bool:
        """Line ``i``, between comments, is what a taken-down comment shows, with the next
        comment's header right under it: a comment of its own, with no name."""
        if len(self.strip[i]) > 120 or self.hit("removed", i) is None:
            return False
        k = self.next_filled(i + 1, 3)
        while k is not None and self.hit("boilerplate", k) is not None:  # ("Avatar")
            k = self.next_filled(k + 1, 2)
        return k is not None and self.header(k) is not None

    def over_reply_line(self, i: int) -> bool:
        """A short line over the one that says whom its comment answers, over the date
        ("Le Rucher du Coteau" / "Répondre à  Josiane R." / "Il y a 1 année", wpDiscuz's):
        a commenter's name, whatever words it is made of (a blog's own account's)."""
        text = self.strip[i]
        if not (0 < len(text) <= 40 and len(text.split()) <= 5 and text[-1] not in ".!?:;,…"):
            return False
        if i + 2 >= len(self.lines) or (reply := self.hit("reply_to", i + 1)) is None:
            return False
        return self.name_like(_named(reply), strict=False) and self.is_date_line(i + 2)

    def reply_line_apart(self, i: int) -> _Header | None:
        """The name, whom the comment answers and its date, a blank line between each, as
        a crawl's Markdown sets a comment widget's lines ("**Kerry Tregunna**" // "In reply
        to TrevorOfFenny" // "12 Mar 2024, 20:03")."""
        n = len(self.lines)
        text = self.strip[i]
        if not (0 < len(text) <= 60) or i + 4 >= n or self.strip[i + 1] or self.strip[i + 3]:
            return None
        if not self.strip[i + 2] or (reply := self.hit("reply_to", i + 2)) is None:
            return None
        if not (self.is_date_line(i + 4) and (i + 5 >= n or not self.strip[i + 5])):
            return None
        name = text
        shown = self.lines[i].text.strip()  # (as the file has it: Markdown's marks kept)
        if shown.startswith("**") and (end := shown.find("**", 2)) > 2 and shown[2:end] in text:
            name = shown[2:end]  # "**Hannah Pengelly** _Reporter_": the name in bold
        if name[-1] in "!?:;,…" or not self.name_like(name, strict=True):
            return None  # (a letter's headline over "In reply to Councillor Green": no name)
        if name[-1] == "." and not _INITIAL.match(name.split()[-1]):
            return None  # (a sentence; not a name with its initial, "Josiane B.")
        return _Header(
            i,
            i + 4,
            author=self.rules.clean_author(name),
            published=self.rules.dates.parse_date(self.strip[i + 4], self.order),
            parent_name=_named(reply),
            dated=True,
        )

    def dated_furniture(self, i: int) -> bool:
        """A line of furniture that holds a date, which a name over a date could read as a
        header ("Gesloten op mei '24", Discourse's note where a topic was closed)."""
        hit = self.hit("boilerplate", i)
        return hit is not None and hit.rule.dated

    def _header(self, i: int) -> _Header | None:
        n = len(self.lines)
        text = self.strip[i]
        if not text or self.share_line(text):  # "Deel dit:" names no one
            return None
        if self.dated_furniture(i):
            return None  # "Gesloten op mei '24": where the topic was closed, no one's name
        if (
            i
            and self.strip[i - 1].casefold().rstrip(":") in self.rules.profile_labels
            and self.hit("signatures", i - 1) is None  # (SMF's "Registrato" ends a post)
            # (set in under its label; not a comment section's heading over the first name,
            # "Réactions" / "Sylvie Marchand")
            and self.lines[i].indent > self.lines[i - 1].indent
        ):
            return None  # a profile label's value ("Ort" / "    Kassel-Land"), not a name
        if len(text) <= 20 and self.hit("signatures", i) is not None:
            return None  # SMF's "Logged" over the next poster's name: the post's end
        if "," in text and self.rules.signed_closing(text):
            return None  # "Viele Grüße, Ihr VGN-Team": a post's last line, over its buttons
        if self.is_prose(i) and not self.numbered_header(i):
            return None
        if self.button_in_column(i):
            return None  # "Suivre" under "Sauvegarder", over the next comment's "niveau 2"
        if self.date_over_said(i):
            return None  # the comment above's date, set after its text (Blogger's)
        if self.hit("quote_headers", i) is not None and not self.comment_header(self.probe(i)):
            return None  # "Zitat von NAME ↑" over the quoted post's date: a quotation's head
        if _HN_NAMELESS.fullmatch(text):
            # a deleted comment on Hacker News ("parent | prev [–]" over "[deleted]")
            words = text.replace("|", " ").split()
            header = _Header(i, i, nameless=True)
            header.level = (
                3 if "root" in words and "parent" in words else 2 if "parent" in words else 1
            )
            header.level_floor = header.level > 1
            header.siblings = frozenset(words) & {"prev", "next"}
            return header
        probe = self.probe(i)
        if (
            invision := self.invision_header(i)
            or self.poster_over_posted(i)
            or self.numbered_box(i)
            or self.name_over_profile(i)
            or self.name_and_status_over_profile(i)
        ) is not None:
            return invision
        if (pictured := self.pictured_header(i) or self.degree_header(i)) is not None:
            return pictured
        if (answering := self.reply_line_apart(i)) is not None:
            return answering
        if self.hit("date_lines", i) is not None and not self.date_first(probe):
            return None  # "Startdatum 9 jan 2024", "Published: DATE": a label, no name
        if i + 2 < n and not self.strip[i + 1] and self.strip[i + 2] == text and len(text) <= 40:
            # the name under the avatar, then the header that names them again (XenForo)
            below = self.header(i + 2)
            return replace(below, first=i) if below is not None and below.author else None
        if (ranked := self.name_over_rank(i)) is not None:
            return ranked
        if (apart := self.name_date_apart(i)) is not None:
            return apart
        if (
            i + 2 < n
            and not self.strip[i + 1]
            and self.lines[i + 2].indent > self.lines[i].indent
            and len(text) <= 40
            and " " not in text
            and self.name_like(text, strict=True)
            and self.hit("chrome", i) is None  # ("Beantwoorden" over an indented reply)
            and not self.head_furniture(i)
            and (below := self.header(i + 2)) is not None
            and below.dated
            and any(
                self.profile_line(k) or not self.strip[k].strip("*★☆")
                for k in range(below.first, below.last + 1)
            )  # (its box: "Post: 412", "****"; not a sign-off over an indented reply)
        ):
            # SMF copied: the user name, a blank line, then their box indented under it
            # (rank, stars, "Post: 412"), the post's subject and "« il: DATE »"
            return replace(below, first=i, author=self.rules.clean_author(text))
        if (
            (_NUMBER_ONLY.match(text) or _HASHED_LEVELS.match(text))
            and i + 1 < n
            and self.strip[i + 1]
            and self.lines[i].indent == self.lines[i + 1].indent
        ):
            # "1.1" (or "#1.1") over "Name sagt:": the number nests the comment the next
            # line heads
            if "." not in text and self.hit("quote_headers", i + 1) is not None:
                return None  # "#3" / "Fabrice_67 a dit :": a post's number over a quotation
            below = self.header(i + 1)
            if below is None or below.number:
                return None
            numbered = replace(below, first=i, number=text.strip().lstrip("#"))
            return numbered
        if not (
            self.rules.may_match(_HEADER_TABLES, probe)
            or self.name_like(text, strict=True)
            or self.badged_name(text)
            or probe.dated
            or self.group_name(i, first=True)
            or _GLUED_ANY.match(text) is not None
            or self.name_over_date(i)
            or self.over_reply_line(i)
        ):
            return None
        # the run of header-like lines from i on (no blank line inside a header block)
        header = _Header(i, i)
        signal = False
        names: list[str] = []
        j = i
        while j < n and self.strip[j]:
            text = self.strip[j]
            if len(text) > _SHORT:
                break
            kind = self.header_line(j, header, names)
            if kind is None:
                break
            signal = signal or kind == "signal"
            header.last = j
            j += 1
            if kind == "signal" and header.author and header.published:
                # the header proper is complete; only date, badges and reply lines may follow
                while j < n and self.strip[j] and self.header_line(j, header, None) == "part":
                    header.last = j
                    j += 1
                break
        if (header.author or names) and not header.dated and (k := self.post_date_below(j)):
            # SMF: the poster's box (status and name, rank, stars, "Posts: N", a motto), a
            # blank line, the post's subject, then "« Reply #1 on: DATE »"
            header.published = self.rules.dates.parse_date(self.strip[k], self.order)
            header.dated = signal = True
            header.last = k
        if (
            (header.author or names)
            and not header.dated
            and j - i == 1
            and (k := self.spaced_parts(j, self.lines[i].indent)) is not None
        ):
            # Lemmy crawled: the name, then a block each its fold, its score and its age
            # ("mehlwurm MOD" / "[-]" / "14" / "vor 3 Tagen")
            header.published = self.rules.dates.parse_date(self.strip[k], self.order)
            header.dated = signal = True
            header.last = k
        if not signal and names and not header.dated and self.profile_then_date(i, j):
            # XenForo: the poster's name and profile ("Joined" / "Messages" …), a blank line,
            # then the post's date and number ("14 Feb 2023" / "#1")
            k = self.date_after_profile(j) or j + 1
            header.published = self.rules.dates.parse_date(self.strip[k], self.order)
            header.dated = True
            while k + 1 < n and _POST_NUMBER.match(self.strip[k + 1]):
                k += 1  # "#1"
            if k + 2 < n and not self.strip[k + 1] and _POST_NUMBER.match(self.strip[k + 2]):
                k += 2  # (a copy of an indented one: a blank line over it)
            header.last = k
        if not signal:
            if names and (header.dated or header.level is not None):
                header.author = header.author or self.first_name(names, header.initial)
                signal = True
            elif (
                not names
                and header.level is not None
                and header.dated
                and j < n
                and self.hit("removed", j) is not None
            ):
                # a deleted account's comment with a reply under it: its level and age, no
                # name ("level 2" / "· 7 h" / "Comentario eliminado por el usuario")
                header.nameless = True
                return header
            else:
                return None
        if header.author is None and names:
            header.author = self.first_name(names, header.initial)
        if (
            header.level is None
            and (links := _HN_LINKS.search(self.strip[header.first]))
            and not self.nests_by_indent(header)  # (a copy that kept the indents nests so)
        ):
            # Hacker News copied without its indents: "root | parent" under a reply's reply,
            # "parent" under a reply, neither under a comment on the story
            words = links.group(0).split()
            header.level = (
                3 if "root" in words and "parent" in words else 2 if "parent" in words else 1
            )
            header.level_floor = header.level > 1
            header.siblings = frozenset(words) & {"prev", "next"}
        if (
            len(names) == 2
            and header.parent_name is None
            and _normal(names[0]) == _normal(header.author or "")
            and any(self.strip[m] in ("•", "·") for m in range(header.first, header.last + 1))
        ):
            header.parent_name = names[1]  # Disqus: the name it answers under the author's
        if self.post_subject(header, j):
            header.subject = j  # vBulletin: the post's title under the poster's box
            header.last = j
        if header.author is not None:
            header.author, parent = self.reply_pair(header.author)
            header.parent_name = header.parent_name or parent
            if (
                (numbered := _NUMBERED.match(header.author))
                and header.author[numbered.end() :]
                and (listed := _NUMBERED.match(self.lines[header.first].text)) is not None
                and header.first + 1 < len(self.lines)
                and self.lines[header.first + 1].indent == listed.end()
            ):
                # a list's number over the date line set under the name, a browser's copy
                # of an <ol> of comments ("  1. Bernadette L." / "     15 mai 2024"): no
                # part of the name (a club's "1. FC Kirchbrunn" over its date is)
                header.author = header.author[numbered.end() :].strip()
        header.author = self.rules.clean_author(header.author)
        return header

    def credited_above(self, i: int) -> bool:
        """A photo's credited caption stands a line or two over line ``i`` ("Fachada del
        mercado. LA VOZ" over "Lucía Barrantes" / "Valdecea" / "14/05/2024 - 08:02h"): a
        news page's byline, not a forum thread's title over its opening post's header."""
        return any(
            self.strip[k]
            and (_credited(self.strip[k]) or _capital_credit(self.strip[k]))
            and self.long_caption(k) is not None
            for k in range(max(0, i - 2), i)
        )

    def nests_by_indent(self, header: _Header) -> bool:
        """A copy that kept the thread's indents before the header (spaces), not the table
        cells' tabs before every header over text at the margin, as Hacker News copies on
        some browsers."""
        line = self.lines[header.first]
        indent = line.indent
        if indent == 0:
            return False
        if line.text[: len(line.text) - len(line.text.lstrip())].strip("\t"):
            return True  # (spaces: an indent of the thread's)
        below = self.next_filled(header.last + 1)
        return below is None or self.lines[below].indent >= indent

    def masthead(self, i: int) -> bool:
        """The site's name over its menu row ("Wexcombe Evening Post" / "Subscribe  Sign in"),
        or over its tagline and the menu, not a button of the cookie banner above it:
        capitalised words no table knows."""
        words = self.strip[i].split()
        lower = [w for w in words if not (w[0].isupper() or w in _NAME_PARTICLES)]
        if not 2 <= len(words) <= 5 or len(lower) > 1:
            return False
        if lower and (
            len(words) > 4 or not words[0][0].isupper() or self.rules.consent_ask(self.strip[i])
        ):
            return False  # one word in lower case after a capital: "L'Écho national" (not
            # a banner's button, "Tout accepter")
        below = [m for m in (i + 1, i + 2) if m < len(self.lines)]
        return (
            (
                any(self.menu_line(self.strip[m]) or _items_row(self.strip[m]) for m in below)
                # or a menu a line an item, the site's own buttons ("S'abonner" / "Se connecter")
                or (
                    len(below) == 2
                    and all(self.hit("navigation", m) or self.hit("boilerplate", m) for m in below)
                )
            )
            and self.hit("chrome", i) is None
            and self.hit("boilerplate", i) is None
        )

    def post_subject(self, header: _Header, j: int) -> bool:
        """Line ``j``, right under a header that holds a poster's profile ("Registriert
        seit" / "03.2021"), is the post's title over a blank line, not its first words."""
        n = len(self.lines)
        if header.author is None or j != header.last + 1 or j + 1 >= n:
            return False
        text = self.strip[j]
        if not text or len(text) > _SHORT or self.is_prose(j) or text[-1] in ",:;":
            return False
        if self.strip[j + 1] and not self.topic_title(text, header.first):
            return False  # (its text right under it: the thread's title again, FluxBB's)
        if len(text.split()) < 3 and not _REPLY_SUBJECT.match(text):
            return False
        if self.greeting(j) or ("," in text and text[-1] == "."):
            return False  # "Boa noite, pessoal.": the post's first words, not its subject
        labels = self.rules.profile_labels
        return any(
            self.strip[m].casefold().rstrip(":") in labels
            or (self.strip[j + 1] and self.profile_line(m))  # ("Inscription : 2019-06-02")
            for m in range(header.first, j)
        )

    def topic_title(self, text: str, end: int) -> bool:
        """``text`` ends a line of the page's head, over line ``end``: the topic's title, which
        its breadcrumb closes ("Index » Imprimantes et scanners » TITLE"), or "Re : TITLE"."""
        title = (
            _REPLY_SUBJECT.sub("", text, count=1).strip() if _REPLY_SUBJECT.match(text) else text
        )
        return len(title) >= 10 and any(
            self.strip[m].endswith(title) and self.strip[m] != text
            for m in range(min(end, _HEAD_LINES))
        )

    def spaced_parts(self, j: int, indent: int) -> int | None:
        """The line of a comment's age a few blocks under its name's line, which ends at
        line ``j``, where only its fold ("[-]") and its score stand between, a block each, at
        the name's indent (a name over a bare date a block apart is also a sign-off over the
        next comment's date, Blogger's)."""
        parts = 0
        for _ in range(4):
            if j >= len(self.lines) or self.strip[j]:
                return None
            k = self.next_filled(j, within=2)
            if k is None or self.lines[k].indent != indent:
                return None
            text = self.strip[k]
            if text in _FOLDS or (_NUMBER_ONLY.match(text) and "." not in text):
                parts += 1
            elif parts and self.is_date_line(k):
                return k
            else:
                return None
            j = k + 1
        return None

    def post_date_below(self, j: int) -> int | None:
        """The line of a post's date a box further down ("« Reply #1 on: DATE »" under the
        subject), where the poster's box ends at line ``j`` (a motto or two may close it)."""
        n = len(self.lines)
        k = j
        while k < n and self.strip[k] and k - j < 2 and len(self.strip[k]) <= 100:
            k += 1
        if k + 1 >= n or self.strip[k]:
            return None
        k += 1  # the blank line; the subject, then the date
        for _ in range(3):  # (the poster's stats a block of their own, or a block each)
            m = k
            while (
                m < n
                and self.strip[m]
                and (
                    self.profile_line(m)
                    # (SMF 2's rank and stars, a block each in Chrome's copy: "Nieuw lid" /
                    # "" / "*" / "Berichten: 14")
                    or (
                        self.hit("header_lines", m) is not None
                        and not _READING_TIME.search(self.strip[m])  # (a reader view's)
                    )
                    or not self.strip[m].strip("*★☆")
                )
                and m - k < 4
            ):
                m += 1
            if not (m > k and m + 1 < n and not self.strip[m]):
                break
            k = m + 1  # ("Beiträge: 214" / "Ort: …"; "Messages: 412" / "" / "Localisation: …")
        for date in (k, k + 1):
            if date < n and self.strip[date] and self.hit("date_lines", date) is not None:
                if date > k and self.names_writer(k):
                    return None  # a paper's byline over its date ("Par NAME" / "Le DATE")
                return date if date == k or len(self.strip[k]) <= _SHORT else None
        return None

    def profile_label(self, k: int) -> bool:
        """A label of a poster's profile alone on its line, its value on the next
        ("Registriert seit" / "10.2019")."""
        text = self.strip[k]
        return (
            len(text) <= 30
            and text.casefold().rstrip(":") in self.rules.profile_labels
            and k + 1 < len(self.lines)
            and 0 < len(self.strip[k + 1]) <= 40
        )

    def post_title(self, i: int) -> bool:
        """A few words over a post's text with no blank line between, under the poster's
        profile: the title a forum lets a poster give their post ("Förderung im Ensemble")."""
        text = self.strip[i]
        return (
            0 < len(text) <= 60
            and i + 1 < len(self.lines)
            and text[-1] not in ".!?:,;"
            and not self.is_prose(i)
            and self.hit("quote_headers", i) is None  # (a quotation's head: "Zitat von NAME")
            and bool(self.strip[i + 1])
            and self.is_prose(i + 1)
        )

    def profile_block(self, i: int) -> int | None:
        """The end of a block of a poster's profile from line ``i``, its labels over their
        values or with them after a colon, as vBulletin sets it under the post's header."""
        k, n = i, len(self.lines)
        while k < n and self.strip[k]:
            if self.profile_label(k):
                k += 2
            elif self.profile_line(k):
                k += 1
            else:
                break  # (the post's title and text run on under it in a copy without blanks)
        return k if k - i >= 2 else None

    def under_profile(self, i: int) -> bool:
        """A poster's profile line ("Messages : 37") stands a few lines over line ``i``, no
        blank line between (Forumactif's box, then the post's subject and its byline)."""
        for k in range(i - 1, max(-1, i - 5), -1):
            if not self.strip[k]:
                return False
            if self.profile_line(k) and self.strip[k].partition(":")[2].strip():
                return True  # (a field with its value: not "Posts", a tab of the site's)
        return False

    def profile_line(self, k: int) -> bool:
        """A line of a poster's profile: its label, alone or with its value after a colon
        ("Mensajes: 3.812", "Fecha de ingreso")."""
        label = self.strip[k].split(":", 1)[0].casefold().strip()
        if label in _BOX_FIELDS:  # ("Group: Member" over "Posts: 87"; the last field, its
            # own block under them, "Status: Offline")
            return self.post_count_in_block(k) or (
                k > 1 and not self.strip[k - 1] and self.post_count_above(k - 1)
            )
        return bool(label) and label in self.rules.profile_labels

    def date_after_profile(self, j: int) -> int | None:
        """The line of the post's date in the block after the blank line at ``j``: its first,
        or the one under the poster's profile set a label and its value a line each
        (XenForo's: "Lid sinds" / "9 jan. 2024" / "Berichten" / "14" / "9 jan. 2024" / "#1")."""
        n, labels = len(self.lines), self.rules.profile_labels
        counted = self.post_count_above(j)  # a poster's box, not a club's list of members
        first = j
        while (
            counted
            and j + 2 < n
            and self.strip[j + 1]
            and not self.strip[j + 2]
            and self.profile_line(j + 1)
        ):
            j += 2  # (the profile's last field in a block of its own: "Status: Offline")
        k = j + 1
        while k + 2 < n and self.strip[k + 1] and self.strip[k].casefold().rstrip(":") in labels:
            k += 2
        if k == j + 1:
            # MyBB's: the profile's lines a label and its value each ("Beiträge: 23"), then
            # the post's number over its date ("#1" / "14.03.2024, 19:47")
            # ("Themen: 4", "Bewertung: 0" among them, fields no other box shows)
            m, known = k, False  # (a count of posts among them: no list of items' fields)
            while m + 2 < n and _PROFILE_FIELD.fullmatch(self.strip[m]):
                label = self.strip[m].split(":", 1)[0].strip().casefold()
                known = known or label in self.rules.post_words
                m += 1
            if (
                known
                and m - k >= 2
                and _POST_NUMBER.match(self.strip[m])
                and self.is_date_line(m + 1)
            ):
                return m + 1
        if k > j + 1 and k + 1 < n and not self.strip[k]:
            k += 1  # (the date in a block of its own under the profile's: "Ort" / "Kassel-Land")
        if k >= n or not self.strip[k]:
            return None
        if self.is_date_line(k):
            return k
        if counted and (k > first + 1 or self.profile_line(j - 1)):
            # (under a profile's fields, a dated line a table reads: "view post Posted on
            # DATE", Invision Power Board 2's copied)
            hit = self.hit("date_lines", k)
            if hit is not None and hit.rule.dated:
                return k
        # (its score after it, Lemmy's copied: "il y a 2 ans 18")
        scored = _SCORE_AFTER.fullmatch(self.strip[k])
        return k if scored and self.rules.dates.is_date_line(scored[1], relative=True) else None

    def post_count_in_block(self, j: int) -> bool:
        """Line ``j``'s block counts a poster's posts ("Posts: 87"): a forum's profile box
        (not a club's list, "Jamal Brooks" / "Group: Compost" / "Location: Plot 4")."""
        k = j
        while k + 1 < len(self.lines) and self.strip[k + 1]:
            k += 1
        return self.post_count_above(k + 1)

    def post_count_above(self, j: int) -> bool:
        """The block over the blank line at ``j`` counts its poster's posts ("Posts: 87",
        "Berichten: 14"): a forum's profile box, not a list of a club's people."""
        k = j - 1
        while k >= 0 and self.strip[k]:
            label = self.strip[k].split(":", 1)[0].strip().casefold()
            if ":" in self.strip[k] and label in self.rules.post_words:
                return True
            k -= 1
        return False

    def profile_then_date(self, i: int, j: int) -> bool:
        """Lines ``i`` to ``j`` hold a poster's profile (its labels: "Joined", "Messages"),
        and a date line opens the block after the blank line at ``j``."""
        labels, guests = self.rules.profile_labels, self.rules.guest_names
        if not (j + 1 < len(self.lines) and not self.strip[j]):
            return False
        date = self.date_after_profile(j)
        if date is None:
            return False
        if date > j + 1:
            return True  # "Lid sinds" / DATE / "Berichten" / "14" over the post's date
        if any(
            # (a guest's or a deleted account's post has no profile: "Guest" says it)
            self.strip[m].casefold().rstrip(":") in labels or self.strip[m].casefold() in guests
            for m in range(i, j)
        ):
            return True
        # Discourse copied with a blank line in its header: a user name (and its badge:
        # "Moderador") over the post's date alone in its block ("jmcortes" / "3 dic. 2024")
        # (or XenForo's, its rank under the name, "#1" under the date)
        n = len(self.lines)
        numbered = j + 2 < n and _POST_NUMBER.match(self.strip[j + 2]) is not None
        # (a user name with its badge: "moritz_k OP", "Tanja_Velo Mod"; a handle, not a word
        # a badge's may follow, "Mystery Guest")
        handle = self.rules.clean_author(self.strip[i]) or " "
        badged = (
            self.badged_name(self.strip[i])
            and " " not in handle
            and (handle.islower() or any(c in handle for c in "_.0123456789"))
        )
        return (
            (numbered or (j + 2 < n and not self.strip[j + 2]))
            and (self.name_like(self.strip[i], strict=True) or badged)
            # (a user name, where no "#5" says so, or a person's over a calendar date with a
            # response's buttons under its text: Medium's)
            and (
                numbered
                or " " not in self.strip[i]
                or badged
                or (
                    len(self.strip[i].split()) <= 4
                    and self.is_date_line(j + 1, relative=False)
                    and self.buttons_under(j + 3)
                )
            )
            and all(
                self.rules.badge_alone(self.strip[m])
                or self.hit("reply_to", m) is not None  # "↩ jmcortes"
                or self.hit("header_lines", m) is not None  # "Membre actif"
                for m in range(i + 1, j)
            )
        )

    def buttons_under(self, k: int) -> bool:
        """A response's buttons (its claps' count, "Reply") close the text from line ``k``,
        a paragraph or two down, before any other date."""
        for m in range(k, min(k + 12, len(self.lines))):
            text = self.strip[m]
            if not text or len(text) > _SHORT:
                continue
            if _NUMBER_ONLY.match(text) or text.casefold() in self.rules.reply_buttons:
                return m > k
            if self.is_date_line(m) or self.hit("count_headers", m) is not None:
                return False
            if self.rules.glued_buttons(text):
                return m > k  # a row of them: "Reply · Like (38) · Report", "RépondreSignaler"
        return False

    def user_title(self, j: int, header: _Header, names: list[str]) -> bool:
        """A title the forum gives a user, in words of its own ("apisylvain" / "Apiculteur
        confirmé" / "3 janv."): between a user name and a date alone in the header block, a
        few words that no table knows and that say nothing."""
        n = len(self.lines)
        text = self.strip[j]
        if (
            len(names) == 1
            and j == header.first + 1
            and len(text.split()) <= 4
            and not _DIGIT.search(text)
            and j + 1 < n
            and 0 < len(self.strip[j + 1]) <= 7
            and not self.strip[j + 1].strip("*★☆")
        ):
            return True  # the rank over its stars (SMF's "Héros du forum" / "*****")
        if (
            len(names) == 1
            and j == header.first + 1
            and len(text.split()) <= 3
            and j + 1 < n
            and self.hit("chrome", j) is not None
            and self.is_date_line(j + 1)
        ):
            return True  # "Meest gewaardeerd": a badge in the words of the sort over the list
        if (
            len(names) == 1
            and j > header.first
            # (under the name, or under "NAME ist offline")
            and _normal(self.strip[j - 1]).startswith(_normal(names[0]))
            and j + 2 < n
            and len(text.split()) <= 4
            and not _DIGIT.search(text)
            and not _SENTENCE_END.search(text)
            and (
                (not self.strip[j + 1] and self.profile_line(j + 2))
                or self.profile_line(j + 1)  # (XenForo's: "Professionnel du bâtiment" / "Inscrit")
            )
        ):
            return True  # vBulletin's "DATE #1" / NAME / "Hortelano novato" over the profile
        # (Discourse: the user name, perhaps the full name under it, then the title:
        # "janwillem_k" / "Jan Willem Koster" / "Imker sinds 2016" / "12 jan")
        named = " " not in names[0] and (
            (len(names) == 1 and j == header.first + 1)
            or (len(names) == 2 and j == header.first + 2 and " " in names[1])
        )
        return (
            named
            and j + 2 < n
            and not self.strip[j + 2]
            and len(text.split()) <= 4
            and (not _DIGIT.search(text) or (len(names) == 2 and not self.is_date_line(j)))
            and not _SENTENCE_END.search(text)
            and text[:1].isalpha()
            and (text[-1:].isalpha() or (len(names) == 2 and text[-1:].isalnum()))
            # (whom it answers, "Antwort an NAME", "↩ NAME"; "Posted by u/NAME")
            and not any(self.hit(table, j) for table in ("reply_to", "bylines", "chrome"))
            and (
                self.is_date_line(j + 1)
                or (len(self.strip[j + 1]) <= 40 and self.rules.dates.day_month(self.strip[j + 1]))
            )
        ) or self.flair_over_age(j, names)

    def glued_flair(self, j: int) -> tuple[str, str] | None:
        """A Reddit user's name with their flair of a few words run into it, over the
        comment's age ("rhabarber_ruthGärtnerin seit 1998" / "· vor 4 Std."): the name and
        the flair, split where a capital follows the name's last small letter or digit."""
        text = self.strip[j]
        found = _GLUED_FLAIR.match(text) if len(text) <= 60 else None
        below = self.strip[j + 1] if j + 1 < len(self.lines) else ""
        if (
            found is None
            or len(found[1]) < 3
            or below[:1] not in ("·", "•")
            or not self.rules.dates.is_date_line(below[1:].strip(), relative=True)
        ):
            return None
        return found[1], found[2]

    def flair_over_age(self, j: int, names: list[str]) -> bool:
        """A Reddit user's flair under their name, over the "· 4 mo. ago" of the comment
        ("Wild_Tarn_Jen" / "Year-round since 2019" / "· 4 mo. ago"): words of the user's own."""
        n = len(self.lines)
        text = self.strip[j]
        below = self.strip[j + 1] if j + 1 < n else ""
        if below in ("·", "•") and j + 2 < n:  # (the dot on a line of its own, then the age)
            below = "· " + self.strip[j + 2]
        return (
            len(names) == 1
            and self.strip[j - 1] == names[0]
            and 0 < len(text) <= 40
            and below[:1] in "·•"
            # (the age, an edit's after it: "· 4 hr. ago · edited 3 hr. ago")
            and self.rules.dates.is_date_line(
                re.split(r" [·•] ", below[1:].strip(), maxsplit=1)[0], relative=True
            )
            and not self.is_prose(j)
        )

    def text_under(self, j: int) -> bool:
        """A comment's text stands under line ``j`` and its blank line, not only its votes and
        buttons ("Never pay that fee" / "" / "12" / "Reply": the comment, not a flair)."""
        k = self.next_filled(j + 1, 3)
        return k is not None and not (
            self.strip[k].isdigit() or self.hit("chrome", k) or self.hit("boilerplate", k)
        )

    def avatar_initials(self, j: int) -> bool:
        """An avatar's letters over the name they stand for: its initials ("MC" / "Maria
        Carvalho", "OT" / "Oliver_T") or its first letters ("WE" / "Weißachtaler")."""
        text = self.strip[j]
        if not (len(text) <= 3 and text.isalpha() and text.isupper()) or j + 1 >= len(self.lines):
            return False
        name = self.strip[j + 1]
        initials = "".join(part[:1] for part in _NAME_PARTS.split(name) if part[:1].isalpha())
        # (a double name's one letter: "JH" / "Jan-Willem Hoekstra"; the first name's and the
        # surname's, a particle between: "JS" / "Jan De Smet")
        words = [part for part in name.split() if part[:1].isalpha()]
        spaced = "".join(part[:1] for part in words)
        ends = words[0][:1] + words[-1][:1] if len(words) > 2 else ""
        letters = "".join(c for c in name[:12] if c.isalpha())
        # (a handle's capitals, its particle in small letters: "VM" / "Veci_de_Molinillos")
        capitals = "".join(part[:1] for part in _NAME_PARTS.split(name) if part[:1].isupper())
        return any(s.upper().startswith(text) for s in (initials, spaced, letters)) or (
            text in (ends.upper(), capitals)
        )

    def avatar_over_name(self, j: int) -> bool:
        """An avatar's letters over a line that reads as a name: the byline's, under a
        headline ("SO" / "Sabine Ortlepp" / DATE)."""
        return self.avatar_initials(j) and self.name_like(self.strip[j + 1], strict=True)

    def header_line(self, j: int, header: _Header, names: list[str] | None) -> str | None:
        """What line ``j`` is within a header block: its "signal" (a comment header), a "part"
        (date, points, badge, nesting level, whom it answers), a "name", or None."""
        text = self.strip[j]
        marker = None
        if header.value_next:  # the value under a profile's label ("Joined" / "Apr 17, 2020")
            header.value_next = False
            return "part"
        if header.parent_next:  # the name under a reply's words ("Répondre à" / "NAME")
            header.parent_next = False
            header.parent_name = header.parent_name or text
            return "part"
        if len(text) == 1 and text.isalpha() and j + 1 < len(self.lines):
            header.initial = header.initial or text
            return "part"  # an avatar's initial over the name
        if self.avatar_initials(j):
            return "part"  # an avatar's initials over the name ("MC" / "Maria Carvalho")
        if names and self.profile_line(j) and ":" in text and self.post_count_in_block(j):
            return "part"  # a field of the poster's profile under the name ("Posts: 87")
        if len(text) <= 7 and not text.strip("*★☆"):
            return "part"  # the poster's rank in stars ("*****", SMF's)
        if (
            (header.author or names)
            and header.dated
            and j + 1 < len(self.lines)
            and _POST_NUMBER.match(self.strip[j + 1])
            and self.share_line(text)
        ):
            return "part"  # XenForo's share button over the post's number ("Share" / "#2")

        if text.casefold().rstrip(":") in self.rules.profile_labels and j + 1 < len(self.lines):
            header.value_next = True
            return "part"
        if header.dated and text.casefold() in self.rules.visibility_labels:
            return "part"  # who may read the post, under its date (Steady's "Öffentlich")
        if (names or header.author) and self.rules.badge_alone(text):
            # "Redazione" / "REDAZIONE": the name's badge on a line of its own, under a name
            # or a header that named it ("NAME ha detto:" / "Autore articolo" / DATE)
            return "part"
        if (
            text[:1] in _REPLY_ARROWS
            and len(names or ()) == 1
            and not header.author
            and not header.dated
            and header.parent_name is None
            and self.name_like(text[1:].strip(), strict=True)
            and j + 1 < len(self.lines)
            and self.is_date_line(j + 1)
        ):
            # Disqus's reply row a part a line: "Sylvie M." / "→ Bernard Chassaing" / "• DATE"
            header.parent_name = text[1:].strip()
            return "part"
        if names and self.user_title(j, header, names):
            header.user_title = text
            return "part"
        if (
            names
            and j + 1 < len(self.lines)
            # (the dated line under it first: the cheap test, asked of every header's lines)
            and (hit := self.hit("header_lines", j + 1)) is not None
            and hit.rule.dated  # ("Message ven. 15 mars 2024 20:58")
            and (
                text[:3].casefold() in ("re:", "re ")
                # (the thread's title again; not a name seen above, whom a reply answers)
                or (len(text.split()) >= 4 and text in self.strip[: header.first])
                # (or a subject of its own, under the poster's rank: "Membre actif")
                or (
                    (header.user_title is not None or self.hit("header_lines", j - 1))
                    and not self.is_prose(j)
                    and not self.name_like(text, strict=True)  # (whom a reply answers)
                )
            )
        ):
            # phpBB on a phone: the post's subject ("Re: TITLE", or the title) between the
            # poster's rank and the post's date ("Message ven. 15 mars 2024 20:58")
            return "part"
        part = self.hit("header_lines", j)
        if (
            part is not None
            and names is not None
            and not names
            and not header.author
            and j + 1 < len(self.lines)
            and (
                (
                    text.casefold() in self.rules.guest_names
                    and (
                        (
                            j == header.first
                            and self.name_like(self.strip[j + 1], strict=True)
                            # (at the same indent, the name of the guest it labels)
                            and self.lines[j + 1].indent > self.lines[j].indent
                        )
                        or self.is_date_line(j + 1)
                    )
                )
                # the newsroom's account shown by its badge's word ("Redazione" / "REDAZIONE")
                or (
                    j == header.first
                    and self.rules.badge_alone(text)
                    and (
                        self.strip[j + 1].strip("()").casefold() == text.strip("()").casefold()
                        # (or over whom it answers, or its date: "Redazione" / "in risposta
                        # a Paolo Z." / DATE)
                        or self.hit("reply_to", j + 1) is not None
                        or self.is_date_line(j + 1)
                    )
                )
            )
        ):
            # a guest's shown name ("Invitado", "Guest") over whom it answers, or over the
            # date: the name such a comment has
            names.append(text)
            return "name"
        if part is None and j != header.first and (dated := self.hit("date_lines", j)):
            # a label's date under the header's ("Aktualisiert am DATE"): not "{author} {date}"
            header.published = header.published or self.date_of(dated)
            header.dated = True
            return "part"
        if (
            part is None
            and text[:1] in _REPLY_ARROWS
            and (names or header.author)
            # (the words after the arrow first: "Antwort an NAME", not "↳ {parent}")
            and (
                arrowed := self.rules.match("reply_to", text[1:].strip()) or self.hit("reply_to", j)
            )
            is not None
            and self.name_like(_named(arrowed), strict=False)
        ):
            # "↳ Antwort an NAME" under the name: whom it answers, not a header of its own
            header.parent_name = header.parent_name or _named(arrowed)
            return "part"
        hit = None if part else self.comment_header(self.probe(j))
        if hit and names is not None:
            author = hit.get("author") or ""
            numbered = _number_before(author)
            if numbered:  # "1. Name says:", "1.1. Name schreef:": the number nests it
                marker, author = numbered, author[numbered.end() :].strip()
            named = header.author or (names[0] if names else None)
            if (
                named
                and not header.author
                and len(names) == 1
                and j == header.first + 1
                and hit.get("date")
                and _normal(named) != _normal(author)
            ):  # a name over "Porto · 3 de abril de 2024": a place or a role beside the date
                author = named
            if named and _normal(named) != _normal(author) and j != header.first:
                return None  # the next comment's header, or a quotation's ("Ann said:")
            if text.startswith(("[–]", "[-]")) and " " in author:
                # old Reddit: the user's flair after the name (and a badge on it: "[M]")
                user = _REDDIT_BADGE.sub("", author.split()[0])
                if _REDDIT_USER.fullmatch(user):
                    author = user  # (a user name has no space: what follows is its flair)
            header.author = header.author or author
            header.published = header.published or self.date_of(hit)
            header.dated = header.dated or bool(hit.get("date"))
            header.parent_name = header.parent_name or hit.get("parent")
            header.ref = header.ref or hit.get("ref")
            header.parent_ref = header.parent_ref or hit.get("parent_ref")
            header.arrowed = text[:1] in _REPLY_ARROWS and text[1:2] == " "
            if hit.get("depth"):
                header.level = int(hit.get("depth"))
            if marker and j == header.first:
                header.number = marker.group("number")
            return "signal"
        if part:
            if part.get("depth"):
                header.level = int(part.get("depth"))
            if header.number is None and (numbered := _HASH_NUMBER.search(text)):
                header.number = numbered.group(1) or numbered.group(2)  # it nests the comment
            header.published = header.published or self.date_of(part)
            if part.get("parent"):
                header.parent_name = header.parent_name or part.get("parent")
            header.dated = header.dated or bool(part.get("date"))
            return "part"
        if (
            (names or header.author)
            and j + 1 < len(self.lines)
            and self.rules.reply_label(text)
            and self.name_like(self.strip[j + 1], strict=True)
        ):
            # wpDiscuz's reply line broken in two: "Répondre à" over the name it answers
            header.parent_next = True
            return "part"
        reply = self.hit("reply_to", j)
        if reply and text[:1] in _REPLY_ARROWS:
            # (the words after the arrow first: "↪ Reactie op NAME" names NAME)
            reply = self.rules.match("reply_to", text[1:].strip()) or reply
        if (
            reply
            and names is not None
            and not names
            and not header.author
            and j == header.first
            and text[:1] in _REPLY_ARROWS
            and j + 1 < len(self.lines)
            and self.is_date_line(j + 1)
            and self.name_like(reply.get("parent"), strict=True)
        ):
            # "↳ Marlene S." over the date: the arrow marks a reply, the name is its author's
            names.append(reply.get("parent"))
            return "name"
        if reply and self.name_like(_named(reply), strict=False):
            header.parent_name = header.parent_name or _named(reply)
            header.parent_subject = header.parent_subject or reply.get("title")
            return "part"
        if reply and reply.get("title") and (split := _split_late(reply, text)) is not None:
            subject, name = split
            if self.name_like(name, strict=False):
                header.parent_name = header.parent_name or name
                header.parent_subject = header.parent_subject or subject
                return "part"
        glued = self.glued(j) if names is not None and j == header.first else None
        if glued is None and names is not None and not names and j == header.first:
            glued = self.yearless_header(text)
        if glued is not None:
            header.author, header.published = glued
            header.dated = True
            return "signal"
        if self.is_date_line(j):
            header.published = header.published or self.rules.dates.parse_date(text, self.order)
            header.dated = True
            return "part"
        if (
            names
            and header.dated
            and self.strip[j - 1][:1] in "·•"
            and 0 < len(text) <= 40
            and j + 2 < len(self.lines)
            and not self.strip[j + 1]
            and self.prose_at(j + 2, len(self.lines))
            and not self.is_prose(j)
            and not _SENTENCE_END.search(text)
        ):
            return "part"  # new Reddit's flair under the age ("· 5 hr. ago" / "Bread Nerd")
        if (
            names is not None
            and len(names) == 1
            and all(  # (its badge may stand between: "Élodie Vasseur" / "Mod" / " NAME")
                self.rules.badge_alone(self.strip[m])
                for m in range(self.name_line(header, names[0], j) + 1, j)
            )
            and header.parent_name is None
            and not header.dated
            and self.name_like(text, strict=True)
            and j + 1 < len(self.lines)
            and self.strip[j + 1]
            and (self.lines[j].indent > self.lines[header.first].indent or self.is_date_line(j + 1))
        ):
            # Disqus copied without its arrow: the parent's name indented under the author's
            # ("Nadia B." / " Gaspard Leroux" / "•" / "il y a 2 jours"), or at its indent
            # right over the date ("Nonna Pina" / "Mod" / "Marisa Fonti" / "3 anni fa")
            header.parent_name = text
            return "part"
        if (
            names is not None
            and not names
            and len(text) <= 40
            and j + 1 < len(self.lines)
            and self.strip[j + 1].startswith(text + " ")
            and self.hit("header_lines", j + 1) is not None
        ):
            names.append(text)  # "Hannes aus Husum" over "Hannes aus Husum ist offline"
            return "name"
        if (
            header.level is not None
            and header.dated
            and names
            and j + 1 < len(self.lines)
            and not self.strip[j + 1]
            and j == header.last + 1
            and len(text) <= 40
            and len(text.split()) <= 4  # ("Letting agent (not yours)")
            and not _SENTENCE_END.search(text)
            and self.hit("removed", j) is None  # (the text of one: "Comment deleted by user")
            and self.text_under(j)  # (a short comment is no flair: "Never pay that fee")
            and self.probe(header.last).dated  # (the age, or "bewerkt 1 dag geleden")
        ):
            header.user_title = header.user_title or text
            return "part"  # new Reddit's flair under the age ("2 dagen geleden" / "Centrum")
        if names is not None and not names and (flair := self.glued_flair(j)) is not None:
            names.append(flair[0])  # "rhabarber_ruthGärtnerin seit 1998" over "· vor 4 Std."
            header.user_title = flair[1]
            return "name"
        if len(text) <= 40 and (found := self.rules.dates.day_month(text)):
            header.published = header.published or f"--{found[0]:02d}-{found[1]:02d}"  # ISO
            header.dated = True
            return "part"
        if (
            names is not None
            and len(names) < 3
            and not (names and header.dated)  # name, date, then "Grazie 🙏": the text
            # "[removed]", "deleted by creator": under a whole header, the text in its place
            and not (
                header.author
                and header.dated
                and (text.startswith("[") or self.rules.match("removed", text) is not None)
            )
            and (
                self.name_like(text, strict=True)
                or self.badged_name(text)
                or self.group_name(j, first=j == header.first)
                # under the avatar's alt text any short name is one ("Un contribuable")
                or (
                    j > header.first and self.after_avatar(j) and self.name_like(text, strict=False)
                )
                or (j == header.first and (self.name_over_date(j) or self.over_reply_line(j)))
            )
        ):
            if "\t" in text or any(
                self.hit(category, j)
                for category in ("boilerplate", "footers", "count_headers", "chrome", "navigation")
            ):
                return None
            names.append(text)
            return "name"
        return None

    @staticmethod
    def first_name(names: list[str], initial: str | None = None) -> str:
        """The name a header block's names give: the first, but for a topic's tags over the
        opening post's poster (Discourse: "hybride" / "geluid" / "hdevries" / "okt '22"),
        each a word in small letters, where the last, a user name, is the poster (not a
        user name over the display name: "dgrayling" / "Dana Grayling"); and the one an
        avatar's letter stands over where a name comes before it (XenForo's: the last post's
        likes, "sparfuchs_87", over "L" / "Lisa_M")."""
        if (
            len(names) > 1
            and " " not in names[-1]
            and all(_TOPIC_TAG.match(name) for name in names[:-1])
        ):
            return names[-1]
        if initial and len(names) > 1 and names[0][:1].casefold() != initial.casefold():
            lettered = [n for n in names[1:] if n[:1].casefold() == initial.casefold()]
            if lettered:
                return lettered[0]
        return names[0]

    def badged_name(self, text: str) -> bool:
        """A name with its badge ("Solène Marchetti Auteur de l'article"), which the badge's
        words keep from reading as a name."""
        first = self.reply_pair(text)[0]
        cleaned = self.rules.clean_author(first)
        return (
            cleaned is not None
            and cleaned != first.rstrip(",")  # (a badge gone, not a greeting's comma: "Bonsoir X,")
            # (or the page's own name, the newsroom's account: "Il Corriere di Valsorda Mod")
            and (self.name_like(cleaned, strict=True) or _normal(cleaned) in self.page_names)
        )

    @functools.cached_property
    def first_count(self) -> int | None:
        """The first line that counts comments ("5 Antworten zu „…“"), looked for once."""
        return next((k for k in range(len(self.lines)) if self.hit("count_headers", k)), None)

    def name_date_apart(self, i: int) -> _Header | None:
        """A block theme's comment head copied a block a part: the name, a blank line, the
        date, a blank line, the text (Chrome's copy of Twenty Twenty-Two's "Bernd Ahlers" /
        "" / "14. März 2024" / "" / …), under the section's count: above it, a byline's
        parts look the same."""
        n = len(self.lines)
        text = self.strip[i]
        if not (
            i + 4 < n
            and not self.strip[i + 1]
            and not self.strip[i + 3]
            and 0 < len(text) <= 40
            and self.name_like(text, strict=True)
            and self.is_date_line(i + 2)
            and self.strip[i + 4]
            and not self.is_date_line(i + 4)
            and not self.name_like(self.strip[i + 4], strict=True)
            and (count := self.first_count) is not None
            and count < i
        ):
            return None
        return self.dated_header(i, i + 2, text)

    def dated_header(self, first: int, last: int, name: str) -> _Header:
        """A comment's head from line ``first`` to its date on line ``last``, naming ``name``."""
        return _Header(
            first,
            last,
            author=self.rules.clean_author(name),
            published=self.rules.dates.parse_date(self.strip[last], self.order),
            dated=True,
        )

    def name_over_date(self, i: int) -> bool:
        """A block of two lines, a short one over a date ("Kettenbacher seit 1971" /
        "09.08.2024, 07:12 Uhr", or a header's line dating it: "#1.1 — vor 5 Stunden"): a
        commenter's nickname, whatever it is made of. Disqus's copy sets its dot on a line
        between them ("Ein Anwohner" / "•" / "vor 1 Tag"), under the buttons of the comment
        before ("Teilen ›")."""
        text = self.strip[i]
        n = len(self.lines)
        dated = i + 1
        dotted = dated < n and self.strip[dated] in ("•", "·")
        if dotted:
            dated += 1
        return (
            0 < len(text) <= 40
            and len(text.split()) <= 4
            and text[-1] not in ".!?:;,…"
            and dated + 1 < n
            and (
                (dotted and i > 0 and self.hit("chrome", i - 1) is not None)
                or (not dotted and (i == 0 or not self.strip[i - 1]))
            )
            and not self.strip[dated + 1]
            and (
                self.is_date_line(dated)
                or (
                    (part := self.hit("header_lines", dated)) is not None and bool(part.get("date"))
                )
            )
            and not self.hit("boilerplate", i)
        )

    def after_avatar(self, j: int) -> bool:
        """The line above is an avatar's alt text ("Avatar"), which a name follows, or its
        initials, the name's own ("PH" / "Paco el del horno")."""
        hit = self.hit("header_lines", j - 1)
        return (hit is not None and hit.rule.source.casefold() == "avatar") or (
            self.avatar_initials(j - 1)
        )

    def reply_pair(self, name: str) -> tuple[str, str | None]:
        """A name and the name it answers, where Disqus's reply row was copied without its
        arrow ("Priya Vandermolen Mod  Mags Ellory"): two names, a wide gap between them."""
        parts = _WIDE_GAP.split(name.strip())
        if len(parts) != 2:
            words = name.split()
            for k in range(len(words) - 3, 1, -1):  # a badge alone between them: "X Mod Y"
                # (two words or more on each side: "Hans Op de Beeck", "Marsh Trust Staff
                # Team", "La Redazione di Pedalando" are one name each)
                second = " ".join(words[k + 1 :])
                if (
                    self.rules.badge_alone(words[k])
                    and words[k + 1].casefold() not in self.rules.name_particles
                    and self.name_like(second, strict=True)
                ):
                    return " ".join(words[: k + 1]), self.rules.clean_author(second)
            between = self.rules.badge_between(name)
            if between is not None and self.name_like(between[1], strict=False):
                return between[0], self.rules.clean_author(between[1])
            *first_words, last = name.split() or [""]
            if (
                len(first_words) >= 2
                and _HANDLE.match(last)
                and self.name_like(" ".join(first_words), strict=True)
            ):
                # a full name, then a user name it answers ("Paolo Ruggeri franco.b")
                return " ".join(first_words), last
            return name, None
        first, second = parts
        badge = first.rsplit(None, 1)[-1].lower() in self.rules.badge_words
        if not (badge or len(first.split()) >= 2 or len(second.split()) >= 2):
            return name, None  # "John  Smith": one name set loosely
        if not self.name_like(second, strict=False) or (
            _SENTENCE_END.search(second) and not _INITIAL_END.search(second)
        ):
            return name, None  # (a sentence; not a name with its initial, "Sandrine P.")
        return first, self.rules.clean_author(second)

    def known_parent(self, name: str) -> tuple[str, str | None]:
        """Disqus's reply row copied with one space for its arrow ("Bernard Cuvelier Martine
        L."): a name that ends with the name of someone who posted above it."""
        words = name.split()
        for k in range(1, len(words)):
            first, second = " ".join(words[:k]), " ".join(words[k:])
            if _normal(second) in self.authors and self.name_like(first, strict=True):
                badge = words[k - 1].lower() in self.rules.badge_words
                return (" ".join(words[: k - 1]) if badge and k > 1 else first), second
        return name, None

    def glued(self, j: int) -> tuple[str, str | None] | None:
        """A name run into its date, as a copy of Blogger's comment header reads
        ("Anónimo9 de abril de 2024, 20:15", "Alan WhitlockMay 4, 2019 at 12:15 PM")."""
        text = self.strip[j]
        if len(text) > 100:
            return None
        if (numbered := _NUMBERED.match(text)) is not None:
            text = text[numbered.end() :]  # (a list's number before it: "1. Tom Fairbairn14 …")
        for pattern in _GLUED:
            found = pattern.match(text)
            if found is None:
                continue
            name, date = found.group("name").strip(), found.group("date")
            if self.rules.dates.is_date_line(date) and (
                self.name_like(name, strict=True)
                or self.name_at_blog(name)
                or _NICKNAME.fullmatch(name)  # ("Pedro el de la ermita23 de octubre …")
            ):
                return self.rules.clean_author(name) or name, self.rules.dates.parse_date(
                    date, self.order
                )
        return None

    def name_at_blog(self, name: str) -> bool:
        """A blogger's name with their blog's, as Blogger shows it ("Linda at Cedar Hollow")."""
        who, at, blog = name.partition(" at ")
        return bool(at) and self.name_like(who, strict=True) and self.name_like(blog, strict=True)

    def yearless_header(self, text: str) -> tuple[str, str] | None:
        """ "NAME · 6 ottobre · 08:12": a name and this year's date without its year (the
        article's year is given it once the thread is read)."""
        parts = _DOT_SPLIT.split(text, maxsplit=1)
        if len(parts) != 2:
            return None
        name = self.rules.clean_author(parts[0])
        found = self.rules.dates.day_month(_DOT_SPLIT.sub(", ", parts[1]))
        if not found or not name or not self.name_like(name, strict=True):
            return None
        return name, f"--{found[0]:02d}-{found[1]:02d}"

    def group_name(self, j: int, *, first: bool) -> bool:
        """A name of several words, some lowercase ("Collectif Bac pour tous", "Friends of
        the Park"), opening a header block whose next line is a date: a group signs so."""
        if not first or j + 1 >= len(self.lines):
            return False
        text = self.strip[j]
        if not text[-1:].isalnum() or not text[:1].isupper():  # "Henk schreef: ↑" quotes
            return False
        words = text.split()
        return (
            2 <= len(words) <= 6
            and _CLOCK.search(self.strip[j + 1]) is not None  # a related post's date has none
            and not _DIGIT.search(text)
            and self.name_like(text, strict=False)
            and not _SENTENCE_END.search(text)
            and self.is_date_line(j + 1, relative=False)
        )

    def date_first(self, probe: Probe) -> bool:
        """A header with the date before the name ("February 28, 2024 at 9:14 pm — Marguerite
        Oyelaran"), which a date line's entries also read ("DATE — anything")."""
        hit = self.comment_header(probe)
        return hit is not None and hit.rule.source.startswith("{date} ")

    def comment_header(self, probe: Probe) -> Hit | None:
        """The comment-header entry that reads the line with the shortest name that reads as
        one: "Le 9 mars 2019 à 10 h 12, Gilles Pouzet a dit :" is by Gilles Pouzet."""
        if len(probe.text) > _SHORT:
            return None
        if probe.text[:1] in _REPLY_ARROWS and probe.text[1:2] == " ":
            # "↳ Giovanni R. in risposta a pendolare_stanco": the arrow marks a reply
            found = self.comment_header(self.rules.probe(probe.text[2:].strip()))
            if found is not None:
                return found
        best = None
        for hit in self.rules.matches("comment_headers", probe):
            author = hit.get("author") or ""
            if hit.rule.source.startswith("u/{author} {any}") and not self.flaired(probe.text, hit):
                continue
            numbered = _number_before(author)  # "1.", "2.1 Redactie", "#1.1 Ann"
            name = author[numbered.end() :].strip() if numbered else author
            name, parent = self.reply_pair(without_toggle(name))
            *rest, last = name.split() or [""]
            badged = bool(rest) and self.rules.badge_alone(last)
            if badged:
                name = " ".join(rest)  # (its badge after it: "marta_reads OP")
            # (a name the reply's row sets beside the one it answers, a wide gap between,
            # may be a group's: "Comité des fêtes de Saint-Aubrac  Claire V. • il y a 2 ans")
            strict = not _wordy(hit) and not (parent and self.name_like(parent, strict=True))
            words = name.split()
            named = (
                self.name_like(name, strict=strict)
                # a reader signing with their town, the date on the line ("Bert uit Tiel 1
                # maart 2024 om 12:20")
                or (
                    hit.get("date") is not None
                    and len(words) == 3
                    and words[1] in self.rules.town_joiners
                    and self.joined_name(words)
                )
                or (probe.text.endswith(("...", "…")) and self.blog_name(name))
                # (a newsroom's account, its badge between it and whom it answers: "La
                # rédaction Mod Yann Le Goff • il y a 4 jours")
                or (badged and parent and len(name.split()) <= 4 and _plain_label(name))
            )
            if named and (best is None or len(name) < best[0]):
                best = (len(name), hit)
        return best[1] if best else None

    def flaired(self, text: str, hit: Hit) -> bool:
        """A Reddit front end's header, the user's flair between the name and the age ("u/NAME
        Praticante avvocato 3mo ago"): a short line, the flair a few words, the first a
        capital (not a sentence naming a user, "u/NAME hat am 2. Februar …")."""
        date = hit.get("date") or ""
        at = text.find(date, 2) if date else -1
        flair = text[2 + len(hit.get("author") or "") : at].split() if at > 0 else []
        return (
            len(text) <= 80
            and 1 <= len(flair) <= 4
            and flair[0][:1].isupper()
            and not any(word[-1:] in ".,;:!?" for word in flair)
        )

    def date_of(self, hit: Hit) -> str | None:
        value = hit.get("date")
        return self.rules.dates.parse_date(value, self.order) if value else None

    # -- the page --------------------------------------------------------------------------------

    def mark_heading(self, i: int) -> None:
        """Line ``i`` is a heading, as Markdown marks one ("# Compré una casa … Un año
        después, esto es lo que he aprendido"): however long, no paragraph of prose."""
        if i < len(self._prose):
            self._prose[i] = False

    def is_prose(self, i: int) -> bool:
        """A sentence of prose, not a heading, a name or a button: 100 characters or more, or
        eight words or more that end as a statement does."""
        found = self._prose[i]
        if found is None:
            text = self.strip[i]
            found = self._prose[i] = (
                (
                    len(text) >= 100 and text.count(" ") * 14 >= len(text)  # words, not a link bar
                )
                or (
                    len(words := text.split()) >= 8
                    and _SENTENCE_END.search(text) is not None
                    and not text.endswith("?")
                    # (a dash alone is no word: "Marta - Punto Croce e Dintorni ha detto...")
                    and len(words) - sum(w in _SEPARATORS for w in words) >= 8
                    # (a name's initial ends no statement: "… Verificado responde a Luisa M.")
                    and not (
                        _INITIAL.match(words[-1])
                        and words[-2][:1].isupper()
                        and words[-2][-1:].isalpha()  # (not a credit's initials: "/ L. G.")
                    )
                )
            )
        return found

    def read(self) -> tuple[TextBuilder, _Meta, list[_Comment]]:
        n = len(self.lines)
        meta = _Meta()
        builder = TextBuilder()
        dragnet = None
        if self.at_signs:  # one scan of the text; a line at a time only where it may be
            dragnet = next(
                (
                    i
                    for i in range(n)
                    if "!@" in self.strip[i] and _DRAGNET_MARKER.match(self.strip[i])
                ),
                None,
            )
        first_prose = self.first_prose(dragnet if dragnet is not None else n)
        limit = dragnet if dragnet is not None else n
        if first_prose is not None:
            first_prose = self.prose_under_head(first_prose, limit)
        qa = qa_text.read_thread(self)  # a Q&A page: its posts signed under their text
        if qa is not None:
            limit = min(limit, qa.section)
            meta.site = qa.site
            first_prose = first_prose if first_prose is None or first_prose < limit else None
        marked = qa.title if qa is not None and qa.title is not None else None
        self.marked = marked = (
            marked if marked is not None else self.marked_title(first_prose, limit)
        )
        if marked is not None:  # a sidebar's prose above the title the page marks as such
            # (under it, not a forum's line of who is reading the thread: "0 Utenti e …")
            first_prose = next(
                (
                    i
                    for i in range(marked + 1, limit)
                    if self.is_prose(i) and not self.hit("boilerplate", i)
                ),
                None,
            )
        # the opening post of a forum thread: a comment header before the first paragraph
        opening = None
        head_end = first_prose if first_prose is not None else limit
        if first_prose is not None and self.strip[first_prose].endswith("?"):
            # a thread's title asking its question ("¿merece la pena restaurarlo?") is no
            # paragraph: the opening post's header may stand under it
            head_end = next((i for i in range(first_prose + 1, limit) if self.is_prose(i)), limit)
        for i in range(min(head_end, _HEAD_LINES)):
            if not self.strip[i] or len(self.strip[i]) > _SHORT:
                continue
            if self.byline(i) is not None and not self.under_profile(i):
                continue  # (a forum's "par NAME le DATE" under its poster's profile: a header)
            if self.role_under_byline(i):
                continue  # "By NAME" / "Local Democracy Reporter" / "Published: DATE"
            if self.hit("sites", i) is not None:
                continue  # a breadcrumb: "Inicio › Foros › Riego › TITLE"
            if (
                _domain_line(self.strip[i])
                and (credits := self.next_filled(i + 1, 2)) is not None
                and self.reader_credits(credits, 2)
            ):
                continue  # a reader view's site over its credits ("lagacetadelmoncayo.es" /
                # NAME / "5-6 minutos"; not a poster's "gianmarco.ferri" over a date)
            found = self.header(i)
            if (
                found is not None
                and found.author
                # (not the categories under a byline's date: "Passeios, Tradições", Astra's)
                and not (", " in found.author and i > 0 and self.dated_name(i - 1))
                and self.prose_follows(found)
                and not self.credited_above(i)
                and not self.writers_place(i)
                # (the end of a byline set a line a word, "NAME" / "dans" / "COMMUNITY" / …)
                and not any(i in self.byline_in_lines(k) for k in range(max(0, i - 4), i))
                # (new Reddit's "u/NAME" over the post's age and its flair: "11 mo. ago" /
                # "Transport" is no header naming a poster)
                and not (i and found.published is None and self.reddit_byline(i - 1))
                # (nor a date and a category under a byline that named the writer: "Por
                # NAME" / "14 de março de 2024" / "Hortas")
                and not (i and self.names_writer(i - 1))
                and not self.ends_menu(i)
            ):
                opening = found
                break
        self.forum = opening is not None
        self.subject = opening.subject if opening is not None else None
        if opening is not None:
            meta.author = opening.author
            meta.published = opening.published
            head_end = opening.first
            self.authors.add(_normal(opening.author))
            self.opener = _normal(opening.author)
        section, declared, at_header = self.find_section(first_prose, opening, limit)
        if qa is not None:
            section, declared, at_header = qa.section, qa.declared, False
            meta.author, meta.published = qa.author, qa.published
        if dragnet is not None:
            section, at_header = dragnet, False
        meta.declared = declared if declared is not None else self.meta_count
        if section is not None:  # the head of an article too short to have a first paragraph
            head_end = min(head_end, section)
        self.read_head(0, head_end, meta, builder, stop_at_body=opening is None)
        if opening is not None:
            self.skip_header_blocks(opening)
            start = self.after_headers(
                opening.last + 1, section if section is not None else n, meta
            )
            if builder.title_span is None and start == first_prose:
                start = self.question_title(
                    start, section if section is not None else n, builder, opening.last
                )
            self.read_body(start, section if section is not None else n, meta, builder, forum=True)
        else:
            start = self.after_standfirst(self.body_start, meta)
            start = self.before_lead_in(start, section if section is not None else n)
            self.read_body(start, section if section is not None else n, meta, builder)
        if qa is not None:
            return builder, meta, self.qa_comments(qa)
        comments = self.comments_of(section, n, builder, at_header, meta, declared)
        return builder, meta, comments

    def qa_comments(self, qa: qa_text.Thread) -> list[_Comment]:
        """A Q&A page's answers, and the comments on the question and on each answer."""
        comments: list[_Comment] = []
        for post in qa.posts:
            parent = comments[post.parent] if post.parent is not None else None
            comment = _Comment(0, 0, parent, author=post.author, published=post.published)
            comment.paragraphs = post.paragraphs
            comments.append(comment)
        return comments

    def comments_of(
        self,
        section: int | None,
        n: int,
        builder: TextBuilder,
        at_header: bool,
        meta: _Meta,
        declared: int | None,
    ) -> list[_Comment]:
        """The comments of the section from line ``section`` on, less what is not their own
        text (who reacted, signatures, quotations of earlier posts)."""
        comments = [] if section is None else self.read_comments(section, n, builder, at_header)
        if section is not None and self.headlines_only(comments, section):
            comments = []
        if comments and section is not None and not self.forum:  # (a post's "3 Replies")
            meta.declared = self.count_nearer(section, comments, meta.declared)
        _replies_under_toggles(comments)
        if meta.author is None and comments and section is not None and not self.forum:
            meta.author = self.name_under_post(section, comments)
        self.writer_roles(comments, meta.author)
        self.drop_reaction_names(comments, meta.author)
        self.drop_recurring_trailers(comments)
        signature = self.drop_signatures(comments, meta.author if self.forum else None, section)
        if self.forum:
            self.drop_named_signatures(comments)
        if signature and section is not None:
            self.drop_opening_signature(signature, section, builder)
        if self.forum and meta.declared is not None and meta.declared < len(comments):
            # fewer than the posts under it: the opening post's own "1 Reply" button, which
            # counts the replies that answer it, not the thread's
            meta.declared = None
        if meta.declared is None and comments and section is not None:
            meta.declared = self.post_row_count(section)
        if meta.declared is None and comments:
            # (new Reddit's "142" / "Comments" over the post's buttons, a few lines up)
            meta.declared = self.stats_count(
                max(0, (section or 0) - _STATS_ABOVE), n, above=section or 0
            )
        if self.let_go_early:  # (the counts above are the last read from the lines)
            if not meta.site:  # what is asked of them once the page is read, asked now
                self._footer = self.footer_site()
            self.let_go()  # not held beside the comments' normalised text
        # an earlier comment's words; the article's are the reply's own, unless the article
        # is a thread's opening post
        article = _Earlier(builder)  # (joined only if a "> " line is looked for)
        self.drop_quotations(comments, builder if self.forum else "", article)
        if declared == 0 and comments and not any(c.author for c in comments):
            # "Comments (0)": what follows is its empty state and the page's foot
            starts = [line.start for line in self.lines] if self.trace else []
            for piece in (p for c in comments for para in c.paragraphs for p in para):
                if self.trace and piece[1] is not None:
                    line = bisect.bisect_right(starts, piece[1])  # 1-based: CR, LF or CRLF
                    self.dropped.append(Dropped(line, piece[0].strip(), "0 comments declared"))
            comments = []
        return comments

    def name_under_post(self, section: int, comments: list[_Comment]) -> str | None:
        """The writer's name alone under the post, in the theme's author box, where no byline
        named them: the name that answers in the thread ("giardiniera  verdure  conserve" /
        "Anna Ferretti" / "Potrebbe interessarti anche" … "Anna Ferretti" / "DATE Rispondi")."""
        names = {_normal(c.author) for c in comments if c.author and c.parent is not None}
        for i in range(section - 1, max(self.body_start, section - _AUTHOR_BOX_LINES), -1):
            text = self.strip[i]
            if (
                text
                and _normal(text) in names
                and not self.strip[i - 1]
                and (i + 1 == len(self.strip) or not self.strip[i + 1])
                and self.name_like(text, strict=True)
            ):
                return self.rules.clean_author(text)
        return None

    def writer_roles(self, comments: list[_Comment], writer: str | None) -> None:
        """The article's writer answering in the thread with the role the widget shows
        beside the name ("Hannah Pengelly Reporter", "Claire Vidalenc Journaliste"): their
        name, as the byline gave it (no role is cut from a name that is not the writer's:
        "Retired Crime Reporter" is a reader's)."""
        if not writer:
            return
        head = f"{writer} "
        for comment in comments:
            name = comment.author
            if (
                name
                and name.startswith(head)
                and name[len(head) :].casefold() in self.rules.job_titles
            ):
                comment.author = writer

    def drop_quotations(
        self, comments: list[_Comment], earlier: str | TextBuilder, article: _Earlier | str = ""
    ) -> None:
        """A reply that opens with an earlier comment's words in quotation marks or a "> "
        (what ``quotes.drop_quotation`` reads in HTML and JSON Lines), its header line already
        read ("Lucia Ferri ha scritto:" / "«Anche io leggo in treno …»")."""
        starts = [line.start for line in self.lines] if self.trace else []
        above: list[str] = []  # the comments read so far, normalised only when one may quote
        posts = _Earlier(earlier)
        texts: dict[int, str] = {}  # (``_quoted_comment``'s)
        for n, comment in enumerate(comments):
            paragraphs = comment.paragraphs
            if not self.may_quote(paragraphs[0][0][0] if paragraphs and paragraphs[0] else ""):
                above.extend(piece[0] for paragraph in paragraphs for piece in paragraph)
                continue
            lines = [[piece[0] for piece in paragraph] for paragraph in paragraphs]
            if above:
                posts.add(above)
                above = []
            kept = drop_quotation(lines, posts, self.rules, article=article)
            dropped = sum(map(len, lines)) - sum(map(len, kept))
            if dropped and comment.level_floor:
                # (among the comments just above: a thread's reply follows its parent's
                # subthread, and a page of thousands is not searched whole for each)
                earlier_ones = comments[max(0, n - _QUOTED_WINDOW) : n]
                comment.quotes = _quoted_comment(comment.paragraphs[0][0][0], earlier_ones, texts)
            while dropped:
                text, offset = comment.paragraphs[0].pop(0)
                if not comment.paragraphs[0]:
                    comment.paragraphs.pop(0)
                if self.trace and offset is not None:
                    line = bisect.bisect_right(starts, offset)  # 1-based
                    self.dropped.append(Dropped(line, text.strip(), "quoted from an earlier post"))
                dropped -= 1
            above.extend(t for p in lines for t in p)

    def drop_parent_quotations(self, comments: list[_Comment], builder: TextBuilder) -> None:
        """Once parents are known: a reply's first line that quotes its parent (unmarked)."""
        starts = [line.start for line in self.lines] if self.trace else []
        # (the post's text, looked in only for a thread copied with its levels, and not a
        # big file's body: Reddit's comment that opens with the post's words)
        post = _Earlier(builder) if builder.length <= _QUOTED_POST_MAX else None
        said_by: dict[int, list[str]] = {}  # a comment's lines, normalised when first asked
        for n, comment in enumerate(comments):
            lines = 0
            if (
                self.quotes_parent(comment)
                or self.quotes_earlier_comment(comment, comments, n, said_by)
                or self.quotes_post(comment, post)
            ):
                lines = 1
            elif _quotes_named(comment, comments[max(0, n - _QUOTED_WINDOW) : n]):
                lines = 2  # the quoted poster's name, then their words
            for _ in range(lines):
                text, offset = comment.paragraphs[0].pop(0)  # (its line: a paragraph's first)
                if not comment.paragraphs[0]:
                    comment.paragraphs.pop(0)
                if self.trace and offset is not None:
                    line = bisect.bisect_right(starts, offset)  # 1-based
                    self.dropped.append(Dropped(line, text.strip(), "quoted from its parent"))

    @staticmethod
    def quotes_parent(comment: _Comment) -> bool:
        """A reply that opens with a line of its own that is words of the comment it answers
        ("Con lluvia es hasta más bonita" / its answer): a quotation whose box the copy lost
        (Reddit's, without its "> ")."""
        if comment.parent is None or not _opens_apart(comment, 4):
            return False
        parent = " ".join(_normal(piece[0]) for p in comment.parent.paragraphs for piece in p)
        return _normal(comment.paragraphs[0][0][0]).rstrip(".…") in parent

    @staticmethod
    def quotes_post(comment: _Comment, post: _Earlier | None) -> bool:
        """A comment in a thread copied with its levels ("level 1") that opens with a
        sentence of the post, six words or more, in a paragraph of its own: the quotation it
        answers ("Is this just the life now?" / "Partly, honestly …")."""
        if post is None or comment.level is None:
            return False
        apart = _opens_apart(comment, 6)
        # (right over its answer, eight words: "Sorry for the formatting, I'm on mobile." may
        # be a commenter's own words and the post's)
        if not (apart or _opens_over_its_answer(comment, 8)):
            return False
        said = _normal(comment.paragraphs[0][0][0]).rstrip(".…?!")
        if said not in post:
            return False
        below = _normal(comment.paragraphs[0][1][0]).split() if not apart else []
        # (not one of the post's sentences wrapped over two lines, "… this time" / "was the
        # conditioner …", which the line under it goes on in the post)
        return not (below and f"{said} {below[0]}" in post)

    @staticmethod
    def quotes_earlier_comment(
        comment: _Comment, comments: list[_Comment], n: int, said_by: dict[int, list[str]]
    ) -> bool:
        """A comment on the post that opens with words of another comment above it, in a
        paragraph of its own (six words or more): the quotation it answers, its "> " lost
        ("Au 4e étage il y a peu d'insectes pollinisateurs." / its answer)."""
        if comment.parent is not None:
            return False
        # (or a line right over its answer, where a copy sets a paragraph a line: eight words
        # or more, a whole sentence of the other's; Disqus's quotation box lost)
        over = not _opens_apart(comment, 6) and _opens_over_its_answer(comment, 8)
        if not (over or _opens_apart(comment, 6)):
            return False
        first = comment.paragraphs[0][0][0].lstrip()
        # a sentence of it, in a thread copied with its levels (Reddit's, where one quotes
        # that way), or, in any thread, words cut from inside one ("a cheap skateboard
        # bearing …": no one opens their own words in small letters)
        cut = first[:1].islower()
        if comment.level is None and not cut and not over:
            return False
        if over and (cut or first.rstrip()[-1:] not in ".!?…"):
            return False
        said = _normal(first)
        for k in range(max(0, n - _QUOTED_WINDOW), n):
            if over and comments[k].author == comment.author:
                continue  # (one's own sentence said again: "Die Gare ist wichtiger …")
            lines = said_by.get(k)
            if lines is None:  # (each comment's lines normalised once, not once a reply)
                paragraphs = comments[k].paragraphs
                lines = said_by[k] = [_normal(piece[0]) for p in paragraphs for piece in p]
            if over and lines and lines[0].startswith(said):
                continue  # (a set phrase both open with: "Thank you so much for sharing …")
            if any((said in text) if cut else _whole_sentence(said, text) for text in lines):
                return True
        return False

    def may_quote(self, first: str) -> bool:
        """Whether a comment's first line may open a quotation: a "> ", a quotation mark, or a
        short line a quotation's or a comment's header could read ("Sam K wrote:")."""
        first = first.strip()
        if first[:1] in _QUOTATION_STARTS or first[-1:] == ":":
            return True
        head, colon, rest = first.partition(":")
        if colon and 0 < len(head) <= 60 and rest[:1].strip():  # "NAME escribió:¿Quién …"
            return True  # (the header glued to the words it quotes, as a copy runs them on)
        return len(first) <= _QUOTE_HEADER_MAX and self.rules.may_match(
            ("quote_headers",), self.rules.probe(first)
        )

    def post_row_count(self, end: int) -> int | None:
        """New Reddit's row under the post: its score and its comment count, one a line,
        over its buttons ("214" / "87" / "Share" / "Save"), before line ``end``."""
        for i in range(min(end, len(self.lines)) - 2):
            if (
                self.strip[i].isdecimal()
                and self.strip[i + 1].isdecimal()
                and (self.share_line(self.strip[i + 2]) or self.hit("chrome", i + 2) is not None)
                and (i == 0 or not self.strip[i - 1])
            ):
                return int(self.strip[i + 1])
        return None

    def stats_count(self, start: int, n: int, above: int = 0) -> int | None:
        """A count set as a number over its word ("7" / "reacties"): a forum's topic stats
        under the last post."""
        for i in range(start, n - 1):
            if (
                self.strip[i].isdigit()
                and 0 < len(self.strip[i + 1]) <= 20
                # (not a comment's votes over its Reply button: "58" / "Reply")
                and self.strip[i + 1].casefold() not in self.rules.reply_buttons
                and not (self.forum and self.posts_count(i))  # (a poster's count of posts)
                # (over the comment section, the post's own: its buttons under it)
                and (i >= above or (i + 2 < n and self.hit("chrome", i + 2) is not None))
            ):
                hit = self.rules.match("count_headers", f"{self.strip[i]} {self.strip[i + 1]}")
                if hit is not None:
                    return self.rules.number(hit.get("n"))
        return None

    def drop_reaction_names(self, comments: list[_Comment], author: str | None) -> None:
        """Who reacted to a post, named under it ("Saskia Beumer en Jeroen84", as XenForo
        lists up to three): a line of nothing but the thread's own posters, not the text."""
        names = {_normal(c.author) for c in comments if c.author} | {_normal(author or "")}
        names.discard("")
        starts = [line.start for line in self.lines] if self.trace else []
        for comment in comments:
            if sum(len(p) for p in comment.paragraphs) < 2:
                continue
            text, offset = comment.paragraphs[-1][-1]
            if len(text) > 120:
                continue
            parts = self.rules.name_list.split(text.strip())
            own = _normal(comment.author or "")  # (a commenter signs with their own name)
            if len(parts) > 5 or any(_normal(p) not in names or _normal(p) == own for p in parts):
                continue
            comment.paragraphs[-1].pop()
            if not comment.paragraphs[-1]:
                comment.paragraphs.pop()
            if self.trace and offset is not None:
                line = bisect.bisect_right(starts, offset)
                self.dropped.append(Dropped(line, text.strip(), "who reacted to the post"))

    def drop_recurring_trailers(self, comments: list[_Comment]) -> None:
        """What a page sets under every comment in words no table knows (its buttons and
        counts: "8 △ ▽ • Répondre • Partager ›", "Segnala abuso"): the same short last line,
        its figures aside, under three comments or more and under half of them at least,
        by more than one commenter (one's alone is their signature's, read below)."""
        if len(comments) < 3:
            return
        starts = [line.start for line in self.lines] if self.trace else []
        while True:  # (a row of two lines: "Gosto 5" over "Não gosto 0")
            endings: dict[str, list[_Comment]] = {}
            for comment in comments:
                paragraphs = comment.paragraphs
                if not paragraphs or (len(paragraphs) == 1 and len(paragraphs[0]) == 1):
                    continue  # (all it says)
                text = paragraphs[-1][-1][0].strip()
                if len(text) <= _TRAILER_MAX and self.trailer_like(text):
                    shape = _FIGURES.sub("#", " ".join(text.split()))
                    endings.setdefault(shape, []).append(comment)
            trailers = [
                under
                for under in endings.values()
                if len(under) >= 3
                and 2 * len(under) >= len(comments)
                and len({c.author for c in under}) > 1
            ]
            if not trailers:
                return
            for comment in (c for under in trailers for c in under):
                last = comment.paragraphs[-1]
                text, offset = last.pop()
                if not last:
                    comment.paragraphs.pop()
                if self.trace and offset is not None:
                    number = bisect.bisect_right(starts, offset)  # 1-based
                    self.dropped.append(Dropped(number, text.strip(), "recurring trailer"))

    def trailer_like(self, text: str) -> bool:
        """What a page may set under every comment: a row with figures in it ("Gosto 5",
        "8 △ ▽ • Répondre"), not a label and its value ("Score: 7/10"); or a word or two that
        end no sentence and close no letter ("Bovenaan"; not "Saludos", "Thanks!", "#SaveTheLido")."""
        if _DIGIT.search(text):
            return ":" not in text
        words = text.split()
        return (
            len(words) <= 2
            and not _SENTENCE_END.search(text)
            and text[-1:] not in "!?"
            and text[:1] != "#"
            and text.casefold().rstrip(",") not in self.rules.closings
        )

    def drop_signatures(
        self, comments: list[_Comment], opener: str | None = None, section: int | None = None
    ) -> set[str]:
        """A forum signature without a separator ("Gilera Saturno 500 (1949) - Guzzi Airone
        (1952)"): the same short last line under two or more posts of one author, the
        opening post (by ``opener``, above line ``section``) counting as one of them. What
        it returns is the opener's lines (their signature, and their name and rank the copy
        ran on under it), to be taken from under the opening post too."""
        endings: dict[tuple[str, str], list[_Comment]] = {}
        for comment in comments:
            # the last line, a paragraph of its own or run on under the text's last line
            paragraphs = comment.paragraphs
            last = paragraphs[-1][-1] if len(paragraphs) > 1 or len(paragraphs[-1]) > 1 else None
            if comment.author and last and 12 <= len(last[0].strip()) <= 150:
                key = (_normal(comment.author), _signed(last[0]))
                endings.setdefault(key, []).append(comment)
        opening: set[str] = set()
        if opener and section is not None and endings:
            opening = {_signed(t) for t in self.strip[:section] if 12 <= len(t) <= 150}
        # a signature already left out under another post of theirs (under its edit note)
        left: dict[str, set[str]] = {}
        for comment in comments:
            if comment.author and comment.after:
                left.setdefault(_normal(comment.author), set()).update(comment.after)
        starts = [line.start for line in self.lines] if self.trace else []
        opening_signature: set[str] = set()
        for (author, line), signed in endings.items():
            by_opener = author == _normal(opener or "")
            under = left.get(author, set())
            if len(signed) < 2 and not (by_opener and line in opening) and line not in under:
                continue
            while True:
                apart = False  # the line taken a paragraph of its own
                for comment in signed:
                    last = comment.paragraphs[-1]
                    text, offset = last.pop()
                    if by_opener:
                        opening_signature.add(_signed(text))
                    if not last:
                        comment.paragraphs.pop()
                        apart = True
                    if self.trace and offset is not None:
                        number = bisect.bisect_right(starts, offset)  # 1-based
                        self.dropped.append(Dropped(number, text.strip(), "signature"))
                # a signature of two lines ("Henk" over "Moderator · Energieadviseur"): the
                # line over it the same under every post of theirs, and not all they wrote
                if any(sum(map(len, c.paragraphs)) < 2 for c in signed):
                    break
                over = {_signed(c.paragraphs[-1][-1][0]) for c in signed}
                if len(over) > 1 or (len(signed) < 2 and not over <= under):
                    break
                if apart and self.rules.signed_closing(signed[0].paragraphs[-1][-1][0].strip()):
                    # their sign-off a blank line over it, the same in every post ("Gruß
                    # Tom"); run into the signature's block, it is part of it ("Viele
                    # Grüße, Dr. Iris Mahnke" / "– Moderation Wasserchemie –")
                    break
        return opening_signature

    def headlines_only(self, comments: list[_Comment], section: int) -> bool:
        """What follows a button that opens the comments ("Ver 23 comentarios"), where the
        page never loaded them and a box's label stands right under it ("Te puede
        interesar"), is the boxes under the article: three or more "comments"
        with no name and no date, each of lines that end no sentence (other stories'
        headlines and their sections, "Detenido un vecino de Almedro por robar gasóleo" /
        "Vega Alta"). They are left out."""
        if len(comments) < 3 or any(c.author or c.published for c in comments):
            return False
        box = self.next_filled(section + 1, 3)  # a box's label right under the button
        if box is None or not (self.hit("related", box) or self.hit("boilerplate", box)):
            return False  # ("5 Comments" over "Great post" / "Thanks for sharing": comments)
        headlines = sum(
            len(c.paragraphs) == 1
            and all(
                len(text := line.strip()) <= 120 and text[-1:].isalnum()
                for line, _ in c.paragraphs[0]
            )
            for c in comments
        )
        if headlines * 4 < len(comments) * 3:  # (the cookie banner under them may be one)
            return False
        if self.trace:
            starts = [line.start for line in self.lines]
            for text, offset in (p for c in comments for par in c.paragraphs for p in par):
                if offset is not None:
                    number = bisect.bisect_right(starts, offset)
                    self.dropped.append(Dropped(number, text.strip(), "headlines, not comments"))
        return True

    def drop_named_signatures(self, comments: list[_Comment]) -> None:
        """A forum post's last line that signs it by name and says who they are, with no
        separator over it ("Gaston – potager en Charente depuis 1971", "Vriendelijke groet,
        Sanne – moderator Verbouwen & Energie"): the poster's signature, not their text.
        (A line of fields set apart by bars is not asked: "Drum sander | 45 GBP a day |
        worth every penny" answers a question as a signature's gear list reads.)"""
        starts = [line.start for line in self.lines] if self.trace else []
        for comment in comments:
            if not comment.author or sum(map(len, comment.paragraphs)) < 2:
                continue
            text, offset = comment.paragraphs[-1][-1]
            signed = _NAMED_SIGNATURE.match(text.strip())
            names = {w.casefold() for w in _LETTERS.findall(comment.author) if len(w) >= 3}
            if (signed is None or signed.group(1).casefold() not in names) and not (
                # a saying in quotation marks, a paragraph of its own closing the post,
                # no colon over it that would announce a quotation ("« Une ruche se visite,
                # elle ne se dérange pas. »")
                _SAYING.fullmatch(text.strip())
                and len(comment.paragraphs) >= 2
                and len(comment.paragraphs[-1]) == 1
                and comment.paragraphs[-2][-1][0].rstrip()[-1:] in ".!?…"
            ):
                continue
            comment.paragraphs[-1].pop()
            if not comment.paragraphs[-1]:
                comment.paragraphs.pop()
            if self.trace and offset is not None:
                number = bisect.bisect_right(starts, offset)  # 1-based
                self.dropped.append(Dropped(number, text.strip(), "signature"))

    def drop_opening_signature(self, signed: set[str], section: int, builder: TextBuilder) -> None:
        """The opener's signature, found under their replies, under the opening post too
        (where their name and rank under it went with their profile): its last lines, up to
        a blank line over them (the words over it are the post's, "Greetings from Lecco")."""
        while builder.paragraphs:
            end = builder.paragraphs[-1][1]
            last = builder.text[:end].rsplit("\n", 1)[-1]
            count = len(builder.paragraphs)
            if _signed(last) not in signed or builder.drop_last_line() is None:
                return
            if self.trace:
                at = max(i for i in range(section) if _signed(self.strip[i]) == _signed(last))
                self.dropped.append(Dropped(at + 1, self.strip[at], "signature"))
            if len(builder.paragraphs) < count:
                return  # (a paragraph of its own: the signature's block is gone)

    def after_standfirst(self, start: int, meta: _Meta) -> int:
        """Where the body starts past a standfirst: a news page sets its summary under the
        title and the byline or date under that; the summary is not the article's text."""
        n = len(self.lines)
        i = start
        while i < n and not self.strip[i]:
            i += 1
        if i < n and (byline := self.byline(i)) is not None and self.read_byline(byline, meta):
            self.drop(i, byline.rule.id)  # no summary: the byline itself ("di NAME" / DATE)
            return i + 1
        # the summary's one or two lines, then the byline: after a blank line, or on the next
        # line where a copy runs the page's blocks together without blank lines
        captions: set[int] = set()  # a photo's caption between the summary and the byline
        # a box labelled as the summary holds its points a line each ("L'essentiel")
        labelled = self.summary_label(i)
        limit = min(i + 5, n)  # (three lines of a summary a text browser wrapped, a blank)
        for k in range(i + 1, min(i + 8, n)):
            if k >= limit:
                break
            if k > i + 1 and self.strip[k - 1] and not self.strip[k - 2] and k - 1 not in captions:
                break  # a second block began: the summary is one block
            if not self.strip[k] or k in captions:
                continue
            credit = k + 1 if self.captioned(k) else None  # ("… en el barranco." / "L. F.")
            if credit is None and k + 1 < n and _CREDIT_LINE.fullmatch(self.strip[k + 1]):
                credit = k + 1  # ("… cette année." / "© Photo Écho du Val-Saunier / Y. B.")
            if self.hit("captions", k) is not None or credit is not None:
                captions.add(k)
                if credit is not None:
                    captions.add(credit)
                limit = min(limit + 2 + (credit is not None), n)
                continue
            if self.avatar_over_name(k):
                self.drop(k, "avatar's initials")  # "SO" / "Sabine Ortlepp" / DATE
                captions.add(k)
                limit = min(limit + 1, n)
                continue
            if (m := self.avatars_over_follow(k)) is not None:
                # the avatars' alt texts, the writer's and the publication's, between the
                # summary and the byline (Medium: "NAME" / "PUBLICATION" / "" / "NAME" /
                # "·" / "Follow")
                for q in range(k, m):
                    if self.strip[q]:
                        captions.add(q)
                        self.drop(q, "avatar's alt text")
                limit = min(max(limit, m + 1), n)
                continue
            named = self.dated_name(k) or self.followed_name(k) or self.placed_name(k, apart=True)
            if self.byline_or_date(k) or named:
                summary = [m for m in range(i, k) if self.strip[m] and m not in captions]
                for m in captions:
                    self.drop(m, "caption")
                wrapped = _hard_wrapped([self.strip[m] for m in summary], self.wrap_width)
                if not self.drop_summary(summary, 2 if not (wrapped or labelled) else len(summary)):
                    return start
                if named and not self.byline_or_date(k):
                    meta.author = meta.author or self.rules.clean_author(self.name_without_place(k))
                    self.drop(k, "byline (a name over the date or a Follow button)")
                    if k + 2 < n and self.role_line(k + 1) and not self.is_prose(k + 1):
                        self.drop(k + 1, "the writer's role")
                        k += 1
                    elif self.placed_name(k, apart=True):
                        place = k + (1 if self.strip[k + 1] else 2)
                        self.drop(place, "the writer's place")  # "Villaseca del Campo"
                        k = place
                    date = self.next_filled(k + 1, 2)  # (a blank line between, as a phone sets)
                    dateline = date is not None and self.dateline(date)
                    if dateline or (date is not None and self.dated_line(date)):
                        # the byline's own date, over a masthead's date of the day (alone,
                        # or after a place: "Valdecierva | 07/05/2024 - 06:00")
                        text = self.strip[date]  # (its first date: "PLACE | DATE | …")
                        meta.published = (
                            self.rules.dates.parse_date(text, self.order) or meta.published
                        )
                        self.drop(date, "dateline" if dateline else "date line")
                        return date + 1
                    return self.meta_run(k + 1, meta) if self.followed_name(k) else k + 1
                return k
            if (byline := self.word_over_name(k)) is not None:
                # a phone's byline a part a line, under the summary: "Por" / "Romina
                # Etchart" / "14 de agosto de 2024 · 07:30"
                summary = [m for m in range(i, k) if self.strip[m] and m not in captions]
                if not self.drop_summary(summary, 1):
                    return start  # (two lines over it: the article's, not a summary)
                for m in captions:
                    self.drop(m, "caption")
                author, last = byline
                meta.author = meta.author or author or None
                self.drop(k, "byline (its word over the name)")
                for m in range(k + 1, last + 1):
                    self.drop(m, "byline (the name under its word)")
                date = self.next_filled(last + 1, 1)
                if date is not None and self.is_date_line(date):
                    meta.published = (
                        self.rules.dates.parse_date(self.strip[date], self.order) or meta.published
                    )
                    self.drop(date, "date line")
                    return date + 1
                return last + 1
            if len(self.strip[k]) <= _SHORT and not self.is_prose(k):
                if self.strip[k][:1].islower() and k == i + 1:
                    continue  # the summary's own line, wrapped ("… em março" / "não garante …")
                if all(self.strip[i:k]) and (labelled or self.wrapped_prose(i)):
                    continue  # (a summary a text browser wrapped at its width, or its points)
                return start  # a subheading or a caption, not a byline: no standfirst here
        return start

    def summary_label(self, i: int) -> bool:
        """The line over line ``i``, under the title, labels a news page's summary box
        ("L'essentiel", "Das Wichtigste in Kürze")."""
        above = i - 1
        while above >= 0 and not self.strip[above]:
            above -= 1
        return above >= 0 and self.strip[above].casefold().rstrip(" :") in self.rules.summary_labels

    def drop_summary(self, summary: list[int], most: int) -> bool:
        """Drops a standfirst of at most ``most`` lines and 400 characters, and says whether
        it did: longer, the lines over the byline are the article's, not its summary."""
        if len(summary) > most or sum(len(self.strip[m]) for m in summary) > 400:
            return False
        for m in summary:
            self.drop(m, "standfirst")
        return True

    def before_lead_in(self, start: int, end: int) -> int:
        """Where the body starts when its first paragraph opens with a word in capitals ("THE
        Friends of Saltmeadow Lido had hoped …", a British paper's lead-in) or with the
        place it was written in ("Kelbach – Eigentlich …", a German paper's dateline): a
        sentence or two standing alone above it is the standfirst, not the article's."""
        first = next((k for k in range(start, end) if self.strip[k]), None)
        if first is None or first + 2 >= end or self.strip[first + 1]:
            return start
        # (the photo between them and its caption, perhaps its alt text over it: "De brug." /
        # "De brug. Foto: NAME")
        second = next(
            (k for k in range(first + 1, end) if self.strip[k] and not self.photo_line(k)), None
        )
        if second is None or len(self.strip[first]) > 300 or not self.is_prose(first):
            return start
        if _DATELINE_OPENING.match(self.strip[second]) and not _DATELINE_OPENING.match(
            self.strip[first]
        ):
            self.drop(first, "standfirst")
            return second
        lead = _LEAD_IN.match(self.strip[second])
        if lead is None:
            return start
        word = lead.group(1)
        if len(word) < 5 and word not in _LEAD_IN_WORDS:
            return start  # an acronym ("NHS bosses said …")
        self.drop(first, "standfirst")
        return second

    def under_its_alt_text(self, k: int) -> bool:
        """Line ``k``, a sentence or two, is a photo's caption under the photo's alt text, the
        two a block of their own: a phrase with no stop over it that names the same things
        ("Tarros de escabeche de bonito recién cerrados" / "Los tarros, recién cerrados. Ahora
        toca esperar tres días."). A subheading over its paragraph shares a word or two, but
        its paragraph runs longer than a caption's line or two."""
        text = self.strip[k]
        if self.lines_are_paragraphs or not 0 < k < len(self.lines) or len(text) > 90:
            return False
        alt = self.strip[k - 1]
        if not alt or text[-1] not in ".!" or alt[-1] in ".!?:;,…" or len(alt) > 90:
            return False
        if (k >= 2 and self.strip[k - 2]) or (k + 1 < len(self.lines) and self.strip[k + 1]):
            return False  # (a block of two lines, no more)
        if not 3 <= len(alt.split()) <= 14:
            return False
        # (its first sentence a noun set apart by a comma, no verb's sentence: "Los tarros,
        # recién cerrados." but not "Flour prices rose sharply." under "Rising flour prices")
        head = _INNER_SENTENCE_END.split(text, 1)[0]
        if ", " not in head or len(head.split(", ", 1)[0].split()) > 5:
            return False

        def words(line: str) -> set[str]:
            return {
                w
                for w in (w.strip(".,;:!?«»\"'()").casefold() for w in line.split())
                if len(w) >= 5
            }

        shared = words(alt) & words(text)
        if len(shared) >= 2:
            return True
        # (or one, the caption's noun, in a caption with no verb's sentence: "Des orties
        # fraîchement coupées dans un seau" / "Les orties de mars, jeunes et tendres : les
        # meilleures pour le purin.")
        return (
            len(shared) == 1
            and len(alt.split()) >= 5
            and not shared.isdisjoint(words(head.split(", ", 1)[0]))
            and not self.has_finite_verb(text)
        )

    @functools.cached_property
    def scrubbers(self) -> frozenset[int]:
        """The lines of a thread's timeline scrubber ("6 sur 7 messages", "6 of 7 posts", a
        line the tables know), found once: most pages have none."""
        return frozenset(
            m
            for m, text in enumerate(self.strip)
            if _SCRUBBER.fullmatch(text) is not None and self.hit("chrome", m) is not None
        )

    def by_scrubber(self, k: int) -> bool:
        """Line ``k``, short, stands by a thread's timeline scrubber: one of its lines, two
        filled lines above it (the first post's label and date) or two under it
        ("Maintenant", "Now"; "Suivre")."""
        text = self.strip[k]
        if not self.scrubbers or not text or len(text) > 30:
            return False
        filled = [m for m in range(max(0, k - 4), min(len(self.lines), k + 5)) if self.strip[m]]
        at = filled.index(k)
        return not self.scrubbers.isdisjoint(filled[max(0, at - 2) : at + 3])

    def nothing_but_furniture_after(self, k: int) -> bool:
        """Under line ``k``, to the end, only blank lines and the tables' furniture; or, to a
        count of comments, short lines with no sentence in them too (a footer's links)."""
        short = False
        for m in range(k + 1, len(self.lines)):
            text = self.strip[m]
            if not text or self.hit("boilerplate", m) is not None:
                continue
            if self.hit("count_headers", m) is not None:
                return True  # (the comment section proper, pasted on its own under the page)
            if len(text) > 20 or text[-1:] in ".!?":
                return False
            short = True
        return not short

    def counter_under_date(self, k: int) -> bool:
        """Line ``k`` is a label and a figure alone ("Hits: 412", "Affichages : 412") right
        under the article's date line, closing its block: the article's count of views in
        its info (Joomla's), not a statistic of the text's."""
        return (
            0 < k < len(self.lines) - 1
            and _COUNTER_LINE.fullmatch(self.strip[k]) is not None
            and not self.strip[k + 1]
            and (self.is_date_line(k - 1) or self.hit("date_lines", k - 1) is not None)
        )

    def category_in_meta_block(self, k: int) -> bool:
        """Line ``k``, a word or two, stands between the byline's date and the count of
        comments in one block over the article, or closes the block under the byline and
        its date: the category the post is filed under ("14 de marzo de 2024" / "Conservas" /
        "10 comentarios"; "Por NAME" / "14 de março de 2024" / "Hortas"; "14 marzo 2024" /
        "NAME" / "Restauri")."""
        text = self.strip[k]
        if not (0 < k < len(self.lines) - 1) or len(text) > 30 or text[-1] in ".!?:;,":
            return False
        above, below = k - 1, k + 1
        if (
            self.strip[above]
            and not self.strip[below]
            and above > 0
            and self.name_like(self.strip[above], strict=True)
            and (self.is_date_line(above - 1) or self.hit("date_lines", above - 1) is not None)
            and (above == 1 or not self.strip[above - 2])
        ):
            return True  # (closing a block of the date over the writer's name: Hugo's Mainroad)
        if not self.strip[above] or not (
            self.is_date_line(above) or self.hit("date_lines", above) is not None
        ):
            return False
        if not self.strip[below]:  # (or closing the block: "Por NAME" / DATE / "Hortas")
            return above > 0 and self.names_writer(above - 1)
        return len(self.strip[below]) <= 40 and self.hit("count_headers", below) is not None

    def photo_line(self, k: int) -> bool:
        """Line ``k`` is a photo's caption or credit, or its alt text over the caption that
        repeats it."""
        text = self.strip[k]
        return (
            self.hit("captions", k) is not None
            or _credited(text)
            or self.captioned(k)
            or _INITIALS_LINE.match(text) is not None
            or (k + 1 < len(self.lines) and len(text) > 20 and self.strip[k + 1].startswith(text))
        )

    def byline_or_date(self, k: int) -> bool:
        text = self.strip[k]
        if not text or len(text) > _SHORT:
            return False
        return (
            self.names_someone(self.byline(k))
            or self.is_date_line(k, relative=False)
            or self.hit("date_lines", k) is not None  # "DATE · Atualizado em DATE"
        )

    def marked_title(self, first_prose: int | None, limit: int) -> int | None:
        """A title line the page marks as one ("TITLE (self.Backen)") below the first
        paragraph of prose, in the head: that prose was a sidebar's, not the article's; or a
        title right over its byline ("Eerste jaar volkstuin: wat ik anders zou doen" /
        "ingediend 4 dagen geleden door NAME naar COMMUNITY"), under a community's blurb."""
        if first_prose is None:
            return None
        bracketed = "(" in self.head
        prose = 0  # the blurb's paragraphs above a title over its byline: one or two
        blurb = True  # still where that title may stand
        for i in range(first_prose + 1, min(limit, _HEAD_LINES)):
            text = self.strip[i]
            if bracketed and text.endswith(")") and self.hit("titles", i) is not None:
                return i
            if not blurb:
                continue
            prose += self.is_prose(i)
            if prose > 1 or i - first_prose > _BLURB_LINES:
                # past the blurb for good (both only grow): no line under it is asked whether
                # it is prose, and only a marked title is left to look for
                if not bracketed:
                    return None
                blurb = False
            elif self.over_byline(i):
                return i
        return None

    def over_byline(self, i: int) -> bool:
        """Line ``i`` is a title standing alone over a byline that names the author (not the
        writer's name over their place and date: a title has four words or more)."""
        text = self.strip[i]
        if not text or (i and self.strip[i - 1]) or len(text.split()) < 4 or len(text) > _SHORT:
            return False
        if text[-1] in ".!;," or self.is_prose(i) or self.byline(i):
            return False
        if _credited(text) and self.long_caption(i) is not None:
            return False  # a photo's caption over the byline, under the standfirst
        j = next((k for k in range(i + 1, min(i + 3, len(self.lines))) if self.strip[k]), None)
        if j is None:
            return False
        hit = self.byline(j)
        return hit is not None and bool(hit.get("author"))

    def line_of(self, title: str) -> int | None:
        """The head's line that is the title, if the text repeats it."""
        wanted = _normal(title)
        return next(
            (
                i
                for i in range(min(len(self.lines), _HEAD_LINES))
                if _normal(self.strip[i]) == wanted
            ),
            None,
        )

    def title_under_date_header(self, i: int) -> bool:
        """Blogger's date header over a title that reads as a sentence ("Copertina granny
        per la piccola Bianca: finalmente finita!"), the post's text right under it."""
        text = self.strip[i]
        return (
            1 < i < len(self.lines) - 1
            and len(text) <= 100
            and text[-1:] not in ".…:"
            and self.is_prose(i + 1)
            and self.is_date_line(i - 1)
            # (in one block with the blog's name over it: a title in a block of its own
            # over the date makes the line under the date the post's first words)
            and bool(self.strip[i - 2])
        )

    def community_box(self, i: int) -> bool:
        """Line ``i`` opens the box a federated forum sets beside its threads, copied under
        the last comment (Lemmy): the community's name over its address and its subscribe
        button ("Balkonkraftwerk" / "!balkonkraftwerk@lemmy.example" / "Abonnieren"), or the
        address alone over the button."""
        text = self.strip[i]
        if _SUBREDDIT.fullmatch(text):
            # a Reddit front end's (Redlib's) box of the subreddit under the thread: its
            # name, title and rules over its figures ("41.2k Members" / "87 Active")
            filled = [k for k in range(i + 1, min(i + 12, len(self.lines))) if self.strip[k]]
            return any(_MEMBERS.match(self.strip[k]) for k in filled[:5]) and (
                self.nothing_answered_after(i)
            )
        if (
            0 < len(text) <= 40
            and " " not in text
            and i > 0
            and not {f"/m/{text}", f"m/{text}"}.isdisjoint(self._head_lines)
        ):
            # Mbin's box: the magazine's name alone, as its head named it ("/m/cucina"), over
            # its description and its subscribe button with the count under it
            filled = [k for k in range(i + 1, min(i + 8, len(self.lines))) if self.strip[k]]
            if any(
                self.rules.signup_call(self.strip[k]) and _NUMBER_ONLY.match(self.strip[m])
                for k, m in itertools.pairwise(filled[:4])
            ):
                return self.nothing_answered_after(i)
        if "@" not in text:
            below = self.next_filled(i + 1, 3)
            if below is None or "@" not in self.strip[below]:
                return False
            if not _COMMUNITY_ADDRESS.fullmatch(self.strip[below]):
                return False
            # (its name over its address, the address's own first part: "semis" /
            # "semis@potager-libre.fr", the box's subscribe button perhaps not copied)
            local = self.strip[below].lstrip("!").split("@", 1)[0]
            # its subscribers ("1 204 abonné·es"), under its buttons perhaps ("Beitrag
            # erstellen" / "Abonnieren")
            filled = [k for k in range(below + 1, min(below + 8, len(self.lines))) if self.strip[k]]
            if _normal(local.replace("_", " ")) == _normal(text.replace("_", " ")) and any(
                _FIGURE_WORD.match(self.strip[k].lstrip("*•- ")) for k in filled[:3]
            ):
                return self.nothing_answered_after(below)
            return below == i + 1 and self.community_box(below)
        if not _COMMUNITY_ADDRESS.fullmatch(text):
            return False
        button = self.next_filled(i + 1, 2)
        if button is None or not (
            self.rules.signup_call(self.strip[button])
            or self.strip[button].casefold() in self.rules.follow_buttons
        ):
            return False
        return self.nothing_answered_after(button)

    def nothing_answered_after(self, k: int) -> bool:
        """No comment's header under line ``k``: what is under it is the page's (an address
        and "Join" inside a comment, a mailing list's, have comments after them)."""
        return not any(
            self.strip[m] and len(self.strip[m]) <= _SHORT and self.header(m) is not None
            for m in range(k + 1, min(k + 400, len(self.lines)))
        )

    def post_navigation(self, i: int, n: int) -> list[int]:
        """The links to the previous and the next post under the article, a guillemet
        pointing out of each ("« Les œufs de mars …" // "Greffer un vieux pommier … »")."""
        text = self.strip[i]
        label, colon, _ = text.partition(":")
        if colon and label.strip().casefold() in self.rules.post_links:
            # a block theme's, a label before each ("Précédent : TITLE" / "Suivant : TITLE")
            k = self.next_filled(i + 1, 2)
            after = self.strip[k].partition(":") if k is not None and k < n else ("", "", "")
            if (
                after[1]
                and after[0].strip().casefold() in self.rules.post_links
                and after[0].strip().casefold() != label.strip().casefold()
                and self.article_ends_after(k)
            ):
                return [i, k]
            return []
        if not text.startswith(("« ", "‹ ")) or "»" in text or "›" in text:
            return []
        k = self.next_filled(i + 1, 2)
        if k is None or k >= n:
            return []
        after = self.strip[k]
        if not after.endswith((" »", " ›")) or "«" in after or "‹" in after:
            return []
        if len(text) > _SHORT or len(after) > _SHORT or not self.article_ends_after(k):
            return []  # (a quotation in guillemets, a paragraph each, goes on with the article)
        return [i, k]

    def article_ends_after(self, k: int) -> bool:
        """Nothing of the article's under line ``k``: the comments' count or heading, a
        footer, or the page's end."""
        below = self.next_filled(k + 1)
        return below is None or any(
            self.hit(table, below) is not None
            for table in ("count_headers", "section_headings", "footers", "related")
        )

    def writer_line(self, i: int, meta: _Meta) -> bool:
        """The writer's box under the article run into one line: their name as the byline
        gave it, a dash, then who they are ("Hélène Farjon – Jardinière à la Combe Haute …")."""
        if not meta.author:
            return False
        text = self.strip[i]
        if not any(text.startswith(meta.author + dash) for dash in (" – ", " — ", " - ")):
            return False
        # (the last of the article, over its post links or its comments: not an interview's
        # question, the answer under it)
        below = self.next_filled(i + 1)
        return (
            len(text) > len(meta.author) + 20
            and not text.endswith("?")
            and (
                self.article_ends_after(i)
                or (below is not None and bool(self.post_navigation(below, len(self.lines))))
            )
        )

    def labelled_tags(self, i: int, j: int, n: int) -> list[int]:
        """A label over its tags, a line each, in the block under it ("Archivado en:" //
        "Valdemora" / "Aves"), which the tables read as "Archivado en: Valdemora"."""
        label = self.strip[i]
        if j != i + 1 or not label.endswith(":") or len(label) > 40:
            return []  # (alone in its block: not "Share this:" over its buttons and the rest)
        first = self.next_filled(j, 2)
        if first is None or first >= n:
            return []
        items = []
        k = first
        while k < n and self.strip[k] and len(self.strip[k]) <= 40 and not self.is_prose(k):
            items.append(k)
            k += 1
        if not items or (k < n and self.strip[k]):
            return []  # (a line of prose in the list: the article's own list)
        if self.rules.match("boilerplate", f"{label} {self.strip[first]}") is None:
            return []
        return [i, *items]

    def over_notice(self, i: int) -> bool:
        """Line ``i`` opens a site's notice, the rest of it glued under it ("Benvenuto su Forum
        Mantici." / "Se questa è la tua prima visita, ti invitiamo …"): no paragraph of the
        article's."""
        n = len(self.lines)
        if len(self.strip[i]) > 60 or i + 1 >= n or not self.strip[i + 1]:
            return False
        return self.hit("boilerplate", i + 1) is not None or self.long_furniture(i + 1) is not None

    def without_buttons(self, name: str) -> str:
        """A masthead's name without the buttons a copy ran into it ("Heraldo de Tierra Llana
        Suscríbete Iniciar sesión": a sign-up call, then a login link; two of them at least),
        or without its link's shortcut key (PaperMod's "Bits de Madera (Alt + H)")."""
        name = _ACCESS_KEY.sub("", name)
        words = name.split()
        removed = 0
        changed = True
        while changed and len(words) > 2:
            changed = False
            for size in (1, 2, 3):
                tail = " ".join(words[-size:])
                if len(words) - size >= 2 and (
                    self.rules.signup_call(tail)
                    or (
                        size > 1  # (not a word a menu has, "Forum", ending a forum's name)
                        and (
                            self.rules.match("navigation", tail) is not None
                            or self.rules.match("chrome", tail) is not None
                        )
                    )
                ):
                    words = words[:-size]
                    removed += 1
                    changed = True
                    break
        kept = " ".join(words)
        if removed < 2 or any(c in kept for c in "[]/|"):
            # (one word or phrase a button may say ends many names, "Eat Less Read More",
            # "Anyone Can Join"; a menu's row run in is no name either)
            return name
        return kept

    def crumbs_over_title(self, i: int) -> bool:
        """Line ``i`` is a breadcrumb copied without its separators, run into one line that
        ends with the title under it ("Início Fórum Produção Fermentação e leveduras
        Fermentação travada em 1.030 – …" / "Fermentação travada em 1.030 – …")."""
        below = self.next_filled(i + 1, 2)
        if below is None:
            return False
        text, title = self.strip[i], self.strip[below]
        if len(title) < 20 or len(text) <= len(title) + 5 or not text.endswith(" " + title):
            return False
        # (its crumbs with no separator left: not a window's title, "TITLE - Section - SITE"
        # over the site's name)
        return not any(c in _CRUMB_MARKS for c in text[: len(text) - len(title)])

    def prose_under_head(self, first: int, end: int) -> int:
        """The article's first paragraph where the first prose is a sidebar's over the post's
        head: a title over its dated meta row further down, no prose between them (Hexo's
        NexT: the author's bio and counts beside the post, "Postado em DATE …" under its
        title)."""
        if any(self.hit("date_lines", m) or self.byline(m) for m in range(first)):
            return first  # (the post's head stands over it: the prose is the article's)
        for k in range(first + 2, min(end, first + _BIO_REACH)):
            if self.is_prose(k) and not self.is_date_line(k):
                return first  # (the article goes on: the prose was its own)
            if self.hit("date_lines", k) is None:
                continue
            title = k - 1  # (right over its meta row, no label: "Status: …" is none)
            if (
                title <= first
                or not self.title_like(title)
                or ":" in self.strip[title]
                or self.name_like(self.strip[title], strict=True)  # a byline's name over it
            ):
                return first
            after = next((m for m in range(k + 1, min(end, k + 4)) if self.is_prose(m)), None)
            return after if after is not None else first
        return first

    def first_prose(self, end: int) -> int | None:
        """The article's first paragraph of prose, if one comes before the comment section."""
        seen = 0  # lines that are not a byline or a date
        titled = False  # a line that could be the title was seen (not the page's furniture)
        for i in range(end):
            text = self.strip[i]
            if not text:
                continue
            if (
                len(text) <= _SHORT
                and seen >= 2
                and self.hit("count_headers", i) is not None
                and not (self.prose_at(i + 1, end) and not self.next_is_comment(i))
                and not self.in_meta_row(i)  # "DATE" / "por NAME" / "11 Comentários"
            ):  # (a meta row's count has the article under it, not a comment)
                return None  # "1 Responses" after a title and a short body
            # the first line is a title (or a page's name) however it reads
            if (
                titled
                and self.opens_prose(i)
                and not self.hit("boilerplate", i)
                and not self.long_furniture(i)  # ("If this is your first visit, be sure …")
                and not self.hit("sites", i)  # a breadcrumb: "Forum » Section » TITLE"
                and not self.consent(i)
                and not self.notice(i)
                and not self.byline_under(i)
                and not (
                    i > 0
                    # (a text browser's dump sets a blank line under the blog's name)
                    and (self.strip[i - 1] or (i > 1 and self.dumped_tagline(i)))
                    and self.tagline_over_dated_title(i)
                )
                and not self.captioned(i)  # a photo's caption over its credit
                and not self.title_under_date_header(i)
                and not self.crumbs_over_title(i)
                and not self.over_notice(i)
                # (a newsletter's pitch under its name shown twice, LinkedIn's)
                and not any(
                    i in (self.name_shown_twice(k) or ()) for k in range(max(0, i - 4), i - 1)
                )
            ):
                return i
            if (seen < 2 or not titled) and not (self.byline(i) or self.is_date_line(i)):
                seen += 1
                titled = titled or not self.head_furniture(i)
        return None

    def name_line(self, header: _Header, name: str, j: int) -> int:
        """The line of ``header`` (before ``j``) that holds ``name``: its first line, or one
        under an avatar's alt text ("Avatar" / "Kees Vonk")."""
        return next(
            (m for m in range(j - 1, header.first, -1) if self.strip[m] == name), header.first
        )

    def solved_by(self, i: int) -> bool:
        """The line of a forum's solution box naming the answer ("Solved by NAME in post
        #5")."""
        hit = self.hit("solution_boxes", i)
        return hit is not None and bool(hit.get("author"))

    def notice(self, i: int) -> bool:
        """The text of a site's notice box, right under its label ("Forum rules" / "Search
        before you post …"): no article's first paragraph."""
        at = i
        if i > 1 and not self.strip[i - 1]:
            i -= 1  # (a blank line under the label: "Comments: Our rules" / "" / "We want …")
        if not (i > 0 and self.strip[i - 1]):
            return False
        if self.hit("notices", i - 1) is not None:
            return True
        # a forum's announcement box, its label over its text, the topic's breadcrumb under
        # it ("Annonce" / "Merci de lire les règles …" / "Index » Freins » TITLE"): not a
        # news page's section label over its headline, nor a post's own first line
        below = self.next_filled(at + 1, 2)
        return (
            self.strip[i - 1].casefold() in self.rules.announcement_labels
            and below is not None
            and self.hit("sites", below) is not None
        )

    def consent(self, i: int) -> bool:
        """A cookie or consent banner copied with the page ("We use cookies … Accept all")."""
        found = self._consent[i]
        if found is None:
            text = self.strip[i]
            # a banner (``consent_banner``: about cookies or data, asking to accept), or a
            # paragraph of one about cookies, its asking in the next ("Reddit and its partners
            # use cookies …" / "By accepting all cookies …"); its topic looked for once
            # (a consent framework's paragraph about partners and purposes runs longer:
            # asking in its own words, it may run to 800 characters)
            found = self._consent[i] = (
                bool(text)
                and len(text) <= 800
                and self.rules.consent_topic(text)
                and (
                    # (the longer one only beside the banner's own words, or over the page)
                    (self.rules.consent_ask(text) and (i < 3 or self.beside_banner(i)))
                    if len(text) > 400
                    else (self.rules.consent_ask(text) or self.beside_banner(i))
                )
            )
        return found

    def after_banner(self, start: int) -> int:
        """Where a crawl's text starts under a consent banner it kept over the article, a
        block of its own: its words, then its buttons ("Deze website maakt gebruik van
        cookies" / … / "Alles accepteren" / "Instellingen aanpassen")."""
        first = self.next_filled(start, 3)
        if first is None:
            return start
        end = first
        while end < len(self.strip) and self.strip[end]:
            end += 1
        block = range(first, end)
        buttons = [k for k in block if not self.rules.consent_topic(self.strip[k])]
        if (
            len(buttons) == len(block)
            or not buttons
            or not all(
                len(self.strip[k].split()) <= 3 and not _SENTENCE_END.search(self.strip[k])
                for k in buttons
            )
            # (its buttons ask to accept, "Alles accepteren"; not a box of key points under
            # a heading about cookies)
            or not any(self.rules.consent_ask(self.strip[k]) for k in buttons)
        ):
            return start
        for k in block:
            self.drop(k, "cookie banner")
        return end

    def beside_banner(self, i: int) -> bool:
        """A banner's own words (about cookies or data, asking to accept) stand in one of
        the nearest two lines above or below ``i``, blank lines apart."""
        near: list[int] = []
        for step in (-1, 1):
            j, seen = i + step, 0
            while 0 <= j < len(self.strip) and seen < 2 and abs(j - i) <= 6:
                if self.strip[j]:
                    near.append(j)
                    seen += 1
                j += step
        return any(
            len(self.strip[j]) <= 400 and self.rules.consent_banner(self.strip[j]) for j in near
        )

    def head_furniture(self, i: int) -> bool:
        """A line above the title that no reader takes for one: a menu, a site's name bar,
        boilerplate ("Skip to main content", "Search Reddit")."""
        return bool(
            self.hit("boilerplate", i)
            or self.consent(i)
            or self.hit("navigation", i)
            or self.hit("sites", i)
            or self.menu_line(self.strip[i])
        )

    def header_start(self, i: int) -> bool:
        return self.comment_header(self.probe(i)) is not None

    def byline(self, i: int) -> Hit | None:
        """The byline entry that reads line ``i`` with the shortest acceptable name."""
        key = ("byline", i)
        if key in self._hits:
            return self._hits[key]
        best = None
        text = self.strip[i]
        if text and len(text) <= _SHORT:
            hits = self.rules.matches("bylines", self.probe(i))
            if (
                not hits
                and text.count(" / ") >= 2
                and any((p.split() or [""])[0].casefold() in _BY_WORDS for p in text.split(" / "))
            ):
                # a theme's meta row set apart by slashes ("Aula / Por NAME / DATE / 18
                # comentarios", Astra's), its byline word in it: read as the tables read one
                # set apart by dots (not a list of gigs, "NAME / DATE / tickets £8")
                hits = self.rules.matches("bylines", self.rules.probe(text.replace(" / ", " · ")))
            elif not hits and text.count(" / ") == 1 and self.slashed_byline(i):
                # a theme's date over its byline word, one slash between ("14 maart 2024 /
                # Door NAME"): read as if set apart by a dot, where what follows the word
                # reads as a person's name (not a diary's "12 May 2024 / By train to Porto")
                hits = [
                    hit
                    for hit in self.rules.matches(
                        "bylines", self.rules.probe(text.replace(" / ", " · "))
                    )
                    if (name := hit.get("author"))
                    and name[:1].isupper()
                    and self.name_like(name, strict=True)
                ]
            if not hits and text[:2] in ("* ", "• ") and ":" in text:
                # a theme's post meta as a text browser lists it ("* Post author:NAME")
                hits = self.rules.matches("bylines", self.rules.probe(text[2:]))
            if len(hits) == 1:
                best = (0, hits[0])  # read (and checked) by the caller
            for hit in hits if len(hits) > 1 else ():
                author = self.byline_says(hit)[0]
                if author is not None and (best is None or len(author) < best[0]):
                    best = (len(author), hit)
        self._hits[key] = best[1] if best else None
        return self._hits[key]

    def slashed_byline(self, i: int) -> bool:
        """Line ``i``, "DATE / BY-WORD …", can be the article's byline: no prose above it. Under
        the article's first paragraph it is a diary's day heading, the by-word a preposition
        ("21 May 2024 / By Ferry To Mull", "27 april 2024 / Door de Ourthevallei")."""
        after = self.strip[i].partition(" / ")[2]
        if (after.split() or [""])[0].casefold() not in _BY_WORDS:
            return False
        return not any(self.is_prose(k) for k in range(i) if self.strip[k])

    def flair_over_title(self, byline_at: int, candidates: list[tuple[int, int]]) -> int | None:
        """The flair right under a Reddit post's byline and age, over its title, in a copy
        whose title reads as a sentence (no head line then holds it): the only line the
        head keeps, under the byline."""
        if [i for i, _ in candidates if i < byline_at] or len(candidates) != 1:
            return None
        flair = candidates[0][0]
        if not self.reddit_byline(byline_at) or not self.label_line(flair):
            return None
        if flair + 1 != self.body_start or not 0 < len(self.strip[flair + 1]) <= 100:
            return None  # (a longer line under a short one: the title over the post's text)
        return flair

    def reddit_byline(self, k: int) -> bool:
        """Line ``k`` names a Reddit poster, as a byline: "u/quietfen", "Posted by
        u/quietfen" (run together, "Posted byu/quietfen", as a copy of its link gives it)."""
        text = self.strip[k]
        return (text.startswith("u/") or "byu/" in text or " u/" in text) and (
            self.byline(k) is not None
        )

    def button_among_labels(self, block: list[int]) -> int | None:
        """The one line of a block of four lines or more that no table reads, a word or two
        between lines every one of which is page furniture: a widget's button."""
        if len(block) < 4:
            return None
        rest = [k for k in block if self.furniture(k, region="body") is None]
        if len(rest) != 1 or rest[0] in (block[0], block[-1]):
            return None
        text = self.strip[rest[0]]
        if len(text) > 20 or len(text.split()) > 2 or not text[-1:].isalpha():
            return None
        return rest[0]

    def votes_over_poster(self, i: int) -> bool:
        """Line ``i``, a rounded count ("1.4k"), stands over a Reddit poster's byline: a
        post's votes (not a title, "5K")."""
        j = self.next_filled(i + 1, 2)
        if j is None:
            return False
        if self.strip[j].casefold() == "posted by":
            j = self.next_filled(j + 1, 2)
        return j is not None and self.reddit_byline(j)

    def title_under_poster(
        self, byline_at: int, candidates: list[tuple[int, int]]
    ) -> tuple[int, list[int], int] | None:
        """The title under a Reddit poster's byline and age, its flairs over and under it,
        and where the post's text starts: the title alone in its block, or over the text
        right under it where the copy set no blank line; a flair a word or three."""
        if not self.reddit_byline(byline_at):
            return None
        if any(byline_at - i <= 3 and self.title_like(i) for i, _ in candidates if i < byline_at):
            return None  # (the title right over the byline: "TITLE" / "Posted by u/NAME")
        n = len(self.strip)
        lines = [  # the lines under it but its age
            j for j in range(byline_at + 1, min(byline_at + 6, n))
            if self.strip[j] and not self.is_date_line(j)
        ][:2]  # fmt: skip
        if len(lines) < 2:
            return None
        flairs = []
        title = lines[0]
        if (
            self.label_line(title)
            and (
                lines[1] == title + 1
                # (over a blank line, a title under it: not the post's first sentence under
                # a short title, "Starter finally doubled" / "" / "After three weeks …")
                or (
                    lines[1] == title + 2
                    and not self.strip[title + 1]
                    and self.strip[lines[1]][-1:] not in ".!…"
                )
            )
            and not self.label_line(lines[1])
        ):
            flairs.append(title)  # "Update" over the title (or over a blank line over it)
            title = lines[1]
        text = self.strip[title]
        if len(text) > _TITLE_MAX or self.label_line(title) or self.hit("chrome", title):
            return None
        if [i for i, _ in candidates if i > title]:
            return None  # (the head holds lines under it: not the post's title)
        after = title + 1
        below = after if after < n and self.strip[after] else after + 1  # (past a blank)
        if (
            below < n
            and self.strip[below]
            and self.label_line(below)
            and (below + 1 >= n or not self.strip[below + 1] or self.is_prose(below + 1))
        ):
            flairs.append(below)  # "Discussion" under the title
            after = below + 1
        if after < n and self.strip[after] and len(self.strip[after]) <= len(text):
            return None  # (a short line right under it: no post's text yet)
        return title, flairs, after

    def ends_menu(self, i: int) -> bool:
        """Line ``i`` is the last item of a menu set a line an item, right under three of the
        navigation's ("Deportes" / "Opinión" / "Agenda" / "Esquelas" over the masthead's
        date): no poster's name."""
        above = range(max(0, i - 3), i)
        return len(above) == 3 and all(
            self.strip[k] and self.hit("navigation", k) is not None for k in above
        )

    def names_writer(self, k: int) -> bool:
        """Line ``k`` is a byline with its word that names the writer ("Por NAME", "By NAME")."""
        text = self.strip[k]
        return (
            bool(text)
            and text.split(None, 1)[0].casefold() in _BY_WORDS
            and self.names_someone(self.byline(k))
        )

    def skip_header_blocks(self, opening: _Header) -> None:
        for j in range(opening.first, opening.last + 1):
            self.drop(j, "the opening post's header")

    def question_title(
        self, i: int, end: int, builder: TextBuilder, under: int | None = None
    ) -> int:
        """A thread's title under its opening post's header, a question long enough to read
        as prose (new Reddit: "r/NAME" / "5 days ago" / "NAME" / the title / its flair),
        alone in its block but for its flair, over the post's text; returns where the text
        starts."""
        text = self.strip[i]
        if not text.endswith("?") or len(text) > _SHORT:
            return i
        if i and self.strip[i - 1] and not (under is not None and i - 1 == under):
            return i  # (right under the post's header, a copy may set no blank line)
        j = i + 1
        flair = j < end and self.strip[j] and self.label_line(j)
        if flair:
            j += 1
        if j >= end or (self.strip[j] and not (flair and self.is_prose(j))):
            return i  # (the post's text right under the flair, a copy with no blank line)
        k = next((k for k in range(j, end) if self.strip[k]), end)
        if k >= end or not self.is_prose(k):
            return i
        self.title = _normal(text)
        builder.add_title([self.piece(i)])
        if flair:
            self.drop(i + 1, "flair")
        return j

    def label_line(self, i: int) -> bool:
        """A short label of a word or three, no sentence ("Discussion", "Question")."""
        text = self.strip[i]
        return (
            len(text) <= 30
            and len(text.split()) <= 3
            and not self.is_prose(i)
            and not (_SENTENCE_END.search(text))
        )

    def after_headers(self, i: int, end: int, meta: _Meta) -> int:
        """Past the header blocks that continue the opening post's ("Re: …" / "Post by …")."""
        while i < end:
            while i < end and not self.strip[i]:
                i += 1
            if i >= end:
                return i
            if self.is_prose(i):
                return i
            found = self.header(i)
            if found is not None:
                for j in range(found.first, found.last + 1):
                    self.drop(j, "the opening post's header")
                meta.author = meta.author or found.author
                meta.published = meta.published or found.published
                i = found.last + 1
                continue
            # chrome of the opening post's header ("Re: …", profile lines)
            found_hit = self.hit("header_lines", i) or self.hit("chrome", i)
            if found_hit is not None:
                self.drop(i, found_hit.rule.id)
                i += 1
                continue
            if self.subject_line(i):
                self.drop(i, "post subject")
                i += 1
                continue
            return i
        return i

    def find_section(
        self, first_prose: int | None, opening: _Header | None, limit: int
    ) -> tuple[int | None, int | None, bool]:
        """Where the comments start, the number a header there declares, and whether that
        line is already the first comment's header (no count or heading above it)."""
        start, seen, needed = 0, 0, 2  # a title and some text come before the comments
        heading_at = None  # a section heading the comments do not follow right away
        if first_prose is not None:
            # (the first prose indented under a numbered item: a comment's, none the article's)
            if opening is None and self.lines[first_prose].indent:
                counted = self.counted_list_above(first_prose)
                if counted is not None:
                    return counted
            start, needed = first_prose, 1
        if opening is not None:
            start, needed = opening.last + 1, 0
        for i in range(start, limit):
            text = self.strip[i]
            if not text:
                continue
            if len(text) <= _SHORT:
                ready = seen >= needed
                count = self.hit("count_headers", i)
                if count is not None and ready and self.in_meta_row(i):
                    self.meta_count = self.meta_count or self.rules.number(count.get("n"))
                    count = None  # "9 novembre 2023 · 3 minuti · 0 commenti" under a title
                if count is not None and self.asked_above(i):
                    count = None  # Disqus's reactions: "What do you think?" / "12 Responses"
                if count is not None and ready and self.article_under(i, limit):
                    # "7 commentaires" under the share buttons, a photo and the article
                    # under it: a link to the comments further down
                    self.meta_count = self.meta_count or self.rules.number(count.get("n"))
                    count = None
                if count is not None and ready and self.counted_again(i, count, limit):
                    # "6 reacties" under the byline, the article, then "Reacties (6)": the
                    # first a link to the section the second heads
                    self.meta_count = self.meta_count or self.rules.number(count.get("n"))
                    count = None
                if count is not None and ready and self.in_toolbar(i):
                    # "Artikel teilen" / "Vorlesen" / "Kommentare (9)": a link to the comments
                    self.meta_count = self.meta_count or self.rules.number(count.get("n"))
                    count = None
                if count is not None and ready:
                    self.section_rule = count.rule.id
                    # a heading over a widget over the count ("Comments" / "What do you think?"
                    # / "12 Responses" / reactions / "25 Comments") opens the section
                    start = heading_at if heading_at is not None and i - heading_at <= 20 else i
                    return start, self.rules.number(count.get("n")), False
                if ready and (counted := self.counted_byline(i, limit)) is not None:
                    return i + 1, counted, True  # (the byline itself the post's)
                heading = self.hit("section_headings", i)
                if (
                    heading is not None
                    and opening is not None
                    and text.casefold().rstrip(":") in self.rules.profile_labels
                ):
                    heading = None  # a forum post's "Reaktionen:" over who reacted to it
                if heading is not None and ready and self.next_is_comment(i):
                    self.section_rule = heading.rule.id
                    return i, self.count_under(i), False
                if heading is not None and ready:
                    heading_at = i
                if (
                    ready
                    and self.starts_comment(i)
                    and not self.only_a_byline(i)
                    and not (seen <= 1 and self.counted_section_below(i, limit))
                    and not self.related_over_count(i, limit)
                    and not (seen <= 1 and self.byline_under_summary(first_prose, i))
                    and not self.writers_place(i)
                    and self.says_something(i, limit)
                ):
                    if self.numbered_header(i) and self.subject_line(i - 1):
                        return i - 1, None, True  # the first comment's subject over it
                    # (under the section's heading and its count: "Comentários" / "7" /
                    # "Para comentar, inicie sessão." / "Ordenar por")
                    near = heading_at is not None and i - heading_at <= 20
                    declared = self.count_under(heading_at) if near else None
                    return self.header_from(i, start), declared, True
            if (len(text) > _SHORT or self.is_prose(i)) and not (
                heading_at is not None and self.hit("footers", i) is not None
            ):
                heading_at = None  # the article goes on under it: a subheading (not the
                # section's policy under its heading: "Kommentare werden moderiert. …")
            if first_prose is not None:
                seen += self.opens_prose(i)
            elif not (self.byline(i) or self.is_date_line(i) or self.hit("boilerplate", i)):
                seen += 1
        return None, None, False

    def counted_byline(self, i: int, limit: int) -> int | None:
        """The count of comments in a byline under the post, where comments closed by their
        trailers follow it: MetaFilter's "posted by NAME (12 comments total)" over each
        comment's text and its "posted by NAME at TIME on DATE". The comments start under it."""
        hit = self.byline(i)
        if hit is None or (count := self.rules.number(hit.get("n"))) is None or count <= 0:
            return None
        below = (m for m in range(i + 1, min(limit, i + 12)) if self.strip[m])
        return count if any(self.hit("comment_trailers", m) is not None for m in below) else None

    def byline_under_summary(self, summary: int | None, i: int) -> bool:
        """Line ``i``, a name over a date or a byline, stands under the article's summary and
        perhaps a photo's caption, before any paragraph of the article: the writer's byline,
        not a first comment ("Femke Hoogeveen" / "14 mei 2026 om 08:02")."""
        if summary is None or i - summary > 8:
            return False
        if not (self.dated_name(i) or self.names_writer(i)):
            return False  # (or a byline of one line, by its word: "Par NAME - Publié le DATE")
        above = next((m for m in range(summary - 1, -1, -1) if self.strip[m]), None)
        if above is not None:
            while above > 0 and self.strip[above - 1]:
                above -= 1
            if self.dated_name(above) or self.header(above) is not None:
                return False  # the summary is a post under its poster's name: a thread
        k = summary
        while k < i and self.strip[k]:
            k += 1  # past the summary's block
        for m in range(k, i):
            text = self.strip[m]
            if text and not (_credited(text) or self.hit("captions", m) is not None):
                return False
        return True

    def in_toolbar(self, i: int) -> bool:
        """Line ``i`` stands in a block of buttons over the article (share, read aloud): the
        count there links to the comments further down; it does not open them."""
        j, k = i, i
        while j > 0 and self.strip[j - 1]:
            j -= 1
        while k + 1 < len(self.lines) and self.strip[k + 1]:
            k += 1
        others = [m for m in range(j, k + 1) if m != i]

        def button(m: int) -> bool:
            return self.share_line(self.strip[m]) or any(
                self.hit(c, m) for c in ("boilerplate", "chrome", "navigation")
            )

        # (or the end of a block whose byline and dates stand over its buttons: "NAME" /
        # "DATE" / "Compartir en Facebook" / "Copiar enlace" / "Comentarios (23)")
        return len(others) >= 2 and (
            all(map(button, others))
            or (
                i - j >= 2
                and button(i - 1)
                and button(i - 2)
                # (not the post navigation at the article's end: "← Sedia impagliata …" /
                # "Il cassetto che non scorreva →" over "16 pensieri su …")
                and not self.strip[i - 1].endswith(("→", "»", "›"))
                and any(
                    self.byline(m) or self.is_date_line(m) or self.hit("date_lines", m)
                    for m in range(max(j, i - 8), i)
                )  # ("Actualizado: 22 ENE 2024 - 11:35 CET")
            )
        )

    def says_something(self, i: int, limit: int) -> bool:
        """What follows the header at ``i`` can be a comment's text, not furniture: a related
        post's title over its date and its category ("In „Vereinsleben“") is no comment."""
        found = self.header(i)
        j = (found.last if found is not None else i) + 1
        while j < limit and not self.strip[j]:
            j += 1
        return j < limit and not any(
            self.hit(category, j) for category in ("boilerplate", "related", "footers")
        )

    def asked_above(self, i: int) -> bool:
        """The line above, in its block, is a widget's question ("What do you think?"): the
        count under it is of reactions to the article, not of comments."""
        above = self.strip[i - 1] if i else ""
        return (
            above.endswith("?") and len(above) <= 40 and self.hit("boilerplate", i - 1) is not None
        )

    def related_over_count(self, i: int, limit: int) -> bool:
        """Line ``i`` is a related post's title over its date, under the list's heading
        ("Gerelateerde berichten" / "Een insectenhotel van sloophout" / "2 maart 2024"), the
        comments' count a few lines down ("9 reacties"): no comment's header."""
        above = [m for m in range(i - 1, max(-1, i - 4), -1) if self.strip[m]]
        if any(
            self.hit("boilerplate", m) and self.over_post_cards(m, m + 1, limit)
            for m in range(i - 1, max(0, i - _CARDS_REACH), -1)
            # (alone in its block: "Read more", a blank line over the cards)
            if self.strip[m]
            and len(self.strip[m]) <= 40
            and not self.strip[m - 1]
            and not self.strip[m + 1]
        ):
            return True  # ("Read more" over other posts' cards, each "NAME" / "DATE")
        if not any(self.hit("related", m) for m in above):
            return False
        for j in range(i + 1, min(limit, i + _RELATED_REACH)):
            if self.is_prose(j):
                return False
            count = self.hit("count_headers", j) if self.strip[j] else None
            if count is not None and (self.rules.number(count.get("n")) or 0) > 0:
                return True
        return False

    def counted_section_below(self, i: int, limit: int) -> bool:
        """A count header further down ("5 comentários") over comments, with paragraphs of
        prose between: the name and date at ``i``, under the title, are the article's byline."""
        prose = 0
        for j in range(i + 1, limit):
            text = self.strip[j]
            if not text:
                continue
            if len(text) > _SHORT or self.is_prose(j):
                prose += 1
            elif prose >= 2 and not self.in_meta_row(j):
                count = self.hit("count_headers", j)
                if count is not None and (self.rules.number(count.get("n")) or 0) > 0:
                    return True
        return False

    def only_a_byline(self, i: int) -> bool:
        """A byline over the date ("di Giulia Ferraresi" / "14 maggio 2024"), which no
        comment header table reads, or a writer's name over the place they wrote from (and
        that place): the article's, not a first comment's."""
        if self.names_someone(self.byline(i)) and self.comment_header(self.probe(i)) is None:
            return True
        return self.placed_name(i) or (i > 0 and self.placed_name(i - 1))  # (or its place)

    def writers_place(self, i: int) -> bool:
        """Line ``i`` is the place a writer files from, under their name and over the date
        ("Nuria Peñalver" / "Valdemora" / "04/06/2024 - 06:30h"): a paper's byline, which
        reads as a commenter's name over a date."""
        above = self.previous_filled(i)
        return above is not None and self.placed_name(above)

    def placed_name(self, i: int, *, apart: bool = False) -> bool:
        """A writer's name over the place they wrote from, over the date ("Lucía Ferrándiz" /
        "Villanueva del Soto" / "Jueves, 23 de mayo 2024, 07:15"): a paper's byline."""
        text = self.strip[i]
        # (or a blank line between each, as a phone's copy may set them: both gaps alike;
        # ``apart``, under a standfirst: the name over its outlet, a blank line, the date,
        # "Aaron Whitcombe" / "The Lakeshore Ledger" // "Published 6:12 p.m. ET Sept. 18")
        gap = 1 if i + 1 < len(self.lines) and self.strip[i + 1] else 2
        place = i + gap
        date = place + gap
        if apart and gap == 1 and date < len(self.lines) and not self.strip[date]:
            date += 1
        return (
            date < len(self.lines)
            and " " in text  # a person's name, not a user's ("Giulia73" / "Utente attivo")
            and not _DIGIT.search(text)
            and bool(self.strip[place])
            and (gap == 1 or not self.strip[place + 1])
            and self.name_like(text, strict=True)
            and self.place_line(place, date)
        )

    def in_meta_row(self, i: int) -> bool:
        """Line ``i`` stands under a byline or a date in one block: the article's meta row,
        whose comment count is no heading of the comment section."""
        j = i - 1
        while j >= 0 and self.strip[j] and j >= i - 4:
            if len(self.strip[j]) > _SHORT or self.is_prose(j):
                return False  # the article's text between (a copy with a paragraph a line)
            if self.byline(j) is not None or self.is_date_line(j):
                return True
            j -= 1
        return False

    def counted_list_above(self, first_prose: int) -> tuple[int, int | None, bool] | None:
        """A count of comments over a numbered list of them ("2 Responses" / "1. …"),
        above the first line that reads as prose, below a title and a line under it: the
        comment section of an article whose own words read as no prose (a script the
        tables do not know, words run together)."""
        filled = 0
        for i in range(first_prose):
            if not self.strip[i]:
                continue
            filled += 1
            if filled < 3 or len(self.strip[i]) > _SHORT:
                continue
            count = self.hit("count_headers", i)
            below = self.next_filled(i + 1, 2)
            item = _NUMBERED.match(self.lines[below].text) if below is not None else None
            if count is not None and item is not None and item.group("number") == "1":
                self.section_rule = count.rule.id
                return i, self.rules.number(count.get("n")), False
        return None

    def count_under(self, i: int) -> int | None:
        """The count between a section's heading and its first comment ("Comments" / the
        guidelines / "12 comments" / "Sort: Oldest"), or the bare number right under it
        ("Comentários" / "7")."""
        first = True
        for j in range(i + 1, min(i + 40, len(self.lines))):
            if not self.strip[j]:
                continue
            if first and self.strip[j].isdecimal() and len(self.strip[j]) <= 6:
                below = self.next_filled(j + 1, 2)
                # (not "1" over "2", a pager's, nor a first comment's number)
                if int(self.strip[j]) > 1 and not (
                    below is not None and self.strip[below].isdecimal()
                ):
                    return int(self.strip[j])
            first = False
            count = self.hit("count_headers", j)
            if count is not None:
                return self.rules.number(count.get("n"))
            if self.header(j) is not None:
                break
        return None

    def next_is_comment(self, i: int) -> bool:
        j = i + 1
        while j < len(self.lines) and j < i + 40:
            if (
                self.strip[j]
                and not self.hit("chrome", j)
                and not self.hit("footers", j)
                and not self.hit("boilerplate", j)
                and not _RULE_LINE.match(self.strip[j])  # (an export's heading between rules)
            ):
                return self.header(j) is not None or _NUMBERED.match(self.lines[j].text) is not None
            j += 1
        return False

    def header_from(self, i: int, start: int) -> int:
        """Where the header found at line ``i`` begins: a line over it that its block takes
        in (new Reddit's "level 1" under "Search Comments", no blank line between them)."""
        found = self.header(i)
        while i > start and found is not None and self.strip[i - 1]:
            above = self.header(i - 1)
            if above is None or above.author != found.author or above.last != found.last:
                break
            i, found = i - 1, above
        return i

    def starts_comment(self, i: int) -> bool:
        """A comment header block (not a byline, not a related item) at line ``i``."""
        if (
            i
            and self.strip[i - 1]
            and not self.hit("chrome", i - 1)
            # (a forum topic's figures run on over the first post: Discourse's "3" / "Links")
            and not (self.forum and self.hit("boilerplate", i - 1))
        ):
            prev = self.header(i - 1) if i - 1 >= 0 else None
            if (
                prev is None
                and not self.hit("header_lines", i - 1)
                # (the comment's subject over it: "Et la sécurité ?" / "Posté par NAME le …")
                and not (self.numbered_header(i) and self.subject_line(i - 1))
                and not self.signed_above(i)
                # (a forum's post head of three lines or more under the post above, a copy
                # with no blank lines: "15. März 2024 um 07:52" / "#6122" / NAME / its role)
                and not (self.forum and self.dated_post_head(i))
            ):
                return False
        found = self.header(i)
        return found is not None and found.author is not None and self.comment_follows(found)

    def dated_post_head(self, i: int) -> bool:
        """A post's head of three lines or more that opens with its date, the poster under it
        (bbPress copied: "15. März 2024 um 07:52" / "#6122" / NAME / its role)."""
        if not self.probe(i).dated:
            return False
        head = self.header(i)
        return head is not None and bool(head.author) and head.last >= i + 2

    def signed_above(self, i: int) -> bool:
        """A post's signature ends right above line ``i``, with no blank line after it (SMF:
        "Logged" / "Jean-Daniel – 1020 m d'altitude" / the next poster's name; a blank line
        may stand under "Logged", as a copy of SMF's Curve theme has it: "Registrato")."""
        for k in range(i - 1, max(i - 4, -1), -1):
            if not self.strip[k]:
                return k > 0 and k < i - 1 and self.logged_line(k - 1)
            if len(self.strip[k]) <= 20 and self.hit("signatures", k) is not None:
                return True
        return False

    def logged_line(self, k: int) -> bool:
        """The word that ends a forum post over its signature ("Logged", "Registrato",
        "Gespeichert"), which a copy may set a blank line over the signature."""
        text = self.strip[k]
        return len(text) <= 20 and text.isalpha() and self.hit("signatures", k) is not None

    def comment_follows(self, header: _Header) -> bool:
        """Text follows a header block, as a comment's text does (related items have none)."""
        return self.text_after(header, prose=False)

    def prose_follows(self, header: _Header) -> bool:
        """A paragraph of prose follows a header block: a forum's opening post."""
        return self.text_after(header, prose=True)

    def text_after(self, header: _Header, *, prose: bool) -> bool:
        j = header.last + 1
        end = min(len(self.lines), j + 40)
        above = self.strip[: header.first] if prose else []  # (the lines over the post, once)
        numbered = any(  # a post's number in the header or under it ("#1")
            _POST_NUMBER.match(self.strip[k]) for k in range(header.first, header.last + 1)
        )
        while j < end:
            text = self.strip[j]
            if not text:
                j += 1
                continue
            numbered = numbered or _POST_NUMBER.match(text) is not None
            if len(text) <= _SHORT:
                if self.hit("count_headers", j) or self.hit("footers", j):
                    return False
                later = self.header(j)
                if later is not None:
                    j = later.last + 1
                    continue
                if (
                    self.hit("chrome", j)
                    or (self.hit("header_lines", j) and not self.is_prose(j))
                    or self.furniture(j, region="comments")
                    or self.subject_line(j)
                ):
                    j += 1
                    continue
            if (
                prose
                and len(text) <= _SHORT
                and (text in above or (len(text) >= 12 and any(text in line for line in above)))
            ):
                # the thread's title again, the post's subject (vBulletin's; over the posts it
                # may stand after a label: "Discussie: TITLE")
                j += 1
                continue
            if self.profile_label(j):
                j += 2  # a label of the poster's profile over its value ("Ort" / "Nordhessen")
                continue
            if (
                prose
                and not self.is_prose(j)
                and (text[-1:] in ",.!" or (text[-1:] == ":" and numbered))
                and len(text.split()) <= 8
            ):
                # a greeting opens a post ("Hi all,", "Hi all, long-time lurker, first post.";
                # under a post's number, "Hola a todos:": not a label, "Update:", under a
                # writer's name and date)
                j += 1
                continue
            return self.is_prose(j) if prose else True
        return False

    def subject_line(self, j: int) -> bool:
        """A post's subject right above its header ("Re: …", or the topic's title again)."""
        return (
            j + 1 < len(self.lines)
            and bool(self.strip[j + 1])
            and not self.is_prose(j)
            and self.header(j + 1) is not None
        )

    # -- the head: title, site, byline ----------------------------------------------------

    body_start = 0
    blocks_are_paragraphs = False  # a crawl's text: its blocks are paragraphs, not lists
    lines_are_paragraphs = False  # a crawl's text without blank lines: a paragraph a line
    section_rule = "comment section header"  # the entry that opened the comment section
    marked: int | None = None  # a title line the page marks as one, below a sidebar's prose
    headline: int | None = None  # the line of a Markdown page's first "# TITLE"
    forum = False  # a forum thread: the opening post is the article, the replies flat
    subject: int | None = None  # the line of the opening post's title, under its header
    meta_count: int | None = None  # a count in the article's meta row, not opening the section

    def read_head(
        self, start: int, end: int, meta: _Meta, builder: TextBuilder, *, stop_at_body: bool
    ) -> None:
        """Title, site and byline from the lines before the article; sets ``body_start``."""
        candidates: list[tuple[int, int]] = []  # (line, block number)
        block = 0
        body_start = end
        page = False  # furniture, a date line or a byline around the title: a page's head
        byline_at = None
        banner = False  # right under a cookie banner, in its block: its buttons
        scattered: set[int] = set()  # a byline's name a block under its "by"
        listed: set[int] = set()  # a list under its label ("Tags" / "hub motor")
        banner_at = -1  # the line of a cookie banner's words
        dated: list[int] = []  # the date lines among the head's
        for i in range(start, min(end, len(self.lines))):
            text = self.strip[i]
            if not text:
                block += 1
                banner = False
                continue
            if self.counter_under_date(i):
                self.drop(i, "count of views (under the date)")  # Joomla's "Affichages : 412"
                continue
            if (
                candidates
                and byline_at is not None
                and _IMAGE_ALT.fullmatch(text)
                and len(text.split()) >= 3
                and not self.strip[i - 1]
                and (i + 1 >= len(self.lines) or not self.strip[i + 1])
            ):
                # the lead picture's alt text in brackets under the byline, a block of its own,
                # as a browser copies an image it did not load: "[Kartoffeln im Maschendraht-
                # turm …]" (not a transcript's "[Applause]" run into the text)
                self.drop(i, "image (its alt text)")
                continue
            if (
                text.casefold() in self.rules.visibility_labels
                and i
                and (self.is_date_line(i - 1) or self.hit("date_lines", i - 1) is not None)
            ):
                self.drop(i, "who may read the post (under its date)")  # Steady's "Öffentlich"
                continue
            if (
                stop_at_body
                and candidates
                and self.is_prose(i)
                and i not in self.writer_box  # (a newsletter's pitch under its name)
                and not self.byline(i)
                and not self.consent(i)
                and not self.notice(i)
                and not self.byline_under(i)  # a title that reads as a sentence
                and (self.marked is None or i > self.marked)
                # (a forum's notice over the thread: "JavaScript is disabled. For a …")
                and self.hit("boilerplate", i) is None
                and self.hit("sites", i) is None  # a breadcrumb: "Accueil » … » TITLE…"
                and not self.captioned(i)  # a photo's caption over its credit
                and not self.title_under_date_header(i)
                # a question for a title under the post's byline, its flair under it (new
                # Reddit: "u/NAME" / "3 days ago" / "… is she just looking for a fight?" /
                # "Question" / text)
                and not (
                    byline_at is not None
                    and text.endswith("?")
                    and i + 2 < len(self.lines)
                    and self.strip[i + 1]
                    and self.label_line(i + 1)
                    and self.is_prose(i + 2)
                )
            ):
                if (
                    candidates[-1][1] == block
                    # (a text browser's dump sets a blank line under the blog's name)
                    or (
                        candidates[-1][1] == block - 1
                        and candidates[-1][0] == i - 2
                        and self.dumped_tagline(i)
                    )
                ) and self.tagline_over_dated_title(i):
                    self.drop(i, "tagline")  # the blog's, under its name
                    continue
                if i < end and self.prose_under_head(i, len(self.lines)) != i:
                    self.drop(i, "sidebar (over the post's head)")  # the author's bio
                    continue
                body_start = i  # (the first line is a title however it reads)
                break
            if i in scattered:
                self.drop(i, "byline")
                continue
            if text.casefold() in self.rules.sidebar_ends:
                # Discourse's sidebar copied under the title: "Categorias" / its categories,
                # a line each / "Todas as categorias"
                for c in [c for c in candidates if c[1] == block]:
                    self.drop(c[0], "sidebar")
                candidates = [c for c in candidates if c[1] != block]
                self.drop(i, "sidebar")
                continue
            if i in listed:
                self.drop(i, "the list under a label")
                continue
            if len(text) <= 3 and not any(c.isalnum() for c in text):
                self.drop(i, "separator")  # "—" between a date and a byline, blocks apart
                continue
            if self.avatar_over_name(i):
                self.drop(i, "avatar's initials")  # "SO" / "Sabine Ortlepp" / DATE: the byline
                continue
            reason = self.head_line(i, meta)
            if (
                reason is not None
                and i + 1 < len(self.lines)
                and self.strip[i + 1]
                and self.lines[i + 1].indent > self.lines[i].indent
                and len(text) <= 40
                and self.rules.match("boilerplate", f"{text.rstrip(':')}: {self.strip[i + 1]}")
            ):
                # a label over its list, indented under it ("Tags" / "clutch hub motor"):
                # what the tables drop as "Tags: clutch hub motor"
                listed.add(i + 1)
            if reason is None and candidates and self.more_button(i):
                reason = "the menu's button"
                # Blogger's Contempo copied without blank lines: the blog's name and tagline
                # right over its menu's "More…" button, the post's title under it (not the
                # menu's own items over it, "Recetas" / "La acequia" / "Más…")
                above = [c for c in candidates if c[1] == block and i - c[0] <= 2]
                if [c[0] for c in above] == [i - 2, i - 1] and len(self.strip[i - 1].split()) > max(
                    3, len(self.strip[i - 2].split())
                ):
                    meta.site = meta.site or self.strip[above[0][0]]
                    for c in above:
                        self.drop(c[0], "page header")
                    candidates = [c for c in candidates if c not in above]
            if reason is None and candidates and (lined := self.lines_byline(i)):
                # a byline a line a word: "marc_lb" / "dans" / "jardinage" / "•" / "il y a 4
                # jours" (Lemmy copied), as the tables read it joined
                parts, hit = lined
                self.read_byline(hit, meta)
                scattered.update(parts[1:])
                reason = hit.rule.id
                byline_at = byline_at if byline_at is not None else i
            if reason is None and candidates and (parts := self.byline_word_over_name(i)):
                # a block theme's byline, a block a part: "14 mai 2024" / "—" / "par" /
                # "Claire Vasseur" / "dans" / "Patrimoine"
                meta.author = meta.author or self.rules.clean_author(self.strip[parts[0]])
                scattered.update(parts)
                reason = "byline"
                byline_at = byline_at if byline_at is not None else i
            if (
                reason is None
                and banner
                # (a button may shout: "¡Entendido!", "Got it!")
                and (not _SENTENCE_END.search(text) or (text[-1] == "!" and len(text) <= 20))
                and (len(text) <= 40 or (len(text) <= 80 and self.rules.consent_topic(text)))
                and not self.masthead(i)
                # (its buttons right under it, or a line about what it is about: further
                # down, "Lindenbrück Lokal" is the site's name over its menu)
                and (
                    i - banner_at <= 2
                    or self.rules.consent_topic(text)
                    or self.rules.consent_ask(text)
                )
            ):
                # "J'accepte", "Accetta Rifiuta Personalizza", and its links
                # ("Cookie-Richtlinie Datenschutzerklärung Impressum")
                reason = "cookie banner"
            if reason == "cookie banner" and not banner:
                # the banner's heading right over it ("We value your privacy")
                # (not a line over a menu row over the banner: the site's name)
                held = {c[0] for c in candidates}
                for c in [c for c in candidates if c[1] == block and i - c[0] <= 2
                          and all(k in held for k in range(c[0] + 1, i))]:  # fmt: skip
                    if len(self.strip[c[0]]) <= 60 and not _SENTENCE_END.search(self.strip[c[0]]):
                        candidates.remove(c)
                        self.drop(c[0], "cookie banner")
            # (its buttons go on under "Alle akzeptieren", a button some table knows)
            banner = reason == "cookie banner" or (banner and reason is not None)
            if banner and reason == "cookie banner" and self.consent(i):
                banner_at = i  # the banner's own words
            if reason is None and candidates and (over := self.byline_over_age(i)):
                hit, age = over  # "moritz_k an Fahrrad" / "vor 1 Jahr" (Lemmy crawled)
                self.read_byline(hit, meta)
                scattered.add(age)
                reason = hit.rule.id
                byline_at = byline_at if byline_at is not None else i
            if reason is None and candidates and self.dated_name(i):
                writer = self.previous_filled(i)  # (a blank line between each, or none)
                if candidates[-1][0] == writer and self.placed_name(writer):
                    # the writer's name over the place they write from, over the date
                    # ("Lucía Barrantes" / "Valdecea" / "14/05/2024 - 08:02h")
                    candidates.pop()
                    self.drop(writer, "byline (a name over the place and the date)")
                    meta.author = meta.author or self.rules.clean_author(self.strip[writer])
                    byline_at = byline_at if byline_at is not None else writer
                    self.drop(i, "byline (the place)")
                    continue
                if candidates[-1] == (i - 1, block) and self.word_over_name(i - 1) is not None:
                    candidates.pop()  # "By" / "Tom Ashworth" / "Local Democracy Reporter"
                    self.drop(i - 1, "byline (its word over the name)")
                word, _, rest = text.partition(" ")
                if word.casefold() in _BY_WORDS and self.name_like(rest, strict=True):
                    text = rest  # "de Marisa Quintero" (Blogger's Essential): the name after it
                meta.author = meta.author or self.rules.clean_author(text)
                reason = "byline (a name over the date)"
                byline_at = byline_at if byline_at is not None else i
                if dated and (found := self.rules.dates.find_date(self.strip[i + 1], self.order)):
                    # the byline's date, not the page's date bar over the title ("Jueves, 9
                    # de mayo de 2024" / … / "Lucía Benedí" / "Valdecierva | 07/05/2024")
                    meta.published = found[0]
            if reason is None and self.user_after_date(i):
                meta.author = meta.author or text
                reason = "byline (a user name under the date)"
            if reason is None and candidates and self.followed_name(i):
                meta.author = meta.author or self.rules.clean_author(text)
                reason = "byline (a name over its Follow button)"
                byline_at = byline_at if byline_at is not None else i
            if reason is None:
                candidates.append((i, block))
                continue
            if byline_at is None and (
                reason.split(":")[1:2] == ["bylines"] or reason == "the writer's name"
            ):
                byline_at = i
            if (
                dated
                and byline_at is not None
                and byline_at == self.previous_filled(i)
                and (reason == "date line" or reason.split(":")[1:2] == ["date_lines"])
                and (found := self.rules.dates.find_date(text, self.order))
            ):
                # the byline's date under it, not the page's date bar over the title
                # ("sabato 16 marzo 2024" / … / "di NAME" / "14 marzo 2024 ore 07:30 · …")
                meta.published = found[0]
            if reason == "date line":
                dated.append(i)  # a bare date ("sábado, 8 de junho de 2024"), no meta row
            page = page or not (reason in ("number", "count") or _NUMBER_ONLY.match(text))
            self.drop(i, reason)
        else:
            body_start = end
        self.body_start = body_start
        posted = self.title_under_poster(byline_at, candidates) if byline_at is not None else None
        if not candidates and self.subject is None and posted is None:
            return
        wrapped_title: list[int] = []  # a title's lines after its first, a copy wrapped it
        for k, _ in candidates[2:]:  # (the host's name and the title over the credits)
            if (
                meta.author is None
                # (a line each, no blank line: read further down; but under the domain,
                # Edge's Immersive Reader: TITLE / DOMAIN / NAME / "5-6 minutos")
                and (not self.strip[k - 1] or _domain_line(self.strip[k - 1]))
                and self.reader_credits(k, 3)
            ):
                # a reader view's credits a block of their own under the title, the reading
                # time a block under them ("Catarina Valente" / "4-5 minutos"): no title
                meta.author = self.rules.clean_author(self.strip[k])
                candidates = [c for c in candidates if c[0] != k]
                self.drop(k, "byline (a name over the reading time)")
                break
        window = self.window_title(candidates) if candidates else None
        if window is not None:
            # the browser's title of the page over its name and the title itself
            title, site = window
            meta.site = meta.site or site
            later = [i for i, _ in candidates if i > title]
            if later:
                self.body_start = min(later[0], self.body_start)
            candidates = [(i, b) for i, b in candidates if i <= title]
        elif posted is not None:
            # the 2018 Reddit's post head: its votes ("1.4k"), "Posted by" / "u/NAME" / its
            # age, then the title alone, its flair over or under it ("Update", "Discussion")
            title, flairs, after = posted
            for m in flairs:
                self.drop(m, "flair")
            above = [(i, b) for i, b in candidates if i < byline_at]
            candidates = [*above, (title, above[-1][1] + 1 if above else 0)]
            self.body_start = after
        elif not page:
            # a bare text: its first line is the title, what follows it the body (or the
            # site's name over it, which the page's foot names again: "Gazeta do Seridó")
            title = candidates[0][0]
            if (
                len(candidates) >= 2
                and candidates[1][0] == title + 1
                and len(self.strip[title + 1]) > len(self.strip[title])
                and self.title_like(title + 1)
                and self.named_at_foot(title)
            ):
                meta.site = meta.site or self.strip[title]
                self.drop(title, "page header")
                candidates = candidates[1:]
                title += 1
            self.body_start = min([i for i, _ in candidates[1:]] + [self.body_start])
            candidates = candidates[:1]
        elif byline_at is not None and (flair := self.flair_over_title(byline_at, candidates)):
            # new Reddit copied with no blank line: "u/NAME" / its age / the post's flair
            # ("Transport") / the post's title, a sentence ("I logged every late 14 bus for a
            # year. Here's what I found.") / its text
            self.drop(flair, "flair")
            title = flair + 1
            candidates = [(title, candidates[-1][1])]
            self.body_start = title + 1
        elif byline_at is not None and (above := self.candidate_above(byline_at, candidates)):
            # the title stands right above the byline; what follows the byline is body
            in_block = [i for i, b in candidates if b == above[1] and i < byline_at]
            upper = [i for i, b in candidates if b == above[1] - 1]
            wrapped = len(in_block) >= 2 and _hard_wrapped(
                [self.strip[i] for i in in_block], self.wrap_width
            )
            if wrapped and self.hit("titles", in_block[-1]) is not None:
                # the title wrapped at the copy's width, its mark on its last line ("worse
                # than none? (self.urbanism)"): its lines are the title's
                wrapped_title = in_block[1:]
                in_block = in_block[:1]
            elif wrapped and upper:
                # a standfirst wrapped over lines of its own block, the title in the one above
                for i in in_block:
                    self.drop(i, "standfirst")
                candidates = [c for c in candidates if c[0] not in in_block]
                in_block = upper
            elif (
                len(in_block) >= 2
                and self.is_prose(in_block[-1])
                and self.hit("titles", in_block[-1]) is None  # ("TITLE (self.AskUK)")
            ):
                # a summary between the title and the byline: a standfirst, not the title
                self.drop(in_block[-1], "standfirst")
                candidates = [(i, b) for i, b in candidates if i != in_block[-1]]
                in_block = in_block[:-1]
            elif self.deck_under_title(in_block, upper):
                # the title, then a longer summary in a block of its own over the byline
                self.drop(in_block[0], "standfirst")
                candidates = [c for c in candidates if c[0] != in_block[0]]
                in_block = upper
            # the run of lines right over the byline (a kicker, the title, a deck), not what
            # stands further up in its block once furniture between was left out
            run = [in_block[-1]]
            while len(run) < len(in_block) and in_block[-len(run) - 1] == run[0] - 1:
                run.insert(0, in_block[-len(run) - 1])
            title = self.title_in(run)
            later = [i for i, _ in candidates if i > byline_at]
            if later and not self.title_like(title) and self.title_like(later[0]):
                # a section's label over the byline ("Património"), the title under it
                title = later[0]
                later = [i for i in later if i > title]
            if later and self.category_over_body(later[0]):
                self.drop(later[0], "category (under the byline)")  # "Telescopes"
                candidates = [c for c in candidates if c[0] != later[0]]
                later = later[1:]
            tags = self.tags_under_byline(later)
            if tags:
                for m in tags:
                    self.drop(m, "tags (under the byline)")  # "Spur N" / "Diorama"
                candidates = [c for c in candidates if c[0] not in tags]
                later = later[len(tags) :]
            if later:
                self.body_start = min(later[0], self.body_start)
                candidates = [(i, b) for i, b in candidates if i < later[0]]
        else:
            # the title is the first line of the last block of candidates (a page's name,
            # tagline and menu come before it; a one-word line there is a label, "Advice"),
            # not counting short sentences after it, which begin the body
            sentences = [i for i, _ in candidates if _SENTENCE_END.search(self.strip[i])
                         and not self.strip[i].endswith("?")]  # fmt: skip
            eligible = [(i, b) for i, b in candidates if i not in sentences] or candidates
            last_block = eligible[-1][1]
            titled = [b for i, b in eligible if self.title_like(i)]
            if titled and not any(self.title_like(i) for i, b in eligible if b == last_block):
                last_block = titled[-1]  # a label under the title ("Frage", a post's flair)
            tagged = [i for i, b in eligible if b == last_block]
            earlier = [b for i, b in eligible if b < last_block and self.title_like(i)]
            if earlier and len(tagged) >= 2 and all(_TAG.match(self.strip[i]) for i in tagged[1:]):
                # Discourse's category over its tags ("Infraestructura y seguridad" /
                # "carril-bici" / "rotondas") under the title's own block
                last_block = earlier[-1]
            elif earlier and len(tagged) == 1 and len(self.strip[tagged[0]].split()) <= 4:
                # ... the tags a block of their own under the category alone in its block
                # ("Desem & starters" / "" / "desem" / "starter"), the title in the block over
                under = [i for i, b in eligible if b > last_block]
                if (
                    len(under) >= 2
                    and all(_TAG.match(self.strip[i]) for i in under)
                    and len({b for i, b in eligible if b > last_block}) == 1
                    and len(self.strip[tagged[0]])
                    < max(len(self.strip[i]) for i, b in eligible if b == earlier[-1])
                ):
                    last_block = earlier[-1]
            in_block = [i for i, b in eligible if b == last_block]
            repeated = [  # a menu's item over the title again: the post's category
                k for k in in_block if len(self.strip[k].split()) <= 4 and any(
                    c < k and _normal(self.strip[c]) == _normal(self.strip[k])
                    for c, _ in candidates
                )
            ]  # fmt: skip
            if repeated and repeated[-1] != in_block[-1]:
                in_block = [k for k in in_block if k > repeated[-1]]
            title = self.title_in(in_block)
            held = {c[0] for c in eligible}
            held.update(i for i in sentences if self.title_under_date_header(i))
            under = [d + 1 for d in dated if d + 1 in held and d + 1 > title]
            if under:
                title = under[-1]  # Blogger's date header over the post's title, in one block
            later = [i for i in sentences if i > title]
            if later:
                self.body_start = min(later[0], self.body_start)
                candidates = [(i, b) for i, b in candidates if i < later[0]]
        if self.subject is not None:
            title = self.subject  # the opening post's own title, under its poster's box
        tagged = next((i for i, _ in candidates if i < title and self.tagged_title(i, title)), None)
        if tagged is not None:
            title = tagged  # ("[RISOLTO] Carburatore …" over the post's "Carburatore …")
        if not candidates:
            candidates = [(title, block + 1)]
        blocks = sorted({b for _, b in candidates})
        first = candidates[0][0]
        if self.strip[first].casefold() in PLATFORMS:  # "LiveJournal" over the journal's name
            # (and its language switch, "FR")
            first = next((i for i, _ in candidates[1:] if len(self.strip[i]) > 3), first)
        if len(self.strip[first].split()) == 1 and not self.copyright_names(self.strip[first]):
            # a menu's first item over the site's name, which the copyright line names
            # ("Ricette" … "La Dispensa di Anna" … "© 2024 - La Dispensa di Anna"; not a
            # masthead's name over the writer's, "© 2019 – 2024 Rafael Nogueira")
            first = next(
                (
                    i
                    for i, _ in candidates
                    if first < i < title
                    and len(self.strip[i].split()) >= 2  # (not "Valdecerro" of "© … Editorial
                    # Valdecerro S.L.", the town's section)
                    and self.copyright_names(self.strip[i])
                ),
                first,
            )
        while self.strip[first][:2] in ("* ", "• ") and first < title:
            # a top bar's list item, as Firefox marks it ("* Adverteren"): no site's name
            first = next((i for i, _ in candidates if i > first), title)
        if self.strip[first].endswith(":") and first < title:
            # a news ticker's label over its headlines, set in deeper ("LATEST:" / "    Lido
            # to stay shut …"): the site's name comes under them
            indent = self.lines[first].indent
            first = next(
                (
                    i
                    for i, _ in candidates
                    if first < i
                    and self.lines[i].indent <= indent
                    and not self.strip[i].endswith(":")
                ),
                title,
            )
        while (_TRAIL.match(self.strip[first]) or self.prompt_pitch(first)) and first < title:
            # a forum's trail over its name ("Forumindex ‹ Groenten ‹ Vruchtgroenten …" /
            # "Moestuinforum Nederland")
            first = next((i for i, _ in candidates if i > first), title)
        if (
            (
                meta.site is None
                # "Por NAME — Itaquari": a place the title names, not the site (which the
                # page's copyright line names: "© 2024 Diário do Vale")
                or (
                    meta.site_in_byline
                    and f" {meta.site} " in f" {self.strip[title]} "
                    and self.copyright_names(self.strip[first])
                )
            )
            and first != title
            and (len(blocks) >= 2 or title - first >= 2 or _domain_line(self.strip[first]))
        ):  # (a reader view's first line, the site's domain, is right over the title)
            site = self.without_buttons(_without_tagline(self.strip[first]))
            if _IMAGE_ALT.fullmatch(site):
                site = site[
                    1:-1
                ]  # the logo's alt text, as a text browser shows it: "[Oberland-Bote]"
            if (
                len(site) <= 60
                and len(site.split()) <= 8
                and (not _SENTENCE_END.search(site) or _ORG_ENDING.search(site))
            ):
                # the first line of a page that has one above its title ("Il Forum del Pane
                # Fatto in Casa": a forum's name may run to eight words)
                meta.site = site
        if first != title:
            self.page_names.add(_normal(self.strip[first]))
        credits = self.next_filled(title + 1, 2)  # (a blank line between each, or none)
        if (
            meta.author is None
            and credits is not None
            and any(i == credits for i, _ in candidates)
            and self.reader_credits(credits, 2)
        ):
            # a reader view's head: the title, the author, the reading time ("5-6 minutos"),
            # and the site's name over the title
            meta.author = self.rules.clean_author(self.strip[credits])
            if (
                meta.site is None
                and first == self.previous_filled(title)
                and len(self.strip[first]) <= 60
            ):
                meta.site = _without_tagline(self.strip[first])
            candidates = [c for c in candidates if c[0] != credits]
            self.drop(credits, "byline (a name over the reading time)")
        if (
            self.headline is not None
            and self.headline != title
            and self.headline < self.body_start
            and not (self.head_furniture(self.headline) or self.consent(self.headline))
        ):
            # the page's own first heading ("# TITLE" over an export's list of its fields:
            # "- Subreddit: …" / "- Autor: …"), where the lines under it read as a title would
            held = [i for i, _ in candidates]
            if self.headline in held:
                title, wrapped_title = self.headline, []
        greeting = next(
            (i for i, _ in candidates if i > title and self.greeting(i)), None
        )  # ("Hallo zusammen," under a thread's title and its flair: the post's first words)
        if greeting is not None:
            self.body_start = min(self.body_start, greeting)
            candidates = [c for c in candidates if c[0] < greeting]
        for i, _ in candidates:
            if i == title or i in wrapped_title:
                continue
            self.drop(i, "page header" if i < title else "after the title")
        pieces = [self.piece(i) for i in [title, *wrapped_title][:-1]]
        last = wrapped_title[-1] if wrapped_title else title
        clean = self.hit("titles", last)
        line = self.lines[last]
        if clean is not None and clean.get("title"):
            inner = clean.match.start("title") + len(line.text) - len(line.text.lstrip())
            pieces.append((clean.get("title"), line.start + inner))
        else:
            pieces.append(self.piece(last))
        self.title = _normal(" ".join(piece[0] for piece in pieces if piece))
        builder.add_title(pieces)

    def tagged_title(self, title: int, subject: int) -> bool:
        """The thread's title is the opening post's subject with the tag a moderator set
        before it ("[RISOLTO] Carburatore che gocciola …"): the title as the page shows it."""
        shown, own = self.strip[title], self.strip[subject]
        head = shown[: len(shown) - len(own)].rstrip()
        return (
            title != subject
            and len(shown) > len(own)
            and shown.endswith(own)
            and head[:1] in "[("
            and head[-1:] in "])"
            and len(head) <= 20
            and any(c.isalpha() for c in head)  # (not an unread count: "(3) Cedar strip …")
        )

    def word_over_name(self, k: int) -> tuple[str, int] | None:
        """The author of a byline whose word stands on the line over the name, with no blank
        line between ("Por" / "Romina Etchart"; "By" / "Maria Gonzalez" / "and" / "Tom
        Reed"), as a byline entry reads them joined, and the byline's last line."""
        text = self.strip[k]
        if " " in text or len(text) > 5 or not text.isalpha() or k + 1 >= len(self.lines):
            return None
        names = [k + 1]
        if k + 3 < len(self.lines) and self.strip[k + 2].casefold() in self.rules.and_words:
            names += [k + 2, k + 3]  # (two writers)
        for m in names[::2]:
            name = self.strip[m]
            if not name or len(name.split()) > 4 or not self.name_like(name, strict=True):
                return None
        said = " ".join(self.strip[m] for m in [k, *names])
        hit = self.rules.match("bylines", said, self.primary)
        if hit is None or not hit.get("author"):
            return None
        return self.rules.clean_author(hit.get("author")) or "", names[-1]

    def byline_word_over_name(self, i: int) -> list[int]:
        """The lines of a byline a block a part, from its word standing alone on: "par" /
        "Claire Vasseur" (and "dans" / "Patrimoine", its category), as the tables read them
        joined ("par Claire Vasseur dans Patrimoine")."""
        text = self.strip[i]
        if " " in text or len(text) > 5 or not text.isalpha():
            return []
        n = len(self.lines)
        # (or a line each with no blank line between, as Firefox copies Twenty Twenty-Four's:
        # "14 de marzo de 2024" / "—" / "por" / "Lucía Arrieta" / "en" / "Conservas")
        glued = i + 1 < n and bool(self.strip[i + 1])

        def following(k: int) -> int | None:
            if not glued:
                return self.next_block_line(k)
            return k + 1 if k + 1 < n and self.strip[k + 1] else None

        name = following(i)
        if name is None or len(self.strip[name].split()) > 4:
            return []
        if not self.name_like(self.strip[name], strict=True):
            return []
        said = f"{text} {self.strip[name]}"
        hit = self.rules.match("bylines", said, self.primary)
        if hit is None or not hit.get("author"):
            return []
        lines = [name]
        word = following(name)
        what = following(word) if word is not None else None
        if what is not None and " " not in self.strip[word] and len(self.strip[what]) <= 40:
            hit = self.rules.match(
                "bylines", f"{said} {self.strip[word]} {self.strip[what]}", self.primary
            )
            if hit is not None and hit.get("author") == self.strip[name]:
                lines += [word, what]
        return lines

    def byline_in_lines(self, i: int) -> list[int]:
        """The lines of the byline set a part a line from line ``i`` (``lines_byline``)."""
        found = self.lines_byline(i)
        return found[0] if found is not None else []

    def lines_byline(self, i: int) -> tuple[list[int], Hit] | None:
        """The lines of a byline set a part a line from line ``i`` on, with no blank line
        between ("marc_lb" / "dans" / "jardinage" / "•" / "il y a 4 jours"): five lines or
        fewer, one of them a bullet or a word alone, that a byline entry reads joined, the
        name first."""
        end = i
        while end < min(i + 5, len(self.lines)) and 0 < len(self.strip[end]) <= 40:
            end += 1
        if end - i < 3 or not any(
            self.strip[k].isalpha() and len(self.strip[k]) <= 4 for k in range(i + 1, end)
        ):
            return None  # (its word alone, "dans", "to": not a name over "·" over a date)
        # (or its word first: "por" / NAME / "para" / COMMUNITY / "há 1 ano", Lemmy's)
        name = self.strip[i + 1] if self.strip[i].casefold() in _BY_WORDS else self.strip[i]
        for last in range(end, i + 2, -1):
            if (hit := self.named_byline(" ".join(self.strip[i:last]), name)) is not None:
                return list(range(i, last)), hit
        return None

    def footer_below(self, k: int) -> bool:
        """The next line under ``k`` is the post's footer, or there is none: its labels,
        tags or share buttons ("Gepost door NAME" / "Labels" / "bonen klei zaaien")."""
        below = self.next_filled(k + 1, 3)
        if below is None:
            return True
        text = self.strip[below]
        return (
            self.furniture(below, region="body") is not None
            or self.share_line(text)
            or self.hit("related", below) is not None
            # a label over the post's labels, as the tables read it run on ("Labels" /
            # "bonen klei zaaien": "Labels: …")
            or (len(text) <= 20 and self.rules.match("boilerplate", f"{text.rstrip(':')}: …"))
        )

    def more_button(self, i: int) -> bool:
        """Line ``i`` is Blogger's menu button ("Meer…", "Altro…") over a post's title and
        its date or share menu ("Link ophalen"), as Contempo sets them."""
        if self.strip[i].casefold() not in self.rules.more_buttons or i + 2 >= len(self.lines):
            return False
        under = i + 2
        return (
            bool(self.strip[i + 1])
            and not self.names_someone(self.byline(i + 1))  # (a byline under it: "Von NAME")
            and bool(self.strip[under])
            and (
                self.is_date_line(under)
                or self.share_line(self.strip[under])
                or self.hit("boilerplate", under) is not None
            )
        )

    def reader_credits(self, k: int, within: int) -> bool:
        """Line ``k``, a name alone, stands over the reading time (``within`` lines), as a
        reader view sets its credits ("Catarina Valente" / "4-5 minutos")."""
        minutes = self.next_filled(k + 1, within)
        return (
            minutes is not None
            and _READING_TIME.search(self.strip[minutes]) is not None
            and self.hit("boilerplate", minutes) is not None
            and self.name_like(self.strip[k], strict=True)
        )

    def byline_over_age(self, i: int) -> tuple[Hit, int] | None:
        """A post's head a block over its age, as a crawl sets Lemmy's ("moritz_k an Fahrrad"
        / "vor 1 Jahr"; "Deutsch · vor 3 Tagen", the post's language before it): the byline
        the tables read joined, where it names both the poster and the community on line
        ``i`` (a name alone over a date is many other things: a title, a caption, a place)."""
        text = self.strip[i]
        if not text or len(text) > 80 or (j := self.next_block_line(i)) is None:
            return None
        age = self.strip[j]
        ages = [age]
        language, _, rest = age.partition(" · ")
        if rest and language.isalpha():
            ages.append(rest)
        for when in ages:
            if not self.rules.dates.is_date_line(when, relative=True):
                continue
            languages = self.primary
            for hit in self.rules.matches("bylines", self.rules.probe(f"{text} · {when}")):
                author, site = hit.get("author"), hit.get("site")
                if (
                    author
                    and site
                    and text.startswith(author)
                    and text.endswith(site)
                    # a poster's user name (not a title's words, "Kritik an Bürgermeister
                    # Haller", "Dividing rhubarb crowns in late winter")
                    and user_name(author)
                    and (languages is None or hit.rule.language in languages)
                ):
                    return hit, j
        return None

    def byline_run(self, k: int) -> list[int]:
        """The lines of a byline set a part a line from its word on, with no blank line
        between ("Écrit par" / "Sylvie Marchand" / "dans" / "Tricot"): the word of a byline
        alone, the name under it, a place's word and the category perhaps under that."""
        text = self.strip[k]
        if not text or len(text) > 20 or len(text.split()) > 3 or k + 1 >= len(self.lines):
            return []
        if text.split()[-1].casefold() not in _BY_WORDS or (k and self.strip[k - 1]):
            return []  # (its word last, "Écrit par", at its block's start)
        name = self.strip[k + 1]
        if not name or len(name.split()) > 4 or not self.name_like(name, strict=True):
            return []
        run = [k, k + 1]
        if k + 3 < len(self.lines) and 0 < len(self.strip[k + 2]) <= 5 and self.strip[k + 3]:
            run += [k + 2, k + 3]
        for lines in (run, run[:2]):
            after = lines[-1] + 1
            if after < len(self.lines) and self.strip[after]:
                continue  # (the block ends with it)
            joined = " ".join(self.strip[m] for m in lines)
            if self.named_byline(joined, name) is not None and joined.casefold() != name.casefold():
                under = []  # the lines under it, up to the comments' heading
                for m in range(after, min(after + 15, len(self.lines))):
                    if self.hit("section_headings", m) or self.hit("count_headers", m):
                        break
                    if self.strip[m].partition(":")[0].strip().casefold() not in (
                        self.rules.post_links  # ("Précédent : TITLE ?")
                    ):
                        under.append(m)
                if self.rules.match("bylines", name) or any(self.is_prose(m) for m in under):
                    return []  # (a round-up crediting each item, the next item's text under it)
                return lines
        return []

    def date_name_blocks(self, k: int) -> list[int]:
        """The lines of a post's meta set a block each under it with no words to say what
        they are: a date, a name, then a category and tags at most, the comments' count or
        nothing after them."""
        n = len(self.lines)
        if not self.is_date_line(k) or (k and self.strip[k - 1]) or len(self.strip[k]) > 40:
            return []
        parts, m = [k], k
        while (j := self.next_block_line(m)) is not None and len(parts) < 4:
            if len(self.strip[j]) > 60 or _SENTENCE_END.search(self.strip[j]):
                break
            parts.append(j)
            m = j
        if len(parts) < 2 or not self.name_like(self.strip[parts[1]], strict=True):
            return []
        after = next((j for j in range(m + 1, n) if self.strip[j]), None)
        if after is not None and self.hit("count_headers", after) is None:
            return []
        return parts

    def byline_blocks(self, k: int) -> list[int]:
        """The lines of an entry's footer set a part a block from line ``k`` on ("Posted" /
        DATE / "in" / CATEGORY / "by" / NAME, each a line under a blank one): the entry
        that reads them joined names the last part, and dates it."""
        if (k and self.strip[k - 1]) or not 0 < len(self.strip[k]) <= 20:
            return []
        parts, m = [k], k + 1
        while len(parts) < 8 and m + 1 < len(self.lines) and not self.strip[m]:
            if not self.strip[m + 1] or len(self.strip[m + 1]) > 40:
                break
            if m + 2 < len(self.lines) and self.strip[m + 2]:
                break  # (each part a line of its own)
            parts.append(m + 1)
            m += 2
        for last in range(len(parts), 3, -1):
            hit = self.rules.match("post_trailers", " ".join(self.strip[p] for p in parts[:last]))
            if (
                hit is not None
                and hit.get("author") == self.strip[parts[last - 1]]
                and self.date_of(hit)
                and self.name_like(hit.get("author"), strict=True)
            ):
                return parts[:last]
        return []

    def named_byline(self, text: str, name: str) -> Hit | None:
        """The byline entry that reads ``text`` with ``name`` as its author."""
        return next(
            (h for h in self.rules.matches("bylines", text) if h.get("author") == name), None
        )

    def next_block_line(self, i: int) -> int | None:
        """The next line after ``i``, where it stands alone, under a blank line or none."""
        for j in (i + 1, i + 2):
            if j >= len(self.lines) or (j == i + 2 and self.strip[i + 1]):
                return None
            if self.strip[j]:
                return j if j + 1 >= len(self.lines) or not self.strip[j + 1] else None
        return None

    def window_title(self, candidates: list[tuple[int, int]]) -> tuple[int, str | None] | None:
        """The page's title line under a first line that repeats it with the site's name
        ("TITLE - Equipment / Laser Cutter - Ferncliff Makerspace Community", as a browser's
        tab names the page): that line and the site, if a line of the head says it too."""
        first = self.strip[candidates[0][0]]
        held = dict(candidates)
        for i, block in candidates[1:4]:
            title = self.strip[i]
            if len(title) < 15 or len(first) <= len(title) or not first.startswith(title):
                continue
            if len(title.split()) <= 4 and all(
                held.get(k) == block and len(self.strip[k].split()) <= 3 for k in (i + 1, i + 2)
            ):
                continue  # the site's name heading its breadcrumb ("NAME" / "Foros" / "Riego")
            rest = first[len(title) :]
            if not rest.startswith(TITLE_SEPARATORS):
                continue
            site = re.split("|".join(map(re.escape, TITLE_SEPARATORS)), rest)[-1].strip()
            named = any(self.strip[k] == site for k, _ in candidates[1:])
            return i, site if named else None
        return None

    def dumped_tagline(self, i: int) -> bool:
        """Line ``i`` may be a blog's tagline a blank line under its name, as a text
        browser's dump sets them: a line of its own, short, under a name of a few words
        (not a first paragraph under the title, "… im Juli begann alles")."""
        if i < 2 or self.strip[i - 1] or not self.strip[i - 2]:
            return False
        name, tagline = self.strip[i - 2], self.strip[i]
        return (
            len(tagline) <= 100
            and (i + 1 >= len(self.lines) or not self.strip[i + 1])
            and len(name.split()) <= 5
            and not _SENTENCE_END.search(name)
        )

    def tagline_over_dated_title(self, i: int) -> bool:
        """A sentence under the blog's name with the post's date and title further down
        ("Trappers & Taartjes" / "Fietsen door het lage land, …" // "zondag 9 juni 2024" /
        "Langs de Zwarte Wetering …" // the post): Blogger's head, not the post's start."""
        n = len(self.lines)

        def next_block(k: int) -> int:
            while k < n and self.strip[k]:
                k += 1
            while k < n and not self.strip[k]:
                k += 1
            return k

        d = next_block(i + 1)
        end = next_block(d)
        menu = [m for m in range(d, end) if self.strip[m]]
        t = d + 1
        if (
            len(menu) >= 3
            and all(len(self.strip[m]) <= 30 for m in menu)
            and any(self.hit("navigation", m) or self.hit("boilerplate", m) for m in menu)
        ):
            # the blog's menu, its pages a line each, between ("Home" / "Recepten"), and the
            # title a blank line under the date: Blogger's layout, both together
            d = next_block(menu[-1] + 1)
            t = next_block(d) if d + 1 < n and not self.strip[d + 1] else d + 1
        if t < n and not self.strip[t] and t + 1 < n and i and not self.strip[i - 1]:
            # (a text browser's dump: a blank line between each, the date and the title too)
            t += 1
        if t + 1 >= n or not self.strip[t] or not self.is_date_line(d, relative=False):
            return False
        title = self.strip[t]
        if len(title) > 120 or self.is_prose(t) or title[-1] in ".!:;,":
            return False
        k = t + 1
        while k < n and not self.strip[k]:
            k += 1
        return k > t + 1 and k < n and (self.is_prose(k) or self.wrapped_prose(k))

    def dateline(self, j: int) -> bool:
        """A place, then the date, in a row: "Valdecierva | 07/05/2024 - 06:00 | …",
        "Montesur, 22 ENE 2024 - 06:00 CET"."""
        text = self.strip[j]
        place, comma, rest = text.partition(", ")
        if (
            comma
            and 1 <= len(place.split()) <= 3
            and place[:1].isupper()
            and not _DIGIT.search(place)
            and self.rules.dates.is_date_line(rest, relative=False)
        ):
            return True
        parts = [p for p in _BYLINE_SPLIT.split(text) if p]
        return (
            2 <= len(parts) <= 6
            and len(parts[0].split()) <= 3
            and self.rules.dates.is_date_line(parts[1], relative=False)
        )

    def name_without_place(self, k: int) -> str:
        """A byline's name, without the place a phone's copy runs into it ("Ana Belén
        QuirósValdemira", the page naming "Valdemira" on a line of its own above)."""
        text = self.strip[k]
        glued = _GLUED_PLACE.search(text)
        if glued is not None and " " in text:
            place = glued.group(2).casefold()
            if any(self.strip[m].casefold() == place for m in range(k)):
                return text[: glued.start(2)]
        return text

    def menu_item(self, i: int) -> bool:
        """Line ``i`` ends a run of short lines, a word or two each, that opens with the
        menu's first item ("Página inicial" / "Percursos" / "Aldeias" / "Contactos"): not a
        section's trail over an agency's byline ("Nieuws" / "Binnenland" / "ANP")."""
        m = i
        while m > 0 and self.strip[m - 1] and len(self.strip[m - 1].split()) <= 2:
            m -= 1
        return i - m >= 2 and self.hit("boilerplate", m) is not None

    def dated_name(self, i: int) -> bool:
        """A name on a line of its own under the title with the date right under it, or
        under the standfirst that follows it ("Femke Hoogland" / "12 mrt 2024")."""
        text = self.strip[i]
        if not text or len(text.split()) > 4 or not self.name_like(text, strict=True):
            return False
        if " " not in text and self.menu_item(i):
            return False  # the menu's last item over the date ("Aldeias" / "Contactos")
        if text.casefold().rstrip(":") in self.rules.profile_labels:
            return False  # a poster's profile label over its value ("Registriert" / DATE)
        n = len(self.lines)
        if (
            i + 3 < n
            and (i == 0 or not self.strip[i - 1])
            and not self.strip[i + 1]
            and not self.strip[i + 3]
            and self.is_date_line(i + 2, relative=False)
        ):
            return True  # a block theme's: each a block of its own ("NAME" / "" / "DATE")
        for j in (i + 1, i + 2):
            if j >= len(self.lines) or not self.strip[j]:
                return False
            if self.dated_line(j):
                return True  # "12 mrt 2024", "Publiziert: 14.05.2024, 17:45"
            if self.dateline(j):
                return True  # "Valdecierva | 07/05/2024 - 06:00 | Actualizado: …"
            if j == i + 1 and (
                self.role_line(j)
                # (under a standfirst: "L'orto" / "Chi sono" over the date is a menu)
                or (self.place_line(j) and i > 0 and self.is_prose(i - 1))
            ):
                continue  # "Harriet Ocampo" / "Transport correspondent" / "Tue 14 May 2024"
            if not self.is_prose(j):
                return False
        return False

    def tags_under_byline(self, later: list[int]) -> list[int]:
        """The post's tags a line each right under its byline, a word or three each, the
        article's prose a blank line under them ("Spur N" / "Diorama" / "Kleinanlage")."""
        run: list[int] = []
        for m in later:
            if run and m != run[-1] + 1:
                break
            text = self.strip[m]
            if len(text.split()) > 3 or not text[-1:].isalnum() or self.is_prose(m):
                return []
            run.append(m)
        n = len(self.lines)
        if len(run) < 2 or run[-1] + 1 >= n:
            return []
        if not self.strip[run[0] - 1] and not (
            # (or a block of their own right under the byline's: "14 marzo 2024 · di NAME" /
            # "" / "Restauro" / "Strumenti musicali")
            run[0] >= 2 and self.strip[run[0] - 2] and self.byline(run[0] - 2)
        ):
            return []
        if self.strip[run[-1] + 1]:
            return []  # (the block goes on: not a list set apart from the text)
        return run if self.prose_at(run[-1] + 1, n) else []

    def category_over_body(self, k: int) -> bool:
        """A word or two alone in a block under the byline, the article's prose under it:
        the post's category, not a paragraph."""
        text = self.strip[k]
        n = len(self.lines)
        after = next((m for m in range(k + 1, n) if self.strip[m]), None)
        items = text.split(", ")
        if len(items) >= 2:
            # its categories run on under the byline ("Dulces, Semana Santa", "Rutas,
            # Senderismo con niños"), one of them in the menu above (not a place:
            # "Valdemira, Cáceres"; not a phrase's list: "Berge, Seen, Almen und …")
            words = {w.casefold() for w in text.split()}
            above = set(self.strip[:k])
            return (
                text[-1:].isalnum()
                and all(len(i.split()) <= 4 for i in items)
                and words.isdisjoint(self.rules.and_words)
                and (
                    any(item in above for item in items)
                    # (or right under the byline's date, in its block: Astra's "NAME" /
                    # "8 de julho de 2024" / "Passeios, Tradições")
                    or (k >= 2 and self.is_date_line(k - 1) and self.dated_name(k - 2))
                )
            )
        return (
            len(text.split()) <= 3
            and len(text) <= 30
            and text[-1:].isalnum()
            and not self.strip[k - 1]
            and k + 1 < n
            and not self.strip[k + 1]
            and after is not None
            and self.is_prose(after)
        )

    def place_line(self, j: int, date: int | None = None) -> bool:
        """Where the writer wrote from, under their name ("Villaseca del Campo"): a few
        words, capitalised, no digits, no sentence, over the date."""
        text = self.strip[j]
        words = text.split()
        return (
            1 <= len(words) <= 4
            and text[:1].isupper()
            and not _DIGIT.search(text)
            and text[-1:].isalpha()
            and (date := j + 1 if date is None else date) < len(self.lines)
            and self.dated_line(date)
            and self.hit("boilerplate", j) is None
            and self.hit("navigation", j) is None
        )

    def dated_line(self, j: int) -> bool:
        """Line ``j`` gives a calendar date: alone, or as a table's date line reads one
        ("16/11/2024 - 19:20 Actualizado: 17/11/2024 - 08:35")."""
        if self.is_date_line(j, relative=False) or self.hit("date_lines", j) is not None:
            return True
        text = self.strip[j]
        if len(text) > _SHORT or not _GLUED_TIME.search(text):
            return False
        # a phone's copy runs the time into the next word: "07/04/2025 19:30Actualizado: …"
        text = _GLUED_TIME.sub(r"\1 ", text)
        return (
            self.rules.dates.is_date_line(text, relative=False)
            or self.rules.match("date_lines", text) is not None
        )

    def role_line(self, j: int) -> bool:
        """A writer's role under their name ("Transport correspondent")."""
        text = self.strip[j]
        return len(text) <= 60 and not self.rules.job_titles.isdisjoint(text.lower().split())

    def user_after_date(self, i: int) -> bool:
        """A user name under the post's date above the title: new Reddit's head
        ("r/Mietrecht_DE" / "•" / "vor 2 J." / "kaffee_und_kruemel")."""
        text = self.strip[i]
        above = self.strip[i - 1] if i > 0 else ""
        return (
            i > 0
            and _USER_NAME.fullmatch(text) is not None
            and (
                self.is_date_line(i - 1)
                # "r/CasaItalia • 2 anni fa": the community and the date on one line
                or (
                    above.startswith("r/")
                    and self.rules.dates.is_date_line(
                        above.split("•", 1)[-1].strip(), relative=True
                    )
                )
            )
            and self.name_like(text, strict=True)
        )

    def followed_name(self, i: int) -> bool:
        """A name over a "Follow" button: how Medium and its like set the author (copied
        with a "·" and a blank line between, "Marina Arruda" / "·" / "" / "Follow")."""
        j = i + 1
        while j < min(i + 4, len(self.lines)) and _separator(self.strip[j]):
            j += 1
        return (
            j < len(self.lines)
            and self.strip[j].casefold() in self.rules.follow_buttons
            and len(self.strip[i].split()) <= 4
            and self.name_like(self.strip[i], strict=True)
        )

    def avatars_over_follow(self, k: int) -> int | None:
        """The line of the writer's name over its Follow button, when line ``k`` is the same
        name a few lines above it (the avatar's alt text), short lines between."""
        text = self.strip[k]
        if not text or len(text) > 60:
            return None
        for m in range(k + 1, min(k + 5, len(self.lines))):
            if self.strip[m] == text:
                return m if self.followed_name(m) else None
            if len(self.strip[m]) > 60:
                return None
        return None

    def tags_over_counts(self, i: int, j: int) -> bool:
        """Lines ``i`` to ``j`` (a block) are tags, a few words each with no sentence, over a
        count alone on its line, and a Follow button stands further down, before line
        ``n``'s comments: Medium's foot of the article."""
        if j - i < 2 or any(
            len(self.strip[k].split()) > 3
            or _SENTENCE_END.search(self.strip[k])
            or any(c.isdigit() or c == ":" for c in self.strip[k])  # ("Distance: 5 km")
            for k in range(i, j)
        ):
            return False
        after = self.next_filled(j)
        if after is None or not _NUMBER_ONLY.match(self.strip[after]):
            return False
        second = self.next_filled(after + 1)
        if second is None or not _NUMBER_ONLY.match(self.strip[second]):
            return False  # (the claps' count, then the responses')
        # (the writer's box under it, "Written by NAME", and its Follow button)
        below = range(after, min(after + 40, len(self.lines)))
        return any(self.hit("post_trailers", k) is not None for k in below) and any(
            self.strip[k].casefold() in self.rules.follow_buttons for k in below
        )

    def meta_run(self, j: int, meta: _Meta) -> int:
        """Past the byline's parts a line each under a writer's name (Medium's: "·", "Follow",
        "Published in" / the publication, the reading time, the date, the claps' and
        responses' counts, "Listen", "Share"): the date read; where the article starts."""
        n = len(self.lines)
        k = j
        label = False  # "Published in" seen: the publication's name is the next line
        while k < min(j + 30, n):
            text = self.strip[k]
            if not text:
                k += 1
                continue
            if label and len(text) <= 60 and not _SENTENCE_END.search(text):
                meta.site = meta.site or text  # "Published in" / "Werkt Anders"
                self.drop(k, "the publication's name")
                label = False
                k += 1
                continue
            label = text.casefold().rstrip(":") in self.rules.publication_labels
            if _separator(text) or text.casefold() in self.rules.follow_buttons:
                self.drop(k, "byline's furniture")  # (its separators and Follow button)
            elif self.is_date_line(k, relative=False):
                meta.published = meta.published or self.rules.dates.parse_date(text, self.order)
                self.drop(k, "date line")
            elif _normal(text) in self.page_names or (meta.site and text == meta.site):
                self.drop(k, "the publication's name")
            elif len(text) > 40 or not (
                _NUMBER_ONLY.match(text)
                or self.hit("boilerplate", k) is not None
                or self.hit("chrome", k) is not None
            ):
                break
            else:
                self.drop(k, "byline's furniture")
            k += 1
        return k

    def title_in(self, block: list[int]) -> int:
        """The title among a block of candidate lines: its first of two words or more (a
        label of one word, a kicker in capitals before it); where a copy ran the page's
        whole head together without blank lines (site, tagline, menu, kicker, title), the
        last of three words or more, the one nearest the article."""
        marked = [
            i for i in block if self.hit("titles", i) is not None and self.hit("chrome", i) is None
        ]  # (not a vote row: "▲ 212 ▼")
        if marked:
            return marked[-1]  # "TITLE (self.Backen)", "Tema: TITLE": the page says which
        last = block[-1]
        if (
            len(block) >= 2
            and block[-2] == last - 1
            and last + 1 < len(self.lines)
            and _READING_TIME.search(self.strip[last + 1])
            and self.hit("boilerplate", last + 1) is not None
            and self.name_like(self.strip[last], strict=True)
            and len(self.strip[last - 1].split()) >= 3
        ):
            return last - 1  # a reader view's head: the site, the title, the author, the time
        if len(block) > 3 or block[-1] - block[0] >= 4:
            wordy = [i for i in block if len(self.strip[i].split()) >= 3]
            if not wordy:
                return block[-1]
            if (
                len(wordy) >= 3
                and wordy[-3] == wordy[-1] - 2
                and _kicker_over(self.strip[wordy[-3]], self.strip[wordy[-2]])
                and self.deck_under_title([wordy[-1]], [wordy[-2]])
            ):
                return wordy[-2]  # a kicker, the headline, its summary: one under the other
            if len(wordy) >= 3 and wordy[-3] == wordy[-1] - 2:
                return wordy[-1]  # a forum's trail of boards over the thread's title
            deck = self.strip[wordy[-1]]
            if (
                len(wordy) >= 2
                and wordy[-2] == wordy[-1] - 1
                and not deck.endswith("?")
                # (a thread's starter or its buttons under it: a board's name over the
                # thread's title, "Conduite du rucher" / TITLE / "Répondre")
                and not (
                    self.forum
                    and (
                        self.byline(wordy[-1] + 1) is not None
                        or self.hit("chrome", wordy[-1] + 1) is not None
                    )
                )
                and not (
                    _kicker_over(self.strip[wordy[-2]], deck) and self.summary_under(wordy[-1])
                )
            ):
                return wordy[-2]  # a title and its deck (no question: a title), one under the other
            return wordy[-1]
        if (
            len(block) == 2
            and block[1] == block[0] + 1
            and (
                _kicker_over(self.strip[block[0]], self.strip[block[1]])
                # (a thread's tag over its title, a question: "Bauen & Werkeln" / "Gewächshaus
                # aus alten Holzfenstern: Fundament und Statik?", Flarum's)
                or (
                    self.forum
                    and self.strip[block[1]].endswith("?")
                    and _kicker_over(self.strip[block[0]], self.strip[block[1]][:-1])
                )
            )
        ):
            return block[1]  # a kicker over the headline ("Verkehr in Nordheide")
        if (
            len(block) == 2
            and block[1] > block[0] + 1
            and len(self.strip[block[1]]) > len(self.strip[block[0]])
            and self.title_like(block[1])
            and all(self.strip[k] and self.head_furniture(k) for k in range(block[0] + 1, block[1]))
        ):
            return block[1]  # the site's name over its buttons ("Iscriviti" / "Accedi"), then it
        last = block[-1]
        if (
            len(block) > 2
            and all(self.strip[k] for k in range(block[0], last))  # (a line each, no blank)
            and block[-2] == last - 1  # (the title right under the line over it)
            and len(self.strip[last].split()) >= 3
            and all(len(self.strip[k]) < len(self.strip[last]) for k in block[:-1])
            and self.byline_under(last)
        ):
            # a phone's copy of the head, a line each: the section's trail and a kicker
            # over the headline, which the byline (or the summary and byline) comes under
            return last
        return next((i for i in block if self.title_like(i)), block[0])

    def named_at_foot(self, i: int) -> bool:
        """Line ``i`` stands again among the page's last lines (the site's name in its
        footer: "Gazeta do Seridó" / "Voltar ao topo")."""
        text = self.strip[i]
        n = len(self.lines)
        return any(self.strip[k] == text for k in range(max(i + 2, n - _FOOT_LINES), n))

    def summary_under(self, i: int) -> bool:
        """A longer line of prose right under line ``i``: a headline's summary, run on."""
        j = i + 1
        return j < len(self.lines) and len(self.strip[j]) > len(self.strip[i]) and self.is_prose(j)

    def title_like(self, i: int) -> bool:
        """Two words or more, and not a kicker in capitals over the title ("HORTA, MUTIRÃO")
        nor a greeting that opens the text ("Hallo zusammen,")."""
        text = self.strip[i]
        return (
            len(text.split()) >= 2
            and not (text[-1] == "," and len(text.split()) <= _GREETING_WORDS)
            and not (text.isupper() and self.strip[i + 1 : i + 2] != [""])
            and not _CATEGORIES.match(text)  # "Growing, Site News": the post's categories
            and not self.menu_entry(text, i)
        )

    def greeting(self, i: int) -> bool:
        """A short line ending in a comma over prose, a block apart: a post's greeting
        ("Hallo zusammen,", "Bonjour à toutes et à tous,")."""
        text = self.strip[i]
        if text[-1:] != "," or len(text) > 40 or len(text.split()) > _GREETING_WORDS:
            return False
        k = self.next_filled(i + 1)
        return k is not None and k > i + 1 and self.is_prose(k)

    def menu_entry(self, text: str, i: int) -> bool:
        """``text`` is an entry of a menu above line ``i`` (a run of three short lines or more):
        over a title, the post's section ("Carnet de route"), not the title."""
        for j in range(max(0, i - _HEAD_LINES), i):
            if self.strip[j] != text:
                continue
            first = last = j
            while first > 0 and 0 < len(self.strip[first - 1]) <= 30:
                first -= 1
            while last + 1 < i and 0 < len(self.strip[last + 1]) <= 30:
                last += 1
            if last - first >= 2:
                return True
        return False

    def byline_under(self, i: int) -> bool:
        """The next line is a byline that names someone: line ``i`` is a title over it."""
        j = i + 1
        if j >= len(self.lines) or len(self.strip[i]) > _SHORT:
            return False
        if not self.strip[j]:
            # a blank line between: a title that reads as a sentence ("Fermentei pimenta
            # biquinho pela primeira vez (e deu certo!)"), not a paragraph, which ends as one
            return (
                self.strip[i][-1] not in ".,;:"
                and j + 1 < len(self.lines)
                and self.names_someone(self.byline(j + 1))
            )
        if self.hit("chrome", j) is not None and j + 1 < len(self.lines) and self.strip[j + 1]:
            j += 1  # the post's votes between ("▲ 212 ▼")
        elif (
            j + 1 < len(self.lines)
            and len(self.strip[j]) > len(self.strip[i])
            and self.is_prose(j)
            and not self.names_someone(self.byline(j))  # (a byline as long as a sentence)
        ):
            # the summary under the title, run on without a blank line (a phone's copy); the
            # byline right under it or a blank line further
            j += 1 if self.strip[j + 1] else 2
            if j >= len(self.lines):
                return False
        # (or a paper's writer over the place they wrote from, over the date)
        return self.names_someone(self.byline(j)) or self.placed_name(j)

    def role_under_byline(self, i: int) -> bool:
        """The author's role on a line of its own under the byline ("By NAME" / "Local
        Democracy Reporter"): part of the byline, not the title or the body's first line."""
        text = self.strip[i]
        words = text.lower().split()
        if not 1 <= len(words) <= 5 or self.rules.job_titles.isdisjoint(words):
            return False
        j = i - 1
        while j >= 0 and not self.strip[j]:
            j -= 1
        return j >= 0 and not _SENTENCE_END.search(text) and self.byline(j) is not None

    def deck_under_title(self, in_block: list[int], upper: list[int]) -> bool:
        """A line alone over the byline that summarises the last line of the block above it
        (alone, or under the menu a copy ran it into): longer than it and a dozen words or
        more, where that line reads as a headline."""
        if len(in_block) != 1 or not upper:
            return False
        # (the title last in its block, under the menu a phone's copy ran into it)
        deck, title = self.strip[in_block[0]], self.strip[upper[-1]]
        return (
            len(deck.split()) >= _DECK_WORDS
            and len(deck) > len(title)
            and len(title.split()) >= 5
            and not title.endswith((".", ":"))
            and self.title_like(upper[-1])
            and self.hit("titles", in_block[0]) is None  # ("TITLE (self.france)")
        )

    def candidate_above(
        self, line: int, candidates: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The candidate that is the nearest non-blank line above ``line``, if it is one."""
        j = line - 1
        while j >= 0 and not self.strip[j]:
            j -= 1
        return next((c for c in candidates if c[0] == j), None)

    def labelled_meta(self, i: int, meta: _Meta) -> str | None:
        """Line ``i`` is a label of the post's meta, its value on the line under it, as a
        copy of a theme's fields a line each gives them (OceanWP's "Beitrags-Autor:" /
        "Maren Albrecht", "Beitrag veröffentlicht:" / "12. Juli 2024"): read as one line, a
        byline or a date line. The rule's id, or None."""
        text = self.strip[i]
        if not (text.endswith(":") and len(text) <= 30 and i + 1 < len(self.lines)):
            return None
        value = self.strip[i + 1]
        if not value or len(value) > 60 or value.endswith(":"):
            return None
        joined = f"{text} {value}"
        byline = self.rules.match("bylines", joined, self.primary)
        if byline is not None and self.names_someone(byline) and self.read_byline(byline, meta):
            return byline.rule.id
        dated = self.rules.match("date_lines", joined, self.primary)
        if dated is not None and (date := self.date_of(dated)):
            meta.published = meta.published or date
            return dated.rule.id
        if self.rules.match("count_headers", value, self.primary) is not None:
            self.count_in(value, meta)  # ("Beitrags-Kommentare:" / "8 Kommentare")
            return "post meta (the count of comments)"
        furniture = self.rules.match("boilerplate", joined, self.primary)
        return furniture.rule.id if furniture is not None else None  # (its category)

    def head_line(self, i: int, meta: _Meta) -> str | None:
        """Why a head line is not a title candidate (and what metadata it gave), or None."""
        text = self.strip[i]
        if self.consent(i):
            return "cookie banner"
        if self.notice(i):
            return "notice"
        if len(text) > _SHORT:
            return None
        if i in self.writer_box:
            return "the writer's name and headline"
        if i in self.label_values:
            return "post meta (a label's value)"
        if (labelled := self.labelled_meta(i, meta)) is not None:
            self.label_values.add(i + 1)
            return labelled
        if (
            (pictured := self.hit("profile_links", i)) is not None
            and (box := self.under_picture(i, pictured))
            and self.strip[i + 2] == self.strip[i + 1]  # (the name shown twice)
        ):
            # "Foto del perfil de NAME" / NAME / their headline / "Publicado el DATE"
            meta.author = meta.author or self.rules.clean_author(pictured.get("author"))
            self.writer_box.update(box)
            return "the writer's picture"
        if (doubled := self.name_shown_twice(i)) is not None:
            # LinkedIn's: NAME / NAME / their headline / "Pubblicato il DATE"; a newsletter's
            # name shown so over its pitch and "1.842 iscritti" is the site's
            self.writer_box.update(doubled)
            if self.hit("footers", doubled.stop) is not None:
                meta.site = meta.site or text
                return "the newsletter's name"
            meta.author = meta.author or text
            return "the writer's name"
        if self.role_under_byline(i):
            return "byline (the author's role)"
        if (
            (_credited(text) or _capital_credit(text))
            and (caption := self.long_caption(i))
            # (not a byline whose parts a bar sets apart: "authored by NAME 3 months ago |
            # archive | 9 comments", Lobsters')
            and not self.names_someone(self.byline(i))
        ):
            # a photo's caption over the article ("… (Foto: NAME)", "… de Valdecea. LA VOZ")
            return caption
        if _INITIALS_LINE.match(text) and i and self.strip[i - 1]:
            return "the caption's credit"  # "M. R." under a photo's caption
        if text[-1] == "." and self.captioned(i):
            return "caption (its credit under it)"  # ("El lavadero, ya restaurado …" / "M. R.")
        if _ROUNDED.match(text) and self.votes_over_poster(i):
            return "number"  # a post's votes, rounded ("1.4k" over "Posted by")
        if self.crumbs_over_title(i):
            return "breadcrumb"
        probe = self.probe(i)
        if not (
            self.rules.may_match(_HEAD_TABLES, probe)
            or probe.dated
            or self.share_line(text)
            or self.menu_line(text)
        ):
            return None  # most titles: nothing any table could read
        if self.hit("titles", i) is not None:
            return None  # "Author Topic: TITLE (Read 1482 times)": the title, marked so
        notice = self.hit("notices", i)
        if notice is not None:
            return notice.rule.id
        byline = self.byline(i)
        if byline is not None and self.marked is not None and i < self.marked:
            # a sidebar's over the title the page marks ("created by NAME a community for
            # 10 years", old Reddit's): the thread's byline comes under its title
            if self.names_someone(byline):
                return "sidebar (over the title)"
        elif byline is not None and self.read_byline(byline, meta):
            self.count_in(text, meta)
            return byline.rule.id
        if (
            i + 1 < len(self.lines)
            and len(text) <= 40
            and self.menu_line(self.strip[i + 1])
            and (run := self.rules.match("sites", f"{text} {self.strip[i + 1]}")) is not None
            and run.get("site") == text
        ):
            # the site's name over its menu, a line each in a phone's copy ("Hacker News" /
            # "new | past | comments | …"), which the tables know as one line
            meta.site = meta.site or text
            return run.rule.id
        why = self.furniture(i, region="head", menus=False)
        if why:
            self.count_in(text, meta)
            return why
        if (
            _POSITION.fullmatch(text)
            and 0 < i < len(self.lines) - 1
            and self.is_date_line(i - 1)
            and self.is_date_line(i + 1)
        ):
            return "timeline"  # Discourse's, between its first and last dates ("1 / 7")
        arrow = text[-2:]
        if (
            arrow in (" »", " ›")
            and i + 1 < len(self.lines)
            and self.strip[i + 1][-2:] == arrow
            and not (i and self.strip[i - 1][-2:] == arrow)
            and not self.rules.match("navigation", text[:-2].strip())
        ):
            # a trail a crumb a line: a forum's ("Le Quai du Modéliste »" / "Locomotives »" /
            # "Digital (DCC) »" / the topic) starts with the forum's name; a blog's or a
            # paper's, of two, with its sections ("Recipes »" / "Desserts »")
            if i + 2 < len(self.lines) and self.strip[i + 2][-2:] == arrow:
                meta.site = meta.site or text[:-2].strip()
            return "breadcrumb"
        site = self.hit("sites", i)
        if site is not None and self.rules.match(
            "navigation", (site.get("site") or "").lstrip("*•·- ")
        ):
            return "menu line"  # a breadcrumb from "Home" ("* Home » …", a list's): no site's name
        if site is not None:
            meta.site = meta.site or site.get("site")
            return site.rule.id
        if text.lower().rstrip(".") in self.rules.dates.months:
            return "date line"  # "09 / July / 2012", a date set in three lines
        dated = self.hit("date_lines", i)
        if dated is None and text[:2] in ("* ", "• ") and ":" in text:
            dated = self.rules.match("date_lines", text[2:])  # ("* Post published:DATE")
        if dated is not None or self.is_date_line(i):
            # ("9 octobre 2023 · 12 commentaires · Lecture : 5 min" is no menu)
            meta.masthead_date = meta.masthead_date or meta.published is None
            meta.published = (
                meta.published
                or (self.date_of(dated) if dated is not None else None)
                or self.rules.dates.parse_date(text, self.order)
            )
            self.count_in(text, meta)
            return dated.rule.id if dated else "date line"
        if self.menu_line(text):
            self.count_in(text, meta)  # ("148 points · 94% upvoted · 26 comments", Lemmy's)
            return "menu line"
        count = self.hit("count_headers", i)
        if count is None and text[:2] in _ACTION_BULLETS:  # old Reddit's "* 23 comments"
            count = self.rules.match("count_headers", text[2:])
        if count is not None:
            if meta.declared is None:
                meta.declared = self.rules.number(count.get("n"))
            return count.rule.id
        for category in ("footers", "chrome", "related", "header_lines", "section_headings"):
            hit = self.hit(category, i)
            if hit is not None:
                return hit.rule.id
        if _NUMBER_ONLY.match(text):
            return "number"
        if self.count_in(text, meta):
            self.glued_meta_row(i, meta)
            return "count"
        return None

    def glued_meta_row(self, i: int, meta: _Meta) -> None:
        """A meta row copied without its separators ("9 marzo 2024 Lorenzo Pagliarini
        Elettrodomestici 7 Commenti"): the date it opens with, then the writer's name where
        the category at its end is one the page's menu lists too (else no name is sure)."""
        text = self.strip[i]
        found = self.rules.dates.find_date(text, self.order)
        if found is None:
            return
        if found[1].start() != 0:
            before = text[: found[1].start()].split()
            if len(before) <= 2 and not _DIGIT.search(text[: found[1].start()]):
                # the post's category first ("Gardening March 3, 2024 4 Comments"): its date
                meta.published = meta.published or found[0]
            return
        meta.published = meta.published or found[0]
        rest = text[found[1].end() :]
        named, tab, count = rest.partition("\t")
        if tab and self.count_in(count, _Meta()) and 2 <= len(named.split()) <= 3:
            # the count a cell apart ("27 junio, 2024 Nuria Ballester<tab>10 comentarios"):
            # what stands between the date and it is the writer's name
            if self.name_like(named.strip(), strict=True):
                meta.author = meta.author or self.rules.clean_author(named.strip())
            return
        words = rest.split()
        if len(words) < 2 or not words[-2][:1].isdigit():
            return
        words = words[:-2]  # the count: "7 Commenti"
        categories = 0
        while words and self.menu_entry(words[-1], i):
            words, categories = words[:-1], categories + 1  # its category, in the menu above
        name = " ".join(words)
        if categories and 2 <= len(words) <= 3 and self.name_like(name, strict=True):
            meta.author = meta.author or self.rules.clean_author(name)

    def posts_count(self, k: int) -> bool:
        """A figure over the word for posts ("12" / "Beiträge"): a poster's count of posts
        in their box, not the thread's count of replies."""
        return k + 1 < len(self.lines) and self.strip[k + 1].casefold() in self.rules.post_words

    def count_across(self, k: int, meta: _Meta) -> None:
        """A count set on two lines, as a forum's topic summary does ("5" / "Antworten")."""
        if meta.declared is None and _NUMBER_ONLY.match(self.strip[k]) and k + 1 < len(self.lines):
            joined = f"{self.strip[k].rstrip('.')} {self.strip[k + 1]}"
            hit = self.rules.match("count_headers", joined) if self.strip[k + 1] else None
            if hit is not None:
                meta.declared = self.rules.number(hit.get("n"))

    def count_in(self, text: str, meta: _Meta) -> bool:
        """A count of comments inside a meta line ("… | 9 Comments", "with 37 Comments")."""
        if not _DIGIT.search(text) and not self.rules.numbers.keys() & set(text.lower().split()):
            return False
        counts = self.rules.count_words
        if counts is not None and counts.isdisjoint(self.rules.probe(text).words):
            return False  # no word of a count in the line at all
        for part in _COUNT_SPLIT.split(text):
            words = part.split()
            # "with 37 Comments"; the line's last two words ("… à 18:30 Aucun commentaire:")
            for skip in (0, 1, max(len(words) - 2, 2)):
                piece = " ".join(words[skip:])
                hit = self.rules.match("count_headers", piece) if piece else None
                if hit is not None:
                    posts = self.forum and not self.rules.post_words.isdisjoint(
                        piece.lower().split()
                    )  # ("13 Beiträge" on a forum counts the opening post too: no comments')
                    if meta.declared is None and not posts:
                        meta.declared = self.rules.number(hit.get("n"))
                    return True
        return False

    def byline_says(self, hit: Hit) -> tuple[str | None, str | None, str | None]:
        """Author, site and date a byline gives (remembered across documents)."""
        key = (hit.rule.id, hit.probe.text)
        found = _BYLINES.get(key)
        if found is None:
            if len(_BYLINES) > 50_000:
                _BYLINES.clear()
            found = _BYLINES[key] = self._read_byline(hit)
        return found

    def names_someone(self, hit: Hit | None) -> bool:
        return hit is not None and self.byline_says(hit)[0] is not None

    def read_byline(self, hit: Hit, meta: _Meta) -> bool:
        """Author, site and date from a byline into ``meta``; False if it names no one."""
        author, site, date = self.byline_says(hit)
        if author is None:
            return False
        if (
            hit.rule.source.startswith("{date} {author} {n} ")
            and not any(f"  {author}  " in line.text for line in self.lines)
            and not self.signs_comment(author)
        ):
            # "DATE CATEGORY 3 Commenti" reads the same ("9 marzo 2024 Orto Sinergico 3
            # Commenti"): a name only where the icons' gaps set it apart ("March 14, 2024
            # Ellen Dobbs  6 Comments") or it signs a comment, the writer answering; its date
            # is still the post's, over a masthead's
            if date and meta.masthead_date:
                meta.published, meta.masthead_date = date, False
            return False
        meta.author = meta.author or author
        if meta.site is None and site is not None:
            meta.site, meta.site_in_byline = site, True
        if date and meta.masthead_date and not self.rules.mentions_update(hit.probe.text):
            meta.published, meta.masthead_date = date, False  # (not "NAME, updated DATE")
        meta.published = meta.published or date
        return True

    def _read_byline(self, hit: Hit) -> tuple[str | None, str | None, str | None]:
        author = hit.get("author")
        date = self.date_of(hit) or self.rules.dates.parse_date(hit.probe.text, self.order)
        site = hit.get("site")
        parts = [p.strip(" \t–—-·•") for p in _BYLINE_SPLIT.split(author or "")]
        parts = [p for p in parts if p]
        while (
            parts
            and parts[0][:1].isdigit()
            and self.rules.match("boilerplate", parts[0]) is not None
        ):
            parts = parts[1:]  # "DATE · 6 minuti di lettura · NAME": the reading time first
        if (
            not parts
            or parts[0].startswith("r/")  # "r/CasaItalia • 2 anni fa": a community, no one
            # "DATE · Atualizado às 11:02": no one (not "Edited by NAME · DATE", an editor)
            or (self.rules.update_date(parts[0]) and _DIGIT.search(parts[0]) is not None)
            or any(
                self.rules.match(category, parts[0]) is not None
                for category in ("date_lines", "count_headers")
            )
        ):
            # "DATE · Atualizado em DATE", "DATE · 12 commentaires": a label, no name
            return None, None, None
        parts = self.from_byline_word(parts)
        author = self.trim_author(parts[0])
        rest = parts[1:]
        where = _BRACKETED.search(author)
        if where is not None and where.start() > 0 and "," in where.group():
            author = author[: where.start()]  # "NAME (Poitiers, correspondante)": no site
        if "," in author and not rest and not date:
            author, site = (s.strip() for s in author.split(",", 1))
            if not self.rules.job_titles.isdisjoint(site.lower().split()):
                site = None  # "By NAME, Transport correspondent"
            elif site[:1].islower():
                site = None  # "Por NAME, de Tarumã": where they write from
        dated = False  # (a list after the date is the post's categories: "Appennino, Escursioni")
        for part in rest:
            found = self.rules.dates.parse_date(part, self.order)
            if found:
                date, dated = date or found, True
            elif (
                site is None
                and not (dated and ", " in part)
                and not self.rules.dates.is_relative(part)
                and self.rules.match("boilerplate", part) is None  # "6 min de lecture"
                and self.rules.match("count_headers", part) is None  # "9 comentários"
                and self.rules.job_titles.isdisjoint(part.lower().split())  # "Reporter"
            ):
                site = part.strip("()[] ")
        author = self.rules.clean_author(author.strip("()[] "))
        if (
            hit.get("n") is not None
            and hit.rule.source.startswith("{author} ")
            and " " not in author
        ):
            # a meta row "NAME DATE N comments" with no byline's word: a person's names, not
            # the post's category ("Gardening March 3, 2024 4 Comments"); its date is the post's
            return None, None, date
        if (
            not self.name_like(author, strict=False)
            or self.rules.match("boilerplate", author)
            or _compound_word(author)  # "DATE · Auto-hébergement · 7 min de lecture": a category
        ):
            return None, None, None  # "6 min read · Mar 14, 2024" names no one
        return author, site or None, date

    def from_byline_word(self, parts: list[str]) -> list[str]:
        """A meta row's parts from the one a byline's word opens ("Aula, Opinión · Por
        NAME · DATE"): what stands before it is the post's categories, not its writer."""
        for n, part in enumerate(parts[1:], 1):
            if " " not in part or part.split(None, 1)[0].casefold() not in _BY_WORDS:
                continue
            hit = self.rules.match("bylines", part, self.primary)
            name = hit.get("author") if hit is not None else None
            words = name.split() if name else []
            if (
                len(words) >= 2  # (a person's, not a category's: "Por aí", "By Hand")
                and hit.get("date") is None
                and part.split(None, 1)[0].casefold() != words[0].casefold()
                and words[0][:1].isupper()
                and words[-1][:1].isupper()
                and self.name_like(name, strict=True)
            ):
                return [name, *parts[n + 1 :]]
        return parts

    def bio_name(self, k: int) -> str | None:
        """The name a bio box under a heading opens with ("Julien Arnaud, administrateur
        système le jour…"): the author, where the page set no byline."""
        j = k + 1
        while j < len(self.strip) and not self.strip[j]:
            j += 1
        name, comma, rest = self.strip[j].partition(", ") if j < len(self.strip) else ("", "", "")
        words = name.split()
        if (
            comma
            and len(rest) > 40
            and len(words) > 1
            and all(w[:1].isupper() for w in words)
            and self.name_like(name, strict=True)
        ):
            return name
        return None

    def trim_author(self, author: str) -> str:
        """A byline's name without a date run into it ("samzenpus on Sunday October 28")."""
        words = author.split()
        dates = self.rules.dates
        for k in range(1, len(words)):
            word = words[k].lower().strip(",.")
            if word in dates.weekdays or word in dates.months or word[:1].isdigit():
                cut = k - 1 if k > 1 and words[k - 1].lower() in self.rules.not_names else k
                return " ".join(words[:cut]).rstrip(",") or author
        return author

    # -- the body ------------------------------------------------------------------------------

    def read_body(
        self, start: int, end: int, meta: _Meta, builder: TextBuilder, *, forum: bool = False
    ) -> None:
        """The article's paragraphs; on a forum, the opening post's, whose buttons ("Top",
        "Reply With Quote") and signature are dropped as a comment's are."""
        ended = False  # past the article's end (tags, share rows, a footer)
        related = False  # inside a list of related links
        linked: list[int] = []  # the list's links so far
        beside = False  # its links stand in the heading's own block
        signature = False
        logged = False  # the last block closed with "Logged": a signature may follow it
        paragraphs = 0
        i = start
        n = min(end, len(self.lines))
        while i < n:
            if not self.strip[i]:
                i += 1
                continue
            if not forum and _RULE_LINE.match(self.strip[i]):  # (a post's: its signature's)
                # a rule drawn in characters: a box set apart, a newsletter's or a donation's
                # when what it holds asks to sign up, else the rule alone goes
                box = self.ruled_box(i, n)
                for k in box:
                    if self.strip[k]:
                        self.drop(k, "box between rules" if len(box) > 1 else "rule")
                i = box[-1] + 1
                continue
            j = i
            while j < n and self.strip[j]:
                j += 1
            if forum and logged and j - i <= 3 and all(not self.strip[k] for k in range(j, n)):
                # the opening post's signature, a blank line under its "Logged" and over the
                # first reply (SMF's Curve theme: "Registrato" / "" / "Orto a 450 m …")
                for k in range(i, j):
                    self.drop(k, "signature")
                i = j
                continue
            logged = False
            if paragraphs and self.tags_over_counts(i, j):
                # Medium's tags under the article, its claps' and responses' counts, then the
                # publication's and the writer's boxes, each with its Follow button: no more
                # of the article down to the responses
                for k in range(i, n):
                    if self.strip[k]:
                        self.drop(k, "tags" if k < j else "after the article")
                i = n
                continue
            if box := self.contents_box(i, n):
                for k in box:
                    self.drop(k, "table of contents")
                i = box[-1] + 1
                continue
            if paragraphs and j == i + 1 and (pair := self.post_navigation(i, n)):
                for k in pair:
                    self.drop(k, "post navigation")  # "« Previous post" / "Next post »"
                i = pair[-1] + 1
                ended = True
                continue
            if paragraphs and j == i + 1 and self.writer_line(i, meta):
                self.drop(i, "the writer's box")  # "NAME – gardener since 2011, three hens …"
                i = j
                ended = True
                continue
            if paragraphs and (tags := self.labelled_tags(i, j, n)):
                for k in tags:
                    self.drop(k, "tags")  # "Archivado en:" over its tags, a line each
                i = tags[-1] + 1
                ended = True  # (the article's end: what follows is the page's)
                continue
            if (
                j == i + 2
                and not related
                and not paragraphs  # (the photo over the article, under its head)
                and len(self.strip[i]) <= 2 * _SHORT
                and _CREDIT_LINE.fullmatch(self.strip[i + 1])
                and (after := self.next_filled(j)) is not None
                and after < n
                and self.is_prose(after)
            ):
                # a photo's caption over its credit, the article going on under them ("Die
                # Haltestelle am Kirchplatz: …" / "© Tobias Rehbein"); not a copyright line
                # closing the article ("© 2024 Nordheider Rundschau": a year in it)
                self.drop(i, "caption (its credit under it)")
                self.drop(i + 1, "the caption's credit")
                i = j
                continue
            if (
                j == i + 1
                and not related
                and len(self.strip[i]) <= _SHORT
                and self.is_prose(i)  # (a sentence the tables ask only by its first word)
                and (caption := self.long_caption(i)) is not None
            ):
                self.drop(i, caption)  # "… nettoyé le 11 mai. Photo : C. V."
                i = j
                if (k := self.initials_under(i - 1)) is not None:
                    self.drop(k, "the caption's credit")  # "R. C." on a line of its own
                    i = k + 1
                continue
            if j == i + 1 and not related and len(self.strip[i]) > _SHORT:
                # a paragraph of one long line, the common case: no table reads one but a
                # caption's, whose credit closes it ("… | ARCHIVES", "… (Photo: AFP)")
                caption = self.long_caption(i)
                if caption is None and paragraphs == 0 and self.consent(i):
                    caption = "cookie banner"  # over the article, not a paragraph of it
                if caption is None and paragraphs:
                    caption = self.entry_footer(i, meta)  # ("Cette entrée a été publiée …")
                if caption is None:
                    caption = self.long_furniture(i)
                if caption is None and ended:
                    caption = self.closing_call(i)
                if caption is None and paragraphs and self.notice(i):
                    caption = "notice"  # a comment policy under its label, after the article
                if caption is not None:
                    self.drop(i, caption)
                    i = j
                    continue
                builder.add_paragraph([self.body_piece(i)])
                paragraphs += 1
                ended = False
                i = j
                continue
            block = list(range(i, j))
            i = j
            if not paragraphs and (
                toolbar := [
                    k
                    for k in block
                    if len(self.strip[k]) <= 40
                    and self.hit("section_headings", k) is not None
                    and self.in_toolbar(k)
                ]
            ):
                # "Artikel teilen" / "Merken" / "Kommentare" over the article: a link to
                # the comments below, not a heading of the article's
                for k in toolbar:
                    self.drop(k, "toolbar")
                block = [k for k in block if k not in toolbar]
                if not block:
                    continue
            if (
                self.contents
                and len(block) > 1
                and _contents_item(self.strip[block[0]]) in self.contents
            ):
                # a subheading a table of contents listed, its paragraph run on under it
                builder.add_paragraph([self.body_piece(block[0])])
                paragraphs += 1
                block = block[1:]
            if (
                paragraphs
                and len(block) >= 2
                and all(_TAG.match(self.strip[k]) for k in block)
                and all(not self.strip[k] for k in range(j, n))
            ):
                for k in block:  # the story's tags, a line each, closing its text
                    self.drop(k, "tags")
                continue
            if paragraphs and len(block) == 1 and self.over_post_cards(block[0], j, n):
                # "Read more" over other posts' cards (section, title, excerpt, "DATE — 4
                # min read": Ghost's), down to the comments: no more of the article
                for k in range(block[0], n):
                    if self.strip[k]:
                        self.drop(k, "related posts")
                break
            if paragraphs and len(block) == 1 and self.pitch_over_form(block[0], j, n):
                self.drop(block[0], "newsletter sign-up form")
                box = self.next_blocks(j, n, 2)
                if (
                    len(box) == 2
                    and len(box[1]) == 1
                    and self.rules.signup_call(self.strip[box[1][0]])
                ):  # (its pitch and its lone button with it, Ghost's Source)
                    for m in (*box[0], *box[1]):
                        self.drop(m, "newsletter sign-up form")
                    i = box[1][0] + 1
                continue
            if (
                paragraphs
                and len(block) == 2
                and (box := self.form_under_heading_and_pitch(block, j, n)) is not None
            ):
                # its heading and pitch in a block over the field and the button ("Abonneren
                # op nieuwsbrief" / "Ontvang nieuwe berichten … in je inbox." / "" /
                # "je@voorbeeld.nl" / "Abonneer")
                for m in (*block, *box):
                    self.drop(m, "newsletter sign-up form")
                i = box[-1] + 1
                continue
            if paragraphs and self.signup_form(block):
                for k in block:
                    self.drop(k, "newsletter sign-up form")
                continue
            if paragraphs and (button := self.button_among_labels(block)) is not None:
                # a video player's labels run together, one a bare button's no table knows
                # ("The video will start in 8" / "Cancel" / "Play now")
                self.drop(button, "a widget's button among its labels")
                block = [k for k in block if k != button]
            if (
                paragraphs
                and len(self.strip[block[-1]]) <= 40
                and all(not self.strip[k] for k in range(j, n))
                and self.hit("count_headers", block[-1]) is not None
            ):
                # the comment section's count closing the post's foot, right over the
                # comments ("Publié par …" / share row / "Libellés : …" / "6 commentaires :")
                self.drop(block[-1], "count over the comments")
                block = block[:-1]
                if not block:
                    continue
            if len(block) <= 4 and _IMAGE_ALT.match(self.strip[block[0]]):
                # an image a text browser set as its alt text in brackets, its caption under it
                # (or the subheading a table of contents named, run on under it)
                for k in block:
                    if k > block[0] and _contents_item(self.strip[k]) in self.contents:
                        builder.add_paragraph([self.body_piece(k)])
                        paragraphs += 1
                    else:
                        self.drop(k, "caption")
                continue
            if (
                forum
                and paragraphs
                and len(block) > 1
                and (solved := next((k for k in block[:2] if self.solved_by(k)), None)) is not None
                and (
                    link := next(
                        (
                            k
                            for k in range(solved + 1, min(solved + 5, j))
                            if self.hit("boilerplate", k)
                        ),
                        None,
                    )
                )
            ):
                # the same box copied without its blank lines (perhaps under its label,
                # "Lösung"), its link ("Lösung im Kontext ansehen") under the excerpt; the
                # topic's figures may run on under it
                for k in range(block[0], solved + 1):
                    self.drop(k, "solution box")
                for k in range(solved + 1, link):
                    self.drop(k, "solution box (an excerpt of the answer)")
                self.drop(link, "solution box")
                i = link + 1
                continue
            if forum and paragraphs and len(block) <= 3 and any(map(self.solved_by, block)):
                # the box under a solved question, and the answer's excerpt a block under it
                excerpt = next((m for m in range(j, n) if self.strip[m]), n)
                if excerpt < n and self.strip[excerpt].endswith(":") and not self.is_prose(excerpt):
                    # its quotation's head over it, a block apart ("jmcortes:")
                    self.drop(excerpt, "solution box")
                    excerpt = next((m for m in range(excerpt + 1, n) if self.strip[m]), n)
                end = next((m for m in range(excerpt, n) if not self.strip[m]), n)
                for k in block:
                    self.drop(k, "solution box")
                for k in range(excerpt, end):
                    self.drop(k, "solution box (an excerpt of the answer)")
                i = end
                continue
            if paragraphs and self.buttons_block(block):
                for k in block:
                    self.drop(k, "buttons")
                ended = True
                continue
            button = self.button_below(block, j, n) if paragraphs else None
            if button is not None:
                # the box's pitch, a blank line, its button ("Aanmelden") alone under it
                for k in [*block, *range(j, button + 1)]:
                    if self.strip[k]:
                        self.drop(k, "newsletter sign-up form")
                i = button + 1
                continue
            if paragraphs and self.author_box(block, meta.author):
                meta.author = meta.author or self.rules.clean_author(self.strip[block[0]])
                for k in block:
                    self.drop(k, "author box")
                ended = True
                continue
            if paragraphs and (box := self.author_box_apart(block, j, n, meta.author)):
                for k in box:
                    self.drop(k, "author box")
                i = box[-1] + 1
                ended = True
                continue
            if related and beside:
                related = False  # "READ ALSO" with its links under it ends with its block
            beside = heading = False
            kept: list[int] = []
            # where the article ended in this block ("Partager :" under its last question)
            ended_in = None if not ended else block[0] - 1
            caption = signature = False  # a caption and a signature end with their block
            valued = -1  # the line of a profile label's value, under the label
            profile = False  # a forum's profile lines ("Posts: 214") in the block
            signed = False  # "Written by NAME" seen: the rest of the block is their bio
            boxed = False  # the writer's name closing a copy with a paragraph a line
            for k in block:
                text = self.strip[k]
                if signed:
                    if (
                        not meta.published
                        and (dated := self.hit("date_lines", k)) is not None
                        and not self.rules.update_date(text)
                    ):
                        meta.published = self.date_of(dated)  # ("Veröffentlicht am DATE")
                    self.drop(k, "author box")
                    continue
                if boxed and not (self.is_prose(k) and len(text) > _UNWRAPPED):
                    self.drop(k, "author box")  # (a paragraph a line: the writer's box)
                    continue
                boxed = False
                if text[:1] == "#" and _hashtags(text):
                    self.drop(k, "tags")  # "#primi  #ricette-di-montagna  #val-serrina"
                    continue
                if text[:1] == "(" and _INITIALS.match(text):
                    self.drop(k, "the writer's initials")  # "(um)", "(dpa/red)" closing it
                    continue
                if caption and not self.is_prose(k) and not self.share_line(text):
                    # (its credit, or its text under a credit; a credit in initials closes
                    # it: "Los puestos … ayer." / "R. C." / the subheading "Preocupación …";
                    # a share row under it is the article's end, read as such)
                    caption = not _INITIALS_LINE.match(text)
                    self.drop(k, "caption")
                    continue
                caption = False  # a copy that runs blocks together: the text goes on
                if forum and (k == valued or self.profile_label(k)):
                    # a profile's label, then its value on the next line
                    valued = -1 if k == valued else k + 1
                    self.drop(k, "poster profile")
                    continue
                if forum and ":" in text and len(text) <= _SHORT and self.profile_line(k):
                    self.drop(k, "poster profile")  # "Date d'inscription : 12/05/2016"
                    profile = True
                    continue
                if forum and len(text) <= _SHORT and kept and self.button_in_column(k):
                    self.drop(k, "buttons")
                    profile = True  # (as its chrome neighbours do: the post's row of buttons)
                    continue
                if forum and len(text) <= _SHORT:
                    if signature or self.hit("signatures", k) is not None:
                        signature = not self.hit("chrome", k)
                        logged = k == block[-1] and self.logged_line(k)  # ("Registrato")
                        self.drop(k, "signature")
                        continue
                    chrome = self.hit("chrome", k) or (
                        None if self.is_prose(k) else self.hit("header_lines", k)
                    )
                    if chrome is not None:
                        self.drop(k, chrome.rule.id)
                        self.count_across(k, meta)
                        if meta.declared is None:  # a topic map's "8 replies"
                            count = self.hit("count_headers", k)
                            if count is not None:
                                meta.declared = self.rules.number(count.get("n"))
                        profile = True
                        continue
                if forum and (self.poster_name(k, meta.author) or self.next_poster(k)):
                    self.drop(k, "poster profile")
                    continue

                if (
                    related
                    and len(text) <= 150
                    and not self.related_sentence(k)
                    and self.hit("footers", k) is None  # "About the author" under the list
                    # (the entry's footer under the list: "Veröffentlicht am DATE von NAME")
                    and not (k == block[0] and self.names_someone(self.byline(k)))
                    # (or run on under the list: "Publié le DATE" / "Catégorisé dans …" /
                    # "Publié par NAME", Twenty Twenty-One's footer)
                    and not self.footer_under_links(k, block, linked)
                    and not self.heading_under_links(k, block, j, n)
                    and not self.subheading_after_links(k, block, linked, j, n)
                ):
                    self.drop(k, "related links")
                    linked.append(k)
                    beside = beside or heading
                    continue
                related = False
                closing = (
                    (self.entry_footer(k, meta) or self.closing_call(k))
                    if ended and self.is_prose(k)
                    else None
                )
                if closing is not None:
                    self.drop(k, closing)
                    continue
                if (
                    kept
                    and k - kept[-1] == 1
                    and self.rules.donation_box(self.strip[kept[-1]], text)
                    and (k + 1 >= n or not self.strip[k + 1])  # (the box's last line)
                ):
                    self.drop(kept.pop(), "donation box")
                    self.drop(k, "donation box")
                    continue
                if (
                    (paragraphs or (self.lines_are_paragraphs and len(kept) >= 2))
                    and kept
                    and self.signup_button(k, kept)
                ):  # (a copy with no blank lines: the article so far one block)
                    # a newsletter box run into the page's lines: its label and pitch over
                    # its button ("Nieuwsbrief" / "Elke ochtend … in je mailbox." / "Aanmelden")
                    if not self.rules.newsletter_pitch(self.strip[kept[-1]]):
                        self.drop(kept.pop(), "newsletter sign-up form")  # (under its label)
                    while kept and k - kept[-1] <= 3 and self.newsletter_line(kept[-1]):
                        self.drop(kept.pop(), "newsletter sign-up form")
                    self.drop(k, "newsletter sign-up form")
                    continue
                # (a copy with a paragraph a line: each line kept so far is one)
                so_far = paragraphs + len(kept) if self.lines_are_paragraphs else paragraphs
                reason = self.body_line(k, meta, so_far)
                if reason == "related":
                    related = heading = True
                    linked = []
                    ended = ended or so_far > 0
                    ended_in = k if ended_in is None and ended else ended_in
                    continue
                if reason == "caption":
                    # (a caption with no credit has no line of its own under it: a line
                    # glued under it heads the next section, "Il maglione finito, …" /
                    # "Gli aumenti del raglan")
                    caption = not (k + 1 < n and self.heading_under_caption(k))
                    # the lines over it are its own, unless each is a paragraph of its own
                    # (a crawl's text, one paragraph a line, with the caption among them)
                    # (the lines right over it, up to such a paragraph: a subheading over
                    # that paragraph is the article's, "Come si gioca" / "Ogni round …")
                    # (nor a sentence's line where the copy set a paragraph a line, unwrapped)
                    unwrapped = any(self.unwrapped_paragraph(m) for m in kept)
                    own = []
                    # (a crawl's caption that opens with its label and says what the photo
                    # shows, "Photo: the old coil before stripping (NAME)", has no line over
                    # it: the subheading there is the article's; not a credit, "Foto: NAME")
                    labelled = self.lines_are_paragraphs and _described_photo(self.strip[k])
                    for m in reversed(kept if not labelled else ()):
                        if self.unwrapped_paragraph(m) or (
                            unwrapped and _SENTENCE_END.search(self.strip[m])
                        ):
                            break
                        own.append(m)
                    for m in own:
                        self.drop(m, "caption")
                    kept = [m for m in kept if m not in own]
                    continue
                if reason == "footer":
                    ended = True
                    if so_far:
                        for m in range(k + 1, n):
                            self.drop(m, "after the article")
                        i = n
                        break
                    continue
                if reason is not None:
                    if reason.startswith("end:"):
                        ended = ended or so_far > 0
                        ended_in = k if ended_in is None and ended else ended_in
                        signed = reason == "end:trailer" and paragraphs > 0 and not kept
                        boxed = reason == "end:sign-off" and self.lines_are_paragraphs
                        rest = [m for m in block if m > k]
                        if kept and rest and self.signup_form(rest):
                            # a share row, then a newsletter box, run on from the last words
                            for m in rest:
                                self.drop(m, "newsletter sign-up form")
                            break
                    continue
                if self.lines_are_paragraphs and ended_in is not None:
                    # a copy with a paragraph a line: past the article's end, line by line
                    if not self.is_prose(k) and not self.prose_at(k + 1, n):
                        self.drop(k, "after the article")
                        continue
                    ended, ended_in = False, None  # the article goes on under a share row
                kept.append(k)
            if not kept:
                continue
            said: list[int] = []  # a post's last words over its buttons ("Merci d'avance !")
            if profile and len(kept) <= 2 and not any(self.is_prose(k) for k in kept):
                # (and a line over the poster's own name: the post's sign-off, "Fritz" over
                # "Fachwerk_Fritz" and their profile)
                named = next(
                    (
                        k
                        for k in range(kept[0], min(n, kept[-1] + 2))
                        if _normal(self.strip[k]) in self.authors
                    ),
                    None,
                )
                said = [
                    k
                    for k in kept
                    if self.strip[k][-1:] in "!?.…"
                    or self.rules.signed_closing(self.strip[k])
                    or self.rules.closing_words(self.strip[k])
                    or (named is not None and k < named)
                    # (the name under the closing words: "Merci d'avance," / "Théo")
                    or (k - 1 in kept and self.rules.closing_words(self.strip[k - 1]))
                ]
                for k in kept:  # the next poster's name and rank beside their profile lines
                    if k not in said:
                        self.drop(k, "poster profile")
                kept = said
                if not kept:
                    continue
            if (
                ended
                and ended_in is not None
                and kept[0] < ended_in < kept[-1]
                and self.words_over_end(over := [k for k in kept if k < ended_in], ended_in)
                and not any(self.is_prose(k) for k in kept[len(over) :])
                and self.footer_below(ended_in)  # (the post's labels under the trailer)
            ):
                # the article's last words over the line that ended it, the footer's labels
                # under it ("Groetjes, Jannie" / "Gepost door NAME" / "Labels" / "bonen klei")
                for k in kept[len(over) :]:
                    self.drop(k, "after the article")
                kept = over
            if (
                ended
                and not self.words_over_end(kept, ended_in)
                and not said
                and not any(self.is_prose(k) or self.list_intro(k) for k in kept)
                and not self.wrapped_prose(kept[0])
                and not self.prose_at(i, n)
                and not (self.blocks_are_paragraphs and self.prose_within(i, n))
                # a crawl's text keeps the article's own short paragraphs: a sentence is one
                and not (self.blocks_are_paragraphs and _SENTENCE_END.search(self.strip[kept[-1]]))
                and not self.heading_over_list(kept, n)
            ):
                for k in kept:
                    self.drop(k, "after the article")
                continue
            ended = False
            if paragraphs and self.tags_block(kept, i, n, meta.author):
                for k in kept:
                    self.drop(k, "tags")
                continue
            if self.blocks_are_paragraphs and self.tags_line(kept, paragraphs, i, n):
                self.drop(kept[0], "tags")
                continue
            if self.lines_are_paragraphs:
                tags = self.trailing_tags(kept, i >= n or not any(self.strip[i:n]))
                for k in tags:
                    self.drop(k, "tags")
                kept = kept[: len(kept) - len(tags)]
            for group in self.paragraph_groups(kept):
                if len(group) == 1 and self.lead_in(group[0], i, n):
                    self.drop(group[0], "lead-in to furniture")
                    continue
                builder.add_paragraph([self.body_piece(k) for k in group])
                paragraphs += 1

    def thanked_by(self, i: int) -> bool:
        """The names under a forum's thanks line ("Die folgenden 2 Benutzer bedanken sich für
        den Beitrag von Bienenbert:" / "Hummelhans, ImkerinAnke")."""
        if not i or not self.strip[i - 1].endswith(":") or self.hit("chrome", i - 1) is None:
            return False
        names = self.strip[i].split(", ")
        return len(names) <= 40 and all(self.name_like(name, strict=True) for name in names)

    def button_in_column(self, i: int) -> bool:
        """One button's label in the column of a post's buttons, a line each ("Leuk" over
        "Citeren", "Suivre" under "Sauvegarder"): a button, not a word of the text."""
        return self.rules.button_label(self.strip[i]) and (
            (i > 0 and self.hit("chrome", i - 1) is not None)
            or (i + 1 < len(self.lines) and self.hit("chrome", i + 1) is not None)
        )

    def buttons_block(self, block: list[int]) -> bool:
        """The article's own buttons under it ("Répondre" / "Signaler"), or its row of
        reactions a line each with their count ("Recomendar" / "Celebrar" / "Interesante" /
        "41"; a list of those words without a count is the article's)."""
        names = self.rules.reaction_names
        reactions = sum(self.strip[k].casefold() in names for k in block)
        if reactions < 3 or not any(_NUMBER_ONLY.match(self.strip[k]) for k in block):
            reactions = 0
        return all(
            self.hit("chrome", k) is not None or (reactions and self.strip[k].casefold() in names)
            for k in block
        )

    def label_over_prose(self, k: int) -> bool:
        """Line ``k``, a footer's words of three or fewer ("Kommentare geschlossen"), stands
        alone over a paragraph of prose: a subheading or a quoted notice, the article going
        on under it."""
        if len(self.strip[k].split()) > 3 or self.rules.back_link(self.strip[k]):
            return False  # (a link back has its own test: two paragraphs under it)
        n = len(self.lines)
        if (k and self.strip[k - 1]) or (k + 1 < n and self.strip[k + 1]):
            return False
        below = self.next_filled(k + 1)
        return (
            below is not None
            and len(self.strip[below]) >= 80
            and (self.is_prose(below) or self.wrapped_prose(below))
        )

    def subheading_back(self, k: int) -> bool:
        """Line ``k`` reads like a footer's link back ("Back to basics", "Terug naar
        spierkracht") but stands as a subheading: a line of its own, two paragraphs of prose
        under it (a link back has the page's furniture under it, a site's blurb at most)."""
        text = self.strip[k]
        if len(text) > 60 or text[-1] in ".:;,!?" or not self.rules.back_link(text):
            return False
        n = len(self.lines)
        if (k and self.strip[k - 1]) or (k + 1 < n and self.strip[k + 1]):
            return False
        return self.prose_under(k)

    def prose_under(self, k: int) -> bool:
        """Two paragraphs of prose under line ``k``, each a sentence of 80 characters or more."""
        n = len(self.lines)
        at = k + 1
        for _ in range(2):
            below = self.next_filled(at)
            if (
                below is None
                or len(self.strip[below]) < 80
                or _SENTENCE_END.search(self.strip[below]) is None
            ):
                return False
            at = below + 1
            while at < n and self.strip[at]:
                at += 1  # (the paragraph's other lines)
        return True

    def banner_button(self, k: int) -> bool:
        """A cookie banner's button a line each under its text ("Accetta tutti" / "Rifiuta"
        / "Personalizza"), as a phone's copy gives them."""

        def button(m: int) -> bool:
            text = self.strip[m]
            return 0 < len(text) <= 25 and len(text.split()) <= 3 and text[-1] not in ".:;,"

        if not button(k):
            return False
        for m in range(k - 1, max(k - 4, -1), -1):
            if self.consent(m):
                return True
            if not button(m):
                return False
        return False

    def words_over_end(self, kept: list[int], ended_in: int | None) -> bool:
        """The lines kept are sentences right over the line that ended the article in their
        block ("Et vous, quelle a été votre pire erreur ?" / "Partager :"): its last words."""
        return (
            ended_in is not None
            and kept[-1] < ended_in
            and all(
                (self.strip[k][-1:] in ".?!…" and len(self.strip[k].split()) >= _LAST_WORDS)
                or self.rules.signed_closing(self.strip[k])  # "Un abbraccio, Ada"
                for k in kept
            )
        )

    def footer_under_links(self, k: int, block: list[int], linked: list[int]) -> bool:
        """Line ``k``, in a block of related links (``linked``, the links' lines above it),
        starts the entry's footer: a labelled date with a byline that names someone a line or
        three under it, or that byline."""
        if not self.strip[k] or len(self.strip[k]) > 80:
            return False
        if self.hit("date_lines", k) is None and self.hit("post_trailers", k) is None:
            return False
        under = [m for m in block if k <= m <= k + 3]
        named = next((m for m in under if self.names_someone(self.byline(m))), None)
        # (once in the block and the blocks under it: a teaser list repeats "Published:
        # DATE" / "By NAME" under each headline)
        return named is not None and not any(
            self.hit("date_lines", m) is not None or self.names_someone(self.byline(m))
            for m in [*linked, *range(block[0], min(len(self.strip), block[-1] + 12))]
            if m not in (k, named) and self.strip[m] and len(self.strip[m]) <= 80
        )

    def entry_footer(self, k: int, meta: _Meta) -> str | None:
        """A theme's footer as long as a sentence, naming the post's categories and tags
        before its date and writer ("Cette entrée a été publiée dans … le 3 novembre 2024
        par NAME."): its rule, once the writer and date are taken from it."""
        text = self.strip[k]
        if len(text) > _LONG_FURNITURE or not self.rules.opens_entry_of(text, ("post_trailers",)):
            return None
        hit = self.rules.match("post_trailers", text)
        if hit is None or not self.name_like(hit.get("author"), strict=False):
            return None
        meta.author = meta.author or self.rules.clean_author(hit.get("author"))
        meta.published = meta.published or self.date_of(hit)
        return hit.rule.id

    def closing_call(self, k: int) -> str | None:
        """Past the article's end (a share row, its tags), a long line of furniture, read
        against every entry, not only those its first word names: a call to tip or subscribe
        ("If you find these useful, you can buy me a coffee.")."""
        text = self.strip[k]
        hit = self.rules.match("boilerplate", text) if len(text) <= _LONG_FURNITURE else None
        return hit.rule.id if hit is not None else None

    def body_piece(self, k: int) -> Piece | None:
        """Line ``k`` of the article as a piece of its text, without the "> " that sets a
        quotation apart in Markdown and e-mail (the quoted letter is the article's own)."""
        line = self.lines[k]
        stripped = line.text.lstrip()
        if stripped.startswith("> ") or stripped == ">":
            return line.piece(len(line.text) - len(stripped) + 1)
        return self.piece(k)

    def lead_in(self, k: int, i: int, n: int) -> bool:
        """A short line ending in a colon after which the article has no sentence left
        ("¿Te ha gustado esta receta? Compártela:" over share buttons): it introduces
        the furniture under it, not a paragraph of the article."""
        text = self.strip[k]
        if not text.endswith(":") or len(text) > 80 or i >= n:
            return False
        m = next((m for m in range(i, n) if self.strip[m]), None)
        if m is None or not (
            self.share_line(self.strip[m])
            or any(self.hit(category, m) for category in ("boilerplate", "related", "chrome"))
        ):
            return False  # "Two questions:" over the questions
        return not any(self.strip[m] and self.is_prose(m) for m in range(m, n))

    def tags_block(self, kept: list[int], i: int, n: int, author: str | None) -> bool:
        """The post's tags a line each under its last paragraph, over the related posts or
        the comments ("Rugby" / "Vabrillac" / "Saint-Privat-d'Ourde" / "" / "À lire aussi"):
        two to eight names of a few words, no stop, a heading of furniture or the writer's
        box right under."""
        if not 2 <= len(kept) <= 8 or kept[-1] - kept[0] != len(kept) - 1:
            return False
        # (a theme's tags in small letters, a word each: "teclados" / "soldadura" / "qmk")
        words = all(" " not in self.strip[k] for k in kept)
        for k in kept:
            text = self.strip[k]
            if (
                len(text) > 40
                or len(text.split()) > 4
                or not (text[0].isupper() or text[0].isdigit() or (words and text[0].isalpha()))
            ):
                return False
            if any(mark in text for mark in ".!?:;,…") or self.is_prose(k):
                return False
        singles = sum(" " not in self.strip[k] for k in kept)
        if 2 * singles < len(kept) and not all(
            w[:1].isupper() for k in kept for w in self.strip[k].split()
        ):
            return False  # (a short poem's lines: "White frost" / "Blackbird silent")
        head = self.strip[kept[0]].split()
        if len(head) > 1 and not all(w[:1].isupper() for w in head) and singles == len(kept) - 1:
            return False  # (a list under its heading: "What you need" / "Pallets" / "Wire")
        above = next((m for m in range(kept[0] - 1, -1, -1) if self.strip[m]), None)
        if above is None or not self.is_prose(above) or self.strip[above][-1:] not in '.!?…»”")':
            return False  # (a list under its heading: "The essentials", "Je hebt nodig")
        m = self.next_filled(i, 2)
        if m is None:
            return False
        if any(self.hit(table, m) is not None for table in ("related", "footers")):
            return True
        box = list(itertools.takewhile(lambda k: bool(self.strip[k]), range(m, min(m + 4, n))))
        if any(
            self.hit("boilerplate", k) is not None
            or self.rules.newsletter_pitch(self.strip[k])
            or (len(self.strip[k]) <= 60 and self.rules.signup_call(self.strip[k]))
            for k in box
        ):
            return True  # (the newsletter's pitch, a post's "« Previous" link under them)
        return self.author_box(box, author)  # ("Infrastructures" / "Rang Sainte-Anne" / "" /
        # "Geneviève Tremblay" / "Journaliste bénévole et cofondatrice du Fil. …")

    def tags_line(self, kept: list[int], paragraphs: int, i: int, n: int) -> bool:
        """The post's tags a crawl wrote on one line, with commas, under its last paragraph
        ("Schimmel, Bad, Mietwohnung" over "Teilen" and "Ähnliche Fragen"): three or more
        items of a few words, no stop, and no sentence after them."""
        if len(kept) != 1 or not paragraphs:
            return False
        text = self.strip[kept[0]]
        items = text.split(", ")
        for mark in (" · ", " • ", " | "):  # ("essiccazione · pomodori · autocostruzione")
            if (
                len(items) == 1
                and mark in text
                and not _DIGIT.search(text)  # (no meta row)
                # (tags in lower case, not days or a sign-off's parts: "Lunes · Miércoles")
                and all(part[:1].islower() or part[:1] == "#" for part in text.split(mark))
                and not self.strip[self.previous_filled(kept[0]) or 0].endswith(":")
            ):
                items = text.split(mark)
        if len(items) < 3 or len(text) > 80 or text[-1] in '.!?:;…)"”»':
            return False
        if any(not item or len(item.split()) > 3 for item in items):
            return False
        return not any(self.strip[m] and self.is_prose(m) for m in range(i, n))

    def trailing_tags(self, kept: list[int], last: bool) -> list[int]:
        """The post's tags a crawl wrote a line each under its last paragraph ("Patrimoine" /
        "Saint-Aubin-d'Ourville" / "Associations"): two or more short capitalised lines
        after a sentence, ending the block."""
        run = 0
        for k in reversed(kept):
            text = self.strip[k]
            if (
                len(text) > 40
                or len(text.split()) > 4
                or text[-1] in '.!?:;,…)"”»'
                or not text[0].isupper()
            ):
                break
            run += 1
        if run < 2 or run == len(kept):
            return []
        before = self.strip[kept[-run - 1]]
        return kept[-run:] if before[-1:] in '.!?…"”»)' else []

    def author_box(self, block: list[int], author: str | None) -> bool:
        """The writer's box under the article: their name over their role or address
        ("Thaís Moura" / "Repórter de Cidades · thais.moura@gazetavv.example"), or, the
        byline's ``author``, over a line of bio."""
        if not 2 <= len(block) <= 3 or not self.name_like(self.strip[block[0]], strict=True):
            return False
        role = self.strip[block[1]]
        words = [w.strip(",.·|–-").casefold() for w in role.split()[:3]]
        if len(role) <= _SHORT and (
            _EMAIL.search(role) is not None or not self.rules.job_titles.isdisjoint(words)
        ):
            return True
        # (or over a line of bio that speaks of them by name, the page's furniture right
        # under it: "Jonas Wendler" / "Jonas plant beruflich Radwege …" / "Beitrags-Navigation";
        # the last of a post's profiles, a neighbour's name over their paragraph, is no box)
        if author is None or _normal(author) != _normal(self.strip[block[0]]):
            return False
        name = self.strip[block[0]].split()
        bio = role.split()
        at = len(name) if bio[: len(name)] == name else 1 if bio[0] == name[0] else 0
        below = self.next_filled(block[-1] + 1)
        if len(block) != 2 or len(role) > 3 * _SHORT or below is None:
            return False
        if not any(self.hit(table, below) for table in _SECTION_ENDS):
            return False
        if at == 0:
            # (a bio that does not name them, "Näht seit der Schulzeit und repariert alles,
            # …", where the page's furniture stands right over the name too: the tags; not
            # a dated note signed so, "Update, 14 March: the towpath … is now closed")
            above = self.previous_filled(block[0])
            return (
                above is not None
                and any(self.hit(t, above) for t in _SECTION_ENDS)
                and ":" not in role[:40]
                and not self.probe(block[1]).dated
            )
        return name[0][:1].isupper() and len(bio) > at and bio[at][:1].islower()

    def author_box_apart(self, block: list[int], j: int, n: int, author: str | None) -> list[int]:
        """The writer's box under the article, a block each: the byline's name alone, a
        line of bio, then the count of their posts ("Ruben Verhoeff" / "Vader van twee, …"
        / "Artikelen: 38", Blocksy's): its lines, or none."""
        if len(block) != 1 or not author or _normal(self.strip[block[0]]) != _normal(author):
            return []
        blocks = self.next_blocks(j, n, 2)
        if len(blocks) != 2 or len(blocks[0]) != 1 or len(blocks[1]) != 1:
            return []
        bio, count = blocks[0][0], blocks[1][0]
        if len(self.strip[bio]) > 3 * _SHORT or not self.hit("boilerplate", count):
            return []
        return [block[0], bio, count]

    def signup_button(self, k: int, kept: list[int]) -> bool:
        """A sign-up button right under the pitch of a newsletter ("… in je mailbox."), or
        under a line under the box's label that names it ("Newsletter Val-Saunier" /
        "Chaque matin, l'essentiel …" / "Je m'inscris")."""
        return (
            len(self.strip[k]) <= 40
            and self.rules.signup_call(self.strip[k])
            and k - kept[-1] == 1
            and len(self.strip[kept[-1]]) <= 200
            and (
                self.rules.newsletter_pitch(self.strip[kept[-1]])
                or (
                    len(kept) >= 2
                    and k - kept[-2] == 2
                    and len(self.strip[kept[-2]]) <= 60
                    and self.rules.newsletter_pitch(self.strip[kept[-2]])
                )
            )
        )

    def newsletter_line(self, k: int) -> bool:
        """A newsletter box's label or pitch: a short line, or one naming the newsletter."""
        text = self.strip[k]
        return len(text) <= 200 and (
            self.rules.newsletter_pitch(text) or (len(text) <= 30 and not self.is_prose(k))
        )

    def over_post_cards(self, k: int, j: int, n: int) -> bool:
        """Line ``k``, a boilerplate line ("Read more", "Lees meer"), stands over two cards
        of other posts, each a block of a few lines closed by a date line."""
        if len(self.strip[k]) > 40 or self.hit("boilerplate", k) is None:
            return False
        cards = self.next_blocks(j, n, 2)
        if len(cards) == 2 and all(
            2 <= len(card) <= 5
            and self.hit("date_lines", card[-1]) is not None
            and _READING_TIME.search(self.strip[card[-1]]) is not None  # ("DATE — 4 min read")
            for card in cards
        ):
            return True
        if len(cards) == 2 and all(
            len(card) == 3
            and len(self.strip[card[0]]) <= 30
            and self.strip[card[0]][-1].isalnum()
            and len(self.strip[card[1]]) <= 120
            and len(self.strip[card[2]]) <= 250
            for card in cards
        ):
            return True  # (or a section's name over a title over its excerpt, Casper's)
        # (or cards a block a part, each closed by its writer's name over its date, Ghost's
        # Source: "TITLE" / "EXCERPT" / "NAME" + "DATE", twice)
        blocks = self.next_blocks(j, n, 6)
        bylines = [
            b
            for b in blocks
            if len(b) == 2
            and self.name_like(self.strip[b[0]], strict=True)
            and self.is_date_line(b[1], relative=False)
        ]
        return (
            len(bylines) >= 2
            and len(blocks[0]) == 1
            and len(self.strip[blocks[0][0]]) <= 120
            and all(len(b) <= 2 and max(len(self.strip[m]) for m in b) <= 200 for b in blocks)
        )

    def next_blocks(self, j: int, n: int, count: int) -> list[list[int]]:
        """The next ``count`` blocks from line ``j`` on, before line ``n``: their lines."""
        blocks: list[list[int]] = []
        m = j
        while m < n and len(blocks) < count:
            if not self.strip[m]:
                m += 1
                continue
            end = m
            while end < n and self.strip[end]:
                end += 1
            blocks.append(list(range(m, end)))
            m = end
        return blocks

    def pitch_over_form(self, k: int, j: int, n: int) -> bool:
        """Line ``k`` heads a newsletter's box or pitches it, a blank line over the next part
        and its form ("Subscribe to SITE" / "" / "Get the latest posts … to your inbox." / "" /
        "you@example.com" / "Subscribe": Ghost's Casper)."""
        if len(self.strip[k]) > 160:
            return False
        blocks = self.next_blocks(j, n, 2)
        if not blocks:
            return False
        text = self.strip[k]
        # (its heading names the call: "Subscribe to SITE", "Abonneer je op SITE"; not the
        # post's sign-off over the box, "Friederike")
        heading = (
            len(text) <= 80
            and text[-1] not in ".!?…:"
            and text.casefold().startswith(_SUBSCRIBE_STEMS)
        )
        if self.signup_form(blocks[0]):
            return self.rules.newsletter_pitch(text) or heading
        button = (  # (its button alone, Ghost's Source: "S'abonner")
            len(blocks) == 2
            and len(blocks[1]) == 1
            and self.rules.signup_call(self.strip[blocks[1][0]])
        )
        return (
            len(blocks) == 2
            and len(blocks[0]) == 1
            # (the pitch under a heading naming the call, over its button, says what it will:
            # "Sign up for SITE" / "One small town, counted carefully. …" / "Subscribe")
            and (self.rules.newsletter_pitch(self.strip[blocks[0][0]]) or button)
            and len(self.strip[blocks[0][0]]) <= 200
            and heading
            and (self.signup_form(blocks[1]) or button)
        )

    def form_under_heading_and_pitch(self, block: list[int], j: int, n: int) -> list[int] | None:
        """The sign-up form's block under a block of a heading that names the call and the
        newsletter's pitch under it, if it is one."""
        heading, pitch = (self.strip[k] for k in block)
        if not (
            len(heading) <= 80
            and heading[-1] not in ".!?…:"
            and heading.casefold().startswith(_SUBSCRIBE_STEMS)
            and len(pitch) <= 200
            and self.rules.newsletter_pitch(pitch)
        ):
            return None
        box = self.next_blocks(j, n, 1)
        return box[0] if box and self.signup_form(box[0]) else None

    def signup_form(self, block: list[int]) -> bool:
        """A newsletter's sign-up box copied with the page: its pitch, an address field's
        placeholder ("o.seu@email.pt", "you@example.com") and its button under it, or the
        pitch with the button alone ("Newsletter" / "Das Wichtigste …" / "Jetzt anmelden"); the
        field's label stands for its placeholder ("E-mailadres")."""
        if len(block) > 6:
            return False
        while (
            len(block) > 2
            and not self.rules.signup_call(self.strip[block[-1]])
            and (
                self.hit("boilerplate", block[-1]) is not None
                or self.hit("footers", block[-1]) is not None
            )
        ):
            # the box's small print under its button ("after newsletter promotion"), or the
            # link to the comments under it ("Réagir")
            block = block[:-1]
        # (its button's label; in a "> " box, as a crawl's Markdown sets the box apart)
        button = self.strip[block[-1]].lstrip("> ")
        if 1 < len(block) <= 5 and self.rules.signup_call(button):
            # (five lines only under a heading: "Sign up to Island Brief", not a paragraph)
            return all(len(self.strip[k]) <= 200 for k in block) and (
                len(block) <= 4 or not self.is_prose(block[0])
            )
        for k in block[1:]:
            # the field and its button copied onto one line ("Enter your email  Sign up")
            parts = _FIELD_AND_BUTTON.split(self.strip[k])
            if len(parts) == 2 and self.email_field(parts[0]) and self.rules.signup_call(parts[1]):
                return True
        for m, k in enumerate(block[1:-1], start=1):
            field = self.strip[k]
            if self.email_field(field) and len(self.strip[block[m + 1]].split()) <= 3:
                return True  # "E-mailadres" / "Inschrijven"
        return False

    def ruled_box(self, i: int, n: int) -> list[int]:
        """The lines from the rule at ``i`` to the next (within a dozen lines), where they
        offer a newsletter or ask to sign up; else the rule alone."""
        for k in range(i + 1, min(i + 14, n)):
            if _RULE_LINE.match(self.strip[k]):
                inside = [m for m in range(i + 1, k) if self.strip[m]]
                # (a text browser shows a form's field and button in brackets:
                # "[E-Mail-Adresse ] [Jetzt kostenlos anmelden]")
                fields = [
                    part.strip()
                    for m in inside
                    for part in _FORM_PARTS.split(self.strip[m].strip("[] "))
                ]
                if (
                    self.rules.newsletter_pitch(" ".join(self.strip[m] for m in inside))
                    or any(self.rules.signup_call(f) or self.email_field(f) for f in fields)
                    or any(self.hit("boilerplate", m) is not None for m in inside)
                ):
                    return list(range(i, k + 1))
                break
        return [i]

    def button_below(self, block: list[int], j: int, n: int) -> int | None:
        """The line of a newsletter box's button standing alone under its pitch (``block``,
        which offers the newsletter), a blank line between, as a crawl's text sets them."""
        if len(block) > 2 or not any(self.rules.newsletter_pitch(self.strip[k]) for k in block):
            return None
        k = j
        while k < n and not self.strip[k]:
            k += 1
        if k < n and self.email_field(self.strip[k]) and (k + 1 >= n or not self.strip[k + 1]):
            k += 1  # its address field, a block of its own ("Type your email…")
            while k < n and not self.strip[k]:
                k += 1
        if k >= n or (k + 1 < n and self.strip[k + 1]):
            return None
        return k if self.rules.signup_call(self.strip[k]) else None

    def email_field(self, text: str) -> bool:
        """An address field's placeholder ("you@example.com") or label ("Your email")."""
        return (
            _EMAIL_FIELD.match(text) is not None
            or " ".join(text.split()).casefold().rstrip(" *:") in self.rules.email_fields
        )

    def next_poster(self, i: int) -> bool:
        """The next post's poster, their name and rank over their profile lines, run on
        from the post's last line ("Top" / "Paolo_Acq" / "Moderatore" / "Messaggi: 4812")."""
        n = len(self.lines)

        def rank(k: int) -> bool:  # "Moderatore", "Erfahrenes Mitglied" (no user name)
            text = self.strip[k]
            return (
                0 < len(text.split()) <= 3
                and not _DIGIT.search(text)
                and text[-1:].isalpha()
                and "_" not in text
            )

        def name(k: int) -> bool:  # (not the post's sign-off: "Groet, Bart", "Danke euch")
            text = self.strip[k]
            return (
                len(text) <= 40
                and "," not in text
                and self.name_like(text, strict=True)
                and not self.rules.signed_closing(text)
                # ("Grazie in anticipo" over the poster's signature: the post's last words)
                and not self.rules.closing_words(text)
            )

        if i + 1 < n and self.profile_line(i + 1):
            return name(i) or (i > 0 and rank(i) and name(i - 1))
        if i + 1 < n and self.strip[i + 1] == self.strip[i] and name(i):
            return self.next_poster(i + 1)  # (the avatar's alt text over the name, Forumactif)
        return i + 2 < n and name(i) and rank(i + 1) and self.profile_line(i + 2)

    def poster_name(self, i: int, author: str | None) -> bool:
        """The post's author named again over their profile lines ("NAME" / "Posts: 37"),
        run on from the post's last line as a forum copy gives it."""
        if not author or _normal(self.strip[i]) != _normal(author):
            return False
        j = i + 1
        if j + 1 < len(self.lines) and not self.strip[j]:
            # phpBB's profile block a blank line under the name ("Mensajes: 214"), which a
            # button there ("Reply") is not: a commenter may sign with their name
            label = self.strip[j + 1].partition(":")[0].casefold()
            return bool(self.strip[j + 1]) and label in self.rules.profile_labels
        return (
            j < len(self.lines)
            and bool(self.strip[j])
            and (self.hit("chrome", j) is not None or self.hit("header_lines", j) is not None)
        )

    def heading_over_list(self, kept: list[int], n: int) -> bool:
        """The block is a section's heading over a list whose section goes on in prose (under
        a pitch inside the post: "Wat er nodig is" / "• twee of drie …" / … / "Wie …")."""
        return (
            len(kept) == 1
            and self.heading_over_items(kept[0])
            and self.prose_within(self.next_filled(kept[0] + 1), n, 6)
            # (under the pitch: not a widget's heading under the article's tags)
            and any(self.pitch_over_button(m) for m in range(max(0, kept[0] - 6), kept[0]))
        )

    def heading_over_items(self, k: int) -> bool:
        """Line ``k`` may head a section, the next line with text a list's item under it."""
        below = self.next_filled(k + 1)
        return self.subheading_like(k) and below is not None and _list_marker(self.strip[below])

    def pitch_over_button(self, k: int) -> bool:
        """Line ``k``, a sentence or two, asks the reader to subscribe, and the next line is
        the button alone ("… abonnez-vous." / "S'abonner"), the article going on under them."""
        text = self.strip[k]
        if len(text) > 300:
            return False
        button = self.next_filled(k + 1, 2)
        if button is None or not self.rules.signup_call(self.strip[button]):
            return False
        under = [m for m in range(button + 1, min(len(self.lines), button + 6)) if self.strip[m]]
        if not any(self.is_prose(m) for m in under[:3]) and not (
            # (or a section's heading over its list: "Wat er nodig is" / "• twee of drie …")
            under and self.heading_over_items(under[0])
        ):
            return False  # (the box under the article: what ends it, read as such)
        folded = text.casefold().replace("’", "'")
        return self.rules.newsletter_pitch(text) or any(
            len(call) > 6 and call in folded for call in self.rules.signup_calls
        )

    def signs_comment(self, name: str) -> bool:
        """A comment's header further down names ``name`` ("1. Teresa Ruggeri ha detto:")."""
        folded = _normal(name)
        for k, text in enumerate(self.strip):
            if name in text and len(text) <= _SHORT:
                found = self.header(k)
                if found is not None and found.author and _normal(found.author) == folded:
                    return True
        return False

    def has_finite_verb(self, text: str) -> bool:
        """One of the language's commonest finite verbs is among the words."""
        verbs = self.rules.finite_verbs.get(self.language or "", frozenset())
        return any(w.strip(_WORD_EDGES).casefold() in verbs for w in text.split())

    def counted_again(self, i: int, count: Hit, n: int) -> bool:
        """The count at line ``i`` stands again further down, over the comments, with
        paragraphs of prose between: the first one is the article's meta row's."""
        number = self.rules.number(count.get("n"))
        if number is None:
            return False
        prose = 0
        for k in range(i + 1, n):
            if not self.strip[k]:
                continue
            if self.is_prose(k):
                prose += 1
                continue
            again = self.hit("count_headers", k) if len(self.strip[k]) <= _SHORT else None
            if again is not None and self.rules.number(again.get("n")) == number:
                return prose >= 2
        return False

    def article_under(self, i: int, n: int) -> bool:
        """A photo's caption and a paragraph of the article stand under line ``i``, not a
        comment: what is over them is the article's head, not its comment section."""
        j = self.next_filled(i + 1, n - i - 1)
        if j is None or not (self.hit("captions", j) or self.long_caption(j)):
            return False
        return self.prose_at(j + 1, n) and not self.next_is_comment(i)

    def past_player(self, i: int) -> int:
        """Line ``i``, or the line after an audio player's label and its times there
        ("Ouvir artigo" / "00:00" / "04:12")."""
        n = len(self.lines)
        if i + 1 < n and self.hit("boilerplate", i) and _NO_WORDS.match(self.strip[i + 1]):
            i += 1
            while i < n and _NO_WORDS.match(self.strip[i]):
                i += 1
        return i

    def prose_at(self, i: int, n: int) -> bool:
        """The next paragraph, from line ``i``, is prose: what stands above it is a
        subheading of the article, not furniture after it."""
        while i < n and not self.strip[i]:
            i += 1
        return i < n and (self.is_prose(i) or self.list_intro(i) or self.wrapped_prose(i))

    def prose_within(self, i: int, n: int, blocks: int = 3) -> bool:
        """A paragraph of prose among the next few blocks from line ``i``: a crawl's
        subheading over a list still has the article under it."""
        seen = 0
        while i < n and seen < blocks:
            while i < n and not self.strip[i]:
                i += 1
            if i < n and self.is_prose(i):
                return True
            while i < n and self.strip[i]:
                i += 1
            seen += 1
        return False

    def opens_prose(self, i: int) -> bool:
        """Line ``i`` is prose, or opens a paragraph a text browser wrapped at its width."""
        return self.is_prose(i) or (i > 0 and not self.strip[i - 1] and self.wrapped_prose(i))

    def wrapped_prose(self, i: int) -> bool:
        """The block from line ``i`` is a paragraph a copy wrapped at its width (no line of
        it long enough to be prose alone)."""
        if self.wrap_width is None:
            return False
        j = i
        while j < len(self.lines) and self.strip[j]:
            j += 1
        texts = self.strip[i:j]
        return len(texts) >= 2 and _hard_wrapped(texts, self.wrap_width)

    def list_intro(self, i: int) -> bool:
        """A sentence that opens a list ("The losses fall into three groups:"), over its items
        (indented, bulleted or numbered)."""
        text = self.strip[i]
        if not text.endswith(":") or len(text.split()) < 6:
            return False
        j = i + 1
        while j < len(self.lines) and not self.strip[j]:
            j += 1
        if j == len(self.lines):
            return False
        item = self.lines[j]
        return (
            item.indent > self.lines[i].indent
            or _BULLET.match(item.text) is not None
            or _NUMBERED.match(item.text) is not None
        )

    def long_furniture(self, k: int) -> str | None:
        """A long line of furniture, run on from the last paragraph or a paragraph of its
        own ("Do you have an opinion on the issues raised in this article? If you would like
        …", "*Affiliate-Link: Wenn du über diesen Link kaufst, …"): the rule that says so."""
        if len(self.strip[k]) > _LONG_FURNITURE or not self.rules.opens_entry_of(
            self.strip[k], ("boilerplate",)
        ):
            return None
        hit = self.rules.match("boilerplate", self.strip[k])
        return hit.rule.id if hit is not None else None

    def subheading_after_links(
        self, k: int, block: list[int], linked: list[int], j: int, n: int
    ) -> bool:
        """A few words alone in their block after a related list's headlines, each a block
        of its own, over a paragraph: the article's next subheading ("Noticia relacionada" /
        "El convento de San Gil abre sus claustros …" / "Comercios divididos" / text)."""
        text = self.strip[k]
        if block != [k] or not linked or len(text.split()) > 3 or text[-1] in ".!?:":
            return False
        after = next((m for m in range(j, n) if self.strip[m]), None)
        return (
            all(len(self.strip[m].split()) >= 5 for m in linked)
            and after is not None
            and self.is_prose(after)
        )

    def heading_under_links(self, k: int, block: list[int], j: int, n: int) -> bool:
        """The last line of a block of related links, a few words under headlines of five
        or more, over a paragraph: the body's next subheading, run into the list ("Lees
        ook" / "Huisartsenpost Oldewolde zoekt nieuwe locatie" / "Dak lekt")."""
        words = len(self.strip[k].split())
        if words > 5 or self.strip[k][-1] in ".!?:":
            return False
        if k != block[-1]:
            # a phone's copy, no blank line anywhere: the box's label, its one headline,
            # then the subheading over the article's next paragraph ("Te puede interesar" /
            # "Valdecea aprueba …" / "Preocupación entre los comerciantes" / text), an ad's
            # label between them or not ("Anzeige")
            m = k - 1
            while m > block[0] and len(self.strip[m]) <= 20 and self.hit("boilerplate", m):
                m -= 1
            # (its headlines, one to four of them, over the label)
            top = m
            while (
                top >= 1
                and k - top <= 4
                and len(self.strip[top].split()) >= 5
                and not self.is_prose(top)
                and self.hit("related", top - 1) is None
            ):
                top -= 1
            words = self.strip[k].split()
            verbs = self.rules.finite_verbs.get(self.language or "", frozenset())
            return (
                top >= 1
                and self.hit("related", top - 1) is not None
                and len(self.strip[top].split()) >= 5
                and not self.is_prose(top)
                and self.is_prose(k + 1)
                # (under two headlines or more, a noun phrase: not one more headline, short,
                # with its verb or a name, "Muere el pintor Ramón Gil")
                and (
                    top == m or not any(w[:1].isupper() or w.casefold() in verbs for w in words[1:])
                )
            )
        links = [m for m in block[1:-1] if self.strip[m]]
        after = next((m for m in range(j, n) if self.strip[m]), None)
        return (
            words <= 3
            and bool(links)
            and all(len(self.strip[m].split()) >= 5 for m in links)
            and after is not None
            and self.is_prose(after)
        )

    def long_caption(self, i: int) -> str | None:
        text = self.strip[i]
        if len(text) > 2 * _SHORT:
            return None
        hit = self.rules.match("captions", text) if _credited(text) else None
        if hit is not None:
            return hit.rule.id
        if _capital_credit(text):
            return "caption (its credit in capitals)"
        return "caption (a noun phrase, no sentence)" if self.plain_caption(i) else None

    def plain_caption(self, i: int) -> bool:
        """A photo's caption with no credit, between the article's paragraphs: a noun phrase
        with its when or where ("Le lavoir après restauration, le 11 mai 2024.", "De
        Noordpier, dinsdag om 17:10 uur."), a paragraph of one short line that opens with an
        article or a possessive and has a comma early but none of the verbs that make a
        sentence ("La estación, cerrada desde 1985, tendrá una segunda vida." runs longer:
        most sentences do). A phrase with a short sentence after it ("The original mirror
        cell after stripping. Three of the four bolts were seized solid.") is left a
        paragraph: two short sentences of an article's read the same ("The delegation leaves
        on April 14. Opponents are not giving up."), and a word list cannot tell a verb."""
        text = self.strip[i]
        if len(text) > 90:  # (most paragraphs: not split into words to be counted)
            return False
        words = text.split()
        if not 3 <= len(words) <= 16:
            return False
        if len(words) > 14 and (not self.caption_link(words) or self.owned(words[1:])):
            return False  # (longer, a noun with its where or with what: "The float and its
            # magnet, with the old glue bead still on the bucket wall."; not "Quatre disques
            # de 4 To …, plus un SSD pour le système.", a list's item, nor the writer's
            # remark, "The short answer, in my own experience …: not really.")
        # (its noun set apart early, "La noria, el sábado, …", or between a paragraph and
        # the next section's heading: "The SM3 on the kitchen table after its first clean.")
        framed = self.framed_by_sections(i)
        if "," not in " ".join(words[:10]) and not framed:
            return False
        # (no stop: a heading, unless a noun set apart by a comma has its where or when after
        # it, as no heading runs on: "Il passo, con la vista verso la pianura"; not "O que
        # fizemos, passo a passo", "Le décapage, c'est 80 % du travail")
        set_apart = self.set_apart(i) and self.set_apart_lines == [i]
        if (text[-1] != "." and not framed and not set_apart) or text[0] in _QUOTE_OPENERS:
            return False  # (a heading, or speech)
        if self.sentence_inside(text):
            return False  # (two sentences)
        if not (self.opens_noun_phrase(words) or self.named_above(i, words)):
            return False
        # (framed, a noun phrase of four words or more may say what the photo shows before a
        # dash, and the rest be a remark: "Unser Lastenrad im Januar vor der Kita – das
        # Verdeck hat sich bewährt."; not "The result – it was worth it.")
        lead = _before_dash(words) if framed else words
        if len(lead) < 5:
            lead = words
        verbs = self.rules.finite_verbs.get(self.language or "", frozenset())
        lead = self.without_when_clause(lead)
        if any(
            (word := w.strip(_WORD_EDGES)).casefold() in verbs or _FUTURE_VERB.fullmatch(word)
            for w in lead[1:]
        ):
            return False  # (a verb: "… tendrá una segunda vida.", a sentence)
        n = len(self.lines)
        before = next((k for k in range(i - 1, -1, -1) if self.strip[k]), None)
        credit = self.initials_under(i)  # the photographer's initials under it ("R. C.")
        after = self.next_filled(i + 1 if credit is None else credit + 1)
        heading = after is not None and self.subheading_like(after)
        if heading and (self.strip[after][-1:].isalnum() or self.strip[after][-1:] == ")"):
            # a subheading under it ("Raté n° 1 : l'encolure"), the article going on under that
            after = next((k for k in range(after + 1, n) if self.strip[k]), None)
        # (or the article's last photo, its caption glued over the share row: "L'écluse de
        # Pont-Guérin, au petit matin du deuxième jour." / "Partager :")
        shared = (
            after == i + 1
            and credit is None
            and before is not None
            and before < i - 1  # (a paragraph of its own over it)
            and self.is_prose(before)
            and self.share_line(self.strip[after])
        )
        listed = (  # (a recipe's "Ingredients" over its list, under the photo)
            framed
            and heading
            # (no stop: a noun phrase set apart with its where or when, "Las aceitunas de este
            # año, recién partidas"; not a heading over the list's, "The method, step by
            # step", nor a section's one or two words with theirs, "La pâte, avec les
            # enfants" / "Ingrédients")
            and (text[-1] == "." or (self.caption_link(words) and _words_before_comma(words) >= 3))
            and after is not None
            and (
                self.lines[after].indent > self.lines[i].indent
                or _list_marker(self.strip[after])
                # (its items copied without their marks: "a wide jar with a metal lid"; or
                # lines of a block, "1 kg de coings …" / "1,5 litre d’eau")
                or (
                    (
                        self.strip[after][:1].islower()
                        # (a block of them, the article going on under it: not a tag list
                        # under the article's last line, "Vila Franca do Sarzedo" / "Obras")
                        or (
                            (end := self.block_end(after)) > after + 1
                            and all(_short_item(self.strip[m]) for m in range(after, end))
                            and self.prose_at(end, n)
                        )
                    )
                    and _short_item(self.strip[after])
                )
            )
        )
        # (or a list's lead-in under it: "Ce qui a tout changé chez moi :" / its items)
        led = after is not None and _LEAD_IN_LINE.fullmatch(self.strip[after]) is not None
        if after is None or not (self.is_prose(after) or shared or listed or led):
            return False  # (the article goes on under it; a blog's tagline over a recipe's
            # "Ingredients" and its list reads as a caption there would, and stays: not a
            # paragraph of the article's over it, as over "I vasetti appena chiusi, …" /
            # "Ingredienti per 4 vasetti" and its list)
        alone = (
            i == 0 or not self.strip[i - 1] or len(self.strip[i - 1]) > 110 or i == self.body_start
        ) and (
            not self.strip[i + 1]
            or len(self.strip[i + 1]) > 110
            or credit == i + 1
            or shared
            or (heading and not self.strip[i - 1])  # a subheading glued under it
        )  # its own paragraph, in a copy with blank lines between or a line a paragraph
        return alone and (before is None or not self.strip[before].endswith(":"))

    def owned(self, words: list[str]) -> bool:
        """A possessive of the document's language among the words ("my", "nuestro")."""
        possessives = self.rules.possessives.get(self.language or "", frozenset())
        return any(w.strip(_WORD_EDGES).casefold() in possessives for w in words)

    def named_above(self, i: int, words: list[str]) -> bool:
        """The line opens with a person's name, set apart by a comma, whom the paragraphs
        just above name: the person the photo shows ("Ambrosio Lacasta, en su huerto junto a
        la mota.", under "Me encontré con Ambrosio Lacasta, que …")."""
        name = []
        for word in words[:4]:
            name.append(word.rstrip(","))
            if not word[:1].isupper() or word.casefold() in self.rules.not_names:
                return False
            if word.endswith(","):
                break
        else:
            return False
        if len(name) < 2:
            return False
        named = " ".join(name)
        if "," in " ".join(words[len(name) :]):
            return False  # (a clause set apart after it: "NAME, en su huerto, nunca usa …")
        above = [self.strip[k] for k in range(max(0, i - 8), i) if len(self.strip[k]) > 60]
        return any(named in line for line in above)

    def set_apart(self, i: int) -> bool:
        """Line ``i`` is a noun set apart by a comma with its where or when after it, with no
        stop, alone in its block: a caption's shape, or a heading's."""
        words = self.strip[i].split()
        return (
            len(words) >= 6
            and self.comma_line(i)
            and self.caption_link(words)
            and self.opens_noun_phrase(words)
        )

    def comma_line(self, i: int) -> bool:
        """A short line with a comma and no stop, alone over the text under it."""
        text = self.strip[i]
        return (
            "," in text
            and 3 <= len(text.split()) <= 14
            and len(text) <= 90
            and text[:1].isupper()
            and text[-1:].isalnum()
            and ":" not in text
            and (i == 0 or not self.strip[i - 1])
            and (i + 1 >= len(self.lines) or not self.strip[i + 1] or self.is_prose(i + 1))
        )

    @functools.cached_property
    def set_apart_lines(self) -> list[int]:
        """The page's short lines with a comma and no stop, alone over the text, looked for
        once: one of a caption's shape is a photo's caption; several, each over a section, are
        the post's headings ("La cena, con gli amici di sempre" / … / "Il ritorno, dopo una
        settimana di pioggia")."""
        n = len(self.lines)
        prose = next((k for k in range(n) if self.is_prose(k)), n)
        # (under the head: not a blog's tagline; or under the title and byline, over the
        # first paragraph: a lead photo's caption, "The lido on Greave Lane, pictured last
        # summer")
        start = min(prose + 1, max(self.body_start, 1))
        return [
            k
            for k in range(start, n)
            if self.comma_line(k)
            and not self.is_date_line(k)
            and not self.rules.opens_with_closing(self.strip[k])  # ("Liebe Grüße, Ulrike")
        ]

    def caption_link(self, words: list[str]) -> bool:
        """The words after the first comma say where, with what or when the noun before it
        is: they open with one of the language's caption links, or are a date ("luglio
        2023")."""
        comma = next((k for k, w in enumerate(words[:-1]) if w.endswith(",")), None)
        if comma is None or comma == 0:
            return False
        rest = words[comma + 1 :]
        links = self.rules.caption_links.get(self.language or "", frozenset())
        if rest[0].casefold() in links:
            return True
        month = rest[0].rstrip(".,").casefold()  # ("april vorig jaar"; not English "may")
        if month in self.rules.dates.months and month not in ("may", "march"):
            return True
        return self.rules.match("date_lines", " ".join(rest)) is not None

    def without_when_clause(self, words: list[str]) -> list[str]:
        """The words less a last clause that says when, after a comma ("The cabin in its
        first winter, before the porch was clad."): its verb is not the phrase's. A clause
        with a comma after it may be set into a sentence whose verb follows ("The cabin,
        after the storm, was rebuilt."), and is kept."""
        opening = self.rules.subordinators.get(self.language or "", frozenset())
        for k in range(2, len(words)):
            if words[k - 1].endswith(",") and words[k].casefold() in opening:
                if any("," in w for w in (*words[: k - 1], *words[k:])):
                    return words  # (set apart by commas: "My grandmother's recipe, unchanged
                    # since the war, when nothing was wasted." is a sentence's apposition)
                return words[:k]
        return words

    def framed_by_sections(self, i: int) -> bool:
        """Line ``i`` stands alone between a long paragraph and the next section's heading,
        where a post sets its photo at the end of a section."""
        if not (0 < i < len(self.lines) - 2) or self.strip[i - 1]:
            return False
        before = next((k for k in range(i - 1, -1, -1) if self.strip[k]), None)
        after = self.next_filled(i + 1, 2)  # (the heading may be glued under it)
        return (
            before is not None
            and after is not None
            and len(self.strip[before]) > 110
            and self.strip[before][-1:] in '.!?…»”)"'
            and self.subheading_like(after)
            and (self.strip[after][-1:].isalnum() or self.strip[after][-1:] == ")")
        )

    def heading_under_caption(self, k: int) -> bool:
        """The line glued under caption ``k`` heads the next section, the caption whole
        without it: one with no credit, or its credit closing it ("… « au repos ». © Le
        Plateau Bavard" / "Une mécanique de patience"); not a credit on a line of its own."""
        below = self.strip[k + 1]
        if not below or not below[:1].isupper() or not self.subheading_like(k + 1):
            return False
        if _CREDIT_LINE.fullmatch(below) or _INITIALS_LINE.match(below):
            return False
        if below.isupper() and len(below) <= 20:
            return False  # an agency's credit: "EFE", "AFP / DPA"
        text = self.strip[k]
        return self.plain_caption(k) or (
            _credited(text) and self.rules.match("captions", text) is not None
        )

    def subheading_like(self, k: int) -> bool:
        """Line ``k`` may head a section of the article: short, no sentence's stop, and no
        table's line ("El desglose", "Ingredienti (teglia da 28 cm)"; not "3 Kommentare")."""
        text = self.strip[k]
        return (
            len(text) <= 60
            and text[-1:] not in ".!?:;,"
            and not self.is_prose(k)
            and (
                not any(self.hit(table, k) for table in _SECTION_ENDS)
                or self.subheading_back(k)  # ("Voltar a assentar os soltos")
            )
        )

    def captioned(self, i: int) -> bool:
        """Line ``i`` is a photo's caption of a line or two, its credit in initials right
        under it ("… el pasado domingo." / "M. R."; not a brief signed "C. V.")."""
        return len(self.strip[i]) <= _CAPTION_MAX and self.initials_under(i) == i + 1

    def initials_under(self, i: int) -> int | None:
        """The next line under line ``i`` when it is initials alone, a photo's credit."""
        k = self.next_filled(i + 1, 2)
        return k if k is not None and _INITIALS_LINE.match(self.strip[k]) else None

    def sentence_inside(self, text: str) -> bool:
        """A sentence ends inside ``text``: not the stop of an ordinal date ("aufgenommen am
        14. März 2023")."""
        months = self.rules.dates.months
        for found in _INNER_SENTENCE_END.finditer(text):
            at = found.start()
            after = text[at + 2 :].split(None, 1)
            if not (text[at].isdigit() and after and after[0].strip(",.").casefold() in months):
                return True
        return False

    def opens_noun_phrase(self, words: list[str]) -> bool:
        """The words open as a caption's noun does: with an article or a possessive of the
        document's language ("L'église restaurée", "Our two bento boxes")."""
        first = words[0].casefold()
        language = self.language or ""
        openers = self.rules.articles.get(language, frozenset()) | self.rules.possessives.get(
            language, frozenset()
        )
        if first in openers or (first[:2] in openers and first[1:2] in "'’"):
            return True
        if len(words) > 1 and all((self.rules.number(part) or 0) > 1 for part in first.split("-")):
            # a count of what it shows: "Eight jars, three of them promised …", "Twenty-two
            # jugs lined up …" (not a year, "2023 was …": no word of a count)
            return words[0].replace("-", "").isalpha() and first not in ("one", "a")
        # (English: a name, then what they are doing, "Alun showing us how to cut a pleacher";
        # no comma, which a sentence's clause after it takes: "Everyone cheering, I …")
        name = 2 if len(words) > 2 and words[1][:1].isupper() else 1
        return (
            language == "en"
            and not any("," in w for w in words)
            and first not in _NOT_NAMES
            and words[0][:1].isupper()
            and words[0].isalpha()
            and len(words) > name
            and words[name].islower()
            and len(words[name]) > 4
            and words[name].endswith("ing")
        )

    def unwrapped_paragraph(self, k: int) -> bool:
        """A line longer than any hard-wrapped text has, of sentences: a paragraph."""
        return len(self.strip[k]) > _UNWRAPPED and self.is_prose(k)

    def counter_row_below(self, k: int) -> bool:
        """The next line is a count of comments or a button ("1.4k" / "21 comments")."""
        j = next((j for j in range(k + 1, min(k + 3, len(self.strip))) if self.strip[j]), None)
        return j is not None and (
            self.hit("count_headers", j) is not None or self.hit("chrome", j) is not None
        )

    def signs_off(self, k: int, author: str) -> bool:
        """The byline's name alone under the article's last paragraph, perhaps with place and
        role in brackets ("Claire Vasseur (Poitiers, correspondante)"): where a paper's
        article ends."""
        text = self.strip[k]
        if len(text) > 2 * len(author) + 40 or not text.startswith(author[:1]):
            return False
        return _normal(_BRACKETED.sub("", text)) == _normal(author)

    def related_sentence(self, k: int) -> bool:
        """A sentence, not a related item's title or excerpt: a note in brackets after a title ("Riego
        por turnos (documental, 12 min.)") does not make the title a sentence."""
        text = self.strip[k]
        if len(text) <= 100 and text.endswith((" …", " ...")):
            return False  # an item's excerpt cut short ("Depuis l'ouverture du tronçon, la voie …")
        if k + 1 < len(self.lines) and self.age_and_count(self.strip[k + 1]):
            return False  # a title over its age and count ("il y a 4 mois•12 commentaires")
        if not self.is_prose(k) or not text.endswith(")") or "(" not in text:
            return self.is_prose(k)
        title = text[: text.rfind("(")].rstrip()
        return len(title) >= 100 or (
            len(title.split()) >= 8 and _SENTENCE_END.search(title) is not None
        )

    def age_and_count(self, text: str) -> bool:
        """A recommended thread's row: its age and its count of comments, a dot between
        them ("il y a 4 mois•12 commentaires", Disqus's "Also on" box)."""
        age, dot, count = text.partition("•")
        return (
            bool(dot)
            and len(text) <= 60
            and self.rules.dates.is_date_line(age.strip(), relative=True)
            and self.rules.match("count_headers", count.strip()) is not None
        )

    def prompt_pitch(self, k: int) -> bool:
        """A prompt's sentence between its question and its buttons, over the page's name
        ("Push-Benachrichtigungen aktivieren?" / "Wir informieren Sie …" / "Nein, danke")."""
        return (
            0 < k < len(self.lines) - 1
            and len(self.strip[k].split()) >= 5
            and _SENTENCE_END.search(self.strip[k]) is not None
            and self.strip[k - 1].endswith("?")  # (the prompt's question over it)
            and self.hit("boilerplate", k - 1) is not None
            and (
                self.hit("boilerplate", k + 1) is not None
                or self.hit("navigation", k + 1) is not None  # ("Nein, danke")
            )
        )

    def copyright_names(self, name: str) -> bool:
        """The page's copyright line names ``name`` ("© 2024 Diário do Vale. Todos os …")."""
        return any(line[:1] == "©" and name in line for line in self.strip[-_COPYRIGHT_LINES:])

    def label_over_list(self, k: int) -> int | None:
        """The label's line where line ``k`` is a label over its list, or that list, the two a
        block of their own under the article, the tables reading them joined with a colon
        (Blogger's German "Labels" / "Obstbäume Schnitt Wintergarten")."""
        for label in (k, k - 1):
            if label < 1 or label + 1 >= len(self.lines) or self.strip[label - 1]:
                continue
            text, items = self.strip[label], self.strip[label + 1]
            if (
                0 < len(text) <= 20
                and text[-1] != ":"
                and 0 < len(items) <= 80
                and (label + 2 == len(self.lines) or not self.strip[label + 2])
                and self.rules.match("boilerplate", f"{text}: {items}") is not None
                # (the page's furniture or the comments under them: not a source under a
                # paragraph of the article, "Source" / "Insee, recensement 2021")
                and (self.footer_below(label + 1) or self.section_below(label + 1))
            ):
                return label
        return None

    def section_below(self, k: int) -> bool:
        """The next line under ``k`` heads the comment section ("Kommentare", "3 comments")."""
        below = self.next_filled(k + 1, 3)
        return below is not None and (
            self.hit("section_headings", below) is not None
            or self.hit("count_headers", below) is not None
        )

    def writer_bio(self, k: int, author: str | None) -> bool:
        """A sentence or two on the writer under their name, after the article ("Juliana
        Prates" / "Repórter de Cidades. Cobre mobilidade urbana …"): their box, opening with
        their job or their first name."""
        text = self.strip[k]
        first = text.split(maxsplit=1)[0].strip(",.:").lower()
        return (
            author is not None
            and k > 0
            and len(text) <= 400
            and (
                first in self.rules.job_titles
                # (or a sentence on them by their first name, "Rob runs the bench at …", no
                # name over a paragraph under it: not one of a post's profiles of people)
                or (first == author.split()[0].lower() and self.bio_by_first_name(k, author))
            )
            # (right under the name, or a blank line between: Cream Magazine's box)
            and (name := self.previous_filled(k)) is not None
            and k - name <= 2
            and _normal(self.strip[name]) == _normal(author)
            # (the article's last words: not a paragraph under a photo's credit in it)
            and not self.prose_at(k + 1, len(self.lines))
        )

    def bio_by_first_name(self, k: int, author: str) -> bool:
        """Line ``k``, opening with the writer's first name under their name, is their box:
        no other profile of a name over a paragraph stands under it or over the name ("Meet
        the people": the writer's own comes last), and the first name is not someone else's
        whose surname follows ("Anna Roth will …", under the writer Anna Weber's name)."""
        n = len(self.lines)
        words = self.strip[k].split()
        surname = author.split()[-1]
        if len(words) > 1 and words[1][:1].isupper() and words[1].strip(",.") != surname:
            return False
        after = self.next_filled(k + 1)
        if after is not None and self.prose_at(after + 1, n):
            return False  # (a name over a paragraph under it: one of several profiles)
        name = self.previous_filled(k)
        above = self.previous_filled(name) if name is not None else None
        over = self.previous_filled(above) if above is not None else None
        # (a short line over a paragraph over the name: another profile above it)
        return not (
            above is not None
            and over is not None
            and self.is_prose(above)
            and len(self.strip[over]) <= 40
            and self.name_like(self.strip[over], strict=True)
        )

    def body_line(self, k: int, meta: _Meta, paragraphs: int) -> str | None:
        """Why a body line is left out (and what it told), or None to keep it."""
        text = self.strip[k]
        if (
            # (a phone's copy: a paragraph over a credit is prose; or the lead photo's, over
            # the article's first words)
            (self.lines_are_paragraphs or paragraphs == 0)
            and len(text) <= _CAPTION_MAX
            and k + 2 < len(self.lines)
            and _CREDIT_LINE.fullmatch(self.strip[k + 1])
            and not (self.lines_are_paragraphs and _described_photo(self.strip[k + 1]))
            # (not a site's © under its last words; an audio player's lines may stand
            # between: "Ouvir artigo" / "00:00" / "04:12")
            and self.prose_at(self.past_player(k + 2), len(self.lines))
        ):
            self.drop(k, "caption (over its credit)")  # "Fährt noch: Der Bürgerbus …" / "© NAME"
            return "date"
        if (
            paragraphs == 0
            and len(text) <= _CAPTION_MAX
            and _GLUED_INITIALS.search(text) is not None
            and len(text.split()) >= 6
            and self.prose_at(k + 1, len(self.lines))
            and not self.has_finite_verb(text)  # (a sentence whose last words are a name's)
        ):
            # the lead photo's caption, its photographer's initials after its stop ("El vaso
            # grande de la piscina, vacío desde septiembre. C. J."), over the first words
            self.drop(k, "caption (its credit in initials)")
            return "caption"
        if self.pitch_over_button(k):
            # Substack's box inside the post: "Carnet de Loire est une lettre gratuite, lue
            # par 2 300 personnes. Pour recevoir les prochains numéros, abonnez-vous." /
            # "S'abonner"
            self.drop(k, "newsletter pitch (over its button)")
            return "pitch"
        if (caption := self.long_caption(k)) is not None:
            self.drop(k, caption)  # "… on Wednesday. (Dana Reyes / Valley Courier)"
            return "caption"
        if (
            _PICTURE_LABEL.match(text)
            and len(text) <= _CAPTION_MAX
            and len(text.split()) >= 4
            and (k == 0 or not self.strip[k - 1])
            and (k + 1 >= len(self.lines) or not self.strip[k + 1])
        ):
            # a block of its own, labelled as the picture's: "Bild: Der Anhänger vor dem
            # Umbau, noch mit Verdeck."
            self.drop(k, "caption (labelled as the picture's)")
            return "caption"
        if self.under_its_alt_text(k):
            self.drop(k, "caption (under the photo's alt text)")
            return "caption"
        if (
            paragraphs == 0  # (the lead photo's; under the article, the writer signing it)
            and meta.author
            and len(text) <= _CAPTION_MAX
            and text.endswith(". " + meta.author)
            and not self.sentence_inside(text[: -len(meta.author) - 1])
        ):
            # a photo's caption closed by its credit, the writer who took it ("Los cinco
            # alumnos, con la maestra, en el primer día de clase. Lorena Balbás")
            self.drop(k, "caption (its credit the writer's name)")
            return "caption"
        if paragraphs == 0 and self.category_in_meta_block(k):
            self.drop(k, "category (in the byline's block)")  # NAME / DATE / "Conservas" / COUNT
            return "date"
        if paragraphs == 0 and len(text) <= 40 and self.hit("count_headers", k) is not None:
            self.drop(k, "count over the article")  # ("7 commentaires": a link to them)
            return "date"
        if self.consent(k) and (paragraphs == 0 or len(text) <= 300):
            self.drop(k, "cookie banner")  # (a copy may catch it between two paragraphs)
            return "date"
        if (
            paragraphs
            and k > 0
            and ((self.consent(k - 1) and _items_row(text)) or self.banner_button(k))
        ):
            self.drop(k, "cookie banner")  # its buttons: "Aceitar  Gerir preferências"
            return "date"
        if paragraphs == 0 and len(text) <= _SHORT and self.role_under_byline(k):
            self.drop(k, "byline (the author's role)")
            return "date"
        if paragraphs == 0 and self.title and _normal(text) == self.title:
            self.drop(k, "the title again")  # an audio player's, over the article
            return "date"
        if paragraphs == 0 and (
            (chrome := self.hit("chrome", k)) is not None
            or (
                len(text) <= _SHORT
                and self.menu_line(text)
                and not self.probe(k).dated
                and self.byline(k) is None  # ("DATE · di NAME · 6 commenti" is read below)
            )
        ):
            # "Share  Comments (7)", "Partilhar  Guardar  Ouvir artigo (4 min)" under the byline
            self.count_in(text, meta)
            self.drop(k, chrome.rule.id if chrome is not None else "menu line")
            return "date"
        if paragraphs and (self.notice(k) or self.hit("notices", k) is not None):
            self.drop(k, "notice")  # a comment policy under its label, after the article
            return "date"
        if paragraphs and self.label_over_list(k) is not None:
            self.drop(k, "a label and its list (the post's labels)")
            return "end:labels"
        if paragraphs and self.writer_bio(k, meta.author):
            self.drop(k, "the writer's bio")
            return "end:bio"
        if len(text) > _SHORT:
            trailer = self.entry_footer(k, meta)
            if trailer is not None:
                self.drop(k, trailer)
                return "end:trailer"
            why = self.long_furniture(k)
            if why is not None:
                self.drop(k, why)
            return why
        if (_ROUNDED.match(text) or _NUMBER_ONLY.match(text)) and self.counter_row_below(k):
            self.drop(k, "number (a post's votes over its buttons)")
            return "date"
        if paragraphs and meta.author and self.signs_off(k, meta.author):
            self.drop(k, "the author's name under the article")
            return "end:sign-off"
        if (
            paragraphs == 0
            and len(text) <= 12
            and (_NO_WORDS.match(text) or text == "/")  # (an audio player's "00:00" / "/")
            and any(self.strip[k + 1 : k + 40])  # the article goes on under it
        ):
            self.drop(k, "no words (a counter or a separator over the article)")
            return "date"
        if text[:2] in _ACTION_BULLETS:  # old Reddit's post buttons: "* 23 comments", "* share"
            count = self.rules.match("count_headers", text[2:])
            if count is not None:
                meta.declared = (
                    meta.declared
                    if meta.declared is not None
                    else (self.rules.number(count.get("n")))
                )
                self.drop(k, count.rule.id)
                return "end:" + count.rule.id
        if not (
            self.rules.may_match(_BODY_TABLES, self.probe(k), prose=self.is_prose(k))
            or self.share_line(text)
            or self.in_share_column(k)
            or (paragraphs == 0 and (self.probe(k).dated or self.in_meta_row(k)))
        ):
            return None
        hit = self.hit("related", k, primary=True)
        if hit is not None:
            self.drop(k, hit.rule.id)
            # "Read also: TITLE" names its one link itself; a heading has its list under it
            named = ": {any}" in hit.rule.source or "\\|} {any}" in hit.rule.source
            return "end:" + hit.rule.id if named else "related"  # ("Lire aussi | TITLE")
        hit = self.hit("captions", k, primary=True)
        if hit is not None:
            self.drop(k, hit.rule.id)
            return "caption"
        if paragraphs and not meta.author and (dated := self.date_name_blocks(k)):
            # a block theme's post meta under the post, a block each and no words: DATE /
            # NAME / CATEGORY / TAGS, over the comments (Twenty Twenty-Two's, Chrome's copy)
            meta.published = meta.published or self.rules.dates.parse_date(
                self.strip[k], self.order
            )
            meta.author = self.rules.clean_author(self.strip[dated[1]])
            for m in dated:
                self.drop(m, "byline (under the post)")
            return "end:trailer"
        if paragraphs and not meta.author and (blocks := self.byline_blocks(k)):
            # the same set a part a block, as Firefox copies a row of them ("Publicado" /
            # "" / DATE / "" / "em" / "" / CATEGORY / "" / "por" / "" / NAME)
            hit = self.rules.match("post_trailers", " ".join(self.strip[m] for m in blocks))
            meta.author = self.rules.clean_author(hit.get("author"))
            meta.published = meta.published or self.date_of(hit)
            for m in blocks:
                self.drop(m, "byline (under the post)")
            return "end:trailer"
        if paragraphs and not meta.author and (run := self.byline_run(k)):
            # a block theme's post meta under the post, a part a line: "Écrit par" / "NAME" /
            # "dans" / "Tricot", as the tables read it joined
            meta.author = self.rules.clean_author(self.strip[run[1]])
            for m in run:
                self.drop(m, "byline (under the post)")
            return "end:trailer"
        hit = self.hit("post_trailers", k)
        if (
            hit is not None
            and not (hit.get("date") or hit.get("time"))
            and not self.footer_below(k)
        ):
            hit = None  # "Posted by Parish Office" over the service times: the post goes on
        if hit is not None and self.name_like(hit.get("author"), strict=False):
            meta.author = meta.author or self.rules.clean_author(hit.get("author"))
            meta.published = meta.published or self.date_of(hit)
            self.count_in(self.strip[k], meta)  # Blogger's "… à 18:30 Aucun commentaire:"
            self.drop(k, hit.rule.id)
            return "end:trailer"
        if paragraphs and not meta.author:
            # the byline in the entry's footer ("Veröffentlicht am DATE von NAME"), where a
            # theme sets it under the post
            byline = self.byline(k)
            if byline is not None and self.read_byline(byline, meta):
                self.drop(k, byline.rule.id)
                return "end:trailer"
        if (
            paragraphs
            and len(text) <= 40
            and self.hit("section_headings", k) is not None
            and self.nothing_but_furniture_after(k)
        ):
            # the comment section's heading closing a crawl's text, no comment under it (the
            # record holds them apart): "Comments" / "Reply to this post on Bluesky …"; or a
            # page's, its comments pasted apart under its footer ("Commenti" / "© …" /
            # "11 commenti", the frame copied on its own)
            self.drop(k, "the comment section's heading")
            return "date"
        if (
            paragraphs
            and self.page_names
            and not self.strip[k - 1]
            and _normal(text) in self.page_names
            and not any(
                self.unwrapped_paragraph(m) for m in range(k + 1, min(k + 12, len(self.lines)))
            )
        ):
            # the site's name again under the article, alone: its footer's head (its blurb,
            # its newsletter box under it), not the article's (no paragraph under it: not the
            # blog's name as a heading, "Cozinha da Vó Lurdes" / its tenth year told)
            self.drop(k, "the site's footer")
            return "footer"
        hit = self.hit("footers", k)
        counted = None  # the writer a bio's head names with their count of articles
        if hit is None and paragraphs and meta.author:
            hit = self.hit("author_bios", k)
            if hit is not None and _normal(hit.get("author") or "") != _normal(meta.author):
                hit = None  # "About Lisbon": a subheading, not the author's bio
        elif hit is None and paragraphs and _BIO_COUNT.search(text):
            hit = self.hit("author_bios", k)  # ("Over NAME 214 Artikelen": MH Magazine's)
            counted = hit.get("author") if hit is not None else None
            hit = hit if counted else None
        if hit is not None and paragraphs and (self.subheading_back(k) or self.label_over_prose(k)):
            return None  # "Back to basics" over the article's next paragraph
        if hit is not None:
            self.drop(k, hit.rule.id)
            if paragraphs and not meta.author:
                # "About the author" / "NAME, sysadmin by day…"
                meta.author = self.rules.clean_author(counted) if counted else self.bio_name(k)
            return "footer"
        if paragraphs == 0:
            byline = self.byline(k)
            if byline is not None and self.read_byline(byline, meta):
                self.drop(k, byline.rule.id)
                return "byline"
            if self.is_date_line(k):
                meta.published = meta.published or self.rules.dates.parse_date(text, self.order)
                self.drop(k, "date line")
                return "date"
            dated = self.hit("date_lines", k)
            if dated is not None:
                meta.published = meta.published or self.date_of(dated)
                self.drop(k, dated.rule.id)
                return "date"
            count = self.hit("count_headers", k)
            if count is not None and (self.in_meta_row(k) or self.in_toolbar(k)):
                if meta.declared is None:
                    meta.declared = self.rules.number(count.get("n"))
                self.drop(k, count.rule.id)
                return "date"
        if (
            paragraphs
            and k
            and self.strip[k - 1]
            and (self.is_date_line(k) or self.rules.dates.day_month(text) is not None)
            and self.hit("boilerplate", k - 1) is not None
        ):
            # a date under its label after the text (Discourse's topic figures: "erstellt" /
            # "3. Aug." / "letzte Antwort" / "2 T.", then "1,2 Tsd." over "Aufrufe")
            self.drop(k, "date under its label")
            return "date"
        if (
            paragraphs
            and _ROUNDED.match(text)
            and k + 1 < len(self.lines)
            and self.hit("boilerplate", k + 1) is not None
        ):
            self.drop(k, "count over its label")
            return "date"
        if paragraphs and len(text) <= _SHORT:
            dated = self.hit("date_lines", k)  # "Originally Published: DATE" under the text
            if dated is not None:
                # (the post's date where the theme sets it under the post: "Publié le DATE";
                # not when it was changed, "Updated: DATE", but the date over that line)
                if not self.rules.update_date(text):
                    meta.published = meta.published or self.date_of(dated)
                elif k and self.is_date_line(k - 1, relative=False):
                    meta.published = meta.published or self.rules.dates.parse_date(
                        self.strip[k - 1], self.order
                    )
                self.drop(k, dated.rule.id)
                return "end:" + dated.rule.id
        why = self.furniture(k, region="body")
        if why:
            self.count_in(text, meta)
            self.drop(k, why)
            return "end:" + why
        return None

    def paragraph_groups(self, kept: list[int]) -> list[list[int]]:
        """The paragraphs of a block: one, or one per line where the block is a list."""
        if len(kept) < 2:
            return [kept]
        texts = [self.strip[k] for k in kept]
        # (each line opening with an en dash: a list's items, "– Textile : …"; one line of a
        # paragraph may open so, a parenthesis's dash wrapped to its start)
        marked = all(_list_marker(t) for t in texts) or all(t[:2] == "– " for t in texts)
        short = len(kept) <= 20 and max(len(t) for t in texts) <= 110
        if self.lines_are_paragraphs:
            return [[k] for k in kept]
        if (
            texts[0][-1:] == ","
            and len(texts[0].split()) <= 4
            and not _list_marker(texts[0])
            and texts[1][:1].isupper()
            and len(texts[1]) > _LISTED_LINE
            # (no copy's wrapping broke the line there: the next word would have fitted)
            and (
                self.wrap_width is None
                or len(texts[0]) + 1 + len(texts[1].split()[0]) < self.wrap_width - 12
            )
        ):
            # a greeting over the text a <br> apart ("Boas a todos," / "Comprei há um mês
            # …"): a paragraph of its own
            return [kept[:1], *self.paragraph_groups(kept[1:])]
        if (
            self.forum
            and len(kept) >= 3  # (a long line and a short question under it stay one)
            and self.wrap_width is None
            # (a long line no copy wrapped, or a lead-in over the short lines it announces: "He
            # revisado lo que se me ha ocurrido:" / "no hay fugas …," / "el manómetro …,"; not
            # a sentence going on over lines as long as a copy's: "…, weil wir …, dachte ich")
            and (
                any(len(t) > _UNWRAPPED for t in texts)
                or (texts[0][-1:] == ":" and all(len(t) <= _LISTED_LINE for t in texts[1:]))
            )
            and all(t[-1:] in _PARAGRAPH_ENDS + ",:" or _list_marker(t) for t in texts[:-1])
        ):
            # a forum post whose lines a <br> each broke, none wrapped (SMF 2.1 copied by
            # Chrome: "Bonjour à tous," / a long line / "Ce que j'ai vérifié :" / "- …"):
            # a line, a paragraph
            return [[k] for k in kept]
        if self.sign_off(texts):
            # (closing words over the writer's name, a paragraph each: "Merci d'avance," /
            # "Gilles"; two words of a widget's, "Track report" / "Cancel", stay one)
            if self.rules.opens_with_closing(texts[0]):
                return [[k] for k in kept]
            return [kept]  # (a poem's lines: "Out past the lighthouse," / "Galloway")
        if (
            len(kept) == 2
            and len(texts[0]) > _UNWRAPPED
            and _SENTENCE_END.search(texts[0])
            and len(texts[1]) <= 60
            and texts[1][-1] not in ".!?…,;:"
            and not _list_marker(texts[1])
        ):
            # a paragraph of one long line, the subheading under it run on without a blank
            # line ("… foglie secche raccolte in giardino." / "I sette lavori d’autunno")
            return [[kept[0]], [kept[1]]]
        if (
            texts[0].endswith(":")
            or (len(kept) >= 3 and len(texts[0]) <= 60 and texts[0][-1] not in ".!?…,;")
        ) and all(_list_marker(t) for t in texts[1:]):
            # "Two questions:" over its "- " items, or a heading over them ("Il programma")
            return [[k] for k in kept]
        if texts[0].endswith(":") and len(kept) >= 3:
            # "Things I've tried so far:" over its items set in without bullets (Firefox's
            # copy of a list), the text going on under them at the first line's column
            base = self.lines[kept[0]].indent
            m = next((x for x in range(1, len(kept)) if self.lines[kept[x]].indent <= base), None)
            m = len(kept) if m is None else m
            if m >= 3:
                rest = self.paragraph_groups(kept[m:]) if m < len(kept) else []
                return [[k] for k in kept[:m]] + rest
        if self.indented_items(kept, texts) or self.list_items(kept, texts):
            return [[k] for k in kept]  # (its lines each end an item, wrapped as they may look)
        lead = self.lines[kept[0]].indent
        if lead >= 2:  # the items set in, then the text going on under them unindented
            m = next((x for x, k in enumerate(kept) if self.lines[k].indent != lead), len(kept))
            if (
                2 <= m < len(kept)
                and all(self.lines[k].indent < lead for k in kept[m:])
                and self.indented_items(kept[:m], texts[:m])
            ):
                return [[k] for k in kept[:m]] + self.paragraph_groups(kept[m:])
        # (a list whose bullets the copy lost: no wrapped sentence ends on a letter)
        listed = (
            len(texts) >= 3
            and texts[-1][-1].isalnum()
            and max(map(len, texts)) <= 60  # (items: short lines, not a wrapped text's)
            and not any(_list_marker(t) for t in texts)
        )
        if not marked and not listed and _hard_wrapped(texts, self.wrap_width):
            # a paragraph or items, wrapped
            groups: list[list[int]] = []
            for k, text in zip(kept, texts, strict=True):
                if not groups or _list_marker(text):
                    groups.append([])
                groups[-1].append(k)
            return groups
        if (
            not marked
            and short
            and _SENTENCE_END.search(texts[-1])
            and all(t[:1].islower() for t in texts[1:])
            and not any(_SENTENCE_END.search(t) or t[-1] == ":" for t in texts[:-1])
            and 2 * sum(t[-1] in ",;" for t in texts[:-1]) >= len(texts) - 1
            # (a phrase a line, not a list's items, which run longer and open alike: "een
            # regenhoes voor de camera," / "een thermosfles, altijd.")
            and all(len(t) <= 40 and not _DIGIT.search(t) for t in texts)  # (not hours)
            and len({t.split()[0].casefold() for t in texts}) > 1
        ):
            # a verse or a sentence set a phrase a line, each going on from the last
            # ("Agua de los Tres Caños," / "fresca en el mes de agosto," / … / "… del pueblo.")
            return [kept]
        if marked or (short and not self.blocks_are_paragraphs):
            return [[k] for k in kept]
        if (
            short
            and len(kept) >= 3
            and all(len(t.split()) >= 3 and t[-1] not in ".!?…,;:" for t in texts)
        ):  # a crawl's list without its bullets: items of a few words, no sentence among them
            return [[k] for k in kept]
        if self.labelled_items(texts):
            return [[k] for k in kept]
        if (
            len(kept) >= 3
            and len(texts[-1]) > _UNWRAPPED
            and _SENTENCE_END.search(texts[-1])
            and all(len(t) <= 60 and t[-1] not in ".!?…" for t in texts[:-1])
        ):  # a list's heading and items run into the next heading and its paragraph, a line
            # each ("Ingrédients" / "1 pâte feuilletée" / … / "Préparation" / "Émincez …")
            return [[k] for k in kept]
        if (
            self.wrap_width is None
            and sum(len(t) > _UNWRAPPED and bool(_INNER_SENTENCE_END.search(t)) for t in texts) >= 2
        ):
            # a copy that kept no blank line between paragraphs (Chrome's or Safari's
            # select-all), two lines of several sentences no copy wraps: a line, a paragraph;
            # a sentence among them wrapped by hand goes on in lower case (a quoted notice's
            # "… a new key from the" / "committee hut …"). (A file of a sentence a line, as
            # NLTK writes, has no line of two.)
            groups = [[kept[0]]]
            items = self.announced_items(texts)  # ("Things I checked:" / "pedals: …")
            for x in range(1, len(kept)):
                before, line = texts[x - 1], texts[x]
                if (
                    x not in items
                    and before[-1] not in _PARAGRAPH_ENDS
                    and line[:1].islower()
                    and max(len(before), len(line)) <= _UNWRAPPED
                ):
                    groups[-1].append(kept[x])
                else:
                    groups.append([kept[x]])
            return groups
        if (
            (
                any(len(t) > _UNWRAPPED and _INNER_SENTENCE_END.search(t) for t in texts[:-1])
                or (
                    len(texts) == 2
                    and len(texts[0]) <= 60
                    # (or a question: "¿Lo volvería a hacer?" over its answer)
                    and (texts[0][-1:].isalnum() or texts[0][-1:] == "?")
                    and len(texts[1]) > _UNWRAPPED
                    # (its paragraph opens as one does: not "… im Bürgeramt und" / "habe …")
                    and (texts[1][:1].isupper() or not texts[1][:1].isalpha())
                    and (
                        _INNER_SENTENCE_END.search(texts[1])
                        # (one long sentence: "El abastecimiento, garantizado" / "Por su …")
                        or (len(texts[1]) > 2 * _UNWRAPPED and texts[1][-1] in ".!?…")
                    )
                )
            )
            # (the lines of a list under "Things I checked:", asked only here)
            and (announced := self.announced_items(texts)) is not None
            and (
                all(
                    t[-1] in _PARAGRAPH_ENDS
                    or (  # a subheading over a paragraph
                        len(t) <= 60
                        and (len(texts[m + 1]) > _UNWRAPPED or texts[m + 1][-1] in ".!?…")
                    )
                    or m in announced  # (a list's item under "Things I checked:")
                    for m, t in enumerate(texts[:-1])
                )
            )
        ):  # no copy wraps its lines this long: each line ends a paragraph, as the page had it
            return [[k] for k in kept]  # (a file of a sentence a line, as NLTK writes, is not)
        return [kept]

    def announced_items(self, texts: list[str]) -> set[int]:
        """The lines of a list whose bullets the copy lost, under the line announcing them
        ("Things I have already checked:" / "pedals: swapped …" / "chainring bolts: …"): short
        lines after a colon, unless they run on as one sentence wrapped (its stop on the
        last line only, "… before / which …"), a quoted notice's."""
        found: set[int] = set()
        m = 1
        while m < len(texts):
            if texts[m - 1][-1] != ":":
                # (or a heading over them, its items in small letters with no stop, the
                # next heading or sentence in a capital under them: "What you need" /
                # "brass wool in a holder" / "rosin flux, …" / "The process")
                run = []
                if _HEADING_LIKE.fullmatch(texts[m - 1]):
                    while m + len(run) < len(texts) and _ITEM_LIKE.fullmatch(texts[m + len(run)]):
                        run.append(m + len(run))
                if len(run) >= 2 and (
                    m + len(run) == len(texts) or texts[m + len(run)][:1].isupper()
                ):
                    found.update(run)
                m += max(len(run), 1)
                continue
            run = []
            while m < len(texts) and len(texts[m]) <= 80:
                run.append(m)
                m += 1
            if not run:
                m += 1
                continue
            ends = [texts[r][-1] in ".!?…;" for r in run]
            wrapped = (  # (its lines go on in lower case, its one stop the last line's)
                ends[-1] and not any(ends[:-1]) and all(texts[r][:1].islower() for r in run[1:])
            )
            if not wrapped:
                found.update(run)
        return found

    def labelled_items(self, texts: list[str]) -> bool:
        """A list's items each opening with its label ("Pomodori: ripresi quasi tutti." /
        "Zucchine: due piante su quattro."), two in a row at least, perhaps under their
        heading and over a paragraph, a line each: no line goes on from the one above (each
        opens in a capital, the one above ending a sentence or heading the list)."""
        labelled = [len(t) <= _UNWRAPPED and _LABELLED.match(t) is not None for t in texts]
        if not any(a and b for a, b in itertools.pairwise(labelled)):
            return False
        return all(t[:1].isupper() or t[:1].isdigit() for t in texts) and all(
            t[-1] in ".!?…" or (len(t) <= 60 and t[-1] not in ",;:" and m == 0)
            for m, t in enumerate(texts[:-1])
        )

    def indented_items(self, kept: list[int], texts: list[str]) -> bool:
        """Lines set in from the text around them, each a sentence of its own: a list whose
        bullets the copy made spaces ("*   Une clé à rayons …" in a crawl's Markdown)."""
        indent = self.lines[kept[0]].indent
        if indent < 2 or any(self.lines[k].indent != indent for k in kept):
            return False
        above = next((m for m in range(kept[0] - 1, -1, -1) if self.strip[m]), None)
        if above is None or self.lines[above].indent >= indent:
            return False
        if self.strip[above].endswith(":"):  # "… les films des dernières séances :"
            return all(t[-1] in _PARAGRAPH_ENDS + ";," for t in texts)
        if self.wrap_width is None and len(texts) >= 2 and max(map(len, texts)) <= 100:
            return True  # short lines set in, in a copy that wraps none: a list's items
        return all(t[0].isupper() or t[0].isdigit() for t in texts) and all(
            t[-1] in _PARAGRAPH_ENDS for t in texts
        )

    def sign_off(self, texts: list[str]) -> bool:
        """A greeting over a name ("Danke und Gruß" / "Jens"): one paragraph of two lines."""
        return (
            len(texts) == 2
            and len(texts[0].split()) <= 5
            and texts[0][-1:] not in ".!?:;…"
            and len(texts[1].split()) <= 3
            and not _list_marker(texts[0])
            and self.name_like(texts[1], strict=True)
        )

    def goes_on(self, text: str) -> bool:
        """The line opens with a word that goes on with a sentence ("aber", "weil", "which")."""
        links = self.rules.clause_links.get(self.language or "", frozenset())
        return text.split(None, 1)[0].casefold().rstrip(",") in links

    def list_items(self, kept: list[int], texts: list[str]) -> bool:
        """Lines that each end a sentence under a paragraph that announces them ("Three
        things stood out:"): a list whose bullets the copy lost, not one paragraph (a
        block of one sentence a line without that is a paragraph split into sentences)."""
        if texts[0].endswith(":") and len(texts) >= 3:  # the announcement opens the block
            kept, texts = kept[1:], texts[1:]
            j = kept[0] - 1
        else:
            j = kept[0] - 1
            while j >= 0 and not self.strip[j]:
                j -= 1
        return (
            j >= 0
            and self.strip[j].endswith(":")
            and len(self.strip[j].split()) >= 3
            and (
                # (items closed by a semicolon, the last by a full stop: "… 14 plots;" /
                # "… 2021.")
                (
                    all(
                        _SENTENCE_END.search(t)
                        or t.endswith(";")
                        # (or by a comma, in a copy that wraps no line: "… jus remonte," /
                        # "… premières semaines," / "… quatrième semaine.")
                        or (t.endswith(",") and self.wrap_width is None and len(t) <= 100)
                        for t in texts
                    )
                    # (not a sentence going on over the lines: "… war auch nie zu," / "weil
                    # wir …," / "aber der Herd funktioniert einwandfrei.")
                    and not any(self.goes_on(t) for t in texts[1:])
                    and _SENTENCE_END.search(texts[-1]) is not None
                )
                # or none closed, each opening as an item does ("Stripped the old varnish
                # …" / "Replaced 11 strips …"): no wrapped sentence starts its lines so
                or (
                    len(texts) >= 2
                    and (
                        all(t[:1].isupper() or t[:1].isdigit() for t in texts)
                        # (or each in small letters, short, in a copy that wraps no line:
                        # Chrome's list, its bullets dropped, "o sistema não suspende …")
                        or (self.wrap_width is None and max(map(len, texts)) <= 100)
                    )
                    and not any(t[-1] in ".!?…,;:" for t in texts)
                    # (a line that ends on "and" goes on on the next: "… Ines and" / "Jonas")
                    and not any(
                        t.rsplit(None, 1)[-1].casefold() in self.rules.and_words for t in texts
                    )
                )
            )
        )

    # -- the comments -------------------------------------------------------------------------

    def declares_none(self, section: int) -> bool:
        """The comment section opens with a count of none ("0 comentários")."""
        hit = self.hit("count_headers", section)
        return hit is not None and self.rules.number(hit.get("n")) == 0

    def read_comments(
        self, section: int, n: int, builder: TextBuilder, at_header: bool
    ) -> list[_Comment]:
        lines = self.lines
        start = section
        if not at_header:
            self.drop(section, self.section_rule)
            start = section + 1
        headers = trailers = 0
        dated: set[str] = set()  # the shapes of the date lines under the names
        for i in range(start, n) if not self.numbered_text(start, n) else ():
            if self.strip[i] and len(self.strip[i]) <= _SHORT:
                if headers + trailers and self.hit("footers", i):
                    break  # what follows the comments does not decide how they are read
                found = self.header(i)
                if found is not None and found.author:
                    headers += 1
                    if found.last == i + 1 and found.dated:
                        dated.add(_shape(self.strip[i + 1]))
                else:
                    trailer = self.hit("comment_trailers", i)
                    trailers += trailer is not None and trailer.get("author") is not None
        # a page of "Posted by: Name date" trailers is read as the old layouts are
        header_mode = headers > 0 and headers >= trailers
        if header_mode and dated:
            self.names_like_the_others(start, n, dated)
        markers = [None] * n
        # a comment closed by its trailer ("Posted by: Name date") keeps its paragraphs
        has_markers = trailers > 0
        if not header_mode:
            for i in range(start, n):
                if self.strip[i]:
                    markers[i] = self.marker(i)
                    has_markers = has_markers or markers[i] is not None
        if not header_mode and not has_markers and self.action_rows(start, n):
            return self.read_rows(start, n)
        if not header_mode:
            return self.read_marked(start, n, markers if has_markers else None)
        comments: list[_Comment] = []
        stack: list[_Comment] = []
        blank_before = False
        closed_section = False
        quoting = False
        signature = False
        # the line that ended a post ("Logged"): its signature may come a blank line under it
        signed_at = -1
        earlier = self.earlier_text(builder) if header_mode else []
        quoted = False  # a quotation's header seen, its text not yet
        quoted_apart = False  # a blank line under quoted text: a paragraph of it may follow
        quoted_at = -1  # where in ``earlier`` the quoted text above stands
        i = start
        while i < n:
            line = lines[i]
            text = self.strip[i]
            if not text:
                blank_before = True
                if quoting and quoted:  # (a quotation of paragraphs: the next may be its)
                    quoted_apart = True
                if not quoting or quoted:  # "name:", a blank line, then the quoted text
                    quoting = False
                signature = signature and i == signed_at + 1
                i += 1
                continue
            if closed_section:
                self.drop(i, "after the comments")
                i += 1
                continue
            if comments and len(text) <= 60 and self.community_box(i):
                closed_section = True  # (the page's sidebar, under the thread)
                continue
            if (
                header_mode
                and stack
                and not stack[-1].paragraphs
                and blank_before
                and (end := self.profile_block(i)) is not None
            ):  # the poster's profile in a block of its own under the post's header
                for k in range(i, end):
                    self.drop(k, "poster profile")
                i = end
                while i < n and not self.strip[i]:
                    i += 1
                if i + 1 < n and self.post_title(i):
                    self.drop(i, "post subject")  # the title the poster gave it ("Update")
                    i += 1
                continue
            short = len(text) <= _SHORT and (
                header_mode
                or self.rules.may_match(_COMMENT_TABLES, self.probe(i), prose=self.is_prose(i))
                or self.share_line(text)
                or _NUMBER_ONLY.match(text) is not None
                or (bool(stack) and stack[-1].expect_date)
            )  # a line no table could read is comment text: the common case, made quick
            if short and self.archive_tabs(i):
                for j in range(i, n):
                    self.drop(j, "after the comments")  # (the newsletter's other posts)
                break
            if short:
                found = self.hit("footers", i)
                if found is not None and header_mode and self.comment_within(i + 1, 1):
                    found = None  # "load more comments (4 replies)" inside a thread
                if found is not None and self.hit("chrome", i) is not None:
                    found = None  # "Back to top" under a post: a button, not the thread's end
                if found is None and header_mode and stack and stack[-1].closed:
                    found = self.hit("related", i)  # "More posts you may like" after a thread
                if found is not None:
                    self.drop(i, found.rule.id)
                    page = self.next_page(i + 1) if comments else None
                    if page is not None:
                        # a thread copied over two pages: the next page's head and pager
                        for j in range(i + 1, page):
                            if self.strip[j]:
                                self.drop(j, "the next page's head")
                        i = page
                        continue
                    if comments or self.declares_none(section):
                        # ("0 comentários" / "Seja o primeiro a comentar": what follows is
                        # the page's, its most-read list and its footer)
                        closed_section = True
                    i += 1
                    continue
                pingback = self.hit("pingbacks", i)
                if pingback is not None:
                    self.pingbacks += 1
                    self.drop(i, pingback.rule.id)
                    blank_before = True
                    i += 1
                    continue
            if (
                header_mode
                and short
                and stack
                and stack[-1].paragraphs
                and not blank_before
                and self.is_date_line(i, relative=False)
                # (not the first line of the next post's head, the poster's name and role
                # under it: bbPress's "15. März 2024 um 08:16" / "#6123" / NAME / "Teilnehmer")
                and not self.dated_post_head(i)
            ):
                # a date right under a comment's text is its trailer ("May 4, 2019 at 11:02
                # AM"), even where the next comment's header follows without a blank line
                current = stack[-1]
                current.published = current.published or self.rules.dates.parse_date(
                    text, self.order
                )
                self.drop(i, "date")
                i += 1
                continue
            if (
                header_mode
                and short
                and stack
                and not stack[-1].paragraphs
                and i + 1 < n
                and self.strip[i + 1].endswith(":")
                and self.hit("header_lines", i) is not None
                and self.quotes_earlier(i + 1, earlier)
            ):
                # the post's subject ("Re : TITLE") right over a quotation's header
                # ("gillou21 a écrit :"), which is no header of the post's
                self.drop(i, "post subject")
                i += 1
                continue
            header = self.header(i) if header_mode and short else None
            if (
                header is not None
                and header.first == header.last
                and (
                    (self.strip[i].endswith(":") and self.quotes_earlier(i, earlier))
                    # "Quote from: NAME on DATE" over the words it quotes
                    or (
                        self.hit("quote_headers", i) is not None and self.quotes_earlier(i, earlier)
                    )
                    or (
                        header.published is not None
                        and self.quotes_earlier(
                            i, self.posts_of(header.author, comments, earlier), whole=True
                        )
                    )
                )
            ):
                # "Gordon said:" over his own words, "Bruno a écrit : mar. 8 nov. 2022 20:05"
                # over a line of a post of his: a quotation, not a comment
                header = None
                self.drop(i, "quote")
                quoting, quoted = True, False
                i += 1
                continue
            if header is not None and (header.author is not None or header.nameless):
                for j in range(header.first, header.last + 1):
                    self.drop(j, "comment header")
                current = stack[-1] if stack else None
                if (
                    current is not None
                    and not current.paragraphs
                    and (current.author in (None, header.author))
                ):
                    current.author = current.author or header.author
                    current.published = current.published or header.published
                    current.parent_name = current.parent_name or header.parent_name
                    current.parent_subject = current.parent_subject or header.parent_subject
                    current.closed = False
                else:
                    author, parent_name = header.author, header.parent_name
                    if parent_name is None and author:
                        author, parent_name = self.known_parent(author)
                    if (
                        parent_name is None
                        and header.user_title
                        and not self.forum
                        and _normal(header.user_title) in self.authors
                    ):
                        parent_name = header.user_title  # a commenter's name, not a title
                    if author is not None:
                        self.authors.add(_normal(author))
                    indent = line.indent
                    while stack and stack[-1].indent >= indent:
                        stack.pop()
                    comment = _Comment(
                        indent,
                        indent,
                        stack[-1] if stack else None,
                        author,
                        header.published,
                        level=header.level,
                        level_floor=header.level_floor,
                        siblings=header.siblings,
                        number=header.number,
                        parent_name=parent_name,
                        parent_subject=header.parent_subject,
                        ref=header.ref,
                        parent_ref=header.parent_ref,
                        header_line=i,
                        arrowed=header.arrowed and not header.parent_name,
                    )
                    comments.append(comment)
                    stack.append(comment)
                quoting = signature = quoted_apart = False
                blank_before = False
                i = header.last + 1
                continue
            if short and not (
                # "+1" alone under a header is what the commenter wrote, not a vote count, and
                # so is a lone "👍" over the comment's own vote row ("👍 5  👎 1  Antworten")
                header_mode
                and stack
                and not stack[-1].paragraphs
                and (_AGREE.fullmatch(text) or self.lone_reaction(i))
            ):
                why = self.comment_furniture(i, stack, header_mode)
                if why is not None:
                    self.drop(i, why)
                    if why == "quote":
                        quoting, quoted = True, False
                    elif why == "signature":
                        signature = True
                        signed_at = i if self.logged_line(i) else -1  # (not "-----")
                    elif (
                        header_mode
                        and stack
                        and stack[-1].paragraphs
                        and why not in ("reply to", "date")
                    ):
                        stack[-1].closed = True  # "Reply", "Like": its text is over
                        if _PARENT_BUTTON.search(text) or (
                            "parent" in text.lower() and self.rules.glued_buttons(text)
                        ):  # old Reddit's row: "… save parent report", glued or not
                            stack[-1].a_reply = True
                    blank_before = True
                    i += 1
                    continue
            if signature:
                self.drop(i, "signature")
                i += 1
                continue
            if quoting or (quoted_apart and len(text.split()) >= 6):
                # (a quotation's next paragraph, six words or more, from where the one above
                # it was: a short line of a reply, or one of the replier's own earlier posts,
                # may stand in an earlier post by chance)
                said = _normal(text)
                at = next((k for k, part in enumerate(earlier) if said in part), None)
                if at is not None and (quoting or at == quoted_at == 0 or 0 < at - quoted_at <= 3):
                    quoting = quoted = True
                    quoted_apart, quoted_at = False, at
                    self.drop(i, "quoted from an earlier post")
                    i += 1
                    continue
                quoting = False
            quoted_apart = False
            if header_mode:
                if not stack or stack[-1].closed:
                    marker = _NUMBERED.match(line.text) or _BULLET.match(line.text)
                    if marker is None and self.headless_removed(i):
                        # a taken-down comment with no header (Disqus's: "Avatar" / "Este
                        # comentario fue eliminado."), a reply under it naming its guest
                        while stack and stack[-1].indent >= line.indent:
                            stack.pop()
                        comment = _Comment(line.indent, line.indent, stack[-1] if stack else None)
                        comment.header_line = i
                        comment.add(
                            line.piece(len(line.text) - len(line.text.lstrip())), new_paragraph=True
                        )
                        comment.closed = True
                        comments.append(comment)
                        stack.append(comment)
                        blank_before = False
                        i += 1
                        continue
                    if marker is None:
                        self.drop(i, "text outside any comment")
                        if stack:  # under a post's edit note: its signature, perhaps
                            stack[-1].leave_out(_signed(text))
                        i += 1
                        continue
                    # a numbered comment without a header of its own
                    while stack and stack[-1].indent >= line.indent:
                        stack.pop()
                    comment = _Comment(line.indent, line.indent, stack[-1] if stack else None)
                    comment.header_line = i
                    comment.add(line.piece(marker.end()), new_paragraph=True)
                    if _listed_pingback(line.text[marker.end() :], self.rules):
                        comment.pingback = True  # "4. Pingback: …": counted apart
                        self.pingbacks += 1
                    comments.append(comment)
                    stack.append(comment)
                    blank_before = False
                    i += 1
                    continue
                current = stack[-1]
                if not current.paragraphs and self.subject_of_next(i):
                    self.drop(i, "comment subject")  # Drupal's subject: the text's first words
                    current.subject = text
                    i += 1
                    continue
                if current.paragraphs and self.poster_name(i, current.author):
                    self.drop(i, "poster profile")  # ("[deleted]" / "[deleted]": its text)
                    i += 1
                    continue
                if not current.paragraphs and self.answered_poster(i, current):
                    # Discourse's post head: the poster it answers named over the text (the
                    # topic stays flat, as Discourse shows it; the name is no part of the text)
                    self.drop(i, "reply to")
                    i += 1
                    continue
                current.add(self.piece(i), new_paragraph=blank_before)
                earlier.append(_normal(text))
                blank_before = False
                i += 1
                continue
            # numbered, bulleted and "Name says:" comments (the seed's layout and older ones)
            self.marked_line(i, marker, stack, comments, blank_before, has_markers)
            blank_before = False
            i += 1
        return [c for c in comments if c.paragraphs]

    def names_like_the_others(self, start: int, n: int, dated: set[str]) -> None:
        """Headers of a name over a date line shaped as the other comments' are ("Friends of
        Saltmeadow Lido" / "7 June 2024 • 11:20am", "Rentner_aus_H." / "23.03.2024, 11:47
        Uhr"): a name, whatever words it is made of."""
        for i in range(start, n - 1):
            text = self.strip[i]
            if (
                not text
                or (i > 0 and self.strip[i - 1])
                or len(text) > 40
                or len(text.split()) > 6
                or (text[-1] in ".!?:;,…" and not (text[-1] == "." and " " not in text))
                or not self.strip[i + 1]
                or _shape(self.strip[i + 1]) not in dated
                or self.header(i) is not None
                or not self.is_date_line(i + 1)
                or any(self.hit(c, i) for c in ("boilerplate", "footers", "chrome", "navigation"))
            ):
                continue
            published = self.rules.dates.parse_date(self.strip[i + 1], self.order)
            self._headers[i] = _Header(i, i + 1, author=text, published=published, dated=True)

    def next_page(self, j: int) -> int | None:
        """Where the comments go on after a thread's footer, when the copy holds its next
        page too: only short lines (the page's head, its pager: "16 berichten" / "1" / "2")
        and then a dated comment header, within 60 lines; not a list of similar threads."""
        end = min(len(self.lines), j + 60)
        pager = False
        while j < end:
            if self.strip[j]:
                if self.is_prose(j) or len(self.strip[j]) > 100 or self.hit("related", j):
                    return None
                pager = pager or bool(
                    _NUMBER_ONLY.match(self.strip[j]) or _PAGER.search(self.strip[j])
                )
                found = self.header(j)
                if found is not None and found.author and found.dated:
                    return j if pager else None
            j += 1
        return None

    def comment_within(self, j: int, lines: int) -> bool:
        """A comment's header starts within the next ``lines`` lines that hold text."""
        seen = 0
        while j < len(self.lines) and seen < lines:
            if self.strip[j]:
                found = self.header(j)
                if found is not None and found.author:
                    return True
                seen += 1
            j += 1
        return False

    def posts_of(
        self, author: str | None, comments: list[_Comment], earlier: list[str]
    ) -> list[str]:
        """What ``author`` posted so far, normalised: their comments, and on a forum whose
        opening post is the article, that post if it is theirs."""
        name = _normal(author or "")
        posts = [
            _normal(" ".join(piece[0] for piece in lines))
            for c in comments
            if name and _normal(c.author or "") == name
            for lines in c.paragraphs
        ]
        if name and name == self.opener and earlier:
            posts.append(earlier[0])
        return posts

    def quotes_earlier(self, i: int, earlier: list[str], *, whole: bool = False) -> bool:
        """The line under ``i`` repeats what was written above (a quotation's text)."""
        j = i + 1
        while j < len(self.lines) and not self.strip[j]:
            j += 1
        if j >= len(self.lines):
            return False
        if whole:  # the line as it stands, not its words after "Name: " (whom it answers)
            text = _normal(self.strip[j].strip('"“”„«»'))
            return len(text) >= 10 and any(text in part for part in earlier)
        return len(self.strip[j]) >= 10 and any(is_quoted(self.strip[j], part) for part in earlier)

    def subject_of_next(self, i: int) -> bool:
        """A comment's subject over its text, made of the text's first words ("Quelle bonne
        nouvelle" / "Quelle bonne nouvelle ! J'ai connu…"), as Drupal makes it."""
        j = i + 1
        if j + 1 < len(self.lines) and not self.strip[j] and self.strip[j + 1]:
            j += 1  # (set a block of its own over the text: Drupal's Olivero)
        if j >= len(self.lines) or not self.strip[j]:
            return False
        subject = _subject(self.strip[i])
        if 3 <= len(subject) < len(self.strip[j]) and _normal(self.strip[j]).startswith(subject):
            self.subjects += 1
            return True
        # one the author wrote ("Bois compris"), which a reply names: "En réponse à Bois compris"
        if len(subject) <= 80 and (
            subject in self.reply_subjects
            or any(f" {subject} " in line for _, line in self.reply_lines)
        ):
            self.subjects += 1
            return True
        # on a page whose comments have subjects, a short title line over the text is one
        return (
            # (or one, where the replies name their parents' subjects: Drupal's every comment
            # has one)
            (self.subjects >= 2 or (self.subjects >= 1 and bool(self.reply_lines)))
            and 3 <= len(self.strip[i]) <= 60
            and len(self.strip[j]) > len(self.strip[i])
            and not self.strip[i].endswith((".", ":", ","))
            and not self.is_prose(i)
        )

    @functools.cached_property
    def reply_subjects(self) -> frozenset[str]:
        """The subjects the replies name ("In reply to SUBJECT by NAME")."""
        return frozenset(_subject(title) for title, _ in self.reply_lines)

    @functools.cached_property
    def reply_lines(self) -> tuple[tuple[str, str], ...]:
        """Each reply line naming a subject: the subject as its rule read it, and the line
        (the rule splits at the first joining word, which the subject may hold: "In reply to
        Stand by the river by Lola F.")."""
        found = []
        for i, text in enumerate(self.strip):
            hit = self.hit("reply_to", i) if text and len(text) <= _SHORT else None
            if hit is not None and hit.get("title"):
                found.append((hit.get("title"), f" {_normal(text)} "))
        return tuple(found)

    def action_row(self, i: int) -> bool:
        """A comment's row of buttons and counters ("Like · Reply · 7 · 3y")."""
        text = self.strip[i]
        return (
            bool(text)
            and len(text) <= 80
            and any(mark in text for mark in "·•|")
            and self.hit("chrome", i) is not None
        )

    def action_rows(self, start: int, n: int) -> bool:
        """Comments each closed by a row of buttons, with a name over the text and no header
        (Facebook's comments plugin, its copies and its like): two rows or more, most of
        them followed by a name."""
        rows = named = 0
        for i in range(start, n):
            if self.action_row(i):
                rows += 1
                j = i + 1
                while j < n and not self.strip[j]:
                    j += 1
                named += j < n and self.name_like(self.strip[j], strict=True)
        return rows >= 2 and named * 2 >= rows

    def archive_tabs(self, i: int) -> bool:
        """Line ``i`` opens a newsletter's tabs over its other posts, a line each ("Top" /
        "Latest" / "Discussions")."""
        tabs = self.rules.archive_tabs
        if not tabs or self.strip[i].casefold() not in self.rules.archive_tab_words:
            return False
        if i and self.strip[i - 1]:
            return False  # (a block of their own: not words in a comment's list of them)
        run = [self.strip[j].casefold() for j in range(i, min(i + 3, len(self.strip)))]
        after = i + 3
        return frozenset(run) in tabs and (after >= len(self.strip) or not self.strip[after])

    def read_rows(self, start: int, n: int) -> list[_Comment]:
        """Comments laid out as name, text, row of buttons; replies indented."""
        comments: list[_Comment] = []
        stack: list[_Comment] = []
        current: _Comment | None = None
        for i in range(start, n):
            text = self.strip[i]
            if not text:
                continue
            line = self.lines[i]
            short = len(text) <= _SHORT
            if short and comments and self.hit("footers", i):
                self.drop(i, self.hit("footers", i).rule.id)
                for j in range(i + 1, n):
                    self.drop(j, "after the comments")
                break
            if self.action_row(i):
                self.drop(i, "action row")
                current = None
                continue
            if current is None:
                words = text.split()
                if (
                    short
                    and len(words) <= 5
                    and self.name_like(text, strict=True)
                    and not (self.furniture(i, region="comments") or self.hit("chrome", i))
                ):
                    self.drop(i, "comment header")
                    while stack and stack[-1].indent >= line.indent:
                        stack.pop()
                    current = _Comment(line.indent, line.indent, stack[-1] if stack else None)
                    current.author = self.rules.clean_author(text)
                    current.header_line = i
                    comments.append(current)
                    stack.append(current)
                    continue
                why = self.furniture(i, region="comments") or (self.hit("chrome", i) and "chrome")
                self.drop(i, why or "text outside any comment")
                continue
            if not current.paragraphs and self.affiliation(i):
                self.drop(i, "the commenter's affiliation")
                continue
            why = self.comment_furniture(i, stack, False) if short else None
            if why is not None:
                self.drop(i, why)
                continue
            current.add(self.piece(i), new_paragraph=True)  # a line a paragraph, as shown
        return [c for c in comments if c.paragraphs]

    def affiliation(self, i: int) -> bool:
        """A short line under a commenter's name, before their text ("Works at the council",
        "Wellingen"): what the plugin says of them, when text follows it."""
        text = self.strip[i]
        j = i + 1
        while j < len(self.lines) and not self.strip[j]:
            j += 1
        return (
            len(text) <= 50
            and len(text.split()) <= 6
            and text[-1:] not in ".!?…:)"
            and j < len(self.lines)
            and not self.action_row(j)
        )

    def numbered_text(self, start: int, n: int) -> bool:
        """The section's first comment is a number or bullet and its text ("  1. I agree…"),
        as in the seed's layout: there are no header blocks to look for."""
        i = next((i for i in range(start, n) if self.strip[i]), n)
        if i == n:
            return False
        text = self.lines[i].text
        marker = _NUMBERED.match(text) or _BULLET.match(text)
        if marker is None:
            return False
        rest = text[marker.end() :].strip()
        return (
            self.comment_header(self.rules.probe(rest)) is None
            and not self.name_like(rest, strict=True)
            and not self.is_date_line(i)  # ("14. März 2024 um 21:30": a day, not a number)
            and self.glued(i) is None  # ("1. Tom Fairbairn14 May 2024 at 21:12", a dump's)
        )

    def read_marked(self, start: int, n: int, markers: list | None) -> list[_Comment]:
        """The comments of a section without header blocks: numbered, bulleted, "Name says:"
        or blank-line-separated comments, with trailers ("Posted by: Name date") and chrome
        between them (the seed's layout and older blogs'). The common case, kept lean."""
        strip, rules = self.strip, self.rules
        comments: list[_Comment] = []
        stack: list[_Comment] = []
        blank_before = False
        has_markers = markers is not None
        i = start
        while i < n:
            text = strip[i]
            if not text:
                blank_before = True
                i += 1
                continue
            if comments and len(text) <= 60 and self.community_box(i):
                for j in range(i, n):
                    self.drop(j, "after the comments")  # (the page's sidebar, under the thread)
                break
            marker = markers[i] if has_markers else None
            if (
                len(text) <= _SHORT
                and (marker is None or marker[1] is not None)  # "2. Text": text, not a button
                and (
                    rules.may_match(_COMMENT_TABLES, self.probe(i), prose=self.is_prose(i))
                    or self.share_line(text)
                    or _NUMBER_ONLY.match(text) is not None
                    or (stack and stack[-1].expect_date)
                )
            ):
                found = self.hit("footers", i)
                if found is not None:
                    self.drop(i, found.rule.id)
                    if comments:  # the footer closes the section
                        for j in range(i + 1, n):
                            self.drop(j, "after the comments")
                        break
                    i += 1
                    continue
                pingback = self.hit("pingbacks", i)
                if pingback is not None:
                    self.pingbacks += 1
                    self.drop(i, pingback.rule.id)
                    blank_before = True
                    i += 1
                    continue
                why = self.comment_furniture(i, stack, False)
                if why is not None:
                    self.drop(i, why)
                    blank_before = True
                    i += 1
                    continue
            self.marked_line(i, marker, stack, comments, blank_before, has_markers)
            blank_before = False
            i += 1
        return [c for c in comments if c.paragraphs]

    def earlier_text(self, builder: TextBuilder) -> list[str]:
        """The text so far, normalised, where a quotation of an earlier post is looked for."""
        return [_normal(builder.text)]

    def lone_reaction(self, i: int) -> bool:
        """A like button's symbol alone on a line, with the comment's vote row under it."""
        if len(self.strip[i]) > 2 or any(c.isalnum() for c in self.strip[i]):
            return False
        j = i + 1
        return (
            j < len(self.lines)
            and self.strip[i] in self.strip[j]
            and any(c.isdigit() for c in self.strip[j])
            and (self.hit("chrome", j) is not None or self.share_line(self.strip[j]))
        )

    def comment_furniture(self, i: int, stack: list[_Comment], headers: bool) -> str | None:
        """Why a short line of the comment section is not comment text, or None. Reply
        lines, quotation boxes, signatures and header parts belong to comments with headers."""
        text = self.strip[i]
        current = stack[-1] if stack else None
        if self.by_scrubber(i):
            return "timeline"  # Flarum's, under the last post: "… / 6 sur 7 messages / Maintenant"
        if headers and current is not None and not current.paragraphs:
            reply = self.hit("reply_to", i)
            if reply is not None and self.name_like(_named(reply), strict=False):
                current.parent_name = current.parent_name or _named(reply)
                current.parent_subject = current.parent_subject or reply.get("title")
                return "reply to"
        trailer = self.hit("comment_trailers", i)
        if trailer is not None and current is not None and current.paragraphs:
            author = trailer.get("author")
            if author is None or self.name_like(author, strict=False):
                current.published = current.published or self.date_of(trailer)
                if author and not current.author:
                    current.author = self.rules.clean_author(author)
                current.closed = bool(author) or current.closed
                return trailer.rule.id if author else "date"
        if current is not None and self.is_date_line(i, relative=False):
            if not (i and self.hit("quote_headers", i - 1) is not None):
                # (not under a quotation's head, "NAME ha scritto: ↑": the quoted post's)
                current.published = current.published or self.rules.dates.parse_date(
                    text, self.order
                )
            return "date"
        if headers:
            if self.hit("quote_headers", i) is not None or self.quotes_a_name(text):
                return "quote"
            if i and self.hit("quote_headers", i - 1) is not None and _normal(text) in self.authors:
                return "quote"  # whom it quotes, a line under its head (Phorum's "Zitat" / NAME)
            if self.hit("signatures", i) is not None:
                return "signature"
        if (
            headers
            and current is not None
            and current.paragraphs
            and (self.rules.badge_alone(text) or self.hit("header_lines", i) is not None)
            and (below := self.next_filled(i + 1, 2)) is not None
            and (self.hit("chrome", below) or self.hit("header_lines", below))
        ):
            # "Moderador", "Usuaria experta" over "Mensajes: 9544", under the post (or a
            # blank line over it: phpBB's profile box copied from a phone)
            return "poster profile"
        if (
            headers
            and current is not None
            and current.paragraphs
            and self.hit("reply_blocks", i) is not None
            # (where the heading's word is the reply button's, the heading is the second of
            # two: Blogger's German "Antworten" / "Antworten")
            and (
                text.casefold() not in self.rules.reply_buttons
                or (i > 0 and self.strip[i - 1].casefold() == text.casefold())
            )
            # (not a button over its row's next one: "Antwoorden" / "Melden" / "👍 12")
            and not (
                i + 1 < len(self.lines)
                and self.strip[i + 1]
                and self.hit("chrome", i + 1) is not None
            )
            # (nor a post's button under its like count: Discourse's "6" / "Antwoorden")
            and not (
                (above := self.previous_filled(i)) is not None
                and _NUMBER_ONLY.match(self.strip[above])
            )
        ):
            current.replies_below = True
            return "replies heading"
        if current is not None and current.paragraphs and self.rules.reply_buttons:
            folded = glued(text.casefold())
            if folded in self.rules.reply_buttons and current.replies_below:
                current.replies_below = False  # right under the heading: no replies shown
            elif folded in self.rules.reply_buttons:
                current.lone_reply_buttons += 1  # (a button: the chrome table drops it)
            elif folded.startswith(tuple(self.rules.reply_buttons)) and self.hit("chrome", i):
                current.reply_button = True
        toggle = self.hit("reply_toggles", i)
        if toggle is not None and current is not None:
            shown = toggle.get("n")
            current.shown_replies = (self.rules.number(shown) or 0) if shown else 1
            current.shown_by = toggle.get("author")  # ("1 reply by NAME")
            return toggle.rule.id
        if (
            current is not None
            and current.paragraphs
            and current.header_line is not None
            and (count := self.hit("count_headers", i)) is not None
            and (replies := self.rules.number(count.get("n")))
            and self.degree_header(current.header_line) is not None
        ):
            # LinkedIn's "2 risposte" under a comment's buttons: the next two answer it
            current.shown_replies = replies
            return "replies under the comment"
        chrome = self.hit("chrome", i)
        if chrome is None and text[:2] in _ACTION_BULLETS:
            # old Reddit's action row as a text dump lists its buttons ("* permalink",
            # "* save", "* reply"), one a line: a button for all its bullet
            chrome = self.rules.match("chrome", text[2:])
        if (
            chrome is not None
            and headers
            and current is not None
            and not current.paragraphs
            and current.header_line is not None
            and (text[:1] == "+" or not any(c.isalnum() for c in text))
            and self.closing_follows(i)
        ):
            chrome = None  # "+1" or "👍" as a comment's whole text, its buttons after it
        if chrome is not None:
            return chrome.rule.id
        if (
            i
            and text.casefold() in self.rules.reaction_names
            and self.hit("chrome", i - 1) is not None
        ):
            return "buttons"  # "Reacción" under "Recomendar": a row of buttons, a line each
        if current is not None and current.paragraphs and self.button_in_column(i):
            # (a comment whose whole text is "Leuk" stays)
            return "buttons"
        if self.thanked_by(i):
            return "the names that thanked the post"
        if current is not None and current.paragraphs and self.rules.glued_buttons(text):
            return "buttons"  # a row of them under the text: "Reageren Melden"
        if headers:
            hit = self.hit("header_lines", i)
            if (
                hit is not None
                and (current is None or not current.paragraphs)
                and not self.is_prose(i)  # "Standard ist bei uns …" is no post icon
                and not self.own_subject(text)
            ):
                return hit.rule.id
        why = self.furniture(i, region="comments")
        if why is not None:
            return why
        if _NUMBER_ONLY.match(text) or _ROUNDED.match(text):
            return "number"
        return None

    def closing_follows(self, i: int) -> bool:
        """The next line is a button that ends a comment ("Reply"), not its text."""
        j = i + 1
        while j < len(self.strip) and not self.strip[j]:
            j += 1
        return j < len(self.strip) and self.hit("chrome", j) is not None

    def own_subject(self, text: str) -> bool:
        """ "Re: Auffüllen statt umgraben" opening a blog comment: a subject of its own, part
        of its text; a forum repeats the thread's title there ("Re: TITLE"), a header part."""
        head, _, subject = text.partition(" ")
        return head.endswith(":") and bool(subject) and _normal(subject) != self.title

    def answered_poster(self, i: int, current: _Comment) -> bool:
        """Line ``i``, right under a forum post's header, is the user name of an earlier
        poster (not the post's own) over the post's text: the post it answers (Discourse)."""
        text = self.strip[i]
        if not self.forum or len(text) > 40 or " " in text or i + 1 >= len(self.lines):
            return False
        header = self.header(current.header_line) if current.header_line >= 0 else None
        return (
            header is not None
            and header.last == i - 1
            and _normal(text) in self.authors
            and _normal(text) != _normal(current.author or "")
            and bool(self.strip[i + 1])
            and self.is_prose(i + 1)
        )

    def quotes_a_name(self, text: str) -> bool:
        """ "sabine.k:" on a line of its own: a forum's quotation of an earlier post."""
        if not text.endswith(":") or len(text) > 40:
            return False
        name = _normal(text[:-1])
        return name in self.authors

    def marker(self, i: int) -> tuple[int, str | None, str | None] | None:
        """Where the comment text starts on a marker line, with the author and date it names."""
        text = self.lines[i].text
        for pattern in (_NUMBERED, _BULLET):
            match = pattern.match(text)
            if match:
                return match.end(), None, None
        if len(self.strip[i]) > _SHORT:
            return None
        hit = self.comment_header(self.probe(i))
        if hit is None:
            return None
        author = hit.get("author") or ""
        numbered = _NUMBERED.match(author)
        author = author[numbered.end() :].strip() if numbered else author
        date = self.date_of(hit)
        if author and "/" in author and date is None:  # "09. Jul, 2012 / Name says:"
            when, _, name = author.rpartition(" / ")
            date = self.rules.dates.parse_date(when, self.order)
            author = name if date else author
        return len(text), self.rules.clean_author(author), date

    def marked_line(self, i, marker, stack, comments, blank_before, has_markers) -> None:
        line = self.lines[i]
        text = self.strip[i]
        indent = line.indent
        if stack and stack[-1].expect_date and self.is_date_line(i, relative=False):
            stack[-1].published = stack[-1].published or self.rules.dates.parse_date(
                text, self.order
            )
            stack[-1].expect_date = False
            self.drop(i, "date")
            return
        opens = (
            marker is not None
            or not stack
            or stack[-1].closed
            or (not has_markers and blank_before)
        )
        if opens:
            while stack and stack[-1].indent >= indent:
                stack.pop()
            parent = stack[-1] if stack else None
            begin, author, published = marker if marker else (0, None, None)
            rest = line.text[begin:]
            content = (
                _width(line.text[: begin + len(rest) - len(rest.lstrip())])
                if rest.strip()
                else indent
            )
            comment = _Comment(indent, content, parent, author, published, header_line=i)
            comment.expect_date = marker is not None and author is not None and published is None
            piece = line.piece(begin)
            comment.add(piece, new_paragraph=True)
            if piece is not None and self.handed:  # (a big file's: held once, not twice)
                self.strip.hold_tail(i, piece[0])
            if marker is not None and author is None and _listed_pingback(rest, self.rules):
                comment.pingback = True  # a numbered pingback: counted apart, no comment
                self.pingbacks += 1
            comments.append(comment)
            stack.append(comment)
        else:
            # the innermost comment whose text starts at (or about) this line's indentation;
            # a header line with no text of its own ("Name says:") owns what follows it
            owner = stack[-1]
            if owner.paragraphs:
                owner = next((c for c in reversed(stack) if c.content <= indent + 1), stack[0])
            while stack[-1] is not owner:
                stack.pop()
            owner.expect_date = False
            owner.add(self.piece(i), new_paragraph=blank_before)


_WHOLE_LINES = 3  # paragraphs longer than any wrapped line, at least, in such a copy


def _a_paragraph_a_line(strip: list[str]) -> bool:
    """A copy with no blank line in it whose paragraphs each stand whole on a line (a
    phone's copy, a page's text pasted where blank lines were lost): a line, a paragraph."""
    first = next((i for i, line in enumerate(strip) if line), None)
    if first is None:
        return False
    last = next(i for i in range(len(strip) - 1, -1, -1) if strip[i])
    filled = strip[first : last + 1]
    if len(filled) < 10 or not all(filled):  # (most texts: at their first blank line)
        return False
    return sum(len(line) > _UNWRAPPED for line in filled) >= _WHOLE_LINES


def _without_tagline(line: str) -> str:
    """A site's name without the tagline after a dash on its line ("Teichtreff – Das Forum
    rund um Gartenteich & Schwimmteich"): the name is what the page calls itself."""
    for separator in TITLE_SEPARATORS:
        name, found, tagline = line.partition(separator)
        if found and name.strip() and len(tagline.split()) >= 3:
            return name.strip()
    return line


def _hard_wrapped(texts: list[str], width: int | None = None) -> bool:
    """Lines broken inside their sentences, as a copy wrapped at a fixed width breaks them:
    most lines end without a sentence's end and the next goes on in lower case (or, in a copy
    wrapped at ``width`` throughout, after a line near that width, in capitals: German's
    nouns)."""
    pairs = [(a, b) for a, b in itertools.pairwise(texts) if not _list_marker(b)]
    # (a list's next item starts where it starts, wrapped or not)
    full = width - 12 if width else None
    inside = [
        a
        for a, b in pairs
        if a[-1] not in _PARAGRAPH_ENDS
        and (b[:1].islower() or (full is not None and len(a) >= full and b[:1].isalpha()))
    ]
    longest = max(map(len, inside), default=0)
    breaks = [  # a wrapped line is full: the next line's first word did not fit on it
        (a in inside and len(a) >= 40 and len(a) + 1 + len(b.split(None, 1)[0]) >= longest - 2)
        # (in a copy wrapped throughout, a full line whose break fell after a sentence)
        or (full is not None and len(a) >= full and b[:1].isalpha())
        for a, b in pairs
    ]
    return sum(breaks) > 0 and sum(breaks) * 3 >= 2 * len(breaks)


def _shape(text: str) -> str:
    """A line's make, its words and numbers left out: "7 June 2024 • 11:20am" is
    "0 a 0 • 0:0a", as "8 June 2024 • 7:30pm" is."""
    return _DIGITS.sub("0", _LETTERS.sub("a", text))


def _separator(text: str) -> bool:
    """Blank, or a separator alone ("·", "|", "—"): what a copy leaves between a row's parts."""
    return len(text) <= 3 and not any(c.isalnum() for c in text)


def _kicker_over(kicker: str, title: str) -> bool:
    """A few words over a headline twice as long, neither a sentence: the kicker over it."""
    return (
        len(kicker.split()) <= 4
        and 2 * len(kicker) <= len(title)
        and not _SENTENCE_END.search(title)
        and not _SENTENCE_END.search(kicker)
    )


def _visible(text: str) -> str:
    return text if not text or text.strip(_INVISIBLE) else ""


def _visible_strip(line: str) -> str:
    """A line stripped, and "" if it is of invisible characters only."""
    return _visible(line.strip())


def _list_marker(text: str) -> bool:
    return bool(_NUMBERED.match(text) or _BULLET.match(text) or text[:2] in ("- ", "* "))


def _without_removed(comments: list[_Comment], rules: Rules) -> list[_Comment]:
    """Less the comments a moderator or their author took down with no reply under them:
    nothing of them is left to annotate (one with replies stays, to hold them)."""
    parents = {id(c.parent) for c in comments if c.parent is not None}
    return [c for c in comments if id(c) in parents or not (c.pingback or _taken_down(c, rules))]


def _quotes_named(comment: _Comment, earlier: list[_Comment]) -> bool:
    """A reply that opens with an earlier poster's name alone on its line, then a whole
    sentence of theirs, then more: a quotation copied without its box, its head the name
    (Flarum's: "Mattes" / "Punktfundamente setzen sich ungleichmäßig, …" / the answer)."""
    pieces = [piece[0].strip() for p in comment.paragraphs[:2] for piece in p][:3]
    if len(pieces) < 3 or not 0 < len(pieces[0]) <= 40:
        return False
    name = pieces[0].lstrip("@")
    said = _normal(pieces[1])
    if len(said.split()) < 4:
        return False
    return any(
        other.author == name
        and any(_whole_sentence(said, _normal(piece[0])) for p in other.paragraphs for piece in p)
        for other in earlier
    )


def _excerpt_only(comment: _Comment) -> bool:
    """The comment's text is one excerpt of another post, as WordPress quotes a trackback's
    ("[…] their cellar stayed wet until they dealt with the ground outside […]")."""
    pieces = comment.paragraphs
    return len(pieces) == 1 and linking_excerpt(" ".join(p[0] for p in pieces[0]).strip())


def _taken_down(comment: _Comment, rules: Rules) -> bool:
    pieces = comment.paragraphs
    return len(pieces) == 1 and len(pieces[0]) == 1 and removed_text(pieces[0][0][0], rules)


def _width(prefix: str) -> int:
    return len(prefix.expandtabs(4))


def _plain_label(text: str) -> bool:
    """A few words naming someone or something, not a sentence: no digit, no stop."""
    return 0 < len(text) <= 40 and not _DIGIT.search(text) and not _SENTENCE_END.search(text)


def _wordy(hit: Hit) -> bool:
    """Whether an entry says something in words ("says:") besides its placeholders; one that
    does not ("{author} • {date}") is trusted with a strict name only."""
    return bool(
        _LETTER.search(
            re.sub(r"\{(?:author|parent|date|time|n|depth|any|site)\}", "", hit.rule.source)
        )
    )


# -- parents, order, the document ---------------------------------------------------------------


def _split_early(subject: str, author: str, read: list[str]) -> bool:
    """``read``, a reply line's subject and name as its rule split them, is this subject and
    author split at the joining word inside the subject ("productores" / "verdad de anónimo"
    for "Productores de verdad" by "Anónimo"): the joiner taken out there, kept before the
    name."""
    name = _normal(author).rstrip(".:").split()
    if len(read) <= len(name):
        return False
    words = [*_subject(subject).split(), read[-len(name) - 1], *name]
    return len(words) == len(read) + 1 and any(
        words[:k] + words[k + 1 :] == read for k in range(len(words))
    )


def _in_year_of(month_day: str, article: str | None) -> str | None:
    """A comment's date without its year ("--05-04", from "May 4") in the article's year:
    comment systems leave out the year of this year's dates (a date before the article's
    is next year's). None where the article has no date."""
    if not article or len(article) < 10:
        return None
    month, day = int(month_day[2:4]), int(month_day[5:7])
    year = int(article[:4]) + ((month, day) < (int(article[5:7]), int(article[8:10])))
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_BADGE_AFTER = re.compile(r"\s*\([^()]*\)$")  # "Jeanne Roux (non vérifié)"


def _subject(text: str) -> str:
    """A subject as a reply quotes it: Drupal cuts a long one with "…"."""
    return _normal(text).rstrip("….").rstrip()


def _replies_under_toggles(comments: list[_Comment]) -> None:
    """The comments a "Hide 2 replies" button folds answer the comment it stands under
    (a flat copy of a thread that showed them indented)."""
    pending: list[list] = []  # [comment, replies still to come]
    indented = len({c.indent for c in comments}) > 1  # (the copy kept the thread's indents)
    # the buttons under a thread's last reply: its own and the thread's where any reply has
    # two, the thread's alone where none does
    closing = 2 if any(c.lone_reply_buttons > 1 for c in comments) else 1
    for comment in comments:
        while pending and pending[-1][1] == 0:
            pending.pop()
        if pending and pending[-1][1] == math.inf and comment.reply_button:
            pending.pop()  # a thread's top comment: the replies ended (their button not copied)
        if pending and (comment.parent is not None or comment.level is not None):
            pending.clear()  # the page says whom it answers another way
        elif (
            pending
            and (named := pending[-1][0].shown_by) is not None
            and pending[-1][1] == pending[-1][0].shown_replies  # (its first reply: "2 replies
            and comment.author  # by Priya and others" names the first writer, not the rest)
            and comment.author not in named
        ):
            pending.pop()  # "1 reply by Hanna" over Sabine's comment: the reply stayed folded
        elif pending:
            comment.parent = pending[-1][0]
            pending[-1][1] -= 1
            if comment.lone_reply_buttons >= closing and pending[-1][1] == math.inf:
                pending.pop()  # the thread's "Reply" under its last reply
        if comment.shown_replies:
            pending.append([comment, comment.shown_replies])
        if comment.replies_below and not indented:
            pending.append([comment, math.inf])


_QUOTED_WINDOW = 200  # the comments above a reply searched for the one it quotes
_QUOTED_POST_MAX = 200_000  # characters: a post a comment's opening line is looked for in


def _quoted_comment(line: str, earlier: list[_Comment], texts: dict[int, str]) -> _Comment | None:
    """The one earlier comment whose words ``line`` quotes (``texts``: each comment's
    normalised text by its id, filled as they are asked for)."""
    found = []
    for c in earlier:
        text = texts.get(id(c))
        if text is None:
            text = texts[id(c)] = _normal(" ".join(p[0] for para in c.paragraphs for p in para))
        if is_quoted(line, text):
            found.append(c)
            if len(found) > 1:
                return None
    return found[0] if found else None


def _hn_place(
    comment: _Comment, previous: _Comment, parent: _Comment | None
) -> tuple[_Comment | None, int]:
    """A Hacker News reply's parent and level from its sibling links, where its level is
    only the least it may be ("root | parent"): with no "prev" it answers the comment right
    above it; with one, it follows the nearest comment up the thread above it that links a
    "next" at that level or deeper."""
    least = comment.level or 1
    if "prev" not in (comment.siblings or ()):
        if previous.depth + 1 >= least:
            return previous, previous.depth + 1
        return parent, least
    node: _Comment | None = previous
    while node is not None:
        if node.depth >= least and "next" in (node.siblings or ()):
            return node.parent, node.depth
        node = node.parent
    return parent, least


def _under(comment: _Comment, ancestor: _Comment | None) -> bool:
    """``comment`` answers ``ancestor``, or one of its replies does."""
    while comment.parent is not None:
        if comment.parent is ancestor:
            return True
        comment = comment.parent
    return False


def _resolve_parents(comments: list[_Comment], *, guests: frozenset[str] = frozenset()) -> None:
    """Whom each comment answers, from what the page says: a nesting level ("level 3"), a
    number ("1.1.2."), a name ("In reply to Ann", "↩ ann"), else the layout. An answer
    that names its comment in its own words ("@ann …") stays where the page set it: in a
    flat thread, on the top level, as most people who copy one read it."""
    by_number: dict[str, _Comment] = {}
    by_ref = {c.ref: c for c in comments if c.ref}  # ("En réponse au commentaire n°18331")
    last_at_level: dict[int, _Comment] = {}
    seen: list[_Comment] = []
    # (a copy of Hacker News since 2021; one that kept "next" but lost "prev" tells nothing)
    sibling_links = any("prev" in (c.siblings or ()) for c in comments)
    for comment in comments:
        if comment.parent_ref and comment.parent_ref in by_ref:
            comment.parent = by_ref[comment.parent_ref]
        elif comment.number and "." in comment.number.strip("."):
            parent_number = comment.number.strip(".").rsplit(".", 1)[0]
            if parent_number in by_number:
                comment.parent = by_number[parent_number]
        elif comment.level is not None:
            comment.parent = last_at_level.get(comment.level - 1) if comment.level > 1 else None
            if comment.level_floor and comment.level >= 3 and sibling_links and seen:
                # Hacker News copied without its indents, a reply's reply ("root | parent",
                # three levels down or more): with no "prev" link it is its parent's first,
                # right under it; with one, it follows a sibling that had a "next" link
                comment.parent, comment.level = _hn_place(comment, seen[-1], comment.parent)
            if comment.quotes is not None and _under(comment.quotes, comment.parent):
                # a level that is only the least it may be: the reply is one deeper than the
                # comment it quotes, under the one the level gave ("> Did you need …")
                comment.parent = comment.quotes
                comment.level = comment.quotes.depth + 1
            last_at_level[comment.level] = comment
            for deeper in [lv for lv in last_at_level if lv > comment.level]:
                del last_at_level[deeper]
        if comment.parent_subject and comment.parent is None:
            wanted = _subject(comment.parent_subject)
            by = _normal(_BADGE_AFTER.sub("", comment.parent_name or "")).rstrip(".:")
            comment.parent = next(
                (
                    c
                    for c in reversed(seen)
                    if c.subject
                    and _subject(c.subject) == wanted
                    and (not by or (c.author and _normal(c.author).rstrip(".:") == by))
                ),
                None,
            )
            if comment.parent is None and by:
                # the word joining subject and name inside the subject ("En respuesta a
                # Productores de verdad de Anónimo" split at its first "de", which the
                # split left out): the subject and the name, less that one word
                whole = [*wanted.split(), *by.split()]
                comment.parent = next(
                    (
                        c
                        for c in reversed(seen)
                        if c.subject and c.author and _split_early(c.subject, c.author, whole)
                    ),
                    None,
                )
        if comment.parent_name:
            # the comment it names; under a layout's parent, one of that thread ("Antwort auf
            # Hafenblick_62" set at the same indent as the reply Hafenblick_62 wrote)
            # (less a guest's badge: "Joke van Dam (niet geverifieerd)")
            wanted = _normal(_BADGE_AFTER.sub("", comment.parent_name)).rstrip(".:")
            layout = comment.parent
            if layout is None or _normal(layout.author or "").rstrip(".:") != wanted:
                after = seen.index(layout) if layout is not None and layout in seen else 0
                named = next(
                    (
                        c
                        for c in reversed(seen[after:])
                        if c.author and _normal(c.author).rstrip(".:") == wanted
                    ),
                    None,
                )
                if named is None and comment.parent_subject and layout is None:
                    # "En respuesta a Un vecino de Tarazona": no post's title and its
                    # writer, but a name with the word that joined them inside it
                    first = _normal(comment.parent_subject)
                    named = next(
                        (
                            c
                            for c in reversed(seen)
                            if c.author
                            and _normal(c.author).startswith(first + " ")
                            and _normal(c.author).endswith(" " + wanted)
                        ),
                        None,
                    )
                if named is None and wanted in guests:
                    # a reply to "Invitado": a taken-down comment, shown with no name, is
                    # the guest's (Disqus names a deleted comment's writer so)
                    named = next((c for c in reversed(seen[after:]) if c.author is None), None)
                comment.parent = named if named is not None else layout
        if comment.a_reply and comment.parent is None and seen:
            comment.parent = seen[-1]
        if comment.arrowed and comment.parent is None:
            # "↳ Sabine K. · DATE" under a thread of one level: the comment that opened it
            comment.parent = next((c for c in reversed(seen) if not c.arrowed), None)
        if comment.number:
            by_number[comment.number.strip(".")] = comment
        seen.append(comment)


def _whole_sentence(said: str, text: str) -> bool:
    """``said`` stands in ``text`` as a sentence of it: at its start or after a sentence's
    end, and ending where that sentence does (not words inside a longer one)."""
    at = text.find(said)
    while at >= 0:
        end = at + len(said)
        before = text[:at].rstrip()
        if (not before or before[-1] in ".!?…") and (
            end == len(text) or said[-1] in ".!?…" or text[end] in ".!?…"
        ):
            return True
        at = text.find(said, at + 1)
    return False


def _listed_pingback(text: str, rules: Rules) -> bool:
    """A pingback as a numbered list of them has it: "Pingback: TITLE", or the linking post's
    title and its excerpt ("TITLE - […] … […]", Divi's "Trackbacks/Pingbacks" list)."""
    text = text.strip()
    return pingback_text(text, rules) or (
        "\n" not in text and text.endswith(("[…]", "[...]")) and bool(_TITLED_EXCERPT.search(text))
    )


def _hashtags(text: str) -> bool:
    """A row of a post's tags, each "#" and a word (or two, among three tags or more)."""
    if not _HASHTAGS.match(text):
        return False
    tags = text.count("#")
    return tags >= 3 or len(text.split()) == tags


def _opens_apart(comment: _Comment, words: int) -> bool:
    """A comment whose first paragraph is one line of ``words`` to 40 words, with more under
    it: the shape of a quotation set over its answer."""
    if len(comment.paragraphs) < 2 or len(comment.paragraphs[0]) != 1:
        return False
    return _first_line_of(comment, words)


def _opens_over_its_answer(comment: _Comment, words: int) -> bool:
    """A comment whose first line, of ``words`` to 40 words, has the comment's own words
    right under it, no blank line between: a quotation over its answer where a thread's
    paragraphs are a line each and the copy lost the blank line under the quotation's box
    (Reddit's)."""
    return len(comment.paragraphs[0]) >= 2 and _first_line_of(comment, words)


def _first_line_of(comment: _Comment, words: int) -> bool:
    """The comment's first line holds ``words`` to 40 words, as a quotation's line does."""
    return words <= len(comment.paragraphs[0][0][0].split()) <= 40


def _add_thread(
    reader: _Reader, comments: list[_Comment], published: str | None, builder: TextBuilder
) -> None:
    """The comments into ``builder``, each under the one it answers; a date without its
    year ("14 Mar") takes the article's (``published``). Each comment's paragraphs are let
    go once added (the builder holds their texts): a big file's lists of pieces are not held
    beside the builder's parts to the last."""
    _resolve_parents(comments, guests=reader.rules.guest_names)
    reader.drop_parent_quotations(comments, builder)
    for comment in comments:
        if (
            not comment.pingback
            and _excerpt_only(comment)
            and not reader.name_like(comment.author or "", strict=True)
        ):
            # a trackback under its linking post's title ("TITLE – SITE says" / DATE / "[…] …
            # […]"), in a theme's "Trackbacks" list under the comments: counted apart (not a
            # reader who quotes a line so: "Jenny Cole" / "[…] and the cat asks […]")
            comment.pingback = True
            reader.pingbacks += 1
    comments = _without_removed(comments, reader.rules)
    for comment in comments:
        if comment.published and comment.published.startswith("--"):
            comment.published = _in_year_of(comment.published, published)
    index: dict[int, int | None] = {}
    for comment in comments:
        parent = index.get(id(comment.parent)) if comment.parent else None
        index[id(comment)] = builder.add_comment(
            comment.paragraphs,
            depth=1 if parent is None else builder.comments[parent].depth + 1,
            parent=parent,
            author=comment.author,
            published=comment.published,
        )
        comment.paragraphs = []


def parse_text(
    text: str | Handover,
    *,
    source: str,
    doc_id: str,
    format: str = "text",
    encoding: str | None = None,
    language: str | None = None,
    rules: Rules | None = None,
    trace: bool = False,
    markdown: bool = False,
) -> Parse:
    """Read a plain-text scrape (already decoded); with ``trace``, list every line left out.
    With ``markdown``, the text is a crawler's Markdown, read as the plain text it renders
    (its lines keep their numbers; the source map points into ``text``); a lynx dump is read
    the same way, less its link numbers. A big file's text may come in a ``Handover``,
    which its reader takes (a Markdown page's or a dump's is taken here, and read as theirs
    are)."""
    if isinstance(text, Handover) and (
        markdown
        or markdown_text.looks_like_markdown(text.peek())
        or dumps.looks_like_dump(text.peek())
    ):
        text = text.take()
    where = None
    source_text = text
    fed_site = None  # a dump's site, named by the feed link in the page's head
    # a page converted to Markdown and saved as text (html2text, pandoc, a "copy as
    # Markdown" extension): its links and headings written out, read as what they render
    markdown = markdown or markdown_text.looks_like_markdown(peek(text))
    headings: list[int] = []
    headline = None
    logo = stamped = None  # the site a Markdown page's logo names, the date its head gives
    if markdown:
        lines = text.splitlines()
        found = markdown_text.headings(lines)
        headings = [k for k, _ in found]
        headline = markdown_text.title_line(lines, found)
        del lines
        logo = markdown_text.site_of(text)
        stamped = markdown_text.published_of(text)
        text, where = markdown_text.plain(text)
    elif dumps.looks_like_dump(peek(text)):
        text, where = dumps.plain(text)  # lynx's: its link numbers and reference list out
        fed_site = dumps.site_of(source_text)
    reader = _Reader(text, rules or default(), language, trace)
    for k in headings:
        reader.mark_heading(k)
    reader.headline = headline
    reader.lines_are_paragraphs = _a_paragraph_a_line(reader.strip)
    # (a dump's dropped lines are numbered by its lines, below; a trace's by theirs, as the
    # thread is put together)
    reader.let_go_early = reader.handed and where is None and not trace  # (a big file's)
    builder, meta, comments = reader.read()
    meta.site = meta.site or reader.footer_site()
    if fed_site and (meta.site is None or meta.site.startswith(fed_site)):
        # (over a masthead whose links ran into the name: "Le Courrier … Se connecter")
        meta.site = fed_site
    meta.site = logo or meta.site  # (where the menu's first item stood in for it)
    meta.published = meta.published or stamped
    if where is None and not trace:  # (a big file's gone already if its comments were read)
        reader.let_go()
    _add_thread(reader, comments, meta.published, builder)
    del comments
    doc = builder.document(
        doc_id=doc_id,
        source=source,
        format=format,
        author=meta.author,
        site=meta.site,
        # (a date without its year, "12 jan", read as "--01-12" to date the comments: no
        # date of the article's, which is a calendar date or none)
        published=None if (meta.published or "").startswith("--") else meta.published,
        language=language,
        encoding=encoding,
        comments_declared=meta.declared,
    )
    if where is not None:
        doc = markdown_text.remapped(doc, where)
    warnings = list(dict.fromkeys(reader.warnings))
    found = len(doc.comments) + reader.pingbacks
    if meta.declared is not None and meta.declared not in (len(doc.comments), found):
        warnings.append(
            f"{meta.declared} comments declared, {len(doc.comments)} found"
            + (f" (and {reader.pingbacks} pingbacks)" if reader.pingbacks else "")
        )
    text = doc.text
    for n, comment in enumerate(doc.comments):
        end = text.find("\n", comment.start, comment.end)
        if 0 <= end - comment.start <= 80 or (end < 0 and comment.end - comment.start <= 80):
            first = text[comment.start : end if end >= 0 else comment.end]
            probe = reader.rules.probe(first)
            if reader.rules.matches("comment_headers", probe) or (
                probe.dated and reader.rules.dates.is_date_line(first, relative=True)
            ):
                warnings.append(f"comment {n + 1} starts with a header-like line: {first!r}")
    dropped = reader.dropped
    if where is not None and dropped and not markdown:
        # (a dump's wrapped lines were joined: its lines are numbered as the file has them)
        dropped = _file_lines(dropped, reader.lines, where, source_text)
    return Parse(
        doc,
        tuple(dropped),
        tuple(warnings),
        reader.language if trace else reader._language,  # worked out only when asked for
        reader.pingbacks,
    )


def _file_lines(
    dropped: list[Dropped], lines: list[Line], where: list[int], source: str
) -> list[Dropped]:
    """Dropped lines numbered as the source file has them, where the text read from it had
    lines of the file joined: a line's first character copied from the file says which."""
    starts = [m.end() for m in re.finditer("\n", source)]
    numbered = []
    for item in dropped:
        line = lines[item.line - 1]
        first = next((k for k in where[line.start : line.start + len(line.text)] if k >= 0), None)
        number = item.line if first is None else bisect.bisect_right(starts, first) + 1
        numbered.append(replace(item, line=number))
    return numbered


def read_text(
    text: str,
    *,
    source: str,
    doc_id: str,
    format: str = "text",
    encoding: str | None = None,
    language: str | None = None,
    rules: Rules | None = None,
) -> Document:
    """Read a plain-text scrape (already decoded) into a Document."""
    return parse_text(
        text,
        source=source,
        doc_id=doc_id,
        format=format,
        encoding=encoding,
        language=language,
        rules=rules,
    ).document


@dataclass(frozen=True)
class PageBody:
    """What a page's text told besides its paragraphs."""

    author: str | None
    site: str | None
    published: str | None
    declared: int | None  # the comments a count in it announces ("Voir les 6 commentaires")


def read_page_body(
    text: str,
    builder: TextBuilder,
    *,
    title: str | None,
    language: str | None = None,
    rules: Rules | None = None,
    comments: bool = False,
) -> PageBody:
    """Add the article's paragraphs of a page's text that a crawler kept whole (its menu,
    byline, share rows, related links and comment section around the article) to
    ``builder``, the way a text scrape's are read; returns what its byline and comment count
    say. The title is known: what stands above it in the text is the page's head. With
    ``comments`` (the record has none of its own), the comment section the text holds is
    read too."""
    reader = _Reader(text, rules or default(), language, trace=False)
    reader.blocks_are_paragraphs = True
    # a crawl that wrote one paragraph a line, without blank lines between them
    filled = [i for i, line in enumerate(reader.strip) if line]
    reader.lines_are_paragraphs = len(filled) >= 3 and filled[-1] - filled[0] + 1 == len(filled)
    n = len(reader.lines)
    meta = _Meta()
    start = reader.line_of(title) if title else None
    first_prose = reader.first_prose(n)
    if start is None:
        # no title in the text: a byline over the article ends the page's head (its name,
        # its menu "Home About The Plot Contact", "Skip to content")
        head = range(min(n, first_prose if first_prose is not None else n, _HEAD_LINES))
        start = next((i - 1 for i in head if reader.names_someone(reader.byline(i))), -1)
    start += 1
    section, declared, at_header = reader.find_section(first_prose, None, n)
    start = reader.after_banner(start)
    k = next((k for k in range(start, min(n, start + 3)) if reader.strip[k]), None)
    if k is not None and reader.name_and_date(k, meta):
        start = k + 1  # "Sanne Bosman 22-01-24, 06:00" under the title: the byline
    elif k is not None and (over := reader.byline_over_age(k)) is not None:
        # "moritz_k an Fahrrad" / "vor 1 Jahr" (Lemmy's, clipped): the poster and the age
        # (the community no site: the record's fields or its page name that)
        author, _, meta.published = reader.byline_says(over[0])
        meta.author = author
        start = over[1] + 1
    start = reader.after_standfirst(start, meta)
    reader.read_body(start, section if section is not None else n, meta, builder)
    if comments and section is not None:
        found = reader.comments_of(section, n, builder, at_header, meta, declared)
        _add_thread(reader, found, meta.published, builder)
    return PageBody(
        meta.author, meta.site, meta.published, declared if declared is not None else meta.declared
    )


__all__ = ["Dropped", "PageBody", "Parse", "parse_text", "read_page_body", "read_text"]
