"""The shapes of text users bring, each read as a careful reader would read it.

Every article here is invented for the test. Each test names one thing a reader must get
right for one shape (README, "Inputs").
"""

from __future__ import annotations

from corpus import segment
from corpus.readers.text import parse_text, read_text

from .conftest import assert_offsets


def read(text: str):
    parse = parse_text(text, source="t", doc_id="t", trace=True)
    assert_offsets(parse.document, segment(parse.document))
    return parse


def texts(doc):
    return [doc.text[c.start : c.end] for c in doc.comments]


def tree(doc):
    return [(c.author, c.published, c.parent) for c in doc.comments]


BODY = (
    "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, "
    "which has been closed since the flood in February.\n\n"
    "Work starts in May and should take about six weeks, weather permitting, the clerk said."
)

WORDPRESS = f"""Skip to content
Millbrook Notes
News from the village

Menu
Home
About

Footbridge over the mill race to be rebuilt

Posted on 12 September 2023 by Hazel Moore

{BODY}

Share this:

    Twitter
    Facebook

Like this:
Like Loading...

Related

Flood clear-up weekend
March 3, 2023
In "News"

Posted in News | Tagged bridge, flood | 3 Comments

3 thoughts on “Footbridge over the mill race to be rebuilt”

    Tom Reed says:
    12 September 2023 at 7:45 pm

    About time. My kids have walked the long way round since February.

    Like
    Reply
        Hazel Moore says:
        12 September 2023 at 8:31 pm

        They will have it back by the summer holidays, Tom.

        Reply
    Ann Blake says:
    13 September 2023 at 9:02 am

    Will the new one take a pushchair?

    I ask because the old one had steps at both ends.

    Reply

    Pingback: Village round-up | Millbrook Weekly

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Recent Posts

    Flood clear-up weekend
"""


def test_wordpress_text_reads_title_byline_body_and_the_indented_tree():
    parse = read(WORDPRESS)
    doc = parse.document
    assert doc.title == "Footbridge over the mill race to be rebuilt"
    assert (doc.author, doc.published, doc.site) == ("Hazel Moore", "2023-09-12", "Millbrook Notes")
    assert len(doc.paragraphs) == 2
    assert tree(doc) == [
        ("Tom Reed", "2023-09-12", None),
        ("Hazel Moore", "2023-09-12", 0),
        ("Ann Blake", "2023-09-13", None),
    ]
    # a two-paragraph comment stays whole; a pingback is no comment, but counts as declared
    assert texts(doc)[2] == (
        "Will the new one take a pushchair?\n\nI ask because the old one had steps at both ends."
    )
    assert doc.comments_declared == 3 and parse.pingbacks == 1
    assert not parse.warnings


def test_furniture_is_left_out_and_each_line_says_which_rule_left_it_out():
    parse = read(WORDPRESS)
    for furniture in ("Like Loading...", "Share this:", "Posted in News", "Flood clear-up",
                      "Leave a Reply", "Recent Posts", "Reply", "Skip to content"):  # fmt: skip
        assert furniture not in parse.document.text
    why = {d.text: d.rule for d in parse.dropped}
    assert why["Like Loading..."].startswith("en:boilerplate:")
    assert why["Leave a Reply Cancel reply"].startswith("en:footers:")
    assert why["Pingback: Village round-up | Millbrook Weekly"].startswith("en:pingbacks:")
    assert why["3 thoughts on “Footbridge over the mill race to be rebuilt”"].startswith(
        "en:count_headers:"
    )


def test_numbered_comments_nest_by_their_numbers():
    doc = read(
        f"Title of the piece\n\nBy Ed Vance\n\n{BODY}\n\n4 reacties\n\n"
        "1. Ria schreef:\n14 mei 2024 om 08:02\n\nMooi.\n\n"
        "    1.1. Joost schreef:\n    14 mei 2024 om 09:15\n\n    Dank je.\n\n"
        "        1.1.1. Ria schreef:\n        14 mei 2024 om 10:40\n\n        Graag.\n\n"
        "2. Gert schreef:\n16 mei 2024 om 21:03\n\nEindelijk.\n"
    ).document
    assert tree(doc) == [
        ("Ria", "2024-05-14", None),
        ("Joost", "2024-05-14", 0),
        ("Ria", "2024-05-14", 1),
        ("Gert", "2024-05-16", None),
    ]


def test_a_reply_named_by_in_reply_to_answers_that_commenter():
    doc = read(
        f"A title\n\nPosted by Jo Fry on November 27, 2021\n\n{BODY}\n\n3 Responses\n\n"
        "1. Ros Pike says:\nNovember 27, 2021 at 4:12 pm\n\nFirst.\n\n"
        "2. Tom Hebb says:\nNovember 28, 2021 at 9:30 am\nIn reply to Ros Pike.\n\nSecond.\n\n"
        "3. Len Marsh says:\nDecember 2, 2021 at 10:21 am\n\nThird.\n\nComments are closed.\n"
    ).document
    assert [c.parent for c in doc.comments] == [None, 0, None]
    assert "In reply to" not in doc.text


def test_blogger_comments_end_with_their_date_and_blogger_bylines_follow_the_body():
    doc = read(
        "Estuary Notes\nBirds and tides\n\nSaturday, May 4, 2019\nSpoonbills on the lagoon\n\n"
        f"{BODY}\n\nPosted by Alan Whit at 9:14 AM\nLabels: waders\n\n2 comments:\n\n"
        "Jean Harc said...\n\n    What a morning!\n    May 4, 2019 at 11:02 AM\n\n    Replies\n"
        "        Alan Whit May 4, 2019 at 12:15 PM\n\n        Early tide.\n    Reply\n"
        "Anonymous said...\n\n    Is the path open?\n    May 5, 2019 at 1:40 PM\n\n"
        "Post a Comment\n\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n"
    ).document
    # a weekday date line above the title is the date, not the title
    assert doc.title == "Spoonbills on the lagoon"
    assert (doc.author, doc.published, doc.site) == ("Alan Whit", "2019-05-04", "Estuary Notes")
    assert tree(doc) == [
        ("Jean Harc", "2019-05-04", None),
        ("Alan Whit", "2019-05-04", 0),
        ("Anonymous", "2019-05-05", None),
    ]
    assert texts(doc) == ["What a morning!", "Early tide.", "Is the path open?"]


def test_a_blogger_comments_date_under_its_text_right_over_the_next_name_is_its_own():
    # a copy with no blank line between one comment's date and the next "NAME said…"
    said = {
        "en": (" said...", "April {d}, 2025 at 9:12 AM"),
        "de": (" hat gesagt…", "{d}. April 2025 um 09:12"),
        "fr": (" a dit…", "{d} avril 2025 à 09:12"),
    }
    for language, (verb, date) in said.items():
        doc = read(
            f"Walk around the lake\n\n{BODY}\n\n3 comments:\n\n"
            f"Hanne{verb}\nOh how lovely, we cycled there years ago!\n\n{date.format(d=7)}\n"
            f"Anonymous{verb}\nThanks for the bus tip, I did not know that.\n\n"
            f"{date.format(d=8)}\nGerda{verb}\nToller Bericht! 👍\n\n{date.format(d=12)}\n"
        ).document
        assert tree(doc) == [
            ("Hanne", "2025-04-07", None),
            ("Anonymous", "2025-04-08", None),
            ("Gerda", "2025-04-12", None),
        ], language
        assert texts(doc)[2] == "Toller Bericht! 👍", language


def test_disqus_copies_read_names_relative_dates_badges_and_the_vote_row():
    doc = read(
        f"A title\n\nBy Fi Lath\nMarch 14, 2023\n\n{BODY}\n\n3 Comments\nSite Name\n"
        "Sort by Best\n\nJoin the discussion…\n\nAvatar\nRhona Cairns • 2 years ago\n\n"
        "I work late shifts.\n△ 23 ▽ • Reply • Share ›\n    Avatar\n"
        "    Fi Lath Mod → Rhona Cairns • 2 years ago\n\n    Noted.\n"
        "    △ 4 ▽ • Reply • Share ›\nAvatar\nKen B\n• 2 years ago\n\nGood piece.\n"
        "△ ▽ • Reply • Share ›\n\nLoad more comments\n"
    ).document
    assert tree(doc) == [("Rhona Cairns", None, None), ("Fi Lath", None, 0), ("Ken B", None, None)]
    assert texts(doc) == ["I work late shifts.", "Noted.", "Good piece."]


def test_a_forum_thread_reads_its_opening_post_as_the_article():
    doc = read(
        "Growers Forum\n\nBoard index ‹ Vegetables ‹ Chillies\n\nChillies dropping leaves\n\n"
        "#1 holly_j\nRegular\nPosts: 214\n\nChillies dropping leaves\n"
        "Post by holly_j » Tue Mar 12, 2024 8:02 pm\n\n"
        "My three chilli plants have dropped half their leaves in a week, which worries me.\n\n"
        "Top\n\n#2 PeteVeg\nModerator\nPosts: 5871\n\nRe: Chillies dropping leaves\n"
        "Post by PeteVeg » Tue Mar 12, 2024 8:40 pm\n\nNormal stress. Check the stems.\n\nTop\n\n"
        "#3 holly_j\nRegular\n\nRe: Chillies dropping leaves\n"
        "Post by holly_j » Wed Mar 13, 2024 9:15 am\n\nPeteVeg wrote: ↑Tue Mar 12, 2024 8:40 pm\n"
        "Check the stems.\n\nGreen and firm. Phew.\n\nTop\n\nPost Reply\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "Chillies dropping leaves", "holly_j", "2024-03-12"
    )  # fmt: skip
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "My three chilli plants have dropped half their leaves in a week, which worries me."
    ]
    # a quoted earlier post is not the reply's own text
    assert texts(doc) == ["Normal stress. Check the stems.", "Green and firm. Phew."]
    assert [c.author for c in doc.comments] == ["PeteVeg", "holly_j"]


