"""The comment tree of an HTML page, read from its markup.

A comment is found by what the markup says it is, semantic markup first: schema.org
``Comment`` (microdata ``itemtype``, RDFa ``typeof``), the ``p-comment h-entry`` microformat;
then the names content systems give it (WordPress ``li.comment`` in ``ol.commentlist`` or
``#commentlist``, Blogger, Disqus ``li.post`` in ``#disqus_thread``, Drupal, Substack, Ghost,
news sites' own widgets in their own language: ``li.comentario``, ``li.commento``,
``li.cmt``). A comment wrapped twice (``li.comment > article.comment``) is one comment.

Who answers whom, in this order: a reference the markup makes (``data-parent="…"``, a
"in reply to" link to the parent's anchor), then nesting (a comment inside another, or inside
the reply container that follows it: Drupal's ``div.indented``), then nesting levels a flat
list writes in its class names (``level-2``, ``cmt--nivel-2``).

Within a comment: the author from ``itemprop=author``, ``p-author``, ``fn`` and names like
``comment-author``, ``commenter-name``, ``cmt__autor``; else from a header line the rule tables
read ("Submitted by NAME on DATE"); the date from ``<time datetime>``, ``dateCreated``,
``dt-published``, a date's ``title`` tooltip, then its text; the text from the element that
holds it (``itemprop=text``, ``e-content``, ``comment-content``, ``post-message``) or else the
comment less its header, its buttons and its counters. Pingbacks and trackbacks are counted,
not read as comments. Everything is walked with stacks of its own: a thread nested as deep as
the parser keeps has no recursion limit.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from . import rules
from .html_meta import iso_date
from .html_meta import match as _match
from .html_text import (
    AUTHOR,
    CHROME,
    DATE,
    HIDDEN,
    NO_WORDS,
    ROLE_WORDS,
    TEXT,
    class_tokens,
    class_words,
    collapse,
    has_text,
    head_words,
    heads_of,
    hidden,
    instance_of_name,
    name_parts,
    paragraphs,
    roles,
    roles_of,
    tag,
    text_content,
    text_of,
    text_size,
    tokens_of,
    user_link_name,
    words_of,
)
from .quotes import drop_quotation, normal, opens_with_passage
from .rules import parse_date

# -- what a comment is ------------------------------------------------------------------------

_ITEM_NOUNS = frozenset(
    {
        "comment", "comentario", "comentário", "commento", "commentaire", "kommentar",
        "reactie", "cmt", "response", "komentar", "comentari", "reaccion", "reacción",
        "coment", "webmention", "posting",
    }
)  # fmt: skip
_PARTS = frozenset(
    {
        "content", "text", "message", "msg", "inhalt", "texte", "texto", "testo", "tekst",
        "contenido", "contenuto", "conteudo", "inhoud", "contenu", "copy",
    }
)  # fmt: skip  # "comment-content": the text of a comment, not a comment
_ITEM_OF = frozenset(
    {"item", "entry", "single", "node", "unit", "component", "card"}
)  # "comment-item"
# "block-comment", "widget-comment", "recent-comment": a sidebar of links to comments
_WIDGETS = frozenset(
    {
        "block", "widget", "recent", "latest", "popular", "most", "top", "sidebar", "region",
        "view", "views", "pane", "panel", "module", "count", "form", "new", "add", "leave",
        "formulario", "formulaire", "modulo", "formular", "formulier", "nuevo", "nouveau",
        "featured",  # (Disqus's box repeating a comment the site picked: "li.featured-comment")
    }
)  # fmt: skip
_COMMENTISH = re.compile(
    r"comment|coment|komment|reacti|reageer|\bcmt|respons|discuss|disqus|commenti|webmention"
    r"|\bposting|\bisso-thread",  # (Isso's section, before any comment is in it)
    re.I,
)
# English class words that look commentish and are not: Disqus's "reaction-item" is a vote
_NOT_COMMENT_WORDS = frozenset({"reaction", "reactions", "response-time"})
_PLURALS = frozenset(
    {
        "comments", "comentarios", "comentários", "commenti", "commentaires", "kommentare",
        "reacties", "responses", "reacciones", "cmts", "postings",
    }
)  # fmt: skip
# a part of one comment named before the noun, as Romance word order has it: "cab-comentario"
# (its header), "texto-comentario", "corps-commentaire", not a comment of its own
_PARTS_OF_ONE = frozenset(
    {
        "cab", "cabecera", "texto", "fecha", "autor", "pie", "cuerpo", "contenido", "datos",
        "acciones", "votos", "testo", "data", "autore", "corpo", "contenuto", "intestazione",
        "texte", "auteur", "corps", "contenu", "entete", "pied", "conteudo", "cabecalho",
        "rodape", "text", "body", "header", "footer", "meta", "author", "date", "content",
        "actions", "avatar", "title", "titulo", "titre", "titolo", "info",
        # a quotation of another comment inside one ("cita-comentario", "quote-comment")
        "cita", "quote", "zitat", "citation", "citazione", "citacao", "citaat",
    }
)  # fmt: skip
_LISTS = frozenset(
    {"commentlist", "comment-list", "comments-list", "commentslist", "comment_list",
     "itemcommentslist"}  # (Joomla K2's "ul.itemCommentsList", its items "li.even"/"li.odd")
)  # fmt: skip
_NOT_COMMENTS = frozenset(
    {
        "pingback", "trackback",
        # a webmention that only links to the post or shares it, not a reply
        "webmention--mention", "webmention--repost", "webmention--like", "webmention--bookmark",
    }
)  # fmt: skip
# (an attribute's elements through its nodes, "//@…/..": half the cost of "//*[@…]" in libxml2,
# which then tests attribute names instead of every element; the same elements, in order)
_TESTIDS = etree.XPath("//@data-testid/..")
_TESTID_LISTS = frozenset(
    {"responses-list", "response-list", "comments-list", "comment-list", "replies-list"}
)
_ITEM_TAGS = frozenset(
    {"div", "li", "article", "section", "aside", "dd", "blockquote", "details", "tr", "td"}
)
_NEVER_INSIDE = frozenset(
    {"pre", "code", "form", "script", "style", "template", "textarea", "button", "head", "select"}
)
_ITEM_ID = re.compile(
    r"^(?:div-)?(?:comment|comentario|commento|commentaire|kommentar|reactie|cmt)[-_]?"
    r"(?:item[-_]?|entry[-_]?)?\d+$",  # "comment-311", "comment-item-311" (JComments)
    re.I,
)
# containers of replies: Drupal's div.indented, WordPress's ol.children, "comment-replies"
_REPLY_CONTAINERS = frozenset(
    {
        "indented", "children", "replies", "reply", "answers", "respuestas", "risposte",
        "respostas", "reponses", "antworten", "reacties", "subcomments", "nested", "thread",
        "threads", "descendants", "child",
    }
)  # fmt: skip
# ... those that hold replies only (not "thread", a whole thread a box)
_REPLY_LISTS = frozenset(
    {"replies", "children", "answers", "respuestas", "risposte", "respostas", "reponses",
     "antworten", "reacties", "subcomments"}
)  # fmt: skip
_LEVEL = re.compile(
    r"(?:^|[-_])(?:level|lvl|depth|indent|nivel|niveau|livello|ebene|nivell)[-_]?(\d{1,3})$"
)
_PARENT_ATTRIBUTES = (
    "data-parent", "data-parent-id", "data-parentid", "data-padre", "data-reply-to",
    "data-in-reply-to", "data-replyto", "data-parent-comment", "data-parent-comment-id",
)  # fmt: skip
_ID_ATTRIBUTES = ("id", "data-id", "data-comment-id", "data-commentid", "data-response-id")
_DIGITS = re.compile(r"\d{2,}")
_INITIAL_LAST = re.compile(r"^[^\W\d_][^\W\d_'’-]+ [A-Z]\.$")  # "Raúl M."
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "responseItem": two words
_NUMBERED_TESTID = re.compile(r"(?:response|comment|reply)-\d+", re.I)
_MAX_AUTHOR = 120


def _replies_alike(item: HtmlElement) -> list[HtmlElement]:
    """The elements inside a comment built as it is (their first child of its first child's
    tag and class): its replies, where no name says so (Medium's indented responses)."""
    first = next((c for c in item if isinstance(c.tag, str)), None)
    if first is None:
        return []
    key = (first.tag, first.get("class"))
    found = []
    for el in item.iterdescendants(*_ITEM_TAGS):
        inner = next((c for c in el if isinstance(c.tag, str)), None)
        if inner is not None and inner is not first and (inner.tag, inner.get("class")) == key:
            found.append(el)
    return found


def _is_item(el: HtmlElement, in_disqus: bool) -> bool:
    """Whether the markup says ``el`` holds one comment."""
    get = el.get
    itemtype = get("itemtype")
    if itemtype and itemtype.rsplit("/", 1)[-1].lower() in ("comment", "usercomments", "answer"):
        return True
    typeof = get("typeof")
    if typeof and "Comment" in typeof and "Action" not in typeof:
        return True
    names = get("class")
    if names and (_item_names(names) or (in_disqus and "post" in tokens_of(names))):
        # (not vBulletin 4's box of who thanked a post, set as a post and named by its id:
        # "li.postbit.postcontainer#post_thanks_box_58214")
        return not _THANKS_BOX.search(get("id") or "")
    if names and "reaction" in tokens_of(names) and _texted(el):
        return True  # a French paper's "réaction" with its text box (a vote has none)
    testid = get("data-testid")
    # Medium's "responseItem", and "response-0" (a noun alone, its place in the list after
    # it; not "poll-response-0", a poll's answer)
    if testid and (
        _item_names(_CAMEL.sub("-", testid))
        or _NUMBERED_TESTID.fullmatch(testid)
        or _testid_reply(el)
    ):
        return True
    return bool(_ITEM_ID.match(get("id") or ""))


def _texted(el: HtmlElement) -> bool:
    """Whether an element named a reader's text box is inside (``div.reaction__texte``)."""
    return any(TEXT in roles(d) for d in el.iterdescendants() if d.get("class"))


_THANKS_BOX = re.compile(r"(?:^|[-_])thanks[-_]?(?:box|list|users)?$|^post[-_]thanks")


@functools.lru_cache(maxsize=8192)
def _item_names(names: str) -> bool:
    """Whether class names say "a comment": ``comment``, ``c-comment``, ``commento``,
    ``cmt--nivel-1``, ``comment-item``, ``p-comment`` (not ``block-comment``, a sidebar's)."""
    if "thanks" in names and any(_THANKS_BOX.search(token) for token in tokens_of(names)):
        return False  # vBulletin's box of who thanked a post, set as a post ("postbit")
    for token in tokens_of(names):
        if token in (
            "p-comment", "u-comment", "topic-post", "message--post", "postcontainer", "postbit",
            "postbitlegacy", "comtr", "cpost", "comment_default",
        ):  # fmt: skip
            # h-entry's replies; Discourse's, XenForo's, vBulletin's, Invision's posts; HN's;
            # Contao's comment, named for its template
            return True
        parts = name_parts(token)
        if not parts or parts[0] in _WIDGETS or (len(parts) > 2 and parts[-2] in _WIDGETS):
            continue  # ("vf-new-comment": Viafoura's box to write one)
        if parts[-1] in _ITEM_NOUNS and not (len(parts) > 1 and parts[0] in _PARTS_OF_ONE):
            return True
        if (
            parts[-1] in _ITEM_OF
            and any(_COMMENTISH.search(p) for p in parts[:-1])
            and parts[0] not in _NOT_COMMENT_WORDS
            and _PLURALS.isdisjoint(parts[:-1])  # "post-comments-component" holds them all
        ):
            return True
        if parts[-1] == "box" and len(parts) == 2 and parts[0] in _ITEM_NOUNS:
            return True  # JComments' "comment-box" (a "comments-box" holds them all)
    return False


_POSTINGS = frozenset({"discussionforumposting", "socialmediaposting", "blogposting", "article"})


def _first_post(el: HtmlElement) -> bool:
    """A thread's opening post, marked so (XenForo's "is-first", a posting's own itemtype)."""
    itemtype = el.get("itemtype")
    if itemtype and itemtype.rsplit("/", 1)[-1].lower() in _POSTINGS:
        return True
    return "is-first" in class_tokens(el)


# a post's state in its classes, which one post of a thread has and the next not
_POST_STATES = frozenset(
    {"online", "offline", "unread", "is-unread", "reported", "deleted", "highlight", "new"}
)
_PHPBB_ID = re.compile(r"^p\d{2,}$")
_ROW_STRIPE = re.compile(r"^(?:bg\d|row\d|odd|even|alt|thread-(?:odd|even|alt))$")


def _phpbb_post(el: HtmlElement) -> bool:
    """phpBB's post ("div#p48219.post"), or PunBB's and FluxBB's ("div#p4401.blockpost"):
    its anchor id and its class say so."""
    return (
        el.tag == "div"
        and _PHPBB_ID.match(el.get("id") or "") is not None
        and not {"post", "blockpost"}.isdisjoint(class_tokens(el))
    )


def _mybb_post(el: HtmlElement) -> bool:
    """MyBB's post ("div#post_1203.post"), its text in "div#pid_1203.post_body"."""
    found = _MYBB_ID.match(el.get("id") or "")
    if found is None or el.tag != "div" or "post" not in class_tokens(el):
        return False
    text = el.find(f".//div[@id='pid_{found.group(1)}']")
    # (MyBB's own parts: its text box and its poster's box, not a blog listing's "post_12")
    return (
        text is not None
        and "post_body" in class_tokens(text)
        # (its class alone, or with MyBB 1.8's "scaleimages" beside it)
        and any("post_author" in class_tokens(d) for d in el.iter("div"))
    )


_MYBB_ID = re.compile(r"^post_(\d+)$")
_FORUMFREE_ID = re.compile(r"^entry\d+$")
_BBPRESS_POSITION = re.compile(r"(?:^|\s)bbp-reply-position-\d+(?:\s|$)")


def _bbpress_post(el: HtmlElement) -> bool:
    """bbPress's post ("div.bbp-reply-position-2.type-reply"), its header the element
    before it ("div#post-4514.bbp-reply-header", with the date)."""
    return el.tag == "div" and _BBPRESS_POSITION.search(el.get("class") or "") is not None


def _bbpress_date(el: HtmlElement) -> str | None:
    """A bbPress post's date, in the header set before it ("span.bbp-reply-post-date")."""
    if not _bbpress_post(el):
        return None
    header = el.getprevious()
    if header is None or "bbp-reply-header" not in class_tokens(header):
        return None
    date = next((d for d in header.iter("span") if "bbp-reply-post-date" in class_tokens(d)), None)
    text = collapse(text_of(date)) if date is not None else ""
    return parse_date(text) if 0 < len(text) <= 100 else None


def _contao_comment(el: HtmlElement | None) -> bool:
    """Contao's comment ("div.comment_default": "p.info", "Kommentar von NAME | DATE", over
    "div.comment", its text)."""
    return el is not None and "comment_default" in class_tokens(el)


def _contao_reply(el: HtmlElement) -> bool:
    """The site's answer set inside a Contao comment ("div.reply": "Antwort von NAME" over
    its own "div.comment")."""
    names = el.get("class")  # (asked of every div: its string first)
    return bool(names) and "reply" in names.split() and _contao_comment(el.getparent())


def _contao_text(el: HtmlElement) -> bool:
    """A Contao comment's text box, or its answer's: no comment of its own."""
    parent = el.getparent()
    return (
        "comment" in class_tokens(el)
        and parent is not None
        and (_contao_comment(parent) or _contao_reply(parent))
    )


def _post_date(el: HtmlElement) -> str | None:
    """A forum post's date where the engine sets it outside the post's own parts (SMF 1's
    under its subject, bbPress's in the header before it)."""
    return _smf_date(el) or _bbpress_date(el)


def _wpforo_post(el: HtmlElement) -> bool:
    """wpForo's post ("div#post-2202.post-wrap", its text in "div.wpforo-post-content"): a
    WordPress page's own "div#post-12" is no post-wrap."""
    tokens = class_tokens(el)
    return (
        el.tag == "div"
        # (or wpForo 1's "div#post-9300.wpforo-post", with no wrapper round it)
        and (
            ("post-wrap" in tokens and el.get("data-postid") is not None) or "wpforo-post" in tokens
        )
        and (el.get("id") or "").startswith("post-")
        and el.find(".//div[@class='wpforo-post-content']") is not None
    )


def _forumfree_post(el: HtmlElement) -> bool:
    """ForumFree's and ForumCommunity's post ("div#entry548300.post"), its poster in
    "div.nick" (a blog's "div#entry12.post" has none)."""
    return (
        el.tag == "div"
        and _FORUMFREE_ID.match(el.get("id") or "") is not None
        and "post" in class_tokens(el)
        and el.find(".//div[@class='nick']") is not None
    )


# a link to a poster's profile ("member.php?action=profile&uid=87", "/members/ann.12/", "/u/ann")
_PROFILE_LINK = re.compile(r"member\.php|[?&]action=profile|/members?/|/users?/|/u/|/profile", re.I)


_VB_EDIT = re.compile(r"^edit\d+$")
_TEXT_ID = re.compile(r"^post_?message_?\d+$", re.I)


def _vbulletin_post(el: HtmlElement) -> bool:
    """vBulletin 3's post: "div#edit118402" around its layout table, its text in
    "div#post_message_118402"."""
    return (
        el.tag == "div"
        and _VB_EDIT.match(el.get("id") or "") is not None
        and any(_TEXT_ID.match(d.get("id") or "") for d in el.iter("div"))
    )


_SMF_SUBJECT = re.compile(r"^(?:post_)?subject_\d+$")
_SMF_CELLS = frozenset({"windowbg", "windowbg2", "windowbg3"})


def _smf_post(el: HtmlElement) -> bool:
    """SMF's post: SMF 1's "td.windowbg" (or "windowbg2") of layout tables, SMF 2's
    "div#msg24511.windowbg"; its subject in "div#subject_4512" and its text in "div.post";
    or ElkArte's (SMF's fork): "div.windowbg.forumposts", its subject in
    "h2#post_subject_93120", its text in "div.messageContent"."""
    if el.tag == "td" or (el.tag == "div" and (el.get("id") or "").startswith("msg")):
        return not _SMF_CELLS.isdisjoint(class_tokens(el)) and _smf_subject(el) is not None
    return (
        el.tag == "div"
        and "forumposts" in class_tokens(el)
        and not _SMF_CELLS.isdisjoint(class_tokens(el))
        and _smf_subject(el) is not None
    )


def _smf_subject(el: HtmlElement) -> HtmlElement | None:
    return next(
        (d for d in el.iter("div", "h2", "h5") if _SMF_SUBJECT.match(d.get("id") or "")), None
    )


def _smf_reply(el: HtmlElement) -> bool:
    """An SMF post numbered as a reply ("« Reply #1 on: …»"; the topic's first has none, or
    SMF 2's "#0")."""
    header = _smf_subject(el).getparent()
    return header is not None and re.search(r"#\s?[1-9]", text_content(header)) is not None


def _smf_date(el: HtmlElement) -> str | None:
    """An SMF post's date, under its subject: "« Reply #1 on: May 13, 2024, 10:41:07 PM »"
    (SMF 2's after its number, "#1", in "div.postinfo")."""
    if not _smf_post(el):
        return None
    for header in list(_smf_subject(el).itersiblings())[:3]:
        text = collapse(text_of(header))
        if 0 < len(text) <= 100 and (date := parse_date(text)):
            return date
    return None


def _smf_text(el: HtmlElement) -> list[HtmlElement]:
    """An SMF 1 post's text box ("div.post", a name too common to say so elsewhere;
    ElkArte's "div.messageContent")."""
    if not _smf_post(el):
        return []
    text = next(
        (d for d in el.iter("div") if not {"post", "messageContent"}.isdisjoint(class_tokens(d))),
        None,
    )
    return [] if text is None else [text]


def _forumfree_text(el: HtmlElement) -> list[HtmlElement]:
    """A ForumFree post's text box ("div.color", a name that says nothing elsewhere)."""
    if not _forumfree_post(el):
        return []
    text = next((d for d in el.iter("div") if d.get("class") == "color"), None)
    return [] if text is None else [text]


_INVISION_ID = re.compile(r"^elComment_\d+$")
_PAGER_BACK = etree.XPath(
    "//*[contains(@class, 'ipsPagination_prev') and not(contains(@class, 'ipsPagination_inactive'))]"
)


def _invision_post(el: HtmlElement) -> bool:
    """A post of Invision Community's topic ("article.cPost#elComment_50201")."""
    return "cpost" in class_tokens(el) and bool(_INVISION_ID.match(el.get("id") or ""))


def _first_page(tree: HtmlElement) -> bool:
    """The topic's first page, where its first post is the opening one: its pager's "back"
    is inactive, or there is no pager."""
    return not _PAGER_BACK(tree)


def _numbered_one(el: HtmlElement) -> bool:
    """A post whose permalink reads "#1": a forum thread's first post."""
    return any(
        text_content(a).strip() == "#1" and "#" not in (a.get("href") or "#")[:1]
        for a in el.iter("a")
    )


_FORUM_POSTS = frozenset(
    {
        "message--post",
        "topic-post",
        "postbit",
        "postbitlegacy",
        "postcontainer",
        "post",
        "forumpost",
    }
)
_LD_FORUM = etree.XPath(  # (through the attributes: see _TESTIDS)
    "boolean(//@type[. = 'application/ld+json']/parent::script"
    "[contains(., 'DiscussionForumPosting')]"
    " | //@itemtype[contains(., 'DiscussionForumPosting')]/..)"
)


def _forum_thread(tree: HtmlElement, post: HtmlElement) -> bool:
    """A forum's thread, where "#1" is the opening post (on a news page's comment list,
    "#1" is its first comment)."""
    return not _FORUM_POSTS.isdisjoint(class_tokens(post)) or bool(_LD_FORUM(tree))


def _is_pingback(el: HtmlElement) -> bool:
    if not _NOT_COMMENTS.isdisjoint(class_tokens(el)):
        return True
    # an item of a list the theme keeps for pings (Divi: "ol.pinglist" in "div#trackbacks"),
    # marked as a comment like any other ("li#comment-2295")
    box = el.getparent()
    return box is not None and not _PING_LISTS.isdisjoint(
        {*class_tokens(box), (box.get("id") or "").lower()}
    )


_PING_LISTS = frozenset(
    {"pinglist", "pingbacks", "trackbacks", "pingback-list", "trackback-list", "pingbacklist"}
)  # (Enfold's "ol.pingbacklist")


def _names(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


_HINT = re.compile(
    r"omment|OMMENT|oment|cmt|eactie|eacci|espons|topic-post|message--post|postbit|postcontainer"
    r"|comtr|eaction|webmention|posting"
)
_WRITING_FORM = etree.XPath(
    "not(.//h1) and (.//textarea or .//input[(@type='text' or @type='email'"
    " or @type='password' or @type='search') and not(starts-with(@value, 'http'))])"
)  # a form one writes in: not a page wrapped whole in one (ASP.NET), nor a forum's thread
# wrapped in its moderators' form (SMF's "quickModForm", Invision's "multimodComment", its
# posts' share boxes holding their links in fields to copy)
_DISQUS = etree.XPath("//@id[contains(., 'disqus')]/..")  # (through the ids: half the cost)


@functools.lru_cache(maxsize=8192)
def _hinted(names: str) -> bool:
    """Whether class names hold a piece of a word for comments (cached: pages repeat them)."""
    return _HINT.search(names) is not None


# a reply named by its test id alone, under a comment named so ("div[data-testid=reply]")
_REPLY_TESTIDS = frozenset({"reply", "comment-reply", "reply-item", "replyitem"})


def _testid_reply(el: HtmlElement) -> bool:
    """A reply its test id names, inside a comment named so, holding words of its own (not
    the wrapper of a comment's Reply button, which some themes name the same)."""
    return (
        (el.get("data-testid") or "").lower() in _REPLY_TESTIDS
        and text_size(el) >= 30
        and any("comment" in (a.get("data-testid") or "").lower() for a in el.iterancestors())
    )


def _find_items(tree: HtmlElement) -> list[HtmlElement]:
    """Every element holding one comment (or a pingback), in document order."""
    never: set[HtmlElement] = set()
    # (one walk for the ten tags: an XPath union of ten "//pre | //code …" walks it ten times)
    for root in tree.getroottree().iter(*_NEVER_INSIDE):
        if root.tag != "form" or _WRITING_FORM(root):
            never.update(root.iter(*_ITEM_TAGS))
    disqus: set[HtmlElement] = set()
    for root in _DISQUS(tree):
        disqus.update(root.iter("li", "div", "article"))
    lists = {
        el
        for el in tree.iter("ol", "ul")
        if not _LISTS.isdisjoint(class_tokens(el)) or (el.get("id") or "").lower() in _LISTS
    }
    # a list an app names by its test id ("responsesList" on Medium): its children are the
    # comments, whatever their hashed classes say
    named = [
        el
        for el in _TESTIDS(tree)
        if _CAMEL.sub("-", el.get("data-testid")).lower() in _TESTID_LISTS and len(el) >= 2
    ]
    by_testid = {child for el in named for child in el if child.tag in _ITEM_TAGS}
    by_testid.update(reply for item in list(by_testid) for reply in _replies_alike(item))
    items: list[HtmlElement] = []
    found: set[HtmlElement] = set()
    latest: dict[HtmlElement, bool] = {}  # the comments' ancestors, each read once
    search = _HINT.search
    for el in tree.iter(*_ITEM_TAGS):
        get = el.get
        listed = False
        if lists and el.tag == "li":
            parent = el.getparent()
            listed = parent in lists
            if not listed and "children" in class_tokens(parent):  # a listed comment's replies
                listed = any(a in found for a in parent.iterancestors())
        listed = listed or el in by_testid
        if not listed:  # (a forum's post: a div with its number for an id, or an SMF cell)
            name = el.tag
            if name == "div":
                listed = get("id") is not None and (
                    _phpbb_post(el)
                    or _vbulletin_post(el)
                    or _mybb_post(el)
                    or _forumfree_post(el)
                    or _wpforo_post(el)
                    or _smf_post(el)  # (SMF 2's "div#msg24511.windowbg")
                )
            elif name == "td":
                listed = _smf_post(el)
            if name == "div" and not listed:
                # (ElkArte's post has no id: one with an id was asked above)
                listed = (
                    _bbpress_post(el) or _contao_reply(el) or (get("id") is None and _smf_post(el))
                )
        if not (
            listed
            or _hinted(get("class") or "")
            or search(get("id") or "")
            or search(get("data-testid") or "")
            or _testid_reply(el)  # (Hashnode's)
            or get("itemtype")
            or get("typeof")
            or (disqus and el in disqus)
        ):
            continue
        if el in never or get("data-post-number") == "1" or _first_post(el):
            continue  # (a forum's first post is the article, not a comment on it)
        if (listed or _is_item(el, el in disqus)) and not _in_latest_box(el, latest):
            # ("Latest comments" beside the page: other pages' comments, cut short)
            items.append(el)
            found.add(el)
    if not items:
        return (
            _repeated_items(tree, never)
            or _posts_by_author(tree, never)
            or _responses_by_author_links(tree, never)
        )
    if (
        _phpbb_post(items[0])
        or _mybb_post(items[0])
        or _forumfree_post(items[0])
        or _wpforo_post(items[0])
        or (_bbpress_post(items[0]) and "type-topic" in class_tokens(items[0]))
        or (_vbulletin_post(items[0]) and items[0].find(".//a[@name='1']") is not None)
        or (_smf_post(items[0]) and not _smf_reply(items[0]))
    ):
        items = items[1:]  # the topic's first post: the article
    if _invision_post(items[0]) and _first_page(tree):
        items = items[1:]  # Invision Community's topic: its first post, the article
    if items and _numbered_one(items[0]) and _forum_thread(tree, items[0]):
        items = items[1:]  # "#1": the thread's opening post, the article (XenForo, phpBB)
    # "section.comment-content.comment" inside a comment is its text, not a reply to it; so
    # is OceanWP's "div.comment-entry" round it, which holds no name or date of its own; and
    # what holds WordPress's list of the thread is its section (Enfold's "div.comment-entry"
    # round it all; not a Q&A site's answer round its own "comments-list")
    sections = {
        a
        for el in lists
        if {"commentlist", "comment-list"} & {*class_tokens(el), (el.get("id") or "").lower()}
        for a in el.iterancestors()
    }
    return [
        el
        for el in items
        if el not in sections
        and not _counter(el)
        and not (
            (_part_names(el.get("class") or "") or _bare_entry(el, found) or _contao_text(el))
            and any(a in found for a in el.iterancestors())
        )
    ]


def _counter(el: HtmlElement) -> bool:
    """An element named for comments that only counts them ("12 Antworten" in Enfold's
    "div.side-container-comment"): no comment."""
    if el.find(".//p") is not None or text_size(el) > 400:  # (its spacing counted too)
        return False
    text = collapse(text_of(el))
    return len(text) <= 40 and rules.count_header(text) is not None


def _bare_entry(el: HtmlElement, found: set[HtmlElement]) -> bool:
    """An element named as a comment's entry ("comment-entry") that holds only text: no name,
    no date, no comment of its own."""
    names = el.get("class") or ""
    if not any(name_parts(t)[-1:] == ["entry"] for t in tokens_of(names)):
        return False  # (not "comment-node", Lemmy's comment itself inside its list item)
    if not len(el) or not all(
        TEXT in (kinds := roles(child)) or kinds & _META_ROLES for child in el
    ):
        return False  # (its children text boxes only, and its buttons' row (OceanWP's
        # "comment-footer"): no reply's own header in it)
    for d in el.iterdescendants():
        if d in found or d.tag in ("time", "cite") or {AUTHOR, DATE} & roles(d):
            return False
    return True


# what names a comment section when nothing names its comments (a widget's hashed classes)
_SECTION_HINT = re.compile(
    r"comment|coment|komment|reacti|reageer|discus|diskus|debat|leser|lecteur|lettor"
    r"|conversation|respons|forum",
    re.I,
)
_NOT_PROSE = frozenset({"a", "button", "time", "h1", "h2", "h3", "h4", "h5", "h6"})


def _repeated_items(tree: HtmlElement, never: set[HtmlElement]) -> list[HtmlElement]:
    """No name says "comment" (a widget's hashed classes, ``css-5t6y7u``): the comments are
    then the repeated elements of one kind (tag and class) that each hold a ``<time>`` and
    prose, inside an element named for a discussion. Related posts also repeat with a
    date and an excerpt; they are not inside a discussion."""
    groups: dict[tuple[str, str, str], set[HtmlElement]] = {}
    for time in _dated(tree):
        for depth, el in enumerate(time.iterancestors()):
            if depth > 6 or el.tag in ("body", "html"):
                break
            if el.tag in _ITEM_TAGS and el not in never:
                # (elements of one kind: tag, classes, and an id of the same shape, "r-88120")
                # (its level in the class alike too: "pst pst--lvl-1", "pst pst--lvl-2")
                names = _LEVEL_NAME.sub(r"\1\2#", el.get("class") or "")
                key = (el.tag, names, _DIGITS_ANY.sub("#", el.get("id") or ""))
                groups.setdefault(key, set()).add(el)
    best: list[HtmlElement] = []
    best_size = 0
    for members in groups.values():
        if len(members) < 2 or len(members) < len(best):
            continue

        def outside(el: HtmlElement, members: set = members) -> bool:
            return el in members or el.tag in _NOT_PROSE or hidden(el)

        prose = sum(
            any(len(line) >= 40 for p in paragraphs(el, outside) for line in p) for el in members
        )
        if prose * 2 < len(members) or not all(_in_discussion(el) for el in members):
            continue
        size = sum(text_size(el) for el in members)
        if best and len(members) == len(best) and _nested(best) != _nested(members):
            better = _nested(members)  # the elements that hold the replies tell who answers
        elif best and len(members) == len(best) and _around(members, best):
            better = True  # a comment's box, not the header row inside it that holds its date
        elif best and len(members) == len(best) and _around(best, members):
            better = False
        else:
            better = len(members) > len(best) or size < best_size
        if better:
            best, best_size = sorted(members, key=_document_order(tree)), size
    return best


_DIGITS_ANY = re.compile(r"\d+")
_LEVEL_NAME = re.compile(r"(lvl|level|depth|indent|niveau|nivel|ebene)([-_]?)\d+", re.I)
_DATED_TAGS = ("span", "div", "p", "a", "small", "em", "i", "b", "strong", "font")


def _dated(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The ``<time>`` elements, and the short elements whose own text is a date, absolute or
    relative ("Le 14/05/2024 à 08h02", "il y a 3 mois"), set without any markup for one."""
    yield from tree.iter("time")
    dates = rules.default().dates
    for el in tree.iter(*_DATED_TAGS):
        if len(el) > 1:
            continue
        text = (el.text or "").strip()
        if 6 <= len(text) <= 40 and (dates.find_date(text) or dates.is_relative(text)):
            yield el


def _around(outer, inner) -> bool:
    """Each element of ``inner`` stands inside one of ``outer``."""
    boxes = set(outer)
    return all(any(a in boxes for a in el.iterancestors()) for el in inner)


def _nested(members: set[HtmlElement] | list[HtmlElement]) -> bool:
    """Some of these elements hold others: a thread's replies inside what they answer."""
    inside = set(members)
    return any(a in inside for el in members for a in el.iterancestors())


_POSTER_NAMES = frozenset({"postauthor", "username", "poster", "postername"})
_POST_BODIES = frozenset(
    {"postbody", "post-body", "postcontent", "post-content", "message", "post"}
)


# (Medium's tag on a response's links, "source=post_page---post_responses--…" now and
# "source=responses-----…" in pages saved earlier; not a link in a quotation, a post quoting
# the responses it had there)
_RESPONSE_LINK = etree.XPath(
    "//a[(contains(@href, '---post_responses--') or contains(@href, 'source=responses---'))"
    " and not(ancestor::blockquote)]"
)
_RESPONSE_LINK_IN = etree.XPath(
    ".//a[(contains(@href, '---post_responses--') or contains(@href, 'source=responses---'))"
    " and not(ancestor::blockquote)]"
)


def _medium_response(el: HtmlElement) -> bool:
    """A response on Medium, whose highlight of the story sets a passage of it over the
    response's text with no mark (a blog's comment quoted in a widget is no such thing)."""
    testid = el.get("data-testid") or ""
    return testid.startswith("response") or bool(_RESPONSE_LINK_IN(el))


_AUTHOR_PATH = re.compile(r"/@([^/?#]+)")
_RESPONSES_HEADING = re.compile(
    r"\s*(?:Responses|Respuestas|Respostas|Réponses|Risposte|Antworten|Reacties)\s*\(\d[\d.,]*\)\s*$"
)
_RESPONSE_PATH = re.compile(r"/@[^/?#]+/[0-9a-f]{8,12}(?:[?#]|$)")  # a response's own page
_LINK = etree.XPath("//a[@href and not(ancestor::blockquote) and not(ancestor::article)]")


def _responses_by_author_links(tree: HtmlElement, never: set[HtmlElement]) -> list[HtmlElement]:
    """Medium's responses where nothing names them, not even a test id (hashed classes, and
    no two alike): their authors' links say which they are ("/@ines?source=post_page---
    post_responses--…"). A response is the largest element round its author's links that
    holds no other author's."""

    def author(link: HtmlElement) -> str | None:
        found = _AUTHOR_PATH.search(link.get("href") or "")
        return found.group(1) if found else None

    links = [(link, author(link)) for link in _RESPONSE_LINK(tree)]
    heading = next((h for h in tree.iter("h2", "h3") if _RESPONSES_HEADING.match(text_of(h))), None)
    if not links and heading is not None:
        # a page saved with its responses expanded, their links tagged as the story's own:
        # each response's date links to it as a story of its own ("/@ines/b008ec2166e0"),
        # under the heading that counts them ("Responses (9)"; not "More from NAME")
        order = _document_order(tree)
        links = [
            (link, author(link))
            for link in _LINK(tree)
            if _RESPONSE_PATH.search(link.get("href") or "") and order(link) > order(heading)
        ]
    authors: dict[HtmlElement, set[str | None]] = {}  # an element → the authors linked in it
    held: dict[HtmlElement, int] = {}  # an element → how many of the links it holds
    for link, who in links:
        for above in link.iterancestors():
            authors.setdefault(above, set()).add(who)
            held[above] = held.get(above, 0) + 1
    items: list[HtmlElement] = []
    for link, who in links:
        if who is None:
            continue  # (a link to the rules by the responses' heading)
        item = None
        for above in link.iterancestors():
            if len(authors[above]) > 1:
                if item is not None and _links_only(item):
                    # its header alone: the response round it holds its replies, set in
                    # under its text (the replies' authors are others), as far up as
                    # nothing more is linked
                    item = above
                    while (up := item.getparent()) is not None and held.get(up) == held[item]:
                        item = up
                break
            item = above
        if item is not None and item.tag in _ITEM_TAGS and item not in never and item not in items:
            items.append(item)
    return items if len(items) >= 2 else []


def _links_only(el: HtmlElement) -> bool:
    """All ``el`` says is in its links (a response's header: its author's name, its date)."""
    linked = sum(text_size(link) for link in el.iter("a"))
    return text_size(el) - linked <= 3


def _posts_by_author(tree: HtmlElement, never: set[HtmlElement]) -> list[HtmlElement]:
    """No name says "comment" and no post has a ``<time>`` (phpBB's subsilver2 tables): the
    posts are then the repeated elements of one kind that each hold one poster's name
    ("b.postauthor") and one post body ("div.postbody"). The first is the thread's opening
    post, the article; the others are its comments."""
    names = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and not _POSTER_NAMES.isdisjoint(class_tokens(el))
        and 0 < text_size(el) <= 150  # (SMF's "div.poster" holds the profile's lines too)
    ]
    if len(names) < 2:
        return []
    groups: dict[tuple[str, str], set[HtmlElement]] = {}
    for name in names:
        for depth, el in enumerate(name.iterancestors()):
            if depth > 8 or el.tag in ("body", "html"):
                break
            if (el.tag in _ITEM_TAGS or el.tag == "table") and el not in never:
                groups.setdefault((el.tag, el.get("class") or ""), set()).add(el)
    best: list[HtmlElement] = []
    for members in groups.values():
        if len(members) < 2 or len(members) <= len(best):
            continue
        if all(
            sum(1 for n in names if el in n.iterancestors()) == 1
            and any(not _POST_BODIES.isdisjoint(class_tokens(d)) for d in el.iter())
            for el in members
        ):
            best = sorted(members, key=_document_order(tree))
    return best[1:]


def _in_discussion(el: HtmlElement) -> bool:
    for above in el.iterancestors():
        if above.tag in ("body", "html"):
            return False
        names = f"{above.get('class') or ''} {above.get('id') or ''} {above.tag}"
        if _SECTION_HINT.search(names) or _SECTION_HINT.search(above.get("aria-label") or ""):
            return True
    return False


def _document_order(tree: HtmlElement):
    order = {el: n for n, el in enumerate(tree.iter())}
    return order.__getitem__


@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=8192)
def _part_names(names: str) -> bool:
    """Whether a class name says "a part of a comment": its text, body or content (cached:
    asked of every part below a comment's header, the same names from comment to comment)."""
    return any(
        len(parts := name_parts(token)) >= 2
        and parts[-1] in _PARTS
        and not _ITEM_NOUNS.isdisjoint(parts[:-1])  # "ast-comment-content" (Astra)
        for token in tokens_of(names)
    )


# -- a comment's parts ------------------------------------------------------------------------


@dataclass
class Comment:
    """A comment as found in the markup, before it goes into the canonical text."""

    element: HtmlElement  # the outermost element holding it
    inner: HtmlElement  # the element with its parts (itself, or the one a wrapper wraps)
    author: str | None = None
    published: str | None = None
    paragraphs: list[list[str]] = field(default_factory=list)
    parent: int | None = None  # index among the comments found, in document order
    pingback: bool = False
    level: int | None = None
    own: list = field(default_factory=list)  # its elements (not its replies') as parts


@dataclass
class Thread:
    """The comments in reading order (each reply right after the comment it answers)."""

    comments: list[Comment]
    pingbacks: int
    roots: list[HtmlElement]  # what holds the comment section: never the article's body
    elements: set[HtmlElement]  # every element of every comment
    opening: HtmlElement | None = None  # a forum thread's first post: the article


class _Part:
    """One element of a comment (not of its replies), with what its names say, worked out
    once: the tests below look at each element many times."""

    __slots__ = ("attrib", "depth", "el", "heads", "items", "name", "roles", "semantic")

    def __init__(self, el: HtmlElement, depth: int) -> None:
        self.el = el
        self.depth = depth
        self.name = el.tag  # lower case: the HTML parser's
        self.items = False  # a comment inside it (a reply)
        items = el.items()
        if not items:  # most elements of a comment: <p>, <br>, <em>
            self.attrib = _NO_ATTRIBUTES
            self.heads = self.roles = NO_WORDS
            self.semantic = False
            return
        # a plain dict: each lookup in lxml's attribute proxy goes back to libxml2
        self.attrib = dict(items)
        self.semantic, self.heads, self.roles = _part_names_of(tuple(items))

    def get(self, key: str) -> str:
        return self.attrib.get(key) or ""


_NO_ATTRIBUTES: dict[str, str] = {}


@functools.lru_cache(maxsize=8192)
def _part_names_of(
    items: tuple[tuple[str, str], ...],
) -> tuple[bool, frozenset[str], frozenset[str]]:
    """What an element's attributes say of it, as a ``_Part`` holds it: semantic markup or
    not, its head words, its roles (cached: a thread's comments repeat their parts'
    attributes, "comment-author vcard", "says", "reply", from comment to comment)."""
    attrib = dict(items)
    names = attrib.get("class")
    if "data-testid" in attrib:  # what a page's tests call it ("comment-author")
        names = f"{names or ''} {attrib['data-testid']}".strip()
    if "data-role" in attrib and "ignature" in attrib["data-role"]:
        names = f"{names or ''} signature"  # Invision's "memberSignature", named no other way
    if "data-hook" in attrib:  # Wix's names for its parts, its classes being hashes
        names = f"{names or ''} {attrib['data-hook']}".strip()
    if "slot" in attrib:  # the part of a page's own element it fills ("commentMeta")
        slot = _CAMEL.sub("-", attrib["slot"]).lower()
        # (the slot named for the comment itself holds its text: Reddit's slot="comment")
        names = f"{names or ''} {slot}-body" if slot in _ITEM_NOUNS else f"{names or ''} {slot}"
    # microdata, RDFa or a microformat's class (p-author, e-content, dt-published)
    semantic = bool(
        "itemprop" in attrib
        or "property" in attrib
        or "rel" in attrib
        or "typeof" in attrib
        or (names and ("p-" in names or "e-" in names or "dt-" in names))
    )
    heads = heads_of(names) if names else NO_WORDS
    found = roles_of(names) if names else NO_WORDS
    if "id" in attrib and _TEXT_ID.match(attrib["id"]):
        found = found | {TEXT}  # vBulletin's "div#post_message_118402"
    return semantic, heads, found | {HIDDEN} if hidden(attrib) else found


def _own(inner: HtmlElement, items: set[HtmlElement]) -> list[_Part]:
    """The elements of one comment in document order, without those of comments inside it."""
    own: list[_Part] = []
    stack: list[tuple[HtmlElement, int, _Part | None]] = [
        (child, 1, None) for child in reversed(inner)
    ]
    while stack:
        el, depth, parent = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el in items:
            if parent is not None:
                parent.items = True
            continue
        part = _Part(el, depth)
        own.append(part)
        if len(el):
            stack.extend([(child, depth + 1, part) for child in reversed(el)])
    return own


def _below(own: list[_Part], i: int) -> list[_Part]:
    """The parts inside ``own[i]`` (they follow it, deeper, in document order)."""
    depth, j = own[i].depth, i + 1
    while j < len(own) and own[j].depth > depth:
        j += 1
    return own[i + 1 : j]


_META_ROLES = frozenset({CHROME, AUTHOR, DATE, HIDDEN})
_SIGNATURES = frozenset({"signature", "sig", "postsignature"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _holds_meta(own: list[_Part], i: int) -> bool:
    """Whether ``own[i]`` holds a reply, a heading, or named parts with text (a header, a
    name, a date, buttons): then it wraps the whole comment, not only its text."""
    if own[i].items:
        return True
    for part in _below(own, i):
        if not part.items and part.el.getparent() is own[i].el and _post_subject(part.el):
            continue
        if part.heads & _SIGNATURES:
            continue  # a forum signature set in the text's box (PunBB's "div.sig-content")
        if part.items or part.name in _HEADINGS:
            return True
        if part.roles & _META_ROLES and not part.roles & {HIDDEN} and text_size(part.el):
            return True
    return False


def _post_subject(el: HtmlElement) -> bool:
    """A heading its box opens with that its class names the post's title (wpForo's
    "h3.wpforo-post-title" in "div.wpforo-post-content"): the post's subject, not a sign
    that the box wraps the whole post, nor words of its text."""
    return (
        el.tag in _HEADINGS
        and el.getprevious() is None
        and bool({"title", "subject"} & heads_of(el.get("class") or ""))
    )


def _text_roots(own: list[_Part]) -> list[HtmlElement]:
    """The elements holding the comment's text, outermost first; none if no name says so."""
    for part in own:
        if part.semantic and (
            part.get("itemprop").lower() in ("text", "commenttext", "reviewbody")
            or "schema:text" in part.get("property")
            or "content:encoded" in part.get("property")
            or "e-content" in part.heads
            or "p-content" in part.heads
            or {"e-content", "p-content"} & set(part.get("class").split())
        ):
            return [part.el]
    chosen: list[HtmlElement] = []
    skip_to = -1  # inside a chosen root, or inside buttons and headers
    for i, part in enumerate(own):
        if i <= skip_to:
            continue
        if part.name in ("a", "time", "button") or (
            # (Astra's "ast-comment-info" wraps the header and the comment's own content)
            part.roles & _META_ROLES
            and not any(_part_names(q.get("class")) for q in _below(own, i))
        ):
            # a link's or a button's inner "-text" span is its label ("coral-username-text")
            skip_to = i + len(_below(own, i))  # "Share ›" in li.share > span.text
            continue
        if TEXT not in part.roles or _holds_meta(own, i):
            continue  # a wrapper of the whole comment ("comment-content" on Substack)
        if _reply_to_label(part.get("class")):
            continue  # Coral's "inReplyToText": the label over whom it answers, no text
        if any(
            a.tag == "blockquote" and "quote" in (a.get("class") or "").lower()
            for a in itertools.islice(part.el.iterancestors(), 3)
        ):  # a quotation's own text box (Vanilla's "blockquote.Quote > div.QuoteText"), not
            continue  # the reply's (a comment may be a blockquote itself: Mbin's)
        chosen.append(part.el)
        skip_to = i + len(_below(own, i))
    return chosen


def _reply_to_label(names: str) -> bool:
    """A class naming the label of whom a comment answers ("coral-comment-inReplyToText")."""
    for token in names.split():  # (as written: its camel case splits its words)
        parts = name_parts(token)
        if any(a == "reply" and b == "to" for a, b in itertools.pairwise(parts)):
            return True
    return False


_BADGES = frozenset({"badge", "badges", "label", "role", "flair", "tag", "says", "verbo", "status"})
_NOT_NAME = frozenset({DATE, CHROME, HIDDEN})  # a date, a button, what no one sees


def _badge_span(el: HtmlElement) -> bool:
    """A short span of a badge's words beside a name, whatever its class ("Autora")."""
    if el.tag != "span" or len(el) > 1:
        return False
    raw = text_content(el)
    if len(raw) > 40:
        return False
    words = raw.casefold().split()
    return 0 < len(words) <= 2 and all(w in rules.default().badge_words for w in words)


def _author(own: list[_Part], language: str | None) -> str | None:
    table = rules.default()

    def badge(el: HtmlElement) -> bool:
        return bool(head_words(el) & _BADGES) or _badge_span(el) or instance_of_name(el)

    def name_of(el: HtmlElement) -> str | None:
        text = collapse(text_of(el, skip=badge))
        if not text and (shown := collapse(text_of(el))).casefold() in table.guest_names:
            return shown  # "<cite><span>Ospite</span></cite>": a guest's name reads as a badge
        if not text or len(text) > _MAX_AUTHOR * 2:
            return None
        words = len(text.split())
        if words > 3 and len(el):
            # a poster's box ("div.poster": name, rank, "Post: 612"): the name is its heading
            # or its link to the profile
            inner = next(el.iterfind(".//h4"), None)
            if inner is None:  # (its link to the profile with words: not the avatar's, MyBB's)
                inner = next(
                    (
                        a
                        for a in el.iterfind(".//a")
                        if _PROFILE_LINK.search(a.get("href") or "") and collapse(text_of(a))
                    ),
                    None,
                )
            if inner is None:  # (its name in bold over the date: Avada's "<strong>NAME")
                first = next((c for c in el if isinstance(c.tag, str)), None)
                inner = first if first is not None and first.tag in ("strong", "b") else None
            if inner is None:
                inner = next(el.iterfind(".//a"), None)
            if (
                inner is not None
                and inner is not el
                and 0 < len(collapse(text_of(inner))) < len(text)
            ):
                name = name_of(inner)
                if name:
                    return name
                # (the link the reply button's: the name beside the date and that button in
                # one box, OceanWP's "div.comment-author", the box's words less theirs)
                own = collapse(text_of(el, skip=lambda d: badge(d) or bool(roles(d) & _NOT_NAME)))
                if not 0 < len(own.split()) <= 3:
                    return None
                hit = _match(table, "comment_headers", text, language)
                if not (hit and hit.get("author")):  # (not "NAME el DATE", read below)
                    text, words = own, len(own.split())
        if words > 3 or text[-1] in ":.…":  # "NAME says:", "NAME said..."
            hit = _header(table, text, language)
            if hit and hit.get("author"):
                text = hit.get("author")
        name = table.clean_author(_BY.sub("", text))
        if not name or len(name) > _MAX_AUTHOR or (words <= 3 and table.match("chrome", name)):
            return None
        return name

    for i, part in enumerate(own):  # semantic markup: microdata, h-card, RDFa
        if not part.semantic:
            continue
        prop = part.get("itemprop").lower().split()
        if "author" in prop or "creator" in prop:
            inner = [p.el for p in _below(own, i) if p.get("itemprop").lower() == "name"]
        elif "p-author" in part.get("class").split():
            inner = [p.el for p in _below(own, i) if "p-name" in p.get("class").split()]
        elif (
            "foaf:name" in part.get("property")
            or ("schema:name" in part.get("property") and "Person" in part.get("typeof"))
            or "schema:author" in part.get("rel")
        ):
            inner = []
        else:
            continue
        # (the author's own name, not that of an item inside theirs: their club's, "memberOf")
        inner = [el for el in inner if _item_of(el) is part.el] or inner
        if inner and inner[0].tag == "meta":  # microdata's value kept out of sight
            # (NodeBB's "<meta itemprop=name content=NAME>" in the post's header)
            name = table.clean_author(" ".join((inner[0].get("content") or "").split()))
            if name and len(name) <= _MAX_AUTHOR:
                return name
            continue
        name = name_of(inner[0] if inner else part.el)
        if name:
            return name
    ranked: list[tuple[int, int, HtmlElement]] = []
    for position, part in enumerate(own):
        heads = part.heads
        if part.name == "cite" and not heads:
            # HTML's own element for whose words these are: the name in a header that no
            # class names (the Disqus plugin's "<cite>NAME</cite><span>Mod</span>"), not a
            # work's title in the comment's text ("I re-read <cite>The Hobbit</cite>")
            # (nor whom a quotation box quotes: FluxBB's "div.quotebox" /
            # "<cite>NAME a écrit :</cite>" over its blockquote)
            box = part.el.getparent()
            quoting = box is not None and _QUOTATION_NAMES.search(box.get("class") or "")
            if not _in_prose(part.el) and not quoting:
                ranked.append((3, position, part.el))
            continue
        if not heads & _AUTHOR_HEADS or heads & {"avatar", "img", "image", "photo", "picture"}:
            continue
        if class_words(part.el) & _BADGES:
            continue  # "user-status-author": a badge saying who the author is ("Auteur")
        if heads & _WRAPPERS:
            continue  # "wpd-comment-wrap wpd-blog-post_author": the whole comment's box
        if _QUOTATION_NAMES.search(part.get("class")) or any(
            a.tag == "blockquote" for a in itertools.islice(part.el.iterancestors(), 3)
        ):
            continue  # a quoted post's author ("div.wpforo-post-quote-author": "@NAME")
        rank = 0 if heads & {"fn", "p-name"} else 1 if heads & _AUTHOR_PRIME else 2
        ranked.append((rank, position, part.el))
    if not ranked:
        # a heading nothing names, over the comment's text (Ghost's "<h4>NAME</h4>",
        # its class names all styling): the commenter's name where it reads as one
        ranked = [
            (4, position, part.el)
            for position, part in enumerate(own[:_HEADING_REACH])
            if part.name in _NAME_HEADINGS
            and not part.roles
            and part.heads.isdisjoint(_SUBJECT_HEADS)  # (Drupal's subject over its text)
            and _heading_name(part.el)
            and _dated_next(own, position)  # (a subject heads the text, no date between)
        ][:1]
    ranked.sort(key=lambda r: (r[0], r[1]))
    named = {el for _, _, el in ranked}
    # (the innermost of those named for the author first: Invision's "aside.cAuthorPane",
    # the poster's box, round its "h3.cAuthorPane_author", the name)
    inner = [
        el
        for _, _, el in ranked
        if not any(d in named for d in el.iterdescendants()) and not _badge_in_name(el, named)
    ]
    for el in (*inner, *(el for _, _, el in ranked)):
        name = name_of(el)
        if name:
            return name
    for part in own:  # a link to the commenter's page that reads as its user name ("/u/NAME")
        if part.name == "a" and (name := user_link_name(part.el)):
            return name
    return None


def _badge_in_name(el: HtmlElement, named: set[HtmlElement]) -> bool:
    """A badge set inside the name's own element, itself named for the author (Hemingway's
    "<cite class=fn>NAME <span class=post-author>(Autore dell'articolo)</span></cite>"): the
    name is the words beside it. A guest's word alone in its box is no badge there
    ("<cite><span>Ospite</span></cite>")."""
    if not rules.default().badge_alone(collapse(text_of(el))):
        return False
    return any(
        a in named and collapse(text_of(a, skip=lambda d: d is el)) for a in el.iterancestors()
    )


_NAME_HEADINGS = frozenset({"h3", "h4", "h5", "h6"})
_SUBJECT_HEADS = frozenset({"title", "subject", "heading", "headline"})
_HEADING_REACH = 12  # parts of a comment looked through for a heading over its text (an
# avatar of initials before it takes five: "<figure><div><p>RK</p></div></figure>")


def _dated_next(own: list[_Part], i: int) -> bool:
    """A date follows part ``i`` before the comment's text does: the header's name over it."""
    dates = rules.default().dates
    for part in own[i + 1 + len(_below(own, i)) : i + 12]:
        if part.name in _PROSE_TAGS or TEXT in part.roles:
            return False
        text = collapse(text_of(part.el)) if not len(part.el) else ""
        if (
            part.name == "time"
            or DATE in part.roles
            or _title_date(part.get("title"))
            or (text and len(text) <= 60 and dates.is_date_line(text, relative=True))
        ):
            return True
    return False


_INITIAL_WORD = re.compile(r"[^\W\d_]\.")


def _heading_name(el: HtmlElement) -> bool:
    """Capitalised words, a name's, that no table reads as a heading of the page's."""
    text = collapse(text_of(el))
    words = text.split()
    table = rules.default()
    return (
        0 < len(words) <= 4
        and len(text) <= 60
        and not any(c.isdigit() or c in "!?:" for c in text)
        # (a stop only after an initial: "Marloes V.")
        and all("." not in w or _INITIAL_WORD.fullmatch(w) for w in words)
        and all(w[:1].isupper() or w.lower() in table.name_particles for w in words)
        and table.match("chrome", text) is None
        and table.match("boilerplate", text) is None
    )


def _in_prose(el: HtmlElement) -> bool:
    """``el`` stands in a paragraph, a quotation or a list item: in a comment's text."""
    return any(a.tag in _PROSE_TAGS for a in itertools.islice(el.iterancestors(), 6))


_PROSE_TAGS = frozenset({"p", "blockquote", "q", "dd"})
_WRAPPERS = frozenset({"wrap", "wrapper", "container", "inner", "outer"})
_BY = re.compile(
    r"(?i)^\s*(?:by|posted by|written by|von|geschrieben von|par|posté par|écrit par|por"
    r"|escrito por|publicado por|enviado por|di|inviato da|scritto da|door|geplaatst door"
    r"|geschreven door)\s+"
)  # ("inviato da NAME": Joomla K2's comment head, in the site's language)
_AUTHOR_HEADS = ROLE_WORDS[AUTHOR]  # the nouns that name an element its comment's author
_AUTHOR_PRIME = frozenset(
    {"author", "autor", "auteur", "autore", "autora", "autrice", "commenter", "username",
     "postauthor"}
)  # fmt: skip
_SEMANTIC_DATES = ("datecreated", "datepublished", "commenttime", "uploaddate")
_DATE_BOXES = frozenset(
    {
        "submitted",
        "info",
        "details",
        "header",
        "head",
        "byline",
        "cab",
        "intestazione",
        "posted",
        "keyinfo",
    }
)


def _edit_time(el: HtmlElement) -> bool:
    """A date under the word that says the post was edited then ("editada", "edited")."""
    words = text_content(el)[:40].split()
    if not words or not words[0].isalpha():
        return False
    hit = rules.default().match("header_lines", words[0])
    return hit is not None and words[0].casefold() != "avatar"


def _tooltip_date(el: HtmlElement) -> str | None:
    """The first date a tooltip inside ``el`` holds ("hace 1 año" titled "13 de enero de
    2024 9:42")."""
    for child in el.iter():
        date = _title_date(child.get("title"))
        if date:
            return _as_shown(date, child)
    return None


def _title_date(title: str | None) -> str | None:
    """The date a tooltip gives, unless its numbers could be day or month first ("3/4/2024":
    the page says which nowhere)."""
    return parse_date(title) if title and not _AMBIGUOUS_DAY.match(title) else None


_AMBIGUOUS_DAY = re.compile(r"\s*(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|1[0-2])[./-]\d{2,4}\b")


def _as_shown(date: str, time: HtmlElement) -> str:
    """The date a ``<time>`` shows, where it shows one a day beside its ``datetime``: the
    page's own time zone (phpBB: "sam. 2 mars 2024 00:26" over "…T23:26:00+00:00")."""
    text = collapse(text_of(time))
    shown = parse_date(text) if text and len(text) <= 80 else None
    if shown is None and text and len(text) <= 80:
        # shown without its year ("Le 16 mars à 00:20" over "2024-03-15T23:20:00Z")
        dates = rules.default().dates
        found = dates.day_month(text) or dates.day_month(text.split(None, 1)[-1])
        shown = f"{date[:4]}-{found[0]:02d}-{found[1]:02d}" if found else None
    if shown is None or shown == date:
        return date
    try:
        apart = abs(datetime.date.fromisoformat(shown) - datetime.date.fromisoformat(date))
    except ValueError:
        return date
    return shown if apart.days == 1 else date


def _published(own: list[_Part], roots: set) -> str | None:
    """The comment's date: ``<time datetime>``, semantic markup, a date's tooltip, the text of
    an element named a date, of the header's box, then a short line that is only a date."""
    inside: set[int] = set()
    for i, part in enumerate(own):
        if part.el in roots:
            inside.update(range(i, i + 1 + len(_below(own, i))))
    outside = [part for i, part in enumerate(own) if i not in inside]
    table = rules.default()
    for part in outside:
        if part.name == "time" and part.get("datetime"):
            box = part.el.getparent()
            if box is not None and _profile_value(box, table):
                continue  # when the poster joined, in their profile's card (DEV's "Joined")
            date = iso_date(part.get("datetime"))
            if date:
                return _as_shown(date, part.el)
    for part in outside:
        if not part.semantic:
            continue
        rdfa = part.get("property")
        if (
            part.get("itemprop").lower() in _SEMANTIC_DATES
            or "dc:date" in rdfa
            or "dc:created" in rdfa
            or "schema:dateCreated" in rdfa
            or "dt-published" in part.get("class").split()
        ):
            value = (part.get("datetime") or part.get("content") or part.get("title")) or text_of(
                part.el
            )
            date = iso_date(value)
            if date:
                # an empty RDFa mark beside the date shown (Drupal: "<span property=
                # schema:dateCreated content=…T23:20Z></span>dom, 04/14/2024 - 00:20")
                shown = None if text_of(part.el).strip() else part.el.getparent()
                if shown is not None and not rules.default().dates.is_date_line(
                    collapse(text_of(shown))
                ):
                    shown = None  # (the comment round a <meta>, its words no date line)
                return _as_shown(date, shown) if shown is not None else date
    dated = [part for part in outside if DATE in part.roles]
    # (when it was edited, "editada 16/04/2023", over when it was posted: the last resort)
    edited = [part for part in dated if _edit_time(part.el)]
    for part in [p for p in dated if p not in edited] + edited:
        for value in (part.get("title"), part.get("datetime"), part.get("content")):
            date = iso_date(value) if value else None
            if date:
                return _as_shown(date, part.el)
        date = _tooltip_date(part.el)
        if date:
            return date
        text = collapse(text_of(part.el))
        date = parse_date(text) if len(text) <= 200 else None
        if date:
            return date
    for part in outside:  # the header's box ("comment-meta", "submitted")
        if any(h in _DATE_BOXES or "meta" in h for h in part.heads):
            text = collapse(text_of(part.el))
            if _profile_row(text, table):
                continue  # the poster's card ("ul.author-info": "Registriert: 03.02.2011 …")
            date = parse_date(text) if len(text) <= 200 else None
            if date:
                return date
            date = _tooltip_date(part.el)  # "hace 1 año", the date in its link's tooltip
            if date:
                return date
    for part in outside:
        if part.name == "abbr" and part.get("title"):
            date = iso_date(part.get("title"))
            if date:
                return date
    dates = table.dates
    for part in outside:  # "May 3, 2023" in a <p> of its own (obfuscated class names)
        el = part.el
        if _profile_value(el, table):
            continue  # when the poster joined ("<strong>Lid geworden op:</strong> wo 4 mrt …")
        # (or beside an icon: vBulletin's "<td class=thead><a><img></a> 15.03.2012, 22:15")
        text = (
            collapse(" ".join([el.text or "", *(c.tail or "" for c in el)]))
            if len(el)
            else collapse(text_of(el))
        )
        if text and len(text) <= 80 and dates.is_date_line(text):
            date = parse_date(text)
            if date:
                return date
    for part in outside:  # "4 weken geleden" titled "ma 18 mrt 2024 20:47", no class naming it
        if not part.get("title"):
            continue
        # (or a day without its year, its dot before it: Ghost's "· 12 Mar" titled "12 Mar
        # 2024 07:41")
        shown = collapse(text_of(part.el)).lstrip("·• ") if len(part.el) <= 1 else ""
        if (
            (not len(part.el) and dates.is_relative(shown))
            or (0 < len(shown) <= 20 and dates.day_month(shown))
        ) and (date := _title_date(part.get("title"))):
            return date
    return None


def _profile_row(text: str, table: rules.Rules) -> bool:
    """A line that opens with a label of the poster's profile ("Registriert: 03.02.2011
    Beiträge: 4.812"): when they joined, not when they wrote."""
    label, colon, _ = text.partition(":")
    return bool(colon) and label.casefold().strip() in table.profile_labels


def _profile_value(el: HtmlElement, table: rules.Rules) -> bool:
    """``el`` holds a value of the poster's profile, after its label: in it
    ("<dd><strong>Joined:</strong> Mar 2, 2016</dd>") or beside it ("<dt>Joined</dt><dd>…")."""
    label = None
    if len(el) and not (el.text or "").strip():
        label = el[0].text if (el[0].text or "").rstrip().endswith(":") else None
    if (
        label is None
        and (before := el.getprevious()) is not None
        and (
            before.tag == "dt" or "key" in class_tokens(before)  # ("div.key" over "div.value")
        )
    ):
        label = text_of(before)
    return bool(label) and collapse(label).casefold().rstrip(": ") in table.profile_labels


def _line_kind(table, line: str, language: str | None) -> str | None:
    """What a short line in a comment is besides text: "header", "chrome" or None."""
    if len(line) > 100:
        return None  # headers and buttons are short lines; prose is left alone at once
    return _kind(line, language)


@functools.lru_cache(maxsize=4096)
def _kind(line: str, language: str | None) -> str | None:
    table = rules.default()
    probe = table.probe(line)
    if table.match("chrome", probe) or table.match("boilerplate", probe):
        return "chrome"
    if _match(table, "comment_headers", line, language) or table.match("header_lines", probe):
        return "header"
    if table.match("reply_to", probe) or table.dates.is_date_line(line, relative=True):
        return "header"
    if rules.count_header(line) is not None:
        return "chrome"
    return None


def _text(
    comment: Comment, own: list[_Part], items: set, language: str | None
) -> tuple[list[list[str]], set[HtmlElement]]:
    table = rules.default()
    roots = (  # (SMF's "div.post" first: SMF 2 names its buttons' row "under_message")
        _smf_text(comment.element) or _spilled(_text_roots(own)) or _forumfree_text(comment.element)
    )
    if roots:
        # what the text's own paragraphs hold is what the commenter wrote ("+1", "©"): kept;
        # a named block in it that reads as a button or a header is the theme's ("Responder",
        # "em resposta a NAME" inside Astra's itemprop=text)
        def furniture(el: HtmlElement) -> bool:
            if el in items or _quoted_post(el, language):
                return True
            if _post_subject(el):
                return True  # the post's title over its text (wpForo's), not its words
            if "revision-log" in (el.get("class") or ""):
                return True  # bbPress's "This reply was modified 1 year ago by NAME."
            if (names := el.get("class")) and heads_of(names) & _SIGNATURES:
                return True  # the poster's signature set in the text's box ("sig-content")
            if _link_card(el):
                return True
            if "edit" in (el.get("class") or "") and _line_kind(
                table, collapse(text_of(el)), language
            ):
                return True  # an edit note named so ("p.edited": "[Reactie gewijzigd door …]")
            # (a paragraph Invision keeps out of quotations is its own: "Bearbeitet DATE von")
            # (or a block of the text's own paragraphs: Substack's "div.markup" round "<p>+1")
            own_words = (el.tag == "p" or el.find("p") is not None) and el.get(
                "data-excludequote"
            ) is None
            if own_words or not el.get("class") or text_size(el) > 100:
                return False
            return _line_kind(table, collapse(text_of(el)), language) is not None

        found = [p for root in roots for p in paragraphs(root, furniture)]
        return _before_signature([p for p in found if p], table), set(roots)
    # no element says it holds the text: the comment less its named parts and its header
    skipped = {part.el for part in own if part.roles & _META_ROLES} | items
    skipped.update(part.el for part in own if _quoted_post(part.el, language))
    skipped.update(part.el for part in own if _badge_span(part.el))
    row = _time_row(comment, own)
    if row is not None:
        skipped.add(row)

    def skip(el: HtmlElement) -> bool:
        # (a <cite> in the text is a work's title, said in it: "I re-read <cite>The Hobbit")
        return (
            el in skipped
            or (tag(el) in _NOT_TEXT_TAGS and not (el.tag == "cite" and _in_prose(el)))
            or _link_card(el)
        )

    # headers open a comment and buttons close it: only the first and last lines are tried
    found = paragraphs(comment.inner, skip)
    first, last = 3, sum(map(len, found)) - 2
    kept: list[list[str]] = []
    position = 0
    for paragraph in found:
        lines = []
        for line in paragraph:
            if (position >= first and position < last) or _line_kind(table, line, language) is None:
                lines.append(line)
            position += 1
        if comment.author and not kept and lines and lines[0] == comment.author:
            lines = lines[1:]  # the name on a line of its own, above the text
        if lines:
            kept.append(lines)
    # buttons and counters that stand alone at the end ("Reply", "Like (21)")
    while kept and len(kept[-1]) == 1 and _line_kind(table, kept[-1][0], language):
        kept.pop()
    return kept, set()


def _spilled(roots: list[HtmlElement]) -> list[HtmlElement]:
    """The text box, or the paragraphs the parser set after it: a <p> box holding the
    comment's own <p>s (Ghost's "p.gh-comment-content", saved as the browser built it) is
    closed empty by the first of them, and they follow it as its siblings."""
    found: list[HtmlElement] = []
    for root in roots:
        found.append(root)
        if root.tag != "p" or len(root) or (root.text or "").strip():
            continue
        sibling = root.getnext()
        # (its own paragraphs, unnamed: not the theme's "p.reply-button" after the box)
        while sibling is not None and sibling.tag == "p" and not sibling.get("class"):
            found.append(sibling)
            sibling = sibling.getnext()
    return found


_LINK_CARDS = frozenset({"onebox"})  # (Discourse's)


def _link_card(el: HtmlElement) -> bool:
    """A link's preview card in a post (Discourse's "aside.onebox"): the linked page's title
    and blurb, which the commenter did not write (not the link itself, "a.onebox", typed)."""
    names = el.get("class")
    return bool(names) and el.tag == "aside" and not _LINK_CARDS.isdisjoint(class_tokens(el))


def _before_signature(found: list[list[str]], table: rules.Rules) -> list[list[str]]:
    """The paragraphs up to a forum signature's separator ("_________________")."""
    for n, paragraph in enumerate(found):
        for k, line in enumerate(paragraph):
            if n + k and len(line) <= 40 and table.match("signatures", line) is not None:
                return [*found[:n], paragraph[:k]] if k else found[:n]
    return found


_NOT_TEXT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "time", "cite"})


def _nodebb_head(el: HtmlElement, language: str | None) -> bool:
    """NodeBB's head over a quotation, a paragraph of its own: the mention, the words, the
    link to the quoted post ("<a>@NAME</a> said in <a>TOPIC</a>:"), not a commenter's own
    sentence over a quotation ("@lucia dijo en su primer mensaje que … Mi libro lo explica así:")."""
    links = el.findall(".//a")
    if len(links) < 2:
        return False
    text = collapse(text_of(el))
    mention, topic = collapse(text_of(links[0])), collapse(text_of(links[-1]))
    return (
        0 < len(text) <= 200
        and mention.startswith("@")
        and text.startswith(mention)
        and bool(topic)
        and text.endswith(f"{topic}:")
        and _match(rules.default(), "quote_headers", text, language) is not None
    )


def _item_of(el: HtmlElement) -> HtmlElement | None:
    """The microdata item a property belongs to: the nearest element around it that opens one."""
    return next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)


