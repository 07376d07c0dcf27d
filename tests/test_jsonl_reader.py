"""JSONL records: the body keeps a source map into its `text` field; comments thread by parent."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus import InputError, read_record, segment


def body(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


def test_the_source_map_points_into_the_text_field():
    body = "  First paragraph.\r\n\r\nSecond\r\nline."
    doc = read_record({"id": "x", "title": "T", "text": body}, source="s", doc_id="x")
    assert doc.text == "T\n\nFirst paragraph.\n\nSecond\nline."
    start, mapped = body.index("Second"), doc.text.index("Second")
    assert doc.source_map.to_text(start, start + 6) == (mapped, mapped + 6)


def test_replies_follow_their_parent_whatever_the_order_in_the_list():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "b", "text": "Reply.", "parent": "a"},
            {"id": "a", "text": "Top."},
            {"id": "c", "text": "Reply to reply.", "parent": "b"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    comment_ids = [u.id for u in segment(doc, ["comment"])]
    assert comment_ids == ["x/c1", "x/c1.1", "x/c1.1.1"]
    assert [c.depth for c in doc.comments] == [1, 2, 3]


def test_a_reply_to_an_unknown_comment_is_kept_as_top_level():
    record = {"text": "Body.", "comments": [{"id": 1, "text": "Orphan.", "parent": 99}]}
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.depth, c.parent) for c in doc.comments] == [(1, None)]


def test_a_reply_cycle_loses_no_comment():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "a", "text": "A.", "parent": "b"},
            {"id": "b", "text": "B.", "parent": "a"},
        ],
    }
    assert read_record(record, source="s", doc_id="x").comments_found == 2


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": "No body"}, "no 'text'"),
        ({"text": "Body.", "comments": "nope"}, "must be a list"),
        ({"text": "Body.", "title": ["a"]}, "must be a string"),
        ({"text": "Body.", "comments": [{"id": 1}]}, "has no 'text'"),
    ],
)
def test_malformed_records_say_what_is_wrong(record, message):
    with pytest.raises(InputError, match=message):
        read_record(record, source="s", doc_id="x")


def test_a_reply_chain_thousands_deep_reads_whole():
    depth = 3000
    record = {
        "text": "Body.",
        "comments": [
            {"id": i, "text": f"Reply {i}.", "parent": i - 1 if i else None}
            for i in reversed(range(depth))  # newest first, as some crawls store them
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [c.depth for c in doc.comments] == list(range(1, depth + 1))
    assert [c.parent for c in doc.comments] == [None, *range(depth - 1)]
    last = segment(doc, ["comment"])[-1]
    assert last.id == "x/c1" + ".1" * (depth - 1)
    assert last.text == f"Reply {depth - 1}."


def test_a_comment_without_text_passes_its_replies_up():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "a", "text": "Top."},
            {"id": "b", "text": "  ", "parent": "a"},
            {"id": "c", "text": "Reply to a deleted one.", "parent": "b"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.depth, c.parent) for c in doc.comments] == [(1, None), (2, 0)]


def test_dates_are_calendar_dates_as_every_reader_gives_them():
    record = {
        "text": "Body.",
        "published": "3 november 2022 14:05",
        "comments": [
            {"id": 1, "text": "A.", "published": "2024-04-12T10:05:12Z"},
            {"id": 2, "text": "B.", "published": "2022-11-03 15:12:40"},
            {"id": 3, "text": "C.", "published": "last Tuesday"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert doc.published == "2022-11-03"
    assert [c.published for c in doc.comments] == ["2024-04-12", "2022-11-03", "last Tuesday"]


def test_page_furniture_a_crawler_kept_in_the_text_is_dropped():
    record = {
        "text": "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\nShare this article",
        "comments": [{"id": 1, "text": "Good point.\n\nShare"}],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert doc.text == "First paragraph.\n\nSecond paragraph.\n\nGood point."


def test_a_newsletter_sign_up_line_a_crawler_kept_is_dropped():
    record = {
        "text": "The ferry runs again.\n\n"
        "Sign up to the Courier's free weekend briefing for the week's best stories\n\n"
        "Tickets cost less than before.",
    }
    doc = read_record(record, source="s", doc_id="x")
    assert doc.text == "The ferry runs again.\n\nTickets cost less than before."


def test_a_share_heading_over_its_row_of_buttons_is_dropped_as_one_block():
    record = {
        "text": "The mill reopens in May.\n\nTeile diesen Artikel:\nFacebook WhatsApp E-Mail\n\n"
        "Tickets go on sale at the gate.",
    }
    doc = read_record(record, source="s", doc_id="x")
    assert doc.text == "The mill reopens in May.\n\nTickets go on sale at the gate."


def test_a_block_with_one_line_of_prose_among_furniture_is_kept():
    record = {"text": "The mill reopens in May.\n\nShare this article\nThe miller thanked us all."}
    doc = read_record(record, source="s", doc_id="x")
    assert "The miller thanked us all." in doc.text


@pytest.mark.parametrize("button", ["Reply", "Antworten", "Répondre", "Responder", "Rispondi"])
def test_a_reply_button_on_a_comments_last_line_is_dropped(button):
    record = {
        "text": "Body.",
        "comments": [{"id": 1, "text": f"The lane floods every winter.\n{button}"}],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert doc.text.endswith("The lane floods every winter.")


def test_a_comments_own_last_line_that_merely_counts_is_kept():
    record = {"text": "Body.", "comments": [{"id": 1, "text": "Count me in.\n+1"}]}
    doc = read_record(record, source="s", doc_id="x")
    assert doc.text.endswith("Count me in.\n+1")


CRAWLED_PAGE = """Skip to content
Millbrook Notes
Menu

Footbridge over the mill race to be rebuilt

Posted on 12 September 2023 by Hazel Moore

The parish council agreed on Tuesday to rebuild the footbridge over the mill race, which has been closed since the flood in February.

Work starts in May and should take about six weeks.

Share this:
Click to share on Facebook (Opens in new window)
Click to email a link to a friend (Opens in new window)

Like this:
Like Loading...

Related

Flood clear-up weekend
March 3, 2023
In "News"

2 thoughts on “Footbridge over the mill race to be rebuilt”

Tom Reed says:
12 September 2023 at 7:45 pm

About time. My kids have walked the long way round since February.

