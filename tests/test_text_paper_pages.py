"""A newspaper's article page copied whole: the paper's name under its cookie banner, a byline
with the writer's place and role, the subscribers' label and the article's buttons, a caption
credited in capitals, a related link set in the body, the name signing off, and the comments
with their folded replies.

Every article here is invented for the test (the helpers are test_text_shapes.py's).
"""

from __future__ import annotations

from .test_text_shapes import read, texts, tree
from .test_text_shapes_more import body

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
    for minutes in ("5-6 minutos", "5–6 minutos", "12-15 min"):
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