_QUOTE_TITLES = frozenset({"title", "top"})


def _quoted_post(el: HtmlElement, language: str | None) -> bool:
    """A box quoting another post under its attribution (XenForo's ``data-quote``,
    Discourse's ``aside.quote``, phpBB's "NAME wrote:"): not the reply's text. A quotation
    box without one (a law, a newspaper) is the commenter's own."""
    if el.tag == "div" and any("quote" in w for w in class_words(el)):
        # phpBB's subsilver2: "div.quotetitle" ("NAME schreef:") over "div.quotecontent";
        # ForumFree's "div.quote_top" ("CITAZIONE (NAME @ DATE)") over "div.quote"
        title = el if not _QUOTE_TITLES.isdisjoint(class_words(el)) else el.getprevious()
        if title is not None and _quoted_post_title(title, language):
            return True
        # Contao's "div.quote": the attribution its first paragraph ("NAME hat geschrieben:");
        # PunBB's "div.quotebox": in a <cite> over the blockquote
        first = next((c for c in el if isinstance(c.tag, str)), None)
        return (
            first is not None and first.tag in ("p", "cite") and _quoted_post_title(first, language)
        )
    if el.tag == "p" and (below := el.getnext()) is not None and below.tag == "blockquote":
        return _nodebb_head(el, language)
    if el.tag not in ("blockquote", "aside"):
        return False
    if TEXT in roles(el):
        return False  # vBulletin's "blockquote.postcontent": the post's text, quotes inside it
    above = el.getprevious()
    if above is not None and above.tag == "p" and _nodebb_head(above, language):
        return True
    if el.get("data-quote") is not None or el.get("data-username") is not None:
        return True
    if el.tag == "aside" and "quote" not in class_tokens(el):
        return False
    # phpBB 3's attribution in a <cite> run into the quoted words ("NAME a écrit : ↑DATE")
    cite = next(el.iter("cite"), None)
    if cite is not None and _quoted_post_title(cite, language):
        return True
    found = paragraphs(el)
    first = found[0][0] if found and found[0] else ""
    return (
        len(first) <= 150 and _match(rules.default(), "quote_headers", first, language) is not None
    )