def test_a_reddit_thread_nests_by_level_and_a_hacker_news_thread_by_indentation():
    reddit = read(
        "r/Cycling\n\nPosted by\nu/tide_ana\n3 years ago\n\nGot doored today. What now?\n\n"
        f"{BODY}\n\n4 comments\nShare\nSave\n\nSort by: best\n\n"
        "level 1\nbertie\n214 points · 3 years ago\n\nAre you ok?\n\nReply\nShare\n\n"
        "level 2\ntide_ana\nOP\n98 points · 3 years ago\n\nSore but fine.\n\nReply\n\n"
        "level 1\nkez\n31 points · 3 years ago\n\nGet a camera.\n\nReply\n\nView more comments\n"
    ).document
    assert (reddit.title, reddit.author, reddit.site) == (
        "Got doored today. What now?", "tide_ana", "r/Cycling"
    )  # fmt: skip
    assert tree(reddit) == [("bertie", None, None), ("tide_ana", None, 0), ("kez", None, None)]
    hn = read(
        "Hacker News new | past | comments | ask | show | jobs | submit\tlogin\n\n"
        "Ask HN: How do you keep a town website alive?\n"
        "212 points by quillon 9 hours ago | hide | past | favorite | 97 comments\n\n"
        f"{BODY}\n\nadd comment\n\n14 points by mrsb 8 hours ago | next [–]\n\n"
        "Boring technology.\n\nreply\n\n    9 points by dvorak 8 hours ago | parent | next [–]\n\n"
        "    The second maintainer.\n\n    reply\n\n3 points by fen 4 hours ago | prev [–]\n\n"
        "Keep an export.\n\nreply\n"
    ).document
    assert (hn.author, hn.site, hn.comments_declared) == ("quillon", "Hacker News", 97)
    assert tree(hn) == [("mrsb", None, None), ("dvorak", None, 0), ("fen", None, None)]


def test_news_bylines_in_several_forms_give_author_and_date():
    for byline, author, date in [
        ("Posted on 12 September 2023 by Nell Trev", "Nell Trev", "2023-09-12"),
        ("Posted by Nell Trev on September 12, 2023", "Nell Trev", "2023-09-12"),
        ("Von Carola Heit | 21. März 2024", "Carola Heit", "2024-03-21"),
        ("Publié le 12 octobre 2019 par Claire Vass", "Claire Vass", "2019-10-12"),
        ("Por Lucía Ferr | (Crónica Abierta) | 14 de febrero de 2022", "Lucía Ferr", "2022-02-14"),
        ("di Giulia Ferr – 7 ottobre 2023", "Giulia Ferr", "2023-10-07"),
        ("Geplaatst op 14 mei 2024 door Joost van Meer", "Joost van Meer", "2024-05-14"),
        ("Started by holly_j", "holly_j", None),
    ]:
        doc = read(f"A title for the story\n\n{byline}\n\n{BODY}\n").document
        assert (doc.author, doc.published) == (author, date), byline
        assert doc.title == "A title for the story"


def test_a_news_page_without_comments_ends_its_body_where_the_furniture_starts():
    doc = read(
        "Daily Ledger\nLocal | Region | Sport | Culture\n\nAdvertisement\n\n"
        f"Pool to close for two years\n\nBy Carol Heit | March 21, 2024\n\n{BODY}\n\n"
        "Photo: Archive\nThe pool in 1974.\n\nShare this article\nFacebook | X | Email\n\n"
        "Most read\n1. Harbour wall repairs to start\n2. New owner for the inn\n\n"
        "Letters to the editor: letters@ledger.example\n\n© 2024 Daily Ledger | Privacy\n"
    ).document
    assert [doc.text[s:e] for s, e in doc.paragraphs] == BODY.split("\n\n")
    assert doc.comments == () and doc.site == "Daily Ledger"


def test_the_seeds_own_shape_reads_as_it_always_has():
    doc = read_text(
        f"A plain title\n\nBy Ed Vance | (The Ledger) | – –\n\n{BODY}\n\nRelated video\n\n"
        "KTV: “A caption”\n\n2 Responses\n\n  1. First comment.\n\n    • A reply to it.\n\n"
        "  2. Second comment,\n    continued on a second line.\n\nComments are closed.\n",
        source="t",
        doc_id="t",
    )
    assert (doc.title, doc.author, doc.site) == ("A plain title", "Ed Vance", "The Ledger")
    assert texts(doc) == [
        "First comment.",
        "A reply to it.",
        "Second comment,\ncontinued on a second line.",
    ]
    assert [c.parent for c in doc.comments] == [None, 0, None]


def test_a_list_in_the_body_is_one_paragraph_per_item():
    doc = read(
        f"Title here\n\nBy Jo Fry\n\n{BODY}\n\nWhat we used\n\n"
        "The container, rinsed three times.\nFour breeze blocks.\nA tap fitting.\n"
    ).document
    assert [doc.text[s:e] for s, e in doc.paragraphs][2:] == [
        "What we used",
        "The container, rinsed three times.",
        "Four breeze blocks.",
        "A tap fitting.",
    ]


def test_a_parse_that_looks_wrong_says_so():
    parse = read(
        f"A title\n\nBy Ed Vance\n\n{BODY}\n\nGefällt mir Wird geladen …\n\n5 Responses\n\n"
        "  1. First comment.\n\n  2. May 4, 2019 at 11:02 AM\n\nComments are closed.\n"
    )
    warnings = " | ".join(parse.warnings)
    assert "5 comments declared, 2 found" in warnings
    # German furniture on an English page is kept, and reported
    assert "Gefällt mir Wird geladen …" in parse.document.text
    assert "furniture in another language (de:boilerplate:" in warnings
    assert "comment 2 starts with a header-like line: 'May 4, 2019 at 11:02 AM'" in warnings


REDDIT_LEVELS = (
    "r/allotments\n\nPosted by\nu/leek_lena\n2 yr. ago\n\nSlugs ate every lettuce overnight\n\n"
    f"{BODY}\n\n3 comments\nShare\nSave\n\nSort By: Best\n\n"
    "level 1\nAutoModerator\n· 2 yr. ago\n· {badge}\n\nPlease say where you grow.\n\n"
    "Reply\nShare\n"
    "level 1\nbroad_bean_bob\n· 2 yr. ago\n· {edited}\n\nBeer traps, every time.\n\n12\nReply\n"
    "level 2\nleek_lena\nOP\n· 2 yr. ago\n\nTrying that tonight.\n\n3\nReply\n"
)


def test_a_reddit_comments_badge_and_edit_lines_are_its_header_in_every_language():
    for badge, edited in [
        ("Stickied comment", "edited 2 yr. ago"),
        ("Angepinnter Kommentar", "bearbeitet vor 2 Jahren"),
        ("Commentaire épinglé", "modifié il y a 2 ans"),
        ("Comentario fijado", "editado hace 2 años"),
        ("Commento in evidenza", "modificato 2 anni fa"),
        ("Comentário fixado", "editado há 2 anos"),
        ("Vastgezette reactie", "bewerkt 2 jaar geleden"),
    ]:
        doc = read(REDDIT_LEVELS.format(badge=badge, edited=edited)).document
        assert texts(doc) == [
            "Please say where you grow.",
            "Beer traps, every time.",
            "Trying that tonight.",
        ], badge
        assert [(c.author, c.parent) for c in doc.comments] == [
            ("AutoModerator", None),
            ("broad_bean_bob", None),
            ("leek_lena", 1),
        ], badge


def test_a_comment_that_says_it_was_edited_keeps_the_sentence():
    doc = read(
        REDDIT_LEVELS.format(badge="Stickied comment", edited="edited 2 yr. ago").replace(
            "Beer traps, every time.", "· edited my plan after reading this, thanks"
        )
    ).document
    assert "· edited my plan after reading this, thanks" in texts(doc)[1]


OLD_REDDIT = (
    "   r/allotments  comments\n\n   12\n   Slugs ate every lettuce overnight (self.allotments)\n"
    "   submitted 2 years ago by leek_lena\n\n"
    + "\n\n".join("   " + p for p in BODY.split("\n\n"))
    + "\n\n   sorted by: best\n\n"
    "   [–]broad_bean_bob 9 points 2 years ago\n\n   Beer traps, every time.\n\n{actions}\n\n"
    "       [–]leek_lena[S] 3 points 2 years ago\n\n       * save the seeds first, I'd add\n\n"
    "       Trying that tonight.\n\n{reply_actions}\n"
)


def test_old_reddits_action_rows_are_buttons_in_every_language():
    rows = {
        "en": ("permalink", "embed", "save", "parent", "report", "reply"),
        "de": ("Permalink", "Einbetten", "Speichern", "Übergeordnet", "Melden", "Antworten"),
        "fr": ("permalien", "intégrer", "sauvegarder", "parent", "signaler", "répondre"),
        "es": ("enlace permanente", "insertar", "guardar", "padre", "reportar", "responder"),
        "it": ("permalink", "incorpora", "salva", "genitore", "segnala", "rispondi"),
        "pt": ("link permanente", "incorporar", "salvar", "pai", "denunciar", "responder"),
        "nl": ("permalink", "insluiten", "opslaan", "ouder", "rapporteren", "antwoorden"),
    }
    for language, words in rows.items():
        actions = "\n".join(f"     * {w}" for w in words[:3] + words[4:])
        reply_actions = "\n".join(f"         * {w}" for w in words)
        doc = read(OLD_REDDIT.format(actions=actions, reply_actions=reply_actions)).document
        assert texts(doc) == [
            "Beer traps, every time.",
            "* save the seeds first, I'd add\n\nTrying that tonight.",
        ], language
        assert [(c.author, c.parent) for c in doc.comments] == [
            ("broad_bean_bob", None),
            ("leek_lena", 0),
        ], language


