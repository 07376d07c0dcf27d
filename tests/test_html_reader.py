"""The HTML reader: trafilatura's body and metadata, the comment tree read from the markup."""

from __future__ import annotations

import html
import re
from collections import Counter

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import InputError
from corpus.model import Document
from corpus.readers.html import read_html

from .conftest import EXAMPLES, REALWORLD, need_shared

HTML = REALWORLD / "html"


def read(text: str, doc_id: str = "page") -> Document:
    doc = read_html(text, source=f"{doc_id}.html", doc_id=doc_id)
    check_invariants(doc)
    return doc


def read_file(path) -> Document:
    return read(path.read_text(encoding="utf-8"), path.stem)


def check_invariants(doc: Document) -> None:
    """What every HTML document must satisfy, whatever the page."""
    text = doc.text
    assert "\r" not in text
    assert doc.format == "html"
    assert doc.source_map is None  # HTML has no source offsets worth mapping
    if doc.title_span:
        assert text[doc.title_span[0] : doc.title_span[1]] == doc.title
    blocks = [doc.title_span] if doc.title_span else []
    blocks += list(doc.paragraphs) + [(c.start, c.end) for c in doc.comments]
    for start, end in blocks:
        piece = text[start:end]
        assert piece and piece == piece.strip()
    # title, body, comments: in this order, one blank line between blocks, nothing left over
    assert "\n\n".join(text[start:end] for start, end in blocks) == text
    for start, end in doc.paragraphs:
        # a body paragraph is one line, or the lines the markup breaks with <br> (a verse)
        assert all(line and line == line.strip() for line in text[start:end].split("\n"))
    for i, comment in enumerate(doc.comments):
        if comment.parent is None:
            assert comment.depth == 1
        else:
            assert 0 <= comment.parent < i
            assert comment.depth == doc.comments[comment.parent].depth + 1
        # a comment is whole paragraphs, each without runs of spaces
        for paragraph in comment_text(doc, i).split("\n\n"):
            assert paragraph == paragraph.strip()
            assert "  " not in paragraph and "\t" not in paragraph


def comment_text(doc: Document, i: int) -> str:
    comment = doc.comments[i]
    return doc.text[comment.start : comment.end]


def comment_texts(doc: Document) -> list[str]:
    return [comment_text(doc, i) for i in range(len(doc.comments))]


def body_text(doc: Document) -> str:
    return "\n\n".join(doc.text[start:end] for start, end in doc.paragraphs)


def page(body: str, comments: str = "", head: str = "<title>A test page</title>") -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"{head}</head><body>{body}{comments}</body></html>"
    )


ARTICLE = (
    "<article><h1>Volunteers rebuild the pond</h1>"
    "<p>On Saturday twelve volunteers drained the old pond behind the tool shed and relined it "
    "with a new membrane, a job that took most of the day.</p>"
    "<p>Frogs are expected back by spring, the organisers said, once the water plants settle.</p>"
    "</article>"
)


def declared_depths(path) -> Counter:
    """The depths the page's own markup gives its comments (WordPress ``depth-N`` classes)."""
    raw = path.read_text(encoding="utf-8")
    return Counter(
        int(depth)
        for classes in re.findall(r'<li[^>]*class="(comment\b[^"]*)"', raw)
        for depth in re.findall(r"\bdepth-(\d+)\b", classes)
    )


# -- real pages -----------------------------------------------------------------------------


def test_lemire_body_keeps_the_benchmark_table_and_leaves_the_comments_out():
    doc = read_file(need_shared(HTML / "lemire.me.json.html"))
    body = body_text(doc)
    assert "0.091 GB/s" in body  # in a <table>: tables are part of the body
    assert "version 0.2 on vcpkg." not in body
    assert "version 0.2 on vcpkg." in "\n".join(comment_texts(doc))
    assert "Leave a Reply" not in doc.text
    assert "|---|" not in doc.text  # trafilatura's markdown table rule is not text
    assert doc.title == "JSON parsing: simdjson vs. JSON for Modern C++"
    assert doc.author == "Daniel Lemire"  # trafilatura says "View all posts by Daniel Lemire"
    assert doc.published == "2019-08-02"
    assert doc.language == "en"


def test_lemire_comments_are_a_threaded_tree():
    path = need_shared(HTML / "lemire.me.json.html")
    doc = read_file(path)
    assert doc.comments_declared == 5  # "5 thoughts on “…”"
    assert doc.comments_found == 5
    assert Counter(c.depth for c in doc.comments) == declared_depths(path) == {1: 3, 2: 2}
    reply = next(i for i, t in enumerate(comment_texts(doc)) if "version 0.2 on vcpkg." in t)
    assert comment_text(doc, reply) == "We are working toward releasing version 0.2 on vcpkg."
    comment = doc.comments[reply]
    assert comment.depth == 2 and comment.author == "Daniel Lemire"
    assert comment.published == "2019-08-05"
    assert comment_text(doc, comment.parent) == (
        "vcpkg has simdjson in its repo (for those that did not know)."
    )
    assert doc.comments[comment.parent].author == "degski"
    # two <p> in one comment are two paragraphs of it
    assert comment_text(doc, 0).startswith("Thanks, for posting this.\n\nThat is well")