def _quoted_post_title(el: HtmlElement, language: str | None) -> bool:
    first = collapse(text_of(el))
    table = rules.default()
    return 0 < len(first) <= 150 and (
        _match(table, "quote_headers", first, language) is not None
        or (first.endswith(":") and _match(table, "comment_headers", first, language) is not None)
    )


def _time_row(comment: Comment, own: list[_Part]) -> HtmlElement | None:
    """The short block that holds the comment's ``<time>`` (with its name, its badges, "in
    reply to"): its header when no class name says so."""
    time = next((part.el for part in own if part.name == "time"), None)
    if time is None:
        return None
    row = time
    while (parent := row.getparent()) is not None and parent is not comment.inner:
        if row is not time and _holds_text_beside(parent, row):
            break  # (an article holding the header row and the text, inside li.comment)
        row = parent
    if parent is None or row is time or text_size(row) > 200:
        return None
    return row


def _holds_text_beside(box: HtmlElement, row: HtmlElement) -> bool:
    """A paragraph, or a long line, in ``box`` outside ``row``: the comment's text."""
    inside = set(row.iter("p"))
    if any(p not in inside for p in box.iter("p")):
        return True
    return text_size(box) - text_size(row) > 40


def _avatar_initials(text: str) -> bool:
    """ "M", "JR": the letters an avatar shows in place of a picture, before the name."""
    return len(text) <= 2 and text.isalpha() and text.isupper()


