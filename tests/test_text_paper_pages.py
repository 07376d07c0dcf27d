"""A newspaper's article page copied whole: the paper's name under its cookie banner, a byline
with the writer's place and role, the subscribers' label and the article's buttons, a caption
credited in capitals, a related link set in the body, the name signing off, and the comments
with their folded replies.

Every article here is invented for the test (the helpers are test_text_shapes.py's).
"""

from __future__ import annotations

import pytest

from corpus.readers.text import parse_text

from .test_text_shapes import read, texts, tree
from .test_text_shapes_more import body, dropped

PAPER = """Aller au contenu principal
Le site de La Gazette du Marais utilise des cookies. Avec votre accord, nous et nos partenaires les utilisons pour mesurer l'audience.
Accepter et fermer
Paramétrer les cookies
{site}
S'abonner
Se connecter
Menu
Actualité
Société
Le bac à marée de Saint-Port rouvre après deux ans de travaux

La cale avait été fermée après la tempête de 2022. La commune a dépensé 1,2 million d'euros.

Par Lucie Brémond (Saint-Port, correspondante)
Publié le 14 mai 2024 à 06h00
Article réservé aux abonnés
Offrir cet article
Partager
Le bac à marée au départ de la cale, le 13 mai 2024. PAUL ROYER POUR « LA GAZETTE DU MARAIS »

Le premier bac depuis deux ans a quitté la cale de Saint-Port lundi matin, avec une vingtaine de passagers et trois vélos.

Lire aussi | Les bacs de la côte : ceux qui naviguent encore

La commune espère deux cents passagers par jour en été, contre cent vingt avant la fermeture.

Lucie Brémond (Saint-Port, correspondante)

Contribuer
Réutiliser ce contenu

Commentaires (3)

Bertrand L.
Abonné
14/05/2024 - 07h02

Enfin ! Le bac manquait à tout le village.

Répondre
Masquer la réponse

Sylvie_M
14/05/2024 - 07h30

Tout à fait d'accord avec vous.

Répondre

Marine Tessier
14/05/2024 - 09h47

Les horaires d'hiver sont-ils connus ?

Répondre
"""


def test_a_papers_name_under_its_cookie_banner_is_the_site_even_with_a_word_in_lower_case():
    # (the banner's buttons end where the paper's name stands over its own buttons)
    for site in ("La Gazette du Marais", "L'Écho national", "Le Courrier picard"):
        doc = read(PAPER.format(site=site)).document
        assert doc.site == site
        assert doc.title == "Le bac à marée de Saint-Port rouvre après deux ans de travaux"


def test_a_writers_place_and_role_in_brackets_are_not_their_name():
    doc = read(PAPER.format(site="La Gazette du Marais")).document
    assert (doc.author, doc.published) == ("Lucie Brémond", "2024-05-14")


def test_the_subscribers_label_the_articles_buttons_and_a_caption_credited_in_capitals_are_no_body():
    parse = read(PAPER.format(site="La Gazette du Marais"))
    assert body(parse.document) == [
        "Le premier bac depuis deux ans a quitté la cale de Saint-Port lundi matin, avec une "
        "vingtaine de passagers et trois vélos.",
        "La commune espère deux cents passagers par jour en été, contre cent vingt avant la "
        "fermeture.",
    ]
    for furniture in ("Article réservé aux abonnés", "Offrir cet article", "PAUL ROYER",
                      "Lire aussi", "Contribuer", "Réutiliser ce contenu", "(Saint-Port"):  # fmt: skip
        assert furniture not in parse.document.text


def test_a_related_link_set_after_a_bar_is_one_line_not_a_heading_over_a_list():
    # "Lire aussi | TITLE" names its one link: the subheading under it stays the article's
    for label in ("Lire aussi", "À lire aussi", "Voir aussi"):
        page = (
            PAPER.format(site="La Gazette du Marais")
            .replace("Lire aussi |", label + " |")
            .replace("\n\nLa commune espère", "\n\nUne saison plus longue\n\nLa commune espère")
        )
        paragraphs = body(read(page).document)
        assert paragraphs[1:3] == [
            "Une saison plus longue",
            "La commune espère deux cents passagers par jour en été, contre cent vingt avant "
            "la fermeture.",
        ], label


def test_the_writers_name_signing_off_ends_the_article():
    parse = read(PAPER.format(site="La Gazette du Marais"))
    assert not any(p.startswith("Lucie Brémond") for p in body(parse.document))


def test_a_toggle_folding_one_reply_without_a_number_nests_the_next_comment():
    doc = read(PAPER.format(site="La Gazette du Marais")).document
    assert tree(doc) == [
        ("Bertrand L.", "2024-05-14", None),
        ("Sylvie_M", "2024-05-14", 0),
        ("Marine Tessier", "2024-05-14", None),
    ]
    assert texts(doc)[1] == "Tout à fait d'accord avec vous."


READER_VIEW = """{domain}
{title}
Marta Solé Vidal
{minutes}

07 mar 2024 - 13:40

El pleno municipal aprobó este jueves por unanimidad la adjudicación de las obras del mercado, que costarán 3,2 millones de euros y durarán dieciocho meses.

Las obras comenzarán en abril, una vez concluya la campaña de pesca, y el mercado abrirá en septiembre del año que viene.
"""


def test_a_browsers_reader_view_names_the_site_by_its_domain_and_the_author_over_the_reading_time():
    for minutes in ("5-6 minutos", "5–6 minutos", "12-15 min", "Temps de lecture : 4 à 5 minutes"):
        page = READER_VIEW.format(
            domain="elfarodelsur.es", title="Almendral recupera la lonja como mercado",
            minutes=minutes,
        )  # fmt: skip
        doc = read(page).document
        assert (doc.title, doc.author, doc.site, doc.published) == (
            "Almendral recupera la lonja como mercado",
            "Marta Solé Vidal",
            "elfarodelsur.es",
            "2024-03-07",
        ), minutes
        assert len(doc.paragraphs) == 2 and minutes not in doc.text, minutes


def test_edges_immersive_reader_sets_the_domain_and_the_author_under_the_title():
    doc = read(
        "Almendral recupera la lonja como mercado\nelfarodelsur.es\nMarta Solé Vidal\n"
        "5-6 minutos\n\n07/03/2024 08:30 · Actualizada 07/03/2024 12:05\n\n"
        "ALMENDRAL. – La vieja lonja del pescado volverá a abrir sus puertas en abril como "
        "mercado de productores, después de nueve años cerrada.\n\n"
        "El ayuntamiento invertirá 180.000 euros en la cubierta y en los puestos.\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "Almendral recupera la lonja como mercado",
        "Marta Solé Vidal",
        "2024-03-07",
    )
    assert not doc.comments and len(doc.paragraphs) == 2


DIARIO = """El Observador del Sur
Sociedad
Catorce pueblos tendrán cortes de agua nocturnos desde el lunes

La mancomunidad cerrará el suministro de 23:00 a 7:00 mientras dure la sequía.

Inés Carrascal
Albadía - 14 may 2024 - 08:02 CEST
Compartir en Facebook
Compartir en X
Copiar enlace
Comentarios (2)

Los 9.400 vecinos de los catorce municipios se quedarán sin agua corriente cada noche a partir del lunes, según anunció ayer la mancomunidad.

La medida responde a la situación del embalse, que está al 18 % de su capacidad.

Comentarios (2)

Carmen Lucía Vidal
14/05/2024 12:58
¿Alguien sabe si los dependientes pueden pedir un depósito propio?
Responder  Me gusta 9  No me gusta 0  Denunciar

En respuesta a Carmen Lucía Vidal
Mancomunidad del Teroz (cuenta verificada)
14/05/2024 13:35
Sí: las familias con personas dependientes pueden solicitar un depósito en su ayuntamiento.
Responder  Me gusta 22  No me gusta 1  Denunciar
"""


def test_a_count_among_the_share_buttons_under_the_byline_links_to_the_comments_below():
    doc = read(DIARIO).document
    assert (doc.author, doc.published, doc.comments_declared) == ("Inés Carrascal", "2024-05-14", 2)
    assert len(body(doc)) == 2 and body(doc)[0].startswith("Los 9.400 vecinos")
    # (and an account's "verified" badge is not its name)
    assert tree(doc) == [
        ("Carmen Lucía Vidal", "2024-05-14", None),
        ("Mancomunidad del Teroz", "2024-05-14", 0),
    ]


def test_a_topic_list_and_a_newsletter_box_run_into_the_pages_lines_are_no_body():
    # a Chrome copy that sets no blank line between blocks
    page = """Ga naar de inhoud
Dagblad Oost-Veluwe
Menu
Nieuws
Regio
Sport
Abonneer
Inloggen
Regio
Dorpshuis De Linde dreigt dicht te gaan
Femke Oosterbroek
21 januari 2025, 06:00
Laatste update: 09:12
Vrijwilliger Gerda Hulshof in de grote zaal van De Linde. © Dirk Veltman
Het dorpshuis van Harwolde moet mogelijk na de zomer de deuren sluiten, want het bestuur kan de energiekosten niet langer opbrengen.

De gemeente laat weten in gesprek te zijn met het bestuur, maar wil nog niet zeggen of er extra geld beschikbaar komt.

Deel dit artikel
Facebook
WhatsApp
Meer over
Harwolde
Dorpshuizen
Nieuwsbrief
Elke ochtend het belangrijkste nieuws uit de regio in je mailbox.
Aanmelden
Reacties (2)
Hendrik van Dijk
21 januari 2025, 09:12
Zonde. Mijn ouders hebben er hun huwelijk gevierd.
Beantwoorden
Ans Brinkman
21 januari 2025, 10:02
Als antwoord op Hendrik van Dijk
Dat geldt voor veel mensen hier, het is echt het hart van het dorp.
Beantwoorden
"""
    doc = read(page).document
    assert len(body(doc)) == 2
    for furniture in ("Harwolde\n", "Dorpshuizen", "Nieuwsbrief", "in je mailbox", "Aanmelden"):
        assert furniture not in doc.text
    assert tree(doc) == [
        ("Hendrik van Dijk", "2025-01-21", None),
        ("Ans Brinkman", "2025-01-21", 0),
    ]
    assert texts(doc)[1].startswith("Dat geldt voor veel mensen")


def test_a_call_to_subscribe_a_closed_comment_section_and_a_credit_with_no_colon_are_no_body():
    page = """La Gazette du Marais
Le bac à marée de Saint-Port rouvre après deux ans de travaux

Par Lucie Brémond
Publié le 14 mai 2024 à 06h00

Le bac au départ de la cale, le 13 mai 2024. Photo Gazette du Marais / P. R.

Le premier bac depuis deux ans a quitté la cale de Saint-Port lundi matin, avec une vingtaine de passagers et trois vélos.

La commune espère deux cents passagers par jour en été, contre cent vingt avant la fermeture.

Cet article vous a intéressé ? Soutenez l'information locale : abonnez-vous à partir de 1 € le premier mois.

Commentaires

Cet article n'est pas ouvert aux commentaires.
"""
    parse = read(page)
    assert len(body(parse.document)) == 2
    for furniture in ("Photo Gazette", "vous a intéressé", "Commentaires", "pas ouvert"):
        assert furniture not in parse.document.text
    assert parse.document.comments == ()


def test_a_credit_line_naming_the_photograph_in_full_is_a_caption():
    for credit in ("Fotografia: Câmara Municipal de Vale Serrano", "Fotografia: Comune di Orta"):
        page = (
            "A feira do livro bate recorde de visitantes\n\nPor Ana Lopes\n\n"
            f"{credit}\n\n"
            "A 14.ª edição da feira terminou no domingo com um número inédito de visitantes, "
            "segundo a organização.\n\n"
            "As vendas acompanharam a afluência e os livreiros mostraram-se satisfeitos.\n"
        )
        doc = read(page).document
        assert credit not in doc.text and len(body(doc)) == 2, credit


GERMAN_PAPER = """Abendkurier
Startseite › Gesellschaft › Kommunen
Der Fährhafen von Unterweil bekommt einen neuen Anleger

Von Mara Lindqvist
3. Juni 2024, 7:00 Uhr Aktualisiert am 3. Juni 2024, 12:15 Uhr
3 Kommentare
Artikel hören Player schließen
Der Fährhafen von Unterweil bekommt einen neuen Anleger
Hören 04:40
Zusammenfassung
Teilen

Die Fähre am alten Anleger im Mai © Tom Brecht/Abendkurier

Der alte Anleger aus Holz wird im Herbst abgerissen, der neue aus Stahl soll im Frühjahr fertig sein.

Die Gemeinde zahlt ein Drittel, den Rest tragen das Land und die Reederei.

3 Kommentare
Kommentieren

Fährmann_Ole
#1  —  vor 6 Stunden

Endlich, der alte Steg wackelt seit Jahren.

Antworten   Melden   12 Empfehlungen

Kai aus Unterweil
#1.1  —  vor 5 Stunden  —  Antwort auf #1 von Fährmann_Ole

Und im Winter war er oft gesperrt.

Antworten   Melden   3 Empfehlungen

Ute B.
#2  —  vor 4 Stunden

Hoffentlich bleibt die Fähre während der Bauzeit in Betrieb.

Antworten   Melden   5 Empfehlungen
"""


