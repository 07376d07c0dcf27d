"""A text browser's dump (lynx -dump) is read as the page it shows: its link numbers, image
marks, rules (and a box they set apart) and reference list are no text, its wrapped
paragraphs are paragraphs, and every character still maps onto the file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.readers.dumps import looks_like_dump, plain
from corpus.readers.text import parse_text

from .test_markdown_crawls import assert_kept_where_it_stood
from .test_text_shapes import read

DUMP = """   [1]Skip to content

   [2]The Dene Valley Ledger

     * [3]News
     * [4]Council

      Footbridge at Mill Lane to reopen by Easter after council vote

   Posted at 4:35 pm on Friday 7 February 2025 by [5]Tom Ashdown in [6]Council

   The wooden footbridge over the Dene at Mill Lane, shut since a storm tore
   away two of its handrails in November, should reopen before the Easter
   holidays after the town council agreed to pay for the repairs.

   [7][IMG]

   The bridge has been fenced off since the storm in November. (Photo: Tom
   Ashdown)

   ----------------------------------------------------------------------

   Support the Ledger: we are funded by readers, not billionaires. Become a
   supporter from £3 a month.

   ----------------------------------------------------------------------

   The work will be carried out in three stages:

     * Removal of the old deck and handrails
     * Installation of the new deck and rails

   Comments are closed.


References

   1. https://ledger.example/2025/02/07/mill-lane/#content
   2. https://ledger.example/
   3. https://ledger.example/category/news/
   4. https://ledger.example/category/council/
   5. https://ledger.example/author/tom/
   6. https://ledger.example/category/council/
   7. https://ledger.example/wp-content/uploads/bridge.jpg
"""


def test_a_lynx_dump_is_read_as_the_page_it_shows():
    doc = read(DUMP).document
    assert (doc.title, doc.author, doc.published) == (
        "Footbridge at Mill Lane to reopen by Easter after council vote",
        "Tom Ashdown",
        "2025-02-07",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "The wooden footbridge over the Dene at Mill Lane, shut since a storm tore away two of "
        "its handrails in November, should reopen before the Easter holidays after the town "
        "council agreed to pay for the repairs.",
        "The work will be carried out in three stages:",
        "Removal of the old deck and handrails",  # (lynx's bullets are no text)
        "Installation of the new deck and rails",
    ]
    for mark in ("[5]", "[IMG]", "References", "https://", "Support the Ledger", "Photo:"):
        assert mark not in doc.text


def test_the_head_links_lynx_wraps_over_two_lines_are_no_text():
    head = (
        "   #[8]The Dene Valley Ledger » Feed [9]The Dene Valley Ledger » Comments Feed on\n"
        "   Footbridge at Mill Lane to reopen by Easter after council vote [10]alternate\n\n"
    )
    doc = read(head + DUMP).document
    assert doc.title == "Footbridge at Mill Lane to reopen by Easter after council vote"
    assert doc.site == "The Dene Valley Ledger" and "Feed" not in doc.text


def test_a_dumps_site_is_the_one_its_feed_link_names_over_a_masthead_run_into_its_links():
    dump = DUMP.replace(
        "   [2]The Dene Valley Ledger\n",
        "   [2]The Dene Valley Ledger [30]Log in [31]Subscribe - 1 pound a month\n",
    )
    doc = read("   #[29]The Dene Valley Ledger - RSS Feed\n\n" + dump).document
    assert doc.site == "The Dene Valley Ledger"


def test_a_box_between_a_dumps_rules_that_offers_a_newsletter_is_no_text():
    dump = DUMP.replace(
        "Support the Ledger: we are funded by readers, not billionaires. Become a\n"
        "   supporter from £3 a month.",
        "Newsletter: The Morning Ledger\n\n"
        "   The valley's news in your inbox every morning at six. [8]Sign up for free",
    )
    doc = read(dump).document
    assert "Morning Ledger" not in doc.text and "inbox" not in doc.text
    assert len(doc.paragraphs) == 4


def test_a_dumps_source_map_copies_the_file_verbatim():
    doc = read(DUMP).document
    assert doc.source_map.runs
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length] == DUMP[source_start : source_start + length]
        )


def test_text_with_bracketed_numbers_and_no_reference_list_is_no_dump():
    assert looks_like_dump(DUMP)
    assert not looks_like_dump("The report [1] and its annex [2] were published.\n\nEnd.\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aoB [1]IMG-*+#\n.:/ References", max_size=120))
def test_every_character_a_dump_keeps_remembers_where_it_stood(text):
    assert_kept_where_it_stood(text, *plain(text))


W3M = """Weserland-Kurier

