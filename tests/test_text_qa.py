"""A Q&A site's page copied as text (Stack Exchange's layout): the question is the article,
its answers are comments, and the short comments under a post answer that post."""

from corpus.readers.text import parse_text

PAGE = """Skip to main content
Garden Physics
Questions
Tags
Users
Log in
Sign up

Why does my rain barrel overflow before it is full?
Ask Question
Asked 2 years, 1 month ago
Modified 2 years ago
Viewed 3k times

9

I linked two 200 litre barrels with a hose at the bottom, but the first one overflows while the second is still half empty.

What I have tried:

Raising the second barrel on two bricks
Swapping the hose for a wider one

Is the hose simply too narrow, or is something else going on?

    rainwater
    plumbing

Share
Improve this question
Follow
edited May 2, 2023 at 9:15
Hanna Roos
1,210 ● 4 ● 12
asked May 1, 2023 at 18:02
Piet Vermeer
83 ● 1 ● 5

    3
    How high is the inlet from the downpipe compared to the hose? – Hanna Roos May 1, 2023 at 18:40
    @HannaRoos the downpipe feeds the first barrel near the top. – Piet Vermeer May 1, 2023 at 19:05

Add a comment

2 Answers
Sorted by:
Highest score (default)

14

The water level can only even out as fast as the hose lets it through, and a downpour fills the first barrel much faster than that.

Fit a second hose higher up, or let the first barrel's overflow run into the second.

Share
Improve this answer
Follow
answered May 1, 2023 at 20:11
Oskar Lind
5,402 ● 2 ● 20 ● 44

    Worked: a second hose at the top and no overflow since. – Piet Vermeer May 9, 2023 at 7:30

Add a comment

-1

Just buy one bigger barrel.

Share
Improve this answer
Follow
answered May 3, 2023 at 11:00
quickfix99
11 ● 2

    That ignores the question, which is about linking two barrels. – From Review – Hanna Roos May 3, 2023 at 12:15

Add a comment

Your Answer

Sign up or log in

Post as a guest
Name
Email

Required, but never shown

Post Your Answer

By clicking Post Your Answer, you agree to our terms of service and acknowledge you have read our privacy policy.
"""


# who wrote each comment of PAGE and whom it answers, in whatever language the page is in
PAGE_TREE = [
    ("Hanna Roos", None),
    ("Piet Vermeer", None),
    ("Oskar Lind", None),
    ("Piet Vermeer", 2),
    ("quickfix99", None),
    ("Hanna Roos", 4),
]


def _read(page, language="en"):
    return parse_text(page, source="t", doc_id="t", language=language, trace=True)


def _comments(doc):
    return [
        (c.author, c.published, c.parent, doc.text[c.start : c.end].split()[0])
        for c in doc.comments
    ]


def test_the_question_is_the_article_signed_by_its_asker_under_its_text():
    doc = _read(PAGE).document
    assert doc.title == "Why does my rain barrel overflow before it is full?"
    assert (doc.author, doc.published) == ("Piet Vermeer", "2023-05-01")
    body = [doc.text[s:e] for s, e in doc.paragraphs]
    assert [p.split()[0] for p in body] == ["I", "What", "Raising", "Swapping", "Is"]
    for furniture in ("rainwater", "Improve this question", "Hanna Roos\n", "1,210"):
        assert furniture not in doc.text


def test_answers_are_comments_and_the_comments_under_a_post_answer_it():
    doc = _read(PAGE).document
    assert _comments(doc) == [
        ("Hanna Roos", "2023-05-01", None, "How"),
        ("Piet Vermeer", "2023-05-01", None, "@HannaRoos"),
        ("Oskar Lind", "2023-05-01", None, "The"),
        ("Piet Vermeer", "2023-05-09", 2, "Worked:"),
        ("quickfix99", "2023-05-03", None, "Just"),
        ("Hanna Roos", "2023-05-03", 4, "That"),
    ]
    assert doc.comments_declared == 2
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    assert texts[2].count("\n\n") == 1  # the answer's two paragraphs
    assert texts[5] == "That ignores the question, which is about linking two barrels."
    for furniture in ("Add a comment", "Sorted by", "Your Answer", "terms of service"):
        assert furniture not in doc.text