def test_a_papers_audio_player_repeats_the_title_and_its_comments_are_numbered_before_their_date():
    # "#1.1 — vor 5 Stunden — Antwort auf #1 von NAME" under the name: the number nests the
    # reply, and the player's title, its length and its summary button are no body
    parse = read(GERMAN_PAPER)
    doc = parse.document
    assert doc.published == "2024-06-03"
    assert body(doc) == [
        "Der alte Anleger aus Holz wird im Herbst abgerissen, der neue aus Stahl soll im"
        " Frühjahr fertig sein.",
        "Die Gemeinde zahlt ein Drittel, den Rest tragen das Land und die Reederei.",
    ]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Fährmann_Ole", None),
        ("Kai aus Unterweil", 0),
        ("Ute B.", None),
    ]
    assert texts(doc)[1] == "Und im Winter war er oft gesperrt."
    assert doc.comments_declared == 3


def test_a_call_to_follow_the_papers_news_channel_and_a_caption_credited_after_a_slash_are_no_body():
    calls = {
        "es": "Únete a nuestro canal de WhatsApp y recibe las noticias de la comarca en tu móvil.",
        "fr": "Rejoignez notre chaîne WhatsApp pour suivre l'actualité du canton.",
        "de": "Folgen Sie uns auf WhatsApp und erhalten Sie die Nachrichten aus der Region.",
        "it": "Unisciti al nostro canale WhatsApp per ricevere le notizie della valle.",
        "nl": "Volg ons op WhatsApp en ontvang het nieuws uit de regio.",
        "pt": "Junte-se ao nosso canal de WhatsApp e receba as notícias da região.",
    }
    for language, call in calls.items():
        page = (
            "El horno vuelve a encenderse\n\nPor Ana Gil\n\n"
            "El humo volvió a salir el sábado por la chimenea del horno comunal, apagado desde"
            " 1984.\n\n"
            "Los vecinos, durante la primera hornada del sábado. / Marta Gil\n\n"
            "La asociación quiere que el horno se encienda al menos una vez al mes.\n\n"
            f"{call}\n"
        )
        doc = parse_text(page, source="t", doc_id="t", language=language).document
        assert len(body(doc)) == 2, language
        assert "WhatsApp" not in doc.text and "Marta Gil" not in doc.text, language


def test_a_papers_comment_policy_under_its_label_after_the_article_is_no_body():
    page = """Plans for 120 homes on the marsh approved

By Dan Carter

Plans to build 120 homes on the old brickworks site have been approved by the council.

Work is expected to start next spring and take about two years.

Comments: Our rules

We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues.

Please report any comments that break our rules.

Read the rules here

2 Comments

FenMan58
2 hours ago
About time something was built there.

Marsh_Lane_Resident
1 hour ago
The road can't take the traffic as it is.
"""
    parse = read(page)
    doc = parse.document
    assert len(body(doc)) == 2
    for furniture in ("Our rules", "lively and valuable", "report any", "Read the rules"):
        assert furniture not in doc.text, furniture
    assert [c.author for c in doc.comments] == ["FenMan58", "Marsh_Lane_Resident"]


CAPTIONED = """{title}

{byline}

{first}

{line}

{second}
"""

PAGES = {
    "fr": (
        "Le lavoir de la rue des Tanneurs",
        "Par Claire Vasseur",
        "Tout le monde connaît le grand lavoir de la place, restauré en 2008 et fleuri chaque"
        " été par le comité des fêtes.",
        "Le propriétaire du terrain est d'accord pour que l'on nettoie le bassin et que l'on pose"
        " une petite plaque.",
    ),
    "nl": (
        "De pontjes van de Linge",
        "Door Wim de Kok",
        "Er zijn van die dagen in november dat de rivier stil ligt en de pontjes bijna leeg over"
        " en weer varen.",
        "Tussen het tweede en het derde pontje zit een stuk dijk waar je de hele middag niemand"
        " tegenkomt.",
    ),
    "de": (
        "Der Lokschuppen bekommt ein neues Dach",
        "Von Anke Brandt",
        "Nach zwei Jahren Planung hat der Verein am Montag mit der Sanierung des alten"
        " Lokschuppens am Güterbahnhof begonnen.",
        "Die Arbeiten sollen bis zum Herbst dauern und werden zum größten Teil aus Spenden"
        " bezahlt.",
    ),
    "en": (
        "The mill wheel turns again",
        "By Ann Hale",
        "For the first time since 1958 the wheel of the old mill turned on Sunday, watched by"
        " half the village and two reporters.",
        "The volunteers will now mend the sluice gate, which leaks badly after the winter floods.",
    ),
}


def _captioned(language: str, line: str):
    title, byline, first, second = PAGES[language]
    page = CAPTIONED.format(title=title, byline=byline, first=first, line=line, second=second)
    return parse_text(page, source="t", doc_id="t", language=language).document


def test_a_caption_with_no_credit_is_a_noun_phrase_between_the_paragraphs():
    # it opens with an article or a possessive, has a comma and none of the verbs a
    # sentence has
    for language, caption in (
        ("fr", "Le lavoir après restauration, le 11 mai 2024."),
        ("en", "Our two bento boxes in June, after ten months of school bags."),
        ("de", "Der alte Lokschuppen, fotografiert am 3. Mai 2024."),  # an ordinal date
        ("nl", "Mijn eerste ton, vorige zomer aan de schuur."),
        ("nl", "De eerste oogst, ca. 400 gram gedopt."),
        ("en", "The wheel, on Sunday morning after the first flood of the millrace."),
        ("en", "The little fountain on Saturday morning, with the first jet."),  # comma late
        # (its last clause says when, with a verb of its own)
        ("en", "The cabin in its first winter, before the porch was clad."),
        ("de", "Die Hütte im ersten Winter, bevor die Veranda verkleidet war."),
        # (a count of what it shows opens it)
        ("en", "Eight jars, three of them already promised to my sister."),
    ):
        doc = _captioned(language, caption)
        assert len(body(doc)) == 2 and caption not in doc.text, caption


def test_a_caption_with_no_stop_says_where_or_when_its_noun_is_after_a_comma():
    for language, caption in (
        ("en", "The old wheel, with its new paddles bolted on"),
        ("de", "Der Lokschuppen vor dem Umbau, mit dem alten Dach"),
        ("fr", "Le lavoir après le nettoyage, en mai 2024"),
        ("nl", "De pont bij Heukelbeek, net na het middaguur"),
    ):
        doc = _captioned(language, caption)
        assert len(body(doc)) == 2 and caption not in doc.text, caption


def test_a_caption_that_opens_by_pointing_at_the_photo_is_no_body_however_long():
    for language, caption in (
        (
            "en",
            "In the photo, the volunteers at the sluice gate on Sunday morning before the turn.",
        ),
        (
            "de",
            "Im Bild: die Helfer vor dem Lokschuppen am Montagmorgen, kurz vor Beginn der Arbeiten.",
        ),
        ("fr", "Sur la photo : les bénévoles devant le lavoir, samedi matin, avant le nettoyage."),
        (
            "nl",
            "Op de foto: de vrijwilligers bij het pontje op zaterdagochtend, vlak voor de eerste overtocht.",
        ),
    ):
        doc = _captioned(language, caption)
        assert len(body(doc)) == 2 and caption not in doc.text, caption


def test_a_heading_with_a_comma_and_no_stop_stays_a_paragraph():
    # (its words after the comma say no where or when: a heading's, or a clause)
    for language, line in (
        ("en", "What we did next, step by step"),
        ("fr", "Le décapage, c'est 80 % du travail"),
        ("de", "Drei Dinge, die ich heute anders machen würde"),
        ("nl", "De oogst, in het kort"),  # (too short for a caption run on)
    ):
        doc = _captioned(language, line)
        assert len(body(doc)) == 3 and line in doc.text, line


def test_a_sentence_whose_verb_follows_a_when_clause_set_into_it_is_no_caption():
    for language, line in (
        ("en", "The old cabin, after the long storm, was rebuilt by the neighbours."),
        ("en", "The new roof, when the snow came, held."),
    ):
        doc = _captioned(language, line)
        assert len(body(doc)) == 3 and line in doc.text, line


RECIPE = """Chestnut cake from my grandmother's notebook

Every autumn, when the first chestnuts reach the market, I make the cake my grandmother wrote down in pencil forty years ago.

{line}
{glue}Ingredients (for a 24 cm tin)
- 500 g boiled chestnuts
- 120 g sugar
- 3 eggs

Mash the chestnuts with a fork, beat in the sugar and the eggs, and bake for 45 minutes at 170 degrees.
"""


def test_a_line_over_a_recipes_section_stays_a_paragraph_unless_it_reads_as_a_caption():
    # a blog's tagline over "Ingredients" and a line with no stop are kept; a noun phrase with
    # its stop, under a paragraph of the article's and over the recipe's list, is the photo's
    # caption ("The page in her notebook, grease stains included.")
    for line, glue in (
        ("A simple cake, perfect for a lazy Sunday.", "\n"),
        ("A few notes, before you start", ""),
    ):
        page = RECIPE.format(line=line, glue=glue)
        doc = parse_text(page, source="t", doc_id="t", language="en").document
        assert body(doc)[1:3] == [line, "Ingredients (for a 24 cm tin)"], (line, glue)
    for glue in ("\n", ""):
        line = "The page in her notebook, grease stains included."
        doc = parse_text(RECIPE.format(line=line, glue=glue), source="t", doc_id="t").document
        assert body(doc)[1] == "Ingredients (for a 24 cm tin)" and line not in doc.text, glue


def test_a_noun_set_apart_with_its_when_over_a_recipes_section_is_a_caption_stop_or_not():
    line = "The chestnuts from this year, just peeled"  # (no stop)
    doc = parse_text(RECIPE.format(line=line, glue="\n"), source="t", doc_id="t").document
    assert body(doc)[1] == "Ingredients (for a 24 cm tin)" and line not in doc.text
    # a heading over the list's heading, its words after the comma no where or when, stays
    line = "The method, step by step"
    doc = parse_text(RECIPE.format(line=line, glue="\n"), source="t", doc_id="t").document
    assert body(doc)[1:3] == [line, "Ingredients (for a 24 cm tin)"]


def test_a_short_paragraph_that_is_a_sentence_a_heading_or_speech_stays():
    for language, line in (
        ("fr", "Le bassin, lui, est resté intact."),  # a verb
        ("nl", "De oogst, dat was dit jaar een verrassing."),  # a verb ("was")
        ("en", "The wheel, in numbers"),  # a subheading: no stop
        ("en", "I typed it twice, to be sure."),  # "I" is no article in English
        ("en", "Our wheel, they say, was the last."),  # a possessive, but a verb ("was")
        ("en", "The mill, at last. The sluice, next year."),  # two sentences
        ("de", "Der Schuppen, fast fertig. Am 3. Mai kommt das Dach."),  # two, and a date
        ("fr", "« Le lavoir, enfin. »"),  # speech
        ("en", "A week later, the council voted to keep the pool open."),  # no article's
    ):
        doc = _captioned(language, line)
        assert len(body(doc)) == 3, line


def test_a_caption_whose_credit_follows_it_with_no_stop_is_no_body():
    for at in ("over", "inside"):
        caption = "Os passadiços abriram em abril de 2021 Foto: Câmara Municipal de Vilar"
        first = (
            "A Câmara Municipal aprovou esta segunda-feira, por unanimidade, o projeto de extensão"
            " dos passadiços da ribeira."
        )
        second = "A obra está orçada em 1,9 milhões de euros, financiados por fundos comunitários."
        middle = [first, caption, second] if at == "inside" else [caption, first, second]
        page = "Passadiços vão ter mais três quilómetros\n\nPor Rita Sampaio\n\n" + "\n\n".join(
            middle
        )
        doc = parse_text(page, source="t", doc_id="t", language="pt").document
        assert body(doc) == [first, second], at


def test_a_subheading_run_into_a_read_also_list_over_the_next_paragraph_is_body():
    page = """Dorpshuis Harwolde dreigt te sluiten

Door Anke de Vries

Het dorpshuis van Harwolde moet mogelijk sluiten als er voor de zomer geen geld wordt gevonden.

Lees ook
Huisartsenpost Oldewolde zoekt nieuwe locatie na verbouwing
Dak lekt

Volgens het bestuur is vooral het dak een probleem: bij elke flinke bui staan er emmers in de zaal.
"""
    doc = parse_text(page, source="t", doc_id="t", language="nl").document
    assert [p.split()[0] for p in body(doc)] == ["Het", "Dak", "Volgens"]
    assert "Huisartsenpost" not in doc.text


def test_a_block_themes_head_each_part_a_block_the_name_the_date_and_the_category():
    page = """Backyard Photons
Observing from a suburban garden

Home
About

Rebuilding a Dobsonian I found in a skip

Graham Oyelaran

March 2, 2025

Telescopes

Back in November a neighbour cleared out his late father's garage, and on top of the skip was a homemade telescope.

The mirror itself had no scratches, just a coating that had gone cloudy with age.
"""
    parse = read(page)
    doc = parse.document
    assert (doc.title, doc.author, doc.published) == (
        "Rebuilding a Dobsonian I found in a skip",
        "Graham Oyelaran",
        "2025-03-02",
    )
    assert [p.split()[0] for p in body(doc)] == ["Back", "The"]
    assert dropped(parse)["Telescopes"] == "category (under the byline)"