def test_netzpolitik_metadata_and_umlauts():
    doc = read_file(need_shared(HTML / "netzpolitik.org.abmahnungen.html"))
    assert (
        doc.title == "Die Cider Connection: Abmahnungen gegen Nutzer von Creative-Commons-Bildern"
    )
    assert doc.author == "Markus Reuter"
    assert doc.site == "netzpolitik.org"
    assert doc.published == "2016-06-23"
    assert doc.language == "de"  # <html lang="de-DE">
    assert doc.text.count(doc.title) == 1  # not repeated as the first body line
    assert "Zwei Männer Arm in Arm." in body_text(doc)
    assert "Schloßstraße 50." in body_text(doc)
    assert "Ã" not in doc.text  # no mojibake


def test_netzpolitik_comments_thread_five_levels_deep():
    path = need_shared(HTML / "netzpolitik.org.abmahnungen.html")
    doc = read_file(path)
    # the page shows 74 comments and says "91 Ergänzungen" (the rest are not on this page)
    assert doc.comments_found == 74
    assert doc.comments_declared == 91
    depths = Counter(c.depth for c in doc.comments)
    assert depths == declared_depths(path)
    assert max(depths) == 5
    first = doc.comments[0]
    assert first.author == "blah blubb"  # "sagt:" is not part of the name
    assert first.published == "2016-06-23"
    assert comment_text(doc, 0).startswith("selber blöd, wer bis dato")
    # the thread under the first comment goes down to a reply at depth 5
    chain = [4]
    while doc.comments[chain[-1]].parent is not None:
        chain.append(doc.comments[chain[-1]].parent)
    assert [doc.comments[i].depth for i in chain] == [5, 4, 3, 2, 1]
    assert doc.comments[4].author == "Volker Rieck"
    texts = "\n".join(comment_texts(doc))
    assert "Antworten" not in texts  # the reply links
    assert "sagt:" not in texts
    assert not set(body_text(doc).split("\n\n")) & set(texts.split("\n"))


def test_models_testing_wordpress_34_comments():
    path = need_shared(HTML / "models_testing.html")
    doc = read_file(path)
    assert doc.title == "Make Breathtaking Movies from Your Photos"
    assert doc.comments_declared == 45  # "45 Comments to “…” | Leave a Comment!"
    assert doc.comments_found == 45
    depths = Counter(c.depth for c in doc.comments)
    assert depths == declared_depths(path) == {1: 40, 2: 5}
    assert doc.comments[0].author == "Guiery"  # <cite class="fn"><a>Guiery</a></cite>
    assert doc.comments[0].published == "2012-10-26"  # "October 26, 2012 at 1:00 am"
    reply = doc.comments[5]
    assert reply.depth == 2 and reply.parent == 4
    assert comment_text(doc, 5) == "I wanna paste a fhoto butt i dont now how hahahaha !"
    assert "Learn more…" in body_text(doc)
    assert "Reply" not in comment_texts(doc)[0]


def test_br_ends_a_line_and_p_ends_a_paragraph_of_a_comment():
    doc = read_file(need_shared(HTML / "models_testing.html"))
    # one <p> with two <br />: one paragraph of three lines
    lines = comment_text(doc, 0).split("\n")
    assert len(lines) == 3 and "" not in lines
    assert lines[1].startswith("sweaters Cardigan Jones New York")
    # four <p> (a hard-wrapped text pasted into the form): four paragraphs, as the page shows
    wrapped = next(t for t in comment_texts(doc) if t.startswith("Life is just like a war zone"))
    assert wrapped.split("\n\n")[:2] == [
        "Life is just like a war zone, if you want to get something, he must be",
        "very hard to get. The wisdom of the capitulation was equal to its",
    ]


def test_community_garden_example():
    path = EXAMPLES / "community-garden.html"
    if not path.exists():
        pytest.skip("examples/community-garden.html has not been written yet")
    doc = read_file(path)
    assert doc.comments_found == 7
    assert max(c.depth for c in doc.comments) == 3
    assert any("<b>" in t for t in comment_texts(doc))  # written as &lt;b&gt; by a commenter
    # whatever the page's scripts say (string literals, statements) is not text
    scripts = lxml.html.fromstring(path.read_bytes()).xpath("//script/text()")
    for script in scripts:
        for literal in re.findall(r"""(["'`])([^"'`]{8,}?)\1""", script):
            assert literal[1] not in doc.text
        for statement in re.split(r"[;\n]", script):
            if len(statement.strip()) >= 8:
                assert statement.strip() not in doc.text
    assert "<script" not in doc.text


# -- small pages ----------------------------------------------------------------------------


def test_escaped_markup_in_a_comment_stays_literal_text():
    doc = read(
        page(
            ARTICLE,
            '<ol class="comment-list"><li class="comment"><div class="comment-content">'
            "<p>Use &lt;b&gt;bold&lt;/b&gt; sparingly &amp; never &lt;script&gt;.</p>"
            "</div></li></ol>",
        )
    )
    assert comment_texts(doc) == ["Use <b>bold</b> sparingly & never <script>."]


