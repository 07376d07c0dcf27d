"""Forum and news habits in text copies: compact ages under a name, signatures without a separator, "+1",
roles after a byline, tag lists. Every page here is invented for the test."""

from __future__ import annotations

import pytest

from .test_text_shapes import read, texts, tree
from .test_text_shapes_more import body, dropped

DISCOURSE = """Rain gauge reading double after the firmware update

elspeth_m
Jan 9, 2024

Since updating my base unit to firmware 2.4 on Sunday, the tipping bucket counts double.

Reply

gunnar.h
Jan 9, 2024

Same here, also an SK-R2 with the same bucket, it counts twice.

Reply

tomas_weatherbox
5d

Careful with the 0.1 mm trick if you upload to a network.

Reply

priya_k
19h

There is a workaround without rolling back, under Settings.

Reply
"""


def test_compact_ages_under_a_name_make_a_comment_header():
    doc = read(DISCOURSE).document
    assert [c.author for c in doc.comments] == ["gunnar.h", "tomas_weatherbox", "priya_k"]
    assert texts(doc)[1] == "Careful with the 0.1 mm trick if you upload to a network."
    assert doc.comments[1].published is None  # "5d": no calendar date


PHPBB = """Carburettor floods at idle

Post by ettore » Sun Feb 11, 2024 9:15 pm

The carburettor floods at idle after two minutes, whatever I change.

Post by vecchio » Sun Feb 11, 2024 10:03 pm

Have you weighed the float? New ones are sometimes too heavy.

Post by ettore » Mon Feb 12, 2024 8:40 am

No, I had not thought of that. I will weigh it tonight.

Saturno 500 (1949) - Airone 250 (1952)

Post by vecchio » Mon Feb 12, 2024 9:02 am

Let us know what it weighs.

Post by ettore » Tue Feb 13, 2024 7:55 pm

The new float weighs 14 grams, the old one 11. That was it.

Saturno 500 (1949) - Airone 250 (1952)
"""


def test_a_signature_repeated_under_one_posters_replies_is_left_out():
    parse = read(PHPBB)
    doc = parse.document
    assert texts(doc) == [
        "Have you weighed the float? New ones are sometimes too heavy.",
        "No, I had not thought of that. I will weigh it tonight.",
        "Let us know what it weighs.",
        "The new float weighs 14 grams, the old one 11. That was it.",
    ]
    assert "Saturno 500 (1949) - Airone 250 (1952)" not in doc.text
    assert {d.rule for d in parse.dropped if d.text.startswith("Saturno")} == {"signature"}


def test_a_sign_off_a_blank_line_over_the_signature_stays_though_it_is_the_same_every_time():
    # "Cheers Ettore" closes both posts of his and is his own words; the signature under it
    # goes. Run into the signature's block (no blank line), the sign-off is part of it.
    signed = PHPBB.replace(
        "\n\nSaturno 500 (1949) - Airone 250 (1952)",
        "\n\nCheers Ettore\n\nSaturno 500 (1949) - Airone 250 (1952)",
    )
    doc = read(signed).document
    assert (
        texts(doc)[1] == "No, I had not thought of that. I will weigh it tonight.\n\nCheers Ettore"
    )
    assert texts(doc)[3].endswith("That was it.\n\nCheers Ettore")
    assert "Saturno" not in doc.text
    in_block = PHPBB.replace(
        "\n\nSaturno 500 (1949) - Airone 250 (1952)",
        "\n\nCheers, Ettore\nSaturno 500 (1949) - Airone 250 (1952)",
    )
    doc = read(in_block).document
    assert texts(doc)[1] == "No, I had not thought of that. I will weigh it tonight."
    assert "Cheers" not in doc.text


def test_a_two_line_signature_goes_even_where_an_edit_note_stands_over_its_other_copy():
    # phpBB prints a post's edit note over its signature: under that post the signature is
    # left out as text after the post's end, and it still counts as the poster's signature
    signature = "Ettore\nSaturno 500 (1949) · Airone 250 (1952)"
    thread = PHPBB.replace(
        "tonight.\n\nSaturno 500 (1949) - Airone 250 (1952)", f"tonight.\n\n{signature}"
    ).replace(
        "That was it.\n\nSaturno 500 (1949) - Airone 250 (1952)",
        "That was it.\nLast edited by ettore on Tue Feb 13, 2024 8:01 pm, edited 1 time in total."
        f"\n\n{signature}",
    )
    doc = read(thread).document
    assert texts(doc)[1] == "No, I had not thought of that. I will weigh it tonight."
    assert texts(doc)[3] == "The new float weighs 14 grams, the old one 11. That was it."
    assert "Ettore" not in doc.text and "Airone" not in doc.text


def test_a_last_line_said_once_is_the_comment_s_own():
    doc = read(
        PHPBB.replace(
            "Saturno 500 (1949) - Airone 250 (1952)\n\nPost by vecchio", "Post by vecchio"
        )
    ).document
    assert texts(doc)[3].endswith("That was it.\n\nSaturno 500 (1949) - Airone 250 (1952)")
    assert [a for a, _, _ in tree(doc)] == ["vecchio", "ettore", "vecchio", "ettore"]


def test_plus_one_alone_under_a_header_is_the_comment():
    thread = PHPBB.replace(
        "Let us know what it weighs.", "+1\n\n_________________\nOld bikes never die."
    )
    doc = read(thread).document
    assert texts(doc)[2] == "+1"
    assert "Old bikes never die." not in doc.text


NEWS = """The Harbourside Courier
News › Transport

Kelling Point ferry to end after 140 years

By Rhiannon Achterberg, Transport correspondent
Wed 7 Feb 2024 06.00 GMT

The passenger ferry between Kelling Point and Saltmarsh Island will make its last crossing.

Estuary Link, which has operated the route since 1998, blamed fuel costs.

Topics
Transport
Islands
Local government
"""


def test_a_role_after_the_byline_s_name_is_no_site_and_a_topic_list_is_no_body():
    doc = read(NEWS).document
    assert doc.author == "Rhiannon Achterberg"
    assert doc.site != "Transport correspondent"
    assert [doc.text[s:e][:20] for s, e in doc.paragraphs] == [
        "The passenger ferry ",
        "Estuary Link, which ",
    ]


BLOG_WITH_MENU = """Les Sentiers du Vallon
Association de randonnée pédestre

Accueil
L’association
Nos sorties
Carnet de route
Adhérer

Carnet de route
Boucle des Trois Crêtes : le balisage refait à neuf
Publié le 14 mai 2024 par Odile Marchand

Après deux hivers difficiles, la boucle des Trois Crêtes avait bien besoin d’un coup de neuf.

Au total, nous avons repeint près de 240 marques et posé six nouveaux poteaux.
"""


def test_a_menu_entry_repeated_over_the_title_is_its_section_not_the_title():
    doc = read(BLOG_WITH_MENU).document
    assert doc.title == "Boucle des Trois Crêtes : le balisage refait à neuf"
    assert doc.author == "Odile Marchand"


NEW_REDDIT = """r/Mietrecht_DE
Anmelden

r/Mietrecht_DE
•
vor 2 J.
kaffee_und_kruemel

Nebenkostenabrechnung: Hausmeisterkosten verdreifacht – normal?

Frage

Hallo zusammen, ich wohne seit 2019 in einem Haus mit 14 Parteien in Niederwesel.

Muss ich das einfach so hinnehmen oder kann ich Belege einsehen?
"""


def test_new_reddit_user_under_the_date_is_the_author_and_a_flair_is_no_title():
    doc = read(NEW_REDDIT).document
    assert doc.title == "Nebenkostenabrechnung: Hausmeisterkosten verdreifacht – normal?"
    assert doc.author == "kaffee_und_kruemel"
    assert "Frage" not in doc.text.split("\n\n")


DISCOURSE_NL = """Sleutelhoek
Het forum voor wie zelf zijn fiets onderhoudt

Aanmelden  Registreren

Trommelrem achterwiel piept na nieuwe binnenband

jvdberg
3 nov. 2023

Sinds ik alles weer heb gemonteerd piept de rem bij elke remming, vooral als het nat is.

bike_marloes
3 nov. 2023

Zit het klemmetje van de remarm weer goed vast om het frame?

fietsfrits
4 nov. 2023

Bij mij was het vet op de remvoering, schoonmaken hielp meteen.

gemaakt
3 nov. 2023
2
reacties
188
weergaven
"""


def test_discourse_topic_stats_give_the_count_and_its_buttons_are_no_title():
    doc = read(DISCOURSE_NL).document
    assert doc.title == "Trommelrem achterwiel piept na nieuwe binnenband"
    assert doc.author == "jvdberg"
    assert [c.author for c in doc.comments] == ["bike_marloes", "fietsfrits"]
    assert doc.comments_declared == 2


def test_discourse_s_sidebar_of_categories_copied_under_the_title_is_no_title():
    # "Categorieën" / the forum's categories, a line each / "Alle categorieën"
    sidebar = "Onderwerpen\nMeer\n\nCategorieën\nRemmen\nVerlichting\nAlle categorieën\n\n"
    doc = read(DISCOURSE_NL.replace("\njvdberg\n", f"\n{sidebar}jvdberg\n")).document
    assert doc.title == "Trommelrem achterwiel piept na nieuwe binnenband"
    assert doc.author == "jvdberg"
    assert not any("Verlichting" in p for p in body(doc))


BBPRESS_ES = """Foro del Huerto

El riego por goteo pierde presión al final de la línea

Inicio › Foros › Riego › El riego por goteo pierde presión al final de la línea

Etiquetado: goteo, presión

Este debate tiene 2 respuestas, 3 mensajes, y fue actualizado por última vez el hace 1 año por Lola_R.

Viendo 3 entradas - 1 hasta 3 (de 3 total)

14 marzo, 2024 a las 20:12 #1871
Nacho_B
Participante

Tengo una línea de goteo de cuarenta metros y los últimos goteros apenas sueltan agua.

He probado lo que se me ha ocurrido:
limpiar el filtro de malla,
abrir el final de la línea,
y subir la presión del reductor.

14 marzo, 2024 a las 20:47 #1874
Lola_R
Moderador

Cuarenta metros en tubo de dieciséis es mucho: parte la línea en dos y aliméntala por el centro.

Adjuntos:
Debes estar registrado para ver los archivos adjuntos.

15 marzo, 2024 a las 9:02 #1880
Nacho_B
Participante

Partida en dos y ya riega igual todo el bancal. Gracias.

Viendo 3 entradas - 1 hasta 3 (de 3 total)
Debes estar registrado para responder a este debate.
"""


def test_a_bbpress_topic_copied_its_first_post_the_article_and_its_notes_left_out():
    # a post's head is its date and number, the poster, their forum role ("Participante");
    # the topic's description, the pages' line, the tags and the notes for visitors are the
    # forum's; a lead-in over the lines it announces is a paragraph a line
    doc = read(BBPRESS_ES).document
    assert (doc.title, doc.author, doc.published) == (
        "El riego por goteo pierde presión al final de la línea",
        "Nacho_B",
        "2024-03-14",
    )
    assert [p[:16] for p in body(doc)] == [
        "Tengo una línea ", "He probado lo qu", "limpiar el filtr", "abrir el final d",
        "y subir la presi",
    ]  # fmt: skip
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Lola_R", "2024-03-14"),
        ("Nacho_B", "2024-03-15"),
    ]
    assert texts(doc) == [
        "Cuarenta metros en tubo de dieciséis es mucho: parte la línea en dos y aliméntala por"
        " el centro.",
        "Partida en dos y ya riega igual todo el bancal. Gracias.",
    ]


BBPRESS_DE = """Gartenfreunde Wiesbach
Regentonne läuft über
Dieses Thema enthält 3 Antworten und 3 Teilnehmer und wurde zuletzt aktualisiert vor 1 Jahr von Henrike_S.
14. März 2024 um 20:41
#6120
Henrike_S
Teilnehmer
Bei jedem kräftigen Regen läuft unsere Regentonne über, und das Wasser steht dann an der Holzwand.
14. März 2024 um 21:30
#6121
Kalle_W
Moderator
Nimm einen Sammler mit Füllstandsstopp, der kostet zwölf Euro.
15. März 2024 um 07:52
#6122
gruenfink
Teilnehmer
Wir haben zwei Tonnen gekoppelt, das geht auch.
15. März 2024 um 08:16
#6123
Henrike_S
Teilnehmer
Danke euch, der Sammler ist bestellt.
Ansicht von 4 Beiträgen – 1 bis 4 (von insgesamt 4)
"""


def test_a_bbpress_topic_copied_by_chrome_without_blank_lines_keeps_each_post_apart():
    # "14. März 2024 um 21:30" opens a post's head (its number, the poster, the role
    # under it): no numbered comment "14.", no trailer of the post above
    doc = read(BBPRESS_DE).document
    assert (doc.author, doc.published) == ("Henrike_S", "2024-03-14")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Kalle_W", "2024-03-14"),
        ("gruenfink", "2024-03-15"),
        ("Henrike_S", "2024-03-15"),
    ]
    assert texts(doc) == [
        "Nimm einen Sammler mit Füllstandsstopp, der kostet zwölf Euro.",
        "Wir haben zwei Tonnen gekoppelt, das geht auch.",
        "Danke euch, der Sammler ist bestellt.",
    ]


LEMMY_FIREFOX = """Capivara Social
Trocar a resistência do chuveiro por uma de 5500 W?

por
ana_pitanga
para
Faça Você Mesmo
há 1 ano

Moro em Curitiba e o chuveiro aqui de casa é um 7500 W ligado quase no máximo o inverno todo.

Alguém aqui fez essa troca num lugar frio e achou o banho aceitável?

41

  * marcos_rj
    há 1 ano

    Fiz isso em Petrópolis: a economia foi real, uns 35 reais por mês.

    23

      o ana_pitanga OP
        há 1 ano

        E o banho fica mais fraco?

        9

          + marcos_rj
            há 1 ano

            No começo estranha, depois acostuma.

            6

  * luiza_m
    há 1 ano

    +1 pela dúvida, estou no mesmo barco em Lages.

    2
"""


def test_lemmy_copied_by_firefox_its_byline_a_word_a_line_and_its_list_marks_no_names():
    # "por" / NAME / "para" / COMMUNITY / age: the byline, the community the site; Firefox
    # copies a nested list's items with "*", "o", "+" a level each: marks, not the names
    doc = read(LEMMY_FIREFOX).document
    assert (doc.author, doc.site) == ("ana_pitanga", "Faça Você Mesmo")
    assert [p[:12] for p in body(doc)] == ["Moro em Curi", "Alguém aqui "]
    assert tree(doc)[:4] == [
        ("marcos_rj", None, None),
        ("ana_pitanga", None, 0),
        ("marcos_rj", None, 1),
        ("luiza_m", None, None),
    ]


BLOGGER_DE = """Misteln im Apfelbaum

Unser Boskoop hinter dem Schuppen ist seit Jahren voller Misteln, und dieses Jahr haben wir sie endlich herausgeschnitten.

Im Mai zeige ich euch, wie der Baum austreibt.

Labels
Obstbäume Schnitt

Kommentare

Katrin W.5. März 2024 um 19:42

Bei uns sind es die Pappeln am Bach, da kommt man gar nicht dran.

Antworten
Antworten
Ulrike5. März 2024 um 21:10

Bei Pappeln würde ich mich auch nicht auf die Leiter stellen.

Antworten

Anonym6. März 2024 um 08:15

Danke für die Erklärung!

Antworten
"""


def test_blogger_in_german_its_reply_button_and_replies_heading_one_word_and_its_labels():
    # "Antworten" twice: the comment's button, then the heading over its replies; the
    # lone one under a reply ends the thread; "Labels" over the labels is no paragraph
    doc = read(BLOGGER_DE).document
    assert [p[:12] for p in body(doc)] == ["Unser Boskoo", "Im Mai zeige"]
    assert tree(doc) == [
        ("Katrin W.", "2024-03-05", None),
        ("Ulrike", "2024-03-05", 0),
        ("Anonym", "2024-03-06", None),
    ]


LOBSTERS_FIREFOX = """Lobsters
    Active
    Recent

    Ask: a thermal label printer through CUPS on a Pi?
    ask hardware

    authored by mira_t 3 months ago | archive | 3 comments

    Our food bank prints about 300 shelf labels a week, and every label comes out shifted.

    ▲ 14 ▼ dgrant 3 months ago | link

    Give up on CUPS for this: keep the raw queue and render the labels yourself.

        ▲ 6 ▼ mira_t 3 months ago | link

        That is roughly where I was heading.

    ▲ 9 ▼ penny_w 3 months ago | link

    Hold the feed button until it flashes twice.
"""


def test_lobsters_copied_by_firefox_its_story_line_and_its_vote_led_comment_heads():
    # "authored by NAME AGE | archive | N comments" is the byline (not a photo's credit,
    # for its bar); "▲ 14 ▼ NAME AGE | link" heads a comment (not its vote row)
    doc = read(LOBSTERS_FIREFOX).document
    assert (doc.author, doc.comments_declared) == ("mira_t", 3)
    assert tree(doc) == [("dgrant", None, None), ("mira_t", None, 0), ("penny_w", None, None)]


OLIVERO_NL = """Natuurvereniging De Grutto

Zwaluwtil aan de Oostmolen staat

Door Annelies de Graaf, 12 maart, 2024

De nieuwe zwaluwtil staat sinds zaterdag aan de rand van de Oostmolen, met plaats voor veertig nesten.

Reacties

Joke van Dam (niet geverifieerd)
wo, 03/13/2024 - 10:30
Werkt dat geluidskastje echt? Ik heb gelezen dat het soms jaren duurt voordat de eerste zwaluwen een til ontdekken.
Beantwoorden

Ruud Vermeer
do, 03/14/2024 - 12:12
In reactie op Werkt dat geluidskastje echt?… door Joke van Dam (niet geverifieerd)
Bij de til in Ilpendam zaten er het eerste jaar al vijf paar.
Beantwoorden

Sandra (niet geverifieerd)
do, 03/04/2024 - 17:40
Fijn dat er iets gebeurt voor de zwaluwen.
Beantwoorden
"""


def test_drupal_s_default_dates_are_month_first_in_any_language_and_its_reply_line():
    # "wo, 03/13/2024": the page's unambiguous dates say month first, so "03/04/2024" is
    # 4 March, whatever Dutch pages do; "In reactie op SUBJECT… door NAME (niet
    # geverifieerd)" names the parent, its guest badge left out
    doc = read(OLIVERO_NL).document
    assert tree(doc) == [
        ("Joke van Dam", "2024-03-13", None),
        ("Ruud Vermeer", "2024-03-14", 0),
        ("Sandra", "2024-03-04", None),
    ]


MBIN = """Vai al contenuto principale
Vai alla barra laterale

Fedimbin

/m/cucina

Il pane raffermo: cosa ci fate voi?

aggiunto 3 mesi fa da giuliaferri a m/cucina

In casa siamo in due e compro ancora il pane come se fossimo in cinque, per abitudine.

Cosa ci fate voi con quello avanzato? Ricette di famiglia benvenute, anche quelle strane.

2 commenti

rosalba@lemmy.example
3 mesi fa

Pappa al pomodoro, senza dubbio. In inverno con i pelati viene benissimo.

rispondi
boost
14

    giuliaferri
    3 mesi fa

    Non l'ho mai fatta con i pelati, ci provo!

    rispondi
    boost
    5

cucina

Ricette, dubbi e disastri ai fornelli.

Iscriviti
1.284

Regole
1. Niente spam
2. Si citano le fonti delle ricette
"""


def test_mbin_copied_its_byline_names_the_magazine_and_its_box_under_the_thread_goes():
    # "aggiunto DATE da NAME a m/MAGAZINE": the byline and the site; the magazine's box under
    # the last comment (its name as the head showed it, its subscribe button and count, its
    # rules numbered) is no comment
    doc = read(MBIN).document
    assert (doc.author, doc.site) == ("giuliaferri", "m/cucina")
    assert tree(doc) == [("rosalba@lemmy.example", None, None), ("giuliaferri", None, 0)]


SUBSTACK_COPY = """The Allotment Ledger

Wood chip paths, one winter on

Priya Castellane
Mar 14, 2024

Last spring I wrote about going no-dig on the beds. This winter I laid wood chip on the paths.

The difference by March is hard to overstate: no mud, no weeds, and the worms love it.

34 Likes∙1 Restack

Discussion about this post

Martin Hale
3d
Wood chip paths are the best change I ever made on my plot.
Like (14)
Reply
Share

1 reply by Priya Castellane

Priya Castellane
Author
3d
The blackbirds fling it about, though.
Like (6)
Reply
Share

Rosa
20h
Where do you get your cardboard from?
Like (1)
Reply
Share
"""


def test_substack_copied_its_likes_line_and_the_replies_under_n_replies_by_name():
    # "34 Likes∙1 Restack" is no paragraph; "1 reply by NAME" over the replies it shows
    # nests the next one under the comment above it
    doc = read(SUBSTACK_COPY).document
    assert body(doc)[-1].startswith("The difference by March")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Martin Hale", None),
        ("Priya Castellane", 0),
        ("Rosa", None),
    ]


XENFORO = """Carb icing or a failing coil?

M
Marcus Lindqvist
9 Nov 2023
#1
My bike misfires on long cold runs and clears after a short stop.
Report
Like Reply
D
Deleted member 4127
Guest
10 Nov 2023
#2
Had exactly this on a friend's bike: the choke cable was not returning fully.
Report
Like Reply
R
Ruth Ackroyd
10 Nov 2023
#3
[removed]
Report
Like Reply
"""


def test_a_deleted_account_s_name_is_a_commenter_and_a_removed_post_no_comment():
    doc = read(XENFORO).document
    assert [c.author for c in doc.comments] == ["Deleted member 4127"]
    assert texts(doc) == [
        "Had exactly this on a friend's bike: the choke cable was not returning fully."
    ]


def test_a_long_call_for_letters_run_on_from_the_last_paragraph_is_furniture():
    letters = (
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a response of up to 300 words by email to be considered for publication in "
        "our letters section, please click here."
    )
    doc = read(NEWS.replace("blamed fuel costs.\n", f"blamed fuel costs.\n{letters}\n")).document
    assert letters not in doc.text
    assert doc.text[doc.paragraphs[-1][0] : doc.paragraphs[-1][1]].endswith("blamed fuel costs.")


DRUPAL_FR = """Le moulin reprend vie

L'assemblée générale de notre association s'est tenue samedi dans la grange du moulin.

Commentaires
Soumis par Jeanne Roux (non vérifié) le mar, 14/05/2024 - 10:21
Permalien
Quelle bonne nouvelle
Quelle bonne nouvelle ! J'ai connu le moulin en marche quand j'étais enfant.
Répondre
Soumis par Hervé Petitjean le mar, 14/05/2024 - 13:47
Permalien
Le devis de la charpente me…
Le devis de la charpente me paraît bien bas par rapport à ce qu'on avait évoqué.
Répondre
Soumis par claude.marchal le mar, 14/05/2024 - 15:30
Permalien
En réponse à Le devis de la charpente me… par Hervé Petitjean
Bois compris
Oui, le chêne est compris, la commune nous a cédé quatre grumes.
Répondre
Soumis par Hervé Petitjean le mar, 14/05/2024 - 16:02
Permalien
En réponse à Bois compris par claude.marchal
Parfait
Parfait, merci pour la précision.
Répondre
Soumis par Michèle Gauthier le mer, 15/05/2024 - 09:14
Permalien
En réponse à Le devis de la charpente me… par Hervé Petitjean
Et l'entretien ?
Je me permets de rappeler l'article 2 de nos statuts sur l'entretien du moulin.
Répondre
"""


def test_drupal_subjects_are_left_out_and_name_the_comment_a_reply_answers():
    doc = read(DRUPAL_FR).document
    assert [t.split("\n")[0][:24] for t in texts(doc)] == [
        "Quelle bonne nouvelle ! ",
        "Le devis de la charpente",
        "Oui, le chêne est compri",
        "Parfait, merci pour la p",
        "Je me permets de rappele",
    ]
    # "En réponse à Le devis … par Hervé Petitjean": his comment with that subject, not his last
    assert [c.parent for c in doc.comments] == [None, None, 1, 2, 1]


WORDPRESS_IT = """Cinque libri letti in treno

Da ottobre faccio la pendolare tra Parma e Bologna, e leggo molto di più.

3 commenti su “Cinque libri letti in treno”
1. Lucia Ferri ha detto:
10 febbraio 2024 alle 19:42
Anche io leggo in treno, ma sulla Milano–Piacenza: i ritardi servono a qualcosa.
Rispondi
2. Gianni B. ha detto:
11 febbraio 2024 alle 21:05
Lucia Ferri ha scritto:
«Anche io leggo in treno, ma sulla Milano–Piacenza: i ritardi servono a qualcosa.»
Consiglio per tutti i pendolari: gli audiolibri.
Rispondi
"""


def test_a_quotation_in_guillemets_under_its_attribution_is_not_the_reply_s_text():
    doc = read(WORDPRESS_IT).document
    assert [c.author for c in doc.comments] == ["Lucia Ferri", "Gianni B."]
    assert texts(doc)[1] == "Consiglio per tutti i pendolari: gli audiolibri."
    assert doc.comments[1].published == "2024-02-11"


OLD_REDDIT = """jump to content
limit my search to r/Backen

Warum wird mein Roggenbrot innen immer klitschig?
submitted 3 years ago by Kellerassel_42

Mein Roggenbrot ist nach dem Backen innen immer feucht und klebrig, obwohl die Kruste dunkel ist.

27 commentssharesavehidereport

all 4 comments
[–]Brotbär 9 points 3 years ago
Wie lange bäckst du es, und bei welcher Temperatur im Ofen?
permalink embed save report reply
[–][deleted] 3 points 3 years ago
[removed]
permalink embed save report reply
[–]nordlicht_hb 7 points 3 years ago
Was auch immer da stand: Werbung wird hier ziemlich schnell entfernt.
permalink embed save parent report reply
[–]ofen_meister_77 Bäckermeister 5 points 3 years ago
Längere Teigruhe, und erst am nächsten Tag anschneiden.
permalink embed save report reply
"""


def test_old_reddit_a_removed_comment_holds_its_reply_and_the_site_is_the_subreddit():
    doc = read(OLD_REDDIT).document
    assert doc.site == "r/Backen"
    # (a flair after a user name is no part of it: "ofen_meister_77 Bäckermeister")
    assert [c.author for c in doc.comments] == [
        "Brotbär", "[deleted]", "nordlicht_hb", "ofen_meister_77",
    ]  # fmt: skip
    assert texts(doc)[1] == "[removed]"
    assert [c.parent for c in doc.comments] == [None, None, 1, None]
    assert "commentssharesave" not in doc.text  # its buttons glued to the count