def test_a_papers_standfirst_over_the_writers_name_place_and_date_under_a_masthead_date():
    page = """El Faro de Villaseca
viernes, 4 de abril de 2025
Suscríbete
Iniciar sesión
Portada
Comarca
Deportes
Cultura
Villaseca
Villaseca aprueba peatonalizar la calle Mayor pese al rechazo de los comerciantes
El pleno sacó adelante el proyecto con los votos del equipo de gobierno. Las obras comenzarán en septiembre.
Lucía Ferrándiz
Villaseca del Campo
03 abr 2025 - 07:45
Compartir en WhatsApp
Compartir en Facebook
El pleno del Ayuntamiento aprobó en la noche del miércoles el proyecto de peatonalización de la calle Mayor, una de las principales promesas electorales del alcalde. La propuesta salió adelante con once votos.

Malestar en el comercio
La Asociación de Comerciantes del Centro había pedido aplazar la votación. Su presidenta lamentó que el Ayuntamiento no haya presentado ni un solo estudio sobre el impacto en las ventas.

Las obras comenzarán previsiblemente en septiembre y durarán cinco meses, según el calendario municipal.
"""
    parse = read(page)
    doc = parse.document
    assert (doc.author, doc.published) == ("Lucía Ferrándiz", "2025-04-03")
    assert [p.split()[0] for p in body(doc)] == ["El", "Malestar", "La", "Las"]
    assert "sacó adelante" not in doc.text and "Villaseca del Campo" not in doc.text


def test_an_audio_players_length_in_whole_minutes_is_no_paragraph():
    page = """Il nuovo traghetto elettrico entra in servizio

di Chiara Montevecchi

Ascolta l'articolo
5 min

Dopo due anni di cantiere il traghetto elettrico ha fatto la sua prima corsa sul lago, con a bordo sindaci e pendolari.

L'imbarcazione, lunga 38 metri, può trasportare trecento passeggeri e venti biciclette.
"""
    doc = parse_text(page, source="t", doc_id="t", language="it").document
    assert [p.split()[0] for p in body(doc)] == ["Dopo", "L'imbarcazione,"]


def test_a_note_on_affiliate_links_and_a_caption_right_under_the_head_are_no_body():
    page = """Raglan-Kleid aus dem Basic-Shirt nähen

Veröffentlicht von Antje Lührs
3. Februar 2025
12 Kommentare
Das fertige Kleid aus Viskosejersey, Größe 40, mit Bündchen am Ärmel.
Ihr kennt mein Basic-Shirt „Hanna“ aus dem letzten Frühjahr – inzwischen habe ich es bestimmt fünfzehnmal genäht. Heute zeige ich euch, wie ihr daraus ein Kleid macht.

*Affiliate-Link: Wenn du über diesen Link kaufst, erhalte ich eine kleine Provision. Für dich ändert sich am Preis nichts, und ich kann den Blog weiter betreiben.

Legt Vorder- und Rückenteil so an das Ärmelteil, dass sich die Schulterpunkte treffen, und zeichnet die Linie ein.
"""
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)] == ["Ihr", "Legt"]


def test_a_blogger_trailer_with_its_count_run_on_and_a_caption_over_a_subheading():
    page = """Fil & Aiguilles
mardi 4 février 2025
Mon premier pull top-down

Ça faisait des mois que je tournais autour de cette technique, et cet hiver je me suis enfin lancée avec une laine mérinos.

L’empiècement après les augmentations raglan, posé à plat sur le canapé.

Raté n° 1 : l’encolure

Au premier essai, j’ai monté les mailles trop serrées et l’encolure ne passait pas la tête.

Publié par Margaux à 18:30 Aucun commentaire:
Libellés : pull, top-down, tricot
Enregistrer un commentaire
"""
    doc = parse_text(page, source="t", doc_id="t", language="fr").document
    assert [p.split()[0] for p in body(doc)] == ["Ça", "Raté", "Au"]
    assert (doc.author, doc.comments_declared) == ("Margaux", 0)


def test_a_reader_views_copy_a_paragraph_a_line_with_a_subheading_over_a_short_one():
    page = """Volvió el tren a Villa Norte tras treinta años

Marta Ibarzábal
5–7 minutos
VILLA NORTE.– A las 6.12 de la mañana del sábado, con casi cuarenta minutos de demora, el primer tren de pasajeros en treinta años entró en la estación.
El servicio une Villa Norte con la cabecera del partido dos veces por semana. Para en cuatro pueblos y tarda algo más de dos horas.
Leé también: Cómo quedó el cronograma de colectivos tras el aumento
Qué hay que saber para viajar
Los pasajes se venden solo en la boletería y en la web oficial.
Se puede viajar con bicicletas, con reserva previa.
Suscribite para seguir leyendo las noticias de tu región sin límites.
"""
    doc = parse_text(page, source="t", doc_id="t", language="es").document
    assert [p.split()[0] for p in body(doc)] == ["VILLA", "El", "Qué", "Los", "Se"]
    assert "Leé también" not in doc.text and "Suscribite" not in doc.text


def test_a_phone_copy_with_no_blank_line_reads_each_whole_line_as_a_paragraph():
    page = """Menu
La Gazette du Val
Le funiculaire restera à l’arrêt jusqu’en septembre
Noémie Castel
Publié le 14.05.2024 à 07:32
Les habitués l’avaient compris en voyant la cabine immobile depuis le début du mois : le petit funiculaire ne roulera plus avant septembre.
Lors du contrôle annuel, les techniciens ont découvert une fissure sur le câble tracteur, à une dizaine de mètres de la poulie supérieure.
Un bus de remplacement
En attendant, un minibus assure la liaison toutes les vingt minutes entre 6 h et 21 h, par la route des Chênes et le haut du village.
Au haut du village, les commerçants font grise mine : les touristes qui montent pour la vue ne prennent pas le bus.
Vous avez trouvé une erreur? Signalez-la.
"""
    doc = parse_text(page, source="t", doc_id="t", language="fr").document
    assert [p.split()[0] for p in body(doc)] == ["Les", "Lors", "Un", "En", "Au"]


def test_the_writers_initials_closing_a_papers_article_are_no_paragraph():
    for sign in ("(um)", "(dpa/red)", "(AFP)"):
        page = (
            "Das alte Schulhaus wird Dorfladen\n\nVon Ute Maier\n\n"
            "Fast zwölf Jahre lang stand das alte Schulhaus leer; jetzt soll dort ein Dorfladen"
            f" öffnen.\n\nDie Eröffnung ist für den Oktober geplant.\n\n{sign}\n"
        )
        doc = parse_text(page, source="t", doc_id="t", language="de").document
        assert [p.split()[0] for p in body(doc)] == ["Fast", "Die"], sign


def test_a_name_over_its_place_and_date_in_one_line_and_a_count_among_the_share_buttons():
    page = """El Heraldo de Montesur
Suscríbete
Iniciar sesión
Montesur | Provincia | España | Deportes | Cultura | Opinión
MONTESUR
El Mercado de Abastos reabrirá en marzo con 38 puestos
La reforma recupera la cubierta de hierro de 1927 y añade una zona de degustación.
Lucía Ferrán
Montesur, 22 ENE 2024 - 06:00 CET
Actualizado: 22 ENE 2024 - 11:35 CET
Compartir en Facebook
Compartir en X
Copiar enlace
Comentarios (2)
Los vecinos de Montesur podrán volver a hacer la compra en el Mercado de Abastos a partir del 4 de marzo.

El edificio contará con 38 puestos, seis menos que antes del cierre, y abrirá también por la tarde.

Comentarios (2)
Ramón Gil
22/01/2024 08:14
Ya era hora, dos años con el mercado cerrado.
"""
    doc = parse_text(page, source="t", doc_id="t", language="es").document
    assert (doc.author, doc.published) == ("Lucía Ferrán", "2024-01-22")
    assert [p.split()[0] for p in body(doc)] == ["Los", "El"]


def test_a_lists_heading_and_items_run_into_the_next_heading_and_its_paragraph_are_a_line_each():
    page = """Les Carnets de Solène
Recettes
Tarte fine aux poireaux et au comté
Publié le 14 mai 2024 par Solène Garrigou
Il y a des soirs où l'on n'a envie ni de réfléchir ni de faire la vaisselle. Cette tarte est née d'un de ces jeudis, avec ce qui restait dans le frigo.

Ingrédients
1 pâte feuilletée
3 poireaux moyens
120 g de comté râpé
Préparation
Émincez les poireaux et faites-les fondre 15 minutes à la poêle avec une noix de beurre, à feu doux. Étalez-les ensuite sur la pâte.
"""
    doc = parse_text(page, source="t", doc_id="t", language="fr").document
    assert [p.split()[0] for p in body(doc)] == [
        "Il", "Ingrédients", "1", "3", "120", "Préparation", "Émincez"
    ]  # fmt: skip


def test_a_local_papers_headline_its_deck_in_a_block_of_its_own_and_the_time_first():
    page = """Harlow Vale Echo

News
>
Local News

Library opening hours to be cut at four branches from June

Campaigners say the change will hit pensioners and students who rely on the evening sessions most

By Dafydd Morgan
Local Democracy Reporter

Published: 10:20, 4 May 2024
Updated: 16:45, 4 May 2024

Four branch libraries in Harlow Vale will close two hours earlier on weekdays from June, the county council confirmed on Friday.

The council says the change saves £140,000 a year and that footfall after 6pm has halved since 2019.

Get involved with the news in your community

Send your stories and photos now

This article was written by a Local Democracy Reporter, funded by the BBC and provided to the Harlow Vale Echo as part of the Local Democracy Reporting Service.
"""
    doc = read(page).document
    assert doc.title == "Library opening hours to be cut at four branches from June"
    assert (doc.author, doc.published) == ("Dafydd Morgan", "2024-05-04")
    assert [p.split()[0] for p in body(doc)] == ["Four", "The"]
    assert "Campaigners say" not in doc.text


def test_a_reply_says_whom_it_answers_in_a_verb_under_the_name():
    page = """Veerpont vaart weer

Door Sanne Hoekstra
10 mrt 2024, 07:12

Na vier maanden stilstand vaart het pontje bij Lingehoven weer, met vrijwilligers aan het roer.

Deel dit artikel
WhatsApp
Kopieer link

Volg Rivierenland Vandaag ook op WhatsApp: het belangrijkste nieuws uit de regio op je telefoon.

Meer nieuws uit Lingehoven
Dorpshuis krijgt zonnepanelen op het dak
Gisteren

Reacties (2)

Gerrit van Dalen
10 mrt 2024 om 08:03
Mooi dat hij weer vaart!
Beantwoorden

Wilma_O
reageert op Gerrit van Dalen
10 mrt 2024 om 08:41
Ik ook! Elke zomer naar het zwembad.
Beantwoorden
"""
    doc = read(page).document
    assert body(doc) == [
        "Na vier maanden stilstand vaart het pontje bij Lingehoven weer, met vrijwilligers"
        " aan het roer."
    ]
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Gerrit van Dalen", None, "2024-03-10"),
        ("Wilma_O", 0, "2024-03-10"),
    ]


def test_a_phone_copy_with_no_blank_line_its_byline_over_its_place_and_a_long_name_answered():
    page = """El Eco del Moncayo
Portada
Comarca
Deportes
La almazara de Valdecuervos vuelve a moler cuarenta años después
La cooperativa, refundada por 37 socios en 2023, ha procesado esta semana sus primeros 18.000 kilos de aceituna con una prensa de 1958 restaurada
Lucía Gimeno
Valdecuervos
16/11/2024 - 19:20 Actualizado: 17/11/2024 - 08:35
Compartir en Facebook
Vecinos y socios de la cooperativa, durante la primera molienda, el pasado sábado. / L. G.
Hacía exactamente cuarenta y un años que la vieja almazara de la calle del Horno no olía a aceite.
La cooperativa Olivares de Valdecuervos se refundó en la primavera de 2023 con 37 socios y un objetivo modesto.
Comentarios (2)
Un vecino de Tarazona
17/11/2024 a las 21:15
Enhorabuena a la cooperativa, pero 212.000 euros para 37 socios es mucho dinero.
Responder · Denunciar · 5 Me gusta
En respuesta a Un vecino de Tarazona
Mercedes Lahoz
17/11/2024 a las 22:03
Gracias por el comentario. Las cuentas están expuestas en el tablón del ayuntamiento.
Responder · Denunciar · 9 Me gusta
"""
    doc = read(page).document
    assert doc.title == "La almazara de Valdecuervos vuelve a moler cuarenta años después"
    assert (doc.author, doc.published) == ("Lucía Gimeno", "2024-11-16")
    assert body(doc)[0].startswith("Hacía exactamente")  # (not the summary, nor the caption)
    assert "La cooperativa Olivares" in doc.text and "L. G." not in doc.text
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Un vecino de Tarazona", None),
        ("Mercedes Lahoz", 0),
    ]


def test_an_advertisements_label_saying_the_story_goes_on_is_no_paragraph():
    page = """Ponte da Rua Nova é interditada

Por Camila Duarte
03/04/2024 18h40

A Prefeitura interditou nesta quarta-feira a ponte da Rua Nova, depois que uma rachadura apareceu na cabeceira.

Continua após a publicidade

Pedestres e ciclistas continuam podendo atravessar pela passarela lateral, segundo a Defesa Civil.
"""
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)] == ["A", "Pedestres"]


