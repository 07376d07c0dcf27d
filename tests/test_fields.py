"""A text whose metadata stands in fields over the article (YAML front matter, an extraction
tool's printout) is read by its fields: they give title, author, date and site, the text
under them is the article, and every character still maps onto the file."""

from __future__ import annotations

from corpus.readers.fields import parse_page_text, read_fields

FRONT_MATTER = """---
title: "The pond is back"
author: Hazel Moore
date: 2024-03-02
sitename: Dene Valley Ledger
tags: [ponds, volunteers]
---

On Saturday twelve volunteers drained the old pond behind the tool shed and relined it.

Frogs are expected back by spring, the organisers said, once the water plants settle.
"""

PRINTOUT = """URL: https://www.diariodelparamo.example/provincia/2024/04/09/estacion.html
Title: La antigua estación se convertirá en albergue de peregrinos
Authors: ['Lucía Barranco Ortiz', 'Lucía Barranco', 'Redacción Digital']
Publish date: 2024-04-09 00:00:00
Top image: https://static.diariodelparamo.example/estacion.jpg
Meta description: El pleno aprueba por unanimidad el proyecto
Keywords: ['estación', 'albergue']
Movies: []
Summary:
La estación de ferrocarril tendrá una segunda vida como albergue para peregrinos.

Text:
La estación de ferrocarril, cerrada a los viajeros desde 1985, tendrá una segunda vida.

Las obras costarán 612.000 euros, de los que la Diputación aportará el 70 %.
"""


def read(text: str, *, markdown: bool = False):
    return parse_page_text(
        text, source="t", doc_id="t", format="markdown" if markdown else "text",
        markdown=markdown,
    ).document  # fmt: skip


def paragraphs(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


def test_front_matter_gives_the_title_author_date_and_site():
    doc = read(FRONT_MATTER, markdown=True)
    assert (doc.title, doc.author, doc.published, doc.site) == (
        "The pond is back",
        "Hazel Moore",
        "2024-03-02",
        "Dene Valley Ledger",
    )
    assert [p.split()[0] for p in paragraphs(doc)] == ["On", "Frogs"]
    assert doc.format == "markdown"


def test_a_tools_printout_gives_its_fields_and_the_text_under_text():
    doc = read(PRINTOUT)
    assert (doc.title, doc.author, doc.published) == (
        "La antigua estación se convertirá en albergue de peregrinos",
        "Lucía Barranco Ortiz",  # (the first of its authors)
        "2024-04-09",
    )
    assert [p.split()[0] for p in paragraphs(doc)] == ["La", "Las"]
    assert "Meta description" not in doc.text and "Summary" not in doc.text


def test_what_the_fields_reader_keeps_maps_onto_the_file():
    for text, markdown in ((FRONT_MATTER, True), (PRINTOUT, False)):
        doc = read(text, markdown=markdown)
        assert doc.source_map is not None and doc.source_map.runs
        for start, source, length in doc.source_map.runs:
            assert doc.text[start : start + length] == text[source : source + length]


def test_an_article_that_opens_with_a_colon_is_no_printout():
    assert read_fields("Warning: the bridge is closed.\n\nThe council said so on Monday.\n") is None
    assert read_fields("---\nNo fields here, a rule drawn in dashes.\n\nText.\n") is None


def test_a_web_clips_markdown_names_the_site_in_its_logo_link_and_its_source_is_an_address():
    clip = """---
title: "New benches for the harbour wall - Harbour Forum"
source: https://forum.harbour.example/post/4417
author:
  - "[[tidewatcher]]"
clipped: 2025-02-10
---

[Harbour Forum](https://forum.harbour.example/)

- [Communities](https://forum.harbour.example/communities)
- [Login](https://forum.harbour.example/login)

# New benches for the harbour wall

The council put six new benches along the harbour wall last week, facing the water this time.

They are made of recycled plastic, which should survive the salt better than the old oak ones.
"""
    doc = read(clip)
    assert doc.title == "New benches for the harbour wall"
    assert doc.site == "Harbour Forum"
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["The", "They"]


def test_front_matter_read_as_yaml_gives_an_author_listed_under_its_name():
    # Obsidian's web clipper lists the author under the field, as a link of the notes
    clip = """---
title: "Winter hours at the lock-keeper's cottage"
author:
  - "[[Edda Marsh|Edda]]"
  - "[[Ravi Kent]]"
published: 2024-11-03
created: 2025-02-10
tags:
  - "clippings"
---

The cottage museum closes at three from November, the trust says.

Volunteers will still open it for school groups on request.
"""
    doc = read(clip)
    assert (doc.title, doc.author, doc.published) == (
        "Winter hours at the lock-keeper's cottage",
        "Edda Marsh",
        "2024-11-03",
    )


def test_front_matter_that_is_no_valid_yaml_is_still_read_a_field_a_line():
    doc = read("---\ntitle: Dams: a history\nauthor: Ines Moor\n---\n\nThe first dam was earth.\n")
    assert (doc.title, doc.author) == ("Dams: a history", "Ines Moor")