def test_old_reddit_a_moderators_flair_a_hidden_score_a_deleted_text_and_the_sidebars_date():
    doc = read(
        "jump to content\nwintercommuting\nthis post was submitted on 11 Jan 2024\n"
        "187 points (97% upvoted)\n\n"
        "Studded tyres: worth it for a 6 km commute?\n"
        "submitted 9 hours ago by fjordline_pedal\n\n"
        "Two short hills on my way to work ice over every morning.\n\n"
        "all 4 comments\n"
        "[–]mossgreen_kat 41 points 9 hours ago\nWorth it, no question.\n"
        "permalink embed save report reply\n"
        "    [–][deleted] 3 points 8 hours ago\n    [deleted]\n"
        "    permalink embed save parent report reply\n"
        "        [–]quiet_derailleur 7 points 7 hours ago\n        Legal on bike paths here.\n"
        "        permalink embed save parent report reply\n"
        "[–]Harbourlight[M] Bergen 29 points 8 hours ago*\nMod hat off: 240 studs is plenty.\n"
        "permalink embed save report reply\n"
        "    [–]pinecone_pedals score hidden 4 hours ago\n    +1\n"
        "    permalink embed save parent report reply\n"
    ).document
    assert doc.published == "2024-01-11"  # (its byline says "9 hours ago")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("mossgreen_kat", None),
        ("[deleted]", 0),
        ("quiet_derailleur", 1),
        ("Harbourlight", None),
        ("pinecone_pedals", 3),
    ]
    assert texts(doc)[1] == "[deleted]" and texts(doc)[4] == "+1"


DISQUS_ES = """El carril bici se retrasa

El Ayuntamiento ha confirmado que las obras del carril bici no terminarán antes de otoño.

3 comentarios
Paco_Ferrer
• hace 2 días

Cuatro meses de retraso y nadie da explicaciones.

Responder
Jorge M.
• hace un día

A mí me parece bien que lo hagan con calma.

Responder
Invitado
 Jorge M.
• hace un día

¡Totalmente de acuerdo!

Responder
"""


def test_a_guest_shown_as_invitado_is_the_author_over_the_name_it_answers():
    doc = read(DISQUS_ES).document
    assert [c.author for c in doc.comments] == ["Paco_Ferrer", "Jorge M.", "Invitado"]
    assert texts(doc)[2] == "¡Totalmente de acuerdo!"


def test_a_numbered_pingback_among_comments_is_counted_apart():
    page = """Raised beds, one year on

We built four raised beds last spring from old scaffold boards and they are still standing.

3 thoughts on “Raised beds, one year on”

    1. Hannah Pryce says:
       6 April 2023 at 7:12 am

       What did you do with the old boards that had rotted through?

       Reply

    2. Pingback: Spring roundup: ten plot blogs worth reading – Muddy Boots Weekly

    3. Lou says:
       12 April 2023 at 1:33 pm

       Lovely beds. Did you line them?

       Reply
"""
    parse = read(page)
    assert [c.author for c in parse.document.comments] == ["Hannah Pryce", "Lou"]
    assert "Spring roundup" not in parse.document.text


DISQUS_FR = """Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
J'accepte
En savoir plus

Le Petit Écho de la Vallée

La dernière boulangerie du bourg ferme ses portes

Après vingt-six ans derrière le comptoir, Josiane et Thierry prennent leur retraite sans repreneur.

3 commentaires

Martine L.
il y a 2 jours

Quelle tristesse, on y allait tous les dimanches depuis trente ans.

Répondre

    Bernard Cuvelier Martine L.
    il y a 2 jours

    Pareil pour nous. Mais soyons honnêtes, on achetait aussi au supermarché.

    Répondre

        Martine L. Bernard Cuvelier
        il y a un jour

        Pas faux, même si c'est plus pratique le soir.

        Répondre
"""


def test_a_cookie_banners_buttons_are_no_site_and_a_reply_row_without_its_arrow_is_read():
    doc = read(DISQUS_FR).document
    assert doc.site == "Le Petit Écho de la Vallée"
    assert [c.author for c in doc.comments] == ["Martine L.", "Bernard Cuvelier", "Martine L."]
    assert [c.parent for c in doc.comments] == [None, 0, 1]


TWENTY_TWENTY = """Greenhollow Plot Notes
Growing food on a windy hill since 2011

Why our allotment waiting list is finally getting shorter

Post author
By Marjorie Fenwick
Post date
March 9, 2024
2 Comments on Why our allotment waiting list is finally getting shorter

For three years the waiting list at the Greenhollow site sat at just over ninety names.

This season is different: we split the twelve largest plots into half plots.

2 thoughts on “Why our allotment waiting list is finally getting shorter”

Dennis Harlow says:
March 9, 2024 at 6:41 pm

Brilliant news. I was number forty-something on that list.

Reply

Ann Poole says:
March 10, 2024 at 8:02 am

Well done to the committee.

Reply
"""


def test_a_count_in_the_meta_row_over_the_article_does_not_open_the_comments():
    doc = read(TWENTY_TWENTY).document
    assert doc.title == "Why our allotment waiting list is finally getting shorter"
    assert doc.author == "Marjorie Fenwick"
    assert len(doc.paragraphs) == 2
    assert [c.author for c in doc.comments] == ["Dennis Harlow", "Ann Poole"]
    assert "Post author" not in doc.text


def test_blogger_in_german_names_its_commenters_with_hat_gesagt():
    page = """Mehr
Nächster Blog»
Blog erstellen

Wege um den Lauterbach

Samstag, 21. September 2024
Der neue Rundweg am Hirschkopf

Seit Anfang August gibt es am Hirschkopf einen neuen Rundweg mit zwei Aussichtspunkten.

Eingestellt von Heike Brandstätter um 18:40

2 Kommentare:

Rüdiger K. hat gesagt…

    Danke für die Warnung! Wir wollten am Wochenende genau dort hin.
    21. September 2024 um 20:13
    Antworten

Anonym hat gesagt…

    Die Schilder sind bestellt, aber der Lieferant hat Verzug.
    23. September 2024 um 07:48
    Antworten
"""
    doc = read(page).document
    assert doc.site == "Wege um den Lauterbach"
    assert [c.author for c in doc.comments] == ["Rüdiger K.", "Anonym"]
    assert texts(doc)[0] == "Danke für die Warnung! Wir wollten am Wochenende genau dort hin."


def test_new_reddit_op_badge_with_its_dot_is_part_of_the_header():
    page = """r/cycling
Bike cage at the station keeps getting raided

I cycle four miles to the station and lock up in the cage there every weekday.

level 1
mossy_gears
9 hr. ago

Ask the council about a locker instead, the county runs them.

Reply

level 2
thornfield_rides
OP ·
8 hr. ago

Had not thought of that. Do you know if it matters which tier of council?

Reply
"""
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["mossy_gears", "thornfield_rides"]
    assert texts(doc)[1].startswith("Had not thought of that.")
    assert [c.parent for c in doc.comments] == [None, 0]


PROSILVER = """Water butt overflow keeps freezing

Post Reply
4 posts • Page 1 of 1

greta_w
Posts: 88
Joined: Tue Mar 02, 2021 7:12 pm

Water butt overflow keeps freezing

Unread post by greta_w » Mon Jan 08, 2024 6:40 pm

Every frosty night the overflow pipe of my water butt freezes solid and the lid lifts off.

Attachments
overflow.jpg (84.2 KiB) Viewed 31 times

Top


harold.b
Posts: 1204
Joined: Fri Jun 14, 2013 8:01 am

Re: Water butt overflow keeps freezing

Unread post by harold.b » Mon Jan 08, 2024 9:12 pm

Lag the pipe with an old bicycle inner tube, it works for me every winter.

Top
"""


def test_phpbb_unread_post_lines_head_the_posts_and_attachment_lists_are_furniture():
    doc = read(PROSILVER).document
    assert (doc.title, doc.author, doc.published) == (
        "Water butt overflow keeps freezing",
        "greta_w",
        "2024-01-08",
    )
    assert "Attachments" not in doc.text and "KiB" not in doc.text
    assert [c.author for c in doc.comments] == ["harold.b"]
    assert texts(doc) == [
        "Lag the pipe with an old bicycle inner tube, it works for me every winter."
    ]


def test_a_month_with_a_short_year_under_a_name_is_an_undated_header():
    doc = read(
        "Rain gauge reading double after the firmware update\n\nelspeth_m\nMär. '23\n\n"
        "Since updating my base unit to firmware 2.4 on Sunday, the tipping bucket counts double.\n\n"
        "3\n\u200b\nReply\n\ngunnar.h\nApr '23\n\nSame here, also an SK-R2 with the same bucket.\n\n"
        "\u200b\nReply\n"
    ).document
    assert doc.author == "elspeth_m" and doc.published is None  # no day: no calendar date
    assert [(c.author, c.published) for c in doc.comments] == [("gunnar.h", None)]
    assert texts(doc) == ["Same here, also an SK-R2 with the same bucket."]


XENFORO_NL = """HuisenKlus Forum
Forums
Nieuwe berichten
Zoeken

Vloerverwarming in een jaren 30-woning: infrezen of ophogen?

Discussie starter Bram_vd_Linden
Startdatum 9 jan 2024

B
Bram_vd_Linden
Nieuw lid
9 jan 2024
#1

We hebben een tussenwoning uit 1934 gekocht en willen beneden vloerverwarming laten aanleggen.

Wie heeft hier ervaring mee? Alle tips welkom!

Woning: 1934 tussenwoning, Haarlem-Noord | Status: nog niks gesloopt
Reageren

J
Jeroen84
Actief lid
9 jan 2024
#2

Wij hebben de vloer eruit laten halen in een woning uit 1931, en dat was de moeite waard.

Bram_vd_Linden en Saskia Beumer
Reageren

S
Saskia Beumer
Lid
10 jan 2024
#3

Ik wil toch een lans breken voor infrezen, want het scheelt veel sloopwerk.

Reageren

B
Bram_vd_Linden
Nieuw lid
Zondag om 11:40
#4

Update: we zijn voor de nieuwe vloer gegaan. Dank allemaal voor het meedenken!

Woning: 1934 tussenwoning, Haarlem-Noord | Status: vloer klaar, nu de keuken nog
Saskia Beumer en Jeroen84
Reageren
"""


def test_a_dutch_xenforo_thread_head_names_the_starter_and_the_opening_post_is_the_article():
    doc = read(XENFORO_NL).document
    assert doc.title == "Vloerverwarming in een jaren 30-woning: infrezen of ophogen?"
    assert (doc.author, doc.published) == ("Bram_vd_Linden", "2024-01-09")
    assert doc.text.split("\n\n")[1].startswith("We hebben een tussenwoning")
    assert tree(doc) == [
        ("Jeroen84", "2024-01-09", None),
        ("Saskia Beumer", "2024-01-10", None),
        ("Bram_vd_Linden", None, None),  # "Zondag om 11:40": a weekday, no calendar date
    ]


def test_who_reacted_and_a_signature_whose_status_changed_are_not_a_posts_text():
    doc = read(XENFORO_NL).document
    assert texts(doc)[0].endswith("de moeite waard.")
    assert texts(doc)[2].endswith("Dank allemaal voor het meedenken!")
    assert "Woning:" not in doc.text and "Saskia Beumer en" not in doc.text


def test_a_commenter_who_signs_with_their_own_name_keeps_the_signature():
    doc = read(
        "Footbridge to be rebuilt\n\nPosted on June 4, 2023 by Hazel Moore\n\n"
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race.\n\n"
        "2 thoughts on “Footbridge to be rebuilt”\n\n"
        "Tom Reed says:\nJune 5, 2023 at 7:41 am\n\nAbout time too.\n\nReply\n\n"
        "Ann Blake says:\nJune 5, 2023 at 9:02 am\n\nThank you for the news.\nAnn Blake\n\nReply\n"
    ).document
    assert texts(doc)[1] == "Thank you for the news.\nAnn Blake"


REDDIT_ES = """Saltar al contenido
reddit
r/Asturias
Iniciar sesión

Ir a Asturias
r/Asturias
32
Publicado por u/xana_del_nalon
hace 2 años
¿Ruta del Alba en noviembre con lluvia? Experiencias
Pregunta

Buenas! Estoy pensando en hacer la Ruta del Alba el puente de noviembre con mi pareja.

Las previsiones dan lluvia casi todos los días. ¿Merece la pena igualmente o con agua se pone complicada?

Cualquier consejo sobre calzado y aparcamiento en Soto de Agues se agradece.

14 comentarios
Compartir
Guardar

Ordenar por: los mejores

nivel 1
dani_gijon
·
hace 2 años
Con lluvia es hasta más bonita, el río baja con fuerza y no hay nadie.

Voto positivo
19
Voto negativo
Responder

nivel 2
Bloodhound_Ast
·
hace 2 años
Con lluvia es hasta más bonita

Totalmente. Yo la he hecho en agosto y en diciembre y me quedo con diciembre.

Voto positivo
7
Voto negativo
Responder

7 respuestas más

Acerca de la comunidad
Subreddit para todo lo relacionado con Asturias.

Reglas de r/Asturias
1. Respeto ante todo
2. Nada de spam ni autopromoción
"""


def test_a_reply_opening_with_words_of_its_parent_quotes_them():
    doc = read(REDDIT_ES).document
    assert texts(doc)[1] == (
        "Totalmente. Yo la he hecho en agosto y en diciembre y me quedo con diciembre."
    )
    assert [c.parent for c in doc.comments] == [None, 0]


def test_reddits_sidebar_in_spanish_ends_the_thread():
    doc = read(REDDIT_ES).document
    assert len(doc.comments) == 2
    assert "Respeto ante todo" not in doc.text


def test_reddits_logo_over_the_page_is_not_the_title_of_a_question_post():
    doc = read(
        "Skip to content\nReddit Inc\n\nSearch Reddit\nLog In\nSign Up\nUser account menu\n\n"
        "r/urbanbirding\nPosted by\nu/rainslicker\n9 hours ago\n\n"
        "Spotted a gull with a green leg band on the river wall today. Who do I report this to, "
        "and will they tell me where it came from?\n\nQuestion\n\n"
        "Lunch break walk along the embankment, and there was a big gull standing on the wall "
        "right by the steps near the old pumping house.\n\n"
        "I managed to get a photo good enough to read the green ring: it says T4K.\n\n"
        "12 Comments\nShare\nSave\n\nSort By: Best\n\nlevel 1\ntidewatcher\n"
        "8 hr. ago\n\nReport it to the colour-ring site, they reply within a week.\n\n"
        "Reply\nShare\n"
    ).document
    assert doc.title.startswith("Spotted a gull with a green leg band")
    assert (doc.author, doc.site) == ("rainslicker", "r/urbanbirding")
    assert doc.text.split("\n\n")[1].startswith("Lunch break walk")


PHPBB_FR = """Poêle qui refoule la fumée

Message par Thierry58 » lun. 7 nov. 2022 21:12

Depuis qu'il fait froid, la fumée ressort par la porte dès que je l'entrouvre à l'allumage.

Merci d'avance !

Message par Bruno_ramoneur » mar. 8 nov. 2022 20:05

Bonsoir Thierry, ta VMC aspire l'air de la maison en permanence.

Est-ce que ton poêle a une arrivée d'air extérieur raccordée ?

Message par Thierry58 » mar. 8 nov. 2022 20:31

Bruno_ramoneur a écrit : mar. 8 nov. 2022 20:05
Est-ce que ton poêle a une arrivée d'air extérieur raccordée ?

Non, il prend l'air dans la pièce, et il faudrait percer le mur en pierre.
"""


def test_a_dated_quotation_header_over_the_quoted_posters_words_is_no_comment():
    doc = read(PHPBB_FR).document
    assert [c.author for c in doc.comments] == ["Bruno_ramoneur", "Thierry58"]
    assert (
        texts(doc)[1]
        == "Non, il prend l'air dans la pièce, et il faudrait percer le mur en pierre."
    )


def test_a_dated_header_over_a_quotation_of_someone_else_heads_a_comment():
    doc = read(
        "La boulangerie ferme le lundi\n\nPar Jérôme Castagnac\n\n"
        "Depuis le mois de mars, la boulangerie est fermée le lundi, et voici pourquoi.\n\n"
        "2 commentaires\n\n"
        "Bastien L. dit : 7 mars 2023 à 7 h 05 min\n\n"
        "Vous êtes fermé le lundi… bientôt les 32 heures ?\n\nRépondre\n\n"
        "    Nadège dit : 7 mars 2023 à 9 h 31 min\n\n"
        "    « bientôt les 32 heures ? »\n\n"
        "    Jérôme est au fournil à 3 h 30 du matin six jours sur sept.\n\n    Répondre\n"
    ).document
    assert [c.author for c in doc.comments] == ["Bastien L.", "Nadège"]


def test_the_openers_signature_goes_from_the_opening_post_and_from_a_reply_run_on_under_it():
    parse = read(
        "Tomates rajados después de regar\n\n"
        "Mensaje por rocio_alhaurin » Mié 10 Jul, 2024 09:12\n\n"
        "Hola, tengo los tomates rajados desde que volví de vacaciones y no sé por qué.\n\n"
        "Huerto en Alhaurín, 60 m² y muchas ganas\nArriba\n\n"
        "Mensaje por Paco_el_del_huerto » Mié 10 Jul, 2024 10:01\n\n"
        "Es el riego irregular: mucha agua de golpe después de días sin nada.\nArriba\n\n"
        "Mensaje por rocio_alhaurin » Jue 11 Jul, 2024 08:20\n\n"
        "Muchísimas gracias. He cambiado el programador a diez minutos diarios.\n"
        "Huerto en Alhaurín, 60 m² y muchas ganas\nArriba\n"
    )
    doc = parse.document
    assert "Huerto en Alhaurín" not in doc.text
    assert (
        texts(doc)[-1] == "Muchísimas gracias. He cambiado el programador a diez minutos diarios."
    )
    assert doc.text[doc.paragraphs[-1][0] : doc.paragraphs[-1][1]].startswith("Hola, tengo")


PHPBB_NL = """Zolderkast van multiplex: deur klemt na de winter

Reageer met citaat
Bericht door Joris_Tak » za 2 mrt 2024, 10:12

Hoi allen,

Vorige zomer heb ik een kast onder de schuine kap gebouwd, deuren van 18 mm multiplex.

Nu klemt de linkerdeur. Schaven, of eerst wachten tot het voorjaar?

Joris

Dakkapel in wording sinds 2019, ooit komt hij af.

Joris_Tak
Gevorderd lid
Berichten: 41
Woonplaats: Kampen

Omhoog

Re: Zolderkast van multiplex: deur klemt na de winter
Reageer met citaat
Bericht door Wendela_H » za 2 mrt 2024, 11:40

Wachten. Multiplex werkt minder dan massief, maar een koude zolder is vochtig.

Wendela_H
Moderator
Berichten: 5310

Omhoog

Re: Zolderkast van multiplex: deur klemt na de winter
Reageer met citaat
Bericht door Joris_Tak » za 2 mrt 2024, 12:03

Dank je, dan laat ik hem tot april met rust en meet ik het vocht.

Dakkapel in wording sinds 2019, ooit komt hij af.

Joris_Tak
Gevorderd lid
Berichten: 41
Woonplaats: Kampen

Omhoog

Re: Zolderkast van multiplex: deur klemt na de winter
Reageer met citaat
Bericht door Joris_Tak » di 2 apr 2024, 19:30

Update: 13% vocht gemeten, de deur sluit weer zonder klemmen.

Dakkapel in wording sinds 2019, ooit komt hij af.

Joris_Tak
Gevorderd lid
Berichten: 42
Woonplaats: Kampen

Omhoog
"""


def test_a_phpbb_copy_whose_cite_button_stands_over_each_header_and_the_openers_signature():
    # "Reageer met citaat" over a reply's header does not make the header part of the post
    # above; the opener's signature, found under their replies over their name and rank,
    # goes from under the opening post too, where the name and rank went with the profile
    doc = read(PHPBB_NL).document
    assert [c.author for c in doc.comments] == ["Wendela_H", "Joris_Tak", "Joris_Tak"]
    assert texts(doc)[0].startswith("Wachten.")
    assert texts(doc)[2] == "Update: 13% vocht gemeten, de deur sluit weer zonder klemmen."
    assert "Dakkapel" not in doc.text
    assert body(doc)[-1] == "Joris"


def test_the_opening_posts_own_reply_counter_is_not_the_threads_count():
    doc = read(
        "Fume extractor keeps tripping the breaker\nEquipment Help\n"
        "412 views 6 links 7 users\n"
        "dara_k\nOct '23\n\n"
        "Since the new extractor went in, the big laser trips the breaker when a job starts.\n\n"
        "1 Reply\n3 Likes\n"
        "tomasz.w\nOct '23\n\nSounds like inrush current: both of those are motors.\n\n"
        "2 Likes\n"
        "marguerite_o\nOct '23\n\nB7 is a 16 A breaker, which is not much for two motors.\n\n"
        "felix_n\nNov '23\n\nCan confirm, I forgot tonight and it tripped again.\n"
    ).document
    assert doc.author == "dara_k"
    assert [c.author for c in doc.comments] == ["tomasz.w", "marguerite_o", "felix_n"]
    assert doc.comments_declared is None


def test_discourse_handles_with_display_names_and_the_pages_tab_title_over_its_name():
    doc = read(
        "Laser cutter loses Z-height mid-job - Equipment / Laser Cutter - Ferncliff Makerspace\n\n"
        "Ferncliff Makerspace\nLaser cutter loses Z-height mid-job\nEquipment Laser Cutter\n\n"
        "dgrayling (Dana Grayling)\nMarch 4, 2024, 6:12pm\n1\n\n"
        "Since the firmware update the big cutter drifts on Z partway through longer jobs.\n\n"
        "marten.okafor (Marten Okafor)\nMarch 4, 2024, 7:40pm\n2\n\n"
        "Saw the same thing Friday night and hadn't connected it to the update.\n\n"
        "dgrayling (Dana Grayling)\nMarch 5, 2024, 9:15am\n3\n\nThat's a really good shout.\n"
    ).document
    assert (doc.title, doc.site) == ("Laser cutter loses Z-height mid-job", "Ferncliff Makerspace")
    assert (doc.author, doc.published) == ("dgrayling", "2024-03-04")
    assert [c.author for c in doc.comments] == ["marten.okafor", "dgrayling"]


XENFORO_PROFILES = """Dovetails in reclaimed oak keep splitting
Thread starter wendover_pete Start date 14 Feb 2023

wendover_pete
Member
Joined
3 Mar 2021
Messages
86

14 Feb 2023
#1

Evening all. With this old oak the tails keep splitting along the baseline when I chop.

Attachments
IMG_2291.jpg
184.2 KB · Views: 57
Report
Reply
Reactions: Hollis, Gwen Aldous and 2 others

Hollis
Moderator
Staff member
Joined
11 Jan 2009
Messages
14,302

14 Feb 2023
#2

Not daft at all, that's a classic: chop a millimetre into the waste first.

Report
Reply

Deleted member 5512
Guest

15 Feb 2023
#3

Honestly I'd saw most of the waste out with a coping saw first.

Report
Reply
"""


def test_xenforo_profiles_over_a_blank_line_and_the_posts_date_head_the_posts():
    doc = read(XENFORO_PROFILES).document
    assert (doc.author, doc.published) == ("wendover_pete", "2023-02-14")
    assert len(doc.paragraphs) == 1
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Hollis", "2023-02-14"),
        ("Deleted member 5512", "2023-02-15"),
    ]


def test_a_phpbb_topics_count_and_pages_and_a_moderators_rank_under_the_post():
    doc = read(
        "Foro Radiocacharreros\n\nRadiola Castilla RC-58: zumbido fuerte al encender\n"
        "Responder\n3 mensajes • Página 1 de 1\n\n"
        "Radiola Castilla RC-58: zumbido fuerte al encender\n"
        "Mensaje por Fermin_65 » Dom 12 May 2019, 22:41\n\n"
        "Buenas noches a todos. Sale un zumbido fortísimo por el altavoz al encenderla.\n\n"
        "Fermin_65\nMensajes: 412\nRegistrado: Vie 04 Mar 2011, 18:20\nArriba\n\n"
        "Re: Radiola Castilla RC-58: zumbido fuerte al encender\n"
        "Mensaje por Don Anselmo » Lun 13 May 2019, 09:12\n\n"
        "Descarga los condensadores con una resistencia antes de meter los dedos.\n\n"
        "Don Anselmo\nModerador\nMensajes: 9544\nRegistrado: Lun 16 Feb 2009, 20:47\nArriba\n"
    ).document
    assert doc.title == "Radiola Castilla RC-58: zumbido fuerte al encender"
    assert texts(doc) == [
        "Descarga los condensadores con una resistencia antes de meter los dedos."
    ]


def test_a_quotation_run_into_whom_it_quotes_without_a_box_is_left_out_of_the_reply():
    from corpus.readers.quotes import drop_quotation, normal

    question = "Yo estoy empezando este año con dos colmenas y tengo una duda que seguro es básica."
    reply = "Depende muchísimo de la fuerza de la colonia."
    kept = drop_quotation([[f"apicultor_novato escribió: ↑{question}", reply]], normal(question))
    assert kept == [[reply]]


def test_a_quotation_box_that_opens_with_the_mention_of_whom_it_quotes_is_left_out():
    # (Flarum's: "<blockquote><a class=PostMention>Henk Mulder</a> WORDS</blockquote>")
    from corpus.readers.quotes import drop_quotation, normal

    said = "Zonder afstandhouders schuiven de ramen bij elke inspectie een stukje op."
    for name in ("HenkM", "Henk Mulder"):
        boxed = frozenset({normal(f"{name} {said[:60]}")})
        kept = drop_quotation([[f"{name} {said[:60]}"], ["Dat zou goed kunnen."]], normal(said),
                              boxed=boxed)  # fmt: skip
        assert kept == [["Dat zou goed kunnen."]], name


def test_a_dutch_vbulletin_copy_its_date_over_the_poster_and_its_notes_under_posts():
    def post(n: int, who: str, rank: str, when: str, text: str) -> str:
        return (
            f"Oud {when}   #{n}\n{who}\n{rank}\n\nGeregistreerd: mrt 2019\nBerichten: 37\n"
            f"Standaard\n\n{text}\n__________________\nGroet, {who}\nMet citaat reageren\n\n"
        )

    doc = read(
        "Bouwkundig Praatcafé\n\nLekkage bij dakkapel na storm\n\n"
        "Reageren\nPagina 1 van 1\n\n"
        + post(1, "KeesvdBerg", "Junior lid", "14-11-2023, 21:47",
               "Sinds de storm van zaterdag lekt het bij onze dakkapel aan de achterkant.")
        + post(2, "Piet_Klust", "Senior lid", "14-11-2023, 22:05",
               "Klinkt als de loodslabbe of het zinken aansluitstuk, niet de bitumen zelf.")
        + "Laatst aangepast door Piet_Klust; 15-11-2023 om 09:51.\n\n"
        "Alle tijden zijn GMT +1. Het is nu 07:14.\n"
    ).document  # fmt: skip
    assert (doc.title, doc.author, doc.published) == (
        "Lekkage bij dakkapel na storm",
        "KeesvdBerg",
        "2023-11-14",
    )
    assert [c.author for c in doc.comments] == ["Piet_Klust"]
    assert texts(doc) == [
        "Klinkt als de loodslabbe of het zinken aansluitstuk, niet de bitumen zelf."
    ]