Reply
"""
CRAWLED_BODY = [
    "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, which "
    "has been closed since the flood in February.",
    "Work starts in May and should take about six weeks.",
]


def paragraphs(doc) -> list[str]:
    return [doc.text[start:end] for start, end in doc.paragraphs]


def test_a_crawled_pages_text_keeps_only_the_articles_paragraphs():
    record = {"title": "Footbridge over the mill race to be rebuilt", "text": CRAWLED_PAGE}
    doc = read_record(record, source="s", doc_id="x")
    # the menu above the repeated title, the byline, the share and like rows, the related
    # list and the comment section the crawler kept are none of them the article; the
    # comment section gives the comments, since the record has none of its own
    assert paragraphs(doc) == CRAWLED_BODY
    comment = "About time. My kids have walked the long way round since February."
    assert doc.text == "\n\n".join([record["title"], *CRAWLED_BODY, comment])
    assert [(c.author, c.published) for c in doc.comments] == [("Tom Reed", "2023-09-12")]


def test_a_crawled_pages_byline_gives_the_author_and_date_the_record_lacks():
    record = {"title": "Footbridge over the mill race to be rebuilt", "text": CRAWLED_PAGE}
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.author, doc.published) == ("Hazel Moore", "2023-09-12")
    record.update(author="H. Moore", published="2023-09-10")
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.author, doc.published) == ("H. Moore", "2023-09-10")  # the record's own win


def test_a_records_date_later_than_its_pages_byline_is_when_it_was_crawled():
    record = {"title": "T", "text": CRAWLED_PAGE, "published": "2023-10-09T06:12:44Z"}
    doc = read_record(record, source="s", doc_id="x")
    assert doc.published == "2023-09-12"  # no page's byline names a day after it was fetched


def test_a_records_blocks_stay_paragraphs_however_short_their_lines():
    record = {"title": "T", "text": "First paragraph.\n\nSecond\nline.\n\nThird one here."}
    doc = read_record(record, source="s", doc_id="x")
    assert paragraphs(doc) == ["First paragraph.", "Second\nline.", "Third one here."]


def test_sentences_under_an_announcing_line_in_a_record_are_one_paragraph_each():
    record = {
        "text": "The work party meets at nine.\n\nWhat to bring:\n"
        "A pair of gloves.\nA flask of tea.\nStrong boots.",
    }
    doc = read_record(record, source="s", doc_id="x")
    assert paragraphs(doc) == [
        "The work party meets at nine.",
        "What to bring:",
        "A pair of gloves.",
        "A flask of tea.",
        "Strong boots.",
    ]


def test_a_crawled_page_without_its_title_starts_at_its_byline():
    text = CRAWLED_PAGE.replace("\nFootbridge over the mill race to be rebuilt\n", "\n")
    text = text.replace("Menu\n", "Home About The Bridge Contact\n")
    record = {"title": "A footbridge for the village", "text": text}
    doc = read_record(record, source="s", doc_id="x")
    assert paragraphs(doc) == CRAWLED_BODY
    assert doc.author == "Hazel Moore"


def test_a_pingbacks_excerpt_is_no_comment_and_a_quoted_commenter_is_left_out():
    record = {
        "title": "Rhubarb",
        "text": "The committee met on Tuesday and decided to divide the rhubarb.",
        "comments": [
            {"id": 1, "author": "Sam K", "text": "Divide it when the leaves have died back."},
            {"id": 2, "author": "Allotment Association",
             "text": "[…] read Gwen's account of the rhubarb decision on her blog […]"},
            {"id": 3, "author": "Tilly", "parent": 1,
             "text": "Sam K wrote:\nDivide it when the leaves have died back\n\n"
                     "We did ours in November and lost one crown."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [c.author for c in doc.comments] == ["Sam K", "Tilly"]
    assert doc.text[doc.comments[1].start : doc.comments[1].end] == (
        "We did ours in November and lost one crown."
    )


def test_a_quotation_that_names_whom_it_answers_is_left_out():
    record = {
        "title": "Rhubarb",
        "text": "The committee met on Tuesday and decided to divide the rhubarb.",
        "comments": [
            {"id": 1, "author": "Sam K", "text": "Divide it when the leaves have died back."},
            {"id": 2, "author": "Tilly",
             "text": "> @Sam K: Divide it when the leaves have died back\n\n"
                     "We did ours in November and lost one crown."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert doc.text[doc.comments[1].start : doc.comments[1].end] == (
        "We did ours in November and lost one crown."
    )


def test_a_crawls_title_with_the_sites_name_after_it_is_the_title_and_the_name_the_site():
    record = {
        "title": "Rhubarb divided at last - The Millbrook Courier",
        "site": "millbrookcourier.example",
        "text": "The Millbrook Courier\nNews\nSport\nRhubarb divided at last\n"
        "The committee met on Tuesday and decided to divide the rhubarb, at long last.\n"
        "The first crowns go to the new plots in the spring.",
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.site) == ("Rhubarb divided at last", "The Millbrook Courier")
    assert paragraphs(doc) == [
        "The committee met on Tuesday and decided to divide the rhubarb, at long last.",
        "The first crowns go to the new plots in the spring.",
    ]


def test_a_crawls_page_address_names_the_site_after_its_title_and_the_byline_is_read():
    record = {
        "title": "Parkeervergunning wordt duurder | De Veenkoerier",
        "url": "https://www.veenkoerier.example/regio/parkeervergunning",
        "text": "[Naar hoofdinhoud](#main)\n\n"
        "[![De Veenkoerier](https://www.veenkoerier.example/logo.svg)](https://www.veenkoerier.example/)"
        "\n\nWij gebruiken cookies om de site goed te laten werken en om advertenties af te "
        "stemmen op jouw interesses.\n\n# Parkeervergunning wordt duurder\n\n"
        "Door **Femke Zwart** · 3 april 2024, 16:12\n\n"
        "Het college wil de prijs van een bewonersvergunning in het centrum verdubbelen.\n\n"
        "De gemeenteraad bespreekt het voorstel in mei.",
        "comments": [],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.site) == ("Parkeervergunning wordt duurder", "De Veenkoerier")
    assert (doc.author, doc.published) == ("Femke Zwart", "2024-04-03")
    assert [p.split()[0] for p in paragraphs(doc)] == ["Het", "De"]


PORTUGUESE_CRAWL = """Ir para o conteúdo principal
Correio do Mondego
Assinar
Coimbra
Ponte pedonal fecha três meses para obras
Trabalhos começam a 6 de novembro e obrigam peões e ciclistas a um desvio pela ponte rodoviária.
Rui Damasceno
11 de outubro de 2023, 18:20
Partilhar
Copiar ligação
~
A ponte pedonal da Ínsua, que liga o Parque Verde à margem esquerda do Mondego, vai estar encerrada entre novembro e fevereiro, anunciou ontem a Câmara.
A ponte pedonal da Ínsua durante a manhã de ontem. Foto: Correio do Mondego
Durante o encerramento, peões e ciclistas terão de atravessar o rio pela ponte rodoviária. É um desvio de quase dois quilómetros.
Comerciantes preocupados
Os comerciantes da margem esquerda temem uma quebra no movimento ao fim de semana, sobretudo as pastelarias junto à ponte.
~
PUB
~
Comentários (2)
Para comentar tem de iniciar sessão.
~
Teresa Quintela
12/10/2023 às 21:03
Finalmente. Há anos que aquelas juntas fazem barulho.
Responder
Gosto 3
~
J. Pires
12/10/2023 às 15:47
Três meses? Aposto que em maio ainda lá estão as vedações.
Responder
Gosto 12
~
Mostrar mais comentários
""".replace("\n~\n", "\n \n")  # a crawl keeps a space on its blank lines


def test_a_crawled_page_with_one_paragraph_a_line_keeps_them_around_a_caption():
    record = {"title": "Ponte pedonal fecha três meses para obras", "text": PORTUGUESE_CRAWL}
    doc = read_record(record, source="s", doc_id="x")
    body = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in body] == ["A", "Durante", "Comerciantes", "Os"]
    assert (doc.author, doc.published) == ("Rui Damasceno", "2023-10-11")


def test_a_crawled_pages_comment_section_gives_the_comments_when_the_record_has_none():
    record = {"title": "Ponte pedonal fecha três meses para obras", "text": PORTUGUESE_CRAWL}
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Teresa Quintela", "2023-10-12"),
        ("J. Pires", "2023-10-12"),
    ]
    assert doc.comments_declared == 2
    with_own = dict(record, comments=[{"id": 1, "text": "Bom artigo."}])
    assert len(read_record(with_own, source="s", doc_id="x").comments) == 1


def test_a_crawls_tags_under_the_last_paragraph_and_a_count_of_none_are_read_as_such():
    text = (
        "Le four à pain communal rallumé\n"
        "Il a fallu trois essais et une bonne dose de patience pour que le four chauffe enfin.\n"
        "L’association prévoit de l’allumer un samedi par mois, d’avril à octobre.\n"
        "Patrimoine\nSaint-Aubin-d’Ourville\nAssociations\n"
        "Vous avez aimé cet article ? Abonnez-vous pour 1 € le premier mois.\n"
        "0 commentaire\nSoyez le premier à réagir\nLaisser un commentaire\n"
    )
    record = {"title": "Le four à pain communal rallumé", "text": text, "comments": []}
    doc = read_record(record, source="s", doc_id="x")
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Il", "L’association"]
    assert doc.comments_declared == 0


def test_a_crawls_tags_on_one_line_with_commas_under_the_last_paragraph_are_no_paragraph():
    text = (
        "In unserer Mietwohnung haben sich in den Silikonfugen der Dusche schwarze Punkte"
        " gebildet.\n\nWir lüften nach jedem Duschen zehn Minuten mit dem Fenster auf Kipp.\n\n"
        "Schimmel, Bad, Mietwohnung\n\nTeilen\n\nMelden\n\nÄhnliche Fragen\n"
        "Welches Silikon für die Dusche?\n"
    )
    record = {"title": "Schimmel in den Silikonfugen", "text": text, "language": "de"}
    doc = read_record(record, source="s", doc_id="x")
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["In", "Wir"]
    # a last paragraph that lists with commas and goes on to a sentence stays
    listed = text.replace("Teilen", "Das Silikon ist jetzt raus, das Bad wieder sauber.")
    doc = read_record(dict(record, text=listed), source="s", doc_id="x")
    assert "Schimmel, Bad, Mietwohnung" in doc.text


def test_a_records_author_as_its_byline_gave_it_and_a_relative_date_are_read_as_a_person_would():
    record = {
        "title": "La huerta cumple diez años",
        "author": "Por Lucía Ferreyra",
        "text": "Hace diez años, un grupo de vecinas limpió un baldío lleno de escombros.\n\n"
        "Seguí leyendo\nCortes de agua programados en zona norte\n\n"
        "Suscribite a nuestro newsletter y recibí las noticias del día en tu correo.",
        "language": "es",
        "comments": [{"id": "1", "text": "¡Felicitaciones!", "published": "hace 3 horas"}],
    }
    doc = read_record(record, source="s.jsonl", doc_id="x")
    assert doc.author == "Lucía Ferreyra"
    assert doc.comments[0].published is None
    assert doc.text.split("\n\n")[1:] == [  # the title, its one paragraph, the comment
        "Hace diez años, un grupo de vecinas limpió un baldío lleno de escombros.",
        "¡Felicitaciones!",
    ]


def test_a_crawls_title_suffix_names_the_site_its_domain_spells_less_the_short_words():
    record = {
        "title": "Speeltuin De Kikker gaat weer open - Wijkkrant De Vlietbuurt",
        "site": "wijkkrantvlietbuurt.example",
        "text": "Na negen maanden bouwhekken gaat speeltuin De Kikker zaterdag weer open.\n\n"
        "Blijf op de hoogte! Meld je aan voor onze nieuwsbrief en ontvang het buurtnieuws.\n\n"
        "Aanmelden\n\nDe opening begint om elf uur met een woordje van de wethouder.",
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.site) == (
        "Speeltuin De Kikker gaat weer open",
        "Wijkkrant De Vlietbuurt",
    )
    # (a newsletter's pitch, a blank line, its button alone: no paragraphs of the article)
    assert paragraphs(doc) == [
        "Na negen maanden bouwhekken gaat speeltuin De Kikker zaterdag weer open.",
        "De opening begint om elf uur met een woordje van de wethouder.",
    ]


def test_a_crawls_comments_that_hold_their_replies_are_untangled_and_their_headers_read():
    # each comment's text is its whole element: its header, its text, its button and the
    # replies under it, which come again as comments of their own; the record names the desk
    reply = "Laura Benvenuti\n16 maggio 2024 alle 10:02\n\nGianni, mandaci le foto.\n\nRispondi"
    record = {
        "title": "La transumanza torna in piazza",
        "language": "it",
        "author": "Redazione",
        "text": "La transumanza torna in piazza\nDopo vent'anni le greggi di nuovo in piazza\n"
        "di Chiara Boschetti\n16 maggio 2024\nCondividi\n\n"
        "Per la prima volta dopo vent'anni le greggi sono tornate in piazza del Mercato.",
        "comments": [
            {"author": "Gianni R.", "published": "16 maggio 2024 alle 9:14", "parent": None,
             "text": f"Gianni R.\n16 maggio 2024 alle 9:14\n\nIo c'ero!\n\nRispondi\n\n{reply}"},
            {"author": "", "published": "", "parent": None, "text": reply},
            {"author": "Ottavio M.", "published": "2 giorni fa", "parent": None,
             "text": "Ottavio M.\n2 giorni fa\n\nBellissimo, speriamo che diventi una tradizione."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert doc.author == "Chiara Boschetti"  # (not "Redazione": the page names the writer)
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Gianni R.", "2024-05-16", None),
        ("Laura Benvenuti", "2024-05-16", 0),
        ("Ottavio M.", None, None),
    ]
    assert [doc.text[c.start : c.end] for c in doc.comments] == [
        "Io c'ero!",
        "Gianni, mandaci le foto.",
        "Bellissimo, speriamo che diventi una tradizione.",
    ]


def test_a_crawls_text_with_the_byline_right_under_the_title_gives_the_author():
    record = {
        "title": "La transumanza torna in piazza",
        "language": "it",
        "text": "La transumanza torna in piazza\ndi Chiara Boschetti\n16 maggio 2024\n\n"
        "Per la prima volta dopo vent'anni le greggi sono tornate in piazza del Mercato.",
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.author, doc.published) == ("Chiara Boschetti", "2024-05-16")
    assert doc.text[doc.paragraphs[0][0] :].startswith("Per la prima volta")


def test_a_scrapy_crawls_excerpt_count_header_names_and_a_removed_stub():
    # its text opens with the excerpt (the standfirst), its comments' authors still carry
    # " sagt:", a stub stands for a comment the moderators took down, the crawler kept its own
    # tally of the comments, which is no count the page announced
    record = {
        "title": "Freibad Weiherhof startet mit Solarheizung",
        "language": "de",
        "excerpt": "Nach zwei Jahren Umbau öffnet das Freibad am Samstag.",
        "text": "Nach zwei Jahren Umbau öffnet das Freibad am Samstag.\n"
        "Pünktlich zum Pfingstwochenende öffnet das Freibad Weiherhof seine Tore.\n"
        "Herzstück der Sanierung ist eine Solarabsorberanlage auf der Liegewiese.\n"
        "Das Bad ist bis zum 8. September täglich von 9 bis 20 Uhr geöffnet.",
        "comment_count": 3,
        "comments": [
            {"id": "c1", "parent": None, "author": "Gudrun Hallstein sagt:",
             "published": "14. Mai 2024 um 11:18 Uhr", "text": "Endlich!"},
            {"id": "c2", "parent": None, "author": "", "published": "14. Mai 2024 um 14:20 Uhr",
             "text": "Dieser Kommentar wurde von der Moderation entfernt."},
            {"id": "c3", "parent": "c1", "author": "Tobias R. sagt:",
             "published": "14. Mai 2024 um 12:40 Uhr", "text": "Für Familien zu teuer."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [p.split()[0] for p in paragraphs(doc)] == ["Pünktlich", "Herzstück", "Das"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Gudrun Hallstein", None),
        ("Tobias R.", 0),
    ]
    assert doc.comments_declared is None


def test_a_removed_comment_with_a_reply_stays_for_the_reply_to_answer():
    record = {
        "title": "Neues Baugebiet am Mühlenkamp",
        "text": "Der Rat hat den Bebauungsplan für 48 Bauplätze am Mühlenkamp beschlossen.",
        "comments": [
            {"id": "1", "author": "Anke", "text": "Und wer baut die Straße aus?"},
            {"id": "2", "parent": "1", "author": None,
             "text": "Dieser Kommentar wurde von der Redaktion entfernt."},
            {"id": "3", "parent": "2", "author": "Anke", "text": "Das muss ich mir nicht sagen lassen."},
            {"id": "4", "parent": "1", "author": None,
             "text": "Dieser Kommentar wurde von der Redaktion entfernt."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.parent) for c in doc.comments] == [("Anke", None), (None, 0), ("Anke", 1)]
    assert doc.text[doc.comments[1].start : doc.comments[1].end].startswith("Dieser Kommentar")


def test_a_crawls_list_without_bullets_and_a_subheading_under_a_teaser_stay_the_articles():
    text = (
        "Vor einem Jahr haben wir die alte Ölheizung gegen eine Wärmepumpe getauscht, und"
        " jetzt können wir Zahlen liefern.\n\n"
        "Auch interessant: Hydraulischer Abgleich in 5 Schritten\n\n"
        "Die Zahlen\n\n"
        "Stromverbrauch der Wärmepumpe: 4.310 kWh\n"
        "Erzeugte Wärme laut Zähler: 13.870 kWh\n"
        "Jahresarbeitszahl für die Heizperiode: etwa 3,2\n\n"
        "Zum Vergleich: Im letzten Winter mit Öl haben wir knapp 2.300 Liter verbraucht."
    )
    doc = read_record({"id": "w", "title": "Wärmepumpe", "text": text}, source="s", doc_id="w")
    paragraphs = [doc.text[start:end] for start, end in doc.paragraphs]
    assert [p.split(":")[0].split()[0] for p in paragraphs] == [
        "Vor", "Die", "Stromverbrauch", "Erzeugte", "Jahresarbeitszahl", "Zum"
    ]  # fmt: skip


def test_a_crawls_caption_credited_to_an_image_in_portuguese_is_no_paragraph():
    text = (
        "Simulação do troço junto à ponte velha. Imagem: CM Vila Nova de Alvarim\n\n"
        "A Câmara Municipal aprovou na reunião de segunda-feira o projeto da ciclovia ribeirinha."
    )
    doc = read_record({"id": "c", "title": "Ciclovia", "text": text}, source="s", doc_id="c")
    paragraphs = [doc.text[start:end] for start, end in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["A"]


def test_a_crawls_name_and_date_under_the_title_and_a_newsletters_pitch_are_no_paragraphs():
    text = (
        "Veerpont tijdelijk uit de vaart door hoog water\n\nSanne Bosman 22-01-24, 06:00\n\n"
        "Deel dit artikel\nFacebook\nWhatsApp\n\n"
        "Het voetveer vaart tot nader order niet. Door het hoge water is de oprit overstroomd.\n\n"
        "Schipper Gert-Jan Hol verwacht dat de pont op zijn vroegst volgend weekend weer vaart.\n\n"
        "Schrijf je in voor onze nieuwsbrief Maas en Waal\n"
        "Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox.\n"
    )
    record = {"id": "v", "title": "Veerpont tijdelijk uit de vaart door hoog water", "text": text}
    doc = read_record(record, source="s", doc_id="v")
    paragraphs = [doc.text[start:end] for start, end in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["Het", "Schipper"]
    assert (doc.author, doc.published) == ("Sanne Bosman", "2024-01-22")


def test_a_crawls_heading_over_its_bulleted_items_a_line_each_are_paragraphs_each():
    text = (
        "La fiera torna in piazza dopo tre anni, con le bancarelle dei produttori.\n\n"
        "Il programma\n"
        "- Sabato ore 17: apertura degli stand.\n"
        "- Sabato ore 21: ballo in piazza.\n"
        "- Domenica ore 10: mercato dei produttori.\n\n"
        "Il ricavato andrà alla scuola del paese."
    )
    doc = read_record({"id": "f", "title": "La fiera", "text": text}, source="s", doc_id="f")
    paragraphs = [doc.text[start:end] for start, end in doc.paragraphs]
    assert paragraphs[1:5] == [
        "Il programma",
        "- Sabato ore 17: apertura degli stand.",
        "- Sabato ore 21: ballo in piazza.",
        "- Domenica ore 10: mercato dei produttori.",
    ]


def test_a_comment_the_record_types_as_a_pingback_is_no_comment():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "a", "text": "Top."},
            {"id": "b", "type": "pingback", "text": "Cycle paths inland [...] in Vale Ameno"},
            {"id": "c", "type": "comment", "text": "Reply.", "parent": "a"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [doc.text[c.start : c.end] for c in doc.comments] == ["Top.", "Reply."]


def test_a_webmention_the_record_types_so_is_a_reply_and_keeps_its_replies():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "wm-1", "type": "webmention", "author": "Tom", "text": "Tried it, works."},
            {"id": "c-2", "type": "comment", "parent": "wm-1", "author": "Jane", "text": "Good!"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.parent) for c in doc.comments] == [("Tom", None), ("Jane", 0)]


def test_replies_nested_inside_their_comment_follow_it():
    record = {
        "text": "Body.",
        "comments": [
            {
                "id": "a",
                "text": "Top.",
                "children": [
                    {"id": "b", "text": "Reply.", "children": [{"text": "Reply to reply."}]},
                    {"text": "Second reply.", "replies": []},
                ],
            },
            {"id": "c", "text": "Another top."},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    assert texts == ["Top.", "Reply.", "Reply to reply.", "Second reply.", "Another top."]
    assert [c.parent for c in doc.comments] == [None, 0, 1, 0, None]


def test_a_nested_chain_thousands_deep_reads_whole():
    depth = 3000
    chain: dict = {"text": f"Reply {depth - 1}."}
    for i in reversed(range(depth - 1)):
        chain = {"text": f"Reply {i}.", "children": [chain]}
    doc = read_record({"text": "Body.", "comments": [chain]}, source="s", doc_id="x")
    assert [c.depth for c in doc.comments] == list(range(1, depth + 1))


def test_a_nested_reply_given_by_its_id_is_a_reference_not_another_comment():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "a", "text": "Top.", "children": ["b", {"id": "b"}]},
            {"id": "b", "text": "Reply.", "parent": "a"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [c.parent for c in doc.comments] == [None, 0]


@pytest.mark.parametrize(
    ("label", "url", "kept"),
    [
        ("Cronaca", "https://gazzetta.example/cronaca/2024/06/03/ponte-riapre", False),
        ("Política Local", "https://diario.example/politica-local/obras-del-puente", False),
        # a first line the address does not file the article under is the article's
        ("Cronaca", "https://gazzetta.example/2024/06/03/ponte-riapre", True),
        ("Finally.", "https://blog.example/finally/the-bridge", True),
    ],
)
def test_the_section_the_address_files_the_article_under_is_no_paragraph(label, url, kept):
    body = "The bridge over the Rieso reopened on Saturday after eight months of works."
    record = {"title": "Bridge reopens", "url": url, "text": f"{label}\n\n{body}"}
    doc = read_record(record, source="s", doc_id="x")
    assert paragraphs(doc) == ([label, body] if kept else [body])


def test_a_commenters_badge_the_crawl_kept_with_the_name_is_no_part_of_it():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "a", "text": "Lovely piece.", "author": "Mary Hollis"},
            {"id": "b", "text": "Thank you!", "author": "Ruth Pelling · Author", "parent": "a"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [c.author for c in doc.comments] == ["Mary Hollis", "Ruth Pelling"]


def test_a_badge_after_a_space_goes_but_not_a_surname_that_is_one_too():
    record = {
        "text": "Body.",
        "comments": [
            {"id": "a", "text": "Wo steht der Automat?", "author": "Peter Gast"},
            {"id": "b", "text": "Am Hofladen.", "author": "Tanja Oberle Redaktion", "parent": "a"},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [c.author for c in doc.comments] == ["Peter Gast", "Tanja Oberle"]


def test_a_replys_bbcode_quotation_of_an_earlier_comment_is_not_its_text():
    record = {
        "title": "La latteria riapre",
        "text": "La latteria di Valmarena riapre a maggio come cooperativa di quindici soci.",
        "comments": [
            {"id": "1", "author": "Gianni_V", "text": "Mio nonno portava il latte lì ogni mattina."},
            {"id": "2", "parent": "1", "author": "Lucia", "text": (
                '[quote="Gianni_V"]Mio nonno portava il latte lì ogni mattina.[/quote]\n'
                "Anche il mio! Si chiamava Bepi."
            )},
            {"id": "3", "author": "Marta", "text": (
                "[quote]Il latte crudo va bollito.[/quote]\nLo dice anche il regolamento."
            )},  # (a quotation of nothing earlier: her own words)
        ],
    }  # fmt: skip
    doc = read_record(record, source="t.jsonl", doc_id="t")
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    assert texts[1] == "Anche il mio! Si chiamava Bepi."
    assert texts[2].startswith("[quote]Il latte crudo")


def test_character_references_a_crawl_kept_are_read_as_the_characters_and_map_back():
    body = "Tom O&#8217;Hare opened the lido in 1936.\n\nR&amp;D came later."
    record = {
        "title": "The lido&#8217;s first summer",
        "author": "Ruth O&#8217;Neill",
        "text": body,
        "comments": [{"id": 1, "author": "Tom O&#8217;Hare", "text": "Gran&#8217;s photos!"}],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author) == ("The lido’s first summer", "Ruth O’Neill")
    assert "Tom O’Hare opened the lido in 1936." in doc.text and "R&D came later." in doc.text
    assert doc.comments[0].author == "Tom O’Hare"
    assert doc.text[doc.comments[0].start : doc.comments[0].end] == "Gran’s photos!"
    start, mapped = body.index("opened"), doc.text.index("opened")
    assert doc.source_map.to_text(start, start + 6) == (mapped, mapped + 6)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["word ", "&#8217;", "&amp;", "&nbsp;", "&bogus;", "\n\n", "O'Hare ", "é"]),
        min_size=1,
        max_size=30,
    )
)
# (short capitalised words a wide gap apart, as a site's sections stand, but closed by a stop:
# a sentence, not a menu)
@example(["&nbsp;", "O'Hare ", "&nbsp;", "O'Hare "])
def test_a_text_with_character_references_maps_back_character_for_character(pieces):
    body = "Start. " + "".join(pieces) + " End."
    doc = read_record({"id": "x", "text": body}, source="s", doc_id="x")
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length] == body[source_start : source_start + length]
        )


def test_a_consent_banner_over_the_crawled_text_is_no_paragraph():
    text = (
        "Deze website maakt gebruik van cookies\n"
        "Wij gebruiken cookies om inhoud en advertenties te personaliseren en om ons"
        " websiteverkeer te analyseren.\nAlles accepteren\nInstellingen aanpassen\n\n"
        "De nieuwe fietsbrug over de beek gaat op 20 april open, na bijna twee jaar werken.\n\n"
        "De stalen boogbrug vervangt de smalle houten loopbrug die in 2021 werd afgesloten."
    )
    doc = read_record(
        {"id": "a", "title": "Fietsbrug gaat open", "text": text}, source="a", doc_id="a"
    )
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[1] for p in paragraphs] == ["nieuwe", "stalen"]


def test_a_hacker_news_api_record_its_p_separated_html_a_deleted_comment_and_epoch_dates():
    # the HN API's fields as a crawler kept them: a lone "<p>" opening each paragraph after
    # the first, entities, a deleted comment whose text is null (its replies pass up), and
    # Unix times
    record = {
        "id": "hn-1",
        "title": "Ask HN: Do you still keep a paper logbook?",
        "text": "I log every repair on my boat in a paper book.<p>Is that daft in 2024?"
        "<p>I&#x27;d like to hear what others do.",
        "published": 1710427980,
        "comments": [
            {"id": "2", "parent": "1", "author": "keelhaul", "time": 1, "published": 1710428880,
             "text": "Paper survives a flat battery.<p>Mine is in a ziplock bag."},
            {"id": "3", "parent": "1", "author": None, "text": None, "deleted": True},
            {"id": "4", "parent": "2", "author": "bilge_rat", "published": "1710431520",
             "text": "&gt; Paper survives a flat battery.<p>And a dunk, if you use pencil."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "I log every repair on my boat in a paper book.",
        "Is that daft in 2024?",
        "I'd like to hear what others do.",
    ]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("keelhaul", "2024-03-14"),
        ("bilge_rat", "2024-03-14"),
    ]
    reply = doc.comments[1]
    assert doc.text[reply.start : reply.end] == "And a dunk, if you use pencil."


def test_isso_comments_their_dates_seconds_with_a_fraction():
    record = {
        "id": "x",
        "text": "The dryer works.",
        "comments": [{"id": 1, "author": "Lucia", "published": 1715679612.301, "text": "Bello!"}],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert doc.comments[0].published == "2024-05-14"


def test_a_crawls_row_of_tags_set_apart_by_middle_dots_under_the_text_is_no_paragraph():
    record = {
        "id": "x",
        "text": "Ogni agosto ci ritroviamo con più pomodori di quanti riusciamo a mangiare.\n\n"
        "Quest'anno li abbiamo seccati al sole, in una cassa di legno.\n\n"
        "essiccazione · pomodori · autocostruzione\n\nCondividi su X\nCondividi su Facebook",
    }
    doc = read_record(
        record,
        source="s",
        doc_id="x",
    )
    assert len(doc.paragraphs) == 2 and "autocostruzione" not in doc.text


def test_a_coral_comment_opening_with_a_closed_quotation_block_is_html():
    # a comment's HTML that opens with one block, closed before any other tag
    # ("<blockquote>…</blockquote>Eso …"), is HTML: its quotation of the parent dropped
    record = {
        "id": "x",
        "title": "Montejaral recupera su mercado",
        "text": "Montejaral recupera su mercado\n\nPor Lucía Barrantes\n\n"
        "El mercado de abastos volverá a abrir sus puertas el sábado, después de cinco años.",
        "comments": [
            {"id": "a", "author": "Pilar", "text": "El sesenta por ciento fue para la cubierta."},
            {"id": "b", "parent": "a", "author": "Ramón",
             "text": "<blockquote>El sesenta por ciento fue para la cubierta.</blockquote>"
             "Eso no lo sabía, gracias por el dato."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "El mercado de abastos volverá a abrir sus puertas el sábado, después de cinco años."
    ]
    reply = doc.comments[1]
    assert doc.text[reply.start : reply.end] == "Eso no lo sabía, gracias por el dato."


def test_a_crawls_text_closing_on_the_comment_sections_heading_and_its_prompt_keeps_neither():
    # (the record holds its comments apart: a Bluesky thread's replies, here one)
    text = (
        "Our house has eleven sash windows and most of the cords had gone.\n\n"
        "This winter I finally worked my way round all of them, one a weekend.\n\n"
        "Comments\n\n"
        "Reply to this post on Bluesky to join the conversation. Replies appear here after a"
        " few minutes."
    )
    record = {"title": "T", "text": text, "comments": [{"id": "1", "text": "Nice work."}]}
    doc = read_record(record, source="s", doc_id="x")
    assert [doc.text[s:e][:8] for s, e in doc.paragraphs] == ["Our hous", "This win"]


def test_a_line_the_record_keeps_as_a_photos_caption_is_no_paragraph():
    # (Ghost's "feature_image_caption", set under the photo in the text the crawler kept)
    caption = "The bakery van outside the town hall, in March."
    record = {
        "title": "A year on the road",
        "text": f"We started a year ago.\n\n{caption}\n\nSeven villages now have a stop.",
        "feature_image_caption": caption,
        "comments": [],
    }
    doc = read_record(record, source="t", doc_id="t")
    assert body(doc) == [
        "We started a year ago.",
        "Seven villages now have a stop.",
    ]


def test_a_newsletter_box_heading_pitch_and_lone_button_under_the_post_are_dropped():
    # (Ghost's Source theme: "Subscribe to SITE" / its pitch / "Subscribe", each a block)
    text = (
        "We started a year ago.\n\nSee you on the road,\n\nClaire\n\n"
        "Subscribe to The Little Pedlar\n\n"
        "One letter a month, news of the round and the growers, straight to your inbox.\n\n"
        "Subscribe"
    )
    doc = read_record({"title": "A year", "text": text, "comments": []}, source="t", doc_id="t")
    assert body(doc)[-1] == "Claire"


def test_a_discourse_embeds_link_to_the_topic_ends_the_article():
    text = (
        "Three winters ago we built a sauna.\n\nAsk me anything below.\n\n"
        "Continue the discussion at talk.example.org\n\n11 replies\n\nParticipants"
    )
    doc = read_record({"title": "Sauna", "text": text, "comments": []}, source="t", doc_id="t")
    assert body(doc) == [
        "Three winters ago we built a sauna.",
        "Ask me anything below.",
    ]


def test_a_comment_that_opens_with_the_articles_words_after_a_quote_mark_drops_them():
    # (Commento's Markdown: "> WORDS" of the post over the commenter's own)
    text = (
        "On old frames the return current often runs through the frame itself.\n\nSo I ran a wire."
    )
    comment = {"id": "1", "text": "> On old frames the return current often runs through the"
               " frame\n\nSame here: a second wire fixed it.", "author": "Joris"}  # fmt: skip
    doc = read_record({"title": "Hub dynamo", "text": text, "comments": [comment]}, source="t",
                      doc_id="t")  # fmt: skip
    comment = doc.comments[0]
    assert doc.text[comment.start : comment.end] == "Same here: a second wire fixed it."


def test_a_line_asking_for_replies_from_the_fediverse_is_no_paragraph():
    text = (
        "Mia madre ha un portatile nuovo.\n\n"
        "Commenti: rispondi a questo post dal tuo account del fediverso. Le risposte compaiono"
        " qui sotto dopo qualche minuto."
    )
    doc = read_record({"title": "Linux", "text": text, "language": "it", "comments": []},
                      source="t", doc_id="t")  # fmt: skip
    assert body(doc) == ["Mia madre ha un portatile nuovo."]


def test_a_line_asking_for_replies_on_bluesky_is_no_paragraph():
    text = (
        "Hace un año vendimos el coche.\n\n"
        "Comenta en Bluesky: responde a esta publicación y tu respuesta aparecerá aquí."
    )
    doc = read_record({"title": "Bici", "text": text, "language": "es", "comments": []},
                      source="t", doc_id="t")  # fmt: skip
    assert body(doc) == ["Hace un año vendimos el coche."]


def test_a_crawls_date_under_another_common_name_is_read_as_published():
    # Diffbot's "date" (an HTTP date), an API's "created_at": the record's and a comment's
    record = {
        "title": "Das Dorfkino öffnet wieder",
        "text": "Zwölf Jahre lang war der Saal hinter dem Gasthof dunkel.",
        "date": "Thu, 21 Mar 2024 05:30:00 GMT",
        "comments": [
            {
                "id": "1",
                "author": "Resi K.",
                "text": "Endlich!",
                "date": "Thu, 21 Mar 2024 17:42:00 GMT",
            },
            {
                "id": "2",
                "author": "Hubert",
                "text": "Wir freuen uns.",
                "created_at": "2024-03-22T08:00:00Z",
            },
        ],
    }
    doc = read_record(record, source="crawl.jsonl", doc_id="kino")
    assert doc.published == "2024-03-21"
    assert [c.published for c in doc.comments] == ["2024-03-21", "2024-03-22"]


def test_an_extraction_apis_article_object_is_read_under_its_own_names():
    # (Zyte's article: no field of ours at the top, the article nested, schema.org's names)
    record = {
        "url": "https://paper.example/town/the-nursery-doubles",
        "source": "The Valley Courier",
        "article": {
            "headline": "The nursery doubles its places",
            "datePublished": "2024-03-14T08:30:00+01:00",
            "authors": [{"name": "Ada Lowe", "nameRaw": "By Ada Lowe"}],
            "articleBody": "Twenty-four children now.\n\nA waiting list remains.",
            "inLanguage": "en",
        },
        "commentsDeclaredRaw": "2 comments",
        "comments": [
            {
                "commentId": "c-2",
                "parentId": "c-1",
                "text": "A reply.",
                "datePublished": "2024-03-15T09:00:00Z",
            },
            {"commentId": "c-1", "parentId": None, "author": "Sam", "text": "At last."},
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "The nursery doubles its places",
        "Ada Lowe",
        "The Valley Courier",
        "2024-03-14",
    )
    assert body(doc) == ["Twenty-four children now.", "A waiting list remains."]
    assert doc.comments_declared == 2
    assert [(c.author, c.depth, c.published) for c in doc.comments] == [
        ("Sam", 1, None),
        (None, 2, "2024-03-15"),
    ]


def test_a_field_of_ours_wins_over_the_same_field_under_another_name():
    record = {"text": "Body.", "author": "Ada Lowe", "authors": ["Someone Else"], "source": "rss"}
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.author, doc.site) == ("Ada Lowe", None)  # ("rss": a feed's, no site's name)


def test_a_url_under_a_name_field_is_no_name():
    record = {
        "text": "Body.",
        "source": "https://feeds.example/rss",
        "publisher": {"name": "The Courier"},
    }
    assert read_record(record, source="s", doc_id="x").site == "The Courier"


def test_a_crawl_that_kept_only_the_pages_json_ld_is_read_from_its_article_node():
    # (extruct's output: the page's JSON-LD nodes in a list, the NewsArticle among them,
    # its comments schema.org's Comment objects nested through their own "comment")
    reply = {
        "@type": "Comment",
        "text": "Thanks, Gesine!",
        "dateCreated": "2024-03-14T10:03:00+01:00",
        "author": {"@type": "Person", "name": "Hauke R."},
    }
    record = {
        "url": "https://paper.example/karwitz",
        "title": None,
        "jsonld": [
            {"@type": "WebSite", "name": "Wendland-Kurier"},
            {
                "@type": "NewsArticle",
                "headline": "The village shop is saved",
                "datePublished": "2024-03-14T06:30:00+01:00",
                "author": [{"@type": "Person", "name": "Friederike L."}],
                "publisher": {"@type": "NewsMediaOrganization", "name": "Wendland-Kurier"},
                "articleBody": "A co-operative takes the shop over.\n\nIt opens on Monday.",
                "comment": [
                    {
                        "@type": "Comment",
                        "text": "Great news!",
                        "dateCreated": "2024-03-14T09:12:00+01:00",
                        "author": {"@type": "Person", "name": "Gesine M."},
                        "comment": [reply],
                    }
                ],
            },
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "The village shop is saved",
        "Friederike L.",
        "Wendland-Kurier",
        "2024-03-14",
    )
    assert body(doc) == ["A co-operative takes the shop over.", "It opens on Monday."]
    assert [(c.author, c.depth, c.published) for c in doc.comments] == [
        ("Gesine M.", 1, "2024-03-14"),
        ("Hauke R.", 2, "2024-03-14"),
    ]


def test_a_parent_named_by_its_address_threads_the_reply_under_that_comment():
    # (Webz.io's: each comment's "url" its own anchor, its "parent" the address of the one it
    # answers, or the article's own for a comment on the article)
    page = "https://paper.example/ferry/"
    record = {
        "url": page,
        "text": "The ferry is back.",
        "comments": [
            {"id": "a1", "url": page + "#comment-1", "parent": page, "text": "Smooth ride."},
            {
                "id": "b2",
                "url": page + "#comment-2",
                "parent": page + "#comment-1",
                "text": "Agreed.",
            },
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.depth, c.parent) for c in doc.comments] == [(1, None), (2, 0)]


def test_newspaper4ks_record_and_its_nested_replies_under_their_own_names():
    record = {
        "text": "The pool gets solar panels.",
        "authors": ["Ria Mulder"],
        "publish_date": "2024-04-02T10:00:00+02:00",
        "meta_site_name": "De Dorpskrant",
        "comments": [
            {
                "comment_id": "r-1",
                "author": "Henk",
                "created": "2024-04-03T08:12:44+02:00",
                "body": "Why did this take so long?",
                "replies": [{"comment_id": "r-2", "author": "Marloes", "body": "The roof first."}],
            }
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.author, doc.site, doc.published) == ("Ria Mulder", "De Dorpskrant", "2024-04-02")
    assert [(c.author, c.depth, c.published) for c in doc.comments] == [
        ("Henk", 1, "2024-04-03"),
        ("Marloes", 2, None),
    ]
    assert "body" in record["comments"][0]["replies"][0]  # (the caller's record as it was)


def test_a_matrix_reply_quoting_its_parent_after_its_sender_keeps_only_its_own_words():
    # (Cactus Comments read from Matrix: "> <@ana:matrix.org> the parent's words", the reply)
    record = {
        "text": "A solar oven from two boxes.",
        "comments": [
            {"id": "$a", "author": "Ana", "text": "Does it work in spring as well?"},
            {
                "id": "$b",
                "parent": "$a",
                "author": "Nuria",
                "text": "> <@ana:matrix.org> Does it work in spring as well?\n\nIt does, but slower.",
            },
        ],
    }
    doc = read_record(record, source="s", doc_id="x")
    start, end = doc.comments[1].start, doc.comments[1].end
    assert doc.text[start:end] == "It does, but slower."


def test_a_news_please_record_with_staticmans_comments():
    # news-please: "maintext" (a paragraph a line), "date_publish", the site only after the
    # page's title; Staticman: "_parent" is the post's slug, "replying_to_uid" the parent
    record = {
        "authors": ["Nia Obuya"],
        "date_publish": "2024-05-02 10:00:00",
        "maintext": "We fixed the lifting bridge of the canal museum's model, which had not "
        "lifted since the club moved it to the new hall two winters ago.\n"
        "How it went wrong\n"
        "Photo: the bridge's gears before cleaning (Nia Obuya)\n"
        "One tooth of the small gear had worn flat, so the bridge slipped back down each time "
        "the motor stopped, and a new tooth had to be cut and pinned in its place.\n"
        "The bridge now lifts on every open day, and the children who come to see it are "
        "allowed to press the button themselves, under the eye of a club member.",
        "source_domain": "millbeckmodels.org",
        "text": None,
        "title": "Mending a model lifting bridge",
        "title_page": "Mending a model lifting bridge | Millbeck Model Club",
        "url": "https://millbeckmodels.org/2024/05/02/lifting-bridge/",
        "comments": [
            {"_id": "u1", "_parent": "lifting-bridge", "replying_to_uid": "", "name": "Ravi",
             "message": "Which glue did you use?", "date": 1714647600},
            {"_id": "u2", "_parent": "lifting-bridge", "replying_to_uid": "u1", "name": "Nia Obuya",
             "message": "None: the new tooth is pinned.", "date": 1714651200},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Mending a model lifting bridge",
        "Nia Obuya",
        "Millbeck Model Club",
        "2024-05-02",
    )
    assert [p.split()[0] for p in paragraphs(doc)] == ["We", "How", "One", "The"]
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Ravi", None, "2024-05-02"),
        ("Nia Obuya", 0, "2024-05-02"),
    ]


def test_remark42s_comment_objects_and_a_quotation_the_replier_cut_short():
    # Remark42's API: "pid" the parent ("" at the top), "user": {"name"}, "time", HTML text;
    # the reply quotes the question up to a comma and closes it with its own mark
    record = {
        "title": "Le four banal rallumé",
        "text": "Le four banal du village a été rallumé samedi, après quarante ans.",
        "comments": [
            {"id": "c1", "pid": "", "user": {"name": "Claire", "admin": False},
             "time": "2024-04-14T18:40:21+02:00",
             "text": "<p>Est-ce que le four pourra être loué par les particuliers, pour une fête ?</p>"},
            {"id": "c2", "pid": "c1", "user": {"name": "Odile", "admin": True},
             "time": "2024-04-15T09:00:00+02:00",
             "text": "<blockquote><p>Est-ce que le four pourra être loué par les particuliers ?</p>"
                     "</blockquote><p>Oui, avec quelqu'un de l'association.</p>"},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Claire", None, "2024-04-14"),
        ("Odile", 0, "2024-04-15"),
    ]
    assert doc.text[doc.comments[1].start : doc.comments[1].end] == (
        "Oui, avec quelqu'un de l'association."
    )


def test_a_goose3_record_with_the_wordpress_rest_apis_comments():
    # goose3: "cleaned_text", the site in its Open Graph tags; the REST API's comments:
    # "author" the user's number (0 for a guest), "author_name", "content": {"rendered": HTML},
    # "parent" 0 at the top
    record = {
        "title": "Hühnermobil statt Legebatterie",
        "cleaned_text": "Am Ortsrand steht seit März ein Hühnerstall auf Rädern.\n\n"
        "Die Genossenschaft hat inzwischen 86 Mitglieder.",
        "opengraph": {"site_name": "Hainacher Bote", "type": "article"},
        "authors": ["Katrin Seeger"],
        "publish_date": "2024-03-14T07:30:00+01:00",
        "comments": [
            {"id": 1187, "parent": 0, "author": 0, "author_name": "Heinz Köberl",
             "date": "2024-03-16T08:05:12", "content": {"rendered": "<p>Gute Sache.</p>\n"}},
            {"id": 1190, "parent": 1187, "author": 3, "author_name": "Katrin Seeger",
             "date": "2024-03-16T09:40:00", "content": {"rendered": "<p>Danke!</p>\n"}},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.author, doc.site, doc.published) == (
        "Katrin Seeger",
        "Hainacher Bote",
        "2024-03-14",
    )
    assert paragraphs(doc) == [
        "Am Ortsrand steht seit März ein Hühnerstall auf Rädern.",
        "Die Genossenschaft hat inzwischen 86 Mitglieder.",
    ]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Heinz Köberl", None),
        ("Katrin Seeger", 0),
    ]
    assert doc.text[doc.comments[0].start : doc.comments[0].end] == "Gute Sache."


def test_a_zyte_records_comments_under_their_own_names():
    record = {
        "article": {"headline": "La fragua vuelve a encenderse", "articleBody": "La fragua de Mores "
                    "vuelve a encenderse tras treinta años."},
        "comments": [
            {"commentId": "c-1", "inReplyTo": None, "authorName": "Agustín", "text": "Qué alegría."},
            {"commentId": "c-2", "inReplyTo": "c-1", "authorName": "Begoña", "text": "Y tanto."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.parent) for c in doc.comments] == [("Agustín", None), ("Begoña", 0)]


def test_diffbots_raw_response_its_article_among_the_objects_and_its_discussion():
    # the response as the API gives it: "request" and "objects" at the top, the article an
    # object of type "article", its thread under "discussion": "posts", RFC 2822 dates
    record = {
        "request": {"pageUrl": "https://jornal.example/feira", "api": "article"},
        "objects": [{
            "type": "article",
            "title": "Feira livre muda de endereço",
            "author": "Renata Quaresma",
            "siteName": "Jornal do Vale",
            "date": "Thu, 14 Mar 2024 12:30:00 GMT",
            "text": "A feira livre de sábado da Rua Tamoios vai funcionar em outro lugar a partir"
                    " de 6 de abril, no estacionamento do Ginásio Municipal.\nO que muda\nAs 48"
                    " bancas serão transferidas a cerca de 400 metros de distância, com ponto de"
                    " energia, banheiros químicos e uma área coberta para os orgânicos.",
            "discussion": {"numPosts": 2, "posts": [
                {"id": 0, "author": "Dona Cida", "date": "Thu, 14 Mar 2024 14:05:00 GMT",
                 "text": "Vão colocar algum ônibus?"},
                {"id": 1, "parentId": 0, "author": "Jornal do Vale",
                 "date": "Fri, 15 Mar 2024 09:00:00 GMT", "text": "Perguntamos à prefeitura."},
            ]},
        }],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Feira livre muda de endereço",
        "Renata Quaresma",
        "Jornal do Vale",
        "2024-03-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["A", "O", "As"]
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Dona Cida", None, "2024-03-14"),
        ("Jornal do Vale", 0, "2024-03-15"),
    ]


def test_a_spiders_readability_result_its_meta_tags_and_vuukles_comments():
    # readability-lxml's fields nested under "readability", the page's meta tags as an
    # object; Vuukle's comments: "parentId" 0 at the top, "name", "createdAt"
    record = {
        "url": "https://courant.example/regio/zwerfkatten",
        "readability": {
            "title": "Zwerfkattenopvang zoekt onderkomen | Veenhoorner Courant",
            "byline": "Door Ellen Verhoeven",
            "content_text": "De stichting moet het pand verlaten.\n\nDe gemeente denkt mee.",
        },
        "meta": {"og:site_name": "Veenhoorner Courant",
                 "article:published_time": "2024-03-14T16:30:00+01:00"},
        "comments": [
            {"commentId": 501, "parentId": 0, "name": "Marianne",
             "createdAt": "2024-03-14 17:48:10", "text": "Wat een slecht nieuws."},
            {"commentId": 502, "parentId": 501, "name": "Joke",
             "createdAt": "2024-03-15 08:02:00", "text": "Pluis maakt het goed."},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Zwerfkattenopvang zoekt onderkomen",
        "Ellen Verhoeven",
        "Veenhoorner Courant",
        "2024-03-14",
    )
    assert body(doc) == ["De stichting moet het pand verlaten.", "De gemeente denkt mee."]
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Marianne", None, "2024-03-14"),
        ("Joke", 0, "2024-03-15"),
    ]


def test_an_elasticsearch_hits_source_with_its_replies_nested_and_dates_in_milliseconds():
    record = {
        "_index": "news-articles-2024.03",
        "_id": "c2f1d9e6",
        "_source": {
            "site_name": "Diario del Alcón",
            "headline": "El mercado de abastos abrirá por las tardes",
            "byline": ["Nerea Goikoetxea"],
            "published_at": "2024-03-14T07:45:00+01:00",
            "body": "El mercado municipal abrirá también por las tardes.\n\n"
                    "El nuevo horario será de 17:30 a 20:30.",
            "comments": [
                {"comment_id": "c1", "author": "Begoña_R", "created_at": 1710411120000,
                 "body": "¡Por fin!", "replies": [
                     {"comment_id": "c2", "author": "Placero9", "created_at": 1710414720000,
                      "body": "Os esperamos."}]},
            ],
        },
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "El mercado de abastos abrirá por las tardes",
        "Nerea Goikoetxea",
        "Diario del Alcón",
        "2024-03-14",
    )
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Begoña_R", None, "2024-03-14"),
        ("Placero9", 0, "2024-03-14"),
    ]


def test_newspaper3ks_nested_meta_data_and_a_comment_systems_answer_kept_under_its_name():
    record = {
        "title": "Die Turmuhr von St. Ulrich schlägt wieder",
        "authors": ["Tobias Lenz"],
        "text": "Pünktlich um 12 Uhr schlug die Turmuhr wieder.\n\nDer Motor ist neu.",
        "meta_data": {"og": {"site_name": "Kreisbote Hohenlinden"},
                      "article": {"published_time": "2024-03-14T06:00:00+01:00"}},
        "remark42": {"info": {"count": 2}, "comments": [
            {"id": "a1", "pid": "", "user": {"name": "Gerda Maier"},
             "time": "2024-03-14T08:41:17+01:00", "text": "<p>Wie schön!</p>"},
            {"id": "a2", "pid": "a1", "user": {"name": "Tobias Lenz"},
             "time": "2024-03-14T09:02:00+01:00", "text": "<p>Danke!</p>"},
        ]},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.site, doc.published) == ("Kreisbote Hohenlinden", "2024-03-14")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Gerda Maier", None),
        ("Tobias Lenz", 0),
    ]


def test_mercury_parsers_result_and_issos_answer_each_kept_under_its_name():
    # Mercury Parser's result ("content" HTML, "date_published") under "mercury"; Isso's
    # answer under "isso": replies nested in "replies", "created" a Unix time; the post's
    # note that it holds no advertising is no paragraph of it
    record = {
        "url": "https://www.balkonernte.de/kartoffeln/",
        "site_name": "Balkonernte",
        "mercury": {"title": "Kartoffeln im Kübel", "author": "Frauke Lindemann",
                    "date_published": "2024-03-14T06:30:00.000Z",
                    "content": "<div><p>Im April habe ich drei Sorten im Kübel gepflanzt.</p>"
                               "<p><em>Dieser Beitrag enthält keine Werbung. Alle Sorten habe "
                               "ich selbst gekauft.</em></p></div>"},
        "isso": {"id": None, "total_replies": 2, "replies": [
            {"id": 3, "parent": None, "text": "<p>Welche Erde hast du genommen?</p>",
             "author": "Heiko", "created": 1710407564.48, "total_replies": 1, "replies": [
                {"id": 4, "parent": 3, "text": "<p>Gemüseerde mit Kompost.</p>",
                 "author": "Frauke Lindemann", "created": 1710410710.48, "replies": []}]},
        ]},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Kartoffeln im Kübel",
        "Frauke Lindemann",
        "Balkonernte",
        "2024-03-14",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Im April habe ich drei Sorten im Kübel gepflanzt."
    ]
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Heiko", None, "2024-03-14"),
        ("Frauke Lindemann", 0, "2024-03-14"),
    ]


def test_the_wordpress_com_rest_apis_post_and_replies_kept_as_they_came():
    # v1.1: the post under "post" (its author an object), the site's "name"; the replies'
    # answer under "replies" ("found", "comments"), each reply's parent {"ID": …} or false
    record = {
        "site": {"ID": 219004417, "name": "Kleingarten Nordlicht"},
        "post": {"ID": 1184, "author": {"ID": 201553, "name": "Ute Brandes"},
                 "date": "2024-03-21T17:45:00+01:00", "title": "Regentonne im Kleingarten",
                 "content": "<p>Seit drei Jahren steht an unserer Laube eine Regentonne.</p>"},
        "replies": {"found": 2, "comments": [
            {"ID": 611, "parent": False, "author": {"ID": 0, "name": "Gerd Hansen"},
             "date": "2024-03-21T19:12:04+01:00", "content": "<p>Danke für die Zusammenfassung!</p>",
             "type": "comment"},
            {"ID": 612, "parent": {"ID": 611, "type": "comment"},
             "author": {"ID": 201553, "name": "Ute Brandes"}, "date": "2024-03-21T20:03:00+01:00",
             "content": "<p>Gern, Gerd!</p>", "type": "comment"},
        ]},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Regentonne im Kleingarten",
        "Ute Brandes",
        "Kleingarten Nordlicht",
        "2024-03-21",
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Gerd Hansen", None),
        ("Ute Brandes", 0),
    ]


def test_algolias_hacker_news_item_and_jina_readers_answer_each_under_its_key():
    # Algolia's items API: the story under "item", its comments nested in "children";
    # Jina Reader: its answer's "data" holds the page's Markdown as "content"
    hn = {
        "site": "Hacker News",
        "item": {"id": 1, "author": "kestrel_ops", "title": "Ask HN: A rota app?",
                 "created_at": "2024-03-14T18:24:05.000Z", "text": "<p>We need a rota.</p>",
                 "children": [{"id": 2, "author": "ana", "created_at": "2024-03-14T19:00:00Z",
                               "text": "<p>Keep the paper sheet.</p>", "children": []}]},
    }  # fmt: skip
    doc = read_record(hn, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.published) == (
        "Ask HN: A rota app?",
        "kestrel_ops",
        "2024-03-14",
    )
    assert [(c.author, c.parent) for c in doc.comments] == [("ana", None)]
    jina = {
        "code": 200,
        "data": {"title": "Purin d’ortie", "url": "https://example.fr/purin",
                 "content": "# Purin d’ortie\n\nCela fait trois printemps que je prépare mon purin.",
                 "publishedTime": "2024-04-09T06:45:11+00:00"},
    }  # fmt: skip
    doc = read_record(jina, source="s", doc_id="x")
    assert doc.title == "Purin d’ortie"
    assert (
        doc.text[slice(*doc.paragraphs[-1])]
        == "Cela fait trois printemps que je prépare mon purin."
    )


def test_firecrawls_markdown_its_metadata_and_the_comments_it_extracted():
    # the article only in "markdown" (its title, byline and the standfirst the description
    # repeats, over the text); the site, title and date in "metadata"; the comments in the
    # LLM-extracted "json", replies by "reply_to"
    record = {
        "markdown": "# Le lavoir retrouve son toit\n\nPar **Sophie Jeunet** | Publié le 14 mars "
                    "2024\n\n**Les bénévoles ont refendu des planchettes tout l'hiver.**\n\n"
                    "![Le lavoir](https://example.fr/lavoir.jpg)\n\n"
                    "Il aura fallu quatre mois et près de 6 000 tavaillons.\n\n"
                    "Samedi, une cinquantaine d'habitants sont venus voir les derniers rangs.",
        "json": {"comments": [
            {"id": "c1", "author": "Monique Cattin", "text": "Bravo !", "reply_to": None},
            {"id": "c2", "author": "Sophie Jeunet", "text": "Merci !", "reply_to": "c1"},
        ]},
        "metadata": {"title": "Le lavoir retrouve son toit - La Voix du Haut-Doubs",
                     "ogTitle": "Le lavoir retrouve son toit", "ogSiteName": "La Voix du Haut-Doubs",
                     "description": "Les bénévoles ont refendu des planchettes tout l'hiver.",
                     "article:published_time": "2024-03-14T07:30:00+01:00"},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.site, doc.published) == (
        "Le lavoir retrouve son toit",
        "La Voix du Haut-Doubs",
        "2024-03-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["Il", "Samedi,"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Monique Cattin", None),
        ("Sophie Jeunet", 0),
    ]


def test_apifys_open_graph_list_and_the_disqus_apis_answer_kept_whole():
    record = {
        "text": "Chiusa dal 2009, la latteria torna in funzione.\n\nOtto famiglie conferiscono il latte.",
        "metadata": {"title": "Riapre la latteria turnaria", "author": "Giulia Ferraresi",
                     "openGraph": [{"property": "og:site_name", "content": "Il Giornale della Val Tidone"},
                                   {"property": "og:title", "content": "Riapre la latteria"}]},
        "disqus": {"cursor": {"hasNext": False}, "code": 0, "response": [
            {"id": "2", "parent": 1, "author": {"name": "Paolo"}, "createdAt": "2024-04-21T19:02:14",
             "message": "<p>Non sono soldi regalati.</p>"},
            {"id": "1", "parent": None, "author": {"name": "Anna"}, "createdAt": "2024-04-21T18:00:00",
             "message": "<p>Bella notizia.</p>"},
        ]},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert doc.site == "Il Giornale della Val Tidone"
    assert [(c.author, c.parent) for c in doc.comments] == [("Anna", None), ("Paolo", 0)]


def test_cusdiss_answer_pages_its_comments_and_their_replies_in_envelopes():
    # the comments as Cusdis's open API gives them: {"data": {"data": [...], "commentCount"}},
    # each reply list again in {"data": [...]}, the writer in "by_nickname"
    record = {
        "title": "Bike repair morning at the library", "site": "Ferndale Notes",
        "text": "Volunteers fixed thirty bicycles at the library on Saturday morning.",
        "comments": {"data": {"commentCount": 2, "pageCount": 1, "data": [
            {"id": "c1", "by_nickname": "Rhoda", "content": "My son's bike works again!",
             "parentId": None, "createdAt": "2024-03-14T22:05:41.318Z",
             "replies": {"data": [
                 {"id": "c2", "by_nickname": "Owain", "content": "Oil the chain monthly.",
                  "parentId": "c1", "createdAt": "2024-03-15T11:20:07.902Z",
                  "replies": {"data": []}}]}}]}},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Rhoda", None, "2024-03-14"),
        ("Owain", 0, "2024-03-15"),
    ]


def test_trafilaturas_json_kept_under_its_name_and_github_issue_comments_beside_it():
    # a crawl that kept trafilatura's JSON output whole ("sitename", "date"), the blog's
    # utterances comments as the GitHub API gives them ("user": {"login"}, "body")
    text = (
        "We built a solar oven from two cardboard boxes, newspaper and an old window pane. "
        "It reached 110 degrees by noon and cooked a pot of lentils in four hours."
    )
    record = {
        "url": "https://workshoplog.example/solar-oven/",
        "trafilatura": {"title": "A cardboard solar oven that cooks lentils",
                        "author": "Alvar Jones", "sitename": "Workshop Log",
                        "date": "2024-03-14", "comments": "", "text": text,
                        "raw_text": text},
        "github_issue": {"title": "solar-oven/", "body": "# A cardboard solar oven",
                         "user": {"login": "utterances-bot"}},
        "comments": [
            {"id": 1, "user": {"login": "mlopez"}, "created_at": "2024-03-14T19:22:05Z",
             "body": "Was the pot lid dark too?"},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "A cardboard solar oven that cooks lentils",
        "Alvar Jones",
        "Workshop Log",
        "2024-03-14",
    )
    assert body(doc) == [text]
    assert [(c.author, c.published) for c in doc.comments] == [("mlopez", "2024-03-14")]


def test_talkyards_parents_name_the_posts_by_their_number_the_first_the_article():
    record = {
        "title": "The old bakery reopens as a cooperative", "site": "Quartiere",
        "text": "The bakery on Via Saragozza reopens on Monday, run by a cooperative of neighbours.",
        "comments": [
            {"id": "ty-2", "nr": 2, "parent": 1, "author": "Lorenzo", "text": "Great news!"},
            {"id": "ty-3", "nr": 3, "parent": 2, "author": "Chiara", "text": "Indeed it is."},
            {"id": "ty-4", "nr": 4, "parent": 1, "author": "Gabriella", "text": "And the prices?"},
        ],
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Lorenzo", None),
        ("Chiara", 0),
        ("Gabriella", None),
    ]


def test_a_feed_entry_as_feedparser_reads_it_its_content_and_its_comment_feed():
    # (the post's HTML in "content": [{"value": …}], "summary" its excerpt; "comments" the
    # address of its comments, which "comments_feed" holds, "wp_parent" naming a "wp_id")
    html = (
        "<p>A year ago the primary school asked whether we could keep two hives behind the "
        "playground.</p><p>The first season ended with eleven kilos of honey.</p>"
    )
    record = {
        "title": "A teaching apiary behind the school", "site": "Saint-Vérand Beekeepers",
        "link": "https://example.org/2024/03/14/apiary/", "author": "Claire M.",
        "published": "Thu, 14 Mar 2024 07:30:00 +0000",
        "summary": "<p>A year ago the primary school asked whether we could keep two hives …</p>",
        "content": [{"type": "text/plain", "value": "A year ago …"},
                    {"type": "text/html", "value": html}],
        "comments": "https://example.org/2024/03/14/apiary/#comments",
        "comments_feed": {"status": 200, "entries": [
            {"id": "https://example.org/?c=541", "wp_id": 541, "wp_parent": 538,
             "author": "Claire M.", "published": "Sat, 16 Mar 2024 10:02:00 +0000",
             "summary": "Thank you, Gilles!",
             "content": [{"type": "text/html", "value": "<p>Thank you, Gilles!</p>"}]},
            {"id": "https://example.org/?c=538", "wp_id": 538, "wp_parent": 0,
             "author": "Gilles", "published": "Sat, 16 Mar 2024 09:12:00 +0000",
             "summary": "Well done, everyone.",
             "content": [{"type": "text/html", "value": "<p>Well done, everyone.</p>"}]},
        ]},
    }  # fmt: skip
    doc = read_record(record, source="s", doc_id="x")
    assert body(doc) == [
        "A year ago the primary school asked whether we could keep two hives behind the "
        "playground.",
        "The first season ended with eleven kilos of honey.",
    ]
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Gilles", None, "2024-03-16"),
        ("Claire M.", 0, "2024-03-16"),
    ]