PHPBB = """Allotment Board
Quick links
FAQ

Board index ‹ Pests ‹ Slugs

Slugs ate every lettuce overnight

{posts_line}

leek_lena
{profile_posts}: 112
{profile_joined}: 3 Oct 2020 19:21

Slugs ate every lettuce overnight
{post_by} leek_lena » 14 May 2024 08:02

{greeting}

{body}
__________________
Lena, plot 14 since 2019

{top}

broad_bean_bob
{profile_posts}: 540
{profile_joined}: 12 Jan 2016 10:44

Re: Slugs ate every lettuce overnight
{post_by} broad_bean_bob » 14 May 2024 09:15

Beer traps, every time. Sink a jar to the rim and top it up every other evening.

{top}
"""


def test_a_forum_thread_whose_opening_post_starts_with_a_greeting_is_the_article():
    words = {
        "en": ("6 posts • Page 1 of 1", "Posts", "Joined on", "Post by", "Hi all,", "Top"),
        "de": ("6 Beiträge • Seite 1 von 1", "Beiträge", "Registriert", "Beitrag von",
               "Hallo zusammen,", "Nach oben"),
        "fr": ("6 messages • Page 1 sur 1", "Messages", "Inscription", "Message par",
               "Bonjour à tous,", "Haut"),
        "es": ("6 mensajes • Página 1 de 1", "Mensajes", "Registrado", "Mensaje por",
               "Hola a todos,", "Arriba"),
        "it": ("6 messaggi • Pagina 1 di 1", "Messaggi", "Iscritto il", "Messaggio da",
               "Ciao a tutti,", "Torna su"),
        "pt": ("6 mensagens • Página 1 de 1", "Mensagens", "Registado", "Mensagem por",
               "Olá a todos,", "Topo"),
        "nl": ("6 berichten • Pagina 1 van 1", "Berichten", "Lid geworden op", "Bericht door",
               "Hallo allemaal,", "Omhoog"),
    }  # fmt: skip
    for language, (posts_line, posts, joined, post_by, greeting, top) in words.items():
        page = PHPBB.format(
            posts_line=posts_line,
            profile_posts=posts,
            profile_joined=joined,
            post_by=post_by,
            greeting=greeting,
            body=BODY,
            top=top,
        )
        doc = read(page).document
        assert (doc.title, doc.author, doc.published) == (
            "Slugs ate every lettuce overnight",
            "leek_lena",
            "2024-05-14",
        ), language
        for furniture in ("__________________", "Lena, plot 14", "Berichten: 540", top + "\n"):
            assert furniture not in doc.text, (language, furniture)
        assert greeting in doc.text, language
        assert texts(doc) == [
            "Beer traps, every time. Sink a jar to the rim and top it up every other evening."
        ], language
        assert [c.author for c in doc.comments] == ["broad_bean_bob"], language


def test_a_forum_rules_box_over_the_posts_is_neither_article_nor_paragraph():
    # phpBB's box under the topic's title: its label, its text, then the topic's search box
    words = {
        "en": ("Forum rules", "Search this topic…", "Post by", "Posts", "Joined on"),
        "de": ("Forenregeln", "Dieses Thema durchsuchen …", "Beitrag von", "Beiträge",
               "Registriert"),
        "fr": ("Règles du forum", "Rechercher dans ce sujet…", "Message par", "Messages",
               "Inscription"),
        "es": ("Normas del Foro", "Buscar en este tema…", "Mensaje por", "Mensajes",
               "Registrado"),
        "it": ("Regole del forum", "Cerca in questo argomento…", "Messaggio da", "Messaggi",
               "Iscritto il"),
        "pt": ("Regras do fórum", "Pesquisar neste tópico…", "Mensagem por", "Mensagens",
               "Registado"),
        "nl": ("Forumregels", "Doorzoek dit onderwerp…", "Bericht door", "Berichten",
               "Lid geworden op"),
    }  # fmt: skip
    rules = "Search before you post and say which variety you grow, without any advertising."
    for language, (label, search, post_by, posts, joined) in words.items():
        page = PHPBB.format(
            posts_line="2 posts",
            profile_posts=posts,
            profile_joined=joined,
            post_by=post_by,
            greeting="Hi all,",
            body=BODY,
            top="Top",
        ).replace("\n2 posts\n", f"\n{label}\n{rules}\n{search}\n2 posts\n")
        doc = read(page).document
        assert (doc.title, doc.author, doc.published) == (
            "Slugs ate every lettuce overnight",
            "leek_lena",
            "2024-05-14",
        ), language
        assert rules not in doc.text and search not in doc.text, language
        assert doc.text.index("Hi all,") < doc.text.index("The parish council"), language
        assert [c.author for c in doc.comments] == ["broad_bean_bob"], language


def test_a_quotation_whose_arrow_a_code_page_made_a_question_mark_is_left_out():
    # phpBB's "NAME wrote: ↑" over the quoted post, in a copy saved as cp1252: "NAME wrote: ?"
    quoted = "leek_lena wrote: ?\n14 May 2024 08:02\nHi all,\n\n"
    page = PHPBB.format(
        posts_line="2 posts",
        profile_posts="Posts",
        profile_joined="Joined on",
        post_by="Post by",
        greeting="Hi all,",
        body=BODY,
        top="Top",
    ).replace("\nBeer traps,", "\n" + quoted + "Beer traps,")
    doc = read(page).document
    assert texts(doc) == [
        "Beer traps, every time. Sink a jar to the rim and top it up every other evening."
    ]


def test_a_post_saying_someone_is_offline_or_that_the_top_is_high_keeps_its_words():
    page = PHPBB.format(
        posts_line="6 posts • Page 1 of 1",
        profile_posts="Posts",
        profile_joined="Joined on",
        post_by="Post by",
        greeting="Hi all,",
        body=BODY + "\n\nThe council website is offline again.\n\nTop soil is dear this year.",
        top="Top",
    )
    doc = read(page).document
    assert "The council website is offline again." in doc.text
    assert "Top soil is dear this year." in doc.text


VBULLETIN = """Cyclists' Board
Register\tHelp\tCommunity

Cyclists' Board > Routes > Rivers
River path closed at the weir?

{tools}

#1
{old} 21.03.2023, 08:02
tide_ana
{rank}
Posts: 1,204
{icon} River path closed at the weir?

{greeting}

{body}
tide_ana {offline}
#2
{old} {yesterday}, 14:22
weir_watcher
{rank}
Posts: 87
{icon}

Take the ferry instead, it runs every hour from April.
weir_watcher {offline}
"""


def test_a_vbulletin_thread_reads_its_posts_in_every_language():
    words = {
        "en": ("Thread Tools\tDisplay Modes", "Old", "Senior Member", "Default", "Hi all,",
               "is offline\tReply With Quote", "Yesterday"),
        "de": ("Themen-Optionen\tAnsicht", "Alt", "Erfahrener Benutzer", "Standard",
               "Moin zusammen,", "ist offline\tMit Zitat antworten", "Gestern"),
        "fr": ("Outils de la discussion\tModes d'affichage", "Ancien", "Membre confirmé",
               "Par défaut", "Bonjour à tous,", "est hors ligne\tRépondre avec citation",
               "Hier"),
        "es": ("Herramientas del tema\tModos de visualización", "Antiguo", "Miembro",
               "Predeterminado", "Hola a todos,", "está desconectado\tResponder citando",
               "Ayer"),
        "it": ("Strumenti discussione\tModalità di visualizzazione", "Vecchio", "Utente",
               "Predefinito", "Ciao a tutti,", "non è in linea\tRispondi citando", "Ieri"),
        "pt": ("Ferramentas do tópico\tModos de exibição", "Antigo", "Membro", "Padrão",
               "Olá a todos,", "está offline\tResponder com citação", "Ontem"),
        "nl": ("Onderwerp opties\tWeergavemodus", "Oud", "Ervaren gebruiker", "Standaard",
               "Hallo allemaal,", "is offline\tReageer met quote", "Gisteren"),
    }  # fmt: skip
    for language, (tools, old, rank, icon, greeting, offline, yesterday) in words.items():
        page = VBULLETIN.format(
            tools=tools, old=old, rank=rank, icon=icon, greeting=greeting, body=BODY,
            offline=offline, yesterday=yesterday,
        )  # fmt: skip
        doc = read(page).document
        assert (doc.title, doc.author, doc.published) == (
            "River path closed at the weir?",
            "tide_ana",
            "2023-03-21",
        ), language
        assert texts(doc) == ["Take the ferry instead, it runs every hour from April."], language
        assert [c.author for c in doc.comments] == ["weir_watcher"], language
        for furniture in (tools, rank, offline.split("\t")[1], "Posts:"):
            assert furniture not in doc.text, (language, furniture)


def test_a_vbulletin_post_whose_text_starts_with_a_rank_or_icon_word_keeps_it():
    page = VBULLETIN.format(
        tools="Themen-Optionen\tAnsicht", old="Alt", rank="Benutzer", icon="Standard",
        greeting="Moin zusammen,", body=BODY, offline="ist offline\tMit Zitat antworten",
        yesterday="Gestern",
    ).replace(
        "Take the ferry instead, it runs every hour from April.",
        "Standard ist bei uns die Fähre, sie fährt ab April stündlich.",
    )  # fmt: skip
    doc = read(page).document
    assert texts(doc) == ["Standard ist bei uns die Fähre, sie fährt ab April stündlich."]


def test_a_related_videos_title_with_a_note_in_brackets_is_no_body_paragraph():
    for language, heading in (
        ("en", "Related video"),
        ("es", "Vídeo relacionado"),
        ("fr", "Vidéo associée"),
        ("it", "Video correlato"),
        ("pt", "Vídeo relacionado"),
        ("de", "Video zum Thema"),
        ("nl", "Gerelateerde video"),
        # (as a player's box calls them)
        ("de", "Ähnliches Video"),
        ("en", "Similar video"),
        ("es", "Vídeos recomendados"),
        ("it", "Video simili"),
        ("pt", "Vídeos semelhantes"),
        ("nl", "Aanbevolen video"),
    ):
        parse = parse_text(
            f"Footbridge to be rebuilt\n\n{BODY}\n\n\n{heading}\n\n"
            "Rebuilding the mill race bridge (documentary, 12 min.)\n",
            source="t",
            doc_id="t",
            language=language,
        )
        assert "documentary" not in parse.document.text, heading