def test_script_style_and_form_text_never_reaches_the_text():
    hidden = "This sentence lives in a script."
    doc = read(
        page(
            ARTICLE.replace("</article>", f"<script>var s = '{hidden}';</script></article>"),
            '<div id="comments"><ol class="commentlist"><li class="comment">'
            '<div class="comment-body"><div class="comment-author"><cite class="fn">Ann</cite>'
            ' <span class="says">says:</span></div>'
            f"<p>Lovely pond.<script>document.write('{hidden}')</script></p>"
            "<style>.x { content: 'A style sentence.' }</style>"
            "<noscript>Please enable JavaScript.</noscript>"
            "<template><p>A template sentence.</p></template>"
            '<div class="reply"><a class="comment-reply-link">Reply</a></div>'
            "</div></li></ol>"
            "<form><label>Leave a Reply</label><textarea>Draft text.</textarea></form></div>",
        )
    )
    for gone in (hidden, "A style sentence", "JavaScript", "template sentence", "Draft text"):
        assert gone not in doc.text
    assert "Leave a Reply" not in doc.text
    assert comment_texts(doc) == ["Lovely pond."]
    assert doc.comments[0].author == "Ann"


def test_generic_nested_comment_blocks_give_depths_and_parents():
    def comment(who: str, text: str, replies: str = "") -> str:
        return (
            f'<div class="comment"><span class="comment-author">{who}</span>'
            f'<div class="comment-text"><p>{text}</p></div>{replies}</div>'
        )

    thread = (
        '<section id="comments"><h3 class="comments-title">Comments (5)</h3>'
        + comment(
            "Ann",
            "The new liner looks great.",
            comment("Bob", "It was my idea.", comment("Cy", "No, it was mine."))
            + comment("Dee", "Well done all."),
        )
        + comment("Eve", "When are the frogs back?")
        + "</section>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [
        "The new liner looks great.",
        "It was my idea.",
        "No, it was mine.",
        "Well done all.",
        "When are the frogs back?",
    ]
    assert [c.depth for c in doc.comments] == [1, 2, 3, 2, 1]
    assert [c.parent for c in doc.comments] == [None, 0, 1, 0, None]
    assert [c.author for c in doc.comments] == ["Ann", "Bob", "Cy", "Dee", "Eve"]
    assert doc.comments_declared == 5
    assert "The new liner looks great." not in body_text(doc)
    assert "frogs drained" not in body_text(doc)
    assert "Frogs are expected back by spring" in body_text(doc)