_NOT_NAMES = _NOT_PROSE - {"a"}


def _row_author(row: HtmlElement, language: str | None) -> str | None:
    """The first piece of a header row that reads as a name ("Heike Brandner" before "↳
    Antwort an Klaus_R" and the date)."""
    table = rules.default()
    for el in row.iterdescendants():
        # (a link is kept: the name is most often one to the commenter's profile; not one
        # to another comment, "Reply to <a href="#comment-11">NAME</a>")
        if not isinstance(el.tag, str) or el.tag in _NOT_NAMES or hidden(el) or len(el):
            continue
        if el.tag == "a" and (el.get("href") or "").startswith("#"):
            continue
        text = collapse(text_of(el))
        if not text or len(text) > _MAX_AUTHOR or parse_date(text) or _avatar_initials(text):
            continue
        if _line_kind(table, text, language) or text[-1] in "!?:;,":
            continue
        if text[-1] == "." and len(text.split()) > 3:  # a sentence ("Sam O." is a name)
            continue
        return table.clean_author(text)
    return None


def _outside_text(comment: Comment, items: set, roots: set) -> list[list[str]]:
    """The comment's lines outside its text and its replies: its header and its buttons."""
    skipped = roots | items
    return paragraphs(comment.inner, lambda el: el in skipped)


