"""A thread written out by an export tool: the tool's fields over the post ("Title:",
"Subreddit:", "Score:", "URL:", "Fetched:"), or the forum's own head row ("r/NAME · Posted by
u/NAME · DATE"), comments under "u/NAME | 211 points | DATE" headers, and the stubs the tool
left where it did not fetch ("[load more comments: 2 replies]").

The fields say the title, the poster, the community and the date; the others (the score, the
address, when and with what the thread was fetched) are no text of the post's. Every thread
here is invented for the test.
"""

from __future__ import annotations

from corpus.readers import rules

from .test_text_shapes import read, texts, tree


def body(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


FIELDED = """================================================================================
Title:      Allotment shed roof: felt again or switch to corrugated sheets?
Subreddit:  r/allotmentlife
Author:     u/beanpole_bev
Posted:     2024-04-12 18:05 UTC
Score:      143 (94% upvoted)
Comments:   37
URL:        https://www.reddit.com/r/allotmentlife/comments/1c2xq9z/allotment_shed_roof/
Fetched:    2024-04-15 08:30 UTC by threadsaver 1.2
================================================================================

The felt on my shed roof has split along the ridge for the third winter running and the rain now drips onto the seed trays.

I could re-felt it again for about forty pounds, or screw down corrugated bitumen sheets for about twice that.

Has anyone made the switch, and was it worth it?

--------------------------------------------------------------------------------
COMMENTS (sort: best) - 4 of 37 fetched, stubs not expanded
--------------------------------------------------------------------------------

u/compost_carl | 88 points | 2024-04-12 18:40 UTC
  Switched two years ago and never looked back. The sheets shrug off the wind and the birds can't pick at them.

    u/beanpole_bev (OP) | 21 points | 2024-04-12 19:02 UTC
      Did you need extra battens under them, or did they go straight onto the old boards?

        u/compost_carl | 30 points | 2024-04-12 19:30 UTC
          Straight on, with the screws the maker sells. Pre-drill them or the sheets crack.

        [load more comments: 2 replies]

u/rhubarb_ruth | 12 points | 2024-04-13 09:14 UTC
  Felt is fine if you use the torch-on kind. The nailed kind never lasts.

[load more comments: 33 more]
"""


def test_an_exports_fields_give_the_title_poster_community_and_date_and_are_no_text():
    doc = read(FIELDED).document
    assert doc.title == "Allotment shed roof: felt again or switch to corrugated sheets?"
    assert (doc.author, doc.site, doc.published) == (
        "beanpole_bev",
        "r/allotmentlife",
        "2024-04-12",
    )
    assert doc.comments_declared == 37
    assert body(doc) == [
        "The felt on my shed roof has split along the ridge for the third winter running and "
        "the rain now drips onto the seed trays.",
        "I could re-felt it again for about forty pounds, or screw down corrugated bitumen "
        "sheets for about twice that.",
        "Has anyone made the switch, and was it worth it?",
    ]
    for furniture in ("143 (94% upvoted)", "threadsaver", "https://", "COMMENTS (sort"):
        assert furniture not in doc.text


def test_comments_under_bar_separated_headers_nest_by_indent_and_lose_the_op_badge():
    doc = read(FIELDED).document
    assert tree(doc) == [
        ("compost_carl", "2024-04-12", None),
        ("beanpole_bev", "2024-04-12", 0),
        ("compost_carl", "2024-04-12", 1),
        ("rhubarb_ruth", "2024-04-13", None),
    ]
    assert texts(doc)[2] == (
        "Straight on, with the screws the maker sells. Pre-drill them or the sheets crack."
    )
    assert (
        texts(doc)[3] == "Felt is fine if you use the torch-on kind. The nailed kind never lasts."
    )


MARKDOWN = """# Pergola in legno o in alluminio per un terrazzo al quinto piano?

**r/TerrazziUrbani** · Posted by u/gelsomino_77 · 2024-05-03 17:20 UTC · 96 points (97% upvoted) · 18 comments

---

Buongiorno a tutti. Vorremmo coprire metà del terrazzo con una pergola, ma al quinto piano il vento è forte e il condominio chiede un progetto.

Il legno ci piace di più, l'alluminio costa meno di manutenzione. Chi ha già fatto questa scelta?

---

## Comments

- **u/vento_di_maestrale** · 40 points · 2024-05-03 18:02 UTC

  Alluminio, senza dubbio. Il legno al quinto piano lo devi trattare ogni anno.

  - **u/gelsomino_77** (OP) · 12 points · 2024-05-03 18:30 UTC

    Grazie, è proprio quello che temevo. Le viti le hai fissate nel pavimento?

    - *[2 more replies]*

- **u/architetta_nora** · 25 points · 2024-05-03 20:11 UTC

  Prima di tutto chiedete all'amministratore: il progetto va presentato comunque.

- *[load more comments (15)]*
"""


def test_a_forums_head_row_gives_the_community_the_poster_and_the_date():
    doc = read(MARKDOWN).document
    assert doc.title == "Pergola in legno o in alluminio per un terrazzo al quinto piano?"
    assert (doc.author, doc.site, doc.published) == (
        "gelsomino_77",
        "r/TerrazziUrbani",
        "2024-05-03",
    )
    assert len(body(doc)) == 2


def test_the_stubs_an_export_left_in_brackets_are_no_comments_text():
    doc = read(MARKDOWN).document
    assert tree(doc) == [
        ("vento_di_maestrale", "2024-05-03", None),
        ("gelsomino_77", "2024-05-03", 0),
        ("architetta_nora", "2024-05-03", None),
    ]
    assert texts(doc)[1].endswith("Le viti le hai fissate nel pavimento?")
    assert texts(doc)[2].endswith("il progetto va presentato comunque.")


def test_a_line_in_brackets_is_read_by_the_words_inside_and_an_empty_box_by_none():
    table = rules.default()
    assert table.match("chrome", "[2 more replies]") is not None
    assert table.match("chrome", "- *[load more comments (15)]*") is not None
    assert table.match("chrome", "[removed]") is None  # a removed comment's text, kept
    assert table.match("chrome", "[" + " " * 70 + "]") is None  # a text box, read elsewhere