GERMAN_NEWS = """Lindauer Abendpost
Abo  Login  E-Paper
Wir und unsere Partner verarbeiten Daten. Mit „Zustimmen“ erklären Sie sich damit einverstanden.
Zustimmen  Ablehnen  Einstellungen
Startseite > Lokales > Verkehr

Neue Buslinie zum Klinikum startet im Juni

Von Marta Hollweg
Do., 12.03.2026, 08:15 Uhr

Ab dem ersten Juni fährt die neue Linie 14 im Zwanzig-Minuten-Takt vom Bahnhof zum Klinikum.

Die Stadtwerke haben dafür drei zusätzliche Busse geleast und sechs Fahrer eingestellt.

Kommentare (2)

Jonas P. · 12.03.2026 · 09:02 Uhr
👍
👍 4  👎 0  Antworten  Melden

Uta Rennefeld · 12.03.2026 · 09:40 Uhr
Endlich, aber warum nicht auch am Sonntag?
(bearbeitet)
👍 9  👎 1  Antworten  Melden
"""


def test_a_site_over_a_menu_over_a_cookie_banner_is_the_site_not_the_banner():
    doc = read(GERMAN_NEWS).document
    assert (doc.site, doc.title, doc.author) == (
        "Lindauer Abendpost",
        "Neue Buslinie zum Klinikum startet im Juni",
        "Marta Hollweg",
    )


def test_a_lone_thumb_over_the_vote_row_is_the_comment_and_an_edit_mark_is_not_text():
    doc = read(GERMAN_NEWS).document
    assert [c.author for c in doc.comments] == ["Jonas P.", "Uta Rennefeld"]
    assert texts(doc) == ["👍", "Endlich, aber warum nicht auch am Sonntag?"]


def smf_post(status: str, who: str, rank: str, stars: str, posts: int, head: str, text: str,
             signature: str = "") -> str:  # fmt: skip
    """A post of an SMF 2 thread as a browser copies it: the poster's box, a blank line, the
    subject over '« Reply #N on: DATE »', the text, then 'Logged' and a signature."""
    return (
        f"{status} {who}\n{rank}\n{stars}\nPosts: {posts}\n\n"
        f"{head}\n\n{text}\n\nLogged\n" + (f"{signature}\n" if signature else "") + "\n"
    )


SMF = (
    "Dark Sky Circle\nWelcome, Guest. Please login or register.\n"
    "Did you miss your activation email?\n\nHome Help Search Login Register\n\n"
    "Dark Sky Circle » Observing » Meets » Dark-sky meet at Hollin Edge on the 8th of June\n"
    "Pages: [1]   Go Down\nPrint\n"
    "Author\tTopic: Dark-sky meet at Hollin Edge on the 8th of June  (Read 412 times)\n"
    "0 Members and 1 Guest are viewing this topic.\n\n"
    + smf_post(
        "Offline",
        "Nebula_Rae",
        "Hero Member",
        "*****",
        4907,
        "Dark-sky meet at Hollin Edge on the 8th of June\n« on: May 12, 2024, 09:15:40 PM »",
        "Meet at the car park by the chapel from nine, the moon sets before ten.\n\n"
        "Bring warm clothes, a red torch and something hot to drink.",
        "Clear skies, Rae",
    )
    + smf_post(
        "Online",
        "OrionTom",
        "Full Member",
        "***",
        412,
        "Re: Dark-sky meet at Hollin Edge on the 8th of June\n"
        "« Reply #1 on: May 13, 2024, 10:41:07 PM »",
        "Count me in. I will bring the big Dobsonian and park it by the wall.",
    )
    + smf_post(
        "Offline",
        "Lucy_M",
        "Newbie",
        "*",
        3,
        "Re: Dark-sky meet at Hollin Edge on the 8th of June\n"
        "« Reply #2 on: May 14, 2024, 08:02:11 AM »",
        "Quote from: OrionTom on May 13, 2024, 10:41:07 PM\n"
        "Count me in. I will bring the big Dobsonian and park it by the wall.\n\n"
        "Could I have a look through it? I only have binoculars so far.",
    )
    + "Pages: [1]   Go Up\nPrint\n\nSMF 2.0.19 | SMF © 2021, Simple Machines\n"
    "Page created in 0.087 seconds with 21 queries.\n"
)


def test_an_smf_thread_copied_from_the_browser_its_first_post_the_article():
    parse = read(SMF)
    doc = parse.document
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Dark-sky meet at Hollin Edge on the 8th of June",
        "Nebula_Rae",
        "Dark Sky Circle",
        "2024-05-12",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Meet at the car park by the chapel from nine, the moon sets before ten.",
        "Bring warm clothes, a red torch and something hot to drink.",
    ]
    assert tree(doc) == [("OrionTom", "2024-05-13", None), ("Lucy_M", "2024-05-14", None)]
    assert texts(doc) == [
        "Count me in. I will bring the big Dobsonian and park it by the wall.",
        "Could I have a look through it? I only have binoculars so far.",
    ]
    for furniture in ("Logged", "Clear skies, Rae", "Posts: 412", "Hero Member", "Welcome, Guest",
                      "0 Members and 1 Guest", "Page created in"):  # fmt: skip
        assert furniture not in doc.text


def smf_curve_post(who: str, rank: str, stars: str, posts: int, head: str, text: str,
                   signature: str) -> str:  # fmt: skip
    """A post of SMF's Curve theme as a browser copies it: the user name, a blank line, their
    box indented under it, the subject over '« Risposta #N il: DATE »' and the quote button,
    the text, 'Registrato', a blank line, then the signature right over the next name."""
    return (
        f"{who}\n\n    {rank}\n    {stars}\n    Post: {posts}\n\n{head}\n\n    Citazione\n\n"
        f"{text}\nRegistrato\n\n{signature}\n"
    )


def test_an_smf_thread_in_italian_with_the_name_a_blank_line_over_its_box():
    page = (
        "Forum dei Cieli Bui\nBenvenuto, Ospite. Per favore, effettua il login o registrati.\n\n"
        "Forum dei Cieli Bui » Osservazioni » Incontri\n\nPagine: [1]   Vai giù\n"
        "Autore\tTopic: Serata osservativa a Monte Alto  (Letto 412 volte)\n"
        "0 Utenti e 1 Visitatore stanno visualizzando questo topic.\n"
        + smf_curve_post(
            "Rae_Nebula",
            "Utente Senior",
            "****",
            907,
            "Serata osservativa a Monte Alto\n« il: 12 Maggio 2024, 21:15:40 »",
            "Ci troviamo al parcheggio della cappella dalle nove.\n\n"
            "Portate vestiti caldi e una torcia rossa.",
            "Cieli sereni da Monte Alto",
        )
        + smf_curve_post(
            "Tom_Orione",
            "Moderatore Globale",
            "*****",
            2871,
            "Re: Serata osservativa a Monte Alto\n« Risposta #1 il: 13 Maggio 2024, 10:41:07 »",
            "Ci sono anch'io, porto il Dobson grande.",
            "Regolamento del forum: leggetelo prima di postare!",
        )
        + "\nPagine: [1]   Vai su\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author, doc.published) == (
        "Serata osservativa a Monte Alto",
        "Rae_Nebula",
        "2024-05-12",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Ci troviamo al parcheggio della cappella dalle nove.",
        "Portate vestiti caldi e una torcia rossa.",
    ]
    assert tree(doc) == [("Tom_Orione", "2024-05-13", None)]
    assert texts(doc) == ["Ci sono anch'io, porto il Dobson grande."]
    for furniture in ("Registrato", "Cieli sereni", "Regolamento", "Utente Senior", "Citazione"):
        assert furniture not in doc.text


def test_an_smf_thread_in_german_with_the_posters_stats_a_block_under_the_box():
    def post(who: str, rank: str, head: str, text: str) -> str:
        return (
            f"{who}\n{rank}\n***\nOffline\n\nBeiträge: 214\nOrt: Hohenlohe\n\n"
            f"    {head}\n\n{text}\n\n    Gespeichert\n"
        )

    page = (
        "Schlepperfreunde Südwest\nWillkommen, Gast. Bitte einloggen oder registrieren.\n\n"
        "Seiten: [1]   Nach unten\n"
        "Autor\tThema: Kupplung rutscht nach langer Standzeit  (Gelesen 2318 mal)\n"
        "0 Mitglieder und 2 Gäste betrachten dieses Thema.\n"
        + post(
            "Egon Brettschneider",
            "Full Member",
            "Kupplung rutscht nach langer Standzeit\n    « am: 09. März 2025, 18:22:41 »",
            "Hallo zusammen,\n\nmein Hanomag stand zwölf Jahre, jetzt rutscht die Kupplung.",
        )
        + post(
            "Schorsch_W",
            "Hero Member",
            "Re: Kupplung rutscht nach langer Standzeit\n"
            "    « Antwort #1 am: 09. März 2025, 19:05:12 »",
            "Servus Egon,\n\ndann ist Öl auf der Scheibe, das fährt sich nicht frei.",
        )
    )
    doc = read(page).document
    assert (doc.title, doc.author, doc.published) == (
        "Kupplung rutscht nach langer Standzeit",
        "Egon Brettschneider",
        "2025-03-09",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Hallo zusammen,",
        "mein Hanomag stand zwölf Jahre, jetzt rutscht die Kupplung.",
    ]
    assert tree(doc) == [("Schorsch_W", "2025-03-09", None)]
    assert "Beiträge" not in doc.text and "Gespeichert" not in doc.text


LEMMY = (
    "Fediverse Readers\nCommunities  Create Post  Create Community  Support Lemmy\n\n"
    "libraries\nOur branch started lending power tools. Six months in, here is what broke.\n"
    "▲ 212 ▼\nsubmitted 4 days ago by marta_reads to libraries\n\n"
    "We added a shelf of drills, a tile cutter and two sewing machines in the autumn.\n\n"
    "3 comments\nsorted by: hot  top  new  old\n\n"
    "alder_grove · 4d\nHow do you handle the deposit? Ours killed demand.\n▲ 48 ▼  reply  ···\n"
    "\tmarta_reads OP · 4d\n\tNo deposit at all, a volunteer checks every tool in.\n"
    "\t▲ 37 ▼  reply  ···\n"
    "oakhollow · 3d\ndeleted by creator\n▲ 1 ▼  reply  ···\n"
    "\tsunnyside_lib · 3d\n\tMost councils' insurance covers lending with a signed form.\n"
    "\t▲ 15 ▼  reply  ···\n"
)


def test_a_lemmy_thread_its_title_over_the_votes_and_a_badge_after_the_posters_name():
    doc = read(LEMMY).document
    assert (doc.title, doc.author) == (
        "Our branch started lending power tools. Six months in, here is what broke.",
        "marta_reads",
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("alder_grove", None),
        ("marta_reads", 0),
        ("oakhollow", None),
        ("sunnyside_lib", 2),
    ]
    assert texts(doc)[2] == "deleted by creator"  # (it holds a reply)


def vb4_post(when: str, n: int, who: str, rank: str, since: str, posts: str, title: str,
             text: str, after: str = "") -> str:  # fmt: skip
    """A vBulletin 4 post as a German browser copies it: date and number, the name twice
    (the second time with its presence), rank, the profile's labels over their values,
    the post's title, then the text and its buttons."""
    return (
        f"{when} #{n}\n{who}\n{who} ist offline\n{rank}\nRegistriert seit\n{since}\n"
        f"Beiträge\n{posts}\n{title}\n\n{text}\n\n{after}Antworten Mit Zitat antworten\n\n"
    )


def test_a_german_vbulletin_4_copy_its_poster_box_and_its_first_posts_title():
    doc = read(
        "Wohnmobil-Stammtisch Nord\nRegistrieren  Hilfe  Community  Kalender  Suchen\n\n"
        "Wohnmobil-Stammtisch Nord > Technik > Heizung\n"
        "Thema: Heizung geht nach zehn Minuten aus\n\n"
        + vb4_post("08.01.2024, 19:42", 1, "Kalle_HH", "Neues Mitglied", "03.2021", "37",
                   "Heizung geht nach zehn Minuten aus",
                   "Unsere alte Heizung springt an, läuft zehn Minuten und geht dann aus.")
        + vb4_post("Gestern, 21:30", 2, "Hannes aus Husum", "Stammgast", "11.2012", "2.688",
                   "AW: Heizung geht nach zehn Minuten aus",
                   "Das Thermoelement gibt es auch beim Händler in Kiel für wenig Geld.",
                   "Geändert von Hannes aus Husum (08.01.2024 um 20:21 Uhr) Grund: Tippfehler\n")
    ).document  # fmt: skip
    assert (doc.title, doc.author, doc.published, doc.site) == (
        "Heizung geht nach zehn Minuten aus",
        "Kalle_HH",
        "2024-01-08",
        "Wohnmobil-Stammtisch Nord",
    )
    assert tree(doc) == [("Hannes aus Husum", None, None)]
    assert texts(doc) == ["Das Thermoelement gibt es auch beim Händler in Kiel für wenig Geld."]


def test_a_french_xenforo_copy_indented_names_ranks_and_a_signed_last_line():
    def post(who: str, rank: str, when: str, n: int, text: str) -> str:
        return (
            f"    {who}\n    {rank}\n\n    {when}\n    #{n}\n\n{text}\n    J'aime\n    Réagir\n\n"
        )

    doc = read(
        "Le Coin des Jardiniers\n\nRécupérateur d'eau : quelle taille pour un potager ?\n"
        "Auteur de la discussion Bastien_Lr Date de début 12 avril 2024\n\n"
        + post("Bastien_Lr", "Nouveau membre", "12 avril 2024", 1,
               "Je veux enfin installer une cuve pour arroser le potager cet été.\n\n"
               "Merci d'avance !")
        + post("Pépé Gaston", "Membre", "13 avril 2024", 2,
               "J'en ai trois reliées par le bas avec un tuyau de 40, ça marche depuis 2017.\n\n"
               "Gaston – potager en Charente depuis 1971")
    ).document  # fmt: skip
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Je veux enfin installer une cuve pour arroser le potager cet été.",
        "Merci d'avance !",
    ]
    assert tree(doc) == [("Pépé Gaston", "2024-04-13", None)]
    assert texts(doc) == [
        "J'en ai trois reliées par le bas avec un tuyau de 40, ça marche depuis 2017."
    ]


def test_a_line_of_fields_set_apart_by_bars_under_one_post_is_the_posters_text():
    # a signature seen once reads as an answer's list does ("Drum sander | 45 GBP a day |
    # worth every penny"): it is kept
    def post(who: str, when: str, text: str) -> str:
        return (
            f"{who}\nBeiträge: 915\nRegistriert: So 9. Okt 2011, 16:20\n\n"
            f"Re: Trübes Wasser im Nano\nBeitrag von {who} » {when}\n\n{text}\nNach oben\n\n"
        )

    doc = read(
        "Nano-Aquarium Treff\nForen-Übersicht\nGarnelen\nTrübes Wasser im Nano\nAntworten\n"
        "3 Beiträge • Seite 1 von 1\n"
        + post("Lotte", "Mo 10. Mär 2025, 08:12",
               "Seit dem letzten Wasserwechsel ist mein Becken milchig trüb, die Garnelen"
               " verstecken sich nur noch. Was kann ich tun?\n").replace("Re: ", "")
        + post("Bernhard63", "Di 11. Mär 2025, 19:50",
               "Frag bei deinen Stadtwerken nach, die veröffentlichen ihre Wasseranalyse.\n\n"
               "Tropfentest | Leitwertmessgerät | Teststreifen\n")
    ).document  # fmt: skip
    assert [c.author for c in doc.comments] == ["Bernhard63"]
    assert texts(doc)[0].endswith("Tropfentest | Leitwertmessgerät | Teststreifen")


def test_new_reddits_row_under_the_post_gives_its_comment_count_not_a_comments_votes():
    doc = read(
        NEW_REDDIT + "\n214\n87\nTeilen\nSpeichern\n\nSortieren nach:\nBeste\n\n"
        "Feuerwehr_Kalle\n•\nvor 2 J.\n\nDu hast ein Recht auf Belegeinsicht, das ist eindeutig.\n\n"
        "97\nAntworten\nTeilen\n"
    ).document
    assert [c.author for c in doc.comments] == ["Feuerwehr_Kalle"]
    assert doc.comments_declared == 87


def test_a_xenforo_copy_with_the_name_under_the_avatar_and_the_text_right_under_the_number():
    def post(who: str, rank: str, when: str, n: int, text: str) -> str:
        return (
            f"    {who}\n\n    {who}\n    {rank}\n\n    {when}\n        #{n}\n{text}\n\n"
            "    Like\n\n"
        )

    doc = read(
        "Huis & Energie Forum\n\nHybride warmtepomp in een jaren-dertigwoning\n\n"
        "    Discussie gestart door Wessel_K\n    Startdatum 3 mrt 2024\n\n"
        + post("Wessel_K", "Actief lid", "3 mrt 2024", 1,
               "Vorig jaar september hebben we een hybride warmtepomp laten plaatsen.")
        + post("Ineke Stam", "Moderator\n    Medewerker", "3 mrt 2024", 2,
               "Dat is precies waar een hybride voor bedoeld is, mooi om te zien.")
        + post("Anouk van den Berg", "Bekend lid", "6 mrt 2024", 3, "+1")
    ).document  # fmt: skip
    assert (doc.author, doc.published) == ("Wessel_K", "2024-03-03")
    assert [doc.text[s:e][:20] for s, e in doc.paragraphs] == ["Vorig jaar september"]
    assert [c.author for c in doc.comments] == ["Ineke Stam", "Anouk van den Berg"]
    assert texts(doc) == ["Dat is precies waar een hybride voor bedoeld is, mooi om te zien.", "+1"]


def test_a_posters_rank_over_their_profile_under_a_post_is_no_part_of_it():
    def post(who: str, when: str, text: str, rank: str) -> str:
        return (
            f"Re: Riego por goteo con depósito elevado\n\nMensaje por {who} » {when}\n\n{text}\n\n"
            f"_________________\nMi huerto desde 2011\n\n{rank}\nMensajes: 2210\n"
            "Registrado: Sáb 14 May 2011 09:55\n\nArriba\n\n"
        )

    doc = read(
        "Foro de Huertos\n\nRiego por goteo con depósito elevado\n\n"
        "Mensaje por Paco_Arlanza » Lun 15 Abr 2024 21:07\n\n"
        "¿Cuánta altura hace falta para que el goteo funcione sin bomba? Tengo un depósito de "
        "mil litros.\n\n"
        "Colaborador habitual\nMensajes: 1533\n\nArriba\n\n"
        + post("Lucía_Bierzo", "Jue 18 Abr 2024 10:05",
               "Pon un filtro de malla justo a la salida del depósito.", "Usuaria experta")
    ).document  # fmt: skip
    assert texts(doc) == ["Pon un filtro de malla justo a la salida del depósito."]


def invision_post(who: str, group: str, when: str, text: str, badge: str = "") -> str:
    return (
        f"{who}\nPosted {when}\n{who}\n{group}\n  52\n47 posts\nLocation: Elmsworth\n{badge}"
        f"Share\nPosted {when}\n\n{text}\n\nQuote\nLink to comment\nShare on other sites\n"
        "More sharing options...\n\n"
    )


def test_an_invision_community_topic_its_posts_heads_and_buttons():
    doc = read(
        "Brassfield Workshop Forum\nExisting user? Sign In\nSign Up\n\nHome\nLathes\n"
        "Old bench lathe headstock whines\nAll Activity\n\n"
        "Old bench lathe headstock whines\nBy Alder_Finch, March 3, 2024 in Lathes\nShare\n"
        "Followers 3\nReply to this topic\nStart new topic\nGo to solution\nSolved by Tomasz K\n"
        "Recommended Posts\n\n"
        + invision_post("Alder_Finch", "Members", "March 3, 2024",
                        "I've spent the winter bringing an old bench lathe back to life.")
        + invision_post("Brigid_M", "Moderators", "March 3, 2024",
                        "Too hot to touch after twenty minutes is not settling in.",
                        badge="Popular Post\n")
        + invision_post("Alder_Finch", "Members", "March 4, 2024",
                        "Done, and what a difference.", badge="Author\n")
        + "Create an account or sign in to comment\n"
    ).document  # fmt: skip
    assert (doc.title, doc.author, doc.published) == (
        "Old bench lathe headstock whines",
        "Alder_Finch",
        "2024-03-03",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "I've spent the winter bringing an old bench lathe back to life."
    ]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Brigid_M", "2024-03-03"),
        ("Alder_Finch", "2024-03-04"),
    ]
    assert texts(doc) == [
        "Too hot to touch after twenty minutes is not settling in.",
        "Done, and what a difference.",
    ]


def mybb_post(who: str, group: str, stars: str, number: int, when: str, text: str) -> str:
    return (
        f"{who}\n{group}\n{stars}\nPosts: 38\nThreads: 6\nJoined: Mar 2022\nReputation: 2\n"
        f"#{number}\n{when}\n{text}\nFind\nReply\nQuote\nReport\n\n"
    )


def test_a_mybb_thread_its_posters_boxes_over_number_and_date_and_a_quotation_head():
    doc = read(
        "Roça Viva Forum\nSearch\nMember List\n\n"
        "Clay oven cracked on its first firing\nThreaded Mode\n\n"
        "Thread: Clay oven cracked on its first firing\n\n"
        + mybb_post("zeca_do_sitio", "Member", "**", 1, "13/05/2024, 21:41",
                    "Last month I finished a clay oven in the yard, on a sand dome. Yesterday I "
                    "fired it for the first time and three cracks appeared in the dome.")
        + mybb_post("Dona Lurdes", "Moderator", "*****", 2, "13/05/2024, 22:10",
                    "Calm down, you did not lose it. Cracks on the first firing are normal.")
        + mybb_post("Marcão Pedreiro", "Senior Member", "****", 3, "14/05/2024, 07:32",
                    "zeca_do_sitio Wrote: (13/05/2024, 21:41)\nthree cracks appeared in the dome.\n"
                    "Patch it. I knocked my first one down and regretted it.")
    ).document  # fmt: skip
    assert (doc.title, doc.author, doc.published) == (
        "Clay oven cracked on its first firing",
        "zeca_do_sitio",
        "2024-05-13",
    )
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Dona Lurdes", "2024-05-13"),
        ("Marcão Pedreiro", "2024-05-14"),
    ]
    assert texts(doc)[1] == "Patch it. I knocked my first one down and regretted it."


def slashdot_comment(indent: str, subject: str, who: str, when: str, text: str) -> str:
    lines = [f"{subject} (Score:4, Interesting)", f"by {who} writes:", f"on {when} (#64515481)",
             "", text, "", *(["Parent"] if indent else []), "Share", ""]  # fmt: skip
    return "".join(f"{indent}{line}\n" if line else "\n" for line in lines)


def test_slashdot_copied_by_firefox_heads_a_comment_with_its_name_date_and_number_on_a_line():
    # "by NAME ( 4412809 ) on DATE (#64318812)": the uid spaced in its brackets, the
    # comment's number past seven digits; a one-line text runs into "Reply to This"
    def comment(indent: str, subject: str, who: str, number: str, text: str) -> str:
        lines = [f"{subject} (Score:2)", f"by {who} on Thursday March 14, 2024 @08:17PM "
                 f"(#{number})", text, "Reply to This", "Share", *(["Parent"] if indent else []),
                 "Flag as Inappropriate"]  # fmt: skip
        return "".join(f"{indent}{line}\n" for line in lines)

    doc = read(
        "Bytewire\nStories\n\nLibrary Lends Scopes (fenmoor.example)\n"
        "Posted by jdalbright on Thursday March 14, 2024 @08:02PM from the scope dept.\n"
        "An anonymous reader shares a report: the library in Fenmoor lends oscilloscopes now.\n\n"
        + comment("", "Kids' projects", "Penrose_Tiler ( 4412809 )", "64318812",
                  "A scope for one afternoon is what a science fair needs.")
        + comment("    ", "Re:Kids' projects", "Anonymous Coward", "64318822",
                  "Schools lock theirs in a closet.")
        + comment("", "Liability", "bitrot_bob ( 901744 )", "64318851",
                  "A soldering station is safer than a kitchen knife.")
    ).document  # fmt: skip
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Penrose_Tiler", "2024-03-14", None),
        ("Anonymous Coward", "2024-03-14", 0),
        ("bitrot_bob", "2024-03-14", None),
    ]
    assert texts(doc) == [
        "A scope for one afternoon is what a science fair needs.",
        "Schools lock theirs in a closet.",
        "A soldering station is safer than a kitchen knife.",
    ]


def test_a_slashdot_story_its_tags_and_its_comments_nested_by_indent():
    doc = read(
        "Bytewire\nStories\nFirehose\nSearch Bytewire\nLogin\nor\nSign up\n\n"
        "Small-Town Library Starts Lending Soldering Irons (millbrookcourier.example)\n"
        "Posted by kestrelmoon on Tuesday May 14, 2024 @10:02AM from the magic-smoke dept.\n\n"
        "An anonymous reader quotes a report from the Millbrook Courier: the library lends tools."
        "\n\nSo far only one item has come back damaged, a scope probe with a bent tip.\n\n"
        "hardware\ndiy\nlibraries\n\n204 comments\n\n"
        + slashdot_comment("", "Library of Things", "grubstake_ ( 884213 )",
                           "Tuesday May 14, 2024 @10:09AM", "Our county system has done this.")
        + slashdot_comment("    ", "Re:Library of Things", "Anonymous Coward",
                           "Tuesday May 14, 2024 @10:21AM", "Ours lends the telescope too.")
        + slashdot_comment("", "Liability?", "redshift_rita ( 1456602 ) <rita@NOSPAM.example>",
                           "Tuesday May 14, 2024 @10:12AM", "Who is on the hook?")
    ).document  # fmt: skip
    assert (doc.title, doc.author, doc.published) == (
        "Small-Town Library Starts Lending Soldering Irons",
        "kestrelmoon",
        "2024-05-14",
    )
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["An", "So"]
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("grubstake_", "2024-05-14", None),
        ("Anonymous Coward", "2024-05-14", 0),
        ("redshift_rita", "2024-05-14", None),
    ]
    assert texts(doc) == [
        "Our county system has done this.",
        "Ours lends the telescope too.",
        "Who is on the hook?",
    ]


def hn_comment(who: str, links: str, *text: str) -> str:
    """A Hacker News comment copied without its indents: its header's links, its text."""
    return f"{who} 4 hours ago | {links} [–]\n\n" + "\n\n".join(text) + "\n\nreply\n\t\n"