def _removed_label(inner: HtmlElement, items: set) -> str | None:
    """The label a deleted comment's head shows in place of its writer's name, with its
    date beside it ("Comment deleted" · "Apr 10"), outside the replies under it: an element
    its markup names as such ("comment-deleted-label"), not a deleted account's name."""
    for el in inner.iterdescendants():
        if el in items:
            return None  # (the replies come after the comment's own head and text)
        if len(el) or not el.text or not _DELETED_NAMES.search(_names(el)):
            continue
        label = collapse(el.text)
        if len(label) <= 40 and rules.removed_text(label):
            return label
    return None


_DELETED_NAMES = re.compile(r"delet|remov", re.IGNORECASE)


def _author_from_lines(
    lines: list[list[str]], language: str | None
) -> tuple[str | None, str | None]:
    """A header line the rule tables read ("Submitted by NAME on DATE", "NAME says:")."""
    table = rules.default()
    for paragraph in lines[:6]:
        for line in paragraph[:4]:
            if len(line) > 200:
                continue
            hit = _header(table, line, language)
            if hit and hit.get("author"):
                author = table.clean_author(hit.get("author"))
                if author and rules.POST_NUMBER.match(author):
                    author = None  # the post's number over its date ("#2 2024-03-11 20:05")
                date = parse_date(hit.get("date")) if hit.get("date") else None
                if date is None:  # the date on the header's next line ("Em: 14/05/2006")
                    k = paragraph.index(line)
                    date = next(
                        (d for later in paragraph[k + 1 : k + 3] if (d := _header_date(later))),
                        None,
                    )
                return author, date
    return None, None