def test_a_comment_wrapped_twice_is_one_comment():
    # Twenty Twelve: <li class="comment"><article class="comment">…</article><ol class="children">
    def comment(who: str, day: int, text: str, replies: str = "") -> str:
        children = f'<ol class="children">{replies}</ol>' if replies else ""
        return (
            f'<li class="comment"><article class="comment"><header class="comment-meta">'
            f'<cite><b class="fn">{who}</b></cite> <time datetime="2020-05-{day:02d}T10:00:00">'
            f"May {day}, 2020</time></header>"
            f'<section class="comment-content"><p>{text}</p></section></article>{children}</li>'
        )

    thread = (
        '<div id="comments"><h2 class="comments-title">One thought on “Pond”</h2>'
        '<ol class="commentlist">'
        + comment("Ann", 1, "First!", comment("Bob", 2, "Second."))
        + comment("Cy", 3, "Third.")
        + "</ol></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["First!", "Second.", "Third."]
    assert [(c.depth, c.parent) for c in doc.comments] == [(1, None), (2, 0), (1, None)]
    assert [c.author for c in doc.comments] == ["Ann", "Bob", "Cy"]
    assert [c.published for c in doc.comments] == ["2020-05-01", "2020-05-02", "2020-05-03"]
    assert doc.comments_declared == 1


def test_whitespace_collapses_inside_a_paragraph_and_paragraphs_stay_apart():
    doc = read(
        page(
            ARTICLE,
            '<ol class="comment-list"><li class="comment"><div class="comment-content">'
            "<p>  One\r\n   paragraph,\t\tsplit  over\nlines. </p>"
            "<p>Two&nbsp;&nbsp;spaces.</p>Loose text<br><br>after a blank line"
            "<br>and a line break.</div></li></ol>",
        )
    )
    assert comment_texts(doc) == [
        "One paragraph, split over lines.\n\nTwo spaces.\n\n"
        "Loose text\n\nafter a blank line\nand a line break."
    ]


def test_a_body_line_that_repeats_a_comment_is_dropped_from_the_body():
    # no comment list class: trafilatura cannot tell these paragraphs from the article
    doc = read(
        page(
            "<article><h1>Pond</h1><p>The pond is finished and the volunteers went home happy "
            "after a long day of digging and lining.</p>"
            '<div class="comment"><p>I brought the cake, by the way, and it was gone in minutes.'
            "</p></div></article>"
        )
    )
    assert comment_texts(doc) == ["I brought the cake, by the way, and it was gone in minutes."]
    assert "cake" not in body_text(doc)


@pytest.mark.parametrize(
    "byline", ["<p>By Jo Gardener</p>", '<p class="byline">By Jo Gardener</p>']
)
def test_a_short_article_keeps_its_paragraphs_as_the_markup_has_them(byline):
    # trafilatura reads pages this short with fallbacks that run blocks together into one line
    # or cut a paragraph at its inline elements ("Frogs are" / "expected" / "in spring.")
    doc = read(
        page(
            f"<nav><a href='/'>Home</a></nav><article><h1>Pond relined</h1>{byline}"
            "<p>The pond has a new liner.</p><p>Frogs are <em>expected</em> in spring.</p>"
            "</article>",
            head="<title>Pond relined</title>",
        )
    )
    assert doc.author == "Jo Gardener"  # the byline is metadata, not body text
    assert body_text(doc) == "The pond has a new liner.\n\nFrogs are expected in spring."


def test_code_highlighting_is_not_a_comment():
    doc = read(
        page(
            ARTICLE.replace(
                "</article>",
                '<pre><code><span class="token comment">// not a reader comment</span>'
                "\nx = 1</code></pre></article>",
            )
        )
    )
    assert doc.comments == ()


def test_metadata_comes_from_the_head_when_the_page_gives_it():
    head = (
        "<title>Pond news | Garden Club</title>"
        '<meta property="og:title" content="Volunteers rebuild the pond">'
        '<meta name="author" content="Jo Gardener">'
        '<meta property="og:site_name" content="Garden Club">'
        '<meta property="article:published_time" content="2021-04-03T09:00:00+02:00">'
        '<link rel="canonical" href="https://garden.example/pond">'
    )
    doc = read(page(ARTICLE, head=head))
    assert doc.title == "Volunteers rebuild the pond"
    assert doc.author == "Jo Gardener"
    assert doc.site == "Garden Club"
    assert doc.published == "2021-04-03"
    assert doc.url == "https://garden.example/pond"
    assert doc.language == "en"
    assert doc.text.startswith("Volunteers rebuild the pond\n\nOn Saturday twelve volunteers")
    assert read_html(page(ARTICLE), source="x", doc_id="x", language="fr").language == "fr"


@pytest.mark.parametrize(
    ("heading", "count"),
    [
        ("7 thoughts on “Pond”", 7),
        ("45 Comments to “Pond” | Leave a Comment!", 45),
        ("12 Responses", 12),
        ("Comments (3)", 3),
        ("One Response to “Pond”", 1),
        ("1,204 comments", 1204),
    ],
)
def test_declared_count_from_the_comments_heading(heading, count):
    comments = (
        f'<div id="comments"><h3>{heading}</h3><ol class="commentlist">'
        '<li class="comment"><p>Nice.</p></li></ol></div>'
    )
    assert read(page(ARTICLE, comments)).comments_declared == count


def test_no_declared_count_without_a_heading():
    comments = '<ol class="commentlist"><li class="comment"><p>Nice.</p></li></ol>'
    assert read(page(ARTICLE, comments)).comments_declared is None


def test_a_page_with_comments_only_is_read():
    comments = '<ol class="commentlist"><li class="comment"><p>Anyone there?</p></li></ol>'
    doc = read(page("", comments))
    assert comment_texts(doc) == ["Anyone there?"]


@pytest.mark.parametrize(
    "text",
    [
        page("<script>var nothing = 'A sentence in a script.';</script>"),
        page("<nav><a href='/'>Home</a></nav><form><input value='Search'></form>"),
        "",
        "   \n  ",
    ],
)
def test_a_page_without_text_is_an_input_error(text):
    with pytest.raises(InputError):
        read_html(text, source="empty.html", doc_id="empty")


def test_an_xml_declaration_does_not_stop_the_parser():
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + page(ARTICLE)
    assert "Frogs are expected back" in body_text(read(text))


# -- any comment text survives the trip -------------------------------------------------------

_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn")),
        st.sampled_from(list("<>&\"' \t\n\r\u00a0")),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_comment_text_reads_back_as_a_reader_sees_it(raw):
    seen = " ".join(raw.split())
    if not seen or seen.lower() in {"reply", "report", "edit", "flag", "permalink", "antworten"}:
        return
    if re.match(r"^\W*(?:\d+|one|no|two|three)\s+(?:comments?|responses?|thoughts?)", seen, re.I):
        return  # a count header, which the reader drops from comments on purpose
    comments = (
        '<ol class="comment-list"><li class="comment"><div class="comment-content">'
        f"<p>{html.escape(raw)}</p></div></li></ol>"
    )
    doc = read(page(ARTICLE, comments))
    assert comment_texts(doc) == [seen]


# -- any mix of the shapes users bring ----------------------------------------------------------

_SHAPES = {
    "wordpress": (
        '<ol class="commentlist">{items}</ol>',
        '<li class="comment" id="comment-{n}"><div class="comment-author vcard">'
        '<cite class="fn">{who}</cite> <span class="says">says:</span></div>'
        '<div class="comment-meta commentmetadata"><a href="#comment-{n}">May {day}, 2020 at '
        '9:14 pm</a></div><p>{text}</p><div class="reply"><a>Reply</a></div>{replies}</li>',
        '<ul class="children">{items}</ul>',
    ),
    "drupal": (
        '<div id="comments">{items}</div>',
        '<a id="comment-{n}"></a><div class="comment"><div class="submitted">Submitted by '
        '<span class="username">{who} (not verified)</span> on {day}/05/2013 - 19:20</div>'
        '<div class="content"><p>{text}</p></div><ul class="links"><li>reply</li></ul></div>'
        "{replies}",
        '<div class="indented">{items}</div>',
    ),
    "microdata": (
        '<section id="comments">{items}</section>',
        '<article class="c" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">{who}</span></span><time itemprop="dateCreated" '
        'datetime="2024-04-{day:02d}T15:12:00">x</time><div itemprop="text"><p>{text}</p></div>'
        "{replies}</article>",
        "<div>{items}</div>",
    ),
    "disqus": (
        '<div id="disqus_thread"><ul class="post-list">{items}</ul></div>',
        '<li class="post" id="post-{n}"><span class="author"><a>{who}</a></span>'
        '<a class="time-ago" title="May {day}, 2022 6:14 PM">2 years ago</a>'
        '<div class="post-message"><p>{text}</p></div><a class="share">Share ›</a>'
        '<ul class="children">{replies}</ul></li>',
        "{items}",
    ),
}

_WORDS = st.sampled_from(
    [
        "the",
        "pond",
        "is",
        "lovely",
        "and",
        "frogs",
        "will",
        "return",
        "soon",
        "if",
        "it",
        "rains",
        "Ünïcödé",
        "café",
        "😀",
        "&amp;",
        "&lt;b&gt;",
    ]
)


@st.composite
def _thread(draw, shape: str, depth: int = 0, counter: list | None = None) -> tuple[str, int]:
    outer, item, replies = _SHAPES[shape]
    counter = counter if counter is not None else [0]
    parts = []
    for _ in range(draw(st.integers(1 if depth == 0 else 0, 3 if depth < 3 else 0))):
        counter[0] += 1
        n = counter[0]
        text = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=12))) + "."
        inner = draw(_thread(shape, depth + 1, counter)) if depth < 3 else ""
        parts.append(
            item.format(
                n=n, who=f"Person {n}", day=1 + n % 27, text=text,
                replies=replies.format(items=inner) if inner else "",
            )
        )  # fmt: skip
    return "".join(parts) if depth else outer.format(items="".join(parts))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(_SHAPES)).flatmap(lambda shape: _thread(shape)))