Lokales › Stadt › Verkehr

Stadtbahn nach Mühlenkamp: Rat gibt grünes Licht für den zweiten Bauabschnitt

Nach mehr als drei Stunden Debatte ist die Entscheidung gefallen: Die
Stadtbahnlinie 4 wird bis Mühlenkamp verlängert. Die Kosten steigen allerdings
deutlich.

Von Katrin Uhlendorff
Donnerstag, 21.03.2024, 17:45 Uhr

[Visualisierung Endhaltestelle]
So soll die neue Endhaltestelle am Mühlenkamper Markt aussehen. Visualisierung:
Stadtwerke Weserland

Der Rat der Stadt hat am Donnerstagabend mit 38 zu 19 Stimmen den Weg für den
zweiten Bauabschnitt der Stadtbahnlinie 4 frei gemacht. Die Strecke soll künftig
vom Bahnhof Nord über die Lindenallee bis zum Mühlenkamper Markt führen und rund
11.000 Menschen im Stadtteil direkt an das Netz anbinden.

Vorausgegangen war eine teils hitzige Debatte. Baudezernentin Dr. Sabine Köhnke
verteidigte das Projekt als „die wichtigste Verkehrsentscheidung dieses
Jahrzehnts“. Die Opposition kritisierte vor allem die gestiegenen Kosten.

Lesen Sie auch: Busspur an der Lindenallee: Anwohner sammeln Unterschriften

Ursprünglich waren für den Abschnitt 112 Millionen Euro veranschlagt worden. Nun
rechnet die Verwaltung mit 148 Millionen Euro, vor allem wegen der Brücke über
den Kanal und gestiegener Baupreise.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Der Morgen im Weserland
Die wichtigsten Nachrichten aus der Region, jeden Morgen um 6 Uhr in Ihrem
Postfach.
[E-Mail-Adresse ] [Jetzt kostenlos anmelden]
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Wenn alles nach Plan läuft, sollen die ersten Bagger im Frühjahr 2025 anrollen.
Die Stadtwerke rechnen mit einer Bauzeit von etwa drei Jahren. Während dieser
Zeit müssen sich Anwohner auf Einschränkungen einstellen.
"""


def test_a_copy_wrapped_at_its_width_throughout_is_read_as_its_paragraphs():
    doc = read(W3M).document
    assert (doc.title, doc.author, doc.published) == (
        "Stadtbahn nach Mühlenkamp: Rat gibt grünes Licht für den zweiten Bauabschnitt",
        "Katrin Uhlendorff",
        "2024-03-21",
    )
    # (a German line goes on in capitals; a box between rules asking to sign up, an image's
    # alt text in brackets over its caption and a wrapped standfirst are no paragraphs)
    assert [doc.text[s:e][:12] for s, e in doc.paragraphs] == [
        "Der Rat der ",
        "Vorausgegang",
        "Ursprünglich",
        "Wenn alles n",
    ]


LYNX_THREAD = """   #[1]Diário da Ribeira » Feed

   [2]Diário da Ribeira
     * [7]Início
     * [8]Região
     * [9]Economia

   [10]Assinar

Barragem do Alto Sarnes volta a descarregar após três anos de seca

   As comportas do descarregador de cheias abriram na segunda-feira. Regantes pedem
   prudência: uma barragem cheia em março
   não garante um verão tranquilo.

   Por [3]Inês Carvalhal
   12 de março de 2024, 09:30

   Pela primeira vez desde o inverno de 2021, a barragem do Alto Sarnes abriu as
   comportas do descarregador de cheias, depois de seis semanas de chuva.

   Comentários (3)

     * [4]Marta Sequeira
       12/03/2024 às 10:14

       Fui lá ontem ao fim da tarde com os miúdos, nunca tinha visto a barragem assim.

        + [5]Paulo Ferraz
          em resposta a Marta Sequeira
          12/03/2024 às 11:02

          O barulho ouve-se cá em baixo na vila, à noite parece uma autoestrada.

           o [6]Joaquim R.
             em resposta a Paulo Ferraz
             12/03/2024 às 12:40

             Pois, então que se construa outra. Dinheiro para estudos nunca faltou.


References

   1. https://diario.example/feed/
   2. https://diario.example/
   3. https://diario.example/autor/ines/
   4. https://diario.example/u/marta/
   5. https://diario.example/u/paulo/
   6. https://diario.example/u/joaquim/
   7. https://diario.example/
   8. https://diario.example/regiao/
   9. https://diario.example/economia/
  10. https://diario.example/assinar/