def test_a_phone_copys_writers_box_under_their_name_is_no_article():
    # a line a paragraph, no blank line anywhere: the writer's name closes the article and
    # what follows it is their box, not the article's
    page = """La Gazette du Haut-Lac
Région
Le funiculaire restera à l'arrêt jusqu'en septembre
Noémie Castella
Publié le 14.05.2024 à 07:32
Partager
Les habitués l'avaient compris en voyant la cabine immobile depuis le début du mois : le petit funiculaire qui relie la gare au quartier des Chênes ne reprendra pas du service de sitôt.
Lors du contrôle annuel, le 2 mai, les techniciens ont découvert une fissure sur le câble tracteur, à une dizaine de mètres de la poulie supérieure, et l'exploitant a arrêté l'installation.
Le coût, estimé à 380 000 francs, sera pris en charge par la société d'exploitation et par la commune, qui en est l'actionnaire majoritaire depuis la reprise de la ligne en 1998.
Noémie Castella
Journaliste à la rédaction régionale depuis 2019. Couvre le Haut-Lac et la vallée.
Plus d'infos
@ncastella
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Noémie Castella", "2024-05-14")
    assert [p.split()[0] for p in body(doc)] == ["Les", "Lors", "Le"]


def test_a_byline_of_name_place_and_date_under_the_summary_is_no_first_comment():
    # and a subheading under the one headline of a "related" box, each a block of its own
    page = """Menú
La Voz de la Vega
Suscríbete
Iniciar sesión

Villanueva del Soto

Villanueva del Soto cerrará el casco histórico al tráfico los fines de semana

El pleno aprobó la medida con los votos del equipo de gobierno y el rechazo de la oposición, que reclama más aparcamiento

Lucía Ferrándiz
Villanueva del Soto
Jueves, 23 de mayo 2024, 07:15
Actualizado 10:52h.

Comenta
Compartir

El centro histórico será peatonal los sábados, domingos y festivos a partir del 1 de junio, tras un debate de casi tres horas.

Noticia relacionada

El convento de San Gil abre sus claustros a las visitas guiadas

Comercios divididos

La Asociación de Comerciantes del Centro ha mostrado su preocupación por los clientes de los pueblos cercanos.
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Lucía Ferrándiz", "2024-05-23")
    assert [p.split()[0] for p in body(doc)] == ["El", "Comercios", "La"]
    assert doc.comments == ()


def test_a_scrapers_dump_a_line_each_its_long_title_over_the_summary_and_its_foot_left_out():
    page = """Il Corriere delle Valli
Menu
Cronaca
Valli e paesi
Abbonati
Home
›
Valli e paesi
CULTURA
Monteverzo, la biblioteca resta aperta fino a mezzanotte: «Qui i ragazzi studiano meglio che a casa»
Da giugno a settembre la sala studio allungherà l’orario tre sere alla settimana. Il sindaco: «Costa meno di quanto si pensi»
di Federica Sala
23 maggio 2025 | 07:45
La biblioteca civica di Monteverzo cambia orario per l’estate: dal 3 giugno la sala studio resterà aperta fino a mezzanotte tre sere alla settimana.
L’idea è partita da un gruppo di studenti universitari che in primavera aveva raccolto più di trecento firme, consegnate al sindaco a fine aprile.
Il servizio serale sarà garantito da due operatori della cooperativa che gestisce già l’apertura diurna, con un costo di circa ottomila euro.
I commenti sono chiusi.
Potrebbe interessarti anche
Monteverzo, riapre la piscina comunale dopo due anni di lavori
Cantalupa, il centro giovani cerca educatori per l’estate
Chi siamo
Privacy policy
Il Corriere delle Valli – Testata registrata presso il Tribunale di Lecco n. 12/2009 – P.IVA 01234567890
Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo il banner continuerai a navigare.
Accetta tutti
Rifiuta
Personalizza
"""
    doc = read(page).document
    assert doc.title.startswith("Monteverzo, la biblioteca resta aperta")
    assert (doc.author, doc.published) == ("Federica Sala", "2025-05-23")
    assert [p.split()[0] for p in body(doc)] == ["La", "L’idea", "Il"]


def test_a_headline_run_into_the_menu_above_it_over_its_deck_is_the_title():
    page = """Gazeta do Sertão Verde
Buscar
Cidades
Agro
Esportes
Feira do produtor de Santa Luzia ganha cobertura e muda de horário

Obra de R$ 380 mil foi entregue nesta segunda; a partir de sábado, feira abre às 5h e fecha às 12h

Por Carla Menezes
12/05/2025 07h45

A feira do produtor rural de Santa Luzia, que funciona há mais de trinta anos na praça, ganhou uma cobertura metálica.

A reivindicação era antiga: em dias de chuva, os feirantes improvisavam lonas presas em árvores e postes.
"""
    doc = read(page).document
    assert doc.title == "Feira do produtor de Santa Luzia ganha cobertura e muda de horário"
    assert "Obra de R$ 380 mil" not in doc.text
    assert len(body(doc)) == 2


def test_a_name_over_a_date_under_the_summary_and_a_caption_is_the_byline_not_a_comment():
    page = """Noorderkijker
Menu
Nieuws

Oosterbeemd krijgt als eerste dorp in de regio een eigen buurtbatterij

Een zeecontainer vol accu’s moet de stroompieken van 180 huishoudens opvangen. Bewoners zijn enthousiast, de netbeheerder is voorzichtig.

De buurtbatterij staat naast het dorpshuis. © Noorderkijker / Jan Wieringa

Femke Hoogeveen
14 mei 2026 om 08:02

In Oosterbeemd staat sinds maandag een groene zeecontainer naast dorpshuis De Linde, vol accu's.

Het idee ontstond twee jaar geleden, toen op zonnige middagen steeds vaker zonnepanelen uitvielen.
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Femke Hoogeveen", "2026-05-14")
    assert [p.split()[0] for p in body(doc)] == ["In", "Het"]
    assert doc.comments == ()


def test_a_byline_of_one_line_under_the_summary_and_a_caption_is_no_comment_either():
    # a crawl's text: the trail, the title again, the summary, "Par NAME - Publié le DATE -
    # Mis à jour le DATE" (a comment header's shape: a name, then a date), a caption
    page = """Accueil > Vie locale > Saint-Rémy

Saint-Rémy : la dernière boulangerie du village ferme ses portes

Faute de repreneur, la boulangerie de la place a fermé le 31 décembre. La commune propose un local rénové.

Par Claire Vasseur - Publié le 22/01/2025 à 07h30 - Mis à jour le 22/01/2025 à 11h02

La boulangerie de la place a baissé le rideau le 31 décembre. (Photo C. V.)

Depuis le 31 décembre, il faut faire huit kilomètres pour acheter une baguette au village.

« On a eu deux visites en un an, mais personne n'est allé jusqu'au bout », explique le boulanger.
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Claire Vasseur", "2025-01-22")
    assert [p.split()[0] for p in body(doc)] == ["Depuis", "«"]
    assert doc.comments == ()


def test_a_german_papers_recommendations_count_under_a_comment_is_no_text():
    page = """Freibad Ebersfeld bleibt diesen Sommer geschlossen

Von Jana Ort
12. Mai 2025

Das Freibad in Ebersfeld bleibt in dieser Saison geschlossen, weil das Schwimmerbecken saniert werden muss.

Kommentare (2)

Klaus R.
12. Mai 2025, 09:14

Das war doch seit Jahren absehbar, passiert ist nichts.

31 Empfehlungen
Antworten
Melden

Mona S.
12. Mai 2025, 10:02

Vielleicht könnte die Stadt wenigstens einen Shuttlebus organisieren?

1 Empfehlung
Antworten
Melden
"""
    doc = read(page).document
    assert texts(doc) == [
        "Das war doch seit Jahren absehbar, passiert ist nichts.",
        "Vielleicht könnte die Stadt wenigstens einen Shuttlebus organisieren?",
    ]


def test_a_sentence_opening_with_a_relative_day_and_updated_is_no_date_line():
    page = """Ramp for the library

By Ann Pike
12 May 2024

The council met on Tuesday to discuss access to the old library building on Mill Street.

Yesterday updated the plans and the council agreed to add a ramp at the side entrance.
"""
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)] == ["The", "Yesterday"]


def test_a_reader_views_head_with_the_sites_name_over_it_a_caption_and_a_videos_labels():
    # the site's name (no domain) over the title, the author and "4-5 minuten"; a photo's
    # credited caption and an embedded video's labels among the paragraphs
    page = (
        "Omroep Zeeveld\nVeerpont Hoedekerke vaart deze zomer niet door personeelstekort\n"
        "Sanne Kooiman\n4-5 minuten\n\n14 mei 2024 08:02 · Aangepast 14 mei 2024 11:40\n\n"
        "De veerpont aan de steiger in Hoedekerke, vorige zomer. (Foto: Omroep Zeeveld / "
        "Pieter Jansen)\n\nDe voetveerpont tussen Hoedekerke en Sint-Anna ter Weel vaart deze "
        "zomer niet. De rederij heeft niet genoeg schippers kunnen vinden.\n\nVideo afspelen\n"
        "Bekijk hier de reportage: ‘Zonder schipper geen pont’ (02:14)\n\nVolgens de provincie "
        "zijn er minstens vier schippers nodig om het rooster rond te krijgen.\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Veerpont Hoedekerke vaart deze zomer niet door personeelstekort",
        "Sanne Kooiman",
        "Omroep Zeeveld",
        "2024-05-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["De", "Volgens"]


def test_a_papers_comment_policy_under_its_heading_and_replies_marked_by_an_arrow_line():
    # "Kommentare" / "Kommentare werden moderiert. …" / "12 Kommentare": the section opens at
    # its heading; "↳ Antwort an NAME" under a name says whom it answers; a club's name
    # ends in its legal form ("Förderverein Waldfreibad e.V.")
    page = (
        "Waldfreibad bleibt werktags zu\n\nVon Jana Rothe\n\n"
        "Wensdorf – Wer im Sommer unter der Woche ins Waldfreibad will, steht 2025 vor "
        "verschlossenen Toren.\n\nDie Bürgermeisterin begründete den Schritt mit fehlendem "
        "Personal.\n\nKommentare\n\nKommentare werden moderiert. Bitte beachten Sie unsere "
        "Netiquette.\n\n3 Kommentare\n\n"
        "R. Tiedemann\nvor 5 Stunden\n\nEs ist doch kein böser Wille, es fehlt das Personal.\n\n"
        "Antworten\nMelden\n9\n\n"
        "Förderverein Waldfreibad e.V.\n↳ Antwort an R. Tiedemann\nvor 4 Stunden\n\n"
        "Niemand unterstellt bösen Willen. Aber die Lösung liegt seit Januar vor.\n\n"
        "Antworten\nMelden\n14\n\n"
        "Heide_M.\n↳ Antwort an Förderverein Waldfreibad e.V.\nvor 3 Stunden\n\n"
        "Genau so ist es.\n\nAntworten\nMelden\n2\n"
    )
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)] == ["Wensdorf", "Die"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("R. Tiedemann", None),
        ("Förderverein Waldfreibad e.V.", 0),
        ("Heide_M.", 1),
    ]
    assert "Netiquette" not in doc.text


REGIONAL = """Zum Inhalt springen
Kreisbote Talheim
Lokales
Sport
Startseite
Lokales
Neue Brücke
Fähre am Altarm fährt nur noch am Wochenende

Seit April legt die Fähre werktags nicht mehr ab. Die Gemeinde sucht einen neuen Pächter.

02.05.2024, 16:30 Uhr
Von Greta Vollmer
Artikel teilen
Merken
Kommentare

Der Anleger am Altarm: Hier wartet am Dienstag niemand mehr.
© Greta Vollmer

Talheim – Wer werktags über den Altarm will, muss seit April den Umweg über die Brücke nehmen.

Der bisherige Pächter hat aufgehört, ein Nachfolger ist nicht in Sicht.

Kommentare (3)
Anne aus Talheim
02.05.2024, 18:02
Schade, die Fähre war für uns Radfahrer die schönste Verbindung.
👍 12Antworten
2 Antworten ausblenden
Faehre_TalheimVerifiziert
vor 4 Stunden
Liebe Anne, wir suchen weiter und melden uns hier.

Viele Grüße, Ihr Fährteam
👍 3Antworten
Jochen B.
vor 2 Stunden
Dann hoffen wir mal auf den Sommer.
👍Antworten
Weitere Kommentare laden
"""


def test_a_regional_papers_copy_with_its_like_counts_run_into_the_reply_button():
    # "👍 12Antworten": the count glued to the button ends a comment; "Kommentare" among
    # the buttons over the article links to the comments; a caption over its credit
    # ("© NAME") is no paragraph; "Anne aus Talheim" is a reader's name; a badge run into
    # a user name ("…TeamVerifiziert"); a sign-off over the buttons heads no comment
    parse = read(REGIONAL)
    doc = parse.document
    assert body(doc) == [
        "Talheim – Wer werktags über den Altarm will, muss seit April den Umweg über die"
        " Brücke nehmen.",
        "Der bisherige Pächter hat aufgehört, ein Nachfolger ist nicht in Sicht.",
    ]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Anne aus Talheim", None),
        ("Faehre_Talheim", 0),
        ("Jochen B.", 0),
    ]
    assert texts(doc) == [
        "Schade, die Fähre war für uns Radfahrer die schönste Verbindung.",
        "Liebe Anne, wir suchen weiter und melden uns hier.\n\nViele Grüße, Ihr Fährteam",
        "Dann hoffen wir mal auf den Sommer.",
    ]
    rules = dropped(parse)
    assert rules["Kommentare"] == "toolbar"
    assert rules["© Greta Vollmer"] == "the caption's credit"