def test_every_line_left_out_of_the_thread_is_listed_with_its_reason():
    parse = _read(PAGE)
    reasons = {d.text: d.rule for d in parse.dropped}
    assert reasons["answered May 1, 2023 at 20:11"] == "Q&A post signature"
    assert reasons["14"] == "Q&A answer score"
    assert reasons["3"] == "Q&A comment score"
    assert reasons["Add a comment"] == "Q&A buttons"
    assert reasons[PAGE.splitlines()[-1]] == "after the thread"  # "By clicking …"


def test_a_copy_without_blank_lines_or_bullets_and_with_this_years_dates_reads_the_same():
    page = PAGE.replace(" ● ", " ").replace(", 2023 at", " at")
    page = "\n".join(line for line in page.splitlines() if line.strip())
    doc = _read(page).document
    assert doc.author == "Piet Vermeer"
    assert [(a, p) for a, p, _, _ in _comments(doc)][2:4] == [
        ("Oskar Lind", None),  # no year, and the page shows none for the question either
        ("Piet Vermeer", None),
    ]
    assert [parent for _, _, parent, _ in _comments(doc)] == [None, None, None, 2, None, 4]


def test_a_head_dated_as_a_signature_is_and_tags_on_one_line_and_badges_under_reputations():
    page = (
        PAGE.replace("Asked 2 years, 1 month ago", "Asked May 1, 2023")
        .replace("    rainwater\n    plumbing", "rainwater plumbing")
        .replace(" ● ", "\n", 1)
    )
    doc = _read(page).document
    assert (doc.author, doc.published) == ("Piet Vermeer", "2023-05-01")
    assert "rainwater" not in doc.text and len(doc.comments) == 6


def test_a_sites_blurb_over_the_question_an_accepted_mark_and_an_answer_with_no_comments():
    page = (
        PAGE.replace(
            "Sign up\n\n",
            "Sign up\n\nGarden Physics is a question and answer site for gardeners who like to"
            " know why. It only takes a minute to sign up.\n\nSign up to join this community\n\n",
        )
        .replace("14\n\nThe water level", "14\nAccepted answer\n\nThe water level")
        .replace(
            "    Worked: a second hose at the top and no overflow since. – Piet Vermeer May 9,"
            " 2023 at 7:30\n",
            "",
        )
        .replace("5,402 ● 2 ● 20 ● 44", "5,402\n2\n20")
    )
    doc = _read(page).document
    assert doc.title == "Why does my rain barrel overflow before it is full?"
    start, end = doc.paragraphs[0]
    assert doc.text[start:end].startswith("I linked two 200 litre barrels")
    assert [(a, parent) for a, _, parent, _ in _comments(doc)] == [
        ("Hanna Roos", None),
        ("Piet Vermeer", None),
        ("Oskar Lind", None),
        ("quickfix99", None),
        ("Hanna Roos", 3),
    ]
    assert doc.text[doc.comments[2].start :].startswith("The water level")


def _in_spanish(page: str, asked: str = "preguntada") -> str:
    return (
        page.replace("asked May 1, 2023 at 18:02", f"{asked} el 1 may. 2023 a las 18:02")
        .replace("answered May 1, 2023 at 20:11", "respondida el 1 may. 2023 a las 20:11")
        .replace("answered May 3, 2023 at 11:00", "respondida el 3 may. 2023 a las 11:00")
        .replace("edited May 2, 2023 at 9:15", "editada el 2 may. 2023 a las 9:15")
        .replace("Improve this question", "Mejora esta pregunta")
        .replace("Improve this answer", "Mejora esta respuesta")
        .replace("2 Answers", "2 respuestas")
    )


def test_a_spanish_site_signs_its_posts_in_its_own_words():
    doc = _read(_in_spanish(PAGE), language="es").document
    assert (doc.author, doc.published) == ("Piet Vermeer", "2023-05-01")
    assert [(a, parent) for a, _, parent, _ in _comments(doc)] == PAGE_TREE
    assert doc.comments_declared == 2