def test_a_sentence_after_a_related_heading_with_a_note_in_brackets_stays():
    doc = read(
        f"Footbridge to be rebuilt\n\n{BODY}\n\nRelated video\n\n"
        "The clerk said the work would be filmed for the parish archive (and shown at the fete).\n"
    ).document
    assert "filmed for the parish archive" in doc.text


def test_old_reddits_head_gives_author_subreddit_and_count_in_every_language():
    heads = {
        "en": ("comments", "submitted 2 years ago by leek_lena", "14 comments", "share"),
        "de": ("Kommentare", "eingereicht vor 2 Jahren von leek_lena", "14 Kommentare", "teilen"),
        "fr": ("commentaires", "soumis il y a 2 ans par leek_lena", "14 commentaires",
               "partager"),
        "es": ("comentarios", "enviado hace 2 años por leek_lena", "14 comentarios",
               "compartir"),
        "it": ("commenti", "inviato 2 anni fa da leek_lena", "14 commenti", "condividi"),
        "pt": ("comentários", "enviado há 2 anos por leek_lena", "14 comentários",
               "compartilhar"),
        "nl": ("reacties", "ingediend 2 jaar geleden door leek_lena", "14 reacties", "delen"),
    }  # fmt: skip
    for language, (tab, submitted, count, share) in heads.items():
        page = (
            f"   my subscriptions\n\n   r/allotments  {tab}\n\n   12\n"
            "   Slugs ate every lettuce overnight (self.allotments)\n"
            f"   {submitted}\n\n"
            + "\n\n".join("   " + p for p in BODY.split("\n\n"))
            + f"\n\n     * {count}\n     * {share}\n\n"
            "   [–]broad_bean_bob 9 points 2 years ago\n\n   Beer traps, every time.\n"
        )
        parse = parse_text(page, source="t", doc_id="t", language=language)
        doc = parse.document
        assert (doc.title, doc.author, doc.site) == (
            "Slugs ate every lettuce overnight",
            "leek_lena",
            "r/allotments",
        ), language
        assert doc.comments_declared == 14, language
        assert count not in doc.text, language


def test_a_bulleted_sentence_with_a_count_in_the_body_stays():
    doc = read(
        f"Footbridge to be rebuilt\n\n{BODY}\n\nThe consultation in numbers:\n\n"
        "* 14 comments were sent in by residents of Mill Lane\n"
        "* 3 objections came from the angling club\n"
    ).document
    assert "14 comments were sent in by residents of Mill Lane" in doc.text


def test_a_blog_comment_opening_with_a_subject_of_its_own_keeps_it():
    for subject in ("Re: Steps at both ends", "AW: Stufen an beiden Enden", "Rif: Gradini"):
        page = WORDPRESS.replace(
            "    Will the new one take a pushchair?",
            f"    {subject}\n\n    Will the new one take a pushchair?",
        )
        doc = read(page).document
        assert texts(doc)[2].startswith(subject + "\n\nWill the new one"), subject
        assert [c.author for c in doc.comments] == ["Tom Reed", "Hazel Moore", "Ann Blake"]


def test_a_forum_posts_re_line_repeating_the_threads_title_is_no_text():
    page = PHPBB.format(
        posts_line="6 posts • Page 1 of 1", profile_posts="Posts", profile_joined="Joined on",
        post_by="Post by", greeting="Hi all,", body=BODY, top="Top",
    ).replace(
        "Re: Slugs ate every lettuce overnight\nPost by broad_bean_bob",
        "Re: Slugs ate every lettuce overnight\n\nPost by broad_bean_bob",
    )  # fmt: skip
    doc = read(page).document
    assert "Re: Slugs" not in doc.text
    assert [c.author for c in doc.comments] == ["broad_bean_bob"]


def test_a_comment_that_only_says_plus_one_is_a_comment_and_the_footer_is_not():
    doc = read(
        f"Footbridge to be rebuilt\n\nBy Hazel Moore\n\n{BODY}\n\n4 Comments\n\n"
        "Tom Reed\n2 years ago\n\nAbout time, the long way round is a mile.\n\nReply\nShare ›\n\n"
        "Ann Blake\n2 years ago\n\n+1\n\nReply\nShare ›\n\n"
        "Privacy\n\nThe Millbrook Notes is a volunteer newsletter for the village.\n"
    ).document
    assert texts(doc) == ["About time, the long way round is a mile.", "+1"]


def test_a_comment_that_is_one_emoji_is_a_comment_not_a_like_button():
    doc = read(
        f"Footbridge to be rebuilt\n\nBy Hazel Moore\n\n{BODY}\n\n2 Comments\n\n"
        "Tom Reed\n2 years ago\n\nAbout time, the long way round is a mile.\n\n3\nReply\n\n"
        "Ann Blake\n2 years ago\n\n👍\n\n1\nReply\nShare ›\n"
    ).document
    assert texts(doc) == ["About time, the long way round is a mile.", "👍"]


def test_a_vote_count_under_a_comments_text_is_no_comment():
    doc = read(
        f"Footbridge to be rebuilt\n\nBy Hazel Moore\n\n{BODY}\n\n4 Comments\n\n"
        "Tom Reed\n2 years ago\n\nAbout time, the long way round is a mile.\n\n+3\n\nReply\n"
    ).document
    assert texts(doc) == ["About time, the long way round is a mile."]


def test_an_article_of_one_short_paragraph_keeps_it_and_its_title_over_numbered_comments():
    doc = read(
        "Footbridge reopens\n\nOpen again. Mind the step.\n\n1 Responses\n\n"
        "  1. Good news at last\n\nComments are closed."
    ).document
    assert doc.title == "Footbridge reopens"
    assert doc.text.startswith("Footbridge reopens\n\nOpen again. Mind the step.")
    assert texts(doc) == ["Good news at last"]


def test_a_count_over_a_numbered_comment_opens_the_comments_not_the_article():
    doc = read(
        "Footbridge reopens\n\nMillbrook\n\nThe bridge is open again.\n\nMind the step.\n\n"
        "1 Responses\n\n  1. Good news at last, the long way round is a mile.\n\nComments are closed."
    ).document
    assert texts(doc) == ["Good news at last, the long way round is a mile."]
    assert "1 Responses" not in doc.text


def test_long_lines_that_each_end_a_sentence_are_a_paragraph_each():
    first = (
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race. "
        "It has been closed since the flood in February."
    )
    second = (
        "Work starts in May and should take about six weeks, weather permitting, the clerk said."
    )
    third = "Edit: the clerk has since said June."
    doc = read(f"Footbridge to be rebuilt\n\n{first}\n{second}\n{third}\n").document
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [first, second, third]


# two unwrapped paragraphs of several sentences each: no copy wraps lines this long
LONG_ONE = (
    "Bertha was out on 214 days last year, close to four hours a loan. Ninety-seven "
    "people booked her, some once, some nearly every week of the year."
)
LONG_TWO = (
    "The potatoes! The farm co-op brought six hundred kilos in by cargo bike in the "
    "autumn, because its van was in the garage. There was one puncture and no theft."
)


def test_a_copy_with_no_blank_lines_keeps_its_headings_items_and_short_paragraphs_apart():
    # (Chrome's select-all of a newsletter: a <p> a line, a subheading and a list's items
    # without their bullets among them)
    lines = [
        "Hello everyone,",
        LONG_ONE,
        "Most trips were the weekly shop, then nursery runs and small moves.",
        "Where to find her",
        "Corner shop, Tanner Street",
        "The library on Mill Lane",
        LONG_TWO,
        "See you around,",
    ]
    doc = read("A year of the cargo bike\n\n" + "\n".join(lines) + "\n").document
    assert [doc.text[s:e] for s, e in doc.paragraphs] == lines


def test_a_caption_in_a_copy_with_no_blank_lines_takes_no_sentence_over_it():
    short = "Most trips were the weekly shop, then nursery runs and small moves."
    caption = "Bertha outside the corner shop. Photo: Kiezpost"
    lines = [LONG_ONE, short, caption, "What surprised us", LONG_TWO]
    doc = read("A year of the cargo bike\n\n" + "\n".join(lines) + "\n").document
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        LONG_ONE,
        short,
        "What surprised us",
        LONG_TWO,
    ]


def test_a_file_of_a_sentence_a_line_stays_one_paragraph():
    # (NLTK's one sentence a line, as the PTC corpus writes its articles: no line holds two)
    lines = [
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, "
        "which has been closed since the flood that came down the valley in February.",
        "Work starts in May and should take about six weeks, weather permitting, the clerk "
        "told the meeting, which about forty people attended in the village hall.",
        "The ford stays closed to cars.",
    ]
    doc = read("Footbridge to be rebuilt\n\n" + "\n".join(lines) + "\n").document
    assert len(doc.paragraphs) == 1


def test_a_hard_wrapped_paragraph_stays_one():
    doc = read(
        "Footbridge to be rebuilt\n\nThe parish council agreed on Tuesday to rebuild the\n"
        "footbridge over the mill race, which has been closed since\n"
        "the flood in February. Work starts in May and should take\n"
        "about six weeks.\n"
    ).document
    assert len(doc.paragraphs) == 1


def test_a_wrapped_list_keeps_an_item_a_paragraph():
    doc = read(
        "Footbridge to be rebuilt\n\nWhat the council decided:\n"
        "- The footbridge over the mill race is rebuilt in oak, on the old\n"
        "abutments, and reopens before the summer fair.\n"
        "- The ford stays closed to cars.\n"
    ).document
    assert [doc.text[s:e] for s, e in doc.paragraphs][-2:] == [
        "- The footbridge over the mill race is rebuilt in oak, on the old\n"
        "abutments, and reopens before the summer fair.",
        "- The ford stays closed to cars.",
    ]