def _header(table: rules.Rules, line: str, language: str | None) -> rules.Hit | None:
    """The comment header a line is, its date read where a rule of the page's language took
    it for a part of the name (Garland's "DATE — NAME (niet geverifieerd)" read by the
    badge's "{author} (niet geverifieerd)")."""
    hit = _match(table, "comment_headers", line, language)
    if hit is None and " - " in line and len(line) <= 100:
        # a hyphen for the dash between the date and the name, in a comment's own header box
        # ("13 mai 2024 19:02&nbsp;-&nbsp;Josiane M.", django-comments-xtd's; in a text
        # copy "DATE - WORDS" is too often a line of prose to be read so)
        hit = _match(table, "comment_headers", line.replace(" - ", " – ", 1), language)
        if hit is not None and not (
            hit.get("date") and hit.get("author") and _capitalised_name(hit.get("author"), table)
        ):
            hit = None  # (a comment's title after its date: "12/03/2025 - Mur nord fini")
    if hit and hit.get("author") and not hit.get("date"):
        again = table.match("comment_headers", hit.get("author"))
        if again and again.get("author") and again.get("date"):
            return again
    return hit


def _capitalised_name(name: str, table: rules.Rules) -> bool:
    """A name as a header writes one: a few words, each capitalised but its particles
    ("Josiane M.", "Les Amis du Passage"), not a title's words ("Mud at Froudes Bridge")."""
    words = name.split()
    return (
        0 < len(words) <= 5
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.casefold() in table.name_particles for w in words)
        and not any(c.isdigit() for c in name)
    )


def _header_date(line: str) -> str | None:
    return parse_date(line) if len(line) <= 60 and _kind(line, None) == "header" else None


def _first_line_author(lines: list[list[str]], language: str | None) -> str | None:
    """No name says who wrote it: the first short line above the text that is not a date, a
    count or a button (Medium's obfuscated class names)."""
    table = rules.default()
    for paragraph in lines[:4]:
        for line in paragraph[:2]:
            if line.casefold() in table.guest_names:
                return line  # "Guest": what a guest is shown as is their name here
            if len(line) > _MAX_AUTHOR or parse_date(line) or _line_kind(table, line, language):
                continue
            if line.replace(".", "").replace(",", "").replace("K", "").isdigit():
                continue
            if rules.POST_NUMBER.match(line):
                continue  # the post's number ("#2", FluxBB's over its date)
            if _avatar_initials(line):
                continue
            initial = _INITIAL_LAST.search(line) is not None  # "Raúl M.": a name, not a sentence
            if len(line.split()) > 5 or (line[-1] in ".!?…:;," and not initial):
                return None  # a sentence: the comment's own text, not a name above it
            return table.clean_author(line)
        if not rules.POST_NUMBER.match(paragraph[0].split(" ", 1)[0]):
            return None
        # (the post's number and date over the poster's box: FluxBB's "#2 2024-03-11 20:41"
        # over "Mirabelle" / "Modérateur")
    return None


# -- the thread -------------------------------------------------------------------------------


def _wrapper_of(el: HtmlElement, items: set, first: HtmlElement) -> bool:
    """Whether ``el`` only wraps ``first`` (an item inside it): no text of its own but a short
    header, and no reply container or list between the two."""
    for ancestor in first.iterancestors():
        if ancestor is el:
            break
        if tag(ancestor) in ("ol", "ul") or head_words(ancestor) & _REPLY_CONTAINERS:
            return False
    if not has_text(el, lambda child: child in items):
        return True
    # a header beside the one item inside, not text of its own: the item is this one's text
    # box (Hacker News: "tr.comtr" with its "comhead", over "div.comment")
    if _outside_replies(el, items) != 1 or any(
        TEXT in p.roles
        for p in _own(el, items)  # (by its names, its slot's too)
    ):
        return False  # (a comment with its text box and one reply under it)
    header = text_of(el, lambda child: child in items)
    # (no sentence of its own, at its end or before its counters: Medium's "… honest. 12")
    return (
        len(header) <= 150
        and header.rstrip()[-1:] not in ".!?…"
        and not _SENTENCE_IN.search(header)
    )


def _outside_replies(el: HtmlElement, items: set) -> int:
    """How many items ``el`` holds outside its list of replies (Twenty Nineteen's "li.comment"
    holds its "article.comment-body", its reply button, then "ol.children"), not inside one
    another."""
    count = 0
    walk = iter(el.iterdescendants())
    for d in walk:
        if d in items:
            count += 1
            for _ in d.iterdescendants():
                next(walk, None)  # (what the item holds is its own)
        elif tag(d) in ("ol", "ul") or head_words(d) & _REPLY_CONTAINERS:
            for _ in d.iterdescendants():
                next(walk, None)  # (the replies, each inside the list)
    return count


# a run of words, then a stop after a word in small letters (not a day's "3." nor "Sept."),
# then a capital, the end, or a count alone at the end ("… kept it honest. 12")
_SENTENCE_IN = re.compile(r"\w[^.!?…\n]{12,}[a-zß-ÿ]{3}[.!?…](?:\s+[A-ZÀ-Ý\"“«¿¡]|\s*$|\s+\d+\s*$)")


def _level(el: HtmlElement) -> int | None:
    """How deep the markup says the comment stands in a flat list: a class name
    (``depth-2``), an attribute (``depth="1"``, ``aria-level``), or an inline indent
    (``style="margin-left:64px"``, as a level's pixels; only their order counts)."""
    for token in class_tokens(el):
        match = _LEVEL.search(token)
        if match:
            return int(match.group(1))
    for attribute in _LEVEL_ATTRIBUTES:
        value = el.get(attribute)
        if value and value.strip().isdecimal():
            return int(value)
    style = el.get("style")
    if style and (indent := _INDENT.search(style)):
        return round(_pixels(indent))
    return None


def _pixels(found: re.Match) -> float:
    """An inline indent's length in pixels ("64px", "4em": 16 pixels an em)."""
    return float(found.group(1)) * (16 if found.group(2) else 1)


def _only_item(box: HtmlElement, el: HtmlElement, items: set) -> bool:
    """``el`` is the one comment inside ``box`` (a wrapper of it alone, not the list)."""
    return not any(d in items for d in box.iterdescendants() if d is not el)


_LEVEL_ATTRIBUTES = ("depth", "data-depth", "data-level", "aria-level", "level")
_INDENT = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(r?em)?", re.I)
_MARGIN = re.compile(r"(?<![\w-])margin-left\s*:\s*(\d+(?:\.\d+)?)\s*(r?em)?", re.I)


def _keys(el: HtmlElement) -> list[str]:
    keys = []
    for attribute in _ID_ATTRIBUTES:
        value = (el.get(attribute) or "").strip()
        if value:
            keys.append(value)
            keys.extend(_DIGITS.findall(value))
    return keys


def _group_listed_comments(tree: HtmlElement) -> None:
    """Old Blogger's ``dl#comments-block`` sets each comment as siblings: a ``dt`` (its
    author, "NAME dijo...") and the ``dd`` under it (its text, its footer with the date).
    Each such group is wrapped in a ``div.comment`` of its own, as newer markup has it."""
    for dl in list(tree.iter("dl")):
        dts = [c for c in dl if tag(c) == "dt"]
        if not dts or not (
            _COMMENTISH.search(dts[0].get("class") or "")
            # (or a list in the comment section whose terms read as comment headers:
            # "Kellnauer58 schrieb am 14.05.2024 um 07:12 Uhr")
            or (
                any(_commentish(_names(a)) for a in dl.iterancestors())
                and rules.default().match("comment_headers", collapse(text_of(dts[0])))
            )
        ):
            continue  # (a comment's own "Autor" / "Fecha" list is no list of comments)
        groups: list[list[HtmlElement]] = []
        for child in dl:
            if tag(child) == "dt":
                groups.append([child])
            elif groups and isinstance(child.tag, str):
                groups[-1].append(child)
        # ("Links to this post": Blogger's backlinks in the same list, pingbacks of a kind)
        linked = any("backlink" in _names(a).lower() for a in (dl, *dl.iterancestors()))
        for group in groups:
            wrapper = dl.makeelement("div", {"class": "comment pingback" if linked else "comment"})
            group[0].addprevious(wrapper)
            for el in group:
                wrapper.append(el)  # (an element moves with its tail)


def _group_table_posts(tree: HtmlElement) -> None:
    """phpBB 3.0's subsilver2 sets each post as rows of the topic's one table: the row of
    its anchor ("a[name=p15822]") and its poster's name ("b.postauthor"), then the rows of
    the profile and text, down to the next post's. Each post's rows are wrapped in a
    ``div#p15822.post`` of their own, as prosilver marks its posts."""
    for name in list(tree.iter("b")):
        if "postauthor" not in class_tokens(name):
            continue
        row = next(name.iterancestors("tr"), None)
        anchor = row.find(".//a[@name]") if row is not None else None
        mark = anchor.get("name") if anchor is not None else ""
        if not _PHPBB_ID.match(mark) or row.getparent() is None:
            continue
        group = [row]
        after = row.getnext()
        while after is not None and not (
            tag(after) == "tr" and any("postauthor" in class_tokens(b) for b in after.iter("b"))
        ):
            if tag(after) == "tr" and after.find(".//td[@class='spacer']") is not None:
                break  # (the spacer row between two posts)
            group.append(after)
            after = after.getnext()
        wrapper = row.makeelement("div", {"class": "post", "id": mark})
        row.addprevious(wrapper)
        for el in group:
            wrapper.append(el)


