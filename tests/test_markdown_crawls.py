"""A crawler's Markdown in a JSONL record is read as the page it renders, and every character
still maps onto the record's own text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import read_record
from corpus.readers.markdown import looks_like_markdown, plain
from corpus.readers.text import parse_text

PAGE = """[Aller au contenu](#content)

[![Le Fil d'Ornay](https://example.fr/logo.png)](https://example.fr/)
Le journal associatif du pays d'Ornay

* [Accueil](https://example.fr/)
* [Actualités](https://example.fr/actualites/)

# Marché de Noël : quarante exposants attendus

Par [Julien Tessier](https://example.fr/author/julien/) — 3 novembre 2023

![La place lors de l'édition 2022](https://example.fr/place.jpg)

Le comité des fêtes a dévoilé le programme du marché de Noël, qui se tiendra **du 8 au 10 décembre** place du Pilori.

Nouveauté cette année : les chalets seront installés dans la rue des Tanneurs, fermée à la circulation.

**Partager :** [Facebook](https://facebook.com/sharer) [E-mail](mailto:?body=x)

## 3 réflexions sur « Marché de Noël : quarante exposants attendus »

* **Martine Roussel** dit :
  [5 novembre 2023 à 11 h 02 min](https://example.fr/marche/#comment-1841)

  Très bonne idée de libérer la rue des Tanneurs pendant trois jours.

  [Répondre](https://example.fr/marche/?replytocom=1841#respond)

  * **Julien Tessier** dit :
    [5 novembre 2023 à 14 h 37 min](https://example.fr/marche/#comment-1843)

    Des barrières seront posées dès le jeudi soir pour les riverains.

    [Répondre](https://example.fr/marche/?replytocom=1843#respond)

* **Sylvie B.** dit :
  [8 novembre 2023 à 21 h 14 min](https://example.fr/marche/#comment-1861)

  Je me suis inscrite pour le concours de bûches !

  [Répondre](https://example.fr/marche/?replytocom=1861#respond)

### Laisser un commentaire [Annuler la réponse](#respond)
"""


def test_a_crawls_markdown_gives_the_article_and_its_thread():
    record = {"title": "Marché de Noël : quarante exposants attendus", "text": PAGE}
    doc = read_record(record, source="s", doc_id="x")
    body = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in body] == ["Le", "Nouveauté"]
    assert "du 8 au 10 décembre place" in body[0]  # the emphasis marks are gone, not the words
    assert doc.author == "Julien Tessier"
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Martine Roussel", "2023-11-05", None),
        ("Julien Tessier", "2023-11-05", 0),
        ("Sylvie B.", "2023-11-08", None),
    ]
    assert doc.comments_declared == 3
    for junk in ("](", "![", "**", "replytocom", "Répondre", "Aller au contenu"):
        assert junk not in doc.text


WORKSHOP = """# Réparer soi-même une roue voilée

Publié le [4 mars 2024](https://example.fr/roue/) par [Luc Ferrand](https://example.fr/luc/)

![Roue arrière montée sur le dévoileur](https://example.fr/devoileur.jpg)

Roue arrière montée sur le dévoileur de l'atelier, un mardi soir de permanence.

Depuis septembre, nous proposons un créneau pour apprendre à dévoiler une roue soi-même.

## Ce qu'il faut comme outils

*   Une clé à rayons adaptée à la taille des écrous, le seul outil indispensable.
*   Un dévoileur, ou à défaut le cadre du vélo retourné avec un collier de serrage.
*   Un peu de dégrippant pour les vieux écrous qui ne veulent plus tourner.

Le créneau continue tous les mardis de 18 h à 20 h, sans inscription.

## 2 réflexions sur « Réparer soi-même une roue voilée »

1.  **Mireille Augier** dit :

    [9 mars 2024 à 17 h 22 min](https://example.fr/roue/#comment-1821)

    Très bon article, clair et sans jargon.

    [Répondre](https://example.fr/roue/?replytocom=1821#respond)

2.  Ping : [Les ateliers vélo qui font du dévoilage](https://example.org/ateliers/)

3.  **Thomas** dit :

    [12 mars 2024 à 22 h 41 min](https://example.fr/roue/#comment-1830)

    Merci pour le créneau du mardi, j'y passerai.
"""


def test_a_caption_under_an_image_list_items_and_a_ping_are_read_as_the_page_shows_them():
    record = {"title": "Réparer soi-même une roue voilée", "text": WORKSHOP}
    doc = read_record(record, source="s", doc_id="x")
    body = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in body] == ["Depuis", "Ce", "Une", "Un", "Un", "Le"]
    assert "un mardi soir de permanence" not in doc.text  # the caption, not a paragraph
    assert [c.author for c in doc.comments] == ["Mireille Augier", "Thomas"]
    assert "Les ateliers vélo" not in doc.text


def test_a_markdown_documents_source_map_copies_the_records_text_verbatim():
    record = {"title": "Marché de Noël", "text": PAGE}
    doc = read_record(record, source="s", doc_id="x")
    assert doc.source_map.runs
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length] == PAGE[source_start : source_start + length]
        )
    start = PAGE.index("Nouveauté")
    mapped = doc.source_map.to_text(start, start + len("Nouveauté"))
    assert doc.text[mapped[0] : mapped[1]] == "Nouveauté"


def test_plain_text_is_not_taken_for_markdown():
    assert looks_like_markdown(PAGE)
    assert not looks_like_markdown("The council [in a statement] said the bridge will reopen.\n")
    assert not looks_like_markdown("Step 1 * 2 = 2, and pia_k said so.\n")


def assert_kept_where_it_stood(text: str, out: str, where: list[int]) -> None:
    """Every character a plain text keeps is the one at its offset, in order, once."""
    assert len(out) == len(where)
    assert all(k == -1 or out[n] == text[k] for n, k in enumerate(where))
    kept = [k for k in where if k >= 0]
    assert kept == sorted(set(kept))  # in order, each at most once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab *_#-![]()<>`\\\n:.", max_size=80))
def test_every_character_kept_remembers_where_it_stood(text):
    assert_kept_where_it_stood(text, *plain(text))


def test_a_markdown_file_is_read_as_its_page_and_maps_onto_the_file(tmp_path):
    from corpus.readers import parse_document, sniff_format

    assert sniff_format(PAGE) == "markdown"
    doc, _ = parse_document(PAGE, format="markdown", source="page.md", doc_id="page")
    assert doc.format == "markdown"
    assert doc.title == "Marché de Noël : quarante exposants attendus"
    assert [c.author for c in doc.comments] == ["Martine Roussel", "Julien Tessier", "Sylvie B."]
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length] == PAGE[source_start : source_start + length]
        )


def test_a_page_converted_to_markdown_and_saved_as_text_is_read_as_its_page():
    # html2text, pandoc or a "copy as Markdown" extension, into a .txt file
    from corpus.readers import parse_document

    doc, _ = parse_document(PAGE, format="text", source="page.txt", doc_id="page")
    assert doc.format == "text"
    assert doc.title == "Marché de Noël : quarante exposants attendus"
    assert [c.author for c in doc.comments] == ["Martine Roussel", "Julien Tessier", "Sylvie B."]
    assert "](" not in doc.text and "**" not in doc.text
    for text_start, source_start, length in doc.source_map.runs:
        assert (
            doc.text[text_start : text_start + length] == PAGE[source_start : source_start + length]
        )


CINEMA = """# Le Lumière ferme le 31 mars

Publié le [12 février 2024](https://carnets.example/) par [Odile Marchand](https://carnets.example/odile/)

![La façade du Lumière](https://carnets.example/facade.jpg)

*La façade du Lumière, rue des Tanneurs, un soir de janvier.*

C’est une affichette scotchée sur la porte qui a tout appris aux habitués du quartier.

> « Je n’ai pas de grande explication à donner. Merci à tous ceux qui sont venus. »

En attendant, Bernard Véran a choisi lui-même les films des dernières séances :

*   jeudi 28 mars : *Jour de fête*, en copie 35 mm ;
*   dimanche 31 mars : la dernière séance, gratuite.

## 2 réflexions sur « Le Lumière ferme le 31 mars »

1.  **Mathilde** dit :

    [14 février 2024 à 22 h 31 min](https://carnets.example/#comment-320)

    Quelle tristesse.

2.  **Les Amis du Lumière** dit :

    [15 février 2024 à 9 h 03 min](https://carnets.example/#comment-322)

    Bonjour à tous, première réunion publique de l’association le 23 février.
"""


def test_a_crawls_domain_its_title_quotation_list_and_a_groups_comment():
    record = {
        "title": "Le Lumière ferme le 31 mars – Les Carnets de Saint-Aubrac",
        "site": "carnets-saint-aubrac.fr",
        "text": CINEMA,
    }
    doc = read_record(record, source="s", doc_id="x")
    body = [doc.text[s:e] for s, e in doc.paragraphs]
    assert (doc.title, doc.site) == ("Le Lumière ferme le 31 mars", "Les Carnets de Saint-Aubrac")
    assert [p.split()[0] for p in body] == ["C’est", "«", "En", "jeudi", "dimanche"]
    assert [c.author for c in doc.comments] == ["Mathilde", "Les Amis du Lumière"]


APIARY = """[Vai al contenuto](#content)

* [Home](https://example.it/)
* [Diario](https://example.it/diario/)

# Api e castagni: la stagione 2023

5 ottobre 2023 · di **Rocco Venturelli** · [2 commenti](#comments)

Quest'anno le quattordici arnie hanno prodotto poco più di centonovanta chili di miele.

> **Iscriviti alla newsletter del Taccuino**
> Un messaggio al mese, solo quando c'è qualcosa da raccontare.
> [Iscriviti](https://example.it/newsletter/)

Il millefiori resta a nove euro al vasetto, il castagno sale a undici.

## 2 commenti

- **Giuliana Ferrazza** · 6 ottobre · 08:12

  Anche da noi il castagno è fiorito in anticipo, ti capisco.

  [Rispondi](#)

  - **Rocco Venturelli** (autore) · 6 ottobre · 12:47

    Grazie Giuliana, a che quota hai le arnie?

    [Rispondi](#)
"""


def test_a_crawls_comments_with_this_years_dates_and_a_newsletter_box_set_as_a_quotation():
    doc = read_record({"title": "Api e castagni", "text": APIARY}, source="s", doc_id="x")
    assert [doc.text[s:e][:12] for s, e in doc.paragraphs] == ["Quest'anno l", "Il millefior"]
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Giuliana Ferrazza", "2023-10-06", None),
        ("Rocco Venturelli", "2023-10-06", 0),
    ]


THREAD = """# Ho comprato una casa di pietra in un paese di 40 abitanti. Un anno dopo, ecco cosa ho imparato

- Subreddit: r/VivereInPaese
- Autore: casa_della_aia_

---

Poco più di un anno fa io e la mia compagna abbiamo comprato una casa di pietra in un paese di montagna, e molti ci hanno chiesto se eravamo impazziti.

Il bello: la tranquillità è vera, e i vicini ci hanno aiutato moltissimo fin dal primo giorno.

## Commenti

- **piero_lasagna** · 312 punti · 2024-02-11 19:02 UTC
  L'inverno è la cosa che nessuno racconta. Io ne ho retti due, al terzo sono tornato in città.

  - **casa_della_aia_** [OP] · 120 punti · 2024-02-11 19:30 UTC
    Verissimo. Noi lo reggiamo bene perché lavoriamo tutti e due da casa.

- **Muratore_Soria** · 201 punti · 2024-02-11 20:55 UTC
  Muratore qui. Il 30 % di margine è poco per le case di pietra antiche, direi il 50 %.
"""


def test_a_thread_exported_as_markdown_with_no_link_is_read_as_markdown():
    # (its posters' names in bold under two headings; a name's own last "_" is no emphasis,
    # and the long heading is the title, not a paragraph of prose)
    assert looks_like_markdown(THREAD)
    doc = parse_text(THREAD, source="t.txt", doc_id="t").document
    assert doc.title.startswith("Ho comprato una casa di pietra")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("piero_lasagna", None), ("casa_della_aia_", 0), ("Muratore_Soria", None),
    ]  # fmt: skip
    assert not looks_like_markdown("# 1 Not a heading\n\nJust a **note** in plain text.\n")


def test_jina_readers_head_gives_the_date_its_logo_the_site_and_neither_is_text():
    page = (
        "Title: Le marché du mardi quitte le cours Lachaume | Le Réveil du Vermois\n\n"
        "URL Source: https://www.reveil.example/vermois/marche\n\n"
        "Published Time: 2024-04-18T07:30:00+02:00\n\n"
        "Markdown Content:\n"
        "[![Image 1: Le Réveil du Vermois](https://www.reveil.example/img/logo-reveil.svg)]"
        "(https://www.reveil.example/)\n\n"
        "*   [Actualités](https://www.reveil.example/actualites/)\n"
        "*   [Annonces](https://www.reveil.example/annonces/)\n\n"
        "Le marché du mardi quitte le cours Lachaume\n"
        "===========================================\n\n"
        "Les habitués vont devoir changer leurs habitudes : à partir du mardi 7 mai, le marché"
        " s'installera place de la Mairie, le temps des travaux.\n\n"
        "Ce déménagement est la conséquence directe du chantier de réaménagement du cours, voté"
        " l'an dernier par le conseil municipal.\n"
    )
    doc = parse_text(page, source="t.md", doc_id="t").document
    assert (doc.site, doc.published) == ("Le Réveil du Vermois", "2024-04-18")
    assert doc.title == "Le marché du mardi quitte le cours Lachaume"
    assert "URL Source" not in doc.text and "Markdown Content" not in doc.text


def test_links_run_together_are_read_apart_as_the_page_shows_them():
    text = "[Répondre](https://example.org/r?c=4)[Signaler](https://example.org/s/4)\n"
    out, where = plain(text)
    assert out == "Répondre Signaler\n"
    assert_kept_where_it_stood(text, out, where)


WIDGET_CRAWL = """# Le lavoir de la rue Basse rouvre après deux ans de travaux

Par [Anne Lestrade](https://example.org/auteurs/anne-lestrade/)

Le 02/05/2024 à 07:30 - Mis à jour le 02/05/2024 à 10:15

Le lavoir de la rue Basse a rouvert samedi, après deux ans de travaux menés par la commune et une association de quartier.

La toiture a été refaite à l'identique et le bassin nettoyé ; une plaque rappelle l'histoire des laveuses du quartier.

Commentaires (3)
----------------

**Josiane B.**

02/05/2024 à 08:02

Enfin ! Je passais devant tous les jours en espérant le revoir ouvert.

[Répondre](https://example.org/lavoir?replytocom=11#respond)[Signaler](https://example.org/signaler/11)

**Marc Tissot**

En réponse à Josiane B.

02/05/2024 à 09:12

Pareil, et la plaque est très réussie.

[Répondre](https://example.org/lavoir?replytocom=12#respond)[Signaler](https://example.org/signaler/12)

**Élise Ferrand**

02/05/2024 à 17:25

Bravo à l'association, qui a tenu bon pendant tous ces mois.

[Répondre](https://example.org/lavoir?replytocom=13#respond)[Signaler](https://example.org/signaler/13)
"""


def test_a_crawls_comment_widget_a_part_a_line_nests_the_replies_it_names():
    from corpus.readers import parse_document

    doc, _ = parse_document(WIDGET_CRAWL, format="markdown", source="page.md", doc_id="page")
    assert (doc.author, doc.published) == ("Anne Lestrade", "2024-05-02")
    first, _ = doc.paragraphs[0]
    assert doc.text[first:].startswith("Le lavoir de la rue Basse")
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Josiane B.", "2024-05-02", None),
        ("Marc Tissot", "2024-05-02", 0),
        ("Élise Ferrand", "2024-05-02", None),
    ]
    assert doc.text[doc.comments[1].start : doc.comments[1].end] == (
        "Pareil, et la plaque est très réussie."
    )


DIVI_CRAWL = """# Semer les fèves en novembre : mon retour d'expérience

Publié le 12 novembre 2024 par [Odile Brunet](https://example.fr/author/odile/)

Cela fait trois ans que je sème mes fèves avant l'hiver, à la mi-novembre, plutôt qu'au printemps.

Les plants passent l'hiver à dix centimètres de haut et repartent dès février, bien avant les pucerons.

**Odile Brunet** – Jardinière dans le Vexin depuis 2009, deux ruches et un potager bien trop grand pour une seule personne.

[« Tailler les framboisiers remontants](https://example.fr/framboisiers/)

[Pailler les allées avec des copeaux »](https://example.fr/copeaux/)

2 commentaires
--------------

1.  [Marc Pellerin](https://example.fr) le 13 novembre 2024 à 8 h 10 min

    Et le gel ? Chez moi les fèves semées en novembre ont noirci en janvier.

    [Répondre](https://example.fr/?replytocom=12#respond)

### Trackbacks/Pingbacks

1.  [Fèves d'hiver – Le jardin de Lise](https://lise.example.fr/feves/) - […] Odile explique très bien pourquoi elle sème en novembre […]

### Soumettre un commentaire [Annuler la réponse](https://example.fr/#respond)

Votre adresse e-mail ne sera pas publiée.
"""


def test_a_divi_pages_writer_box_post_links_pingback_and_form_are_no_text():
    from corpus.readers import parse_document

    doc, _ = parse_document(DIVI_CRAWL, format="markdown", source="p.md", doc_id="p")
    assert doc.author == "Odile Brunet"
    assert [doc.text[s:e][:20] for s, e in doc.paragraphs] == [
        "Cela fait trois ans ",
        "Les plants passent l",
    ]
    assert [c.author for c in doc.comments] == ["Marc Pellerin"]
    assert doc.text[doc.comments[0].start : doc.comments[0].end] == (
        "Et le gel ? Chez moi les fèves semées en novembre ont noirci en janvier."
    )


LEMMY_CRAWL = """Title: Mes poireaux montent en graine dès juin - Potager Libre

Markdown Content:
Mes poireaux montent en graine dès juin
=======================================

par [![Image 2](https://example.fr/a.webp)anne\\_b](https://example.fr/u/anne_b) à [![Image 3](https://example.fr/c.webp)potager](https://example.fr/c/potager) · [il y a 1 an](https://example.fr/post/1)

Chaque année mes poireaux d'hiver montent en graine dès le mois de juin, avant d'avoir grossi.

Est-ce le semis trop précoce, ou la variété ?

*   [![Image 7](https://example.fr/m.webp)marc\\_v](https://example.fr/u/marc_v)

    [il y a 1 an](https://example.fr/comment/1) 12

    Un coup de froid après la plantation suffit à les faire monter. Plante-les plus tard.

    *   [![Image 8](https://example.fr/b.webp)anne\\_b](https://example.fr/u/anne_b) OP

        [il y a 1 an](https://example.fr/comment/2) 4

        Merci, je les planterai fin mai cette année.

[![Image 17](https://example.fr/c.webp)potager](https://example.fr/c/potager)

potager@example.fr

*   812 abonné·es
"""


def test_a_lemmy_crawl_its_head_scores_after_the_ages_and_its_community_box():
    from corpus.readers import parse_document

    doc, _ = parse_document(LEMMY_CRAWL, format="markdown", source="p.md", doc_id="p")
    assert doc.author == "anne_b"
    assert [(c.author, c.parent) for c in doc.comments] == [("marc_v", None), ("anne_b", 0)]
    assert doc.text[doc.comments[1].start : doc.comments[1].end] == (
        "Merci, je les planterai fin mai cette année."
    )


LEMMY_SPACED = """Title: Ramp or steps for the new allotment shed? - Plotters

URL Source: https://plotters.example/post/88

Markdown Content:
[![Image 1: Plotters](https://plotters.example/pictrs/image/logo.png)Plotters](https://plotters.example/)

*   [Communities](https://plotters.example/communities)
*   [Log in](https://plotters.example/login)

Ramp or steps for the new allotment shed?
=========================================

[![Image 2](https://plotters.example/pictrs/image/a.png)jo_wren](https://plotters.example/u/jo_wren) to [![Image 3](https://plotters.example/pictrs/image/c.png)Allotments](https://plotters.example/c/allotments)

English · 2 days ago

The committee wants a ramp up to the new shed so that everyone can wheel a barrow in.

Steps would cost half as much. Which would you choose, and why?

2 comments
----------

*   [![Image 4](https://plotters.example/pictrs/image/b.png)dig_deep](https://plotters.example/u/dig_deep) MOD

    [-]

    12

    2 days ago

    A ramp, every time. Half the members are over seventy.

    *   [![Image 5](https://plotters.example/pictrs/image/a.png)jo_wren](https://plotters.example/u/jo_wren) OP

        [-]

        4

        1 day ago

        That settles it for me, thanks.

Allotments


!allotments@plotters.example

Create post

Subscribe

    312 subscribers
"""


def test_a_lemmy_crawl_whose_head_sets_its_parts_a_block_each_under_the_name():
    # the post's head over its language and age a block apart; each comment's name, fold,
    # score and age a block each; the community's box under the thread, its buttons in it
    doc = parse_text(LEMMY_SPACED, source="p.md", doc_id="p").document
    assert (doc.author, doc.site) == ("jo_wren", "Allotments")
    assert [(c.author, c.parent) for c in doc.comments] == [("dig_deep", None), ("jo_wren", 0)]
    assert [doc.text[c.start : c.end] for c in doc.comments] == [
        "A ramp, every time. Half the members are over seventy.",
        "That settles it for me, thanks.",
    ]
    assert "English" not in doc.text and "!allotments@plotters.example" not in doc.text
    assert "312 subscribers" not in doc.text and "2 days ago" not in doc.text