def test_a_list_of_questions_is_no_question_page():
    listing = (
        "Newest questions\n\nHow do I prune a fig?\nasked May 1, 2023 at 18:02\nPiet Vermeer\n\n"
        "Why is my compost cold?\nasked May 2, 2023 at 9:00\nHanna Roos\n"
    )
    doc = _read(listing).document
    assert not doc.comments and doc.author != "Piet Vermeer"


def test_a_dutch_site_signs_its_posts_in_its_own_words():
    page = (
        PAGE.replace("asked May 1, 2023 at 18:02", "gevraagd 1 mei 2023 om 18:02")
        .replace("answered May 1, 2023 at 20:11", "beantwoord 1 mei 2023 om 20:11")
        .replace("answered May 3, 2023 at 11:00", "beantwoord 3 mei 2023 om 11:00")
        .replace("edited May 2, 2023 at 9:15", "bewerkt 2 mei 2023 om 9:15")
        .replace("Improve this question", "Verbeter deze vraag")
        .replace("Improve this answer", "Verbeter dit antwoord")
        .replace("2 Answers", "2 antwoorden")
    )
    doc = _read(page, language="nl").document
    assert (doc.author, doc.published) == ("Piet Vermeer", "2023-05-01")
    assert [parent for _, _, parent, _ in _comments(doc)] == [None, None, None, 2, None, 4]
    assert doc.comments_declared == 2


def test_a_page_that_does_not_read_as_a_thread_lists_nothing_as_left_out_by_it():
    # an answer's signature with no answer over it: the page is read as the text reader
    # reads any other, and no line is said to have been left out as a Q&A page's
    page = (
        "Why does my rain barrel overflow?\n\n"
        "I linked two barrels with a hose at the bottom, but the first one overflows while"
        " the second is still half empty.\n\n"
        "Share\nImprove this question\nasked May 1, 2023 at 18:02\nPiet Vermeer\n83 ● 1 ● 5\n\n"
        "Share\nImprove this answer\nanswered May 1, 2023 at 20:11\nOskar Lind\n5,402 ● 2\n"
    )
    parse = _read(page)
    assert not any(d.rule.startswith("Q&A") for d in parse.dropped)


def test_a_copy_that_kept_the_avatars_words_and_badges_spelled_out():
    # "Avatar del usuario NAME" over each name, and the badges in words, run together
    page = _in_spanish(PAGE, asked="formulada")
    for name in ("Hanna Roos", "Piet Vermeer", "Oskar Lind", "quickfix99"):
        page = page.replace(f"\n{name}\n", f"\nAvatar del usuario {name}\n{name}\n")
    page = page.replace("1,210 ● 4 ● 12", "1,2k\n4 insignias de plata12 insignias de bronce")
    page = page.replace("83 ● 1 ● 5", "83\n1 insignia de plata5 insignias de bronce")
    doc = _read(page, language="es").document
    assert (doc.author, doc.published) == ("Piet Vermeer", "2023-05-01")
    assert [(a, parent) for a, _, parent, _ in _comments(doc)] == PAGE_TREE
    assert "Avatar" not in doc.text and "insignia" not in doc.text


def test_an_answers_last_line_of_a_number_and_words_is_its_text_not_badges():
    page = PAGE.replace(
        "Fit a second hose higher up, or let the first barrel's overflow run into the second.",
        "Fit a second hose higher up, or let the first barrel's overflow run into the second.\n\n"
        "2 hose clamps",
    )
    doc = _read(page).document
    assert "2 hose clamps" in doc.text