def test_a_column_of_share_buttons_goes_with_its_lone_x_and_copy_link():
    doc = read(
        f"Footbridge to be rebuilt\n\nBy Hazel Moore\n\nShare\nFacebook\nX\nWhatsApp\nCopia link\n\n{BODY}\n"
    ).document
    assert doc.text.split("\n\n")[1:] == BODY.split("\n\n")


def test_an_x_said_alone_is_no_share_button():
    doc = read(f"Footbridge to be rebuilt\n\nBy Hazel Moore\n\n{BODY}\n\nX\n").document
    assert doc.text.endswith("\n\nX")


NEWSLETTER = f"""Millbrook Notes
Home
Archive

Footbridge to be rebuilt

The council found the money at last. Here is how, and what it means for the fair.

Hazel Moore
2 April 2024

{BODY}

Enjoyed this issue? Share it with a friend who still walks the long way round.

Subscribe to Millbrook Notes
New issues in your inbox. No spam, we promise.
you@example.com
Subscribe

2 comments

Tom Reed
Millbrook · 3 April 2024

About time, the long way round is a mile.

Reply

Hazel Moore
Author · 3 April 2024

It is, Tom. See you at the fair.

Reply
"""


def test_a_name_and_date_under_the_standfirst_are_the_byline_when_a_count_opens_the_comments():
    doc = read(NEWSLETTER).document
    assert (doc.author, doc.published) == ("Hazel Moore", "2024-04-02")
    assert doc.text.split("\n\n")[1:3] == BODY.split("\n\n")


def test_a_place_or_role_beside_a_comments_date_is_not_its_author():
    doc = read(NEWSLETTER).document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Tom Reed", "2024-04-03"),
        ("Hazel Moore", "2024-04-03"),
    ]


def test_a_newsletters_sign_up_box_and_call_to_share_are_no_paragraphs():
    doc = read(NEWSLETTER).document
    assert "Enjoyed this issue" not in doc.text
    assert "example.com" not in doc.text and "No spam" not in doc.text


def test_a_share_heading_with_a_colon_is_no_comment_header_and_levels_alone_on_a_line_nest():
    doc = read(
        "Voetbrug wordt herbouwd\n\nGeplaatst op 14 mei 2024 door Hazel Moor\n\n"
        "De gemeenteraad besloot dinsdag de voetbrug over de molenbeek te herbouwen. Die is "
        "sinds de overstroming in februari dicht.\n\n"
        "Het werk begint in mei en duurt ongeveer zes weken, als het weer meezit.\n\n"
        "Deel dit:\nFacebook\nWhatsApp\n\n"
        "Gerelateerd\nTaalcafé zoekt nieuwe gastvrouwen\nSpeeltuin krijgt een nieuwe glijbaan\n\n"
        "2 reacties op “Voetbrug wordt herbouwd”\n\n"
        "    1.\n    Tom de Riet schreef:\n    14 mei 2024 om 19:22\n\n"
        "    Eindelijk, de omweg is anderhalve kilometer.\n\n    Beantwoorden\n"
        "        1.1.\n        Hazel Moor schreef:\n        14 mei 2024 om 20:05\n\n"
        "        Klopt, Tom.\n\n        Beantwoorden\n"
    ).document
    assert doc.comments_declared == 2
    assert tree(doc) == [("Tom de Riet", "2024-05-14", None), ("Hazel Moor", "2024-05-14", 0)]
    assert "1.1." not in doc.text and "Deel dit" not in doc.text


def test_blogger_in_portuguese_names_with_particles_glued_to_dates_and_photo_credits():
    doc = read(
        "Cadernos da Serra\n\ndomingo, 9 de junho de 2024\nO moinho voltou a moer\n\n"
        "No sábado de manhã, depois de quase quarenta anos parado, o moinho voltou a moer.\n\n"
        "O moinho, na manhã de sábado. (fotografia do autor)\n\n"
        "A primeira farinha saiu grossa e ainda com um ligeiro cheiro a pedra.\n\n"
        "Publicada por Joaquim Duarte à(s) 21:14\n\n2 comentários:\n\n"
        "Anónimo10 de junho de 2024 às 08:12\n\nQue alegria ver o moinho a trabalhar!\n\n"
        "Responder\n\nMaria do Céu Ventura10 de junho de 2024 às 14:55\n\n"
        "O meu avô foi moleiro neste moinho até 1979.\n\nResponder\n"
    ).document
    assert doc.author == "Joaquim Duarte"
    assert "fotografia" not in doc.text and len(doc.paragraphs) == 2
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Anónimo", "2024-06-10"),
        ("Maria do Céu Ventura", "2024-06-10"),
    ]


GERMAN_NEWS = """Wir verwenden Cookies, um Inhalte zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie zu.
Alle akzeptieren
Ablehnen
Einstellungen

Nordheider Tageblatt
Startseite
Lokales

Verkehr in Nordheide
Stadtrat stoppt Pläne für Parkhaus am Alten Hafen

Von Katrin Albers
14.05.2024, 18:32 Uhr

Nach monatelangem Streit hat der Stadtrat das Parkhaus am Alten Hafen gestoppt. Stattdessen soll eine Grünfläche entstehen.

Die Entscheidung fiel mit 23 zu 14 Stimmen.

3 Kommentare

Heike Dammann
14.05.2024, 19:02 Uhr

Endlich mal eine vernünftige Entscheidung.

    Hafenblick_62
    14.05.2024, 20:15 Uhr

    Vernünftig? Meine Mutter kommt ohne Auto nicht mehr in die Altstadt.

    Antwort auf Hafenblick_62
    Heike Dammann
    14.05.2024, 21:40 Uhr

    Für Ihre Mutter gibt es den Rufbus, der hält direkt am Markt.
"""


def test_a_kicker_over_the_headline_and_a_cookie_banners_buttons_are_not_title_or_site():
    doc = read(GERMAN_NEWS).document
    assert (doc.title, doc.site) == (
        "Stadtrat stoppt Pläne für Parkhaus am Alten Hafen",
        "Nordheider Tageblatt",
    )
    assert "Verkehr in Nordheide" not in doc.text


def test_a_reply_that_names_whom_it_answers_hangs_under_that_comment_of_the_thread():
    doc = read(GERMAN_NEWS).document
    assert [c.parent for c in doc.comments] == [None, 0, 1]


def test_a_phones_copy_of_the_same_page_a_line_each_reads_the_same():
    # no blank lines: the section's trail and the kicker over the headline, the summary and
    # the byline under it, "Aktualisiert am DATE" under the date; a user name with an initial
    phone = (
        "Nordheider Tageblatt\nMenü\nAbo\nLokales\nNordheide\nVerkehr in Nordheide\n"
        "Stadtrat stoppt Pläne für Parkhaus am Alten Hafen\n"
        "Nach monatelangem Streit entscheidet der Rat mit 23 zu 14 Stimmen. Anwohner jubeln.\n"
        "Von Katrin Albers\n14.05.2024, 18:32 Uhr\nAktualisiert am 15.05.2024, 06:15 Uhr\n"
        "Nach monatelangem Streit hat der Stadtrat das Parkhaus am Alten Hafen gestoppt. "
        "Stattdessen soll eine Grünfläche entstehen.\n"
        "Die Entscheidung fiel am späten Abend, nach einer Sitzung von fast fünf Stunden.\n"
        "Kommentare (2)\n"
        "Heinz_K.\n14.05.2024, 19:02 Uhr\nEndlich mal eine vernünftige Entscheidung.\n"
        "Antworten\nMelden\n"
        "Hafenblick_62\n14.05.2024, 20:15 Uhr\nAntwort an Heinz_K.\n"
        "Vernünftig? Meine Mutter kommt ohne Auto nicht mehr in die Altstadt.\n"
        "Antworten\nMelden\n"
    )
    doc = read(phone).document
    assert (doc.title, doc.author, doc.published) == (
        "Stadtrat stoppt Pläne für Parkhaus am Alten Hafen",
        "Katrin Albers",
        "2024-05-14",
    )
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Nach", "Die"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Heinz_K.", None),
        ("Hafenblick_62", 0),
    ]


def test_list_items_without_markers_that_start_in_lower_case_stay_one_a_line():
    doc = read(
        "Footbridge to be rebuilt\n\nWhat the volunteers bring on Saturday:\n\n"
        "a pair of gloves and a flask of tea for the morning\n"
        "strong boots, since the bank is muddy\n"
        "a spade if you have one, the council lends the rest\n"
    ).document
    assert len(doc.paragraphs) == 4


def test_a_hosting_platforms_name_over_the_blogs_own_is_not_the_site():
    doc = read(
        "LiveJournal\nSearch\nLog in\nEN\nDust and Shavings\nJournal\nFriends\n\n"
        "Tue, 3 March 2009, 21:14\nThe attic floor, part 4\n\n"
        "This weekend we finally started on the attic floor, board by board, after work.\n"
    ).document
    assert doc.site == "Dust and Shavings"


def test_disqus_reactions_over_the_thread_are_neither_its_count_nor_the_article():
    doc = read(
        f"Footbridge to be rebuilt\n\nBy Hazel Moore\n\n{BODY}\n\nComments\n\n"
        "What do you think?\n12 Responses\nUpvote\nFunny\nLove\n\n4 Comments\n\nSort by Best\n\n"
        "Tom Reed\n2 years ago\n\nAbout time, the long way round is a mile.\n\nReply\nShare ›\n"
    ).document
    assert doc.comments_declared == 4
    assert doc.text.split("\n\n")[1:3] == BODY.split("\n\n")
    assert "Comments" not in doc.text


