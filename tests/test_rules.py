"""The rule tables: every entry compiles, templates read lines the way pages print them, dates
read in every language, and a site's rules file is checked with errors that say what to fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.errors import CorpusError
from corpus.readers.rules import (
    LANGUAGES,
    RulesError,
    count_header,
    default,
    find_date,
    is_boilerplate,
    is_date_line,
    load,
    parse_date,
    site_rules,
)

RULES = default()


def test_every_built_in_entry_compiles():
    for rule in RULES.rules:
        assert rule.pattern.pattern, rule.id


def test_no_table_lists_an_entry_twice():
    # (a second copy is never the one that reads a line: it only costs time, and hides
    # which entry a comment above it is about)
    seen: dict[tuple[str, str, str], str] = {}
    for rule in RULES.rules:
        key = (rule.language, rule.category, rule.source)
        assert key not in seen, (rule.id, seen.get(key))
        seen[key] = rule.id


def test_the_tables_cover_seven_languages_and_what_no_language_owns():
    assert set(LANGUAGES) == {"en", "de", "fr", "es", "it", "pt", "nl"}
    assert {rule.language for rule in RULES.rules} == {*LANGUAGES, "common"}
    for language in LANGUAGES:
        for category in ("count_headers", "comment_headers", "footers", "boilerplate", "bylines"):
            assert any(r.language == language and r.category == category for r in RULES.rules), (
                language,
                category,
            )


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Datum 14. Mai 2024", "date_lines"),  # XenForo's thread head in German
        ("Laatste update: 14 mei 2024, 09:20", "date_lines"),  # a paper's, under the byline
        ("Résolu par olivier_des_alpilles dans message n° 2", "solution_boxes"),
        ("de pablo_ruiz en el post #5", "solution_boxes"),
        ("Zum Erweitern anklicken...", "quote_headers"),
        ("Skip to primary sidebar", "boilerplate"),  # Genesis's skip links
        ("Vai ai contenuti principali", "boilerplate"),  # Blogger's, in Italian
        ("0 leden en 1 gast bekijken dit topic.", "boilerplate"),  # SMF in Dutch
        ("« Laatst bewerkt: 15 maart 2024, 19:11:40 door Kees Oudshoorn »", "boilerplate"),
        ("Auteur Topic: Vocht in de caravan  (gelezen 1.874 keer)", "titles"),
        ("Eu permito criar uma conta", "boilerplate"),  # wpDiscuz's consent box
        ("Lees dit antwoord in context", "boilerplate"),  # Discourse's solution box
        ("Lösung im Kontext ansehen", "boilerplate"),
        # vBulletin's Italian quotation heads
        ("Originariamente Scritto da Fabrizio65", "quote_headers"),
        ("Originalmente inviato da Gianni58", "quote_headers"),
        # Blogger's skip link and search box, and others' skip links
        ("Passa ai contenuti principali", "boilerplate"),
        ("Cerca questo blog", "boilerplate"),
        ("Direkt zum Hauptbereich", "boilerplate"),
        ("Accéder au contenu principal", "boilerplate"),
        ("Avançar para o conteúdo principal", "boilerplate"),
        ("Doorgaan naar hoofdcontent", "boilerplate"),
        # new Reddit's Italian label of a comment's depth, and its vote button
        ("Commento di livello 2", "header_lines"),
        ("Voto", "chrome"),
    ],
)
def test_forum_and_blog_wording_in_other_languages(line, category):
    assert RULES.match(category, line) is not None


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("9 thoughts on “Why we built a tank”", 9),
        ("One thought on “Why we built a tank”", 1),
        ("17 Comments", 17),
        ("Comments (3)", 3),
        ("Comments:87", 87),
        ("6 comments:", 6),
        ("4 Gedanken zu „Stadtteilbibliothek“", 4),
        ("12 commentaires", 12),
        ("7 réflexions sur « Le marché couvert »", 7),
        ("6 comentarios:", 6),
        ("6 respuestas", 6),
        ("10 commenti", 10),
        ("6 comentários:", 6),
        ("7 reacties op “Nieuwe fietsbrug”", 7),
        ("1,024 comments", 1024),
        # the count run into its word by a phone's copy
        ("Kommentare15", 15),
        ("Comentários7", 7),
        ("8antwoorden", 8),  # (Discourse's topic map: "<span>8</span><span>antwoorden</span>")
    ],
)
def test_count_headers_give_the_number_they_announce(line, count):
    assert count_header(line) == count


@pytest.mark.parametrize(
    "prose",
    [
        "The nine thoughts he had on Monday were all about the bridge.",
        "Comments are welcome.",
        "Covid19",
        "Windows 10",
    ],
)
def test_prose_is_no_count_header(prose):
    assert count_header(prose) is None


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Derek Pallister says:", "Derek Pallister", None),
        ("Jean Harcourt said...", "Jean Harcourt", None),
        ("Klaus Dreher sagt:", "Klaus Dreher", None),
        ("Bernard Quéré dit :", "Bernard Quéré", None),
        ("Pepe Lozano dijo...", "Pepe Lozano", None),
        ("Bruno Tavares disse...", "Bruno Tavares", None),
        ("Ria Hoogendoorn schreef:", "Ria Hoogendoorn", None),
        ("On 12 September 2023 at 14:22, Rob Penhallow said:", "Rob Penhallow", "2023-09-12"),
        ("Post by hollyhock_jan » Tue Mar 12, 2024 8:02 pm", "hollyhock_jan", "2024-03-12"),
        ("Alan Whitlock May 4, 2019 at 12:15 PM", "Alan Whitlock", "2019-05-04"),
        (
            "Posté par Pierre Gastaud (page perso) le 07/04/24 à 21:40. Évalué à 5 (+5/-0).",
            "Pierre Gastaud",
            "2024-04-07",
        ),
    ],
)
def test_comment_headers_name_the_author_and_date(line, author, date):
    hits = [h for h in RULES.matches("comment_headers", line) if h.get("author") == author]
    assert hits, line
    assert (parse_date(hits[0].get("date")) if hits[0].get("date") else None) == date


def test_templates_read_the_spelling_of_copies_loosely():
    # a space before a colon (French), an ellipsis or three dots, curly or straight quotes
    assert RULES.match("comment_headers", "Annick dit:")
    assert RULES.match("comment_headers", "Annick dit :")
    assert RULES.match("boilerplate", "Like Loading…")
    assert RULES.match("boilerplate", "Like Loading...")
    assert count_header('9 thoughts on "Why"') == count_header("9 thoughts on “Why”") == 9


@pytest.mark.parametrize(
    "line",
    [
        "Like Loading...",
        "Recents",  # (Icarus's sidebar widget, copied between the article and Disqus)
        "Dieses Blog durchsuchen",  # (Blogger's search box, German)
        "Scorri verso il basso per leggere il contenuto",  # (Twenty Seventeen's arrow)
        "Scroll down to content",
        "Comenta con tu cuenta de Matrix o como invitado.",  # (Cactus Comments')
        "Inscrever-se",  # (Substack's button under its pitch, Portuguese)
        "Subscribe to: Post Comments (Atom)",
        "Labels: Carrow estuary, spoonbill, waders",
        "Posted in Projects | Tagged rainwater, sheds | 9 Comments",
        "Share this:",
        "Facebook | X | WhatsApp | Email",
        "Gefällt mir Wird geladen …",
        "Teilen mit:",
        "J’aime chargement…",
        "Suscribirse a: Enviar comentarios (Atom)",
        "Leave a Reply Cancel reply",
        "Comments are closed.",
        # a German paper's words over its comments, and its index picture's credit
        "Wir freuen uns über Ihre Meinung. Bitte beachten Sie unsere Netiquette.",
        # an advertisement's label in a Portuguese paper's article
        "Continue a ler depois da publicidade",
        # a feedback widget's question under the article, run on into a sign-up
        "Cet article vous a été utile ? Inscrivez-vous à notre newsletter L'Écho du matin.",
        "Was this article helpful?",
        "War dieser Artikel hilfreich?",
        # a bookmark button over a French paper's article
        "Lire plus tard",
        # Blogger's search box over the blog's name, in its languages
        "Buscar este blog",
        "Search this blog",
        "Diesen Blog durchsuchen",
        # Blogger's share buttons under a post, in its languages
        "BlogThis!",
        "Invia tramite email",
        "Enviar a mensagem por emailDê a sua opinião!Partilhar no XPartilhar no Facebook",
        # a platform's logo by its alt text
        "Reddit Inc logo",
        # a comment's edit note with its relative date and who edited it (wpDiscuz's)
        "Última edição 1 ano atrás por Carlos",
        "Dernière modification il y a 2 jours par Claire",
        "Zuletzt bearbeitet vor 2 Tagen von Anke",
        "Laatst bewerkt 2 dagen geleden door Jan",
        "Ultima modifica 2 giorni fa da Marco",
        "Postalo sul blog",
        "Diesen Post per E-Mail versenden",
        "In Facebook freigeben",
        "Envoyer par e-mail",
        "Escribe un blog",
        "Dit e-mailen",
        # a page's print link under the article
        "Printervriendelijke versie",
        "Printer-friendly version",
        "Druckversion",
        "Versione stampabile",
        # the link past the menu, which a copy keeps as the page's first line
        "Overslaan naar hoofdinhoud",
        "Spring naar de inhoud",
        "Zum Hauptinhalt springen",
        "Aller au contenu principal",
        # a share button under a story, a recipe card's buttons, a push prompt's
        "Compartir esta nota",
        "Vai alla ricetta\tStampa ricetta",
        "Jump to Recipe Print Recipe",
        "Push-Benachrichtigungen aktivieren?",
        # a news page's note that its article takes no comments
        "Reageren op dit artikel is niet mogelijk.",
        "Commenting on this article is not available.",
        "Das Kommentieren ist bei diesem Artikel nicht möglich.",
        "Il n’est pas possible de commenter cet article.",
        "No es posible comentar esta noticia.",
        "Non è possibile commentare questo articolo.",
        "Não é possível comentar este artigo.",
        # … or takes them from its subscribers only
        "I commenti sono riservati agli abbonati. Accedi o abbonati per partecipare.",
        "Comments are only available to subscribers.",
        "Kommentare sind nur für Abonnenten möglich.",
        "Les commentaires sont réservés aux abonnés.",
        "Los comentarios están reservados a los suscriptores.",
        "Reageren is alleen mogelijk voor abonnees.",
        "Os comentários são exclusivos para assinantes.",
        # a newsletter box and a video player copied from a phone
        "Get the biggest daily stories by email",
        "We will use your email address only for sending you newsletters. Please see our Privacy"
        " Notice for details of your data protection rights.",
        "Thank you for subscribing!",
        "Something went wrong, please try again later.",
        "Invalid Email",
        "Video Unavailable",
        "Tap to play",
        "The video will start in 8",
        "Get the latest news from the Kestrel Valley straight to your WhatsApp - join our"
        " community here",
        # a button under the post that jumps to its comments
        "Ir a los comentarios",
        "1 gosto · Responder · Denunciar",  # a comment's likes and buttons
        # a camera's file name over its picture, a skip link
        "IMG_20240211_153012",
        "Passer au contenu principal",
        # WordPress's note over a comment awaiting approval, its preview under it
        "Je reactie wacht op moderatie. Dit is een voorbeeld, je reactie zal zichtbaar zijn"
        " nadat deze is goedgekeurd.",
        # phpBB's edit note under a post, and Slashcode's threshold and fine print
        "Modifié en dernier par Josiane_M le dim. 14 avr. 2024 18:52, modifié 1 fois.",
        "Schwelle: 1: 18 von 31 Kommentaren | Verschachtelt | Älteste zuerst",
        "The following comments are owned by whoever posted them. We are not responsible for"
        " them in any way.",
        # a call to join the site's channel, an icon before it or not, and a count of views
        "📲 Iscriviti al canale WhatsApp de La Voce del Vallone",
        "412 visitas",
        "1.204 visualizações",
        # a call for readers' news tips under the article
        "Heb je een tip voor de redactie? Mail naar tips@veenkoerier.nl of app ons.",
        "Envie-nos a sua notícia",
        "¿Tienes una noticia para la redacción? Escríbenos.",  # (its opening mark no part of
        # its first word)
        "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie uns.",
        # WordPress.com's ad, its label and its button
        "Advertisements",
        "Report this ad",
        "Signaler cette publicité",
        # a skip link to the sidebar or the content
        "Zur Seitenleiste springen",
        "Saltar a contenido",
        "Aller à la barre latérale",
        "Sla over naar inhoud",
        # a menu's label in the page's language
        "Hoofdmenu",
        # a blog's links to the posts before and after it, labelled with a word each
        "Vorige: Wintertelling januari: ganzen, ganzen, ganzen",
        # a post's note that it holds no advertising (as others' that it holds some)
        "Dieser Beitrag enthält keine Werbung. Alle Sorten habe ich selbst gekauft.",
        "This post is not sponsored.",
        "Este post no está patrocinado.",
    ],
)
def test_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "prose",
    [
        "Share the road: the council wants cyclists and drivers to get along.",
        "The related costs were never published.",
        "Home is where the garden is.",
        # Slashcode's threshold and department, in an article's words
        "Threshold: the quietest level at which you can hear a tone.",
        "Schwelle: 25.000 Euro Umsatz im Vorjahr (bisher 22.000 Euro).",
        "Aus der chirurgischen Abteilung",
        # a score in a sentence
        "Voto 8 su 10, ma solo per la grafica.",
        "Note: the footbridge stays closed until 14 May.",
        # a hard-wrapped line of a paragraph, a subheading, a reader's own call
        "posted in Aden for two winters after the war, and the only record we",
        "Publicado em Portugal pela primeira vez em edição crítica",
        "geplaatst in de week voor Pinksteren, op de plek waar veerman Kees",
        "Follow me on Instagram for more photos of the lock.",
        "Sigue a la federación en Instagram, que allí cuelgan los horarios.",
        "Tre letture",  # a heading: a number word is no count of views
        "2 visite",
        "✔ Werbung",  # (a service's name in a list, not an icon's ad label)
        "Have you got a dog?",
        "Haben Sie einen Hinweis? Die Polizei bittet Zeugen, sich zu melden.",  # an appeal
        "🌱 Il nostro orto è rinato quest'anno.",
        # a disclosure opening a paragraph that goes on, and a log's next run
        "This post is not sponsored, I paid full price for the kettle and would buy it again.",
        "Dieser Beitrag ist nicht gesponsert, aber das Gerät wurde mir geliehen.",
        "Vorige: 14 km in 1 uur en 28 minuten",
        "Herramientas que usé:",  # (a list's lead-in, and a recipe's heading over one)
        "Herramientas",
        "Menu principal",  # (a restaurant's main courses)
    ],
)
def test_prose_is_not_boilerplate(prose):
    assert not is_boilerplate(prose)


@pytest.mark.parametrize(
    "line", ["Notre note : ★★★★☆", "★★★½☆", "VOTO 8", "Bewertung: 4/5", "Nota: 7,5/10"]
)
def test_a_reviews_rating_is_dropped_over_or_under_the_article_not_in_a_comment(line):
    # (a reader's own "Score: 7/10" closing their comment is theirs)
    assert RULES.match("ratings", line) is not None
    assert RULES.match("boilerplate", line) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 24, 2016 at 3:45 pm", "2016-03-24"),
        ("09. Jul, 2012", "2012-07-09"),
        ("Saturday, May 4, 2019", "2019-05-04"),
        ("November 1st, 2012", "2012-11-01"),
        ("21. März 2024 um 9:14 Uhr", "2024-03-21"),
        ("Samstag, 9. März 2019", "2019-03-09"),
        ("12 octobre 2019 à 10 h 14 min", "2019-10-12"),
        ("samedi 9 mars 2019", "2019-03-09"),
        ("sábado, 15 de febrero de 2020", "2020-02-15"),
        ("15 de febrero de 2020, 12:45", "2020-02-15"),
        ("7 ottobre 2023", "2023-10-07"),
        ("22 de setembro de 2018 às 10:12", "2018-09-22"),
        ("14 mei 2024 om 08:02", "2024-05-14"),
        ("2024-03-12T10:00:00Z", "2024-03-12"),
        ("01-28-2023, 10:14 AM", "2023-01-28"),
        ("28.01.2023", "2023-01-28"),
    ],
)
def test_dates_read_in_every_language(text, iso):
    assert parse_date(text) == iso
    assert is_date_line(text) or text.startswith("2024-03-12T")


def test_an_ambiguous_numeric_date_is_read_in_the_order_of_the_pages_language():
    assert RULES.dates.parse_date("02-04-2023", "mdy") == "2023-02-04"
    assert RULES.dates.parse_date("02-04-2023", "dmy") == "2023-04-02"
    assert RULES.dates.orders["en"] == "mdy" and RULES.dates.orders["de"] == "dmy"


def test_a_two_digit_year_is_a_date_only_with_a_time_after_it():
    assert parse_date("le 07/04/24 à 21:40") == "2024-04-07"
    assert parse_date("04.12.25, 09:12") == "2025-12-04"
    assert is_date_line("04.12.25, 09:12")
    for text in ("version 1.2.24 is out", "3.1.24", "Score 12/10/24 overall"):
        assert parse_date(text) is None, text


def test_relative_dates_are_recognised_but_give_no_calendar_date():
    for text in (
        "2 years ago",
        "vor 3 Tagen",
        "il y a 4 ans",
        "hace 2 años",
        "2 anni fa",
        "há 2 anos",
        "1 jaar geleden",
        "Sunday at 11:40 AM",
        "Sonntag um 11:40",
        "dimanche à 11:40",
        "El domingo a las 11:40",
        "Domenica alle 11:40",
        "domingo às 11:40",
        "Zondag om 11:40",
        "4h ago",
        "2d ago",
        "Aujourd’hui à 08:12",  # (a typographic apostrophe)
        "hace 5 mes.",  # (new Reddit's short forms)
        "hace 2 sem.",
    ):
        assert RULES.dates.is_date_line(text, relative=True), text
        assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council met on Monday and the vote was close, but the bridge will stay.", "en"),
        ("Die Bibliothek ist wieder offen und die Kinder sind mit dem Bus gekommen.", "de"),
        ("Le marché couvert est rouvert et les commerçants sont dans la halle.", "fr"),
        ("El pleno aprobó el contrato y los vecinos no están de acuerdo con la planta.", "es"),
        ("Il presidente ha detto che non è possibile e gli espositori sono della valle.", "it"),
        ("Não foi uma decisão muito pensada, mas o pão ficou bom e você vai gostar.", "pt"),
        ("De gemeente heeft het besluit genomen en het is niet wat wij wilden.", "nl"),
        # "en" is Spanish and French as much as Dutch: it tells none of them apart
        ("Las sardinas se fríen en aceite, en tandas, y se dejan en la nevera en su caldo.", "es"),
        ("Il est venu en train et elle en voiture, en plein hiver, avec les enfants.", "fr"),
        # "e", "a", "da" are Italian as much as Portuguese: they tell neither apart, and
        # Portuguese still has its own
        (
            "A casa da Rita fica a dois passos da praia e a vista é linda. Fomos lá no domingo"
            " e almoçámos no terraço.",
            "pt",
        ),
        (
            "La macchina di mia nonna è tornata a casa e da casa a Pisa e da Pisa a Lucca,"
            " e a Lucca cuce di nuovo per la festa.",
            "it",
        ),
    ],
)
def test_a_documents_language_is_told_by_its_common_words(text, language):
    assert RULES.detect_language(text) == language


def test_a_word_languages_share_is_no_name_in_any_of_them():
    # "en" counts for no language once Spanish and French list it beside Dutch, and must
    # still keep "En réponse à … par NAME" from reading as someone's name
    assert {"en", "que", "the", "und"} <= RULES.not_names


# -- a site's own rules --------------------------------------------------------------------------


def test_a_sites_rules_come_before_the_built_in_tables(tmp_path: Path):
    path = tmp_path / "site.yml"
    path.write_text('comment_headers:\n  - "From {author}:"\nboilerplate:\n  - "KTV: {any}"\n')
    rules = load([str(path)])
    hit = rules.match("comment_headers", "From Ann Lee:")
    assert hit.rule.language == "site" and hit.get("author") == "Ann Lee"
    assert rules.match("boilerplate", "KTV: “Council debates bridge tolls”").rule.id == (
        "site:boilerplate:0"
    )
    assert rules.rule("site:boilerplate:0").source == "KTV: {any}"


def test_a_regular_expression_may_name_the_word_its_lines_open_with(tmp_path: Path):
    # (looked up for those lines only, as a template is by its first word: a table of
    # templates alone keeps its quick test of whether a line may hold any of them)
    path = tmp_path / "site.yml"
    path.write_text('count_headers:\n  - {regex: "(?P<n>no) notes yet", first: "no"}\n')
    rules = load([str(path)])
    assert rules.number(rules.match("count_headers", "No notes yet").get("n")) == 0
    assert rules.count_words is not None  # (the built-in "No comments yet" is keyed alike)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("coment_headers: ['{author} says:']", "unknown table 'coment_headers' (did you mean"),
        ("boilerplate: [{regex: 'x', first: 3}]", "boilerplate[0]"),
        (
            "comment_headers: ['{autor} says:']",
            "{autor} cannot be used here (did you mean {author}?",
        ),
        ("comment_headers: ['says:']", "comment_headers[0]: 'says:': needs {author}"),
        ("count_headers: ['{n} comments {n} {n}', '{author} comments']", "count_headers[1]"),
        ("boilerplate: [{regex: '(unclosed'}]", "boilerplate[0]"),
        ("bylines: [{regex: '(?P<who>.+)'}]", "group 'who' cannot be used here"),
        ("boilerplate: 'Share this:'", "boilerplate must be a list"),
        ("boilerplate: ['']", "expected a non-empty template"),
        ("months: {brumaire: 14}", "months maps month names to 1-12"),
        ("- just\n- a list", "a rules file is a mapping of tables"),
        ("boilerplate: [\n", "not valid YAML (line 2)"),
        # a placeholder inside a choice would be read as text: the entry could never match
        ("boilerplate: ['{listen|save}{ ({any})|}']", "holds words only, not {…} inside it"),
        ("boilerplate: ['{listen|save'] ", "a '{' is never closed"),
    ],
)
def test_a_bad_rules_file_is_refused_with_the_entry_and_the_reason(
    tmp_path: Path, yaml_text, message
):
    path = tmp_path / "site.yml"
    path.write_text(yaml_text)
    with pytest.raises(RulesError) as raised:
        load([str(path)])
    assert str(path) in str(raised.value)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert isinstance(raised.value, CorpusError)


def test_a_missing_rules_file_is_one_clear_error(tmp_path: Path):
    with pytest.raises(RulesError, match="No such file"):
        load([str(tmp_path / "missing.yml")])


def test_a_colon_offered_among_words_needs_no_space_before_it():
    rules = site_rules('date_lines: ["{published|posted} {on|:|} {date}"]')
    for line in ("Published: 14 May 2024", "Published : 14 May 2024", "Posted: 14 May 2024"):
        assert rules.match("date_lines", line).rule.language == "site", line
    for line in ("Published on 14 May 2024", "Published 14 May 2024"):
        assert rules.match("date_lines", line).rule.language == "site", line
    assert rules.match("date_lines", "Publishedon 14 May 2024") is None
    assert RULES.match("date_lines", "Publiziert: 14.05.2024, 17:45")
    assert RULES.match("date_lines", "Publicado: 14/05/2024")


def test_an_optional_word_carrying_its_own_space_leaves_the_one_before_it_needed():
    # "view {all |}comments": the word takes the space after it; the one before stays
    rules = site_rules('count_headers: ["{view|show} {all |}{comments|replies} ({n})"]')
    for line in ("View comments (23)", "View all comments (23)", "show comments (4)"):
        assert rules.match("count_headers", line).rule.language == "site", line
    assert rules.match("count_headers", "Viewcomments (23)") is None


def test_site_rules_given_as_text_are_read_the_same_way():
    rules = site_rules('footers: ["That’s all, folks"]')
    assert rules.match("footers", "That's all, folks").rule.language == "site"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to the Gazette's free morning briefing for the headlines",
        "Subscribe to the Harbour Weekly digest, every Friday",
        "Melden Sie sich jetzt für unseren kostenlosen Feierabend-Newsletter an",
        "Abonnieren Sie unseren Wochen-Newsletter",
        "Inscrivez-vous à notre lettre d'information du dimanche",
        "Suscríbete a nuestro boletín de los lunes",
        "Iscriviti alla newsletter del quartiere",
        "Inscreva-se na nossa newsletter das sextas",
        "Meld je aan voor de gratis nieuwsbrief van het dorpsblad",
    ],
)
def test_a_newsletter_sign_up_line_is_boilerplate_in_every_language(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Login or Subscribe to participate in polls.",
        "Melde dich an oder abonniere, um an Umfragen teilzunehmen.",
        "Du bekommst diesen Newsletter weitergeleitet?",
        "Hier abonnieren",
    ],
)
def test_beehiivs_poll_note_and_forwarding_box_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: the new footbridge",
        "Nella foto, la sala lettura della biblioteca «Ada Brunori».",
        "In foto: il sindaco al taglio del nastro",
        "En la foto, los voluntarios en la huerta del colegio",
        "Na foto, a nova ponte pedonal",
        "Op de afbeelding: het nieuwe pontje",
        "Auf dem Foto: der alte Lokschuppen",
    ],
)
def test_a_caption_may_open_by_pointing_at_the_photo(line):
    assert RULES.match("captions", line) is not None


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Yannick et 3 autres aiment ça.", True),
        ("claire_vdb aime ça.", True),
        ("Bernard_68 a répondu à ce message.", True),
        ("Il aime ça.", False),  # (a sentence)
        ("Elle a répondu à ce message.", False),
        # (the other wording, a name of several words in the list, and the scrubber's lines)
        ("Yannick_L a aimé ceci.", True),
        ("Maryvonne_K, Gwen du Trégor et 2 autres ont aimé ceci.", True),
        ("6 sur 7 messages", True),
        ("Ma grand-mère a aimé ceci.", False),
        ("Mes voisins ont aimé ceci.", False),
        ("Les enfants et les voisins ont aimé ceci.", False),
        # (the scrubber's other lines are its only beside it: "Premier message" heads a text)
        ("Premier message", False),
    ],
)
def test_flarums_likes_and_replies_line_in_french_is_chrome(line, chrome):
    assert (RULES.match("chrome", line) is not None) is chrome


@pytest.mark.parametrize(
    "prose",
    [
        "Sign up to volunteer at the repair café before the end of May.",
        "Melden Sie sich für den Lauftreff an, wir starten um acht.",
        "Inscrivez-vous à l'atelier de poterie avant jeudi.",
    ],
)
def test_signing_up_for_something_else_is_prose(prose):
    assert not is_boilerplate(prose)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("(3) Comments", 3),
        ("(0) Kommentare", 0),
        ("(2) commentaires", 2),
        ("(5) comentarios", 5),
        ("(1) commenti", 1),
        ("(0) comentários", 0),
        ("(4) reacties", 4),
    ],
)
def test_a_counter_with_the_number_in_brackets_first_is_a_count(line, count):
    assert count_header(line) == count


@pytest.mark.parametrize(
    "name",
    [
        "Wiebe Kramer (niet geverifieerd)",
        "Wiebe Kramer (nicht überprüft)",
        "Wiebe Kramer (nicht verifiziert)",
        "Wiebe Kramer (non vérifié)",
        "Wiebe Kramer (no verificado)",
        "Wiebe Kramer (non verificato)",
        "Wiebe Kramer (não verificado)",
        "Wiebe Kramer (not verified)",
    ],
)
def test_drupals_not_verified_badge_is_no_part_of_a_name_in_any_language(name):
    assert RULES.clean_author(name) == "Wiebe Kramer"


def test_a_lists_mark_before_a_name_is_no_part_of_it():
    # (a thread copied as a nested list: "* Joost Hendriks schreef:", "   * Ellen …")
    assert RULES.clean_author("* Joost Hendriks") == "Joost Hendriks"
    assert RULES.clean_author("*Stella*") == "*Stella*"


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Chiara BellandiAutore", "Chiara Bellandi"),  # a Substack copy runs the badge in
        ("Jane DoeAuthor", "Jane Doe"),
        ("pinecone_loafOP", "pinecone_loaf"),
        ("breadheadOP", "breadhead"),
        ("Kalle_K.Abo+", "Kalle_K."),  # a subscriber's badge, after anything
        ("Rui MacedoASSINANTE", "Rui Macedo"),  # a news site's label, in capitals
        ("Tiago MeirelesJornalista", "Tiago Meireles"),  # a writer's role run in
        ("Citizen Journalist", "Citizen Journalist"),  # a role after a space: the name's own
        ("Joana Belchior (jornalista)", "Joana Belchior"),  # ... in brackets: a badge
        # a name whose own capitals end in a badge's word is left whole
        ("AutoModerator", "AutoModerator"),
        ("SeanMcAdmin", "SeanMcAdmin"),
    ],
)
def test_a_badge_run_into_a_name_is_taken_off(shown, name):
    assert RULES.clean_author(shown) == name


def test_a_name_with_its_place_in_brackets_is_no_handle_with_a_display_name():
    assert RULES.clean_author("Ralf (Bad Weilbrunn)") == "Ralf (Bad Weilbrunn)"
    assert RULES.clean_author("dgrayling (Dana Grayling)") == "dgrayling"  # Discourse's handle


@pytest.mark.parametrize("name", ["La rédaction", "La redazione", "Die Redaktion", "De redactie"])
def test_a_newsroom_s_name_is_no_article_with_a_badge(name):
    assert RULES.clean_author(name) == name


@pytest.mark.parametrize("name", ["Ex abbonato", "Ex Mod"])
def test_a_name_that_a_badge_would_leave_two_letters_of_stays_whole(name):
    assert RULES.clean_author(name) == name


@pytest.mark.parametrize(
    "line",
    [
        "The Lighthouse Letter is a reader-supported publication. To receive new posts and"
        " support my work, consider becoming a free or paid subscriber.",
        "Il Fondo del Bicchiere è una pubblicazione sostenuta dai lettori. Per ricevere i nuovi"
        " post, considera di diventare un abbonato.",
        "Grazie per aver letto Il Fondo del Bicchiere! Iscriviti gratuitamente per ricevere i"
        " nuovi post.",
        "¡Gracias por leer La Alacena! Suscríbete gratis para recibir nuevas publicaciones.",
        "Obrigado por ler O Quintal! Inscreva-se gratuitamente para receber novos posts.",
        "Les Carnets de traduction est une lettre gratuite. Pour recevoir les prochains"
        " billets, abonnez-vous.",
        "La Alacena es una publicación financiada por sus lectores. Para recibir nuevas"
        " publicaciones y apoyar mi trabajo, suscríbete.",
    ],
)
def test_a_newsletters_pitch_to_its_readers_is_boilerplate(line):
    assert is_boilerplate(line)


def _chrome(line: str) -> bool:
    return RULES.match("chrome", line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "12 • Reply • Share ›",
        "4 • Antworten • Teilen ›",
        "9 • Répondre • Partager ›",
        "1 • Responder • Compartir ›",
        "6 • Rispondi • Condividi ›",
        "3 • Responder • Compartilhar ›",
        "8 • Beantwoorden • Delen ›",
        "2 · Reply",
    ],
)
def test_a_disqus_action_row_after_a_vote_count_is_chrome_in_every_language(line):
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share ›",
        "Teilen ›",
        "Partager ›",
        "Compartir ›",
        "Condividi ›",
        "Compartilhar ›",
        "Delen ›",
    ],
)
def test_a_disqus_share_button_on_a_line_of_its_own_is_chrome_in_every_language(line):
    # a copy whose buttons stand a line each ("•" / "Responder" / "•" / "Compartir ›"): taken
    # for a name, the button had become every reply's author
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "View Forum Posts",
        "Profil ansehen",
        "Beiträge im Forum anzeigen",
        "Voir les messages du forum",
        "Ver mensagens do fórum",
        "Bekijk forumberichten",
        "Ligação permanente",  # Drupal's link to a comment (pt-PT)
    ],
)
def test_a_posters_menu_and_a_comments_link_are_chrome_in_every_language(line):
    assert _chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "permalink * save * report * reply",
        "permalien * intégrer * sauvegarder * parent * signaler * répondre",
        "permalink * einbetten * speichern * melden * antworten",
        "enlace permanente * insertar * guardar * padre * denunciar * responder",
        "permalink * incorpora * salva * segnala * rispondi",
        "link permanente * incorporar * salvar * denunciar * responder",
        "permalink * insluiten * opslaan * ouder * rapporteren * antwoorden",
        "* permalien",
        "* sauvegarder",
        "• ouder",
        "* incorpora",
    ],
)
def test_an_old_reddit_action_row_is_chrome_starred_or_one_bullet_a_line(line):
    assert _chrome(line)


@pytest.mark.parametrize(
    "prose",
    [
        "7 • the minutes say the vote was close",
        "3 · Reply to the consultation by Friday",
        "* Save the date: the fair is on 4 May",
        "* Reply slips go to the parish office",
        "* Partager les frais entre voisins, c'est l'idée.",
    ],
)
def test_prose_that_starts_like_an_action_row_is_not_chrome(prose):
    assert not _chrome(prose)


@pytest.mark.parametrize(
    "line",
    [
        "· edited 3 yr. ago",
        "· bearbeitet vor 2 Jahren",
        "· modifié il y a 5 mois",
        "· editado hace 2 años",
        "· modificato 2 anni fa",
        "· bewerkt 2 jaar geleden",
        "· Stickied comment",
        "· Commentaire épinglé",
        "· Angehefteter Kommentar",
        "· Comentario fijado",
        "· Vastgezette reactie",
    ],
)
def test_a_reddit_headers_dotted_edit_and_sticky_lines_are_header_lines(line):
    assert RULES.match("header_lines", line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed this story? Get the Thursday briefing in your inbox.",
        "Hat Ihnen dieser Beitrag gefallen? Dann empfehlen Sie uns weiter.",
        "Cet article vous a plu ? Recevez notre lettre chaque lundi.",
        "¿Te ha gustado esta noticia? Apúntate al boletín semanal.",
        "¿Te ha gustado? Suscríbete al boletín de Filo y Tajo.",
        "Ti è piaciuto l'articolo? Ricevi le novità ogni settimana.",
        "Gostou desta reportagem? Receba o boletim no seu e-mail.",
        "Vond je dit artikel interessant? Meld je aan voor de nieuwsbrief.",
        "Support independent journalism.",
        "Unterstützen Sie unabhängigen Journalismus.",
        "Soutenez le journalisme local !",
        "Apoya el periodismo local.",
        "Sostieni il giornalismo indipendente.",
        "Apoie o jornalismo independente.",
        "Steun lokale journalistiek.",
        "Donate now →",
        "Jetzt spenden →",
        "Faire un don ›",
        "Doneer nu",
        "Our reporters work for you, not for shareholders. Become a member →",
        "Condividi: Facebook · WhatsApp · Telegram",
        "Compartir: Facebook · X · WhatsApp",
        "Partilhe: Facebook · Telegram",
        "Delen: Facebook · LinkedIn",
        "Teile diesen Artikel:",
        "Partilhe este artigo",
    ],
)
def test_calls_to_subscribe_donate_or_share_that_close_an_article_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "prose",
    [
        "Readers who enjoyed this story wrote to the editor in their dozens.",
        "The mayor said the town should support independent shops before chains.",
        "Residents can donate books at the library until Friday.",
        "She asked whether we liked this article's tone; most of us did not.",
        "Il sindaco ha detto che gli è piaciuto questo articolo del regolamento.",
        "Wie wil doneren, kan dat bij de kerk doen.",
    ],
)
def test_prose_about_liking_supporting_or_donating_is_not_boilerplate(prose):
    assert not is_boilerplate(prose)


@pytest.mark.parametrize(
    ("language", "line", "author"),
    [
        ("en", "submitted 3 years ago by parsnip_fan", "parsnip_fan"),
        ("fr", "soumis il y a 3 ans par pain_perdu", "pain_perdu"),
        ("de", "eingereicht vor 3 Jahren von radelnder_ole", "radelnder_ole"),
        ("es", "enviado hace 2 años por la_huerta", "la_huerta"),
        ("it", "inviato 2 anni fa da pesto_genovese", "pesto_genovese"),
        ("pt", "enviado há 2 anos por ze_ciclista", "ze_ciclista"),
        ("nl", "ingediend 2 jaar geleden door fietser_72", "fietser_72"),
        ("it", "12 aprile 2024 · di Carla Benni · 4 min di lettura", "Carla Benni"),
        ("de", "12. April 2024 | von Jonas Reh | 4 Min. Lesezeit", "Jonas Reh"),
        # Drupal's node meta
        ("fr", "Soumis par Anne Roux le mar, 12/03/2024 - 09:30", "Anne Roux"),
        ("nl", "Ingediend door Wim Hoogendoorn op di, 12/03/2024 - 09:30", "Wim Hoogendoorn"),
    ],
)
def test_thread_submitters_and_meta_rows_are_bylines_in_every_language(language, line, author):
    hit = RULES.match("bylines", line, frozenset({language, "common"}))
    assert hit is not None and hit.get("author") == author


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("all 14 comments", 14),
        ("tous les 23 commentaires", 23),
        ("alle 8 Kommentare", 8),
        ("todos los 5 comentarios", 5),
        ("tutti i 31 commenti", 31),
        ("todos os 9 comentários", 9),
        ("alle 12 reacties", 12),
    ],
)
def test_an_old_reddit_count_line_gives_the_number(line, count):
    assert count_header(line) == count


@pytest.mark.parametrize(
    ("line", "site"),
    [("r/gardening comments", "r/gardening"), ("r/france  commentaires", "r/france")],
)
def test_old_reddits_bar_names_the_subreddit_whatever_the_tabs_language(line, site):
    hit = RULES.match("sites", line)
    assert hit is not None and hit.get("site") == site


def test_a_sentence_that_starts_with_a_subreddit_is_no_site_bar():
    assert RULES.match("sites", "r/gardening is where I asked first") is None


@pytest.mark.parametrize(
    "line",
    [
        "Mit Zitat antworten",
        "Répondre avec citation",
        "Responder citando",
        "Rispondi citando",
        "Responder com citação",
        "Reageer met quote",
        "Omhoog",
        "Plaats reactie",
        "Zum Seitenanfang",
        "Volver arriba",
        "Wanderfalke ist offline\tMit Zitat antworten",
        "kiwi_rider is online   Reply with quote",
        "fietsvriend est hors ligne Citer",
    ],
)
def test_a_forum_posts_buttons_and_presence_row_are_chrome_in_every_language(line):
    assert _chrome(line)


@pytest.mark.parametrize(
    "prose",
    [
        "Omhoog staand lood is vrijwel altijd de boosdoener.",
        "The server is offline",
        "Der Server ist offline, sagt der Hausmeister.",
        "Mit Zitat antworten ist hier leider nicht möglich, schreib einfach so.",
    ],
)
def test_prose_about_being_offline_or_going_up_is_not_chrome(prose):
    assert not _chrome(prose)


@pytest.mark.parametrize(
    ("language", "line", "author"),
    [
        ("pt", "3 de maio de 2022 · Rita Sampaio · Eventos", "Rita Sampaio"),
        ("en", "May 3, 2022 · Owen Pryce · Allotments", "Owen Pryce"),
        ("de", "3. Mai 2022 | Uta Kerner | Verein", "Uta Kerner"),
    ],
)
def test_a_date_first_byline_ends_its_name_before_the_category(language, line, author):
    hit = RULES.match("bylines", line, frozenset({language, "common"}))
    assert hit is not None and hit.get("author") == author


# -- WordPress.com, Discourse, Hacker News, new Reddit, Disqus, Blogger -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "Click to share on Facebook (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Like this:",
        "This entry was posted in News and tagged bridge.",
        "Klick zum Teilen auf Facebook (Wird in neuem Fenster geöffnet)",
        "Gefällt mir:",
        "Ähnliche Beiträge",
        "Dieser Eintrag wurde veröffentlicht in Allgemein.",
        "In „Garten“",
        "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",
        "Articles similaires",
        "Dans « Jardin »",
        "Comparte esto:",
        "Haz clic para compartir en Facebook (Se abre en una ventana nueva)",
        "Me gusta esto:",
        "En «Huerto»",
        "Fai clic per condividere su Facebook (Si apre in una nuova finestra)",
        "Mi piace:",
        "Correlati",
        'In "Orto"',
        "Klik om te delen op Facebook (Wordt in een nieuw venster geopend)",
        "Vind ik leuk:",
        "Gerelateerd",
        "Compartilhe isso:",
        "Clique para compartilhar no Facebook(abre em nova janela)",
        "Curtir isso:",
        'Em "Horta"',
        "← Flood clear-up weekend",
        "Harvest supper at the hall →",
    ],
)
def test_wordpress_com_share_like_related_and_filing_lines_are_boilerplate_in_every_language(
    line,
):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Solved by crumbmaster in post #4",
        "Show post",
        "created",
        "last reply",
        "views",
        "Gelöst von elbkiesel in Beitrag #3",
        "Beitrag anzeigen",
        "Aufrufe",
        "Résolu par lucie dans le message #2",
        "Afficher le message",
        "Resuelto por pepa en el post #5",
        "Mostrar publicación",
        "Risolto da elena in post #4",
        "Mostra post",
        "visualizzazioni",
        "Resolvido por zeca no post #2",
        "Opgelost door kees in bericht #6",
        "Bericht weergeven",
        "weergaven",
    ],
)
def test_discourses_accepted_answer_link_and_topic_map_labels_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Solution"),
        ("en", "Accepted answer"),
        ("de", "Lösung"),
        ("fr", "Réponse acceptée"),
        ("es", "Solución"),
        ("it", "Soluzione"),
        ("pt", "Solução"),
        ("nl", "Oplossing"),
    ],
)
def test_discourses_solution_badge_is_chrome_in_every_language(language, line):
    assert RULES.match("chrome", line, frozenset({language, "common"})) is not None


@pytest.mark.parametrize("line", ["▲", "▼", "▲ 12", "▲12", "△ ▽ • Reply • Share ›"])
def test_a_vote_arrow_alone_or_with_a_count_is_chrome(line):
    assert _chrome(line)


def test_a_link_aggregators_title_row_is_its_title_not_a_vote_arrow():
    line = "▲ Show HN: A tide table for every harbour (tides.example.org)"
    assert not _chrome(line)
    hit = RULES.match("titles", line)
    assert hit is not None and hit.get("title") == "Show HN: A tide table for every harbour"


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("▲ mossbank on March 9, 2023 | parent | next [–]", "mossbank", "2023-03-09"),
        ("▲ quayside on March 10, 2023 | prev [–]", "quayside", "2023-03-10"),
        ("mossbank on March 9, 2023 [–]", "mossbank", "2023-03-09"),
        ("Everywhereist Reply:", "Everywhereist", None),
    ],
)
def test_hacker_news_and_threaded_reply_headers_name_the_author(line, author, date):
    hit = RULES.match("comment_headers", line)
    assert hit is not None and hit.get("author") == author
    assert (parse_date(hit.get("date")) if hit.get("date") else None) == date


def test_a_points_byline_with_on_before_its_date_names_the_submitter_without_it():
    hit = RULES.match(
        "bylines", "188 points by wrenfield on March 9, 2023 | hide | past | 41 comments"
    )
    assert hit is not None and hit.get("author") == "wrenfield"


@pytest.mark.parametrize("name", ["u/comb_carver", "/u/comb_carver"])
def test_a_reddit_users_prefix_is_no_part_of_the_name(name):
    assert RULES.clean_author(name) == "comb_carver"


@pytest.mark.parametrize("line", ["this", "This", "more", "link", "via"])
def test_a_line_of_only_words_that_name_no_button_is_no_share_row(line):
    assert not RULES.share_line(line)


def test_a_share_row_with_a_button_word_is_still_a_share_row():
    assert RULES.share_line("Share this")
    assert RULES.share_line("Share on Facebook")


@pytest.mark.parametrize(
    "line", ["More posts you may like", "More threads like this:", "More stories to read"]
)
def test_more_posts_you_may_like_opens_a_related_list(line):
    assert RULES.match("related", line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Readers queue outside the library in October 2022. | ARCHIVES THE VALLEY POST",
        "Die Talstation im Winter | Archiv",
        "The lower lock before the repairs (Photo: archive)",
        "La stazione a valle d'inverno (Foto archivio)",
        "La stazione di Roccanera nel 1958 (archivio privato famiglia Dolci)",
        "De haven in 1931 (Archief Eemland)",
        "La plaza Mayor de Valdemora, en una imagen de archivo. | J. R. Peña",
    ],
)
def test_a_caption_closed_by_its_credit_is_a_caption(line):
    assert RULES.match("captions", line) is not None


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Published 3 May 2024 Updated 4 May 2024"),
        ("de", "Veröffentlicht am 3. Mai 2024 Aktualisiert am 4. Mai 2024"),
        ("fr", "Publié le 3 mai 2024 Mis à jour le 4 mai 2024"),
        ("es", "Publicado el 3 de mayo de 2024 Actualizado el 4 de mayo de 2024"),
        ("it", "Pubblicato il 3 maggio 2024 Aggiornato il 4 maggio 2024"),
        ("pt", "Publicado em 3 de maio de 2024 Atualizado em 4 de maio de 2024"),
        ("nl", "Gepubliceerd op 3 mei 2024 Bijgewerkt op 4 mei 2024"),
    ],
)
def test_published_and_updated_on_one_line_give_the_date_first_published(language, line):
    hit = RULES.match("date_lines", line, frozenset({language, "common"}))
    assert hit is not None and parse_date(hit.get("date")) == "2024-05-03"


@pytest.mark.parametrize(
    "line", ["•", "·", "• edited", "• bearbeitet", "• modifié", "• editado", "• bewerkt"]
)
def test_a_disqus_headers_separator_or_edit_mark_on_its_own_line_is_a_header_line(line):
    assert RULES.match("header_lines", line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Search Reddit",
        "Search this forum",
        "6 min read",
        "Reading time: 4 min",
        "5 Min. Lesezeit",
        "6 min de lecture",
        "4 minuti di lettura",
        "Create Blog",
        "Crear blog",
        "Acceder",
        "Salta al contenuto principale",
        "Saltar al contenido principal",
        "Pular para o conteúdo principal",
        "Naar hoofdinhoud",
        "Artikel anhören",
        "Écouter l'article",
        "Escuchar noticia",
    ],
)
def test_search_boxes_reading_times_navbars_and_listen_buttons_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "prose", ["Search the archive for older stories before you write in.", "Read this first."]
)
def test_prose_about_searching_or_reading_is_not_boilerplate(prose):
    assert not is_boilerplate(prose)


def test_the_platforms_own_buttons_footers_and_share_rows_are_furniture():
    """bench/data/readers/ui-strings.jsonl: what WordPress, Blogger, Disqus, Discourse, phpBB,
    XenForo, Reddit, Medium … print around comments, in seven languages, as a helper listed it."""
    table = RULES
    path = Path(__file__).parent.parent / "bench" / "data" / "readers" / "ui-strings.jsonl"
    missed = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text, kind = record["text"].strip(), record["kind"]
        if kind in ("button", "footer"):
            # (or a taken-down comment's placeholder, which stands in its place: "removed")
            tables = ("chrome", "boilerplate", "footers", "removed")
            found = any(table.match(c, text) for c in tables)
        elif kind == "share":
            found = table.share_line(text) or table.match("boilerplate", text) is not None
        else:
            continue
        if not found:
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize(
    "line",
    [
        "Aggiornato alle 11:15",
        "Riproduzione audio 4 min",
        "Updated 14:02",
        "Aktualisiert am 12.03.2024, 10:15 Uhr",
        "Listen to this article",
        "341 upvotes",
    ],
)
def test_an_update_time_and_an_audio_player_over_an_article_are_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "permalinksavereportreply",
        "permalinkembedsaveparentreportreply",
        "enlace permanenteguardarpadredenunciarresponder",
        "compartirguardarocultardenunciar",
        "permalinkspeichernmeldenantworten",
        "Reply Share",
        # a row with its counts and separators, in any language
        "Curtir (23) · Responder · Denunciar",
        "Beantwoorden · 👍 12",
        "Rispondi · Mi piace (4)",
        "Répondre · J’aime (3)",
        # a reaction's button and its count among them (a German news site's phone copy)
        "AntwortenTeilenRespekt 2Melden",
    ],
)
def test_a_comments_buttons_glued_into_one_word_are_a_button_row(line):
    assert RULES.glued_buttons(line) and is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Save the date",
        "Hide and seek",
        "Reply",
        "sharesharesharex",
        "facebooktwitter",
        "Like, share!",
        "I like it (2)",
        "👍",
    ],
)
def test_words_that_only_look_like_buttons_are_no_button_row(line):
    assert not RULES.glued_buttons(line)


@pytest.mark.parametrize(
    "line",
    [
        "Last edited: 9 Nov 2023",
        "Last edited by Ray Pellow on Wed May 15, 2024 8:10 am, edited 1 time in total.",
        "Laatst bijgewerkt door Gerrit76 op za 17 feb 2024, 09:12",
        "Zuletzt bearbeitet von kai_r am 3. März 2024",
        # phpBB's own wording in each language
        "Zuletzt geändert von kai_r am Sa 6. Jan 2024, 15:10, insgesamt 1-mal geändert.",
        "Laatst gewijzigd door Henk_vd_Berg op zo 7 jan 2024, 09:40, 1 keer totaal gewijzigd.",
        "Dernière édition par Yvon le sam. 6 janv. 2024 15:10, édité 1 fois.",
        "Última edición por Paco el Sáb Ene 06, 2024 3:10 pm, editado 1 vez en total.",
        "Ultima modifica di Gino il sab 6 gen 2024, 15:10, modificato 1 volta in totale.",
        "Editado pela última vez por Rui em Sáb Jan 06, 2024 3:10 pm, em um total de 1 vez.",
    ],
)
def test_a_posts_edit_note_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kommentare sind für diesen Artikel deaktiviert.",
        "Comments are disabled for this article.",
        "Accedi o registrati per inviare commenti",
        "Melden Sie sich an oder registrieren Sie sich, um Kommentare zu schreiben",
        "Connectez-vous ou inscrivez-vous pour publier un commentaire",
        "Inicie sesión o regístrese para enviar comentarios",
        "Entre ou registre-se para enviar comentários",
        "Log in of registreer om te reageren",
    ],
)
def test_a_note_that_comments_are_off_or_need_an_account_is_boilerplate(line):
    assert is_boilerplate(line)


def test_a_share_row_with_its_label_before_a_colon_is_a_share_row():
    assert RULES.share_line("Share this post: Twitter Facebook Reddit Email")
    assert not RULES.share_line("Share this: the bridge reopens on Monday")


@pytest.mark.parametrize(
    "line", ["The revised night network map. Click to enlarge.", "La mappa. Clicca per ingrandire"]
)
def test_a_caption_that_asks_for_a_click_is_a_caption(line):
    assert RULES.match("captions", line) is not None


@pytest.mark.parametrize(
    "line", ["Recommend (14)", "Empfehlen (31)", "Voto positivo", "Voto negativo"]
)
def test_a_comments_vote_buttons_are_chrome(line):
    assert RULES.match("chrome", line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "412 keer gelezen",
        "Read 87 times",
        "lu 12 fois",
        "Inloggen of registreren om te reageren",
        "Log in or register to post comments",
        "Votar a favor",
        "Voter contre",
    ],
)
def test_a_pages_read_counter_sign_in_line_and_vote_buttons_are_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("label", ["Unirme al canal", "Jetzt anmelden", "Subscribe"])
def test_a_newsletter_or_channel_boxs_button_is_a_sign_up_call(label):
    assert RULES.signup_call(label)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Gepost door Wim de Ruyter op 14:32", "Wim de Ruyter"),
        ("Geplaatst door Henk-Jan Bosma om 21:14", "Henk-Jan Bosma"),
        ("Écrit par Solène Marchetti", "Solène Marchetti"),
    ],
)
def test_a_trailer_under_the_post_names_its_author(line, author):
    hit = RULES.match("post_trailers", line)
    assert hit is not None and hit.get("author") == author


def test_a_colon_a_template_may_leave_out_leaves_the_space_needed():
    # "di{:|} {author}": "di: NAME" and "di NAME", never "Di" + "ario" of a tagline's word
    assert RULES.match("bylines", "Diario di un restauro, una macina alla volta") is None
    assert RULES.match("bylines", "di: Mario Rossi").get("author") == "Mario Rossi"
    assert RULES.match("bylines", "di Mario Rossi").get("author") == "Mario Rossi"


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Última edición hace 9 meses por Marta_Z", "boilerplate"),  # wpDiscuz, es
        ("Última edição há 2 meses por Rui", "boilerplate"),
        ("Zum Vergrößern anklicken....", "quote_headers"),  # XenForo, four dots
        ("Ähnliche Fragen", "related"),  # a Q&A page's list under its question
    ],
)
def test_an_edit_note_with_its_age_a_quotations_fold_and_similar_questions(line, category):
    assert RULES.match(category, line) is not None


def test_a_badge_in_brackets_after_a_name_is_no_part_of_it():
    assert RULES.clean_author("marguerite_k [OP]") == "marguerite_k"


def test_a_taken_down_comments_stub_with_a_word_on_the_rules_after_it_is_no_comment():
    from corpus.readers.rules import removed_text

    assert removed_text("Dieser Kommentar wurde von der Moderation entfernt.")
    assert removed_text(
        "Dieser Beitrag wurde von der Redaktion gelöscht. Bitte halten Sie sich an die Regeln."
    )
    assert not removed_text("Dieser Kommentar wurde von mir geschrieben. Bitte lesen.")
    # or why it was taken down
    assert removed_text(
        "Dieser Kommentar wurde von der Redaktion entfernt, weil er gegen unsere Netiquette "
        "verstößt."
    )
    assert removed_text(
        "Dieser Kommentar wurde wegen eines Verstoßes gegen unsere Netiquette entfernt."
    )
    assert removed_text("This comment was removed by the editors because it broke our rules.")
    assert not removed_text("This comment was written by me because nobody else would.")
    # or signed by whoever took it down
    assert removed_text(
        "Dieser Kommentar wurde wegen eines Verstoßes gegen unsere Netiquette entfernt. Die Redaktion"
    )
    assert removed_text("This comment was removed for breaking our house rules. The Editors")
    assert not removed_text("This comment was written for the school paper. The editors loved it.")


def test_a_pages_print_link_is_furniture_in_either_dutch_spelling():
    from corpus.readers.rules import is_boilerplate

    assert is_boilerplate("Printervriendelijke versie")
    assert is_boilerplate("Printvriendelijke versie")


def test_an_audio_players_labels_are_furniture_and_a_sentence_that_opens_with_listen_is_not():
    from corpus.readers.rules import is_boilerplate

    for label in ("Listen to this article", "Listen to this article (4 min)", "Listen 06:12"):
        assert is_boilerplate(label), label
    assert not is_boilerplate("listen more when it's a group and not one person.")


def test_a_papers_call_to_follow_it_on_whatsapp_is_furniture_in_italian_too():
    from corpus.readers.rules import is_boilerplate

    assert is_boilerplate(
        "Ricevi le notizie di Castelvecchio su WhatsApp: iscriviti al canale del Corriere"
    )


def test_new_reddits_search_box_and_app_button_are_furniture():
    from corpus.readers.rules import is_boilerplate

    assert is_boilerplate("Search in r/allotmentlife")
    assert is_boilerplate("Get app")


def test_a_papers_call_to_subscribe_with_its_price_is_furniture_in_each_language():
    from corpus.readers.rules import is_boilerplate

    for line in (
        "Assine o Farol do Oeste por 1,99€/mês e tenha acesso a todos os conteúdos.",
        "Subscribe to the Courier for £1.99/month and read everything.",
        "Abonnez-vous au Courrier pour 1 €/mois et accédez à tous nos articles.",
        "Suscríbete a El Faro por 1,99 €/mes y accede a todo.",
        "Abbonati al Corriere a 1,99 €/mese e leggi tutto.",
        "Abonnieren Sie das Tagblatt für 1,99 €/Monat und lesen Sie alles.",
        "Neem een abonnement op De Rivierenbode voor € 1,99/maand.",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Subscribe to the idea that a town needs its own paper.")


def test_a_sentence_that_only_looks_like_furniture_stays_text():
    # (the newsletter pitch, the taken-down stub and the vote count each need their own
    # words, not a verb or a noun a comment may open or close with)
    from corpus.readers.rules import is_boilerplate, removed_text

    for sentence in (
        "This deserves more upvotes",
        "Krijg je elke dag dezelfde vraag van klanten?",
        "Bekomme jeden Tag Spam-Anrufe von denen.",
        "Recevoir des appels tous les jours, c'est pénible.",
        "Ricevere telefonate ogni giorno non è divertente.",
        "Install",
        "Display",
    ):
        assert not is_boilerplate(sentence), sentence
    assert not removed_text(
        "This post was deleted by the council as soon as people started asking questions."
    )


def test_a_sentence_that_opens_as_a_policy_or_a_video_title_stays_text():
    from corpus.readers.rules import is_boilerplate

    for sentence in (
        "Watch the replay again, he clearly goes down before any contact (2:15)",
        "Watch the match live on BBC One from kick-off at Wembley (15:00)",
    ):
        assert not is_boilerplate(sentence), sentence
    assert (
        RULES.match(
            "footers",
            "Kommentare werden moderiert, sobald Nutzer sie melden, und innerhalb von 24 Stunden "
            "entfernt, sagt die Plattform.",
        )
        is None
    )


@pytest.mark.parametrize("line", ["Skip to secondary content", "Criar blogue"])
def test_a_themes_skip_link_and_bloggers_bar_in_portuguese_are_furniture(line):
    assert is_boilerplate(line)


def test_twenty_tens_entry_footer_gives_the_author_and_the_date():
    hit = RULES.match(
        "post_trailers",
        "This entry was written by Margaret Hollis, posted on 14 March 2024 at 8:02 am, filed"
        " under Allotment diary. Bookmark the permalink.",
    )
    assert hit is not None and hit.get("author") == "Margaret Hollis"


def test_a_badge_run_into_a_name_parts_it_from_the_name_it_answers():
    assert RULES.badge_between("Redazione Gazzetta di ValmarenaMod Luca Serra") == (
        "Redazione Gazzetta di Valmarena",
        "Luca Serra",
    )
    assert RULES.badge_between("Anna Maria Rossi") is None


def test_a_german_skip_link_in_the_imperative_is_furniture():
    assert is_boilerplate("Springe zum Hauptinhalt")


@pytest.mark.parametrize(
    ("text", "line", "buttons"),
    [
        ("Like · Reply · 7", None, True),
        ("Gefällt mir", "Gefällt mir · Antworten · 7 · 3 T.", True),
        ("J'aime", "J'aime · Répondre · 2 · 3 j", True),
        ("Jaime", "Jaime · Répondre · 2 · 3 j", False),  # the button has its apostrophe
        ("Salva", "Salva dijo...", False),  # Italian's "Save", a Spanish name here
        ("Marisa", None, False),
    ],
)
def test_a_row_of_buttons_is_told_from_a_name(text, line, buttons):
    assert RULES.buttons_only(text, line) is buttons


def test_a_comment_header_names_a_commenter_whose_name_spells_a_button_without_its_apostrophe():
    hit = RULES.match("comment_headers", "Jaime dice:")
    assert hit is not None and hit.get("author") == "Jaime"


@pytest.mark.parametrize(
    "line", ["ver mais", "Ver más", "Mostra altro", "Segnala abuso", "Voir plus", "Mehr anzeigen"]
)
def test_a_long_comments_toggle_and_report_link_are_chrome(line):
    assert RULES.match("chrome", line) is not None


def test_share_buttons_run_together_are_a_share_row_and_a_word_that_merely_starts_so_is_not():
    rules = default()
    assert rules.glued_shares("WhatsAppFacebookXTelegram")
    assert rules.glued_shares("LinkedInFacebookEmail")
    assert not rules.glued_shares("Telegraph")
    assert not rules.glued_shares("Facebookpost")


def test_a_spanish_byline_with_el_before_its_date_names_the_writer_alone():
    hits = RULES.matches(
        "bylines", RULES.probe("Publicado por Rodrigo Anaya el 14 mayo, 2024 · 12 Comentarios")
    )
    assert ("Rodrigo Anaya", "14 mayo, 2024") in [(h.get("author"), h.get("date")) for h in hits]


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("JJean-Pierre31", "Jean-Pierre31"),  # an avatar's letter run into the name
        ("LLolo_47", "Lolo_47"),
        ("Marie-Claude B.Abonnée", "Marie-Claude B."),  # a badge run into an initial
        ("Llywelyn Jones", "Llywelyn Jones"),
    ],
)
def test_what_a_phone_copy_runs_into_a_name_comes_off(shown, name):
    assert RULES.clean_author(shown) == name


def test_a_comment_removed_for_the_communitys_rules_is_a_removal_note_in_portuguese():
    assert RULES.match("removed", "Comentário removido por violar as regras da comunidade.")


def test_a_french_published_and_updated_line_with_a_comma_is_a_date_line():
    line = "Publié le 22/06/2024 à 19:40, mis à jour le 23/06/2024 à 08:15"
    assert RULES.match("date_lines", line) is not None


def test_a_name_ending_in_a_role_word_stays_whole_and_a_name_in_bold_loses_its_marks():
    # (a role comes off only where the name before it is the article's writer's: the text
    # reader's ``writer_roles``)
    assert RULES.clean_author("Retired Crime Reporter") == "Retired Crime Reporter"
    assert RULES.clean_author("Our Political Editor") == "Our Political Editor"
    assert RULES.clean_author("**Dennis Hocking**") == "Dennis Hocking"


@pytest.mark.parametrize(
    "line",
    [
        "Soumettre un commentaire",
        "Enjoyed this? Get new posts by email.",
        "Resultaten 1 tot 9 van 9",
        "Je mag geen bijlagen toevoegen",
        "Questa discussione ha una soluzione di GianniF",
        "Meer over: Erfgoed, Waterschap, Natuur",
    ],
)
def test_a_forums_and_a_blogs_furniture_in_several_languages_is_boilerplate(line):
    assert RULES.match("boilerplate", line) is not None


def test_data_registrazione_is_a_profile_label():
    assert "data registrazione" in RULES.profile_labels


@pytest.mark.parametrize(
    "line",
    [
        "Te puede interesar: El autobús de la comarca suma una segunda ruta por el valle alto",
        "Lees ook: De bibliotheekbus rijdt vanaf april ook op zaterdag door de dorpen",
    ],
)
def test_a_long_read_also_line_is_asked_of_the_related_table_as_prose_is(line):
    # (a sentence's length: only entries keyed by its first word are asked of it, and the
    # table's "{read also|see also}{:| \\|} {any}" is keyed though its words run into a mark)
    probe = RULES.probe(line)
    assert RULES.may_match(("related",), probe, prose=True)
    assert RULES.match("related", line) is not None


@pytest.mark.parametrize("line", ["Reply to This", "By Post Author"])
def test_a_comments_own_buttons_and_badges_under_its_text_are_chrome(line):
    # Slashdot's reply link; Twenty Twenty's badge under the post author's own comment
    assert RULES.match("chrome", line) is not None


def test_a_moderators_removal_with_its_reason_a_dated_update_and_a_share_label_are_read():
    it = frozenset({"it", "common"})
    removed = "Commento rimosso dalla redazione perché in violazione della netiquette."
    assert RULES.match("removed", removed, it) is not None
    assert RULES.match("date_lines", "Atualizado em: 15 de março de 2024") is not None
    assert RULES.share_line("Compartilhe em")


def test_a_newsletters_menu_word_for_its_posts_is_navigation():
    # beehiiv's German menu: "Beiträge" / "Abonnieren" / "Anmelden" (no writer's name over
    # a Follow button)
    assert RULES.match("navigation", "Beiträge", frozenset({"de", "common"})) is not None


def test_a_bbpress_revision_log_in_dutch_and_mh_magazines_author_box_heading():
    nl = frozenset({"nl", "common"})
    log = "Dit antwoord is gewijzigd 1 jaar, 8 maanden geleden door Kees."
    assert RULES.match("boilerplate", log, nl) is not None
    hit = RULES.match("author_bios", "Informazioni su Giorgia Fanti (312 Articoli)")
    assert hit is not None and hit.get("author") == "Giorgia Fanti"


def test_substacks_line_over_the_replies_it_shows_gives_their_number_in_portuguese():
    hit = RULES.match("reply_toggles", "1 resposta de Helena Vaz")
    assert hit is not None and hit.get("n") == "1"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Lo último: El Real Calatayud remonta | Cortes en la A-2 por obras", True),
        ("Latest: Lido to stay shut all summer | Bus station toilets to reopen", True),
        ("Eilmeldung: Brücke gesperrt | Stau auf der B27", True),
        ("Dernière minute : la piscine ferme | Travaux sur la D12", True),
        ("Ultim'ora: chiusa la passerella | Lavori in via Roma", True),
        ("Última hora: ponte fechada | Obras na marginal", True),
        ("Laatste nieuws: pont uit de vaart | Werk aan de N302", True),
        # a sentence with a label of its own: no ticker
        ("Latest figures: 14,000 swimmers a season, the council says.", False),
    ],
)
def test_a_news_tickers_label_over_headlines_a_bar_apart_is_furniture(line, furniture):
    assert (RULES.match("boilerplate", line) is not None) is furniture


@pytest.mark.parametrize("line", ["Add new comment", "Neuen Kommentar hinzufügen"])
def test_drupals_link_and_heading_over_its_comment_form_are_furniture(line):
    assert RULES.match("boilerplate", line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Vous recevez cette lettre parce que vous vous êtes inscrit·e à la liste du verger "
        "partagé de Saint-Amand. Pour ne plus la recevoir, utilisez le lien de désinscription "
        "en bas de l'e-mail.",
        "You are receiving this email because you signed up for the allotment society's "
        "newsletter at the spring fair. To stop getting it, use the unsubscribe link at the "
        "bottom of any issue.",
        "Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld bij de ruilkast.",
        "Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben.",
    ],
)
def test_a_newsletters_note_on_why_you_got_it_is_furniture_however_long(line):
    assert is_boilerplate(line)


def test_a_long_sentence_that_no_entry_names_by_its_first_words_is_no_furniture():
    assert not is_boilerplate(
        "You are receiving visitors all summer, the council says, because the pool is the "
        "only one left in the valley and the buses now stop right outside its gates every "
        "twenty minutes."
    )


def test_bbpresss_heads_of_its_list_of_posts_are_furniture():
    assert RULES.match("boilerplate", "Author\tPosts") is not None


@pytest.mark.parametrize(
    ("line", "table"),
    [
        ("click to enlarge", "boilerplate"),  # (an image's link label, the image not copied)
        ("Klicken zum Vergrößern", "boilerplate"),
        ("Report this comment", "chrome"),
        ("Showing 1-6 of 6", "chrome"),
    ],
)
def test_an_images_link_label_and_a_comment_lists_own_lines_are_furniture(line, table):
    assert RULES.match(table, line) is not None
    # (a caption that asks for the click stays a caption, its words with it)
    assert RULES.match("boilerplate", "The new map of the bus routes. Click to enlarge.") is None