def test_a_copy_with_the_pictures_words_after_the_name_and_signatures_a_line_under_the_dash():
    # "Piet Vermeer's user avatar" over the name, the badges run together ("5,40222 gold
    # badges20 silver badges"), and each comment's name and date on two lines under its dash
    page = (
        PAGE.replace("Piet Vermeer\n83 ● 1 ● 5", "Piet Vermeer's user avatar\nPiet Vermeer\n"
                 "8311 bronze badge")
        .replace("Oskar Lind\n5,402 ● 2 ● 20 ● 44", "Oskar Lind's user avatar\nOskar Lind\n"
                 "5,40222 gold badges20 silver badges")
        .replace("quickfix99\n11 ● 2", "quickfix99's user avatar\nquickfix99\n1.1k11 bronze badge")
        .replace(" – Hanna Roos May 1, 2023 at 18:40", " – \nHanna Roos\n May 1, 2023 at 18:40")
        .replace(" – Piet Vermeer May 1, 2023 at 19:05", " – \nPiet Vermeer\n May 1, 2023 at 19:05")
        .replace(" – Piet Vermeer May 9, 2023 at 7:30", " – \nPiet Vermeer\n May 9, 2023 at 7:30")
    )  # fmt: skip
    doc = _read(page).document
    assert (doc.author, doc.published) == ("Piet Vermeer", "2023-05-01")
    assert [(c.author, c.parent) for c in doc.comments] == PAGE_TREE
    assert doc.text[doc.comments[0].start : doc.comments[0].end] == (
        "How high is the inlet from the downpipe compared to the hose?"
    )
    assert "user avatar" not in doc.text and "badges" not in doc.text


def test_an_answer_whose_last_line_opens_with_a_long_decimal_is_read_at_once():
    # (a reputation's pattern once took seconds a digit on "0.1000000000000000055511151231 …")
    page = PAGE.replace(
        "Fit a second hose higher up, or let the first barrel's overflow run into the second.",
        "0.1000000000000000055511151231257827 is what 0.1 is as a float, by the way.",
    )
    doc = _read(page).document
    assert [c.author for c in doc.comments][:3] == ["Hanna Roos", "Piet Vermeer", "Oskar Lind"]


def test_a_chrome_copy_an_answer_edited_by_a_moderator_and_the_sites_thanks_under_the_thread():
    # an answer edited by a moderator ("Hanna Roos♦", their reputation run into their
    # badges, their picture's words over them), the sort menu an option a line, the
    # question's paragraphs with no blank line between, and the site named only in the
    # thanks over the answer box
    page = (
        PAGE.replace("Sorted by:\nHighest score (default)", "Sorted by:\nReset to default\n"
                     "Highest score (default)\nDate modified (newest first)\n"
                     "Date created (oldest first)")
        .replace("answered May 1, 2023 at 20:11\nOskar Lind\n5,402 ● 2 ● 20 ● 44",
                 "edited May 2, 2023 at 8:00\nHanna Roos's user avatar\nHanna Roos♦\n"
                 "12.1k44 gold badges2020 silver badges4141 bronze badges\n"
                 "answered May 1, 2023 at 20:11\nOskar Lind's user avatar\nOskar Lind\n"
                 "5,40222 gold badges2020 silver badges4444 bronze badges")
        .replace("half empty.\n\nWhat I have tried:\n\n",
                 "half empty. It happens in every heavy shower.\nWhat I have tried:\n")
        .replace("wider one\n\nIs the hose", "wider one\nIs the hose")
        .replace("Your Answer\n", "Your Answer\n\nThanks for contributing an answer to Garden "
                 "Physics Stack Exchange!\n")
    )  # fmt: skip
    doc = _read(page).document
    assert doc.site == "Garden Physics Stack Exchange"
    assert [(c.author, c.parent) for c in doc.comments] == PAGE_TREE
    answer = doc.comments[2]
    assert doc.text[answer.start : answer.end].startswith("The water level can only even out")
    assert doc.text[answer.start : answer.end].endswith("overflow run into the second.")
    assert [doc.text[s:e].split(":")[0][:20] for s, e in doc.paragraphs] == [
        "I linked two 200 lit",
        "What I have tried",
        "Raising the second b",
        "Swapping the hose fo",
        "Is the hose simply t",
    ]
    assert "Sorted by" not in doc.text and "badges" not in doc.text