HN_REPAIRS = (
    "Ask HN: How do you price repairs?\n"
    "98 points by ticktock_dana 7 hours ago | hide | past | favorite | 22 comments\n\n"
    "I fix clocks on weekends and never know what to charge for a first look.\n\n"
)


def test_a_hacker_news_copy_without_its_indents_nests_by_its_parent_links():
    doc = read(
        "Hacker News\nnew | past | comments | ask | show | jobs | submit\nlogin\n\n"
        "Ask HN: How do you keep family voicemails?\n"
        "212 points by dalia 9 hours ago | hide | past | favorite | 22 comments\n\n"
        "My grandfather's voicemails are the last recordings of his voice we have.\n\n"
        + hn_comment("kaz", "next", "Export every voicemail to a file, immediately.")
        + hn_comment("quietferret", "parent | next", "That is a good reminder.")
        + hn_comment("jkessler", "root | parent", "Been there, the phone might not wait.")
        + hn_comment("hollis_dev", "prev | next", "My workflow: FLAC for the archive.")
    ).document  # fmt: skip
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("kaz", None),
        ("quietferret", 0),
        ("jkessler", 1),
        ("hollis_dev", None),
    ]


def test_a_hacker_news_copy_places_deep_replies_by_their_prev_and_next_links():
    # "root | parent" says only "two levels down or more": a reply with no "prev" link is
    # the first under the comment right above it; one with "prev" follows the nearest
    # comment up the thread that has a "next"
    doc = read(
        HN_REPAIRS
        + hn_comment("lenscap_jo", "next", "Camera repair here. I use three tiers.")
        + hn_comment("bkruger", "parent | next", "How do you handle the ones you cannot fix?")
        + hn_comment("lenscap_jo", "root | parent | next", "I call them before going on.")
        + hn_comment("ticktock_dana", "root | parent", "The phone call is the part I skip.")
        + hn_comment("pnwsynth", "parent | prev", "+1 for tiers. Synths are the same.")
        + hn_comment("oak_and_brass", "prev", "Clockmaker for thirty years.")
    ).document  # fmt: skip
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("lenscap_jo", None),
        ("bkruger", 0),
        ("lenscap_jo", 1),
        ("ticktock_dana", 2),  # no "prev": the first reply to the comment above it
        ("pnwsynth", 0),
        ("oak_and_brass", None),
    ]


def test_a_hacker_news_copy_that_lost_its_prev_links_keeps_deep_replies_at_their_least_level():
    # "next" alone tells nothing of a reply's place: without any "prev", replies are not
    # stacked one under another
    doc = read(
        HN_REPAIRS
        + hn_comment("lenscap_jo", "next", "Camera repair here. I use three tiers.")
        + hn_comment("bkruger", "parent | next", "How do you handle the ones you cannot fix?")
        + hn_comment("galloway", "root | parent | next", "I charge the first hour anyway.")
        + hn_comment("orrin", "root | parent | next", "Same, and I say so on the phone.")
        + hn_comment("mae_k", "root | parent", "Nobody has ever argued with that.")
    ).document  # fmt: skip
    assert [c.parent for c in doc.comments] == [None, 0, 1, 1, 1]


def test_a_short_new_reddit_title_with_no_flair_over_the_posts_text_is_the_title():
    page = (
        "r/bristol\nu/quietfen\n11 mo. ago\nMoving to Clifton\n"
        "We're moving from Leeds in the spring with two kids, 6 and 9. Which primary schools"
        " should we look at, and is parking as bad as everyone says?\n"
        "Thanks in advance for any tips. We've visited twice but only at weekends.\n"
    )
    doc = read(page).document
    assert doc.title == "Moving to Clifton"
    assert body(doc)[0].startswith("We're moving from Leeds")


def test_a_hacker_news_reply_deeper_than_its_links_say_answers_the_comment_it_quotes():
    # "root | parent" is under every reply two levels down or more (and a copy may show a
    # bare "parent"): a reply that opens by quoting a comment under the one its links put it
    # under answers that comment
    def thread(deep: str, links: str) -> str:
        return (
            "Ask HN: How do you keep family voicemails?\n"
            "212 points by dalia 9 hours ago | hide | past | favorite | 22 comments\n\n"
            "My grandfather's voicemails are the last recordings of his voice we have.\n\n"
            + hn_comment("kaz", "next", "Export every voicemail to a file, immediately.")
            + hn_comment("quietferret", "parent | next", "Did you keep the phone's own copy?")
            + deep
            + hn_comment("dana_r", links, "> Did you keep the phone's own copy?", "No, only this.")
            + hn_comment("hollis_dev", "prev | next", "My workflow: FLAC for the archive.")
        )

    deep = hn_comment("jkessler", "root | parent | next", "Was the copy not lossy anyway?")
    doc = read(thread(deep, "root | parent | prev | next")).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("kaz", None),
        ("quietferret", 0),
        ("jkessler", 1),
        ("dana_r", 1),  # it quotes the comment its links put it under
        ("hollis_dev", None),
    ]
    quoting = thread(deep, "root | parent | prev | next").replace(
        "> Did you keep the phone's own copy?", "> Was the copy not lossy anyway?"
    )
    doc = read(quoting).document
    assert [(c.author, c.parent) for c in doc.comments][3] == ("dana_r", 2)
    assert texts(doc)[3] == "No, only this."
    doc = read(thread("", "parent | next")).document  # a bare "parent" under a deeper reply
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("kaz", None),
        ("quietferret", 0),
        ("dana_r", 1),
        ("hollis_dev", None),
    ]


def test_a_solved_questions_box_and_the_answers_excerpt_under_it_are_not_the_question():
    # Discourse sets a box under the opening post: its label, the line naming the answer,
    # and the answer's first words, which come again in full further down
    words = {
        "en": ("Solution", "Solved by gunnar.h in post #2"),
        "de": ("Lösung", "Gelöst von gunnar.h in Beitrag #2"),
        "fr": ("Solution", "Résolu par gunnar.h dans le message #2"),
        "es": ("Solución", "Resuelto por gunnar.h en la publicación #2"),
        "it": ("Soluzione", "Risolto da gunnar.h nel post #2"),
        "pt": ("Solução", "Resolvido por gunnar.h na publicação #2"),
        "nl": ("Oplossing", "Opgelost door gunnar.h in bericht #2"),
    }
    excerpt = "Same here, also an SK-R2 with the same bucket, it counts twice. Have you …"
    for language, (label, solved) in words.items():
        page = DISCOURSE.replace(
            "counts double.\n\nReply\n",
            f"counts double.\n\n{label}\n{solved}\n\n{excerpt}\n\nReply\n",
        )
        parse = read(page)
        doc = parse.document
        assert [doc.text[s:e] for s, e in doc.paragraphs] == [
            "Since updating my base unit to firmware 2.4 on Sunday, the tipping bucket counts "
            "double."
        ], language
        assert excerpt not in doc.text and solved not in doc.text, language
        assert [c.author for c in doc.comments] == ["gunnar.h", "tomas_weatherbox", "priya_k"]


def test_a_solution_box_quoting_the_answer_under_its_posters_name_is_left_out_whole():
    # the box's line alone in its block, then the quotation's head, then the excerpt
    excerpt = "Same here, also an SK-R2 with the same bucket, it counts twice."
    page = DISCOURSE.replace(
        "counts double.\n\nReply\n",
        f"counts double.\n\nSolved by gunnar.h in post #2\n\ngunnar.h:\n\n{excerpt}\n\n"
        "View in context\n\nReply\n",
    )
    doc = read(page).document
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Since updating my base unit to firmware 2.4 on Sunday, the tipping bucket counts double."
    ]
    assert texts(doc)[0] == excerpt  # the answer itself, where it stands in the thread


def test_the_likes_counted_under_a_comment_are_no_part_of_it():
    # Jetpack's "Gefällt 2 Personen" under a WordPress comment, over its reply button
    page = """Brotzeit am Fluss
Sauerteig im Hochsommer: was hilft

Veröffentlicht am 3. Juli 2023 von Lena Vogt

Im Juli geht mein Sauerteig schneller auf, als mir lieb ist, und schmeckt dann sauer.

Ich füttere ihn deshalb nur noch abends und stelle das Glas danach in den Keller.

2 Gedanken zu „Sauerteig im Hochsommer: was hilft“

    Jonas Brandt sagt:
    3. Juli 2023 um 20:14 Uhr

    Das kenne ich! Seitdem ich ihn in den Keller stelle, ist Ruhe.

    Gefällt {likes}
    Antworten
        Anke Liebherr sagt:
        4. Juli 2023 um 11:02 Uhr

        Bei mir hilft kälteres Wasser beim Füttern.

        Antworten
"""
    for likes in ("2 Personen", "1 Person"):
        doc = read(page.replace("{likes}", likes)).document
        assert texts(doc) == [
            "Das kenne ich! Seitdem ich ihn in den Keller stelle, ist Ruhe.",
            "Bei mir hilft kälteres Wasser beim Füttern.",
        ], likes
        assert "Gefällt" not in doc.text


def test_a_posts_closing_words_with_its_writers_name_stay_over_the_next_posters_profile():
    # the copy runs the next poster's name and profile on under the post's last line
    page = """Balhoofd vol roest bij een Gazelle uit 1978

Bart_W
Berichten: 14

Bericht door Bart_W » di 12 mar 2024, 20:14

Ik heb vorige maand een Gazelle uit 1978 gekocht, maar het balhoofd zit vol bruine korrelige roest.

Kan ik de lagerschalen laten zitten en alleen nieuwe kogels erin doen?

Groet, Bart
fietsfreek_ede
Berichten: 212

Bericht door fietsfreek_ede » di 12 mar 2024, 21:02

Schalen laten zitten kan prima als ze glad zijn.
"""
    doc = read(page).document
    assert [doc.text[s:e] for s, e in doc.paragraphs][-1] == "Groet, Bart"
    assert [c.author for c in doc.comments] == ["fietsfreek_ede"]


XENFORO_GUEST = """Lathe & Loom

    Forums
    Workshop

JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.
Why does my bandsaw blade keep wandering off the line?

    Thread starter maple_dan
    Start date Apr 9, 2025
    Tags
        bandsaw blade drift

maple_dan
M
maple_dan
Member
Joined
    Jan 5, 2024
Messages
    12

    Apr 9, 2025

    #1

Hi all, new here, first real post.

The blade drifts to the left on every rip cut, even after a new blade and tension set by the gauge.

Tilda_R
T
Tilda_R
Well-known member
Joined
    Mar 2, 2018
Messages
    2,210

    Apr 9, 2025

    #2

Check the guide bearings first, a worn one pushes the blade sideways under load.
"""


def test_a_xenforo_guest_copy_under_the_browsers_notice_with_the_threads_tags_under_their_label():
    # the notice over the thread is no paragraph (the question under it is the title), the
    # tags indented under "Tags" are no body, and the opening post's number stands a blank
    # line under its date
    parse = read(XENFORO_GUEST)
    doc = parse.document
    assert doc.title == "Why does my bandsaw blade keep wandering off the line?"
    assert (doc.author, doc.published) == ("maple_dan", "2025-04-09")
    assert body(doc) == [
        "Hi all, new here, first real post.",
        "The blade drifts to the left on every rip cut, even after a new blade and tension set"
        " by the gauge.",
    ]
    assert [(c.author, c.published) for c in doc.comments] == [("Tilda_R", "2025-04-09")]
    assert dropped(parse)["bandsaw blade drift"] == "the list under a label"


PHPBB_IT = """Vai al contenuto

Il Forum della Birra Fatta in Casa
Malto, luppolo e lieviti dalla comunità

Indice Forum ‹ Fermentazione

Fermentazione bloccata al terzo giorno: cosa faccio?

Rispondi
3 messaggi • Pagina 1 di 1

Gino_B
Messaggi: 21

Fermentazione bloccata al terzo giorno: cosa faccio?

Messaggio da Gino_B » mar 20 ago 2024, 09:12

Ciao a tutti, la mia prima cotta si è fermata al terzo giorno e il gorgogliatore non fa più niente.

Top

Ale_77
Messaggi: 902

Re: Fermentazione bloccata al terzo giorno: cosa faccio?

Messaggio da Ale_77 » mer 21 ago 2024, 10:02

Misura la densità prima di tutto: spesso la fermentazione è già finita.

Top

Ruggero
Messaggi: 1290

Re: Fermentazione bloccata al terzo giorno: cosa faccio?

Messaggio da Ruggero » ieri, 21:40

Ale_77 ha scritto: ↑
mer 21 ago 2024, 10:02
Misura la densità prima di tutto
Giusto, e controlla anche la temperatura della stanza, sotto i diciotto gradi il lievito rallenta.

Top
"""


def test_a_quoted_posts_date_under_its_head_is_not_the_replys_and_a_forums_long_name_is_its_site():
    doc = read(PHPBB_IT).document
    assert doc.site == "Il Forum della Birra Fatta in Casa"
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Ale_77", "2024-08-21"),
        ("Ruggero", None),  # "ieri": a copy does not say when it was made
    ]
    assert texts(doc)[1].startswith("Giusto, e controlla")


def test_a_cookie_banners_shouted_button_is_no_site_name_over_the_forums_own():
    doc = read(
        "Este sitio web utiliza cookies para que disfrutes de la mejor experiencia posible en el"
        " foro.\nMás información\n¡Entendido!\nForo Huerto Sur\nComunidad de hortelanos\n\n"
        "Índice general\n\nTomates rajados después de la lluvia\n\n9 mensajes • Página 1 de 1\n\n"
        "Mensaje por rocio_h » 15 Oct 2024, 21:12\n\n"
        "Después de la tormenta de anoche casi todos los tomates de la mata grande se han rajado"
        " por arriba.\n\nMensaje por paco_r » 15 Oct 2024, 22:40\n\n"
        "Es el riego irregular: la planta bebe de golpe y la piel no aguanta.\n"
    ).document
    assert doc.site == "Foro Huerto Sur"
    assert doc.title == "Tomates rajados después de la lluvia"


def test_a_new_reddit_copy_with_indents_its_dots_badges_and_flairs_on_lines_of_their_own():
    page = """r/bikecommuting
•
5h ago
lanternfish_42

Our office bike room is empty. What are we missing?

After two years of nagging, facilities put in a locked bike room with 40 racks, and six bikes use it.

Upvote
412
Downvote

Comments Section
spokes_and_stuff
•
5h ago
MOD
Stickied comment

Friendly reminder that this is a discussion thread.

Upvote
34
Downvote
Reply

quietgear
Top 1% Commenter
•
4h ago

Where is the room, physically, and how do you get into it?

Upvote
1
Downvote
Reply

    lanternfish_42
    •
    OP
    •
    4h ago

    Basement level -2, down two car park ramps.

    Upvote
    31
    Downvote
    Reply
"""
    doc = read(page).document
    assert doc.author == "lanternfish_42"
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("spokes_and_stuff", None),
        ("quietgear", None),
        ("lanternfish_42", 1),
    ]
    assert texts(doc)[2] == "Basement level -2, down two car park ramps."


def test_a_german_phpbb_topic_head_its_search_box_under_the_title():
    page = """Kleingarten-Treff
Foren-Übersicht
Gemüsegarten
Tomaten: Braunfäule trotz Regendach

Antwort erstellen
Druckansicht
Suche in diesem Thema
Suche
2 Beiträge • Seite 1 von 1

Kürbiskönigin
Beiträge: 314

Tomaten: Braunfäule trotz Regendach

Beitrag von Kürbiskönigin » Mo 14. Jul 2025, 19:42

Hallo zusammen, trotz Regendach haben fünf Pflanzen braune Flecken an den unteren Blättern.

Gartenzwerg
Beiträge: 12

Re: Tomaten: Braunfäule trotz Regendach

Beitrag von Gartenzwerg » Mo 14. Jul 2025, 21:03

Das Dach hilft nur gegen Regen von oben, die Sporen kommen mit dem Wind von der Seite.
"""
    doc = read(page).document
    assert (doc.title, doc.author) == ("Tomaten: Braunfäule trotz Regendach", "Kürbiskönigin")
    assert "Suche" not in doc.text
    assert [c.author for c in doc.comments] == ["Gartenzwerg"]


def test_a_forums_trail_of_boards_run_into_the_head_is_not_the_title():
    page = """Womo-Treff
Foren
Neue Beiträge
Menü
Foren
Technik & Elektrik
Strom, Batterien & Solar
Aufbaubatterie über Nacht leer – Kompressorkühlschrank schuld?
Ersteller Kalle_HRO
Erstellt am 9. Februar 2025
Kalle_HRO
Mitglied
9. Februar 2025
#1
Moin zusammen, seit etwa einer Woche ist die Aufbaubatterie morgens fast leer, abends sind es noch 12,7 V.

Kann der Kühlschrank wirklich so viel ziehen? Oder sind die Batterien nach sechs Jahren einfach durch?
"""
    doc = read(page).document
    assert doc.title == "Aufbaubatterie über Nacht leer – Kompressorkühlschrank schuld?"
    assert doc.author == "Kalle_HRO"


LINUXFR = """Aller au contenu
Le Bocal Libre
Dépêches
Journaux
Forums
Se connecter

Journal
J’ai remplacé mon NAS par un vieux portable
Posté par gaspard_lm le 02 décembre 2025 à 22:47. Licence CC By-SA.
Étiquettes : nas, recyclage
Note : 42 (+45/-3)
3 commentaires

Il y a un an, mon NAS deux baies a rendu l’âme, et j’ai ressorti du placard un portable de 2015 à l’écran fêlé.

Bref, pour un usage familial, c’est une seconde vie honorable pour une machine qui allait finir à la déchetterie.

    Répondre
    Envoyer à un ami
    Signaler

Et la sécurité ?
Posté par Zéphyrine le 03 décembre 2025 à 07:58 — commentaire n°18331. Évalué à 18 (+18/-0).

Tu exposes quelque chose sur Internet, ou tout reste derrière la box ?

    Répondre

Batterie gonflée
Posté par Vieux_Barbu le 03 décembre 2025 à 09:10 — commentaire n°18338. Évalué à 23 (+23/-0).

Une batterie qui gonfle, c’est à prendre au sérieux : retire-la et reste sur le secteur.

    Répondre

Re: Et la sécurité ?
Posté par gaspard_lm le 03 décembre 2025 à 10:15 — commentaire n°18344. En réponse au commentaire n°18331. Évalué à 14 (+14/-0).

Rien d’exposé, tout passe par un WireGuard monté sur un petit VPS.

    Répondre
"""


def test_a_journals_comments_answer_each_other_by_number_under_their_subjects():
    # "commentaire n°18344. En réponse au commentaire n°18331.": the number names the parent,
    # whichever comment stands above it; the subject over each header is no text
    parse = read(LINUXFR)
    doc = parse.document
    assert (doc.author, doc.published) == ("gaspard_lm", "2025-12-02")
    assert [p.split()[0] for p in body(doc)] == ["Il", "Bref,"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Zéphyrine", None),
        ("Vieux_Barbu", None),
        ("gaspard_lm", 0),
    ]
    assert texts(doc)[0] == "Tu exposes quelque chose sur Internet, ou tout reste derrière la box ?"
    assert "Répondre" not in doc.text and "Évalué" not in doc.text


SUBSILVER = """Old Iron Workshop
Index page » Lathes » Myford

Headstock bearing noise on a Myford ML7
Print view
Previous topic | Next topic
Page 1 of 1
 [ 3 posts ]
Author \tMessage
ferrous_fran \t
 Post subject: Headstock bearing noise on a Myford ML7
Posted: Tue Mar 12, 2024 8:02 pm
Member

Joined: Sat Jan 5, 2013 10:11
Posts: 214
\tMy ML7 has started to rumble at the top speed, and the noise goes away when the belt is slack.

Could it be the bearings, or only the belt?
Top \t
 Profile  \t
Gus Harlow \t
 Post subject: Re: Headstock bearing noise on a Myford ML7
Posted: Wed Mar 13, 2024 9:15 am
Newbie

Joined: Thu Jun 2, 2022 20:05
Posts: 12
\tCheck the belt first: a glazed flat belt rumbles exactly like that at speed.
Top \t
 Profile  \t
ferrous_fran \t
 Post subject: Re: Headstock bearing noise on a Myford ML7
Posted: Wed Mar 13, 2024 6:40 pm
Member

Joined: Sat Jan 5, 2013 10:11
Posts: 214
\tIt was the belt. A new one and the rumble is gone, thank you.
Top \t
 Profile  \t
"""


def test_a_subsilver2_forum_copy_gives_each_post_its_poster_and_date_under_its_subject():
    doc = read(SUBSILVER).document
    assert doc.title == "Headstock bearing noise on a Myford ML7"
    assert (doc.author, doc.published) == ("ferrous_fran", "2024-03-12")
    assert [p.split()[0] for p in body(doc)] == ["My", "Could"]
    assert tree(doc) == [("Gus Harlow", "2024-03-13", None), ("ferrous_fran", "2024-03-13", None)]
    assert [t.split()[0] for t in texts(doc)] == ["Check", "It"]


SMF_PRESENCE = """Valley Riders Forum
Welcome, Guest. Please login or register.

Author\tTopic: Chain keeps dropping on the big ring  (Read 812 times)
dale_k
Hero Member
*****
Offline
Posts: 2311
Upper Ford

    Chain keeps dropping on the big ring
    « on: January 28, 2024, 06:22:07 PM »

    Quote

Since I fitted the new crankset the chain drops off the big ring every few miles, always when I shift up under load.

The limit screw is where it was and the chain is new. What else should I check?

Logged
dale_k – riding since 1987
Mel R.
Full Member
***
Online
Posts: 412

    Re: Chain keeps dropping on the big ring
    « Reply #1 on: January 28, 2024, 07:05:44 PM »

    Quote

Check the chainline: a new crankset often sits a few millimetres further out.
Logged
Pip
Newbie
*
Offline
Posts: 9

    Re: Chain keeps dropping on the big ring
    « Reply #2 on: January 29, 2024, 08:10:00 AM »

    Quote

Same here, a spacer fixed it.
Logged
"""


def test_an_smf_posters_box_with_its_presence_and_rank_over_stars_and_logged_over_the_next():
    doc = read(SMF_PRESENCE).document
    assert (doc.author, doc.published) == ("dale_k", "2024-01-28")
    assert [p.split()[0] for p in body(doc)] == ["Since", "The"]
    assert tree(doc) == [("Mel R.", "2024-01-28", None), ("Pip", "2024-01-29", None)]
    assert texts(doc) == [
        "Check the chainline: a new crankset often sits a few millimetres further out.",
        "Same here, a spacer fixed it.",
    ]


def test_a_threads_title_over_its_byline_under_a_communitys_blurb_is_the_title():
    page = """buurtpraat.nl
Communities   Maken   Inloggen

fietsen@buurtpraat.nl
Alles over fietsen in de stad: routes, reparaties en stallingen. Wees aardig.
1,2K abonnees · 20 gebruikers / dag

Welke bakfiets houdt het langst?

ingediend 2 dagen geleden door spaakje naar fietsen@buurtpraat.nl

Na vier jaar is de bak van onze bakfiets gaan rotten, en ik twijfel of ik een nieuwe bak koop of een andere fiets.

Wie heeft er ervaring met een bak van kunststof in plaats van hout?
"""
    doc = read(page).document
    assert (doc.title, doc.author) == ("Welke bakfiets houdt het langst?", "spaakje")
    assert [p.split()[0] for p in body(doc)] == ["Na", "Wie"]


def test_a_lemmy_copys_headers_with_their_fold_button_and_a_federated_name():
    page = """Water butts for a shed with no gutter?
submitted 2 days ago by fernlea to allotments

Our shed has no gutter at all and I would like to catch the rain somehow this summer.

[-] quietbeet · 2 days ago · ▲41
Fit a length of gutter to a batten, it takes an hour.
reply · share · save · report · ···

  [-] owl@lemmy.example.net · 1 day ago (edited) · ▲12
  Or a sheet of corrugated plastic angled into the butt.
  reply · share · save · report · ···
"""
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("quietbeet", None),
        ("owl@lemmy.example.net", 0),
    ]


def test_a_lemmy_posts_row_of_points_and_comments_under_its_byline_gives_the_count():
    page = """Water butts for a shed with no gutter?
submitted 2 days ago by fernlea to allotments
148 points · 94% upvoted · 26 comments
link · save · cross-post · report

Our shed has no gutter at all and I would like to catch the rain somehow this summer.

[-] quietbeet · 2 days ago · ▲41
Fit a length of gutter to a batten, it takes an hour.
reply · share · save · report · ···
"""
    parse = read(page)
    assert (parse.document.author, parse.document.comments_declared) == ("fernlea", 26)
    assert "148 points" not in parse.document.text


def test_a_lemmy_communitys_box_under_the_comments_ends_them():
    # its name, its address, "Subscribe", its stats, then its rules as a numbered list
    page = """Water butts for a shed with no gutter?
submitted 2 days ago by fernlea to allotments

Our shed has no gutter at all and I would like to catch the rain somehow this summer.

quietbeet
•
2 days ago

Fit a length of gutter to a batten, it takes an hour.

41

Allotments
allotments@lemmy.example
Subscribe
{subscribers}
{users}
Everything about growing your own on a shared plot.

Rules
1. Be kind, even to people who grow bananas.
2. No selling.

Moderators
Trowel
"""
    for subscribers, users in (("1.2K subscribers", "34 users / day"),
                               ("1,2K abonnees", "34 gebruikers / dag")):  # fmt: skip
        doc = read(page.format(subscribers=subscribers, users=users)).document
        assert [c.author for c in doc.comments] == ["quietbeet"], users
        assert "Be kind" not in doc.text and "Moderators" not in doc.text, users


def test_a_title_a_dump_wrapped_at_its_width_with_its_mark_on_the_last_line_is_the_title():
    page = """  • frontpage
  • all
  • communities

Our allotment society banned hosepipes and the water bill went down by a third. Was
it worth it? (self.allotments)

submitted 7 hours ago by fernlea to allotments

Some context: our site has 64 plots on a slope above the river and one mains tap at
the bottom gate, and a long history of hoses run from it to the top plots.

[–] quietbeet 31 points 6 hours ago
We did the same, and the bill went down too, but only for one summer.
permalink  source  save  report  reply
"""
    doc = read(page).document
    assert " ".join(doc.title.split()) == (
        "Our allotment society banned hosepipes and the water bill went down by a third."
        " Was it worth it?"
    )
    assert [p.split()[0] for p in body(doc)] == ["Some"]


