"""More shapes of text users bring: link aggregators, new Reddit, news pages, Blogger and
Disqus copies, forums and lists whose bullets the copy lost.

Every article here is invented for the test; each test names one thing a reader must get right
(the helpers are test_text_shapes.py's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.readers.jsonl import read_record
from corpus.readers.text import parse_text

from .test_text_shapes import read, texts, tree


def body(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


def dropped(parse) -> dict[str, str]:
    return {d.text: d.rule for d in parse.dropped}


# -- Hacker News ------------------------------------------------------------------------------

HACKER_NEWS = """Hacker News new | past | comments | ask | show | jobs | submit\tlogin

▲ Show HN: A tide table for every harbour in Cornwall (tides.example.org)
188 points by wrenfield on March 9, 2023 | hide | past | favorite | 41 comments

I built this over the winter because the official tables are hard to read on a phone.

It covers forty harbours and updates every night from the public data.

▲ mossbank on March 9, 2023 | next [–]

This is lovely. Could you add the slipways too?

reply

    ▲ wrenfield on March 9, 2023 | parent | next [–]

    Yes, that is on the list for April.

    reply

        ▲ mossbank on March 10, 2023 | parent | next [–]

        Thank you, I will keep an eye out.

        reply

▲ quayside on March 10, 2023 | prev [–]

Does it work offline?

reply
"""


def test_hacker_news_headers_with_a_vote_arrow_nest_by_their_indentation():
    doc = read(HACKER_NEWS).document
    assert tree(doc) == [
        ("mossbank", "2023-03-09", None),
        ("wrenfield", "2023-03-09", 0),
        ("mossbank", "2023-03-10", 1),
        ("quayside", "2023-03-10", None),
    ]
    assert texts(doc) == [
        "This is lovely. Could you add the slipways too?",
        "Yes, that is on the list for April.",
        "Thank you, I will keep an eye out.",
        "Does it work offline?",
    ]
    assert "▲" not in doc.text and "[–]" not in doc.text


@pytest.mark.parametrize("deleted_head", ["parent | next [–]", "5 hours ago | parent | next [–]"])
def test_a_deleted_hacker_news_comment_shows_no_name_and_keeps_the_reply_under_it(deleted_head):
    page = (
        "Ask HN: How do you keep a small club's website alive?\n"
        "40 points by harbourcat 7 hours ago | hide | past | favorite | 12 comments\n\n"
        "Our sailing club's site was built by a member who has since moved away.\n\n"
        "\t\nwrenfield 6 hours ago | next [–]\n\n"
        "Pick the dullest tools you can find and write down how to update it.\n\nreply\n"
        f"\t\n{deleted_head}\n\n[deleted]\n\n"
        "\t\nmossbank 5 hours ago | root | parent | next [–]\n\n"
        "No need to be rude about it, the question was fair.\n\nreply\n"
        "\t\nquayside 4 hours ago | prev [–]\n\n"
        "A static site on the club's own domain has lasted us ten years.\n\nreply\n"
    )
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("wrenfield", None),
        (None, 0),
        ("mossbank", 1),
        ("quayside", None),
    ]
    assert texts(doc)[1] == "[deleted]"


def test_hacker_news_headers_after_table_cell_tabs_nest_by_their_links():
    # a browser that copies the page's table cells as tabs before every header, the
    # comments' text at the margin: the tabs are no indent of the thread's
    page = """Hacker News new | past | comments | ask | show | jobs | submit\tlogin
\t\tAsk HN: Where do you keep your lab notebooks?
\t\t53 points by quillon 5 hours ago | hide | past | favorite | 3 comments
\t\tWe are moving from paper to something digital and I would like to hear what has worked for other teams.

add comment
\t
\t\t\t\tfernhill 4 hours ago | next [–]

A shared folder of plain text files, one per day, and a search tool. Nothing else has lasted.

reply
\t\t\t\tquillon 4 hours ago | parent | next [–]

How do you deal with images?

reply
\t\t\t\tfernhill 3 hours ago | root | parent [–]

They go in a folder beside the day's file, named by the time they were taken.

reply
"""
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("fernhill", None),
        ("quillon", 0),
        ("fernhill", 1),
    ]


def test_hacker_news_title_row_is_the_title_without_its_arrow_or_domain():
    doc = read(HACKER_NEWS).document
    assert doc.title == "Show HN: A tide table for every harbour in Cornwall"
    assert body(doc) == [
        "I built this over the winter because the official tables are hard to read on a phone.",
        "It covers forty harbours and updates every night from the public data.",
    ]


def test_hacker_news_title_loses_a_domain_with_its_path_too():
    page = HACKER_NEWS.replace("(tides.example.org)", "(github.com/wrenfield)")
    doc = read(page).document
    assert doc.title == "Show HN: A tide table for every harbour in Cornwall"


def test_hacker_news_points_byline_names_the_submitter_without_the_word_on():
    doc = read(HACKER_NEWS).document
    assert (doc.author, doc.published, doc.site) == ("wrenfield", "2023-03-09", "Hacker News")
    assert doc.comments_declared == 41


# -- new Reddit -------------------------------------------------------------------------------

NEW_REDDIT = """Search Reddit

r/Beekeeping

Posted by u/comb_carver
4 yr. ago

My first swarm moved into the empty hive overnight and I have no idea what to do next.

I left the old frames in the shed and this morning the bees had found them on their own.

The colony looks calm and I have not opened the box yet.

12 comments
Share
Save

Sort by: best

level 1
heatherhill
· 4 yr. ago

this

Reply
Share

level 1
[deleted]
· 4 yr. ago

[removed]

level 1
[deleted]
· 4 yr. ago

[removed]

level 2
drone_dave
· 4 yr. ago

Whatever they said, leave the box shut for a week.

Reply

level 1
waxmoth
· 4 yr. ago

Give them a frame of brood if you can spare one.

Reply

More posts you may like

r/Beekeeping
Winter feeding with fondant
21 comments
"""


def test_posted_by_a_reddit_user_names_them_without_the_u_prefix():
    doc = read(NEW_REDDIT).document
    assert doc.author == "comb_carver"
    assert doc.site == "r/Beekeeping"


def test_furniture_above_a_reddit_title_that_reads_as_a_sentence_leaves_it_the_title():
    doc = read(NEW_REDDIT).document
    assert doc.title == (
        "My first swarm moved into the empty hive overnight and I have no idea what to do next."
    )
    assert body(doc) == [
        "I left the old frames in the shed and this morning the bees had found them on their own.",
        "The colony looks calm and I have not opened the box yet.",
    ]
    assert "Search Reddit" not in doc.text


def test_a_removed_comment_without_replies_is_no_comment_but_one_with_replies_holds_them():
    doc = read(NEW_REDDIT).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("heatherhill", None),
        ("[deleted]", None),  # the second "[removed]": its reply hangs from it
        ("drone_dave", 1),
        ("waxmoth", None),
    ]
    assert texts(doc).count("[removed]") == 1


def test_more_posts_you_may_like_ends_a_reddit_thread():
    parse = read(NEW_REDDIT)
    assert texts(parse.document)[-1] == "Give them a frame of brood if you can spare one."
    assert "Winter feeding with fondant" not in parse.document.text
    assert dropped(parse)["More posts you may like"].startswith("en:related:")


def test_a_one_word_comment_that_could_be_a_share_word_is_a_comment():
    doc = read(NEW_REDDIT).document
    assert texts(doc)[0] == "this"
    assert doc.comments[0].author == "heatherhill"


# -- news pages -------------------------------------------------------------------------------

LIBRARY = (
    "The town library will open on Sunday afternoons from the first week of June, the council "
    "said on Thursday, after a petition signed by more than two thousand residents."
)
VOLUNTEERS = (
    "Much of the extra time will be covered by volunteers from the friends' association, who "
    "have been trained over the winter to run the desk."
)


def test_a_comment_count_in_the_meta_row_is_no_comment_section():
    ponte = (
        "Il ponte sul torrente Lesina riapre al traffico sabato mattina, dopo due anni di "
        "cantiere e una lunga disputa sui costi."
    )
    sindaco = (
        "Il sindaco ha detto che la nuova struttura potrà reggere anche le piene più forti "
        "degli ultimi decenni."
    )
    doc = read(
        "Il ponte sul torrente riapre dopo due anni di lavori\n\n"
        "Dopo due anni di cantiere e una lunga disputa sui costi, il ponte sul Lesina torna "
        "percorribile da sabato mattina.\n\n"
        f"di Marta Bellini\n9 novembre 2023\n0 commenti\n\n{ponte}\n\n{sindaco}\n"
    ).document
    # "0 commenti" under the byline and date, after the standfirst's prose: not the heading
    # of a comment section, so the article's paragraphs are not read as its comments
    assert body(doc) == [ponte, sindaco]
    assert doc.comments == () and doc.comments_declared == 0
    assert (doc.author, doc.published) == ("Marta Bellini", "2023-11-09")


def test_a_standfirst_between_the_title_and_the_byline_is_not_body():
    parse = read(
        "Skip to content\nThe Harbour Gazette\n\nFerry fares to fall in spring\n\n"
        "Islanders will pay less for the crossing from April after the council agreed a new "
        "subsidy.\n\nBy Colin Pardoe\nMarch 3, 2024\n\n"
        "The council voted on Tuesday to cut the fare for residents by a third, a change that "
        "will cost the town about forty thousand pounds a year.\n\n"
        "The operator said the timetable would stay as it is for now, with eight crossings on "
        "weekdays.\n"
    )
    doc = parse.document
    assert doc.title == "Ferry fares to fall in spring"
    assert (doc.author, doc.published) == ("Colin Pardoe", "2024-03-03")
    assert "Islanders will pay less" not in doc.text
    assert body(doc)[0].startswith("The council voted on Tuesday")
    assert "standfirst" in dropped(parse).values()


@pytest.mark.parametrize(
    ("meta", "author", "published"),
    [
        ("14 maart 2024 / Door Sanne de Wit", "Sanne de Wit", "2024-03-14"),
        ("March 3, 2024 / By Colin Pardoe", "Colin Pardoe", "2024-03-03"),
    ],
)
def test_a_date_over_a_byline_one_slash_apart_under_the_title_is_the_byline(
    meta, author, published
):
    # (under the article's first paragraph the same shape is a diary's day heading: see
    # test_reader_misfires's "21 May 2024 / By Ferry To Mull")
    doc = read(
        "Skip to content\nThe Harbour Gazette\n\nHome\nNews\nAbout\n\n"
        f"Ferry fares to fall in spring\n\n{meta}\n\n"
        "The council voted on Tuesday to cut the fare for residents by a third, a change that "
        "will cost the town about forty thousand pounds a year.\n\n"
        "The operator said the timetable would stay as it is for now, with eight crossings on "
        "weekdays.\n"
    ).document
    assert doc.title == "Ferry fares to fall in spring"
    assert (doc.author, doc.published) == (author, published)
    assert body(doc)[0].startswith("The council voted on Tuesday")


def test_a_subheading_after_an_inline_read_also_link_stays_in_the_body():
    link = "Also read: Council approves new opening hours for the pool"
    parse = read(
        f"Library opens on Sundays from June\n\nBy Nora Quill\nMay 2, 2024\n\n{LIBRARY}\n\n"
        f"{link}\n\n"
        f"Volunteers step in\n\n{VOLUNTEERS}\n\n"
        "The council will review the scheme in the autumn and decide whether to keep it.\n"
    )
    assert body(parse.document) == [
        LIBRARY,
        "Volunteers step in",
        VOLUNTEERS,
        "The council will review the scheme in the autumn and decide whether to keep it.",
    ]
    assert dropped(parse)[link].startswith("en:related:")


def test_a_long_caption_closed_by_a_credit_after_a_bar_is_dropped():
    caption = (
        "Readers queue outside the old library building on the market square before the doors "
        "open on a wet Saturday morning in October 2022. | ARCHIVES THE VALLEY POST"
    )
    assert len(caption) > 150  # a line this long is read as a paragraph unless it is a caption
    parse = read(
        f"Library opens on Sundays from June\n\nBy Nora Quill\nMay 2, 2024\n\n{LIBRARY}\n\n"
        f"{caption}\n\n{VOLUNTEERS}\n"
    )
    assert body(parse.document) == [LIBRARY, VOLUNTEERS]
    assert dropped(parse)[caption].startswith("common:captions:")


def test_comments_zero_gives_no_comments_whatever_follows_it():
    parse = read(
        f"Library opens on Sundays from June\n\nBy Nora Quill\nMay 2, 2024\n\n{LIBRARY}\n\n"
        f"{VOLUNTEERS}\n\nComments (0)\n\n"
        "Our house rules ask readers to stay on topic and to be kind to one another.\n\n"
        "The Valley Post, 4 Mill Street\n"
    )
    doc = parse.document
    assert doc.comments == () and doc.comments_declared == 0
    assert body(doc) == [LIBRARY, VOLUNTEERS]
    assert "Our house rules" not in doc.text


def test_a_breadcrumb_that_starts_at_the_home_page_names_no_site():
    doc = read(
        "Startseite > Lokales > Neustadt\n\nStadtbücherei öffnet ab Juni auch sonntags\n\n"
        "Von Nora Quill\n2. Mai 2024\n\n"
        "Die Stadtbücherei öffnet ab der ersten Juniwoche auch am Sonntagnachmittag, wie die "
        "Stadt am Donnerstag mitteilte, nachdem mehr als zweitausend Bürger eine Petition "
        "unterschrieben hatten.\n"
    ).document
    assert doc.site is None
    assert doc.title == "Stadtbücherei öffnet ab Juni auch sonntags"
    assert doc.author == "Nora Quill"


# -- Blogger and Disqus copies ----------------------------------------------------------------


def test_a_blogger_comment_header_with_the_name_run_into_a_spanish_date():
    doc = read(
        "Cuaderno de la huerta\nNotas desde el bancal\n\nsábado, 6 de abril de 2024\n"
        "Las habas ya están en flor\n\n"
        "Este año sembramos las habas en noviembre y a primeros de abril ya están llenas de "
        "flores, mucho antes que el año pasado.\n\n"
        "Publicado por Lola Ferrán en 9:14\n\n2 comentarios:\n\n"
        "Anónimo9 de abril de 2024, 20:15\n\n"
        "¿Qué variedad usáis? Las mías apenas han salido.\n\nResponder\n\n"
        "Ramiro Bellido11 de abril de 2024, 19:40\n\n"
        "Qué envidia, aquí las heló la escarcha de marzo.\n\nResponder\n\n"
        "Pedro el de la ermita12 de abril de 2024, 08:05\n\n"
        "Las mías, de Aguadulce, van igual de adelantadas.\n"
        "Las primeras flores salieron el13 de marzo de 2024, 08:00\n\nResponder\n\n"
        "Entrada más reciente Entrada antigua Inicio\n"
    ).document
    assert tree(doc) == [
        ("Anónimo", "2024-04-09", None),
        ("Ramiro Bellido", "2024-04-11", None),
        ("Pedro el de la ermita", "2024-04-12", None),  # a name of words in small letters
    ]
    assert texts(doc) == [
        "¿Qué variedad usáis? Las mías apenas han salido.",
        "Qué envidia, aquí las heló la escarcha de marzo.",
        "Las mías, de Aguadulce, van igual de adelantadas.\n"
        "Las primeras flores salieron el13 de marzo de 2024, 08:00",  # no name: a sentence
    ]


def test_a_blogger_reply_header_with_the_name_run_into_an_english_date():
    doc = read(
        "Estuary Notes\nBirds and tides\n\nSaturday, May 4, 2019\nAvocets back on the scrape\n\n"
        "Six avocets came in on the morning tide and stayed on the scrape until the water "
        "covered it at noon.\n\nPosted by Alan Whitlock at 9:14 AM\n\n2 comments:\n\n"
        "Jean HarcourtMay 4, 2019 at 11:02 AM\n\n"
        "Wonderful news, I will bring the scope on Sunday.\n\nReply\n    Replies\n\n"
        "        Alan WhitlockMay 4, 2019 at 12:15 PM\n\n"
        "        Come early, the tide turns at ten.\n\n        Delete\n\n    Reply\n\n"
        "Post a Comment\n"
    ).document
    assert tree(doc) == [
        ("Jean Harcourt", "2019-05-04", None),
        ("Alan Whitlock", "2019-05-04", 0),
    ]
    assert texts(doc) == [
        "Wonderful news, I will bring the scope on Sunday.",
        "Come early, the tide turns at ten.",
    ]


def test_a_blogger_copy_without_indents_nests_the_comments_under_replies_up_to_the_threads_reply():
    # "Replies" over a comment's answers, the thread's "Reply" alone under the last of them;
    # a "Replies" with the button right under it holds none
    doc = read(
        "Estuary Notes\nBirds and tides\n\nSaturday, May 4, 2019\nAvocets back on the scrape\n\n"
        "Six avocets came in on the morning tide and stayed on the scrape until the water "
        "covered it at noon.\n\nPosted by Alan Whitlock at 9:14 AM\n\n4 comments:\n\n"
        "Jean HarcourtMay 4, 2019 at 11:02 AM\n"
        "Wonderful news, I will bring the scope on Sunday.\nReplyDelete\nReplies\n"
        "Alan WhitlockMay 4, 2019 at 12:15 PM\nCome early, the tide turns at ten.\nDelete\n"
        "Jean HarcourtMay 4, 2019 at 12:40 PM\nI will, thank you.\nDelete\nReply\n"
        "Pat OwensMay 5, 2019 at 8:30 AM\nSaw them too from the sea wall.\nReplyDelete\n"
        "Replies\nReply\n"
        "Ruth ClayMay 6, 2019 at 9:00 AM\nAny news of the spoonbills?\nReplyDelete\n"
        "Post a Comment\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Jean Harcourt", None),
        ("Alan Whitlock", 0),
        ("Jean Harcourt", 0),
        ("Pat Owens", None),
        ("Ruth Clay", None),
    ]
    assert "Replies" not in doc.text


def test_a_blogger_copy_giving_each_reply_its_button_ends_the_replies_at_two_buttons():
    # each reply with a "Répondre" of its own, the thread's under the last: one button goes on
    # with the replies, two end them
    doc = read(
        "Le rempaillage\n\nJ'ai suivi un stage de rempaillage et refait enfin la chaise de ma "
        "grand-mère, celle qui attendait au grenier depuis dix ans.\n\n4 commentaires\n\n"
        "Gisèle B.\n\n14 mars 2024 à 19:42\n\nQuel beau travail pour un premier essai !\n\n"
        "Répondre\n\nRéponses\n\nOdile\n\n14 mars 2024 à 21:05\n\nMerci Gisèle !\n\n"
        "Répondre\n\nGisèle B.\n\n15 mars 2024 à 08:10\n\nAvec plaisir.\n\nRépondre\n\n"
        "Répondre\n\nJean-Luc\n\n15 mars 2024 à 12:30\n\nMon père était rempailleur.\n\n"
        "Répondre\n\nEnregistrer un commentaire\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Gisèle B.", None),
        ("Odile", 0),
        ("Gisèle B.", 0),
        ("Jean-Luc", None),
    ]


def test_a_blogger_comment_taken_down_holds_its_replies_and_goes_when_none_answer_it():
    doc = read(
        "Estuary Notes\nBirds and tides\n\nSaturday, May 4, 2019\nAvocets back on the scrape\n\n"
        "Six avocets came in on the morning tide and stayed on the scrape until the water "
        "covered it at noon.\n\nPosted by Alan Whitlock at 9:14 AM\n\n3 comments:\n\n"
        "Jean HarcourtMay 4, 2019 at 11:02 AM\nThis comment has been removed by the author.\n"
        "ReplyDelete\nReplies\n"
        "Jean HarcourtMay 4, 2019 at 11:05 AM\nSorry, that posted twice!\nDelete\nReply\n"
        "Pat OwensMay 5, 2019 at 8:30 AM\nThis comment has been removed by the author.\n"
        "ReplyDelete\n"
        "Linda at Cedar HollowMay 6, 2019 at 9:00 AM\nAny news of the spoonbills?\nReplyDelete\n"
        "Post a Comment\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Jean Harcourt", None),
        ("Jean Harcourt", 0),
        ("Linda at Cedar Hollow", None),
    ]
    assert texts(doc) == [
        "This comment has been removed by the author.",
        "Sorry, that posted twice!",
        "Any news of the spoonbills?",
    ]


NIGHT_BUSES = (
    "Night buses to return in the autumn\n\nBy Fenella Cobb\nMarch 14, 2023\n\n"
    "The county will bring back two night bus routes in October, restoring a service that was "
    "cut during the pandemic and never replaced.\n\n3 Comments\n\n"
)


def test_a_disqus_reply_row_copied_without_its_arrow_names_the_parent():
    doc = read(
        NIGHT_BUSES + "Avatar\nRhona Cairns • 2 years ago\n\n"
        "I work late shifts and have been paying for taxis for three years.\n\n"
        "△ 23 ▽ • Reply • Share ›\n\nAvatar\nKen Bright • 2 years ago\n\n"
        "Good piece, thank you.\n\n△ ▽ • Reply • Share ›\n\n"
        "Avatar\nFenella Cobb Mod  Rhona Cairns • 2 years ago\n\n"
        "The second route passes the hospital, which should help.\n\n"
        "△ 4 ▽ • Reply • Share ›\n\nLoad more comments\n"
    ).document
    # not indented: the name after the moderator's badge is all that says whom she answers
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Rhona Cairns", None),
        ("Ken Bright", None),
        ("Fenella Cobb", 0),
    ]


def test_a_disqus_copy_under_its_also_on_box_names_a_parent_closed_by_an_initial():
    doc = read(
        NIGHT_BUSES.replace("3 Comments", "Also on The Valley Courier\n\n"
        "    Bus shelters to get solar lights\n    3 years ago•4 comments\n"
        "    The first twenty shelters on the ring road will …\n"
        "    Ferry fares frozen for another year\n    2 years ago•9 comments\n"
        "    Councillors agreed on Tuesday to keep the …\n\n3 Comments")
        + "Rhona C.\n2 years ago\n"
        "I work late shifts and have been paying for taxis for three years.\n8\nReply\n"
        "Share ›\n\nKen Bright  Rhona C.\n2 years ago\nSame here, on the hospital run.\n"
        "Reply\nShare ›\n\nFenella CobbMod  Rhona C.\n2 years ago\n"
        "The second route passes the hospital, which should help.\nReply\nShare ›\n"
    ).document  # fmt: skip
    # the box's excerpts, cut short, are no paragraphs; "Rhona C." is a name, not a sentence
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Rhona C.", None),
        ("Ken Bright", 0),
        ("Fenella Cobb", 0),
    ]
    assert len(doc.paragraphs) == 1


def test_disqus_header_parts_on_lines_of_their_own_are_the_header():
    doc = read(
        NIGHT_BUSES + "Avatar\nRhona Cairns\n•\n2 years ago\n\n"
        "I work late shifts and have been paying for taxis for three years.\n\n"
        "△ 23 ▽ • Reply • Share ›\n\nAvatar\nKen Bright\n•\n2 years ago\n• edited\n\n"
        "Good piece, thank you.\n\n△ ▽ • Reply • Share ›\n\nLoad more comments\n"
    ).document
    assert [c.author for c in doc.comments] == ["Rhona Cairns", "Ken Bright"]
    assert texts(doc) == [
        "I work late shifts and have been paying for taxis for three years.",
        "Good piece, thank you.",
    ]


def test_a_title_that_reads_as_a_sentence_stays_the_title_over_a_byline():
    doc = read(
        "Skip to content\nMillbrook Notes\n\n"
        "We finally rebuilt the footbridge over the mill race this weekend.\n"
        "Posted on 12 September 2023 by Hazel Moore\n\n"
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, "
        "which has been closed since the flood in February.\n"
    ).document
    assert doc.title == "We finally rebuilt the footbridge over the mill race this weekend."
    assert (doc.author, doc.published) == ("Hazel Moore", "2023-09-12")
    assert body(doc) == [
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, "
        "which has been closed since the flood in February."
    ]


def test_a_kicker_in_capitals_over_the_title_is_not_the_title():
    doc = read(
        "Skip to content\nMillbrook Notes\n\nALLOTMENTS, VOLUNTEERS\n"
        "Community plot gets a new shed\nBy Hazel Moore | 4 min read | 9 comments\n\n"
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, "
        "which has been closed since the flood in February.\n"
    ).document
    assert doc.title == "Community plot gets a new shed"
    assert "ALLOTMENTS" not in doc.text


def test_a_reading_time_or_a_comment_count_in_a_byline_is_no_site():
    doc = read(
        "Skip to content\nMillbrook Notes\n\nCommunity plot gets a new shed\n"
        "By Hazel Moore | 4 min read | 9 comments\n\n"
        "The parish council agreed on Tuesday to rebuild the footbridge over the mill race, "
        "which has been closed since the flood in February.\n"
    ).document
    assert (doc.author, doc.site, doc.comments_declared) == ("Hazel Moore", "Millbrook Notes", 9)


# -- a group's name over a dated header -------------------------------------------------------

LYCEE = (
    "Le lycée de la vallée garde son option théâtre\n\nPar Claire Vasseur\n14 mai 2024\n\n"
    "Le rectorat a renoncé à supprimer l'option théâtre du lycée de la vallée, après une "
    "mobilisation des parents et des élèves qui a duré tout l'hiver.\n\n"
)


def test_a_group_name_over_a_dated_header_signs_a_comment():
    doc = read(
        LYCEE + "3 commentaires\n\nMarc Delorme\n14/05/2024 à 18h12\n\n"
        "Bonne nouvelle pour les élèves, enfin une décision sensée.\n\n"
        "Collectif Bac pour tous\n15/05/2024 à 07h50\n\n"
        "Merci à toutes les familles qui ont signé la pétition, la mobilisation a payé.\n\n"
        "Sophie Lemaire\n15/05/2024 à 09h31\n\n"
        "Reste à savoir qui financera les sorties au théâtre.\n"
    ).document
    assert tree(doc) == [
        ("Marc Delorme", "2024-05-14", None),
        ("Collectif Bac pour tous", "2024-05-15", None),
        ("Sophie Lemaire", "2024-05-15", None),
    ]
    assert texts(doc)[1] == (
        "Merci à toutes les familles qui ont signé la pétition, la mobilisation a payé."
    )


def test_a_related_posts_title_over_a_date_without_a_time_is_no_comment():
    doc = read(
        LYCEE + "2 commentaires\n\nMarc Delorme\n14/05/2024 à 18h12\n\n"
        "Bonne nouvelle pour les élèves, enfin une décision sensée.\n\n"
        "Sophie Lemaire\n15/05/2024 à 09h31\n\n"
        "Reste à savoir qui financera les sorties au théâtre.\n\n"
        "Fête de la musique au parc\n12/05/2024\n\n"
        "Les groupes du lycée joueront sur la grande scène à partir de dix-huit heures.\n"
    ).document
    assert [c.author for c in doc.comments] == ["Marc Delorme", "Sophie Lemaire"]


# -- forums -----------------------------------------------------------------------------------

SLAKKEN = """Tuinforum

Forumindex ‹ Moestuin ‹ Ongedierte

Slakken eten alle sla op

Bericht door tuinman_ko » 14 mei 2024 08:02

Vannacht hebben de slakken in één keer alle jonge sla in mijn moestuin opgegeten, terwijl ik er gisteren nog korrels had gestrooid.
{last}
tuinman_ko
Berichten: 37
Lid geworden op: 3 okt 2020

Re: Slakken eten alle sla op

Bericht door bonenboer » 14 mei 2024 09:15

Bierval ingraven tot aan de rand en om de twee dagen verversen, dat werkt bij mij het best.
bonenboer
Berichten: 540
Lid geworden op: 12 jan 2016
"""
SLUGS = (
    "Vannacht hebben de slakken in één keer alle jonge sla in mijn moestuin opgegeten, "
    "terwijl ik er gisteren nog korrels had gestrooid."
)


def test_a_posters_name_repeated_over_their_profile_is_not_the_posts_text():
    doc = read(SLAKKEN.format(last="Wie weet raad?")).document
    assert (doc.author, doc.published) == ("tuinman_ko", "2024-05-14")
    assert body(doc) == [SLUGS + "\nWie weet raad?"]
    assert texts(doc) == [
        "Bierval ingraven tot aan de rand en om de twee dagen verversen, dat werkt bij mij het best."
    ]
    assert "tuinman_ko" not in doc.text and "Berichten" not in doc.text


def test_a_posts_short_last_line_over_the_profile_is_the_posts_own():
    doc = read(SLAKKEN.format(last="\nWie weet raad?")).document
    assert body(doc) == [SLUGS, "Wie weet raad?"]
    assert "tuinman_ko" not in doc.text


def test_discourse_solved_by_show_post_and_the_topic_map_are_furniture():
    parse = read(
        "Skip to main content\nCrumb Community\nSign Up\nLog In\n\n"
        "Sourdough starter smells of nail varnish\nBread help\n\n"
        "Solved by crumbmaster in post #4\n\nShow post\n\nbreadhead\n12 Mar 2024\n\n"
        "My rye starter has started to smell of nail varnish after two weeks on the counter, "
        "although it still doubles within a few hours of a feed.\n\n"
        "created\n12 Mar 2024\nlast reply\n14 Mar 2024\n6\nreplies\n1,4k\nviews\n4\nusers\n"
        "9\nlikes\n\ncrumbmaster\n12 Mar 2024\n\n"
        "That smell means it is hungry. Feed it twice a day for a few days and it will calm "
        "down.\n\n1,2k\nReply\n\nSolution\n\nbreadhead\n14 Mar 2024\n\n"
        "Twice a day did it, thank you. It smells of yoghurt again.\n"
    )
    doc = parse.document
    assert (doc.title, doc.author) == ("Sourdough starter smells of nail varnish", "breadhead")
    assert body(doc) == [
        "My rye starter has started to smell of nail varnish after two weeks on the counter, "
        "although it still doubles within a few hours of a feed."
    ]
    assert tree(doc) == [("crumbmaster", "2024-03-12", None), ("breadhead", "2024-03-14", None)]
    assert texts(doc) == [
        "That smell means it is hungry. Feed it twice a day for a few days and it will calm down.",
        "Twice a day did it, thank you. It smells of yoghurt again.",
    ]
    # a rounded count ("1,4k" views, "1,2k" likes) is no text, in the topic map or under a post
    for furniture in ("Solved by", "Show post", "created", "last reply", "1,4k", "views",
                      "users", "likes", "1,2k", "Solution"):  # fmt: skip
        assert furniture not in doc.text, furniture
    assert dropped(parse)["Solved by crumbmaster in post #4"].startswith("en:boilerplate:")


def test_a_greeting_over_a_name_a_line_under_it_is_a_paragraph_and_the_name_another():
    # (as every held-out set's writers since h68 count them: "Danke und Gruß" / "Jens")
    doc = read(
        "Radforum Nord\n\nForen-Übersicht ‹ Technik ‹ Licht\n\n"
        "Nabendynamo brummt seit dem Winter\n\n"
        "Beitrag von jens_rad » 21.03.2023, 08:02\n\nMoin zusammen,\n\n"
        "seit dem Winter brummt mein Nabendynamo bei jeder Geschwindigkeit über zwanzig, auch "
        "wenn das Licht ausgeschaltet ist, und ich finde die Ursache nicht.\n\n"
        "Danke und Gruß\nJens\n\nRe: Nabendynamo brummt seit dem Winter\n\n"
        "Beitrag von kettenblatt » 21.03.2023, 09:47\n\n"
        "Das klingt nach einem trockenen Lager, lass es in der Werkstatt nachsehen.\n"
    ).document
    assert body(doc)[-2:] == ["Danke und Gruß", "Jens"]
    assert len(doc.paragraphs) == 4


RAIN = """What we learned from a year of rain gauges

By Ivo Marsh
June 3, 2024

Twelve volunteers read a rain gauge in their garden every morning for a year and sent the figures to the parish.