FLEMISH = """Ga naar de hoofdinhoud
De Polderbode
Menu
Zoeken

Regio
Sluis aan de Vaart gaat in april weer open
Na twee jaar herstelwerken kunnen plezierboten weer door.
Lotte Vermeersch
za 9 maart 2024 om 07:00

De sluis aan de Vaart gaat op 1 april weer open voor de pleziervaart, na twee jaar werken.

De schepen verwachten een druk seizoen, want ook de jachthaven is vernieuwd.

Reacties (3)
Hilde Peeters
9 maart 2024 om 08:14
Eindelijk, we hebben de boot twee jaar op de kant laten liggen.
Antwoorden
Melden
👍 12

Marc Dubois
9 maart 2024 om 08:41
Enfin! On viendra de Lille avec le bateau cet été.
Antwoorden
Melden
👍 9

↪ Reactie op Marc Dubois
Jef Claes
9 maart 2024 om 09:03
Welkom! Vergeet het vaarvignet niet.
Antwoorden
Melden
👍 4
"""


def test_a_flemish_papers_replies_named_over_their_headers_and_its_reply_button_row():
    # "↪ Reactie op NAME" over a reply's header names whom it answers; "Antwoorden" over
    # "Melden" is a button, not Blogger's heading over a comment's replies; the skip link
    # is not the site's name
    doc = read(FLEMISH).document
    assert doc.site == "De Polderbode"
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Hilde Peeters", None),
        ("Marc Dubois", None),
        ("Jef Claes", 1),
    ]


LINKEDIN = """Saltar al contenido principal
LinkedIn
Inicio
Mi red
Empleos

Por qué el mercado de abastos abre ahora los domingos
Foto del perfil de Irene Zabala
Irene Zabala
Irene Zabala
Gerente del Mercado de Abastos de Valdeolmos
Publicado el 3 de jun. de 2024
+ Seguir

Desde el mes pasado el mercado abre los domingos por la mañana, y la primera cuenta es buena.

Vinieron sobre todo familias jóvenes que entre semana no llegan antes del cierre.

Recomendar
Celebrar
Apoyar
Interesante
41
3 comentarios
Recomendar
Comentar
Compartir

Más relevantes
Ver el perfil de Lucas Andrade, gráfico
Lucas Andrade • 2º
Frutero en el puesto 14
1 sem.

Nosotros vendimos el doble que un sábado normal.

Recomendar
Reacción
5
5 reacciones
Responder
1 respuesta
1 comentario sobre el comentario de Lucas Andrade

Ver el perfil de Irene Zabala, gráfico
Irene Zabala
Autor
Gerente del Mercado de Abastos de Valdeolmos
6 d (editado)

¡Gracias, Lucas! Lo repetimos todo el verano.

Recomendar
Reacción
Responder

Ver el perfil de Nerea Sanz, gráfico
Nerea Sanz • 3º+
Vecina de Valdeolmos
3 d

Interesante

Recomendar
Reacción
1
1 reacción
Responder
"""


def test_a_linkedin_article_copied_with_its_comments_in_spanish():
    # each comment's head opens with its picture's words ("Ver el perfil de NAME, gráfico"),
    # then the name (the connection's degree beside it, or "Autor" under it), the headline
    # and the age; "1 comentario sobre el comentario de NAME" shows the reply under it; the
    # reactions row and the Follow button are no paragraphs
    doc = read(LINKEDIN).document
    assert doc.title == "Por qué el mercado de abastos abre ahora los domingos"
    assert doc.author == "Irene Zabala"
    assert body(doc) == [
        "Desde el mes pasado el mercado abre los domingos por la mañana, y la primera cuenta"
        " es buena.",
        "Vinieron sobre todo familias jóvenes que entre semana no llegan antes del cierre.",
    ]
    assert tree(doc) == [
        ("Lucas Andrade", None, None),
        ("Irene Zabala", None, 0),
        ("Nerea Sanz", None, None),
    ]
    assert texts(doc) == [
        "Nosotros vendimos el doble que un sábado normal.",
        "¡Gracias, Lucas! Lo repetimos todo el verano.",
        "Interesante",
    ]


LINKEDIN_NEWSLETTER = """Skip to main content
Home
My Network
Jobs
Messaging
Notifications

The Bench Notes
The Bench Notes
Plain advice for furniture makers who sell their own work, every other week.
Newsletter
2,417 subscribers
Subscribe

Why I stopped quoting by the hour

Owen Pritchard
Owen Pritchard
Cabinetmaker · Teaches pricing to small workshops
Published Mar 14, 2024
+ Follow

Hello everyone,

For six years I quoted every commission by the hour, and for six years I lost money on the jobs I liked best, because the careful ones always ran long.

Now I quote a fixed price per piece, worked out from the last ten I made of its kind, and I keep a margin for the one that goes wrong.

See you in two weeks,

Owen

Like
Comment
Repost
Send

Mara Quinn and 31 others
4 comments

Most relevant

Dylan Foster
• 2nd
Joiner at Foster & Daughters
1w

The margin for the one that goes wrong is the part nobody teaches.

Like
Reply
1 reply

Owen Pritchard
Author
Cabinetmaker · Teaches pricing to small workshops
6d

It took me two ruined walnut tops to learn it.

Like
Reply

Priya Nair • 3rd+
Upholsterer
5d

Do you show customers how the fixed price was worked out?

Like
Reply
"""


def test_a_linkedin_newsletter_copied_without_its_pictures_words():
    # the newsletter's name shown twice over its pitch and its subscribers is the site;
    # the writer's name shown twice over their headline and the date is the byline; a
    # comment's head is the name, the degree under it or beside it ("• 2nd") or "Author",
    # the headline and the age ("1w"); "1 reply" under its buttons nests the next one
    doc = read(LINKEDIN_NEWSLETTER).document
    assert (doc.title, doc.author, doc.site) == (
        "Why I stopped quoting by the hour",
        "Owen Pritchard",
        "The Bench Notes",
    )
    assert body(doc)[0] == "Hello everyone,"
    assert body(doc)[-1] == "Owen"
    assert tree(doc) == [
        ("Dylan Foster", None, None),
        ("Owen Pritchard", None, 0),
        ("Priya Nair", None, None),
    ]
    assert texts(doc) == [
        "The margin for the one that goes wrong is the part nobody teaches.",
        "It took me two ruined walnut tops to learn it.",
        "Do you show customers how the fixed price was worked out?",
    ]


PHONE_FR = """Aller au contenu principal
Menu
Le Courrier des Vignes
S'abonner
Montbrison
Montbrison : la dernière mercerie de la rue du Marché ferme ses portes
Après 35 ans, Lucienne Paradis range ses bobines le 31 mai. Aucun repreneur ne s'est manifesté.

Par Julien Favre
Le 2 mai 2024 à 17h30
Mis à jour le 3 mai 2024 à 08h05
Partager
Commenter
« Je ne pensais pas fermer comme ça, sans personne derrière moi. » Lucienne Paradis a vendu ses premiers boutons en 1989.

La mairie étudie le rachat des murs pour proposer un loyer modéré à un futur repreneur.

Newsletter Montbrison et alentours
Chaque matin, l'essentiel de l'actualité de votre secteur.
Je m'inscris
Réagir
Commentaires (1)
Papy Lucien
02/05/2024 à 19:32
C'est toute une époque qui s'en va.
J'aime
Répondre
"""


def test_a_french_papers_phone_copy_its_head_a_line_each():
    # the site, a button and the section's name over the title, a line each; the summary
    # under the title, a blank line, then the byline; "Le DATE" under it is the date (the
    # update's after it is not); the newsletter box over the link to the comments is no
    # paragraph
    doc = read(PHONE_FR).document
    assert doc.title == "Montbrison : la dernière mercerie de la rue du Marché ferme ses portes"
    assert doc.site == "Le Courrier des Vignes"
    assert doc.author == "Julien Favre"
    assert doc.published == "2024-05-02"
    assert body(doc) == [
        "« Je ne pensais pas fermer comme ça, sans personne derrière moi. » Lucienne Paradis a"
        " vendu ses premiers boutons en 1989.",
        "La mairie étudie le rachat des murs pour proposer un loyer modéré à un futur repreneur.",
    ]
    assert [c.author for c in doc.comments] == ["Papy Lucien"]


def test_a_papers_comments_with_the_avatars_initials_over_each_name():
    doc = read(
        "Multibanco de Fonte Escura retirado\n\nPor Rita Sousa\n\n"
        "Desde o dia 14 de março que a aldeia não tem caixa multibanco, e os mais velhos"
        " queixam-se.\n\n"
        "Recomendados para si\nFeira do fumeiro regressa a Vilar com 40 produtores\n"
        "Escola primária de Covelas fecha por falta de alunos\n\n"
        "Comentários (2)\nOrdenar por\nMais antigos\nPublicar\n"
        "MC\nMaria Carvalho\n09/04/2024 às 09:12\n"
        "Isto é o país que temos.\nResponder\n23\n"
        "JP\nJoão Pires\nEm resposta a Maria Carvalho\n09/04/2024 às 09:40\n"
        "Concordo, mas o banco é uma empresa privada.\nResponder\n4\n"
    ).document
    assert len(body(doc)) == 1  # (the paper's suggestions under it are no paragraphs)
    assert tree(doc) == [("Maria Carvalho", "2024-04-09", None), ("João Pires", "2024-04-09", 0)]
    assert texts(doc) == [
        "Isto é o país que temos.",
        "Concordo, mas o banco é uma empresa privada.",
    ]


PHONE_STORY = """La Gaceta del Valle
El embalse recupera la mitad de su capacidad
Por Ana Ruiz
13 may 2024 - 08:10
Las lluvias de abril han dado un respiro al embalse, que este lunes almacenaba 58 hectómetros cúbicos. Hace un mes no llegaba a la cuarta parte.

El abastecimiento, garantizado
Por su parte, la mancomunidad ha confirmado que el suministro a los doce municipios que dependen del embalse está garantizado al menos hasta la primavera de 2025, y que los cortes nocturnos de presión en el casco urbano se mantendrán solo hasta finales de mayo.

Ver 23 comentarios
Te puede interesar
Una tormenta de granizo arrasa 300 hectáreas de almendros
Vega Alta
La piscina municipal abrirá el 15 de junio con horario ampliado
Peñacorba
Lo más leído
1
Detenido un vecino por robar gasóleo de tractores durante meses
2
El CD Peñacorba asciende a Tercera Federación
"""


def test_a_phone_copys_subheading_over_one_long_sentence_and_headlines_under_a_comments_button():
    # the comments never loaded: the boxes under "Ver 23 comentarios" are other stories'
    # headlines, no comments; a subheading run on over a paragraph of one long sentence is a
    # paragraph of its own
    parse = read(PHONE_STORY)
    doc = parse.document
    assert [p[:20] for p in body(doc)] == [
        "Las lluvias de abril",
        "El abastecimiento, g",
        "Por su parte, la man",
    ]
    assert (doc.comments, doc.comments_declared) == ((), 23)
    assert dropped(parse)["Vega Alta"] == "headlines, not comments"


def test_short_comments_with_no_stop_under_a_count_are_comments():
    page = PHONE_STORY.split("Ver 23 comentarios")[0] + (
        "3 comentarios\n\nQué buena noticia\n\nOjalá siga lloviendo\n\nGracias por la info\n"
    )
    doc = read(page).document
    assert len(doc.comments) == 3


def test_a_subheading_run_on_into_its_paragraphs_first_words_is_no_paragraph_of_its_own():
    page = PHONE_STORY.replace(
        "El abastecimiento, garantizado\nPor su parte, la", "Desde hace cuarenta años\nla"
    )
    doc = read(page).document
    assert [p[:24] for p in body(doc)][1] == "Desde hace cuarenta años"
    assert body(doc)[1].startswith("Desde hace cuarenta años\nla mancomunidad")


def test_a_phone_copys_byline_word_over_the_name_under_the_summary_is_the_byline():
    page = (
        "El Vigía del Valle\nSOCIEDAD\n"
        "Cierran la terminal de ómnibus por seis meses: dónde paran los micros\n"
        "Las obras arrancan el lunes 19 y los servicios se trasladan a tres paradas provisorias.\n"
        "Por\nRomina Etchart\n14 de agosto de 2024 · 07:30\nCompartir\n"
        "La terminal de ómnibus cerrará sus puertas el próximo lunes para una remodelación"
        " integral que, según la Municipalidad, demandará seis meses de obra.\n"
    )
    parse = read(page)
    doc = parse.document
    assert (doc.author, doc.published) == ("Romina Etchart", "2024-08-14")
    assert [p[:12] for p in body(doc)] == ["La terminal "]
    assert dropped(parse)["Las obras arrancan el lunes 19 y los servicios se trasladan a tres"
                          " paradas provisorias."] == "standfirst"  # fmt: skip