def test_a_xenforo_copys_head_names_the_site_less_its_tagline_and_the_thread_under_its_boards():
    page = """Teichforum – Das Forum rund um Gartenteich & Schwimmteich
Foren
Neue Beiträge
Menü
Foren
Gartenteich
Technik & Wasserwerte
Grünes Wasser im neuen Folienteich – was tun?
Ersteller Kalle_HB
Erstellt am 12. Mai 2024
1
2
Weiter
K
Kalle_HB
Mitglied
12. Mai 2024
#1
Wir haben letzten Herbst einen Folienteich angelegt, ca. 14 m² und an der tiefsten Stelle 1,20 m.

Seit Anfang Mai ist das Wasser grün, man sieht keine zehn Zentimeter tief. Hat jemand eine Idee?
Melden
Gefällt mir
Antworten
R
Rosi_am_Teich
Erfahrenes Mitglied
12. Mai 2024
#2
Hallo Kalle, das ist im ersten Frühjahr völlig normal. Geduld, bis die Pflanzen wachsen.
Melden
"""
    doc = read(page).document
    assert doc.title == "Grünes Wasser im neuen Folienteich – was tun?"
    assert (doc.site, doc.author) == ("Teichforum", "Kalle_HB")
    assert [c.author for c in doc.comments] == ["Rosi_am_Teich"]


def test_a_reactions_label_over_who_reacted_is_no_name_of_the_next_poster():
    page = """Nitrit nach dem Umzug des Teichs
Ersteller Kalle_H
Erstellt am 14. Mai 2024
K
Kalle_H
Mitglied
14. Mai 2024
#1
Seit dem Umzug messen wir jeden Tag Nitrit, obwohl der Filter aus dem alten Teich mitgekommen ist.

Gefällt mir
Zitieren
Antworten
Melden
Reaktionen:
Teichrose
B
Bärbling_Berta
Neues Mitglied
15. Mai 2024
#2
Gleiches Problem nach unserem Umzug. Bei uns haben Filterbakterien aus dem Zoohandel geholfen.
Gefällt mir
Antworten
"""
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["Bärbling_Berta"]


def test_new_reddit_question_title_under_the_post_header_and_its_flair():
    # the title asks a question long enough to read as prose; "level 1" stands in the
    # block of the thread's sort and search controls, with no blank line between
    page = """r/allotments
•
2 days ago
marrow_mabel

My neighbour is giving up her plot after forty years and left me her seed tins. What should I sow first?
Discussion

She labelled every tin in pencil with the year and the bed it came from.

I have never grown half of these and would love some advice before spring.

88
12 comments
Share

Sort by:
Best
Search Comments
level 1
turnip_tom
·
2 days ago

Sow the broad beans first, they will forgive you anything.

31
Reply
Share
level 2
marrow_mabel
OP
·
2 days ago

Beans it is, there are three tins of them.

9
Reply
Share
"""
    doc = read(page).document
    assert doc.title.startswith("My neighbour is giving up her plot")
    assert doc.author == "marrow_mabel"
    assert body(doc)[0].startswith("She labelled every tin")
    assert "Discussion" not in doc.text
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("turnip_tom", None),
        ("marrow_mabel", 0),
    ]


def test_vbulletin_4_copy_each_post_a_header_a_profile_and_the_title_again():
    # "DATE #N" / name / the forum's title for the user, then the profile block, then the
    # thread's title again as the post's subject; a guest's greeting of two lines on top
    page = """Huertos del Sur - Foro de horticultura

Bienvenido a Huertos del Sur.
Si esta es tu primera visita, asegúrate de revisar la sección de Preguntas Frecuentes pulsando en el enlace de arriba. Puede que tengas que registrarte antes de poder publicar.

Huertos del Sur
Foros
Riego

¿Goteo o exudante para un bancal elevado?

Buscar
Búsqueda avanzada

03/05/2024, 10:12   #1
lola_del_bancal
Hortelana novata

Fecha de ingreso: feb 2022
Ubicación: Écija
Mensajes: 41

¿Goteo o exudante para un bancal elevado?

Tengo un bancal de tres metros y dudo entre goteros y manguera exudante. El agua es dura y temo que se obstruya todo en un verano.

Responder Con Cita

03/05/2024, 11:40   #2
paco_riegos
Hortelano experto

Fecha de ingreso: jun 2011
Ubicación: Sevilla
Mensajes: 5.120

Re: ¿Goteo o exudante para un bancal elevado?

Con agua dura, goteros autocompensantes y un filtro de malla a la entrada. La exudante se me tapó en dos temporadas.

Responder Con Cita

03/05/2024, 12:02   #3
lola_del_bancal
Hortelana novata

Fecha de ingreso: feb 2022
Ubicación: Écija
Mensajes: 41

Re: ¿Goteo o exudante para un bancal elevado?

Cita Iniciado por paco_riegos Ver Mensaje
La exudante se me tapó en dos temporadas.
Pues decidido: goteros y filtro. Gracias por ahorrarme el disgusto.

Responder Con Cita
"""
    doc = read(page).document
    assert doc.title == "¿Goteo o exudante para un bancal elevado?"
    assert (doc.author, doc.published) == ("lola_del_bancal", "2024-05-03")
    assert body(doc) == [
        "Tengo un bancal de tres metros y dudo entre goteros y manguera exudante. El agua es"
        " dura y temo que se obstruya todo en un verano."
    ]
    assert [c.author for c in doc.comments] == ["paco_riegos", "lola_del_bancal"]
    assert texts(doc) == [
        "Con agua dura, goteros autocompensantes y un filtro de malla a la entrada. La"
        " exudante se me tapó en dos temporadas.",
        "Pues decidido: goteros y filtro. Gracias por ahorrarme el disgusto.",
    ]
    for furniture in ("primera visita", "Hortelan", "Fecha de ingreso", "Re:", "Cita", "Búsqueda"):
        assert furniture not in doc.text


def test_phpbb_copy_with_the_posters_picture_named_over_each_profile():
    page = """Oldtimer-Schlepper-Forum

    Foren-Übersicht
    Technik

Deutz D 40.2 springt schlecht an

Antwort erstellen
3 Beiträge • Seite 1 von 1

Benutzeravatar
Schrauber_Ewald
Stammgast
Beiträge: 412
Registriert: Di 14. Jun 2016, 09:12

Deutz D 40.2 springt schlecht an

Beitrag von Schrauber_Ewald » Sa 2. Mär 2024, 17:48

Seit letzter Woche springt er nur noch nach langem Orgeln an und qualmt die ersten zwei Minuten weiß.
Nach oben

Benutzeravatar
Hanomag-Heinz
Ehrenmitglied
Beiträge: 2871
Registriert: Mo 3. Mai 2010, 20:41

Re: Deutz D 40.2 springt schlecht an

Beitrag von Hanomag-Heinz » So 3. Mär 2024, 09:05

Ich tippe auf die Einspritzdüsen. Lass sie abdrücken, das kostet nicht die Welt.
Nach oben
"""
    doc = read(page).document
    assert body(doc) == [
        "Seit letzter Woche springt er nur noch nach langem Orgeln an und qualmt die ersten"
        " zwei Minuten weiß."
    ]
    assert [c.author for c in doc.comments] == ["Hanomag-Heinz"]


def test_hacker_news_comment_box_copied_as_text_is_no_part_of_the_post():
    page = """Hacker News new | past | comments | ask | show | jobs | submit                       login

Ask HN: How do you keep a volunteer-run makerspace alive?
184 points by quietlathe 7 hours ago | hide | past | favorite | 1 comment

Our makerspace has been running for nine years, and three of the four founders have moved away or burned out in the last eighteen months.


[                                                                              ]
[                                                                              ]
[add comment]

bandsaw_betty 6 hours ago | next [–]

We split the space into areas with a named steward each, and it saved us.

reply
"""
    doc = read(page).document
    assert len(body(doc)) == 1
    assert [c.author for c in doc.comments] == ["bandsaw_betty"]
    assert "[" not in doc.text


def test_phpbb_copy_run_together_the_next_posters_name_and_rank_and_the_openers_signature():
    # no blank line between a post's end and the next poster's profile; the opener signs
    # every post of theirs with the same line, under the opening post's edit note too
    page = """Forum AcquaDolce Italia
Indice
Chimica e valori dell'acqua
Nitrati sempre alti in un 120 litri, cosa sbaglio?
Rispondi
3 messaggi • Pagina 1 di 1
Avatar utente
marco_b82
Avannotto
Messaggi: 37
Iscritto il: mer 15 giu 2022, 19:30
Nitrati sempre alti in un 120 litri, cosa sbaglio?
Messaggio da marco_b82 » sab 09 mar 2024, 21:14

Faccio cambi del 20% ogni settimana, ma i nitrati non scendono mai sotto i 40 mg/l.
Ultima modifica di marco_b82 il sab 09 mar 2024, 21:20, modificato 1 volta in totale.
Vasca 120 l avviata a settembre 2023 – neon, corydoras, caridine
Top
Avatar utente
Paolo_Acq
Moderatore
Messaggi: 4812
Iscritto il: lun 02 feb 2015, 10:04
Re: Nitrati sempre alti in un 120 litri, cosa sbaglio?
Messaggio da Paolo_Acq » sab 09 mar 2024, 22:03

Ogni quanto pulisci il filtro? Un filtro esterno mai aperto diventa una fabbrica di nitrati.
Top
Avatar utente
marco_b82
Avannotto
Messaggi: 37
Iscritto il: mer 15 giu 2022, 19:30
Re: Nitrati sempre alti in un 120 litri, cosa sbaglio?
Messaggio da marco_b82 » sab 09 mar 2024, 22:31

Mai aperto da quando l'ho avviato. Lo apro domani.
Vasca 120 l avviata a settembre 2023 – neon, corydoras, caridine
Top
"""
    doc = read(page).document
    assert body(doc) == [
        "Faccio cambi del 20% ogni settimana, ma i nitrati non scendono mai sotto i 40 mg/l."
    ]
    assert [c.author for c in doc.comments] == ["Paolo_Acq", "marco_b82"]
    assert "Vasca 120" not in doc.text


def test_new_reddits_app_banner_is_no_title_and_a_question_title_is():
    page = """Skip to content
Get the Reddit app
Log In

r/BeginnerWoodworking

r/BeginnerWoodworking
Posted by
u/fernhollow_joinery
9 hours ago

Finished my first end-grain cutting board and the glue lines opened up overnight. What did I do wrong?
Question - Finishing

So I finally glued up my first end-grain board this weekend, maple and walnut, two glue-ups.

Everything looked great Sunday night. Monday morning three of the glue lines had opened into hairline cracks.

47 comments
share
"""
    doc = read(page).document
    assert doc.title.startswith("Finished my first end-grain cutting board")
    assert doc.author == "fernhollow_joinery"
    assert len(body(doc)) == 2


def test_phpbb_thanks_under_a_post_and_the_names_of_who_thanked_are_no_text():
    page = """Aquarienforum

    Foren-Übersicht
    Pflanzen

Algen nach dem Umstellen auf LED

Antwort erstellen
3 Beiträge • Seite 1 von 1

Benutzeravatar
Karsten_W
Beiträge: 41
Registriert: Sa 14. Mär 2020, 10:05

Algen nach dem Umstellen auf LED

Beitrag von Karsten_W » Mo 14. Apr 2025, 18:02

Seit ich auf LED umgestellt habe, wachsen Fadenalgen an allen Pflanzen, und das Becken sieht jede Woche schlimmer aus.
Nach oben

Benutzeravatar
Aquanaut67
Beiträge: 2871
Registriert: Mo 3. Mai 2010, 20:41

Re: Algen nach dem Umstellen auf LED

Beitrag von Aquanaut67 » Mo 14. Apr 2025, 19:05

Licht auf acht Stunden kürzen und zwei Wochen lang jeden Tag Fadenalgen herausnehmen.

Folgende Benutzer bedankten sich beim Autor Aquanaut67 für den Beitrag:
Karsten_W

Nach oben

Benutzeravatar
fischfreundin
Beiträge: 515
Registriert: Di 4. Mai 2021, 10:41

Re: Algen nach dem Umstellen auf LED

Beitrag von fischfreundin » Di 15. Apr 2025, 08:11

Dazu noch mehr schnellwachsende Pflanzen, die nehmen den Algen die Nährstoffe weg.

Folgende Benutzer bedankten sich beim Autor fischfreundin für den Beitrag (Insgesamt 2):
Aquanaut67 • Karsten_W

Nach oben
"""
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["Aquanaut67", "fischfreundin"]
    assert texts(doc) == [
        "Licht auf acht Stunden kürzen und zwei Wochen lang jeden Tag Fadenalgen herausnehmen.",
        "Dazu noch mehr schnellwachsende Pflanzen, die nehmen den Algen die Nährstoffe weg.",
    ]


def test_vbulletin_4_profile_labels_over_their_values_and_a_posts_own_title():
    page = """Haustechnik-Treff
Suche
Erweiterte Suche

    Forum
    Wärmepumpen
    Wärmepumpe im Fachwerkhaus – Erfahrungen mit alten Heizkörpern?

Ergebnis 1 bis 3 von 3

Thema: Wärmepumpe im Fachwerkhaus – Erfahrungen mit alten Heizkörpern?

03.02.2025, 19:42	#1
Fachwerkfreund
Fachwerkfreund ist offline
Benutzer

Registriert seit
10.2019
Ort
Nordhessen
Beiträge
37

Wärmepumpe im Fachwerkhaus – Erfahrungen mit alten Heizkörpern?
Moin in die Runde, wir haben ein Fachwerkhaus von 1911 gekauft und im ganzen Haus hängen noch die alten gusseisernen Rippenheizkörper.
Zitieren Zitieren

03.02.2025, 21:10	#2
Heizungsbauer_Mai
Heizungsbauer_Mai ist offline
Moderator

Registriert seit
03.2011
Beiträge
4.812

AW: Wärmepumpe im Fachwerkhaus – Erfahrungen mit alten Heizkörpern?
Große gusseiserne Rippenheizkörper sind für eine Wärmepumpe oft besser als ihr Ruf, weil sie viel Fläche haben.
Zitieren Zitieren

06.02.2025, 20:47	#3
Dörte K.
Dörte K. ist offline
Neuer Benutzer

Registriert seit
02.2025
Beiträge
1

Förderung im Ensemble
Wir haben 2024 für ein Haus in einer geschützten Gesamtanlage Förderung bekommen, es hat knapp drei Monate gedauert.
Zitieren Zitieren
"""
    doc = read(page).document
    assert doc.title == "Wärmepumpe im Fachwerkhaus – Erfahrungen mit alten Heizkörpern?"
    assert (doc.author, doc.published) == ("Fachwerkfreund", "2025-02-03")
    assert [c.author for c in doc.comments] == ["Heizungsbauer_Mai", "Dörte K."]
    assert [t.split()[0] for t in texts(doc)] == ["Große", "Wir"]


def test_a_german_forums_rules_box_over_the_thread_is_no_opening_post():
    page = """Rasenroboter-Treff

    Foren-Übersicht
    Fehlersuche & Reparatur

Begrenzungsdraht nach Umgraben des Beets: Signal ständig unterbrochen

Forumsregeln
Bitte vor dem Eröffnen eines neuen Themas die Suche benutzen und Modell sowie Baujahr angeben.

Antwort erstellen
2 Beiträge • Seite 1 von 1

Kleingärtner_Uwe
Beiträge: 41
Registriert: Sa 14. Mär 2020, 10:05

Beitrag von Kleingärtner_Uwe » Mo 3. Jun 2024, 19:12

Seitdem ich den Draht neu verlegt habe, meldet mein Mäher alle paar Minuten „Kein Schleifensignal“ und fährt zurück.

Nach oben

Drahtflicker
Beiträge: 512
Registriert: Mi 2. Jan 2019, 08:00

Beitrag von Drahtflicker » Mo 3. Jun 2024, 20:01

Miss den Widerstand der Schleife, dann weißt du, ob der Draht irgendwo unterbrochen ist.

Nach oben
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Kleingärtner_Uwe", "2024-06-03")
    assert body(doc)[0].startswith("Seitdem ich den Draht")
    assert "Suche benutzen" not in doc.text


def test_new_reddit_in_german_its_short_relative_dates_and_score_rows():
    page = """r/SteckerSolar

Balkonkraftwerk am Altbau-Geländer: die Vermieterin verlangt ein Gutachten

Ich wohne in einem Altbau von 1908 im dritten Stock, und die Hausverwaltung will auf einmal ein statisches Gutachten für das Geländer.

142 Upvotes · 58 Kommentare · Teilen · Melden

Sortieren nach: Beste
Kommentare durchsuchen

Sonnenfalle_HB · vor 3 Tg.
Privilegiert heißt nur, dass die Vermieterin nicht mehr grundlos ablehnen kann.
87 Punkte · Antworten · Teilen · Melden

    kabeltrommel_88 · OP · vor 3 Tg.
    Danke, das mit dem schriftlichen Nachfragen mache ich.
    31 Punkte · Antworten · Teilen · Melden

PVPeter · vor 5 Std.
Wir haben unsere Module einfach auf den Balkonboden gestellt.
52 Punkte · Antworten · Teilen · Melden
"""
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Sonnenfalle_HB", None),
        ("kabeltrommel_88", 0),
        ("PVPeter", None),
    ]
    assert "Punkte" not in doc.text


def test_a_communitys_counts_and_a_posts_flair_are_no_title():
    page = """r/SteckerSolar
Mitglieder: 48.211 · Online: 212

kabeltrommel_88 · vor 3 Tg.
Flair: Recht & Vermieter

Balkonkraftwerk am Altbau-Geländer – Vermieterin verlangt auf einmal ein Statik-Gutachten

Moin zusammen, ich wohne in einem Altbau von 1908 und will zwei Module ans Geländer hängen, aber die Verwaltung verlangt jetzt ein Gutachten.

Danke schon mal! Edit: Bundesland ist Niedersachsen, falls das wichtig ist.
"""
    doc = read(page).document
    assert doc.title.startswith("Balkonkraftwerk am Altbau-Geländer")
    assert doc.author == "kabeltrommel_88"
    assert "Flair" not in doc.text and "Mitglieder" not in doc.text


def test_vbulletin_copy_without_blank_lines_its_profile_labels_and_a_one_word_rank():
    page = """Haus & Heizung Forum
Luft-Wasser-Wärmepumpe im Altbau von 1958 – Erfahrungen?
Ergebnis 1 bis 2 von 2
Thema: Luft-Wasser-Wärmepumpe im Altbau von 1958 – Erfahrungen?
14.02.2026, 21:37	#1
Holger_aus_Stade
Holger_aus_Stade ist offline
Neuer Benutzer
\u00a0
Registriert seit
Feb 2026
Beiträge
3
Standard Luft-Wasser-Wärmepumpe im Altbau von 1958 – Erfahrungen?
Moin zusammen, wir haben ein Einfamilienhaus Baujahr 1958 gekauft, und der Ölkessel von 1994 macht es wohl nicht mehr lange.
Antworten Mit Zitat antworten

15.02.2026, 09:12	#2
Heizungsbauer_Kiel
Heizungsbauer_Kiel ist offline
Fachmann
\u00a0
Registriert seit
Mär 2019
Beiträge
644
Standard AW: Luft-Wasser-Wärmepumpe im Altbau von 1958 – Erfahrungen?
So pauschal stimmt das nicht: mit drei größeren Heizkörpern reichen oft 50 °C Vorlauf.
Antworten Mit Zitat antworten
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Holger_aus_Stade", "2026-02-14")
    assert body(doc) == [
        "Moin zusammen, wir haben ein Einfamilienhaus Baujahr 1958 gekauft, und der Ölkessel"
        " von 1994 macht es wohl nicht mehr lange."
    ]
    assert [c.author for c in doc.comments] == ["Heizungsbauer_Kiel"]
    assert texts(doc) == [
        "So pauschal stimmt das nicht: mit drei größeren Heizkörpern reichen oft 50 °C Vorlauf."
    ]


def test_an_italian_xenforo_copy_with_its_notices_menu_and_the_site_only_in_its_footer():
    post = """{initial}
{name}
{name}
Utente
Iscritto
14 Set 2021
Messaggi
212
{date}
#{n}
{text}
Mi piace
Rispondi
Segnala

"""
    page = (
        "Menu\nAccedi\nRegistrati\nInstalla l'app\nInstalla\nForum\nNovità\nCerca\nMembri\n"
        "Cerca\nSolo titoli\nDa:\nCerca\nRicerca avanzata…\nForum\nTecnica e restauro\n"
        "JavaScript è disabilitato. Per una migliore esperienza, abilita JavaScript nel tuo "
        "browser prima di procedere.\nStai utilizzando un browser obsoleto. Potrebbe non "
        "visualizzare correttamente questo o altri siti web.\nDovresti aggiornare o utilizzare "
        "un browser alternativo.\nCarburatore che ingolfa solo a caldo, idee?\n"
        "Autore discussione Ettore_74 Data di inizio 3 Feb 2025\n\n"
        + post.format(initial="E", name="Ettore_74", date="3 Feb 2025", n=1,
                      text="Ciao a tutti, la moto parte bene a freddo ma a caldo si spegne.")
        + post.format(initial="G", name="Gino73", date="4 Feb 2025", n=2,
                      text="Prima cosa: scuoti i galleggianti vicino all'orecchio.")
        + "Devi effettuare l'accesso o registrarti per rispondere qui.\n"
        "Motostoriche.it – Il forum delle moto d'epoca italiane\n"
        "Contattaci Termini e regole Privacy Aiuto Home RSS\n"
    )  # fmt: skip
    doc = read(page).document
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Carburatore che ingolfa solo a caldo, idee?",
        "Ettore_74",
        "Motostoriche.it",
        "2025-02-03",
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Ciao a tutti, la moto parte bene a freddo ma a caldo si spegne."
    ]
    assert [(c.author, c.published) for c in doc.comments] == [("Gino73", "2025-02-04")]


def test_discourses_topic_map_selection_bar_and_solution_line_in_each_language_go():
    # over the first post: "Você selecionou 0 posts." / "selecionar tudo" / "cancelar
    # seleção" / "1,2 mil visualizações 14 curtidas 3 links"; under it "Solução por NAME no
    # post #2" over the answer's excerpt
    words = {
        "pt": ("Você selecionou 0 posts.", "selecionar tudo", "cancelar seleção",
               "1,2 mil visualizações 14 curtidas 3 links", "Solução por gunnar.h no post #2"),
        "en": ("You have selected 0 posts.", "select all", "cancel selecting",
               "1.2k views 14 likes 3 links", "Solution by gunnar.h in post #2"),
        "de": ("Du hast 0 Beiträge ausgewählt.", "alle auswählen", "Auswahl aufheben",
               "1,2 Tsd. Aufrufe 14 Likes 3 Links", "Lösung von gunnar.h in Beitrag #2"),
        "fr": ("Vous avez sélectionné 0 messages.", "tout sélectionner", "annuler la sélection",
               "1,2k vues 14 J'aime 3 liens", "Solution par gunnar.h dans le message #2"),
        "es": ("Has seleccionado 0 publicaciones.", "seleccionar todo", "cancelar selección",
               "1,2 mil vistas 14 Me gusta 3 enlaces", "Solución por gunnar.h en la publicación #2"),
        "it": ("Hai selezionato 0 post.", "seleziona tutto", "annulla selezione",
               "1,2k visualizzazioni 14 Mi piace 3 link", "Soluzione di gunnar.h nel post #2"),
        "nl": ("Je hebt 0 berichten geselecteerd.", "alles selecteren", "selectie annuleren",
               "1,2k weergaven 14 likes 3 links", "Oplossing door gunnar.h in bericht #2"),
    }  # fmt: skip
    excerpt = (
        "gunnar.h:\nSame here, also an SK-R2 with the same bucket, it counts twice. Have you …"
    )
    for language, (selected, select_all, cancel, stats, solved) in words.items():
        page = DISCOURSE.replace(
            "Rain gauge reading double after the firmware update\n",
            "Rain gauge reading double after the firmware update\n"
            f"{selected}\n\n{select_all}\n\n{cancel}\n{stats}\n",
        ).replace("counts double.\n\nReply\n", f"counts double.\n\n{solved}\n\n{excerpt}\n\n")
        doc = read(page).document
        assert doc.title == "Rain gauge reading double after the firmware update", language
        assert [doc.text[s:e] for s, e in doc.paragraphs] == [
            "Since updating my base unit to firmware 2.4 on Sunday, the tipping bucket counts "
            "double."
        ], language
        assert [c.author for c in doc.comments] == ["gunnar.h", "tomas_weatherbox", "priya_k"]


def test_a_german_phpbb_copy_its_quick_links_a_quotations_dated_head_and_a_sign_off():
    def post(name: str, when: str, text: str, posts: int) -> str:
        return (
            f"Beitrag von {name} » {when}\n\n{text}\n{name}\nBeiträge: {posts}\n"
            "Registriert: Mo 6. Mai 2024, 21:44\n\nNach oben\n\n"
        )

    page = (
        "Schnelllinks\nFAQ\nAnmelden\nRegistrieren\nAltbau-Forum.de\n"
        "Foren-Übersicht ‹ Heizung & Warmwasser ‹ Wärmepumpe\nSuche…\n"
        "Wärmepumpe im Fachwerkhaus – Heizkörper behalten?\n\nAntworten\n"
        "3 Beiträge • Seite 1 von 1\nWärmepumpe im Fachwerkhaus – Heizkörper behalten?\n\n"
        + post("Fachwerk_Fritz", "Di 14. Mai 2024, 08:02",
               "Hallo zusammen,\n\nwir haben letztes Jahr ein Fachwerkhaus gekauft und wollen "
               "die alte Ölheizung durch eine Wärmepumpe ersetzen, am liebsten mit den "
               "vorhandenen Heizkörpern.\n\nFritz", 3)
        + post("Heizungsbauer_Kai", "Di 14. Mai 2024, 09:15",
               "Entscheidend ist die Vorlauftemperatur. Dreht sie im Winter schrittweise "
               "runter, bis ein Raum nicht mehr warm wird.", 2187)
        + post("Fachwerk_Fritz", "Di 14. Mai 2024, 20:11",
               "Zitat von Heizungsbauer_Kai ↑\nDi 14. Mai 2024, 09:15\nDreht sie im Winter "
               "schrittweise runter, bis ein Raum nicht mehr warm wird.\n"
               "Das ist ein super Tipp, danke! Das machen wir.", 3)
    )  # fmt: skip
    doc = read(page).document
    assert (doc.site, doc.author) == ("Altbau-Forum.de", "Fachwerk_Fritz")
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Hallo", "wir", "Fritz"]
    assert [c.author for c in doc.comments] == ["Heizungsbauer_Kai", "Fachwerk_Fritz"]
    assert texts(doc)[1] == "Das ist ein super Tipp, danke! Das machen wir."