{block}
"""
GAUGES = (
    "Should the gauges be read at the same hour every day, even at weekends, or is a rough "
    "time good enough for our purposes?",
    "Would the county's weather service take our figures if we sent them in each month, and "
    "in what form would they want them?",
)
FINDINGS = (
    "The north end of the village had nearly a third more rain than the south end, although "
    "the two are barely a mile apart.",
    "The wettest week of the year came in July, not in the winter months as most of us had "
    "guessed before we started.",
    "Two gauges read far too low all year, and both turned out to stand under the eaves of a "
    "house.",
)


def test_a_short_announcement_over_dashed_items_gives_one_paragraph_per_item():
    lines = ["Two questions:", *(f"- {q}" for q in GAUGES)]
    assert all(len(line) > 110 for line in lines[1:])  # too long to pass for a list of lines
    doc = read(RAIN.format(block="\n".join(lines))).document
    assert body(doc)[1:] == lines


def test_sentences_one_a_line_under_a_line_ending_in_a_colon_are_list_items():
    block = "Three things stood out when we put the numbers together:\n\n" + "\n".join(FINDINGS)
    assert max(len(f) for f in FINDINGS) > 110
    doc = read(RAIN.format(block=block)).document
    assert body(doc)[1:] == [
        "Three things stood out when we put the numbers together:",
        *FINDINGS,
    ]


def test_sentences_one_a_line_without_an_announcement_stay_one_paragraph():
    doc = read(RAIN.format(block="\n".join(FINDINGS))).document
    assert body(doc)[1:] == ["\n".join(FINDINGS)]


# -- the furniture at the end of an article ----------------------------------------------------

SARDINES = (
    "Las sardinas se enharinan y se fríen por tandas en aceite de oliva, sin que lleguen a "
    "hacerse del todo.\n\n"
    "Hay que dejarlas al menos un día en la nevera, tapadas, antes de comerlas."
)


def test_a_line_ending_in_a_colon_over_share_buttons_is_no_paragraph():
    doc = read(
        f"Sardinas en escabeche\n\nPublicada el 2 de marzo de 2024 por Maripaz Olmedo\n\n"
        f"{SARDINES}\n\n¿Te ha gustado esta receta? Compártela:\n\n"
        "    Haz clic para compartir en WhatsApp (Se abre en una ventana nueva)\n"
        "    Haz clic para compartir en Facebook (Se abre en una ventana nueva)\n\n"
        "Me gusta Cargando...\n"
    ).document
    assert body(doc) == SARDINES.split("\n\n")


def test_a_line_ending_in_a_colon_over_what_it_announces_stays():
    doc = read(
        f"Sardinas en escabeche\n\nPublicada el 2 de marzo de 2024 por Maripaz Olmedo\n\n"
        f"{SARDINES}\n\nDos preguntas:\n\n"
        "- ¿Se pueden congelar?\n- ¿Vale el vinagre de Jerez?\n\nMe gusta Cargando...\n"
    ).document
    assert body(doc)[-3:] == [
        "Dos preguntas:",
        "- ¿Se pueden congelar?",
        "- ¿Vale el vinagre de Jerez?",
    ]


def test_a_newsletter_box_of_a_pitch_and_its_button_is_no_paragraph():
    doc = read(
        "Neue Buslinie beschlossen\n\nVon Tobias Reinhard\n\n"
        "Der Gemeinderat hat am Mittwochabend beschlossen, sich an den Kosten für die neue "
        "Buslinie zu beteiligen.\n\n"
        "Newsletter\nDas Wichtigste aus Hachenrod – jeden Morgen kostenlos in Ihr Postfach.\n"
        "Jetzt anmelden\n\n"
        "Die Linie soll nach dem Fahrplanwechsel im Dezember zunächst im Stundentakt fahren.\n"
    ).document
    assert [p.split()[0] for p in body(doc)] == ["Der", "Die"]


def test_a_share_row_then_a_newsletter_box_run_on_from_the_last_paragraph_are_dropped():
    doc = read(
        "Vijf dagen Schiermonnikoog in stormweer\n\nFemke Hoogland\n12 mrt 2024\n\n"
        "Eigenlijk wilde ik in maart naar Schiermonnikoog voor de trekvogels.\n\n"
        "Volgende keer wil ik terug in oktober, met iets minder wind.\n"
        "Deel dit artikel\nKopieer link\nSchrijf je in voor Zilte Lucht\n"
        "Ontvang nieuwe verhalen en workshopdata direct in je inbox.\nE-mailadres\n"
        "Inschrijven\n"
    ).document
    assert body(doc) == [
        "Eigenlijk wilde ik in maart naar Schiermonnikoog voor de trekvogels.",
        "Volgende keer wil ik terug in oktober, met iets minder wind.",
    ]


def test_a_tip_jar_call_after_the_share_row_is_no_paragraph():
    doc = read(
        "Night bus changes explained\n\nBy Priya Nandakumar\n\n"
        "From Sunday 27 March the night network gets a new map and two fewer routes.\n\n"
        "The consultation on the N4 and N9 changes is open until 25 March.\n\n"
        "Tags: night buses, N1, N4\n\nShare this post: Twitter Facebook Reddit Email\n\n"
        "If you find these explainers useful, you can buy me a coffee. It keeps the maps "
        "coming.\n"
    ).document
    assert [p.split()[0] for p in body(doc)] == ["From", "The"]


def test_a_count_in_the_meta_row_over_the_title_and_replies_numbered_after_their_date():
    doc = read(
        "Caderno da Vila Aurora\n\nquinta-feira, 4 de dezembro de 2025\n"
        "por Renata Figueiredo\n11 Comentários\n\n"
        "A feira de quinta vai mudar de rua\n\n"
        "Quem passa pela Rua dos Jacarandás nas manhãs de quinta já sabe: às seis horas as "
        "barracas estão montadas.\n\n"
        "Na segunda-feira, um comunicado da Subprefeitura Norte avisou que a feira passará "
        "para outra rua.\n\n"
        "3 comentários em “A feira de quinta vai mudar de rua”\n\n"
        "Avatar de Joana Prates\nJoana Prates\n4 de dezembro de 2025 às 09:41 · #1\n\n"
        "Moro na Anacleto Vilela e nem carro de mudança sobe aquela ladeira.\n\nResponder\n\n"
        "Avatar de Renata Figueiredo\nRenata Figueiredo\n"
        "4 de dezembro de 2025 às 10:05 · #1.1\n\n"
        "Joana, você toparia mandar umas fotos da rua em dia de chuva?\n\nResponder\n\n"
        "Avatar de Tião do Pastel\nTião do Pastel\n4 de dezembro de 2025 às 10:48 · #2\n\n"
        "Sou da barraca de pastel há 19 anos.\n\nResponder\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "A feira de quinta vai mudar de rua",
        "Renata Figueiredo",
        "2025-12-04",
    )
    assert [p.split()[0] for p in body(doc)] == ["Quem", "Na"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Joana Prates", None),
        ("Renata Figueiredo", 0),
        ("Tião do Pastel", None),
    ]


def test_a_discourse_copy_with_a_blank_line_between_poster_and_date_and_its_closing_notes():
    doc = read(
        "Foro Bici Villafrida\n\nRegistrarse\nIniciar sesión\n\n"
        "El carril bici muere en la rotonda del Pilar\n\n"
        "Infraestructura y seguridad\ncarril-bici\nrotondas\n\n"
        "anabel_gt\n\n3 dic. 2024\n\n"
        "Llevo un mes yendo al trabajo por el carril nuevo de la avenida de los Tilos.\n\n"
        "¿Alguien sabe algo? ¿Tiene sentido escribir a la concejalía?\n\n"
        "jmcortes\nModerador\n\n3 dic. 2024\n\n"
        "Confirmo que el tramo de la calle Almendros está en el proyecto, fase 2.\n\n"
        "8\nResponder\n\n"
        "anabel_gt\n↩ jmcortes\n\n4 dic. 2024\n\n"
        "Gracias. Si hace falta firmar algo, contad conmigo.\n\n3\nResponder\n\n\n"
        "Cerrado el 18 ene. 2025\n\n"
        "Este tema se cerró automáticamente 30 días después de la última respuesta. "
        "Ya no se permiten nuevas respuestas.\n\nTemas relacionados\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "El carril bici muere en la rotonda del Pilar",
        "anabel_gt",
        "2024-12-03",
    )
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("jmcortes", "2024-12-03", None),
        ("anabel_gt", "2024-12-04", 0),
    ]
    assert texts(doc)[-1] == "Gracias. Si hace falta firmar algo, contad conmigo."
    assert "Cerrado" not in doc.text and "Temas relacionados" not in doc.text


def test_a_discourse_user_title_in_the_forums_own_words_stands_between_name_and_date():
    # "Apiculteur confirmé" is no badge any table knows: a title the forum gave the user
    doc = read(
        "Pièges à frelons : quand commencer ?\n\n"
        "hdurand\n28 déc. 2023\n\nJe débute et je me demande quand poser les pièges.\n\n"
        "apisylvain\nApiculteur confirmé\n3 janv. 2024\n\n"
        "Attention aux pièges vendus comme sélectifs en jardinerie.\n\n"
        "Un piège fait maison reste le plus efficace.\n\n3\nRépondre\n\n"
        "Colette_R\n4 janv. 2024\n\nÇa m'intéresse beaucoup, pour le schéma !\n\n✎\n1\nRépondre\n"
    ).document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("apisylvain", "2024-01-03"),
        ("Colette_R", "2024-01-04"),
    ]
    assert texts(doc) == [
        "Attention aux pièges vendus comme sélectifs en jardinerie.\n\n"
        "Un piège fait maison reste le plus efficace.",
        "Ça m'intéresse beaucoup, pour le schéma !",
    ]


def test_an_audio_players_length_under_listen_is_no_paragraph():
    doc = read(
        "Fähre fällt aus\n\nVon Jörn Haselhorst\n04.12.2025, 09:12 Uhr\n\n"
        "Artikel anhören\n•\n5:12 Min.\n\n"
        "Für die rund 140 Einwohner der Insel fällt die Fähre bis Februar aus.\n\n"
        "Als Ersatz soll ab Montag ein Fischkutter fahren.\n"
    ).document
    assert [p.split()[0] for p in body(doc)] == ["Für", "Als"]


def test_a_us_local_paper_with_a_credited_caption_its_comment_guidelines_and_button_rows():
    doc = read(
        "Library amnesty brings back 3,112 overdue books\n\n"
        "By Dana Okonkwo-Reyes | Staff Writer\n"
        "PUBLISHED: December 4, 2025 at 6:40 AM EST | UPDATED: December 4, 2025 at 9:12 AM EST\n\n"
        "Director Paulette Grisham with some of the returned books on Wednesday. "
        "(Dana Okonkwo-Reyes / Harlow Valley Courier)\n\n"
        "When the library announced that it would forgive every overdue fine, the director "
        "hoped a few hundred books would come back.\n\n"
        "The library will hold a small exhibit of the oldest returns in January.\n\n"
        "Originally Published: December 4, 2025 at 6:40 AM EST\n\n"
        "Comments\n\nWelcome to the discussion.\n"
        "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented "
        "language.\nPLEASE TURN OFF YOUR CAPS LOCK.\n"
        "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.\n"
        "\nLog In\n\n2 comments\n\nSort: Oldest | Newest | Most liked\n\n\n"
        "Marjorie Feltz\nDec 4, 2025 10:41am\n\n"
        "I returned a Nancy Drew book I checked out in fourth grade.\n\n"
        "Like (12) · Reply · Report Abuse\n\n\n"
        "    Dale Huckaby\n    in reply to Marjorie Feltz\n    Dec 4, 2025 11:03am\n\n"
        "    That young man at the desk is my grandson.\n\n"
        "    Like (9) · Reply · Report Abuse\n"
    ).document
    assert (doc.author, doc.published, doc.comments_declared) == (
        "Dana Okonkwo-Reyes",
        "2025-12-04",
        2,
    )
    assert [p.split()[0] for p in body(doc)] == ["When", "The"]
    assert texts(doc) == [
        "I returned a Nancy Drew book I checked out in fourth grade.",
        "That young man at the desk is my grandson.",
    ]
    assert [c.parent for c in doc.comments] == [None, 0]


def test_a_disqus_copy_with_avatars_names_the_parent_indented_under_the_author():
    # each comment opens with its avatar's alt text; a reply's parent is named, indented,
    # under its author, and a relative date under that
    doc = read(
        "Theater Luxor sluit na 62 jaar de deuren\n\nDoor Sanne Verhoeven\n12 maart 2024\n\n"
        "Het theater aan de Havenkade sluit op 30 juni, heeft het bestuur woensdagavond aan "
        "de vrijwilligers laten weten.\n\n"
        "De gemeente zegt de sluiting te betreuren en in gesprek te blijven met de stichting.\n\n"
        "3 reacties\n\n"
        "Avatar\nMarloes_B\neen jaar geleden\n\n"
        "Wat ontzettend jammer, ik heb er mijn eerste toneelstuk gezien.\n\n"
        "14\n0\nBeantwoorden\nDelen ›\n\n"
        "Avatar\nKees Vonk\n  Marloes_B\neen jaar geleden\n\n"
        "Dat kan niet zomaar, het is een gemeentelijk monument.\n\n"
        "3\n0\nBeantwoorden\nDelen ›\n\n"
        "Avatar\nMarloes_B\n  Kees Vonk\neen jaar geleden\n\n"
        "De gevel wel ja, maar een theaterzaal is meer dan een gevel.\n\n"
        "2\n0\nBeantwoorden\nDelen ›\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Marloes_B", None),
        ("Kees Vonk", 0),
        ("Marloes_B", 1),
    ]


def test_a_disqus_copy_naming_the_parent_indented_under_the_author_and_a_credited_caption():
    doc = read(
        "Tramway : la ligne B aura deux ans de retard\n\nPar Élodie Vasseur\n"
        "Publié le jeudi 4 décembre 2025 à 9h12\n\n"
        "Le chantier de l'avenue Coustou, mercredi. © Photo É. V.\n\n"
        "C'est un tableau de quatre pages, présenté mardi soir en commission, qui a fait "
        "tomber le couperet.\n\n"
        "Le surcoût est estimé à 38 millions d'euros.\n\n"
        "3 commentaires\n\n"
        "Gaspard Leroux\n•\nil y a 2 jours\n\n"
        "Deux ans de retard, et on nous expliquera que c'était imprévisible.\n\n"
        "23\nRépondre\nPartager ›\n\n"
        "Nadia B.\n Gaspard Leroux\n•\nil y a 2 jours\n\n"
        "Les archives ne sont pas complètes pour ce quartier.\n\nRépondre\n\n"
        "Élodie Vasseur\nMod\n Nadia B.\n•\nil y a 2 jours\n\n"
        "Bonjour, nous avons demandé à la métropole depuis quand le retard était connu.\n\n"
        "Répondre\n"
    ).document
    assert [p.split()[0] for p in body(doc)] == ["C'est", "Le"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Gaspard Leroux", None),
        ("Nadia B.", 0),
        ("Élodie Vasseur", 1),
    ]


def test_a_forum_thread_copied_over_two_pages_keeps_the_second_pages_posts():
    def post(who: str, when: str, text: str) -> str:
        return (
            f"{who}\nBerichten: 412\nLid geworden op: za 14 mrt 2020, 10:22\n\n"
            f"Re: Slakkenplaag na de natte november\nBericht door {who} » {when}\n\n"
            f"{text}\n\nTop\n\n\n"
        )

    doc = read(
        "Slakkenplaag na de natte november\n\n"
        + post("Marijke_K", "do 04 dec 2025, 09:58", "Mijn sla is in een nacht opgegeten.")
        + post("Piet Hoogakker", "do 04 dec 2025, 11:02", "Bierval, al twintig jaar.")
        + "Plaats reactie\n3 berichten\nPagina 1 van 2\n1\n2\nVolgende\n\n"
        'Terug naar "Ziekten en plagen"\nGa naar\n\n\nHet Groene Perk\n\n'
        "Slakkenplaag na de natte november\n\nPlaats reactie\n3 berichten\n"
        "Pagina 2 van 2\nVorige\n1\n2\n\n"
        + post("Hennie_vd_Berg", "vr 05 dec 2025, 09:02", "Vannacht de planken omgedraaid.")
        + 'Terug naar "Ziekten en plagen"\n\nVergelijkbare onderwerpen\n'
    ).document
    assert [c.author for c in doc.comments][-2:] == ["Piet Hoogakker", "Hennie_vd_Berg"]
    assert texts(doc)[-1] == "Vannacht de planken omgedraaid."


def test_a_uk_paper_with_a_consent_banner_a_name_over_role_and_date_and_a_newsletter_box():
    doc = read(
        "We value your privacy\n"
        "We and our 87 partners store and access information on your device. You can change "
        "your choices at any time.\nAccept all    Reject all    Manage preferences\n\n"
        "Islanders face six-week ferry gap\n\n"
        "Harriet Ocampo\nTransport correspondent\nTue 14 May 2024 06.00 BST\n"
        "Last modified on Tue 14 May 2024 11.32 BST\n\n"
        "The MV Carra Lass at Portlochan pier. Photograph: Duncan Ives/The Westmoor Courier\n\n"
        "Residents of Inchcarra will be without a ferry for six weeks.\n\n"
        "Sign up to Island Brief\nFree weekly newsletter\n"
        "The stories that matter to the island communities, every Friday.\n"
        "Privacy Notice: Newsletters may contain info about charities and online ads.\n"
        "Sign up\nafter newsletter promotion\n\n"
        "The Carra Lass is 33 years old.\n\n"
        "2 comments\n\n"
        "Editor's pick\nMorvenOnTheHill 14 May 2024 7.18am\n\n"
        "My mother is 84 and lives on Inchcarra.\n\n"
        "Harriet Ocampo Staff 14 May 2024 9.02am\n\nThank you for sharing this.\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "Islanders face six-week ferry gap",
        "Harriet Ocampo",
        "2024-05-14",
    )
    assert [p.split()[0] for p in body(doc)] == ["Residents", "The"]
    assert doc.comments[0].author == "MorvenOnTheHill"
    assert texts(doc)[0] == "My mother is 84 and lives on Inchcarra."


def test_a_phpbb_copy_with_the_icons_alt_text_run_into_por_and_a_quote_run_into_its_header():
    def post(who: str, when: str, text: str) -> str:
        return (
            f"Re: ¿Merece la pena restaurar el reloj?\nNotapor {who} » {when}\n\n{text}\n"
            f"{who}\n\nMensajes: 214\nRegistrado: Dom Ene 03, 2010 11:20 am\nArriba\n\n"
        )

    doc = read(
        "Foro Relojería Antigua\n\n¿Merece la pena restaurar el reloj?\n"
        "Notapor Anselmo_R » Mié Feb 08, 2023 9:41 pm\n\nBuenas noches a todos.\n\n"
        "El Ayuntamiento me ha ofrecido el reloj de la antigua estación, cerrada desde 1985.\n"
        "Anselmo_R\n\nMensajes: 214\nRegistrado: Dom Ene 03, 2010 11:20 am\nArriba\n\n"
        + post(
            "rueda_catalina",
            "Jue Feb 09, 2023 8:47 am",
            "Yo me lo pensaría. ¿Quién le va a dar cuerda cuando lo cuelguen en el parque?",
        )
        + post(
            "Anselmo_R",
            "Jue Feb 09, 2023 7:20 pm",
            "rueda_catalina escribió:¿Quién le va a dar cuerda cuando lo cuelguen en el "
            "parque?\nBuena pregunta. El concejal dice que el conserje podría hacerlo.",
        )
    ).document
    assert (doc.author, doc.published) == ("Anselmo_R", "2023-02-08")
    assert [p.split()[0] for p in body(doc)] == ["Buenas", "El"]
    assert [c.author for c in doc.comments] == ["rueda_catalina", "Anselmo_R"]
    assert texts(doc)[1] == "Buena pregunta. El concejal dice que el conserje podría hacerlo."


def test_replies_marked_only_by_an_arrow_answer_the_comment_that_opened_their_thread():
    doc = read(
        "Straßenbahn nach Ostheide kommt\n\nVon Lena Brandis\n\n"
        "Die Stadt baut die Straßenbahn nach Ostheide, das hat der Bürgerentscheid ergeben.\n\n"
        "3 Kommentare\n\n"
        "Heinz W. · 14.05.2025 · 18:05 Uhr\nEndlich. Ich warte seit 1998 auf diese Bahn.\n"
        "👍 34  👎 9  Antworten  Melden\n\n"
        "↳ Sabine K. · 14.05.2025 · 18:31 Uhr\nUnd ich verliere dafür die Bäume vor meinem "
        "Fenster.\n👍 12  👎 3  Antworten  Melden\n\n"
        "↳ Heinz W. · 14.05.2025 · 18:40 Uhr\nDas verstehe ich, Sabine.\n"
        "👍 5  👎 0  Antworten  Melden\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Heinz W.", None),
        ("Sabine K.", 0),
        ("Heinz W.", 0),
    ]


def test_an_author_bio_headed_about_the_author_ends_the_article_even_under_related_links():
    doc = read(
        "Indução ou gás?\n\nPor Débora Antunes\n\n"
        "Quando o botijão passou dos 120 reais aqui em casa, resolvi fazer as contas com "
        "calma.\n\n"
        "Com uma economia de cerca de 37 reais por mês, o cooktop se paga em dois anos.\n\n"
        "Leia também\n\nComo ler a conta de luz sem ficar tonto\nBandeira tarifária na prática\n\n"
        "Sobre a autora\nDébora Antunes é jornalista e escreve sobre finanças da família desde "
        "2015.\n"
    ).document
    assert [p.split()[0] for p in body(doc)] == ["Quando", "Com"]


def test_a_category_in_the_date_row_is_no_author_and_the_bio_box_names_the_writer():
    doc = read(
        "Auto-héberger ses photos : bilan\n\n"
        "3 mai 2022 · Auto-hébergement · 7 min de lecture\n\n"
        "Il y a deux ans, j'ai rapatrié à la maison les photos et vidéos de la famille.\n\n"
        "Le tout consomme environ 18 W, soit une trentaine d'euros d'électricité par an.\n\n"
        "À propos de l'auteur\n"
        "Julien Arnaud, administrateur système le jour, bricoleur le soir. Il écrit ici "
        "depuis 2014.\n"
    ).document
    assert (doc.author, doc.published) == ("Julien Arnaud", "2022-05-03")
    assert [p.split()[0] for p in body(doc)] == ["Il", "Le"]


def test_a_guest_under_an_avatar_and_over_the_date_is_the_comments_author():
    doc = read(
        f"Indução ou gás?\n\nPor Débora Antunes\n\n{BODY_PT}\n\n2 comentários\n\n"
        "Avatar\nPaulo Reis\n• há 2 anos\n\nE o tempo que se ganha na limpeza?\n\n"
        "4\nResponder\n\n"
        "Avatar\nGuest\n• há 2 anos\n\nE quem cozinha com lenha? kkkkk\n\n1\nResponder\n"
    ).document
    assert [c.author for c in doc.comments] == ["Paulo Reis", "Guest"]
    assert texts(doc)[1] == "E quem cozinha com lenha? kkkkk"


BODY_PT = (
    "Quando o botijão passou dos 120 reais aqui em casa, resolvi fazer as contas com calma.\n\n"
    "Com uma economia de cerca de 37 reais por mês, o cooktop se paga em dois anos."
)


# -- names a name table does not know ------------------------------------------------------------

LIDO = (
    "Lido restoration bid falls short\n\nBy Hannah Pryce\n7th June 2024, 6:00am\n\n"
    "The restoration of the town's 1930s open-air pool will cost almost twice as much as "
    "first estimated, a survey has found.\n\n"
    "The committee agreed to set aside money for a second survey of the pool's plant room.\n\n"
    "3 comments\n\n"
    "Rosie T\n7 June 2024 • 10:03am\nIs the Friends group still taking volunteers?\n"
    "Reply · Report · 4 likes\n\n"
    "    Friends of Saltmeadow Lido\n    7 June 2024 • 11:20am\n"
    "    Hi Rosie, we'd love to have you! We meet on the first Saturday of each month.\n"
    "    Reply · Report · 6 likes\n\n"
    "Rentner_aus_H.\n8 June 2024 • 7:30pm\nThe council let it rot for fifteen years.\n"
    "Reply · Report\n"
)


def test_a_name_over_a_date_line_shaped_as_the_other_headers_heads_a_comment():
    doc = read(LIDO).document
    assert tree(doc) == [
        ("Rosie T", "2024-06-07", None),
        ("Friends of Saltmeadow Lido", "2024-06-07", 0),
        ("Rentner_aus_H.", "2024-06-08", None),
    ]
    assert texts(doc)[1].startswith("Hi Rosie")


def test_antwort_an_names_the_comment_answered_at_the_same_indentation():
    doc = read(
        "Neue Buslinie beschlossen\n\nVon Tobias Reinhard\n\n"
        "Der Gemeinderat hat am Mittwochabend beschlossen, sich an den Kosten für die neue "
        "Buslinie zu beteiligen.\n\nKommentare (3)\n\n"
        "Hallmann_kein_Fan\n21.03.2024, 17:31 Uhr\n86.000 Euro jedes Jahr für einen Bus.\n"
        "Antworten   Melden\n\n"
        "    Antwort an Hallmann_kein_Fan\n    Klaus_W\n    21.03.2024, 17:50 Uhr\n"
        "    Die Kitas werden aus einem ganz anderen Topf bezahlt.\n    Antworten   Melden\n\n"
        "    Antwort an Klaus_W\n    Hallmann_kein_Fan\n    21.03.2024, 18:12 Uhr\n"
        "    Warten wir die Zahlen in drei Jahren ab.\n    Antworten   Melden\n"
    ).document
    assert [c.parent for c in doc.comments] == [None, 0, 1]


def test_a_blogs_name_and_tagline_over_the_posts_date_and_title_and_its_profile_box():
    parse = read(
        "Meer\nBlog maken\nInloggen\n\n"
        "Trappers & Taartjes\nFietsen door het lage land, met een stop bij elke bakker onderweg."
        "\n\nzondag 9 juni 2024\nLangs de Zwarte Wetering naar de oude eendenkooi\n\n"
        "Het had de hele week geregend, maar zaterdagochtend brak de zon eindelijk door.\n\n"
        "Volgende maand willen we de andere kant van de polder doen. Tips zijn welkom!\n\n"
        "Geplaatst door Henk-Jan Bosma om 21:14\nGeen opmerkingen:\n\n"
        "Over mij\nHenk-Jan Bosma\nGepensioneerd leraar aardrijkskunde. Fietst graag, eet nog "
        "liever.\nMijn volledige profiel bekijken\n"
    )
    doc = parse.document
    assert doc.title == "Langs de Zwarte Wetering naar de oude eendenkooi"
    assert (doc.site, doc.published, doc.author) == (
        "Trappers & Taartjes",
        "2024-06-09",
        "Henk-Jan Bosma",
    )
    assert [p.split()[0] for p in body(doc)] == ["Het", "Volgende"]


def test_a_blogs_tagline_over_its_menu_then_the_date_and_the_title_a_blank_line_apart():
    # its menu's "Over mij" (about me) is no footer ending an article not yet begun
    parse = read(
        "Ineke’s Inmaakpotten\nWecken, fermenteren en inmaken zoals oma het deed, maar dan "
        "driehoog-achter.\n\nHome\nRecepten\nInmaakkalender\nOver mij\n\n"
        "zaterdag 12 oktober 2024\n\nZelf zuurkool maken: mijn eerste poging\n\n"
        "Al jaren koop ik zuurkool op de markt, maar nu wilde ik het een keer zelf proberen.\n\n"
        "Na drie weken heb ik geproefd en ik was verrast: knapperig en lekker zuur.\n\n"
        "Geplaatst door Ineke Schouten op 20:15\n"
    )
    doc = parse.document
    assert (doc.title, doc.site, doc.published, doc.author) == (
        "Zelf zuurkool maken: mijn eerste poging",
        "Ineke’s Inmaakpotten",
        "2024-10-12",
        "Ineke Schouten",
    )
    assert [p.split()[0] for p in body(doc)] == ["Al", "Na"]


def test_what_a_taken_down_comment_says_in_its_place_is_no_comment():
    doc = read(
        "Tuinbonen\n\nGeplaatst door Anneke\n\n"
        "Eindelijk kunnen we oogsten, na weken van twijfelachtig weer in de moestuin.\n\n"
        "3 opmerkingen:\n\n"
        "Joke zei...\n\nWat een mooie oogst!\n\n12 mei 2024 om 10:02\n\n"
        "Piet zei...\n\nDeze reactie is verwijderd door de auteur.\n\n12 mei 2024 om 11:40\n\n"
        "Marleen zei...\n\nBij ons eten de slakken alles op.\n\n13 mei 2024 om 08:15\n"
    ).document
    assert [c.author for c in doc.comments] == ["Joke", "Marleen"]
    assert "verwijderd" not in doc.text


def test_a_news_page_with_its_writers_box_under_the_article_and_arrowed_replies():
    parse = read(
        "Gazeta do Vale Verde\nAssine\n\nCidades\n"
        "Câmara aprova cobrança por sacolas plásticas\n"
        "Projeto foi aprovado por 9 votos a 4; supermercados terão de oferecer sacolas\n"
        "14/03/2024 às 08h02 · Atualizado em 15/03/2024 às 10h31\nOuvir esta notícia\n\n"
        "A Câmara Municipal aprovou na noite desta quarta-feira o projeto de lei das sacolas.\n\n"
        "O projeto segue agora para sanção do prefeito, que tem 15 dias úteis para decidir.\n\n"
        "Thaís Moura\nRepórter de Cidades · thais.moura@gazeta.example\n\n"
        "Comentários (3)\n\n"
        "Roberto Alencar\n14/03/2024 08:47\nFinalmente! Em Lagoa Funda isso já existe há anos.\n"
        "Curtir (23) · Responder · Denunciar\n\n"
        "  ↳ Marlene S.\n    14/03/2024 09:15\n    Quem paga é sempre o consumidor.\n"
        "    Curtir (8) · Responder · Denunciar\n\n"
        "      ↳ Roberto Alencar\n        14/03/2024 09:31\n"
        "        Marlene, é só levar a sua ecobag.\n        Curtir (11) · Responder · Denunciar\n"
    )
    doc = parse.document
    assert (doc.author, doc.published) == ("Thaís Moura", "2024-03-14")
    assert [p.split()[0] for p in body(doc)] == ["A", "O"]
    assert tree(doc) == [
        ("Roberto Alencar", "2024-03-14", None),
        ("Marlene S.", "2024-03-14", 0),
        ("Roberto Alencar", "2024-03-14", 1),
    ]
    assert texts(doc)[1] == "Quem paga é sempre o consumidor."


def test_a_caption_under_the_standfirst_and_the_sites_name_in_its_comment_widget():
    doc = read(
        "Valdarena Oggi\nIl quotidiano online della Valdarena\n\nCultura\n"
        "Chiude il Cinema Astra di Valdarena\n"
        "Il gestore: «Abbiamo perso il 40% degli spettatori in due anni»\n\n"
        "La sala di via Garibaldi in una foto d'archivio (Foto Studio Lenzi)\n\n"
        "di Chiara Benvenuti\n15 Novembre 2023 - 18:40\n\n"
        "Dopo cinquantotto anni di attività, il Cinema Astra potrebbe spegnere il proiettore.\n\n"
        "La redazione seguirà la vicenda nei prossimi giorni.\n\n"
        "2 commenti\nValdarena Oggi\n🔒 Norme sulla community di Disqus\n1 Accedi\n\n"
        "Raccomanda 4\nTweet\nCondividi\nOrdina per migliore\n\n"
        "Partecipa alla discussione…\n\n"
        "Federica Nanni • 2 anni fa\n\nLavoro nel settore da quindici anni.\n\n"
        "27\n•\nRispondi\n•\nCondividi ›\n\n"
        "    Avatar\n    Marco_VD  Federica Nanni • 2 anni fa\n\n    Grazie, questo è chiaro.\n\n"
        "    8\n    •\n    Rispondi\n"
    ).document
    assert (doc.author, doc.published) == ("Chiara Benvenuti", "2023-11-15")
    assert [p.split()[0] for p in body(doc)] == ["Dopo", "La"]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Federica Nanni", None),
        ("Marco_VD", 0),
    ]


def test_new_reddit_in_spanish_vote_rows_a_pinned_bot_a_quote_of_the_post_and_the_sidebar():
    doc = read(
        "r/vivienda_es\n•\nhace 8 meses\nlagartija_azul\n\n"
        "¿Es normal pedir seis meses de fianza?\n\n"
        "Buenas. El propietario me pide seis meses de fianza, más el primer mes y la comisión "
        "de la agencia, y dice que hay otros cinco esperando.\n\n"
        "Votar a favor\n187\nVotar en contra\n86 comentarios\nCompartir\n\n"
        "AutoModerator\nMOD\n•\nhace 8 meses\nFijado por los moderadores\n\n"
        "Recordatorio: este subreddit no ofrece asesoramiento jurídico.\n\n"
        "Votar a favor\n1\nVotar en contra\nResponder\nCompartir\n\n"
        "rocio_alquila\n•\nhace 8 meses\n\n> hay otros cinco esperando\n\n"
        "Esto nos lo dijeron a nosotros también, y era mentira.\n\n"
        "Votar a favor\n40\nVotar en contra\nResponder\nCompartir\n\n"
        "Ver 12 comentarios más\n\nComunidades relacionadas\nr/alquiler_madrid\n"
        "Reglas de r/vivienda_es\n1. Sé respetuoso\n2. Nada de anuncios de pisos\n"
    ).document
    assert len(body(doc)) == 1
    assert [c.author for c in doc.comments] == ["AutoModerator", "rocio_alquila"]
    assert texts(doc) == [
        "Recordatorio: este subreddit no ofrece asesoramiento jurídico.",
        "Esto nos lo dijeron a nosotros también, y era mentira.",
    ]


def test_a_comments_number_on_a_line_of_its_own_over_the_name_nests_it():
    doc = read(
        "Winterschnitt an der Hohlgasse\n\nVeröffentlicht am 3. Februar 2024 von Henrike Vollmer"
        "\n\nAm Samstag haben wir die alten Birnbäume an der Hohlgasse geschnitten, bei Frost.\n\n"
        "3 Gedanken zu „Winterschnitt an der Hohlgasse“\n\n"
        "1\nRüdiger Blanck sagt:\n4. Februar 2024 um 18:47 Uhr\n\nSchöner Bericht, danke!\n\n"
        "Antworten\n\n"
        "1.1\nHenrike Vollmer (Beitragsautorin) sagt:\n4. Februar 2024 um 20:15 Uhr\n\n"
        "Danke für den Tipp mit den Schilfmatten!\n\nAntworten\n\n"
        "2\nGudrun Eisele sagt:\n6. Februar 2024 um 09:02 Uhr\n\nIch kann leider nicht.\n\n"
        "Antworten\n"
    ).document
    assert tree(doc) == [
        ("Rüdiger Blanck", "2024-02-04", None),
        ("Henrike Vollmer", "2024-02-04", 0),
        ("Gudrun Eisele", "2024-02-06", None),
    ]


def test_a_comments_number_with_a_hash_over_the_name_nests_it_too():
    doc = read(
        "La acequia del molino\n\nPublicado el 3 de mayo de 2023 por Ramiro Escudé\n\n"
        "El sábado terminamos de limpiar la acequia del molino, después de seis jornadas.\n\n"
        "3 respuestas a «La acequia del molino»\n\n"
        "#1\nLola Giménez dice:\n10 de mayo de 2023 a las 08:31\n¡Qué alegría leer esto!\n\n"
        "Responder\n\n"
        "#1.1\nRamiro Escudé dice:\n10 de mayo de 2023 a las 09:15\nGracias, Lola.\n\n"
        "Responder\n\n"
        "#1.1.1\nLola Giménez dice:\n10 de mayo de 2023 a las 10:02\nA todas no.\n\n"
        "Responder\n"
    ).document
    assert [c.parent for c in doc.comments] == [None, 0, 1]


def test_a_date_row_with_a_count_the_writers_sign_off_and_bio_and_a_badged_reply():
    doc = read(
        "Le Guidon Tordu\nChroniques d'une cycliste nantaise\n\nMatériel\n"
        "Vélo-cargo en location : mon bilan après six mois\n"
        "9 octobre 2023 · 2 commentaires · Lecture : 5 min\n\n"
        "Il y a six mois, j'ai rendu ma vieille citadine et signé un contrat de location.\n\n"
        "Bref, je ne reviendrai pas à la voiture, mais comptez le vrai budget.\n\n"
        "Écrit par Solène Marchetti\nSolène roule en ville depuis 2012 et teste tout ce qui a "
        "deux roues.\n\n"
        "2 réflexions au sujet de « Vélo-cargo en location : mon bilan après six mois »\n\n"
        "Karim B.\n9 octobre 2023 à 10 h 14 min\n\nMerci pour ce retour honnête.\n\nRépondre\n\n"
        "    Solène Marchetti Auteur de l'article\n    en réponse à Karim B.\n"
        "    9 octobre 2023 à 12 h 02 min\n\n    Tout à fait d'accord, Karim.\n\n    Répondre\n"
    ).document
    assert (doc.author, doc.published) == ("Solène Marchetti", "2023-10-09")
    assert [p.split()[0] for p in body(doc)] == ["Il", "Bref,"]
    assert tree(doc) == [
        ("Karim B.", "2023-10-09", None),
        ("Solène Marchetti", "2023-10-09", 0),
    ]


def test_arrowed_replies_naming_whom_they_answer_and_the_newsrooms_own_account():
    doc = read(
        "Battelli serali, tagliate le corse\n\nDi Marta Colombo\n\n"
        "Da sabato chi lavora a Cornale non avrà più il battello delle 20.25 per rientrare.\n\n"
        "Riproduzione riservata © Copyright Gazzetta di Cornale\n\n"
        "Commenti (3)\n\n"
        "pendolare_stanco\n31/10/2023 08:12\n\nSono infermiera, faccio il turno 13-20.\n\n"
        "Rispondi · Segnala · 👍 23 · 👎 2\n\n"
        "    ↳ Giovanni R. in risposta a pendolare_stanco\n    31/10/2023 09:03\n\n"
        "    Solidarietà. Io ho smesso di prendere il battello.\n\n"
        "    Rispondi · Segnala · 👍 9 · 👎 0\n\n"
        "Redazione\nREDAZIONE\n31/10/2023 11:25\n\n"
        "Aggiornamento: il comitato conferma il presidio di venerdì.\n\n"
        "Rispondi · Segnala · 👍 12 · 👎 0\n"
    ).document
    assert "Riproduzione" not in doc.text
    assert tree(doc) == [
        ("pendolare_stanco", "2023-10-31", None),
        ("Giovanni R.", "2023-10-31", 0),
        ("Redazione", "2023-10-31", None),
    ]


def test_a_name_over_a_dateline_under_a_caption_and_a_related_story_inside_the_body():
    doc = read(
        "La Crónica de Valdeserra\nJueves, 9 de mayo de 2024\nSuscríbete\n\n"
        "El horno comunal de Valdecierva vuelve a cocer pan\n"
        "Una asociación de vecinos ha restaurado el edificio con aportaciones de 212 familias\n\n"
        "Andrés Gil saca las primeras hogazas del horno el sábado. | Foto: Sergio Mata\n\n"
        "Lucía Benedí Albar\nValdecierva | 07/05/2024 - 06:00 | Actualizado: 07/05/2024 - 11:23"
        "\n\nA las seis de la mañana del pasado sábado salió humo de la chimenea del horno.\n\n"
        "NOTICIA RELACIONADA\nLa Sierra Norte pierde otros 300 habitantes en un año\n\n"
        "La restauración ha costado 48.600 euros, pagados por los vecinos.\n"
    ).document
    assert doc.title == "El horno comunal de Valdecierva vuelve a cocer pan"
    assert (doc.author, doc.published) == ("Lucía Benedí Albar", "2024-05-07")
    assert [p.split()[0] for p in body(doc)] == ["A", "La"]


def test_new_reddit_in_italian_the_community_over_the_poster_and_the_score_between_arrows():
    doc = read(
        "r/CasaItalia\nUnisciti\n\nr/CasaItalia • 2 anni fa\nstudente_fuori_sede\n\n"
        "Affitto a Bologna: il proprietario chiede 6 mensilità di deposito, è legale?\n"
        "Domanda legale\n\n"
        "Ciao a tutti, sono al secondo anno di magistrale e cerco una singola in Bolognina.\n\n"
        "Il problema: il proprietario vuole sei mensilità di deposito cauzionale.\n\n"
        "↑ 412 ↓\n96 commenti\nCondividi\n\n"
        "avv_marchetti • 2 anni fa\nSei mensilità non sono legali per un contratto 4+4.\n↑ 88 ↓\n"
        "Rispondi\n\n"
        "utente_cancellato • 2 anni fa\nCommento eliminato dall'utente\n↑ ↓\n"
    ).document
    assert doc.title.startswith("Affitto a Bologna")
    assert doc.author == "studente_fuori_sede"
    assert [p.split()[0] for p in body(doc)] == ["Ciao", "Il"]
    assert texts(doc) == ["Sei mensilità non sono legali per un contratto 4+4."]


def test_a_featured_images_caption_over_the_post_is_no_paragraph():
    doc = read(
        "The Brennmoor deal\n\nBy Hannah Pryce\n\n"
        "Featured Photo: The Brennmoor reservoir at low water, September 2019. Photo by the "
        "author.\n\n"
        "When the provincial government announced the deal, nobody read the annexes.\n\n"
        "Read the annexes, not the press release.\n"
    ).document
    assert [p.split()[0] for p in body(doc)] == ["When", "Read"]


def test_a_byline_in_the_entrys_footer_names_the_author():
    doc = read(
        "Die Stadtbibliothek bleibt donnerstags bis 22 Uhr offen\n\n"
        "Wer abends noch schnell ein Buch zurückbringen möchte, hatte in Lindenau bisher Pech.\n\n"
        "Die PIN bekommt man an der Theke während der normalen Öffnungszeiten.\n\n"
        "Veröffentlicht am 14. März 2024 von Henrike Salzmann\nKategorien: Kultur & Bildung\n"
    ).document
    assert (doc.author, doc.published) == ("Henrike Salzmann", "2024-03-14")
    assert len(body(doc)) == 2


def test_a_quotation_opened_by_whom_it_quotes_on_its_own_line_is_not_the_replys_text():
    doc = read(
        "Tomates na varanda: o que correu mal\n\nPublicado por Inês Amaral\n\n"
        "Este ano a varanda deu mais alfaces do que tomates, e quero perceber porquê.\n\n"
        "2 comentários\n\n"
        "Rui Mendes disse:\n14 de março de 2024 às 18:02\n\n"
        "Ao fim de duas semanas já havia flores a vingar.\n\nResponder\n\n"
        "Ana Lopes disse:\n15 de março de 2024 às 09:12\n\n"
        "Citando o Rui: “Ao fim de duas semanas já havia flores a vingar.”\n"
        "Isso bate certo com o que vi na minha varanda.\n\nResponder\n"
    ).document
    assert texts(doc)[1] == "Isso bate certo com o que vi na minha varanda."


PORTUGUESE_BLOG = """Caderno de Ruas
Bairros e pequenas histórias da cidade

