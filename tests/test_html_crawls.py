"""A crawler's HTML in a JSONL record (the article's, its comments') is read as the text the
markup shows, and every character still maps onto the record's own text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import read_record
from corpus.readers.html_fragment import looks_like_html, plain

ARTICLE = (
    '<p class="byline">Door Sanne Brinkhuis</p>\n'
    '<figure><img src="/img/brug.jpg" alt="Landhoofd"><figcaption>De landhoofden staan er '
    "al. Foto: Rinus de Graaf</figcaption></figure>\n"
    "<p>De nieuwe fietsbrug over de Vliet gaat niet in het voorjaar van 2026 open, maar op "
    "zijn vroegst in maart 2027.</p>\n"
    "<h2>Faillissement</h2>\n"
    "<p>Volgens de wethouder was het staal voor een derde verwerkt &mdash; de curator sloot "
    "het terrein.</p>\n"
    "<ul><li>een pontje in de zomer</li><li>een pendelbus in de spits</li></ul>\n"
    '<p class="share">Deel dit artikel</p>'
)

COMMENTS = [
    {"id": "c1", "author": "Jolanda", "published": 1764846000,
     "text": "<p>Een pontje! Wat een goed idee.</p><p>Mijn moeder ging er als kind mee.</p>"},
    {"id": "c2", "author": "Henk", "parent": "c1", "published": "2025-12-04T10:31:00+01:00",
     "text": "<blockquote><p>Een pontje! Wat een goed idee.</p></blockquote>"
             "<p>Dat kost toch ook weer geld?</p>"},
]  # fmt: skip


def read(text: str = ARTICLE, comments: list | None = None):
    record = {"title": "Fietsbrug pas in 2027 open", "text": text, "comments": comments or []}
    return read_record(record, source="s.jsonl", doc_id="x")


def test_a_records_html_gives_the_paragraphs_a_browser_shows_without_captions():
    doc = read()
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "De nieuwe fietsbrug over de Vliet gaat niet in het voorjaar van 2026 open, maar op "
        "zijn vroegst in maart 2027.",
        "Faillissement",
        "Volgens de wethouder was het staal voor een derde verwerkt — de curator sloot het "
        "terrein.",
        "een pontje in de zomer",
        "een pendelbus in de spits",
    ]
    assert doc.author == "Sanne Brinkhuis"
    assert "Foto" not in doc.text and "Deel dit" not in doc.text


def test_html_comments_keep_their_paragraphs_and_drop_a_box_quoting_the_parent():
    doc = read(comments=COMMENTS)
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    assert texts == [
        "Een pontje! Wat een goed idee.\n\nMijn moeder ging er als kind mee.",
        "Dat kost toch ook weer geld?",
    ]
    assert [c.published for c in doc.comments] == ["2025-12-04", "2025-12-04"]


def test_the_source_map_copies_the_records_html_verbatim():
    doc = read()
    assert doc.source_map.runs
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length]
            == ARTICLE[source_start : source_start + length]
        )


def test_prose_that_mentions_a_tag_is_no_html():
    assert looks_like_html(ARTICLE)
    assert not looks_like_html("Use <p> for paragraphs and </p> to close them, said Ann.")
    assert not looks_like_html("Plain text.\n\nAnother paragraph with a <br> in it.</p>")


_PIECES = st.sampled_from(
    ["<p>", "</p>", "<br>", "<div class='x'>", "</div>", "<blockquote>", "</blockquote>",
     "&amp;", "&nbsp;", "&#233;", "<script>x<y</script>", "<figure>cap</figure>", "  ", "\n",
     "Ann", "said", "é", "€", "<li>", "</li>", "<!-- c -->", "<", "&"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_every_character_copied_maps_onto_the_same_character(pieces):
    text = "".join(pieces)
    shown, where = plain(text)
    assert len(shown) == len(where)
    for char, source in zip(shown, where, strict=True):
        assert source == -1 or text[source] == char