def test_any_thread_of_any_shape_reads_whole_with_exact_offsets_and_stable_ids(thread):
    from corpus.segment import segment

    text = page(ARTICLE, thread)
    doc = read(text)  # the invariants: offsets, blocks, parents before replies, depths
    expected = len(re.findall(r"Person \d+", thread))
    assert doc.comments_found == expected
    assert [c.author for c in doc.comments] == [f"Person {n}" for n in range(1, expected + 1)]
    for comment in doc.comments:
        assert comment.published is not None
    units = segment(doc)
    for unit in units:
        assert doc.text[unit.start : unit.end] == unit.text
    assert [u.id for u in segment(read(text))] == [u.id for u in units]  # ids stable
    for furniture in ("Reply", "Share ›", "says:", "(not verified)", "reply"):
        assert furniture not in "\n".join(comment_texts(doc))


def test_a_thread_as_deep_as_the_parser_keeps_it_reads_whole():
    # libxml2 keeps some 255 levels of elements: every comment it keeps is read, with its
    # depth, and nothing walks the tree by recursion
    depth = 1500
    thread = (
        '<ol class="commentlist">'
        + "".join(
            f'<li class="comment"><p>Level {n}.</p><ul class="children">' for n in range(depth)
        )
        + "</ul></li>" * depth
        + "</ol>"
    )
    text = page(ARTICLE, thread)
    kept = len(lxml.html.fromstring(text).xpath("//li[@class='comment'][p]"))  # with its text
    doc = read(text)
    assert doc.comments_found == kept > 100
    assert [c.depth for c in doc.comments] == list(range(1, kept + 1))


@pytest.mark.parametrize(
    ("lang", "badge", "date"),
    [
        ("nl", "niet geverifieerd", "ma, 04/03/2024 - 21:10"),
        ("de", "nicht überprüft", "Mo., 04.03.2024 - 21:10"),
        ("es", "no verificado", "Lun, 04/03/2024 - 21:10"),
        ("it", "non verificato", "Lun, 04/03/2024 - 21:10"),
        ("pt", "não verificado", "Seg, 04/03/2024 - 21:10"),
    ],
)
def test_drupals_not_verified_badge_is_left_out_of_the_author_in_the_pages_language(
    lang, badge, date
):
    comments = "".join(
        f'<div class="comment"><div class="submitted">Ingezonden door '
        f'<span class="username">{who} ({badge})</span> op {date}</div>'
        f'<div class="content"><p>{text}</p></div></div>'
        for who, text in (("Ilse Marten", "Goed plan, eindelijk."), ("Anoniem", "Wie betaalt?"))
    )
    html_page = page(ARTICLE, f'<div id="comments">{comments}</div>')
    doc = read(html_page.replace("<html lang='en'>", f"<html lang='{lang}'>"))
    assert [c.author for c in doc.comments] == ["Ilse Marten", "Anoniem"]
    assert badge not in doc.text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcXYZ-_:.09éÉǅß ", max_size=16))
def test_class_name_words_without_the_regex_are_the_words_with_it(token):
    from corpus.readers.html_text import (
        _CAMEL,
        _FIVE_LETTER_PARTS,
        _SEPARATORS,
        _hash_like,
        name_parts,
    )

    def definition(token: str) -> list[str]:
        token = token.split("--", 1)[0]
        head, dash, tail = token.rpartition("-")
        if dash and head and 5 <= len(tail) <= 8 and _hash_like(tail):
            token = head  # a styled component's hash after the name
        if "__" in token:  # BEM's element, or a CSS module's local name before its hash
            before, after = token.rsplit("__", 1)
            component, _, local = before.partition("_")
            module = len(after) == 5 and component and local and after not in _FIVE_LETTER_PARTS
            token = local if module else after
        token = _CAMEL.sub("-", token).lower()
        return [word for word in _SEPARATORS.split(token) if word]

    assert name_parts.__wrapped__(token) == definition(token)