Património

3 de março de 2024 · Por Inês Carvalhal · Comentários encerrados

Os bancos de pedra do largo do Chafariz

Em 2012, a junta anunciou que ia restaurar os seis bancos de pedra do largo. Doze anos depois, só dois foram tratados.

Banco do lado norte, com a inscrição de 1891. Fotografia: Inês Carvalhal / Caderno de Ruas

Fui ver o que resta dos outros quatro e falei com quem se senta neles todas as manhãs.

Leia também: Os chafarizes esquecidos da Rua Direita

O que se perdeu

Os estragos dividem-se em três grupos bem distintos:

    pedras partidas pelas raízes das tílias;
    inscrições apagadas pela limpeza a jacto;
    um banco inteiro levado numa obra de 2016.

O terceiro caso é o que mais me preocupa, porque ninguém sabe onde está a pedra.
"""


def test_a_section_label_over_the_byline_and_the_title_under_it():
    doc = read(PORTUGUESE_BLOG).document
    assert (doc.title, doc.author, doc.published) == (
        "Os bancos de pedra do largo do Chafariz",
        "Inês Carvalhal",
        "2024-03-03",
    )


def test_a_caption_closed_by_its_credit_and_a_list_after_a_read_also_line_are_read_as_such():
    doc = read(PORTUGUESE_BLOG).document
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert not any(p.startswith("Banco do lado norte") for p in paragraphs)
    assert paragraphs[2:5] == [
        "O que se perdeu",
        "Os estragos dividem-se em três grupos bem distintos:",
        "pedras partidas pelas raízes das tílias;",
    ]
    assert len(paragraphs) == 8


def test_a_guest_badge_over_a_top_level_commenters_name_is_no_name():
    doc = read(
        "Vuelve el puerto de Valdeoscuro\n\nPor Redacción\n\n"
        "La etapa reina de la vuelta regional volverá a subir el puerto de Valdeoscuro.\n\n"
        "Comentarios\nLee nuestra política de comentarios antes de participar.\n\n"
        "2 comentarios\n\n"
        "Ramón Quintela\nhace un año\n\nPor fin. El asfalto está como una mesa de billar.\n\n"
        "7\nResponder • Compartir ›\n\n"
        "Invitado\nMari Cruz Benavente\nhace un año\n\n+1\n\n1\nResponder • Compartir ›\n"
    ).document
    assert [c.author for c in doc.comments] == ["Ramón Quintela", "Mari Cruz Benavente"]
    assert "política de comentarios" not in doc.text


def test_a_xenforo_thread_head_on_one_line_and_its_like_button_in_dutch():
    doc = read(
        "Woonforum Lage Landen\n\nHome Forums Verbouwen & Energie Warmtepompen\n\n"
        "Warmtepomp in een jaren-30 woning\n"
        "Discussie gestart door Jeroen_B Startdatum 3 nov. 2023\n\n"
        "    Tags\n    hybride isolatie warmtepomp\n\n"
        "Jeroen_B\nActief lid\n3 nov. 2023\n#1\n\n"
        "Vorig jaar hebben we in ons rijtjeshuis uit 1934 een hybride warmtepomp laten zetten.\n\n"
        "Leuk Reactie\nReageer\n\n"
        "Sanne84\nModerator\n3 nov. 2023\n#2\n\n"
        "Mooie en eerlijke samenvatting, dank je wel voor de cijfers.\n\nLeuk Reactie\nReageer\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "Warmtepomp in een jaren-30 woning",
        "Jeroen_B",
        "2023-11-03",
    )
    assert texts(doc) == ["Mooie en eerlijke samenvatting, dank je wel voor de cijfers."]


LOCAL_NEWS = """Skip to main content
We use cookies to personalise content and ads. Manage preferences | Accept all
Harrowby Evening Courier
Subscribe  Sign in
News  Sport  What's On  Jobs

Night bus to the hospital saved for another year

Council finds £300,000 to keep the route running after months of doubt, but drivers warn the timetable will be cut

By Nia Castell
Local Democracy Reporter
3:45 PM, Thursday 7 March 2024 · Updated 5:10 PM
Share  Comments (2)

The night bus between Harrowby station and the county hospital will keep running until at least next spring.

NEWSLETTER
Get the day's top stories from Harrowby straight to your inbox
Enter your email  Sign up
We use your sign-up to provide content in ways you've consented to. Read our Privacy Notice.

Drivers' union rep Owen Talbot said the vote was a relief, but that the last bus mattered most to people on shifts.
"""


def test_a_local_papers_masthead_under_its_cookie_banner_and_a_time_before_the_date():
    doc = read(LOCAL_NEWS).document
    assert (doc.site, doc.title, doc.author, doc.published, doc.comments_declared) == (
        "Harrowby Evening Courier",
        "Night bus to the hospital saved for another year",
        "Nia Castell",
        "2024-03-07",
        2,
    )


def test_a_newsletter_box_whose_field_and_button_share_a_line_is_no_paragraph():
    doc = read(LOCAL_NEWS).document
    assert [doc.text[s:e][:24] for s, e in doc.paragraphs] == [
        "The night bus between Ha",
        "Drivers' union rep Owen ",
    ]


def test_a_magazines_name_in_capitals_over_its_tagline_and_menu_under_a_cookie_banner():
    doc = read(
        "Wir verwenden Cookies und ähnliche Technologien. Einstellungen | Alle akzeptieren\n"
        "HOLZ & HANDWERK\nDas Magazin für Werkstätten und Traditionen\n"
        "Abo  Heft 03/2024  Anmelden\n\n"
        "Der letzte Orgelbauer im Tal\n\nVon Friederike Almstätter\n"
        "Montag, 11. März 2024\n\n"
        "Wer die Werkstatt in Unterhaslach betritt, riecht zuerst das Holz und dann den Leim.\n"
    ).document
    assert (doc.site, doc.title, doc.author) == (
        "HOLZ & HANDWERK",
        "Der letzte Orgelbauer im Tal",
        "Friederike Almstätter",
    )


def test_a_portuguese_papers_buttons_votes_and_a_cookie_notice_between_its_paragraphs():
    doc = read(
        "Diário do Atlântico\nAssinar  Entrar\n\n"
        "Comboio volta a Castelo de Mós, mas só três vezes por dia\n\n"
        "Inês Barata Correia\nQuarta-feira, 12 de junho de 2024, 07:15\n"
        "Partilhar  Guardar  Ouvir artigo (4 min)\n\n"
        "A estação da vila de Castelo de Mós esteve fechada desde setembro de 1988.\n\n"
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a "
        "nossa política de cookies.\nAceitar  Gerir preferências\n\n"
        "A reabertura dos 41 quilómetros custou 58 milhões de euros.\n\n"
        "Comentários (1)\n\nHenrique Valadares\n12 jun 2024, 08:03\n"
        "Três comboios por dia não é uma linha, é uma experiência para falhar.\n"
        "Gosto (41) | Não gosto (6) | Responder | Denunciar\n"
    ).document
    assert [doc.text[s:e][:20] for s, e in doc.paragraphs] == [
        "A estação da vila de",
        "A reabertura dos 41 ",
    ]
    assert texts(doc) == ["Três comboios por dia não é uma linha, é uma experiência para falhar."]


def test_a_papers_section_menu_and_its_own_account_answering_a_reader_with_its_badge():
    doc = read(
        "Il Corriere di Valsorda\nCronaca  Economia  Sport  Montagna  Eventi  Lettere\n\n"
        "MONTAGNA\n\nRiapre la funivia del Monte Corvo dopo due anni di lavori\n\n"
        "di Giulia Ferrandi\nsabato 18 maggio 2024, 11:45\n\n"
        "Dopo ventiquattro mesi di cantiere la funivia torna in funzione da domenica 26 maggio.\n\n"
        "2 commenti\n\n"
        "Lorenzo Fabbri\n• 5 giorni fa\n\nE il biglietto per le famiglie? Quattordici euro a "
        "testa sono tanti.\n\n3\nRispondi\n\n"
        "    Il Corriere di Valsorda Mod  Lorenzo Fabbri\n    • 4 giorni fa\n\n"
        "    Abbiamo chiesto al Comune se è prevista una tariffa ridotta per le famiglie.\n\n"
        "    2\n    Rispondi\n"
    ).document
    assert (doc.site, doc.title, doc.author, doc.published) == (
        "Il Corriere di Valsorda",
        "Riapre la funivia del Monte Corvo dopo due anni di lavori",
        "Giulia Ferrandi",
        "2024-05-18",
    )
    assert tree(doc) == [("Lorenzo Fabbri", None, None), ("Il Corriere di Valsorda", None, 0)]


def test_a_sentence_over_a_paragraph_opening_in_capitals_is_the_standfirst():
    page = (
        "The Marlow Bay Gazette\n\nLido restoration bid falls short after survey\n\n"
        "By Hannah Pryce\n7th June 2024, 6:00am\n\n"
        "Campaigners hoping to reopen the town's open-air pool have been told it will cost twice as much.\n\n"
        "THE Friends of Saltmeadow Lido had hoped to see swimmers back in the water by 2026.\n\n"
        "The survey found that water had been seeping into the ground for years.\n"
    )
    doc = read(page).document
    assert [doc.text[s:e][:12] for s, e in doc.paragraphs] == ["THE Friends ", "The survey f"]
    # (an acronym opening the second paragraph says nothing of the first)
    doc = read(page.replace("THE Friends of", "NHS managers at")).document
    assert len(doc.paragraphs) == 3


def test_date_first_headers_a_reply_line_with_its_full_stop_and_a_trackback_section():
    doc = read(
        "Saltmarsh Notes\n\nWhat the tide pools taught me about patience\n\n"
        "Isobel Garrick · February 28, 2024 · 3 Comments\n\n"
        "I started going down to Carrow Point in November, mostly because the tides fell early.\n\n"
        "Get the Field Diary by email\nOne letter a month from the estuary. No spam.\n\n"
        "Type your email…\n\nSubscribe\n\n"
        "On the fourth morning I sat down on a flat slab above the biggest pool and waited.\n\n"
        "3 Responses to “What the tide pools taught me about patience”\n\n"
        "February 28, 2024 at 9:14 pm — Marguerite Oyelaran\n\n"
        "This is exactly how I feel about birdwatching.\n\nLike\n\nReply\n\n"
        "February 29, 2024 at 8:40 am — Isobel Garrick\n\nIn reply to Marguerite Oyelaran.\n\n"
        "Of course, the first twenty minutes are for looking.\n\nLike\n\nReply\n\n"
        "One Trackback\n\n    Weekend reading, 2 March – The Low Road\n"
        "    March 2, 2024 at 10:30 am\n    […] Isobel Garrick on the tide pools […]\n\n"
        "Leave a Reply Cancel reply\n"
    ).document
    assert [doc.text[s:e][:16] for s, e in doc.paragraphs] == [
        "I started going ",
        "On the fourth mo",
    ]
    assert tree(doc) == [
        ("Marguerite Oyelaran", "2024-02-28", None),
        ("Isobel Garrick", "2024-02-29", 0),
    ]
    assert texts(doc) == [
        "This is exactly how I feel about birdwatching.",
        "Of course, the first twenty minutes are for looking.",
    ]


def test_an_italian_blogger_copy_a_nickname_with_a_particle_and_an_indented_list():
    doc = read(
        "venerdì 10 novembre 2023\nIl castagnaccio della vigilia\n\n"
        "Il castagnaccio, a casa nostra, si faceva solo la sera prima di Ognissanti e poi di "
        "nuovo la vigilia di Natale.\n\nIngredienti (teglia da 28 cm)\n\n"
        "    tre tazze colme di farina di castagne, setacciata due volte\n"
        "    acqua fredda quanto basta, circa tre tazze e mezza\n\n"
        "Si mescola la farina con l'acqua poco alla volta, con la frusta, finché non restano "
        "grumi.\n\nPubblicato da Ottavia Menconi alle 18:32\n\n2 commenti:\n\n"
        "Marco P.13 novembre 2023 alle ore 10:11\n\nQuesto commento è stato eliminato "
        "dall'autore.\n\nRispondi\n\n"
        "Gianni dalla Garfagnana14 novembre 2023 alle ore 21:30\n\n"
        "Noi ci mettiamo anche una scorza d'arancia grattugiata.\n\nRispondi\n"
    ).document
    assert [doc.text[s:e][:16] for s, e in doc.paragraphs] == [
        "Il castagnaccio,",
        "Ingredienti (teg",
        "tre tazze colme ",
        "acqua fredda qua",
        "Si mescola la fa",
    ]
    assert tree(doc) == [("Gianni dalla Garfagnana", "2023-11-14", None)]


def test_a_block_themes_byline_a_block_a_part_and_a_credit_after_a_spaced_colon():
    # WordPress's block themes set the date, a dash, "par", the name, "dans" and the category
    # each in a block of its own; French puts a space before the colon of "Photo : C. V."
    doc = read(
        "Les Carnets de Saint-Aubin\n\nAccueil\nPatrimoine\n\n"
        "Le lavoir de la Combe retrouve son eau\n\n14 mai 2024\n\n—\n\npar\n\nClaire Vasseur\n\n"
        "dans\n\nPatrimoine\n\n"
        "Samedi dernier, une vingtaine de bénévoles ont vidé le vieux lavoir de sa boue.\n\n"
        "Le bassin principal, vidé et nettoyé le 11 mai. Photo : C. V.\n\n"
        "Il a fallu trois heures pour dégager la rigole d'arrivée, puis l'eau est revenue.\n"
    ).document
    assert (doc.title, doc.author, doc.published) == (
        "Le lavoir de la Combe retrouve son eau",
        "Claire Vasseur",
        "2024-05-14",
    )
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Samedi", "Il"]


def test_a_byline_whose_parts_a_slash_sets_apart():
    doc = read(
        "La meridiana del campanile torna a segnare l'ora\n\n"
        "Di Matteo Lanfranchi / 15 Maggio 2024 / 7 commenti\n\n"
        "Dopo due anni di restauro la meridiana sulla facciata del campanile è di nuovo leggibile.\n"
    ).document
    assert (doc.author, doc.published) == ("Matteo Lanfranchi", "2024-05-15")


def test_a_disqus_copy_under_a_cookie_banner_its_reactions_count_and_the_sites_own_reply():
    # the banner's buttons right under it; the site's name and menu under them (no blank
    # line between); Disqus's reactions ("3 Reaktionen", votes for an emoji) over the count
    # of comments; the site's own account answering with "Mod" under its name
    doc = read(
        "Wir verwenden Cookies, um unsere Website für Sie zu optimieren. Details finden Sie in "
        "unserer Datenschutzerklärung.\nAlle akzeptieren\nNur notwendige\nLindenbrück Lokal\n"
        "Nachrichten aus Stadt und Umland\nStart\nStadt\nVerkehr\n\n"
        "Nachtbus N7 fährt ab Juni nur noch stündlich\n\n"
        "Von Jonas Weidemann · 12. April 2024 · 3 Min. Lesezeit\n\n"
        "Der Verkehrsverbund hat am Donnerstag den Fahrplan für den Sommer vorgestellt.\n\n"
        "Was denkst du?\n3 Reaktionen\nZustimmen\nLustig\nTraurig\n\n"
        "2 Kommentare\nAnmelden\nBeste\nNeueste\n\n"
        "Karin Possehl\nvor 3 Monaten\n\nFür uns im Ortsteil Kleinmoor ist das eine Katastrophe."
        "\n\n14\nAntworten\nTeilen ›\n\n"
        "    Lindenbrück Lokal\n    Mod\n    vor 3 Monaten\n\n"
        "    Laut Verkehrsverbund gab es im Februar eine Online-Befragung.\n\n"
        "    6\n    Antworten\n    Teilen ›\n"
    ).document
    assert (doc.site, doc.author, doc.comments_declared) == (
        "Lindenbrück Lokal",
        "Jonas Weidemann",
        2,
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Karin Possehl", None),
        ("Lindenbrück Lokal", 0),
    ]


def test_bloggers_cookie_notice_ends_at_the_skip_link_over_the_blogs_name():
    doc = read(
        "Este sitio usa cookies de Google para ofrecer sus servicios y analizar el tráfico.\n"
        "Más información\nEntendido\nIr al contenido principal\nLa Noria de Almendral\n"
        "Cosas de la huerta, del pueblo y de la acequia\nBuscar este blog\n\n"
        "mayo 14, 2024\nLa noria del tío Anselmo vuelve a girar\nPublicado por Maribel Soriano\n"
        "\nEl sábado por la mañana, después de casi dos años parada, la noria volvió a girar.\n"
    ).document
    assert (doc.site, doc.title, doc.author) == (
        "La Noria de Almendral",
        "La noria del tío Anselmo vuelve a girar",
        "Maribel Soriano",
    )


def test_a_dutch_papers_short_dates_its_topics_and_a_badge_the_sort_shares_under_a_name():
    doc = read(
        "Het Veenland Dagblad\nNieuws\nRegio\n\nZwembad De Wetering blijft twee zomers dicht\n"
        "Het openluchtbad gaat in 2024 en 2025 niet open.\n\n"
        "Sanne Verhoeven\n14-05-24, 06:00\nLaatste update: 10:12\n\n"
        "Het openluchtzwembad De Wetering in Haarsbergen gaat deze zomer niet open.\n\n"
        "De gemeenteraad moet in juni nog instemmen met het extra krediet.\n\n"
        "Over dit onderwerp\nHaarsbergen\nZwemmen\n\n"
        "Reacties (2)\nSorteer op:\nNieuwste\nMeest gewaardeerd\n\n"
        "Gerrit Lanting\n14 mei 2024 om 07:12\nTwee zomers! Mijn kleinkinderen hebben daar leren "
        "zwemmen.\n👍 41\nReageer\n\n"
        "Joke van Ommen\nMeest gewaardeerd\n2 uur geleden\nIk zwem al veertig jaar in De Wetering."
        "\n👍 58\nReageer\n"
    ).document
    assert (doc.author, doc.published) == ("Sanne Verhoeven", "2024-05-14")
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Het", "De"]
    assert [c.author for c in doc.comments] == ["Gerrit Lanting", "Joke van Ommen"]
    assert texts(doc)[1] == "Ik zwem al veertig jaar in De Wetering."


def test_a_disqus_copy_whose_reply_names_whom_it_answers_on_the_line_under_the_name():
    doc = read(
        "Betaald parkeren op zaterdag\n\nDoor Marloes Smit\n14 maart 2024\n\n"
        "Vanaf 1 mei betalen automobilisten ook op zaterdag in de binnenstad.\n\n"
        "Reageren kan via Disqus. Houd het netjes: scheldwoorden worden verwijderd.\n\n"
        "3 reacties\n\n"
        "Anouk Meijer\n•\neen jaar geleden\n\nWaarom niet gewoon een blauwe zone?\n\n"
        "24\n0\nBeantwoorden\nDelen ›\n\n"
        "Kees Vermaat\nAnouk Meijer\n•\neen jaar geleden\n\n"
        "Een blauwe zone moet je ook handhaven.\n\n5\n0\nBeantwoorden\nDelen ›\n\n"
        "Piet de Wit\n•\neen jaar geleden\n\nPrima besluit.\n\n1\n0\nBeantwoorden\nDelen ›\n"
    ).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Anouk Meijer", None),
        ("Kees Vermaat", 0),
        ("Piet de Wit", None),
    ]
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Vanaf"]


def test_a_blogger_copy_in_one_block_its_date_header_over_the_title_and_the_owners_replies():
    doc = read(
        "Pular para o conteúdo principal\n"
        "Este site usa cookies do Google para fornecer serviços e analisar tráfego.\n"
        "SAIBA MAIS\nOK, ENTENDI\nCozinha da Serra\n"
        "Receitas de família, bolos de vó e o que mais sair do forno a lenha\n"
        "sábado, 8 de junho de 2024\nBolo de fubá da vó Cida\n\n"
        "Esse é o bolo que a minha avó fazia todo sábado à tarde, quando a gente morava lá.\n\n"
        "O segredo, pelo menos pra mim, é a erva-doce e o leite bem quente.\n\n"
        "2 comentários:\n\n"
        "Maria Lúcia disse...\nQue delícia, vou fazer amanhã!\n8 de junho de 2024 às 11:02\n\n"
        "Blogger Rosângela Prado disse...\nDepois me conta, Maria Lúcia!\n"
        "8 de junho de 2024 às 14:10\n"
    ).document
    assert (doc.site, doc.title, doc.published) == (
        "Cozinha da Serra",
        "Bolo de fubá da vó Cida",
        "2024-06-08",
    )
    assert [c.author for c in doc.comments] == ["Maria Lúcia", "Rosângela Prado"]


def test_a_cookie_notice_in_several_paragraphs_and_a_posts_votes_are_no_part_of_a_reddit_copy():
    # new Reddit's banner: only some of its paragraphs ask to accept; the others are about
    # cookies all the same; the post's votes ("1.4k") stand over its comment count
    page = """Skip to main content
Reddit and its partners use cookies and similar technologies to provide you with a better experience.

By accepting all cookies, you agree to our use of cookies to deliver and maintain our services.

For more information, please see our Cookie Notice and our Privacy Policy.

Accept all
Reject optional cookies
r/BikeToWorkCrew
Search Reddit
Log In
r/BikeToWorkCrew
Posted by
u/pedal_and_paperwork
8 mo. ago

Finally convinced my office to install a bike room

Two years ago our building had exactly four bike hooks in the underground garage, next to the bins, and they were always taken.

Count people before you ask. I put a simple poll in the company chat asking who would ride at least once a week.

1.4k
21 comments
Share
Save
"""
    doc = read(page).document
    assert (doc.title, doc.author) == (
        "Finally convinced my office to install a bike room",
        "pedal_and_paperwork",
    )
    assert [p[:20] for p in body(doc)] == ["Two years ago our bu", "Count people before "]
    assert "cookie" not in doc.text.lower()


OLD_REDDIT_FLAT = """jump to content
my subreddits
AskUK
comments
a community for 13 years
MODERATORS
message the mods
Welcome to Reddit,
the front page of the internet.
Become a Redditor
and join one of thousands of communities.
×
204
205
206
Neighbour's leylandii is 4m tall and blocks all afternoon sun from our veg patch. What can I actually do? (self.AskUK)
submitted 2 years ago by hedgeproblems_pete
The neighbours on that side have a row of leylandii along the boundary that I'd guess is about 4m tall, maybe more.

From about 1pm onwards the whole veg patch is in shade and the courgettes are sulking.
23 commentsshare save hide report
all 23 comments
sorted by: best
[–]marrowgrower_jen 188 points 2 years ago
Look up "high hedge complaint" on your council's website.
permalinkembedsavereportreply
[–]hedgeproblems_pete[S] 41 points 2 years ago
I had no idea this existed. Thank you!
permalinkembedsaveparentreportreply
[–]SouthLondonGrower Greater London 54 points 2 years ago
Meanwhile, for this year: shade-tolerant stuff in those beds.
permalinkembedsavereportreply
"""


def test_an_old_reddit_copy_without_indents_reads_its_title_flairs_and_replies():
    # the title is marked by its "(self.AskUK)", however long; a reply says so only by the
    # "parent" glued into its buttons; a user's flair of two words is no part of the name
    doc = read(OLD_REDDIT_FLAT).document
    assert doc.title == (
        "Neighbour's leylandii is 4m tall and blocks all afternoon sun from our veg patch. "
        "What can I actually do?"
    )
    assert tree(doc) == [
        ("marrowgrower_jen", None, None),
        ("hedgeproblems_pete", None, 0),
        ("SouthLondonGrower", None, None),
    ]
    for furniture in ("Become a Redditor", "front page of the internet", "204"):
        assert furniture not in doc.text


def test_the_sidebars_created_by_line_over_the_marked_title_is_no_byline():
    # old Reddit's sidebar before the post: "created by NAME a community for 13 years" (and
    # the rules' sentences) stand over the title its "(self.AskUK)" marks
    for created in ("created by hedge_mod a community for 13 years",
                    "creado por hedge_mod un subreddit comunitario"):  # fmt: skip
        page = OLD_REDDIT_FLAT.replace(
            "a community for 13 years\n",
            "Ask anything about living in the UK: paperwork, housing, work and customs.\n\n"
            "Rules\nBe civil. No insults or personal attacks, whoever started it.\n"
            "Search before you ask: most questions have answers in the wiki already.\n"
            + created
            + "\n",
        )
        doc = read(page).document
        assert (doc.title, doc.author) == (
            "Neighbour's leylandii is 4m tall and blocks all afternoon sun from our veg "
            "patch. What can I actually do?",
            "hedgeproblems_pete",
        ), created


def test_a_comment_deleted_by_its_user_is_no_comment_in_any_language():
    for deleted in ("Comment deleted by user", "Commentaire supprimé par l'utilisateur",
                    "Comentario eliminado por el usuario", "Kommentar vom Nutzer gelöscht",
                    "Comentário excluído pelo usuário", "Reactie verwijderd door de gebruiker"):  # fmt: skip
        doc = read(
            NIGHT_BUSES + "Avatar\nRhona Cairns • 2 years ago\n\n"
            "I work late shifts and have been paying for taxis for three years.\n\n"
            f"△ 23 ▽ • Reply • Share ›\n\nAvatar\nGuest • 2 years ago\n\n{deleted}\n\n"
            "△ ▽ • Reply • Share ›\n"
        ).document
        assert [c.author for c in doc.comments] == ["Rhona Cairns"], deleted


def test_a_meta_row_copied_without_its_separators_gives_date_writer_and_count():
    # the category at the row's end is an entry of the menu above: no part of the name
    page = """Officina di Casa

    Home
    Guide
    Elettrodomestici
    Mobili e legno
    Contatti

Ho riparato la macchina del caffè del nonno

9 marzo 2024 Lorenzo Pagliarini Elettrodomestici 2 Commenti
La macchina del nonno Aldo è rimasta ferma in cantina per quasi quindici anni, e ora fa di nuovo il caffè.