def test_a_french_vbulletin_4_copy_its_thread_tools_presence_with_rank_and_thanks():
    def post(n: int, when: str, name: str, rank: str, text: str) -> str:
        return (
            f"{when} #{n}\n{name}\n{name} est déconnecté {rank}\n\nDate d'inscription\n"
            "juin 2019\nLocalisation\nVendée\nMessages\n412\n"
            f"Par défaut{' Fuite sous le réservoir' if n == 1 else ''}\n{text}\n"
            "Répondre avec citation Répondre avec citation\n"
        )

    page = (
        "Le Coin des Camping-caristes\nAccueil\nForum\nQuoi de neuf ?\nLiens rapides\n"
        "Recherche avancée\nForum\nTechnique & entretien\nFuite sous le réservoir\n\n"
        "Affichage des résultats 1 à 3 sur 3\nDiscussion: Fuite sous le réservoir\n\n"
        "Outils de la discussion\nAfficher une version imprimable\n"
        "Envoyer cette page par email…\nS'abonner à cette discussion…\nAffichage\n"
        "Mode linéaire\nBasculer en mode hybride\nBasculer en mode arborescent\n\n"
        + post(1, "12/03/2024, 21h14", "Pierrot85", "Membre",
               "Bonsoir à tous, depuis notre retour de week-end, j’ai de l’eau qui coule sous "
               "le camping-car, côté passager, juste derrière la roue.")
        + "\n"
        + post(2, "12/03/2024, 22h03", "Gégé44", "Membre confirmé",
               "Salut Pierrot, classique sur les Hymer de cette époque : le filtre de la pompe.")
        + "Les membres suivants ont remercié Gégé44 pour ce message :\nPierrot85\n\n"
        + post(3, "13/03/2024, 08h47", "Pierrot85", "Membre", "Bien vu ! Le bocal est fendu.")
    )  # fmt: skip
    doc = read(page).document
    assert (doc.title, doc.author, doc.published) == (
        "Fuite sous le réservoir",
        "Pierrot85",
        "2024-03-12",
    )
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Bonsoir"]
    assert [c.author for c in doc.comments] == ["Gégé44", "Pierrot85"]
    assert texts(doc) == [
        "Salut Pierrot, classique sur les Hymer de cette époque : le filtre de la pompe.",
        "Bien vu ! Le bocal est fendu.",
    ]


def test_a_xenforo_copy_from_a_phone_its_name_a_blank_line_over_its_rank_and_date():
    def post(name: str, rank: str, when: str, n: int, text: str) -> str:
        return (
            f"{name}\n\n{rank}\n{when}\n    #{n}\n\n{text}\n\n    Signaler\n\n    J'aime\n"
            "    + Citer\n    Répondre\n\n"
        )

    page = (
        "Menu\n\nConnexion\nS'inscrire\n\n    Forums\n    Nouveaux messages\n"
        "    Quoi de neuf ?\n    Membres\n\nEssaim tardif en octobre : nourrir ou réunir ?\n\n"
        "    Auteur de la discussion Bzzz_Alain\n    Date de début 14 oct. 2024\n\n"
        + post("Bzzz_Alain", "Nouveau membre", "14 oct. 2024", 1,
               "Je débute et je me retrouve avec un essaim secondaire récupéré fin septembre "
               "dans le cerisier du voisin.")
        + post("Mireille84", "Membre actif", "14 oct. 2024", 2,
               "Trois cadres à la mi-octobre, ça passerait peut-être chez moi.")
        + post("Gégé des Combrailles", "Membre", "Hier à 21:14", 3,
               "Je vais être le seul à dire le contraire : j'ai sauvé plusieurs essaims.")
    )  # fmt: skip
    doc = read(page).document
    assert (doc.title, doc.author, doc.published) == (
        "Essaim tardif en octobre : nourrir ou réunir ?",
        "Bzzz_Alain",
        "2024-10-14",
    )
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Je"]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Mireille84", "2024-10-14"),
        ("Gégé des Combrailles", None),
    ]


def test_a_phpbb_profile_under_each_post_its_rank_a_blank_line_over_its_counts():
    # the poster's signature, their name, their rank ("Colaborador"), a blank line, then
    # "Mensagens: 1873": none of it is the post's text
    def post(name: str, rank: str, when: str, text: str, signature: str = "") -> str:
        signed = f"{signature}\n\n" if signature else ""
        return (
            f"Re: Cloramina na água da torneira\nCitar\n\npor {name} » {when}\n\n{text}\n\n"
            f"{signed}{name}\n{rank}\n\nMensagens: 1873\nRegistrado em: Seg, 12 Jan 2015 19:40"
            "\n\nTopo\n\n"
        )

    signature = "Aquário 180 L plantado | CO2 de cilindro | 2 filtros canister"
    page = (
        "Cloramina na água da torneira\n\n12 mensagens • Página 1 de 1\n\n"
        "Cloramina na água da torneira\nCitar\n\npor tetra_neon » Qui, 14 Mar 2024 20:02\n\n"
        "Boa noite, pessoal. Mudei de apartamento e descobri que a companhia de água daqui usa "
        "cloramina em vez de cloro.\n\ntetra_neon\nMembro\n\nMensagens: 214\n\nTopo\n\n"
        + post("peixe_boi_sp", "Colaborador", "Qui, 14 Mar 2024 21:17",
               "Procede sim. Condicionador comum quebra a cloramina.", signature)
        + post("guppy_do_ze", "Novato", "Sex, 15 Mar 2024 09:02", "+1, também quero saber.")
        + post("peixe_boi_sp", "Colaborador", "Sex, 15 Mar 2024 10:40",
               "Faz, sim. Troca uns 10% a cada dois dias.", signature)
    )  # fmt: skip
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["peixe_boi_sp", "guppy_do_ze", "peixe_boi_sp"]
    assert texts(doc) == [
        "Procede sim. Condicionador comum quebra a cloramina.",
        "+1, também quero saber.",
        "Faz, sim. Troca uns 10% a cada dois dias.",
    ]


def test_a_threads_head_says_who_started_it_under_its_title_in_each_language():
    # XenForo's head: the title, who started it, when, then its tags under their label; the
    # title is the line over the starter's, not the tags nearest the first post
    for started in (
        "Discussion démarrée par Odile_R",
        "Discussion started by Odile_R",
        "Thema gestartet von Odile_R",
        "Tema iniciado por Odile_R",
        "Discussione avviata da Odile_R",
        "Tópico iniciado por Odile_R",
        "Onderwerp gestart door Odile_R",
    ):
        doc = read(
            "Le Rucher du Val – Forum\nForums\nMatériel\n"
            "Cadres Dadant qui gondolent après l'hiver\n"
            f"{started}\nDate de début 14 mars 2024\nMots-clés\ndadant cadres hivernage\n\n"
            "O\nOdile_R\nNouveau membre\n14 mars 2024\n\n#1\n"
            "Bonjour à tous,\n"
            "J'ai rangé six hausses au garage cet hiver et quatre ont gondolé depuis.\n"
            "Est-ce le bois, ou le garage qui est trop humide ?\n"
            "Réponse\n\n"
            "M\nMarc_B\nMembre actif\n15 mars 2024\n#2\n"
            "Du bois trop humide au départ, très probablement.\nRéponse\n"
        ).document
        assert doc.title == "Cadres Dadant qui gondolent après l'hiver", started
        assert doc.author == "Odile_R"


def test_a_phone_copy_of_hacker_news_sets_the_sites_name_over_its_menu():
    doc = read(
        "Hacker News\nnew | past | comments | ask | show | jobs | submit\tlogin\n\t\n"
        "Ask HN: Which paper notebooks survive a field season?\n"
        "88 points by fenwader 5 hours ago | hide | past | favorite | 2 comments\n"
        "I log bird counts by hand all summer, and the notebooks fall apart by August.\n\n"
        "quillfeather 4 hours ago | next [–]\n\n"
        "Rite in the Rain, and a pencil. Ink runs, pencil does not.\n\nreply\n\n"
        "fenwader 3 hours ago | parent | next [–]\n\nThanks, ordering two.\n\nreply\n"
    ).document
    assert doc.site == "Hacker News"
    assert [c.author for c in doc.comments] == ["quillfeather", "fenwader"]


GERMAN_DISCOURSE = """Zum Hauptinhalt springen
Gartenfreunde Forum
Anmelden

Tomaten platzen nach jedem Regen – liegt das an der Sorte?
Gemüse
tomaten
gewaechshaus
gruen_daumen
3. Aug.
Hallo zusammen,

seit zwei Wochen platzen bei mir fast alle Tomaten auf, sobald es einmal kräftig geregnet hat. Die Pflanzen stehen im Freiland an einer Südwand.

Ist das die Sorte, oder mache ich beim Gießen etwas falsch?

Gelöst von Beetprofi in Beitrag #2
Das liegt fast immer am ungleichmäßigen Wasser: erst Trockenheit, dann viel Regen auf einmal …
Lösung im Kontext ansehen
erstellt
3. Aug.
letzte Antwort
2 T.
3
Antworten
Links
Beetprofi
Gärtnermeister
3. Aug.
Das liegt fast immer am ungleichmäßigen Wasser: erst Trockenheit, dann viel Regen auf einmal. Die Haut kommt mit dem schnellen Wachstum nicht mit.

gruen_daumen
4. Aug.
Beetprofi
Danke, das passt genau. Ich habe im Juli kaum gegossen und dann kam das Gewitter.

Lena_R
2 T.
Mulchen hilft bei mir am meisten, dann bleibt die Erde gleichmäßig feucht.
"""


def test_a_german_discourse_copy_reads_its_poster_under_the_tags_and_its_answer_box():
    parse = read(GERMAN_DISCOURSE)
    doc = parse.document
    assert doc.author == "gruen_daumen"  # not "gewaechshaus", the last of the topic's tags
    assert len(body(doc)) == 3  # the solution box's excerpt and link are not the article's
    assert [c.author for c in doc.comments] == ["Beetprofi", "gruen_daumen", "Lena_R"]
    # the poster a reply answers, named over its text, is no part of the text
    assert texts(doc)[1].startswith("Danke, das passt genau.")
    assert "Lösung im Kontext ansehen" in dropped(parse)
    # the same box under its label ("Lösung" / "Gelöst von …")
    labelled = read(GERMAN_DISCOURSE.replace("Gelöst von", "Lösung\nGelöst von")).document
    assert len(body(labelled)) == 3


def test_a_row_of_buttons_ending_in_the_comments_age_names_no_one():
    # Facebook's comments plugin: a name over the text, its buttons, count and age under it
    page = """Bridge vote

The council voted for the new footbridge on Tuesday after a long debate about its cost.

It should open next year if the grant comes through as planned, the clerk said.

12 Comments
Sort by Top
John Wessel
About time. My daughter walks along the main road every morning.
Like · Reply · 7 · 3d
Heike Brandt
Why so expensive? They could have repaired the old one.
Like · Reply · 4 · 3d
"""
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["John Wessel", "Heike Brandt"]
    assert texts(doc)[0] == "About time. My daughter walks along the main road every morning."
    german = page.replace("Like · Reply", "Gefällt mir · Antworten").replace("3d", "3 T.")
    assert [c.author for c in read(german).document.comments] == ["John Wessel", "Heike Brandt"]


DUTCH_DISCOURSE = """Imkerforum
Inloggen

Raten voor de winter: hoeveel laten staan?
Bijenhouden
wintervoer

pietvdb
Piet van den Berg
Imker sinds 2011
9 okt

Hallo allemaal,

Ik heb dit jaar vier volken en twijfel hoeveel raten ik in de kast laat voor de winter. Vorig jaar liet ik er acht staan en dat leek te veel.

Opgelost door ria_h in bericht #2
Lees dit antwoord in context
4

Antwoorden

ria_h
Ria Hendriks
Moderator
9 okt

Zoveel als de bijen bezetten, plus één. Een te grote ruimte kost ze warmte, dat merk je in het voorjaar.

6

Antwoorden

tonnie
Vaste bezoeker
10 okt

Bij mij zeven raten in een kast van tien, met een schotje ervoor. Dat gaat al jaren goed.

2

Antwoorden
"""


def test_a_dutch_discourse_copy_keeps_its_posts_flat_under_their_like_buttons():
    parse = read(DUTCH_DISCOURSE)
    doc = parse.document
    assert doc.title == "Raten voor de winter: hoeveel laten staan?"
    assert doc.author == "pietvdb"  # the user name, over the full name and the user's title
    assert doc.published is None  # "9 okt": no year, no calendar date
    assert len(body(doc)) == 2
    # "Antwoorden" under a like count is the post's button, not a heading over replies
    assert [(c.author, c.parent) for c in doc.comments] == [("ria_h", None), ("tonnie", None)]
    assert dropped(parse)["Lees dit antwoord in context"] == "solution box"


def test_new_reddit_in_german_a_flair_run_into_the_name_and_a_greeting_under_the_title():
    parse = read(
        "r/Balkonien\nGepostet von u/tomate_tina\nvor 6 Std.\n\n"
        "Darf ich ein Hochbeet auf den Mietbalkon stellen?\nFrage\n\n"
        "Hallo zusammen,\n\n"
        "unser Vermieter hat nichts dagegen gesagt, aber im Mietvertrag steht etwas von Lasten.\n\n"
        "12 Kommentare\n\n"
        "level 1\nbeet_bernd_77Balkongärtner seit 2015\n· vor 5 Std.\n"
        "Frag nach der Traglast, dann bist du auf der sicheren Seite.\n\n"
        "level 2\ntomate_tina\nOP\n· vor 4 Std.\nGute Idee, mache ich.\n"
    )
    doc = parse.document
    assert doc.title == "Darf ich ein Hochbeet auf den Mietbalkon stellen?"
    assert body(doc)[0] == "Hallo zusammen,"  # the post's first words, not its title
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("beet_bernd_77", None),
        ("tomate_tina", 0),
    ]
    assert "Balkongärtner seit 2015" not in doc.text


def test_a_phpbb_thread_copied_over_two_pages_reads_both_and_its_post_count_declares_nothing():
    def post(name: str, when: str, text: str) -> str:
        return (
            f"{name}\nBeiträge: 57\nRe: Sauerteig wird nicht sauer\n"
            f"Beitrag von {name} » {when}\n{text}\n\nNach oben\n\n"
        )

    head = (
        "Brotbackforum\nAnmelden\n\nSauerteig wird nicht sauer\n\nAntwort erstellen\n"
        "4 Beiträge • Seite {page} von 2 • 1, 2\n"
    )
    foot = (
        "Antwort erstellen\n4 Beiträge • Seite {page} von 2 • 1, 2\n\n"
        "Zurück zu „Sauerteig“\nGehe zu\n\nWer ist online?\n\n"
    )
    opening = (
        "Bäckerin_Ute\nBeiträge: 12\nSauerteig wird nicht sauer\n"
        "Beitrag von Bäckerin_Ute » Mi 13. Mär 2024, 21:14\n"
        "Mein Roggensauer riecht nach drei Tagen immer noch nach Mehl und geht kaum auf."
        " Die Küche hat etwa neunzehn Grad, gefüttert wird zweimal am Tag.\n\nNach oben\n\n"
    )
    page = (
        head.format(page=1)
        + opening
        + post("Hefe_Hans", "Mi 13. Mär 2024, 21:40", "Stell ihn wärmer, 26 Grad wirken Wunder.")
        + foot.format(page=1)
        + head.format(page=2)
        + post("Roggen_Rita", "Sa 16. Mär 2024, 10:47", "Bei mir half ein Löffel Apfelessig.")
        + post("Bäckerin_Ute", "Sa 16. Mär 2024, 11:15", "Danke euch, jetzt blubbert er.")
        + foot.format(page=2)
    )
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["Hefe_Hans", "Roggen_Rita", "Bäckerin_Ute"]
    assert doc.comments_declared is None  # "4 Beiträge" counts the opening post too


def test_lemmy_s_post_head_copied_a_word_a_line_names_the_poster_and_the_community():
    page = (
        "Lemmy Bocage\nCommunautés\nRechercher\n"
        "Un an de composteur partagé en pied d'immeuble : le bilan\n"
        "marc_lb\n dans \njardinage\n • \nil y a 4 jours\n"
        "Il y a un an, on a installé avec quatre voisins trois bacs à compost au pied de la"
        " résidence. Le syndic était réticent, mais la mairie a fourni les bacs.\n\n"
        "Vous faites comment pour garder des bénévoles motivés sur la durée ?\n"
        "47\n12 commentaires\n"
        "[-]\nfeuillemorte\n • \nil y a 4 jours\n\n"
        "Un planning affiché dans le hall, avec des créneaux de vingt minutes.\n21\n"
    )
    doc = read(page).document
    assert (doc.author, doc.site) == ("marc_lb", "jardinage")
    assert [c.author for c in doc.comments] == ["feuillemorte"]


def test_new_reddit_a_question_under_the_posts_byline_and_over_its_flair_is_the_title():
    page = (
        "r/BalconyGardens\nSearch Reddit\nLog In\nPosts\nGo to BalconyGardens\n"
        "r/BalconyGardens\nPosted by\nu/fern_and_brick\n2 days ago\n"
        "My landlord says a raised bed on the balcony is too heavy. Is that actually true or"
        " is he just being careful?\nQuestion\n"
        "We moved in last autumn and I put a wooden raised bed in the corner of the balcony,"
        " about a metre long, filled with compost and a layer of gravel underneath.\n\n"
        "He came round yesterday and said it could damage the slab. Has anyone checked this?\n\n"
        "12 comments\nShare\n"
    )
    doc = read(page).document
    assert doc.title.startswith("My landlord says a raised bed")
    assert body(doc)[0].startswith("We moved in last autumn")
    assert "Go to BalconyGardens" not in doc.text


def test_new_reddit_copied_with_no_blank_line_its_flair_over_a_title_that_is_a_sentence():
    page = (
        "r/Wexmoor\nPosted by\nu/quietfen\n11 mo. ago\nTransport\n"
        "I logged every late 14 bus for a year. Here's what I found.\n"
        "Since last March I've been taking the 14 into the centre every weekday, and I got fed"
        " up enough to start writing down when it actually turned up. Here's the summary.\n"
        "Mornings are fine. Before 8am the bus was more than five minutes late only 11 times all"
        " year. After 8 it falls apart, and on Tuesdays it's late more often than it's on"
        " time.\n64 comments\nShare\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author) == (
        "I logged every late 14 bus for a year. Here's what I found.",
        "quietfen",
    )
    assert [p[:20] for p in body(doc)] == ["Since last March I'v", "Mornings are fine. B"]


def test_new_reddits_flair_of_four_words_under_the_age_is_no_comment_text():
    page = (
        "r/HousingUK\nPosted by\nu/cold_flat_22\n2 yr. ago\n\n"
        "Landlord wants to charge for bleeding radiators?\n\n"
        "Our radiators are cold at the top and the agency says a visit costs 60 pounds.\n\n"
        "43 comments\n\n"
        "level 1\nAilsa_McR\n· 2 yr. ago\nLetting agent (not yours)\n\n"
        "This. Keep every message.\n\n7\nReply\nShare\n"
    )
    doc = read(page).document
    assert texts(doc) == ["This. Keep every message."]
    # a comment of four words, no flair: its votes and buttons under it
    shorter = page + "\nlevel 1\nmossy_gutter\n· 2 yr. ago\nNever pay that fee\n\n2\nReply\n"
    assert texts(read(shorter).document) == ["This. Keep every message.", "Never pay that fee"]


def test_new_reddit_in_dutch_a_flair_under_the_age_and_short_ages():
    page = (
        "r/Zwolle\nGeplaatst door u/kees_fietst\n2 dagen geleden\n\n"
        "Parkeergarage onder het Marktplein: wat vinden jullie ervan?\n\n"
        "De gemeenteraad stemt volgende week over de garage onder het plein, met 320 plekken"
        " en twee jaar bouwen midden in de binnenstad.\n\n"
        "14 reacties\n\n"
        "niveau 1\nVandaalbert\n·\n2 dagen geleden\nCentrum\n\n"
        "Dus we breken het enige plein open waar je nog gewoon kunt zitten.\n\n"
        "45\nAntwoorden\nDelen\n\n"
        "niveau 2\nraadsvolger_wvh\n·\n23 u. geleden\nOost\n\n"
        "Het bestemmingsplan moet nog worden vastgesteld, waarschijnlijk in november.\n\n"
        "8\nStem\nAntwoorden\n"
    )
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Vandaalbert", None),
        ("raadsvolger_wvh", 0),
    ]
    assert texts(doc)[0].startswith("Dus we breken")
    assert "Centrum" not in doc.text and "Stem" not in doc.text


XENFORO_NL_PROFILE = """Tuin & Vijver Forum
Forums
Nieuwe berichten
Vijvers
Waterplanten
Waterlelie bloeit niet meer
Topicstarter Karel_V Startdatum 3 jun. 2024
Karel_V
Nieuw lid

Lid sinds
3 jun. 2024
Berichten
6
3 jun. 2024
#1
Hallo allemaal,

Onze waterlelie heeft drie jaar prachtig gebloeid, maar dit voorjaar komen er alleen bladeren. De vijver is zo'n tachtig centimeter diep en ligt half in de zon.

Groet, Karel
Leuk
Citeren
Reageren
Melden
Reacties:
Ans de Wit

Ans de Wit
Bekend lid

Lid sinds
12 mrt. 2019
Berichten
1.204
4 jun. 2024
#2
Waarschijnlijk is de pot te vol geworden. Haal hem eruit, deel de wortelstok en zet een stuk terug met verse vijveraarde.
Leuk
Citeren
Reageren
Melden
"""


def test_xenforo_in_dutch_the_profile_a_label_and_its_value_a_line_each_over_the_date():
    doc = read(XENFORO_NL_PROFILE).document
    assert (doc.title, doc.author, doc.published) == (
        "Waterlelie bloeit niet meer",
        "Karel_V",
        "2024-06-03",
    )
    assert tree(doc) == [("Ans de Wit", "2024-06-04", None)]
    # "Leuk" is the post's like button, no word of it
    assert texts(doc)[0].endswith("verse vijveraarde.")


REDDIT_FR = """r/JardinsDeVille
Rejoindre
•
Publié par
u/terrasse_sud
il y a 5 h

Mes tomates cerises éclatent avant d'être mûres, pourquoi ?
Question

Depuis une semaine, la moitié de mes tomates cerises se fendent sur le pied, alors qu'elles sont encore orange. J'arrose un soir sur deux.

56 commentaires
Partager
Sauvegarder

niveau 1
potager_du_quai
· il y a 4 h
C'est l'arrosage irrégulier : la peau ne suit pas quand le fruit gonfle d'un coup après un gros arrosage.

12
Répondre
Partager
Suivre
niveau 1
balcon_nord
· il y a 2 h
la peau ne suit pas quand le fruit gonfle d'un coup après un gros arrosage.

Exactement, et un paillage garde l'humidité bien plus régulière entre deux arrosages.

5
Répondre
Partager
Suivre
"""


def test_new_reddit_in_french_its_labels_and_a_comment_quoting_another_without_its_mark():
    doc = read(REDDIT_FR).document
    assert doc.title == "Mes tomates cerises éclatent avant d'être mûres, pourquoi ?"
    # "Suivre" (the follow button) is no one's name over the next comment
    assert [c[0] for c in tree(doc)] == ["potager_du_quai", "balcon_nord"]
    # its first paragraph quotes the comment above, the "> " lost in the copy
    assert texts(doc)[1].startswith("Exactement, et un paillage")


def test_new_reddit_a_comment_that_opens_with_the_post_s_question_quotes_it():
    page = """r/Narrowboats
Posted by
u/towpath_tess
3 days ago

First winter aboard: is the condensation ever going to stop?

Every morning the windows stream and the cupboards under the gunwale smell of damp. I run a diesel heater and open the side hatch for an hour a day.

48 comments
Share

level 1
old_lock_keeper
· 3 days ago
is the condensation ever going to stop?

Honestly, only when you stop breathing. Get a small dehumidifier on shore power and line the cupboards with cork.

12
Reply
level 2
towpath_tess
· 3 days ago
Cork, I would never have thought of that. Thank you!

3
Reply
"""
    doc = read(page).document
    assert texts(doc)[0].startswith("Honestly, only when you stop breathing.")
    assert tree(doc)[1][2] == 0


def test_phpbb_s_thanks_under_a_post_and_the_names_under_it_are_no_words_of_the_post():
    page = """Honigforum
Re: Varroa im Januar?
Beitrag von Wabenwilli » Di 16. Jan 2024, 19:22

Die Traube sitzt ordentlich, da würde ich mir im Januar noch keine Sorgen machen.

Der folgende Benutzer bedankt sich für den Beitrag von Wabenwilli:
Imme_Anke
Nach oben

Re: Varroa im Januar?
Beitrag von Imme_Anke » Di 16. Jan 2024, 20:05

Danke, dann warte ich bis zum Reinigungsflug.

Die folgenden 2 Benutzer bedanken sich für den Beitrag von Imme_Anke:
Wabenwilli, Bienenbert
Nach oben
"""
    doc = read(page).document
    assert [t.splitlines()[-1] for t in texts(doc)][
        -1
    ] == "Danke, dann warte ich bis zum Reinigungsflug."
    assert "bedank" not in doc.text and "Bienenbert" not in doc.text


def test_a_phpbb_thread_tagged_solved_and_its_opening_posts_thanks_over_its_signature():
    # the thread's title as the page shows it, with the tag a moderator set before the
    # post's own subject; "Grazie in anticipo" is the post's last words, not a poster's name
    signature = "Ciclone 50 '74 – Velomotore Lampo 48 '68 (in attesa di restauro)"
    page = (
        "Motorini d'Epoca\nIndice\nCarburazione e alimentazione\n"
        "[RISOLTO] Carburatore che gocciola dopo la revisione\nRispondi\n"
        "3 messaggi • Pagina 1 di 1\n"
        "Alfio_Tornitore\nUtente\nMessaggi: 37\nIscritto il: dom 3 feb 2019, 18:22\n\n"
        "Carburatore che gocciola dopo la revisione\nCita\n"
        "Messaggio da Alfio_Tornitore » mar 12 mar 2024, 21:14\n\n"
        "Buonasera a tutti,\n\nho appena finito di revisionare il carburatore del mio Ciclone"
        " e adesso gocciola dalla vaschetta appena apro il rubinetto della benzina.\n\n"
        f"Grazie in anticipo\n{signature}\nTop\n"
        "Gino_Carburo\nEsperto\nMessaggi: 4812\nIscritto il: lun 8 giu 2009, 10:02\n\n"
        "Re: Carburatore che gocciola dopo la revisione\nCita\n"
        "Messaggio da Gino_Carburo » mar 12 mar 2024, 22:03\n\n"
        "Quasi sempre è lo spillo nuovo: i ricambi di oggi hanno la punta troppo dura.\nTop\n"
        "Alfio_Tornitore\nUtente\nMessaggi: 37\nIscritto il: dom 3 feb 2019, 18:22\n\n"
        "Re: Carburatore che gocciola dopo la revisione\nCita\n"
        "Messaggio da Alfio_Tornitore » mer 13 mar 2024, 19:40\n\n"
        f"Era lo spillo, cambiato e risolto. Grazie!\n{signature}\nTop\n"
    )
    doc = read(page).document
    assert doc.title == "[RISOLTO] Carburatore che gocciola dopo la revisione"
    unread = read(page.replace("[RISOLTO] ", "(3) ")).document  # an unread count is no tag
    assert unread.title == "Carburatore che gocciola dopo la revisione"
    assert body(doc)[-1] == "Grazie in anticipo"
    assert signature not in doc.text