def test_a_subheading_glued_under_a_caption_its_credit_closes_is_kept():
    page = (
        "Les Marais de Brenne, un jeu de patience\n\nSur le papier, le jeu a tout pour plaire :"
        " des étangs, des roseaux et une famille de pêcheurs à faire vivre.\n\n"
        "Le plateau en fin de partie : les parcelles grisées sont « au repos ». © Le Plateau"
        " Bavard\nUne mécanique de patience\n\nUne parcelle exploitée passe en repos pendant"
        " deux tours, et il faut donc planifier ses récoltes longtemps à l'avance.\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language="fr").document
    assert [p[:12] for p in body(doc)] == ["Sur le papie", "Une mécaniqu", "Une parcelle"]


FLOOR = """How we saved grandmother's pine floor

When we lifted the carpet in the living room in August, we were ready for the worst, and found wide pine boards in far better shape than we had feared.

{caption}

What we did, step by step

We scraped the old glue off with a spatula and hot water, by hand, over three weekends.
We replaced the boards with woodworm by others from a demolished house nearby.
We sanded everything with a hired machine, in three passes, from grit 40 to 120.

For the finish we chose hard oil rather than varnish, which takes longer to dry but can be mended one board at a time.
"""


def test_a_before_and_after_line_stays_whether_a_caption_a_subheading_or_a_sentence():
    # "Before and after: on the left the room …" may caption a picture, head a section or
    # open a sentence: it is kept
    for line in (
        "Before and after: on the left the room with its carpet, on the right the oiled floor.",
        "Before and after: the living room",
        "Before and after: I honestly did not believe it would come out this well.",
    ):
        doc = parse_text(FLOOR.format(caption=line), source="t", doc_id="t", language="en").document
        assert body(doc)[1] == line, line


def test_two_writers_a_part_a_line_under_the_summary_are_the_byline():
    page = (
        "Council approves 40 new homes on former bus depot\n"
        "The scheme includes 16 affordable flats and a community garden on the old fuel store.\n"
        "By\nMaria Gonzalez\nand\nTom Reed\n12 March 2024\n"
        "Councillors approved plans for 40 new homes on the site of the former Eastgate bus"
        " depot on Tuesday night, after a meeting that ran for more than three hours.\n"
        "Residents had objected to the height of the rear block, which was reduced from six"
        " storeys to five during the application.\n"
    )
    doc = read(page).document
    assert doc.author == "Maria Gonzalez and Tom Reed"
    assert body(doc)[0].startswith("Councillors approved plans")


def test_a_note_that_an_article_takes_no_comments_under_its_lead_does_not_end_it():
    page = (
        "Elektrische veerpont vaart vanaf mei\n\nReageren op dit artikel is niet mogelijk.\n\n"
        "De veerpont tussen Wolferden en Hesselt vaart vanaf mei op stroom, meldt de provincie.\n\n"
        "De ombouw kost 1,4 miljoen euro, waarvan het Rijk de helft betaalt.\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language="nl").document
    assert [p[:10] for p in body(doc)] == ["De veerpon", "De ombouw "]


def test_the_post_navigation_over_the_count_header_is_no_toolbar_over_the_article():
    # "← previous post" / "next post →" over "3 pensieri su …" close the article: the count
    # opens the comments, it does not link to them from a row of buttons
    page = (
        "Come ho recuperato una vecchia madia\n"
        "Pubblicato il 20 ottobre 2024 da Lorenza Bellandi\n"
        "La madia me l'ha lasciata la zia Vittoria, insieme a una raccomandazione: non"
        " buttarla, è castagno vero. Per anni è rimasta in cantina sotto una vernice marrone.\n"
        "\nCondividi:\nFacebook\nWhatsApp\nMi piace Caricamento…\nCorrelati\n"
        'Tavolino da caffè in noce: cera o gommalacca?\n3 marzo 2024\nIn "Tutorial"\n'
        'Sedia impagliata: come ho rifatto la seduta\n9 settembre 2024\nIn "Restauro"\n'
        "Categorie Restauro Tag castagno, madia\n"
        "Navigazione articoli\n← Sedia impagliata: come ho rifatto la seduta\n"
        "Il cassetto che non scorreva →\n"
        "2 pensieri su “Come ho recuperato una vecchia madia”\n"
        "Marco Ferri ha detto:\n21 ottobre 2024 alle 19:02\n"
        "Che lavoro! La pistola termica a che temperatura l'hai usata?\nRispondi\n"
        "Paola ha detto:\n22 ottobre 2024 alle 08:15\nBellissima, complimenti.\nRispondi\n"
    )
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["Marco Ferri", "Paola"]
    assert doc.comments_declared == 2


def test_a_byline_word_over_a_name_under_two_lines_of_the_article_keeps_them():
    # one summary line over "By" / NAME is the standfirst; two are the article's own
    page = (
        "Storm Isha: what we know so far\n"
        "Trains are cancelled across the north of England this morning, and Network Rail has"
        " told passengers not to travel before noon.\n"
        "Schools in three counties are closed until Wednesday, and power is still off in about"
        " 4,000 homes in Cumbria and Northumberland.\n"
        "By\nMaria Gonzalez\n22 January 2024\n"
        "The Met Office said winds reached 99mph at Brizlee Wood in Northumberland overnight,"
        " the strongest gust recorded in England this winter.\n"
    )
    doc = read(page).document
    assert "Trains are cancelled" in doc.text and "Schools in three counties" in doc.text


def test_a_summary_box_under_its_label_is_no_body_and_the_name_under_it_the_byline():
    page = (
        "Menu\nThe Harwick Courier\nSubscribe\nNews\n"
        "Ferry fares to rise by a fifth from April\n"
        "Key points\n"
        "The island ferry's single fare goes from £4.20 to £5.\n"
        "Season tickets rise less, by 8%.\n"
        "The operator blames fuel and crew costs.\n"
        "Martin Ellery\n"
        "Published 22/06/2024 at 19:40\n"
        "Share\n"
        "The company that runs the island ferry will raise its fares by about a fifth from"
        " the first of April, it told passengers on Monday.\n\n"
        "Season tickets, which most commuters use, will rise by eight per cent, a smaller"
        " increase than the operator had first proposed to the council.\n"
    )
    doc = parse_text(page, source="t", doc_id="t").document
    assert (doc.author, doc.published) == ("Martin Ellery", "2024-06-22")
    assert [p[:24] for p in body(doc)] == ["The company that runs th", "Season tickets, which mo"]


def test_a_phone_copy_with_the_apps_banner_a_date_in_figures_and_the_lead_photos_caption():
    page = (
        "Ouvrir dans l'application\nMenu\nL'Écho du Val-Mirande\nS'abonner\nAccueil\n"
        "La commune rachète la dernière boulangerie du village\n"
        "Faute de repreneur, le conseil municipal a voté l'achat des murs et du fournil.\n"
        "Par\nMathilde Sourisseau\nLe 04/02/2025 à 18h12\nMis à jour le 05/02/2025 à 07h30\n"
        "Partager\n"
        "La boulangerie de la rue de la Poste a fermé fin décembre.\n"
        "© L'Écho du Val-Mirande / Julien Barde\n"
        "Depuis le départ à la retraite du couple, fin décembre, la vitrine de la rue de la"
        " Poste est restée vide.\n\n"
        "Lundi soir, le conseil municipal a voté l'achat du bâtiment pour 118 000 euros.\n"
    )
    doc = parse_text(page, source="t", doc_id="t").document
    assert (doc.site, doc.author, doc.published) == (
        "L'Écho du Val-Mirande",
        "Mathilde Sourisseau",
        "2025-02-04",
    )
    assert [p[:20] for p in body(doc)] == ["Depuis le départ à l", "Lundi soir, le conse"]


def test_a_caption_credited_after_a_slash_in_initials_and_surname_glued_over_the_byline():
    page = (
        "Menú\nEl Heraldo del Jalón\nSuscríbete\nIniciar sesión\nVILLARRUBIA\nServicios\n"
        "Villarrubia cierra la piscina municipal por una avería en la depuradora\n"
        "La reparación costará 40.000 euros y el vaso no abrirá hasta julio\n\n"
        "El vaso grande de la piscina, vacío, este lunes. / L. M. PAZ\n"
        "Elena Villar\nVillarrubia\n3 jun 2024 - 08:15\n"
        "Actualizada 3 jun 2024 - 10:40\n\n"
        "El Ayuntamiento de Villarrubia mantendrá cerrada la piscina municipal al menos hasta el"
        " 1 de julio por una avería en la depuradora, según confirmó ayer el concejal de Deportes.\n\n"
        "Los técnicos detectaron la fuga durante la puesta a punto de mayo y el presupuesto de"
        " la reparación supera los 40.000 euros.\n"
    )
    doc = parse_text(page, source="t", doc_id="t").document
    assert doc.title.startswith("Villarrubia cierra la piscina")
    assert (doc.author, doc.published) == ("Elena Villar", "2024-06-03")
    assert [p[:20] for p in body(doc)] == ["El Ayuntamiento de V", "Los técnicos detecta"]


def test_a_subheading_under_an_inline_box_of_two_headlines_in_a_copy_without_blank_lines():
    page = (
        "Vuelve la trashumancia a Torrecilla del Río\n"
        "Lucía Garcés\n14/10/2023 08:02\n"
        "Unas 900 ovejas de tres ganaderías de la comarca atravesarán el casco urbano el próximo"
        " sábado por la antigua cañada real, cerrada al paso del ganado desde 1987.\n"
        "La iniciativa parte de una ganadera de 61 años, que lleva desde 2019 reclamando que se"
        " despejara el trazado de la cañada, ocupado en parte por huertos y vallas.\n"
        "El Ayuntamiento cortará al tráfico la calle Mayor entre las 9.00 y las 11.00 horas, y la"
        " Guardia Civil regulará los cruces de la carretera de la ribera.\n"
        "Te puede interesar\n"
        "El pantano de La Solana, al 38% de su capacidad tras el verano más seco\n"
        "Cierra la última tienda de ultramarinos de Pradilla después de 70 años\n"
        "Fiesta en la plaza\n"
        "A la llegada del ganado a la plaza de la Iglesia habrá una exhibición de esquileo a"
        " tijera y un almuerzo popular con migas para todos los vecinos.\n"
    )
    doc = parse_text(page, source="t", doc_id="t").document
    assert any(p.startswith("Fiesta en la plaza") for p in body(doc))
    assert not any(p.startswith(("El pantano", "Cierra la")) for p in body(doc))


# -- a paper's comment widget, a line a part, a blank line between ---------------------------

WIDGET_APART = """Parents vow to fight the bus plan

By Hannah Pengelly

The council wants to cut the free school bus from Coldharbour, which parents say would put children on a lane with no pavement.

A consultation runs until April, and parents have started a petition that already has four hundred names.

## Comments

3 Comments

**TrevorOfFenny**

12 Mar 2024, 19:41

I drive that lane every morning at that time and I slow to a crawl at the bends.

Reply · Like (38) · Report

**Hannah Pengelly** Reporter

In reply to TrevorOfFenny

12 Mar 2024, 20:03

Thank you. The council has been asked how many children walk the lane today.

Reply · Like (12) · Report

**Dennis Hocking**

12 Mar 2024, 11:47

The council found money for a new roundabout at the retail park.

Reply · Like (33) · Report
"""


def test_a_widgets_name_reply_line_and_date_a_blank_line_apart_make_one_header():
    doc = read(WIDGET_APART).document
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("TrevorOfFenny", "2024-03-12", None),
        ("Hannah Pengelly", "2024-03-12", 0),
        ("Dennis Hocking", "2024-03-12", None),
    ]
    assert [doc.text[c.start : c.end] for c in doc.comments][2] == (
        "The council found money for a new roundabout at the retail park."
    )


PLACED_BYLINE = """# El mercado de abastos abre los domingos desde julio

Nuria Vidal

Torrejoncillo

04/06/2024 - 06:30h

Torrejoncillo. El mercado de abastos abrirá también los domingos por la mañana a partir del 7 de julio, según aprobó ayer el pleno municipal.

Los puestos que quieran sumarse deberán comunicarlo antes del 20 de junio.

Archivado en:

*   [Torrejoncillo](https://example.es/tag/torrejoncillo/)
*   [Comercio](https://example.es/tag/comercio/)

Comentarios (1)
---------------

**Fermín_R**

04/06/2024 08:12

Por fin, los domingos es cuando más gente viene al pueblo.

[Responder](https://example.es/r/1) · [Denunciar](https://example.es/d/1)
"""


def test_the_place_a_writer_files_from_is_no_commenter_and_the_tags_under_a_label_no_text():
    from corpus.readers import parse_document

    doc, _ = parse_document(PLACED_BYLINE, format="markdown", source="p.md", doc_id="p")
    assert (doc.author, doc.published) == ("Nuria Vidal", "2024-06-04")
    assert body(doc) == [
        "Torrejoncillo. El mercado de abastos abrirá también los domingos por la mañana a "
        "partir del 7 de julio, según aprobó ayer el pleno municipal.",
        "Los puestos que quieran sumarse deberán comunicarlo antes del 20 de junio.",
    ]
    assert [(c.author, c.published) for c in doc.comments] == [("Fermín_R", "2024-06-04")]


def test_a_reader_view_copied_a_block_a_line_and_its_date_over_an_update_label():
    # Firefox sets a blank line between each part of the head; the date's line ends with
    # when the story was updated, which names no one
    page = READER_VIEW.format(
        domain="elfarodelsur.es", title="Almendral recupera la lonja como mercado",
        minutes="5-6 minutos",
    ).replace("\n", "\n\n", 3).replace("07 mar 2024 - 13:40", "07 mar 2024, 13:40 · Actualizado a las 15:02")  # fmt: skip
    doc = read(page).document
    assert (doc.title, doc.author, doc.published) == (
        "Almendral recupera la lonja como mercado",
        "Marta Solé Vidal",
        "2024-03-07",
    )


LESERMEINUNGEN = """Kreisbote

Biber staut den Mühlbach auf

Der Damm steht seit Februar; die Wiesen am Bach stehen unter Wasser.

Von Karin Ahlers
12.03.2024 – 08:15 Uhr

Am Mühlbach hat sich ein Biber angesiedelt. Sein Damm staut das Wasser auf gut zweihundert Metern zurück, die Wiesen der Anlieger stehen seit Wochen unter Wasser.

Die Untere Naturschutzbehörde will im April mit den Landwirten über eine Drainage sprechen.

Lesermeinungen (3)

Bitte beachten Sie unsere Netiquette.

Ein Gewinn
Martin Rehse
12.03.2024 – 19:32 Uhr

Ich freue mich über den Biber. Die Wiesen waren früher auch nass.

Antworten (1)
Empfehlen (4)
Melden

Antwort auf die Lesermeinung von Martin Rehse
Jutta F.
12.03.2024 – 20:05 Uhr

Sie müssen die Wiesen ja auch nicht mähen.

Empfehlen (9)
Melden

Drainage zahlt wer?
Gerd Lüders
13.03.2024 – 06:58 Uhr

Wer bezahlt die Drainage, der Kreis oder die Landwirte?

Empfehlen (2)
Melden
"""


def test_a_papers_reader_opinions_a_headline_over_the_name_and_a_dated_time_under_it():
    # ("14.03.2024 – 19:32 Uhr": the time after the dash is no commenter's name)
    doc = parse_text(LESERMEINUNGEN, source="t", doc_id="t").document
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Martin Rehse", "2024-03-12", None),
        ("Jutta F.", "2024-03-12", 0),
        ("Gerd Lüders", "2024-03-13", None),
    ]
    assert doc.comments_declared == 3
    assert texts(doc)[1] == "Sie müssen die Wiesen ja auch nicht mähen."