Il primo caffè è uscito amaro e bruciato, il secondo accettabile, il decimo buonissimo.
"""
    doc = read(page).document
    assert doc.title == "Ho riparato la macchina del caffè del nonno"
    assert (doc.author, doc.published, doc.comments_declared) == (
        "Lorenzo Pagliarini",
        "2024-03-09",
        2,
    )
    assert len(body(doc)) == 2


# a French blog's post over its end: the page's name, its menu, the title, two paragraphs
CHAIR_POST = """Paille & Canne

Rempaillage, cannage et sièges anciens en Berry

    Accueil
    Le blog
    Contact

Rempailler une chaise : les erreurs des débutants

Depuis dix ans que j'anime des stages de rempaillage, je vois revenir les mêmes erreurs chez presque tous les débutants.

Le prochain stage aura lieu les 14 et 15 décembre à l'atelier, il reste trois places.
"""


def test_an_entry_footer_as_long_as_a_sentence_names_the_writer_and_the_last_question_stays():
    page = (
        "Aller au contenu\n"
        + CHAIR_POST
        + """
Et vous, quelle a été votre pire erreur sur votre première chaise ?
Partager :

    Facebook
    Pinterest

Cette entrée a été publiée dans Techniques, Stages et marquée avec débutants, paille de seigle, rempaillage, le 3 novembre 2024 par Odile Ferrand.
"""
    )
    doc = read(page).document
    assert doc.title == "Rempailler une chaise : les erreurs des débutants"
    assert (doc.author, doc.published) == ("Odile Ferrand", "2024-11-03")
    assert body(doc)[-1] == "Et vous, quelle a été votre pire erreur sur votre première chaise ?"
    assert len(body(doc)) == 3


def test_a_terminal_readers_copy_its_top_bar_names_the_site_and_its_keys_are_no_comment():
    page = """┌ Hacker News ── ask ─────────────────────────────────────────────
Ask HN: Is anyone still self-hosting email for a small club?
213 points by quillfeather 9 hours ago | 187 comments

I run our own mail on a small VPS for a rowing club of 140 members, and two big providers started bouncing our newsletters this spring.

────────────────────────────────────────────────────────────────

kestrel_ops 8 hours ago [–]
We ran Postfix for a charity for eleven years and gave up last autumn.

    quillfeather [OP] 8 hours ago [–]
    That is roughly where the committee is coming from.

  … 185 more comments (press m to load)

────────────────────────────────────────────────────────────────
 q quit · r refresh · o open in browser · m more · ? help
"""
    doc = read(page).document
    assert doc.title == "Ask HN: Is anyone still self-hosting email for a small club?"
    assert (doc.site, doc.author) == ("Hacker News", "quillfeather")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("kestrel_ops", None),
        ("quillfeather", 0),
    ]
    assert texts(doc)[-1] == "That is roughly where the committee is coming from."


def test_a_text_browsers_dump_of_a_thread_its_post_wrapped_at_the_screens_width():
    # no line of the post is long enough to be a sentence alone: its paragraphs are wrapped
    post = (
        "  I had a Kobo with a cracked case sitting in a drawer for two years. The\n"
        "  screen still worked, so I pulled it out, wired it to an ESP32 and turned it\n"
        "  into a clock that shows the next high and low tide for our harbour, plus a\n"
        "  little curve for the day.\n\n"
        "  Tide predictions come from the harmonic constants published for the nearest\n"
        "  station, so it doesn't need the network after setup. It wakes every ten\n"
        "  minutes, redraws, and goes back to sleep.\n\n"
        "  The hardest part was the display driver. The panel has no documentation, and\n"
        "  I ended up reading the waveforms off a logic analyser while the original\n"
        "  firmware was running.\n\n"
    )
    page = (
        "Hacker News new | past | comments | ask | show | jobs | submit            login\n\n"
        "  Show HN: A tide clock made from a dead e-reader\n"
        "  (github.com/nkestrel)\n"
        "  188 points by nkestrel 7 hours ago | hide | past | favorite | 3 comments\n\n"
        + post
        + "  [                                                            ]\n"
        "  [add comment]\n\n"
        "  marram_grass 6 hours ago | next [–]\n\n"
        "  This is lovely. How accurate are the predictions compared to the official\n"
        "  tables? I always assumed you needed dozens of constituents to get within a\n"
        "  few minutes.\n\n"
        "  reply\n\n"
        "      nkestrel 6 hours ago | parent | next [–]\n\n"
        "      I use the 37 constituents the station publishes. Against the official\n"
        "      table the worst error was 6 minutes for time and 4 cm for height, and\n"
        "      weather does more.\n\n"
        "      reply\n\n"
        "  gannet 4 hours ago | prev [–]\n\n"
        "  Tide clocks are one of those things that make no sense until you live by\n"
        "  the sea, and then you cannot do without one. Thanks for sharing the code,\n"
        "  I will build one.\n\n"
        "  reply\n"
    )
    doc = read(page).document
    assert len(body(doc)) == 3
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("marram_grass", None),
        ("nkestrel", 0),
        ("gannet", None),
    ]


def test_a_block_themes_screen_reader_labels_and_a_list_set_in_over_the_last_words():
    page = """Sentiers & Cailloux
Randonnées et bivouacs dans les volcans d'Auvergne

    Accueil
    Randonnées
    À propos

Boucle du Puy de la Vierge-Noire : 14 km entre lacs et crêtes

    Auteur/autrice de l’article Par Élodie Marchal
    Date de l’article 3 août 2023
    Commentaires de l’article 7 commentaires

Cela faisait trois étés que cette boucle dormait dans mes favoris, et nous sommes partis à quatre un samedi de juillet.

Bon à savoir

    Comptez 5 h à 5 h 30 de marche effective, pauses non comprises.
    Les chiens doivent être tenus en laisse sur la crête.
Bref, une très belle journée, et des mollets qui s'en souviennent encore.
"""
    doc = read(page).document
    assert doc.title == "Boucle du Puy de la Vierge-Noire : 14 km entre lacs et crêtes"
    assert (doc.author, doc.published) == ("Élodie Marchal", "2023-08-03")
    assert [p.split()[0] for p in body(doc)] == ["Cela", "Bon", "Comptez", "Les", "Bref,"]


def test_a_meta_row_set_apart_by_slashes_gives_writer_and_date_not_the_categories_as_site():
    page = """Skip to content
Slack Water Workshop
Boats, wood and too many clamps
Home
Projects
About
Restoring a 1970s plywood dinghy, part 2: stripping the hull
By Tom Ashby / February 26, 2024 / Boat restoration, Projects / 22 Comments

Part 1 ended with the dinghy upside down on two trestles in the garage, and it stayed there all spring.

This post covers the least glamorous job of the whole restoration: getting fifty years of paint off the hull.
"""
    doc = read(page).document
    assert (doc.author, doc.published, doc.site) == (
        "Tom Ashby",
        "2024-02-26",
        "Slack Water Workshop",
    )
    assert doc.comments_declared == 22


@pytest.mark.parametrize(
    "row",
    [
        "Aula, Opinión / Por Marta Ibarguren / 15 de enero de 2024 / 18 comentarios",
        "Aula, Opinión · Por Marta Ibarguren · 15 de enero de 2024 · 18 comentarios",
        "Opinión | Por Marta Ibarguren | 15 de enero de 2024",
    ],
)
def test_a_meta_row_opening_with_its_categories_names_the_writer_its_byline_word_opens(row):
    # the categories before "Por NAME" are the post's, not its writer (Astra sets them so)
    page = f"""La pizarra de Marta
Apuntes de una maestra de pueblo

Por qué he dejado de mandar deberes en 4.º de Primaria
{row}

Este curso he tomado una decisión que en el claustro levantó alguna ceja: mis alumnos no llevan deberes a casa.

No lo he hecho por moda ni porque lo diga ningún estudio que haya leído en redes.
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Marta Ibarguren", "2024-01-15")
    assert body(doc)[0].startswith("Este curso")


def test_a_menu_item_repeated_over_the_title_and_a_meta_row_whose_count_is_a_cell_apart():
    # "Diario del huerto", a menu's item, again over the title: the post's category; "27
    # junio, 2024 Nuria Ballester<tab>10 comentarios": the date, the writer, the count
    page = (
        "Huerto Escolar Las Acacias\nUn proyecto del CEIP Las Acacias\n\nInicio\nEl proyecto\n"
        "Diario del huerto\nRecetas de temporada\nContacto\nMenú\nDiario del huerto\n"
        "El huerto del CEIP Las Acacias: balance de nuestro primer curso\n"
        "27 junio, 2024 Nuria Ballester\t10 comentarios\n\n"
        "Ya han terminado las clases y toca hacer balance. Hace nueve meses, el huerto era un"
        " rincón del patio lleno de grava.\n\n"
        "Queremos dar las gracias a todas las personas que lo han hecho posible.\n"
    )
    doc = read(page).document
    assert doc.title == "El huerto del CEIP Las Acacias: balance de nuestro primer curso"
    assert (doc.author, doc.published, doc.comments_declared) == (
        "Nuria Ballester",
        "2024-06-27",
        10,
    )
    assert body(doc)[0].startswith("Ya han terminado")


def test_a_phones_byline_word_over_the_name_over_the_role_is_no_title():
    page = """Kestrel Valley Gazette
Menu
Search
Sign in
NewsLocal News
Ferry between Ardlow Point and Skerrin Isle to return after £2.1m pier repair
The crossing has been suspended since storm damage in November 2022
Bookmark
Share
Comments
News
By
Tom Ashworth
Local Democracy Reporter
09:14, 4 Feb 2024
Updated 11:02, 4 Feb 2024
The pier at Ardlow Point, which was damaged during Storm Morag (Image: Kestrel Valley Gazette)

A ferry link between Ardlow Point and Skerrin Isle is set to resume this spring, more than a year after storm damage.

Councillors on the county's transport committee on Thursday approved a £2.1 million repair of the pier.
"""
    doc = read(page).document
    assert doc.title.startswith("Ferry between Ardlow Point")
    assert (doc.author, doc.published) == ("Tom Ashworth", "2024-02-04")
    assert body(doc)[0].startswith("A ferry link")


def test_a_phones_update_line_under_the_bylines_date_is_no_paragraph():
    page = """El mercado de abastos reabre tras dos años de obras con 18 puestos nuevos
El Ayuntamiento prevé que el espacio gastronómico de la planta alta abra en primavera.

Ana Belén Quirós

Puebla de Arenales

15/11/2024 20:10
Actualizada 16/11/2024 09:45
Compartir en Facebook
Compartir en WhatsApp
Después de dos años de obras, andamios y puestos provisionales, el mercado de abastos reabrió el viernes.

La reforma, que ha costado 3,2 millones de euros, ha mantenido la fachada de ladrillo.
"""
    doc = read(page).document
    assert (doc.author, doc.published) == ("Ana Belén Quirós", "2024-11-15")
    assert body(doc)[0].startswith("Después de dos años")


def test_an_entry_footer_longer_than_a_short_line_alone_in_its_block_names_the_writer():
    page = (
        CHAIR_POST
        + """
Cette entrée a été publiée dans Techniques, Stages, Conseils et marquée avec débutants, paille de seigle, rempaillage, chaises anciennes, le 3 novembre 2024 par Odile Ferrand.
"""
    )
    doc = read(page).document
    assert (doc.author, doc.published) == ("Odile Ferrand", "2024-11-03")
    assert len(body(doc)) == 2


# -- a table of contents; wpDiscuz with the blog's own account ----------------------------------

RUCHER = """Le Rucher du Coteau

Carnet d’un apiculteur amateur dans le Gers

    Accueil
    Contact

Visite de printemps : mes quatre ruches après un hiver doux

Publié le 22 mars 2024 par Le Rucher du Coteau

Sommaire

    Ce que j’ai observé
    Et maintenant

Premier vrai jour de soleil ce week-end : j’ai enfin pu ouvrir les ruches pour la visite.

[Photo : cadre de couvain de la ruche jaune]
Ce que j’ai observé

L’hiver a été si doux que les reines n’ont quasiment pas arrêté de pondre cette année.

Et maintenant

Je vais attendre dix jours et refaire un contrôle avant de décider quoi que ce soit.

3 Commentaires
Josiane R.
Il y a 1 année

Même constat chez moi en Dordogne : consommation énorme cet hiver, une colonie perdue.

0
Répondre
Le Rucher du Coteau
Répondre à  Josiane R.
Il y a 1 année

Désolé pour votre colonie, Josiane. Avez-vous pesé vos ruches pendant l’hiver ?

0
Répondre
Josiane R.
Répondre à  Le Rucher du Coteau
Il y a 1 année

Non, je soupèse à l’arrière, à l’ancienne. Ça ne suffit plus avec ces hivers-là.

0
Répondre
"""


def test_a_table_of_contents_goes_and_the_subheadings_it_lists_stay():
    parse = read(RUCHER)
    assert body(parse.document) == [
        "Premier vrai jour de soleil ce week-end : j’ai enfin pu ouvrir les ruches pour la visite.",
        "Ce que j’ai observé",  # (run on under a picture's words: a subheading all the same)
        "L’hiver a été si doux que les reines n’ont quasiment pas arrêté de pondre cette année.",
        "Et maintenant",
        "Je vais attendre dix jours et refaire un contrôle avant de décider quoi que ce soit.",
    ]
    assert dropped(parse)["Sommaire"] == "table of contents"
    labels = {
        "en": "Table of Contents",
        "de": "Inhalt [Ausblenden]",
        "es": "Índice de contenidos",
        "it": "Indice",
        "pt": "Sumário",
        "nl": "Inhoudsopgave",
    }
    for language, label in labels.items():
        doc = read(RUCHER.replace("Sommaire", label)).document
        assert body(doc)[0].startswith("Premier vrai jour"), language


def test_a_list_under_a_contents_label_stays_unless_every_item_comes_again():
    # (a README's "Contents" whose items are not all headings further down)
    parse = read(RUCHER.replace("    Et maintenant\n", "    Nos projets pour l’été\n"))
    assert body(parse.document)[:3] == ["Sommaire", "Ce que j’ai observé", "Nos projets pour l’été"]


def test_a_commenter_named_as_the_blog_is_read_over_whom_it_answers_and_the_date():
    # wpDiscuz: the name, "Répondre à  NAME", the date; the blog's own account replies
    doc = read(RUCHER).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Josiane R.", None),
        ("Le Rucher du Coteau", 0),
        ("Josiane R.", 1),
    ]
    assert texts(doc)[1] == (
        "Désolé pour votre colonie, Josiane. Avez-vous pesé vos ruches pendant l’hiver ?"
    )


def test_the_entrys_footer_under_its_related_posts_gives_the_byline():
    # Twenty Twenty-One's footer after Jetpack's related posts: "Published DATE by NAME"
    for related, byline, labels in (
        ("Related", "Published May 21, 2024 by Jens Hollmann",
         "Categorized as Registration\nTagged meters, grid"),
        ("Ähnliche Beiträge", "Veröffentlicht am 21. Mai 2024 von Jens Hollmann",
         "Kategorisiert als Anmeldung\nSchlagwörter: Zähler, Netz"),
    ):  # fmt: skip
        page = (
            "Balcony Watts\n\nMy odyssey with the meter register\n\n"
            "Since last summer two panels hang on my balcony, and since last summer I have put "
            "off registering them.\n\nIn the end it took an evening and two phone calls.\n\n"
            f"{related}\n\nInverters with 800 watts: what changes now\n4 February 2024\n"
            "In “Technology”\n\nIs a battery worth it? My figures after a year\n9 April 2024\n"
            f"In “Storage”\n\n{byline}\n{labels}\n\n2 thoughts on “My odyssey”\n\n"
            "Ursula Pfeiffer says:\nMay 21, 2024 at 7:04 pm\n\nThanks, this helps a lot.\n"
        )
        doc = read(page).document
        assert (doc.author, doc.published) == ("Jens Hollmann", "2024-05-21"), related
        assert [c.author for c in doc.comments] == ["Ursula Pfeiffer"], related


def test_a_numbered_contents_right_over_the_first_subheading_and_dates_over_says():
    # the list's last item is followed at once by the first subheading it lists; a page
    # whose dates head its "NAME says:" keeps each date with its comment; a comment's
    # "Node.js – …" closing the page names no site
    page = (
        "How we built the tank\n\nContents\n\n1. What we used\n2. One warning\n\n"
        "1. What we used\n\nA reclaimed 1,000-litre container that a neighbour rescued from a "
        "dairy, rinsed three times.\n\n2. One warning\n\nPut a lid on it, or the tank fills "
        "with leaves and worse within a week.\n\n3 thoughts on “How we built the tank”\n\n"
        "June 18, 2022 at 9:14 pm\nBrenda Collis says:\n\nLovely job, we did the same.\n\n"
        "June 19, 2022 at 7:02 am\nDev Ramaswamy says:\n\nHow did you stop the mosquitoes?\n\n"
        "June 20, 2022 at 6:40 pm\nMaggie Thornbury says:\n\n"
        "Node.js – a small script that reads the old export and writes the pages.\n"
    )
    parse = read(page)
    doc = parse.document
    assert body(doc)[:2] == ["1. What we used", "A reclaimed 1,000-litre container that a "
                             "neighbour rescued from a dairy, rinsed three times."]  # fmt: skip
    assert dropped(parse)["Contents"] == "table of contents"
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Brenda Collis", "2022-06-18"),
        ("Dev Ramaswamy", "2022-06-19"),
        ("Maggie Thornbury", "2022-06-20"),
    ]
    assert doc.site is None


def test_a_breadcrumb_ending_in_the_cut_title_and_a_folding_contents_in_one_block():
    # Easy Table of Contents copied from a phone: "Sommaire" / "Toggle" / "1 Le symptôme" …
    # in one block; each subheading then with its paragraph run on under it
    page = (
        "Aller au contenu\nLe Bricoleur du Dimanche\nMenu\nRechercher\n\n"
        "Accueil » Électroménager » Lave-linge qui ne vidange plus : j’ai changé la pompe…\n\n"
        "Lave-linge qui ne vidange plus : j’ai changé la pompe moi-même pour 28 €\n\n"
        "Publié le 3 février 2024 par Thierry Gasnier\nTemps de lecture : 4 minutes\n\n"
        "Sommaire\nToggle\n1 Le symptôme\n2 Le diagnostic\n\n"
        "Un dimanche matin, en plein milieu d’un cycle, notre lave-linge s’est arrêté avec le "
        "tambour plein d’eau.\n\nLe symptôme\nLa machine lavait normalement, mais refusait de "
        "vidanger.\n\nLe diagnostic\nJ’ai d’abord vidé l’eau par la petite trappe en bas à "
        "droite.\n"
    )
    parse = read(page)
    doc = parse.document
    assert (doc.title, doc.site) == (
        "Lave-linge qui ne vidange plus : j’ai changé la pompe moi-même pour 28 €",
        "Le Bricoleur du Dimanche",
    )
    assert [p.split()[0] for p in body(doc)] == ["Un", "Le", "La", "Le", "J’ai"]
    assert dropped(parse)["Toggle"] == "table of contents"


def test_a_news_heads_byline_block_and_a_subheading_under_the_date_are_no_blog_menu():
    # (a block of short lines, a name and a role, is no blog's menu; "Roe v. Wade" no name)
    page = (
        "Council approves new cycle lanes\nThree routes will link the station, the hospital "
        "and the schools by 2026, the council said.\n\nJane Miller\nTransport reporter\n\n"
        "12 March 2024\n\nA long road to approval\n\nThe plans were first proposed in 2019 and "
        "have been redrawn twice since then after public consultations.\n\nWork on the first "
        "route starts in May and will take about six months, weather permitting.\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author, doc.site) == (
        "Council approves new cycle lanes",
        "Jane Miller",
        None,
    )
    doc = read(page.replace("Jane Miller\nTransport reporter\n\n", "")).document
    assert (doc.title, doc.site) == ("Council approves new cycle lanes", None)
    reader = read("Roe v. Wade\n\nThe ruling was handed down in January 1973.\n").document
    assert reader.title == "Roe v. Wade" and reader.author is None


def test_a_tablet_copy_without_blank_lines_keeps_its_headline_under_the_kicker_and_its_subheads():
    # a paper's page copied on a tablet: one line a block, no blank line anywhere; a kicker
    # over the headline, a summary, the writer over their place over the date, an audio
    # player, and a photo's caption over its credit in initials
    page = (
        "Menú\nEl Faro del Valle\nSuscríbete\nVillaseca del Río\n"
        "La piscina municipal de Villaseca abrirá en julio tras dos años cerrada por obras\n"
        "El Ayuntamiento ha invertido 900.000 euros en el vaso, los vestuarios y la depuradora\n"
        "Marta Llorente\nVillaseca del Río\nLunes, 3 de junio 2024, 08:15\n"
        "Escucha la noticia\n00:00 / 02:48\n1x\n"
        "La piscina municipal de Villaseca del Río volverá a abrir sus puertas el 1 de julio, "
        "después de dos veranos cerrada por unas obras que se alargaron más de lo previsto.\n"
        "El concejal de Deportes explicó ayer que el nuevo vaso es algo más profundo y que los "
        "vestuarios se han adaptado para personas con movilidad reducida.\n"
        "Los operarios, en el vaso de la piscina, el pasado viernes.\nR. C.\n"
        "Nuevos horarios\n"
        "La instalación abrirá de once de la mañana a ocho de la tarde todos los días de la "
        "semana, también los festivos, hasta el 15 de septiembre.\n"
    )
    parse = read(page)
    doc = parse.document
    assert (doc.title, doc.site, doc.author, doc.published) == (
        "La piscina municipal de Villaseca abrirá en julio tras dos años cerrada por obras",
        "El Faro del Valle",
        "Marta Llorente",
        "2024-06-03",
    )
    assert [p.split()[0] for p in body(doc)] == ["La", "El", "Nuevos", "La"]
    assert dropped(parse)["R. C."] == "caption"


def test_a_newsletters_name_over_its_buttons_is_the_site_and_the_headline_under_them_the_title():
    page = (
        "The Lighthouse Letter\nSubscribe\nSign in\n"
        "Why the harbour light went dark for a week\n"
        "A broken relay, a missing part and a very patient keeper.\n"
        "Ruth Pengelly\nApr 12, 2024\n\n"
        "The light on the east pier failed on a Monday night and stayed dark until the "
        "following Sunday, the longest outage since it was built.\n\n"
        "The keeper, who has looked after it for nineteen years, said the relay had never "
        "given trouble before.\n"
    )
    doc = read(page).document
    assert (doc.title, doc.site, doc.author, doc.published) == (
        "Why the harbour light went dark for a week",
        "The Lighthouse Letter",
        "Ruth Pengelly",
        "2024-04-12",
    )
    assert [p.split()[0] for p in body(doc)] == ["The", "The"]


def test_medium_responses_copied_give_the_name_a_blank_line_over_its_date():
    page = (
        "Abrir no app\n\nCadastre-se\n\nEntrar\n\n"
        "Por que a feira do bairro mudou de rua\n\n"
        "A prefeitura fechou a praça para obras e a feira foi parar duas quadras abaixo, onde "
        "ninguém a encontra nas manhãs de sábado.\n\n"
        "Os feirantes dizem que as vendas caíram pela metade desde março.\n\n"
        "Respostas (2)\n\nO que você achou?\n\n"
        "Camilo Régis\n\n3 de mar. de 2024\n\nMoro ao lado da praça e senti a diferença.\n\n12\n\n"
        "Responder\n\n"
        "Renata Baggio\n\n4 de mar. de 2024\n\nA feira precisa de uma placa na esquina.\n\n"
        "Responder\n"
    )
    doc = read(page).document
    assert tree(doc) == [
        ("Camilo Régis", "2024-03-03", None),
        ("Renata Baggio", "2024-03-04", None),
    ]
    assert texts(doc) == [
        "Moro ao lado da praça e senti a diferença.",
        "A feira precisa de uma placa na esquina.",
    ]
    assert "achou" not in doc.text and "Abrir no app" not in doc.text


def test_a_medium_post_copied_whole_gives_its_byline_parts_and_leaves_its_foot_out():
    # the byline's parts a line each ("Marina Arruda" / "·" / "Follow" / "Published in" /
    # the publication / "8 min read" / the date), the summary under the title, and under the
    # article its tags, counts and the publication's and writer's boxes
    page = (Path(__file__).parent / "data" / "medium-copy-en.txt").read_text(encoding="utf-8")
    doc = read(page).document
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Why the bike lane on Elm Avenue is empty (and it is not the cyclists' fault)",
        "Marina Arruda",
        "City Works",
        "2024-03-03",
    )
    assert [p.split()[0] for p in body(doc)] == ["Last", "It", "What", "Between", "The"]
    assert tree(doc) == [("Camilo Reis", "2024-03-03", None), ("Renata Baggio", "2024-03-04", None)]


def test_new_reddit_users_flair_under_the_name_and_the_count_over_comments():
    # "NAME" / flair / "· 4 mo. ago" (the dot alone on its line too), and the post's
    # "142" / "Comments" over its buttons; a comment's votes over "Reply" are no count
    page = (
        "r/NarrowboatLife\nPosted by\nu/kettle_and_tiller\n4 days ago\n\n"
        "Re-blacked the hull ourselves for the first time\nMaintenance\n\n"
        "We booked the slipway for a week and did the blacking ourselves this year.\n\n"
        "142\nComments\nAward\nShare\nSave\n\nSort By: Best\n\n"
        "level 1\nWaterways_Wendy\nLiveaboard since 2016\n·\n4 days ago\n\n"
        "Great write-up, and those numbers are about what we paid.\n\n58\nReply\nShare\n\n"
        "level 2\nkettle_and_tillerOP\n·\n4 days ago\n\nGood shout, we will next time.\n\n"
        "12\nReply\nShare\n\n"
        "level 1\nOld_Lock_Keeper\nEx-boatyard · 30 years\n· 3 days ago · edited 2 days ago\n\n"
        "Check the anodes while she is out.\n\n9\nReply\nShare\n\n"
        "level 1\ncrumb_theory\n· 2 days ago\nBoat Nerd\n\n"
        "A few things stack up with steel hulls, and they all push the same way.\n\n4\nReply\n"
    )
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Waterways_Wendy", None),
        ("kettle_and_tiller", 0),
        ("Old_Lock_Keeper", None),
        ("crumb_theory", None),  # (its flair under the age: "Boat Nerd")
    ]
    assert texts(doc)[0] == "Great write-up, and those numbers are about what we paid."
    assert texts(doc)[3].startswith("A few things")
    assert doc.comments_declared == 142
    assert "Liveaboard" not in doc.text and "Ex-boatyard" not in doc.text


def test_a_french_blogger_copy_its_share_row_run_together_and_a_comment_opening_with_a_greeting():
    page = (
        "Carnets de Saint-Aubert\n\nsamedi 2 mars 2024\nLe lavoir remis en eau\n\n"
        "Depuis samedi, l'eau coule de nouveau dans le lavoir de la rue Basse, grâce aux "
        "bénévoles de l'association.\n\n"
        "Le lavoir date de 1867 et a servi jusqu'aux années soixante.\n\n"
        "Publié par Hélène Caradec à 18:40\n"
        "Envoyer par e-mailBlogThis!Partager sur XPartager sur FacebookPartager sur Pinterest\n"
        "Libellés : patrimoine, promenades\n2 commentaires :\n\n"
        "Jean-Paul R. a dit…\nBravo aux bénévoles, ça fait chaud au cœur.\n\n6 mars 2024 à 21:15\n"
        "Maryvonne Le Du a dit…\nBonsoir Hélène,\n\n"
        "La journée de nettoyage du 13 avril est ouverte à tous.\n\n10 mars 2024 à 22:03\n"
        "Enregistrer un commentaire\n"
    )
    doc = read(page).document
    assert body(doc) == [
        "Depuis samedi, l'eau coule de nouveau dans le lavoir de la rue Basse, grâce aux "
        "bénévoles de l'association.",
        "Le lavoir date de 1867 et a servi jusqu'aux années soixante.",
    ]
    assert tree(doc) == [
        ("Jean-Paul R.", "2024-03-06", None),
        ("Maryvonne Le Du", "2024-03-10", None),
    ]
    assert texts(doc)[1].startswith("Bonsoir Hélène,\n\nLa journée")
    assert doc.comments_declared == 2 and "BlogThis" not in doc.text


def test_a_comment_count_over_the_photo_and_the_article_is_a_link_not_the_comments():
    page = (
        "L’Écho du Val\n\nCommerce\n"
        "Saint-Aurin : le marché couvert rouvrira en septembre\n\n"
        "Après dix-huit mois de travaux, la halle doit accueillir de nouveau commerçants et "
        "clients à la rentrée. Mais la moitié des étals manquera.\n\n"
        "Par Clémence Laffitte\nPublié le 14/05/2024 à 08h02\n\n"
        "Partager\nFacebook\nE-mail\n\n2 commentaires\n\n"
        "La halle du Foirail, en travaux depuis novembre 2022. Photo Émile Roux\n\n"
        "C’est désormais officiel : la halle du Foirail rouvrira ses portes le samedi 7 "
        "septembre, a annoncé la mairie.\n\n"
        "Le nombre d’étals, en revanche, a fondu : onze commerçants seulement reviennent.\n\n"
        "La mairie défend une hausse des loyers « qui reste raisonnable » pour financer les "
        "travaux.\n\n"
        "Réagir\n\nAurinois63\n14/05/2024 à 09h12\n\n"
        "Enfin une bonne nouvelle pour le centre-ville.\n\nRépondre\nSignaler\n\n"
        "marchande_4_saisons\n14/05/2024 à 09h40\n\n"
        "Je ne reviendrai pas, et ce n’est pas de gaieté de cœur.\n\nRépondre\nSignaler\n"
    )
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)][-3:] == ["C’est", "Le", "La"]
    assert [c.author for c in doc.comments] == ["Aurinois63", "marchande_4_saisons"]
    assert doc.comments_declared == 2 and "Photo Émile Roux" not in doc.text


def test_a_subheading_that_reads_like_a_link_back_does_not_end_the_article():
    # "Back to basics" over a paragraph is the article's; "Back to Blog" over the page's
    # furniture still ends it
    article = (
        "Why I sold my e-bike\n\nBy Ann Lee\n\n"
        "Two years ago I bought an electric bike, after a long time of doubting whether I"
        " needed one at all.\n\n{heading}\n\n"
        "My new bike is a second-hand town bike with eight gears, and I have not missed the"
        " battery once.\n\n"
        "It takes ten minutes longer, but I enjoy the ride again, even when the wind blows.\n"
    )
    doc = read(article.format(heading="Back to basics")).document
    assert body(doc)[1] == "Back to basics"
    assert len(body(doc)) == 4
    for heading in ("Terug naar spierkracht", "Zurück zur Natur", "Volver a empezar"):
        assert body(read(article.format(heading=heading)).document)[1] == heading
    doc = read(
        "Why I sold my e-bike\n\nBy Ann Lee\n\n"
        "Two years ago I bought an electric bike, after a long time of doubting.\n\n"
        "Back to Blog\n\nOlder posts\nAbout\nContact\n"
    ).document
    assert body(doc) == ["Two years ago I bought an electric bike, after a long time of doubting."]


def test_a_subheading_run_on_under_a_one_line_paragraph_and_a_themes_terms_footer():
    doc = read(
        "Cosa fare nell’orto a novembre\n\nDi Lucia Ferri\n\n"
        "Con le prime nebbie l’orto sembra entrare in letargo, ma è proprio adesso che si"
        " decide buona parte del raccolto della prossima primavera.\n"
        "I lavori d’autunno\n\n"
        "Togliere le piante esaurite, con tutte le radici, e portare quelle sane al compost.\n"
    ).document
    assert body(doc)[1] == "I lavori d’autunno"
    doc = read(
        "Dielen schleifen: meine Bilanz\n\nVon Jan Roth\n\n"
        "Im August haben wir das Haus übernommen, und die Dielen waren das erste Projekt.\n\n"
        "Kategorien Boden & Wände Schlagwörter Dielen, Hartwachsöl, Schleifen\n"
    ).document
    assert len(body(doc)) == 1


def test_old_reddit_a_long_marked_title_under_the_sidebar_and_an_edited_posts_byline():
    title = (
        "Our town is cutting the Sunday ferry in June and I rode every crossing for a month"
        " to count who still uses it, so here is what I found"
    )
    assert len(f"{title} (self.FerryTowns)") > 150
    page = (
        "jump to content\nFerryTowns\ncomments\n"
        "this post was submitted on\n05 May 2024\n88 points (96% upvoted)\n"
        "A place for people who ride small ferries and the folk who run them.\n"
        "Rules\nBe civil.\ncreated by slow_tide a community for 6 years\n"
        f"{title} (self.FerryTowns)\n"
        "submitted 4 days ago * by quay_walker\n"
        "The harbour board voted last week to drop all Sunday crossings from June.\n"
        "I counted 412 passengers over four Sundays, mostly nurses and weekend workers.\n"
        "14 comments\n"
        "[–][deleted] 4 days ago \n"
        "This comment was removed by its author's own hand a long while ago.\n"
        "permalink\nsave\nreport\nreply\n"
    )
    doc = read(page).document
    assert doc.title == title
    assert doc.author == "quay_walker"
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["The", "I"]
    assert [c.author for c in doc.comments] == ["[deleted]"]


# -- Blogger's date header over a title that reads as a sentence ------------------------------