def test_the_site_is_the_name_in_the_pages_branding_when_nothing_else_names_it():
    branding = '<header><div class="site-branding"><a href="/">Marsh Gazette</a></div></header>'
    doc = read(page(branding + "<main>" + ARTICLE + "</main>"))
    assert doc.site == "Marsh Gazette"
    assert "Marsh Gazette" not in body_text(doc)


def _article_with_meta(lang: str, meta_html: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Volunteers rebuild the pond</title></head><body><article>"
        f"<h1>Volunteers rebuild the pond</h1>{meta_html}"
        "<p>On Saturday twelve volunteers drained the old pond behind the tool shed and "
        "relined it with a new membrane, a job that took most of the day.</p>"
        "<p>Frogs are expected back by spring, the organisers said, once the water plants "
        "settle.</p></article></body></html>"
    )


def test_the_label_before_a_byline_is_not_the_author():
    # WordPress themes wrap "Posted on" / "by" in classes named after the author field
    doc = read(
        _article_with_meta(
            "nl",
            '<div class="entry-meta"><span class="meta-prep meta-prep-author">Geplaatst op'
            '</span> <span class="entry-date">3 maart 2024</span> <span class="meta-sep">'
            'door</span> <span class="author vcard"><a class="url fn n" href="#">Wim Kalf'
            "</a></span></div>",
        )
    )
    assert doc.author == "Wim Kalf"


@pytest.mark.parametrize(
    ("lang", "row", "author"),
    [
        ("it", "12 aprile 2024 · di Carla Benni · 4 min di lettura", "Carla Benni"),
        ("de", "12. April 2024 | von Jonas Reh | 4 Min. Lesezeit", "Jonas Reh"),
        ("en", "April 12, 2024 · by Ada Fenn · 4 min read", "Ada Fenn"),
        ("fr", "12 avril 2024 · par Lucie Morel · 4 min de lecture", "Lucie Morel"),
        ("nl", "12 april 2024 · door Bram Vos · 4 min leestijd", "Bram Vos"),
    ],
)
def test_a_meta_row_without_byline_markup_gives_the_author(lang, row, author):
    doc = read(_article_with_meta(lang, f'<p class="post-meta">{row}</p>'))
    assert doc.author == author
    assert row not in doc.text


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        ("en", "April 12, 2024 · 4 min read"),
        ("it", "12 aprile 2024 · 4 min di lettura"),
        ("fr", "12 avril 2024 · 4 min de lecture"),
        ("es", "12 de abril de 2024 · 4 min de lectura"),
        ("pt", "12 de abril de 2024 · 4 min de leitura"),
        ("nl", "12 april 2024 · 4 min leestijd"),
    ],
)
def test_a_meta_row_without_a_name_gives_no_author(lang, row):
    doc = read(_article_with_meta(lang, f'<p class="post-meta">{row}</p>'))
    assert doc.author is None


def test_a_subheading_a_commenter_quotes_stays_in_the_body():
    body = (
        "<article><h1>Three days on the ridge</h1>"
        "<p>We walked the ridge path over a long weekend in March, sleeping in the villages.</p>"
        "<h3>Day 1: from Alder Cross to the chapel</h3>"
        "<p>The first stage follows the drove road, well marked and mostly level.</p></article>"
    )
    comments = (
        "<h4>1 comment:</h4><ol class='commentlist'><li class='comment' id='c1'>"
        "<div class='comment-author vcard'><cite class='fn'>Mara</cite></div>"
        "<div class='comment-body'><p>Day 1: from Alder Cross to the chapel</p>"
        "<p>That stage has a new path by the stream now, shadier than the road.</p></div>"
        "</li></ol>"
    )
    doc = read(page(body, comments, head="<title>Three days on the ridge</title>"))
    assert "Day 1: from Alder Cross to the chapel" in body_text(doc)
    assert len(doc.paragraphs) == 3
    assert len(doc.comments) == 1


LEAD = "The footbridge over the mill race will reopen in June after a year of repairs."
REST = (
    "<p>The parish council agreed the final payment on Tuesday, and the contractor says the "
    "new deck is already in place.</p><p>Walkers have used a diversion through the water "
    "meadows since last spring.</p>"
)