def test_a_phone_copy_with_no_blank_lines_has_the_sites_name_over_the_headline():
    # (an AMP page copied on Android: the site's name, the headline, the byline and age, the
    # text, a line each; the site's name again at the page's foot)
    doc = read(
        "Gazeta do Seridó\n"
        "Açude Itans volta a sangrar depois de nove anos e atrai visitantes\n"
        "Mariana Dantas\n2 anos atrás\n"
        "CAICÓ (RN) – O açude Itans voltou a sangrar na madrugada desta quinta-feira, pela "
        "primeira vez desde 2015.\n"
        "Logo cedo, dezenas de moradores foram até a parede do açude para ver a cena.\n"
        "Deixe um comentário\nGazeta do Seridó\nVoltar ao topo\n"
    ).document
    assert (doc.title, doc.site) == (
        "Açude Itans volta a sangrar depois de nove anos e atrai visitantes",
        "Gazeta do Seridó",
    )


def test_a_summary_over_the_photo_and_a_paragraph_opened_by_its_dateline_is_the_standfirst():
    # the photo's alt text, then its caption with the credit, stand between the two
    parse = read(
        "Verkeer\n"
        "Sluis Hoornsterzwaag twee maanden dicht voor onderhoud\n"
        "door Pieter Jongsma\n"
        "12 februari 2024\n\n"
        "Vanaf 4 maart kunnen schepen niet door de sluis. Fietsers mogen er wel over.\n\n"
        "De sluis bij Hoornsterzwaag, gezien vanaf de kade.\n"
        "De sluis bij Hoornsterzwaag, gezien vanaf de kade. Foto: Wim de Vries\n\n"
        "HOORNSTERZWAAG – De sluis in de Tjonger gaat op 4 maart dicht. De deuren worden vervangen.\n\n"
        "De provincie verwacht de sluis half mei weer te openen voor de pleziervaart.\n"
    )
    doc = parse.document
    assert [p.split()[0] for p in body(doc)] == ["HOORNSTERZWAAG", "De"]
    assert (
        dropped(parse)[
            "Vanaf 4 maart kunnen schepen niet door de sluis. Fietsers mogen er wel over."
        ]
        == "standfirst"
    )


def test_a_papers_plea_to_subscribe_and_its_button_under_the_article_are_not_its_own():
    page = (
        "Mercado municipal reabre com bancas novas\n\n"
        "Por Rita Sampaio\n14 de março de 2024\n\n"
        "O mercado municipal reabriu no sábado, depois de oito meses de obras na cobertura, "
        "com vinte e duas bancas novas e um espaço para os produtores da freguesia.\n\n"
        "Os vendedores mais antigos mantêm os lugares junto à entrada principal, como pediram "
        "na reunião com a câmara em setembro.\n\n"
        "O Correio da Ribeira precisa de si. Assine a partir de 3,50 € por mês e apoie o "
        "jornalismo local.\n"
        "Assinar agora\n"
    )
    assert [p.split()[0] for p in body(read(page).document)] == ["O", "Os"]


@pytest.mark.parametrize(
    "line",
    ["View this email in your browser", "Si vous ne parvenez pas à lire cet e-mail, cliquez ici"],
)
def test_a_newsletters_line_to_its_web_version_under_the_byline_is_no_paragraph(line):
    page = (
        "The school garden has water\n\n"
        "By Cara Reid\n11 April 2024\n\n"
        f"{line}\n\n"
        "After two years of paperwork the school garden finally has its own tap, and the fourth "
        "year tried the hose out on Tuesday.\n\n"
        "The council approved the grant in February; it paid for the connection and six beds.\n"
    )
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)] == ["After", "The"]
    assert line not in doc.text


def test_a_masthead_date_a_ticker_and_a_lead_photos_caption_over_a_papers_article():
    # the day's date and a ticker's label over its headlines at the top of the page: the
    # byline's own date under the title wins, the site's name comes under the headlines; the
    # lead photo's caption, its noun "pictured" with no stop, is no paragraph
    doc = read(
        "Skip to content\n\n    Friday, March 15, 2024\n\nLATEST:\n\n"
        "    Lido to stay shut all summer after boiler failure\n"
        "    Bus station toilets: council says repairs ‘imminent’\n\n"
        "Amblethorpe Gazette\nNews from the town and the valley since 1889\n\n"
        "    Home\n    News\n    Sport\n\nLocal News\n\n"
        "Amblethorpe lido to stay shut all summer after boiler failure\n\n"
        "March 14, 2024  Ellen Dobbs  6 Comments\n\n"
        "The lido on Greave Lane, pictured last summer\n\n"
        "AMBLETHORPE’S open-air lido will not reopen this summer after engineers found that "
        "its 1980s heating system cannot be repaired, the town council has confirmed.\n\n"
        "The pool usually opens on the late May bank holiday and draws around 14,000 swimmers "
        "a season. It closed early last September when the main boiler failed.\n"
    ).document
    assert (doc.site, doc.author, doc.published) == (
        "Amblethorpe Gazette",
        "Ellen Dobbs",
        "2024-03-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["AMBLETHORPE’S", "The"]


@pytest.mark.parametrize(
    ("language", "labels", "count"),
    [
        ("de", ("Beitrags-Autor:", "Beitrag veröffentlicht:", "Beitrags-Kategorie:",
                "Beitrags-Kommentare:"), "8 Kommentare"),
        ("en", ("Post author:", "Post published:", "Post category:", "Post comments:"),
         "8 Comments"),
    ],
)  # fmt: skip
def test_a_themes_post_meta_a_label_over_its_value_each(language, labels, count):
    # OceanWP copied by Edge: each field's label on a line, its value on the next
    author, published, category, comments = labels
    doc = parse_text(
        "Gartenküche Tannenried\n\nSauerkirschen entsteinen\n\n"
        f"{author}\nMaren Albrecht\n\n{published}\n12 July 2024\n\n{category}\nEinmachen\n\n"
        f"{comments}\n{count}\n\n"
        "Jedes Jahr im Juli stehe ich vor demselben Problem: Der Baum hinter der Scheune trägt "
        "mehr Schattenmorellen, als wir essen können.\n\n"
        "Dieses Jahr habe ich drei Methoden nebeneinander ausprobiert, jeweils mit einem Kilo "
        "Kirschen und der Stoppuhr.\n",
        source="t",
        doc_id="t",
        language=language,
    ).document
    assert (doc.author, doc.published, doc.comments_declared) == (
        "Maren Albrecht",
        "2024-07-12",
        8,
    )
    assert [p.split()[0] for p in body(doc)] == ["Jedes", "Dieses"]


def test_a_papers_copy_with_no_blank_lines_its_menu_ticker_and_lead_caption_in_initials():
    # Safari's copy: a line a block and no blank line; the menu's last item over the day's
    # date is no forum poster over their post's date, the ticker's headlines a bar apart are
    # no paragraph, the lead photo's caption closed by initials is none either
    doc = parse_text(
        "Ir al contenido\nEl Correo del Jalón\nPortada\nDeportes\nOpinión\nAgenda\nEsquelas\n"
        "Jueves, 14 de marzo de 2024\n"
        "Lo último: El Real Calatayud remonta ante el Tarazona | Cortes en la A-2 por obras\n"
        "Comarca\n"
        "Valdelacierva cierra la piscina municipal hasta el verano de 2025 por filtraciones\n"
        "Marta Ibarrola\n14 MAR 2024 - 07:30\n"
        "El vaso grande de la piscina municipal de Valdelacierva, vacío desde septiembre. C. J.\n"
        "VALDELACIERVA. La piscina municipal de Valdelacierva no abrirá este verano. El "
        "Ayuntamiento confirmó ayer que las filtraciones detectadas en el vaso obligan a "
        "rehacerlo entero.\n"
        "La decisión se tomó tras conocer el informe de una ingeniería de Calatayud, que cifra "
        "en unos 40.000 litros diarios la pérdida de agua durante la temporada pasada.\n",
        source="t",
        doc_id="t",
        language="es",
    ).document
    assert doc.title.startswith("Valdelacierva cierra la piscina")
    assert (doc.author, doc.published) == ("Marta Ibarrola", "2024-03-14")
    assert [p.split()[0] for p in body(doc)] == ["VALDELACIERVA.", "La"]


def test_a_count_under_the_byline_that_the_comment_sections_heading_repeats_opens_nothing():
    # "6 reacties" in the byline's block links to the section "Reacties (6)" heads, further down
    doc = parse_text(
        "Naar hoofdinhoud\nWendelose Courant\nZoeken\nInloggen\n\nNieuws\nRegio\nSport\n\n"
        "Wendelo\n\nNieuwe fietsenstalling bij station Wendelo al te klein\n\n"
        "De bewaakte stalling met 1.400 plekken opende op 26 februari. Op drukke ochtenden "
        "staan er nu al honderden fietsen buiten de rekken.\n\n"
        "Reizigers zetten hun fiets bij de ingang van de volle stalling. © Foto: Erik Braam\n\n"
        "Sanne Hoogeveen\n15 mrt. 2024 om 06:30\n\nDeel dit artikel\n\n6 reacties\n\n"
        "WENDELO - De gloednieuwe fietsenstalling onder het stationsplein is drie weken na de "
        "opening al regelmatig vol, zo bleek dinsdagochtend opnieuw.\n\n"
        "De gemeente rekende bij de bouw op een bezetting van zeventig procent in het eerste "
        "jaar, maar die werd al in de tweede week gehaald.\n\n"
        "Reacties (6)\n\nHenk van Dijk\n15-03-2024 07:58\n\nVoorspelbaar, iedereen wist dit.\n\n"
        "Marloes\n15-03-2024 08:20\n\nDe bovenste rekken worden niet gebruikt.\n",
        source="t",
        doc_id="t",
        language="nl",
    ).document
    assert [p.split()[0] for p in body(doc)] == ["WENDELO", "De"]
    assert [c.author for c in doc.comments] == ["Henk van Dijk", "Marloes"]
    assert doc.comments_declared == 6


@pytest.mark.parametrize(
    ("row", "author"),
    [
        # (the name signs a comment below: the writer answering)
        ("19 agosto 2024 Teresa Ruggeri 2 commenti", "Teresa Ruggeri"),
        # (a category reads the same: no comment signed so, no author from the row)
        ("9 marzo 2024 Orto Sinergico 2 commenti", None),
    ],
)
def test_a_meta_row_copied_without_its_icons_the_date_first(row, author):
    doc = parse_text(
        "Quaderno di Casa Ruggeri\n\nLa passata in cortile\n\n"
        f"{row}\n\n"
        "Ogni anno, la seconda domenica di agosto, il cortile di casa nostra si trasforma in "
        "un piccolo laboratorio.\n\n"
        "Abbiamo lavorato 180 chili di pomodori San Marzano presi da un contadino della zona.\n\n"
        "2 commenti\n\n"
        "Marco ha detto:\n19 agosto 2024 alle 18:02\nChe bella tradizione!\nRispondi\n\n"
        "Teresa Ruggeri ha detto:\n19 agosto 2024 alle 20:15\nGrazie Marco!\nRispondi\n",
        source="t",
        doc_id="t",
        language="it",
    ).document
    assert doc.author == author
    assert doc.comments_declared == 2


def test_the_writers_box_with_a_blank_line_between_their_name_and_job_is_no_paragraph():
    doc = parse_text(
        "Folha do Vale Verde\n\nFeira de troca de sementes reúne 40 agricultores\n\n"
        "Por Juliana Prates\n14 de março de 2024\n\n"
        "SERRA DO JACARÉ – A primeira feira de troca de sementes crioulas reuniu 40 "
        "agricultores no sábado, no galpão do sindicato.\n\n"
        "A próxima edição está prevista para setembro, na época do plantio.\n\n"
        "Juliana Prates\n\n"
        "Repórter da Folha do Vale Verde desde 2017. Cobre agro, meio ambiente e comunidades "
        "rurais.\n",
        source="t",
        doc_id="t",
        language="pt",
    ).document
    assert [p.split()[0] for p in body(doc)] == ["SERRA", "A"]


def test_a_caption_over_a_sections_heading_and_a_block_of_items_without_marks():
    page = (
        "Confiture de coings\n\n"
        "Cette fois, j’ai ressorti le cahier de ma grand-mère Lucienne, celui avec la couverture "
        "en toile cirée, et j’ai suivi chaque ligne à la lettre.\n\n"
        "{line}\n\n"
        "Les proportions\n\n"
        "1 kg de coings bien jaunes\n1,5 litre d’eau\nLe jus d’un citron\n\n"
        "{after}\n"
    )
    line = "Les pots alignés sur le rebord de la fenêtre."
    prose = (
        "Le secret, d’après le cahier, c’est de laisser égoutter les fruits toute une nuit "
        "dans un torchon suspendu, sans jamais presser."
    )
    doc = parse_text(page.format(line=line, after=prose), source="t", doc_id="t").document
    assert line not in doc.text and body(doc)[1] == "Les proportions"
    # (a block of short lines with no prose under it: a tag list under the article's last
    # line, which stays)
    doc = parse_text(page.format(line=line, after="Partager"), source="t", doc_id="t").document
    assert line in body(doc)


def test_the_writers_box_opening_with_their_first_name_is_no_paragraph():
    doc = parse_text(
        "The Tuesday Repair Club\n\nWhy the float was innocent\n\n"
        "Published by Rob Kettering on March 13, 2024\n\n"
        "Last Tuesday a regular brought in a dehumidifier that filled its bucket and then "
        "stopped, its light on though the bucket was half empty.\n\n"
        "If you have a similar fault, check the bucket before you buy parts.\n\n"
        "Rob Kettering\n\n"
        "Rob runs the bench at the Tuesday Repair Club and still can’t fix his own car.\n",
        source="t",
        doc_id="t",
    ).document
    assert doc.author == "Rob Kettering"
    assert [p.split()[0] for p in body(doc)] == ["Last", "If"]


def test_a_caption_of_sixteen_words_with_its_where_or_what_after_the_comma():
    # (short words: under 90 characters; a line as long that is no noun with its where or
    # with what, an item of a list copied without its mark, stays)
    for line, kept in (
        ("The float and its magnet, with the old glue bead still on the bucket wall.", False),
        ("Four disks of 4 TB in a RAIDZ1 pool on ZFS, plus one SSD for the system.", True),
    ):
        doc = parse_text(
            "Why the float was innocent\n\n"
            "The float in these units does not switch anything by itself. It carries a small "
            "magnet, and a reed switch sits behind the bucket wall.\n\n"
            f"{line}\n\n"
            "Someone had at some point fixed a crack in the bucket wall with a fat bead of glue, "
            "and it stopped the float an inch short.\n",
            source="t",
            doc_id="t",
            language="en",
        ).document
        assert (line in body(doc)) is kept, line


@pytest.mark.parametrize(
    ("pitch", "button"),
    [
        ("Carnet de Loire est une lettre gratuite, lue par 2 300 personnes. Pour recevoir les "
         "prochains numéros, abonnez-vous.", "S’abonner"),
        ("Notes from the Marsh is a free letter read by 2,300 people. To get the next issues "
         "in your inbox, subscribe.", "Subscribe"),
    ],
)  # fmt: skip
def test_a_newsletters_pitch_over_its_button_inside_the_post_is_no_paragraph(pitch, button):
    doc = parse_text(
        "Ce que les castors font de nos saules\n\n"
        "Le castor ne tue presque jamais un saule. Il le recèpe, comme le faisaient autrefois "
        "les vanniers, et l’arbre répond en produisant des tiges jeunes.\n\n"
        f"{pitch}\n{button}\n\nLa nuit d’affût\n\n"
        "Nous nous sommes installés à 19 heures sur la butte en face du terrier-hutte, et il a "
        "fallu attendre plus d’une heure.\n",
        source="t",
        doc_id="t",
    ).document
    assert [p.split()[0] for p in body(doc)] == ["Le", "La", "Nous"]


def test_a_newsletters_pitch_inside_the_post_over_a_heading_and_its_list():
    doc = parse_text(
        "Het veer van Hekelum zoekt schippers\n\n"
        "Een veerpont mag alleen varen met iemand die een vaarbewijs en een EHBO-diploma heeft, "
        "en de vrijwilligers zijn bijna allemaal boven de zeventig.\n\n"
        "Thanks for reading De Veerpost! Subscribe for free to receive new posts and support "
        "my work.\n\nSubscribe\n\nWat er nodig is\n\n"
        "\t•\ttwee of drie nieuwe vrijwilligers met een klein vaarbewijs;\n"
        "\t•\teen cursus EHBO, die het veer zelf wil betalen.\n\n"
        "Wie interesse heeft, kan gewoon langskomen op de steiger, elke zondag vanaf tien uur.\n",
        source="t",
        doc_id="t",
    ).document
    assert [p.lstrip("•\t ")[:9] for p in body(doc)] == [
        "Een veerp",
        "Wat er no",
        "twee of d",
        "een cursu",
        "Wie inter",
    ]


def test_mh_magazine_copied_by_firefox_its_top_bar_meta_row_and_bio_without_brackets():
    # the day's date and a top bar's list items over the site's name; the meta row's name
    # runs into its category (no author from it, but its date); the writer from the bio's
    # head, "Over NAME 214 Artikelen", its brackets lost in the copy
    doc = parse_text(
        "vrijdag 15 maart 2024\n\n  * Adverteren\n  * Tips\n  * Contact\n\n"
        "Vechtstreek Courant\nNieuws uit Maarssen, Breukelen en de Vechtstreek\n\n"
        "  * Home\n  * Nieuws\n  * Sport\n\n"
        "Buurtbus lijn 506 rijdt vanaf april ook op zaterdag\n\n"
        "14 maart 2024 Marloes ter Haar Nieuws 6 reacties\n\n"
        "MAARSSEVEEN – De buurtbus tussen Maarssen en Tienhoven gaat vanaf april ook op "
        "zaterdag rijden, zo heeft de stichting bekendgemaakt.\n\n"
        "De bus rijdt op zaterdag tussen 9.00 en 17.00 uur, één keer per uur in elke "
        "richting.\n\n"
        "Over Marloes ter Haar 214 Artikelen\n\n"
        "Marloes schrijft over alles wat er gebeurt tussen Maarssen en Nieuwersluis.\n",
        source="t",
        doc_id="t",
        language="nl",
    ).document
    assert (doc.site, doc.author, doc.published) == (
        "Vechtstreek Courant",
        "Marloes ter Haar",
        "2024-03-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["MAARSSEVEEN", "De"]


REPLIES_UNDER_NAMES = """{count}

{first}
{date1}
{text1}
{reply}
{report}
12

{second}
{to} {first} · {date2}
{text2}
{reply}
{report}
3

{third}
{date3}
{text3}
{reply}
{report}
"""


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fr",
            dict(count="3 commentaires", reply="Répondre", report="Signaler", to="Réponse à",
                 date1="14 mars 2024 à 08h02", date2="14 mars 2024 à 08h40",
                 date3="15 mars 2024 à 10h15"),
        ),
        (
            "en",
            dict(count="3 comments", reply="Reply", report="Report", to="Reply to",
                 date1="14 March 2024 at 08:02", date2="14 March 2024 at 08:40",
                 date3="15 March 2024 at 10:15"),
        ),
    ],
)  # fmt: skip
def test_a_reply_says_whom_it_answers_on_its_date_line_under_the_name(language, words):
    page = BODY_FOR_REPLIES + REPLIES_UNDER_NAMES.format(
        first="Maryse Coulon", second="Hugo Tanguy", third="Noémie Brard",
        text1="The ferry was late again on Monday, and nobody told us why.",
        text2="It was the tide, the harbour office posted it on the board at seven.",
        text3="A timetable on the quay would help everybody.",
        **words,
    )  # fmt: skip
    doc = read(page).document
    assert tree(doc) == [
        ("Maryse Coulon", "2024-03-14", None),
        ("Hugo Tanguy", "2024-03-14", 0),
        ("Noémie Brard", "2024-03-15", None),
    ]
    assert texts(doc)[1] == "It was the tide, the harbour office posted it on the board at seven."