BLOGGER_DATED = """Il cestino di Nora
Ricami, orti e chiacchiere dalla Lomellina
sabato 9 marzo 2024
Il grembiule a punto croce per la zia Pina: finito!
Ci ho messo quasi due mesi, una sera sì e una no, ma il grembiule per la zia Pina è pronto e già piegato nella carta velina.

Ho usato una tela aida da 14 e un filo di cotone rosso scuro, con un bordo di fiorellini che ho disegnato io su un foglio a quadretti.

Un abbraccio, Nora
Pubblicato da Nora alle 18:20
Invia tramite email
Condividi su Facebook

Etichette: ricamo, regali
3 commenti:

Carla ha detto...
Che bello! La zia sarà felicissima, i fiorellini sono deliziosi.

9 marzo 2024 alle ore 20:11
Elimina
Lidia - Il Filo di Lidia ha detto...
Brava Nora, il rosso scuro sulla tela chiara rende moltissimo.

10 marzo 2024 alle ore 08:45
Elimina
Il salotto di Bice ha detto...
Ciao Nora, ti ho lasciato un premio sul mio blog, passa a ritirarlo quando vuoi!

10 marzo 2024 alle ore 22:14
Elimina
Posta un commento
"""


def test_blogger_a_title_under_the_date_header_a_signed_closing_and_a_name_with_its_blog():
    parse = read(BLOGGER_DATED)
    doc = parse.document
    assert (doc.title, doc.site) == (
        "Il grembiule a punto croce per la zia Pina: finito!",
        "Il cestino di Nora",
    )
    # the post's sign-off over Blogger's trailer is its last paragraph
    assert body(doc)[0].startswith("Ci ho messo") and body(doc)[-1] == "Un abbraccio, Nora"
    # a commenter named with their blog after a dash (a dash alone is no word of a sentence),
    # or by their blog's name alone, whose blog it is after a word or two
    assert tree(doc) == [
        ("Carla", "2024-03-09", None),
        ("Lidia - Il Filo di Lidia", "2024-03-10", None),
        ("Il salotto di Bice", "2024-03-10", None),
    ]


def test_a_post_s_categories_run_on_under_its_byline_are_no_paragraph():
    page = """La Despensa de Julia
Menú
Inicio
Conservas
Panes y masas
Sobre mí
Mermelada de naranja amarga como la hacía mi tía
Publicado el 2 de febrero de 2024 por Julia Arranz
Conservas, Invierno
Cada enero mi tía Remedios compraba dos cajas de naranjas amargas en el mercado y pasaba un fin de semana entero cortando cáscaras finas como hilos.

Esta es su receta, con las medidas que ella decía "a ojo" pasadas a gramos para que os salga a la primera.
"""
    parse = read(page)
    assert body(parse.document)[0].startswith("Cada enero")
    assert "Conservas, Invierno" in dropped(parse)
    # (categories of a few words each, over the count of comments)
    three = page.replace(
        "Conservas, Invierno\n", "Conservas, Recetas de la abuela\n3 comentarios\n"
    )
    assert "Conservas, Recetas de la abuela" in dropped(read(three))
    # (a place under a byline, in no menu, is not taken for categories)
    placed = page.replace("Conservas, Invierno", "Valdeolmos, Madrid")
    assert "Valdeolmos, Madrid" not in dropped(read(placed))


NEWS_NONE_YET = """Pular para o conteúdo
Gazeta da Serra
Assine
Menu
Cidades
Esportes
Cidades
Ribeirão Claro ganha ciclovia na avenida do lago
Obra de 4 km liga o centro ao parque municipal e deve ficar pronta em setembro, segundo a prefeitura; custo estimado é de R$ 2,1 milhões
Por Marina Lobato — Ribeirão Claro
02/06/2024 09h15
Compartilhar no WhatsApp
A prefeitura de Ribeirão Claro assinou nesta segunda-feira a ordem de serviço para a ciclovia da avenida do lago, uma obra de 4 quilômetros que vai ligar o centro ao parque municipal.

Segundo a secretaria de Obras, o trecho terá iluminação própria e três travessias elevadas, com custo estimado de R$ 2,1 milhões.

Tópicos
ciclovia
Marina Lobato
Repórter de Cidades. Cobre obras, trânsito e serviços públicos na região da serra desde 2020.
Comentários
Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.
0 comentários
Seja o primeiro a comentar
Mais lidas
1
Feira de inverno começa na sexta com 80 expositores
Veja também
Esportes
Time da casa vence o clássico e volta ao G4
há 3 horas
Gazeta da Serra
Quem somos
Expediente
Fale conosco
© 2024 Gazeta da Serra. Todos os direitos reservados.
"""


def test_a_news_copy_s_byline_place_the_writer_s_bio_and_a_comment_section_with_none_yet():
    parse = read(NEWS_NONE_YET)
    doc = parse.document
    # the place after the byline's name is named in the title: the site is the page's name,
    # which its copyright line names
    assert (doc.author, doc.site) == ("Marina Lobato", "Gazeta da Serra")
    assert [p[:20] for p in body(doc)] == ["A prefeitura de Ribe", "Segundo a secretaria"]
    # "0 comentários" over "Seja o primeiro a comentar": the most-read list and the footer
    # under them are no comment
    assert not doc.comments and doc.comments_declared == 0


def test_a_forum_s_trail_over_its_name_is_not_the_site():
    page = """FAQ
Registreren
Inloggen
Forumindex ‹ Moestuin ‹ Fruitbomen en kleinfruit in de tuin
Fruittelersforum
Voor en door liefhebbers

Appelboom draagt om het jaar
Plaats reactie
8 berichten • Pagina 1 van 1
boomgaard_piet
Berichten: 88
Appelboom draagt om het jaar
Bericht door boomgaard_piet » ma 13 mei 2024, 21:17

Mijn Goudrenet geeft het ene jaar kilo's appels en het volgende jaar bijna niets. Ik heb al eens gehoord dat dunnen helpt, maar hoe doe je dat precies en wanneer?
"""
    doc = read(page).document
    assert (doc.title, doc.site) == ("Appelboom draagt om het jaar", "Fruittelersforum")


def test_items_without_bullets_under_their_announcement_are_a_paragraph_each():
    page = """How I rebuilt the garden bench

My neighbour left an oak bench out for the bin men last autumn, and I could not let it go.

What it took, in the end:

Took the old slats off and soaked the rusted bolts overnight in penetrating oil (the first bolt snapped, so I waited a day for the rest)
Cut four new slats from a reclaimed oak floorboard, since the old ones were soft and grey at both ends where the rain sat
Two coats of linseed oil a week apart in the shed, with a rag and far more patience than I thought I had in me

It now sits under the apple tree, and the neighbour has asked twice whether he may have it back.
"""
    paragraphs = body(read(page).document)
    assert [p[:12] for p in paragraphs] == [
        "My neighbour",
        "What it took",
        "Took the old",
        "Cut four new",
        "Two coats of",
        "It now sits ",
    ]
    # (a paragraph the copy wrapped goes on in small letters and ends a sentence: one)
    wrapped = page.replace(
        "Took the old slats off and soaked the rusted bolts overnight in penetrating oil (the"
        " first bolt snapped, so I waited a day for the rest)\n"
        "Cut four new slats from a reclaimed oak floorboard, since the old ones were soft and"
        " grey at both ends where the rain sat\n"
        "Two coats of linseed oil a week apart in the shed, with a rag and far more patience"
        " than I thought I had in me\n",
        "Took the old slats off, soaked the rusted bolts overnight in\n"
        "penetrating oil and cut four new slats from a reclaimed\n"
        "floorboard, then gave it two coats of linseed oil.\n",
    )
    assert len(body(read(wrapped).document)) == 4


def test_a_donation_box_under_the_article_is_no_paragraph():
    page = """La Roue Verte

Un été à vélo le long du canal

Par Lise Martin

Nous avons roulé six semaines le long du canal, de Sète à Toulouse, avec deux sacoches et une tente trop lourde.

Le plus beau tronçon reste celui des écluses de Fonserannes, au lever du jour, quand les péniches dorment encore.

Mots-clés : vélo, canal, écluses

La Roue Verte est un média indépendant et sans publicité. Il ne vit que grâce à vos dons.
Je soutiens La Roue Verte
"""
    parse = read(page)
    assert [p[:12] for p in body(parse.document)] == ["Nous avons r", "Le plus beau"]


PHONE_INITIALS = """Menü
Talbote
Startseite›Lokales›Mühlbach
Mühlbach: Das Freibad sucht Rettungsschwimmer für den Sommer
Ohne zusätzliche Aufsicht kann das Bad nur an vier Tagen in der Woche öffnen. Der Förderverein bittet um Hilfe.
KW
Karin Wendler
14.05.2024, 06:00 Uhr
Kommentare (3)
Leer im Mai: Das Becken des Freibads am Mühlbacher Sportplatz.
© Karin Wendler
Mühlbach. Am Montagmorgen liegt das Becken noch still, die Liegewiese ist frisch gemäht, und der Förderverein zählt die Namen auf seiner Liste.
Seit dem Winter haben zwei der fünf Rettungsschwimmer aufgehört, einer ist weggezogen, die andere studiert inzwischen in Leipzig.
„Mit drei Leuten können wir nicht jeden Tag öffnen“, sagt die Vorsitzende des Fördervereins, die selbst seit zwanzig Jahren am Beckenrand sitzt.
Lesen Sie auch
Kreistag beschließt neue Gebühren für die Musikschule ab Herbst
Anzeige
Was die Helfer brauchen
Wer mithelfen will, braucht das Rettungsschwimmabzeichen in Silber, das der Verein im Hallenbad der Kreisstadt an zwei Wochenenden abnimmt.
Kommentare (3)
HK
Hubert K.
14.05.2024, 07:12
Ich habe das Abzeichen vor vierzig Jahren gemacht und würde es gern auffrischen.
Antworten
MS
Marion Str.
14.05.2024, 07:40
↳ Antwort an Hubert K.
Das Hallenbad bietet im Juni einen Auffrischungskurs an, ganz ohne Wartezeit.
Antworten
SB
Schwimmer_B
14.05.2024, 08:02
Gut, dass der Verein sich kümmert.
Antworten
"""


def test_a_phone_copy_s_avatar_letters_a_credited_caption_and_a_subheading_past_an_ad():
    parse = read(PHONE_INITIALS)
    doc = parse.document
    assert (doc.author, doc.published) == ("Karin Wendler", "2024-05-14")
    # the caption over its © credit, and "Anzeige" between a related headline and the next
    # subheading, are no paragraphs; the subheading is one
    assert [p[:20] for p in body(doc)] == [
        "Mühlbach. Am Montagm",
        "Seit dem Winter habe",
        "„Mit drei Leuten kön",
        "Was die Helfer brauc",
        "Wer mithelfen will, ",
    ]
    # the avatar's letters over each name ("SB" / "Schwimmer_B"), a surname cut short
    assert tree(doc) == [
        ("Hubert K.", "2024-05-14", None),
        ("Marion Str.", "2024-05-14", 0),
        ("Schwimmer_B", "2024-05-14", None),
    ]


PHONE_GLUED = """Menú

La Voz de Arlanza
Suscríbete

Arlanza
Provincia
Deportes

ARLANZA

Arlanza abrirá la piscina cubierta también los domingos desde junio

El Ayuntamiento amplía el horario tras la recogida de 1.200 firmas y contratará a dos socorristas más para cubrir los turnos del fin de semana

Marta Iglesias SanzArlanza
12/05/2025 18:45Actualizado: 13/05/2025 08:10h

Guardar
Comentar3
Compartir

La piscina cubierta de Arlanza abrirá los domingos a partir del 1 de junio. La junta de gobierno aprobó este lunes la ampliación del horario, que el club de natación y las asociaciones de vecinos pedían desde hace dos años.

El nuevo horario dominical irá de nueve de la mañana a dos de la tarde, con una calle reservada para los cursillos de los más pequeños.

Comentarios

nadadora_63
13/05/2025 09:14
Por fin. Los domingos era el único día que podía ir con mis nietos.
Me gusta11Responder

club_arlanza
13/05/2025 09:40
Gracias a todos los que firmasteis. Nos vemos el primer domingo de junio.
Me gusta7Responder
"""


def test_a_phone_copy_that_runs_the_byline_s_parts_and_the_buttons_together():
    doc = read(PHONE_GLUED).document
    # "NAMEPlace" over "DATE TIMEActualizado: DATE": the writer, the place left off
    assert (doc.author, doc.published) == ("Marta Iglesias Sanz", "2025-05-12")
    assert [p[:20] for p in body(doc)] == ["La piscina cubierta ", "El nuevo horario dom"]
    # "Me gusta11Responder": a reaction, its count and a button, no words of the comment
    assert [t[-11:] for t in texts(doc)] == ["mis nietos.", "o de junio."]


def test_a_push_prompt_over_the_page_a_recipe_card_s_buttons_and_a_menu_over_the_date():
    page = """Zum Inhalt springen
Push-Benachrichtigungen aktivieren?
Wir halten Sie über die wichtigsten Nachrichten aus dem Kreis auf dem Laufenden.
Nein, danke
Ja, gerne
Kreisbote Ostheide
Menü
Lokales
Soltau: Neuer Wochenmarkt startet am Samstag
Von Jana Meier
Zum Rezept	Rezept drucken
Der neue Wochenmarkt auf dem Rathausplatz öffnet am Samstag um acht Uhr, mit zwölf Ständen aus der Region und einem Kaffeewagen.

Die Stadt will den Markt bis Oktober jeden Samstag stattfinden lassen und danach über eine Verlängerung entscheiden.
"""
    parse = read(page)
    doc = parse.document
    assert (doc.title, doc.site) == (
        "Soltau: Neuer Wochenmarkt startet am Samstag",
        "Kreisbote Ostheide",
    )
    assert [p[:12] for p in body(doc)] == ["Der neue Woc", "Die Stadt wi"]
    blog = """Linhas da Serra
Caminhadas e conversas

Página inicial
Percursos
Aldeias
Contactos
sábado, 18 de março de 2023
O moinho da Ribeira Funda

Há muito tempo que queria fazer este percurso, e no sábado passado finalmente lá fomos, com a cadela da vizinha atrás de nós.

Publicada por Rosa Almeida à(s) 21:07
"""
    doc = read(blog).document
    assert (doc.title, doc.author) == ("O moinho da Ribeira Funda", "Rosa Almeida")


def test_a_byline_s_place_after_a_comma_in_small_letters_is_not_the_site():
    page = """Folha do Vale
Menu
CIDADES
Balsa volta a operar após sete meses parada
Por Renata Albuquerque, de Tarumã
14/05/2024 08h02
A balsa que liga Tarumã a Porto Anil voltou a operar nesta segunda-feira, depois de sete meses parada por causa de uma pane no motor.

A prefeitura promete horários ampliados nos fins de semana a partir de junho.
"""
    doc = read(page).document
    assert (doc.author, doc.site) == ("Renata Albuquerque", "Folha do Vale")


def test_a_post_s_tags_a_line_each_under_its_byline_are_no_paragraphs():
    page = """Kleinbahn am Küchentisch
Start
Archiv

Ein Bahnhof im Bücherregal
17. März 2023 · Matthias Ober · Lesezeit: 4 Minuten
Spur N
Diorama

Seit unserem Umzug habe ich keinen Platz mehr für eine richtige Anlage, also baue ich einen kleinen Endbahnhof ins Regal.

Geplant habe ich ganz altmodisch mit Bleistift auf Karopapier, ein Kästchen entspricht einem Zentimeter.
"""
    parse = read(page)
    assert [p[:12] for p in body(parse.document)] == ["Seit unserem", "Geplant habe"]
    assert dropped(parse)["Spur N"] == "tags (under the byline)"


def test_the_part_of_a_meta_row_after_its_date_is_the_posts_categories_not_its_site():
    page = """Passi Lenti
Escursioni a piedi nell'Appennino, senza fretta

Anello dei Mulini da Valdirosa
Di Davide Conforti / 18 Ottobre 2023 / Appennino, Escursioni
L'anello dei Mulini è uno di quei giri che si fanno volentieri in ogni stagione, ma che in autunno danno il meglio.

Si parte dal parcheggio di Valdirosa, accanto alla chiesa di San Biagio, e si scende verso il torrente.

Copyright © 2024 Passi Lenti | Powered by Astra WordPress Theme
"""
    doc = read(page).document
    assert (doc.author, doc.published, doc.site) == ("Davide Conforti", "2023-10-18", "Passi Lenti")


IPPEN_PAGE = """Kelbacher Rundschau
Freibad Ostheide öffnet erst im Juli: Sanierung dauert länger als geplant
Erstellt: 13.05.2024, 17:40 Uhr
Von: Jana Pohlmann
Schlechte Nachrichten für Schwimmer: Das Freibad bleibt bis Juli zu. Grund sind Probleme mit der Filteranlage.

Kelbach – Eigentlich hätte das Freibad Ostheide am 18. Mai in die Saison starten sollen. Daraus wird nichts.

Ursache sind nach Angaben der Stadtwerke Lieferprobleme bei der neuen Filter- und Umwälzanlage.

Kelbach-Newsletter
Jeden Morgen das Wichtigste aus Ihrer Stadt direkt in Ihr Postfach.
Jetzt kostenlos anmelden

Ob der neue Termin hält, wollen die Stadtwerke Mitte Juni bekanntgeben.

Rubriklistenbild: © Jana Pohlmann

Kommentare
Wir freuen uns über Ihre Meinung. Bitte beachten Sie unsere Netiquette.
3 Kommentare
Heike B.
•
vor 1 Tag

Danke für den ausführlichen Bericht!

0
Antworten
Teilen ›
Ein Anwohner
•
vor 1 Tag

Wenigstens ist es bei uns in der Ostheide dann noch ein paar Wochen ruhig.

2
Antworten
Teilen ›
Manfred Oelze
Ein Anwohner
•
vor 1 Tag

Das Freibad schließt um 20 Uhr. Wer bis 23 Uhr dort parkt, hat mit dem Bad nichts zu tun.

3
Antworten
Teilen ›
"""


def test_a_german_papers_teaser_over_its_dateline_paragraph_is_the_standfirst():
    doc = read(IPPEN_PAGE).document
    assert [p[:30] for p in body(doc)] == [
        "Kelbach – Eigentlich hätte das",
        "Ursache sind nach Angaben der ",
        "Ob der neue Termin hält, wolle",
    ]


def test_a_disqus_copys_nickname_over_its_dot_and_age_under_the_buttons_before_is_a_header():
    doc = read(IPPEN_PAGE).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Heike B.", None),
        ("Ein Anwohner", None),
        ("Manfred Oelze", 1),
    ]


PHONE_PAGE_PT = """O Eco de Valdeira
Aldeia de Cerdal fica sem farmácia ao fim de 63 anos
Sofia Meireles
23 fev 2024, 18:30
Graça Nogueira, de 71 anos, atrás do balcão da farmácia que o pai abriu em 1961
© Rui Calado
Ouvir artigo
00:00
04:12
Durante 63 anos, quem precisou de um xarope, de uma caixa de comprimidos para a tensão ou de um conselho em Cerdal sabia onde ir.
«Andei dois anos à procura. Ninguém quer vir para uma aldeia com 800 habitantes», contou.
Continue a ler depois da publicidade
A farmácia mais próxima passa a ser a de Vilar de Moinhos, a 19 quilómetros, e a carreira só faz o percurso duas vezes por dia.
O presidente da junta diz estar «muito preocupado» e negoceia com uma farmácia de Vilar de Moinhos um posto farmacêutico móvel.
«É uma solução de recurso, mas é melhor do que nada», admitiu o autarca, que espera tê-lo já.
Na aldeia, a notícia caiu mal. «Primeiro foi a escola, depois os correios», diz Olívia Pires.
Gostou deste artigo? Assine O Eco de Valdeira e apoie o jornalismo regional.
Assinar por 2,99€/mês
Comentários
7
Para comentar, inicie sessão.
Ordenar por
Mais recentes
Anónimo
há 3 horas
Primeiro a escola, depois os correios... a D. Olívia tem toda a razão.
Responder
Luísa M.
há 9 horas
E as farmácias online? Os meus pais já recebem os medicamentos em casa.
Responder
"""


def test_a_phone_copys_caption_over_its_credit_over_an_audio_player_is_no_paragraph():
    doc = read(PHONE_PAGE_PT).document
    assert [p[:20] for p in body(doc)] == [
        "Durante 63 anos, que",
        "«Andei dois anos à p",
        "A farmácia mais próx",
        "O presidente da junt",
        "«É uma solução de re",
        "Na aldeia, a notícia",
    ]


def test_a_bare_number_under_the_comment_sections_heading_is_its_count():
    doc = read(PHONE_PAGE_PT).document
    assert (doc.comments_declared, [c.author for c in doc.comments]) == (7, ["Anónimo", "Luísa M."])


CARNET = """Carnet de potager
Les tomates anciennes de la saison : bilan
Publié le 18 septembre 2024 par Odile Fabre · 5 min de lecture

Cette année, j'ai semé onze variétés de tomates anciennes, dont trois que je ne connaissais pas du tout avant le printemps.

La Noire de Crimée a été la plus généreuse, malgré un mois de juillet très sec et deux orages de grêle en août.

Partager :
Facebook
E-mail
Articles similaires
Semer les tomates en février, une bonne idée ?
Mon calendrier de semis pour le Sud-Ouest

Également sur Carnet de potager
Mon calendrier de semis pour le Sud-Ouest
il y a 2 mois•7 commentaires
J'ai noté toutes mes dates de semis depuis trois ans et …
Le purin d'ortie de ma voisine : toute la recette en v.o.
il y a 4 mois•12 commentaires
Ma voisine m'a donné sa recette, je l'ai notée et …
2 commentaires

Claire Fontanel
il y a 3 jours

Quel plaisir de lire ça ! Ma Noire de Crimée a aussi tout donné cette année.

8
Répondre
Partager ›

Henri Laborde
il y a 2 jours

Merci pour le bilan, je vais tenter la Cœur de bœuf l'an prochain.

3
Répondre
Partager ›
"""


def test_an_also_on_boxs_title_closed_by_a_stop_over_its_age_and_count_is_no_paragraph():
    doc = read(CARNET).document
    assert [p[:25] for p in body(doc)] == ["Cette année, j'ai semé on", "La Noire de Crimée a été "]


LEDGER = """The Lakeshore Ledger
LOCAL
County board approves winter ferry cuts despite islanders’ petition
Service to Merrin Island will drop from six daily round trips to four between November and March.

Aaron Whitcombe
The Lakeshore Ledger

Published 6:12 p.m. ET Sept. 18, 2024 | Updated 9:40 a.m. ET Sept. 19, 2024

The MV Tessaly arrives at Port Alder. The ferry will make four round trips a day this winter.
Ledger file photo

PORT ALDER — The Harlow County Board of Commissioners voted 4-1 on Tuesday night to reduce winter ferry service.

RELATED: Ferry fares to rise 8% in January, county says

Commissioner Ruth Ogunbanjo cast the lone vote against the plan and asked for a study.

2 Comments

Marisol Keane • 2 days ago

Thank you to everyone who signed the petition.

Reply

Pete Vandersloot • 2 days ago

Count me in. I’ll drive the van from the north end.

Reply
"""


def test_an_american_papers_byline_its_outlet_and_its_published_line_under_a_blank():
    doc = read(LEDGER).document
    assert (doc.author, doc.published) == ("Aaron Whitcombe", "2024-09-18")


def test_a_file_photo_credit_closes_a_caption_and_a_related_line_is_no_comment_header():
    doc = read(LEDGER).document
    assert [p[:20] for p in body(doc)] == ["PORT ALDER — The Har", "Commissioner Ruth Og"]
    assert [c.author for c in doc.comments] == ["Marisol Keane", "Pete Vandersloot"]


def test_new_reddits_compact_age_after_its_dot_dates_a_spanish_comment_header():
    page = (
        "r/ciclismourbano_es\nPublicado por\nu/lorena_pedalea\nhace 9 h\n\n"
        "Me robaron la bici en la estación, ¿sirve de algo denunciar?\n"
        "El martes dejé la bici atada en el aparcamiento cubierto de la estación.\n\n"
        "47 comentarios\nCompartir\n\n"
        "level 1\njmcarrasco_\n· 8 h\nDenuncia siempre, aunque no la busquen activamente.\n\n"
        "32\nResponder\n\n"
        "level 2\nlorena_pedalea\n· 8 h\nGracias, no sabía lo del control.\n\n9\nResponder\n"
    )
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("jmcarrasco_", None),
        ("lorena_pedalea", 0),
    ]
    assert texts(doc)[0] == "Denuncia siempre, aunque no la busquen activamente."


# -- a blog theme's meta row copied with its icons as spaces ---------------------------------


@pytest.mark.parametrize(
    ("language", "row", "author", "date"),
    [
        ("en", "Martha Quill 14 March 2024 3 Comments", "Martha Quill", "2024-03-14"),
        ("de", "Jonas Brehm 14. März 2024 3 Kommentare", "Jonas Brehm", "2024-03-14"),
        ("fr", "Odile Vasseur 14 mars 2024 3 commentaires", "Odile Vasseur", "2024-03-14"),
        ("es", "Nuria Abad 14 de marzo de 2024 3 comentarios", "Nuria Abad", "2024-03-14"),
        ("pt", "Inês Lobato 14 de março de 2024 3 comentários", "Inês Lobato", "2024-03-14"),
        ("nl", "Femke Dijkhuis 14 maart 2024 3 reacties", "Femke Dijkhuis", "2024-03-14"),
        ("it", "Luca Ferretti 14 marzo 2024 3 commenti", "Luca Ferretti", "2024-03-14"),
    ],
)
def test_a_meta_row_of_name_date_and_count_run_together_is_the_byline(language, row, author, date):
    page = (
        "Lanterns on the Quay\n\n"
        f"{row}\n"
        "The quay's lanterns were lit again on Saturday after the winter repairs, and the"
        " harbour office counted more visitors than on any evening since the summer.\n\n"
        "Volunteers had cleaned the glass of each lantern by hand, twenty-four in all, and"
        " the council paid for new wicks and a ladder that reaches the highest hooks.\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert (doc.title, doc.author, doc.published) == ("Lanterns on the Quay", author, date)
    assert all(row not in p for p in body(doc))


# -- wpDiscuz's reply line broken in two ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "reply", "month"),
    [
        ("en", "In reply to", "February"),
        ("fr", "Répondre à", "février"),
        ("es", "En respuesta a", "febrero"),
    ],
)
def test_a_reply_s_words_alone_over_a_name_say_whom_it_answers_not_who_wrote_it(
    language, reply, month
):
    page = (
        "Oiling an old sewing machine\n\n"
        "My mother's machine had not turned for twenty years. A drop of oil in the right places"
        " and a night's rest freed it without forcing the motor.\n\n"
        "The belt was the only part I had to replace, and it cost less than a coffee.\n\n"
        "3 Comments\n"
        f"Martha Quill\n7 {month} 2024 20:14\n\n"
        "Thank you, I have the same model in the attic and will try this weekend.\n\n"
        "Reply\n"
        f"Nora Bell\nAuthor\n {reply} \n Martha Quill\n7 {month} 2024 21:02\n\n"
        "Good luck with it, and let it rest a night before you try the motor.\n\n"
        "Reply\n"
        f"Martha Quill\n {reply} \n Nora Bell\n8 {month} 2024 09:37\n\n"
        "Noted, I will leave it overnight.\n\n"
        "Reply\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Martha Quill", None),
        ("Nora Bell", 0),
        ("Martha Quill", 1),
    ]


# -- Twenty Twenty-One's entry footer and author box, copied under the related posts ----------


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "en",
            ["Share this:", "Facebook", "Related", "Bivouac rules by the water",
             "My panniers after 4,000 km", "Published 14 May 2024", "Categorized as Trips",
             "Tagged Brittany, canal, cycling", "Published by Helen Marsh", "",
             "Designer by day, slow cyclist at weekends. View more posts"],
        ),
        (
            "fr",
            ["Partager :", "Facebook", "Sur le même thème", "Bivouac au bord de l’eau",
             "Mes sacoches après 4 000 km", "Publié le 14 mai 2024", "Catégorisé dans Itinéraires",
             "Étiquettes : Bretagne, canal, vélo", "Publié par Hélène Marsh", "",
             "Graphiste le jour, cyclotouriste le week-end. Voir plus d’articles"],
        ),
    ],
)  # fmt: skip
def test_an_entry_footer_run_on_under_related_posts_gives_the_writer_and_date(language, lines):
    page = (
        "Five days along the canal\n\n"
        "I had wanted to ride the canal from end to end for years, and this spring I finally"
        " did, with two panniers and a flask.\n\n"
        "The towpath is almost all compacted sand, easy on a touring bike even after rain.\n\n"
        + "\n".join(lines)
        + "\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert doc.author in ("Helen Marsh", "Hélène Marsh")
    assert doc.published == "2024-05-14"
    assert [p[:14] for p in body(doc)] == ["I had wanted t", "The towpath is"]


# -- a Disqus thread's own buttons and quotations, copied as text ------------------------------

DISQUS_ES = """La caldera de 1975

Cambiamos la caldera de gasoil por una bomba de calor y este es el balance del primer año.

La factura bajó a la mitad, aunque el ruido de la unidad exterior nos obligó a poner soportes.

6 comentarios
Avatar
Martín Otero • hace 10 días
Y eso suponiendo que la luz no suba. Las bombas de calor no son eternas, y el compresor es caro de cambiar.
3 △ ▽ • Responder•Compartir ›
Avatar
Paco R.  Martín Otero • hace 10 días
En eso estamos de acuerdo.
△ ▽ • Responder•Compartir ›
{more}
Avatar
Este comentario fue eliminado.
Avatar
Jaume Ferrer • hace 9 días
Nosotros cambiamos tres radiadores por otros de baja temperatura.
3 △ ▽ • Responder•Compartir ›
Avatar
Beatriz Olano • hace 7 días
Las bombas de calor no son eternas, y el compresor es caro de cambiar.
Tampoco lo es una caldera. La nuestra de gas duró catorce años.
2 △ ▽ • Responder•Compartir ›
"""


@pytest.mark.parametrize("more", ["Mostrar más respuestas", "Show more replies"])
def test_a_disqus_button_that_unfolds_replies_does_not_end_the_thread(more):
    doc = read(DISQUS_ES.replace("{more}", more)).document
    assert [c.author for c in doc.comments] == [
        "Martín Otero",
        "Paco R.",
        "Jaume Ferrer",
        "Beatriz Olano",
    ]


def test_a_disqus_comment_opening_with_a_sentence_of_another_over_its_answer_drops_the_quote():
    doc = read(DISQUS_ES.replace("{more}", "")).document
    assert texts(doc)[-1] == "Tampoco lo es una caldera. La nuestra de gas duró catorce años."


def test_a_disqus_reply_row_a_part_a_line_names_the_parent_after_its_arrow():
    page = (
        "Derby day\n\nForty years of the Easter derby end with the merger of the two clubs.\n\n"
        "The two clubs will field one team from September.\n\n"
        "3 comments\n"
        "Bernard Chase\n • 2 years ago\n\nForty years I went to that derby.\n\n"
        "12\n▽\n•\nReply\n•\nShare ›\n\n"
        "Sylvia M.\n→ Bernard Chase\n • 2 years ago\n\nMe too, but a club beats no club.\n\n"
        "8\n▽\n•\nReply\n•\nShare ›\n\n"
        "Bernard Chase\n→ Sylvia M.\n • 2 years ago\n\nI know, Sylvia. Just nostalgia.\n\n"
        "3\n▽\n•\nReply\n•\nShare ›\n"
    )
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Bernard Chase", None),
        ("Sylvia M.", 0),
        ("Bernard Chase", 1),
    ]