def read_thread(tree: HtmlElement, language: str | None = None) -> Thread:
    """The page's comments, pingbacks counted apart, with the elements that hold them."""
    _group_listed_comments(tree)
    _group_table_posts(tree)
    candidates = _find_items(tree)
    if not candidates:
        return Thread([], 0, [], set())
    items = set(candidates)
    # the first item inside each item: in document order, an item's first inner item is the
    # first later item whose nearest item above is it
    first_inside: dict[HtmlElement, HtmlElement] = {}
    for el in candidates:
        above = next((a for a in el.iterancestors() if a in items), None)
        if above is not None:
            first_inside.setdefault(above, el)
    # a wrapper around a comment is that comment ("li.comment > article.comment-body")
    wrapped: dict[HtmlElement, HtmlElement] = {}  # the inner element → its outermost wrapper
    comments: list[Comment] = []
    index: dict[HtmlElement, int] = {}  # every item element (wrappers too) → its comment
    for el in candidates:
        if el in wrapped:
            continue
        inner = el
        while True:
            first = first_inside.get(inner)
            if first is None or not _wrapper_of(inner, items, first):
                break
            wrapped[first] = el
            inner = first
        comment = Comment(el, inner, pingback=_is_pingback(el) or _is_pingback(inner))
        comment.level = _level(el)
        box = el.getparent()
        if comment.level is None and box is not None and _only_item(box, el, items):
            comment.level = _level(box)  # Coral's "div.coral-indent-2" round the comment
        index[el] = len(comments)
        if inner is not el:
            for d in el.iterdescendants():
                if d is inner:
                    break
                if d in items:
                    index[d] = len(comments)
            index[inner] = len(comments)
        comments.append(comment)

    # a forum topic whose first post is marked as one of its posts, number 1 (Discourse's
    # "article#post_1"): the opening post, the article, not a reply
    numbered_first = None
    if len(comments) > 1 and _post_one(comments):
        numbered_first = comments.pop(0).element
        index = {el: n - 1 for el, n in index.items() if n > 0}

    # who answers whom
    by_key: dict[str, int] = {}
    for n, comment in enumerate(comments):
        for el in (comment.element, comment.inner):
            for key in _keys(el):
                by_key.setdefault(key, n)
    for comment in comments:
        comment.own = _own(comment.inner, items)
        if comment.element is not comment.inner and has_text(
            comment.element, lambda child: child in items
        ):  # a header beside the text box it wraps (Hacker News): its name, date and links
            comment.own = [p for p in _own(comment.element, items) if p.el is not comment.inner]
            comment.own += _own(comment.inner, items)
    stop = _common_ancestor([c.element for c in comments])
    for n, comment in enumerate(comments):
        comment.parent = _parent(n, comment, comments, index, items, by_key, stop)
    _parents_by_level(comments)

    elements: set[HtmlElement] = set()
    for comment in comments:  # in document order: a reply's elements came with its parent's
        if comment.element not in elements:
            elements.update(comment.element.iter())
    opening = numbered_first if numbered_first is not None else _opening_element(comments, elements)

    # what each one says
    # the normalised text of the posts above, where a quotation comes from: a forum's
    # opening post (the article) is one of them
    earlier = normal(text_of(opening)) if opening is not None else ""
    page: str | None = None  # the page's text outside the comments, read once if needed
    flat: str | None = None  # ... and with them, run together
    for comment in comments:
        own = comment.own
        if comment.pingback:
            continue
        comment.author = _author(own, language)
        if comment.author is None and (row := _time_row(comment, own)) is not None:
            comment.author = _row_author(row, language)
        comment.paragraphs, roots = _text(comment, own, items, language)
        if not comment.paragraphs:
            # what the page shows in place of a deleted comment, which its markup names as
            # chrome ("dsq-deleted"): kept as its text, to hold the replies under it
            shown = collapse(text_of(comment.inner, skip=lambda el: el in items))
            if shown and rules.removed_text(shown):
                comment.paragraphs = [[shown]]
            elif shown and (label := _removed_label(comment.inner, items)) is not None:
                comment.paragraphs = [[label]]  # "Comment deleted" beside its date (Substack)
        comment.published = _published(own, roots) or _post_date(comment.element)
        # a deleted comment's placeholder ("Comment deleted", in its text or in place of the
        # name): the line beside it is its date's link ("Mar 9"), no name
        placeholder = taken_down(comment)
        header: list[list[str]] | None = None
        if comment.author is None or comment.published is None:
            header = _outside_text(comment, items, roots)
            author, date = _author_from_lines(header, language)
            comment.author = comment.author or author
            comment.published = comment.published or date
        if (
            comment.author is None
            and not placeholder
            and (roots or sum(map(len, comment.paragraphs)) > 1)
        ):
            if header is None:
                header = _outside_text(comment, items, roots)
            author = _first_line_author(header if roots else comment.paragraphs, language)
            if author and comment.paragraphs and comment.paragraphs[0] == [author]:
                comment.paragraphs = comment.paragraphs[1:]
            elif author and comment.paragraphs and comment.paragraphs[0][0] == author:
                comment.paragraphs[0] = comment.paragraphs[0][1:]
            comment.author = author
        if comment.author and comment.author[:1] != "[" and rules.removed_text(comment.author):
            # "Comentário removido" where the name was: no one's (Reddit's "[deleted]" is
            # what the page shows as the name, and stays)
            comment.author = None
        if comment.paragraphs and rules.pingback_text(comment.paragraphs[0][0]):
            comment.pingback = True
        elif comment.paragraphs:
            # a reply that opens with the post it answers (a <blockquote>, "NAME said:")
            boxed = frozenset(
                normal(line)
                for quote in comment.inner.iter("blockquote", "q")
                for paragraph in paragraphs(quote, lambda el: el in items)
                for line in paragraph
            )
            # a box may quote the article ("> " in Markdown), and so may a paragraph of its
            # own (Medium's highlight over a response; a forum's posts say again what the
            # opening post said, their own words)
            passage = (
                opening is None
                and _medium_response(comment.element)
                and opens_with_passage(comment.paragraphs)
            )
            if passage:
                if flat is None:  # (the page's text as libxml2 gives it: a tenth of a walk)
                    flat = " ".join(text_content(tree).split())
                passage = flat.count(comment.paragraphs[0][0]) > 1  # its own and another
            if page is None and (boxed or passage):
                body = tree.find("body")
                page = normal(text_of(tree if body is None else body, lambda el: el in elements))
            quoted = earlier
            if boxed and comment.parent is not None and taken_down(comments[comment.parent]):
                # (a reply to a deleted comment, opening with its words in a box: the words
                # are the deleted comment's, shown nowhere else now)
                quoted = f"{earlier} \n {' '.join(boxed)}"
            comment.paragraphs = drop_quotation(
                comment.paragraphs, quoted, boxed=boxed, article=page or "", passage=passage
            )
            earlier += " \n " + " ".join(normal(t) for p in comment.paragraphs for t in p)

    _parents_by_label(comments)
    comments = _without_excerpts(comments)
    ordered, pingbacks = _reading_order(comments)
    return Thread(ordered, pingbacks, _roots(tree, comments, opening), elements, opening)


def taken_down(comment: Comment) -> bool:
    """The comment is what the page shows of a deleted one ("[deleted]"), and nothing else."""
    text = comment.paragraphs
    return len(text) == 1 and len(text[0]) == 1 and rules.removed_text(text[0][0])


_LATEST = frozenset({"latest", "recent", "recentcomments", "neueste", "derniers", "ultimi"})
_LATEST_HINT = re.compile(r"latest|recent|neueste|derniers|ultimi", re.I)