BODY_FOR_REPLIES = """The ferry timetable changes next week

The island ferry will leave the harbour half an hour earlier from Monday, the operator said on Thursday, to catch the morning tide.

The last crossing of the day moves to 18:30, which the island's school says is too early for pupils who stay for sport.

"""


MEMBERS_NEWSLETTER = """Hofgeflüster
Beiträge
Über
Mitglied werden
Anmelden
Der Hofladen am Mühlbach sucht neue Pächter
Katrin Lohse
21. Februar 2024
Öffentlich

Liebe Nachbarinnen und Nachbarn,

der Hofladen am Mühlbach schließt Ende März, weil die Familie Brenner nach dreißig Jahren in den Ruhestand geht.

Die Gemeinde sucht jetzt Pächter, die den Laden mit regionalen Waren weiterführen wollen.

Euch gefällt das Hofgeflüster? Mit einer Mitgliedschaft ab 3 € im Monat macht ihr es möglich.
Mitglied werden

Wer Interesse hat, meldet sich bis zum 15. März im Rathaus.

Herzlich,
Katrin

2 Kommentare

Bernd Falk
vor 1 Jahr
Schade um den Laden, die Eier dort waren die besten im Ort.
Antworten

Sabine Roth
vor 1 Jahr
Vielleicht findet sich ja eine Genossenschaft.
Antworten

Mehr Beiträge von Hofgeflüster
Das Dorffest fällt dieses Jahr aus
14. Februar 2024
Alle Beiträge ansehen
"""


def test_a_members_newsletters_visibility_label_membership_box_and_other_posts_are_no_text():
    parse = read(MEMBERS_NEWSLETTER)
    doc = parse.document
    assert (doc.author, doc.published) == ("Katrin Lohse", "2024-02-21")
    assert body(doc)[0] == "Liebe Nachbarinnen und Nachbarn,"
    assert not any("Mitglied" in p for p in body(doc))
    assert "Wer Interesse hat, meldet sich bis zum 15. März im Rathaus." in body(doc)
    assert tree(doc) == [("Bernd Falk", None, None), ("Sabine Roth", None, None)]


JOOMLA_INFO = """Le Petit Journal de Sarlières
Accueil
Actualités
La passerelle du Lavoir rouvre aux piétons
Détails
Écrit par Armelle Vidal
Catégorie : Actualités
Publication : 6 février 2024
Affichages : 287

La passerelle du Lavoir, fermée depuis les crues de novembre, a rouvert mardi aux piétons après trois semaines de travaux.

Les services techniques ont remplacé six planches et renforcé la rambarde côté rivière.
"""


def test_joomlas_article_info_gives_the_date_and_its_count_of_views_is_no_body():
    doc = read(JOOMLA_INFO).document
    assert (doc.title, doc.author, doc.published) == (
        "La passerelle du Lavoir rouvre aux piétons",
        "Armelle Vidal",
        "2024-02-06",
    )
    assert body(doc)[0].startswith("La passerelle du Lavoir, fermée")
    assert "Affichages" not in doc.text


@pytest.mark.parametrize("label", ["", "Public\n"])  # (and a post's label for who may read it)
def test_a_greeting_of_six_words_under_a_dated_title_is_the_posts_first_paragraph(label):
    page = (
        f"Carnet n°4 : la boîte à couture, enfin rangée\n14 mars 2024\n{label}\n"
        "Bonjour à toutes et à tous,\n\n"
        "Ce mois-ci, j’ai enfin trié la boîte à couture de ma grand-mère, qui attendait au "
        "grenier depuis trois ans.\n\n"
        "Les bobines vont dans un bocal, les aiguilles dans un carnet de feutre.\n"
    )
    doc = read(page).document
    assert doc.title == "Carnet n°4 : la boîte à couture, enfin rangée"
    assert body(doc)[0] == "Bonjour à toutes et à tous,"
    assert doc.author is None and "Public" not in doc.text


PAPER_ANSWERS = """Gaceta del Puerto
Portada
Local
Cultura
La lonja de Arrieta subastará el pescado por internet
Por Ane Goikoetxea
14/03/2024 07:30

La cofradía de Arrieta subastará el pescado por internet a partir de junio, según anunció ayer su presidente en rueda de prensa.

Los compradores podrán pujar desde cualquier lugar, y la lonja seguirá abierta los viernes para la venta en persona.

Comentarios (6)

Koldo_A
14/03/2024 09:10
Se pierde algo muy nuestro, los críos íbamos a la lonja de madrugada.
Responder · Me gusta (3) · Denunciar
Ocultar respuestas (2)
Maite Errazti
14/03/2024 10:05
Yo también, pero los viernes se mantiene.
Me gusta (4) · Denunciar
Itziar
14/03/2024 10:40
A mí me parece bien, así llega a más gente.
Me gusta (1) · Denunciar

Iñigo Salaberria
14/03/2024 12:18
¿Habrá lotes reservados para las pescaderías del pueblo?
Responder · Me gusta (9) · Denunciar
Ocultar respuestas (1)
Gaceta del Puerto
14/03/2024 13:02
Gracias por el comentario, lo hemos trasladado a la cofradía.
Me gusta (2) · Denunciar

Jon G.
15/03/2024 08:55
¿Y los cursos de abril dónde son?
Responder · Me gusta (1) · Denunciar
"""


def test_the_replies_a_toggle_counts_in_brackets_answer_the_comment_the_papers_own_among_them():
    doc = read(PAPER_ANSWERS).document
    assert tree(doc) == [
        ("Koldo_A", "2024-03-14", None),
        ("Maite Errazti", "2024-03-14", 0),
        ("Itziar", "2024-03-14", 0),
        ("Iñigo Salaberria", "2024-03-14", None),
        ("Gaceta del Puerto", "2024-03-14", 3),
        ("Jon G.", "2024-03-15", None),
    ]