@pytest.mark.parametrize(
    ("language", "tags", "related"),
    [
        ("fr", ["Rugby", "Vabrillac", "Saint-Privat-d'Ourde"], "À lire aussi"),
        ("de", ["Rugby", "Lindenbrück", "Vereine"], "Mehr zum Thema"),
        ("en", ["Rugby", "Vabrillac", "Local clubs"], "More stories"),
    ],
)
def test_a_posts_tags_a_line_each_over_its_related_posts_are_no_paragraphs(language, tags, related):
    page = (
        "Two rugby clubs to merge\n\n"
        "The two clubs, rivals since the 1970s, will field one team from next season, their"
        " members decided on Monday night.\n\n"
        "Neither club could field a full reserve side this season, their presidents said.\n\n"
        + "\n".join(tags)
        + f"\n\n{related}\n\nFête votive : le programme\nLe pont de la Couzette fermé\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert [p[:12] for p in body(doc)] == ["The two club", "Neither club"]


@pytest.mark.parametrize(
    ("language", "labels", "date1", "date2"),
    [
        ("en", ("Joined", "Messages", "Location"), "12 Mar 2024", "13 Mar 2024"),
        ("de", ("Registriert", "Beiträge", "Ort"), "12. März 2024", "13. März 2024"),
    ],
)
def test_a_xenforo_profile_a_label_over_its_indented_value_is_no_name(
    language, labels, date1, date2
):
    joined, messages, place = labels

    def post(name, since, count, town, date, number, text):
        return (
            f"{name[0]}\n\n{name}\nMember\n\n"
            f"{joined}\n    {since}\n{messages}\n    {count}\n{place}\n    {town}\n\n"
            f"{date}\n    #{number}\n\n{text}\n\nReport\nLike\nQuote\nReply\n\n"
        )

    page = (
        "Shutter sticks at 1/300 – clean it or leave it?\n\n"
        + post("Jens_Lightwell", "9 Aug 2021", "87", "Kassel-Land", date1, 1,
               "Hello all, my folding camera's shutter sticks at its fastest speed.\n\n"
               "Is it worth opening it myself, or should I send it off?")
        + post("Ute_Camerafriend", "14 Jan 2012", "6,412", "Leeds", date2, 2,
               "Hello Jens, it comes apart from the front, but mark the lens first.")
    )  # fmt: skip
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert doc.author == "Jens_Lightwell"
    assert [c.author for c in doc.comments] == ["Ute_Camerafriend"]


@pytest.mark.parametrize(
    ("language", "verb", "date1", "date2"),
    [
        ("it", "risponde a", "15 aprile 2024, 08:52", "15 aprile 2024, 09:40"),
        ("fr", "répond à", "15 avril 2024, 08:52", "15 avril 2024, 09:40"),
        ("es", "responde a", "15 de abril de 2024, 08:52", "15 de abril de 2024, 09:40"),
        ("de", "antwortet auf", "15. April 2024, 08:52", "15. April 2024, 09:40"),
    ],
)
def test_a_reply_header_naming_its_parent_then_its_date_after_a_dot(language, verb, date1, date2):
    page = (
        "Cable car closed until June\n\n"
        "The cable car will stay closed for another month after water was found in the station.\n\n"
        "The operator apologised to the hotels that had bookings for the Easter weekend.\n\n"
        f"Marco Zanetti · {date1}\nEvery year the same story with these works.\n"
        "Reply   Report   Like (14)\n\n"
        f"Silvia Pedrotti {verb} Marco Zanetti · {date2}\nThe water was under the clay, no one saw it.\n"
        "Reply   Report   Like (9)\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Marco Zanetti", "2024-04-15", None),
        ("Silvia Pedrotti", "2024-04-15", 0),
    ]


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("de", ["Autor Jörg Sandtner", "Veröffentlicht am 21. März 2024", "Kategorien Ausrüstung"]),
        ("en", ["Written by Jörg Sandtner", "Published on 21 March 2024", "Categories Equipment"]),
    ],
)
def test_the_date_in_the_writers_box_under_the_post_is_the_posts(language, lines):
    page = (
        "The Pleiades in binoculars\n\n"
        "With the naked eye I can make out six stars from my balcony, on good evenings seven.\n\n"
        "In binoculars there are suddenly dozens of them, a chain of fainter ones to the south.\n\n"
        + "\n".join(lines)
        + "\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert (doc.author, doc.published) == ("Jörg Sandtner", "2024-03-21")
    assert len(body(doc)) == 2


# -- a photo's caption with no credit, between or after the article's paragraphs --------------

LONG_1 = (
    "The towpath is almost all compacted sand, easy on a touring bike even after rain, and the"
    " locks come every few kilometres, each with its keeper's house and a bench."
)
LONG_2 = (
    "If I did it again I would take six days rather than five, to stay longer in the valley,"
    " where the campsites are quiet and the bakeries open early."
)


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        ("pt", "O moinho do Cabeço, já sem velas, a aparecer no meio do nevoeiro."),
        ("it", "La plancia di Porto di Levante a metà partita, con il mercato quasi saturo."),
    ],
)
def test_a_caption_of_a_dozen_words_between_paragraphs_is_no_paragraph(language, caption):
    page = f"A walk by the mills\n\n{LONG_1}\n\n{caption}\n\n{LONG_2}\n"
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert [p[:12] for p in body(doc)] == ["The towpath ", "If I did it "]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # a verb with no subject opens it, or a clause runs on before the comma
        ("es", "Organizamos seis jornadas de limpieza en sábado, con almuerzo incluido."),
        ("es", "Reparamos dos compuertas que aparecieron bajo el barro, casi enteras."),
        ("es", "Pan los sábados y, en verano, también los miércoles"),
        ("fr", "Marie Dupont, avec son sourire de toujours."),
    ],
)
def test_a_short_sentence_or_heading_that_opens_with_no_article_stays_a_paragraph(language, line):
    page = f"A walk by the mills\n\n{LONG_1}\n\n{line}\n\n{LONG_2}\n"
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert len(body(doc)) == 3


def test_a_caption_over_a_heading_and_its_list_copied_without_marks_is_no_paragraph():
    # (a Chrome copy of Blogger: the list's items lost their bullets, small letters, no stop)
    page = (
        "Sea glass lamp\n\n"
        "For about six years I have been filling jars with sea glass from the beach below the "
        "village, and this winter I finally did something with them.\n\n"
        "The finished lamp, switched on at dusk.\n\n"
        "What you need\n\n"
        "a wide jar with a metal screw lid\n\n"
        "a bottle lamp kit with an inline switch\n\n"
        "I drilled the lid slowly with masking tape over it so the bit would not wander.\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language="en").document
    assert "The finished lamp, switched on at dusk." not in body(doc)
    assert "What you need" in body(doc)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Bild: Der Anhänger vor dem Umbau, noch mit Verdeck.", True),
        ("Photo : la remorque avant les travaux, avec sa bâche.", True),
        # (a label of two words, or the picture's own name in a sentence, is no caption's)
        ("Bild und Ton liefen bei der Probe noch nicht synchron.", False),
    ],
)
def test_a_block_labelled_as_the_pictures_is_its_caption(line, caption):
    page = f"Der Umbau\n\n{LONG_1}\n\n{line}\n\n{LONG_2}\n"
    doc = parse_text(page, source="t", doc_id="t").document
    assert (line not in body(doc)) is caption


def test_the_last_photos_caption_glued_over_the_share_row_is_no_paragraph():
    page = (
        f"Five days along the canal\n\n{LONG_1}\n\n{LONG_2}\n\n"
        "L'écluse de Pont-Guérin, au petit matin du deuxième jour.\nPartager :\nFacebook\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language="fr").document
    assert [p[:12] for p in body(doc)] == ["The towpath ", "If I did it "]


def test_a_short_last_paragraph_with_its_verb_over_the_share_row_stays():
    page = (
        f"Five days along the canal\n\n{LONG_1}\n\n{LONG_2}\n\n"
        "The rest, as they say, is history.\nShare this:\nFacebook\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language="en").document
    assert [p[:12] for p in body(doc)] == ["The towpath ", "If I did it ", "The rest, as"]


@pytest.mark.parametrize(("language", "guest"), [("es", "Invitado"), ("en", "Guest")])
def test_a_taken_down_disqus_comment_with_no_header_holds_the_reply_to_its_guest(language, guest):
    removed = {"es": "Este comentario fue eliminado.", "en": "This comment was deleted."}
    page = DISQUS_ES.replace(
        "{more}",
        f"Avatar\n{removed[language]}\nAvatar\nNuria Beltrán  {guest} • hace 9 días\n"
        "No hace falta faltar al respeto, cada uno cuenta su experiencia.\n"
        "8 △ ▽ • Responder•Compartir ›",
    ).replace("Avatar\nEste comentario fue eliminado.\nAvatar\nJaume", "Avatar\nJaume")
    doc = parse_text(page, source="t", doc_id="t", language=language).document
    assert [(c.author, c.parent) for c in doc.comments][2:4] == [(None, None), ("Nuria Beltrán", 2)]
    assert texts(doc)[2] == removed[language]


def test_a_question_over_its_answer_in_one_block_is_a_subheading_and_a_paragraph():
    page = (
        "A year with a heat pump\n\n"
        "We swapped the old oil boiler for an air-to-water heat pump a year ago, and here are"
        " the bills, the noise and the paperwork.\n\n"
        "Would I do it again?\n"
        "Yes, without a doubt. But with a budget that includes the anti-vibration feet and a"
        " look at the radiators before anything else.\n"
    )
    doc = read(page).document
    assert [p[:20] for p in body(doc)] == [
        "We swapped the old o",
        "Would I do it again?",
        "Yes, without a doubt",
    ]


_FRAMED = {
    "en": (
        "Restoring a 1950s typewriter\n\nI paid £35 for it at the Saturday car boot, mostly"
        " because the seller's dog had taken a liking to me, and it came home in a cardboard box"
        " with the case in pieces.\n\n{middle}\n\nDay one: the seized segment\n\nHalf the"
        " typebars were stuck in the segment, gummed up with seventy years of oil and dust; a"
        " soak in naphtha freed most of them by the evening.\n"
    ),
    "de": (
        "Ein Jahr Balkonkraftwerk\n\nVor genau einem Jahr haben wir die zwei Module an das"
        " Balkongeländer geschraubt und gespannt auf die App geschaut, was die Anlage an einem"
        " trüben Tag im März wohl bringen würde.\n\n{middle}\nDie Zahlen\n\nLaut App hat die"
        " Anlage von März bis Februar 612 Kilowattstunden erzeugt, deutlich mehr, als der"
        " Händler uns versprochen hatte.\n"
    ),
    "it": (
        "La macchina da cucire della nonna\n\nCi ho messo tre fine settimana a rimetterla in"
        " funzione e vi racconto come, perché in rete si trovano soprattutto video stranieri e"
        " molti passaggi danno per scontato che abbiate un laboratorio.\n\n{middle}\n\n"
        "Pulizia prima di tutto\n\nHo smontato solo quello che si toglieva senza attrezzi"
        " speciali e ho pulito ogni pezzo con un pennello e un po' di petrolio bianco.\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "caption", "heading"),
    [
        ("en", "The typewriter on the kitchen table after its first clean.", "Day one: the seized segment"),
        ("de", "Die beiden Module am Geländer, Blick von der Terrasse im April", "Die Zahlen"),
        ("it", "La macchina appena tirata fuori dalla cantina.", "Pulizia prima di tutto"),
    ],
)  # fmt: skip
def test_a_photos_caption_between_a_paragraph_and_the_next_sections_heading_is_dropped(
    language, caption, heading
):
    doc = parse_text(_FRAMED[language].format(middle=caption), source="t.txt", doc_id="t").document
    assert caption not in body(doc) and heading in body(doc)


def test_a_framed_captions_long_noun_phrase_may_close_with_a_remark_after_a_dash():
    # ("The result – it was worth it." has no noun phrase of a photo's before its dash)
    caption = "Unser Balkon im Mai vor dem Haus – die Module haben sich bewährt."
    doc = parse_text(_FRAMED["de"].format(middle=caption), source="t.txt", doc_id="t").document
    assert caption not in body(doc) and len(body(doc)) == 3
    line = "Der Ertrag – er war besser als erwartet."
    doc = parse_text(_FRAMED["de"].format(middle=line), source="t.txt", doc_id="t").document
    assert line in body(doc)


@pytest.mark.parametrize(
    "line",
    [
        "The seller was right about the ribbon.",  # a verb: a sentence
        "What a find!",  # no caption ends so
        "Then the real work began.",  # no article or possessive opens it
        "I typed it twice, to be sure.",
        "Halfway there: the carriage",  # a label and no stop: a subheading
    ],
)
def test_a_short_sentence_closing_a_section_over_its_heading_stays(line):
    doc = parse_text(_FRAMED["en"].format(middle=line), source="t.txt", doc_id="t").document
    assert line in body(doc)


def test_old_reddits_flair_after_the_titles_question_mark_is_no_part_of_the_title():
    page = (
        "Wie organisiert ihr euch ohne Laden im Ort? Frage (self.Dorfleben)\n"
        "submitted 5 months ago by hollerbusch_K\n"
        "Bei uns im Dorf macht Ende April der Dorfladen zu, und einen Nachfolger gibt es nicht.\n"
        "12 comments share save hide report\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert doc.title == "Wie organisiert ihr euch ohne Laden im Ort?"


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Pilar Ezquerra\nUsuario verificado\n14/10/2023 10:40", "Pilar Ezquerra"),
        ("Tiago MeirelesJornalista\n15/06/2024 às 11:30", "Tiago Meireles"),
    ],
)
def test_a_verified_or_journalists_badge_under_or_glued_to_the_name_is_no_part_of_it(
    header, author
):
    page = (
        "A travessia do rio volta a funcionar\n\nA barca que liga as duas margens voltou ao"
        " serviço esta semana, depois de dois meses parada para reparações no motor.\n\n"
        "Comentários (2)\n\nRui Pacheco\n15/06/2024 às 09:12\nE ao domingo à tarde, quando há"
        " futebol? Devia haver mais horário.\nResponder\n\n"
        f"{header}\nCaro Rui, o horário poderá ser alargado no verão, consoante a procura.\n"
        "Responder\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [c.author for c in doc.comments] == ["Rui Pacheco", author]


def test_a_replys_number_path_alone_under_its_date_nests_it_and_is_no_text():
    page = (
        "Ho restaurato la bici del nonno\n\nLa bici è rimasta in cantina per trent'anni, e"
        " quest'inverno ho deciso di rimetterla in strada con le mie mani.\n\n"
        "3 commenti\n\n"
        "Giulia Ferraris\n12 marzo 2024 alle 21:14\n#1\n\nChe bel lavoro! Vorrei farlo anch'io."
        "\n\nRispondi ↓\n\n"
        "Stefano Carretta\n13 marzo 2024 alle 08:30\n#1.1\n\nFallo! La prima pedalata non ha"
        " prezzo.\n\nRispondi ↓\n\n"
        "Giulia Ferraris\n13 marzo 2024 alle 19:02\n#1.1.1\n\nCi provo questo weekend.\n\n"
        "Rispondi ↓\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [c.depth for c in doc.comments] == [1, 2, 3]
    assert [doc.text[c.start : c.end][:5] for c in doc.comments] == ["Che b", "Fallo", "Ci pr"]


def test_a_photos_caption_over_a_heading_that_ends_in_brackets_is_dropped():
    page = _FRAMED["en"].replace("Day one: the seized segment", "Day one (the seized segment)")
    caption = "The typewriter on the kitchen table after its first clean."
    doc = parse_text(page.format(middle=caption), source="t.txt", doc_id="t").document
    assert caption not in body(doc) and "Day one (the seized segment)" in body(doc)


def test_a_lobsters_thread_copied_with_its_folds_and_links():
    page = (
        "Quillbox\nActive Recent Comments Search\nLogin\n\n31\n"
        "How do you keep a home server's backups honest?\nask practices\n"
        "authored by marrowind 2 days ago | 22 comments\n\n"
        "I've been running a small server in the cupboard for six years, and last month a restore"
        " showed me the offsite job had been failing for weeks.\n\n"
        "How do you test yours?\n\n"
        "12\n[-] okonkwo 2 days ago | link | flag\n\n"
        "Honest answer: I don't test restores and I know I should.\n\n"
        "    4\n    [-] marrowind 1 day ago | link | flag\n\n"
        "    Start with one file. Tonight.\n\n"
        "[-] tradehaul 1 day ago | link\n\n"
        "Comment removed by moderator hollis: Self-promotion\n\n"
        "9\n[-] fennwright 1 day ago | link | flag\n\n"
        "We print the restore procedure and tape it inside the cupboard door.\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert (doc.title, doc.author) == (
        "How do you keep a home server's backups honest?",
        "marrowind",
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("okonkwo", None), ("marrowind", 0), ("fennwright", None)
    ]  # fmt: skip


def test_a_blogger_comments_date_with_its_delete_link_under_the_text():
    page = (
        "Die Kirchplatzlinde\n\nSeit ich denken kann, heißt es im Dorf, die Linde auf dem"
        " Kirchplatz sei dreihundert Jahre alt. Eine Rechnung von 1811 sagt etwas anderes.\n\n"
        "2 Kommentare:\n\n"
        "Friedhelm K. hat gesagt…\n\nDie Jahreszahl stammt aus der Festschrift zur"
        " 700-Jahr-Feier.\n\n14. Mai 2024 um 13:48 Löschen\n"
        "Hannelore Weidig hat gesagt…\n\nDieser Kommentar wurde vom Autor entfernt.\n\n"
        "15. Mai 2024 um 07:30 Löschen\n"
        "Gerda Maurer hat gesagt…\n\nEine Linde mit 4,60 m Umfang wächst auf freiem Platz schnell."
        "\n\n15. Mai 2024 um 21:03 Löschen\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Friedhelm K.", "2024-05-14"), ("Gerda Maurer", "2024-05-15")
    ]  # fmt: skip
    assert "Löschen" not in doc.text


def test_a_long_reply_header_ending_in_an_initial_is_no_sentence():
    page = (
        "Vuelve el Cine Avenida\n\nEl Cine Avenida de Valdejuncos reabre el viernes tras seis"
        " años cerrado, con una pantalla nueva y calefacción.\n\n3 comentarios\n\n"
        "Luisa M.\n14/05/2024 09:40\nY del frío que hacía en invierno, que había que ir con"
        " abrigo.\nResponder · Denunciar · 6 Me gusta\n\n"
        "Cooperativa Cine Avenida Verificado responde a Luisa M.\n14/05/2024 10:05\n"
        "Hola, Luisa. Sí, la calefacción es nueva, igual que la pantalla.\n"
        "Responder · Denunciar · 9 Me gusta\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Luisa M.", None), ("Cooperativa Cine Avenida", 0)
    ]  # fmt: skip


def test_a_comments_number_path_before_its_name_nests_it():
    page = (
        "Fixing the head gasket on a Lister D\n\nThe old Lister had been weeping oil from the"
        " head for two summers, so this winter I finally took it apart on the bench.\n\n"
        "3 thoughts on “Fixing the head gasket on a Lister D”\n\n"
        "#1 Dave Pilkington says:\n14 May 2024 at 8:12 am\n\nGreat write-up Alan. Did you"
        " check the liners?\n\nReply\n\n"
        "#1.1 Alan Pridmore (Post author) says:\n14 May 2024 at 9:40 am\n\nI did, Dave. A bit"
        " of staining but no pitting.\n\nReply\n\n"
        "#2 Margaret Ollerenshaw says:\n15 May 2024 at 7:02 pm\n\nMy late husband had two of"
        " these engines.\n\nReply\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Dave Pilkington", None), ("Alan Pridmore", 0), ("Margaret Ollerenshaw", None)
    ]  # fmt: skip


def test_a_caption_in_a_copy_without_blank_lines_leaves_the_subheadings_around_it():
    page = (
        "Porto Franco, la recensione\n"
        "di Marta Lodi\n"
        "Porto Franco è il secondo gioco di Aldo Ferri, e dopo una dozzina di partite in redazione"
        " possiamo dire che merita il posto sullo scaffale di chi ama i giochi di dadi.\n"
        "Come si gioca\n"
        "Ogni round i giocatori tirano un pool comune di dadi colorati e, a turno, ne scelgono"
        " uno per agire nel quartiere del porto che quel colore indica.\n"
        "Il tabellone, diviso in sei quartieri, è denso ma leggibile, anche se la prima partita"
        " richiede di tenere il regolamento a portata di mano.\n"
        "La plancia a metà partita, con il mercato quasi saturo.\n"
        "La gestione del mercato è brillante e in quattro giocatori genera un'interazione"
        " continua, a tratti feroce, che tiene tutti al tavolo fino all'ultimo turno.\n"
        "Meno convincente la modalità in due, dove il mercato si blocca troppo presto e la"
        " partita si decide quasi sempre nei primi tre round.\n"
        "In conclusione: se avete un gruppo stabile di tre o quattro persone e amate i giochi"
        " di dadi, Porto Franco è una delle uscite migliori dell'anno.\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t", language="it").document
    assert [p[:12] for p in body(doc)] == [
        "Porto Franco", "Come si gioc", "Ogni round i", "Il tabellone", "La gestione ",
        "Meno convinc", "In conclusio",
    ]  # fmt: skip


def test_a_subheading_worded_as_a_link_back_frames_the_caption_over_it():
    # "Voltar a assentar …" (to lay again) opens as "Voltar a Notícias" does
    page = (
        "Os azulejos da avó\n\n"
        "Decapante em gel, aplicado em pequenas áreas e retirado com uma espátula de plástico;"
        " nada de espátulas metálicas, que riscam o vidrado com uma facilidade incrível.\n\n"
        "Os primeiros azulejos depois do decapante: o azul voltou.\n\n"
        "Voltar a assentar os soltos\n\n"
        "Os azulejos que tinham caído estavam guardados numa caixa de sapatos, embrulhados em"
        " jornal de 1998, e quase todos voltaram ao sítio sem partir.\n\n"
        "Para as falhas que não tinham peça, usei massa de reparação e pintei-a à mão com"
        " acrílico, o que de longe ninguém nota.\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t", language="pt").document
    assert "Voltar a assentar os soltos" in body(doc)
    assert not any(p.startswith("Os primeiros azulejos") for p in body(doc))


def test_the_writers_box_of_name_and_bio_at_the_posts_end_is_no_paragraph():
    post = (
        "Ein Winter mit dem Lastenrad\n\nVon Jonas Wendler\n\n"
        "Seit November fahren wir mit dem Lastenrad zur Kita, zum Einkaufen und an den"
        " Wochenenden zu den Großeltern, und das Auto steht fast nur noch herum.\n\n"
        "Würden wir es wieder machen? Ja, ohne zu zögern, auch wenn die nassen Tage uns mehr"
        " genervt haben, als wir vorher gedacht hätten.\n\n"
        "Jonas Wendler\nJonas plant beruflich Radwege und testet sie privat mit zwei Kindern"
        " in der Kiste.\n\n{after}"
    )
    doc = parse_text(
        post.format(after="Beitrags-Navigation\nVorheriger Beitrag\n"), source="t.txt", doc_id="t"
    ).document
    assert [p[:9] for p in body(doc)] == ["Seit Nove", "Würden wi"]
    # a profile's name over its paragraph, the article going on under it, stays
    doc = parse_text(
        post.format(
            after="Mia Kranz\nMia fährt seit drei Jahren ein Dreirad mit Kiste und will nie"
            " wieder anders.\n"
        ),
        source="t.txt",
        doc_id="t",
    ).document
    assert any(p.startswith("Jonas plant") for p in body(doc))


def test_an_answer_that_names_its_comment_stays_where_a_flat_thread_set_it():
    # "@Gisela:" is the writer's own word, not the page's nesting: most people who copy a
    # blog whose threading is off read such an answer on the top level
    page = (
        "Roggenbrot ohne Waage\n\n"
        "Meine Oma backt ihr Brot seit sechzig Jahren ohne Waage, und ich habe endlich"
        " einmal alles nachgewogen, was sie in die Schüssel gibt.\n\n"
        "3 Gedanken zu „Roggenbrot ohne Waage“\n\n"
        "Gisela sagt:\n12. März 2024 um 08:14 Uhr\n"
        "Backe seit 40 Jahren und nehme auch nie eine Waage.\nAntworten\n\n"
        "Friederike Asmus sagt:\n12. März 2024 um 09:30 Uhr\n"
        "@Gisela: Genau das sagt Oma auch immer.\nAntworten\n\n"
        "Lars sagt:\n12. März 2024 um 10:02 Uhr\n"
        "Welche Temperatur hat eure Küche?\nAntworten\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [c.author for c in doc.comments] == ["Gisela", "Friederike Asmus", "Lars"]
    assert [c.parent for c in doc.comments] == [None, None, None]


def test_a_reviews_rating_over_and_under_it_is_no_paragraph():
    page = (
        "Porto Franco: mercanti, dadi e un tabellone che non perdona\n\ndi Marta Lodi\n\n"
        "Il nostro voto: ★★★★☆\n\n"
        "Porto Franco è il secondo gioco di Aldo Ferri, e dopo una dozzina di partite in"
        " redazione possiamo dire che merita il posto sullo scaffale.\n\n"
        "In conclusione: se avete un gruppo stabile di tre o quattro persone, è il gioco"
        " dell'anno per noi, nonostante la modalità in due.\n\nVOTO 8\n\n"
        "3 commenti\n\n"
        "Gianni R.\n12 aprile 2022\nProvato ieri, bello ma lungo.\nVoto 7\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t", language="it").document
    assert [p[:12] for p in body(doc)] == ["Porto Franco", "In conclusio"]
    assert texts(doc)[0].endswith("Voto 7")  # the reader's own


def test_a_post_authors_badge_on_a_line_of_its_own_under_a_header_that_names_them():
    page = (
        "Il pozzo della corte\n\nDi Lorenza Pellegatta\n\n"
        "Quando abbiamo comprato la cascina, il pozzo della corte era chiuso da una lastra di"
        " cemento e nessuno in paese ricordava quando fosse stato usato l'ultima volta.\n\n"
        "2 risposte\n\n"
        "Giacomo Brivio ha detto:\n22 marzo 2024 alle 19:12\n\n"
        "Quanto costa far analizzare l'acqua?\n\nRispondi\n"
        "    Lorenza Pellegatta ha detto:\n    Autore articolo\n    23 marzo 2024 alle 08:05\n\n"
        "    Circa 90 euro per l'analisi di base.\n\n    Rispondi\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Giacomo Brivio", "2024-03-22"), ("Lorenza Pellegatta", "2024-03-23"),
    ]  # fmt: skip


def test_a_lists_labelled_items_under_their_heading_and_over_a_paragraph_stand_apart():
    page = (
        "L'orto dopo la grandinata\n\nDi Lucia Ferrandi\n\n"
        "Il 14 giugno, verso le sei di sera, è arrivata una grandinata di dieci minuti, e"
        " dell'orto sul terrazzo sono rimasti soltanto i fusti.\n\n"
        "Cosa si è ripreso e cosa no\n"
        "Pomodori: ripresi quasi tutti, con tre settimane di ritardo.\n"
        "Zucchine: due piante su quattro, le altre le ho sostituite.\n"
        "Basilico: riseminato, già pronto a metà luglio.\n"
        "La lezione più importante? Da quest'anno la rete antigrandine resta montata da maggio"
        " a settembre, anche se rovina un po' la vista.\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [p[:9] for p in body(doc)] == [
        "Il 14 giu", "Cosa si è", "Pomodori:", "Zucchine:", "Basilico:", "La lezion",
    ]  # fmt: skip
    # (a paragraph whose lines each hold a sentence, no labels, stays one)
    prose = page.replace("Pomodori: ripresi", "I pomodori si sono ripresi").replace(
        "Zucchine: due piante", "Delle zucchine sono rimaste due piante"
    )
    assert len(body(parse_text(prose, source="t.txt", doc_id="t").document)) < 6


def test_a_lists_items_set_after_en_dashes_are_paragraphs_of_their_own():
    page = (
        "Premier repair café à Montcalvès\n\nPar Sylvie Delmas\n\n"
        "Samedi 16 novembre, la salle des fêtes accueillait le tout premier repair café"
        " organisé par notre association, de 9 heures à 13 heures.\n\n"
        "Ce qui a été réparé\n\n"
        "– Petit électroménager : bouilloires, grille-pain et trois aspirateurs ;\n"
        "– Textile : ourlets, boutons et deux fermetures éclair ;\n"
        "– Vélos : freins, chambres à air et un dérailleur capricieux.\n\n"
        "Prochain rendez-vous : samedi 14 décembre, même lieu, mêmes horaires.\n"
    )
    # (a crawl's record, whose blocks are paragraphs: a block of items is a list)
    record = {"title": "Premier repair café à Montcalvès", "text": page.split("\n\n", 2)[2]}
    doc = read_record(record, source="t.jsonl", doc_id="t")
    assert [p[:8] for p in body(doc)] == [
        "Samedi 1", "Ce qui a", "– Petit ", "– Textil", "– Vélos ", "Prochain",
    ]  # fmt: skip


def test_a_subheading_over_a_paragraph_whose_inner_quotation_opens_low():
    # („We kunnen …": a Dutch or German quotation opens with a low mark after a sentence)
    page = (
        "Dorpshuis dreigt te sluiten\n\nDoor Sanne Bruggink\n\n"
        "Al 46 jaar is De Klinker de huiskamer van Zuiderveen, maar zonder nieuwe vrijwilligers"
        " gaat na de zomer het licht uit, zegt het bestuur.\n\n"
        "Wethouder zoekt mee\n"
        "Wethouder Anouk Verhaar noemt het dorpshuis onmisbaar en belooft mee te denken. „We"
        " kunnen geen vrijwilligers leveren, maar we kunnen wel helpen met de werving en kijken"
        " of een deel van het beheer door de gemeente kan worden overgenomen.”\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [p[:12] for p in body(doc)] == ["Al 46 jaar i", "Wethouder zo", "Wethouder An"]


def test_an_avatars_initials_over_a_double_first_name_are_no_name():
    page = (
        "Dorpshuis dreigt te sluiten\n\nDoor Sanne Bruggink\n\n"
        "Al 46 jaar is De Klinker de huiskamer van Zuiderveen, maar zonder nieuwe vrijwilligers"
        " gaat na de zomer het licht uit, zegt het bestuur.\n\n"
        "Reacties (3)\n\n"
        "JH\nJan-Willem Hoekstra\n10 april 2024, 20:31\n"
        "Ik heb me net aangemeld voor de informatieavond.\nReageer\n\n"
        "FR\nFam. Roelofs\n10 april 2024, 21:12\nWij komen ook!\nReageer\n\n"
        "JS\nJan De Smet\n10 april 2024, 22:40\nIk ook.\nReageer\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t").document
    assert [c.author for c in doc.comments] == [
        "Jan-Willem Hoekstra", "Fam. Roelofs", "Jan De Smet",
    ]  # fmt: skip


def test_lemmys_german_post_head_names_the_poster_and_the_community():
    page = (
        "Zum Hauptinhalt springen\n\nradwelt.social\n\n"
        "Kette und Ritzel nach dem Winter total verrostet – retten oder tauschen?\n\n"
        "moorhexe  zu  Fahrradwerkstatt  ·  vor 3 Tagen\n\n"
        "Mein Alltagsrad stand den Winter über unter einem Carport, und jetzt sind Kette und"
        " Ritzel komplett braun, obwohl ich im Herbst noch geölt hatte.\n\n"
        "Lohnt es sich überhaupt, die Kassette zu retten, oder gehört die sowieso getauscht?\n"
    )
    doc = parse_text(page, source="t.txt", doc_id="t", language="de").document
    assert (doc.author, doc.site) == ("moorhexe", "Fahrradwerkstatt")


def test_a_line_of_hashtags_under_a_byline_is_the_posts_tags_not_a_paragraph():
    page = (
        "Review: Zeespiegel – dijken bouwen met z'n vieren\n"
        "12 maart 2022 · Joris Vermeulen · 6 min leestijd\n"
        "#coöperatief #2-4 spelers #Kleibord\n\n"
        "Zeespiegel is het tweede spel van de uitgever, en het is meteen het beste.\n\n"
        "Elke ronde trek je een stormkaart die bepaalt waar het water stijgt.\n"
    )
    doc = parse_text(page, source="t", doc_id="t").document
    assert body(doc)[0].startswith("Zeespiegel is het tweede spel")
    assert "#Kleibord" not in doc.text


def test_a_user_name_with_its_badge_over_an_age_a_blank_line_apart_heads_a_comment():
    page = (
        "Nabendynamo nachrüsten?\n\n"
        "Lohnt sich ein Nabendynamo an einem alten Stadtrad, das noch 300 Euro wert ist?\n\n"
        "3 Kommentare\n\n"
        "lisa_rad\n\nvor 1 Jahr\n\nAuf jeden Fall, nie wieder Akkus laden.\n\n21\n\n"
        "moritz_k OP\n\nvor 1 Jahr\n\nDanke, dann mache ich das im Frühjahr.\n\n4\n\n"
        "Tanja_Velo Mod\n\nvor 1 Jahr\n\nBitte keine Links zu Shops mit Partnercodes.\n\n11\n"
    )
    doc = parse_text(page, source="t", doc_id="t").document
    assert [c.author for c in doc.comments] == ["lisa_rad", "moritz_k", "Tanja_Velo"]


CONTEMPO_FIREFOX = """Skip to main content
Search This Blog
Search
The Quince Hedge
Notes from a small orchard on the edge of the fens
More…
Grafting the old Bramley: second attempt
March 03, 2024
Get link
Facebook
X
Pinterest
Email
Other Apps

Last spring I tried to graft three scions from the old Bramley onto new rootstock, and all three failed within a month.

This year I cut the scions in January and kept them in the fridge, wrapped in damp newspaper, until the buds on the rootstock began to swell.

Two of the three have now leafed out, which is more than I dared hope for.

Cheers, Maud
Posted by Maud Ellery
Labels
grafting orchard
Get link
Facebook
X
Comments

Tom Bassett March 4, 2024 at 9:12 AM

Well done! My Bramley grafts only took once I started sealing them with wax.

Reply
Replies

    Maud Ellery March 4, 2024 at 8:30 PM

    Thank you, Tom. I will try the wax next year.

Reply

Anonymous March 5, 2024 at 6:40 PM

Which rootstock did you use for the new trees?

Reply
Add comment
Load more...
"""


def test_a_contempo_blog_copied_without_blank_lines_heads_its_post_with_the_title():
    # the blog's name and tagline over its menu's "More…" button; "Posted by NAME", no
    # time, under the post's sign-off
    doc = read(CONTEMPO_FIREFOX).document
    assert (doc.title, doc.site, doc.author, doc.published) == (
        "Grafting the old Bramley: second attempt",
        "The Quince Hedge",
        "Maud Ellery",
        "2024-03-03",
    )
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["Last", "This", "Two", "Cheers,"]
    assert tree(doc) == [
        ("Tom Bassett", "2024-03-04", None),
        ("Maud Ellery", "2024-03-04", 0),
        ("Anonymous", "2024-03-05", None),
    ]
    assert "More…" not in doc.text and "Labels" not in doc.text


BLOCK_THEME_COPY = """Skip to content
The Potting Shed

    Home
    About

Dividing rhubarb crowns in late winter

February 20, 2024

My rhubarb patch is fifteen years old and the stalks have been getting thinner every spring, so this year I finally lifted and divided the crowns.

I cut each crown into pieces with at least one fat bud, replanted them a metre apart and mulched them with well-rotted manure.

Happy digging!

Written by
Ada Whitcombe
in
Gardening

rhubarb, perennials

Comments

  1. Hugh P.
     February 21, 2024

     How long before I can pull stalks from the divided pieces?

     Reply
       1. Ada Whitcombe
          February 21, 2024

          Leave them alone for a full year, then pick lightly the spring after.

          Reply
  2. Mona
     February 22, 2024

     Mine have not been divided in twenty years and still crop well.

     Reply
"""


def test_a_block_themes_post_meta_a_part_a_line_and_its_numbered_comments():
    # Twenty Twenty-Five copied: "Written by" / NAME / "in" / its category under the post;
    # each comment's name after its list number, its date a line under it
    doc = read(BLOCK_THEME_COPY).document
    assert doc.author == "Ada Whitcombe"
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["My", "I", "Happy"]
    assert tree(doc) == [
        ("Hugh P.", "2024-02-21", None),
        ("Ada Whitcombe", "2024-02-21", 0),
        ("Mona", "2024-02-22", None),
    ]


REDLIB = """redlib.

r/allotments
•
u/fern_row
•
3mo ago
Is a shed on my plot allowed without asking the committee?

Our site rules say nothing about sheds, but the committee chair says I need permission.

12 comments sorted by
Best

214
u/plot_holder_7 Committee member 3mo ago edited 3mo ago
Ask anyway. Most sites want to keep paths clear for the water cart.

    61
    u/fern_row 3mo ago
    Thanks, I will write to them this week.

r/allotments
Allotment growers

Sheds, seeds and site politics.

41.2k Members

87 Active

Subscribe
"""


def test_a_reddit_front_ends_copy_its_flaired_header_count_and_sidebar():
    # Redlib: the user's flair between the name and the age; the count's order on its
    # own line; the subreddit's box under the thread
    doc = read(REDLIB).document
    assert doc.comments_declared == 12
    assert tree(doc) == [("plot_holder_7", None, None), ("fern_row", None, 0)]
    assert texts(doc)[-1] == "Thanks, I will write to them this week."


W3M_BLOGGER = """Fen Edge Kitchen

Cooking from a small garden on the edge of the fens, one season at a time.

Tuesday, 14 May 2024

Rhubarb fool for a wet Sunday

The rhubarb is early this year. By the last week of April the crowns by the
shed were already throwing up stalks as thick as a thumb, and the neighbours
had started leaving bundles of it on the wall by the gate with a note asking
whether anyone knew what to do with quite so much of the stuff this spring.

I cooked them down with a little sugar and orange zest, let the fruit cool on
the windowsill while the rain came down, and folded it into cream that had
barely been whipped at all, so that it still slumped off the spoon in ribbons
rather than standing up in peaks the way the old cookery books would want.

Serve it in small glasses with a shortbread biscuit on the side. It keeps for
a day in the fridge, though in this house it has never had the chance to try.

Posted by Ruth Garner at 10:15

2 comments:

  1. Tom Fairbairn14 May 2024 at 21:12

     Orange zest is a revelation. Made a batch tonight with the last of ours.

     ReplyDelete
     Replies

      1. Ruth Garner15 May 2024 at 07:40

         Glad it worked for you, Tom.

         Delete
     Reply
"""


def test_a_text_browsers_dump_of_blogger_its_head_a_block_a_line_its_comments_numbered():
    # w3m: a blank line between the blog's name, its tagline, the date and the title; each
    # comment's number before its name run into the date
    doc = read(W3M_BLOGGER).document
    assert (doc.title, doc.site, doc.author) == (
        "Rhubarb fool for a wet Sunday",
        "Fen Edge Kitchen",
        "Ruth Garner",
    )
    assert tree(doc) == [("Tom Fairbairn", "2024-05-14", None), ("Ruth Garner", "2024-05-15", 0)]


HEDGE_POST = """Village Notes

A weekend of hedgelaying for beginners

Posted on 14 March 2024 by Ruth Lacey

Last weekend twelve of us, most of whom had never held a billhook, turned up at the farm on the edge of the village to lay forty metres of overgrown hawthorn along the lane.

I went in expecting a gentle couple of days of snipping. I came out with aching forearms, three plasters and a completely new respect for the people who did this for a living.

Alun showing us how to cut a pleacher on the first morning.

Day one: cutting and pleaching

Our instructor started by walking us along the hedge and pointing out which stems to keep, which to lay and which to cut out altogether.

Categories Village Tags courses, hedgelaying, winter

Post navigation
"""


def test_an_english_caption_of_a_name_and_what_they_are_doing_and_a_one_line_entry_footer():
    # the photo's caption between a paragraph and the next section's heading ("NAME showing
    # us …": no finite verb), and the theme's entry footer copied in one line, its labels
    # run into their links (GeneratePress's "Categories NAME Tags a, b, c")
    doc = read(HEDGE_POST).document
    assert [p[:20] for p in body(doc)] == [
        "Last weekend twelve ",
        "I went in expecting ",
        "Day one: cutting and",
        "Our instructor start",
    ]
    assert "Tags courses" not in doc.text


def test_twenty_fifteens_entry_footer_copied_with_its_labels_run_into_the_links():
    # the theme's hidden labels ("Veröffentlicht am", "Autor", "Kategorien") are copied and
    # run into the links after them: the writer and the date are read from it
    page = (
        "Gartenzeit am Bach\n\nVom Rasen zur Blumenwiese\n\n"
        "Vor zwei Jahren haben wir den Rasen hinter dem Haus abgetragen und eine Wiese gesät, "
        "sehr zur Sorge der Nachbarn.\n\n"
        "Heute blühen dort Margeriten und Wiesensalbei, und an warmen Tagen summt es laut.\n\n"
        "Veröffentlicht am 14. Mai 2024Autor Ulrike HaasKategorien Garten, NaturgartenSchlag"
        "wörter Blumenwiese, Insekten\n"
    )
    doc = read(page).document
    assert (doc.author, doc.published) == ("Ulrike Haas", "2024-05-14")
    assert body(doc)[-1].startswith("Heute blühen dort")


def test_a_jekyll_themes_skip_links_and_its_on_this_page_contents_in_french():
    # Minimal Mistakes: "Aller à la navigation principale" over the site's name, and the
    # post's contents box ("Sur cette page") listing its subheadings over the text
    page = (
        "Aller à la navigation principale\nAller au contenu principal\nAller au pied de page\n\n"
        "Carnets de la Cévenne\n\n"
        "Restauration de la calade : bilan du chantier bénévole\n\n14 mai 2024\n\n"
        "Sur cette page\nDeux jours, quarante mètres\nLa suite du chantier\n\n"
        "Les 13 et 14 avril, une trentaine de bénévoles se sont retrouvés au-dessus du hameau "
        "pour remettre en état la calade du chemin.\n\n"
        "Deux jours, quarante mètres\n\n"
        "Sous la conduite de Jordi, nous avons démonté puis reposé une quarantaine de mètres "
        "de calade, pierre par pierre.\n\n"
        "La suite du chantier\n\n"
        "Il reste environ cent vingt mètres à reprendre dans la partie haute, plus raide.\n"
    )
    doc = read(page).document
    assert doc.site == "Carnets de la Cévenne"
    assert body(doc)[0].startswith("Les 13 et 14 avril")
    assert len(body(doc)) == 5


def test_a_title_reading_as_a_sentence_over_an_astra_byline_a_blank_line_apart():
    # (Astra's "Por NAME / DATE" in every language; wpDiscuz's consent box over the form)
    parse = read(
        "Pular para o conteúdo\nHorta da Serra\nReceitas\nHorta\nContato\n\n"
        "Conservas\n\nSalguei limões pela primeira vez (e deu certo!)\n\n"
        "Por Marta Sousa / 2 de abril de 2024\n\n"
        "Quem acompanha o blog sabe que o limoeiro do quintal produziu como nunca neste "
        "inverno, e resolvi finalmente testar a conserva em sal.\n\n"
        "A ideia é simples: os limões ficam cobertos de sal e do próprio suco durante um mês, "
        "num pote bem fechado.\n\n"
        "Eu permito criar uma conta\n\n3 Comentários\n"
    )
    doc = parse.document
    assert doc.title == "Salguei limões pela primeira vez (e deu certo!)"
    assert (doc.author, doc.published) == ("Marta Sousa", "2024-04-02")
    assert body(doc)[0].startswith("Quem acompanha o blog")
    assert "Eu permito criar uma conta" not in doc.text


TILDES = """Tildes
~hobbies
Log in

Why does my sourdough starter smell of acetone?

Posted by levain_lou 2 days ago

It has been fed twice a day for a week and still smells like nail polish remover in the morning.

3 comments

crumb_theory 2 days ago (edited)
Hungry, not dead. Feed it more often or keep it somewhere cooler.
Votes (4)
Link
    levain_lou OP 2 days ago
    Thanks, I will try the cellar.
    Votes (1)
    Link
Comment deleted by author
    crumb_theory 1 day ago
    Even so: the smell goes once it is fed on time.
    Votes (2)
    Link
"""


def test_a_tildes_topic_its_group_an_edited_header_and_a_deleted_comment_with_a_reply():
    doc = read(TILDES).document
    assert doc.site == "~hobbies"
    assert doc.author == "levain_lou"
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("crumb_theory", None),
        ("levain_lou", 0),
        (None, None),
        ("crumb_theory", 2),
    ]


def test_tags_over_the_writers_box_and_the_sites_footer_under_its_name_are_no_body():
    doc = read(
        "L'Écho du Vallon\nNouvelles\nÉvénements\nÀ propos\n\n"
        "La passerelle du moulin rouvrira en mai\n\n2 avril 2024\nÉcrit par Odile Martel\n\n"
        "Fermée depuis l'hiver pour des raisons de sécurité, la passerelle du moulin rouvrira "
        "aux piétons au début du mois de mai, a annoncé la municipalité.\n\n"
        "Les travaux ont permis de remplacer le tablier et les garde-corps, rongés par "
        "l'humidité de la rivière.\n\n"
        "Patrimoine\nRivière\n\n"
        "Odile Martel\nJournaliste bénévole au journal depuis sa fondation.\n\n"
        "L'Écho du Vallon\n\n"
        "Un média communautaire fait par et pour les gens du vallon, chaque semaine.\n\n"
        "Infolettre\n\nRecevez les nouvelles du village une fois par semaine.\n"
    ).document
    assert doc.title == "La passerelle du moulin rouvrira en mai"
    assert [p[:20] for p in body(doc)] == ["Fermée depuis l'hive", "Les travaux ont perm"]


def test_a_news_page_s_long_read_also_line_its_writers_photo_and_initials_over_handles():
    parse = read(
        "El Diario del Valle\n\nPortada\nComarcas\n\n"
        "La biblioteca de Fuentelsaz abre también por las tardes\n\n"
        "Lorena Balbás\n14/03/2024 - 07:30\n\n"
        "Las lectoras del club, con la bibliotecaria, en la sala nueva. Lorena Balbás\n\n"
        "FUENTELSAZ. La biblioteca municipal abrirá de lunes a jueves por la tarde desde "
        "abril, después de que el Ayuntamiento haya contratado a una segunda persona.\n\n"
        "Te puede interesar: El autobús de la comarca suma una segunda ruta por los pueblos "
        "del valle alto\n\n"
        "El horario de mañana se mantiene como hasta ahora, de diez a dos, y el préstamo "
        "entre bibliotecas seguirá los martes.\n\n"
        "Comentarios (2)\n\n"
        "PH\nPaco el del horno\nhace 2 h\n\n"
        "Por fin, que por las mañanas trabajamos todos.\n\nResponder\n\n"
        "VM\nVeci_de_Molinillos\n14/03/2024 13:05\n\n"
        "Desde Molinillos os damos la enhorabuena.\n\nResponder\n"
    )
    doc = parse.document
    assert doc.author == "Lorena Balbás"
    assert [p[:20] for p in body(doc)] == ["FUENTELSAZ. La bibli", "El horario de mañana"]
    assert [c.author for c in doc.comments] == ["Paco el del horno", "Veci_de_Molinillos"]


GENESIS = """Brick & Bramble

  * Home
  * Projects
  * About

How we dried out the cellar

March 14, 2024 by Hannah Ellery 3 Comments

We said no to the damp-proofing firms, and this is the long version of why, over two years of weekends.

The ground outside was higher than the floor inside, and lowering it did more than any injection would have.

Comments

  1. Tom Whitlow says
     March 15, 2024 at 9:12 am

     Same here: the patio was the culprit all along.

     Reply

Trackbacks

  1. Damp myths we keep hearing – Old House Notebook says
     March 18, 2024 at 8:02 am

     […] Hannah has a clear write-up of why their cellar stayed wet until they dealt with the ground […]
"""


def test_a_trackback_listed_under_its_posts_title_is_counted_apart_not_a_comment():
    parse = read(GENESIS)
    doc = parse.document
    assert doc.site == "Brick & Bramble"
    assert [c.author for c in doc.comments] == ["Tom Whitlow"]
    assert doc.comments_declared == 3


MEDIUM = """Open in app

Sign up

Sign in

Why we closed the office on Fridays
Two years of a four-day week in a small engineering firm.
Femke Wijnhoven
Working Otherwise

Femke Wijnhoven

·

Follow

Published in

Working Otherwise

·
7 min read
·
Mar 14, 2024

412

9

Listen

Share

In January 2022 the fourteen of us decided to try a four-day week: the same pay, thirty hours instead of forty, the office shut on Fridays.

I promised then to write down honestly how it went after two years. This is that piece.
"""


def test_a_medium_copy_s_avatars_and_published_in_line_give_author_site_and_date():
    doc = read(MEDIUM).document
    assert doc.title == "Why we closed the office on Fridays"
    assert (doc.author, doc.site, doc.published) == (
        "Femke Wijnhoven",
        "Working Otherwise",
        "2024-03-14",
    )
    assert body(doc)[0].startswith("In January 2022")


FLARUM = """Makers' Forum
Sign Up
Log In

Garden Builds
Can old sash windows carry a greenhouse roof?

Reply
Follow
Original Post
1 of 4
Mar 14, 2023

Torben_K
Mar 14, 2023

Hi all,

a neighbour gave me twelve old sash windows and I want to build a greenhouse of three by four metres with them.

Thanks in advance, Torben

Like
Reply
Mattes, Gundula and 4 others like this.
Mattes replied to this.

Mattes
Mar 14, 2023

With windows that heavy I would pour a strip foundation. Point footings settle unevenly and then the windows jam.

Like
Reply
Torben_K likes this.

Torben_K
Mar 15, 2023

Mattes
Point footings settle unevenly and then the windows jam.
I had not thought of that. Eighty centimetres all round is a lot of digging though.

Like
Reply
"""


def test_a_flarum_copy_its_tag_over_the_title_its_likes_and_a_quotation_headed_by_a_name():
    doc = read(FLARUM).document
    assert doc.title == "Can old sash windows carry a greenhouse roof?"
    assert doc.author == "Torben_K"
    assert body(doc)[-1] == "Thanks in advance, Torben"
    assert [c.author for c in doc.comments] == ["Mattes", "Torben_K"]
    assert texts(doc)[1] == (
        "I had not thought of that. Eighty centimetres all round is a lot of digging though."
    )


IPB2 = """The Mediterranean Garden
Home
Search
Members

The Mediterranean Garden > Pots and balconies > Olive in a pot: yellow leaves after repotting

Olive in a pot: yellow leaves after repotting

This topic has been read 312 times


RosaVerde
Member
Group: Member
Posts: 87
Location: Terracina

Status: Offline

 view post Posted on 14/3/2024, 21:12
Quote

Olive in a pot: yellow leaves after repotting

At the end of February I moved my olive into a bigger terracotta pot with ordinary compost and a little sand. For ten days now the lowest leaves have been turning yellow and some have dropped.

  Top

Tonino_Olives
Olive expert
Group: Moderator
Posts: 4,318
Location: Itri

Status: Offline

 view post Posted on 14/3/2024, 22:05
Quote

A little yellowing after repotting is normal: the tree loses some fine roots and sheds a few old leaves.

  Top
"""


def test_an_invision_board_2_copy_its_posters_box_over_view_post_posted_on_date():
    doc = read(IPB2).document
    assert doc.title == "Olive in a pot: yellow leaves after repotting"
    assert (doc.author, doc.published) == ("RosaVerde", "2024-03-14")
    assert [(c.author, c.published) for c in doc.comments] == [("Tonino_Olives", "2024-03-14")]
    assert texts(doc)[0].startswith("A little yellowing after repotting")


TEXTEDIT = (
    "Ciclovia del fiume\n\nPubblicato il 14 maggio 2023 da Stefano G. · 3 commenti\n\n"
    "Sabato mattina siamo andati a provare il nuovo tratto della ciclovia lungo il fiume, "
    "dalla vecchia stazione fino al mulino.\n\n"
    "Il fondo è buono quasi ovunque, tranne dopo il mulino, dove lo stabilizzato è ancora "
    "molto smosso.\n\n"
    "3 commenti\n"
    "\t•\tGiulia Ferretti • 2 anni fa\n"
    "Bellissimo resoconto! Ci andiamo domenica con i bambini.\n"
    "6 • Rispondi • Condividi ›\n"
    "\t\t◦\tStefano G. Mod  Giulia Ferretti • 2 anni fa\n"
    "Ciao Giulia, il parcheggio è gratuito e la domenica mattina c'è posto.\n"
    "3 • Rispondi • Condividi ›\n"
    "\t•\tRoberto_Bk • 2 anni fa\n"
    "Io ci sono passato due settimane fa e lo stabilizzato era peggio ancora.\n"
    "2 • Rispondi • Condividi ›\n"
)


def test_a_disqus_thread_copied_into_textedit_nests_by_its_tabbed_bullets():
    # (TextEdit keeps a list's tab, bullet and tab: "•" a comment, "◦" a reply, "▪" deeper)
    doc = read(TEXTEDIT).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Giulia Ferretti", None),
        ("Stefano G.", 0),
        ("Roberto_Bk", None),
    ]