def test_a_lead_paragraph_inside_the_article_body_is_its_first_paragraph():
    body = (
        "<article><h1>Footbridge to reopen</h1><div class='article-body'>"
        f"<p class='lead'>{LEAD}</p>{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert body_text(doc).startswith(LEAD)
    assert len(doc.paragraphs) == 3


def test_a_standfirst_between_the_title_and_the_body_is_not_a_body_paragraph():
    body = (
        f"<article><h1>Footbridge to reopen</h1><p class='article__standfirst'>{LEAD}</p>"
        f"<div class='article-body'>{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert LEAD not in doc.text
    assert len(doc.paragraphs) == 2


def test_a_heading_under_the_title_saying_what_the_pages_description_says_is_its_standfirst():
    body = (
        "<article class='b-article-body'><h1>Footbridge to reopen</h1>"
        f"<h2 class='c-heading'>{LEAD}</h2>{REST}</article>"
    )
    head = f"<title>Footbridge to reopen</title><meta name='description' content='{LEAD}'>"
    doc = read(page(body, head=head))
    assert LEAD not in doc.text
    assert len(doc.paragraphs) == 2


def test_a_sidebars_listing_of_events_gives_no_date_to_the_article():
    body = (
        '<div class="region region-sidebar-first"><div class="block block-views">'
        '<div class="view-content"><ul><li class="views-row"><span property="dc:date" '
        'content="2023-11-09T19:30:00+00:00">Thu, 11/09/2023 - 19:30</span> Lock open day'
        "</li></ul></div></div></div><article><h1>Footbridge to reopen</h1>"
        '<span property="dc:date dc:created" content="2023-10-31T09:00:00+00:00">'
        f"Submitted on Tue, 10/31/2023</span>{REST}</article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert doc.published == "2023-10-31"


def test_an_overline_of_place_and_topic_over_the_title_is_not_a_body_paragraph():
    body = (
        "<article><p class='article__overline'><span>Lindhorst</span> · <span>Energie</span>"
        f"</p><h1>Footbridge to reopen</h1><div class='article-body'>{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert "Lindhorst" not in doc.text
    assert len(doc.paragraphs) == 2


def test_a_pull_quote_repeating_a_sentence_beside_it_is_not_a_paragraph():
    body = (
        "<article><h1>Footbridge to reopen</h1><div class='post-content'>"
        "<p>The contractor finished early. The new deck is oak, and it will outlast us all.</p>"
        "<blockquote class='pull'>The new deck is oak, and it will outlast us all.</blockquote>"
        f"{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert body_text(doc).count("it will outlast us all") == 1
    assert len(doc.paragraphs) == 3


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote class='pull'>New deck is oak, and it will outlast us all.</blockquote>",
        "<figure class='wp-block-pullquote'><blockquote><p>Oak outlasts us all.</p></blockquote>"
        "</figure>",
    ],
)
def test_a_pull_quote_set_apart_by_its_class_or_a_words_case_is_not_a_paragraph(quote):
    body = (
        "<article><h1>Footbridge to reopen</h1><div class='post-content'>"
        "<p>The contractor finished early. The new deck is oak, and it will outlast us all.</p>"
        f"{quote}{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert "New deck is oak" not in body_text(doc) and "Oak outlasts" not in body_text(doc)
    assert len(doc.paragraphs) == 3


def test_a_pull_quote_in_a_design_box_leaving_out_the_attribution_is_not_a_paragraph():
    body = (
        "<article><h1>Footbridge to reopen</h1><div class='post-content'>"
        '<p>The clerk was pleased. "The deck is oak," she told the council. "It will outlast '
        'us all."</p><div class="Enhancement"><div class="Enhancement-item"><div class="Quote">'
        '<blockquote>"The deck is oak. It will outlast us all."</blockquote>'
        "<div>Clerk to the council</div></div></div></div>"
        f"{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert body_text(doc).count("outlast us all") == 1
    assert len(doc.paragraphs) == 3


def test_a_quotation_not_printed_beside_itself_stays_a_paragraph():
    body = (
        "<article><h1>Footbridge to reopen</h1><div class='post-content'>"
        "<p>The contractor finished early and the chair read out a letter.</p>"
        "<blockquote>We thank the volunteers who kept the diversion signs up all winter."
        f"</blockquote>{REST}</div></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert "kept the diversion signs up all winter" in body_text(doc)


def test_a_wordpress_comments_text_section_classed_comment_is_no_reply_of_its_own():
    # Twenty Nineteen and others: li.comment > article.comment > section.comment-content.comment
    def comment(who: str, day: int, text: str, replies: str = "") -> str:
        children = f'<ol class="children">{replies}</ol>' if replies else ""
        return (
            f'<li id="li-comment-{day}" class="comment"><article id="comment-{day}" '
            f'class="comment"><footer class="comment-meta"><span class="comment-author vcard">'
            f'<cite class="fn">{who}</cite></span> <time datetime="2020-05-{day:02d}T10:00:00">'
            f"May {day}, 2020</time></footer>"
            f'<section class="comment-content comment"><p>{text}</p></section>'
            '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
            f"</article>{children}</li>"
        )

    thread = (
        '<div id="comments"><h2 class="comments-title">4 thoughts on “Pond”</h2>'
        '<ol class="commentlist">'
        + comment(
            "Ann",
            1,
            "The liner looks good.",
            comment("Bob", 2, "Thanks, it was heavy.", comment("Ann", 4, "I can imagine.")),
        )
        + comment("Cy", 3, "When are the frogs back?")
        + "</ol></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [
        "The liner looks good.",
        "Thanks, it was heavy.",
        "I can imagine.",
        "When are the frogs back?",
    ]
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Ann", 1, None),
        ("Bob", 2, 0),
        ("Ann", 3, 1),
        ("Cy", 1, None),
    ]
    assert [c.published for c in doc.comments] == [
        "2020-05-01",
        "2020-05-02",
        "2020-05-04",
        "2020-05-03",
    ]


ROOF = [
    "Work on the village hall roof began on Monday, three years after the first leak was "
    "reported to the parish council.",
    "The builders expect to finish before the harvest supper in September, weather permitting.",
    "The hall stays open for the playgroup and the Thursday market while the scaffolding is up.",
]


def test_a_page_laid_out_in_a_table_reads_only_the_cell_that_holds_the_article():
    body = (
        "<table width='100%'><tr>"
        "<td width='150' valign='top'><a href='/'>Home</a><br><a href='/news'>News</a><br>"
        "<a href='/about'>About us</a></td>"
        "<td valign='top'><h1>The village hall gets a new roof</h1>"
        + "".join(f"<p>{p}</p>" for p in ROOF)
        + "</td><td width='200' valign='top'>"
        "<p>Advertise with us! Reach every household in the valley for a small monthly fee.</p>"
        "<p>Subscribe to our printed edition and get it delivered every Friday morning.</p>"
        "</td></tr></table>"
    )
    doc = read(page(body, head="<title>The village hall gets a new roof</title>"))
    assert doc.title == "The village hall gets a new roof"
    assert [doc.text[start:end] for start, end in doc.paragraphs] == ROOF


LOCK = [
    "The two lower gates at Mill Reach were lifted out on Tuesday and replaced with new oak "
    "gates made in the trust's own workshop.",
    "Boats will be able to pass again from Saturday, once the paddles have been tested.",
]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<div class='column sidebar'>", "</div>"), ("<aside class='column'>", "</aside>")],
    ids=["div.sidebar", "aside"],
)
def test_a_sidebars_list_and_a_cookie_banner_are_not_body(opening, closing):
    body = (
        f"<div class='main'>{opening}<div class='section'><div class='block'><h2>Coming up</h2>"
        "<div class='content'><ul>"
        "<li class='views-row'><span class='date'>12/06/2024</span> – Towpath clean-up at "
        "Lower Lock</li>"
        "<li class='views-row'><span class='date'>29/06/2024</span> – Open day at the pump "
        "house</li>"
        f"</ul></div></div></div>{closing}"
        "<div class='column content'><div class='section'>"
        "<h1 class='title'>Lock gates replaced at Mill Reach</h1><div class='node'>"
        "<div class='content'>" + "".join(f"<p>{p}</p>" for p in LOCK) + "</div></div>"
        "</div></div></div>"
        "<div class='cookie-popup'><h2>We use cookies on this site</h2>"
        "<p>By clicking any link on this page you are giving your consent for us to set "
        "cookies.</p><button>OK, I agree</button></div>"
    )
    doc = read(page(body, head="<title>Lock gates replaced at Mill Reach</title>"))
    # trafilatura, left to itself, lets one or the other into the body of a page this short
    assert [doc.text[start:end] for start, end in doc.paragraphs] == LOCK


def test_a_layouts_main_column_named_for_its_sidebar_is_still_the_article():
    body = (
        "<div class='layout-with-sidebar'><h1>Lock gates replaced at Mill Reach</h1>"
        + "".join(f"<p>{p}</p>" for p in LOCK)
        + "</div>"
    )
    doc = read(page(body, head="<title>Lock gates replaced at Mill Reach</title>"))
    assert [doc.text[start:end] for start, end in doc.paragraphs] == LOCK


def test_the_articles_update_time_shown_first_is_not_its_publication_date():
    # GeneratePress's "posted-on": the updated <time> before the published one
    body = (
        "<article><h1>Footbridge to reopen</h1><span class='posted-on'>"
        "<time class='updated' datetime='2023-11-20T12:00:00+01:00' itemprop='dateModified'>"
        "20 November 2023</time><time class='entry-date published' "
        "datetime='2023-10-31T09:00:00+01:00' itemprop='datePublished'>31 October 2023</time>"
        f"</span>{REST}</article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    assert doc.published == "2023-10-31"


def test_a_subheading_that_reads_like_a_link_back_is_the_articles():
    # "Back to basics" over a paragraph is a heading of the article; "Back to Forum" as a
    # link is the page's
    said = (
        "So I sold the electric bike and bought a second-hand town bike with eight gears,"
        " and I have not missed the battery once this spring."
    )
    more = (
        "It takes ten minutes longer to get to work, but I enjoy the ride again, even on the"
        " days when the wind blows straight off the polder."
    )
    body = (
        f"<article><h1>Footbridge to reopen</h1>{REST}<h2>Back to basics</h2><p>{said}</p>"
        f"<p>{more}</p><p><a href='/forum'>Back to Forum</a></p></article>"
    )
    doc = read(page(body, head="<title>Footbridge to reopen</title>"))
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paragraphs[-3:] == ["Back to basics", said, more]


@pytest.mark.parametrize(
    "shown",
    [
        "<title>Seed swap opens | Huerta Común</title>",
        '<title>Seed swap opens</title><meta property="og:site_name" content="Huerta Común">',
    ],
)
def test_the_sites_name_as_shown_wins_over_the_longer_name_of_its_publisher(shown):
    data = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Seed swap '
        'opens", "publisher": {"@type": "Organization", "name": "Asociación Huerta Común"}}'
        "</script>"
    )
    doc = read(page(ARTICLE, head=shown + data))
    assert doc.site == "Huerta Común"