def test_a_consent_banners_heading_and_links_are_neither_the_site_nor_the_title():
    doc = read(
        "We value your privacy\n"
        "We and our partners store and/or access information on a device, such as cookies, "
        "and process personal data for personalised advertising.\n"
        "MORE OPTIONS\nAGREE\n\n"
        "Millbrook Gazette\nNews\nSport\n\nFootbridge to be rebuilt\n\n"
        f"By Hazel Moore\n\n{BODY}\n"
    ).document
    assert (doc.site, doc.title) == ("Millbrook Gazette", "Footbridge to be rebuilt")
    doc = read(
        "Wir verwenden Cookies, um unsere Website zu optimieren.\nAkzeptieren\nAblehnen\n"
        "Cookie-Richtlinie Datenschutzerklärung Impressum\n\n"
        f"Mühlbacher Notizen\n\nNeue Brücke über den Mühlbach\n\nVon Hanna Moor\n\n{BODY}\n"
    ).document
    assert doc.site == "Mühlbacher Notizen"


def test_the_reporters_role_and_the_update_time_under_the_byline_are_not_the_body():
    doc = read(
        "Skip to main content\nMillbrook Gazette\nSubscribe\nNews\nSport\n\n"
        "Footbridge to be rebuilt\n\n"
        "The mill race has been closed since the flood in February.\n\n"
        "By Hazel Moore\nLocal Democracy Reporter\n08:15, 27 FEB 2024\n"
        f"Updated 11:02, 27 FEB 2024\n\n{BODY}\n"
    ).document
    assert (doc.author, doc.published) == ("Hazel Moore", "2024-02-27")
    assert doc.text.split("\n\n")[1:] == BODY.split("\n\n")


def test_an_affiliate_disclosure_and_the_authors_bio_box_are_not_the_body():
    doc = read(
        "Millbrook Notes\n\nFootbridge to be rebuilt\n\n"
        "Posted on June 4, 2023 by Hazel Moore\n\n"
        "This post may contain affiliate links. Read my disclosure policy.\n\n"
        f"{BODY}\n\nAbout Hazel Moore\n"
        "Hazel has lived by the mill race for thirty years and writes about the village.\n\n"
        "About the bridge\n"
    ).document
    assert doc.text.split("\n\n")[1:] == BODY.split("\n\n")


def test_a_bio_heading_that_names_someone_else_stays_in_the_body():
    doc = read(
        "Millbrook Notes\n\nFootbridge to be rebuilt\n\n"
        f"Posted on June 4, 2023 by Hazel Moore\n\n{BODY}\n\nAbout Tom Reed\n\n"
        "Tom Reed built the first bridge here in 1952 and kept the key to the sluice.\n"
    ).document
    assert "About Tom Reed" in doc.text


def test_wordpress_post_author_badge_is_not_part_of_the_name():
    doc = read(
        f"Footbridge to be rebuilt\n\nPosted on June 4, 2023 by Hazel Moore\n\n{BODY}\n\n"
        "2 thoughts on “Footbridge to be rebuilt”\n\n"
        "Tom Reed says:\nJune 5, 2023 at 7:41 am\n\nAbout time too.\n\nReply\n\n"
        "Hazel Moore (Post author) says:\nJune 5, 2023 at 9:02 am\n\nIt is!\n\nReply\n"
    ).document
    assert [c.author for c in doc.comments] == ["Tom Reed", "Hazel Moore"]


def test_a_name_over_a_published_line_under_the_lead_is_the_byline():
    doc = read(
        "Zum Hauptinhalt springen\nMühlbacher Zeitung\nAbonnieren\nRegion\nSport\n\n"
        "Neue Brücke über den Mühlbach\n\n"
        "Der Gemeinderat hat den Neubau beschlossen. Die Arbeiten beginnen im Mai.\n\n"
        "Hanna Moor\nPubliziert: 14.05.2024, 17:45\nAktualisiert: 15.05.2024, 06:30\n\n"
        "Die alte Brücke ist seit dem Hochwasser im Februar gesperrt, sagte der Gemeindeschreiber.\n\n"
        "Die Arbeiten dauern etwa sechs Wochen, wenn das Wetter mitspielt.\n\n"
        "Fehler gefunden? Jetzt melden.\n"
    ).document
    assert (doc.author, doc.published) == ("Hanna Moor", "2024-05-14")
    assert [p.split()[0] for p in doc.text.split("\n\n")[1:]] == ["Die", "Die"]


def test_the_comments_a_hide_replies_button_folds_answer_the_comment_above_it():
    doc = read(
        f"Footbridge to be rebuilt\n\nBy Hazel Moore\n12 May 2024\n\n{BODY}\n\nComments (4)\n"
        " \nTom Reed\n12/05/2024 at 21:03\nAbout time, the long way round is a mile.\nReply\n"
        "Hide 2 replies\nAnn Blake\n12/05/2024 at 21:30\nThere is a bus, it is not the end of the world.\n"
        "Reply\nTom Reed\n12/05/2024 at 21:45\nEvery half hour, and full at eight.\nReply\n"
        " \nJo Marsh\n13/05/2024 at 09:14\nWill the council keep to the dates this time?\nReply\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Tom Reed", None),
        ("Ann Blake", 0),
        ("Tom Reed", 0),
        ("Jo Marsh", None),
    ]


def test_related_posts_shaped_like_comment_headers_and_the_post_navigation_are_no_comments():
    doc = read(
        f"Kleingartenverein Süd\n\nNeue Wasseruhren\n\nVeröffentlicht am 20. März 2024 von Renate\n\n"
        f"{BODY}\n\nÄhnliche Beiträge\n\nNeuer Zaun, neues Glück?\n7. Mai 2021\nIn „Vereinsleben“\n\n"
        "Protokoll der Versammlung vom Frühjahr\n19. März 2023\nIn „Vereinsleben“\n\n"
        "Beitragsnavigation\n\n← Vorheriger Beitrag\nDie ersten Frühbeetkästen sind bepflanzt\n"
        "Nächster Beitrag →\nTauschbörse für Jungpflanzen\n\n"
        "2 Gedanken zu „Neue Wasseruhren“\n\n"
        "    1. Klaus Brenner sagt:\n    21. März 2024 um 19:44 Uhr\n\n"
        "    Danke für die ausführliche Erklärung, Renate.\n\n    Antworten\n"
        "    2. Mia Okonkwo sagt:\n    23. März 2024 um 11:15 Uhr\n\n"
        "    Ich finde es richtig, dass endlich jemand die Verluste anspricht.\n\n    Antworten\n"
    ).document
    assert doc.comments_declared == 2
    assert [c.author for c in doc.comments] == ["Klaus Brenner", "Mia Okonkwo"]
    assert "Frühbeetkästen" not in doc.text and "Protokoll" not in doc.text


def test_under_an_avatar_a_guests_descriptive_name_heads_a_comment():
    doc = read(
        f"La médiathèque ferme plus tôt\n\nPar Hélène Marchand\n\n{BODY}\n\n3 commentaires\n\n"
        "Avatar\nJeanne Roux\nil y a 2 ans\n\nJ'ai signé la pétition, comme tout le quartier.\n\n"
        "9\n0\nRépondre\nPartager ›\n\n"
        "Avatar\nUn contribuable\nil y a 2 ans\n\nIl faut bien faire des économies quelque part.\n\n"
        "3\n8\nRépondre\nPartager ›\n\n"
        "Avatar\nCathy31 Un contribuable\nil y a 2 ans\n\nOn pourrait commencer par la fête.\n\n"
        "12\n1\nRépondre\nPartager ›\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Jeanne Roux", None),
        ("Un contribuable", None),
        ("Cathy31", 1),
    ]


def test_a_nickname_of_any_make_over_a_date_heads_a_comment():
    doc = read(
        "Brücke wird saniert\n\nVon Hanna Moor\n\n"
        "Der Gemeinderat hat die Sanierung der Brücke über den Mühlbach beschlossen, die seit "
        "dem Hochwasser im Februar gesperrt ist.\n\n"
        "Die Arbeiten beginnen im Mai und dauern etwa sechs Wochen, wenn das Wetter mitspielt."
        "\n\n3 Kommentare\n\n"
        "Hannelore W.\n08.08.2024, 17:02 Uhr\n\nEndlich passiert da etwas.\n\nAntworten\nMelden\n\n"
        "Kettenbacher seit 1971\n09.08.2024, 07:12 Uhr\n\n"
        "Wann wurde die Brücke eigentlich zuletzt saniert?\n\nAntworten\nMelden\n"
    ).document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Hannelore W.", "2024-08-08"),
        ("Kettenbacher seit 1971", "2024-08-09"),
    ]


def test_a_comment_count_among_the_articles_buttons_does_not_open_the_comments():
    doc = read(
        "Kreisanzeiger\nMenü\nSuche\n\nLinie 417 soll ab Dezember fahren\n\n"
        "Von Tobias Reinhard\nVeröffentlicht: 21.03.2024, 16:02 Uhr\n\n"
        "Artikel teilen\nVorlesen\nKommentare (2)\n\n"
        "Der Gemeinderat hat am Mittwochabend beschlossen, sich an den Kosten für die neue "
        "Buslinie zu beteiligen.\n\n"
        "Die Linie soll nach dem Fahrplanwechsel im Dezember zunächst im Stundentakt fahren.\n\n"
        "Kommentare (2)\n\n"
        "Hannelore W.\n21.03.2024, 17:02 Uhr\n\nEndlich passiert da etwas.\n\nAntworten\n\n"
        "Tobias Reinhard (Redaktion)\n22.03.2024, 08:10 Uhr\n\nDie Haltestelle kommt an den Markt."
        "\n\nAntworten\n"
    ).document
    assert doc.text.split("\n\n")[1].startswith("Der Gemeinderat")
    assert [c.author for c in doc.comments] == ["Hannelore W.", "Tobias Reinhard"]
    assert doc.comments_declared == 2


def test_a_disqus_reply_row_with_its_date_on_the_next_line_names_author_and_parent():
    doc = read(
        f"Indução ou gás?\n\nPor Débora Antunes\n\n{BODY}\n\n2 comentários\n\n"
        "    Avatar\n    Paulo Reis\n    • há 2 anos\n\n    E o tempo que se ganha na limpeza?\n\n"
        "    4\n    Responder\n    Compartilhar ›\n\n"
        "    Avatar\n    Débora Antunes Mod → Paulo Reis\n    • há 2 anos\n\n"
        "    Verdade, Paulo! É uma vantagem enorme no dia a dia.\n\n    2\n    Responder\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Paulo Reis", None),
        ("Débora Antunes", 0),
    ]