SUBSTACK_EN = """The Allotment Letter
Subscribe
Sign in

Why we moved the compost bays

Three years of soggy heaps, and what finally fixed them.

Hannah Reed
Mar 14, 2024

23

7

Share

The old bays stood in the lowest corner of the site, where the water from the paths collects every winter and the heaps never warmed through.

We moved them up beside the shed in February, onto a bed of pallets and gravel, and the first heap was steaming within a fortnight.

23 Likes ∙ 2 Restacks

Discussion about this post

Comments
Restacks

Write a comment...

Maggie Lowe
Mar 14, 2024

We did the same on our site last year, and the rats left with the damp.

Like (9)
Reply
Share

Tom B.
Mar 16, 2024

Did you line the pallets with anything, or leave them open underneath?

Like
Reply
Share

Top
Latest
Discussions

Seed swap day: what went where
Hannah Reed
Apr 2, 2024

Who grows what: a visit to plot 14
Hannah Reed
Feb 8, 2024

Ready for more?

Subscribe

© 2025 Hannah Reed
Privacy ∙ Terms ∙ Collection notice
Start writing
Get the app
"""


def test_a_substack_copy_ends_its_comments_at_the_tabs_over_the_newsletters_other_posts():
    # ("Top" / "Latest" / "Discussions", then other posts' titles over their writer and date)
    doc = read(SUBSTACK_EN).document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Maggie Lowe", "2024-03-14"),
        ("Tom B.", "2024-03-16"),
    ]
    assert "Restacks" not in doc.text and "Seed swap day" not in doc.text


GHOST_EN = """The Tideline
Home
About

Walking
What I pack for a winter coast walk

Rosa Pike
Feb 14, 2024 — 5 min read

Most of my winter walks are short, but the coast path turns quickly when the light goes, and I have learned to carry more than the walk seems to need.

The heaviest thing in my bag is a flask of soup, and it is always the first thing I am glad of when the wind comes off the sea.

Subscribe to The Tideline

Get the latest posts delivered right to your inbox.

jamie@example.com
Subscribe

Read more

Walking
The ferry that stopped running
The crossing was cheap and slow and everyone used it. A year on, the village misses it.
Feb 3, 2024 — 4 min read

Kitchen
Soup for a cold flask
Three soups that survive four hours in a flask and still taste of something.
Jan 18, 2024 — 3 min read

The Tideline © 2024
Powered by Ghost
"""


def test_a_ghost_copy_ends_at_its_subscribe_box_and_the_cards_of_other_posts_under_it():
    # Casper's box: "Subscribe to SITE" / pitch / address field / button, a blank line
    # between each part; then "Read more" over other posts' cards, each closed by its date
    doc = read(GHOST_EN).document
    assert body(doc) == [
        "Most of my winter walks are short, but the coast path turns quickly when the light "
        "goes, and I have learned to carry more than the walk seems to need.",
        "The heaviest thing in my bag is a flask of soup, and it is always the first thing I "
        "am glad of when the wind comes off the sea.",
    ]


OLIVERO_EN = """Skip to main content

Millbrook Residents' Association

Proposal: a Saturday market in the old goods yard

By Marisa Okafor, 12 March, 2024

The committee has drawn up a proposal to use the old goods yard behind the station, empty since the freight depot moved out in 2019.

What we ask the council for

the use of the yard for four years
a water tap and two power points
leave to put an awning along the platform

Please tell us what you think below, or come to the meeting on Thursday the 21st.

Comments 3

Lola F.
Wed, 13/03/2024 - 09:12

Stand by the river

Could the stalls stand by the river wall instead? There is more shade there in summer.

Reply

Tom Weller (not verified)
Wed, 13/03/2024 - 20:05
In reply to Stand by the river by Lola F.

Too narrow

The path along the river wall is too narrow for a van to unload, sadly.

Reply

Priya Shah
Thu, 14/03/2024 - 08:30

Dogs welcome?

Will dogs be allowed on the market? Half the street walks one on Saturday mornings.

Reply

Upcoming events

Members' meeting
Thu, 21/03/2024 - 19:30

Park clean-up
Sat, 06/04/2024 - 10:00
"""


def test_drupal_olivero_copied_its_subjects_a_block_over_each_text_and_replies_by_subject():
    doc = read(OLIVERO_EN).document
    assert body(doc)[2:5] == [
        "the use of the yard for four years",
        "a water tap and two power points",
        "leave to put an awning along the platform",
    ]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Lola F.", None),
        ("Tom Weller", 0),
        ("Priya Shah", None),
    ]
    assert (
        texts(doc)[1] == "The path along the river wall is too narrow for a van to unload, sadly."
    )
    assert "Park clean-up" not in doc.text


FIREFOX_LIST = """Why the bread won't rise

Since the move, none of my loaves rise properly, though the starter is the same one I have fed for six years and it still doubles in four hours.

Things I've tried so far:
    a warmer spot by the boiler for the second rise, with a tea towel over the tin
    less salt, from twelve grams down to nine, which only made the crust paler
    a new bag of the same flour from a different shop, in case the old one was stale
Is the water here harder, or is it the oven? The old one ran hot, and this one may not reach the heat it says it does.
"""


def test_firefoxs_copy_of_a_list_without_bullets_sets_its_items_in_under_the_line_over_them():
    assert body(read(FIREFOX_LIST).document)[1:] == [
        "Things I've tried so far:",
        "a warmer spot by the boiler for the second rise, with a tea towel over the tin",
        "less salt, from twelve grams down to nine, which only made the crust paler",
        "a new bag of the same flour from a different shop, in case the old one was stale",
        "Is the water here harder, or is it the oven? The old one ran hot, and this one may not "
        "reach the heat it says it does.",
    ]


TT3_FIREFOX = """Skip to content
Bia's Notebook

Teaching my mother her new phone

When my mother got a new phone at Christmas, the first thing she said was that it would live in the drawer, and for a month it did.

Three months later she sends voice notes to the family group and video-calls her granddaughter in Lisbon every Sunday.

Posted

March 14, 2024

in

Family

by

Beatriz Lemos

2 responses to “Teaching my mother her new phone”

    Juliana Prates
    March 14, 2024

    What a lovely post. I am going through exactly this with my father right now.

    Reply

        Beatriz Lemos
        March 14, 2024

        Start with answering calls, Juliana: that is what happens most.

        Reply
"""


def test_a_block_themes_post_meta_copied_a_part_a_block_is_the_byline_not_a_comment():
    # Twenty Twenty-Three's "Posted DATE in CATEGORY by NAME" row, each part a block of its
    # own in Firefox's copy: not a comment by "Posted" dated March 14
    doc = read(TT3_FIREFOX).document
    assert (doc.author, doc.published) == ("Beatriz Lemos", "2024-03-14")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Juliana Prates", None),
        ("Beatriz Lemos", 0),
    ]


NEWS_IT = """Valle Notizie
sabato 16 marzo 2024
Abbonati
Accedi

Chiude l'ambulatorio di Pieve Alta

di Federica Lanzoni
14 marzo 2024 ore 07:30 · Aggiornato il 15 marzo 2024 ore 09:12

Dal primo aprile il paese resterà senza medico di base: il dottor Bellotti va in pensione dopo trentotto anni di visite.

Potrebbe interessarti: Guardia medica, turni ridotti nel weekend

Il Comune ha offerto gratis un locale in piazza per un ambulatorio a giorni alterni, in attesa del sostituto.

Commenti

Paolo Z.
14 marzo 2024 alle 09:15

In tutta la valle mancano medici, e nessuno vuole venire a lavorare in montagna.

Rispondi · Segnala · Mi piace 7

Redazione
in risposta a Paolo Z.
14 marzo 2024 alle 10:02

Gentile Paolo, la Regione ha annunciato un bonus per chi sceglie le zone disagiate.

Rispondi · Segnala · Mi piace 2
"""


def test_a_news_copy_dated_under_its_byline_its_read_also_line_and_the_newsroom_answering():
    # (the date bar over the title is the day the page was copied; "Redazione", a badge's
    # word alone, is the newsroom's name over whom it answers)
    doc = read(NEWS_IT).document
    assert (doc.author, doc.published) == ("Federica Lanzoni", "2024-03-14")
    assert not any(p.startswith("Potrebbe interessarti") for p in body(doc))
    assert [(c.author, c.parent) for c in doc.comments] == [("Paolo Z.", None), ("Redazione", 0)]


OCEANWP_FIREFOX = """Skip to content

Allotment Notes

  * Home
  * Garden
  * About

Building a hen house from pallets

  * Home » Hens » Building a hen house from pallets

  * Post author:Jeroen Baker
  * Post published:March 14, 2024
  * Post category:Hens / Woodwork
  * Post comments:2 Comments

Building a hen house from pallets

Last spring we built a hen house from old pallets over a few weekends. Four hens live in it now, and a year on it is time for an honest account.

Taking the pallets apart took by far the longest. Reckon on half an hour a pallet if you want the boards whole.

This Post Has 2 Comments

  1. Sanne Visser March 14, 2024 Reply

     What a lovely hen house! How did you treat the wood against the rain?

       1. Jeroen Baker March 14, 2024 Reply

          Twice with linseed oil, Sanne, and the roof overhangs on every side.
"""


def test_oceanwp_copied_its_post_meta_a_field_a_bullet_and_its_comments_under_their_heading():
    doc = read(OCEANWP_FIREFOX).document
    assert (doc.author, doc.published, doc.site) == (
        "Jeroen Baker",
        "2024-03-14",
        "Allotment Notes",
    )
    assert doc.comments_declared == 2
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Sanne Visser", "2024-03-14", None),
        ("Jeroen Baker", "2024-03-14", 0),
    ]


LADDER_FOUR_DEEP = """Windfall cider

Three weeks ago we finally pressed the windfalls from the orchard behind the church, and the juice is bubbling in two buckets in the shed.

12 Comments

  * Harriet Bell
    6 months ago

    Lovely to read. Ours went cloudy at first too and cleared by itself after a month.

      o Rob Aldridge  Harriet Bell
        6 months ago

        Thanks Harriet! When did you rack yours?

          + Harriet Bell  Rob Aldridge
            6 months ago

            We waited until the airlock was down to one blip a minute.

              # Rob Aldridge  Harriet Bell
                6 months ago

                Five weeks it is, then.

  * Dai Morgan
    6 months ago

    Freeze a litre for the winter, it keeps its apple.

      o cidermaker_jen  Dai Morgan
        6 months ago

        Agree with Dai. Freezing works.
"""


def test_a_text_browsers_bullets_four_deep_and_a_handle_after_the_second_nest_the_thread():
    # ("*", "o", "+", then "#" set in: no Markdown heading; "o" before a user's handle)
    doc = read(LADDER_FOUR_DEEP).document
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Harriet Bell", None),
        ("Rob Aldridge", 0),
        ("Harriet Bell", 1),
        ("Rob Aldridge", 2),
        ("Dai Morgan", None),
        ("cidermaker_jen", 4),
    ]


BLOGGER_ESSENTIAL_ES = """Papel y Aguja
Buscar este blog
Inicio
Encuadernación japonesa para principiantes
de Marisa Quintero
jueves, 14 de marzo de 2024
9 comentarios

Hace tiempo que me pedís un tutorial sencillo de encuadernación japonesa, así que aquí está, paso a paso y sin herramientas raras.

Vamos a coser un cuaderno de tamaño A6 con treinta hojas y unas tapas de cartulina del mismo tamaño.
"""


def test_bloggers_essential_theme_its_byline_word_over_the_date_is_no_part_of_the_name():
    doc = read(BLOGGER_ESSENTIAL_ES).document
    assert (doc.author, doc.published) == ("Marisa Quintero", "2024-03-14")


GHOST_COMMENTS_DE = """Der Wochenmarkt zieht um

Der Markt zieht für achtzehn Monate vom Ostplatz in die Gerberstraße, solange der Platz umgebaut wird.

Herzlich,

Friederike

Abonniere die Ostviertel-Post
Jeden Donnerstag die wichtigsten Nachrichten aus dem Viertel direkt in dein Postfach.
Jetzt abonnieren

2 Kommentare

HK
Hannes Krüger
·Anwohner Gerberstraße·14. März 2024
Samstags um sechs Uhr früh Lieferwagen vor dem Schlafzimmerfenster, das wird anstrengend.

4
Antworten

FA
Friederike Assmann
·Herausgeberin·15. März 2024 (bearbeitet)
Laut Ordnungsamt dürfen die Stände erst ab halb sieben aufbauen.

5
Antworten
"""


def test_ghosts_comments_their_expertise_and_date_after_dots_and_a_sign_off_over_its_box():
    # ("Friederike" over the newsletter box is the post's sign-off, no heading of the box)
    doc = read(GHOST_COMMENTS_DE).document
    assert body(doc)[-2:] == ["Herzlich,", "Friederike"]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Hannes Krüger", "2024-03-14"),
        ("Friederike Assmann", "2024-03-15"),
    ]
    assert texts(doc)[0].startswith("Samstags um sechs Uhr")


NEWS_PT = """Jornal da Serra

Fábrica de lanifícios vai ser residência de estudantes

Investimento prevê 120 camas no antigo edifício da tecelagem.

Rui Sequeira
14 de março de 2024, 07:30
Atualizado a 14 de março de 2024, 11:05

A antiga fábrica de lanifícios vai ser transformada numa residência para estudantes, com abertura prevista para o outono de 2026.

O projeto mantém a chaminé e dois teares na entrada, como memória do edifício.
"""


def test_a_portuguese_papers_updated_line_under_its_byline_is_no_paragraph():
    # (pt-PT writes "Atualizado a DATE", pt-BR "Atualizado em DATE")
    doc = read(NEWS_PT).document
    assert doc.published == "2024-03-14"
    assert "Atualizado" not in doc.text


def test_substacks_tabs_in_spanish_end_the_comments():
    page = SUBSTACK_EN.replace("Top\nLatest\nDiscussions", "Principales\nMás recientes\nDebates")
    page = page.replace("Ready for more?", "¿Listo para más?")
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["Maggie Lowe", "Tom B."]
    assert "¿Listo para más?" not in doc.text


ASHE_IT = """Salta al contenuto

Home
Ricette
Dolci
Chi sono

Il Barattolo di Lia
Conserve e dolci di casa

Conserve

Le albicocche sciroppate della zia Lina

12 luglio 2023

Ogni luglio la zia Lina riempiva la cantina di vasetti di albicocche, e quest'anno ho finalmente copiato le sue dosi dal quaderno che tiene in cucina da quarant'anni.

Le albicocche divise a metà, pronte per i vasetti.

Ingredienti per 3 vasetti

    1 kg di albicocche sode
    300 g di zucchero e 700 ml di acqua

Preparazione

Sciogliete lo zucchero nell'acqua, sistemate le albicocche nei vasetti e copritele con lo sciroppo ancora caldo, poi sterilizzate per venti minuti.

Condividi

albicocche  conserve

Lia Bertolini

Potrebbe interessarti anche

Pesche al vino rosso
2 luglio 2023

3 Commenti

    Franca
    13 luglio 2023 alle 08:14 Rispondi

    Si possono fare anche con le pesche noci?

        Lia Bertolini
        13 luglio 2023 alle 09:30 Rispondi

        Sì, vanno benissimo: tagliatele a spicchi.

    Dario M.
    15 luglio 2023 alle 21:02 Rispondi

    Fatte ieri, buonissime.

Lascia un commento Annulla risposta

© 2024 - Il Barattolo di Lia. Tutti i diritti riservati.
Ashe Theme by WP Royal.
"""


def test_ashes_comments_the_date_and_reply_button_under_each_name():
    # (Ashe copied in Firefox: the name, then "DATE alle TIME Rispondi" on one line, no
    # trailer of the comment above)
    doc = read(ASHE_IT).document
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Franca", "2023-07-13"),
        ("Lia Bertolini", "2023-07-13"),
        ("Dario M.", "2023-07-15"),
    ]
    assert texts(doc)[0] == "Si possono fare anche con le pesche noci?"


def test_the_site_is_the_head_line_the_copyright_line_names_not_the_menus_first_item():
    assert read(ASHE_IT).document.site == "Il Barattolo di Lia"


def test_the_writers_name_alone_under_the_post_is_the_author_where_they_answer_in_the_thread():
    assert read(ASHE_IT).document.author == "Lia Bertolini"
    # (a name alone there that no reply carries is no author found)
    page = ASHE_IT.replace("        Lia Bertolini\n", "        Nadia\n")
    assert read(page).document.author is None