_REDDIT_2018 = """Skip to main content
Reddit
r/BalconyBeekeeping
Search Reddit
Log In
User account menu

1.2k
{poster}
2 days ago
{over}Neighbor complained to the HOA about my two hives. Here is how it ended.
{under}
Some of you might remember my post from April. The board voted 4-1 to let me keep the hives, and nobody on the board wanted to argue that bees are livestock.

Lessons: register your hives, keep your records, and talk to the neighbours first.
37 comments
Share
Save

level 1
[deleted]
·
2 days ago
Comment deleted by user
level 2
Not_A_Drone_Honest
·
2 days ago
Bees on a balcony are not a hazard any more than the wasps under every roof.

45
Reply
level 1
HOA_survivor_22
·
2 days ago
nobody on the board wanted to argue that bees are livestock
This is my favorite sentence on the internet this week.

I would have paid money to watch that meeting.

377
Reply
"""


def test_the_2018_reddits_post_head_gives_the_title_under_the_poster_and_its_flairs_apart():
    # its votes ("1.2k"), "Posted by" and "u/NAME" (or run together), its age, then the
    # title alone with its flair over it ("Update") or under it ("Discussion")
    for poster, over, under in [
        ("Posted by\nu/waxmoth_wendy", "Update\n", ""),
        ("Posted byu/waxmoth_wendy", "", "\nDiscussion\n"),
    ]:
        page = _REDDIT_2018.format(poster=poster, over=over, under=under)
        doc = read(page).document
        assert doc.title.startswith("Neighbor complained to the HOA"), poster
        assert doc.author == "waxmoth_wendy"
        assert body(doc)[0].startswith("Some of you might remember")
        assert "Discussion" not in doc.text and "1.2k" not in doc.text


def test_a_2018_reddit_removed_comment_holds_its_reply_and_a_quotation_right_over_its_answer():
    # "Comment deleted by user" under "[deleted]"'s age is its text, not the next poster's
    # name; a reply's first line that is words of the post, with its answer right under it
    # (the quotation's box lost, and the blank line under it), is a quotation
    doc = read(_REDDIT_2018.format(poster="Posted by\nu/waxmoth_wendy", over="", under="")).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("[deleted]", None),
        ("Not_A_Drone_Honest", 0),
        ("HOA_survivor_22", None),
    ]
    assert texts(doc)[0] == "Comment deleted by user"
    assert texts(doc)[2].startswith("This is my favorite sentence")


def test_a_quotation_of_several_paragraphs_is_left_out_whole_and_its_toggle_with_it():
    # WoltLab's box: "Zitat von NAME", the quoted post's paragraphs, "Alles anzeigen"; a
    # short line of the reply that stands in the post by chance stays the reply's
    page = """Standheizung geht nach zehn Minuten aus

Bernd_aus_Kassel
17. Januar 2024

Meine Standheizung startet, läuft zehn Minuten und geht dann mit Fehler aus.

Bernd_aus_Kassel
18. Januar 2024

So, kurzes Update:

Der Filter war tatsächlich voller weißer Flocken. Ausgebaut, ausgespült und wieder eingebaut.

Heizung läuft jetzt seit gestern Abend durch, auch heute Nacht bei minus neun Grad. Danke euch allen!

Dieselfritz
19. Januar 2024

Zitat von Bernd_aus_Kassel

So, kurzes Update:

Der Filter war tatsächlich voller weißer Flocken. Ausgebaut, ausgespült und wieder eingebaut.

Heizung läuft jetzt seit gestern Abend durch, auch heute Nacht bei minus neun Grad. Danke euch allen!

Alles anzeigen

Schön, dass sie wieder läuft. Trotzdem bei Gelegenheit die Leitung prüfen.

Danke euch allen!
"""
    doc = read(page).document
    assert texts(doc)[-1] == (
        "Schön, dass sie wieder läuft. Trotzdem bei Gelegenheit die Leitung prüfen."
        "\n\nDanke euch allen!"
    )


def test_a_xenforo_posters_title_of_several_words_and_a_post_number_over_a_quotation():
    # "Professionnel du bâtiment" under the name, over the profile, is the poster's title;
    # "#3" over "NAME a dit :" numbers the post, whose quotation is no comment of the quoted
    page = """Fissure en escalier sur un mur en parpaing

F
Fabrice_67
Nouveau membre
Inscrit
22 janv. 2025
Messages
6
3 févr. 2025

#1
Bonjour à tous, nous avons une fissure en escalier sur le pignon nord depuis cet été.

Ma question : est-ce que ça peut attendre le printemps ou faut-il faire venir quelqu'un ?

M
maconbeton_
Professionnel du bâtiment
Inscrit
9 oct. 2016
Messages
5 302
Localisation
Haut-Rhin
3 févr. 2025

#2
Fabrice_67 a dit :
Ma question : est-ce que ça peut attendre le printemps ou faut-il faire venir quelqu'un ?
Cliquez pour agrandir...
Dans l'ordre : d'abord vérifier si votre commune a été reconnue en catastrophe naturelle.

Ensuite un expert indépendant, pas un maçon.
"""
    doc = read(page).document
    assert [(c.author, c.published) for c in doc.comments] == [("maconbeton_", "2025-02-03")]
    assert texts(doc)[0].startswith("Dans l'ordre")


def test_a_german_xenforo_copy_its_registration_date_and_the_last_posts_likes_over_a_poster():
    # "Registriert" / "9. Apr. 2024" is the poster's profile, not the post's date; a name
    # under the buttons of the post above ("sparfuchs_87", who liked it) over "L" / "Lisa_M"
    # is no poster: the avatar's letter names the one it stands over
    page = """Luft-Wasser-Wärmepumpe im Altbau – Erfahrungen nach dem ersten Winter

B
Bernd_W
Mitglied
Registriert
14. Feb. 2023
Beiträge
212
2. April 2024
#1
Hallo zusammen, nach dem ersten Winter mit der Wärmepumpe will ich meine Erfahrungen teilen.

Gruß Bernd
Melden
Antworten
H
heizungsfritze
Fachmann
Registriert
3. Okt. 2016
Beiträge
4.812
2. April 2024
#2
Danke für den ausführlichen Bericht, das hilft vielen hier.
Melden
Antworten
sparfuchs_87
L
Lisa_M
Neues Mitglied
Registriert
9. Apr. 2024
Beiträge
1
10. April 2024
#3
Sehr hilfreich, danke! Wir stehen genau vor der Entscheidung.
"""
    doc = read(page).document
    assert doc.published == "2024-04-02"
    assert [(c.author, c.published) for c in doc.comments] == [
        ("heizungsfritze", "2024-04-02"),
        ("Lisa_M", "2024-04-10"),
    ]


_SMF_POST = """{name}
Membre Senior
****
Hors ligne

Messages: 412

Localisation: Vierzon

{subject}
« {when} »
    Citer

{text}

    Journalisé
"""


def test_an_smf_copy_with_the_posters_stats_a_block_each_and_its_trail_a_crumb_a_line():
    page = (
        "Bienvenue, Invité. Merci de vous connecter ou de vous inscrire.\n"
        "1 heure\n1 jour\n1 semaine\n1 mois\nToujours\n\n"
        "    Le Quai du Modéliste »\n    Locomotives »\n    Digital (DCC) »\n"
        "    Décodeur qui chauffe\n\n"
        "0 Membres et 1 Invité sur ce sujet.\n\n"
        + _SMF_POST.format(
            name="Jean-Marc R.", subject="Décodeur qui chauffe", when="le: 12 mars 2024 à 21:04:10",
            text="Bonsoir à tous, mon décodeur chauffe dès que la loco tire plus de trois voitures.",
        )
        + "\n"
        + _SMF_POST.format(
            name="Pierrot_67", subject="Re : Décodeur qui chauffe",
            when="Réponse #1 le: Aujourd’hui à 08:12:44",
            text="Essaie de régler la fréquence de hachage, la CV 9 sur beaucoup de décodeurs.",
        )
    )  # fmt: skip
    doc = read(page).document
    assert (doc.site, doc.author, doc.published) == (
        "Le Quai du Modéliste", "Jean-Marc R.", "2024-03-12"
    )  # fmt: skip
    assert body(doc) == [
        "Bonsoir à tous, mon décodeur chauffe dès que la loco tire plus de trois voitures."
    ]
    assert [(c.author, c.published) for c in doc.comments] == [("Pierrot_67", None)]
    assert texts(doc) == [
        "Essaie de régler la fréquence de hachage, la CV 9 sur beaucoup de décodeurs."
    ]


def test_a_german_slashcode_thread_nested_by_indentation_with_its_headers_on_two_lines():
    page = (
        "Oberstettbach schaltet Strassenlaternen nachts ab\n"
        "Geschrieben von flori am Dienstag 14. Mai 2024, 08:02\n"
        "aus der wer-braucht-schon-licht Abteilung\n\n"
        "Die Gemeinde hat alle 640 Strassenlaternen mit Funkmodulen ausgerüstet und schaltet"
        " sie zwischen 0.30 und 5 Uhr ab.\n\n"
        "Laut Gemeinderat spart das rund 110’000 kWh pro Jahr, und die Module funken an drei"
        " Gateways auf dem Gemeindehaus.\n\n"
        "Oberstettbach schaltet Strassenlaternen nachts ab | Login/Konto anlegen | 3 Kommentare\n"
        "Schwelle: 1: 3 von 3 Kommentaren | Verschachtelt | Älteste zuerst\n"
        "Die folgenden Kommentare sind Eigentum der Verfasser. Wir sind nicht für ihren Inhalt"
        " verantwortlich.\n\n"
        "    Licht aus, Einbrecher an? (Punkte:3, Interessant)\n"
        "    von Kessler_B (1877) am Dienstag 14. Mai 2024, 08:31 (#41233)\n\n"
        "    Die übliche Sorge, aber die Zahlen zeigen keinen Anstieg bei den Einbrüchen.\n"
        "        Re:Licht aus, Einbrecher an? (Punkte:2)\n"
        "        von Anonymer Feigling am Dienstag 14. Mai 2024, 08:52 (#41240)\n\n"
        "        Quelle?\n"
        "    Endlich Sterne (Punkte:2, Lustig)\n"
        "    von sternengucker (7712) am Dienstag 14. Mai 2024, 10:05 (#41270)\n\n"
        "    Vielleicht sieht man jetzt wieder mal die Milchstrasse vom Balkon aus.\n"
    )
    doc = read(page).document
    assert tree(doc) == [
        ("Kessler_B", "2024-05-14", None),
        ("Anonymer Feigling", "2024-05-14", 0),
        ("sternengucker", "2024-05-14", None),
    ]
    assert texts(doc)[1] == "Quelle?" and "Schwelle" not in doc.text and "Abteilung" not in doc.text


def test_a_discourse_copy_with_its_category_and_tags_a_block_each_and_its_closing_note():
    page = (
        "Broodbakforum\n\nRegistreren\nInloggen\n\n"
        "Desem komt niet meer op gang na verhuizing\n\n"
        "Desem & starters\n\n"
        "desem\nstarter\nwater\n\n\n"
        "Sanne_vdB\nmrt '24\n\n"
        "Hallo allemaal,\n\nIk bak nu ruim twee jaar met dezelfde roggedesem, maar sinds we"
        " verhuisd zijn komt hij nauwelijks nog omhoog.\n\nZit het in het water?\n\n"
        "Koen_bakt\nmrt '24\n\n"
        "Bijna zeker het water: hier in Zuid-Limburg is het veel harder. Probeer flessenwater.\n\n"
        "Gesloten op mei '24\n\n"
        "system\n\n"
        "Dit topic is 30 dagen na het laatste antwoord automatisch gesloten. Nieuwe antwoorden"
        " zijn niet meer toegestaan.\n"
    )
    doc = read(page).document
    assert doc.title == "Desem komt niet meer op gang na verhuizing"
    assert [c.author for c in doc.comments] == ["Koen_bakt"]


def _smf_thread(reply: str) -> str:
    return (
        "0 Membres et 1 Invité sur ce sujet.\n\n"
        + _SMF_POST.format(
            name="Jean-Marc R.", subject="Navette qui saute", when="le: 12 mars 2024 à 21:04:10",
            text="Bonsoir, la navette de ma Héronde saute de son logement à chaque démarrage.",
        )
        + "\n"
        + _SMF_POST.format(
            name="Mamie_Couture", subject="Re : Navette qui saute",
            when="Réponse #1 le: 13 mars 2024 à 09:15:00", text=reply,
        )
    )  # fmt: skip


def test_a_saying_in_quotation_marks_closing_a_forum_post_is_its_signature():
    reply = (
        "Regarde la petite lame ressort qui tient la navette, elle se remonte à l’envers.\n\n"
        "« Une machine qui tourne vaut mieux que deux qu’on restaure »"
    )
    doc = read(_smf_thread(reply)).document
    assert texts(doc) == [
        "Regarde la petite lame ressort qui tient la navette, elle se remonte à l’envers."
    ]


def test_a_quotation_announced_by_a_colon_closing_a_forum_post_stays():
    reply = (
        "Le manuel d’entretien le dit noir sur blanc :\n\n"
        "« Ne jamais huiler la navette, seulement la brosser. »"
    )
    doc = read(_smf_thread(reply)).document
    assert texts(doc)[0].endswith("« Ne jamais huiler la navette, seulement la brosser. »")


def test_discourses_timeline_between_its_dates_in_a_phone_copy_is_no_title():
    page = (
        "Passer au contenu principal\nLe Jardin du Midi\nS'inscrire\nSe connecter\n\u200b\n"
        "Taille des oliviers après le gel : on attend ou pas ?\nArbres fruitiers\noliviers\ngel\n"
        "taille\nVous avez sélectionné 0 messages.\ntout sélectionner\nannuler la sélection\n"
        "12 févr. 2024\n1 / 7\n3 mars 2024\n"
        "cigale84\n12 févr. 2024\n"
        "Bonjour à tous,\n"
        "Après trois nuits à −9 °C, mes six oliviers ont les feuilles grillées. Faut-il tailler"
        " tout de suite ou attendre avril pour voir ce qui repart ?\n"
        "olivier_des_alpilles\n13 févr. 2024\n"
        "Surtout pas maintenant. Tant qu'il peut encore geler, une taille ouvre des plaies.\n"
    )
    doc = read(page).document
    assert doc.title == "Taille des oliviers après le gel : on attend ou pas ?"
    assert "1 / 7" not in doc.text


# -- Invision Community, copied a part a line ---------------------------------------------------

INVISION_FR = """Aller au contenu

L'Atelier des Poêles

Chaudière à granulés qui s'encrasse en trois jours

Par Odile_M, 12 janvier 2025 dans Granulés

Messages recommandés

Odile_M

Odile_M

    Membre
    27

    Posté(e) 12 janvier 2025

    Auteur

Bonjour, notre chaudière à granulés s'encrasse en trois jours depuis que nous avons changé de fournisseur de sacs.

Le brûleur est noir et la vitre se couvre de suie dès le deuxième soir. Avez-vous une idée ?

Lien vers le commentaire
Partager sur d’autres sites

Bastien_R

Bastien_R

    Membre actif
    1 315

    Posté(e) 12 janvier 2025

Révéler le contenu masqué

Des granulés trop humides, presque à coup sûr. Faites le test du verre d'eau avec une poignée.

    Modifié le 13 janvier 2025 par Bastien_R

Lien vers le commentaire

Odile_M

Odile_M

    Membre
    27

    Posté(e) 14 janvier 2025

    Auteur

Test fait : ils gonflent tout de suite. Je retourne les sacs au magasin, merci !

Lien vers le commentaire
"""


def test_an_invision_post_head_a_part_a_line_names_the_poster_and_dates_the_post():
    doc = read(INVISION_FR).document
    assert doc.title == "Chaudière à granulés qui s'encrasse en trois jours"
    assert (doc.author, doc.published) == ("Odile_M", "2025-01-12")
    assert body(doc)[0].startswith("Bonjour, notre chaudière")
    assert tree(doc) == [("Bastien_R", "2025-01-12", None), ("Odile_M", "2025-01-14", None)]
    assert texts(doc) == [
        "Des granulés trop humides, presque à coup sûr. Faites le test du verre d'eau avec une "
        "poignée.",
        "Test fait : ils gonflent tout de suite. Je retourne les sacs au magasin, merci !",
    ]


INVISION_PT = """Ir para conteúdo
Oficina do Marceneiro
Entrar
Todas as atividades
Início Fórum Ferramentas Plainas Plaina manual deixa marcas de degrau na tábua de cedro
Plaina manual deixa marcas de degrau na tábua de cedro
Por lucas.bento, 3 de fevereiro de 2025 em Plainas

Postagens recomendadas
lucas.bento
Membros
 8

Cidade:Londrina (PR)
Postado 3 de fevereiro de 2025
Boa tarde! Comprei uma plaina nº 5 usada e, depois de afiar o ferro, ela deixa degraus nas bordas de cada passada.

Já conferi a boca e o contraferro. O que mais pode ser?
Link para o comentário
Compartilhar em outros sites

Helena Moraes
Moderadores
 3.102

Cidade:Piracicaba (SP)
Postado 3 de fevereiro de 2025
Arredonde levemente os cantos do ferro na pedra. Degrau na borda quase sempre é canto vivo.
Link para o comentário
Compartilhar em outros sites
"""


def test_an_invision_head_with_profile_fields_under_a_breadcrumb_run_into_one_line():
    doc = read(INVISION_PT).document
    assert doc.title == "Plaina manual deixa marcas de degrau na tábua de cedro"
    assert (doc.site, doc.author, doc.published) == (
        "Oficina do Marceneiro", "lucas.bento", "2025-02-03"
    )  # fmt: skip
    assert body(doc) == [
        "Boa tarde! Comprei uma plaina nº 5 usada e, depois de afiar o ferro, ela deixa degraus "
        "nas bordas de cada passada.",
        "Já conferi a boca e o contraferro. O que mais pode ser?",
    ]
    assert tree(doc) == [("Helena Moraes", "2025-02-03", None)]
    assert texts(doc)[0].endswith("quase sempre é canto vivo.")


# -- Lemmy: the community's box under the thread --------------------------------------------

LEMMY_WITH_BOX = """Kompostierung im Winter: Miete friert komplett durch

komposthaufen  zu  Gartenfreunde  ·  vor 2 Tagen

Hallo zusammen,

meine Miete ist seit Dezember ein einziger Eisblock, obwohl sie im Windschatten hinter der Garage steht und ich sie jede Woche mit frischem Material füttere.

Was ich schon weiß:

    die Temperatur in der Mitte liegt morgens bei minus 3 bis minus 5 Grad
    bei den Nachbarn mit dem großen Thermokomposter ist es genauso
    nachmittags taut nur die oberste Schicht etwas an

Lohnt es sich überhaupt, im Winter weiter aufzusetzen?

2 Kommentare

gartenzwerg_42  ·  vor 2 Tagen

Einfach weiter aufsetzen, im März taut alles und dann geht es richtig los.

moosrose  ·  vor 1 Tag

Ein Thermokomposter aus Holz hilft, der Haufen friert dann nur am Rand.

gartenfreunde@gruen.example

Abonnieren

Alles rund um Gemüse, Obst und Kompost im Hausgarten.

Regeln:

    Freundlich bleiben.
    Keine Werbung.

1,2 Tsd. Abonnenten
"""


def test_a_federated_communitys_box_under_the_last_comment_is_no_comment_text():
    doc = read(LEMMY_WITH_BOX).document
    assert tree(doc) == [("gartenzwerg_42", None, None), ("moosrose", None, None)]
    assert (
        texts(doc)[-1] == "Ein Thermokomposter aus Holz hilft, der Haufen friert dann nur am Rand."
    )


LEMMY_LISTED = """Lemmy Serrano
Comunidades
Entrar

Bicicleta antiga com a corrente a saltar nas mudanças de trás
enviado há 2 meses por ze_pedal para Bicicletas Clássicas
41
Boa tarde! Recuperei uma bicicleta de estrada dos anos 80 e a corrente salta sempre que mudo para os dois carretos maiores.

Alguém sabe o que devo verificar primeiro?

6 comentários

  * raio_partido@lemmy.example.pt  17 • há 2 meses

    Começa pelo desviador: a afinação do batente de baixo costuma estar solta nestas bicicletas.

      * ze_pedal OP  5 • há 2 meses

        Era mesmo isso, obrigado!

  * roda_livre  -3 • há 2 meses

    Excluído pelo criador

      * mecanica_ana MOD  8 • há 2 meses

        Sem conselhos de comprar peças novas por aqui, por favor.

Bicicletas Clássicas
bicicletas_classicas@lemmy.serrano.example.pt
Inscrever-se
210 inscritos
"""


def test_lemmy_copied_as_a_list_its_bullets_scores_and_badges_are_no_part_of_the_names():
    doc = read(LEMMY_LISTED).document
    assert (doc.author, doc.site) == ("ze_pedal", "Lemmy Serrano")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("raio_partido@lemmy.example.pt", None),
        ("ze_pedal", 0),
        ("roda_livre", None),
        ("mecanica_ana", 2),
    ]
    assert texts(doc)[-1] == "Sem conselhos de comprar peças novas por aqui, por favor."


# -- vBulletin copied from a browser: its login box, welcome notice and tools over the posts ---

VBULLETIN3_IT = """Forum Ciclofficina > Manutenzione > Freni
Il freno a bacchetta della bici del nonno fischia in discesa

Nome utente\t
Password\t
  Ricordami?

Benvenuto su Forum Ciclofficina.
Se questa è la tua prima visita, ti invitiamo a leggere le FAQ cliccando sul link qui sopra. Per poter inserire messaggi devi prima registrarti: clicca sul link "Registrati" qui sopra per procedere.

Strumenti della discussione\tModalità di visualizzazione
03-03-2024, 18:10\t  #1
Pietro_V
Utente

Data Registrazione: Feb 2020
Località: Lugo
Messaggi: 31
Predefinito Il freno a bacchetta della bici del nonno fischia in discesa

Buonasera, ho rimesso in strada la bici del nonno e il freno anteriore fischia forte appena tiro la leva in discesa.

Ho già pulito il cerchio con l'alcol. Cosa posso controllare ancora?

Pietro_V non è in linea  \tRispondi citando

03-03-2024, 19:02\t  #2
Meccanico_Gino
Moderatore

Data Registrazione: Mar 2011
Località: Faenza
Messaggi: 2.954
Predefinito Re: Il freno a bacchetta della bici del nonno fischia in discesa

Prova a inclinare leggermente i pattini, con la parte davanti che tocca il cerchio per prima.

Meccanico_Gino non è in linea  \tRispondi citando
"""


def test_a_vbulletin_copy_under_its_login_box_welcome_notice_and_tools_opens_with_its_first_post():
    doc = read(VBULLETIN3_IT).document
    assert doc.title == "Il freno a bacchetta della bici del nonno fischia in discesa"
    assert (doc.author, doc.published) == ("Pietro_V", "2024-03-03")
    assert body(doc)[0].startswith("Buonasera, ho rimesso in strada")
    assert [(c.author, c.published) for c in doc.comments] == [("Meccanico_Gino", "2024-03-03")]


VBULLETIN4_NL = """KlusHoek Forum

Gebruikersnaam\tOnthoud mij?
Wachtwoord\t

Forum
Buitenshuis
Schuttingen en poorten
Als dit je eerste bezoek is, bekijk dan eerst de veelgestelde vragen door op de link hierboven te klikken.

Resultaten 1 tot 2 van 2

Discussie: Tuinpoort sleept over de tegels na de vorst

Discussie-opties

\t02-02-2024, 09:12\t#1
Marloes_T
Marloes_T is offline
Junior lid

\tGeregistreerd
\t\tjan 2023
\tBerichten
\t\t12

Tuinpoort sleept over de tegels na de vorst

Sinds de vorst van vorige week sleept onze houten tuinpoort over de tegels en krijg ik hem amper nog dicht.

Moet ik de scharnieren stellen of is de paal verzakt?

Bijgevoegde miniaturen
Naam:\tpoort.jpg
Bekeken:\t40
Grootte:\t120,3 KB

Antwoord met citaat Antwoord met citaat

\t02-02-2024, 10:05\t#2
Kees_vd_B
Kees_vd_B is offline
Moderator

\tGeregistreerd
\t\tmrt 2009
\tBerichten
\t\t4.211

Waarschijnlijk is de paal opgevroren. Leg er een waterpas tegen voordat je aan de scharnieren draait.

Antwoord met citaat Antwoord met citaat
"""


def test_a_vbulletin_4_copy_its_labelled_title_profile_pairs_and_attachment_box():
    doc = read(VBULLETIN4_NL).document
    assert doc.title == "Tuinpoort sleept over de tegels na de vorst"
    assert (doc.author, doc.published) == ("Marloes_T", "2024-02-02")
    assert body(doc) == [
        "Sinds de vorst van vorige week sleept onze houten tuinpoort over de tegels en krijg ik "
        "hem amper nog dicht.",
        "Moet ik de scharnieren stellen of is de paal verzakt?",
    ]
    assert [(c.author, c.published) for c in doc.comments] == [("Kees_vd_B", "2024-02-02")]
    assert texts(doc)[0].endswith("voordat je aan de scharnieren draait.")


VBULLETIN4_PT = """Fórum Oficina Aberta
Mecânica
Freios
Disco de freio dianteiro chiando depois da troca de pastilhas

Resultados 1 a 2 de 2
Tópico: Disco de freio dianteiro chiando depois da troca de pastilhas

Ferramentas do Tópico
Exibir

02/02/2024, 20:10 #1
carla_santos
carla_santos está offline
Membro Júnior
Data de Ingresso
Jan 2022
Posts
12
Padrão Disco de freio dianteiro chiando depois da troca de pastilhas
Boa noite, pessoal.

Troquei as pastilhas dianteiras semana passada e agora o freio chia em toda frenagem leve.

Alguém sabe se é preciso retificar o disco?
Responder com Citação

02/02/2024, 21:02 #2
joao_mecanico
joao_mecanico está offline
Moderador
Data de Ingresso
Mar 2010
Posts
3.120
Padrão Re: Disco de freio dianteiro chiando depois da troca de pastilhas
Faz o assentamento das pastilhas antes de qualquer coisa: dez frenagens médias numa rua vazia.
Responder com Citação
"""


def test_a_vbulletin_copy_in_portuguese_its_greeting_no_subject_of_the_post():
    doc = read(VBULLETIN4_PT).document
    assert doc.title == "Disco de freio dianteiro chiando depois da troca de pastilhas"
    assert (doc.author, doc.published) == ("carla_santos", "2024-02-02")
    assert body(doc)[0] == "Boa noite, pessoal."
    assert [c.author for c in doc.comments] == ["joao_mecanico"]
    assert texts(doc) == [
        "Faz o assentamento das pastilhas antes de qualquer coisa: dez frenagens médias numa "
        "rua vazia."
    ]