def test_a_disqus_reply_row_with_a_hooked_arrow_and_no_indents_names_author_and_parent():
    doc = read(
        f"Der alte Lokschuppen\n\nVon Anke Brandt\n\n{BODY}\n\n2 Kommentare\n\n"
        "Avatar\nMarlies Uhde\nvor 2 Jahren\n\nWann ist das Dach fertig?\n\n3\nAntworten\nTeilen ›\n"
        "Avatar\nAnke Brandt  Mod  ↪ Marlies Uhde\nvor 2 Jahren\n\nIm Herbst, wenn alles klappt.\n"
        "\n1\nAntworten\nTeilen ›\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Marlies Uhde", None),
        ("Anke Brandt", 0),
    ]


def test_a_header_of_name_whom_it_answers_and_date_set_apart_by_dashes():
    doc = read(
        f"Der alte Lokschuppen\n\nVon Anke Brandt\n\n{BODY}\n\n2 Kommentare\n\n"
        "Marlies Uhde — 14. Mai 2024 um 09:15\n\nWann ist das Dach fertig?\n\n"
        "Anke Brandt — als Antwort auf Marlies Uhde — 14. Mai 2024 um 10:02\n\n"
        "Im Herbst, wenn alles klappt.\n"
    ).document
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Marlies Uhde", "2024-05-14", None),
        ("Anke Brandt", "2024-05-14", 0),
    ]


def test_a_disqus_copy_without_indents_names_the_parent_between_the_badge_and_the_date():
    doc = read(
        "Canederli di casa\n\n12 febbraio 2021 · 6 minuti di lettura · Pina Arrighi\n"
        "#primi  #ricette-di-montagna\n\n"
        "I canederli, da noi, non si fanno mai con il pane comprato apposta: si fanno con"
        " il pane avanzato della settimana.\n\n"
        "Ti è piaciuta? Condividila: Facebook · WhatsApp · Email\n\n2 commenti\n\n"
        "Marisa Fonti\n3 anni fa\n\nIo ci metto anche il formaggio.\n\n2\nRispondi\nCondividi ›\n\n"
        "Nonna Pina\nMod\nMarisa Fonti\n3 anni fa\n\nAnche mia sorella!\n\n5\nRispondi\n"
        "Condividi ›\n\nGualtiero\nMarisa Fonti\n2 anni fa\n\nE il brodo?\n\nRispondi\n"
    ).document
    assert doc.author == "Pina Arrighi"
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["I"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Marisa Fonti", None),
        ("Nonna Pina", 0),
        ("Gualtiero", 0),  # (a one-word name over a commenter's: whom it answers)
    ]


def test_a_disqus_reply_row_names_a_group_beside_the_commenter_it_answers():
    # "Comité des fêtes de Saint-Aubrac  Claire V.": no person's name, but a name the row
    # sets beside the one it answers, a wide gap between
    doc = read(
        "Pas de Fête des lanternes cette année\n\n"
        "Le comité des fêtes de Saint-Aubrac a annoncé lundi que la fête n'aurait pas lieu,"
        " faute de bénévoles.\n\n3 commentaires\n\n"
        "Avatar\nBernard Lacombe • il y a 2 ans\n\nQuel dommage.\n\n    14\n    • Répondre\n\n"
        "Avatar\nClaire V.  Bernard Lacombe • il y a 2 ans\n\nLes jeunes ne suivent plus ?\n\n"
        "    23\n    • Répondre\n\n"
        "Avatar\nComité des fêtes de Saint-Aubrac  Claire V. • il y a 2 ans\n\n"
        "Bonjour Claire, vous avez tout à fait raison.\n\n    17\n    • Répondre\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Bernard Lacombe", None),
        ("Claire V.", 0),
        ("Comité des fêtes de Saint-Aubrac", 1),
    ]


def test_a_disqus_copy_saved_in_windows_1252_its_arrows_lost_a_stub_and_the_newsroom():
    # "8 ? ? • Répondre • Partager ›": the vote row, its arrows as cp1252 leaves them; a
    # deleted comment's stub over the next header is no name; "La rédaction Mod Yann Le Goff":
    # the newsroom, its badge, and whom it answers
    doc = read(
        "Le ciné-club ferme ses portes\n\n"
        "Après quarante ans, le ciné-club du Vieux-Bourg projettera son dernier film le 29"
        " mai, faute de bénévoles.\n\n4 commentaires\n"
        "Martine Lefloch • il y a 5 jours\nQuelle tristesse.\n8 ? ? • Répondre • Partager ›\n"
        "Ce commentaire a été supprimé.\n"
        "Yann Le Goff • il y a 5 jours\nEt pourquoi la médiathèque ne reprend pas les séances ?\n"
        "2 ? ? • Répondre • Partager ›\n"
        "La rédaction Mod Yann Le Goff • il y a 4 jours\nBonjour Yann, nous avons posé la"
        " question.\n4 ? ? • Répondre • Partager ›\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Martine Lefloch", None),
        ("Yann Le Goff", None),
        ("La rédaction", 1),
    ]
    assert texts(doc)[0] == "Quelle tristesse."


def test_wpdiscuz_replies_name_whom_they_answer_on_a_line_of_their_own():
    # "Responder para  NAME" under the replier's name (wpDiscuz, pt), over the date
    doc = read(
        "Minha primeira caixa de jataí\n\nComprei a primeira colônia em fevereiro do ano"
        " passado, de um meliponicultor do bairro.\n\n2 Comentários\n"
        "Renata Okamoto\n3 de fevereiro de 2024 21:40\n\nQue post completo, Tiago!\n\n3\n"
        "Responder\nTiago BrandãoAutor\nResponder para  Renata Okamoto\n"
        "4 de fevereiro de 2024 08:15\n\nPoxa, Renata, sinto muito pela primeira colônia.\n\n1\n"
        "Responder\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Renata Okamoto", None),
        ("Tiago Brandão", 0),
    ]


def test_comments_numbered_by_level_with_their_reply_and_likes_row_and_the_newsrooms_reply():
    doc = read(
        f"Veerpont vaart weer\n\nDoor Anke de Vries\n\n{BODY}\n\n3 reacties\n\n"
        "1. Piet de Vries – 7 november 2023 om 15:03\nEindelijk, mijn zoon fietste maanden om.\n"
        "Reageer  |  👍 14\n\n"
        "   1.1 Redactie – 7 november 2023 om 18:00\n"
        "   Er was geen vervangende boot beschikbaar in de regio.\n   Reageer  |  👍 9\n\n"
        "2. Annelies – 8 november 2023 om 07:45\nFijn dat hij ook op zaterdag vaart.\n"
        "Reageer  |  👍 5\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Piet de Vries", None),
        ("Redactie", 0),
        ("Annelies", None),
    ]
    assert texts(doc)[0] == "Eindelijk, mijn zoon fietste maanden om."


def test_a_german_news_sites_phone_copy_reads_its_glued_rows_badges_and_count():
    # every row of buttons, the count and an edit mark copied without their spaces
    page = """Altwerder Bote
Stadtrat vertagt Entscheidung über den Marktplatz
Von Jana Reimers
12.04.2024, 09:30 Uhr
Der Stadtrat hat die Entscheidung über die Neugestaltung des Marktplatzes vertagt. Zuerst soll ein Gutachten zu den Kosten vorliegen.
Die Händler sind erleichtert, die Anwohner eher nicht. Im Mai soll es weitergehen.
Kommentare4
Anna Brückner
vor 10 Min.
Endlich denkt mal jemand über die Kosten nach.
AntwortenTeilenRespekt 3Melden
Tim_R.Abo+
vor 25 Min.Bearbeitet
Das Gutachten kostet doch auch wieder Geld.
AntwortenTeilenRespekt 12Melden
Jana ReimersRedaktion
vor 5 Min.
Antwort auf Tim_R.
Das Gutachten zahlt das Land, nicht die Stadt.
AntwortenTeilenRespekt 7Melden
Holger Fink
vor 1 Std.
Ich bin gespannt, was im Mai passiert.
AntwortenTeilenRespekt 1Melden
"""
    doc = read(page).document
    assert doc.comments_declared == 4
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Anna Brückner", None),
        ("Tim_R.", None),
        ("Jana Reimers", 1),
        ("Holger Fink", None),
    ]
    assert texts(doc)[1] == "Das Gutachten kostet doch auch wieder Geld."
    assert "Respekt" not in doc.text and "Bearbeitet" not in doc.text


def test_a_spanish_papers_phone_copy_reads_the_title_over_its_photo_and_byline_with_a_place():
    page = """La Voz de Arenales
ARENALES
El Ayuntamiento cerrará la piscina municipal durante todo el verano
Las obras de la cubierta obligan a trasladar los cursillos al polideportivo
Vista de la piscina municipal de Arenales. LA VOZ
Marta Ibáñez
Arenales
12/06/2024 - 09:15h
La piscina municipal de Arenales no abrirá este verano por las obras de la cubierta, que empezarán en julio y durarán unos cuatro meses según el Ayuntamiento.
Los cursillos de natación se trasladarán al polideportivo, donde se instalará una piscina desmontable para los más pequeños.
"""
    doc = read(page).document
    assert doc.title == "El Ayuntamiento cerrará la piscina municipal durante todo el verano"
    assert doc.author == "Marta Ibáñez"  # not "Arenales", the place she writes from
    assert doc.published == "2024-06-12"
    assert "LA VOZ" not in doc.text