def test_a_photos_caption_over_a_recipes_list_heading_is_no_paragraph():
    doc = read(ASHE_IT).document
    assert "Le albicocche divise a metà" not in doc.text
    assert body(doc)[1:3] == ["Ingredienti per 3 vasetti", "1 kg di albicocche sode"]


def test_a_newsletter_box_in_a_copy_with_no_blank_lines_goes_with_its_button():
    # (Chrome on Android: a paragraph a line; "Sumate …" / "Quiero recibirlas" over the comments)
    page = (
        "Diario del Valle\nCierra la bicicletería de la avenida\nPor Marta Ruiz\n"
        "14 de marzo de 2024\n"
        "El cartel escrito a mano en la vidriera lo dice todo: la bicicletería cierra el sábado "
        "después de cincuenta y dos años, y en el barrio nadie termina de creerlo todavía.\n"
        "La decisión, explica su dueño, no tiene que ver con las ventas sino con la espalda, "
        "que ya no le deja pasar ocho horas agachado sobre una rueda.\n"
        "En la ciudad quedan apenas dos talleres como este, y los dos están en manos de "
        "mecánicos que pasan los setenta años y no tienen a quién dejarle el oficio.\n"
        "Su dueño arregló bicicletas desde los catorce años y dice que ya es hora de descansar, "
        "aunque promete pasar por la plaza los sábados a inflar ruedas a quien lo necesite.\n"
        "Sumate a nuestra comunidad y recibí las noticias del Valle en tu celular.\n"
        "Quiero recibirlas\nComentarios (1)\nAna P.\nhace 2 horas\nUna pena, era el mejor taller.\n"
    )
    doc = read(page).document
    assert body(doc)[-1].startswith("Su dueño arregló")
    assert "Quiero recibirlas" not in doc.text


def test_substacks_german_fold_and_tabs_are_no_comment_text():
    page = SUBSTACK_EN.replace("Top\nLatest\nDiscussions", "Oben\nNeueste\nDiskussionen")
    page = page.replace("Ready for more?", "Bereit für mehr?")
    first = page.index("Maggie Lowe")
    page = page[:first] + page[first:].replace("\n\n", "\nVollständigen Kommentar anzeigen\n\n", 1)
    doc = read(page).document
    assert [c.author for c in doc.comments] == ["Maggie Lowe", "Tom B."]
    assert "Vollständigen Kommentar" not in doc.text and "Bereit für mehr?" not in doc.text


def test_twenty_fourteens_meta_row_the_date_the_name_and_the_count_on_one_line():
    page = (
        "The Cold Frame Diaries\n\nSeed Starting\n\nWinter sowing in milk jugs\n\n"
        "January 20, 2024 Dan Whitlow 2 Comments\n\n"
        "Every January the seed catalogs arrive and the grow shelf fills up within a week.\n\n"
        "2 thoughts on “Winter sowing in milk jugs”\n\n"
        "  1. Marge says:\n     January 21, 2024 at 8:02 am\n\n     Trying this with kale.\n\n"
        "  2. Dan Whitlow says:\n     January 21, 2024 at 9:15 am\n\n     Good luck!\n"
    )
    doc = read(page).document
    assert (doc.author, doc.published, doc.comments_declared) == ("Dan Whitlow", "2024-01-20", 2)
    assert "Dan Whitlow 2 Comments" not in doc.text


NEXT_PT = """Diário de Oficina
Madeira, ferramentas e consertos

Início
Sobre
Arquivo

Índice Visão geral
1. O banco
2. A bancada
Paula Reis
Marceneira amadora, professora de física e dona de mais grampos do que precisa.
18
posts
4
categorias
GitHub E-Mail
0%
Uma bancada dobrável para a varanda
Postado em 2024-04-02 Editado em 2024-04-05 Em Madeira Disqus: 3 comentários
Visualizações: 812 Contagem de palavras no artigo: 410 Tempo de leitura ≈ 2 minutos
A varanda do apartamento tem um metro e meio de largura, e eu queria uma bancada que sumisse quando não estivesse em uso.

O banco

Usei pinho de reflorestamento e dobradiças de piano. Antes de montar, separei três coisas:

o tampo com 80 centímetros
dois pés com trava
uma régua de alumínio

O resultado ficou firme o bastante para serrar à mão.

© 2024 Paula Reis
"""


def test_hexo_next_its_sidebar_bio_over_the_title_and_its_meta_rows_are_no_paragraphs():
    # (NexT's sidebar comes first: the table of contents and the author's bio and counts
    # stand over the title and its "Postado em DATE …" row)
    doc = read(NEXT_PT).document
    assert (doc.title, doc.published, doc.site) == (
        "Uma bancada dobrável para a varanda",
        "2024-04-02",
        "Diário de Oficina",
    )
    assert body(doc)[0].startswith("A varanda do apartamento")
    assert "Marceneira amadora" not in doc.text and "Visualizações" not in doc.text
    # (a list whose bullets Chrome dropped, its items in small letters: an item a paragraph)
    assert body(doc)[3:6] == ["o tampo com 80 centímetros", "dois pés com trava",
                              "uma régua de alumínio"]  # fmt: skip


BLOCKSY_NL = """Zaterdagklus
Klussen met kinderen

Knutselen

Een vlot bouwen van regentonnen

    Door Ruben Verhoeff
    2 juni 2024
    2 reacties

Vorige zomer bouwden we met de kinderen een vlot van vier oude regentonnen en een pallet.

Het dreef meteen, en het hield drie kinderen en een hond.

Deel je liefde

    Facebook
    WhatsApp

Tags:
    vlot
    kinderen

Ruben Verhoeff

Vader van twee, eigenaar van te veel gereedschap. Schrijft hier over klussen die in een weekend passen.

Artikelen: 38

Gerelateerde berichten

Een insectenhotel van sloophout
2 maart 2024

Een vogelhuisje voor de schuur
17 februari 2024

2 reacties

    Marieke
    3 juni 2024 Beantwoorden

    Wat een leuk project!

        Ruben Verhoeff
        3 juni 2024 Beantwoorden

        Dank je!
"""


def test_blocksys_share_heading_author_box_and_related_titles_over_the_count():
    # (the related posts' titles over their dates, under their heading and over "2 reacties",
    # are no comments; the writer's name, bio and "Artikelen: 38" are their box)
    doc = read(BLOCKSY_NL).document
    assert body(doc) == [
        "Vorige zomer bouwden we met de kinderen een vlot van vier oude regentonnen en een pallet.",
        "Het dreef meteen, en het hield drie kinderen en een hond.",
    ]
    assert tree(doc) == [("Marieke", "2024-06-03", None), ("Ruben Verhoeff", "2024-06-03", 0)]


PAPERMOD_ES = """Bits de Taller (Alt + H)

Inicio
Etiquetas

Un teclado partido hecho en casa

14 de marzo de 2024 · 6 min · Íñigo Sala

Llevaba años con dolor en las muñecas y este invierno me decidí a montar un teclado partido.

El kit venía con la placa, los diodos y dos microcontroladores, y lo monté en dos tardes.

teclados
soldadura
qmk

« Anterior
Cómo calibré la impresora 3D
Siguiente »
Una mesa plegable para el balcón

© 2024 Bits de Taller · Desarrollado por Hugo & PaperMod
"""


def test_papermods_tags_in_small_letters_its_post_links_and_its_logos_shortcut():
    doc = read(PAPERMOD_ES).document
    assert doc.site == "Bits de Taller"  # (not "… (Alt + H)", the logo link's shortcut key)
    assert [p[:12] for p in body(doc)] == ["Llevaba años", "El kit venía"]


def test_a_papers_reply_line_in_reactie_op_name_under_the_date_nests_the_reply():
    page = (
        "De Veenbode\n\nZorgboerderij op het melkveebedrijf\n\nDoor Anne Post\n"
        "14 maart 2024\n\nDe familie Hoekstra begint in mei een zorgboerderij op het bedrijf.\n\n"
        "3 reacties\n\nGerrit Postma\n14 maart 2024 om 08:10\n\nMooi dat de stal een goede "
        "bestemming krijgt.\n\nReageren Melden 👍 3\n\nHarm\n14 maart 2024 om 09:15\n"
        "In reactie op Gerrit Postma\n\nWat heet goede bestemming, Gerrit?\n\n"
        "Reageren Melden 👍 2\n\nTineke\n14 maart 2024 om 10:02\n\nSucces gewenst!\n\n"
        "Reageren Melden\n"
    )
    doc = read(page).document
    assert tree(doc) == [
        ("Gerrit Postma", "2024-03-14", None),
        ("Harm", "2024-03-14", 0),
        ("Tineke", "2024-03-14", None),
    ]
    assert texts(doc)[1] == "Wat heet goede bestemming, Gerrit?"


def test_twenty_thirteens_meta_run_together_in_a_firefox_copy_gives_date_and_writer():
    page = (
        "Le balcon de Solène\n\nUn potager plein nord : le bilan\n"
        "14 mars 2024Potagerbalcon, légumes, ombreSolène Marchetti\n\n"
        "Quand nous avons emménagé au quatrième étage, tout le monde m'a dit d'oublier les "
        "tomates.\n\nCette année, je tente les pois gourmands le long de la rambarde.\n"
    )
    doc = read(page).document
    assert (doc.author, doc.published) == ("Solène Marchetti", "2024-03-14")
    assert body(doc)[0].startswith("Quand nous avons emménagé")


GHOST_SOURCE_EN = """The Pier Log
Home
Subscribe

Field notes
Counting the pier's lamp posts

I meant to count them in a day. It took a month.

Ada Brennan
Mar 14, 2024— 4 min read

When the council said the pier's lamps would be replaced, nobody could tell me how many there were.

So I counted them myself, one evening at a time.

Sign up for The Pier Log

One pier, counted carefully. New issues most Fridays.

Subscribe

Read more

Why the pier clock runs slow

It was set that way in 1911, and nobody has changed it since.

Ada Brennan
Feb 29, 2024

Every bench on the promenade, ranked

I sat on all of them so you don't have to.

Ada Brennan
Feb 15, 2024

The Pier Log © 2025
Powered by Ghost

Member discussion
2 comments

Rob Kemp
Retired engineer·1 yr ago

I maintained those lamps in the nineties. There were sixty-one then.

Reply

Ada Brennan
Editor·1 yr ago

Sixty-one it still is, Rob.

Reply
"""


def test_ghost_sources_head_sign_up_box_post_cards_and_role_before_each_comments_age():
    doc = read(GHOST_SOURCE_EN).document
    assert (doc.author, doc.published, doc.comments_declared) == ("Ada Brennan", "2024-03-14", 2)
    assert [p[:20] for p in body(doc)] == ["When the council sai", "So I counted them my"]
    assert tree(doc) == [("Rob Kemp", None, None), ("Ada Brennan", None, None)]


def test_a_static_blogs_reading_time_and_word_count_and_its_post_links_are_no_paragraphs():
    page = (
        "Plot 14B\n\nFilling a gap in the wall\n\n14 March 2024\n\n"
        "2 minuten leestijd - 412 woorden\n\n"
        "Last November a tractor knocked two metres out of the old boundary wall.\n\n"
        "We rebuilt it over three weekends with the stone that fell.\n\n"
        "Previous: Seed potatoes chitting on the landing windowsill\n"
        "Next: A cold frame from an old shower door\n"
    )
    doc = read(page).document
    assert [p[:12] for p in body(doc)] == ["Last Novembe", "We rebuilt i"]


def test_a_newsletters_foot_its_forwarding_pitch_and_unsubscribe_links():
    page = (
        "La Alacena\n\nEscabeche de la abuela\n\n14 de marzo de 2024\n\n"
        "¡Hola, alacenera! Esta semana os cuento el escabeche de mi abuela.\n\n"
        "Salaba el bonito la noche antes y lo freía por la mañana.\n\n"
        "¿Te han reenviado este correo? Apúntate aquí para recibir el siguiente.\n\n"
        "Unsubscribe · Update your profile\n"
    )
    doc = read(page).document
    assert [p[:12] for p in body(doc)] == ["¡Hola, alace", "Salaba el bo"]


def test_astras_meta_row_set_apart_by_slashes_the_count_first():
    page = (
        "Cozinha da Juju\n\nPão de queijo para congelar\n"
        "6 Comentários / Salgados / Por Juliana Meirelles / 14 de março de 2024\n\n"
        "Desde que voltei a trabalhar presencial, o café da manhã virou uma corrida.\n\n"
        "A receita é a da minha tia Nilza, de Lavras, com uma mudança só.\n"
    )
    doc = read(page).document
    assert (doc.author, doc.published) == ("Juliana Meirelles", "2024-03-14")
    assert body(doc)[0].startswith("Desde que voltei")


def test_a_block_themes_post_meta_a_line_each_with_no_blank_line_between():
    # (Twenty Twenty-Four copied by Firefox: "DATE" / "—" / "por" / "NAME" / "en" / "CATEGORY")
    page = (
        "La Despensa de Lucía\n\nPimientos asados en conserva\n\n14 de marzo de 2024\n—\npor\n"
        "Lucía Arrieta\nen\nConservas\n\n"
        "El verano pasado, mi vecino me dejó en la puerta dos cajas de pimientos de su huerta.\n\n"
        "Un año después, con unos cuarenta frascos, quiero contar lo que aprendí.\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author, doc.published) == (
        "Pimientos asados en conserva",
        "Lucía Arrieta",
        "2024-03-14",
    )


def test_a_theme_s_author_box_under_the_tags_the_name_over_a_line_on_them():
    # under the tags, the byline's name over a line about them, a blank line round both:
    # the theme's author box, whatever the line says (no job title opens it)
    page = (
        "Fadenlauf\n\nDie Pfaff meiner Großmutter läuft wieder\n\nVon Ulrike Brandtner\n"
        "14. März 2024\n\nSeit dem Umzug stand sie im Keller, in ihrem Koffer, und niemand "
        "wusste, ob sie noch lief.\n\nIm Februar habe ich sie endlich hochgetragen und mir "
        "einen Samstag für sie genommen.\n\nSchlagwörter: Nähmaschine Pfaff\n\n"
        "Ulrike Brandtner\nNäht seit der Schulzeit und repariert alles, was sich nicht wehrt.\n\n"
        "Vorheriger Beitrag\nFlicken mit Stil: sichtbare Reparaturen an Jeans\n"
    )
    doc = read(page).document
    assert [p[:14] for p in body(doc)] == ["Seit dem Umzug", "Im Februar hab"]
    # (with no furniture over the name, a line that does not name them may be the article's)
    untagged = read(page.replace("Schlagwörter: Nähmaschine Pfaff\n\n", "")).document
    assert body(untagged)[-1].startswith("Näht seit der Schulzeit")


def test_the_categories_under_a_bylines_date_in_its_block_are_neither_author_nor_body():
    # Astra's meta a line each: "NAME" / DATE / "Passeios, Tradições" (no menu names them):
    # not a forum's post head (a date over a poster), not the article's first paragraph
    page = (
        "Caderno da Roça\n\nUm sábado na casa de farinha\n\nRosângela Prado\n"
        "8 de julho de 2024\nPasseios, Tradições\n\nTodo ano, em julho, a família do seu "
        "Amaro abre a casa de farinha do sítio para a vizinhança inteira.\n\nVoltei para casa "
        "com dois quilos de farinha fresquinha e a promessa de voltar.\n"
    )
    doc = read(page).document
    assert doc.author == "Rosângela Prado"
    assert [p[:9] for p in body(doc)] == ["Todo ano,", "Voltei pa"]


def test_the_category_in_the_bylines_block_and_a_caption_under_its_alt_text_are_no_paragraphs():
    # a theme's meta block (NAME / DATE / CATEGORY / COUNT); further down the photo's alt
    # text, a phrase with no stop, over its caption of two sentences, a block of their own
    parse = read(
        "Mermelada de higos de la higuera del patio\n\n"
        "Lucía Ortega\n"
        "2 de septiembre de 2024\n"
        "Dulces\n"
        "4 comentarios\n\n"
        "Este año la higuera del patio ha dado tantos higos que no sabíamos qué hacer con ellos.\n\n"
        "Tarros de mermelada de higos todavía calientes\n"
        "Los tarros, todavía calientes. Mañana irán a la despensa.\n\n"
        "La receta lleva solo higos, azúcar y un poco de limón, y se hace en una tarde.\n"
    )
    doc = parse.document
    assert (doc.author, doc.published) == ("Lucía Ortega", "2024-09-02")
    assert [p.split()[0] for p in body(doc)] == ["Este", "La"]
    assert dropped(parse)["Dulces"] == "category (in the byline's block)"
    assert dropped(parse)["Los tarros, todavía calientes. Mañana irán a la despensa."] == (
        "caption (under the photo's alt text)"
    )


@pytest.mark.parametrize(
    ("alt", "line", "caption"),
    [
        # one word shared, the caption's noun, and no verb: the photo's
        ("Des orties fraîchement coupées dans un seau",
         "Les orties de mars, jeunes et tendres : les meilleures pour le purin.", True),
        # a verb: a subheading over a short paragraph of the article's
        ("Pourquoi choisir les orties de mars",
         "Les orties de mars, jeunes et tendres, sont les meilleures pour le purin.", False),
        # the shared word not the paragraph's noun
        ("Le seau idéal pour les orties",
         "Un seau, des gants, de l'eau de pluie et des orties.", False),
    ],
)  # fmt: skip
def test_a_caption_sharing_only_its_noun_with_the_alt_text_over_it(alt, line, caption):
    page = (
        "Purin d'ortie\n\nL'an dernier, j'ai raté mon purin d'ortie de la plus belle des façons, "
        "avec un seau oublié au soleil et une odeur terrible.\n\n"
        f"{alt}\n{line}\n\n"
        "Je hache grossièrement les orties au sécateur et je verse l'eau de pluie par-dessus, "
        "puis le seau reste à l'ombre pendant dix jours.\n"
    )
    doc = parse_text(page, source="t", doc_id="t", language="fr").document
    assert (line in body(doc)) is not caption


def test_the_category_closing_a_block_of_the_date_over_the_writers_name_is_no_paragraph():
    # Hugo's Mainroad: DATE / NAME / CATEGORY under the title, the category one of the menu's
    doc = read(
        "Officina Analogica\n\nHome\nRestauri\nAscolti\n\n"
        "Cambiare la cinghia a un giradischi\n\n14 marzo 2024\nMatteo Carraro\nRestauri\n\n"
        "Il giradischi di mio padre è rimasto fermo in cantina per quasi vent'anni, e quando "
        "l'ho riacceso il piatto girava a scatti.\n\n"
        "Il ricambio l'ho trovato online per 11 euro, misurando la vecchia cinghia con un filo "
        "di cotone.\n"
    ).document
    assert (doc.author, doc.published) == ("Matteo Carraro", "2024-03-14")
    assert [p.split()[0] for p in body(doc)] == ["Il", "Il"]


def test_a_subheading_over_a_paragraph_with_the_same_words_stays_the_articles():
    page = (
        "Los higos del patio\n\n"
        "Este año la higuera del patio ha dado tantos higos que no sabíamos qué hacer con ellos.\n\n"
        "Mermelada de higos sin pectina\n"
        "La mermelada de higos no necesita pectina: los higos ya tienen la suficiente, y con "
        "una hora de fuego lento queda espesa.\n\n"
        "Se guarda en tarros limpios, en la despensa, hasta un año.\n"
    )
    parse = read(page)
    assert "La mermelada de higos no necesita pectina" in " ".join(body(parse.document))
    assert not [d for d in parse.dropped if d.rule.startswith("caption")]


def test_a_caption_naming_someone_the_text_named_and_one_over_a_lists_lead_in():
    # a person's name set apart by a comma, as the paragraph above named them; a noun phrase
    # over the line that announces a list whose bullets the copy lost, its items closed by
    # commas, each a paragraph
    page = (
        "Le marché couvert rouvre ses portes\n\n"
        "Samedi matin, j'ai croisé Hortense Vallier, qui tient le banc des fromages depuis "
        "trente ans. « On a attendu deux hivers, mais ça valait la peine », m'a-t-elle dit.\n\n"
        "Hortense Vallier, derrière son banc de fromages.\n\n"
        "La halle a été entièrement refaite, de la charpente au carrelage, et les allées sont "
        "maintenant assez larges pour les poussettes et les fauteuils roulants.\n\n"
        "La nouvelle halle, un samedi à dix heures du matin.\n\n"
        "Ce qui change pour les clients :\n"
        "le marché ouvre dès sept heures le samedi et le mercredi,\n"
        "le parking de la gare est gratuit pendant deux heures,\n"
        "les sacs en papier sont offerts aux premiers clients.\n\n"
        "Les commerçants espèrent voir revenir les habitués dès ce printemps, après deux "
        "années de marché sous les tentes du parking.\n"
    )
    parse = read(page)
    assert [p.split()[0] for p in body(parse.document)] == [
        "Samedi", "La", "Ce", "le", "le", "les", "Les",
    ]  # fmt: skip
    assert dropped(parse)["Hortense Vallier, derrière son banc de fromages."].startswith("caption")
    assert dropped(parse)["La nouvelle halle, un samedi à dix heures du matin."].startswith(
        "caption"
    )


@pytest.mark.parametrize(
    ("menu", "subscribe"),
    [
        ("Home\nSubscriptions\nChat\nActivity\nExplore\nProfile\nCreate", "Subscribe"),
        ("Inicio\nSuscripciones\nChat\nActividad\nExplorar\nPerfil\nCrear", "Suscribirse"),
    ],
)
def test_substacks_web_reader_sets_its_menu_over_the_publications_name(menu, subscribe):
    page = SUBSTACK_EN.replace(
        "The Allotment Letter\nSubscribe\nSign in", f"{menu}\n\nThe Allotment Letter\n{subscribe}"
    )
    doc = read(page).document
    assert (doc.site, doc.title) == ("The Allotment Letter", "Why we moved the compost bays")


def test_a_copy_with_no_blank_lines_keeps_a_headings_items_apart_and_drops_hashtags():
    # (Chrome's select-all of a blog: a list's bullets lost, its items in small letters under
    # their heading, the next heading under them; the post's tags as hashtags, a line each)
    page = (
        "Bringing a dead soldering tip back\n"
        "Mar 14, 2024\n"
        "My soldering station is twelve years old and its tips have had a hard life. Last week "
        "the tip I use most stopped taking solder altogether.\n"
        "Before ordering a new tip, I tried to bring it back. It worked, so here is the whole "
        "process, step by step.\n"
        "What you need\n"
        "brass wool in a holder (not steel wool)\n"
        "rosin flux, either a small tin or a flux pen\n"
        "The process\n"
        "Heat the iron to about 300 °C, not higher. Wipe the tip in the brass wool, then dip it "
        "into the rosin and feed solder onto it.\n"
        "#soldering\n"
        "#repair #tools\n"
    )
    doc = read(page).document
    assert [p.split()[0] for p in body(doc)] == [
        "My",
        "Before",
        "What",
        "brass",
        "rosin",
        "The",
        "Heat",
    ]
    assert "#repair" not in doc.text


def test_a_sentence_wrapped_by_hand_under_a_heading_stays_one_paragraph():
    page = (
        "Notes from the allotment\n"
        "Mar 14, 2024\n"
        "My soldering station is twelve years old and its tips have had a hard life. Last week "
        "the tip I use most stopped taking solder altogether.\n"
        "Before ordering a new tip, I tried to bring it back. It worked, so here is the whole "
        "process, step by step.\n"
        "A note on flux\n"
        "the flux I use is an old tin of rosin\n"
        "that my father left in the shed\n"
        "and it still works as well as new.\n"
    )
    doc = read(page).document
    assert any(
        "the flux I use is an old tin of rosin\nthat my father left in the shed\nand it" in p
        for p in body(doc)
    )


def test_casper_s_signup_box_in_two_blocks_and_its_read_more_cards_end_the_article():
    # (Ghost's Casper copied: the box's heading and pitch over the field and its button; "Lees
    # meer" over cards of a section's name, a title and its excerpt)
    page = (
        "De Stadsimker\n\n"
        "Waarom mijn bijen vroeg darren hadden\n\n"
        "Lotte Verhoef\n14 mrt 2024 — 4 min leestijd\n\n"
        "Bij de eerste inspectie vond ik al verzegeld darrenbroed. Dat is vroeg, meestal zie ik "
        "de eerste darren pas eind maart.\n\n"
        "Ik houd jullie op de hoogte. Laat het weten als jullie ook al darren zien.\n\n"
        "Abonneren op nieuwsbrief\n"
        "Ontvang nieuwe berichten direct in je inbox. Geen spam.\n\n"
        "je@voorbeeld.nl\nAbonneer\n\n"
        "Lees meer\n\n"
        "Imkerij\nMijn bijen overwinteren op het dak\nEen terugblik op de eerste winter.\n\n"
        "Imkerij\nSuikerwater of fondant?\nEr zijn imkers die zweren bij het een en bij het ander.\n"
    )
    assert [p.split()[0] for p in body(read(page).document)] == ["Bij", "Ik"]


def test_substacks_line_naming_a_reply_by_someone_else_than_the_next_commenter_folds_it():
    # "1 reply by Hannah Reed" under Maggie's comment, Tom's comment under it: the reply
    # stayed folded (not in the copy), and Tom's comment answers no one
    page = SUBSTACK_EN.replace(
        "Reply\nShare\n\nTom B.", "Reply\nShare\n\n1 reply by Hannah Reed\n\nTom B."
    )
    doc = read(page).document
    assert [(c.author, c.parent) for c in doc.comments] == [("Maggie Lowe", None), ("Tom B.", None)]
    shown = page.replace("1 reply by Hannah Reed", "1 reply by Tom B.")
    assert [c.parent for c in read(shown).document.comments] == [None, 0]


def test_a_category_under_the_bylines_date_is_no_forum_posts_header_nor_a_paragraph():
    # ("Por NAME" / DATE / "Hortas": a blog's byline block, the post's category last; and a
    # share row's "Tweeter" in French)
    page = (
        "Horta na Laje\n\n"
        "Início / Hortas / Horta em pallets na laje\n\n"
        "Por Renato Siqueira\n14 de março de 2024\nHortas\n\n"
        "Em setembro do ano passado eu montei três canteiros com pallets na laje de casa, aqui "
        "em Osasco. Prometi que voltaria para contar como foi.\n\n"
        "Resumindo: deu muito mais certo do que eu esperava, e quase tudo cresceu bem.\n"
    )
    parse = read(page)
    assert parse.document.author == "Renato Siqueira"
    assert [p.split()[0] for p in body(parse.document)] == ["Em", "Resumindo:"]
    assert dropped(parse)["Hortas"] == "category (in the byline's block)"


PHPBB_PT = """Ligações rápidas
FAQ
Entrar
Registar

Índice do fórum‹Motorizadas clássicas‹Casal

Casal Boss não pega a frio
Responder
3 mensagens • Página 1 de 1

toze_gaiteiro
Membro
Mensagens: 23

Casal Boss não pega a frio
Mensagem por toze_gaiteiro » 14 mar 2024, 20:15

Boas a todos,
Comprei há um mês uma Casal Boss de 1982 a um senhor de Esposende. Com o motor quente pega à primeira, mas de manhã só pega a empurrar.

Obrigado desde já,
Tozé

Topo

Zé Pistão
Membro veterano
Mensagens: 4 118

Re: Casal Boss não pega a frio
Mensagem por Zé Pistão » 14 mar 2024, 20:52

Isso cheira-me a condensador. Quando está frio a faísca fica fraca.

Topo

Powered by phpBB® Forum Software © phpBB Limited
Privacidade | Termos

Fórum Motorizadas Clássicas – desde 2006, a trocar peças e conselhos
"""


def test_a_phpbb_topic_in_portugal_portuguese_its_greeting_a_br_apart_and_its_footers_name():
    # "Registar" (not Brazil's "Registrar") is the menu's, no site; the forum names itself
    # only in its footer, over its tagline; the greeting over the post's first line, a <br>
    # apart, is a paragraph of its own
    doc = parse_text(PHPBB_PT, source="t.txt", doc_id="t").document
    assert (doc.title, doc.author, doc.site) == (
        "Casal Boss não pega a frio",
        "toze_gaiteiro",
        "Fórum Motorizadas Clássicas",
    )
    assert [p[:12] for p in body(doc)] == ["Boas a todos", "Comprei há u", "Obrigado des", "Tozé"]
    assert [c.author for c in doc.comments] == ["Zé Pistão"]


MYBB_FIREFOX = """Fórum Quintal Produtivo

Fórum Quintal Produtivo › Horta › Pragas e doenças

Pulgão na couve manteiga: o que usar sem veneno?


rita_hortela   Offline
Membro Júnior
**

Mensagens: 23
Tópicos: 4
Registrado em: Jan 2023
Reputação: 2

#1
14-03-2024, 19:47

Olá pessoal,

As couves manteiga estão cobertas de pulgão cinza, principalmente na parte de baixo das folhas.

Procurar

Responder
Citar
Denunciar


seu_Ademir   Offline
Membro Sênior
****

Mensagens: 1.184
Tópicos: 37
Registrado em: Ago 2016
Reputação: 96

#2
14-03-2024, 20:31

Rita, a do sabão com neem funciona bem, desde que você aplique no fim da tarde.

Procurar

Responder
Citar
Denunciar
"""


def test_a_mybb_topic_copied_by_firefox_its_posters_status_box_and_numbered_dates():
    # MyBB's postbit: NAME and "Offline" on one line, the rank, its stars, the poster's box,
    # then "#N" over the post's date; "Procurar" (Find) among its buttons
    doc = parse_text(MYBB_FIREFOX, source="t.txt", doc_id="t").document
    assert (doc.title, doc.author, doc.published) == (
        "Pulgão na couve manteiga: o que usar sem veneno?",
        "rita_hortela",
        "2024-03-14",
    )
    assert [p[:12] for p in body(doc)] == ["Olá pessoal,", "As couves ma"]
    assert [(c.author, c.published) for c in doc.comments] == [("seu_Ademir", "2024-03-14")]
    assert doc.text[doc.comments[0].start : doc.comments[0].end].endswith("fim da tarde.")


SMF_IT_EDGE = """Autore Topic: Motosega che si spegne a caldo  (Letto 1.432 volte)

paolo_ferretti

Nuovo Utente

Post: 4

Motosega che si spegne a caldo
« il: 14 Marzo 2024, 19:47:12 »
Citazione

Ciao a tutti, la mia motosega parte al primo colpo a freddo ma si spegne dopo dieci minuti.

Registrato

Marco_B

Utente Senior

Post: 846

Re:Motosega che si spegne a caldo
« Risposta #1 il: 14 Marzo 2024, 21:48:19 »
Citazione

Guarda il tubetto della benzina dentro il serbatoio: con gli anni si indurisce e si crepa.

Registrato
"""


def test_smf_2_1_in_italian_copied_by_edge_its_post_count_and_ranks_in_blocks_of_their_own():
    # ("Post: 846", a field of the poster's box; "Utente Senior", SMF's rank, no name)
    doc = parse_text(SMF_IT_EDGE, source="t.txt", doc_id="t", language="it").document
    assert (doc.author, doc.published) == ("paolo_ferretti", "2024-03-14")
    assert [(c.author, c.published) for c in doc.comments] == [("Marco_B", "2024-03-14")]
    assert doc.text[doc.comments[0].start : doc.comments[0].end].startswith("Guarda il tubetto")


TT25_COPY = """Zum Inhalt springen

Stadtbalkon

Bohnen im Kübel: was drei Sorten bringen

14. März 2025

—

von

Lars Wiegand

[Bohnenranken an einem Bambustipi auf dem Balkon]

Im letzten Sommer habe ich drei Sorten Stangenbohnen im Kübel gezogen, jede an einem eigenen Tipi aus Bambus.

Die Borlotti haben am meisten getragen, die Feuerbohnen am schönsten geblüht.

2 Antworten zu „Bohnen im Kübel: was drei Sorten bringen“

  1. Frauke

     14. März 2025 um 8:02 Uhr

     Danke für die ehrlichen Zahlen!

     Antworten

      1. Lars Wiegand

         14. März 2025 um 9:15 Uhr

         Gern, nächstes Jahr probiere ich eine vierte Sorte.

         Antworten
"""


def test_a_numbered_comment_list_and_the_lead_pictures_bracketed_alt_text():
    # (Twenty Twenty-Five copied by a Firefox-like browser: the picture it did not load as its
    # alt text in brackets under the byline; the comments an <ol>, "1. NAME" a line)
    doc = read(TT25_COPY).document
    assert (doc.title, doc.author) == ("Bohnen im Kübel: was drei Sorten bringen", "Lars Wiegand")
    assert "[Bohnenranken" not in doc.text
    assert tree(doc) == [("Frauke", "2025-03-14", None), ("Lars Wiegand", "2025-03-14", 0)]


def test_the_posts_categories_a_block_of_their_own_under_the_byline_are_no_body():
    page = (
        "Il Banco di Lavoro\nBlog\nChi sono\n\n"
        "La fisarmonica della zia: ance mute e cera d'api\n\n"
        "14 marzo 2024 · di Davide Colombera\n\nRestauro\nStrumenti musicali\n\n"
        "La fisarmonica della zia è una 48 bassi degli anni Sessanta, costruita a "
        "Castelfidardo e rimasta in soffitta per quarant'anni.\n\n"
        "Aperta la cassa, il problema era evidente: la cera dei blocchi si era seccata.\n"
    )
    doc = read(page).document
    assert (doc.title, doc.author) == (
        "La fisarmonica della zia: ance mute e cera d'api",
        "Davide Colombera",
    )
    assert body(doc)[0].startswith("La fisarmonica della zia è una 48 bassi")