def _in_latest_box(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """Inside a box of the latest comments on the site ("ul.jcomments-latest",
    "widget_recent_comments"), not the page's own section. ``memo`` holds what the names of
    elements already looked at say (the comments of a list share their ancestors)."""
    for above in itertools.islice(el.iterancestors(), 6):
        said = memo.get(above)
        if said is None:
            names = _names(above)
            said = memo[above] = bool(_LATEST_HINT.search(names)) and not _LATEST.isdisjoint(
                words_of(names.lower())
            )
        if said:
            return True
    return False


def _without_excerpts(comments: list[Comment]) -> list[Comment]:
    """Less the comments that repeat the start of another, cut short ("Is the February
    course suitable for someone with no…"): a "Latest comments" box beside the page; and
    less the copies of the thread for crawlers in a <noscript> (Discourse keeps one) of
    comments the page shows."""
    texts = [" ".join(line for p in c.paragraphs for line in p) for c in comments]
    cut = [
        n
        for n, text in enumerate(texts)
        if text.endswith(("…", "...")) and len(text.rstrip(".…").rstrip()) >= 20
    ]
    dropped = set()
    for n in cut:
        start = texts[n].rstrip(".…").rstrip()
        if any(k != n and k not in cut and texts[k].startswith(start) for k in range(len(texts))):
            dropped.add(n)
    # (a commenter who posts the same words twice posted twice: only a <noscript> copy goes)
    seen: dict[tuple[str | None, str], bool] = {}  # → whether the first stands in a noscript
    for n, (comment, text) in enumerate(zip(comments, texts, strict=True)):
        key = (comment.author, text)
        hidden_copy = any(a.tag == "noscript" for a in comment.element.iterancestors())
        if key in seen and (hidden_copy or seen[key]):
            dropped.add(n)
        seen.setdefault(key, hidden_copy)
    if not dropped:
        return comments
    kept = [c for n, c in enumerate(comments) if n not in dropped]
    index = {id(c): k for k, c in enumerate(kept)}
    for comment in kept:  # (parents are indexes into the list)
        if comment.parent is not None:
            parent = comments[comment.parent]
            comment.parent = index.get(id(parent))
    return kept


@dataclass(frozen=True)
class OpeningPost:
    """A forum thread's first post, which is the article: set in the markup of its replies."""

    author: str | None
    published: str | None
    furniture: tuple[HtmlElement, ...]  # its named parts that are not its text (name, date)
    # its text, where an element names it ("div.postbody"): the article's body, read as a
    # comment's is (quotations and signature left out)
    paragraphs: tuple[tuple[str, ...], ...] = ()


def opening_post(thread: Thread, language: str | None = None) -> OpeningPost | None:
    """The author, date, named parts and text of a forum thread's first post, the article."""
    if thread.opening is None:
        return None
    own = _own(thread.opening, set())
    furniture = tuple(part.el for part in own if part.roles & _META_ROLES)
    text: tuple[tuple[str, ...], ...] = ()
    post = Comment(thread.opening, thread.opening)
    roots: set[HtmlElement] = set()
    if _text_roots(own) or _smf_text(thread.opening):
        found, roots = _text(post, own, set(), language)
        text = tuple(tuple(p) for p in _signed_apart(found))
    author = _author(own, language)
    published = _published(own, roots) or _post_date(thread.opening)
    if author is None or published is None:  # "Geplaatst: zo 11 feb 2024" in its header
        header = _outside_text(post, set(), roots)
        named, dated = _author_from_lines(header, language)
        author, published = author or named, published or dated
        if author is None and roots:  # the poster's box: its first line (SMF 1)
            author = _first_line_author(header, language)
    return OpeningPost(author, published, furniture, text)


def _signed_apart(paragraphs: list[list[str]]) -> list[list[str]]:
    """The opening post's closing words and its poster's name under them, a line break
    apart ("Abraço,<br>Osvaldo"), a paragraph each, as the text reader sets a forum post's."""
    if not paragraphs or len(last := paragraphs[-1]) != 2:
        return paragraphs
    closing, name = last
    words = name.split()
    if (
        len(closing.rstrip(" !").split()) <= 5  # ("Merci d'avance pour vos lumières !")
        and rules.default().opens_with_closing(closing)  # (one test with the text reader's)
        and 1 <= len(words) <= 3
        and len(name) <= 30
        and name[-1:] not in ".!?:;,…"
        and (name[:1].isupper() or len(words) == 1)
    ):
        return [*paragraphs[:-1], [closing], [name]]
    return paragraphs


_POST_NUMBER_MARK = re.compile(r"post_(\d+)$|post #(\d+) ", re.IGNORECASE)


def _post_number(comment: Comment) -> int | None:
    """The number a topic's post is marked with (Discourse's "article#post_3", its label
    "post #3 by @NAME", data-post-number="3")."""
    child = next((c for c in comment.inner if isinstance(c.tag, str)), None)
    # (an id alone is no mark of a topic: a blog may number its comments "post_1")
    topic = "topic-post" in (comment.element.get("class") or "")
    for el in (comment.element, comment.inner, *(() if child is None else (child,))):
        if (number := el.get("data-post-number")) and number.isdigit():
            return int(number)
        if el.get("component") == "post" and (index := el.get("data-index") or "").isdigit():
            return int(index) + 1  # NodeBB's "li[component=post][data-index=0]", counted from 0
        for value in (el.get("aria-label") or "", el.get("id") if topic else ""):
            if value and (found := _POST_NUMBER_MARK.match(value)):
                return int(found.group(1) or found.group(2))
    # (Flarum's: "div.PostStream-item[data-number=3]", round the post or the post itself)
    for box in (comment.element, comment.element.getparent()):
        if box is not None and "poststream-item" in class_tokens(box):
            number = box.get("data-number") or ""
            return int(number) if number.isdigit() else None
    return None


def _post_one(comments: list[Comment]) -> bool:
    """The first comment is a topic's post number 1, the next its post number 2 beside it
    (not inside it, as a reply is): the opening post."""
    first, second = comments[0], comments[1]
    return (
        _post_number(first) == 1
        and _post_number(second) == 2
        and first.element not in second.element.iterancestors()
    )


def _opening_element(comments: list[Comment], elements: set) -> HtmlElement | None:
    """The element of the comments' own kind (tag and classes) right before the first of them,
    and not one of them: XenForo, phpBB and Discourse set the opening post as they set the
    replies, and it is the article, by its own author."""
    if not comments:
        return None
    first = min((c.element for c in comments), key=lambda el: el.sourceline or 0)
    names = first.get("class")
    vbulletin = _vbulletin_post(first)  # (its posts have ids, no classes)
    if not names and not vbulletin:
        return None
    kind = {
        n
        for n in (names or "").split()
        if not _ROW_STRIPE.match(n)
        and n not in _POST_STATES
        and name_parts(n)[-1:] != ["reply"]  # (wpForo's "wpfp-reply", its first "wpfp-first")
    }  # ("online": its poster is; "unread": the visitor has not read it)
    # (what every post has: the first reply may be the solution, "ipsComment_solved", a state
    # no other post has; not where the comments share no class, hashed anew for each)
    shared = set(kind)
    for comment in comments[1:]:
        if comment.element.tag == first.tag:
            shared &= set((comment.element.get("class") or "").split())
    kind = shared or kind

    def alike(el: HtmlElement) -> bool:
        # (its classes may add one: XenForo's "is-first"; rows alternate "bg1", "bg2")
        if vbulletin:
            return _vbulletin_post(el)
        return el.tag == first.tag and kind <= set((el.get("class") or "").split())

    post = next((el for el in first.itersiblings(preceding=True) if alike(el)), None)
    if post is None and (_smf_post(first) or vbulletin):
        # SMF 1: each post in layout tables of its own, vBulletin 3 in boxes of its own; the
        # opening post is the last one before the first reply
        for el in first.getroottree().iter(first.tag):
            if el is first:
                break
            if alike(el) if vbulletin else _smf_post(el):
                post = el
    if post is None and (box := first.getparent()) is not None:
        # each post in a box of its own (SMF's "div.windowbg" round "div.post_wrapper"):
        # the first post is in the box before
        before = next((el for el in box.itersiblings(preceding=True) if el.tag == box.tag), None)
        if before is not None:
            post = next((el for el in before.iter(first.tag) if alike(el)), None)
    if post is None and "ItemComment" in kind:
        # Vanilla's: the discussion set apart over its comments ("div.ItemDiscussion" over
        # "ul.Comments" of "li.ItemComment")
        post = next(
            (
                el
                for el in first.getroottree().iter("div", "li")
                if "ItemDiscussion" in (el.get("class") or "").split()
            ),
            None,
        )
    return None if post is None or post in elements else post


def _parent(
    n: int,
    comment: Comment,
    comments: list[Comment],
    index: dict[HtmlElement, int],
    items: set,
    by_key: dict[str, int],
    stop: HtmlElement | None,
) -> int | None:
    """Whom the comment answers; ``stop`` is the element holding every comment, above which
    nothing is looked at."""
    # 1. a reference the markup makes: data-parent="…", or a link to the parent's anchor
    for el in (comment.element, comment.inner):
        for attribute in _PARENT_ATTRIBUTES:
            value = (el.get(attribute) or "").strip()
            for key in [value, *_DIGITS.findall(value)] if value else ():
                target = by_key.get(key)
                if target is not None and target < n:
                    return target
    for part in comment.own:
        if part.name != "a":
            continue
        # (the anchor, on this page or on its address: Disqus's "https://…/post#comment-61")
        target = part.get("href").partition("#")[2]
        if len(target) < 2:
            continue
        found = by_key.get(target)
        if found is None:
            digits = _DIGITS.findall(target)
            found = by_key.get(digits[0]) if digits else None
        if found is None or found >= n:
            continue  # a permalink to itself, a link to the form
        el, above = part.el, part.el.getparent()
        if above is not None and TEXT in roles(above):
            continue  # a link the commenter wrote in the text
        words = head_words(el) | (class_words(above) if above is not None else NO_WORDS)
        if (
            words & {"parent", "reply", "respuesta", "risposta", "resposta", "antwort"}
            or collapse(text_of(el)).lower() == "parent"  # Hacker News's "parent | next"
            or "reply" in part.get("title").lower()
            or any("reply" in (d.get("aria-label") or "").lower() for d in el.iter())
            or any(
                rules.default().match("reply_to", collapse(text_of(e))) is not None
                for e in (el, above)  # "Antwort auf #1.1 von NAME" as the link, or around it
                if e is not None
            )
        ):
            return found
    # 2. set in under the comment it answers, its sibling (Medium's responses: a box with an
    # inline indent after the one it answers, its own replies set in further)
    if (found := _indented_under(comment.element, index)) is not None and found < n:
        return found
    # 3. nesting: inside another comment
    for ancestor in comment.element.iterancestors():
        if ancestor in index and ancestor in items:
            return index[ancestor]
        if ancestor is stop:
            break
        # 4. inside the container that follows a comment: Drupal's div.indented, or a block
        # with no telling name right after the comment (Medium)
        before = _previous(ancestor)
        if before is not None and before in index and before in items:
            return index[before]
        if head_words(ancestor) & _REPLY_CONTAINERS and not _peers(before, ancestor):
            sibling = before
            while sibling is not None:
                if sibling in index:
                    return index[sibling]
                if not text_size(sibling) or (
                    sibling.tag == "button" and head_words(ancestor) & _REPLY_LISTS
                ):
                    # (or the button that folds a list of replies: "1 Antwort ausblenden",
                    # beehiiv's; not one loading more threads between them)
                    sibling = _previous(sibling)
                    continue
                inside = [index[d] for d in sibling.iterdescendants() if d in index]
                if inside:
                    return min(inside)
                break
    return None


def _indent_of(el: HtmlElement) -> float:
    """An element's inline left margin (a padding makes room for an avatar or a mark, and
    sets no reply in)."""
    style = el.get("style")
    found = _MARGIN.search(style) if style else None
    return _pixels(found) if found else 0.0


def _indented_under(el: HtmlElement, index: dict[HtmlElement, int]) -> int | None:
    """The comment ``el`` is set in under: the nearest sibling before it set in less (its
    own peers, set in as far, passed over)."""
    own = _indent_of(el)
    if not own:
        return None
    for sibling in el.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or _indent_of(sibling) >= own:
            continue
        if sibling in index:
            return index[sibling]
        inside = [index[d] for d in sibling.iterdescendants() if d in index]
        return min(inside) if inside else None
    return None


def _parents_by_label(comments: list[Comment]) -> None:
    """Whom a comment answers where only a button's label names them ("In antwoord op een
    bericht van Marleen_K", Discourse's reply tab): the latest comment above by that name."""
    table = rules.default()
    for n, comment in enumerate(comments):
        if comment.pingback:
            continue
        for part in comment.own:
            label = part.get("aria-label") or part.get("title")
            if not label and part.name in ("p", "div", "span") and not part.items:
                # ... or a line of its own over the text ("Reactie op Joost V.:", "En réponse
                # à <b>Marc L.</b>"; most parts are a paragraph's text, too long for one)
                head = part.el.text
                label = _label_line(part.el) if head and len(head) <= 80 else None
            if not label or len(label) > 150:
                continue
            found = table.match("reply_to", collapse(label))
            name = found.get("parent") if found is not None else None
            if not name or _in_quotation(part.el, comment.element):
                continue  # (a quoted comment's own "In reply to" line, in the reply's box)
            wanted = normal(name).rstrip(".")  # ("En réponse à Marc L.": its stop the line's)
            if wanted == normal(comment.author or "").rstrip("."):
                continue  # its own "Reply to NAME" button (WordPress) names its author
            earlier = [
                k for k in range(n) if normal(comments[k].author or "").rstrip(".") == wanted
            ]
            if earlier and (
                comment.parent is None
                or (
                    # (the label names someone else than the markup's parent does)
                    normal(comments[comment.parent].author or "").rstrip(".") != wanted
                    and _under(comments, earlier[-1], comment.parent)
                )
            ):
                # (where the markup nests every reply one level deep, the label names the
                # reply it answers inside that thread)
                comment.parent = earlier[-1]
                break


_QUOTATION_NAMES = re.compile(r"quote|cita|zitat|citaç|bbcode|blockquote", re.IGNORECASE)


def _in_quotation(el: HtmlElement, stop: HtmlElement) -> bool:
    """``el`` stands in a quotation box of its comment (``<blockquote>``, "bbCodeQuote",
    "cita", "zitat")."""
    while el is not None and el is not stop:
        if el.tag == "blockquote" or _QUOTATION_NAMES.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


def _label_line(el: HtmlElement) -> str | None:
    """A short line's text, its words in no more than emphasis and links."""
    if any(not isinstance(child.tag, str) or child.tag not in _LABEL_INLINE for child in el):
        return None
    text = text_content(el) if len(el) else el.text
    return text if text and len(text) <= 80 else None


_LABEL_INLINE = frozenset({"b", "strong", "a", "em", "i"})


def _under(comments: list[Comment], k: int, ancestor: int) -> bool:
    """Comment ``k`` is ``ancestor`` or stands in its thread."""
    while k is not None:
        if k == ancestor:
            return True
        k = comments[k].parent
    return False


def _peers(before: HtmlElement | None, el: HtmlElement) -> bool:
    """Two wrappers of one kind side by side ("comment-thread" around each top-level comment
    and its replies) are threads of their own, not the replies to what comes before."""
    return before is not None and tag(before) == tag(el) and before.get("class") == el.get("class")


def _previous(el: HtmlElement) -> HtmlElement | None:
    """The element before ``el`` among its siblings, empty anchors (``<a id=…>``) and
    decorations without text (Substack's "comment-list-collapser" line) skipped."""
    sibling = el.getprevious()
    while sibling is not None and (
        not isinstance(sibling.tag, str)
        or (tag(sibling) == "a" and not len(sibling))
        or (tag(sibling) == "div" and not text_size(sibling) and sibling.find(".//img") is None)
    ):
        sibling = sibling.getprevious()
    return sibling


def _parents_by_level(comments: list[Comment]) -> None:
    """A flat list that writes each comment's level in its class names (``level-2``)."""
    levels = [c.level for c in comments]
    if all(level is None for level in levels) or len(set(levels)) < 2:
        return
    stack: list[tuple[int, int]] = []  # (level, comment index)
    for n, comment in enumerate(comments):
        level = comment.level
        if level is None:
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        if comment.parent is None and stack:
            comment.parent = stack[-1][1]
        stack.append((level, n))


def _reading_order(comments: list[Comment]) -> tuple[list[Comment], int]:
    """Depth first, each reply right after the comment it answers; pingbacks left out (their
    replies go to the pingback's parent) and counted. Parents become indexes in the result."""
    pingbacks = sum(1 for c in comments if c.pingback)
    children: dict[int | None, list[int]] = {}
    for n, comment in enumerate(comments):
        parent = comment.parent
        while parent is not None and comments[parent].pingback:
            parent = comments[parent].parent
        if parent is not None and parent >= n:
            parent = None
        children.setdefault(parent, []).append(n)
    ordered: list[Comment] = []
    position: dict[int, int | None] = {}
    stack: list[tuple[int, int | None]] = [(n, None) for n in reversed(children.get(None, []))]
    while stack:
        n, parent = stack.pop()
        comment = comments[n]
        if comment.pingback:
            continue
        comment.parent = parent
        position[n] = len(ordered)
        ordered.append(comment)
        below = children.get(n, [])
        stack.extend((child, position[n]) for child in reversed(below))
    return ordered, pingbacks


def _roots(
    tree: HtmlElement, comments: list[Comment], opening: HtmlElement | None
) -> list[HtmlElement]:
    """What to keep away from the article's body: the comment section (its heading, notices,
    sort buttons and forms with it), or where that would take the article along, the comments.
    """
    seen: set[HtmlElement] = {c.element for c in comments}
    top = [c.element for c in comments if not any(a in seen for a in c.element.iterancestors())]
    if not top:
        return []
    common = _common_ancestor(top)
    comment_text = sum(text_size(el) for el in top)
    seen_inside = {h for el in top for h in el.iter("h1")}

    def section(el: HtmlElement, limit: int) -> bool:
        """Whether ``el`` can go whole: no article around the comments, little else in it."""
        if tag(el) in ("body", "html", "main", "article"):
            return False
        if any(h not in seen_inside for h in el.iter("h1")):
            return False
        if opening is not None and opening in el.iterdescendants():
            return False  # the thread's first post, the article, is beside its replies
        return text_size(el) - comment_text < limit

    if common is None or not section(common, 400):
        return top
    found = common
    for ancestor in common.iterancestors():
        commentish = bool(_COMMENTISH.search(_names(ancestor)))
        if not section(ancestor, 3000 if commentish else 300):
            break
        found = ancestor
    return [found]


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    if len(elements) == 1:
        return elements[0].getparent()
    paths = [list(reversed([el, *el.iterancestors()])) for el in elements]
    common = None
    for nodes in zip(*paths, strict=False):
        if all(node is nodes[0] for node in nodes):
            common = nodes[0]
        else:
            break
    return common


# -- the declared count -------------------------------------------------------------------------

_TITLE_NAMES = re.compile(
    r"(?:title|headline|heading|header|count|number|counter|cab|titulo|titolo)"
)


def declared_count(tree: HtmlElement, thread: Thread) -> int | None:
    """The count a heading of the comment section announces ("7 thoughts on …", "Comentarios
    (8)", "Responses (5)"), else a counter linking to the comments ("7 comentários")."""
    tried: set[HtmlElement] = set()  # an element comes up more than once (a named one's parts)
    reactions: dict[HtmlElement, bool] = {}  # element → it or an ancestor is a reactions box
    for el in _count_candidates(tree, thread):
        if el in tried or el in thread.elements:
            continue  # (a comment's own "1 reply" over its replies counts them, not the thread)
        tried.add(el)
        if _in_reactions(el, reactions):
            continue  # Disqus's reactions: "23 Responses" counts votes for an emoji
        text = collapse(text_of(el))
        if text and len(text) <= 300:
            count = rules.count_header(text)
            if count is None and tag(el) in _HEADINGS and (after := el.getnext()) is not None:
                # ... or beside the heading (Drupal's Olivero: <h2>Comentarios</h2>
                # <span class="comments__count">6</span>)
                number = collapse(text_of(after)) if isinstance(after.tag, str) else ""
                if number.isdigit() and len(number) <= 6:
                    count = rules.count_header(f"{text} {number}")
                elif (
                    not len(after)
                    and len(number) <= 40
                    and rules.default().match("section_headings", text) is not None
                ):
                    # (or in words: Ghost's <h2>Commenti</h2><span>8 commenti</span>)
                    count = rules.count_header(number)
            if count is not None:
                return count
    if not thread.comments:
        # a page with no comment: a heading anywhere that says so ("Responses (0)", Medium's,
        # whose class names say nothing)
        for el in tree.iter("h2", "h3", "h4"):
            text = collapse(text_of(el))
            # (its figure written: "Keine Reaktion", "No comment" are a news story's headings)
            if len(text) <= 40 and "0" in _NUMBERS.findall(text) and rules.count_header(text) == 0:
                return 0
    return None


_NUMBERS = re.compile(r"\d+")

# Disqus's box of reactions by its own names ("reactions__container",
# "recommend-and-reactions"), not a section a site names "reactions" for its comments
# ("reactions__count", "reactions-count" over "5 réactions")
_REACTIONS_BOX = re.compile(r"(?:^|\s)(?:reactions__container|recommend-and-reactions)(?:\s|$)")


def _in_reactions(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """Whether ``el`` or an element around it is Disqus's box of reactions."""
    return _named_up(el, memo, lambda node: _REACTIONS_BOX.search(_names(node)) is not None)


def _named_up(
    el: HtmlElement, memo: dict[HtmlElement, bool], named: Callable[[HtmlElement], bool]
) -> bool:
    """Whether ``el`` or an element around it is ``named``; ``memo`` holds the answer for
    elements already walked through (the candidates of a page share their ancestors)."""
    walked = []
    node, found = el, False
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        walked.append(node)
        if named(node):
            found = True
            break
        node = node.getparent()
    for node in walked:
        memo[node] = found
    return found


def _count_candidates(tree: HtmlElement, thread: Thread) -> Iterator[HtmlElement]:
    """Headings and titled elements of the comment section first, then headings in or near
    anything named for comments, then counters that name or link to the comments."""
    seen = thread.elements
    # a forum's opening post (the article) is no head of the section: its poster's counts
    # ("Réactions 9") are theirs
    opening = frozenset(thread.opening.iter()) if thread.opening is not None else frozenset()
    for root in thread.roots:
        for el in root.iter():
            if (
                isinstance(el.tag, str)
                and el not in seen
                and el not in opening
                and (tag(el) in _HEADINGS or _TITLE_NAMES.search(_names(el)))
            ):
                yield el
    for root in thread.roots:  # a counter beside the heading ("<span>6 Beiträge</span>")
        for el in root.iter():
            if el in seen:
                break
            if (
                isinstance(el.tag, str)
                and not len(el)
                and len(el.text or "") <= 40
                and el not in opening
            ):
                yield el
    roots = set(thread.roots)
    for root in thread.roots:  # ... in the section's head over the list of comments
        for head in itertools.islice(root.itersiblings(preceding=True), 3):
            if head in roots:
                continue  # the post before, where each post is a root (XenForo's articles)
            for el in head.iter():  # ("<div><span>10</span> Postings</div>")
                if (
                    isinstance(el.tag, str)
                    and el not in opening
                    and len(el)
                    and text_size(el) <= 40
                    # (not another story's, in a link to it: "23 commenti • un mese fa")
                    and not any(a.tag == "a" for a in el.iterancestors())
                ):
                    yield el
    # Discourse's topic map: its count of replies ("<span>8</span><span>antwoorden</span>")
    yield from _TOPIC_MAP_STATS(tree)
    inside: dict[HtmlElement, bool] = {}  # element → it or an ancestor is named for comments
    for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if el not in seen and _named_for_comments(el, inside):
            yield el
    named = [
        el
        for el in _NAMED_OR_LINKED(tree)
        if el not in seen
        and (
            _commentish(_names(el))
            or ((href := el.get("href")) is not None and _commentish(_link_target(href)))
        )
    ]
    for el in named:
        if _TITLE_NAMES.search(_names(el)):
            yield el
    for el in named:  # "9 comments" on a button
        if tag(el) in ("a", "span", "div", "button", "p", "li"):
            yield el
            yield from (child for child in el.iterdescendants() if isinstance(child.tag, str))
    for el in _SUBLINE_LINKS(tree):  # Hacker News: "214 points by NAME | 22 comments"
        yield el  # (Lobsters': the story's "div.byline", "NAME 2 years ago | 18 comments")
    for el in tree.iter("h2", "h3", "h4", "h5", "h6"):  # a topic map: <span>6</span><h4>reacties
        parent = el.getparent()
        if (
            parent is not None
            and len(parent) <= 3
            and parent not in seen
            and len(el.text or "") <= 20
        ):
            yield parent


# (through the attributes, and "/descendant::*" for "//*": see _TESTIDS; the same elements)
_SUBLINE_LINKS = etree.XPath("//@class[. = 'subline' or . = 'subtext' or . = 'byline']/..//a")
_TOPIC_MAP_STATS = etree.XPath('//@class[contains(concat(" ", ., " "), " topic-map__stat ")]/..')
_NAMED_OR_LINKED = etree.XPath("/descendant::*[@class or @id or @href]")


def _named_for_comments(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """Whether ``el`` or an element around it is named for comments."""
    return _named_up(el, memo, lambda node: _commentish(_names(node)))


@functools.lru_cache(maxsize=8192)
def _commentish(names: str) -> bool:
    """Whether names (or a link's target) speak of comments (cached: a page repeats its names)."""
    return _COMMENTISH.search(names) is not None


def _link_target(href: str) -> str:
    href = href.rstrip("/")
    return href.rsplit("#", 1)[1] if "#" in href else href.rsplit("/", 1)[-1]