MYBB_EN = """Shed & Bench Forum

Portal
Search
Member List
Calendar
Help

Hello There, Guest! Login Register

Shed & Bench Forum › Hand Tools › Planes › Jack plane chatters on end grain

Jack plane chatters on end grain

ferrule_fran
Offline
Junior Member
**

Posts: 14
Threads: 3
Joined: Feb 2022
Reputation: 0
#1
02-11-2024, 07:15 PM
Evening all,

My old No. 5 chatters badly whenever I try to square up the end of a board, even with a freshly honed iron.

Is it the frog, or am I asking too much of a jack plane here?

Find
Quote
Report

oakshaving_pete
Offline
Senior Member
****

Posts: 1,284
Threads: 41
Joined: Aug 2016
Reputation: 37
#2
02-11-2024, 08:02 PM
Set the frog forward so the mouth is tight, and take a much lighter cut. End grain wants a sharp iron at a low angle.

Find
Quote
Report

ferrule_fran
Offline
Junior Member
**

Posts: 14
Threads: 3
Joined: Feb 2022
Reputation: 0
#3
02-12-2024, 06:40 PM
(This post was last modified: 02-12-2024, 06:44 PM by ferrule_fran.)
Moved the frog forward a couple of turns and it cuts cleanly now. Thank you.

Find
Quote
Report
"""


def test_a_mybb_copy_its_profile_lines_over_each_posts_number_and_date():
    # MyBB's classic post layout copied: the poster's name, status, rank and stars, a
    # blank line, their profile a field a line ("Posts: 14"), then "#N" over the post's date
    doc = read(MYBB_EN).document
    assert doc.title == "Jack plane chatters on end grain"
    assert (doc.author, doc.published) == ("ferrule_fran", "2024-02-11")
    assert body(doc)[1].startswith("My old No. 5 chatters badly")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("oakshaving_pete", "2024-02-11"),
        ("ferrule_fran", "2024-02-12"),
    ]
    assert texts(doc) == [
        "Set the frog forward so the mouth is tight, and take a much lighter cut. End grain "
        "wants a sharp iron at a low angle.",
        "Moved the frog forward a couple of turns and it cuts cleanly now. Thank you.",
    ]


XENFORO_PHONE_ES = """Menú
Identificarse
Registrarse
Foros
Mensajes nuevos
Buscar en foros
Foros
Bricolaje
Carpintería y madera
La puerta del trastero roza abajo desde el invierno
Iniciador del tema Tomasa_Riba
Fecha de inicio 3 Feb 2024
T
Tomasa_Riba
Miembro
3 Feb 2024
Compartir
#1
Buenas a todos:
La puerta de madera del trastero roza contra el suelo desde que llegó el frío, y cada vez cuesta más cerrarla. No tiene holgura en las bisagras que yo vea.
¿La cepillo por abajo o espero a la primavera?
Denunciar
Me gusta
Citar
Responder
G
gubia_vieja
Miembro veterano
3 Feb 2024
Compartir
#2
Espera a la primavera. La madera ha cogido humedad y en abril volverá a su sitio; si la cepillas ahora, en verano te quedará una rendija.
Denunciar
Me gusta
Citar
Responder
T
Tomasa_Riba
Miembro
4 Feb 2024
Compartir
#3
Pues espero, gracias. Le pondré un burlete mientras tanto.
Denunciar
Me gusta
Citar
Responder
"""


def test_a_xenforo_copy_from_a_phone_without_blank_lines_its_posts_under_share_and_number():
    # XenForo on a phone, copied: no blank line anywhere; each post's head is the avatar's
    # letter, the name, the rank, the date, then "Compartir" over the post's number
    doc = read(XENFORO_PHONE_ES).document
    assert doc.title == "La puerta del trastero roza abajo desde el invierno"
    assert (doc.author, doc.published) == ("Tomasa_Riba", "2024-02-03")
    assert body(doc)[0] == "Buenas a todos:"  # (the greeting: no title of the page)
    assert [(c.author, c.published) for c in doc.comments] == [
        ("gubia_vieja", "2024-02-03"),
        ("Tomasa_Riba", "2024-02-04"),
    ]
    assert texts(doc)[1] == "Pues espero, gracias. Le pondré un burlete mientras tanto."


def test_an_old_hacker_news_item_its_ages_dates_nests_by_its_parent_links():
    # HN prints an old item's ages as dates ("NAME on May 14, 2019 | parent | next [–]")
    def old(text: str) -> str:
        return text.replace("4 hours ago |", "on May 14, 2019 |")

    doc = read(
        HN_REPAIRS.replace("7 hours ago", "on May 14, 2019")
        + old(hn_comment("kaz", "next", "Charge for the first hour, always."))
        + old(hn_comment("quietferret", "parent | next", "That is a good rule."))
        + old(hn_comment("jkessler", "root | parent", "Been there, and it works."))
        + old(hn_comment("hollis_dev", "prev | next", "I quote after opening the case."))
    )  # fmt: skip
    assert [(c.author, c.published, c.parent) for c in doc.document.comments] == [
        ("kaz", "2019-05-14", None),
        ("quietferret", "2019-05-14", 0),
        ("jkessler", "2019-05-14", 1),
        ("hollis_dev", "2019-05-14", None),
    ]


PHPBB_PHONE_FR = """Aller au contenu
Le Forum du Verger
Menu rapide
FAQ
Connexion
Accueil du forum
Arbres fruitiers
Mon pommier perd ses fruits en juin
Répondre
Outils de sujet
3 messages • Page 1 sur 1
Pomme_d_api
Nouveau membre
Mon pommier perd ses fruits en juin
Message ven. 15 mars 2024 20:58
Bonjour à tous,
Mon pommier de six ans perd la moitié de ses petits fruits chaque année en juin, les autres grossissent bien.
Est-ce normal ?
Haut
greffon71
Membre confirmé
Re: Mon pommier perd ses fruits en juin
Message ven. 15 mars 2024 21:37
C'est la chute de juin : l'arbre se débarrasse de ce qu'il ne peut pas nourrir. Rien d'inquiétant.
Haut
Pomme_d_api
Nouveau membre
Re: Mon pommier perd ses fruits en juin
Message sam. 16 mars 2024 08:02
Merci, me voilà rassurée.
Haut
"""


def test_a_phpbb_copy_from_a_phone_each_post_its_subject_and_its_icons_word_over_the_date():
    # prosilver on a phone hides "par NAME »": the name and rank, the post's subject, then
    # "Message DATE" (the post icon's word), a line each
    doc = read(PHPBB_PHONE_FR).document
    assert doc.title == "Mon pommier perd ses fruits en juin"
    assert (doc.author, doc.published) == ("Pomme_d_api", "2024-03-15")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("greffon71", "2024-03-15"),
        ("Pomme_d_api", "2024-03-16"),
    ]
    assert texts(doc)[1] == "Merci, me voilà rassurée."


FORUMACTIF_FR = """Le Relais des Apiculteurs du Morvan
Accueil
Rechercher
S'enregistrer
Connexion
Le Relais des Apiculteurs du Morvan » Matériel » Ruches
Toit de ruche qui gondole après l'hiver
Sujet précédent Sujet suivant Aller en bas
Message [Page 1 sur 1]
Lucie_Morvan
Lucie_Morvan
Nouvelle abeille
Messages : 12
Date d'inscription : 04/02/2022
Localisation : Saulieu
Toit de ruche qui gondole après l'hiver
par Lucie_Morvan le Mer 3 Avr 2024 - 18:20
Bonjour à tous,

Le toit en contreplaqué de ma ruche Dadant a gondolé cet hiver, et la pluie passe maintenant sous la tôle par le côté nord.

Est-ce que je peux le redresser sous presse, ou faut-il le refaire entièrement ?

Merci d'avance,
Lucie
Revenir en haut Aller en bas
bernard58
bernard58
Apiculteur confirmé
Messages : 2310
Date d'inscription : 19/09/2015
Localisation : Clamecy
Re: Toit de ruche qui gondole après l'hiver
par bernard58 le Mer 3 Avr 2024 - 20:02
Refais-le en pin massif de vingt millimètres : le contreplaqué extérieur finit toujours par se déliter au bord.
Revenir en haut Aller en bas
Lucie_Morvan
Lucie_Morvan
Nouvelle abeille
Messages : 12
Date d'inscription : 04/02/2022
Localisation : Saulieu
Re: Toit de ruche qui gondole après l'hiver
par Lucie_Morvan le Jeu 4 Avr 2024 - 9:15
Merci, je m'y mets ce week-end avec les planches de l'ancien poulailler.
Revenir en haut Aller en bas
"""


def test_a_forumactif_copy_its_opening_post_signed_and_each_posters_box_no_text():
    # Forumactif: the poster's name twice (its avatar's alt text), rank and profile fields
    # over the post's subject and "par NAME le DATE"; "Revenir en haut Aller en bas" under
    # each post, the next poster's box run on under it
    parse = read(FORUMACTIF_FR)
    doc = parse.document
    assert (doc.author, doc.published) == ("Lucie_Morvan", "2024-04-03")
    assert body(doc)[-2:] == ["Merci d'avance,", "Lucie"]  # (a paragraph each)
    assert tree(doc) == [("bernard58", "2024-04-03", None), ("Lucie_Morvan", "2024-04-04", None)]
    assert texts(doc) == [
        "Refais-le en pin massif de vingt millimètres : le contreplaqué extérieur finit "
        "toujours par se déliter au bord.",
        "Merci, je m'y mets ce week-end avec les planches de l'ancien poulailler.",
    ]
    assert "Revenir en haut" not in doc.text and "Date d'inscription" not in doc.text


INVISION_DE = """Flickwerk Forum
Startseite
Werkstatt
Kettenöl im Winter?
Von Lena_M, 3. Februar 2024 in Werkstatt

Lena_M
Mitglieder
12
Beiträge
Geschrieben 3. Februar 2024

Welches Kettenöl nehmt ihr im Winter, wenn die Straßen gesalzen sind? Meins ist nach einer Woche weg.

Melden
Diesen Beitrag teilen

Schrauber_Tom
Experten
2.318
Beiträge
Geschrieben 3. Februar 2024

Nimm ein Nassschmiermittel und wisch die Kette nach jeder Salzfahrt kurz ab, dann hält es deutlich länger.

Melden
Diesen Beitrag teilen

Lena_M
Autor
Mitglieder
12
Beiträge
Geschrieben 4. Februar 2024

Danke, das probiere ich aus. Abwischen klingt nach einem guten Plan.

Melden
Diesen Beitrag teilen
"""


def test_invision_in_german_its_posted_line_the_starters_badge_and_a_posters_count_of_posts():
    # "Geschrieben DATE" is the post's date, no poster named "Geschrieben"; "Autor" over the
    # group marks the topic's starter; "12" / "Beiträge" counts the poster's posts, no replies
    doc = read(INVISION_DE).document
    assert (doc.author, doc.published) == ("Lena_M", "2024-02-03")
    assert tree(doc) == [("Schrauber_Tom", "2024-02-03", None), ("Lena_M", "2024-02-04", None)]
    assert doc.comments_declared is None


XENFORO_SOLVED_IT = """Pedali Forum
Forum
Bici elettriche
Risolto Il motore ticchetta in salita: cuscinetto o ingranaggi?
Autore della discussione Davide_MTB
Data di inizio 14 Mar 2024

Davide_MTB
Nuovo utente
14 Mar 2024
#1
Ciao a tutti, da un paio di settimane il motore centrale fa un ticchettio regolare in salita, solo sotto sforzo.

Mauro_B
Utente esperto
14 Mar 2024
#2
Quasi sempre è il cuscinetto lato corona: fallo controllare prima che si rovini l'ingranaggio.
"""


def test_a_forums_solved_prefix_run_into_the_threads_title_is_no_part_of_it():
    doc = read(XENFORO_SOLVED_IT).document
    assert doc.title == "Il motore ticchetta in salita: cuscinetto o ingranaggi?"
    assert tree(doc) == [("Mauro_B", "2024-03-14", None)]


FLUXBB_FR = """Forum Vélo-Atelier
Le forum des cyclistes qui réparent eux-mêmes
Index
Utilisateurs
Rechercher
S'inscrire
S'identifier
Vous n'êtes pas identifié(e).
Annonce
Merci de lire la charte avant de poster et de préciser le modèle de votre vélo.
Index » Freins » Frein à disque qui frotte après changement de plaquettes
Pages : 1

#1 2024-05-02 18:20:11
rayon_vert
Membre
Inscription : 2021-02-11
Messages : 42
Frein à disque qui frotte après changement de plaquettes
Bonsoir à tous,

J'ai changé les plaquettes de mon frein avant hier soir et depuis le disque frotte à chaque tour de roue.

Merci d'avance,
Paul
Hors ligne

#2 2024-05-02 19:05:40
clé_de_15
Modérateur
Lieu : Lyon
Inscription : 2012-06-30
Messages : 9 120
Re : Frein à disque qui frotte après changement de plaquettes
Desserre les deux vis de l'étrier, serre le levier et resserre les vis en le gardant serré.
Hors ligne

#3 2024-05-02 20:41:02
rayon_vert
Membre
Inscription : 2021-02-11
Messages : 42
Re : Frein à disque qui frotte après changement de plaquettes
Parfait, ça ne frotte plus du tout.
Hors ligne

#4 2024-05-03 08:12:40
clé_de_15
Modérateur
Lieu : Lyon
Inscription : 2012-06-30
Messages : 9 120
Re : Frein à disque qui frotte après changement de plaquettes
rayon_vert a écrit :

Parfait, ça ne frotte plus du tout.

Pense à passer le sujet en résolu.
Hors ligne

Pages : 1
Index » Freins » Frein à disque qui frotte après changement de plaquettes

Propulsé par FluxBB
"""


def test_a_fluxbb_topic_copied_its_posts_numbered_over_their_dates_and_posters():
    # ("#1 DATE" over the poster's name, rank and profile; the subject, then the text; the
    # announcement box, the "not logged in" line and the pager are the page's)
    doc = read(FLUXBB_FR).document
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Frein à disque qui frotte après changement de plaquettes",
        "rayon_vert",
        "Forum Vélo-Atelier",
        "2024-05-02",
    )
    assert body(doc) == [
        "Bonsoir à tous,",
        "J'ai changé les plaquettes de mon frein avant hier soir et depuis le disque frotte à "
        "chaque tour de roue.",
        "Merci d'avance,",
        "Paul",
    ]
    assert tree(doc) == [
        ("clé_de_15", "2024-05-02", None),
        ("rayon_vert", "2024-05-02", None),
        ("clé_de_15", "2024-05-03", None),
    ]
    # (the subject over a quotation's header: the quotation is no post of its own)
    assert texts(doc)[-1] == "Pense à passer le sujet en résolu."
    for furniture in ("Vous n'êtes pas identifié", "Merci de lire la charte", "Pages : 1"):
        assert furniture not in doc.text, furniture


SMF_FR = """Basse-cour & Compagnie
Bienvenue, Invité. Merci de vous connecter ou de vous inscrire.
Accueil
Basse-cour & Compagnie »
Les poules »
Mes canards ne sortent plus de la mare, normal ?
Pages: [1]   En bas
Auteur	Sujet: Mes canards ne sortent plus de la mare, normal ?  (Lu 412 fois)
0 Membres et 1 Invité sont en train de regarder ce sujet.

Odile_du_Perche
Nouveau membre

Messages: 3

Mes canards ne sortent plus de la mare, normal ?
« le: 14 mars 2024 à 19:55:03 »
Citer
Bonjour à tous,
j'ai trois canards coureurs indiens qui passent désormais leurs journées entières dans la mare, alors qu'avant ils venaient manger avec les poules.
Ce que j'ai vérifié :
- pas de renard dans le coin, la clôture est intacte
- ils mangent bien leur grain le soir
Merci d'avance,
Odile
Journalisé

Gégé_poulailler
Membre Héros

Messages: 1 284

Re: Mes canards ne sortent plus de la mare, normal ?
« Réponse #1 le: 14 mars 2024 à 20:41:12 »
Citer
Bonsoir Odile, c'est la saison : ils profitent de l'eau avant la ponte.
Journalisé
"""


def test_an_smf_topic_copied_by_chrome_its_first_post_a_line_a_paragraph():
    # (SMF 2.1's post breaks its lines with <br>: none wrapped, each its own paragraph; the
    # "0 Membres et 1 Invité …" line over the topic is the page's)
    doc = read(SMF_FR).document
    assert (doc.author, doc.published) == ("Odile_du_Perche", "2024-03-14")
    assert body(doc) == [
        "Bonjour à tous,",
        "j'ai trois canards coureurs indiens qui passent désormais leurs journées entières dans "
        "la mare, alors qu'avant ils venaient manger avec les poules.",
        "Ce que j'ai vérifié :",
        "- pas de renard dans le coin, la clôture est intacte",
        "- ils mangent bien leur grain le soir",
        "Merci d'avance,",
        "Odile",
    ]
    assert tree(doc) == [("Gégé_poulailler", "2024-03-14", None)]


def test_asgaros_forums_post_head_names_the_poster_over_its_quote_button():
    # (Chrome's copy: name, role, count, date, "#1", "Zitat" over the post; the club's name,
    # its legal form's stop closing it, over its tagline and menu)
    doc = read(
        "Zum Inhalt springen\nHühnerfreunde Nordheide e.V.\n"
        "Rassegeflügelzucht und Hobbyhaltung seit 1952\nStart\nVerein\nTermine\nForum\n\n"
        "Forum › Haltung & Pflege › Eier mit dünner Schale\n\nEier mit dünner Schale\n\n"
        "Antworten\nAbonnieren\n\n"
        "Gesche_H\nBenutzer\nBeiträge: 38\n14. März 2024, 19:47\n#1\nZitat\n\n"
        "Moin zusammen, seit drei Wochen legen zwei meiner Hennen Eier mit dünner Schale.\n\n"
        "Danke euch!\n\n"
        "Hinnerk\nModerator\nBeiträge: 1.406\n14. März 2024, 20:12\n#2\nZitat\n\n"
        "Als Erstes würde ich das neue Legemehl verdächtigen.\n"
    ).document
    assert (doc.author, doc.site, doc.published) == (
        "Gesche_H",
        "Hühnerfreunde Nordheide e.V.",
        "2024-03-14",
    )
    assert [(c.author, c.published) for c in doc.comments] == [("Hinnerk", "2024-03-14")]
    assert "Zitat" not in doc.text


def test_smf_copied_by_chrome_sets_the_posters_rank_and_stars_a_block_each():
    # ("Kees de Boer" / "Offline" / "" / "Volwaardig lid" / "" / "***" / "Berichten: 238" / "" /
    # the subject / "« Reactie #1 Gepost op: DATE »" / "Citeer")
    def post(who, rank, stars, n, subject, when, text):
        return (
            f"{who}\nOffline\n\n{rank}\n\n{stars}\nBerichten: {n}\n\n{subject}\n"
            f"« {when} »\nCiteer\n\n{text}\n\nGelogd\n\n\n"
        )

    doc = read(
        "Het Roeiboothuis\n\nAuteur\tTopic: Houten roeiboot lekt  (gelezen 812 keer)\n\n"
        + post("Gerrit_V", "Nieuw lid", "*", 14, "Houten roeiboot lekt",
               "Gepost op: 14 maart 2024, 20:12:33",
               "Vorig jaar heb ik een oude houten roeiboot gekocht, en hij lekt bij de kiel.")
        + post("Kees de Boer", "Volwaardig lid", "***", 238, "Re: Houten roeiboot lekt",
               "Reactie #1 Gepost op: 14 maart 2024, 22:41:55",
               "Bij een klinkerboot breeuw je niet, die naden zijn overlappend.")
    ).document  # fmt: skip
    assert (doc.author, doc.published) == ("Gerrit_V", "2024-03-14")
    assert [(c.author, c.published) for c in doc.comments] == [("Kees de Boer", "2024-03-14")]


def test_metafilters_names_come_under_the_post_and_under_each_comment():
    # the poster's byline, with the count, closes the post; each comment's trailer closes it
    parse = read(
        "MetaFilter\nLog In\nSign Up\nMetaFilter\nAsk MetaFilter\nFanFare\nMetaTalk\nSearch:\n"
        "MetaFilter\nTags:\nmills\nmaps\n"
        "The tide mills of the Deben estuary, mapped\n"
        "April 2, 2024 9:15 AM   Subscribe\n\n"
        "A volunteer group has surveyed every tide mill site on the estuary, with old maps.\n\n"
        "Only one mill still turns, on open days, and the map marks where the others stood.\n"
        "posted by saltmarsh_sam (3 comments total) 12 users marked this as a favorite\n\n"
        "The overlay of the 1880 survey is wonderful.\n"
        "posted by reedbed at 9:40 AM on April 2, 2024 [2 favorites]\n"
        "I grew up next to the mill pond and never knew there had been four.\n\n"
        "Off to walk the sea wall this weekend.\n"
        "posted by Ann Pryor at 10:02 AM on April 2, 2024\n"
        "@reedbed the 1904 one is even better.\n"
        "posted by saltmarsh_sam at 11:30 AM on April 2, 2024 [1 favorite]\n\n"
        "« Older The last ferryman of Ramsholt   |   Newer » Bell ringing rotas, explained\n\n"
        "You are not currently logged in. Log in or create a new account to post comments.\n"
    )
    doc = parse.document
    assert (doc.title, doc.author, doc.published) == (
        "The tide mills of the Deben estuary, mapped",
        "saltmarsh_sam",
        "2024-04-02",
    )
    assert [p.split()[0] for p in body(doc)] == ["A", "Only"]
    assert doc.comments_declared == 3
    assert tree(doc) == [
        ("reedbed", "2024-04-02", None),
        ("Ann Pryor", "2024-04-02", None),
        ("saltmarsh_sam", "2024-04-02", None),
    ]
    assert texts(doc)[1] == (
        "I grew up next to the mill pond and never knew there had been four.\n\n"
        "Off to walk the sea wall this weekend."
    )


@pytest.mark.parametrize(
    ("byline", "language"),
    [
        ("added 3 months ago by rafa_tavares to gardening", "en"),
        ("adicionado há 3 meses por rafa_tavares para gardening", "pt"),
    ],
)
def test_mbins_line_under_a_threads_title_names_its_poster_and_magazine(byline, language):
    page = (
        "fedia.io\nThreads\nMicroblog\nPeople\nMagazines\n\ngardening\n\n"
        "Jabuticaba in a pot for six years and never a flower. What am I doing wrong?\n\n"
        f"{byline}\n\n"
        "I bought a grafted jabuticaba in 2018 and it has lived in an 80 litre pot on the "
        "balcony since. It is now almost 1.6 m tall, with fine leaves, but no flower yet.\n\n"
        "The balcony gets sun from the morning until about one in the afternoon.\n"
    )
    doc = read(page).document
    assert doc.title.startswith("Jabuticaba in a pot")
    assert (doc.author, doc.site) == ("rafa_tavares", "gardening")
    assert byline not in doc.text


def _kunena_post(who: str, rank: str, subject: str, when: str, text: str) -> str:
    return f"{who}\nOffline\n\n{rank}\nBeiträge: 41\nDank erhalten: 6\n\n{subject}\n{when}\n\n{text}\n\n"


def test_kunenas_posts_a_name_over_its_status_box_subject_and_numbered_date():
    # Kunena copied: NAME / "Offline" // rank / fields // subject / "DATE - DATE #ID"; its
    # thanks and last edit under a post, the club's name over its tagline with "e. V."
    topic = "Gurkenblätter werden von unten gelb"
    page = (
        "Gartenfreunde Mühlbachtal e. V.\nKleingartenanlage am Mühlbach seit 1957\n\n"
        f"Forum\nGemüse & Obst\n\nThema: {topic}\n\n"
        + _kunena_post(
            "Lisbeth_H",
            "Junior Mitglied",
            topic,
            "14 Mär 2024 19:47 - 14 Mär 2024 20:02 #2231",
            "Hallo in die Runde,\n\nmeine Schlangengurken im Folien-Gewächshaus haben seit "
            "etwa einer Woche gelbe Blätter, und zwar immer zuerst die unteren.\n\n"
            "Letzte Änderung: 14 Mär 2024 20:02 von Lisbeth_H.\n"
            "Folgende Benutzer bedankten sich: Hannelore Bietz",
        )
        + _kunena_post(
            "Gerd W.",
            "Moderator",
            f"Re: {topic}",
            "14 Mär 2024 20:31 #2234",
            "Wenn es von unten nach oben geht und die Blattadern grün bleiben, würde ich auf "
            "Magnesium tippen.",
        )
        + _kunena_post(
            "Lisbeth_H",
            "Junior Mitglied",
            f"Re: {topic}",
            "14 Mär 2024 21:05 #2236",
            "Die Adern sind tatsächlich noch grün. Was gibst du dann, Bittersalz?",
        )
        + "Moderatoren: Gerd W.\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author, doc.site, doc.published) == (
        topic,
        "Lisbeth_H",
        "Gartenfreunde Mühlbachtal e. V.",
        "2024-03-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["Hallo", "meine"]
    assert tree(doc) == [("Gerd W.", "2024-03-14", None), ("Lisbeth_H", "2024-03-14", None)]


PHORUM = """Schlepperfreunde Marsch
Forenliste
Nachrichtenliste
Neues Thema

Ferguson TE20 springt nach dem Winter draußen nicht an
{posted}: Harald P. ()
{date}: 14. {march} 2024 19:12

Moin zusammen,
ich habe letzten Herbst einen Ferguson TE20 aus einer Scheune geholt, der Motor dreht, springt aber nicht an.
Kennt das jemand nach einem kalten Winter?

Antworten Zitieren

Re: Ferguson TE20 springt nach dem Winter draußen nicht an
{posted}: Diesel_Dörte ()
{date}: 14. {march} 2024 20:03

Prüf zuerst den Benzinhahn, der verharzt gern nach einem Winter im Stehen.

Antworten Zitieren

Re: Ferguson TE20 springt nach dem Winter draußen nicht an
{posted}: Harald P. ()
{date}: 14. {march} 2024 20:41

{quote}
Diesel_Dörte
Prüf zuerst den Benzinhahn, der verharzt gern nach einem Winter im Stehen.

Es war der Hahn, jetzt läuft er. Danke!

Antworten Zitieren
"""


def test_phorums_german_post_heads_and_a_quotation_headed_by_its_posters_name():
    words = dict(posted="Geschrieben von", date="Datum", march="März", quote="Zitat")
    doc = read(PHORUM.format(**words)).document
    assert doc.author == "Harald P." and doc.published == "2024-03-14"
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Diesel_Dörte", "2024-03-14"),
        ("Harald P.", "2024-03-14"),
    ]
    assert texts(doc)[1] == "Es war der Hahn, jetzt läuft er. Danke!"