"""


def test_a_lynx_dump_of_a_thread_nested_by_its_bullets():
    doc = read(LYNX_THREAD).document
    assert (doc.site, doc.author, doc.published) == (
        "Diário da Ribeira",
        "Inês Carvalhal",
        "2024-03-12",
    )
    assert [doc.text[s:e][:24] for s, e in doc.paragraphs] == ["Pela primeira vez desde "]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Marta Sequeira", None),
        ("Paulo Ferraz", 0),
        ("Joaquim R.", 1),
    ]


def test_what_a_dump_leaves_out_is_numbered_by_the_files_own_lines():
    parse = read(DUMP)
    said = {d.text: d.line for d in parse.dropped}
    lines = DUMP.splitlines()
    support = next(n for n, line in enumerate(lines, 1) if "Support the Ledger" in line)
    assert said["Support the Ledger: we are funded by readers, not billionaires. Become a "
                "supporter from £3 a month."] == support  # fmt: skip


NOLIST = """Werkbank & Wildkraut

Holzbackofen im Garten: was ich beim zweiten Bau anders gemacht habe

Veröffentlicht am 20. März 2024 von Jörg Hammerschmidt

Vor sechs Jahren habe ich meinen ersten Holzbackofen aus Lehm gebaut, nach einer Anleitung aus einem alten Gartenbuch, und diesmal wollte ich alles besser machen.

Der wichtigste Unterschied ist das Fundament: die Herdplatte liegt jetzt auf einer Schicht Blähton, und der Ofen hält die Hitze doppelt so lange.

3 Gedanken zu „Holzbackofen im Garten“

  * Sabine Koch sagt:
    21. März 2024 um 19:42 Uhr

    Toller Bericht! Lohnt es sich, die Platte nachträglich noch einmal anzuheben?

    Antworten
      o Jörg Hammerschmidt sagt:
        22. März 2024 um 7:15 Uhr

        Hallo Sabine, ehrlich gesagt würde ich das nur machen, wenn die Kuppel ohnehin erneuert werden muss.

        Antworten
  * Lea sagt:
    2. April 2024 um 21:58 Uhr

    Wie lange heizt du vor, bevor das erste Brot reingeht?

    Antworten
"""


def test_a_dump_without_its_list_of_links_is_read_by_its_bullets_steps():
    # ("lynx -dump -nolist": no link numbers, no references; "*" and, a level down, "o")
    doc = parse_text(NOLIST, source="t.txt", doc_id="t").document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Sabine Koch", None), ("Jörg Hammerschmidt", 0), ("Lea", None),
    ]  # fmt: skip
    assert doc.title.startswith("Holzbackofen") and len(doc.paragraphs) == 2


def test_a_row_of_buttons_under_a_wrapped_comment_goes_on_no_paragraph():
    text = (
        "   [1]Ans de Wit\n"
        "   Eindelijk. Mijn vader heeft daar als jongen nog bij de kooiker geholpen, in\n"
        "   de jaren vijftig.\n"
        "   [2]Reageren [3]Melden\n\n"
        "References\n\n   1. https://example.nl/u/ans\n   2. https://example.nl/r\n"
        "   3. https://example.nl/m\n"
    )
    out, _ = plain(text)
    assert "vijftig.\n   Reageren Melden\n" in out


SPANISH_DUMP = """   [1]Saltar al contenido principal

   [2]Heraldo de la Vega [3]Suscríbete [4]Iniciar sesión

     * [5]Portada
     * [6]Comarca

La cooperativa de Vegarrubia abre su primera almazara

   Las 60 familias socias molerán desde noviembre su propia aceituna, sin
   llevarla a la almazara de la capital.

   El edificio, junto a la báscula municipal, tiene capacidad para moler
   ocho toneladas al día durante la campaña.

Referencias

   1. https://www.example.es/#contenido
   2. https://www.example.es/
   3. https://www.example.es/suscripcion
   4. https://www.example.es/login
   5. https://www.example.es/portada
   6. https://www.example.es/comarca
"""


def test_a_dump_made_in_spanish_its_references_named_so_and_the_masthead_without_its_buttons():
    doc = read(SPANISH_DUMP).document
    assert doc.title == "La cooperativa de Vegarrubia abre su primera almazara"
    assert doc.site == "Heraldo de la Vega"
    assert "[1]" not in doc.text and "https://" not in doc.text


def test_a_dumps_masthead_that_is_the_logos_alt_text_names_the_site_without_its_brackets():
    dump = SPANISH_DUMP.replace(
        "[2]Heraldo de la Vega [3]Suscríbete [4]Iniciar sesión", "[2][Heraldo de la Vega]"
    )
    assert read(dump).document.site == "Heraldo de la Vega"
