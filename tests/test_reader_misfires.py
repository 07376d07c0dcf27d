"""Ordinary pages that rules written for rarer shapes must leave alone.

Each page in tests/data/misfires/ was written (invented) by a reviewer to catch a rule for
one platform's shape misfiring on common text: a signed letter read as a comment, a title
lost to its subtitle, a short heading taken for furniture. The test names what must hold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.errors import CorpusError
from corpus.readers import parse_document
from corpus.readers.html import read_html
from corpus.readers.jsonl import read_record
from corpus.readers.rules import default
from corpus.readers.text import parse_text

PAGES = Path(__file__).parent / "data" / "misfires"


def read(name: str):
    text = (PAGES / name).read_text(encoding="utf-8")
    if name.endswith(".md"):
        return parse_document(text, format="markdown", source=name, doc_id="page")[0]
    if name.endswith(".html"):
        return read_html(text, source=name, doc_id="page")
    if name.endswith(".jsonl"):
        return read_record(json.loads(text.splitlines()[0]), source=name, doc_id="page")
    return parse_text(text, source=name, doc_id="page").document


def body(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


def authors(doc) -> list[str | None]:
    return [c.author for c in doc.comments]


def texts_of(doc) -> list[str]:
    return [doc.text[c.start : c.end] for c in doc.comments]


def test_a_letter_signed_and_dated_inside_an_article_stays_the_article():
    doc = read("signed-letter.txt")
    assert "Margaret Wilson" in body(doc) and "February 26, 2024" in body(doc)
    assert authors(doc) == ["Peter Hall", "Anne Ford"]


def test_a_dated_update_naming_a_reader_stays_the_article():
    doc = read("dated-update.txt")
    assert "Anne Ford" in body(doc) and not doc.comments


def test_a_short_title_over_a_longer_subtitle_stays_the_title():
    assert read("short-title-long-subtitle.txt").title == "The Last Lighthouse Keeper"


def test_a_forums_board_over_a_long_thread_title_is_no_title():
    doc = read("forum-trail.txt")
    assert doc.title.startswith("Why are my tomato plants turning yellow")


def test_a_commenters_sign_off_over_an_indented_reply_does_not_take_the_reply():
    doc = read("sign-off-over-reply.txt")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Peter Hall", None),
        ("Tom Harris", 0),
        ("Anne Ford", None),
    ]


def test_an_edit_under_a_drawn_rule_stays_the_comments_text():
    doc = read("rule-then-edit.txt")
    first = doc.comments[0]
    assert "Edit: I forgot to say" in doc.text[first.start : first.end]


def test_a_captions_text_and_an_agencys_credit_stay_out_of_a_paragraph_a_line_copy():
    for name in ("credit-then-caption.txt", "caption-then-agency.txt"):
        paragraphs = body(read(name))
        assert not any(p.startswith(("Vecinos", "EFE", "Foto")) for p in paragraphs), name
        assert len(paragraphs) == 5, name


def test_opening_hours_and_a_comment_of_x2_are_no_audio_player():
    doc = read("times-and-x2.txt")
    assert "10:00 / 12:30" in body(doc)
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    assert "x2" in texts and "2x" in texts


def test_portuguese_leads_closings_and_headings_are_no_medium_furniture():
    lead = read("pt-lead-and-closing.txt")
    assert body(lead)[0].startswith("Autor de vários livros")
    assert "O que você achou?" in body(lead)
    headings = body(read("pt-headings.txt"))
    assert "Escrever" in headings and "Listas" in headings


def test_an_article_about_reader_supported_newsletters_keeps_its_paragraphs():
    paragraphs = body(read("about-newsletters.txt"))
    assert sum("is a reader-supported publication" in p for p in paragraphs) == 2


def test_a_comments_subject_heading_over_its_text_is_no_name():
    assert authors(read("subject-headings.html")) == [None, None]


def test_a_tooltip_date_that_could_be_day_or_month_first_gives_no_date():
    doc = read("us-tooltips.html")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Peter Hall", None),
        ("Anne Ford", None),
    ]


def test_names_ending_in_a_badges_letters_keep_them():
    rules = default()
    for name in (
        "Maria DeGast",
        "Jim McStaff",
        "kingMod",
        "Grumpy_Admin",
        "theOP",
        "AutoModerator",
    ):
        assert rules.clean_author(name) == name


def test_numbered_headings_naming_a_bank_or_a_photo_booth_are_no_captions():
    assert "1. Crédit Agricole" in body(read("numbered-credit-headings.txt"))
    assert "1. Photo Booth Rental" in body(read("numbered-photo-headings.txt"))


def test_a_listicles_fact_boxes_over_rank_numbers_are_no_medium_foot():
    # (the writer's box under them, "Sarah Lane" / "Sarah writes about …", is theirs)
    paragraphs = body(read("listicle-fact-boxes.txt"))
    assert len(paragraphs) == 13 and paragraphs[-1] == "Time: 2 hours"


def test_a_short_list_over_a_number_inside_a_medium_post_stays_the_article():
    paragraphs = body(read("medium-list-over-number.txt"))
    assert "Busiest points" in paragraphs and paragraphs[-1].startswith("The north end")


def test_a_comment_of_praise_is_no_button_row():
    doc = read("respekt-comment.txt")
    assert any(doc.text[c.start : c.end] == "Respekt 👍" for c in doc.comments)


def test_a_related_storys_count_over_the_comments_is_not_theirs():
    assert read("teaser-count-above-comments.txt").comments_declared is None


def test_a_link_back_over_the_sites_blurb_still_ends_the_article():
    # "Terug naar overzicht" over the site's blurb and its related links is no subheading
    doc = read("nl-back-to-overview-over-blurb.txt")
    assert len(body(doc)) == 2
    assert not any("Polderbode is een" in p or "Meer nieuws" in p for p in body(doc))
    doc = read("en-back-to-posts-over-bio.txt")
    assert len(body(doc)) == 2 and authors(doc) == ["Tom Reid", "Jo Marsh"]


def test_a_closing_line_with_aus_run_on_under_a_comment_is_no_name():
    # "Grüße aus Gerbach" and "Raus aus der Warteschleife" close comments copied without
    # blank lines; the names under them are the next comments' writers
    doc = read("de-greetings-from-a-village.txt")
    assert authors(doc) == ["Anne Keller", "Jochen Brandt", "Helga Sommer"]


def test_a_paragraph_over_a_photo_credit_and_a_lettered_list_stay_the_articles():
    doc = read("de-photo-credit-under-prose.txt")
    assert any(p.startswith("Ich stelle meine Pflanzen") for p in body(doc))
    doc = read("en-lettered-list.txt")
    assert any("(b) the applicant" in p for p in body(doc))


def test_a_subtitle_saying_who_opened_a_debate_names_no_author():
    assert read("it-discussion-opened-by.txt").author is None


def test_the_openers_greeting_over_their_signature_stays_in_the_opening_post():
    doc = read("en-greetings-over-signature.txt")
    assert body(doc)[-1] == "Greetings from Lecco"
    assert "Saturno" not in doc.text


def test_an_events_time_in_the_text_does_not_unseat_the_update_time():
    # the only date the article shows is its update's; the <time> in a paragraph is the
    # event's
    assert read("de-event-time-in-text.html").published == "2024-06-12"


def test_a_badge_word_inside_a_user_name_is_the_names():
    rules = default()
    assert rules.clean_author("Altarm_SuperMod") == "Altarm_SuperMod"
    assert rules.clean_author("hiker_TheGuest") == "hiker_TheGuest"
    assert rules.clean_author("VGN_KundenserviceVerifiziert") == "VGN_Kundenservice"


def test_a_deleted_accounts_name_over_an_image_alone_is_made_no_comment_text():
    doc = read("en-deleted-account-image-only.html")
    assert "Deleted user" not in doc.text
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Morag Tennant", None),
        ("Hal Brodie", 0),
        ("Gus Mair", None),
    ]


def test_a_drupal_term_pages_description_is_its_text():
    # (a class name with "taxonomy" is no post's terms field; "field-name-taxonomy-…" is)
    doc = read("r41-drupal_term.html")
    assert doc.title == "Clubroot" and len(body(doc)) == 2


def test_a_comment_that_opens_like_linkedins_reply_line_is_a_comment():
    doc = read("r41-es_toggle.txt")
    assert "Carmen Gil" in authors(doc) and len(doc.comments) == 4


def test_a_fact_box_with_a_duration_in_days_holds_no_comment():
    doc = read("r41-es_ficha.txt")
    assert authors(doc) == ["Luis Ortega"]
    assert any(p.startswith("La primera etapa") for p in body(doc))


def test_a_phone_copys_caption_between_buttons_is_no_title():
    assert read("r41-en_phone4.txt").title == "Old mill will become flats"


def test_an_articles_list_of_reactions_and_a_subheading_reaccion_stay_the_articles():
    assert "Insightful" in body(read("r41-en_reactions.txt"))
    assert "Reacción" in body(read("r41-es_reaccion.txt"))


def test_a_comment_removed_by_its_author_keeps_the_name_shown_over_it():
    assert authors(read("r41-en_deleted.html"))[0] == "Mark Ellis"


def test_an_agendas_intro_under_the_byline_is_no_standfirst():
    doc = read("r41-fr_agenda.txt")
    assert body(doc)[0].startswith("Concerts, brocantes et fête des fleurs")


def test_a_columnists_picture_over_their_name_and_title_makes_no_comment_header():
    doc = read("r41-en_column.txt")
    assert doc.site == "The Valley Courier" and len(body(doc)) == 2 and not doc.comments


def test_reddits_mod_badge_run_into_a_long_name_goes_and_a_short_name_stays():
    rules = default()
    assert rules.clean_author("AutoModeratorMOD") == "AutoModerator"
    assert rules.clean_author("SuperMOD") == "SuperMOD"


# -- the seventeenth session's review --------------------------------------------------------


def test_a_news_subheading_saying_no_comment_declares_no_count_of_comments():
    # ("Keine Reaktion", "Geen reactie": the story's, not a comment section's "0 Comments")
    assert read("r17-count0-subheading-keine-reaktion.html").comments_declared is None
    assert read("r17-count0-subheading-geen-reactie.html").comments_declared is None


def test_a_caption_span_at_the_start_of_a_paragraph_with_its_picture_stays_out():
    doc = read("r17-caption-span-runs-into-first-paragraph.html")
    assert body(doc)[0].startswith("Nach knapp zwei Jahren Bauzeit")


def test_replies_a_record_lists_by_id_or_copies_beside_its_flat_list_are_not_read_twice():
    ids = read("r17-jsonl-children-ids.jsonl")
    assert [(c.author, c.parent) for c in ids.comments] == [
        ("Franco B.", None),
        ("Elena Rossi", 0),
        ("Marco T.", 0),
    ]
    assert len(read("r17-jsonl-replies-id-stubs.jsonl").comments) == 4
    assert len(read("r17-jsonl-replies-nested-and-flat.jsonl").comments) == 4


def test_a_commenter_whose_name_is_another_languages_button_keeps_it():
    assert authors(read("r17-blogger-commenter-salva.html"))[0] == "Salva"


def test_a_sidebars_rank_run_into_a_titles_thoughts_on_declares_nothing():
    assert read("r17-sidebar-rank-glued-thoughts-on.html").comments_declared is None


def test_a_list_of_days_and_hours_without_bullets_stays_a_list():
    doc = read("r17-it-orari-list-joined.txt")
    assert len(body(doc)) == 6


def test_a_long_first_paragraph_about_partners_or_data_is_no_consent_banner():
    assert body(read("r17-en-consent-long-lead.txt"))[0].startswith("Harbury's library will")
    assert body(read("r17-de-consent-daten-lead.txt"))[0].startswith("Die Stadtwerke Gerbach")


def test_a_place_over_a_dot_over_the_date_is_no_byline_set_a_word_a_line():
    assert read("r17-en-place-dot-date-author.txt").author == "Tom Reid"


def test_a_commenter_named_like_another_languages_button_heads_a_comment_in_a_text_copy():
    assert "Salva" in authors(read("r17-es-salva-dice.txt"))


def test_a_paragraph_ending_in_a_domain_in_brackets_is_no_title():
    assert read("r17-en-domain-paren-title.txt").title == "Seed swap this Saturday"
    assert read("r17-de-domain-paren-title.txt").title == "Apfelsaft-Aktion 2024: Anmeldung läuft"


def test_a_brief_signed_in_initials_keeps_its_paragraph_and_is_no_forum_post():
    doc = read("r17-fr-brief-initials.txt")
    assert body(doc)[0].startswith("Fermée depuis le départ en retraite")
    assert len(doc.comments) == 2


def test_an_events_date_line_in_german_leaves_the_article_whole():
    assert len(body(read("r17-de-datum-event.txt"))) == 6


def test_a_category_in_a_meta_row_copied_without_separators_is_no_author():
    assert read("r17-it-meta-row-category.txt").author is None


def test_a_date_with_slashes_under_the_standfirst_gives_the_date():
    assert read("r17-it-date-slash.txt").published == "2024-05-14"


def test_bloggers_replies_heading_nests_the_replies_under_their_comment():
    doc = read("r17-en-blogger-replies.txt")
    assert any(c.parent is not None for c in doc.comments)


def test_a_window_title_s_club_name_shown_in_its_logo_is_not_the_title():
    doc = read("r18-nl-title-in-font-over-club.html")
    assert (doc.title, doc.site) == (
        "Rondje Posbank in de stromende regen",
        "Wandelclub De Zeven Heuvels",
    )
    assert body(doc)[0].startswith("Met zeventien leden")


def test_a_blog_s_figures_and_a_drupal_node_of_its_intro_alone_stay_the_article():
    assert {"Comments: 3180", "Posts: 412"} <= set(body(read("r18-en-stats-list-comments.html")))
    assert body(read("r18-nl-drupal-intro-only.html"))[0].startswith("Vanaf maandag 6 maart")


def test_a_pager_s_more_comments_is_no_count_and_news_sentences_are_no_boxes():
    assert read("r18-de-noch-4-kommentare.html").comments_declared is None
    voxpop = body(read("r18-fr-voxpop-je-soutiens.html"))
    assert "Je soutiens la grève" in voxpop
    assert any("grâce à ses lecteurs" in p for p in voxpop)
    court = body(read("r18-en-court-comments-responsibility.html"))
    assert court[1].startswith("Comments are the responsibility of their authors, Judge Ellis")
    assert "The food bank relies entirely on your donations." in body(
        read("r18-en-relies-on-donations.txt")
    )
    doc = read("r18-fr-je-soutiens-comment.txt")
    assert authors(doc) == ["Paul G.", "Sandrine", "Jean-Luc R."]


def test_a_short_first_line_under_the_date_and_the_paper_named_in_its_title():
    doc = read("r18-en-date-over-short-first-line.txt")
    assert doc.title == "The first frost of the year"
    assert body(doc)[0].startswith("What a morning that was!")
    assert read("r18-en-paper-named-in-title.txt").site == "Millbrook Gazette"


def test_a_paragraph_under_a_photo_credit_naming_the_writer_is_no_bio():
    assert any(
        "Staff at Corner Loaf" in p for p in body(read("r18-en-credit-then-staff-paragraph.txt"))
    )
    # (a list's item wrapped after "and" is not two items)
    assert not any(
        p.startswith("Jonas") for p in body(read("r18-en-wrapped-names-under-colon.txt"))
    )


def test_a_comment_that_asks_again_or_says_the_same_is_its_own_words():
    doc = read("r18-en-same-question-twice.txt")
    assert texts_of(doc)[2].startswith("Can I use frozen berries instead of fresh ones?")
    doc = read("r18-es-reddit-same-phrase.txt")
    assert texts_of(doc)[1].startswith("A mí me pasa lo mismo todos los años.")


def test_short_answers_are_comments_not_buttons():
    assert texts_of(read("r18-nl-leuk-comment.txt"))[:2] == ["Leuk!", "Leuk"]
    assert "Yes please" in texts_of(read("r18-en-yes-please-replies.txt"))
    assert "Not now" in texts_of(read("r18-en-yes-please-replies.txt"))


def test_a_subheading_a_one_word_writer_a_place_and_a_list_stay_what_they_are():
    assert "Zum Rezept" in body(read("r18-de-zum-rezept-heading.txt"))
    assert read("r18-en-one-word-author.txt").author == "Hannah"
    assert body(read("r18-es-place-line-own-block.txt"))[0] == "Valdemira, Cáceres"
    assert (
        body(read("r18-de-list-first-paragraph.txt"))[0] == "Berge, Seen, Almen und Kaiserschmarrn"
    )


def test_a_quoted_comment_s_in_reply_to_line_is_not_the_quoting_reply_s():
    for name in ("r18-fr-quoted-reply-line.html", "r18-es-quoted-reply-line.html"):
        doc = read(name)
        # the reply that quotes stays under the comment the markup sets it under
        assert doc.comments[3].parent == 0


# -- the twentieth session's review: pages near its rules, read as before ------------------


def test_a_reddit_title_right_over_the_posters_byline_stays_the_title():
    for name in (
        "r20-en-reddit-title-over-poster.txt",
        "r20-en-reddit-title-over-inline-poster.txt",
    ):
        doc = read(name)
        assert doc.title.startswith(("What's eating my broad beans?", "Is it rude")), name
        assert body(doc)[0].startswith(("Photos in the comments.", "Asking for a friend")), name


def test_a_category_that_opens_with_a_byline_word_is_no_writer():
    # "Ana Costa · Por aí · DATE", "Lucy Hart · By Hand · DATE": the writer, then a category
    assert read("r20-pt-category-opening-with-por.txt").author == "Ana Costa"
    assert read("r20-en-category-by-hand.txt").author == "Lucy Hart"


def test_a_list_set_apart_by_slashes_in_the_body_is_no_byline():
    doc = read("r20-en-gigs-set-apart-by-slashes.txt")
    assert doc.author is None
    assert body(doc)[0].startswith("We're delighted")
    assert any(p.startswith("Mary Lyle Trio") for p in body(doc))


def test_a_race_distance_is_a_title_not_a_posts_votes():
    assert read("r20-en-title-5k.txt").title == "5K"


def test_a_bare_button_word_in_the_text_stays_and_a_newsletter_boxs_lines_go():
    paragraphs = body(read("r20-en-app-buttons-and-newsletter-box.txt"))
    assert "Track report\nCancel" in paragraphs
    assert not [p for p in paragraphs if "subscribing" in p or p == "Invalid Email"]


def test_an_article_about_a_papers_comment_policy_keeps_its_sentences():
    assert len(body(read("r20-it-comment-policy-article.txt"))) == 4
    assert len(body(read("r20-de-comment-policy-article.txt"))) == 3


def test_a_crawls_first_line_its_own_address_slug_names_is_kept():
    doc = read("r20-en-crawl-slug-with-trailing-slash.jsonl")
    assert body(doc)[0] == "Spring at last"


def test_an_officials_words_introduced_inside_a_comment_head_no_comment():
    # "Il presidente della Regione ha detto:" over his words, inside Luca's comment (a blog's
    # name reads as a commenter's only in Blogger's "NAME ha detto...")
    doc = read("r20-it-officials-words-in-comments.txt")
    assert [(c.author, c.published) for c in doc.comments][3] == ("Luca Benedetti", "2024-03-13")
    assert len(doc.comments) == 5
    assert authors(read("r20-en-bishop-said-in-comments.txt")) == [
        "Graham Pike",
        "Helen Marsh",
        "Priya",
        "Tom Ellery",
    ]


def test_a_repliers_own_earlier_sentence_after_a_quotation_of_another_post_is_theirs():
    doc = read("r20-de-own-sentence-after-a-quotation.txt")
    assert texts_of(doc)[3].startswith("Die Gare ist wichtiger als die Temperatur im Ofen.")


def test_a_reddit_commenters_short_aside_the_post_holds_too_stays_theirs():
    doc = read("r20-en-reddit-own-aside-as-in-the-post.txt")
    assert any(t.startswith("Sorry for the formatting, I'm on mobile.") for t in texts_of(doc))


def test_a_name_with_a_badge_word_inside_it_is_one_name():
    # "Hans Op de Beeck", "Marsh Trust Staff Team", "La Rédaction de Potager Malin": a badge
    # word between two names sets them apart only with two words or more on each side
    assert authors(read("r20-en-names-with-op-and-staff.txt")) == [
        "Hans Op de Beeck",
        "Ruth Callaway",
        "Marsh Trust Staff Team",
        "Greta Op den Kamp",
        "Ruth Callaway",
    ]
    assert authors(read("r20-fr-la-redaction-de-signs.txt"))[1] == "La Rédaction de Potager Malin"


def test_a_comment_opening_with_the_words_as_the_author_says_stays_the_commenters():
    doc = read("r20-en-as-the-author-says-in-a-comment.txt")
    first = doc.comments[0]
    assert (first.author, first.published) == ("Martin Lowe", "2024-03-03")


def test_a_comment_that_opens_with_a_count_and_question_marks_is_no_vote_row():
    doc = read("r20-en-disqus-cp1252-a-comment-opening-with-a-count.txt")
    assert any(t.startswith("10 ? ? • best bakery in town") for t in texts_of(doc))
    assert not [t for t in texts_of(doc) if "Reply • Share" in t]  # (the vote rows go)


def test_kisses_under_a_comment_are_its_words_and_a_logo_named_in_one_stays():
    assert any(
        "xxxxxxxxxx" in t.lower() for t in texts_of(read("r20-en-kisses-under-comments.txt"))
    )
    doc = read("r20-en-logo-words-in-comments.txt")
    assert len(doc.comments) == 3 and any("logo" in t.lower() for t in texts_of(doc))


# -- twenty-first session: rules for Medium, XenForo, newsletter boxes, Disqus copies,
# dateline teasers, recurring trailers and counts, each kept off common pages


def test_a_comment_excerpt_in_a_recent_comments_widget_leaves_the_comment_whole():
    doc = read("r21-r1-recent-comments-widget-en.html")
    assert texts_of(doc)[0].startswith("I walk my daughter to school along this street")


def test_a_spoiler_link_acting_as_a_button_inside_a_sentence_is_the_sentences():
    doc = read("r21-r2-spoiler-comment-fr.html")
    assert "bouleversée : le frère est en fait mort" in texts_of(doc)[0]
    assert texts_of(doc)[1].startswith("Merci @Léa pour le spoiler")


def test_a_featured_posts_heading_before_the_post_is_not_its_title():
    assert (
        read("r21-r4-blogger-featured-es.html").title == "Torrijas de leche como las de mi abuela"
    )


def test_a_website_link_before_a_comments_date_is_no_profile_label():
    doc = read("r21-r5-website-link-en.html")
    assert [c.published for c in doc.comments] == ["2024-05-03", "2024-05-04"]


def test_a_short_articles_text_round_a_reminder_form_stays_the_body():
    assert len(read("r21-r7-content-section-box-es.html").paragraphs) == 2


def test_a_polls_numbered_test_ids_are_no_comments():
    doc = read("r21-r8-poll-testid-nl.html")
    assert authors(doc) == ["Anouk", "Kees"]


def test_a_sign_off_under_most_comments_is_their_writers():
    doc = read("r21-t1-es-saludos.txt")
    assert all(text.endswith("\nSaludos") for text in texts_of(doc)[:3])


def test_a_paragraph_opening_with_a_name_and_a_dash_leaves_the_first_paragraph_the_articles():
    doc = read("r21-t12-de-name-dash.txt")
    assert body(doc)[0].startswith("Am Freitagabend hat der H")
    assert len(doc.paragraphs) == 4


def test_an_events_list_with_dots_between_name_and_date_holds_no_comment():
    doc = read("r21-t19-en-disqus-list.txt")
    assert authors(doc) == ["Jan Pike", "Rob H", "Meg"]
    assert "Craft fair" in body(doc)


def test_a_paragraph_over_the_sites_copyright_and_share_button_stays():
    assert len(read("r21-t20-de-phone-copyright.txt").paragraphs) == 5


def test_a_first_comments_own_number_under_the_heading_is_no_count():
    assert read("r21-t26-es-numbered-comments.txt").comments_declared == 4


def test_an_articles_numbered_list_under_a_count_in_its_meta_row_stays_the_articles():
    doc = read("r21-t27-en-listicle-count.txt")
    assert len(doc.paragraphs) == 9 and authors(doc) == ["Paul Reid", "Sandra T"]


def test_a_readers_score_closing_each_comment_is_their_own():
    doc = read("r21-t3-en-rating.txt")
    assert texts_of(doc)[0].endswith("\nScore: 7/10")


def test_the_site_after_a_bylines_date_is_the_site():
    assert read("r21-t9-en-byline-site-nomast.txt").site == "Harbour Town Herald"


def test_a_teaser_lists_dates_and_bylines_are_not_the_posts():
    doc = read("r22-teaser-list-bylines.txt")
    assert (doc.author, doc.published) == (None, None)
    assert len(body(doc)) == 4


def test_a_meta_rows_category_before_its_date_is_no_author():
    doc = read("r22-category-date-comments.txt")
    assert (doc.author, doc.published) == (None, "2024-03-03")


def test_a_list_under_its_heading_at_the_end_of_the_text_is_no_list_of_tags():
    assert body(read("r22-list-under-heading.txt"))[2:] == [
        "What you need", "Pallets", "Wire", "Pliers", "Gloves"
    ]  # fmt: skip


def test_a_sentence_opening_with_categorised_as_is_no_themes_footer():
    assert any(p.startswith("Categorised as a listed building") for p in body(
        read("r22-categorised-sentence.txt")
    ))  # fmt: skip


def test_a_how_tos_step_open_the_app_is_no_app_banner():
    assert "Open de app" in body(read("r22-app-steps-nl.txt"))


def test_an_updated_date_under_the_text_or_in_the_writers_box_is_no_publication_date():
    assert read("r22-updated-under-text.txt").published is None
    doc = read("r22-de-updated-in-writers-box.txt")
    assert (doc.author, doc.published) == ("Jana Roth", None)


def test_a_site_title_set_as_a_paragraph_is_the_site_not_its_branding_box():
    assert read("r22-site-title-in-p.html").site == "Hilltop Gardener"


def test_a_removed_comment_answered_only_by_removed_ones_and_pingbacks_is_no_comment():
    doc = read("r22-removed-answered-by-removed.jsonl")
    assert authors(doc) == ["Ann Pryor", "Jon Hale"]


def test_a_comment_sections_reactions_heading_right_over_the_first_name_is_no_profile_label():
    for page in ("r22a-fr-reactions-heading-over-first-comment.txt",
                 "r22a-en-reactions-heading-over-first-comment.txt"):  # fmt: skip
        doc = read(page)
        assert len(doc.comments) == 2 and not any(
            "Reply" in p or "Répondre" in p for p in body(doc)
        )


def test_a_set_phrase_two_commenters_open_with_is_no_quotation_of_the_first():
    doc = read("r22a-en-same-opening-sentence.txt")
    assert all(t.startswith("Thank you so much for sharing") for t in texts_of(doc)[:2])


def test_short_capitalised_lines_over_the_comment_count_are_no_tags():
    assert "Mill Lane Garage" in body(read("r22a-en-sponsors-list-over-comments.txt"))
    assert "Margaret Hughes" in body(read("r22a-en-letter-signature-over-comments.txt"))


def test_a_sentence_opening_like_the_show_more_replies_button_stays():
    assert any(
        p.startswith("Leggi tutte le risposte dei candidati")
        for p in body(read("r22a-it-questionario-risposte.txt"))
    )


def test_a_reddit_posts_short_title_over_a_blank_line_is_no_flair():
    doc = read("r22a-en-reddit-short-title-over-blank.txt")
    assert doc.title == "Starter finally doubled"
    assert body(doc)[0].startswith("After three weeks")


def test_a_removed_comment_whose_replies_have_no_text_is_no_comment():
    doc = read("r22a-en-removed-answered-by-empty.jsonl")
    assert not any("removed" in t for t in texts_of(doc))


def test_a_blogs_comments_numbered_post_n_leave_the_article_its_body():
    doc = read("r23-blog-comments-numbered-post-n.html")
    assert body(doc)[0].startswith("After three years of fundraising")
    assert authors(doc) == ["Bill Norris", "Jo Carter", "Harriet Cole"]


def test_names_whose_last_word_is_also_a_badge_or_a_role_keep_it():
    named = authors(read("r23-jsonl-surnames-like-badges.jsonl"))
    assert [named[i] for i in (0, 1, 2, 4)] == [
        "Christopher Guest",
        "Citizen Journalist",
        "Peter Gast",
        "Tom Staff",
    ]  # fmt: skip  ("Ana Verificada": a badge, as "Tanja Oberle Redaktion")
    assert authors(read("r23-commenters-named-for-a-role.txt")) == [
        "Citizen Journalist", "Freelance Journalist", "Viejo Periodista", "Marco Giornalista"
    ]  # fmt: skip


def test_a_name_in_a_caption_is_no_verb_in_the_future_tense():
    assert not any("Juan Durán" in p for p in body(read("r23-es-caption-naming-duran.txt")))


def test_a_related_boxs_last_headline_with_a_name_is_no_subheading():
    doc = read("r23-es-related-box-last-headline.txt")
    assert not any(p.startswith("Muere el pintor") for p in body(doc))


def test_a_blogs_trail_of_two_sections_names_no_site():
    doc = read("r23-blog-trail-of-two.txt")
    assert (doc.title, doc.site) == ("Lemon tart with a shortbread crust", None)


def test_a_saying_with_its_author_after_a_slash_is_no_photo_credit():
    assert "We are what we repeatedly do. / W. Durant" in body(
        read("r23-epigraph-with-its-author.txt")
    )


def test_a_day_and_month_or_a_score_alone_on_its_line_stays_the_articles():
    assert "12/03\nLyon, Le Transbordeur" in body(read("r24-fr-tour-dates-day-month.txt"))
    assert "16 / 20" in read("r24-fr-review-score.txt").text


def test_quoted_words_closing_a_forum_post_are_its_own_not_a_signature():
    assert texts_of(read("r24-forum-quoted-words-closing-a-post.txt"))[1].endswith(
        "“We put in engine oil by mistake, we will drain it for free”"
    )
    assert any(
        "Fehler F28" in t
        for t in texts_of(read("r24-de-forum-error-message-quoted.txt"))
        + body(read("r24-de-forum-error-message-quoted.txt"))
    )


# a section's last short sentence over the next subheading: a tip, a verdict, a place or a
# name opening it, a dash after a short phrase ("Kortom – …"), a verb no list holds
_CLOSING_SENTENCES = {
    "r63-01-en-lisbon-long-weekend.txt": [
        "Pro tip: skip Belém on Sundays and go when the monastery opens.",
        "Then Rita took us to her cousin's tasca for grilled sardines.",
    ],
    "r63-02-de-donauradweg.txt": [
        "Fazit: Wir kommen wieder, aber dann im Mai.",
        "Ehrlich gesagt – so schön hatten wir uns die Wachau nicht vorgestellt.",
        "Lena und Paul schliefen schon um acht, ohne Abendbrot und ohne Zähneputzen.",
    ],
    "r63-03-fr-bugnes-lyonnaises.txt": [
        "Astuce : la pâte se congèle très bien, emballée dans du papier cuisson.",
        "À Lyon, on les appelle bugnes ; ailleurs, merveilles ou oreillettes.",
        "Merci Julie pour la roulette cannelée de ta propre grand-mère.",
    ],
    "r63-04-es-sevilla-en-tres-dias.txt": [
        "Consejo: llevad siempre agua y buscad la sombra de los naranjos.",
        "En Triana comimos las mejores croquetas del viaje, sin exagerar.",
        "Gracias, Sevilla, por tanto.",
    ],
    "r63-05-it-procida-in-traghetto.txt": [
        "Morale: prenotate il traghetto del ritorno con qualche giorno di anticipo.",
        "A Napoli abbiamo mangiato la pizza migliore del viaggio, al porto.",
        "Marco e Giulia ci aspettavano al molo, con la Vespa.",
    ],
    "r63-06-pt-sintra-e-cascais.txt": [
        "Dica: levem um casaco, mesmo em maio, porque o vento no Cabo não perdoa.",
        "Em Sintra choveu a tarde inteira, mas os travesseiros salvaram o dia.",
    ],
    "r63-07-nl-gent-met-de-trein.txt": [
        "Tip: neem contant geld mee, want niet elk café neemt een pinpas aan.",
        "Kortom – we gaan zeker terug, dan met de kinderen.",
        "In Gent aten we de beste frieten van de hele reis, bij het Vrijdagmarkt.",
    ],
    "r63-08-en-shower-reseal.txt": [
        "Done – the whole job took under three hours, drying time included.",
        "The result – it was worth the extra half hour of taping.",
        "Use Stanley's plastic blades here; metal ones scratch an acrylic tray.",
    ],
    "r63-12-fr-vercors-sans-lignes-vides.txt": [
        "Les enfants, épuisés, dormaient déjà à huit heures.",
        "Notre bilan, sans hésiter : on y retourne en février.",
    ],
    "r63-13-en-campervan-skye.txt": [
        "Then Rob found the van keys in the cool box, under the cheese.",
    ],
    "r63-14-fr-lac-blanc.txt": [
        "La montée – elle est dure, mais la vue vaut chaque goutte de sueur.",
        "Notre conseil – partez tôt, le parking est plein dès neuf heures.",
    ],
}


@pytest.mark.parametrize("name", sorted(_CLOSING_SENTENCES))
def test_a_sections_short_closing_sentence_over_the_next_heading_is_no_caption(name):
    paragraphs = body(read(name))
    for line in _CLOSING_SENTENCES[name]:
        assert line in paragraphs, line


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("r63-09-de-drei-nachbarn.txt", "Hannelore steht seit 1987"),
        ("r63-10-en-meet-the-volunteers.txt", "Dot bakes the cakes"),
        ("r63-11-it-botteghe-storiche.txt", "Giuseppe lavora il legno"),
    ],
)
def test_the_last_of_a_posts_profiles_over_its_share_row_is_no_writers_box(name, first):
    doc = read(name)
    assert any(p.startswith(first) for p in body(doc))
    assert doc.author != first.split()[0]


def test_a_caption_over_a_remark_and_the_bylines_writer_over_a_bio_are_left_out():
    doc = read("r63-16-de-lastenrad-kontrolle.txt")
    assert doc.author == "Jonas Wendler"
    assert not any(p.startswith(("Unser Lastenrad vor der Kita", "Jonas plant")) for p in body(doc))


# review 64: lines of ordinary pages the rules of that round took for furniture ("posted in
# Aden …" wrapped, "Follow me on Instagram …" a reader's comment, "Tre letture" a heading,
# "Anuncios" a section, "– qui possède …" a wrapped parenthesis)
_KEPT_64 = {
    "r64-01-en-grandfather-letters.txt": [
        "posted in Aden for two winters after the war, and the only record we",
        "tagged along with us, and it was she who noticed that every letter was",
        "Posted in Aden",
        "Follow the stamps on Instagram if you can find a collector, they",
        "Follow me on Instagram for more family history finds!",
    ],
    "r64-02-pt-livro-avo.txt": [
        "publicado em Coimbra por uma pequena tipografia e vendeu menos de cem",
        "Publicado em Portugal pela primeira vez em edição crítica",
        "marcado pela emigração, pela fome e por uma solidariedade entre vizinhas",
        "Siga a página da biblioteca no Facebook, costumam pôr lá os horários.",
        "Siga-nos no Instagram para mais histórias de livros esquecidos",
    ],
    "r64-03-de-whatsapp-sicherung.txt": [
        "Folgen Sie den Hinweisen auf WhatsApp, bis der grüne Balken erscheint.",
        "Folge der Anleitung auf WhatsApp selbst, die ist inzwischen ganz gut.",
    ],
    "r64-04-fr-boulangerie.txt": [
        "Suivez le collectif des habitants sur Facebook, ils organisent un",
        "– qui possède le local depuis la construction des tours – n’a pas encore",
    ],
    "r64-05-es-club-montana.txt": [
        "publicado en la revista de la federación el mes pasado y lo repetiremos",
        "Sigue a la federación en Instagram, suben el estado de la nieve cada día.",
        "Anuncios",
    ],
    "r64-06-it-sagra-paese.txt": [
        "pubblicato in anteprima sul sito del Comune, prevede oltre agli stand",
        "Segui il mio profilo su Instagram per le foto della sagra!",
        "Annunci",
    ],
    "r64-07-nl-bankje-dijk.txt": [
        "geplaatst in de week voor Pinksteren, op de plek waar veerman Kees",
        "Getagd door de jeugd",
        "Volg de dorpsraad op Facebook, daar staan foto's van de onthulling.",
    ],
    "r64-18-en-endash-wrapped.txt": [
        "– offered to do the work at cost and to wait for the final payment.",
    ],
    "r64-20-it-screening-visite.txt": [
        "2 visite",
    ],
    "r64-21-it-newsletter-letture.txt": [
        "Tre letture",
        "Due visite",
    ],
    "r64-22-fr-harcelement-message-prive.txt": [
        "Message privé",
    ],
    "r64-23-es-camino-xinzo.txt": [
        "Sigue las flechas amarillas en Xinzo hasta la plaza mayor, donde está el albergue municipal.",
    ],
}


def test_a_wrapped_parenthesis_opening_with_a_dash_stays_in_its_paragraph():
    paragraphs = body(read("r64-18-en-endash-wrapped.txt"))
    assert not any(p.startswith("– offered to do the work") for p in paragraphs)


def test_a_nested_list_bulleted_as_a_browser_copies_it_reads_no_line_into_another():
    doc = read("r64-19-en-packing-list-ladder.txt")
    assert doc.author == "Fiona MacLeod" and not doc.title.endswith("Fiona MacLeod")
    assert not any(t.endswith("Reply") for t in texts_of(doc))
    assert "[1]" in read("r64-08-pt-horta-lista.txt").text  # (a footnote's mark, no link's)


def test_a_markdown_pages_first_heading_is_no_title_over_a_lower_one_or_a_later_first():
    assert read("r64-11-en-markdown-blogname-h1.txt").title.startswith("Why I finally gave up")
    assert read("r64-25-de-markdown-cookie-h1.txt").title.startswith("Werra-Brücke")


def test_an_emphasis_wrapped_over_two_lines_leaves_no_underscore():
    assert "famigliare_" not in read("r64-14-it-markdown-html2text-wrapped.txt").text


def test_an_icon_before_an_ordinary_line_or_list_item_makes_no_furniture_of_it():
    assert "Follow the instructions on Instagram" in read("r64-17-en-instagram-howto.html").text
    assert "Werbung" in read("r64-24-de-druckerei-leistungen.html").text


# review 65: lines of ordinary pages that open as a site's call does ("Haben Sie einen
# Hinweis? Die Polizei bittet …", a witness's "Vous avez une info ? …"), a thanks to the club's
# supporters over a quoted line, a wrapped paragraph, a quotation of a saying
_KEPT_65 = {
    "r65-01-en-garden-tips.txt": ["Have a tip? Most gardeners do", "Have a tip? Here is mine"],
    "r65-02-de-polizei.txt": [
        "Haben Sie einen Hinweis? Die Polizei bittet",
        "Die Bäckerei hat inzwischen wieder geöffnet.",
    ],
    "r65-03-fr-gendarmerie.txt": ["Vous avez une information ? La gendarmerie"],
    "r65-05-nl-opsporing.txt": ["Heeft u een tip? Bel dan de politie"],
    "r65-06-it-sagra.txt": ["Hai una segnalazione? La Pro Loco"],
    "r65-07-en-football.txt": ["Chairman Rob Ashby thanked everyone supporting us"],
    "r65-08-pt-camara.txt": ["Envie a sua sugestão até 30 de abril"],
    "r65-09-de-verein.txt": ["Unterstützen Sie uns auch künftig."],
    "r65-14-de-jsonl-treppenhaus.jsonl": ["Mehr Licht"],
}


@pytest.mark.parametrize("name", sorted(_KEPT_64 | _KEPT_65))
def test_ordinary_lines_that_open_as_furniture_does_stay_in_the_text(name):
    doc = read(name)
    for line in (_KEPT_64 | _KEPT_65)[name]:
        assert line in doc.text, line


def test_a_paragraph_wrapped_before_a_lower_case_line_is_not_split_at_a_low_quotation():
    paragraphs = body(read("r65-10-de-buergeramt.txt"))
    assert not any(p.startswith("habe ") for p in paragraphs)


def test_no_markdown_image_but_the_home_links_logo_names_the_site():
    assert read("r65-11-es-markdown-psicologo.txt").site != "Andrés Mira, en su consulta"
    assert read("r65-12-de-markdown-startseite.txt").site != "Startseite"
    assert read("r65-13-de-feuerwehr.html").site != "Einsatzberichte"


# -- review 67: the session's rules for thread exports, Invision heads, Lemmy and widgets -------


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("r67-01-votes-en.txt", ["Priya Nair (Labour)", "Votes: 1,412 (44.1%)"]),
        ("r67-02-votos-es.txt", ["Votos: 2.141 (41,2 %)"]),
        ("r67-05-score-en.txt", ["Score: 8 (out of 10)"]),
    ],
)
def test_a_results_table_and_a_reviews_score_are_the_article_not_an_exports_fields(name, lines):
    paragraphs = body(read(name))
    for line in lines:
        assert line in paragraphs


@pytest.mark.parametrize("name", ["r67-12-quoted-mail-en.txt", "r67-34-quoted-statement-de.txt"])
def test_a_hard_wrapped_quotation_set_in_under_a_colon_is_one_paragraph(name):
    paragraphs = body(read(name))
    quoted = [p for p in paragraphs if "\n" in p]
    assert len(quoted) == 1 and len(quoted[0].splitlines()) >= 4


def test_an_address_and_join_inside_a_comment_do_not_close_the_thread():
    doc = read("r67-15-mailing-list-comments-en.txt")
    assert authors(doc)[-3:] == ["Farah Qureshi", "Liam O'Neill", "Gordon Pike"]
    assert texts_of(doc)[1].endswith("once a month.")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("r67-16-our-political-editor-en.txt", "Our Political Editor"),
        ("r67-17-commenter-handles-en.txt", "Retired Crime Reporter"),
        ("r67-46-commenter-fr.txt", "Ancien journaliste"),
    ],
)
def test_a_name_ending_in_a_role_word_keeps_it_unless_the_name_is_the_writers(name, expected):
    doc = read(name)
    assert expected in (doc.author, *authors(doc))


def test_a_letters_page_in_reply_to_a_councillor_stays_the_article():
    doc = read("r67-24-letters-md-en.md")
    assert not doc.comments
    assert "In reply to Councillor Green" in body(doc)


def test_a_books_title_author_pages_and_date_are_no_forum_posts_head():
    doc = read("r67-25-booklist-de.txt")
    assert not any(a == "Lichtspiel" for a in authors(doc))


def test_a_commenters_own_note_in_brackets_is_their_text():
    doc = read("r67-42-edited-in-comment-en.txt")
    assert texts_of(doc)[0].endswith("[Edited to add: the Sunday bus was cut last year too.]")
    doc = read("r67-40-bracket-comments-en.txt")
    assert "[edited by the moderators: personal details removed]" in texts_of(doc)


# -- review 68: the session's later rules (writer's box, post links, vBulletin, hashtags, ---------
# the site as shown, indented Medium replies)

_KEPT_68 = {
    "r68-01-hashtag-prose-de.txt": ["#MeToo und #Aufschrei: Was ist geblieben?"],
    "r68-02-hashtag-sentence-en.md": ["#BlackLivesMatter and #MeToo changed who gets heard."],
    "r68-03-interview-writer-en.txt": ["Sarah Okafor – Is there anything you will still insist"],
    "r68-04-guillemets-dialogue-fr.txt": ["« Vous reviendrez l'an prochain ?"],
    "r68-05-guillemets-poeme-fr.md": ["« Mignonne, allons voir si la rose"],
    "r68-13-forum-adozione-cane-it.txt": ["Età: 7 mesi", "Provenienza: canile comunale di Foggia"],
    "r68-14-forum-knitting-size-en.txt": ["Size: 38 inch chest"],
    "r68-15-blog-comment-grootte-nl.txt": ["Grootte: 310 liter"],
    "r68-18-consultation-soumettre-fr.txt": ["Les observations reçues seront annexées au rapport"],
    "r68-19-comment-quoting-ellipsis-en.html": ["Ours in Nether Haddon is on the 1839 map too."],
    "r68-21-podcast-transcript-es.txt": ["¿Y cree que alguno de sus nietos seguirá con el oficio?"],
    "r68-23-forum-router-login-de.txt": ["Benutzername", "Angemeldet bleiben"],
    "r68-26-hashtag-paragraph-oneline-de.txt": ["#MeToo und #Aufschrei haben in der Stadt mehr"],
}


@pytest.mark.parametrize("name", sorted(_KEPT_68))
def test_ordinary_lines_the_later_rules_could_take_for_furniture_stay(name):
    doc = read(name)
    for line in _KEPT_68[name]:
        assert line in doc.text, line


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("r68-07-site-title-section-en.html", "Penwith Coast News"),
        ("r68-08-site-title-city-de.html", "Wiener Bezirksblatt"),
        ("r68-22-og-site-generic-it.html", "Cascina Borgogno Blog"),
    ],
)
def test_a_word_the_window_title_ends_with_is_no_site_name_shorter_than_the_publishers(name, site):
    assert read(name).site == site


@pytest.mark.parametrize(
    "name",
    ["r68-09-flat-comments-author-highlight-en.html", "r68-10-guestbook-avatar-padding-nl.html"],
)
def test_a_comment_padded_for_its_avatar_or_its_highlight_answers_no_one(name):
    assert all(c.parent is None for c in read(name).comments)


def test_a_post_quoting_its_medium_responses_keeps_them_as_its_text():
    doc = read("r68-12-blog-quoting-medium-nocomments-en.html")
    assert not doc.comments
    assert "car was also a storage unit" in doc.text


def test_an_events_name_with_a_word_a_badge_may_be_over_its_date_is_no_commenter():
    doc = read("r68-17-festival-lineup-guest-en.txt")
    assert not doc.comments
    assert "Mystery Guest" in body(doc)


# -- review 69: the last of the session's rules ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("r69-en_masthead_join.txt", "Anyone Can Join"),
        ("r69-en_masthead_readmore.txt", "Eat Less Read More"),
    ],
)
def test_a_masthead_ending_in_one_word_a_button_may_say_keeps_it(name, site):
    assert read(name).site == site


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("r69-en_comment_bookings_email.txt", "Sue Whitfield"),
        ("r69-fr_comment_signature_email.txt", "Julien Morel"),
    ],
)
def test_a_name_over_its_email_address_in_a_comment_is_no_communitys_box(name, last):
    doc = read(name)
    assert authors(doc)[-1] == last
    assert "@" in texts_of(doc)[-1]


def test_a_post_subject_that_exclaims_after_a_comma_is_the_threads_title():
    assert read("r69-en_forum_subject_title.txt").title == "Help, my starter died!"


@pytest.mark.parametrize(
    "name", ["r69-en_obituary_person.html", "r69-en_org_author_interview.html"]
)
def test_the_person_a_page_is_about_is_no_author(name):
    assert read(name).author is None


def test_an_adverts_frame_written_into_the_page_is_no_text_of_it():
    assert "E-Bike" not in body_text_of(read("r69-de_srcdoc_ad.html"))


def body_text_of(doc) -> str:
    return "\n".join(body(doc))


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("r70-de_news_kritik_an.txt", "Kritik an Bürgermeister Haller"),
        ("r70-en_news_letter_to.txt", "Letter to the Editor"),
        ("r70-es_news_lluvias_en.txt", "Lluvias en Castellón"),
        ("r70-it_news_maltempo_in.txt", "Maltempo in Liguria"),
        ("r70-nl_news_brand_in.txt", "Brand in Tiel"),
        ("r70-pt_news_greve_em.txt", "Greve em Matosinhos"),
    ],
)
def test_a_headline_naming_a_place_over_its_date_is_no_posters_head(name, title):
    doc = read(name)
    assert (doc.title, doc.author) == (title, None)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("r70-en_blog_parish_posted_by.txt", "Maundy Thursday – 7.30pm Holy Communion"),
        ("r70-de_blog_home_gepostet_von.txt", "Nachtrag am Abend:"),
        ("r70-nl_blog_gepost_door_midden.txt", "Wat ik deed:"),
        ("r70-it_blog_libro_pubblicato_da.txt", "Anno: 2023"),
    ],
)
def test_the_lines_under_a_posted_by_line_that_no_footer_follows_stay_the_post(name, line):
    assert line in body_text_of(read(name))


def test_a_headline_and_its_summary_over_a_more_button_stay_the_title_and_summary():
    assert read("r70-de_news_teaser_mehr.txt").title == (
        "Neuer Radweg zwischen Gerbach und Marnheim"
    )


def test_an_answer_of_one_word_and_an_ellipsis_is_the_interviews_own():
    assert "Mais…" in body(read("r70-fr_interview_mais.txt"))


def test_a_diarys_heading_of_a_word_a_joiner_and_a_place_over_a_date_is_no_commenter():
    doc = read("r70-nl_blog_reisdagboek_uit.txt")
    assert len(doc.comments) == 2
    assert "Volgend jaar wil ik naar Stockholm. Wie fietst er mee?" in body(doc)


def test_a_commenters_signature_with_an_address_and_a_telephone_is_no_community_box():
    doc = read("r70-de_verein_kommentar_signatur.txt")
    assert texts_of(doc)[-1].endswith(
        "Bei Regen fällt die kurze Runde aus, die große fährt trotzdem."
    )


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("r70-md_de_frontmatter_ungueltiges_datum.md", "Herbstputz am Deich"),
        ("r70-md_fr_frontmatter_diese.md", "Carnet du jardin #14 : les semis de tomates"),
        ("r70-md_en_frontmatter_release.md", "1.10"),
    ],
)
def test_front_matter_keeps_each_value_as_its_line_writes_it(name, title):
    assert read(name).title == title  # (a date no calendar has raises nothing)


@pytest.mark.parametrize(
    ("name", "paragraphs"),
    [("r70-en_medium_more_from.html", 4), ("r70-de_linkliste_medium.html", 5)],
)
def test_links_to_other_stories_by_their_writers_are_no_responses(name, paragraphs):
    doc = read(name)
    assert (len(doc.comments), len(doc.paragraphs)) == (0, paragraphs)


@pytest.mark.parametrize(
    "name",
    [
        "r70-de_blog_kommentar_wrapper_datum.html",
        "r70-de_blog_kommentar_wrapper_datum2.html",
        "r70-en_news_comments_ap_dates.html",
    ],
)
def test_a_comments_header_with_a_days_dot_or_a_months_abbreviation_keeps_its_name(name):
    doc = read(name)
    assert all(c.author and c.published for c in doc.comments) and len(doc.comments) == 3


def test_a_comment_naming_the_next_days_date_is_dated_by_its_markup():
    doc = read("r70-es_club_comentarios_meta_fecha.html")
    assert [c.published for c in doc.comments] == ["2024-04-11", "2024-04-13", "2024-04-13"]


@pytest.mark.parametrize(
    ("name", "paragraphs"),
    [
        ("r71-de-wochenbuch-montag.txt", 4),  # "Montag. Der …": a day, no place
        ("r71-en-novel-review-margaret.txt", 4),  # "Margaret. The name …"
        ("r71-fr-carnet-dimanche.txt", 4),
        ("r71-nl-dagboek-zaterdag.txt", 3),
        ("r71-de-jsonl-dienstag.jsonl", 4),
        ("r71-de-jsonl-kinder-gedankenstrich.jsonl", 4),  # "Die Kinder – Luca, …"
        ("r71-en-jsonl-covid-leadin.jsonl", 4),  # "COVID rules …"
        ("r71-it-jsonl-istat.jsonl", 3),  # "ISTAT ha …"
        ("r71-de-wordpress-kommentare-deaktiviert.txt", 6),  # "Kommentare geschlossen"
        ("r71-pt-blog-comentarios-encerrados.txt", 4),  # "Comentários encerrados." quoted
        ("r71-es-tutorial-comentarios-cerrados.html", 6),  # <h2>Comentarios cerrados</h2>
        ("r71-fr-crue-precedent-intertitre.txt", 5),  # "Précédent : la crue de 1910"
        ("r71-de-jsonl-cookie-urteil-kernpunkte.jsonl", 5),  # key points under a ruling
        ("r71-en-jsonl-cookie-ruling-keypoints.jsonl", 3),
    ],
)
def test_a_first_paragraph_a_subheading_or_a_box_of_key_points_stays_the_article(name, paragraphs):
    assert len(read(name).paragraphs) == paragraphs


@pytest.mark.parametrize(
    "name", ["r71-de-fundstuecke-geschrieben-von.txt", "r71-en-noticeboard-posted-by.txt"]
)
def test_a_round_up_crediting_each_item_has_no_author_of_its_own(name):
    assert read(name).author is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("r71-pt-readerview-nome-titulo.txt", "Amália Rodrigues"),
        ("r71-es-readerview-nombre-titulo.txt", "Rosalía de Castro"),
        ("r71-en-readerview-titlecase-headline.txt", "Hebden Lido Reopens"),
    ],
)
def test_a_reader_views_title_over_the_reading_time_that_reads_as_a_name_is_the_title(name, title):
    doc = read(name)
    assert (doc.title, doc.author) == (title, None)


def test_a_byline_naming_the_editor_keeps_its_date():
    assert read("r71-en-newsletter-edited-by.txt").published == "2024-03-03"


def test_a_clubs_name_opening_with_its_number_is_its_name():
    assert "1. FC Kirchbrunn" in authors(read("r71-de-sport-verein-kommentiert.txt"))


def test_a_sites_account_in_the_json_ld_leaves_the_byline_the_page_shows():
    assert read("r71-de-jsonld-author-id-konto.html").author == "Miriam Haas"


def test_a_reply_buttons_wrapper_named_reply_leaves_the_comments_found_by_their_boxes():
    assert len(read("r72-h04_reply_wrapper_div_pt.html").comments) == 3


@pytest.mark.parametrize(
    "name", ["r72-h06_blog_listing_posts_fr.html", "r72-h07_featured_post_sidebar_es.html"]
)
def test_a_blogs_posts_numbered_like_a_forums_are_no_topic(name):
    doc = read(name)
    assert doc.paragraphs and all(c.author for c in doc.comments)


def test_a_comments_box_with_a_date_link_is_named_by_its_name_not_its_date():
    doc = read("r72-h08_avatar_then_date_link_es.html")
    assert authors(doc) == ["Javier Ortega Ruiz", "María José Luque", "Pau Ferrer"]


@pytest.mark.parametrize(
    "name",
    [
        "r72-t10_u_slash_in_comment_en.txt",
        "r72-t11_u_slash_in_comment_de.txt",
        "r72-t12_subreddit_in_last_comment_de.txt",
    ],
)
def test_a_reddit_user_or_subreddit_named_inside_a_comment_is_the_comments_own_words(name):
    doc = read(name)
    assert doc.comments_declared == len(doc.comments)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("r72-t14_travel_diary_pt.txt", "Diário de bordo: de Lisboa ao Porto a pé"),
        (
            "r72-t15_explainer_standfirst_de.txt",
            "Grundsteuer 2025: Was Eigentümer jetzt wissen müssen",
        ),
    ],
)
def test_a_title_over_its_standfirst_a_date_and_a_subheading_is_no_blogs_head(name, title):
    assert read(name).title == title


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        (
            "r73-01-en-blog-wrapped-notice.txt",
            "All plot holders must collect a new key from the committee hut before the end of the"
            " month, after which the old code will no longer be accepted.",
        ),
        (
            "r73-09-pt-carta-leitor.txt",
            "Trabalho no hospital e durante onze anos apanhei o autocarro das 7h15 todas as"
            " manhãs, faça chuva ou faça sol, e agora tenho de pedir boleia a um vizinho que nem"
            " sempre pode.",
        ),
    ],
)
def test_a_sentence_wrapped_under_a_colon_among_unwrapped_paragraphs_is_no_list(name, sentence):
    # (its lines go on in lower case, its one stop the last line's: no item a line)
    doc = read(name)
    assert any(sentence in " ".join(p.split()) for p in body(doc))


@pytest.mark.parametrize("name", ["r73-24-en-shelter-listing.txt", "r73-34-de-fundbuero-liste.txt"])
def test_a_list_of_items_with_fields_a_number_and_a_date_is_no_forum(name):
    # ("Age: 3" / "Location: …" / "#14" / DATE: no count of posts, no poster's profile)
    doc = read(name)
    assert not doc.comments
    assert "sechs Monate" in body(doc)[-1] or "meet either of them" in body(doc)[-1]


def test_a_section_row_with_an_abbreviation_among_its_items_is_still_a_menu():
    doc = read("r73-11-en-news-us-menu.txt")
    assert not any("U.S." in p for p in body(doc))


def test_a_steps_heading_that_is_a_log_in_word_stays():
    assert "Identifícate" in body(read("r73-15-es-tutorial-identificate.txt"))


@pytest.mark.parametrize(
    ("name", "title", "site"),
    [
        (
            "r73-16-es-noticia-lo-esencial.txt",
            "El mercado de abastos reabre tras dos años de obras",
            "Diario del Valle",
        ),
        (
            "r73-31-en-news-update-colon.txt",
            "A61 reopens after overnight landslip",
            "Northfield Evening Post",
        ),
    ],
)
def test_a_writers_name_and_date_over_a_label_with_a_colon_is_no_forum_post(name, title, site):
    doc = read(name)
    assert (doc.title, doc.site) == (title, site)


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("r73-26-en-se-default-answer.txt", "Default values are evaluated once"),
        ("r73-26-en-se-default-answer.txt", "Edited to add: the same happens"),
        ("r73-35-es-stackoverflow-solucion.txt", "Solución"),
    ],
)
def test_an_answers_first_line_is_its_text_whatever_button_word_it_opens_with(name, opening):
    doc = read(name)
    assert any(doc.text[c.start : c.end].startswith(opening) for c in doc.comments)


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("r73-27-en-laundry-sort-by.txt", "Sort by:"),
        ("r73-28-en-router-reset.txt", "Reset to default"),
    ],
)
def test_a_heading_worded_as_a_sort_menu_stays_outside_a_qa_page(name, heading):
    assert heading in body(read(name))


def test_a_qa_page_with_no_thanks_line_takes_no_site_from_a_linked_questions_title():
    assert not (read("r73-30-en-se-closed-related.txt").site or "").startswith("Why does")


@pytest.mark.parametrize(
    ("name", "author", "replies"),
    [
        ("r73-21-fr-mybb.txt", "apiculteur_58", 1),  # ("Messages : 37", the French colon)
        ("r73-29-pt-stackoverflow-emblemas.txt", "Rodrigo Meireles", 2),
    ],
)
def test_the_target_shapes_in_other_languages_still_read(name, author, replies):
    doc = read(name)
    assert doc.author == author and len(doc.comments) == replies


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("r74-01-en-club-newsletter-anyone-needing.txt", "Parents collecting juniors at lunchtime"),
        ("r74-02-en-family-blog-morning-arriving.txt", "Nobody complaining about the long walk"),
        ("r74-03-en-school-kids-learning.txt", "Anyone wishing to help, please speak"),
        ("r74-30-en-something-amazing.txt", "Something amazing happened when"),
        ("r74-30-en-something-amazing.txt", "Everyone cheering and clapping, I burst"),
    ],
)
def test_a_one_line_paragraph_opening_with_someone_doing_something_is_no_caption(name, line):
    # (a caption of a name and what they are doing has no comma and names someone)
    assert any(p.startswith(line) for p in body(read(name)))


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("r74-04-en-wp-categories-heading.txt", "Categories and tags in practice"),
        (
            "r74-06-pt-reciclagem-categorias.txt",
            "Categorias de resíduos e etiquetas nos contentores",
        ),
    ],
)
def test_a_subheading_on_categories_and_tags_is_no_entry_footer(name, heading):
    assert heading in body(read(name))


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("r74-07-en-twentyfifteen-meredith.txt", "Meredith Clarke"),
        ("r74-08-it-twentyfifteen-santagata.txt", "Giulia Santagata"),
    ],
)
def test_a_glued_footers_name_holding_a_label_word_in_lower_case_is_read_whole(name, author):
    # ("Mer-edit-h", "San-tag-ata": the label after the name opens with a capital)
    assert read(name).author == author


def test_outros_apps_as_an_articles_subheading_stays():
    assert "Outros apps" in body(read("r74-20-pt-outros-apps-heading.txt"))


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("r74-13-es-jsonl-market-days.jsonl", "Lunes · Miércoles · Sábado"),
        ("r74-14-nl-jsonl-signoff-pipes.jsonl", "Hartelijke groet | Het bestuur"),
        ("r74-15-en-jsonl-code-snippet-p.jsonl", "echo '<p>' . $row['message']"),
        ("r74-16-nl-jsonl-forum-html-mail.jsonl", 'Ik gebruik gewoon "<p>" voor elke alinea'),
    ],
)
def test_a_crawls_plain_text_keeps_its_capitalised_rows_and_its_quoted_tags(name, line):
    doc = read(name)
    assert any(line in p for p in body(doc))


def test_replies_in_comment_entry_boxes_with_their_own_names_stay_replies():
    doc = read("r74-23-en-guestbook-comment-entry-replies.html")
    assert len(doc.comments) == 5


def test_a_link_discourse_left_unexpanded_is_the_posters_text():
    doc = read("r74-26-it-discourse-onebox-links.html")
    assert "https://www.comune.borgovalle.example.it/avvisi/" in doc.text


def test_a_forum_showing_its_count_of_replies_declares_it():
    assert read("r74-27-de-forum-sichtbare-antworten.html").comments_declared == 3


def test_a_comments_empty_text_box_takes_no_named_paragraph_after_it():
    # (an empty "p.comment-text" takes its own unnamed <p>s the parser spilled, not the
    # theme's "p.comment-reply" button or the editors' "p.comment-note")
    assert "Antworten" not in read("r75-02-comment-pbox-then-meta-de.html").text
    doc = read("r75-03-guestbook-empty-entry-fr.html")
    assert not any("merci pour la jolie carte" in doc.text[c.start : c.end] for c in doc.comments)


def test_a_heading_opening_with_topic_tools_is_no_forum_menu():
    assert "Topic tools compared" in body(read("r75-09-topic-tools-blog-en.txt"))


def test_a_phpbb_phone_post_with_a_subject_of_its_own_under_its_posters_rank():
    doc = read("r75-11-phpbb-phone-variant-fr.txt")
    assert doc.title == "Essaimage précoce : mes ruches sont déjà pleines fin mars"
    assert [c.author for c in doc.comments] == [
        "Abeille_Noire_44",
        "Rucher_des_Landes",
        "Papy Miel",
        "Rucher_des_Landes",
    ]


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("r75-14-radreise-tagebuch-de.txt", "14. März 2024 / Von Basel nach Neuenburg"),
        ("r75-15-fietsdagboek-ardennen-nl.txt", "27 april 2024 / Door de Ourthevallei"),
        ("r75-19-ferry-log-en.txt", "21 May 2024 / By Ferry To Mull"),
        ("r75-22-excursion-salida-es.txt", "Salida, 25/05/2024 - 07:30h"),
    ],
)
def test_a_diarys_dated_day_heading_or_a_timetables_line_is_no_byline(name, heading):
    assert any(p.startswith(heading) for p in body(read(name)))


# -- review 76 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("r76-01-train-diary-en.txt", "12 May 2024 / By train to Porto"),
        ("r76-02-fietsdagboek-nl.txt", "3 juni 2024 / Door de Biesbosch"),
    ],
)
def test_a_diarys_first_day_heading_under_the_title_names_no_author(name, heading):
    # (under the title, no prose above: what follows the by-word must read as a person)
    doc = read(name)
    assert doc.author is None
    assert heading in doc.text


def test_a_microdata_name_of_an_item_inside_the_authors_is_not_theirs():
    assert authors(read("r76-08-microdata-org-name-de.html"))[0] == "Birgit Oltmanns"


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("r76-11-side-column-byline-en.html", "Priya Nandan"),  # a side column's one byline
        ("r76-12-aside-meta-fr.html", "Claire Fontaine"),  # the article's own aside
    ],
)
def test_a_byline_in_a_side_column_or_the_articles_aside_is_the_author(name, author):
    assert read(name).author == author


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("r76-13-foro-cita-libro-es.html", "@lucia_pan dijo en su primer mensaje"),
        ("r76-37-comment-quotes-poem-de.html", "Rilke schrieb:"),
    ],
)
def test_a_commenters_own_line_over_a_blockquote_is_no_quotation_head(name, said):
    doc = read(name)
    assert any(said in doc.text[c.start : c.end] for c in doc.comments)


def test_the_blogs_name_as_a_heading_over_more_of_the_article_ends_nothing():
    assert len(body(read("r76-16-site-name-mid-pt.txt"))) == 6


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("r76-20-design-by-en.txt", "Design work on the replacement was done by"),
        ("r76-22-caption-author-es.txt", "Así lo viví yo, que también fui alumna"),
        ("r76-26-flarum-likes-en.txt", "My youngest hates beans and still likes this."),
        ("r76-27-damals-jetzt-de.txt", "Meinem Mann gefällt das."),
        ("r76-38-plus-de-fr.txt", "Également sur place"),
        ("r76-38-plus-de-fr.txt", "Aussi sur le programme de cette année"),
        ("r76-39-anche-su-it.txt", "Anche su questo punto i residenti"),
        ("r76-39-anche-su-it.txt", "Di più su questo argomento"),
    ],
)
def test_prose_that_opens_or_closes_like_furniture_stays_in_the_body(name, paragraph):
    assert any(paragraph in p for p in body(read(name)))


def test_a_readers_comment_quoting_a_line_between_ellipses_is_no_trackback():
    assert "Jenny Cole" in authors(read("r76-24-trackback-quote-en.txt"))


def test_a_comment_saying_someone_likes_this_is_a_comment():
    assert "Ben Turner" in authors(read("r76-26-flarum-likes-en.txt"))


# -- review 77 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["r77-08-volunteer-roster-en.txt", "r77-28-walk-leaders-blocks-en.txt",
     "r77-29-projekt-status-de.txt"],
)  # fmt: skip
def test_a_clubs_list_of_people_with_group_and_status_lines_is_no_forum_thread(name):
    # (a forum poster's box counts their posts: "Group: Member" / "Posts: 87")
    doc = read(name)
    assert doc.comments == ()
    assert len(body(doc)) >= 6


# -- review 78 ---------------------------------------------------------------------------------


def test_a_table_of_data_with_the_id_attachments_is_the_articles():
    # (Drupal's list of files is a link and a size a row: "ijs.pdf | 84.2 KB")
    assert any(
        "invoice_0423.html" in p for p in body(read("r78-01-en-attachments-data-table.html"))
    )


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("r78-05-de-antwort-von-frau-meier.txt", "Antwort von Frau Meier:"),
        ("r78-05-de-antwort-von-frau-meier.txt", "Kommentar von Stadtrat Becker:"),
        ("r78-20-pt-resposta-de-joao.jsonl", "Resposta de João Martins, presidente"),
        ("r78-22-nl-antwoord-van-minister.txt", "Commentaar van de vakbond:"),
        ("r78-22-nl-antwoord-van-minister.txt", "Antwoord van de minister op de kritiek:"),
    ],
)
def test_an_answer_or_a_comment_quoted_in_an_article_under_its_speakers_name_is_the_article(
    name, line
):
    # (Contao's "Antwort von NAME" heads a comment: a name, no colon after it)
    doc = read(name)
    assert doc.comments == ()
    assert any(p.startswith(line) for p in body(doc))


def test_a_reply_that_opens_with_a_name_and_a_colon_keeps_its_text():
    doc = read("r78-06-it-risposta-di-marco.html")
    assert authors(doc) == ["Sara", "Marco"]
    assert texts_of(doc)[1] == "Risposta di Marco: grazie Sara, provo subito!"


def test_a_front_page_of_several_drupal_nodes_names_no_one_author():
    doc = read("r78-10-de-drupal6-frontpage-teasers.html")
    assert (doc.author, doc.published) == (None, None)


def test_a_first_subheading_under_the_byline_row_is_no_standfirst():
    # (the page's description, cut from its first words, is no summary of the article)
    paragraphs = body(read("r78-23-en-dated-row-real-subheading.html"))
    assert paragraphs[0].startswith("How we chose the route")


def test_a_short_paragraph_with_a_date_and_a_places_card_is_no_byline_row():
    paragraphs = body(read("r78-24-fr-event-vcard-paragraph.html"))
    # (its date a word of the sentence, kept where trafilatura cleans every <time> away)
    assert "Le concert aura lieu le samedi 8 juin à 20 h 30 à la salle" in paragraphs[1]
    assert any(p.startswith("Renseignements") for p in paragraphs)


def test_drupal_7s_submitted_by_line_names_the_writer_dated_by_its_markup():
    # ("Sat, 04/06/2024" reads either way; RDFa's content="2024-04-06T10:12" does not)
    doc = read("r78-09-en-drupal7-submitted.html")
    assert (doc.author, doc.published) == ("dana.k", "2024-04-06")


# -- review 79 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("r79-06-it-aggiornato-sotto-firma.txt", "Potrebbe interessarti: il mercato sarà aperto"),
        ("r79-06-it-aggiornato-sotto-firma.txt", "Gli orari completi sono esposti"),
        ("r79-16-de-gesetz-paragraf-anker.html", "§ 573c BGB: Fristen für die ordentliche"),
        ("r79-18-es-titulo-inicio-parrafo.html", "Gracias a todas las personas que donaron"),
        ("r79-19-en-title-runs-in-blog.html", "Slow bread is what my neighbour calls"),
        ("r79-24-nl-foto-met-alinea.html", "Bij Zutphen namen we het pontje"),
        ("r79-25-en-poll-news.html", "Of the 1,240 people who answered"),
        ("r79-26-en-game-review-controls.html", "The controls are simple enough for anyone"),
        ("r79-29-pt-titulo-com-link-subscribe.html", "Quem renovar antes do fim do ano"),
        ("r79-33-nl-lees-meer-berichten-bron.txt", "Nieuwe bankjes op het plein"),
        ("r79-33-nl-lees-meer-berichten-bron.txt", "Tot de volgende nieuwsbrief!"),
    ],
)
def test_prose_shaped_like_this_sessions_furniture_stays_in_the_body(name, paragraph):
    # (a sentence after "Potrebbe interessarti:", a "§" that names a law, a first paragraph
    # opening with the title's words, a photo's paragraph, a poll's results told in prose, a
    # note linking to the terms, a newsletter's own news under "Lees meer")
    assert any(p.startswith(paragraph) for p in body(read(name)))


def test_three_tabs_named_in_a_comment_do_not_end_the_comments():
    assert authors(read("r79-14-en-substack-tabs-in-comment.txt"))[-1] == "Tim Brandt"


def test_a_button_loading_more_threads_between_them_nests_none_under_another():
    doc = read("r79-31-en-threads-show-more-button.html")
    assert [c.parent for c in doc.comments] == [None, None, None, None]


# -- review 80 ---------------------------------------------------------------------------------


def test_a_news_pages_section_label_annonce_over_its_headline_is_no_notice():
    # (a forum's "Annonce" box stands over the topic's breadcrumb; a news page's label over
    # its headline, or a post's own first line, is none)
    doc = read("r80-08-fr-annonce-section.txt")
    assert doc.title == "Vide-grenier de Saint-Loup : les inscriptions sont ouvertes"
    doc = read("r80-17-en-forum-announcement-post.txt")
    assert body(doc)[0].startswith("The club's open day this year is on Saturday 18 May")


def test_a_pull_quote_the_record_also_names_its_caption_stays_a_paragraph():
    doc = read("r80-18-en-jsonl-caption-equals-paragraph.jsonl")
    assert "“We will not wait for the next storm,” the mayor said." in body(doc)


def test_continue_the_discussion_at_an_event_is_the_articles_sentence():
    assert len(body(read("r80-21-en-continue-discussion-real.txt"))) == 5


def test_a_poems_lines_a_comma_apart_are_no_sign_off():
    assert "Out past the lighthouse,\nGalloway" in body(read("r80-02-en-poem-comma-lines.txt"))


def test_a_when_clause_after_an_apposition_leaves_the_line_a_sentence():
    doc = read("r80-34-en-recipe-tagline-when.txt")
    assert any(p.startswith("My grandmother's recipe, unchanged since the war") for p in body(doc))


def test_a_drupal_text_field_named_for_a_legend_is_the_body():
    doc = read("r80-11-de-drupal-legende-text.html")
    assert body(doc)[0].startswith("Vor langer Zeit lebte am Rand des Dorfes ein Müller")


def test_a_feminine_author_badge_in_the_names_cite_is_no_name():
    doc = read("r80-25-it-cite-span-name.html")
    assert authors(doc) == ["Giovanni Dell'Erba", "Teresa Lomuscio"]


# -- review 81 ---------------------------------------------------------------------------------


def test_a_dated_update_signed_under_the_tags_is_no_author_box():
    # (the byline's name over a line between the tags and the post links: a bio when it
    # reads as one, not "Update, 14 March: the towpath … is now closed")
    doc = read("r81-01-en-author-box-update-line.txt")
    assert body(doc)[-1].startswith("Update, 14 March: the towpath between locks 5 and 6")


def test_a_sentence_going_on_over_lines_under_a_lead_in_stays_one_paragraph():
    doc = read("r81-03-de-forum-geprueft-umbruch.txt")
    assert any(p.startswith("Ich habe geprüft:\nden Gashahn") for p in body(doc))


def test_a_source_label_over_its_line_inside_the_article_stays():
    doc = read("r81-32-fr-source-label-milieu.txt")
    assert "Insee, recensement de la population 2021" in body(doc)


def test_a_how_tos_sentence_that_one_must_be_logged_in_is_no_comment_notice():
    # ("Du musst angemeldet sein, um E-Books auszuleihen: …" is the article's, not a note
    # that one must log in to comment, which ended the article there)
    doc = read("r81-18-de-ebook-angemeldet.txt")
    assert len(body(doc)) == 5


def test_linkedin_in_german_its_newsletter_name_alone_and_its_ages_in_years():
    # "1 J." under the headline (German for "1 yr"); a one-word newsletter name shown twice
    # over its pitch and "612 Abonnenten" is the site
    doc = read("r81-11-de-linkedin-artikel.txt")
    assert (doc.site, doc.author) == ("Werkstattnotizen", "Jonas Hertel")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Markus Feld", None),
        ("Jonas Hertel", 0),
        ("Petra Lang", None),
    ]


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("r85-02-it-subheading-comma.txt", "La cena, con gli amici di sempre"),
        ("r85-10-es-subheading-date.txt", "La verbena, con la orquesta de siempre"),
        ("r85-32-en-subheading-comma.txt", "The first day, with blisters by lunchtime"),
    ],
)
def test_headings_with_a_comma_over_each_section_are_no_captions(name, heading):
    # (a caption's shape with no stop, but the page has several such lines, one over each
    # section: its headings)
    assert heading in body(read(name))


def test_a_pictured_line_of_two_sentences_is_a_paragraph():
    doc = read("r85-03-en-pictured-sentence.txt")
    assert any(p.startswith("Pictured: nothing remarkable") for p in body(doc))


def test_a_link_to_unsubscribe_in_the_articles_own_words_is_no_newsletters_foot():
    doc = read("r85-18-en-unsubscribe-link-in-text.html")
    assert body(doc)[-1].startswith("If a sender keeps writing after you have left their list")


def test_a_writers_byline_with_an_issue_number_keeps_the_writer():
    doc = read("r85-30-en-issue-byline-person.html")
    assert (doc.author, doc.published) == ("Jonathan Pryce", "2024-03-03")


def test_a_date_alone_in_a_user_box_inside_the_article_is_its_date():
    assert read("r85-24-en-time-in-user-box.html").published == "2023-09-18"


def test_a_records_longest_text_field_is_the_article_not_a_short_body_note():
    doc = read("r85-26-en-jsonl-body-and-content.jsonl")
    assert body(doc)[0].startswith("The residents association will meet on Thursday")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("r89-01-en-subhead-over-short-para.txt", "Flour prices rose sharply."),
        ("r89-18-it-two-line-heading-para.txt", "La serata è iniziata con la musica della banda del paese."),
        ("r89-08-es-caption-like-sentence.txt", "Ambrosio Lacasta, en su huerto, nunca usa productos químicos."),
    ],
)  # fmt: skip
def test_a_short_paragraph_under_its_subheading_or_naming_someone_stays_the_articles(name, kept):
    # (not a photo's alt text over its caption: the line under has a verb's sentence, no noun
    # set apart by a comma; nor a caption of the person named above: a clause follows)
    assert any(kept in p for p in body(read(name)))


def test_substacks_line_over_the_replies_in_german_is_no_commenters_name():
    # "1 Antwort von Anna Weber" ("von" as in a name) over Anna's reply
    doc = read("r89-20-de-substack-replies.txt")
    assert [(c.author, c.parent) for c in doc.comments] == [("Martin K.", None), ("Anna Weber", 0)]


# -- review 91 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("r91-01-en-recipe-bare-noun-para.txt", "Cucumbers from the allotment, with a little salt."),
        ("r91-02-es-diario-frase-sin-verbo.txt", "Camino de la cumbre, con niebla y frío."),
        ("r91-03-fr-blog-phrase-nominale.txt", "Matin de brume, avec le café sur la terrasse."),
        ("r91-04-de-tagebuch-nominalsatz.txt", "Kürbisse vom Beet, mit dicker Schale."),
        ("r91-05-it-ricetta-frase-nominale.txt",
         "Farina di grano duro, con acqua tiepida e un pizzico di sale."),
        ("r91-07-nl-blog-naamwoordzin.txt", "Wind van voren, met af en toe een bui."),
        ("r91-34-nl-modaal-zin-bijschrift.txt", "Zaailingen op de vensterbank, in oude eierdozen."),
        ("r91-41-es-cuerpo-nosotros-sin-verbo.txt",
         "Tomates maduros, en su punto, sin piel ni semillas."),
    ],
)  # fmt: skip
def test_a_verbless_paragraph_opening_with_a_bare_noun_the_next_one_takes_up_stays(name, line):
    # (a recipe's or a diary's line, its noun set apart by a comma: the next paragraph goes on
    # from it, "That is really all you need", "Die haben wir …"; no caption's)
    assert line in body(read(name))


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("r91-09-en-date-above-title-update-byline.txt", "2024-03-08"),
        ("r91-10-de-datum-ueber-titel-aktualisiert.txt", "2024-03-04"),
    ],
)
def test_a_byline_that_dates_an_update_leaves_the_date_over_the_title(name, published):
    assert read(name).published == published


def test_a_first_paragraph_ending_in_initials_the_next_line_names_is_no_caption():
    assert body(read("r91-19-es-iniciales-en-cuerpo.txt"))[0].startswith("La biblioteca abrió")


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("r91-21-de-verein-ev-letzte-aenderung-body.txt", "Moderatoren: für die neuen"),
        ("r91-36-en-event-moderators-body.txt", "Moderators: Susan Reed and Tom Walsh"),
    ],
)
def test_a_paragraph_opening_with_moderators_is_no_forums_list_of_them(name, first):
    assert any(p.startswith(first) for p in body(read(name)))


def test_diffbots_count_of_posts_is_no_thread():
    doc = read("r91-27-en-diffbot-discussion-count.jsonl")
    assert body(doc) and not doc.comments


def test_an_author_box_whose_class_says_description_still_names_the_author():
    assert read("r91-29-en-blog-author-description-box.html").author == "Nina Park"


def test_readabilitys_excerpt_of_the_first_sentence_leaves_the_first_paragraph_whole():
    assert body(read("r91-25-en-readability-html-content.jsonl"))[0].startswith(
        "Winter is the best time to walk the coast path. The crowds are gone"
    )


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # a section's last words with no stop over a heading and a list: the writer's, or a
        # heading over the list's own ("La pâte, avec les enfants" / "Ingrédients")
        ("r94-01-en-blog-remark-before-heading-list.txt", "The verdict, after two full weekends"),
        ("r94-02-fr-recette-titre-sur-titre.txt", "La pâte, avec les enfants"),
        ("r94-19-it-diario-orto-mese-titolo.txt", "Il raccolto, luglio 2023"),
        # the writer's own profile, last of a post's profiles; a subject who shares the
        # writer's first name, not the writer
        ("r94-04-en-team-profiles-author-last.txt", "Sara started the co-op in 2014"),
        ("r94-23-de-vorname-letzter-absatz-portraet.txt", "Anna Roth will den Betrieb"),
        # a log's runs, not links to posts; a disclosure opening a paragraph that goes on
        ("r94-15-nl-hardloopschema-vorige.txt", "Vorige: 14 km in 1 uur en 28 minuten"),
        ("r94-16-de-kein-werbung-erster-absatz.txt", "Dieser Beitrag ist nicht gesponsert, aber"),
        ("r94-17-en-not-sponsored-opening.txt", "This post is not sponsored, I paid full price"),
        # a remark of sixteen words in the writer's voice, no caption
        ("r94-21-en-16-word-remark-between-paragraphs.txt", "The short answer, in my own"),
    ],
)
def test_a_line_the_session_94_rules_took_stays_in_the_body(name, line):
    assert any(p.startswith(line) for p in body(read(name)))


def test_a_list_item_naming_a_forum_is_no_site_and_a_status_list_no_post():
    assert read("r94-09-it-roma-forum-romanum-fine.txt").site is None
    doc = read("r94-12-en-server-status-online.txt")
    assert not doc.comments and len(body(doc)) >= 10


def test_a_platforms_page_a_glued_surname_and_a_sign_up_widget_name_no_site_or_writer():
    # (isPartOf a web page named as the article; "DiLorenzo", no "Di" glued to a name; a
    # sidebar's link to "/newsletters/subscribe")
    assert read("r94-26-en-html-medium-ispartof-webpage.html").site is None
    doc = read("r94-28-it-html-meta-row-dilorenzo.html")
    assert (doc.author, doc.published) == ("DiLorenzo Francesca", "2024-03-12")
    assert read("r94-33-en-html-newsletter-widget-no-window-site.html").site != (
        "Get the monthly garden letter"
    )


def test_a_records_replies_that_no_one_wrote_are_no_comments():
    # a survey's answers, a chatbot's lines: "replies" with no writer and no time
    for name in ("r94-30-en-jsonl-survey-replies.jsonl", "r94-32-en-jsonl-chatbot-replies.jsonl"):
        doc = read(name)
        assert not doc.comments and body(doc), name


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # a restaurant's main courses and a phone's home screen, no site's menu; a recipe's
        # utensils, no forum's toolbar
        ("r95-15-text-fr-restaurant-menu-principal.txt", "Menu principal"),
        ("r95-19-text-it-tutorial-menu-principale.txt", "Menu principale"),
        ("r95-16-text-es-recipe-herramientas.txt", "Herramientas"),
    ],
)
def test_a_heading_the_session_95_rules_took_for_furniture_stays(name, line):
    assert line in body(read(name))


def test_a_widgets_heading_under_the_articles_tags_is_no_section_of_it():
    # (a heading over a list is kept after the article's end only under a newsletter's pitch)
    assert "Unsere Partner" not in body(read("r95-22-text-de-after-article-partners-list.txt"))


def test_an_event_date_an_interviewee_and_a_section_name_no_post_date_writer_or_title():
    assert read("r95-05-html-event-date-under-h1-de.html").published is None
    assert read("r95-09-html-bio-interviewee-es.html").author is None
    assert read("r95-11-html-title-middle-part-fr.html").title == (
        "Tailler les rosiers anciens en mars"
    )


def test_a_forum_crawls_reply_under_post_is_no_article():
    with pytest.raises(CorpusError):
        read("r95-01-jsonl-forum-reply-post.jsonl")


def test_a_records_children_that_are_no_thread_are_no_comments():
    # (a shop's category tree, a family tree: no writer and time to each)
    for name in ("r96-05-jsonl-children-category.jsonl", "r96-06-jsonl-family-tree.jsonl"):
        doc = read(name)
        assert not doc.comments and body(doc), name


def test_a_loyalty_schemes_levels_and_a_polls_headings_stay():
    # ("Utente Standard" is no SMF rank the rules drop, as "Utente Senior", SMF's, still is;
    # "Meeste stemmen" heads a poll's result, no thread's order)
    assert "Utente Standard" in body(read("r96-03-it-utente-senior-prose.txt"))
    assert "Meeste stemmen" in body(read("r96-11-nl-recipe-meeste-stemmen.txt"))


# review 97: the session's rules tried on ordinary pages where their words are prose
_KEPT_97 = {
    "r97-01-en-baseball-box-score.txt": ["Hits: 11", "Runs: 4", "Hits: 7"],
    "r97-02-en-visibility-modifiers.txt": ["Public", "Members only"],
    "r97-03-de-schulen-oeffentlich.txt": ["Öffentlich", "Nur für Mitglieder"],
    "r97-04-de-verein-mitglied-werden.txt": ["Die Jahreshauptversammlung hat beschlossen"],
    "r97-05-en-club-become-a-member.txt": ["At the AGM we agreed that the junior membership"],
    "r97-09-de-mehr-beitraege-von-lesern.txt": ["Mehr Beiträge von unseren Lesern"],
    "r97-11-fr-avant-maintenant.txt": [
        "Maintenant",
        "Suivre",
        "Les enfants et les voisins ont aimé ceci.",
    ],
    "r97-12-it-visite-medico.txt": ["Visite: 7", "Altri post di questo tipo li trovate"],
    "r97-13-pt-trilha-acessos.txt": ["Acessos: 2", "Mais publicações de trilhas como esta"],
    "r97-14-es-pisos-visitas.txt": ["Visitas: 9", "Solo para miembros"],
    "r97-33-en-travel-more-posts-from-the-road.txt": ["More posts from the road"],
    "r97-34-fr-premier-message-sms.txt": ["Premier message", "Maintenant"],
    "r97-36-de-server-zugriffe.txt": ["Zugriffe: 48000"],
    "r97-37-nl-openbaar-vervoer-kopjes.txt": [
        "Openbaar",
        "Alleen voor leden",
        "Meer berichten van bezoekers lees je onder dit artikel.",
    ],
    "r97-38-es-club-membresia-socio.txt": ["La asamblea aprobó mantener la cuota"],
    "r97-39-fr-festival-public.txt": ["Public"],
}


@pytest.mark.parametrize("name", sorted(_KEPT_97))
def test_a_statistic_a_heading_or_club_news_in_the_words_of_a_platforms_label_stays(name):
    # (a count of views, who may read a post, a membership box, a newsletter's other posts,
    # Flarum's scrubber and likes: each dropped only where the platform sets it)
    doc = read(name)
    for line in _KEPT_97[name]:
        assert line in doc.text, line


def test_a_sites_class_prefix_sig_is_no_signature_and_a_byline_as_subheading_no_deck():
    news = read("r97-24-en-sig-design-system.html")
    assert news.author == "Ruth Okoye" and len(news.comments) == 2
    assert read("r97-25-en-kirby-subhead-byline.html").author == "Grace Adeyemi"


def test_a_record_with_its_own_text_is_not_read_from_the_article_it_quotes():
    doc = read("r97-32-en-jsonl-body-quoted.jsonl")
    assert body(doc)[0].startswith("The Courier ran a piece this morning")


# review 98: the session's later rules tried on ordinary pages where their words are prose
def test_a_clubs_number_is_its_names_where_no_list_numbers_the_comments():
    # ("1. Schachklub Harburg von 1921", "3. Mannschaft …": a German club's, a team's)
    assert {"1. Schachklub Harburg von 1921", "3. Mannschaft SK Neugraben"} <= set(
        authors(read("r98-04-de-schachklub.html"))
    )
    assert {"1. Kieler Ruderclub", "2. Damen Kanu-Gemeinschaft Raisdorf"} <= set(
        authors(read("r98-05-de-ruderclub-ohne-liste.txt"))
    )


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("r98-13-fr-podcast-sans-blancs.txt", "[Musique d’ouverture, bruit de sonnailles]"),
        ("r98-14-en-lines-crawl.txt", "[Applause]"),
    ],
)
def test_a_transcripts_bracketed_line_run_into_the_text_is_no_pictures_alt_text(name, line):
    assert body(read(name))[0] == line


@pytest.mark.parametrize(
    "name", ["r98-16-en-jsonl-position-post3.jsonl", "r98-17-de-jsonl-hausnummer.jsonl"]
)
def test_a_comments_place_in_a_list_or_a_house_number_names_no_parent(name):
    # (every comment answers the article; a comment's "position" or "number" equal to the
    # article's id makes it no one's parent)
    assert [c.parent for c in read(name).comments] == [None] * len(read(name).comments)


def test_a_live_tickers_entries_and_a_feeds_two_copies_of_its_text_are_read_once():
    # ("live_commentary": {"entries": [...]}, no comment feed; "content" as text and HTML)
    assert not read("r98-22-en-jsonl-live-commentary-no-link.jsonl").comments
    assert not read("r98-18-en-jsonl-live-commentary.jsonl").comments
    doc = read("r98-20-pt-jsonl-feedparser-content-duplo.jsonl")
    assert len(body(doc)) == 2 and "<" not in doc.text


@pytest.mark.parametrize(
    "name",
    [
        "r98-23-es-marcel-la.html",
        "r98-24-es-opinion-first.html",
        "r98-25-es-marcel-la-plain-row.html",
        "r98-26-pt-cronica-meta.html",
    ],
)
def test_a_catalan_l_dot_l_and_a_section_first_in_the_meta_row_are_no_separator_and_no_writer(name):
    assert read(name).author in (None, "Marcel·la Roig")


@pytest.mark.parametrize(
    "name", ["r98-30-fr-livre-dor-dates-chiffres.html", "r98-31-en-guestbook-dated-titles.html"]
)
def test_a_comments_title_after_its_date_and_a_hyphen_is_no_writer(name):
    assert not any(
        a and (a[0].isdigit() or " at " in a or "fini" in a) for a in authors(read(name))
    )
    assert "Mur nord fini" not in authors(read(name))


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("r98-32-it-rubrica-post-div.html", "Il basilico non sopporta il freddo"),
        ("r98-33-nl-vaste-rubriek.html", "De wilgen langs de dijk staan in bloei"),
        ("r98-34-de-ressort-kurzmeldungen.html", "Ab dem 5. April gibt es in Lüdingen"),
    ],
)
def test_a_post_filed_under_a_column_or_a_box_named_for_it_keeps_its_text(name, first):
    assert body(read(name))[0].startswith(first)