def test_a_phone_copy_under_a_long_consent_banner_reads_its_head_caption_and_player():
    consent = (
        "Con su permiso, nosotros y nuestros socios podemos utilizar datos de localización"
        " geográfica precisa e identificación mediante las características de dispositivos."
        " Puede hacer clic para otorgarnos su consentimiento a nosotros y a nuestros socios"
        " para que llevemos a cabo el procesamiento previamente descrito. De forma"
        " alternativa, puede acceder a información más detallada y cambiar sus preferencias"
        " antes de otorgar o negar su consentimiento."
    )
    assert len(consent) > 400
    page = f"""Tu privacidad es importante para nosotros
{consent}
ACEPTO
El Eco del Valle
Reabre el lavadero municipal de Castrillo tras dos años cerrado
La restauración ha costado 38.000 euros y ha corrido a cargo de la diputación y del propio pueblo
El lavadero, ya restaurado, el pasado domingo por la mañana.
M. R.
Marta Ruiz
Castrillo
14/03/2024 - 08:02h
Escucha la noticia
00:00
/
02:41
Castrillo. El lavadero municipal de Castrillo volvió a abrir sus puertas el domingo, dos años después de que un temporal hundiera parte de la cubierta.

Los vecinos celebraron la reapertura con una comida popular en la plaza, a la que acudieron más de doscientas personas.
"""
    doc = read(page).document
    assert doc.title == "Reabre el lavadero municipal de Castrillo tras dos años cerrado"
    assert (doc.author, doc.published) == ("Marta Ruiz", "2024-03-14")
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paragraphs[0].startswith("Castrillo. El lavadero")
    assert len(paragraphs) == 2


def test_a_french_papers_summary_caption_over_its_credit_and_newsletter_box_are_no_body():
    page = """L'Écho du Plateau
Rechercher
À Montferrand, la boulangerie rouvre grâce à une souscription
Cent quarante habitants ont financé le rachat du fonds de commerce, fermé depuis l'automne dernier. Le nouveau boulanger s'installe avec sa famille.
La boulangerie de la place de l'Église, le jour de la réouverture.
© Photo Écho du Plateau / Anne Ribot
Par Lucas Ferrand
Publié le 14/05/2024 à 08h02

Les premières baguettes sont sorties du four samedi à six heures, et la file d'attente débordait déjà sur la place de l'Église.

La souscription, lancée en janvier par le comité des fêtes, a réuni 38 000 euros en trois mois.

Newsletter du Plateau
Chaque matin, l'essentiel de l'actualité de votre territoire.
Je m'inscris
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Lucas Ferrand", "2024-05-14")
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["Les", "La"]


def test_disqus_reply_rows_copied_without_their_arrow_name_whom_they_answer():
    page = """Il ponte chiude per sei mesi

Da lunedì il ponte sul Versola resterà chiuso per i lavori di consolidamento delle pile.

La navetta per gli studenti partirà alle sette da piazza Grande, ha detto il sindaco.

8 commenti

Giorgio Tassi • 2 giorni fa

Sei mesi... scommettiamo che diventano dodici?

Rispondi

Redazione Gazzetta di ValmarenaMod Giorgio Tassi • 2 giorni fa

Il cronoprogramma è pubblicato sul sito della Provincia.

Rispondi

franco.b • 1 giorno fa

Ma la cava non potrebbe fermarsi per sei mesi?

Rispondi

Paolo Ruggeri franco.b • 1 giorno fa

La cava dà lavoro a quaranta persone, non è così semplice.

Rispondi
"""
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Giorgio Tassi", None),
        ("Redazione Gazzetta di Valmarena", 0),
        ("franco.b", None),
        ("Paolo Ruggeri", 2),
    ]


def test_a_verse_set_a_phrase_a_line_is_one_paragraph_and_a_list_without_bullets_is_not():
    page = """Coplas del pueblo

Mi abuela siempre cantaba una copla que me ha venido a la cabeza estos días:

Agua de los Tres Caños,
fresca en el mes de agosto,
quien la bebe una vez
ya no se va del pueblo.

Lo que llevamos

un cubo, para el barro,
un cubo, para el agua,
un termo de café.
"""
    paragraphs = [p.splitlines()[0] for p in body_paragraphs(read(page).document)]
    assert paragraphs == [
        "Mi abuela siempre cantaba una copla que me ha venido a la cabeza estos días:",
        "Agua de los Tres Caños,",
        "Lo que llevamos",
        "un cubo, para el barro,",  # (items open alike: a list's)
        "un cubo, para el agua,",
        "un termo de café.",
    ]


def body_paragraphs(doc):
    return [doc.text[s:e] for s, e in doc.paragraphs]


def test_a_phone_copy_s_subheading_under_a_related_headline_goes_on_with_the_article():
    page = """Ir al contenido
Menú
El Diario de Arenales
Suscríbete
Iniciar sesión
ARENALES
La biblioteca municipal amplía su horario durante todo el verano
Las salas de estudio abrirán también por la tarde a partir del 1 de julio
La sala de lectura de la biblioteca municipal, el pasado lunes. EL DIARIO
Lucía Ferrer
Arenales
14/06/2024 - 08:02h
Compartir
La biblioteca municipal de Arenales abrirá también por las tardes durante julio y agosto, según ha anunciado la concejalía de Cultura este jueves.
Te puede interesar
El Ayuntamiento aprueba la nueva ordenanza de terrazas en la plaza
Más personal en verano
Para cubrir el nuevo horario se contratará a dos auxiliares durante tres meses, con cargo al presupuesto de Cultura del año que viene.
El horario de invierno volverá a partir del 15 de septiembre, como cada año, y la sala infantil seguirá cerrando los sábados por la tarde.
"""
    doc = read(page).document
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paragraphs[1:3] == [
        "Más personal en verano",
        "Para cubrir el nuevo horario se contratará a dos auxiliares durante tres meses, con"
        " cargo al presupuesto de Cultura del año que viene.",
    ]


def test_a_long_title_that_ends_in_a_comma_is_still_the_title():
    page = (
        "Mr. Desmond Rourke, who has run the Wrenfield water taxi for nineteen years,\n\n"
        "By Ann Lee | (Harbour News) |\n\n"
        "So proud of him! Where can we send a card if we can't make it to the quay?\n\n"
        "The water taxi will stop running in October, its owner told the council on Tuesday.\n"
    )
    doc = read(page).document
    assert doc.title.startswith("Mr. Desmond Rourke, who has run")
    assert doc.text[doc.paragraphs[0][0] :].startswith("So proud of him!")


def test_a_spanish_papers_standfirst_byline_a_block_a_line_share_column_and_caption():
    page = """Menú
Diario del Valle
Suscríbete
Comarcas
Los vecinos de Arbeiza rehacen en auzolan el tejado del frontón

Más de treinta vecinos del concejo han trabajado cuatro sábados seguidos para cambiar las tejas y las vigas

Marta Ibarzábal

Arbeiza

Martes, 14 de mayo 2024, 07:45

Compartir
Whatsapp
Facebook
X
Publicidad

Vecinos de Arbeiza colocan las tejas del frontón el pasado sábado. CEDIDA

Más de treinta vecinos de Arbeiza, un concejo de 140 habitantes, han rehecho en cuatro sábados el tejado del frontón, que llevaba años con goteras.

El concejo puso los materiales y los vecinos la mano de obra, como se ha hecho siempre en el valle.
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Marta Ibarzábal", "2024-05-14")
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["Más", "El"]
    assert paragraphs[0].startswith("Más de treinta vecinos de Arbeiza, un concejo")


def test_a_block_themes_copy_sets_its_post_meta_and_comment_heads_a_block_a_part():
    # (Chrome's copy of Twenty Twenty-Two: DATE / NAME / CATEGORY / TAGS under the post, no
    # word saying what they are; each comment's name, date and text a block each)
    doc = read(
        "Nabendynamo-Licht flackert\n\n"
        "Letzte Woche brachte mir meine Nachbarin ihr Stadtrad, mit der Bitte, mal kurz nach "
        "dem Licht zu schauen.\n\n"
        "Material insgesamt: ein Satz Flachstecker und zwei Lötverbinder.\n\n"
        "14. März 2024\n\nHeike Brandtner\n\nFahrrad\n\nBeleuchtung, Nabendynamo, Reparatur\n\n\n"
        "3 Antworten zu „Nabendynamo-Licht flackert“\n\n"
        "Bernd Ahlers\n\n14. März 2024\n\nSehr schön erklärt, bei mir war es auch der Stecker.\n\n"
        "Ilka\n\n14. März 2024\n\nKann man statt Lötverbindern auch Lüsterklemmen nehmen?\n\n"
        "Heike Brandtner\n\n15. März 2024\n\n@Ilka Für eine Notlösung ja, aber sie korrodieren.\n"
    ).document
    assert (doc.author, doc.published) == ("Heike Brandtner", "2024-03-14")
    assert len(doc.paragraphs) == 2 and "Fahrrad" not in doc.text
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Bernd Ahlers", "2024-03-14"),
        ("Ilka", "2024-03-14"),
        ("Heike Brandtner", "2024-03-15"),
    ]


def test_a_newsletter_copied_from_gmail_is_named_by_its_sender_not_by_gmails_menu():
    doc = read(
        "Skip to content\nUsing Gmail with screen readers\n\nSearch mail\n\n\n\nCompose\nInbox\n"
        "1,284\nStarred\nSnoozed\nSent\nDrafts\n12\n\n\n3 of 1,284\n\n\n"
        "A seed tray from fruit crates\n\nInbox\n\n\n"
        "Laura Quinn from The Garden Notebook <thegardennotebook@substack.com> Unsubscribe\n\n"
        "Thu, Mar 14, 2024, 7:02 AM\n\n\nto me\n\n\n"
        "A seed tray from fruit crates\n\nLaura Quinn\n\n"
        "This March I sowed forty cells in two old fruit crates and watered them from below "
        "with a roasting tin.\n\n"
        "Most of them came up in nine days, which is faster than anything I managed on the "
        "windowsill last year.\n"
    ).document
    assert doc.site == "The Garden Notebook"
    assert "Compose" not in doc.text and "screen readers" not in doc.text
