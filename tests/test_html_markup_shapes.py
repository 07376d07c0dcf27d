"""Markup of widgets, themes and editors the readers first missed: what each one must
give (comments with author, text, parent; body paragraphs), and what must stay out."""

from __future__ import annotations

import html

import pytest

from .test_html_reader import ARTICLE, body_text, comment_texts, page, read


def hashed(who: str, when: str, text: str, replies: str = "", reply_to: str = "") -> str:
    """A comment of a widget whose class names are hashes (Viafoura, Coral's newer builds)."""
    answer = f'<span class="css-aa1bb2">↳ Antwort an {reply_to}</span>' if reply_to else ""
    return (
        f'<li class="css-5t6y7u"><div class="css-2h3j4k">'
        f'<span class="css-0p9o8i" aria-hidden="true">{who[:2].upper()}</span>'
        f'<span class="css-8n9m0b">{who}</span>{answer}'
        f'<time datetime="{when}T09:17:03+02:00">{when}</time></div>'
        f'<div class="css-x1c2v3"><p>{text}</p></div>'
        f'<div class="css-z9x8c7" role="toolbar"><button>Gefällt mir</button>'
        f'<span class="css-lk9cnt">12</span><button>Antworten</button></div>'
        + (f'<ul class="css-r4e3w2">{replies}</ul>' if replies else "")
        + "</li>"
    )


FIRST = "Endlich! Ich fahre jeden Tag mit meinen Kindern die Straße entlang, jedes Mal ein Risiko."
SECOND = "Fair für wen? Mein Laden liegt genau an dieser Straße, und niemand hat mit uns geredet."
THIRD = "Wird die Informationsveranstaltung für die Anwohner auch im Internet übertragen?"


def test_a_widget_with_hashed_class_names_still_gives_its_comments():
    thread = (
        '<section id="leserdebatte"><h2 class="css-7pl0ab">Leserdebatte</h2>'
        '<span class="css-11xk3o">3 Beiträge</span><ul class="css-lp31zn">'
        + hashed(
            "Klaus_R",
            "2024-05-14",
            FIRST,
            hashed("Heike B.", "2024-05-14", SECOND, reply_to="Klaus_R"),
        )
        + hashed("Sabine Wolters", "2024-05-15", THIRD)
        + "</ul></section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='de'"))
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [c.author for c in doc.comments] == ["Klaus_R", "Heike B.", "Sabine Wolters"]
    assert [c.parent for c in doc.comments] == [None, 0, None]
    assert [c.published for c in doc.comments] == ["2024-05-14", "2024-05-14", "2024-05-15"]
    assert doc.comments_declared == 3


def test_related_posts_with_dates_and_excerpts_are_not_comments():
    related = "".join(
        f'<div class="css-r0w{n}"><a href="/p{n}">Another story number {n}</a>'
        f"<time datetime='2024-05-1{n}'>1{n} May</time>"
        f"<p>An excerpt of that story that runs to more than forty characters of prose.</p></div>"
        for n in range(3)
    )
    doc = read(page(ARTICLE, f'<section class="more-stories">{related}</section>'))
    assert doc.comments == ()


def test_a_button_label_named_text_is_the_username_not_the_comment():
    def coral(who: str, text: str) -> str:
        return (
            f'<div class="coral coral-comment"><div class="coral-comment-topBar">'
            f'<button class="coral-username" type="button"><span class="coral-username-text">'
            f"{who}</span></button></div>"
            f'<div class="coral-comment-content"><p>{text}</p></div>'
            '<button class="coral-comment-replyButton">Reply</button></div>'
        )

    thread = '<div id="coral_thread">' + coral("Skerryman", "Forty minutes each way.") + "</div>"
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["Forty minutes each way."]
    assert doc.comments[0].author == "Skerryman"


def test_ghost_comment_components_are_comments():
    def ghost(who: str, text: str) -> str:
        return (
            '<div data-testid="comment-component"><div><h4 data-testid="author-name">'
            f'{who}</h4><span title="15 Mar 2024">15 Mar 2024</span></div>'
            f'<div data-testid="comment-content"><p>{text}</p></div></div>'
        )

    thread = (
        '<div class="gh-comments"><div data-testid="comments-list">'
        + ghost("Tom Rudge", "This is the post I needed three years ago.")
        + ghost("Sam O.", "Saving this one.")
        + "</div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["This is the post I needed three years ago.", "Saving this one."]
    assert [c.author for c in doc.comments] == ["Tom Rudge", "Sam O."]


def test_ghost_s_count_in_a_span_beside_the_section_s_heading_is_the_declared_count():
    def ghost(who: str, text: str, replies: str = "") -> str:
        return (
            '<div data-testid="comment-component"><div class="mr-2"><figure><p>XY</p></figure>'
            '</div><div class="grow"><div class="flex"><div><h4 class="font-sans">'
            f'{who}</h4><div class="flex"><span><span title="14 mar 2024 19:02">14 mar 2024'
            '</span></span></div></div></div><div class="mt mb-2"><p data-testid="comment-'
            f'content"><p>{text}</p></p></div><div class="flex"><button data-testid="like-'
            'button">6</button><button data-testid="reply-button">Rispondi</button></div>'
            f'<div class="mb-4">{replies}</div></div></div>'
        )

    # the heading and the count a block over the sort row and the list's box, no space
    # between them ("Commenti8 commenti" read whole)
    thread = (
        '<section data-testid="comments-ui"><div class="mb-8 flex w-full items-baseline"><h2 '
        'class="font-sans text-[2.8rem]">Commenti</h2><span class="font-sans text-base" '
        'data-testid="count">4 commenti</span></div><div class="mb-6 flex">Ordina per <button>'
        'Meno recenti</button></div><div class="z-10">'
        + ghost("Tom Rudge", "Proprio il banco che cercavo.", ghost("Sam O.", "Anch'io."))
        + ghost("Lia F.", "Lo provo sabato.")
        + '</div><section data-testid="cta-box"><h1>Partecipa alla discussione</h1><p>Iscriviti'
        " per poter commentare.</p></section></section>"
    )  # (one of the four removed: the count is the page's, not the comments shown)

    # (its own page in a frame, as Ghost's comments app writes it, read in the frame's place)
    def framed(thread: str) -> str:
        frame = f'<iframe title="comments-frame" srcdoc="{html.escape(f"<body>{thread}</body>")}">'
        return page(ARTICLE, f'<section class="gh-comments">{frame}</iframe></section>')

    doc = read(framed(thread))
    assert len(doc.comments) == 3 and doc.comments_declared == 4
    # (Ghost's heading where members only may comment: "Member discussion", in Spanish)
    members = thread.replace(">Commenti<", ">Debate de los miembros<").replace(
        "4 commenti", "4 comentarios"
    )
    assert read(framed(members)).comments_declared == 4


def test_ghost_s_newer_comments_give_the_name_in_a_styled_heading_and_the_date_in_a_tooltip():
    def ghost(who: str, when: str, text: str) -> str:
        return (
            '<div data-testid="comment-component"><div class="mr-2 flex"><div class="h-[40px]"'
            ' data-testid="avatar"><p class="font-sans text-white">XY</p></div></div>'
            '<div class="grow"><div class="flex grow"><h4 class="font-sans text-base font-bold'
            f' leading-snug sm:text-sm">{who}</h4></div><div class="flex items-baseline">'
            f'<span><span title="{when}">3 weeks ago</span></span></div>'
            f'<div class="gh-comment-content mt mb-2"><p>{text}</p></div></div></div>'
        )

    thread = (
        '<div class="gh-comments"><div data-testid="comments-list">'
        + ghost("Tom Rudge", "Mon 18 Mar 2024 20:47", "This is the post I needed three years ago.")
        + ghost("Sam Okafor", "Tue 19 Mar 2024 07:12", "Saving this one.")
        + "</div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["This is the post I needed three years ago.", "Saving this one."]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Tom Rudge", "2024-03-18"),
        ("Sam Okafor", "2024-03-19"),
    ]


def test_ghost_s_day_shown_without_its_year_takes_its_tooltips_date():
    # ("· 12 Mar" titled "12 Mar 2024 07:41", its dot a span inside it)
    def ghost(who: str, when: str, shown: str, text: str) -> str:
        return (
            '<div data-testid="animated-comment"><div class="grow"><div class="flex">'
            f'<h4 class="font-sans text-base font-bold">{who}</h4><div class="flex items-baseline">'
            f'<span><span title="{when}"><span class="mx-[0.3em]">·</span>{shown}</span></span>'
            f'</div></div><div class="mt mb-2"><p class="gh-comment-content"><p>{text}</p></p>'
            "</div></div></div>"
        )

    thread = (
        '<div class="gh-comments"><div data-testid="comments-list">'
        + ghost("Rafael Monteiro", "12 Mar 2024 07:41", "12 Mar", "Que edição boa, Lívia.")
        + ghost("Ana Lu", "14 Mar 2024 21:05", "14 Mar", "Vou tentar na segunda.")
        + "</div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Rafael Monteiro", "2024-03-12"),
        ("Ana Lu", "2024-03-14"),
    ]


def test_ghost_s_heading_found_past_an_avatar_of_initials_nested_in_a_figure():
    def ghost(who: str, text: str) -> str:
        return (
            '<div data-testid="comment-component"><div class="mr-2 flex flex-col">'
            '<div class="flex-0 mb-3"><figure class="relative h-9 w-9"><div class="flex'
            ' rounded-full"><p class="font-sans text-white">XY</p></div></figure></div></div>'
            '<div class="grow"><div class="-mt-0.5 mb-2 flex"><div><h4 class="font-sans'
            f' text-base font-bold">{who}</h4><div class="flex items-baseline"><span>'
            '<span class="mr-[.5ch]" data-testid="member-expertise">Ferry skipper</span>'
            '<span class="font-bold">·</span><span class="ml-[.5ch]" title="Mon 18 Mar 2024'
            ' 20:47">3 weeks ago</span></span></div></div></div>'
            f'<div class="gh-comment-content mt mb-2"><p>{text}</p></div></div></div>'
        )

    thread = (
        '<div class="gh-comments"><div data-testid="comments-list">'
        + ghost("Tom Rudge", "This is the post I needed three years ago.")
        + "</div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published) for c in doc.comments] == [("Tom Rudge", "2024-03-18")]


def test_wix_comments_are_read_by_their_data_hooks_not_their_hashed_classes():
    # (the edit mark glued to the date, "2 mars 2023Modifié", is no line any table knows)
    def wix(who: str, when: str, text: str, edited: bool = False) -> str:
        mark = '<span data-hook="edited-indicator" class="yDNGo">Modifié</span>' if edited else ""
        return (
            f'<div data-hook="root-comment" class="K4VzQ" data-comment-id="{who[:2]}-0">'
            '<div class="ZsXqv"><div class="Pq5vX">'
            f'<span data-hook="author-name" class="dYcM0">{who}</span><div class="E9k2l">'
            f'<span data-hook="timestamp" class="oR6Yz">{when}</span>{mark}</div></div>'
            f'<div data-hook="comment-content" class="U0wtn"><p class="MUrTw">{text}</p></div>'
            '<div data-hook="comment-actions"><button data-hook="reply-button">Répondre</button>'
            "</div></div></div>"
        )

    html = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Émaux</title>"
        "</head><body><article><h1>Pourquoi mes émaux coulent</h1><p>Trois cuissons ratées "
        "cet hiver m'ont appris à surveiller la vitesse de refroidissement du four.</p>"
        "<p>Voici ce que j'ai changé depuis, et ce que cela a donné.</p></article>"
        '<section data-hook="comments-widget" class="comments-root"><h2>Commentaires</h2>'
        '<div data-hook="comments-list" class="ArBeK">'
        + wix(
            "Claire Vautrin", "16 févr. 2023", "Exactement mon problème cet hiver, avec un céladon."
        )
        + wix(
            "Bernard Ouvrard",
            "2 mars 2023",
            "Laissez le four refroidir lentement, tout simplement.",
            True,
        )
        + wix(
            "Inès Kato", "9 mars 2023", "Proposez-vous encore des stages d'initiation le samedi ?"
        )
        + "</div></section></body></html>"
    )
    doc = read(html)
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Claire Vautrin", "2023-02-16"),
        ("Bernard Ouvrard", "2023-03-02"),
        ("Inès Kato", "2023-03-09"),
    ]
    assert comment_texts(doc)[1] == "Laissez le four refroidir lentement, tout simplement."


def test_a_comment_s_subject_heading_is_no_name():
    thread = (
        '<div id="comments"><ol class="commentlist">'
        '<li class="comment"><h3 class="comment-title">Great Idea</h3>'
        '<span class="comment-author">Ada Lund</span><p>Let us plant more trees.</p></li>'
        '<li class="comment"><h3 class="comment-title">Not So Sure</h3>'
        "<p>Who will water them in August?</p></li>"
        "</ol></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [c.author for c in doc.comments] == ["Ada Lund", None]


def test_a_reply_button_and_an_in_reply_to_line_inside_the_text_element_are_left_out():
    thread = (
        '<div id="comments"><div class="ast-comment comment depth-1" id="comment-1">'
        '<header class="ast-comment-meta"><b class="fn">Inês</b> disse:</header>'
        '<section class="ast-comment-content comment" itemprop="text">'
        '<div class="in-reply-to">em resposta a <a href="#c0">Manuel</a>.</div>'
        "<p>Segundo a câmara, o autocarro começa no dia 24.</p>"
        '<div class="ast-comment-edit-reply-wrap"><a class="comment-reply-link">Responder</a>'
        "</div></section></div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["Segundo a câmara, o autocarro começa no dia 24."]
    assert doc.comments[0].author == "Inês"


def test_a_subheading_inside_the_article_body_is_a_paragraph_even_named_subhead():
    article = (
        '<article><h1>Radwege</h1><p class="article__standfirst">Ein Vorspann.</p>'
        '<div class="article__body"><p>Der Stadtrat hat am Dienstag den Ausbau beschlossen.</p>'
        '<h2 class="article__subhead">Kritik an der Reihenfolge</h2>'
        "<p>Die Fraktion der Freien Bürger hält das Vorhaben für überstürzt.</p></div></article>"
    )
    doc = read(page(article))
    assert "Kritik an der Reihenfolge" in body_text(doc).split("\n\n")
    assert "Ein Vorspann." not in body_text(doc)


def test_bare_text_after_an_empty_div_stays_in_the_body():
    # Blogger's editor: <div>…</div><div><br /></div>, then bare text between <br />;
    # trafilatura drops the text that trails the empty <div>
    post = (
        "<h3 class='post-title'>Lepelaars terug</h3>"
        "<div class='post-body entry-content' itemprop='articleBody'>\n"
        "<div>Vanochtend om kwart over zeven stond ik met de telescoop op de dijk.</div>"
        "<div><br /></div><div>Wie de polder kent, weet waarom dat bijzonder is.</div>"
        "<div><br /></div>\n"
        "<div class='separator'><table class='tr-caption-container'><tbody><tr><td>"
        "<img src='lepelaar.jpg' /></td></tr><tr><td class='tr-caption'>Een lepelaar in de sloot."
        "</td></tr></tbody></table></div>\n<div><br /></div>\n"
        "Ik heb ze ruim een uur gevolgd, en een paar vloog met takjes naar het riet.<br />\n"
        "<br />\nOm half negen kwam Wim Hoekstra van de vogelwerkgroep er ook bij.<br />\n"
        "<br />\nIk houd jullie op de hoogte, volgende week meer over de kieviten.\n"
        "<div style='clear: both;'></div>\n</div>"
    )
    doc = read(page(f"<article>{post}</article>"))
    assert [p[:20] for p in body_text(doc).split("\n\n")] == [
        "Vanochtend om kwart ",
        "Wie de polder kent, ",
        "Ik heb ze ruim een u",
        "Om half negen kwam W",
        "Ik houd jullie op de",
    ]


def xenforo_post(
    n: int, who: str, text: str, first: bool = False, pairs: str = "<dt>Mensajes</dt><dd>87</dd>"
) -> str:
    return (
        f'<article class="message message--post js-post{" is-first" if first else ""}"'
        f' data-author="{who}" id="js-post-{n}">'
        f'<section class="message-user"><h4 class="message-name"><a class="username">{who}</a>'
        '</h4><h5 class="userTitle message-userTitle">Miembro</h5>'
        f"<dl class='pairs'>{pairs}</dl></section>"
        '<div class="message-main"><header class="message-attribution">'
        f'<time datetime="2024-06-1{n}T17:41:05+0200">1{n} Jun 2024</time></header>'
        f'<article class="message-body"><div itemprop="text"><div class="bbWrapper">{text}'
        "</div></div></article></div></article>"
    )


def test_a_forum_thread_s_first_post_is_the_article_by_its_author():
    quote = (
        '<blockquote data-quote="huertaRemedios" class="bbCodeBlock bbCodeBlock--quote">'
        '<div class="bbCodeBlock-title"><a>huertaRemedios dijo:</a></div>'
        '<div class="bbCodeBlock-content">Lo que no sé es si merece la pena tratar con cobre.'
        '<div class="bbCodeBlock-expandLink"><a>Click para expandir...</a></div></div>'
        "</blockquote>"
    )
    thread = (
        '<div class="block-body js-replyNewMessageContainer">'
        + xenforo_post(
            1,
            "huertaRemedios",
            "Las hojas bajas de las tomateras tienen manchas marrones desde el domingo.",
            first=True,
        )
        + xenforo_post(2, "Tomás_R", "Por la descripción tiene toda la pinta de mildiu, sí.")
        + xenforo_post(3, "Paqui_H", quote + "Merece la pena, aunque no vas a salvar todo.")
        + "</div>"
    )
    head = "<title>Mildiu en las tomateras | Foro del Huerto</title>"
    doc = read(page("<h1>Mildiu en las tomateras</h1>" + thread, head=head).replace("'en'", "'es'"))
    assert doc.author == "huertaRemedios"
    assert (
        body_text(doc)
        == "Las hojas bajas de las tomateras tienen manchas marrones desde el domingo."
    )
    assert comment_texts(doc) == [
        "Por la descripción tiene toda la pinta de mildiu, sí.",
        "Merece la pena, aunque no vas a salvar todo.",
    ]


def test_a_forum_posts_closing_words_and_name_a_line_break_apart_are_a_paragraph_each():
    # ("Abraço,<br>Osvaldo", as the text reader and the later sets' golds count them; a
    # reply's are left as its widget sets them)
    first = "A bomba liga, enche a caixa e o disjuntor desarma.<br><br>Abraço,<br>Osvaldo"
    thread = (
        '<div class="block-body js-replyNewMessageContainer">'
        + xenforo_post(1, "Osvaldo_P", first, first=True)
        + xenforo_post(2, "Jorge_E", "Pode ser o capacitor.<br><br>Abraço,<br>Jorge")
        + "</div>"
    )
    head = "<title>Disjuntor desarma | Fórum do Poço</title>"
    doc = read(page("<h1>Disjuntor desarma</h1>" + thread, head=head).replace("'en'", "'pt'"))
    assert body_text(doc).split("\n\n") == [
        "A bomba liga, enche a caixa e o disjuntor desarma.",
        "Abraço,",
        "Osvaldo",
    ]
    assert comment_texts(doc) == ["Pode ser o capacitor.\n\nAbraço,\nJorge"]


def test_a_forum_posts_lines_a_single_line_break_apart_are_a_paragraph_each():
    # (a forum's editor turns each Enter into a <br>: vBulletin's and Vanilla's opening posts,
    # "Hallo allemaal,<br>Sinds …" and "…?<br>Cheers, Gareth", as the golds count them)
    first = (
        "Hallo allemaal,<br>Sinds vorige week zit er houtworm in de trap naar zolder.<br><br>"
        "Weet iemand wat ik het beste kan gebruiken?<br>Groeten, Henk"
    )
    thread = (
        '<div class="block-body js-replyNewMessageContainer">'
        + xenforo_post(1, "Henk_V", first, first=True)
        + xenforo_post(2, "Joke", "Probeer het eerst met een lokmiddel.")
        + "</div>"
    )
    head = "<title>Houtworm in de trap | Klusforum</title>"
    doc = read(page("<h1>Houtworm in de trap</h1>" + thread, head=head).replace("'en'", "'nl'"))
    assert [p.split()[0] for p in body_text(doc).split("\n\n")] == [
        "Hallo",
        "Sinds",
        "Weet",
        "Groeten,",
    ]


def test_an_image_with_its_caption_in_italics_is_no_paragraph():
    article = (
        "<article><h1>Torna il palio</h1><div itemprop='articleBody'>"
        "<p>Dopo sei anni di assenza, il palio dei carretti torna a Valdimonte Alto.</p>"
        "<p><img src='palio.jpg' alt='Un carretto'><br><em>Un carretto in discesa durante "
        "l'edizione 2017 (foto archivio Pro Loco)</em></p>"
        "<p>Le squadre iscritte sono per ora otto, una per ogni contrada.</p>"
        "<p><img src='piazza.jpg'> La piazza sarà chiusa <em>dalle 15</em> alle 20.</p>"
        "</div></article>"
    )
    paragraphs = body_text(read(page(article, head="<title>Torna il palio</title>"))).split("\n\n")
    assert [p[:16] for p in paragraphs] == [
        "Dopo sei anni di",
        "Le squadre iscri",
        "La piazza sarà c",
    ]


def test_a_topic_map_s_number_beside_its_heading_is_the_declared_count():
    def post(n: int, who: str, text: str) -> str:
        return (
            f'<div class="topic-post" data-post-number="{n}"><article id="post_{n}">'
            f'<span class="username">{who}</span><div class="cooked"><p>{text}</p></div>'
            "</article></div>"
        )

    thread = (
        '<div class="topic-map"><ul><li><span class="number">2</span><h4>reacties</h4></li>'
        '<li><span class="number">188</span><h4>weergaven</h4></li></ul></div>'
        + post(1, "jeroen_vd", "Mijn accu laadt niet meer op na de winter in de schuur.")
        + post(2, "Marleen_K", "Diep ontladen, waarschijnlijk. Gooi hem niet weg.")
        + post(3, "Fatima_B", "Laad hem voor de winter tot zestig procent.")
    )
    doc = read(page(thread).replace("lang='en'", "lang='nl'"))
    assert [c.author for c in doc.comments] == ["Marleen_K", "Fatima_B"]
    assert doc.comments_declared == 2


OLD_PORTAL = """<HTML><HEAD><TITLE>Portal do Vale :: Notícias :: Cheia do rio desaloja 40 famílias
</TITLE></HEAD><BODY><TABLE WIDTH="760"><TR>
<TD WIDTH="150"><FONT SIZE="1">» Região<BR>» Política<BR>» Economia</FONT></TD>
<TD WIDTH="460">
<FONT SIZE="5"><B>Cheia do rio desaloja 40 famílias</B></FONT><BR>
<FONT SIZE="1">Por Adalberto Menezes | 14/05/2006 - 08h02</FONT><BR><BR>
<TABLE ALIGN="right"><TR><TD><IMG SRC="cheia.jpg"><BR><FONT SIZE="1"><I>Rua alagada na
tarde de domingo (Foto: Leitor)</I></FONT></TD></TR></TABLE>
<FONT SIZE="2">Os bairros mais atingidos foram a Vila Esperança e a parte baixa do Jardim das
Palmeiras, onde a água chegou a um metro e meio de altura em algumas ruas.<BR><BR>
Segundo o coordenador municipal da Defesa Civil, não há registro de feridos entre os
moradores retirados das casas durante a madrugada de domingo.<BR><BR>
A prefeitura pede doações de colchões, cobertores, água potável e produtos de limpeza para
as famílias abrigadas no ginásio da escola estadual.</FONT><BR><BR>
<FONT SIZE="1"><A HREF="#">Imprimir</A> | <A HREF="#">Enviar por e-mail</A> |
<A HREF="#">Voltar</A></FONT><BR>
<FONT SIZE="1">» <A HREF="n1.asp">Feira do Produtor muda de endereço</A><BR>»
<A HREF="n2.asp">Câmara aprova reajuste do transporte escolar</A></FONT>
<TABLE><TR><TD><B>Comentários (2)</B></TD></TR>
<TR><TD CLASS="coment"><FONT SIZE="1"><B>Enviado por:</B> Lurdes Camargo - Vila Nova/SP<BR>
<B>Em:</B> 14/05/2006 às 10:31</FONT><BR><BR><FONT SIZE="2">Moro na Vila Esperança há 22
anos e nunca vi a água subir tão rápido.</FONT></TD></TR>
<TR><TD CLASS="coment"><FONT SIZE="1"><B>Enviado por:</B> Edu - Curitiba/PR<BR>
<B>Em:</B> 15/05/2006 às 09:12</FONT><BR><BR><FONT SIZE="2">Força!!!</FONT></TD></TR>
</TABLE></TD>
<TD WIDTH="150"><FONT SIZE="1">ENQUETE Você acha que a prefeitura está preparada?</FONT></TD>
</TR></TABLE></BODY></HTML>"""


def test_an_old_portal_laid_out_in_tables_and_font_tags():
    doc = read(OLD_PORTAL)
    assert (doc.title, doc.site) == ("Cheia do rio desaloja 40 famílias", "Portal do Vale")
    assert (doc.author, doc.published, doc.language) == ("Adalberto Menezes", "2006-05-14", "pt")
    assert [p[:20] for p in body_text(doc).split("\n\n")] == [
        "Os bairros mais atin",
        "Segundo o coordenado",
        "A prefeitura pede do",
    ]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Lurdes Camargo", "2006-05-14"),
        ("Edu", "2006-05-15"),
    ]
    assert comment_texts(doc)[1] == "Força!!!"


def test_a_line_break_keeps_a_paragraph_whole_and_two_end_it():
    article = (
        "<article><h1>Windrad</h1><div class='body markup'>"
        "<p>Nächste Woche geht es um die Frage, warum die Anlage so lange gebraucht hat.</p>"
        "<p>Bis Donnerstag,<br>Jannik</p>"
        "<p>Erste Zeile eines neuen Absatzes im Text.<br><br>Zweiter Absatz nach der Lücke.</p>"
        "</div></article>"
    )
    doc = read(page(article, head="<title>Windrad</title>"))
    assert body_text(doc).split("\n\n") == [
        "Nächste Woche geht es um die Frage, warum die Anlage so lange gebraucht hat.",
        "Bis Donnerstag,\nJannik",
        "Erste Zeile eines neuen Absatzes im Text.",
        "Zweiter Absatz nach der Lücke.",
    ]


def test_a_bold_line_over_a_single_line_break_is_a_subheading_of_its_own():
    article = (
        "<article><h1>Colmenas</h1><div class='content'>"
        "Llevo tres años con colmenas Layens en una finca de la sierra.<br><br>"
        "<strong>Por qué Layens</strong><br>"
        "Empecé con cuatro Langstroth heredadas de un vecino.<br><br>"
        "<b>Editado:</b><br>Corrijo la cifra de la cosecha.<br><br>"
        "<b>Ojo</b> con la humedad en invierno,<br>sobre todo cerca de un pinar."
        "</div></article>"
    )
    doc = read(page(article, head="<title>Colmenas</title>"))
    assert body_text(doc).split("\n\n") == [
        "Llevo tres años con colmenas Layens en una finca de la sierra.",
        "Por qué Layens",
        "Empecé con cuatro Langstroth heredadas de un vecino.",
        "Editado:\nCorrijo la cifra de la cosecha.",
        "Ojo con la humedad en invierno,\nsobre todo cerca de un pinar.",
    ]


def test_entities_a_plugin_wrote_into_json_ld_are_decoded():
    head = (
        "<title>Ein Jahr Reparaturcafé</title><script type='application/ld+json'>"
        '{"@context":"https://schema.org","@type":"Article","headline":"Ein Jahr Reparaturcafé",'
        '"publisher":{"@type":"Organization","name":"Werkbank &amp; Wandel"}}</script>'
    )
    doc = read(page(ARTICLE, head=head))
    assert doc.site == "Werkbank & Wandel"


def test_parts_of_a_comment_named_before_the_noun_are_no_comments_of_their_own():
    def comentario(who: str, text: str) -> str:
        return (
            f'<div class="comentario"><div class="cab-comentario"><b>{who}</b> '
            f'<span class="fecha-com">14/05/2024 09:15</span></div>'
            f'<div class="texto-comentario"><p>{text}</p></div></div>'
        )

    body = (
        f"{ARTICLE}<div id='comentarios' class='bloque-comentarios'><h3>2 comentarios</h3>"
        + comentario("Chusé Abadía", FIRST)
        + comentario("Pilar_Z", SECOND)
        + "<div class='formulario-comentario'><p>Para comentar debes estar registrado.</p></div>"
        "</div>"
    )
    doc = read(page(body))
    assert comment_texts(doc) == [FIRST, SECOND]
    assert [c.author for c in doc.comments] == ["Chusé Abadía", "Pilar_Z"]


def test_a_news_page_s_full_heading_shown_date_and_read_also_link():
    head = (
        "<title>Volunteers rebuild the pond behind the tool shed – The Courier</title>"
        "<meta property='og:title' content='Volunteers rebuild the pond'>"
    )
    body = (
        "<article><h1>Volunteers rebuild the pond behind the tool shed</h1>"
        "<span class='article__dates'>Published 7 February 2024 at 06:30</span>"
        "<p>On Saturday twelve volunteers drained the old pond and relined it.</p>"
        "<p class='article__inline-link'><span>Read also</span> | "
        "<a href='/x.html'>The orchard gets new trees</a></p>"
        "<p>Frogs are expected back by spring, the organisers said.</p></article>"
    )
    doc = read(page(body, head=head))
    assert doc.title == "Volunteers rebuild the pond behind the tool shed"
    assert doc.published == "2024-02-07"
    assert "orchard" not in doc.text and len(doc.paragraphs) == 2
    # (Blogger's, set in italics in a div of its own)
    italic = body.replace(
        "<p class='article__inline-link'><span>Read also</span> | "
        "<a href='/x.html'>The orchard gets new trees</a></p>",
        "<div class='separator'><i>Read also: <a href='/x.html'>The orchard gets new trees</a>"
        "</i></div>",
    )
    assert "orchard" not in read(page(italic, head=head)).text
    # (a label longer than the link after it: "Potrebbe interessarti anche: TITLE")
    longer = body.replace(
        "<span>Read also</span> | <a href='/x.html'>The orchard gets new trees</a>",
        "<strong>Potrebbe interessarti anche:</strong> <a href='/x.html'>La caponata</a>",
    )
    assert "caponata" not in read(page(longer, head=head)).text


def astra(n: int, who: str, text: str, replies: str = "") -> str:
    """A comment as WordPress's Astra theme writes it: one "ast-comment-info" block wraps
    the avatar, the header and the comment's own content."""
    return (
        f'<li class="comment depth-1" id="li-comment-{n}"><article id="comment-{n}" '
        'class="ast-comment"><div class="ast-comment-info">'
        '<div class="ast-comment-avatar-wrap"><img class="avatar" src="a.png"></div>'
        '<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">'
        '<header class="ast-comment-meta ast-comment-author vcard">'
        f'<div class="ast-comment-cite-wrap"><cite><b class="fn">{who}</b></cite></div>'
        '<div class="ast-comment-time"><a href="#c"><time datetime="2023-09-12T21:41:18+01:00">'
        "September 12, 2023 at 9:41 pm</time></a></div></header></div>"
        f'<section class="ast-comment-content comment"><p>{text}</p>'
        '<div class="ast-comment-edit-reply-wrap"><a class="comment-reply-link">Reply</a></div>'
        "</section></div></div></article>"
        + (f'<ol class="children">{replies}</ol>' if replies else "")
        + "</li>"
    )


def test_astra_comments_whose_info_block_wraps_their_text_keep_their_text():
    thread = (
        '<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts</h3>'
        '<ol class="ast-comment-list">'
        + astra(1, "Priya Sandhu", FIRST, astra(2, "Dot Haverley", SECOND))
        + "</ol></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [FIRST, SECOND]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Priya Sandhu", None),
        ("Dot Haverley", 0),
    ]


def test_liked_by_the_author_under_a_comment_is_not_its_author():
    def substack(who: str, text: str) -> str:
        return (
            '<div class="comment"><div class="comment-meta">'
            f'<div class="commenter-name"><a href="/@x">{who}</a></div>'
            '<a class="comment-timestamp" title="Nov 3, 2023, 11:20 AM">Nov 3</a></div>'
            f'<div class="comment-body"><p>{text}</p></div>'
            '<div class="liked-by-author"><div>Liked by Imogen Thale</div></div>'
            '<div class="comment-actions"><a class="reply-button">Reply</a></div></div>'
        )

    thread = (
        '<div id="discussion" class="comments-section"><div class="comment-list">'
        + substack("Morwenna Tregear", FIRST)
        + substack("Owen Baptiste", SECOND)
        + "</div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [c.author for c in doc.comments] == ["Morwenna Tregear", "Owen Baptiste"]
    assert comment_texts(doc) == [FIRST, SECOND]


P1 = (
    "El nivel del embalse ha bajado tanto este verano que las ruinas del pueblo vuelven a "
    "verse desde la carretera, por primera vez en tres décadas."
)
P2 = "Desde julio, cientos de personas recorren cada día las calles que el agua tapó en 1962."


def news_page(extra_after_body: str = "", thread: str = "") -> str:
    """A news page whose class names say nothing (short hashed names, as Arc sites write)."""
    return page(
        '<article class="a _g"><header class="a_e"><div class="a_e_txt">'
        '<h1 class="a_t">La sequía deja al descubierto el pueblo sumergido</h1>'
        '<h2 class="a_st">Las ruinas reciben cientos de visitantes al día mientras el '
        "embalse cae al 14% de su capacidad</h2></div></header>"
        f'<div class="a_c"><p>{P1}</p><p>{P2}</p></div>{extra_after_body}</article>',
        thread,
        head="<title>La sequía deja al descubierto el pueblo sumergido | Diario</title>",
    ).replace("lang='en'", "lang='es'")


def test_a_heading_alone_with_the_title_in_its_box_is_the_standfirst_not_the_body():
    doc = read(news_page())
    assert body_text(doc) == f"{P1}\n\n{P2}"


def test_a_box_closed_by_a_sign_up_button_and_the_authors_bio_box_are_not_the_body():
    doc = read(
        news_page(
            '<div class="a_bnl"><div class="a_bnl_t">Recibe el boletín de la mañana</div>'
            "<p>Las noticias que necesitas para empezar el día, en tu correo.</p>"
            '<a class="a_bnl_b" href="/newsletters/">Apúntate</a></div>'
            '<div class="w_sa"><div class="w_sa_t">Sobre la firma</div><div class="w_sa_a">'
            '<a href="https://example.es/autor/nuria-castell/">Nuria Castell</a>'
            "<p>Periodista de la sección de España desde 2015, especializada en medio rural "
            "y despoblación.</p></div></div>"
        )
    )
    assert body_text(doc) == f"{P1}\n\n{P2}"


def test_a_writers_box_linked_to_their_at_page_is_not_the_body():
    # Medium's box under the post: "Written by NAME" linked to "/@name", and the bio
    doc = read(
        news_page(
            '<div class="ab cn"><a href="/@nuriacastell" rel="noopener follow">'
            '<h2 class="pw-author-name be ys"><span class="gr">Written by Nuria Castell</span>'
            '</h2></a><div class="yy"><span class="pw-follower-count">1.9K Followers</span></div>'
            '<p class="be b">Periodista de la sección de España desde 2015, especializada en '
            "medio rural y despoblación.</p></div>"
        )
    )
    assert body_text(doc) == f"{P1}\n\n{P2}"


def test_hashed_comments_nested_in_hashed_lists_keep_their_text_and_who_they_answer():
    def hashed_comment(who: str, text: str, replies: str = "") -> str:
        return (
            f'<li class="css-1k7l2mz"><article class="css-tq0m8b"><div class="css-9h8v3o">'
            f'<span aria-hidden="true">{who[0]}</span><div><span class="css-1qn8">{who}</span>'
            '<time datetime="2023-08-14T08:15:00+02:00">14/08/2023 08:15</time></div></div>'
            f'<p class="css-r7q0xn">{text}</p><div class="css-1b7vd1c">'
            '<button aria-label="Me gusta"><span>34</span></button>'
            "<button>Responder</button></div></article>"
            + (
                f'<button class="css-10f3t9c">Ocultar respuestas</button><ul class="css-3y8kqp">'
                f"{replies}</ul>"
                if replies
                else ""
            )
            + "</li>"
        )

    first = "Lo triste es que haga falta una sequía para acordarnos de estos pueblos."
    reply = "Y muchos sin ninguna protección, como dice el artículo."
    other = "Estuve el sábado. Hay que ir temprano."
    thread = (
        '<section id="comentarios" class="css-pn1v7x"><h2>3 comentarios</h2>'
        '<ul class="css-11r4u0p">'
        + hashed_comment("Rioja_Baja", first, hashed_comment("MaríaJ.", reply))
        + hashed_comment("Marisa Quintana", other)
        + "</ul></section>"
    )
    doc = read(news_page(thread=thread))
    assert comment_texts(doc) == [first, reply, other]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Rioja_Baja", None),
        ("MaríaJ.", 0),
        ("Marisa Quintana", None),
    ]


def test_css_module_class_names_are_read_without_their_hash():
    doc = read(
        page(
            '<article><h1 class="ArticleHeader_title__Fh5cR">Sur le plateau, la librairie '
            'arrive en camion</h1><p class="ArticleHeader_lead__zK0dT">Mathilde Serre sillonne '
            "quatorze communes avec 2 400 livres dans un camion.</p>"
            '<div class="ArticleHeader_authors__7gS1n">Par <a href="/auteurs/helene-marquet" '
            'class="ArticleHeader_author__k8HxD">Hélène Marquet</a></div>'
            f'<div class="ArticleBody_root__x7Gq2"><p>{P1}</p>'
            # (a component whose local name says nothing, "root": its own name says it)
            '<div class="NewsletterBox_root__eK1wF"><p>Newsletter «Riviera»</p><p>Chaque matin,'
            " l’essentiel de la région dans votre boîte mail.</p><button>S’inscrire</button></div>"
            f"<p>{P2}</p></div></article>",
            head="<title>Sur le plateau, la librairie arrive en camion</title>",
        ).replace("lang='en'", "lang='fr'")
    )
    assert body_text(doc) == f"{P1}\n\n{P2}"
    assert doc.author == "Hélène Marquet"


def forum_post(n: int, number: int, who: str, text: str) -> str:
    """A XenForo post marked as a schema.org Comment, numbered "#N" by its permalink."""
    return (
        f'<article class="message message--post js-post" data-author="{who}" '
        f'id="js-post-{n}" itemscope itemtype="https://schema.org/Comment">'
        f'<div class="message-user" itemprop="author" itemscope '
        f'itemtype="https://schema.org/Person"><h4 class="message-name">'
        f'<span itemprop="name">{who}</span></h4></div>'
        '<header class="message-attribution"><ul><li><time class="u-dt" '
        'datetime="2023-07-18T09:14:22+0200" itemprop="datePublished">18 Luglio 2023</time>'
        f'</li><li><a href="/forum/threads/pomodori.18842/post-{n}">#{number}</a></li></ul>'
        "</header>"
        f'<div class="message-content"><div class="bbWrapper" itemprop="text">{text}</div></div>'
        "</article>"
    )


def test_a_forum_threads_post_numbered_one_is_the_article_not_a_comment():
    opening = (
        "Ciao a tutti, quest'anno ho quattordici piante di pomodoro e dopo ogni temporale "
        "metà dei frutti si spacca. Cosa sbaglio?"
    )
    answer = "Benvenuta nel club: è il classico cracking da irrigazione irregolare."
    doc = read(
        page(
            "<h1>Pomodori che si spaccano dopo la pioggia</h1>"
            '<div class="block-body">'
            + forum_post(245120, 1, "GiardinoDiNonnaRosa", opening)
            + forum_post(245133, 2, "Orto_di_Marco", answer)
            + "</div>",
            head="<title>Pomodori che si spaccano dopo la pioggia</title>",
        ).replace("lang='en'", "lang='it'")
    )
    assert body_text(doc) == opening
    assert doc.author == "GiardinoDiNonnaRosa"
    assert comment_texts(doc) == [answer]


def medium_response(who: str, when: str, text: str, replies: str = "", badge: str = "") -> str:
    """A response as Medium renders it: hashed classes, the name and date as links."""
    extra = f'<span class="vg vh"><span class="bf b dy z dx">{badge}</span></span>' if badge else ""
    return (
        '<div class="tz ua ub uc"><div class="l"><div class="ab cn"><div class="ab q">'
        f'<a href="https://medium.com/@x"><img alt="{who}" class="l ep by" src="a.png"></a>'
        f'<div class="uf l"><p class="bf b bg z bk"><a class="af ag" href="https://medium.com/@x">'
        f'{who}</a>{extra}</p><p class="bf b bg z dx"><a class="af ag" href="https://medium.com/'
        f'@x/4f20">{when}</a></p></div></div></div><div class="ug uh ui l">'
        f'<pre class="bf b bg z uj">{text}</pre></div><div class="ab q uy">'
        '<button class="bf b bg z dx vb">Responder</button></div></div>'
        + (f'<div class="vc vd ve vf" style="border-left:3px solid #f2f2f2">{replies}</div>'
           if replies else "")
        + "</div>"
    )  # fmt: skip


def test_medium_responses_named_only_by_their_lists_test_id_keep_author_text_and_thread():
    first = "Tengo 74 años y me reconozco en cada párrafo de este artículo."
    answer = "¡Gracias, Ramón! Lo de ordenar las fotos es el proyecto que más me gusta."
    other = "Soy bibliotecaria y coincido totalmente con lo de ir despacio."
    reply = medium_response("Lucía Ferrándiz", "15 may 2024", answer, badge="Autora")
    thread = (
        '<div role="region" aria-label="Respuestas"><h2>Respuestas (3)</h2>'
        '<div class="tx ty l" data-testid="responsesList">'
        + medium_response("Ramón Gisbert", "14 may 2024", first, replies=reply)
        + medium_response("Raúl M.", "16 may 2024", other)
        + "</div></div>"
    )
    doc = read(news_page(thread=thread))
    assert comment_texts(doc) == [first, answer, other]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Ramón Gisbert", None),
        ("Lucía Ferrándiz", 0),
        ("Raúl M.", None),
    ]


def test_a_comment_named_by_a_camel_case_test_id_is_a_comment():
    def item(who: str, text: str) -> str:
        return (
            '<div class="pm fq ic" data-testid="responseItem"><div class="ab q">'
            f'<a href="/@x"><p class="bf b ik">{who}</p></a><p class="bf b dx">'
            f'<a href="https://medium.com/@x/1">22 ene 2024</a></p></div>'
            f'<div class="ou ov"><pre class="pd pe"><p class="ri dk">{text}</p></pre></div>'
            '<button class="bf b ik">Responder</button></div>'
        )

    thread = "<div><h2>Respuestas (2)</h2>" + item("Lucía Ferrándiz", P1) + item("Raúl M.", P2)
    doc = read(page(ARTICLE, thread + "</div>"))
    assert comment_texts(doc) == [P1, P2]
    assert [c.author for c in doc.comments] == ["Lucía Ferrándiz", "Raúl M."]


def subsilver_post(n: int, who: str, when: str, body: str, signature: str = "") -> str:
    """A post as phpBB's subsilver2 style sets it: a table, no <time>, no "comment" name."""
    sig = (
        f'<span class="postbody"><br />_________________<br />{signature}</span>'
        if signature
        else ""
    )
    return (
        f'<table class="tablebg" width="100%"><tr class="row1"><td><a name="p{n}"></a>'
        f'<b class="postauthor">{who}</b></td><td><div style="float: left;"><b>Onderwerp:</b> '
        f'<a href="#p{n}">Re: Puch Maxi slaat af</a></div><div style="float: right;">'
        f"<b>Geplaatst:</b> {when}</div></td></tr><tr class=\"row1\"><td class=\"profile\">"
        '<span class="postdetails"><b>Berichten:</b> 1288</span></td><td>'
        f'<div class="postbody">{body}</div>{sig}</td></tr></table>'
    )  # fmt: skip


def test_phpbb_subsilver_tables_give_the_opening_post_as_article_and_the_replies():
    opening = "Sinds een paar weken slaat mijn Puch Maxi af zodra hij warm is. Iemand een tip?"
    first = "Klassieker. Negen van de tien keer is dat de ontstekingsspoel onder het vliegwiel."
    second = "Goed idee, maar hoe krijg ik hem warm gemeten zonder het vliegwiel eraf te halen?"
    quoted = (
        '<div class="quotetitle">Brommer_Bas schreef:</div><div class="quotecontent">'
        "Klassieker. Negen van de tien keer is dat de ontstekingsspoel onder het vliegwiel."
        f"</div><br />{second}"
    )
    doc = read(
        page(
            '<div id="wrapcentre">'
            + subsilver_post(1, "Gerrit76", "za 10 feb 2024, 19:12", opening, "Puch Maxi N '79")
            + subsilver_post(2, "Brommer_Bas", "zo 11 feb 2024, 21:05", first, "Wie remt verliest.")
            + subsilver_post(3, "Gerrit76", "ma 12 feb 2024, 08:40", quoted, "Puch Maxi N '79")
            + "</div>",
            head="<title>Tweetaktforum.nl &bull; Bekijk onderwerp - Puch Maxi slaat af</title>",
        ).replace("lang='en'", "lang='nl'")
    )
    assert body_text(doc) == opening
    assert (doc.author, doc.published, doc.site) == ("Gerrit76", "2024-02-10", "Tweetaktforum.nl")
    assert comment_texts(doc) == [first, second]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Brommer_Bas", "2024-02-11"),
        ("Gerrit76", "2024-02-12"),
    ]


def test_a_class_named_for_a_subtitle_paragraph_is_the_standfirst():
    doc = read(
        page(
            '<article><h1 class="pw-post-title">Tres años sin coche</h1>'
            '<h2 class="pw-subtitle-paragraph hr gt gu">Lo que nos costaba y lo que gastamos '
            f'ahora</h2><p class="pw-post-body-paragraph">{P1}</p>'
            f'<p class="pw-post-body-paragraph">{P2}</p></article>',
            head="<title>Tres años sin coche | Movilidad Urbana</title>",
        )
    )
    assert body_text(doc) == f"{P1}\n\n{P2}"


def prosilver_post(n: int, stripe: str, who: str, when: str, text: str) -> str:
    """A post as phpBB's prosilver style sets it: "div#pN.post", its name twice."""
    return (
        f'<div id="p{n}" class="post has-profile {stripe}"><div class="inner">'
        f'<dl class="postprofile"><dt><a href="./memberlist.php?u=1" class="username">{who}</a>'
        '</dt><dd class="profile-posts"><strong>Beiträge:</strong> 58</dd></dl>'
        f'<div class="postbody"><div id="post_content{n}"><h3><a href="#p{n}">Re: Regentonne</a>'
        f'</h3><p class="author">von <strong><a class="username">{who}</a></strong> &raquo; '
        f'<time datetime="{when}T18:11:40+00:00">{when}</time></p>'
        f'<div class="content">{text}</div></div></div></div></div>'
    )


def test_phpbb_prosilver_posts_give_the_first_as_article_and_the_others_as_comments():
    opening = "Kann die Pumpe im Wasser bleiben, wenn sie tief genug hängt, oder muss sie raus?"
    first = "Die Pumpe würde ich auf jeden Fall rausnehmen, die sind nur bis vier Grad frei."
    second = "Bei mir hat das zwei Winter lang funktioniert, mit einer Styroporplatte obendrauf."
    doc = read(
        page(
            '<h2 class="topic-title">Frostschutz für die Regentonne</h2>'
            + prosilver_post(48213, "bg2", "Gerd_K", "2024-10-15", opening)
            + prosilver_post(48219, "bg1", "Hannelore58", "2024-10-15", first)
            + prosilver_post(48224, "bg2", "Wasserfloh", "2024-10-16", second),
            head="<title>Frostschutz für die Regentonne - Kleingarten-Treff</title>",
        ).replace("lang='en'", "lang='de'")
    )
    assert body_text(doc) == opening
    assert doc.author == "Gerd_K"
    assert comment_texts(doc) == [first, second]
    assert [c.author for c in doc.comments] == ["Hannelore58", "Wasserfloh"]


def test_a_phpbb_reply_whose_poster_is_online_is_still_of_the_opening_posts_kind():
    # prosilver adds "online" to a post whose poster is online: the opening post, without it,
    # is the thread's first post all the same
    opening = "Kann die Pumpe im Wasser bleiben, wenn sie tief genug hängt, oder muss sie raus?"
    first = "Die Pumpe würde ich auf jeden Fall rausnehmen, die sind nur bis vier Grad frei."
    doc = read(
        page(
            '<h2 class="topic-title">Frostschutz für die Regentonne</h2>'
            + prosilver_post(48213, "bg2", "Gerd_K", "2024-10-15", opening)
            + prosilver_post(48219, "bg1 online", "Hannelore58", "2024-10-15", first),
            head="<title>Frostschutz für die Regentonne - Kleingarten-Treff</title>",
        ).replace("lang='en'", "lang='de'")
    )
    assert (doc.author, body_text(doc)) == ("Gerd_K", opening)
    assert comment_texts(doc) == [first]


def test_a_link_to_the_users_page_names_the_commenter_and_a_deleted_leaf_is_no_comment():
    def lemmy(n: int, who: str, text: str, replies: str = "") -> str:
        return (
            f'<li class="comment list-unstyled" role="comment"><article id="comment-{n}" '
            'class="details comment-node"><div class="d-flex text-muted small">'
            f'<span class="person-listing"><a title="{who}" href="/u/{who}"><span>{who}</span>'
            '</a></span><span aria-label="23 points">23</span><span>•</span>'
            '<span data-tippy-content="Saturday, March 9, 2024 at 6:41:12 PM">3mo</span></div>'
            f'<div class="comment-content"><div class="md-div"><p>{text}</p></div></div></article>'
            + (f'<ul class="comments">{replies}</ul>' if replies else "")
            + "</li>"
        )

    thread = (
        '<ul class="comments" aria-label="Comments">'
        + lemmy(1, "marta_sews", P1, lemmy(2, "gearhead_quinn", "<em>deleted by creator</em>"))
        + lemmy(3, "voltage_vic", P2)
        + "</ul>"
    )
    doc = read(page(ARTICLE, thread))
    assert [c.author for c in doc.comments] == ["marta_sews", "voltage_vic"]
    assert comment_texts(doc) == [P1, P2]


def test_a_comment_section_with_no_comment_in_it_is_not_the_body():
    section = (
        '<section class="c-comments" id="comentarios"><h3 class="c-comments__title">Comentarios'
        '</h3><p class="c-comments__rules">Los comentarios son responsabilidad de sus autores. '
        'Lee nuestras <a href="/normas/">normas de participación</a> antes de opinar.</p>'
        '<button type="button">Ver comentarios</button><div id="coral_thread"></div></section>'
    )
    doc = read(news_page(extra_after_body=section))
    assert body_text(doc) == f"{P1}\n\n{P2}"
    assert doc.comments == ()


def test_drupal_olivero_meta_row_gives_the_name_without_the_date_after_it():
    doc = read(
        page(
            '<article class="node node--type-article"><header><h1>Nieuwe voetgangersbrug</h1>'
            '<div class="node__meta"><span>Door <span class="field field--name-uid"><span>'
            'Femke Roelofsen</span></span> op <span class="field field--name-created">'
            '<time datetime="2024-04-16T09:12:44+02:00">di, 16/04/2024 - 09:12</time></span>'
            f'</span></div></header><div class="node__content"><p>{P1}</p><p>{P2}</p></div>'
            "</article>",
            head="<title>Nieuwe voetgangersbrug | Dorpskrant</title>",
        ).replace("lang='en'", "lang='nl'")
    )
    assert (doc.author, doc.published) == ("Femke Roelofsen", "2024-04-16")


def test_a_more_on_this_story_box_of_dated_links_is_not_the_body():
    links = (
        '<div data-component="links-block"><section class="ssrcss-hn0j7l-LinksWrapper">'
        '<h2 class="ssrcss-1dxvdp6-Title">More on this story</h2><ul>'
        '<li><a href="/news/1">New ferry for Skerravoe delayed again</a><span>12 March</span></li>'
        '<li><a href="/news/2">Islanders march over ferry reliability</a>'
        "<span>8 September 2023</span></li></ul></section></div>"
    )
    doc = read(page(ARTICLE.replace("</article>", links + "</article>")))
    assert "Skerravoe" not in doc.text and "More on this story" not in doc.text
    assert body_text(doc).endswith("once the water plants settle.")


def test_a_guest_shown_as_guest_is_named_so():
    def disqus_static(n: int, who: str, text: str) -> str:
        return (
            f'<li class="comment depth-1" id="dsq-comment-{n}"><div class="dsq-comment-header">'
            f'<cite><span id="dsq-author-user-{n}">{who}</span></cite></div>'
            f'<div class="dsq-comment-body"><div class="dsq-comment-message"><p>{text}</p></div>'
            "</div></li>"
        )

    thread = (
        '<div id="dsq-content"><ul id="dsq-comments">'
        + disqus_static(1, "Lena Marsh", P1)
        + disqus_static(2, "Guest", "+1 for the churchyard control site.")
        + "</ul></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [c.author for c in doc.comments] == ["Lena Marsh", "Guest"]


def test_a_blogger_caption_in_italics_under_its_picture_is_not_a_paragraph():
    body = (
        "<article><h1>O bolo de milho da Rua das Acácias</h1><div class='post-body entry-content'>"
        '<div class="separator"><a href="b.jpg"><img src="b.jpg" width="320"></a></div>'
        '<div class="separator"><i>o bolo ainda morno, na assadeira de sempre</i></div><br />'
        f"{P1}<br /><br />{P2}</div></article>"
    )
    doc = read(page(body, head="<title>O bolo de milho da Rua das Acácias</title>"))
    assert "assadeira" not in doc.text
    assert body_text(doc).startswith(P1[:40])


def test_a_blogger_caption_in_small_type_under_its_picture_is_not_a_paragraph():
    body = (
        "<article><h1>O bolo de milho da Rua das Acácias</h1><div class='post-body entry-content'>"
        '<div class="separator"><a href="b.jpg"><img src="b.jpg" width="320"></a></div>'
        '<div class="separator"><span style="font-size: x-small;">o bolo ainda morno, na'
        " assadeira de sempre</span></div><br />"
        f"{P1}<br /><br />{P2}</div></article>"
    )
    doc = read(page(body, head="<title>O bolo de milho da Rua das Acácias</title>"))
    assert "assadeira" not in doc.text
    assert body_text(doc).startswith(P1[:40])


def qa_comment(n: int, who: str, text: str) -> str:
    """A comment under a question or an answer, as Stack Exchange sets it."""
    return (
        f'<li id="comment-{n}" class="comment js-comment"><div class="comment-actions">'
        '<div class="comment-score"></div></div><div class="comment-text js-comment-text-and-form">'
        f'<div class="comment-body"><span class="comment-copy">{text}</span>'
        f'<div>&ndash;&nbsp;<a href="/users/{n}" class="comment-user">{who}</a></div>'
        f'<span class="comment-date"><a class="comment-link" href="#c{n}">'
        '<span title="2024-03-14 21:40:12Z" class="relativetime-clean">14/03/2024</span>'
        "</a></span></div></div></li>"
    )


def qa_comments(*comments: str) -> str:
    return (
        '<div class="post-layout--right js-post-comments-component"><div class="comments">'
        f'<ul class="comments-list js-comments-list">{"".join(comments)}</ul></div>'
        '<a class="js-add-link comments-link">Add a comment</a></div>'
    )


def qa_person(who: str, box: str) -> str:
    return (
        f'<div class="{box}"><div class="user-action-time">asked '
        '<span title="2024-03-14 21:08:31Z">Mar 14, 2024</span></div>'
        f'<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        f'<a href="/users/1">{who}</a><span class="d-none" itemprop="name">{who}</span></div></div>'
    )


def test_a_question_and_answer_page_gives_the_asker_the_answers_and_their_comments():
    question = (
        '<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
        '<h1 itemprop="name">Why does my sourdough spread flat?</h1>'
        '<div class="s-prose js-post-body" itemprop="text"><p>My loaves spread flat in the '
        "oven although the dough passes the poke test every time.</p></div>"
        + qa_person("Pedro Lacerda", "post-signature")  # the editor
        + qa_person("Camila Nogueira", "post-signature owner")  # the asker
        + qa_comments(qa_comment(1, "Julio Barreto", "How warm is your kitchen during the rise?"))
        + '<div id="answers"><h2>1 Answer</h2>'
        '<div id="answer-2" class="answer js-answer" itemprop="acceptedAnswer" itemscope '
        'itemtype="https://schema.org/Answer"><div class="s-prose js-post-body" itemprop="text">'
        "<p>Most likely the bulk rise runs too long in a warm kitchen.</p></div>"
        + qa_person("Helena Duarte", "post-signature")
        + qa_comments(qa_comment(3, "Camila Nogueira", "Shortening the rise fixed it, thanks!"))
        + "</div></div></div>"
    )
    doc = read(page(question))
    assert doc.author == "Camila Nogueira"
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Julio Barreto", None),
        ("Helena Duarte", None),
        ("Camila Nogueira", 1),
    ]
    assert comment_texts(doc)[0] == "How warm is your kitchen during the rise?"
    assert "Add a comment" not in doc.text


def test_a_comment_its_author_deleted_is_no_comment_though_blogger_boxes_a_thread_under_it():
    def blogger(n: int, who: str, text: str) -> str:
        return (
            f'<li class="comment" id="c{n}"><div class="comment-block"><div class="comment-header">'
            f'<cite class="user">{who}</cite><span class="datetime secondary-text">'
            f'<a rel="nofollow" href="#c{n}">24 aprile 2024 alle ore 09:12</a></span></div>'
            f'<p class="comment-content">{text}</p><span class="comment-actions secondary-text">'
            '<a class="comment-reply">Rispondi</a></span></div>'
            f'<div class="comment-replies"></div><div class="comment-replybox-single" id="c{n}-ce">'
            "</div></li>"
        )

    thread = (
        '<div class="comments" id="comments"><h4>3 commenti:</h4><div class="comment-thread">'
        '<ol id="top-ra">'
        + blogger(1, "Marta B.", P1)
        + blogger(2, "Luca P.", "Questo commento è stato eliminato dall’autore.")
        + blogger(3, "Anonimo", P2)
        + "</ol></div></div>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='it'"))
    assert [c.author for c in doc.comments] == ["Marta B.", "Anonimo"]
    assert comment_texts(doc) == [P1, P2]


def smf_post(n: int, who: str, when: str, text: str) -> str:
    """A post as Simple Machines Forum 2.0 sets it: a box of its own, the poster's profile
    beside the post, a report link and "Logged" under it."""
    return (
        f'<div class="windowbg{2 if n % 2 else ""}"><div class="post_wrapper"><div class="poster">'
        f'<h4><a href="/index.php?action=profile;u={n}">{who}</a></h4><ul class="reset smalltext">'
        '<li class="postgroup">Utente Veterano</li><li class="postcount">Post: 3.408</li>'
        '<li class="karma">Karma: +57/-2</li></ul></div><div class="postarea">'
        '<div class="flow_hidden"><div class="keyinfo"><h5><a href="#">Re: Il forno</a></h5>'
        f'<div class="smalltext">&#171; <strong>Risposta #{n} il:</strong> {when} &#187;</div>'
        "</div></div>"
        f'<div class="post"><div class="inner" id="msg_{n}">{text}</div></div></div>'
        '<div class="moderatorbar"><div class="smalltext reportlinks"><a href="#">Segnala al '
        "moderatore</a> Registrato</div></div></div></div>"
    )


def test_a_simple_machines_forum_thread_in_its_moderators_form():
    opening = "Ciao a tutti, dopo mesi passati a leggere il forum ecco il mio forno a legna."
    first = "Complimenti, bel lavoro! La sagoma di sabbia è un'ottima idea."
    second = "Confermo in pieno: con 5 cm di isolante sotto il piano scalda il doppio."
    doc = read(
        page(
            '<h1 class="topic">Il mio forno a legna in sei weekend</h1>'
            '<form action="/index.php?action=quickmod2" method="post" id="quickModForm">'
            + smf_post(0, "Gaetano_B", "14 Maggio 2024, 08:02:11", opening)
            + smf_post(1, "Pino_B", "14 Maggio 2024, 09:15:02", first)
            + smf_post(2, "fornaia_ligure", "15 Maggio 2024, 18:40:45", second)
            + "</form>",
            head="<title>Il mio forno a legna in sei weekend</title>",
        ).replace("lang='en'", "lang='it'")
    )
    assert (doc.author, doc.published) == ("Gaetano_B", "2024-05-14")
    assert body_text(doc) == opening
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Pino_B", "2024-05-14"),
        ("fornaia_ligure", "2024-05-15"),
    ]
    assert comment_texts(doc) == [first, second]


def test_a_lemmy_post_gives_its_poster_and_its_title_without_the_instances_name():
    title = "Write-up: bringing a 1970s sewing machine motor back to life"
    doc = read(
        page(
            '<nav><a href="/u/pia_k">pia_k</a></nav><main><div class="post-title">'
            f'<h1><a href="/post/88123">{title}</a></h1></div><div class="small">'
            '<span class="person-listing"><a title="threadbare_tom" href="/u/threadbare_tom">'
            "<span>threadbare_tom</span></a></span><span> to </span>"
            '<a href="/c/sewing">sewing</a></div>'
            f'<div class="md-div"><p>{P1}</p><p>{P2}</p></div></main>',
            head=f'<title>{title} - Nordwerk</title><meta property="og:title" '
            f'content="{title} - Nordwerk">',
        )
    )
    assert (doc.title, doc.site, doc.author) == (title, "Nordwerk", "threadbare_tom")


def test_a_quotation_box_whose_cite_runs_into_the_quoted_words_is_not_the_replys_text():
    def cmt(n: int, who: str, text: str, replies: str = "") -> str:
        return (
            f'<li class="cmt" id="cmt-{n}"><div class="cmt__head"><span class="cmt__pseudo">'
            f'{who}</span> <time class="cmt__date" datetime="2024-10-08T21:40:00+02:00">'
            f'8 oct. 2024</time></div><div class="cmt__body">{text}</div>'
            + (f'<ul class="cmt__replies">{replies}</ul>' if replies else "")
            + "</li>"
        )

    first = "Et l’internat pour des enfants de 11 ans, franchement, qui accepterait ça ?"
    reply = "Mes deux fils y sont allés en quatrième et en sont revenus ravis."
    thread = (
        '<section class="comments"><ul class="cmt-list">'
        + cmt(
            1,
            "Goeland56",
            f"<p>{first}</p>",
            cmt(
                2,
                "Marie-Thé",
                f'<blockquote class="cmt__quote"><cite>Goeland56 a écrit :</cite> {first}'
                f"</blockquote><p>{reply}</p>",
            ),
        )
        + "</ul></section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='fr'"))
    assert comment_texts(doc) == [first, reply]


def test_points_run_into_their_separator_are_no_part_of_a_comments_text():
    def lemmy(n: int, who: str, points: int, text: str) -> str:
        return (
            f'<li class="comment list-unstyled" role="comment"><article id="comment-{n}" '
            'class="details comment-node"><div class="d-flex text-muted small">'
            f'<span class="me-2"><a class="person-listing text-info" title="{who}" '
            f'href="/u/{who}"><img class="pictrs-image" src="/{who}.webp" alt="">'
            f"<span>{who}</span></a></span>"
            f'<span class="me-1 font-weight-bold" aria-label="{points} punti">{points}</span>'
            '<span class="me-1">•</span><span class="moment-time" '
            'data-tippy-content="14/06/2024, 18:31:11">11 mesi fa</span></div>'
            f'<div class="md-div"><p>{text}</p></div></article></li>'
        )

    thread = (
        '<ul class="comments">' + lemmy(1, "gianni_rocca", 34, P1) + lemmy(2, "moderatore", -3, P2)
    ) + "</ul>"
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [P1, P2]


def test_a_federated_users_server_in_small_print_is_no_part_of_the_name():
    def lemmy(n: int, who: str, host: str | None, text: str) -> str:
        shown = f"<span>{who}</span>" + (
            f'<small class="text-muted">@{host}</small>' if host else ""
        )
        full = f"{who}@{host}" if host else who
        return (
            f'<li class="comment list-unstyled" role="comment"><article id="comment-{n}" '
            'class="details comment-node"><div class="d-flex text-muted small">'
            f'<span class="me-2"><a class="person-listing text-info" title="@{full}" '
            f'href="/u/{full}"><img class="pictrs-image" src="/{who}.webp" alt="">{shown}</a>'
            f"</span></div><div class='md-div'><p>{text}</p></div></article></li>"
        )

    thread = '<ul class="comments">' + lemmy(1, "huertana", "feddit.example", P1)
    thread += lemmy(2, "fabio_v@altraistanza.it", None, P2) + "</ul>"
    doc = read(page(ARTICLE, thread))
    # (a name shown whole with its server, in one piece, is kept so)
    assert [c.author for c in doc.comments] == ["huertana", "fabio_v@altraistanza.it"]


def test_a_quotation_boxs_attribution_under_the_quoted_words_is_not_the_replys_text():
    def article(n: int, who: str, body: str) -> str:
        return (
            f'<div class="comment-thread"><article class="comment" id="cmt-{n}">'
            f'<div class="comment-meta"><a class="comment-meta__name" href="/nutzer/{n}">{who}'
            '</a><time datetime="2024-03-12T08:00:00+01:00">12.03.2024</time></div>'
            f'<div class="comment__body">{body}</div></article></div>'
        )

    said = "Wir heizen schon jetzt nur noch zwei Zimmer."
    reply = "Das ist ja genau das Problem: wer spart, zahlt am Ende trotzdem mehr."
    thread = (
        '<section class="comments">'
        + article(1, "Kalle_aus_Ost", f"<p>{said}</p>")
        + article(
            2,
            "Heike_W",
            f'<blockquote class="comment__quote"><p>„{said}“</p><footer>#1 — Kalle_aus_Ost'
            f"</footer></blockquote><p>{reply}</p>",
        )
        + "</section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='de'"))
    assert comment_texts(doc) == [said, reply]


def test_a_forum_reply_quoting_another_reply_under_a_cite_with_its_date_leaves_it_out():
    opening = "Llevo tiempo leyendo el foro y por fin me animo a contar cómo me fue con las Layens."
    question = "Yo estoy empezando este año con dos colmenas y tengo una duda que seguro es básica."
    reply = "Depende muchísimo de la fuerza de la colonia; yo dejo entre nueve y once cuadros."
    quote = (
        '<blockquote><div><cite>apicultor_novato escribió: <a href="#p2">↑</a>'
        f'<span class="responsive-hide">18 Mar 2024, 19:02</span></cite>{question}</div>'
        f"</blockquote>{reply}"
    )
    doc = read(
        page(
            '<h2 class="topic-title">Cuántos cuadros en invierno</h2>'
            + prosilver_post(1, "bg2", "colmenero_serrano", "2024-03-17", opening)
            + prosilver_post(2, "bg1", "apicultor_novato", "2024-03-18", question)
            + prosilver_post(3, "bg2", "Paco_Miel", "2024-03-18", quote),
            head="<title>Cuántos cuadros en invierno - Foro Apícola</title>",
        ).replace("lang='en'", "lang='es'")
    )
    assert comment_texts(doc) == [question, reply]


def test_a_deleted_comments_placeholder_holds_its_reply_and_a_box_to_write_one_is_none():
    from pathlib import Path

    data = Path(__file__).parent.parent / "bench" / "data" / "readers" / "heldout10"
    disqus = read((data / "h10h05-disqus-html-en-paste-paper-pattern-book.html").read_text())
    deleted = comment_texts(disqus).index("This comment was deleted.")
    reply = next(c for c in disqus.comments if c.author == "Ruth Ekwueme")
    assert reply.parent == deleted
    news = read((data / "h10h07-news-cms-html-en-hallowmere-lido.html").read_text())
    assert "Join the conversation" not in comment_texts(news)


def test_a_replys_quotation_of_a_deleted_comment_is_no_part_of_its_text():
    # (the words it quotes are found in no post above: the comment is gone, but for them)
    thread = (
        '<div id="comments"><ol class="commentlist">'
        '<li class="comment" id="comment-1"><span class="comment-author">[deleted]</span>'
        '<div class="comment-content"><p>[deleted]</p></div><ol class="children">'
        '<li class="comment" id="comment-2"><span class="comment-author">Cardo</span>'
        '<div class="comment-content"><blockquote><p>Cotton rots the roots, watch out.</p>'
        "</blockquote><p>Not true, cotton does not rot the roots if the pot drains well.</p>"
        "</div></li></ol></li></ol></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [
        "[deleted]",
        "Not true, cotton does not rot the roots if the pot drains well.",
    ]
    assert doc.comments[1].parent == 0


def test_gatsby_starter_blogs_date_under_the_title_and_writer_in_the_bio_under_the_post():
    article = (
        "<article class='blog-post'><header><h1>I retarded my sourdough in a wine fridge</h1>"
        "<p>March 14, 2024</p></header><section><p>Last autumn a neighbour moved house and "
        "left me a small wine fridge with a thermostat that goes down to 5 °C.</p></section>"
        "<hr><footer><div class='bio'><img class='bio-avatar' src='a.png' alt='Profile "
        "picture'><p>Written by <strong>Owen Pritchard</strong> who bakes in a tiny kitchen in "
        "Bristol. <a href='https://twitter.com/owenbakes'>You should follow him</a></p></div>"
        "</footer></article>"
    )
    doc = read(page(article, head="<title>I retarded my sourdough in a wine fridge</title>"))
    assert (doc.author, doc.published) == ("Owen Pritchard", "2024-03-14")
    assert body_text(doc).startswith("Last autumn") and "Written by" not in doc.text


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("14 de março de 2024 - Leitura: 4 minutos", "2024-03-14"),
        ("March 14, 2024 · 6 min read", "2024-03-14"),
        # (an event's date under its title, no reading time with it: not the page's date)
        ("March 14, 2024 · Town Hall", None),
    ],
)
def test_a_date_with_its_reading_time_under_the_title_outside_a_header(line, published):
    article = (
        "<div class='container'><div class='col'><h1 class='title'>Rodents in the seed "
        f"library</h1><h6 class='card-subtitle text-muted'>{line}</h6><p>The seed library in "
        "the old post office lost half its beans to mice over the winter, and the volunteers "
        "have moved everything into glass jars.</p></div></div>"
    )
    doc = read(page(article, head="<title>Rodents in the seed library</title>"))
    assert doc.published == published


def fluxbb_post(pid: int, n: int, who: str, text: str, quote: str = "") -> str:
    return (
        f"<div id='p{pid}' class='blockpost'><h2><span><span class='conr'>#{n}</span> "
        f"<a href='viewtopic.php?pid={pid}#p{pid}'>2024-03-1{n} 19:22:16</a></span></h2>"
        "<div class='box'><div class='inbox'><div class='postbody'><div class='postleft'><dl>"
        f"<dt><strong><a href='profile.php?id={pid}'>{who}</a></strong></dt><dd "
        "class='usertitle'><strong>Membre</strong></dd><dd><span>Messages : 37</span></dd>"
        "</dl></div><div class='postright'><h3>Cadres de hausse qui gondolent</h3><div "
        f"class='postmsg'>{quote}<p>{text}</p></div><div class='postsignature'><hr>Rucher "
        "du Morvan, 4 ruches</div></div></div></div></div></div>"
    )


def test_a_fluxbb_topic_its_posts_posters_and_window_title():
    # (div#pNNNN.blockpost: "#N" and the date in its h2, the poster in its box's dt, the
    # text in div.postmsg, a signature under it; the window "TOPIC / FORUM / SITE", the
    # site's name in the logo's h1)
    html = (
        "<!DOCTYPE html><html lang='fr'><head><title>Cadres de hausse qui gondolent (Page 1) / "
        "Matériel / Forum du Morvan</title></head><body><div id='brdtitle'><h1><a "
        "href='index.php'>Forum du Morvan</a></h1></div>"
        + fluxbb_post(4401, 1, "apibou58", "Bonjour à tous, mes cadres de hausse ont gondolé.")
        + fluxbb_post(4402, 2, "Mirabelle", "Remettez-les à plat sous un poids.")
        + fluxbb_post(
            4403,
            3,
            "apibou58",
            "Merci, je vais essayer ce soir.",
            "<div class='quotebox'><cite>Mirabelle a écrit :</cite><blockquote><div><p>Remettez"
            "-les à plat sous un poids.</p></div></blockquote></div>",
        )
        + "</body></html>"
    )
    doc = read(html)
    assert (doc.title, doc.author, doc.site, doc.published) == (
        "Cadres de hausse qui gondolent",
        "apibou58",
        "Forum du Morvan",
        "2024-03-11",
    )
    assert body_text(doc) == "Bonjour à tous, mes cadres de hausse ont gondolé."
    assert [c.author for c in doc.comments] == ["Mirabelle", "apibou58"]
    assert comment_texts(doc) == [
        "Remettez-les à plat sous un poids.",
        "Merci, je vais essayer ce soir.",
    ]


def punbb_post(pid: int, n: int, who: str, joined: str, text: str) -> str:
    return (
        f"<div id='p{pid}' class='post {'firstpost topicpost' if n == 1 else 'replypost'}'>"
        f"<div class='posthead'><h3 class='hn post-ident'><span class='post-num'>{n}</span> "
        f"<span class='post-byline'><span>{'Thema' if n == 1 else 'Antwort'} von </span>"
        f"<strong>{who}</strong></span> <span class='post-link'><a class='permalink' "
        f"href='/post/{pid}/#p{pid}'>1{n}.03.2024 19:58</a></span></h3></div><div "
        "class='postbody'><div class='post-author'><ul class='author-ident'><li "
        f"class='username'><a href='/user/{pid}/'>{who}</a></li><li class='usertitle'><span>"
        "Mitglied</span></li></ul><ul class='author-info'><li><span>Registriert: <strong>"
        f"{joined}</strong></span></li><li><span>Beiträge: <strong>37</strong></span></li>"
        f"</ul></div><div class='post-entry'><div class='entry-content'>{text}</div></div>"
        "</div><div class='postfoot'><div class='post-options'><span class='report-post'><a "
        f"href='/post/{pid}/report/'><span>Beitrag</span> melden</a></span></div></div></div>"
    )


def test_a_punbb_topic_its_posters_card_signatures_quotations_and_window_title():
    # (PunBB 1.4: the date in the post's head, when the poster joined in their card, a
    # signature in the text's own box, a quotation's attribution in a <cite>, the forum's
    # name a link to its home page at the end of the window's title)
    signature = "<div class='sig-content'><span class='sig-line'></span>Gruß aus Soltau</div>"
    quote = (
        "<div class='quotebox'><cite>Jan_K schrieb:</cite><blockquote><p>Reicht eine Zarge "
        "über den Winter?</p></blockquote></div>"
    )
    html = (
        "<!DOCTYPE html><html lang='de'><head><title>Wintersitz der Völker (Seite 1) — "
        "Völker — Imkerforum Heide</title></head><body><p id='brd-title'><a href='/'>"
        "Imkerforum Heide</a></p><h1 class='main-title'>Wintersitz der Völker</h1>"
        + punbb_post(81, 1, "Jan_K", "12.05.2023", "<p>Reicht eine Zarge über den Winter?</p>")
        + punbb_post(82, 2, "Klaus", "03.02.2011", f"<p>Zwei Zargen sind sicherer.</p>{signature}")
        + punbb_post(83, 3, "Heike", "09.09.2019", f"{quote}<p>Bei uns reicht eine.</p>")
        + "</body></html>"
    )
    doc = read(html)
    assert (doc.author, doc.site, doc.published) == ("Jan_K", "Imkerforum Heide", "2024-03-11")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Klaus", "2024-03-12"),
        ("Heike", "2024-03-13"),
    ]
    assert comment_texts(doc) == ["Zwei Zargen sind sicherer.", "Bei uns reicht eine."]


def zeit_comment(cid: str, who: str, text: str, answers: tuple[str, str] | None = None) -> str:
    """A news site's comment whose reply names the comment it answers by a link to it
    ("Antwort auf #1.1 von NAME"), whatever its indentation shows."""
    origin = (
        f'<a class="comment__origin" href="#cmt-{answers[0]}">Antwort auf #{answers[0]} von '
        f"{answers[1]}</a>"
        if answers
        else ""
    )
    return (
        f'<article class="comment" id="cmt-{cid}"><div class="comment-meta">'
        f'<a class="comment-meta__name" href="/nutzer/{cid}">{who}</a>'
        f'<a class="comment-meta__date" href="#cmt-{cid}">#{cid} — 14. Mai 2024, 7:12 Uhr</a>'
        f'</div>{origin}<div class="comment__body"><p>{text}</p></div>'
        '<div class="comment__reactions"><button>Empfehlen</button><button>Antworten</button>'
        "</div></article>"
    )


def test_a_link_to_the_comment_answered_names_the_parent_and_thread_wrappers_are_peers():
    thread = (
        '<section id="comments"><h2>Kommentare</h2>'
        '<div class="comment-thread">'
        + zeit_comment("1", "Kalle_aus_Ost", FIRST)
        + '<div class="comment__replies">'
        + zeit_comment("1.1", "Heike B.", SECOND, ("1", "Kalle_aus_Ost"))
        + zeit_comment("1.2", "Redaktion", THIRD, ("1.1", "Heike B."))
        + '</div></div><div class="comment-thread">'
        + zeit_comment("2", "Sabine Wolters", "Und wer bezahlt am Ende die neuen Leitungen?")
        + "</div></section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='de'"))
    assert [c.author for c in doc.comments] == [
        "Kalle_aus_Ost",
        "Heike B.",
        "Redaktion",
        "Sabine Wolters",
    ]
    assert [c.parent for c in doc.comments] == [None, 0, 1, None]


def linuxfr_comment(cid: str, who: str, when: str, body: str, replies: str = "") -> str:
    """A community site's comment: a title that is no text, "Posté par NAME (page perso) le
    DATE" with a two-digit year, the body in div.body."""
    return (
        f'<li class="comment" id="comment-{cid}"><div class="content">'
        f'<h2 class="title"><a href="#comment-{cid}">Re: Et les grenouilles ?</a></h2>'
        f'<div class="meta">Posté par <a href="/users/{cid}">{who}</a> '
        f'(<a href="/users/{cid}">page perso</a>) le <span class="date">{when}</span>.'
        f' Évalué à <span class="score">5</span> (+5/-0).</div>'
        f'<div class="body">{body}</div></div>'
        + (f'<ul class="threads">{replies}</ul>' if replies else "")
        + "</li>"
    )


def test_a_comment_opening_with_a_box_quoting_the_article_keeps_only_its_own_words():
    own = "Et si elles ne reviennent pas, vous remettrez des têtards au printemps ?"
    thread = (
        '<section id="comments"><ul class="threads">'
        + linuxfr_comment(
            "1",
            "Pierre Gastaud",
            "07/04/24 à 21:40",
            "<blockquote><p>Frogs are expected back by spring, the organisers said, once the "
            f"water plants settle.</p></blockquote><p>{own}</p>",
            linuxfr_comment(
                "2", "Clémence Brunel", "08/04/24 à 08:12", "<p>Oui, c’est prévu en mars.</p>"
            ),
        )
        + "</ul></section>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [own, "Oui, c’est prévu en mars."]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Pierre Gastaud", "2024-04-07"),
        ("Clémence Brunel", "2024-04-08"),
    ]


def vbulletin_post(n: int, who: str, when: str, text: str, quote: str = "") -> str:
    """vBulletin 4's post: the date in the post's head, the text in a blockquote, a quoted
    post in a box inside it."""
    quoted = (
        '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
        f'<div class="bbcode_postedby">Zitat von <strong>{quote[0]}</strong></div>'
        f'<div class="message">{quote[1]}</div></div></div></div>'
        if quote
        else ""
    )
    return (
        f'<li class="postbitlegacy postbitim postcontainer" id="post_{n}">'
        f'<div class="posthead"><span class="postdate"><span class="date">{when}</span></span>'
        f'<a class="postcounter" href="showthread.php?p={n}#post{n}">#{n}</a></div>'
        '<div class="postdetails"><div class="userinfo"><div class="username_container">'
        f'<a class="username" href="member.php?u={n}"><strong>{who}</strong></a></div>'
        '<span class="usertitle">Erfahrener Benutzer</span></div>'
        f'<div class="postbody"><div class="content"><blockquote class="postcontent restore">'
        f"{quoted}{text}</blockquote></div></div></div></li>"
    )


def test_a_vbulletin_thread_its_first_post_the_article_and_a_quote_inside_a_reply():
    opening = (
        "Wir haben ein Haus von 1962 gekauft. Lohnt sich eine Wärmepumpe ohne Fußbodenheizung?"
    )
    reply = "Ja, Baujahr 1958, Bungalow, seit Herbst 2021 mit Luft-Wasser-Wärmepumpe."
    thread = (
        '<div id="header"><a class="logo-image" href="forum.php"><img src="htt_logo.png" '
        'alt="Haustechnik-Treff - Das Forum für Heizung und Energie"></a>'
        '<div class="navbar"><a class="navtab" href="forum.php">Forum</a></div></div>'
        "<h1>Wärmepumpe im Altbau</h1>"
        '<ol id="posts" class="posts">'
        + vbulletin_post(1, "Bernd_K", "14.03.2024, 20:12", opening)
        + vbulletin_post(2, "Nordlicht67", "14.03.2024, 21:05", reply, ("Bernd_K", opening))
        + "</ol>"
    )
    doc = read(
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        f"<title>Wärmepumpe im Altbau</title></head><body>{thread}</body></html>"
    )
    assert (doc.site, doc.author, doc.published) == ("Haustechnik-Treff", "Bernd_K", "2024-03-14")
    assert body_text(doc) == opening
    assert comment_texts(doc) == [reply]
    assert [(c.author, c.published) for c in doc.comments] == [("Nordlicht67", "2024-03-14")]


def hn_comment(cid: int, indent: int, who: str, when: str, text: str, parent: int = 0) -> str:
    """Hacker News's comment row: its header (name, age with the date in its tooltip,
    "parent" link) beside the box of its text, nested by an indent attribute alone."""
    nav = f'<a href="#{parent}" class="clicky">parent</a> | ' if parent else ""
    return (
        f'<tr class="athing comtr" id="{cid}"><td><table border="0"><tr>'
        f'<td class="ind" indent="{indent}"><img src="s.gif" height="1" width="{indent * 40}">'
        '</td><td valign="top" class="votelinks"><center><a id="up_1" href="vote?id=1">'
        '<div class="votearrow" title="upvote"></div></a></center></td><td class="default">'
        f'<div><span class="comhead"><a href="user?id={who}" class="hnuser">{who}</a> '
        f'<span class="age" title="{when}T09:41:07 1709631667"><a href="item?id={cid}">1 year '
        f'ago</a></span><span class="navs"> | {nav}<a class="togg clicky" href="#">[–]</a>'
        f'</span></span></div><br><div class="comment"><div class="commtext c00">{text}</div>'
        '<div class="reply"><p><font size="1"><u><a href="reply?id=1">reply</a></u></font></p>'
        "</div></div></td></tr></table></td></tr>"
    )


def test_hacker_news_comments_have_their_author_date_and_parent_from_the_row_header():
    thread = (
        '<table border="0" class="comment-tree">'
        + hn_comment(101, 0, "kjellstrand", "2024-03-05", FIRST)
        + hn_comment(102, 1, "mhalvorsen", "2024-03-06", SECOND, parent=101)
        + hn_comment(103, 0, "ada_vos", "2024-03-07", THIRD)
        + "</table>"
    )
    story = (
        '<table class="fatitem"><tr class="athing submission" id="100"><td class="title">'
        '<span class="titleline"><a href="item?id=100">Ask HN: How do you keep a weather network '
        'running?</a></span></td></tr><tr><td class="subtext"><span class="subline">'
        '<span class="score">214 points</span> by <a href="user?id=mhalvorsen" class="hnuser">'
        'mhalvorsen</a> <span class="age" title="2024-03-04T09:14:22 1709630062"><a href="item'
        '?id=100">1 year ago</a></span> | <a href="item?id=100">96 comments</a></span></td></tr>'
        '<tr><td><div class="toptext">I coordinate a network of 38 volunteer-run stations on '
        "the peninsula.<p>The hardware is the easy part.</p></div></td></tr></table>"
    )
    title = "<title>Ask HN: How do you keep a weather network running? | Hacker News</title>"
    doc = read(page(story, thread, head=title))
    assert (doc.title, doc.site, doc.author, doc.published) == (
        "Ask HN: How do you keep a weather network running?",
        "Hacker News",
        "mhalvorsen",
        "2024-03-04",
    )
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("kjellstrand", "2024-03-05", None),
        ("mhalvorsen", "2024-03-06", 0),
        ("ada_vos", "2024-03-07", None),
    ]


def talk_comment(cid: str, who: str, when: str, text: str, replies: str = "") -> str:
    """A comment of a widget built from the page's own elements (``<talk-comment>``)."""
    return (
        f'<talk-comment id="comment-{cid}" class="talk-comment"><talk-comment-header>'
        f"<talk-username>{who}</talk-username><talk-badge>Staff</talk-badge>"
        f'<time datetime="{when}T19:03:12Z">{when}</time></talk-comment-header>'
        f"<talk-comment-body><p>{text}</p></talk-comment-body>"
        "<talk-actions><button>Respect</button><button>Reply</button></talk-actions>"
        + (f"<talk-replies>{replies}</talk-replies>" if replies else "")
        + "</talk-comment>"
    )


def test_a_page_built_of_its_own_elements_gives_its_byline_and_comments():
    article = (
        "<article><h1>Councillors back year-round ferry</h1><gz-byline>"
        '<img class="gz-byline__pic" src="/a.jpg" alt=""><span class="gz-byline__name">By '
        '<a href="/authors/imogen">Imogen Thackeray</a></span><span class="gz-byline__role">'
        'Local Democracy Reporter</span><time class="gz-byline__date" '
        'datetime="2024-02-21T18:45:00Z">21 February 2024</time></gz-byline>'
        "<gz-article-body><p>A year-round passenger ferry between Kestlemouth and Skerrow "
        "moved a step closer after a six-hour debate.</p><p>Officers will now draw up a "
        "business case and approach the Harbour Trust.</p></gz-article-body></article>"
    )
    thread = (
        '<section id="comments"><h2>Comments (4)</h2><talk-stream><talk-comments>'
        + talk_comment(
            "1", "Tidewatcher", "2024-02-21", FIRST, talk_comment("2", "Ann", "2024-02-22", SECOND)
        )
        + '<talk-comment class="talk-comment talk-comment--removed"><talk-comment-body><p>'
        "This comment was removed for breaching our community guidelines.</p>"
        "</talk-comment-body></talk-comment>"
        + talk_comment("3", "Ratepayer_Bill", "2024-02-23", THIRD)
        + "</talk-comments></talk-stream></section>"
    )
    doc = read(page(article, thread))
    assert (doc.author, doc.published) == ("Imogen Thackeray", "2024-02-21")
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Tidewatcher", None),
        ("Ann", 0),
        ("Ratepayer_Bill", None),
    ]


def reaction(n: int, who: str, margin: int, text: str) -> str:
    """A French paper's "réaction": a flat list, nested by an inline margin alone."""
    return (
        f'<div class="reaction" id="reaction-{n}" style="margin-left:{margin}px">'
        f'<div class="reaction__head"><span class="reaction__pseudo">{who}</span> '
        '<span class="reaction__date">le 07/06/2024 à 08h12</span></div>'
        f'<div class="reaction__texte"><p>{text}</p></div><div class="reaction__actions">'
        "<button>Répondre</button><button>J'aime (14)</button></div></div>"
    )


def test_french_reactions_nested_by_their_margin_and_an_organisation_is_no_byline():
    head = (
        "<title>La halle rouvre</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "La halle rouvre", "author": '
        '[{"@type": "Organization", "name": "La Rédaction"}]}</script>'
    )
    article = (
        "<article><h1>La halle rouvre</h1><span class='article__author'>Par <a "
        "href='/auteurs/apolline'>Apolline Rouvière</a></span><div class='article__body'>"
        "<p>Fermée depuis 2021, la halle du marché rouvre ce samedi après trois ans de "
        "travaux.</p></div></article>"
    )
    thread = (
        '<section class="reactions"><h2>3 réactions</h2><div class="reactions__liste">'
        + reaction(1, "Marcel84", 0, "Enfin ! Ma grand-mère y vendait ses fromages.")
        + reaction(2, "Hélène B.", 32, "Merci pour ce souvenir, vous avez des photos ?")
        + reaction(3, "Rosine", 0, "Et le parking ? Le samedi, c'est impossible.")
        + "</div></section>"
    )
    doc = read(page(article, thread, head=head).replace("lang='en'", "lang='fr'"))
    assert doc.author == "Apolline Rouvière"
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Marcel84", "2024-06-07", None),
        ("Hélène B.", "2024-06-07", 0),
        ("Rosine", "2024-06-07", None),
    ]


def test_an_old_layout_whose_header_cell_holds_the_sites_h1_keeps_the_post_in_its_cell():
    layout = (
        '<table id="wrapper" width="960"><tr><td colspan="2" id="topo">'
        '<h1><a href="/">Caderno de Obra</a></h1><div>Notas de uma restauradora</div>'
        '<div id="menu"><a href="/">Início</a> | <a href="/sobre/">Sobre</a></div></td></tr>'
        '<tr><td id="conteudo" width="680"><div class="post"><h2>O painel da Capela</h2>'
        "<small>Publicado a 3 de abril de 2024 por Teresa Valadares em <a href='/obras/'>"
        "Obras</a></small><div class='entry'>"
        "<p>Quando a junta de freguesia me ligou, em novembro, o pedido parecia simples.</p>"
        "<p>O painel tem cerca de quatro metros de largura e foi pintado por volta de 1760.</p>"
        "<p>Retirámos ao todo dezanove azulejos, numerados um a um antes de sair.</p>"
        "</div></div></td><td id='barra' width='280'><h3>Arquivo</h3><ul><li>"
        "<a href='/2024/03/'>março de 2024</a></li></ul></td></tr></table>"
    )
    doc = read(page(layout, head="<title>O painel da Capela</title>"))
    assert [p.split()[0] for p in body_text(doc).split("\n\n")] == ["Quando", "O", "Retirámos"]
    assert (doc.author, doc.published) == ("Teresa Valadares", "2024-04-03")


def blogger_dl_comment(cid: str, who: str, when: str, text: str) -> str:
    """Old Blogger's comments block: the author in a dt, the text and its date in the dd's."""
    return (
        f"<dt class='comment-author' id='c{cid}'><a name='c{cid}'></a>"
        f"<a href='https://www.blogger.com/profile/{cid}' rel='nofollow'>{who}</a> dijo...</dt>"
        f"<dd class='comment-body' id='Blog1_cmt-{cid}'><p>{text}</p></dd>"
        f"<dd class='comment-footer'><span class='comment-timestamp'><a href='#c{cid}' "
        f"title='comment permalink'>{when}</a></span></dd>"
    )


def test_old_bloggers_comments_block_and_a_title_with_the_blogs_name_before_it():
    head = (
        "<meta content='Cuaderno de la Punta: El diario del torrero' property='og:title'/>"
        "<title>Cuaderno de la Punta: El diario del torrero</title>"
    )
    article = (
        "<div class='header'><h1 class='title'><a href='/'>Cuaderno de la Punta</a></h1></div>"
        "<div class='post hentry'><h3 class='post-title entry-title'>El diario del torrero</h3>"
        "<div class='post-body entry-content'><div>Encontramos el diario del torrero en una "
        "caja de galletas, envuelto en hule.</div><div><br /></div><div>Lo escribió entre 1951 "
        "y 1968, casi siempre a lápiz.</div></div></div>"
    )
    thread = (
        "<div class='comments' id='comments'><h4>2 comentarios:</h4>"
        "<dl class='avatar-comment-indent' id='comments-block'>"
        + blogger_dl_comment("1", "Tomás Bielsa", "12 de marzo de 2024, 10:14", FIRST)
        + blogger_dl_comment("2", "Anónimo", "13 de marzo de 2024, 8:02", SECOND)
        + "</dl></div>"
    )
    doc = read(page(article, thread, head=head).replace("lang='en'", "lang='es'"))
    assert (doc.title, doc.site) == ("El diario del torrero", "Cuaderno de la Punta")
    assert comment_texts(doc) == [FIRST, SECOND]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Tomás Bielsa", "2024-03-12"),
        ("Anónimo", "2024-03-13"),
    ]
    # "Links to this post": Blogger's backlinks, a list of the same markup, are no comments
    backlinks = (
        "<div class='backlinks' id='backlinks-container'><h4>Links to this post</h4>"
        "<dl class='comments-block' id='Blog1_backlinks'><dt class='comment-title'>"
        "<a href='https://other.example/post.html'>Brackwater runs!</a></dt>"
        "<dd class='comment-body'>Good news from our friends down the coast...</dd></dl></div>"
    )
    doc = read(page(article, thread + backlinks, head=head).replace("lang='en'", "lang='es'"))
    assert comment_texts(doc) == [FIRST, SECOND]


def test_a_quotation_box_named_for_a_comment_inside_a_reply_is_no_comment_of_its_own():
    thread = (
        '<section id="comentarios"><h2>2 comentarios</h2><ol class="comentarios">'
        '<li id="comentario-1"><div class="cmt"><dl class="cmt-meta"><dt>Autor</dt>'
        '<dd class="cmt-autor">Contribuyente_harto</dd><dt>Fecha</dt>'
        '<dd class="cmt-fecha">03/09/2023 14:22</dd></dl><div class="cmt-texto">'
        "<p>¿Y por qué no tenían seguro? Luego todos queremos ayudas.</p></div></div>"
        '<ol class="respuestas"><li id="comentario-2"><div class="cmt"><dl class="cmt-meta">'
        '<dt>Autor</dt><dd class="cmt-autor">Begoña S.</dd><dt>Fecha</dt>'
        '<dd class="cmt-fecha">03/09/2023 15:01</dd></dl><div class="cmt-texto">'
        '<div class="cita-comentario"><span>Contribuyente_harto escribió:</span>'
        "<blockquote>¿Y por qué no tenían seguro?</blockquote></div>"
        "<p>Porque para una explotación pequeña el seguro cuesta casi lo mismo.</p></div>"
        "</div></li></ol></li></ol></section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='es'"))
    assert comment_texts(doc) == [
        "¿Y por qué no tenían seguro? Luego todos queremos ayudas.",
        "Porque para una explotación pequeña el seguro cuesta casi lo mismo.",
    ]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Contribuyente_harto", None),
        ("Begoña S.", 0),
    ]


def substack_comment(cid: str, who: str, text: str, author: bool = False, replies: str = "") -> str:
    """A newsletter's comment in a wrapper, its replies in a list after a decoration line."""
    badge = (
        '<span class="user-status user-status-author"><div class="pencraft">Auteur</div></span>'
        if author
        else ""
    )
    return (
        f'<div class="comment-wrapper"><div class="comment" id="comment-{cid}">'
        '<div class="comment-content"><div class="comment-main"><div class="comment-head">'
        f'<a href="https://substack.com/@{cid}" class="pencraft commenter-name">{who}</a>'
        f'{badge}<a class="comment-timestamp" title="12 janv. 2024, 14:05" href="#">12 janv.'
        f'</a></div><div class="comment-body"><p>{text}</p></div></div></div></div>'
        + (
            '<div class="comment-list-collapser"><div class="comment-list-collapser-line">'
            f'</div></div><div class="comment-list"><div class="comment-list-items">{replies}'
            "</div></div>"
            if replies
            else ""
        )
        + "</div>"
    )


def test_a_newsletters_author_badge_is_no_name_and_replies_after_a_decoration_nest():
    thread = (
        '<div class="comments-section"><div class="comment-list"><div class="comment-list-items">'
        + substack_comment(
            "1", "Gaspard Olivetti", FIRST,
            replies=substack_comment("2", "Bérénice Lallemand", SECOND, author=True),
        )
        + substack_comment("3", "Claire Dumontet", THIRD)
        + "</div></div></div>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='fr'"))
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Gaspard Olivetti", None),
        ("Bérénice Lallemand", 0),
        ("Claire Dumontet", None),
    ]


def vb3_post(n: int, count: int, who: str, when: str, message: str) -> str:
    """vBulletin 3's post: a layout table in div#editN, the date bare in the head cell, the
    poster's profile in the left cell, the text in div#post_messageN."""
    return (
        f'<div id="edit{n}"><table id="post{n}" class="tborder" width="100%"><tr>'
        f'<td class="thead"><a name="post{n}"><img src="post_old.gif" alt="Alt"></a> {when}</td>'
        f'<td class="thead" align="right">#<a href="showpost.php?p={n}" id="postcount{n}" '
        f'name="{count}"><strong>{count}</strong></a></td></tr><tr valign="top">'
        f'<td class="alt2" width="175"><a class="bigusername" href="member.php?u={n}">{who}</a>'
        '<div class="smallfont">Stammtischler</div><div class="smallfont"><div>Registriert '
        "seit: 07/2010</div><div>Beiträge: 488</div></div></td>"
        f'<td class="alt1" id="td_post_{n}"><div id="post_message_{n}">{message}</div>'
        "</td></tr></table></div>"
    )


def test_a_vbulletin_3_thread_in_layout_tables_its_first_post_the_article():
    opening = (
        "Hallo Stammtisch,<br />reicht es, wenn ich die DKW durch eine einfache Weiche ersetze?"
    )
    quote = (
        '<div style="margin:20px; margin-top:5px;"><div class="smallfont">Zitat:</div>'
        '<table class="tborder"><tr><td class="alt2"><div>Zitat von <strong>Pit_N</strong>'
        "</div><div>reicht es, wenn ich die DKW durch eine einfache Weiche ersetze?</div>"
        "</td></tr></table></div>"
    )
    thread = (
        '<table width="100%"><tr><td><a href="index.php"><img src="spurn_logo.gif" '
        'alt="Spur-N-Stammtisch"></a></td></tr></table><span class="navbar">'
        '<a href="index.php">Spur-N-Stammtisch</a></span><div id="posts">'
        + vb3_post(101, 1, "Pit_N", "15.03.2012, 20:02", opening)
        + vb3_post(102, 2, "Jens_K", "15.03.2012, 22:15", quote + "Nein, die DKW spart Platz.")
        + "</div>"
    )
    doc = read(
        "<html><head><meta charset='utf-8'><title> Gleisplan Obergrumbach - Spur-N-Stammtisch"
        f"</title></head><body>{thread}</body></html>"
    )
    assert (doc.title, doc.site) == ("Gleisplan Obergrumbach", "Spur-N-Stammtisch")
    assert (doc.author, doc.published) == ("Pit_N", "2012-03-15")
    assert comment_texts(doc) == ["Nein, die DKW spart Platz."]
    assert [(c.author, c.published) for c in doc.comments] == [("Jens_K", "2012-03-15")]


def test_a_vbulletin_3_thread_each_post_in_boxes_of_its_own_and_its_site_over_a_tagline():
    # (vBulletin 3.8's "div.page" boxes round each post's div#editN; an Italian pack's
    # "Originalmente inviato da" over a quotation; the feed naming the site whole)
    def boxed(n, count, who, when, message):
        return (
            '<div align="center"><div class="page"><div style="padding:0px 25px">'
            + vb3_post(n, count, who, when, message)
            + "</div></div></div>"
        )

    quote = (
        '<div style="margin:20px; margin-top:5px;"><div class="smallfont">Citazione:</div>'
        '<table class="tborder"><tr><td class="alt2"><div>Originalmente inviato da <strong>'
        "Paolo_B</strong></div><div>Da dove comincio?</div>"
        "</td></tr></table></div>"
    )
    thread = (
        '<div id="posts">'
        + boxed(201, 1, "Paolo_B", "09.03.2024, 22:47", "Ciao a tutti,<br />il sollevatore "
                "del mio 411R scende da solo a motore spento. Da dove comincio?")
        + boxed(202, 2, "Gianni58", "10.03.2024, 08:15", quote + "Prova le guarnizioni.")
        + "</div>"
    )  # fmt: skip
    doc = read(
        "<html lang='it'><head><meta charset='utf-8'><title> Il sollevatore scende da solo - Il Fienile"
        " - Forum di meccanica agricola d'epoca</title><link rel='alternate' "
        "type='application/rss+xml' title=\"Il Fienile - Forum di meccanica agricola d'epoca "
        "RSS Feed\" href='external.php'></head><body><h1>Il sollevatore scende da solo</h1>"
        f"{thread}</body></html>"
    )
    assert (doc.author, doc.published, doc.site) == ("Paolo_B", "2024-03-09", "Il Fienile")
    assert comment_texts(doc) == ["Prova le guarnizioni."]
    # (a window title without the site: the feed's title, "Feed RSS" and all, less its suffix)
    page = (
        "<html lang='it'><head><meta charset='utf-8'><title> Il sollevatore scende da solo"
        "</title><link rel='alternate' type='application/rss+xml' title='Il Fienile Feed RSS'"
        f" href='external.php'></head><body><h1>Il sollevatore scende da solo</h1>{thread}"
        "</body></html>"
    )
    assert read(page).site == "Il Fienile"


def test_a_static_blogs_webmentions_count_their_replies_not_their_likes():
    reply = (
        '<li class="wm-reply h-cite p-comment"><div class="wm-meta"><a class="u-author h-card" '
        'href="https://roel.example/"><span class="p-name">{who}</span></a> <time '
        'class="dt-published" datetime="2024-06-13T08:12:40Z">13 jun. 2024</time></div>'
        '<div class="e-content"><p>{text}</p></div>{replies}</li>'
    )
    thread = (
        '<section class="webmentions" id="webmentions"><h2>Webmentions</h2>'
        '<p class="wm-intro">Deze reacties zijn verzameld via <a href="https://indieweb.org/'
        'Webmention">Webmention</a>. Reageren kan vanaf je eigen site of via Mastodon.</p>'
        '<form class="wm-form"><label for="wm-source">Heb je hierover geschreven op je eigen '
        "site of in een notitie op Mastodon? Plak dan hieronder de URL van je bericht, dan "
        "verschijnt je reactie na controle op deze pagina. Vermeldingen zonder inhoud, zoals "
        "een losse link zonder tekst, tonen we alleen als vermelding en niet als reactie, en "
        "berichten van accounts die we niet kunnen controleren komen eerst in een wachtrij "
        'terecht.</label><input id="wm-source" type="url" name="source"></form>'
        '<h3 class="wm-count">23 vind-ik-leuks</h3><ul class="wm-facepile"><li class="h-card">'
        '<a class="u-url" href="https://varen.social/@u0" title="Anneke">A</a></li>'
        '<li class="wm-more">+13</li></ul><h3 class="wm-count">5 keer gedeeld</h3>'
        '<ul class="wm-facepile"><li class="h-card"><a class="u-url" href="https://varen.social/'
        '@vaart" title="Varen op de Vaart">V</a></li></ul>'
        '<h3 class="wm-count">2 reacties</h3><ol class="wm-list">'
        + reply.format(
            who="Roel van der Steeg",
            text=FIRST,
            replies='<ol class="wm-replies">'
            + reply.format(who="Marleen Oosterhuis", text=SECOND, replies="")
            + "</ol>",
        )
        + "</ol></section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='nl'"))
    assert comment_texts(doc) == [FIRST, SECOND]
    assert doc.comments_declared == 2


def test_reader_comments_in_a_definition_list_named_by_their_section_nest_by_inner_lists():
    def entry(cid: str, who: str, when: str, text: str, replies: str = "") -> str:
        return (
            f'<dt id="lm{cid}"><strong>{who}</strong> schrieb am {when} Uhr</dt>'
            f'<dd><p>{text}</p><div class="lm-aktionen"><a href="#lm-form">Antworten</a> | '
            f'<a href="/melden">Melden</a></div>'
            + (f'<dl class="lm-liste">{replies}</dl>' if replies else "")
            + "</dd>"
        )

    thread = (
        '<section id="kommentare" class="lm"><h2>Lesermeinungen (3)</h2><dl class="lm-liste">'
        + entry(
            "1", "Kellnauer58", "14.05.2024 um 07:12", FIRST,
            entry("2", "Sabine R.", "14.05.2024 um 07:40", SECOND),
        )
        + entry("3", "Freibadfreundin", "14.05.2024 um 09:31", THIRD)
        + "</dl></section>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='de'"))
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Kellnauer58", "2024-05-14", None),
        ("Sabine R.", "2024-05-14", 0),
        ("Freibadfreundin", "2024-05-14", None),
    ]


def test_comments_without_names_found_by_their_repeated_boxes_each_with_a_date_in_text():
    def reaction(n: int, who: str, when: str, text: str) -> str:
        return (
            f'<div id="r-{n}" style="border-top:1px solid #e5e5e5;padding:12px 0">'
            f'<div><b>{who}</b> <span style="background:#0a4d8c;color:#fff">Abonné</span> '
            f'<span style="color:#888">Le {when} à 08h02</span></div>'
            f'<div style="margin:6px 0">{text}</div></div>'
        )

    thread = (
        '<div id="reactions"><h2>3 réactions</h2>'
        + reaction(88120, "Bernadette_V", "14/05/2024", FIRST)
        + reaction(88122, "Lucien63", "14/05/2024", SECOND)
        + reaction(88124, "marc.tissot", "15/05/2024", THIRD)
        + "</div>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='fr'"))
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Bernadette_V", "2024-05-14"),
        ("Lucien63", "2024-05-14"),
        ("marc.tissot", "2024-05-15"),
    ]


def test_repeated_boxes_whose_class_says_their_level_are_one_kind_and_the_heads_count_is_read():
    # a paper's own "Postings": "pst pst--lvl-2" boxes one after another, nested by the
    # level alone, the count in the section's head over the list ("<span>3</span> Postings")
    def posting(n: int, level: int, who: str, text: str) -> str:
        return (
            f'<div class="pst pst--lvl-{level}" id="p{n}" data-level="{level}" '
            f'style="margin-left:{24 * (level - 1)}px"><div class="pst-head">'
            f'<a class="pst-user__name" href="/profil/{n}">{who}</a> · '
            f'<time datetime="2024-06-18T07:{n}:00+02:00">18. Juni 2024, 07:{n}</time></div>'
            f'<div class="pst-body"><p>{text}</p></div></div>'
        )

    thread = (
        '<div class="forum"><div class="forum__head"><h2>Forum</h2><div class="forum__count">'
        '<span>3</span> Postings</div></div><div class="forum__list">'
        + posting(12, 1, "Bergfex_1962", FIRST)
        + posting(40, 2, "Kolmspitz-Wirt", SECOND)
        + posting(51, 1, "hollaus_m", THIRD)
        + "</div></div>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='de'"))
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Bergfex_1962", None),
        ("Kolmspitz-Wirt", 0),
        ("hollaus_m", None),
    ]
    assert doc.comments_declared == 3


def smf1_post(n: int, who: str, header: str, message: str) -> str:
    """SMF 1's post: layout tables round a "td.windowbg", the poster's box in its left cell,
    the subject in div#subject_N over "« Reply #N on: DATE »", the text in div.post."""
    return (
        '<table class="bordercolor" width="100%"><tr><td><table width="100%"><tr>'
        f'<td class="windowbg{2 if n % 2 else ""}"><table width="100%"><tr>'
        f'<td valign="top" width="16%" rowspan="2"><b><a href="index.php?action=profile;u={n}" '
        f'title="View the profile of {who}">{who}</a></b><div class="smalltext">Full Member<br>'
        "Offline<br><br>Posts: 412</div></td>"
        '<td valign="top" width="85%"><table width="100%"><tr><td valign="middle">'
        f'<div style="font-weight: bold;" id="subject_{4500 + n}"><a href="#msg{4500 + n}">'
        f'Re: Dark-sky meet at Hollin Edge</a></div><div class="smalltext">&#171; {header} '
        '&#187;</div></td><td align="right"><a href="index.php?action=post;quote=1">'
        '<img src="quote.gif" alt="Quote"></a></td></tr></table><hr>'
        f'<div class="post">{message}</div></td></tr></table></td></tr></table></td></tr>'
        "</table>"
    )


def test_an_smf_1_thread_in_layout_tables_its_first_post_the_article_its_site_in_the_trail():
    thread = (
        '<table><tr><td class="catbg"><span>Dark Sky Circle</span></td></tr></table>'
        '<div class="nav"><b><a href="https://darksky.example/index.php" class="nav">Dark Sky '
        'Circle</a></b>&nbsp;&gt;&nbsp;<b><a href="https://darksky.example/index.php#c2" '
        'class="nav">Observing</a></b>&nbsp;&gt;&nbsp;<b><a href="https://darksky.example/'
        'index.php?board=4.0" class="nav">Meets</a></b></div>'
        + smf1_post(0, "Nebula_Rae", "<b>on: May 12, 2024, 09:15:40 PM</b>",
                    "Meet at the car park by the chapel from nine.<br><br>Bring warm clothes.")
        + smf1_post(1, "OrionTom", "<b>Reply #1 on:</b> May 13, 2024, 10:41:07 PM", FIRST)
        + smf1_post(2, "Lucy_M", "<b>Reply #2 on:</b> May 14, 2024, 08:02:11 AM", SECOND)
    )  # fmt: skip
    doc = read(
        "<html><head><meta charset='utf-8'><title>Dark-sky meet at Hollin Edge</title></head>"
        f"<body>{thread}</body></html>"
    )
    assert (doc.title, doc.site) == ("Dark-sky meet at Hollin Edge", "Dark Sky Circle")
    assert (doc.author, doc.published) == ("Nebula_Rae", "2024-05-12")
    assert body_text(doc) == "Meet at the car park by the chapel from nine.\n\nBring warm clothes."
    assert comment_texts(doc) == [FIRST, SECOND]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("OrionTom", "2024-05-13"),
        ("Lucy_M", "2024-05-14"),
    ]


def test_a_hacker_news_clone_names_itself_in_its_masthead_and_counts_in_the_subline():
    story = (
        '<table id="hnmain"><tr><td><span class="pagetop"><b class="hnname"><a href="news">'
        'Relay News</a></b> <a href="newest">new</a> | <a href="ask">ask</a></span></td></tr>'
        '<tr><td><table class="fatitem"><tr class="athing submission" id="100"><td '
        'class="title"><span class="titleline"><a href="item?id=100">Ask RN: Our town built '
        "its own fiber co-op – what would you change?</a></span></td></tr><tr><td "
        'class="subtext"><span class="subline"><span class="score">214 points</span> by <a '
        'href="user?id=marrow_bay" class="hnuser">marrow_bay</a> <span class="age" '
        'title="2024-04-09T14:20:00 1712672400"><a href="item?id=100">19 hours ago</a></span> '
        '| <a href="item?id=100">3&nbsp;comments</a></span></td></tr><tr><td><div '
        'class="toptext">Our town of 4,000 voted to build its own fiber network.</div></td></tr>'
        "</table></td></tr></table>"
    )
    thread = (
        '<table border="0" class="comment-tree">'
        + hn_comment(101, 0, "kjellstrand", "2024-04-09", FIRST)
        + hn_comment(102, 1, "mhalvorsen", "2024-04-09", SECOND, parent=101)
        + hn_comment(103, 0, "ada_vos", "2024-04-10", THIRD)
        + "</table>"
    )
    title = (
        "<title>Ask RN: Our town built its own fiber co-op – what would you change? | Relay News"
        "</title>"
    )
    doc = read(page(story, thread, head=title))
    assert (doc.title, doc.site, doc.comments_declared) == (
        "Ask RN: Our town built its own fiber co-op – what would you change?",
        "Relay News",
        3,
    )


def test_webmention_replies_after_a_blogs_own_comments_are_comments_and_mentions_are_not():
    def mention(kind: str, who: str, text: str) -> str:
        return (
            f'<li class="h-cite webmention webmention--{kind}"><a class="p-author h-card" '
            f'href="https://x.example/"><span class="p-name">{who}</span></a> <a class="u-url" '
            'href="https://x.example/1"><time class="dt-published" datetime="2024-09-23T10:14:00Z"'
            f'>23 sep. 2024</time></a><div class="e-content p-content"><p>{text}</p></div></li>'
        )

    thread = (
        '<section id="reacties" class="comments"><h2>Reacties</h2>'
        '<article class="static-comment" id="comment-1"><header><b>Marieke Dijkstra</b> · '
        '<time datetime="2024-09-22T18:40:00+02:00">22 september 2024</time></header>'
        f"<p>{FIRST}</p></article></section>"
        '<section id="webmentions" class="webmentions"><h2>Webmentions</h2>'
        '<h3>Reacties via het web</h3><ol class="webmention-list">'
        + mention("reply", "Lotte Verbeek", "&#128295;&#128690;")
        + mention("reply", "Ruben Achterberg", SECOND)
        + '</ol><h3>Vermeldingen</h3><ul class="webmention-mentions">'
        + mention("mention", "Sanne Pol", "Sanne Pol noemde dit bericht in haar linkdump.")
        + "</ul></section>"
    )
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='nl'"))
    assert comment_texts(doc) == [FIRST, "🔧🚲", SECOND]
    assert [c.author for c in doc.comments] == ["Marieke Dijkstra", "Lotte Verbeek",
                                                "Ruben Achterberg"]  # fmt: skip


def test_a_lobsters_thread_names_its_commenters_by_their_tilde_links():
    def comment(cid: str, who: str, text: str, replies: str = "") -> str:
        return (
            f'<li class="comments_subtree"><div id="c_{cid}" class="comment"><div '
            f'class="details"><div class="byline"><a href="/~{who}"><img class="avatar" '
            f'alt="{who} avatar" src="/a.png"></a> <a href="/~{who}">{who}</a> <a href="#c_{cid}">'
            '<time title="2024-05-14 09:12:40 -0500" datetime="2024-05-14 09:12:40 -0500">1 year '
            'ago</time></a> | <a href="/c/x">link</a> | <a class="comment_replier">reply</a></div>'
            f'<div class="comment_text"><p>{text}</p></div></div></div>'
            + (f'<ol class="comments">{replies}</ol>' if replies else "")
            + "</li>"
        )

    thread = (
        '<ol class="comments comments1">'
        + comment("ax3", "ksandoval", FIRST, comment("ax4", "mfennimore", SECOND))
        + comment("ax5", "tobiasr", THIRD)
        + "</ol>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("ksandoval", "2024-05-14", None),
        ("mfennimore", "2024-05-14", 0),
        ("tobiasr", "2024-05-14", None),
    ]


def test_a_byline_box_gives_the_name_its_author_link_holds_not_the_role_after_it():
    article = (
        "<article><h1>Ferry service to the islands suspended for repairs</h1>"
        '<ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/dw" '
        'rel="author">Dana Whitcomb</a> Staff writer</span></li></ul>'
        "<p>The county ferry will not run this week while its engine is rebuilt at the yard.</p>"
        "</article>"
    )
    assert read(page(article)).author == "Dana Whitcomb"


def test_a_disqus_copy_names_a_replys_parent_by_a_link_to_the_parents_address():
    def post(pid: str, who: str, text: str, parent_link: str = "", replies: str = "") -> str:
        return (
            f'<li class="post" id="post-{pid}"><div class="post-content"><header><span '
            f'class="author"><a href="https://disqus.com/by/{who}/">{who}</a></span>{parent_link}'
            f'</header><div class="post-body"><div class="post-message"><p>{text}</p></div></div>'
            "</div>" + (f'<ul class="children">{replies}</ul>' if replies else "") + "</li>"
        )

    answer = (
        '<span class="parent-link-container"><a href="https://example.fr/quai#comment-302" '
        'class="parent-link" data-role="parent-link">en réponse à Bastien</a></span>'
    )
    thread = (
        '<div id="disqus_thread"><ul class="post-list" id="post-list">'
        + post("301", "Bastien", FIRST,
               replies=post("302", "Bastien", SECOND) + post("303", "Odile", THIRD, answer))
        + "</ul></div>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Bastien", None),
        ("Bastien", 0),
        ("Odile", 1),
    ]


def test_disquss_box_of_a_comment_the_site_picked_is_no_comment_of_its_own():
    def post(pid: str, who: str, text: str) -> str:
        return (
            f'<li class="post" id="post-{pid}"><div class="post-content"><header><span '
            f'class="author"><a href="https://disqus.com/by/{who}/">{who}</a></span></header>'
            f'<div class="post-body"><div class="post-message"><p>{text}</p></div></div></div></li>'
        )

    featured = (
        '<div class="featured-comments"><h3 class="featured-comments__title">Mis en avant par'
        ' Baptiste</h3><ul class="featured-comments__list"><li class="featured-comment"><span'
        f' class="featured-comment__author">Bastien</span><div class="featured-comment__message">'
        f"<p>{FIRST}</p></div></li></ul></div>"
    )
    thread = (
        f'<div id="disqus_thread">{featured}<ul class="post-list" id="post-list">'
        + post("301", "Bastien", FIRST) + post("302", "Odile", SECOND) + "</ul></div>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread))
    assert [c.author for c in doc.comments] == ["Bastien", "Odile"]


def test_a_counter_under_the_post_is_no_paragraph_and_the_shown_headline_beats_an_seo_one():
    head = (
        "<title>Valdeoria restringe el riego | Diario</title><meta property='og:title' "
        "content='Valdeoria restringe el riego y el llenado de piscinas por la sequía'>"
    )
    article = (
        "<div class='node'><h1>Valdeoria prohíbe regar jardines de día a partir del lunes</h1>"
        "<p>El ayuntamiento activa la fase de alerta del plan de sequía desde el lunes.</p>"
        "<ul class='links inline'><li class='comment-count'><span>6 comentarios</span></li></ul>"
        "</div>"
    )
    doc = read(page(article, head=head))
    assert doc.title == "Valdeoria prohíbe regar jardines de día a partir del lunes"
    assert (
        body_text(doc)
        == "El ayuntamiento activa la fase de alerta del plan de sequía desde el lunes."
    )


def test_coral_comments_nested_by_the_depth_of_the_box_around_each():
    def coral(depth: int, who: str, text: str) -> str:
        return (
            f'<div class="coral coral-indent coral-indent-{depth}" role="article" '
            f'data-depth="{depth}"><div class="coral coral-comment"><div class="coral-username">'
            f'{who}</div><time datetime="2024-03-05T12:02:00Z">Mar 5, 2024 7:02am</time>'
            f'<div class="coral coral-content coral-comment-content"><p>{text}</p></div>'
            '<button class="coral-reply">Reply</button></div></div>'
        )

    thread = (
        '<div id="coral_thread" class="coral-stream">'
        + coral(0, "jdk_millbrook", FIRST) + coral(1, "Mae Ferriday", SECOND)
        + coral(0, "tomh", THIRD) + "</div>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("jdk_millbrook", None),
        ("Mae Ferriday", 0),
        ("tomh", None),
    ]


def test_a_posts_date_in_the_facts_list_of_its_sidebar():
    sidebar = (
        '<aside id="sidebar"><h3>Topic information</h3><dl class="topic-info"><dt>Posted</dt>'
        '<dd><time datetime="2024-05-02T09:02:13Z" title="2024-05-02 09:02:13 UTC">3 days ago'
        '</time> by <a href="/user/quillfeather">quillfeather</a></dd><dt>Comments</dt><dd>Last '
        'comment <time datetime="2024-05-04T19:22:37Z">1 day ago</time></dd></dl></aside>'
    )
    thread = (
        '<section class="topic-comments"><h2>1 comment</h2><ol class="comment-tree">'
        '<li class="comment-tree-item"><article class="comment"><header><a class="link-user" '
        'href="/user/oakmoth">oakmoth</a> <time datetime="2024-05-03T10:05:33Z">2 days ago'
        f"</time></header><div class='comment-text'><p>{FIRST}</p></div></article></li></ol>"
        "</section>"
    )
    doc = read(page(ARTICLE, thread + sidebar))
    assert doc.published == "2024-05-02"


def test_an_h_entrys_syndication_links_are_no_paragraph():
    article = (
        '<main><div class="h-entry post"><h1 class="p-name">Rain barrels, linked at last</h1>'
        '<p class="post-meta">Written by <a class="p-author h-card" href="/">Joost</a> on '
        '<time class="dt-published" datetime="2024-06-08T16:20:00+02:00">8 June 2024</time></p>'
        '<div class="e-content"><p>Last summer one barrel under the shed was empty within a '
        "week, so this spring I linked three second-hand tanks together.</p><p>Since then the "
        "system has come through three heavy storms without overflowing once.</p></div>"
        '<p class="syndicatie">Ook geplaatst op: <a class="u-syndication" '
        'href="https://mastodon.example/@me/1">Mastodon</a></p></div></main>'
    )
    thread = (
        '<section class="webmentions"><h2>Reacties</h2><ol><li class="p-comment h-cite">'
        '<a class="p-author h-card" href="https://a.example/">Ruud</a> <time '
        f'class="dt-published" datetime="2024-06-09T21:40:00+02:00">9 juni</time><div '
        f'class="e-content"><p>{FIRST}</p></div></li></ol></section>'
    )
    assert "Ook geplaatst op" not in body_text(read(page(article, thread)))


def smf2_post(n: int, who: str, text: str, footer: str = "") -> str:
    """SMF 2's post: the poster's box, the subject and date, the text in div.inner, its
    attachments under it."""
    return (
        f'<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4><a '
        f'href="/index.php?action=profile;u={n}">{who}</a></h4><ul class="reset smalltext">'
        '<li class="postgroup">Full Member</li><li class="postcount">Posts: 412</li></ul></div>'
        f'<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5 '
        f'id="subject_{n}"><a href="#msg{n}">Rebuilding the pond</a></h5><div class="smalltext">'
        f"&#171; <strong> on:</strong> 14 May 2024, 08:02:17 &#187;</div></div></div>"
        f'<div class="post"><div class="inner" id="msg_{n}">{text}</div></div>{footer}</div>'
        "</div></div>"
    )


def test_a_posts_attachment_list_is_no_body():
    files = (
        '<div id="msg_1_footer" class="attachments smalltext"><div style="overflow: auto;">'
        '<a href="/dlattach;attach=5511" class="bbc_link">pond_before.jpg</a> (148.7 KB, '
        '800x600 - viewed 231 times.)<br><a href="/dlattach;attach=5512" class="bbc_link">'
        "pond_after.jpg</a> (152.3 KB, 800x600 - viewed 214 times.)</div></div>"
    )
    thread = (
        '<div id="forumposts">'
        + smf2_post(1, "Gaetano_B", FIRST + "<br><br>" + SECOND, files)
        + smf2_post(2, "fornaia", THIRD)
        + "</div>"
    )
    doc = read(page(thread))
    assert "viewed 231 times" not in doc.text
    assert comment_texts(doc) == [THIRD]


def test_a_page_that_names_its_parts_by_ids_its_trail_banner_standfirst_and_byline_date():
    html = (
        "<html lang='fr'><head><meta charset='utf-8'><title>Tramway : la ligne B ira plus loin"
        "</title></head><body><div id='fil'>Accueil &gt; Vernac &gt; Transports</div>"
        "<div id='colonne'><h1>Tramway : la ligne B ira plus loin</h1><p id='chapo'><strong>Le "
        "conseil a validé lundi soir le prolongement de la ligne B, un chantier de 142 "
        "millions d'euros.</strong></p><div id='signature'>Par <a href='/auteur/elodie'>Élodie "
        "Marchetti</a> - Publié le 14/05/2024 à 06h00 - Mis à jour le 15/05/2024 à 11h20</div>"
        "<div id='texte'><p>C'est un vote sans surprise mais pas sans débat au conseil de la "
        "métropole, qui a approuvé le tracé par 61 voix contre 19.</p><p>L'enquête publique "
        "doit s'ouvrir à l'automne, et les premiers travaux fin 2025.</p></div></div>"
        "<div id='consentement'><p>Avec votre accord, nous et nos partenaires utilisons des "
        "cookies pour stocker et accéder à des informations sur votre appareil.</p><button>"
        "Accepter et fermer</button></div></body></html>"
    )
    doc = read(html)
    assert (doc.author, doc.published) == ("Élodie Marchetti", "2024-05-14")
    assert [doc.text[s:e][:12] for s, e in doc.paragraphs] == ["C'est un vot", "L'enquête pu"]


def test_the_date_in_the_byline_row_of_an_author_the_metadata_names():
    html = (
        "<html><head><meta charset='utf-8'><meta name='author' content='Élodie Marchetti'>"
        "<title>Tramway : la ligne B ira plus loin</title></head><body><h1>Tramway : la ligne B"
        " ira plus loin</h1><div class='meta-row'>Par <a href='/auteur/elodie'>Élodie "
        "Marchetti</a> - 14/05/2024 à 06h00 - Mis à jour le 15/05/2024</div><p>C'est un vote "
        "sans surprise mais pas sans débat au conseil de la métropole, hier soir.</p></body></html>"
    )
    assert read(html).published == "2024-05-14"


def test_a_newsletter_box_and_a_subscription_box_between_the_paragraphs_are_no_body():
    article = ARTICLE.replace(
        "</article>",
        '<div class="wp-block-group mailpoet-box"><h3>¿Te gusta lo que lees?</h3><p>Una carta '
        "al mes con lo que pasa en el taller, sin spam.</p><form class='mailpoet_form'><label>"
        "Correo electrónico <input type='email'></label><button>Suscríbete al boletín</button>"
        '</form></div><div class="or-abo-box"><p class="or-abo-box__titel">Lokaljournalismus '
        "braucht Unterstützung</p><p>Mit OR+ lesen Sie alle Artikel aus Weilbrunn und dem "
        "Landkreis – jetzt 4 Wochen für 0,99 € testen.</p></div></article>",
    )
    body = body_text(read(page(article)))
    assert "Una carta al mes" not in body and "Lokaljournalismus" not in body


def test_disqus_reactions_count_votes_not_comments():
    def post(pid: str, who: str, text: str) -> str:
        return (
            f'<li class="post" id="post-{pid}"><div class="post-content"><header><span '
            f'class="author"><a href="https://disqus.com/by/{who}/">{who}</a></span></header>'
            f'<div class="post-body"><div class="post-message"><p>{text}</p></div></div></div></li>'
        )

    thread = (
        '<div id="disqus_thread"><div id="reactions__container"><div class="reaction-header">'
        '<h2 class="reaction-heading">What do you think?</h2><span class="reaction-count">'
        "23 Responses</span></div></div>"
        '<ul class="nav"><li><a href="#"><span class="comment-count">2 Comments</span></a></li>'
        '</ul><ul class="post-list" id="post-list">'
        + post("1", "Bastien", FIRST)
        + post("2", "Odile", SECOND)
        + "</ul></div>"
    )
    assert read(page(ARTICLE, thread)).comments_declared == 2


def test_a_byline_with_the_date_after_a_comma_and_a_pull_quote_with_its_attribution():
    # Drupal's Olivero: "Von NAME, DATE"; a pull quote repeats a sentence of the text, and the
    # name under it ("<cite>") is no part of what it repeats
    said = "Om vier uur lag er een vloer waar je een munt op kon laten stuiteren"
    article = (
        "<article><h1>Ijsbaan open</h1><div class='node__meta'>Door <a class='username' "
        "href='/user/7'>Sanne Mulder</a>, <time datetime='2024-01-12T09:00:00+01:00'>"
        "12 januari 2024</time></div><div class='article__body'>"
        f"<p>Toen Geert vrijdagavond de pomp aanzette, gaf hij het weinig kans. ‘{said}.’</p>"
        f"<blockquote class='article__quote'><p>‘{said}’</p><cite>Geert Mulder, ijsclub</cite>"
        "</blockquote><p>Zaterdag om tien uur ging het hek open voor de eerste schaatsers.</p>"
        "</div></article>"
    )
    doc = read(page(article, head="<title>Ijsbaan open</title>").replace("lang='en'", "lang='nl'"))
    assert (doc.author, doc.published) == ("Sanne Mulder", "2024-01-12")
    assert "Geert Mulder, ijsclub" not in doc.text and len(doc.paragraphs) == 2


def test_a_reply_marked_by_a_line_naming_whom_it_answers_in_a_flat_list():
    def comment(n: int, who: str, text: str, answers: str = "") -> str:
        line = f'<p class="comment__reply-to">Reactie op {answers}:</p>' if answers else ""
        return (
            f'<li class="comment" id="c{n}"><div class="comment__meta"><span class="comment__'
            f'author">{who}</span><time datetime="2024-01-11T08:1{n}:00+01:00">11 jan. 2024'
            f'</time></div>{line}<div class="comment__text"><p>{text}</p></div></li>'
        )

    thread = (
        '<ol class="comments">' + comment(1, "Joost V.", FIRST)
        + comment(2, "R. Kuipers", SECOND) + comment(3, "Hilda", THIRD, answers="Joost V.")
        + "</ol>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread).replace("lang='en'", "lang='nl'"))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Joost V.", None),
        ("Hilda", 0),  # (a reply follows what it answers)
        ("R. Kuipers", None),
    ]
    assert comment_texts(doc)[1] == THIRD


def test_an_old_two_column_page_is_read_in_the_element_it_names_for_its_text():
    # no <article>: the masthead's table row, the cookie notice, the right column and the
    # footer stand beside "div#texto-materia" ("the story's text"), which holds the story
    story = (
        "<p>Passava das sete da noite de sábado quando o projetor do Cine Éden voltou a "
        "funcionar, depois de dezanove anos parado, diante de uma plateia cheia.</p>"
        "<p>O cinema da Rua Direita, inaugurado em 1952, fechou as portas em 2005, quando a "
        "última gerente se aposentou e os donos não encontraram comprador.</p>"
        "<p>A virada começou em 2021, quando um grupo de moradores criou uma cooperativa e "
        "conseguiu financiamento de um edital estadual para a reforma do telhado.</p>"
    )
    body = (
        "<div class='lgpd'><p>Utilizamos cookies essenciais.</p><a class='ok'>Prosseguir</a>"
        "</div><table id='topo'><tr><td>Quinta-feira, 7 de março de 2024</td><td>Gazeta do Vale"
        "</td></tr></table><div id='conteudo'><div id='coluna-principal'>"
        "<h1>Cine Éden reabre após 19 anos</h1><div class='autoria'>Por <strong>Renata "
        "Albuquerque</strong> &ndash; Especial para a Gazeta</div>"
        "<div class='datas'>05/03/2024 14h22 &ndash; Atualizado em 05/03/2024 18h10</div>"
        f"<div id='texto-materia' class='texto'>{story}</div></div>"
        "<div id='coluna-direita'><div class='box'><p>Helô Amaral – Memórias da Rua Direita</p>"
        "</div></div></div><div id='rodape'><p>Gazeta do Vale – Av. Getúlio Vargas, 1.200</p></div>"
    )
    doc = read(page(body, head="<title>Cine Éden reabre após 19 anos</title>").replace(
        "lang='en'", "lang='pt'"))  # fmt: skip
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == ["Passava", "O", "A"]
    assert (doc.author, doc.published) == ("Renata Albuquerque", "2024-03-05")


def test_an_answers_date_is_when_it_was_answered_not_when_it_was_edited():
    def answer(n: int, who: str, text: str) -> str:
        return (
            f'<div id="answer-{n}" class="answer js-answer" itemscope '
            'itemtype="https://schema.org/Answer"><div class="s-prose js-post-body" itemprop="text">'
            f"<p>{text}</p></div>"
            '<div class="post-signature"><div class="user-info"><div class="user-action-time">'
            '<a href="/posts/1/revisions">edited <span title="2023-04-16 09:05:33Z" '
            'class="relativetime">Apr 16, 2023 at 9:05</span></a></div><a href="/users/9/rui">'
            "Rui Prates</a></div></div>"
            '<div class="post-signature"><div class="user-info"><div class="user-action-time">'
            'answered <span title="2023-04-14 15:40:18Z" class="relativetime">Apr 14, 2023 at '
            f'15:40</span></div><a href="/users/{n}/x" class="comment-user">{who}</a></div></div>'
            "</div>"
        )

    thread = '<div id="answers">' + answer(7, "Dona Bené", FIRST) + "</div>"
    doc = read(page(ARTICLE, thread))
    assert [c.published for c in doc.comments] == ["2023-04-14"]


def latest_box(name: str, excerpts: list[str]) -> str:
    items = "".join(
        f"<li><span class='author'>hedgelayer</span> on <a href='/news/84#comment-31{n}'>Mud "
        f"and hazel…</a><div class='comment'>{text}</div></li>"
        for n, text in enumerate(excerpts)
    )
    return f"<aside><h3>Latest comments</h3><ul class='{name}'>{items}</ul></aside>"


def jcomment(n: int, who: str, text: str) -> str:
    return (
        f"<div class='comment' id='comment-item-{n}'><span class='comment-author'>{who}</span>"
        f"<span class='comment-date'>2024-03-0{n} 10:12</span>"
        f"<div class='comment-body'>{text}</div></div>"
    )


def test_a_box_of_the_sites_latest_comments_holds_none_of_the_pages():
    thread = "<div id='comments'>" + jcomment(1, "Ann", FIRST) + jcomment(2, "Bob", SECOND)
    box = latest_box("jcomments-latest", ["Lovely morning, thank you all. The perry pear by the…"])
    doc = read(page(ARTICLE, thread + "</div>" + box))
    assert comment_texts(doc) == [FIRST, SECOND]


def test_a_comment_repeated_cut_short_beside_the_page_is_counted_once():
    thread = "<div id='comments'>" + jcomment(1, "Ann", FIRST) + jcomment(2, "Bob", SECOND)
    box = latest_box("module-list", [FIRST[:40].rstrip() + "…"])
    doc = read(page(ARTICLE, thread + "</div>" + box))
    assert comment_texts(doc) == [FIRST, SECOND]


def test_a_byline_row_gives_the_name_not_what_the_bars_set_after_it():
    article = (
        "<div><h1>Nieuwe zwaluwtil aan de Dijkweg</h1><p class='nieuwsinfo'>Geplaatst op "
        "vrijdag 12 april 2024 door <b>Wim Doornbos</b> &nbsp;|&nbsp; Categorie: "
        "Nestkastenproject &nbsp;|&nbsp; Dit bericht is 412 keer gelezen</p>"
        "<p>Op zaterdag 6 april hebben acht vrijwilligers de nieuwe zwaluwtil overeind gezet.</p>"
        "<p>Het idee ontstond twee jaar geleden, toen de oude schuur werd afgebroken.</p></div>"
    )
    doc = read(page(article, head="<title>Nieuwe zwaluwtil aan de Dijkweg</title>").replace(
        "lang='en'", "lang='nl'"))  # fmt: skip
    assert (doc.author, doc.published) == ("Wim Doornbos", "2024-04-12")


def test_an_italian_papers_firma_names_the_writer_and_its_data_the_date():
    article = (
        "<div class='articolo'><h1>Porto, il dragaggio parte a ottobre</h1>"
        "<div class='firma-data'><span class='firma'>di <b>Marco Ferlini</b></span> &ndash; "
        "<span class='data'>12 settembre 2023 - 07:15</span></div>"
        "<p>Il dragaggio del porto turistico partirà a ottobre, dopo due anni di rinvii.</p>"
        "<p>Resta aperta la questione dei sedimenti, che un comitato vuole analizzare.</p></div>"
    )
    doc = read(page(article, head="<title>Porto, il dragaggio parte a ottobre</title>").replace(
        "lang='en'", "lang='it'"))  # fmt: skip
    assert (doc.author, doc.published) == ("Marco Ferlini", "2023-09-12")


def test_a_share_title_with_a_prefix_before_a_colon_yields_to_the_pages_own_title():
    head = (
        "<title>Starter smells like nail polish remover after a week : Sourdough</title>"
        "<meta property='og:title' content='r/Sourdough on Reddit: Starter smells like nail "
        "polish remover after a week'>"
    )
    article = (
        "<div class='entry'><p>I fed my starter on Sunday and left it in the fridge for a week."
        "</p><p>It smells like nail polish remover now. Is it dead or just hungry?</p></div>"
    )
    doc = read(page(article, head=head))
    assert doc.title == "Starter smells like nail polish remover after a week"


def test_a_sections_heading_with_its_count_in_an_element_of_its_own():
    thread = (
        "<section class='comments'><h2 class='comments__title'>Comments<span "
        "class='comments__count'>2</span></h2>"
        "<article class='comment'><footer><span class='comment__author'>Ana</span></footer>"
        f"<div class='comment__content'><p>{FIRST}</p></div></article>"
        "<article class='comment'><footer><span class='comment__author'>Rui</span></footer>"
        f"<div class='comment__content'><p>{SECOND}</p></div></article></section>"
    )
    assert read(page(ARTICLE, thread)).comments_declared == 2


def test_an_avatars_initial_before_the_name_and_a_hidden_paywall_box():
    article = (
        "<article><h1>Volunteers rebuild the pond</h1><p>On Saturday twelve volunteers drained "
        "the old pond behind the tool shed and relined it with a new membrane.</p>"
        "<div class='a_pw' hidden><p>Subscribe to keep reading</p><p>Read without limits</p>"
        "</div></article>"
    )

    def comment(n: int, who: str, text: str) -> str:
        return (
            f"<li class='cmt_li'><div class='cmt' id='cmt-{n}'><div class='cmt_h'><span "
            f"class='cmt_av'>{who[0]}</span><span class='cmt_a'>{who}</span><time "
            f"datetime='2024-09-12T08:1{n}:00+02:00'>12 Sep 2024</time></div>"
            f"<div class='cmt_b'><p>{text}</p></div></div></li>"
        )

    thread = (
        "<section id='comentarios'><ul class='cmts_l'>"
        + comment(1, "Marisa Quintanilla", FIRST)
        + comment(2, "Jorge Abad", SECOND)
        + "</ul></section>"
    )
    doc = read(page(article, thread, head="<title>Volunteers rebuild the pond</title>"))
    assert [c.author for c in doc.comments] == ["Marisa Quintanilla", "Jorge Abad"]
    assert "Subscribe to keep reading" not in doc.text


def test_a_threads_copy_for_crawlers_in_a_noscript_is_counted_once():
    def post(n: int, who: str, text: str) -> str:
        return (
            f"<div class='topic-post' id='post_{n}'><div class='names'><span class='username'>"
            f"{who}</span></div><div class='cooked'><p>{text}</p></div></div>"
        )

    live = post(2, "karin_z", FIRST) + post(3, "bart", SECOND)
    crawler = (
        "<noscript><div id='topic-crawler'>"
        + "".join(
            f"<div itemprop='comment' itemscope itemtype='http://schema.org/Comment' "
            "class='topic-body crawler-post'><span class='creator' itemprop='author' itemscope "
            f"itemtype='http://schema.org/Person'><span itemprop='name'>{who}</span></span>"
            f"<div class='post' itemprop='text'><p>{text}</p></div></div>"
            for who, text in (("karin_z", FIRST), ("bart", SECOND))
        )
        + "</div></noscript>"
    )
    doc = read(page(ARTICLE, "<div class='comments'>" + live + "</div>" + crawler))
    assert comment_texts(doc) == [FIRST, SECOND]


def slotted_comment(cid: str, who: str, parent: str, depth: int, text: str, inner: str = "") -> str:
    """A comment of a web component whose parts fill named slots, as Reddit's
    ``<shreddit-comment>``: a utility class ("overflow-hidden") clips, it does not hide."""
    return (
        f'<shreddit-comment author="{who}" thingid="t1_{cid}" depth="{depth}" '
        f'parentid="{parent}" class="pt-md px-md">'
        f'<div slot="commentMeta" class="flex overflow-hidden text-12"><a href="/user/{who}/">'
        f'{who}</a><span>•</span><faceplate-timeago ts="2024-11-03T19:40:12.000Z">'
        '<time datetime="2024-11-03T19:40:12.000Z">1 y ago</time></faceplate-timeago></div>'
        f'<div slot="comment" id="t1_{cid}-comment-rtjson-content" '
        f'class="md text-14 rounded-[8px] overflow-hidden"><p>{text}</p></div>'
        f'<shreddit-comment-action-row slot="actionRow"><button>Reply</button>'
        "<button>Award</button><button>Share</button></shreddit-comment-action-row>"
        f"{inner}</shreddit-comment>"
    )


def test_a_web_components_slot_named_for_the_comment_holds_its_text():
    # a comment with one reply in it is a comment, not a wrapper of its reply: its text box
    # is named by its slot alone
    thread = (
        '<shreddit-comment-tree totalcomments="3">'
        + slotted_comment(
            "a1", "marc_o", "", 0, FIRST, slotted_comment("a2", "gwenn_k", "t1_a1", 1, SECOND)
        )
        + slotted_comment("a3", "thibault_r", "", 0, THIRD)
        + "</shreddit-comment-tree>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("marc_o", "2024-11-03", None),
        ("gwenn_k", "2024-11-03", 0),
        ("thibault_r", "2024-11-03", None),
    ]


def test_a_side_column_whose_h1_names_the_community_is_not_the_article():
    # old Reddit: the page's one h1 is the subreddit's name over its rules, in div.side;
    # the post's title is a link and its text a form's box
    side = (
        '<div class="side"><div class="linkinfo"><span>this post was submitted on</span>'
        '<time datetime="2024-03-03T16:12:09+00:00">03 Mar 2024</time></div>'
        '<div class="sidecontentbox"><div class="title"><h1>Sourdough</h1></div>'
        '<span class="subscribers">412,557 readers</span><div class="md"><p>A place to share '
        "your starters and loaves.</p><h3>Rules</h3><ol><li>Be kind to beginners.</li>"
        "<li>No selling starters.</li></ol></div></div>"
        # its list of moderators, their links named as a byline's ("a.author")
        '<div class="sidecontentbox"><div class="title"><h1>MODERATORS</h1></div><ul>'
        '<li><a href="/user/levain_lou" class="author">levain_lou</a></li>'
        '<li><a href="/user/AutoModerator" class="author">AutoModerator</a></li></ul></div></div>'
    )
    post = (
        '<div class="content" role="main"><div class="thing link self" data-author='
        '"crumb_theory"><p class="title"><a class="title" href="/r/Sourdough/comments/1b5/">'
        "Starter smells like nail polish remover. Dead or just hungry?</a></p>"
        '<p class="tagline">submitted by <a class="author" href="/user/crumb_theory">'
        'crumb_theory</a></p><div class="expando"><form class="usertext"><div class='
        f'"usertext-body"><div class="md"><p>{FIRST}</p><p>{SECOND}</p></div></div></form>'
        "</div></div></div>"
    )
    title = "Starter smells like nail polish remover. Dead or just hungry?"
    head = (
        f'<title>{title} : Sourdough</title><meta property="og:title" content="r/Sourdough on '
        f'Reddit: {title}">'
    )
    doc = read(page(side + post, head=head))
    assert doc.title == title
    assert doc.author == "crumb_theory"
    assert body_text(doc) == f"{FIRST}\n\n{SECOND}"


def test_old_reddits_post_names_its_poster_in_its_attributes_not_the_sidebars_creator():
    # (the side box, first in the page, names the subreddit's creator alone: "created by
    # NAME"; the post's "div.thing.link" names its poster in data-author)
    side = (
        '<div class="side"><div class="md"><p>Il subreddit degli orti italiani.</p></div>'
        '<div class="bottom">created by <a href="/user/zappa_e_rastrello" class="author">'
        "zappa_e_rastrello</a> a community for 6 years</div></div>"
    )
    post = (
        '<div class="content" role="main"><div class="thing link self" data-author='
        '"gabri_orto_bo"><p class="title"><a class="title" href="/r/OrtoItalia/comments/1e6/">'
        "Pomodori spaccati dopo ogni temporale</a></p>"
        '<div class="expando"><form class="usertext"><div class="usertext-body"><div class="md">'
        f"<p>{FIRST}</p></div></div></form></div></div></div>"
    )
    head = "<title>Pomodori spaccati dopo ogni temporale : OrtoItalia</title>"
    doc = read(page(side + post, head=head))
    assert doc.author == "gabri_orto_bo"


def test_bbpress_topics_line_naming_its_last_poster_names_no_author():
    # "This topic has 7 replies, 5 voices, and was last updated 2 years ago by NAME", over
    # the topic's posts: the poster is the lead post's author
    notice = (
        '<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">This '
        'topic has 2 replies, 2 voices, and was last updated <a href="#post-3">2 years ago</a>'
        ' by <a href="/forums/users/mags/" class="bbp-author-link"><span class="bbp-author-name">'
        "Mags</span></a>.</li></ul></div>"
    )
    lead = (
        '<ul class="forums bbp-replies"><li><div class="bbp-reply-header"><span class='
        '"bbp-reply-post-date">March 14, 2024 at 8:17 pm</span></div><div class="topic-author '
        'type-topic"><div class="bbp-reply-author"><a href="/forums/users/owen_marchbank/" '
        'class="bbp-author-link"><span class="bbp-author-name">owen_marchbank</span></a></div>'
        f'<div class="bbp-reply-content"><p>{FIRST}</p></div></div></li></ul>'
    )
    doc = read(page(f"<h1>Bandsaw blade drifting left</h1>{notice}{lead}"))
    assert doc.author == "owen_marchbank"


def test_a_podcast_episodes_microdata_names_its_host_and_your_comments_heading_counts():
    article = (
        '<div class="episode" itemscope itemtype="https://schema.org/PodcastEpisode">'
        '<h1 itemprop="name">Épisode 42 – Les derniers bateliers</h1><div class="infos">'
        'Un documentaire de <span itemprop="author" itemscope itemtype="https://schema.org/'
        'Person"><span itemprop="name">Hélène Cassagne</span></span> · mis en ligne le '
        '<time itemprop="datePublished" datetime="2023-11-07">7 novembre 2023</time></div>'
        '<div class="notes" itemprop="description"><p>Ils étaient quarante bateliers sur la '
        "rivière en 1950 ; ils ne sont plus que deux, et l'un part à la retraite en mars.</p>"
        "</div></div>"
    )
    thread = (
        '<section class="echos"><h2>Vos réactions <span class="nb">(9)</span></h2>'
        '<div class="echo comment"><b class="author">Marcel</b> <time datetime="2023-11-08">'
        "8 nov.</time><p>Mon grand-père était de ceux-là, merci pour cet épisode.</p></div>"
        "</section>"
    )
    doc = read(page(article, thread, head="<title>Les derniers bateliers</title>"))
    assert (doc.author, doc.published) == ("Hélène Cassagne", "2023-11-07")
    assert doc.comments_declared == 9


def test_a_photographer_the_markup_lists_among_the_authors_is_not_the_author():
    head = (
        "<title>Gli ultimi costruttori di zoccoli</title><script type='application/ld+json'>"
        '{"@type": "Article", "headline": "Gli ultimi costruttori di zoccoli", "author": '
        '[{"@type": "Person", "name": "Davide Ferrandi"}, {"@type": "Person", "name": '
        '"Chiara Rolle"}]}</script>'
    )
    for credit in ("Foto di", "Fotografie:", "Photos by"):
        article = (
            "<article><h1>Gli ultimi costruttori di zoccoli</h1><p class='credits'>Testo di "
            f"<a href='/autori/df'>Davide Ferrandi</a> · {credit} <a href='/autori/cr'>Chiara "
            f"Rolle</a></p><div class='body'><p>{FIRST}</p><p>{SECOND}</p></div></article>"
        )
        doc = read(page(article, head=head))
        assert doc.author == "Davide Ferrandi", credit


def test_a_link_to_the_comments_labelled_with_their_count_declares_it():
    thread = (
        '<p class="comments-link"><a href="#comments">View comments (3)</a></p>'
        '<section id="comments"><div class="comment"><b class="author">Marcel</b> '
        '<time datetime="2023-11-08">8 Nov</time><p>Good piece, thank you.</p></div></section>'
    )
    doc = read(page(ARTICLE, thread))
    assert doc.comments_declared == 3


def test_a_wpdiscuz_reply_by_the_posts_author_is_theirs_not_the_name_it_answers():
    # the box round the whole comment says it is the author's ("wpd-blog-post_author"); its
    # first link is "Rispondi a NAME", whom it answers
    def comment(cid, parent, name, box, label, text, reply_to="", inner=""):
        answer = (
            f'<div class="wpd-reply-to">Rispondi a&nbsp;<a href="#comment-{parent}">'
            f"{reply_to}</a></div>"
            if reply_to
            else ""
        )
        return (
            f"<div id='wpd-comm-{cid}_{parent}' class='comment depth-1 wpd-comment'>"
            f'<div class="wpd-comment-wrap {box}"><div class="wpd-comment-left">'
            f"<div class='wpd-avatar'><img alt='{name}' src='a.png'></div>"
            f'<div class="wpd-comment-label"><span>{label}</span></div></div>'
            f'<div id="comment-{cid}" class="wpd-comment-right">'
            f'<div class="wpd-comment-header"><div class="wpd-comment-author ">{name}</div>'
            f'<div class="wpd-comment-date" title="11 Giugno 2025 13:30">2 mesi fa</div>'
            f'{answer}</div><div class="wpd-comment-text"><p>{text}</p></div></div></div>'
            f"{inner}</div>"
        )

    reply = comment(
        1291, 1288, "Davide Scarpellini", "wpd-blog-post_author", "Autore",
        "Ottimo consiglio Luca! Sto pensando di provarlo anch'io.", reply_to="Luca Benvenuti",
    )  # fmt: skip
    thread = (
        '<div id="wpdcom"><div class="wpd-thread-list">'
        + comment(1288, 0, "Luca Benvenuti", "wpd-blog-guest", "Ospite",
                  "Uso un impianto a goccia con programmatore.", inner=reply)
        + "</div></div>"
    )  # fmt: skip
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Luca Benvenuti", None),
        ("Davide Scarpellini", 0),
    ]


def test_a_count_beside_the_comment_sections_heading_declares_it():
    # Drupal's Olivero: <h2>Comentarios</h2><span class="comments__count">6</span>
    thread = (
        '<section class="comments"><h2 class="comments__title">Comments</h2>'
        '<span class="comments__count">6</span>'
        '<article class="comment"><b class="comment__author">Marcel</b> '
        '<time datetime="2023-11-08">8 Nov</time><p>Good piece, thank you.</p></article>'
        "</section>"
    )
    doc = read(page(ARTICLE, thread))
    assert doc.comments_declared == 6


def test_a_papers_postings_nested_in_their_replies_box_are_comments():
    def posting(who: str, when: str, text: str, replies: str = "") -> str:
        return (
            f'<article class="posting"><header class="posting-header"><a class="posting-user">'
            f'{who}</a><time class="posting-time" datetime="{when}">{when}</time></header>'
            f'<div class="posting-content"><p>{text}</p></div><footer class="posting-footer">'
            '<button class="posting-reply">Antworten</button></footer>'
            f'<div class="posting-replies">{replies}</div></article>'
        )

    thread = (
        '<section id="community"><h2 class="community-title">2 Postings</h2>'
        '<div class="postings">'
        + posting(
            "Lisl Moser",
            "2024-07-23T18:40:00+02:00",
            "Bei uns funktioniert das ganz gut.",
            posting("pendler_tal", "2024-07-23T19:02:00+02:00", "Am Vortag weiß man das nicht."),
        )
        + "</div></section>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == [
        "Bei uns funktioniert das ganz gut.",
        "Am Vortag weiß man das nicht.",
    ]
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Lisl Moser", "2024-07-23", None),
        ("pendler_tal", "2024-07-23", 0),
    ]
    assert doc.comments_declared == 2


BLOGGER_SIMPLE = """<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Il ponte di Vallonga: Giro lungo al mulino di Pieve</title></head>
<body><div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-inner'>
<div class='main-inner'><div class='header section' id='header'><div class='widget Header' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='/'>Il ponte di Vallonga</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Passeggiate lente tra colline e mulini, con qualche sosta golosa</span></p></div></div></div></div></div>
</div></div></header>
<div class='main-outer'><div class='main-inner columns-fix-sidebar'>
<div class='main section' id='main'><div class='widget Blog' id='Blog1'>
<div class='blog-posts hfeed'>
<div class='date-outer'><h2 class='date-header'><span>sabato 4 maggio 2024</span></h2>
<div class='date-posts'><div class='post-outer'>
<div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<h3 class='post-title entry-title' itemprop='name'>Giro lungo al mulino di Pieve</h3>
<div class='post-header'></div>
<div class='post-body entry-content' id='post-body-1' itemprop='description articleBody'>
Sabato mattina siamo partiti presto dal parcheggio della chiesa, con il cielo ancora grigio e le scarpe già bagnate dopo cento metri.<br /><br />
Il sentiero segue il torrente per quasi tre chilometri, poi sale deciso tra i castagni fino al vecchio mulino, che oggi è un rifugio.<br /><br />
Al ritorno abbiamo preso la variante bassa, più lunga ma senza fango, e ci siamo fermati a mangiare una torta di mele alla locanda.<br /><br />
Alla prossima gita!
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Pubblicato da <span class='fn' itemprop='author'>Sara Venturi</span></span> <span class='post-timestamp'>alle <a class='timestamp-link' href='#'><abbr class='published' title='2024-05-04T18:20:00+02:00'>18:20</abbr></a></span></div></div>
</div></div></div></div></div></div></div></div></div></div></div></body></html>"""


def test_what_trafilatura_fetches_from_above_the_post_after_its_end_is_no_body():
    # a blog's tagline, the date header, the post's title and footer, given after the post
    doc = read(BLOGGER_SIMPLE)
    assert doc.title == "Giro lungo al mulino di Pieve"
    assert [doc.text[s:e].split()[0] for s, e in doc.paragraphs] == [
        "Sabato",
        "Il",
        "Al",
        "Alla",
    ]


def test_the_headline_the_page_shows_beats_an_seo_one_with_a_consent_popups_h1_beside_it():
    head = (
        "<title>Pond relined: volunteers finish the job - Dene Ledger</title>"
        '<meta property="og:title" content="Pond relined: volunteers finish the job">'
    )
    popup = (
        '<div id="didomi-host"><div class="didomi-popup"><h1>Welcome to the Dene Ledger</h1>'
        "<p>We and our partners use cookies.</p></div></div>"
    )
    shown = ARTICLE.replace(
        "<h1>Volunteers rebuild the pond</h1>", "<h1>Twelve volunteers reline the old pond</h1>"
    )
    doc = read(page(shown + popup, head=head))
    assert doc.title == "Twelve volunteers reline the old pond"


def test_a_themes_post_title_in_an_h2_under_a_logo_h1_and_its_meta_rows_author_link():
    head = (
        "<title>Pond relining: easy step-by-step guide (with photos) | Dene Ledger</title>"
        '<meta property="og:title" content="Pond relining: easy step-by-step guide (with photos)">'
    )
    body = (
        '<header class="site-header"><div class="site-logo"><h1><a href="/">'
        '<img src="logo.png" alt="Dene Ledger"></a></h1></div></header>'
        '<main><article class="post"><h2 class="entry-title">How twelve of us relined the old pond'
        '</h2><div class="entry-meta"><time class="entry-date" datetime="2024-03-02">2 March 2024'
        '</time> <span class="entry-author">by <a href="/author/hazel/" rel="author">Hazel Moore'
        '</a></span> <a href="#comments" class="entry-comments-link">9 comments</a></div>'
        '<div class="entry-content">'
        + ARTICLE.replace("<article><h1>Volunteers rebuild the pond</h1>", "").replace(
            "</article>", ""
        )
        + "</div></article></main>"
    )
    doc = read(page(body, head=head))
    assert doc.title == "How twelve of us relined the old pond"
    assert doc.author == "Hazel Moore"


def test_an_h_cards_one_link_is_its_name_where_a_byline_word_stands_before_it():
    byline = (
        '<div class="h-entry"><h1 class="p-name">Volunteers rebuild the pond</h1>'
        '<span class="p-author h-card">di <a class="u-url" href="/chi-sono/">Giulia Ferracini'
        "</a></span>"
        + ARTICLE.replace("<article><h1>Volunteers rebuild the pond</h1>", "<article>")
        + "</div>"
    )
    assert read(page(byline)).author == "Giulia Ferracini"


def test_a_drupal_body_in_a_text_with_summary_field_is_the_article_not_a_summary():
    # "field-type-text-with-summary" names the kind of field, not a summary in it
    page = """<html><head><title>De laatste rit | Heemkundekring</title></head><body>
<div id="page"><h1 class="title">De laatste rit van de stoomtram (1947)</h1>
<div class="node node-article" about="/artikel/laatste-rit">
<div class="submitted">Ingezonden door Gerrit Haverkamp op zo, 06/11/2022 - 14:20</div>
<div class="content clearfix">
<div class="field field-name-field-bijschrift"><div class="field-items"><div class="field-item even">De tram bij de halte, omstreeks 1935. Collectie Heemkundekring.</div></div></div>
<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded"><p>Op zaterdag 31 mei 1947 reed de stoomtram voor het laatst van Harwoude naar Dalwijk, na bijna zestig jaar dienst.</p>
<p>De tram werd in 1889 aangelegd door een maatschappij die al snel merkte dat de melkbussen meer opbrachten dan de reizigers.</p>
<h3>Versleten na de oorlog</h3>
<p>Na de bevrijding was de lijn op. Rails en rijtuigen waren tijdens de bezetting nauwelijks onderhouden. Een krantenbericht beschrijft de laatste rit zo:</p>
<blockquote><p>Onder groote belangstelling van jong en oud vertrok des middags de laatste tram.</p></blockquote>
<p>Opvallend is hoe snel daarna alles verdween: binnen twee jaar waren de rails opgebroken.</p>
</div></div></div></div></div></div></body></html>"""
    paragraphs = body_text(read(page)).split("\n\n")
    assert "Versleten na de oorlog" in paragraphs
    assert paragraphs.index("Versleten na de oorlog") == 2


def test_a_related_posts_date_in_the_article_is_not_its_date_and_disqus_fallback_dates():
    # Jetpack sets its related posts inside the article, over the entry's footer with the
    # date; the Disqus plugin's static fallback shows "hace 1 año", the date in the title
    page = """<html><head><title>Teclado mecánico | Bitácora</title></head><body>
<article><h1 class="entry-title">Cómo cambié los interruptores de mi teclado mecánico</h1>
<div class="entry-content"><p>Llevaba meses con un teclado de membrana que odiaba, así que me lancé a montar uno mecánico con interruptores intercambiables.</p>
<p>El proceso fue más sencillo de lo que pensaba, aunque hubo que soldar dos interruptores que no eran hot-swap.</p>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Relacionado</h3>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/raton">Mi ratón vertical</a></h4>
<p class="jp-relatedposts-post-date">21 de noviembre de 2023</p></div></div></div>
<footer class="entry-footer"><span class="posted-on"><time class="entry-date published" datetime="2024-01-12T19:03:44+01:00">12 de enero de 2024</time></span></footer>
</article>
<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">
<li class="comment depth-1" id="dsq-comment-1"><div class="dsq-comment-header"><cite><span>Marcos_RG</span></cite>
<span class="dsq-comment-meta"><a href="#comment-1" title="13 de enero de 2024 9:42">hace 1 año</a></span></div>
<div class="dsq-comment-body"><div class="dsq-comment-message"><p>Muy útil, gracias. Revisad bien antes de comprar interruptores.</p></div></div></li>
</ul></div></div></body></html>"""
    doc = read(page)
    assert doc.published == "2024-01-12"
    assert [(c.author, c.published) for c in doc.comments] == [("Marcos_RG", "2024-01-13")]


def disqus_fallback(n: int, header: str, text: str, replies: str = "") -> str:
    """A comment of the Disqus plugin's static list: the name in a <cite> no class names."""
    children = f'<ul class="children">{replies}</ul>' if replies else ""
    return (
        f'<li class="comment depth-1" id="dsq-comment-{n}">'
        f'<div class="dsq-comment-header">{header}</div>'
        f'<div class="dsq-comment-body"><div class="dsq-comment-message"><p>{text}</p></div></div>'
        f'<div class="dsq-comment-footer"><a href="#comment-{n}" title="10 aprile 2024 alle 08:1{n}">'
        f'10 aprile 2024 alle 08:1{n}</a> · <a class="dsq-reply">Rispondi</a></div>{children}</li>'
    )


def test_a_name_in_a_cite_is_read_without_the_badge_or_copy_run_on_beside_it():
    # no space between the name and what follows it: the text runs on ("Davide LombardoMod")
    lines = [
        "Bel lavoro. Lo hai dato a pennello o a pistola? Io l'ho dato a pennello, si vede.",
        "A pistola, con un ugello da 1,8. A pennello va bene solo per i ritocchi nascosti.",
        "Il Blu Pavone sulla 50 Special? Ero convinto che ci fossero solo il bianco e il rosso.",
    ]
    thread = (
        '<div id="disqus_thread"><ul id="dsq-comments">'
        + disqus_fallback(
            1,
            '<cite><a href="https://disqus.com/by/r/">Ruggero B.</a></cite><span>Ruggero B.</span>',
            lines[0],
            disqus_fallback(
                2,
                '<cite><a href="https://disqus.com/by/g/">Davide Lombardo</a></cite>'
                '<span class="dsq-mod-badge">Mod</span>',
                lines[1],
            ),
        )
        + disqus_fallback(
            3,
            '<cite><span>Ospite</span></cite><span class="dsq-guest-badge">Ospite</span>',
            lines[2],
        )
        + "</ul></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Ruggero B.", None),
        ("Davide Lombardo", 0),
        ("Ospite", None),  # a guest's name that reads as the badge beside it
    ]
    assert comment_texts(doc) == lines


def test_a_badge_set_inside_the_names_own_element_is_not_the_name():
    # Hemingway: "<cite class=fn>NAME <span class=post-author>(Autore dell'articolo)</span>"
    def comment(n: int, cite: str, text: str, children: str = "") -> str:
        return (
            f'<li class="comment depth-1" id="li-comment-{n}"><div id="comment-{n}" class="comment">'
            f'<div class="comment-meta comment-author vcard"><div class="comment-meta-content">'
            f'<cite class="fn">{cite}</cite><p><time datetime="2024-04-1{n}T21:05:37+02:00">'
            f"1{n} aprile 2024 alle 21:05</time></p></div></div>"
            f'<div class="comment-content post-content"><p>{text}</p></div></div>'
            + (f'<ul class="children">{children}</ul>' if children else "")
            + "</li>"
        )

    lines = [
        "Bellissimo racconto, noi l'anno scorso abbiamo fatto la stessa strada a piedi.",
        "Grazie! Con l'asino si va più piano, ma si vede molto di più.",
    ]
    badge = '<span class="post-author"> (Autore dell\'articolo)</span>'
    thread = (
        '<div class="comments"><h2 class="comments-title">2 commenti</h2>'
        '<ol class="commentlist">'
        + comment(1, "Marta Rinaldi", lines[0], comment(2, f"Chiara Bontempi {badge}", lines[1]))
        + "</ol></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Marta Rinaldi", None),
        ("Chiara Bontempi", 0),
    ]
    assert comment_texts(doc) == lines


def test_a_name_linked_to_its_profile_beside_a_dated_link_is_read_alone():
    # Substack's comment header: two links and no space between them ("Hannah OduyaMar 4")
    def comment(n: int, name: str, badge: str, text: str) -> str:
        return (
            f'<div class="comment" id="comment-{n}"><div class="comment-content">'
            f'<div class="comment-meta"><a class="commentTopLink" href="/profile/{n}">{name}</a>'
            f'{badge}<a class="comment-date" href="/comment/{n}">'
            f'<time datetime="2025-03-04T19:0{n}:00.000Z">Mar 4</time></a></div>'
            f'<div class="comment-body"><div class="body markup"><p><span>{text}</span></p></div>'
            f'</div><div class="comment-actions"><button class="reply-button">Reply</button></div>'
            "</div></div>"
        )

    thread = (
        '<div class="comments-list">'
        + comment(1, "Hannah Oduya", "", "Thank you for being this open about every pound.")
        + comment(2, "Tom Ellery", '<span class="comment-badge">Author</span>', "Roughly a third.")
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Hannah Oduya", "2025-03-04"),
        ("Tom Ellery", "2025-03-04"),
    ]


def test_a_styled_components_hash_after_a_class_name_leaves_the_name_to_read():
    # Substack's classes: "commentAuthor-tYB6uY", "commentTimestamp-dOYvP7"; the utility
    # classes beside them say how a box looks ("font-text-qe4AeH"), not that it is text
    def comment(n: int, name: str, shown: str, when: str, text: str) -> str:
        return (
            f'<div class="comment" id="comment-{n}"><div class="pencraft comment-content">'
            '<div class="pencraft pc-display-flex pc-reset comment-meta">'
            f'<span class="commentAuthor-tYB6uY"><a href="/@{n}">{name}</a></span>'
            f'<a class="pencraft color-secondary-ls1g8s commentTimestamp-dOYvP7" '
            f'href="/comment/{n}" title="{when}">{shown}</a></div>'
            f'<div class="pencraft commentBody-nvm3Fz"><div class="comment-body"><p>{text}</p>'
            '</div></div><div class="pencraft liked-by-author">'
            '<div class="pencraft color-secondary-ls1g8s font-text-qe4AeH">Liked by the writer</div>'
            "</div></div></div>"
        )

    thread = (
        '<div class="comment-list-items">'
        + comment(1, "Iñaki Berasategi", "13 mar", "13 mar 2025, 10:12", "Qué bonito texto.")
        + comment(2, "Lucía M.", "14 mar", "14 mar 2025, 09:40", "Me ha dejado pensando.")
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Iñaki Berasategi", "2025-03-13"),
        ("Lucía M.", "2025-03-14"),
    ]
    assert comment_texts(doc) == ["Qué bonito texto.", "Me ha dejado pensando."]


def test_a_top_bars_date_of_the_day_is_not_the_articles_nor_the_writers_box_its_text():
    # a regional weekly: today's date over the masthead, the article's under its h1, and
    # the box about the writer under the article named in Portuguese ("autor-caixa")
    paragraphs = "".join(
        f"<p>Parágrafo {n} da notícia sobre a feira medieval, que regressa ao castelo em junho "
        "com menos bancas e entradas controladas.</p>"
        for n in range(4)
    )
    html = (
        '<html lang="pt-PT"><head><title>Feira medieval | O Arauto</title></head><body>'
        '<div class="barra-topo"><span class="barra-topo__data">Quinta-feira, 15 de maio de '
        '2025</span><a href="/entrar">Entrar</a></div><header class="cabecalho">'
        '<span class="logotipo__texto">O Arauto do Coura</span></header><main><article>'
        '<header class="artigo__cabecalho"><h1>Feira medieval regressa ao castelo com menos '
        'bancas</h1><div class="artigo__meta"><div class="artigo__datas">'
        '<span class="artigo__publicado">14 de maio de 2025, 18:40</span></div></div></header>'
        f'<div class="artigo__corpo">{paragraphs}</div>'
        '<div class="autor-caixa"><div><p class="autor-caixa__nome">Rui Magalhães</p>'
        '<p class="autor-caixa__bio">Jornalista. Escreve sobre autarquias, cultura e '
        "património do Alto Coura.</p></div></div></article></main></body></html>"
    )
    doc = read(html)
    assert doc.published == "2025-05-14"
    assert "Rui Magalhães" not in body_text(doc) and "Jornalista" not in body_text(doc)
    assert len(doc.paragraphs) == 5  # the title and the four paragraphs
    alone = html.replace('<div class="artigo__datas">', '<div class="x">')
    assert read(alone).published == "2025-05-15"  # no other date: the one the page shows


def test_what_only_looks_like_a_writers_box_a_name_or_a_date_is_read_as_it_is():
    # a creator's "/@name" on another site inside the article; a <cite> in a comment's
    # text; a link to the comment answered before the name; a sidebar's date after the h1
    text = (
        '<html lang="en"><head><title>Creators on the harbour</title></head><body>'
        '<div class="article-header"><span class="post-date">3 March 2024</span>'
        '<h1>Local creators film the harbour at night</h1></div><div class="entry">'
        '<p>Filmmaker <a href="https://www.youtube.com/@maritidewater">Mari Tidewater</a> '
        "has been filming the harbour at night for three years now, from the ferry.</p>"
        "<p>Her latest video, shot from the ferry deck at low tide, has passed two million "
        "views this week.</p></div>"
        '<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/p/1">New buoys</a> '
        '<span class="post-date">12 January 2024</span></li></ul></aside>'
        '<section id="comments"><h2>Comments</h2><ol>'
        '<li class="comment"><div><b>Bob Marsh</b> <time datetime="2024-03-04">Mar 4</time>'
        "</div><p>I re-read <cite>The Hobbit</cite> on that ferry last summer, fittingly.</p></li>"
        '<li class="comment"><div><span>Reply to <a href="#comment-11">Bob Marsh</a></span> '
        '<b>Anna Lee</b> <time datetime="2024-03-05">Mar 5</time></div>'
        "<p>Same here, the ferry is the best place to read.</p></li></ol></section>"
        "</body></html>"
    )
    doc = read(text)
    assert [p.split()[0] for p in body_text(doc).split("\n\n")] == ["Filmmaker", "Her"]
    assert doc.published == "2024-03-03"
    assert [c.author for c in doc.comments] == ["Bob Marsh", "Anna Lee"]
    assert comment_texts(doc)[0] == ("I re-read The Hobbit on that ferry last summer, fittingly.")


def test_the_headline_as_shown_under_a_body_named_for_its_layout_and_a_share_buttons_words():
    # GeneratePress names the <body> for its layout ("right-sidebar nav-float-right"): the
    # h1 is still the article's, its quote as shown ("Here's"), not og:title's curly one;
    # Jetpack's share button keeps its words for a screen reader outside its list
    text = (
        '<html lang="de"><head><meta property="og:title" content="Tomaten überwintern: '
        'So geht’s" /><title>Tomaten überwintern: So geht’s – Balkongrün</title></head>'
        '<body class="single right-sidebar nav-float-right header-aligned-left">'
        '<main class="site-main"><article><header class="entry-header">'
        '<h1 class="entry-title">Tomaten überwintern: So geht\'s</h1></header>'
        '<div class="entry-content"><p>Jedes Jahr im Oktober stehe ich vor derselben Frage: '
        "Was mache ich mit den Tomatenpflanzen, die noch voller Blüten sind?</p>"
        "<p>Dieses Jahr habe ich Stecklinge gezogen, und vier von sechs haben den Winter "
        "überstanden.</p>"
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3>'
        '<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook" '
        'href="?share=facebook"><span>Facebook</span></a></li></ul></div></div>'
        '<span class="screen-reader-text">Klicke, um auf Facebook zu teilen (Wird in neuem '
        "Fenster geöffnet)</span></div></article></main></body></html>"
    )
    doc = read(text)
    assert doc.title == "Tomaten überwintern: So geht's"
    assert "Klicke" not in doc.text


def substack(cid: str, who: str | None, when: str, text: str | None, replies: str = "") -> str:
    """A newsletter platform's comment; a deleted one shows a label where its name was."""
    head = (
        f'<span class="commenter-name"><a href="/@{cid}">{who}</a></span>'
        if who
        else '<span class="comment-deleted-label">Comment deleted</span>'
    )
    said = (
        f'<div class="comment-body"><div class="markup"><p>{text}</p></div></div>' if text else ""
    )
    return (
        f'<div class="comment" id="comment-{cid}"><div class="comment-content">'
        f'<div class="comment-main"><div class="comment-meta">{head}'
        f'<a href="/comment/{cid}" class="comment-date" title="{when}">{when[:6]}</a></div>'
        f"{said}</div></div>"
        + (f'<div class="comment-list-items">{replies}</div>' if replies else "")
        + "</div>"
    )


def test_a_deleted_comments_label_beside_its_date_holds_the_reply_under_it():
    thread = (
        '<div id="discussion" class="comments-section"><h4>Discussion about this post</h4>'
        '<div class="comment-list"><div class="comment-list-items">'
        + substack("1", "Morag Tennant", "Apr 10, 2024, 9:15 AM", FIRST)
        + substack(
            "2",
            None,
            "Apr 10, 2024, 11:02 AM",
            None,
            substack("3", "Hal Brodie", "Apr 10, 2024, 11:26 AM", SECOND),
        )
        + substack("4", "Gus Mair", "Apr 11, 2024, 8:00 AM", THIRD)
        + "</div></div></div>"
    )
    doc = read(page(ARTICLE, comments=thread))
    assert comment_texts(doc) == [FIRST, "Comment deleted", SECOND, THIRD]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Morag Tennant", None),
        (None, None),
        ("Hal Brodie", 1),
        ("Gus Mair", None),
    ]


def test_a_deleted_comments_placeholder_text_takes_no_name_from_its_dates_link():
    deleted = (
        '<div class="comment comment-deleted" id="comment-2"><div class="comment-content">'
        '<div class="comment-main"><div class="comment-meta"><a href="/comment/2" '
        'class="comment-date" title="Mar 9, 2024, 10:12 AM">Mar 9</a></div>'
        '<div class="comment-body deleted"><p><em>Comment deleted</em></p></div></div></div>'
        '<div class="comment-list-items">'
        + substack("3", "Hal Brodie", "Mar 9, 2024, 11:26 AM", SECOND)
        + "</div></div>"
    )
    thread = (
        '<div id="discussion" class="comments-section"><h4>Discussion about this post</h4>'
        '<div class="comment-list"><div class="comment-list-items">'
        + substack("1", "Morag Tennant", "Mar 8, 2024, 9:15 AM", FIRST)
        + deleted
        + "</div></div></div>"
    )
    doc = read(page(ARTICLE, comments=thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Morag Tennant", None),
        (None, None),
        ("Hal Brodie", 1),
    ]


def test_disqus_reactions_count_is_no_comment_count_and_a_drupal_terms_label_no_paragraph():
    thread = (
        '<div id="disqus_thread"><section id="conversation"><div class="recommend-and-reactions">'
        '<div class="reactions-header"><span class="reactions-title">What do you think?</span>'
        ' <span class="reactions-count">14 Responses</span></div></div>'
        '<ul class="nav-tab-list"><li data-role="post-count"><a href="#">'
        '<span class="comment-count">2 Comments</span></a></li></ul>'
        '<ul id="post-list" class="post-list">'
        '<li class="post"><div class="post-content"><span class="author">Ann</span>'
        '<a class="time-ago" title="Tuesday, March 5, 2024 9:10 AM">a year ago</a>'
        f'<div class="post-message"><p>{FIRST}</p></div></div></li>'
        '<li class="post"><div class="post-content"><span class="author">Bo</span>'
        '<a class="time-ago" title="Tuesday, March 5, 2024 10:10 AM">a year ago</a>'
        f'<div class="post-message"><p>{THIRD}</p></div></div></li></ul></section></div>'
    )
    doc = read(page(ARTICLE, comments=thread))
    assert doc.comments_declared == 2
    terms = (
        '<div class="field field-name-taxonomy-forums field-label-above"><div class="field-label">'
        'Forums:&nbsp;</div><div class="field-items"><a href="/forum/pond">Pond care</a></div>'
        "</div>"
    )
    doc = read(page(ARTICLE.replace("<p>On Saturday", f"{terms}<p>On Saturday")))
    assert "Forums:" not in doc.text


def test_a_dateline_run_into_the_first_paragraph_stays_in_it():
    article = ARTICLE.replace(
        "<p>On Saturday", '<p><span class="dateline">Millbrook</span> – On Saturday'
    )
    doc = read(page(article))
    assert "\n\nMillbrook – On Saturday twelve volunteers" in body_text(doc)


def test_discourse_s_topic_map_declares_the_replies_its_spans_count():
    topic_map = (
        '<section class="topic-map"><div class="topic-map__stats">'
        '<div class="topic-map__stat"><span class="number">8</span>'
        '<span class="topic-map__stat-label">replies</span></div>'
        '<div class="topic-map__stat"><span class="number">412</span>'
        '<span class="topic-map__stat-label">views</span></div></div></section>'
    )
    doc = read(page(ARTICLE.replace("</article>", topic_map + "</article>")))
    assert doc.comments_declared == 8


def test_a_heading_that_says_a_page_has_no_responses_declares_none():
    empty = '<div class="x1"><h2 class="be ui">Responses (0)</h2><p>Be the first.</p></div>'
    assert read(page(ARTICLE, empty)).comments_declared == 0
    assert read(page(ARTICLE)).comments_declared is None


def test_a_comment_s_time_gives_the_date_it_shows_in_the_page_s_time_zone():
    def post(who: str, stamp: str, shown: str, text: str) -> str:
        return (
            f'<div class="comment"><span class="comment-author">{who}</span>'
            f'<time datetime="{stamp}">{shown}</time><div class="comment-content"><p>{text}</p>'
            "</div></div>"
        )

    thread = (
        '<div id="comments">'
        + post("Odile", "2024-03-02T23:26:00+00:00", "3 mars 2024 00:26", "Petit retour promis.")
        + post("Yves", "2024-03-04T08:00:00+00:00", "il y a 2 jours", "Merci pour le retour.")
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [c.published for c in doc.comments] == ["2024-03-03", "2024-03-04"]


def test_an_old_forum_s_title_with_a_dash_is_read_whole_where_the_page_shows_it_whole():
    title = "Heron raids my pond – what really works?"
    body = (
        '<table class="tborder"><tr><td class="alt1">'
        f'<div class="smallfont"><strong>{title}</strong></div>'
        "<div>Every morning at six a heron stands on the rockery and takes another fish. "
        "I have tried a plastic decoy and a line of string, and neither has kept it away.</div>"
        "</td></tr></table>"
    )
    doc = read(page(body, head=f"<title>{title} - Pondtalk.net</title>"))
    assert (doc.title, doc.site) == (title, "Pondtalk.net")
    # (no part shown whole: the headline is the longest part, as before)
    doc = read(page(body.replace(title, "A heron"), head=f"<title>{title} - Pondtalk.net</title>"))
    assert doc.title == "Heron raids my pond"


def test_an_empty_comment_section_s_heading_that_says_none_yet_declares_none():
    isso = '<section id="isso-thread"><h4>{}</h4><div class="isso-postbox"></div></section>'
    for heading in ("Ancora nessun commento", "No comments yet", "Noch keine Kommentare"):
        assert read(page(ARTICLE, isso.format(heading))).comments_declared == 0
    # a message with its full stop is not the section's count
    message = (
        '<div class="comments"><div class="comments-empty"><p>No comments yet.</p></div></div>'
    )
    assert read(page(ARTICLE, message)).comments_declared is None


def test_drupal_s_introduction_field_and_its_count_link_under_the_node_are_no_paragraphs():
    node = (
        '<div class="node"><h1>The mill reopens</h1><div class="content">'
        '<div class="field field-name-field-intro field-label-hidden"><p class="intro">'
        "Two years of scaffolding are gone, and the sails turn again.</p></div>"
        '<div class="field field-name-body"><p>The restoration of the windmill on the dyke was '
        "finished last week, after the carpenters replaced the whole cap and two of the sails.</p>"
        "<p>Visitors may climb to the stage on Saturdays from May, the volunteers said.</p></div>"
        '</div><ul class="links inline"><li class="comment-comments first">'
        '<a href="/mill#comments">6 comments</a></li></ul></div>'
    )
    doc = read(page(node))
    assert [doc.text[start:end][:15] for start, end in doc.paragraphs] == [
        "The restoration",
        "Visitors may cl",
    ]


def test_drupal_s_caption_field_named_in_the_sites_language_is_no_paragraph():
    # ("field-name-field-pie-de-foto", "field-name-field-bildunterschrift": the image's caption)
    for field in ("pie-de-foto", "bildunterschrift", "image-caption"):
        node = (
            '<div class="node"><h1>The mill reopens</h1><div class="content">'
            '<div class="field field-name-field-image"><img src="mill.jpg"></div>'
            f'<div class="field field-name-field-{field} field-label-hidden"><div class="field-'
            'items"><div class="field-item even">The cap, back on the tower. Photo: Mill Trust'
            "</div></div></div>"
            '<div class="field field-name-body"><p>The restoration of the windmill on the dyke '
            "was finished last week, after the carpenters replaced the whole cap.</p>"
            "<p>Visitors may climb to the stage on Saturdays from May, the volunteers said.</p>"
            "</div></div></div>"
        )
        doc = read(page(node))
        assert [doc.text[start:end][:15] for start, end in doc.paragraphs] == [
            "The restoration",
            "Visitors may cl",
        ], field


def k2_comment(n: int, name: str, text: str, linked: bool = True) -> str:
    """A comment of Joomla K2's list: its date, "inviato da NAME" (a link or not), its text."""
    who = f'<a href="https://example.org/{n}" rel="nofollow">{name}</a>' if linked else name
    return (
        f'<li class="{"even" if n % 2 else "odd"}"><span class="commentLink"><a href="#comment{n}"'
        f' id="comment{n}">Link al commento</a></span><img class="commentAvatar" alt="{name}"'
        ' src="a.png"><span class="commentDate">Giovedì, 14 Marzo 2024 12:4'
        f'{n}</span><span class="commentAuthorName">inviato da {who}</span><p>{text}</p>'
        '<span class="commentToolbar"><a href="/report">Segnala</a></span></li>'
    )


def test_joomla_k2_its_intro_box_its_comment_list_and_inviato_da_before_each_name():
    lines = [
        "Finalmente una buona notizia, mio nonno portava le olive a quel frantoio.",
        "Bellissimo progetto. I vicini di via delle Mole sono stati sentiti?",
    ]
    article = (
        '<div class="itemView"><h2 class="itemTitle">Il frantoio diventa la sala prove</h2>'
        '<div class="itemBody"><div class="itemIntroText"><p>SAN VITO – Per quasi quarant’anni '
        "è rimasto chiuso, con le macine ferme e le finestre murate.</p></div>"
        '<div class="itemFullText"><p>La convenzione tra il Comune e l’associazione è stata '
        "firmata martedì pomeriggio in municipio, per nove anni.</p><p>I lavori sono costati "
        "circa 180 mila euro, con un bando regionale per gli edifici storici.</p></div></div>"
        '<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> commenti</h3>'
        '<ul class="itemCommentsList">'
        + k2_comment(1, "Franco Rossetti", lines[0])
        + k2_comment(2, "Marisa T.", lines[1], linked=False)
        + "</ul></div></div>"
    )
    doc = read(page(article).replace("'en'", "'it'"))
    assert [doc.text[start:end][:12] for start, end in doc.paragraphs] == [
        "SAN VITO – P",
        "La convenzio",
        "I lavori son",
    ]
    assert [c.author for c in doc.comments] == ["Franco Rossetti", "Marisa T."]
    assert comment_texts(doc) == lines


def test_a_reply_s_in_reply_to_line_names_its_parent_where_the_markup_nests_one_level():
    def reaction(who: str, text: str, to: str = "", replies: str = "") -> str:
        answered = f'<span class="reaction__to">En réponse à <b>{to}</b></span>' if to else ""
        return (
            f'<div class="reaction"><span class="reaction__pseudo">{who}</span>'
            f'<time datetime="2024-03-14T19:22:00+01:00">14/03/2024</time>{answered}'
            f'<div class="reaction__text"><p>{text}</p></div>'
            + (f'<div class="reaction__replies">{replies}</div>' if replies else "")
            + "</div>"
        )

    thread = (
        '<section id="reactions">'
        + reaction(
            "Gwen29",
            "Enfin, les vestiaires étaient dans un état lamentable depuis des années.",
            replies=reaction("Marc L.", "Deux ans sur le papier, on verra bien.")
            + reaction("Gwen29", "Le marché prévoit des pénalités de retard.", to="Marc L.")
            + reaction("Anne", "Et les horaires du club, ils changent ?", to="Gwen29"),
        )
        + "</section>"
    )
    doc = read(page(ARTICLE, thread))
    # the second reply answers Marc L., the third the comment the thread opens with
    assert [c.parent for c in doc.comments] == [None, 0, 1, 0]


def medium_numbered_response(
    who: str, when: str, paragraphs: list[str], highlight: str = ""
) -> str:
    """A response as a saved Medium page sets it: hashed classes, a test id numbered by its
    place in the list, a passage of the story it answers above its text, set apart unmarked."""
    over = f'<div class="wb l"><div class="wc wd"><p class="bf b dv">{highlight}</p></div></div>'
    return (
        f'<div class="vh l" data-testid="response-{len(who)}"><div class="ab q">'
        f'<a href="https://medium.com/@x"><p class="bf b dv z bk">{who}</p></a>'
        f'<a href="https://medium.com/@x/1"><p class="bf b dv z du">{when}</p></a></div>'
        + (over if highlight else "")
        + '<div class="vl l"><pre class="zk vm bf">'
        + "\n\n".join(paragraphs)
        + '</pre></div><button class="bf b dv">Reply</button></div>'
    )


def test_medium_responses_numbered_by_test_id_leave_out_the_passage_they_highlight():
    own = ["This is the part nobody tells you about.", "We lined ours in a single weekend too."]
    passage = "relined it with a new membrane, a job that took most of the day."
    other = ["Twelve volunteers on a Saturday is a fine turnout for any town."]
    thread = (
        "<div><h2>Responses (2)</h2>"
        + medium_numbered_response("Dev Castellanos", "Mar 7, 2024", own, highlight=passage)
        + medium_numbered_response("M. Oduya", "Mar 12, 2024", other)
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [c.author for c in doc.comments] == ["Dev Castellanos", "M. Oduya"]
    assert comment_texts(doc) == ["\n\n".join(own), other[0]]


def test_a_response_that_opens_with_the_articles_words_in_quotation_marks_keeps_them():
    quoted = "«relined it with a new membrane, a job that took most of the day.»"
    own = [quoted, "Took us two weekends, and the frogs came back the first spring."]
    thread = (
        "<div><h2>Responses (1)</h2>"
        + medium_numbered_response("Dev Castellanos", "Mar 7, 2024", own)
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["\n\n".join(own)]


def test_a_forum_posters_count_of_reactions_is_no_count_and_a_quotations_expand_link_no_text():
    quote = (
        '<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-content">'
        '<div class="bbCodeBlock-expandContent">La régularité de l\'arrosage soigne le cul noir.'
        '</div><div class="bbCodeBlock-expandLink js-expandLink">'
        '<a role="button" tabindex="0">Cliquez pour agrandir...</a></div></div></blockquote>'
    )
    reactions = "<dt>Réactions</dt><dd>9</dd>"
    opening = "Mes tomates ont le cul noir depuis une semaine, que faire ?"
    answer = "Arrose plus souvent mais moins à la fois."
    thread = (
        '<div class="block-body js-replyNewMessageContainer">'
        + xenforo_post(1, "Gérald_84", opening, first=True, pairs=reactions)
        + xenforo_post(2, "Lucie.Marcq", answer)
        + xenforo_post(3, "Gérald_84", quote + "Merci, c'est très clair.", pairs=reactions)
        + xenforo_post(4, "Sandrine_B", "Pareil chez moi l'an dernier.")
        + "</div>"
    )
    head = "<title>Tomates cul noir | Forum du Potager</title>"
    doc = read(page("<h1>Tomates cul noir</h1>" + thread, head=head).replace("'en'", "'fr'"))
    assert body_text(doc) == opening
    assert doc.comments_declared is None
    assert comment_texts(doc) == [
        answer,
        "La régularité de l'arrosage soigne le cul noir.\n\nMerci, c'est très clair.",
        "Pareil chez moi l'an dernier.",
    ]


def test_an_og_title_cut_at_an_apostrophe_by_its_quotes_takes_the_blog_posts_heading():
    # content='…' around a title with an apostrophe in it: the attribute ends at "com"
    head = (
        "<meta content='Prima cottura raku: com'è andata davvero' property='og:title'/>"
        "<title>Terra e Fuoco: Prima cottura raku: com'è andata davvero</title>"
    )
    article = (
        "<div class='header'><h1 class='title'><a href='/'>Terra e Fuoco</a></h1></div>"
        "<h2 class='date-header'><span>domenica 6 ottobre 2024</span></h2>"
        "<div class='post hentry'><h3 class='post-title entry-title'>Prima cottura raku: "
        "com'è andata davvero</h3><div class='post-body entry-content'>Abbiamo acceso il "
        "forno alle nove del mattino.<br /><br />Alle tre del pomeriggio le ciotole erano "
        "pronte.</div></div>"
    )
    doc = read(page(article, head=head).replace("lang='en'", "lang='it'"))
    assert doc.title == "Prima cottura raku: com'è andata davvero"


def untimed_prosilver_post(n: int, who: str, joined: str, when: str, text: str) -> str:
    first = ' class="first"' if n == 1 else ""
    """A post as phpBB's prosilver style sets it, with no <time>: the profile (and when its
    poster joined) before the post, the post's date after the name in "p.author"."""
    return (
        f'<div id="p8812{n}" class="post has-profile bg2"><div class="inner">'
        f'<dl class="postprofile" id="profile{n}"><dt><a href="./memberlist.php?u={n}" '
        f'class="username">{who}</a></dt><dd class="profile-posts"><strong>Berichten:</strong>'
        f' <a href="./search.php?author_id={n}">9</a></dd><dd class="profile-joined"><strong>'
        f"Lid geworden op:</strong> {joined}</dd></dl>"
        f'<div class="postbody"><div id="post_content{n}"><h3{first}><a href="#p{n}">'
        f'{"Re: " if n > 1 else ""}Buitenunit bromt</a></h3><p class="author"><span class="responsive-hide">door <strong><a href="./'
        f'memberlist.php?u={n}" class="username">{who}</a></strong> &raquo; </span>{when}</p>'
        f'<div class="content">{text}</div></div></div></div></div>'
    )


def test_a_phpbb_posters_date_of_joining_is_not_the_posts_date():
    opening = "Onze buitenunit bromt sinds een week elke nacht. Is dat normaal?"
    answer = "Hoe koud was het die nachten? Bij vorst draait de compressor harder."
    doc = read(
        page(
            '<h2 class="topic-title">Buitenunit bromt</h2><div id="page-body">'
            + untimed_prosilver_post(
                1, "Gerrit", "di 15 okt 2024, 19:02", "vr 8 nov 2024, 21:10", opening
            )
            + untimed_prosilver_post(
                2, "Henk-Jan", "wo 4 mrt 2020, 21:15", "za 9 nov 2024, 22:41", answer
            )
            + "</div>",
            head="<title>Buitenunit bromt - Warmtepompforum</title>",
        ).replace("lang='en'", "lang='nl'")
    )
    assert (body_text(doc), doc.published) == (opening, "2024-11-08")
    assert [(c.author, c.published) for c in doc.comments] == [("Henk-Jan", "2024-11-09")]


def hashed_medium_response(n: int, user: str, who: str, when: str, lines: list[str]) -> str:
    """A response on a saved Medium page with no test id, its classes hashed anew for each
    (two letters each, "fn" among them by chance): only its author's links, tagged
    "post_responses", say what it is."""
    link = f"https://medium.com/@{user}?source=post_page---post_responses--b71e4d2a9c03----{n}---"
    hashes = ["mz b no", "l c gk", "rw w x", "au qg w"][n % 4]
    return (
        f'<div class="{hashes}"><div class="km jp s"><a href="{link}"><img alt="{who}" '
        f'src="a.png"></a><div class="lz a ro"><a class="yy sv" href="{link}">{who}</a>'
        f'<p class="yg cl"><a href="https://medium.com/@{user}/r-{n}?source=post_page---'
        f'post_responses--b71e4d2a9c03">{when}</a></p></div></div><div class="eo cl a"><pre>'
        + "".join(f'<p class="nh pq jn ct fn e">{line}</p>' for line in lines)
        + '</pre></div><button class="ma mf">Reply</button></div>'
    )


def test_medium_responses_with_no_test_id_are_known_by_their_authors_links():
    rules_link = (
        '<a href="https://policy.medium.com/medium-rules?source=post_page---post_responses--'
        'b71e4d2a9c03">Medium rules</a>'
    )
    first = ["The part about November is so real.", "Did you change anything for winter?"]
    second = ["Nine point four miles each way is very doable on an e-bike."]
    thread = (
        f'<div class="sg sh si"><div class="ab q cp"><h2 class="bf rb rc">Responses (14)</h2>'
        f"{rules_link}</div>"
        + hashed_medium_response(0, "priyalal", "Priya Lal", "Mar 4, 2025", first)
        + hashed_medium_response(1, "robk", "Rob Kessling", "Mar 9, 2025", second)
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Priya Lal", "2025-03-04"),
        ("Rob Kessling", "2025-03-09"),
    ]
    assert comment_texts(doc) == ["\n\n".join(first), second[0]]
    assert doc.comments_declared == 14


def test_a_newsletter_box_with_an_email_field_between_the_articles_paragraphs_is_not_body():
    box = (
        '<div class="nl-box"><p class="nl-box__title">Il Vallone del mattino</p>'
        '<p class="nl-box__text">Ricevi ogni giorno alle 7 le notizie della tua valle.</p>'
        '<form action="/newsletter"><input type="email" name="email"><button type="submit">'
        "Ricevila gratis</button></form></div>"
    )
    first = (
        "Il ponte sul Lisora resterà chiuso per tre mesi a partire da lunedì prossimo, per i "
        "lavori di consolidamento delle pile danneggiate dalla piena dell'autunno scorso."
    )
    second = (
        "Il cantiere lavorerà anche di notte nelle settimane centrali, con un'ordinanza che "
        "consente deroghe ai limiti di rumore, e i residenti potranno chiedere un rimborso."
    )
    article = f"<article><h1>Chiude il ponte</h1><p>{first}</p>{box}<p>{second}</p></article>"
    head = "<title>Chiude il ponte sul Lisora</title>"
    doc = read(page(article, head=head).replace("lang='en'", "lang='it'"))
    assert body_text(doc) == f"{first}\n\n{second}"


def test_a_comments_own_reply_count_over_its_replies_is_no_count_of_the_thread():
    comments = (
        "<div class='comments-section'><h4>Discussion about this post</h4>"
        "<div class='comment-list'><div class='comment' id='comment-1'>"
        "<div class='comment-meta'><a class='commenter-name' href='/@ana'>Ana Lima</a>"
        "<time datetime='2024-03-05T10:00:00Z'>Mar 5</time></div>"
        "<div class='comment-body'><p>We grew the same maize last summer; it did well.</p></div>"
        "<div class='comment-list-collapser'><span>1 reply</span></div>"
        "<div class='comment-list-items'><div class='comment' id='comment-2'>"
        "<div class='comment-meta'><a class='commenter-name' href='/@rui'>Rui Sousa</a>"
        "<time datetime='2024-03-06T10:00:00Z'>Mar 6</time></div>"
        "<div class='comment-body'><p>Did you save your own seed for this year?</p></div>"
        "</div></div></div></div></div>"
    )
    doc = read(page(ARTICLE, comments))
    assert len(doc.comments) == 2 and doc.comments_declared is None


def _discourse_post(number: int, user: str, text: str) -> str:
    return (
        f"<div class='topic-post clearfix regular'><article id='post_{number}'"
        f" aria-label='post #{number} by @{user}' role='region'>"
        f"<div class='topic-meta-data'><span class='first username'><a href='/u/{user}'>{user}</a>"
        f"</span><span class='relative-date' title='Mar 3, 2024 9:12 pm'"
        f" data-time='1709500320000'>Mar '24</span></div>"
        f"<div class='regular contents'><div class='cooked'><p>{text}</p></div></div>"
        "</article></div>"
    )


def test_a_discourse_topic_whose_first_post_is_marked_post_1_reads_it_as_the_article():
    posts = "".join(
        _discourse_post(n, user, text)
        for n, user, text in (
            (1, "marguerite_h", "My old sewing machine skips a stitch in ten on denim since I"
             " retimed the hook. What should I check first?"),
            (2, "tobias_k", "Check the needle bar height before you touch the hook again."),
            (3, "sewingbee_ann", "And try a heavier needle: a 90/14 deflects on thick seams."),
        )
    )  # fmt: skip
    html = page(
        "<div id='topic-title'><h1>Skipped stitches after retiming the hook</h1></div>",
        f"<div class='post-stream'>{posts}</div>",
    )
    doc = read(html)
    assert doc.author == "marguerite_h"
    assert body_text(doc).startswith("My old sewing machine skips")
    assert [c.author for c in doc.comments] == ["tobias_k", "sewingbee_ann"]


def _vbulletin_post(number: int, user: str, text: str) -> str:
    return (
        f"<li class='postbitlegacy postbitim postcontainer old' id='post_{number}'>"
        f"<div class='posthead'><span class='postdate old'><span class='date'>12.03.2024,"
        f"&nbsp;<span class='time'>20:15</span></span></span>"
        f"<span class='nodecontrols'><a class='postcounter' href='#post{number}'>#{number}</a>"
        f"</span></div><div class='postdetails'><div class='userinfo'>"
        f"<a class='username' href='member.php?u={number}'><strong>{user}</strong></a></div>"
        f"<div class='postbody'><div class='postrow'><div class='content'>"
        f"<blockquote class='postcontent restore'>{text}</blockquote></div></div></div></div>"
        "</li>"
    )


def test_vbulletins_box_of_who_thanked_a_post_is_no_post():
    thanks = (
        "<li class='postbitlegacy postbitim post_thanks_box' id='post_thanks_box_2'>"
        "<div class='postbody'><div class='postrow'><strong>Folgende 2 Benutzer sagen Danke zu"
        " Greta für den nützlichen Beitrag:</strong><br/><a href='member.php?u=8'>Udo</a>,"
        " <a href='member.php?u=9'>Reinhard</a></div></div></li>"
    )
    posts = (
        _vbulletin_post(1, "Harald", "Mein Weichenantrieb schaltet nur sporadisch. Woran kann das liegen?")
        + _vbulletin_post(2, "Greta", "Prüf zuerst die Endabschaltung, die verklebt gern.")
        + thanks
        + _vbulletin_post(3, "Udo", "Bei mir war es der Kondensator im Schaltpult.")
    )  # fmt: skip
    doc = read(page("<h1>Weichenantrieb schaltet sporadisch</h1>", f"<ol id='posts'>{posts}</ol>"))
    assert "Folgende 2 Benutzer" not in doc.text
    assert [c.author for c in doc.comments][-2:] == ["Greta", "Udo"]  # (no post between)
    # vBulletin 4 names the box by its id alone, its classes a post's
    posts = posts.replace(
        "postbitlegacy postbitim post_thanks_box", "postbit postbitim postcontainer"
    )
    doc = read(page("<h1>Weichenantrieb schaltet sporadisch</h1>", f"<ol id='posts'>{posts}</ol>"))
    assert "Folgende 2 Benutzer" not in doc.text
    assert [c.author for c in doc.comments][-2:] == ["Greta", "Udo"]


def _phpbb_post(number: int, user: str, content: str) -> str:
    return (
        f"<div id='p{number}' class='post has-profile bg2'><div class='inner'>"
        f"<dl class='postprofile'><dt><a class='username' href='memberlist.php?u={number}'>"
        f"{user}</a></dt></dl><div class='postbody'><div id='post_content{number}'>"
        f"<h3>Re: Comtoise qui s'arrête</h3><p class='author'>par <strong>{user}</strong> »"
        f" <span>lun. 12 févr. 2024 1{number}:00</span></p>"
        f"<div class='content'>{content}</div></div></div></div></div>"
    )


def _quote(user: str, words: str) -> str:
    return (
        f"<blockquote><div><cite><a href='memberlist.php'>{user}</a> a écrit : <a href='#'>↑</a>"
        f"<span>lun. 12 févr. 2024 09:47</span></cite>{words}</div></blockquote>"
    )


def test_a_reply_opening_with_two_phpbb_quotation_boxes_keeps_neither():
    posts = (
        _phpbb_post(1, "Gégé", "Ma comtoise s'arrête au bout de deux heures. Une idée ?")
        + _phpbb_post(2, "Pendulier", "La caisse doit être fixée au mur, sinon elle bouge.")
        + _phpbb_post(3, "Yann K.", "Je confirme pour la fixation murale, une patte en laiton suffit."
                      " La mienne s'arrêtait pareil sur un parquet ancien.")
        + _phpbb_post(4, "Odile", _quote("Pendulier", "La caisse doit être fixée au mur, sinon elle bouge.")
                      + _quote("Yann K.", "Je confirme pour la fixation murale, une patte en laiton suffit.")
                      + "Tout à fait d'accord avec vous deux, et vérifiez la fourchette.")
    )  # fmt: skip
    doc = read(
        page(
            "<h2 class='topic-title'>Comtoise qui s'arrête</h2>",
            f"<div id='page-body'>{posts}</div>",
        )
    )
    assert (
        comment_texts(doc)[-1] == "Tout à fait d'accord avec vous deux, et vérifiez la fourchette."
    )


def invision_post(number: int, who: str, when: str, text: str, *, extra: str = "") -> str:
    """A post of Invision Community 4's topic, as its pages mark it up."""
    return (
        f'<article id="elComment_{number}" class="cPost ipsBox ipsComment ipsComment_parent '
        f'ipsColumns{extra}">'
        '<aside class="ipsComment_author cAuthorPane ipsColumn ipsResponsive_hidePhone">'
        f'<h3 class="cAuthorPane_author"><strong><a href="/profile/{number}-x/">{who}</a>'
        "</strong></h3>"
        '<ul class="cAuthorPane_info"><li data-role="group">Membri</li>'
        '<li data-role="stats"><span title="Reputazione">12</span></li></ul></aside>'
        f'<div id="comment-{number}_wrap" data-commentid="{number}" class="ipsComment_content">'
        '<div class="ipsComment_meta"><a href="?do=findComment" class="ipsType_blendLinks">'
        f"Inviato <time datetime='{when}T19:22:06Z'>{when}</time></a></div>"
        f'<div data-role="commentContent" class="ipsType_richText">{text}</div>'
        '<div data-role="memberSignature" class="ipsResponsive_hidePhone">'
        "<p>Stufa in ghisa 9 kW | canna inox 150 mm</p></div></div>"
        f'<div class="ipsMenu cPostShareMenu" id="elSharePost_{number}_menu">'
        f'<input type="text" value="https://forum.example.it/topic/1/?comment={number}"></div>'
        "</article>"
    )


INVISION_TOPIC = page(
    '<div class="ipsPageHeader"><h1 class="ipsType_pageTitle">La stufa fa fumo in casa '
    "quando apro lo sportello</h1></div>"
    '<form action="/topic/1/?do=multimodComment" method="post" data-role="moderationTools">'
    '<div data-role="commentFeed">'
    + invision_post(
        101,
        "Davide_R",
        "2024-02-11",
        "<p>Buonasera, da quando abbiamo cambiato la canna fumaria la stufa fa fumo in casa "
        "ogni volta che apro lo sportello.</p><p>Qualcuno ha avuto lo stesso problema?</p>",
    )
    + invision_post(
        102,
        "Gianfranco_Stufe",
        "2024-02-12",
        "<p>Aprite prima la valvola dell'aria e aspettate un minuto prima di aprire lo "
        "sportello.</p>",
        extra=" ipsComment_solved",
    )
    + invision_post(
        103, "Lucia_V", "2024-02-13", "<p>Da noi ha funzionato anche isolare la canna.</p>"
    )
    + "</div></form>"
)


def test_an_invision_topics_first_post_is_the_article_and_the_others_its_comments():
    doc = read(INVISION_TOPIC)
    assert (doc.author, doc.published) == ("Davide_R", "2024-02-11")
    assert body_text(doc).startswith("Buonasera, da quando abbiamo cambiato")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Gianfranco_Stufe", "2024-02-12"),
        ("Lucia_V", "2024-02-13"),
    ]
    # (the posters' signatures are no text of theirs)
    assert comment_texts(doc)[1] == "Da noi ha funzionato anche isolare la canna."
    assert "Stufa in ghisa" not in doc.text


def older_medium_response(n: int, user: str, who: str, text: str, replies: str = "") -> str:
    """A response on a Medium page saved a while ago: its authors' links tagged
    "source=responses-----", its replies set in under it with an inline margin."""
    link = f"/@{user}?source=responses-----9f3c2ad41e07----{n}-----"
    return (
        f'<div class="x{n} q"><div class="k{n}"><a href="{link}"><img alt="{who}" src="a.png"></a>'
        f'<a class="w{n}" href="{link}"><p>{who}</p></a><p><span>Mar {n + 2}, 2024</span></p>'
        f"<p>{text}</p><button>Reply</button></div>"
        + (f'<div style="margin-left:24px;padding-left:20px">{replies}</div>' if replies else "")
        + "</div>"
    )


def test_older_medium_responses_nest_by_the_margin_they_are_set_in_with():
    reply = older_medium_response(1, "corinne", "Corinne Wexley", "Ha, thank you Harriet.")
    thread = (
        '<div class="r"><h2>Responses (3)</h2>'
        + older_medium_response(0, "harriet", "Harriet Moss", "This made me laugh.", reply)
        + older_medium_response(2, "tom", "Tom Ashby", "Please do a follow-up next year.")
        + "</div>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Harriet Moss", None),
        ("Corinne Wexley", 0),
        ("Tom Ashby", None),
    ]


def test_a_thread_saved_inside_a_frames_own_page_is_read_and_a_blogs_one_person_is_its_author():
    import html as html_escaping

    frame_page = (
        "<html><body><ul class='post-list'>"
        "<li class='post' id='post-1'><span class='author'>Marloes</span>"
        "<a class='time-ago' title='zaterdag 2 maart 2024 10:12'>1 jaar geleden</a>"
        "<div class='post-message'><p>Prachtig verslag, ik ga het ook proberen.</p></div></li>"
        "</ul></body></html>"
    )
    saved = page(
        ARTICLE,
        '<section id="disqus_thread"><iframe title="Disqus" srcdoc="'
        + html_escaping.escape(frame_page, quote=True)
        + '"></iframe></section>',
        head='<title>A test page</title><script type="application/ld+json">'
        '{"@type": "Person", "name": "Gerrit-Jan Lubbers", "url": "https://kaaszolder.example/"}'
        "</script>",
    )
    doc = read(saved)
    assert doc.author == "Gerrit-Jan Lubbers"
    assert [c.author for c in doc.comments] == ["Marloes"]
    assert comment_texts(doc) == ["Prachtig verslag, ik ga het ook proberen."]


def test_a_json_ld_author_given_by_reference_to_a_person_node_names_them():
    # Yoast, Rank Math and Elementor write the Person as a node of its own in the graph
    graph = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"BlogPosting","headline":"Volunteers rebuild the pond",'
        '"author":{"@id":"https://pond.example/#/person/1"},"publisher":{"@id":"#site"}},'
        '{"@type":"Person","@id":"https://pond.example/#/person/1","name":"Ada Whitcombe"},'
        '{"@type":"Organization","@id":"#site","name":"Pond Notes"}]}</script>'
    )
    assert read(page(ARTICLE, head=graph)).author == "Ada Whitcombe"


def test_pings_listed_apart_from_the_comments_are_no_comments():
    # Divi: "li#comment-N" like any comment, in "ol.pinglist" under "div#trackbacks"
    comments = (
        "<div id='comments'><h3>2 Kommentare</h3><ol class='commentlist'>"
        "<li id='comment-1' class='comment'><article><footer><cite class='fn'>Frieda</cite>"
        "<time datetime='2024-03-24T10:00:00+01:00'>Mär 24, 2024</time></footer>"
        "<div class='comment-content'><p>Ein schöner Bericht über den Teich.</p></div>"
        "</article></li></ol>"
        "<div id='trackbacks'><h3>Trackbacks/Pingbacks</h3><ol class='pinglist'>"
        "<li id='comment-2'><a href='https://other.example/kw13' class='url'>Wochenrückblick"
        "</a> - […] Über den Teich […]</li></ol></div></div>"
    )
    doc = read(page(ARTICLE, comments))
    assert comment_texts(doc) == ["Ein schöner Bericht über den Teich."]


def test_an_author_box_headed_with_its_label_gives_the_name_alone():
    box = (
        "<div class='authorInfo'><h4 class='authorName'>Sobre a autora: Rosana Teixeira</h4>"
        "<p class='authorDesc'>Professora aposentada e cozinheira de fim de semana.</p></div>"
    )
    assert read(page(ARTICLE + box)).author == "Rosana Teixeira"


def test_replies_named_by_their_test_id_alone_nest_under_their_comment():
    # Hashnode: utility classes only; "comment" and "reply" are the test ids
    def said(who: str, text: str) -> str:
        return (
            f"<div class='flex flex-row items-center gap-2'><a href='https://hashnode.com/@{who}'>"
            f"{who.title()}</a><time datetime='2024-05-02T10:00:00Z'>May 2, 2024</time></div>"
            f"<div class='prose prose-sm'><p>{text}</p></div>"
        )

    comments = (
        "<div id='comments-list'><div class='divide-y'>"
        "<div class='flex flex-col gap-3 py-4' data-testid='comment'>"
        + said("tom", "Brilliant write-up, the laminated cards made all the difference.")
        + "<div class='ml-6 border-l pl-4 flex flex-col' data-testid='reply'>"
        + said("eleanor", "We did the same and never looked back.")
        + "</div></div></div></div>"
    )
    doc = read(page(ARTICLE, comments))
    assert [(c.author, c.parent) for c in doc.comments] == [("Tom", None), ("Eleanor", 0)]


def test_a_mybb_topic_its_first_post_the_article_and_each_posters_name_their_link():
    def post(number: int, who: str, text: str) -> str:
        return (
            f"<div class='post ' id='post_{number}'><div class='post_author'>"
            f"<div class='author_avatar'><a href='member.php?action=profile&uid={number}'>"
            "<img src='a.png' alt=''></a></div><div class='author_information'><strong>"
            f"<span class='largetext'><a href='member.php?action=profile&uid={number}'>{who}"
            "</a></span></strong><span class='smalltext'>Junior Member</span></div>"
            "<div class='author_statistics'>Posts: 27 Threads: 4 Joined: Jan 2022</div></div>"
            "<div class='post_content'><div class='post_head'><span class='post_date'>"
            f"03-14-2024, 08:12 PM</span></div><div class='post_body' id='pid_{number}'>{text}"
            "</div></div></div>"
        )

    thread = (
        "<div id='posts'>"
        + post(1, "Morag_T", "My rye starter smells of nail varnish since we moved house.")
        + post(2, "crumbly_dave", "That acetone smell is a hungry starter. Feed it more often.")
        + post(3, "Priya_bakes", "Agreed, and keep it somewhere cooler for a week.")
        + "</div>"
    )
    doc = read(page(thread))
    assert body_text(doc) == "My rye starter smells of nail varnish since we moved house."
    assert [c.author for c in doc.comments] == ["crumbly_dave", "Priya_bakes"]
    # MyBB 1.8's poster's box: "div.post_author.scaleimages"
    doc = read(page(thread.replace("class='post_author'", "class='post_author scaleimages'")))
    assert [c.author for c in doc.comments] == ["crumbly_dave", "Priya_bakes"]


def subsilver_rows(number: int, who: str, when: str, text: str, row: int) -> str:
    """A post of phpBB 3.0's subsilver2: rows of the topic's one table."""
    return (
        f'<tr class="row{row}"><td align="center"><a name="p{number}"></a>'
        f'<b class="postauthor">{who}</b></td><td><table><tr><td class="gensmall">'
        f'<div style="float: left;"><b>Sujet du message:</b> <a href="#p{number}">Scie</a>'
        f'</div><div style="float: right;"><b>Posté:</b> {when}</div></td></tr></table>'
        f'</td></tr><tr class="row{row}"><td class="profile"><span class="postdetails">'
        "<b>Inscription:</b> Dim 04 Oct 2020 15:02<br><b>Messages:</b> 46</span></td>"
        f'<td><div class="postbody">{text}</div></td></tr><tr class="row{row}">'
        '<td class="profile"><a href="#wrapheader">Haut</a></td><td>Profil</td></tr>'
        '<tr><td class="spacer" colspan="2"></td></tr>'
    )


def test_phpbb_subsilver2_its_posts_rows_of_one_table():
    # (each post's rows from its anchor and its poster's name to the spacer: a post; the
    # first, the article, its closing words and name a paragraph each)
    thread = (
        '<table class="tablebg"><tr><th>Auteur</th><th>Message</th></tr>'
        + subsilver_rows(15822, "Bricoleur_72", "Mar 12 Mar 2024 20:41", "La lame part vers "
                         "la gauche dès que je refends.<br><br>Merci d'avance !<br>Julien", 1)
        + subsilver_rows(15823, "copeau_fou", "Mar 12 Mar 2024 21:10", "C'est la voie de la"
                         " lame, usée d'un côté.", 2)
        + subsilver_rows(15826, "Bricoleur_72", "Mer 13 Mar 2024 08:02", "Test fait : c'est "
                         "bien la lame.", 1)
        + "</table>"
    )  # fmt: skip
    doc = read(page(thread).replace("'en'", "'fr'"))
    assert (doc.author, doc.published) == ("Bricoleur_72", "2024-03-12")
    assert body_text(doc).split("\n\n") == [
        "La lame part vers la gauche dès que je refends.",
        "Merci d'avance !",
        "Julien",
    ]
    assert [(c.author, c.published) for c in doc.comments] == [
        ("copeau_fou", "2024-03-12"),
        ("Bricoleur_72", "2024-03-13"),
    ]
    assert comment_texts(doc) == [
        "C'est la voie de la lame, usée d'un côté.",
        "Test fait : c'est bien la lame.",
    ]


def test_a_storys_byline_its_h_entry_author_link_and_its_count_of_comments():
    # (Lobsters: "div.byline" holds the avatar, "a.u-author.h-card", the age and a link
    # "18 comments" to the story's own page)
    story = (
        '<div class="story_liner h-entry"><span class="link h-cite u-repost-of"><a class="u-url"'
        ' href="/s/q2/man_pages">Do you still write man pages?</a></span><div class="byline">'
        '<a href="/~wren"><img class="avatar" alt="wren avatar" src="w.png"></a>'
        '<a class="u-author h-card user_is_author" href="/~wren">wren</a> <time '
        'datetime="2024-03-14 09:41:27 -0500">2 years ago</time><span> | </span>'
        '<a role="heading" href="/s/q2/man_pages">2 comments</a></div></div>'
        '<div class="story_text e-content"><p>We have forty internal tools and no docs.</p></div>'
    )
    thread = (
        '<ol class="comments"><li class="comments_subtree"><div class="comment" id="c_1">'
        '<div class="details"><div class="byline"><a href="/~ann">ann</a> <time datetime='
        '"2024-03-14 10:00:00 -0500">2 years ago</time></div><div class="comment_text">'
        "<p>We write them in scdoc.</p></div></div></div></li>"
        '<li class="comments_subtree"><div class="comment" id="c_2"><div class="details">'
        '<div class="byline"><a href="/~bo">bo</a> <time datetime="2024-03-14 11:00:00 -0500">'
        '2 years ago</time></div><div class="comment_text"><p>Same here.</p></div></div>'
        "</div></li></ol>"
    )
    doc = read(page(story + thread))
    assert (doc.author, doc.comments_declared) == ("wren", 2)


def test_a_related_posts_heading_is_not_the_title_where_an_h1_shows_it_as_it_is():
    # (the h1 inside the main box a layout names "right-sidebar": the first "h2.post-title"
    # further down is a related post's, sharing a word with the title)
    html = (
        "<!DOCTYPE html><html lang='fr'><head><title>L'horloge de Morlanges sonne de nouveau"
        " - La Gazette</title><meta property='og:title' content=\"L'horloge de Morlanges "
        "sonne de nouveau\"></head><body><div class='main ts-contain right-sidebar'><article>"
        "<h1 class='is-title post-title'>L'horloge de Morlanges sonne de nouveau</h1><div "
        "class='post-content'><p>Après six ans de silence, l'horloge de l'église sonne de "
        "nouveau les heures depuis lundi midi.</p></div></article><div class='block-content'>"
        "<h2 class='is-title post-title'><a href='/lavoir'>Morlanges : le conseil vote la "
        "rénovation du lavoir</a></h2></div></div></body></html>"
    )
    assert read(html).title == "L'horloge de Morlanges sonne de nouveau"


def test_a_byline_word_in_a_box_of_its_own_glued_to_the_names_link():
    # (Newsup's author block: "<span>Door</span><a>NAME</a>" over the date, no space between)
    article = (
        "<article><h1 class='title single'>Schaapskooi krijgt weer een rieten dak</h1>"
        "<div class='media mg-info-author-block'><div class='media-body'><h4 class="
        "'media-heading'><span>Door</span><a href='/author/ilse/'>Ilse Bouwhuis</a></h4>"
        "<span class='mg-blog-date'>apr 12, 2024</span></div></div><div class='mg-blog-post'>"
        "<p>De schaapskooi op de Ruwe Heide krijgt na veertig jaar weer een rieten dak.</p>"
        "</div></article>"
    )
    doc = read(page(article).replace("'en'", "'nl'"))
    assert (doc.author, doc.published) == ("Ilse Bouwhuis", "2024-04-12")


def test_a_meta_rows_byline_word_glued_to_the_names_link():
    # (Blocksy's "ul.entry-meta": "li.meta-author" holds "<span>Door</span><a>NAME</a>")
    article = (
        "<article><h1 class='page-title'>Waarom een fietsbel vals gaat klinken</h1>"
        "<ul class='entry-meta'><li class='meta-author'><span>Door</span><a href="
        "'/author/sietske/' rel='author'><span>Sietske Brouwer</span></a></li><li class="
        "'meta-date'><time datetime='2024-03-11T16:45:00+01:00'>11 maart 2024</time></li>"
        "<li class='meta-comments'><a href='#comments'>2 reacties</a></li></ul><div class="
        "'entry-content'><p>Een fietsbel die vals klinkt, heeft bijna altijd "
        "een losse klankschaal of een versleten veer.</p></div></article>"
    )
    doc = read(page(article).replace("'en'", "'nl'"))
    assert (doc.author, doc.published) == ("Sietske Brouwer", "2024-03-11")


_LINKEDIN_ARTICLE = (
    "<article><h1>Warum wir keine Aufmaßtermine mehr am Telefon vergeben</h1>{series}"
    "<div class='article-main__content'><p>Bis letzten Herbst lief bei uns jeder Aufmaßtermin "
    "über das Telefon im Büro, und das kostete uns jede Woche sechs Stunden.</p></div>"
    "</article>"
)


@pytest.mark.parametrize(
    "series, json_ld",
    [
        # the newsletter named in JSON-LD, the article "isPartOf" it; LinkedIn the publisher
        (
            "",
            '{"@context": "https://schema.org", "@type": "Article", "headline": "Warum", '
            '"publisher": {"@type": "Organization", "name": "LinkedIn"}, "isPartOf": '
            '{"@type": "CreativeWorkSeries", "name": "Werkbank Digital"}}',
        ),
        # the newsletter named only by the link to its page, in its box over the article
        (
            "<div class='newsletter-embed__details'><h2 class='newsletter-embed__title'><a "
            "href='https://www.linkedin.com/newsletters/werkbank-digital-7089'>Werkbank "
            "Digital</a></h2></div>",
            '{"@context": "https://schema.org", "@type": "Article", "headline": "Warum", '
            '"publisher": {"@type": "Organization", "name": "LinkedIn"}}',
        ),
    ],
)
def test_a_linkedin_newsletters_issue_names_the_newsletter_for_its_site(series, json_ld):
    html = page(_LINKEDIN_ARTICLE.format(series=series)).replace(
        "</head>",
        "<meta property='og:site_name' content='LinkedIn'><script type='application/ld+json'>"
        f"{json_ld}</script></head>",
    )
    assert read(html).site == "Werkbank Digital"


def test_the_posts_text_box_with_a_spacing_class_naming_a_side_is_no_sidebar():
    # (tagDiv's Newsmag: "div.td-post-content.td-pb-padding-side", its "side" a spacing's)
    article = (
        "<article class='post type-post'><h1 class='entry-title'>Reabre el lavadero</h1>"
        "<div class='td-post-content td-pb-padding-side'><p>El lavadero del Arrabal, uno de los "
        "pocos que se conservan cubiertos en toda la comarca, volvió a abrir sus puertas este "
        "miércoles después de tres años cerrado.</p><p>La alcaldesa cortó la cinta a mediodía "
        "ante unos ochenta vecinos, que llenaron la plaza del barrio.</p></div></article>"
        "<div class='td-pb-span4 td-main-sidebar'><aside class='widget'><h4>Lo más leído</h4>"
        "<ul>"
        + "".join(
            f"<li><a href='/{n}'>La fuente número {n} de la comarca vuelve a manar tras la "
            "limpieza del acuífero</a></li>"
            for n in range(8)
        )
        + "</ul></aside></div>"
    )
    doc = read(page(article).replace("'en'", "'es'"))
    assert [doc.text[start:end][:14] for start, end in doc.paragraphs] == [
        "El lavadero de",
        "La alcaldesa c",
    ]


def test_a_window_title_with_a_colon_that_the_page_shows_whole_is_the_title():
    # (no heading, no og:title: an old forum's thread title in bold; "Blog: Title" cut only
    # where the page shows the title alone)
    html = (
        "<!DOCTYPE html><html lang='it'><head><title>Necchi anni '70: il filo si aggroviglia"
        " sotto la stoffa</title></head><body><div class='navigation'><a href='/'>Forum del"
        " Cucito</a></div><table><tr><td><strong>Necchi anni '70: il filo si aggroviglia sotto"
        " la stoffa</strong></td></tr></table><div><p>Ho ereditato da mia zia una Necchi degli"
        " anni Settanta, tenuta benissimo, che cuce dritto senza problemi.</p></div></body></html>"
    )
    assert read(html).title == "Necchi anni '70: il filo si aggroviglia sotto la stoffa"


def test_oceanwp_comments_their_name_beside_the_date_and_their_text_in_a_comment_entry():
    # OceanWP's own callback: "div.comment-author" holds the name, the date and the reply
    # link together; the text sits in "div.comment-entry" (named as a comment would be)
    def said(number: int, who: str, when: str, text: str, replies: str = "") -> str:
        return (
            f"<li id='comment-{number}' class='comment-container'>"
            "<article class='comment comment-body'><div class='comment-content'>"
            f"<div class='comment-author'><span class='comment-link'>{who} </span>"
            f"<span class='comment-meta commentmetadata'><span class='comment-date'>{when}"
            f"</span><a class='comment-reply-link' href='?replytocom={number}#respond'>"
            "Reply</a></span></div><div class='clr'></div>"
            f"<div class='comment-entry'><div class='comment-content'><p>{text}</p></div>"
            "</div></div></article>"
            + (f"<ol class='children'>{replies}</ol>" if replies else "")
            + "</li>"
        )

    comments = (
        "<section id='comments' class='comments-area'><h3 class='comments-title'>2 comments"
        "</h3><ol class='comment-list'>"
        + said(
            1,
            "Henk de Bruin",
            "May 14, 2024",
            "Which brand of linseed paint did you use in the end?",
            said(
                2, "Marloes Verbeek", "May 15, 2024", "A small maker in Friesland, mixed to order."
            ),
        )
        + "</ol></section>"
    )
    doc = read(page(ARTICLE, comments))
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Henk de Bruin", "2024-05-14", None),
        ("Marloes Verbeek", "2024-05-15", 0),
    ]
    assert comment_texts(doc)[1] == "A small maker in Friesland, mixed to order."


def test_a_coral_thread_saved_in_a_declarative_shadow_root_and_its_in_reply_to_labels():
    # SingleFile writes a widget's shadow root into the page as <template shadowrootmode>;
    # Coral labels a reply "In reply to" beside the name it answers
    def coral(n: int, who: str, when: str, text: str, to: str = "", replies: str = "") -> str:
        label = (
            "<div class='coral coral-comment-inReplyTo'><span class='coral "
            f"coral-comment-inReplyToText'>In reply to</span> <span class='coral "
            f"coral-comment-inReplyToUsername'>{to}</span></div>"
            if to
            else ""
        )
        return (
            f"<div class='css-CommentContainer-root'><div role='article' id='comment-{n}' "
            "class='coral coral-comment'><div class='coral coral-comment-topBar'>"
            f"<span class='coral coral-username coral-comment-username'>{who}</span>"
            f"<time datetime='{when}T10:00:00Z' class='coral coral-timestamp'>3 days ago</time>"
            f"</div>{label}<div class='coral coral-content coral-comment-content'>{text}</div>"
            "<button class='coral coral-comment-replyButton'>Reply</button></div>"
            + (f"<div role='log' class='css-ReplyList-root'>{replies}</div>" if replies else "")
            + "</div>"
        )

    thread = (
        "<div id='coral_thread'><template shadowrootmode='open'><div id='coral' "
        "class='coral coral-stream'>"
        + coral(
            1,
            "OldTownDad",
            "2024-03-18",
            "Will the playground stay open while the pavilion is fenced off?",
            replies=coral(
                2, "Dana W", "2024-03-19", "It stays open, the parks office says.", "OldTownDad"
            ),
        )
        + "</div></template></div>"
        "<template><p>A template no one sees until a script copies it.</p></template>"
    )
    doc = read(page(ARTICLE, thread))
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("OldTownDad", "2024-03-18", None),
        ("Dana W", "2024-03-19", 0),
    ]
    assert comment_texts(doc)[1] == "It stays open, the parks office says."
    assert "no one sees" not in doc.text


def test_a_discourse_topics_link_card_and_its_json_ld_count_of_posts_are_no_comment_text():
    # a reply ending with a link's preview card (Discourse's "aside.onebox": the linked page's
    # title and blurb), and JSON-LD's commentCount on the topic, which counts its posts
    card = (
        "<aside class='onebox allowlistedgeneric'><header class='source'>"
        "<a href='https://parts.example/guide'>parts.example</a></header>"
        "<article class='onebox-body'><h3><a href='https://parts.example/guide'>Drain pump"
        " removal, step by step</a></h3><p>Swap your dishwasher's pump in twenty minutes.</p>"
        "</article></aside>"
    )
    posts = (
        _discourse_post(1, "klaus_r", "My dishwasher shows E24 although the sump is clean.")
        + _discourse_post(
            2, "harald_s", "Check the pump from below. It is described here:"
        ).replace("</p></div>", f"</p>{card}</div>")
        + _discourse_post(3, "berni", "Or the non-return valve: mine was stuck with a splinter.")
    )
    html = page(
        "<div id='topic-title'><h1>Dishwasher shows E24</h1></div>",
        f"<div class='post-stream'>{posts}</div>",
        head="<title>Dishwasher shows E24</title><script type='application/ld+json'>"
        '{"@context": "http://schema.org", "@type": "DiscussionForumPosting",'
        ' "headline": "Dishwasher shows E24", "commentCount": 3}</script>',
    )
    doc = read(html)
    assert [c.author for c in doc.comments] == ["harald_s", "berni"]
    assert comment_texts(doc)[0] == "Check the pump from below. It is described here:"
    assert doc.comments_declared is None


def test_a_title_shown_whole_as_the_heading_keeps_its_part_after_the_colon_a_subheading_repeats():
    # og:title "TITLE: Wer eingezogen ist", the h1 the same, and an h2 "Wer eingezogen ist"
    # in the text: no "Site: TITLE" to cut
    title = "Zwei Jahre Nisthilfe an der Grundschule: Wer eingezogen ist"
    html = page(
        f"<article><h1 class='article-title'>{title}</h1>"
        "<p>Als uns die Grundschule im Frühjahr 2022 fragte, ob wir eine Nisthilfe bauen,"
        " sagten wir sofort zu.</p><h2>Wer eingezogen ist</h2>"
        "<p>Am häufigsten war die Rostrote Mauerbiene, gefolgt von der Gehörnten.</p></article>",
        head=f"<title>{title}</title><meta property='og:title' content='{title}'>",
    )
    doc = read(html)
    assert doc.title == title
    assert body_text(doc).startswith("Als uns die Grundschule")


def test_ghosts_comments_saved_in_their_frame_their_text_ps_inside_a_p_and_an_initial_in_a_name():
    # Ghost's comments-ui as SingleFile saves it: the frame's page in srcdoc, each comment's
    # own <p>s inside its "p.gh-comment-content" (the parser closes that box empty), the
    # name an <h4> ("Marloes V.") over a date in a tooltip
    def ghost(who: str, when: str, *text: str) -> str:
        paras = "".join(f"<p>{t}</p>" for t in text)
        return (
            "<div class='flex w-full flex-row' data-testid='comment-component'><div class='grow'>"
            f"<div class='mb-2 flex items-start'><div><h4 class='font-sans text-[17px] font-bold'>"
            f"{who}</h4><div class='flex items-baseline'><span title='{when} 21:12'>2 maanden "
            "geleden</span></div></div></div><div class='mb-2 flex flex-row'>"
            "<p class='gh-comment-content font-sans' data-testid='comment-content'>"
            f"{paras}</p></div><div class='flex gap-5'><button data-testid='reply-button'>"
            "Beantwoorden</button></div></div></div>"
        )

    frame = (
        "<!DOCTYPE html><html><body><section data-testid='comments-section'>"
        + ghost("Jan Bosman", "14 Mar 2024", "Elf bezoekers per middag, en dan stoppen?")
        + ghost("Marloes V.", "15 Mar 2024", "Mijn dochter vond de bus het mooiste.", "Echt.")
        + "</section></body></html>"
    )
    srcdoc = frame.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    doc = read(page(ARTICLE, f'<iframe title="comments-frame" srcdoc="{srcdoc}"></iframe>'))
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Jan Bosman", "2024-03-14"),
        ("Marloes V.", "2024-03-15"),
    ]
    assert comment_texts(doc)[1] == "Mijn dochter vond de bus het mooiste.\n\nEcht."


def _nodebb_post(index: int, user: str, content: str) -> str:
    return (
        f"<li component='post' data-index='{index}' data-username='{user}'"
        + (" itemprop='comment' itemscope itemtype='http://schema.org/Comment'>" if index else ">")
        + "<meta itemprop='datePublished' content='2024-03-14T18:47:12.431Z'>"
        "<div class='post-container'>"
        "<div class='post-header' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        f"<meta itemprop='name' content='{user}'>"
        f"<a class='fw-bold' href='/user/{user}' data-username='{user}'>{user}</a>"
        "<span class='text-muted'>wrote <a href='/post/1' class='timeago'"
        " title='2024-03-14T19:32:05.870Z'>5 days ago</a></span></div>"
        f"<div class='content' component='post/content' itemprop='text'>{content}</div>"
        "</div></li>"
    )


def test_nodebbs_said_in_line_and_its_quotation_are_no_part_of_the_reply_nor_its_author():
    quote = (
        "<p dir='auto'><a class='plugin-mentions-user' href='/uid/77'>@pondweed</a> said in"
        " <a href='/post/2'>Greenhouse thermostat drops off at night</a>:</p>"
        "<blockquote><p dir='auto'>Is one of the plugs on a timer?</p></blockquote>"
        "<p dir='auto'>It is: the hall socket switches the fairy lights off at half past one.</p>"
    )
    posts = (
        _nodebb_post(0, "tobi_k", "<p>My greenhouse thermostat drops off the network every night"
                     " at about two and comes back at seven. What should I check?</p>")
        + _nodebb_post(1, "pondweed", "<p>Is one of the plugs on a timer?</p>")
        + _nodebb_post(2, "tobi_k", quote)
    )  # fmt: skip
    html = page(
        "<h1 component='post/header'>Greenhouse thermostat drops off at night</h1>",
        "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
        f"<ul component='topic' class='posts timeline'>{posts}</ul></div>",
    )
    doc = read(html)
    assert [c.author for c in doc.comments] == ["pondweed", "tobi_k"]
    assert comment_texts(doc)[1] == (
        "It is: the hall socket switches the fairy lights off at half past one."
    )
    # (the first post marked a comment too, as NodeBB 3 marks every post: its data-index
    # of 0 says it is the topic's first, the article)
    marked = html.replace(
        "data-username='tobi_k'>",
        "data-username='tobi_k' itemprop='comment' itemscope itemtype='http://schema.org/Comment'>",
        1,
    )
    doc = read(marked)
    assert doc.author == "tobi_k" and [c.author for c in doc.comments] == ["pondweed", "tobi_k"]


def _forumfree_post(number: int, user: str, when: str, text: str) -> str:
    return (
        f"<li id='ee{number}' class='post'><div class='post' id='entry{number}'>"
        "<table class='color'><tr class='top'><td class='left Item'><div class='nick'>"
        f"<a href='/?act=Profile&amp;MID={number}' title='Profilo di {user}'>{user}</a></div></td>"
        f"<td class='right Item'><div class='title2 top'><span class='when'>Inviato il {when}</span>"
        f"<span class='postnum'><a href='#entry{number}'>#{number % 10}</a></span></div></td></tr>"
        "<tr class='center'><td class='left Sub Item'><div class='details'>"
        "<div class='u_group'><b>Group:</b> Member</div><div class='u_posts'><b>Posts:</b> 48</div>"
        "</div></td><td class='right Item'><table><tr><td class='Item'>"
        f"<div class='color'>{text}</div>"
        "<div class='signature'><i>Sempre in giardino</i></div></td></tr></table></td></tr>"
        "</table></div></li>"
    )


def test_a_forumfree_topic_its_first_post_the_article_and_its_quote_head_no_text():
    posts = (
        _forumfree_post(1, "Lucia.B", "14/5/2024, 18:42", "Ho trovato due piccoli di merlo a"
                        " terra sotto la siepe. Devo rimetterli nel nido o lasciarli lì?")
        + _forumfree_post(2, "Gufo_Reale", "14/5/2024, 19:10", "Lasciali dove sono: i genitori"
                          " li nutrono anche a terra.")
        + _forumfree_post(3, "Lucia.B", "14/5/2024, 20:02", "<div class='quote_top'><b>CITAZIONE"
                          "</b> (Gufo_Reale @ 14/5/2024, 19:10)</div><div class='quote'>Lasciali"
                          " dove sono.</div>Va bene, allora il gatto resta in casa.")
    )  # fmt: skip
    html = page(
        "<div class='mtitle'><h1>Piccoli di merlo caduti dal nido</h1></div>",
        f"<ol class='list' id='posts_list'>{posts}</ol>",
        head="<title>Piccoli di merlo caduti dal nido</title>",
    )
    doc = read(html)
    assert (doc.author, doc.published) == ("Lucia.B", "2024-05-14")
    assert body_text(doc).startswith("Ho trovato due piccoli di merlo")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Gufo_Reale", "2024-05-14"),
        ("Lucia.B", "2024-05-14"),
    ]
    assert comment_texts(doc)[1] == "Va bene, allora il gatto resta in casa."


def _twenty_nineteen(number: int, who: str, text: str, replies: str = "") -> str:
    children = f"<ol class='children'>{replies}</ol>" if replies else ""
    return (
        f"<li id='comment-{number}' class='comment even depth-1{' parent' if replies else ''}'>"
        f"<article id='div-comment-{number}' class='comment-body'><footer class='comment-meta'>"
        f"<div class='comment-author vcard'><b class='fn'>{who}</b>"
        " <span class='screen-reader-text says'>says:</span></div>"
        "<div class='comment-metadata'><a href='#'><time datetime='2023-10-21T19:42:11+02:00'>"
        "October 21, 2023 at 7:42 pm</time></a></div></footer>"
        f"<div class='comment-content'><p>{text}</p></div></article>"
        # (its reply button outside the comment's body, between it and the replies)
        "<div class='comment-reply'><a rel='nofollow' class='comment-reply-link' href='#'>"
        f"Reply</a></div>{children}</li>"
    )


def test_twenty_nineteen_s_reply_button_between_a_comment_and_its_replies_keeps_the_thread():
    thread = (
        "<ol class='comment-list'>"
        + _twenty_nineteen(1, "Maite Soler", FIRST, _twenty_nineteen(2, "Lucía Ferrándiz", SECOND))
        + _twenty_nineteen(3, "Andrés Colomer", THIRD)
        + "</ol>"
    )
    doc = read(page(ARTICLE, f"<div id='comments' class='comments-area'>{thread}</div>"))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Maite Soler", None),
        ("Lucía Ferrándiz", 0),
        ("Andrés Colomer", None),
    ]
    assert comment_texts(doc) == [FIRST, SECOND, THIRD]


def _bbpress_post(number: int, position: int, who: str, when: str, text: str) -> str:
    kind = "topic type-topic" if position == 1 else "reply type-reply"
    return (
        f"<div id='post-{number}' class='bbp-reply-header'><div class='bbp-meta'>"
        f"<span class='bbp-reply-post-date'>{when}</span>"
        f"<a href='#post-{number}' class='bbp-reply-permalink'>#{number}</a></div></div>"
        f"<div class='loop-item-{position - 1} bbp-parent-topic-41 bbp-reply-position-{position}"
        f" post-{number} {kind} status-publish hentry'>"
        f"<div class='bbp-reply-author'><a href='/forums/users/{who}/' class='bbp-author-link'>"
        f"<span class='bbp-author-name'>{who}</span></a></div>"
        f"<div class='bbp-reply-content'><p>{text}</p>"
        f"<ul class='bbp-reply-revision-log'><li>This reply was modified 1 year ago by {who}."
        "</li></ul></div></div>"
    )


def test_a_bbpress_topic_its_first_post_the_article_each_reply_dated_by_the_header_before_it():
    posts = (
        _bbpress_post(41, 1, "marisa_l", "March 14, 2024 at 9:12 pm", FIRST)
        + _bbpress_post(44, 2, "tomas_i", "March 14, 2024 at 10:40 pm", SECOND)
        + _bbpress_post(47, 3, "carmen_r", "March 15, 2024 at 8:05 am", THIRD)
    )
    html = page(
        "<h1 class='entry-title'>Damp walls since the new windows</h1>",
        "<ul id='topic-41-replies' class='forums bbp-replies'><li class='bbp-header'>"
        "<div class='bbp-reply-author'>Author</div><div class='bbp-reply-content'>Posts</div>"
        f"</li><li class='bbp-body'>{posts}</li></ul>",
    )
    doc = read(html)
    assert (doc.author, doc.published) == ("marisa_l", "2024-03-14")
    assert "was modified" not in doc.text  # (its revision log, under each post)
    assert [(c.author, c.published) for c in doc.comments] == [
        ("tomas_i", "2024-03-14"),
        ("carmen_r", "2024-03-15"),
    ]
    assert comment_texts(doc) == [SECOND, THIRD]


def _garland_comment(number: int, submitted: str, text: str, replies: str = "") -> str:
    below = f"<div class='indented'>{replies}</div>" if replies else ""
    return (
        f"<a id='comment-{number}'></a><div class='comment clear-block'>"
        f"<h3><a href='/node/7#comment-{number}'>{text[:22]}</a></h3>"
        f"<div class='submitted'>{submitted}</div>"
        f"<div class='content'><p>{text}</p></div>"
        "<div class='links'><ul class='links'><li class='comment_reply'>"
        f"<a href='/comment/reply/7/{number}'>antwoorden</a></li></ul></div></div>{below}"
    )


def test_a_drupal_6_garland_node_its_date_dash_name_bylines_files_and_links():
    # Garland writes "DATE — NAME" over the node and over each comment, a guest's name
    # marked "(niet geverifieerd)"; the node's subheading trafilatura leaves out is put
    # back, its table of attached files and its "add new comment" link are no body
    node = (
        "<h2>Drie dagen natuurijs aan de Molenweg</h2><div id='node-7' class='node'>"
        "<span class='submitted'>ma, 15/01/2024 - 20:40 — "
        "<a href='/gebruikers/g.hoekstra' title='Gebruikersprofiel weergeven.'>g.hoekstra</a>"
        "</span><div class='content clear-block'>"
        "<p>Van vrijdagmiddag tot zondagavond konden we op onze eigen baan schaatsen, voor het "
        "eerst in drie jaar, en het hele dorp kwam kijken.</p>"
        "<h3>Wat ging er goed</h3>"
        "<ul><li>De koek-en-zopie was alle drie de dagen open, dankzij twaalf vrijwilligers.</li>"
        "<li>Er kwamen zesentachtig nieuwe leden bij, vooral jonge gezinnen.</li></ul>"
        "<p>Er ging ook wat mis: het parkeren op de Molenweg was zaterdag een chaos, en "
        "daarvoor bieden we onze excuses aan.</p>"
        "<table id='attachments' class='sticky-enabled'><thead><tr><th>Bijlage</th>"
        "<th>Grootte</th></tr></thead><tbody><tr><td><a href='/files/ijs.pdf'>ijs.pdf</a></td>"
        "<td>84.2 KB</td></tr></tbody></table></div>"
        "<div class='links'><ul class='links inline'><li class='comment_add'>"
        "<a href='/comment/reply/7#comment-form'>Nieuwe reactie toevoegen</a></li></ul></div>"
        "</div>"
    )
    thread = "<div id='comments'><h2 class='comments'>Reacties</h2>" + (
        _garland_comment(
            21,
            "ma, 15/01/2024 - 21:12 — Marieke Dijkstra (niet geverifieerd)",
            "Mijn dochters stonden voor het eerst op echt natuurijs en wilden niet meer naar huis.",
            _garland_comment(
                22,
                "di, 16/01/2024 - 08:15 — <a href='/gebruikers/g.hoekstra'>g.hoekstra</a>",
                "Dank je, dat horen de ijsmeesters graag; ze hebben twee nachten doorgewerkt.",
            ),
        )
        + "</div>"
    )
    doc = read(page(node, thread).replace("lang='en'", "lang='nl'"))
    assert (doc.author, doc.published) == ("g.hoekstra", "2024-01-15")
    body = body_text(doc)
    assert "Wat ging er goed" in body
    assert "Bijlage" not in body and "ijs.pdf" not in body and "reactie toevoegen" not in body
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Marieke Dijkstra", "2024-01-15", None),
        ("g.hoekstra", "2024-01-16", 0),
    ]


def _contao_comment(number: int, who: str, when: str, text: str, answer: str = "") -> str:
    reply = (
        f"<div class='reply'><p class='info'>Antwort von Jana Roth</p>"
        f"<div class='comment'><p>{answer}</p></div></div>"
        if answer
        else ""
    )
    return (
        f"<div class='comment_default' id='c{number}'><p class='info'>Kommentar von {who}"
        f"<span class='date'> | <time datetime='{when}T08:14:00+01:00' class='date'>"
        f"{when}</time></span></p><div class='comment'>{text}</div>{reply}</div>"
    )


def test_contaos_news_its_comments_the_sites_answers_in_them_and_the_count_in_its_byline():
    deck = "Der Verein hat die alte Brücke über den Mühlbach selbst erneuert, in drei Wochenenden."
    article = (
        "<div class='layout_full block'><h1>Neue Brücke am Mühlbach</h1>"
        "<p class='info'><time datetime='2024-02-27T06:30:00+01:00'>27.02.2024 06:30</time>"
        " von Jana Roth (3 Kommentare)</p>"
        f"<h2>{deck}</h2><div class='ce_text block'>"
        "<p>Zwölf Mitglieder haben an drei Wochenenden die morschen Bohlen ersetzt und das "
        "Geländer neu gestrichen, das Holz kam aus dem Gemeindewald.</p>"
        "<p>Die Gemeinde hat die Brücke am Montag abgenommen, sie ist wieder für alle offen.</p>"
        "</div></div>"
    )
    quote = "<div class='quote'><p>Tom Keller hat geschrieben:</p>Wer hat das bezahlt?</div>"
    thread = (
        "<div class='ce_comments block'><h2>Kommentare</h2>"
        + _contao_comment(
            1, "Tom Keller", "2024-02-27", f"<p>{FIRST}</p>", "Das Holz kam vom Forstamt."
        )
        + _contao_comment(2, "Anna Berg", "2024-02-28", f"{quote}<p>{SECOND}</p>")
        + _contao_comment(3, "Lutz", "2024-02-29", f"<p>{THIRD}</p>")
        + "</div>"
    )
    head = f"<title>Neue Brücke</title><meta name='description' content='{deck}'>"
    doc = read(page(article, thread, head).replace("lang='en'", "lang='de'"))
    assert (doc.author, doc.comments_declared) == ("Jana Roth", 3)
    assert deck not in body_text(doc)  # (the subheadline under the byline's row: a standfirst)
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Tom Keller", "2024-02-27", None),
        ("Jana Roth", None, 0),
        ("Anna Berg", "2024-02-28", None),
        ("Lutz", "2024-02-29", None),
    ]
    assert comment_texts(doc) == [FIRST, "Das Holz kam vom Forstamt.", SECOND, THIRD]


def test_a_meta_rows_byline_and_its_link_to_the_comments_one_item_after_the_other():
    # (Chaplin's ul.post-meta: the date, "Von NAME", "8 Kommentare", each an li of its own)
    article = (
        "<header class='entry-header'><h1 class='entry-title'>Bilanz der Nistkästen</h1>"
        "<ul class='post-meta'><li class='post-date'><span class='meta-text'>8. Januar 2024"
        "</span></li><li class='post-author meta-wrapper'><span class='meta-text'>Von "
        "<a href='/autor/jonas/'>Jonas Weidig</a></span></li><li class='post-comment-link "
        "meta-wrapper'><span class='meta-text'><a href='#comments'>8 Kommentare</a></span>"
        "</li></ul></header><div class='entry-content'><p>Von zwölf Nistkästen am Hohlweg "
        "waren im letzten Jahr neun besetzt, die meisten von Kohlmeisen.</p></div>"
    )
    doc = read(page(article).replace("lang='en'", "lang='de'"))
    assert (doc.author, doc.published) == ("Jonas Weidig", "2024-01-08")


def _enfold_comment(number: int, who: str, text: str, children: str = "") -> str:
    replies = f"<ul class='children'>{children}</ul>" if children else ""
    return (
        f"<li class='comment depth-1' id='li-comment-{number}'><div id='comment-{number}'>"
        "<article><div class='comment_content'><header class='comment-header'>"
        f"<cite class='author_name heading'><cite class='comment_author_name'>{who}</cite>"
        "</cite> <span class='says'>sagt:</span><div class='comment-meta commentmetadata'>"
        f"<a href='#comment-{number}'><time datetime='2024-04-16T19:12:00+02:00'>"
        "16. April 2024 um 19:12</time></a></div></header>"
        f"<div class='comment_text entry-content-wrapper clearfix'><p>{text}</p>"
        "<span class='comment_reply'><a class='comment-reply-link' href='#'>Antworten</a>"
        f"</span></div></div></article></div>{replies}</li>"
    )


def test_enfolds_comment_section_its_count_box_and_its_pingback_list_are_no_comments():
    # Enfold names the box round the whole thread "comment-entry", and the box counting
    # it "side-container-comment" ("12 Antworten"); its pings stand in "ol.pingbacklist"
    section = (
        "<div class='comment-entry post-entry'><div class='comment_meta_container'>"
        "<div class='side-container-comment'><div class='side-container-comment-inner'>"
        "<span class='comment-count'>2</span> <span class='comment-text'>Antworten</span>"
        "</div></div></div><div class='comment_container'><ol class='commentlist' id='comments'>"
        + _enfold_comment(11, "Jürgen Wallrabe", FIRST, _enfold_comment(12, "Sabine", SECOND))
        + "</ol><h4 id='pingback_heading'>Trackbacks &amp; Pingbacks</h4>"
        "<ol class='pingbacklist'><li id='comment-13'><a href='https://example.org/ziegel/' "
        "class='url'>Alte Ziegel im Garten | Gartennotizen</a><ul><li>[&#8230;] eine schöne "
        "Kräuterspirale [&#8230;]</li></ul></li></ol>"
        "<div class='comment_container'><h3 class='miniheading'>Hinterlasse einen Kommentar</h3>"
        "<span class='minitext'>An der Diskussion beteiligen?<br>Hinterlasse uns deinen "
        "Kommentar!</span></div></div></div>"
    )
    doc = read(page(ARTICLE, section).replace("lang='en'", "lang='de'"))
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Jürgen Wallrabe", None),
        ("Sabine", 0),
    ]
    assert comment_texts(doc) == [FIRST, SECOND]


def _dev_comment(number: int, who: str, joined: str, day: str, text: str) -> str:
    card = (
        f"<div class='profile-preview-card__content crayons-dropdown'><span>{who}</span>"
        "<ul class='key-value-list'><li><div class='key'>Joined</div><div class='value'>"
        f"<time datetime='{joined}T00:00:00Z' class='date'>{joined}</time></div></li></ul></div>"
    )
    return (
        f"<div id='comment-node-{number}' class='comment single-comment-node root'>"
        "<div class='comment__header'><a class='crayons-link'>"
        f"<span class='js-comment-username'>{who}</span></a>{card}<span>•</span>"
        f"<a class='comment-date'><time datetime='{day}T10:21:35Z' class='date-no-year'>"
        f"Mar {int(day[-2:])}</time></a></div>"
        f"<div class='comment__body text-styles body'><p>{text}</p></div>"
        "</div>"
    )


def test_a_dev_posts_comments_dated_by_their_own_time_not_the_joined_date_in_the_posters_card():
    thread = (
        "<div class='reactions'><span class='crayons-reaction__count'>48</span></div>"
        "<section id='comments'><header><h2 class='crayons-subtitle-1'>Top comments (2)</h2>"
        "</header><div class='comments comment-trees'>"
        + _dev_comment(1, "Marco Rossi", "2020-02-02", "2024-03-14", FIRST)
        + _dev_comment(2, "Priya Nair", "2019-06-17", "2024-03-15", SECOND)
        + "</div></section>"
    )
    doc = read(page(ARTICLE, thread))
    assert doc.comments_declared == 2
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Marco Rossi", "2024-03-14"),
        ("Priya Nair", "2024-03-15"),
    ]


def _spip_comment(number: int, utc: str, shown: str, who: str, text: str) -> str:
    return (
        f"<li class='comment-li'><div class='comment hreview'><a id='comment{number}'></a>"
        f"<p class='comment-meta'><a class='permalink' href='#forum{number}'>#</a> "
        f"<abbr class='dtreviewed' title='{utc}'>{shown}</abbr><span class='item reviewer "
        f"vcard'>, par <strong class='fn n'>{who}</strong></span></p>"
        f"<div class='comment-content description'><div class='comment-texte'><p>{text}</p>"
        "</div></div></div></li>"
    )


def test_a_spip_article_its_byline_row_no_body_and_a_comment_dated_as_the_page_shows_it():
    article = (
        "<div class='main'><h1 class='h1'>Cantine scolaire : le tout local</h1>"
        "<p class='info-publi'><abbr class='published' title='2024-03-14T05:30:00Z'>jeudi 14 "
        "mars 2024</abbr><span class='sep'>, </span><span class='auteurs'>par <span "
        "class='vcard author'><a class='url fn' href='/Claire-Vasseur'>Claire Vasseur</a>"
        "</span></span><span class='sep'> | </span><a href='#comments'>2&nbsp;commentaires</a>"
        "</p><div class='texte'><p>Depuis janvier, les repas de l'école sont cuisinés sur place "
        "avec des produits venus de moins de cinquante kilomètres.</p><p>La mairie prend le "
        "surcoût sur le budget des fêtes communales, qui passe de trois à deux.</p></div></div>"
    )
    thread = (
        "<div class='comments'><h2 class='h2'>Vos commentaires</h2><ul class='comments-ul'>"
        + _spip_comment(1, "2024-03-14T06:52:00Z", "Le 14 mars à 07:52", "Sylvie D.", FIRST)
        # (a quarter past midnight in Paris is still the day before in UTC)
        + _spip_comment(2, "2024-03-15T23:20:00Z", "Le 16 mars à 00:20", "Anne Roux", SECOND)
        + "</ul></div>"
    )
    head = "<title>Cantine scolaire : le tout local</title>"
    doc = read(page(article, thread, head).replace("lang='en'", "lang='fr'"))
    assert (doc.author, doc.published) == ("Claire Vasseur", "2024-03-14")
    assert body_text(doc).startswith("Depuis janvier")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Sylvie D.", "2024-03-14"),
        ("Anne Roux", "2024-03-16"),
    ]


def test_a_documentation_themes_permalink_sign_in_a_heading_is_no_part_of_the_title():
    article = (
        "<article><h1 id='trois-hivers'>Trois hivers de capteurs<a class='headerlink' "
        "href='#trois-hivers' title='Lien permanent'>&para;</a></h1>"
        "<p>Nous avons posé des capteurs de CO2 dans six salles de classe, et relevé les "
        "mesures pendant trois hivers.</p><h2 id='materiel'>Le matériel<a class='headerlink' "
        "href='#materiel'>&para;</a></h2><p>Chaque capteur coûte une quarantaine d'euros et "
        "tient sur une pile pendant tout un trimestre.</p></article>"
    )
    doc = read(page(article, head="<title>Trois hivers de capteurs - Le Labo</title>"))
    assert doc.title == "Trois hivers de capteurs"
    assert "¶" not in doc.text


def _avada_comment(number: int, who: str, when: str, text: str) -> str:
    return (
        f"<li class='comment depth-1' id='comment-{number}'><div class='the-comment'>"
        "<div class='avatar'><img alt='' src='a.png' class='avatar photo'></div>"
        "<div class='comment-box'><div class='comment-author meta'>"
        f"<strong>{who}</strong>\n{when}<a rel='nofollow' class='comment-reply-link' "
        f"href='#comment-{number}'> - Rispondi</a></div>"
        f"<div class='comment-text'><p>{text}</p></div></div></div></li>"
    )


def test_avadas_byline_row_dates_the_post_past_its_hidden_update_and_names_each_commenter():
    article = (
        "<article><h1>La bilancia della drogheria torna a pesare</h1>"
        "<div class='fusion-meta-info'><div class='fusion-meta-info-wrapper'>Di <span "
        "class='vcard'><span class='fn'><a href='/author/luca/' rel='author'>Luca Bertolazzi"
        "</a></span></span><span class='fusion-inline-sep'>|</span><span class='updated "
        "rich-snippet-hidden'>2024-03-20T09:41:07+01:00</span><span>marzo 12th, 2024</span>"
        "<span class='fusion-inline-sep'>|</span><a href='/category/restauri/' rel='category'>"
        "Restauri</a></div></div><p>Ho smontato la vecchia bilancia a bilico della drogheria, "
        "pulito i coltelli d'acciaio e rifatto il piatto in legno di noce.</p></article>"
    )
    thread = (
        "<div id='comments' class='comments-container'><ol class='commentlist'>"
        + _avada_comment(1, "Marisa Fontanot", "12 marzo 2024 alle 21:14", FIRST)
        + _avada_comment(2, "Franco Mezzadri", "13 marzo 2024 alle 08:02", SECOND)
        + "</ol></div>"
    )
    doc = read(page(article, thread).replace("lang='en'", "lang='it'"))
    assert (doc.author, doc.published) == ("Luca Bertolazzi", "2024-03-12")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Marisa Fontanot", "2024-03-12"),
        ("Franco Mezzadri", "2024-03-13"),
    ]


def test_a_threads_toolbar_and_page_numbers_are_no_body_nor_its_title_run_into_its_text():
    # (vBulletin 5: the filter bar and "Pagina 1 di 1" over the posts, the opening post's
    # headline and text in one list item, its row of buttons under it)
    post = (
        "<h1>Robot tosaerba fermo</h1>"
        "<div class='conversation-content'><div class='conversation-toolbar-height-shim'>"
        "<ul class='toolset-left'><li><label>Filtro:</label><span class='filter-text'>Tutti"
        "</span></li></ul></div><div class='js-pagenav pagenav'><span>Pagina</span> "
        "<input value='1'> <span>di 1</span></div><ul class='conversation-list'>"
        "<li class='b-post b-post--first'><div class='b-post__content'>"
        "<h2 class='b-post__title'>Robot tosaerba fermo</h2><div class='js-post__content-text'>"
        "Ho un robot tosaerba installato da due anni su un giardino di circa seicento metri "
        "quadri, e da una settimana si ferma sempre dietro al capanno.<br><br>La base di "
        "ricarica ha il led verde fisso, quindi il filo dovrebbe essere chiuso.</div>"
        "<div class='b-post__footer'><ul class='js-post-controls b-post-controls'>"
        "<li class='b-post-control'><span>Rispondi</span></li><li class='b-post-control'>"
        "<span>Cita</span></li></ul></div></div></li></ul></div>"
    )
    doc = read(page(post, head="<title>Robot tosaerba fermo</title>"))
    assert body_text(doc).startswith("Ho un robot tosaerba")
    assert "Pagina" not in body_text(doc) and "Rispondi" not in body_text(doc)


def _beehiiv_comment(number: int, who: str, text: str) -> str:
    return (
        f"<div class='flex space-x-3 py-3' id='comment-c{number}'><div class='w-full'>"
        f"<div class='flex items-center'><p class='text-sm font-semibold'>{who}</p>"
        "<time datetime='2024-03-14T18:22:10.000Z'>14. März 2024</time></div>"
        f"<div class='space-y-2 text-sm'><p class='whitespace-pre-wrap'>{text}</p></div>"
        "<div class='flex pt-1 text-xs'><button type='button'>Antworten</button></div></div></div>"
    )


def test_a_beehiiv_post_its_poll_caption_sponsor_and_referral_boxes_no_body_a_reply_folded():
    post = (
        "<article><h1>Ein Jahr Gemeinschaftskühlschrank</h1><div class='content'>"
        "<p>Vor genau einem Jahr haben wir den alten Kühlschrank vom Bahnhofsvorplatz geholt und "
        "neben dem Gemeindehaus aufgestellt.</p>"
        "<div class='image'><img alt='' src='k.jpg'><div class='image__source'><span><p>Der "
        "Kühlschrank im Februar. <i>Foto: Jana Keppler</i></p></span></div></div>"
        "<div class='poll'><div class='poll__header'><p class='poll__title'><b>Wie oft nutzt du "
        "den Kühlschrank?</b></p></div><div class='poll__choices'><a href='/polls/1'>Jede "
        "Woche</a><a href='/polls/2'>Ab und zu</a></div></div>"
        "<div class='bh__sponsor'><p>PRÄSENTIERT VON</p><p>Bäckerei Lindner</p><p>Diese Ausgabe "
        "kommt zu dir dank einer Bäckerei aus dem Viertel.</p><a href='https://example.org/'>"
        "Mehr erfahren</a></div>"
        "<p>Laut unserer Strichliste wurden seit März über zweitausend Lebensmittel geteilt, "
        "vor allem Brot und Gemüse.</p></div>"
        "<div class='mt-10 rounded-lg p-6'><p>Hat dir diese Ausgabe gefallen?</p><p>Empfiehl "
        "uns weiter: ab drei Empfehlungen schicken wir dir einen Stoffbeutel.</p>"
        "<a class='mt-3 inline-block' href='/subscribe?ref=share'>Jetzt empfehlen</a></div>"
        "</article>"
    )
    thread = (
        "<section id='comments'><h3>Kommentare</h3><div class='mt-2'><div class='border-b py-2'>"
        + _beehiiv_comment(1, "Murat Özdemir", FIRST)
        + "<button type='button' class='ml-11 text-xs'>1 Antwort ausblenden</button>"
        "<div class='replies'>"
        + _beehiiv_comment(2, "Jana Keppler", SECOND)
        + "</div></div></div></section>"
    )
    head = "<title>Ein Jahr Gemeinschaftskühlschrank</title>"
    doc = read(page(post, thread, head).replace("lang='en'", "lang='de'"))
    assert body_text(doc) == (
        "Vor genau einem Jahr haben wir den alten Kühlschrank vom Bahnhofsvorplatz geholt und "
        "neben dem Gemeindehaus aufgestellt.\n\nLaut unserer Strichliste wurden seit März über "
        "zweitausend Lebensmittel geteilt, vor allem Brot und Gemüse."
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Murat Özdemir", None),
        ("Jana Keppler", 0),
    ]


def _vanilla_comment(number: int, who: str, when: str, body: str) -> str:
    return (
        f"<li class='Item ItemComment Role_Member' id='Comment_{number}'><div class='Comment'>"
        "<div class='Item-Header CommentHeader'><div class='AuthorWrap'><span class='Author'>"
        f"<a href='/profile/{who}' class='Username'>{who}</a></span></div>"
        "<div class='Meta CommentMeta CommentInfo'><span class='MItem DateCreated'>"
        f"<a href='/discussion/comment/{number}' class='Permalink'><time title='{when}' "
        f"datetime='{when}T21:02:11+00:00'>March 2023</time></a></span></div></div>"
        f"<div class='Item-BodyWrap'><div class='Item-Body'><div class='Message userContent'>"
        f"{body}</div></div></div></div></li>"
    )


def test_a_vanilla_discussion_its_opening_post_the_article_and_a_quotes_own_text_box():
    panel = (
        "<div id='Panel' class='Column PanelColumn'><div class='Box InThisDiscussion'>"
        "<h4>In this Discussion</h4><ul class='PanelInfo'><li><a href='/profile/owl' "
        "class='Username'>owl</a> <span class='Aside'><time title='March 20, 2023' "
        "datetime='2023-03-20T09:03:50+00:00'>March 2023</time></span></li></ul></div></div>"
    )
    discussion = (
        "<div id='Content' class='Column ContentColumn'><div class='PageTitle'><h1>Dew heater "
        "keeps cutting out</h1></div><div id='Item_1' class='Item ItemDiscussion'>"
        "<div class='Discussion'><div class='Item-Header DiscussionHeader'><span class='Author'>"
        "<a href='/profile/owl' class='Username'>owl</a></span><div class='Meta DiscussionMeta'>"
        "<span class='MItem DateCreated'><time title='March 14, 2023' "
        "datetime='2023-03-14T20:47:26+00:00'>March 2023</time></span></div></div>"
        "<div class='Item-BodyWrap'><div class='Item-Body'><div class='Message userContent'>"
        "<p>My dew heater strap runs fine for forty minutes, then the power bank switches "
        "itself off, every single night.</p></div></div></div></div></div>"
    )
    quote = (
        "<blockquote class='Quote UserQuote'><div class='QuoteAuthor'><a href='/profile/greg'>"
        "greg</a> said:</div><div class='QuoteText'><p>Your controller pulses the strap.</p>"
        "</div></blockquote>"
    )
    thread = (
        "<div class='DataBox DataBox-Comments'><h2 class='CommentHeading'>Comments</h2>"
        "<ul class='MessageList DataList Comments'>"
        + _vanilla_comment(4821, "greg", "2023-03-14", f"<p>{FIRST}</p>")
        + _vanilla_comment(4823, "marisol", "2023-03-15", f"{quote}<p>{SECOND}</p>")
        + "</ul></div></div>"
    )
    doc = read(page(panel + discussion, thread, head="<title>Dew heater keeps cutting out</title>"))
    assert (doc.author, doc.published) == ("owl", "2023-03-14")
    assert body_text(doc).startswith("My dew heater strap runs fine")
    assert [c.author for c in doc.comments] == ["greg", "marisol"]
    assert comment_texts(doc) == [FIRST, SECOND]


def test_comments_that_are_blockquotes_keep_their_text_box_and_the_articles_aside_its_date():
    # (Mbin's: "blockquote.comment" round its header and "div.content"; the post's date in
    # "aside.entry__meta" inside its article: the article's, no side column's)
    article = (
        "<main><article class='entry'><h1>Bakfiets accu hervullen</h1>"
        "<aside class='meta entry__meta'><a href='/u/sjoerd'>sjoerd</a> <span><time "
        "datetime='2024-03-14T20:12:45+01:00'>3 maanden geleden</time></span></aside>"
        "<div class='content'><p>Onze accu houdt het nog maar twintig kilometer vol; loont "
        "het om de cellen te laten vervangen in plaats van een nieuwe te kopen?</p></div>"
        "</article></main>"
    )

    def comment(number: int, who: str, text: str) -> str:
        return (
            f"<blockquote class='section comment entry-comment comment-level--1' "
            f"id='entry-comment-{number}'><header><a href='/u/{who}'>{who}</a>, "
            f"<time datetime='2024-03-15T09:00:00+01:00'>3 maanden geleden</time></header>"
            f"<div class='content'><p>{text}</p></div></blockquote>"
        )

    thread = (
        "<section class='comments entry-comments'>"
        + comment(1, "marloes", FIRST)
        + comment(2, "pedalo", SECOND)
        + "</section>"
    )
    doc = read(page(article, thread, head="<title>Bakfiets accu hervullen</title>"))
    assert doc.published == "2024-03-14"
    assert comment_texts(doc) == [FIRST, SECOND]


def test_a_newsletter_s_email_footer_cell_with_its_postal_address_is_no_body():
    """An issue on the web as its e-mail was sent: tables, the sender's address in a footer
    cell (the law asks for it), which trafilatura reads as a paragraph (it discards
    footer-named blocks, never table cells)."""
    cell = '<td style="padding:0 32px;">'
    issue = (
        "<h1>Escabeche de la abuela</h1><table role='presentation'><tr>"
        + cell
        + "<p>Salaba el pescado y lo dejaba media hora sobre un paño antes de dorarlo en "
        "aceite de oliva, por los dos lados, sin prisa alguna.</p><p>Luego, en el mismo "
        "aceite ya templado, sofreía los ajos enteros con laurel y pimienta negra.</p>"
        '</td></tr><tr><td class="email-footer" style="font-size:12px;">'
        "<p>Calle de la Paz 14, 3.º, 46003 Valencia</p><p><a href='/u'>Unsubscribe</a></p>"
        "</td></tr></table>"
    )
    head = "<title>Escabeche de la abuela</title>"
    body = body_text(read(page(f"<article>{issue}</article>", head=head)))
    assert body.startswith("Salaba el pescado") and "Calle de la Paz" not in body


def wpforo_post(number: int, who: str, when: str, text: str, first: bool = False) -> str:
    kind = "wpfp-first" if first else "wpfp-reply"
    return (
        f'<div id="post-{2200 + number}" data-postid="{2200 + number}" data-mention="{who}" '
        f'class="post-wrap {kind}"><div class="wpforo-post wpfcl-1"><div class="wpf-left">'
        f'<div class="author-data"><div class="author-name"><span class="wpf-member-profile-link">'
        f'<a href="/community/profile/{who}/">{who}</a></span></div><div class="author-title">'
        '<span class="wpf-member-title">Membro</span></div></div></div><div class="wpf-right">'
        f'<div class="wpforo-post-content-top"><span class="wpforo-post-date">{when}</span></div>'
        f'<div class="wpforo-post-content">{text}</div><div class="wpforo-post-content-bottom">'
        '<div class="wpf-post-button-actions"><span class="wpf-action wpforo-like"><span '
        'class="wpf-button-text">Mi piace</span></span><span class="wpf-action wpforo-reply">'
        '<span class="wpf-button-text">Rispondi</span></span></div></div></div></div></div>\n'
    )


def test_a_wpforo_topic_its_first_post_the_article_and_a_quoted_posts_author_no_name():
    # wpForo's posts are "div.post-wrap" with their number for an id; the first is the
    # article, though only the replies carry "wpfp-reply"; a reply's quotation names the
    # quoted poster in "div.wpforo-post-quote-author", which is not the reply's author
    quote = (
        '<blockquote data-mention="ferruccio_m"><div class="wpforo-post-quote-author"><strong> '
        "Pubblicato da: @ferruccio_m </strong></div><p>Controlla il livello: con troppo olio la "
        "pressione nel carter sale.</p></blockquote>"
    )
    posts = (
        wpforo_post(1, "gianni_b", "10 Marzo 2024 18:02", "<p>La mia motozappa perde olio dal "
                    "carter dopo l'inverno, una goccia ogni pochi minuti.</p>", first=True)
        + wpforo_post(2, "ferruccio_m", "11 Marzo 2024 20:14", "<p>Controlla il livello: con "
                      "troppo olio la pressione nel carter sale.</p>")
        + wpforo_post(3, "lia_orto", "12 Marzo 2024 08:37", f"{quote}<p>Guarda anche lo "
                      "sfiato, se è chiuso l'olio esce dalla guarnizione.</p>")
    )  # fmt: skip
    doc = read(
        page(
            '<div id="wpforo"><h1 id="wpforo-title">Motozappa che perde olio</h1>'
            f'<div class="wpforo-section">{posts}</div></div>',
            head="<title>Motozappa che perde olio – Forum</title>",
        )
    )
    assert (doc.author, doc.published) == ("gianni_b", "2024-03-10")
    assert body_text(doc).startswith("La mia motozappa perde olio")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("ferruccio_m", "2024-03-11"),
        ("lia_orto", "2024-03-12"),
    ]
    assert comment_texts(doc)[1].startswith("Guarda anche lo sfiato")


def test_a_substack_comment_whose_whole_text_is_plus_one_is_a_comment():
    # "+1" in the comment's own paragraph inside Substack's "div.markup": what the commenter
    # wrote, not a counter (the named block round a paragraph is no button)
    def comment(number: int, who: str, text: str) -> str:
        return (
            f'<div class="comment" id="comment-{number}"><div class="comment-list-item">'
            f'<div class="comment-content"><div class="comment-meta"><span class="commenter-name">'
            f'<a href="https://substack.com/@{who.lower()}">{who}</a></span><a class="comment-'
            f'date" href="#">Mar {number}, 2024</a></div><div class="comment-body"><div class='
            f'"markup" dir="auto"><p>{text}</p></div></div><div class="comment-actions"><button '
            'class="like-button"><span class="like-count">3</span></button><button class="reply-'
            'button"><span>Reply</span></button></div></div></div></div>'
        )

    thread = (
        '<div class="comments-page"><div class="comment-list">'
        + comment(16, "Nadia", "Happy to send you my times from the evening return.")
        + comment(17, "Bill", "+1")
        + "</div></div>"
    )
    assert comment_texts(read(page(ARTICLE, thread))) == [
        "Happy to send you my times from the evening return.",
        "+1",
    ]


def test_a_window_title_ending_in_the_heading_the_site_shows_is_the_rest_shown_whole():
    # old Reddit: "TITLE : second half : SUBREDDIT" in <title>, the subreddit in the page's
    # only h1, the post's title whole in its link: the title is the link's, not the h1's
    head = "<title>Lombricomposteur au 6e étage : mon bilan après un an : jardinsurbains</title>"
    body = (
        "<h1 class='hover redditname'><a href='/r/jardinsurbains/'>jardinsurbains</a></h1>"
        "<div class='thing link'><p class='title'><a class='title may-blank' href='/r/x/'>"
        "Lombricomposteur au 6e étage : mon bilan après un an</a></p>"
        "<div class='usertext-body'><div class='md'><p>Salut à tous, il y a un an je vous "
        "demandais conseil avant d'installer un lombricomposteur sur mon balcon.</p></div></div>"
        "</div>"
    )
    doc = read(page(body, head=head))
    assert (doc.title, doc.site) == (
        "Lombricomposteur au 6e étage : mon bilan après un an",
        "jardinsurbains",
    )


def test_an_older_wpforo_post_unwrapped_its_title_heading_its_text_box():
    # wpForo's "div#post-9300.wpforo-post" with no "post-wrap" round it; the first post's
    # text box opens with the post's title ("h3.wpforo-post-title"): its subject, not a sign
    # that the box holds more than the text
    def post(number: int, who: str, text: str, title: str = "") -> str:
        heading = f'<h3 class="wpforo-post-title">{title}</h3>' if title else ""
        return (
            f'<div id="post-{number}" class="wpforo-post wpfcl-1 wpfp-{number}"><div '
            f'class="wpf-left"><div class="author-data"><div class="author-name"><a href="/c/'
            f'{who}/">{who}</a></div></div></div><div class="wpf-right"><div class="wpforo-'
            f'post-content-top"><span class="wpf-post-date">14/03/2024 7:52 pm</span></div>'
            f'<div class="wpforo-post-content">{heading}<p>{text}</p></div></div></div>'
        )

    posts = (
        post(9300, "Amparo_Ruiz", "Mi ficus lyrata ha soltado cinco hojas grandes desde que lo "
             "pasé a una maceta de barro más grande.", title="Mi ficus pierde hojas")
        + post(9301, "Jardinero_Tomas", "Es bastante normal después de un trasplante.")
        + post(9302, "Lucia_M", "A mí me pasó igual con el mío.")
    )  # fmt: skip
    html = page(f'<div id="wpforo"><div class="wpforo-topic-wrap">{posts}</div></div>')
    doc = read(html)
    assert doc.author == "Amparo_Ruiz"
    assert body_text(doc).startswith("Mi ficus lyrata ha soltado")
    assert [c.author for c in doc.comments] == ["Jardinero_Tomas", "Lucia_M"]


def test_the_sites_name_takes_the_apostrophe_the_page_shows_it_with():
    head = "<title>Les mains dans l&#39;osier: Un panier tressé avec les enfants</title>"
    body = (
        "<header><a href='/'>Les mains dans l’osier</a></header><article><h1>Un panier tressé "
        "avec les enfants</h1><p>Mercredi, avec les enfants du centre de loisirs, nous avons "
        "tressé un panier en osier, le premier pour la plupart d'entre eux.</p></article>"
    )
    assert read(page(body, head=head)).site == "Les mains dans l’osier"


def _mailerlite(cells: list[str]) -> str:
    rows = "".join(
        f'<tr><td class="mlContentOuter"><table class="mlContentTable" role="presentation">'
        f'<tr><td class="mlContentBlock">{cell}</td></tr></table></td></tr>'
        for cell in cells
    )
    return page(
        '<table class="mainTable" role="presentation"><tr><td>'
        f'<table class="mlContentTable" role="presentation">{rows}</table>'
        '<table role="presentation"><tr><td align="center">'
        "<p><strong>Millbrook Residents' Association</strong></p>"
        "<p>14 Oven Lane, Millbrook MB1 4QT</p>"
        "<p>You received this email because you signed up for our newsletter.</p>"
        '<p><a href="https://preview.mailerlite.io/unsubscribe">Unsubscribe</a> | '
        '<a href="https://preview.mailerlite.io/preferences">Update preferences</a></p>'
        "</td></tr></table></td></tr></table>",
        head="<title>The school garden has water</title>",
    )


_SCHOOL_GARDEN = [
    "After two years of paperwork the school garden finally has its own tap, and the "
    "fourth year tried the hose out on Tuesday with the result you can imagine.",
    "The council approved the grant in February; it paid for the connection, a rain "
    "tank on the gym roof and six raised beds.",
]


def test_a_newsletters_table_layout_gives_its_logo_byline_and_leaves_its_foot_out():
    # (MailerLite's campaign in the browser: the issue line over the title, the photo's
    # cell, the foot with the sender's address round the unsubscribe link)
    paragraphs = _SCHOOL_GARDEN
    doc = read(
        _mailerlite(
            [
                '<img src="https://cdn.example/logo-millbrook.png" alt="Millbrook Residents\' Association">',
                "<p>The Millbrook Letter · No. 41 · 11 April 2024</p>",
                "<h1>The school garden has water</h1><p><em>By Cara Reid</em></p>",
                '<img src="https://cdn.example/hose.jpg" alt="">'
                "<p>The first watering, Tuesday 9 April. Photo: Parents' Association.</p>",
                "".join(f"<p>{p}</p>" for p in paragraphs),
            ]
        )
    )
    assert (doc.author, doc.site, doc.published) == (
        "Cara Reid",
        "Millbrook Residents' Association",
        "2024-04-11",
    )
    assert body_text(doc) == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "issue_line",
    [
        "<p>Boletín n.º 41 · 11 de abril de 2024</p>",  # (an issue number written "n.º")
        # (no number: the line names the newsletter)
        "<p>MILLBROOK NEWSLETTER · FROM THE RESIDENTS' ASSOCIATION · 11 APRIL 2024</p>",
    ],
)
def test_a_newsletters_issue_line_over_the_title_is_no_byline_the_writers_under_it_is(issue_line):
    paragraphs = _SCHOOL_GARDEN
    doc = read(
        _mailerlite(
            [
                issue_line,
                "<h1>The school garden has water</h1><p><em>By Cara Reid</em></p>",
                "".join(f"<p>{p}</p>" for p in paragraphs),
            ]
        )
    )
    assert (doc.author, doc.published) == ("Cara Reid", "2024-04-11")
    assert body_text(doc) == "\n\n".join(paragraphs)


def test_a_newsletters_foot_round_an_unsubscribe_link_known_by_its_words_is_left_out():
    # (Brevo's link hides the word in its address, "…/mk/un/…", and says "Se désinscrire")
    paragraphs = _SCHOOL_GARDEN
    html = _mailerlite(
        ["<h1>The school garden has water</h1>", "".join(f"<p>{p}</p>" for p in paragraphs)]
    )
    html = html.replace(
        '<a href="https://preview.mailerlite.io/unsubscribe">Unsubscribe</a>',
        '<a href="https://r.mail.example.fr/mk/un/sh/1t6Af4">Se désinscrire</a>',
    ).replace('<a href="https://preview.mailerlite.io/preferences">Update preferences</a>', "")
    doc = read(html)
    assert body_text(doc) == "\n\n".join(paragraphs)


def test_a_mailjet_foot_its_links_placeholders_and_its_address_a_line_each_is_left_out():
    # Mailjet's web version (MJML): each section a column's table, each of the foot's lines
    # its own row; "[[UNSUB_LINK_NL]]" left as the link's address; the sender's address and
    # why you got it one paragraph a <br> apart (the two together longer than a foot's line)
    paragraphs = [
        "Sinds de zomer van 2021 staat onze boekenruilkast in de hal van het wijkcentrum, en "
        "dat werkte goed zolang het wijkcentrum open was. Maar sinds de nieuwe openingstijden "
        "kunnen jullie er 's avonds en in het weekend niet meer bij.",
        "Na overleg met de gemeente en de woningcorporatie hebben we een mooie nieuwe plek "
        "gevonden: naast de bank onder de lindeboom op het Zwaluwplein.",
        "Voor de verhuizing zoeken we vier sterke handen en iemand met een bakfiets.",
    ]

    def section(rows: list[str]) -> str:
        cells = "".join(f'<tr><td align="left"><div>{r}</div></td></tr>' for r in rows)
        return (
            '<div><table role="presentation"><tbody><tr><td><div class="mj-column-per-100">'
            f'<table role="presentation" width="100%"><tbody>{cells}</tbody></table></div>'
            "</td></tr></tbody></table></div>"
        )

    article = section(
        [
            "<h1>De ruilkast verhuist naar het Zwaluwplein</h1>",
            "".join(f"<p>{p}</p>" for p in paragraphs),
        ]
    )
    foot = section(
        [
            "<p><span>Buurtbieb De Zwaluw · Zwaluwplein 3 · 3514 KT Utrecht<br>Je ontvangt "
            "deze nieuwsbrief omdat je je hebt aangemeld bij de ruilkast of op onze website."
            "</span></p>",
            '<p><span>Deze e-mail is verzonden naar [[EMAIL_TO]], <a href="[[UNSUB_LINK_NL]]">'
            "klik hier om je uit te schrijven</a>.</span></p>",
            '<p><span>Gewijzigd van gedachten? <a href="[[PROFILE_LINK]]">Voorkeuren aanpassen'
            "</a></span></p>",
        ]
    )
    doc = read(page(article + foot))
    assert body_text(doc) == "\n\n".join(paragraphs)


def test_slashcodes_logo_h1_is_the_site_and_the_story_heading_with_its_topic_the_title():
    # (SoylentNews: "div#logo h1" the site, the story's h3 "TOPIC TITLE", the window
    # "TITLE - SoylentNews")
    title = "Community Radio Station Moves Its Transmitter Into a Disused Water Tower"
    text = "A volunteer-run FM station has moved its transmitter into the old water tower."
    doc = read(
        page(
            '<div id="logo"><h1><a href="//soylentnews.example">SoylentNews</a></h1></div>'
            '<div id="slogan"><h2>SoylentNews is people</h2></div>'
            '<article class="article"><div class="title"><h3>'
            f'<a href="/search.pl?tid=27">Hardware</a> <span id="title-1">{title}</span>'
            f'</h3></div><div class="body"><p>{text}</p></div></article>',
            head=f"<title>{title} - SoylentNews</title>",
        )
    )
    assert (doc.title, doc.site) == (title, "SoylentNews")
    assert body_text(doc) == text


def _smf2_post(number: int, who: str, when: str, text: str) -> str:
    said = "en:" if number == 0 else f"Respuesta #{number} en:"
    return (
        f'<div class="windowbg" id="msg{100 + number}"><div class="post_wrapper">'
        f'<div class="poster"><h4><span class="off" title="Desconectado"></span>'
        f'<a href="/index.php?action=profile;u={number}" title="Ver perfil de {who}">{who}</a>'
        '</h4><ul class="user_info"><li class="membergroup">Usuario Nuevo</li>'
        '<li class="avatar"><a href="#"><img class="avatar" src="/a.png" alt=""></a></li>'
        '<li class="postcount">Mensajes: 6</li><li class="poster_ip">Registrado</li></ul></div>'
        f'<div class="postarea"><div class="keyinfo"><div id="subject_{100 + number}" '
        'class="subject_title subject_hidden"><a href="#">Re: Limonero</a></div>'
        f'<span class="page_number floatright">#{number}</span><div class="postinfo">'
        f'<a href="#" class="smalltext">« <strong>{said}</strong> {when} »</a></div></div>'
        f'<div class="post"><div class="inner" id="msg_{100 + number}">{text}</div></div>'
        '<div class="under_message"><ul class="floatleft"></ul></div></div></div></div>'
    )


def test_a_paragraph_named_the_subheading_alone_with_the_title_in_its_header_is_no_body():
    # (Kirby's starter kit: "header.note-header" holds the h1 and "p.note-subheading")
    article = (
        "<article class='note'><header class='note-header'><h1 class='note-title'>Sourdough "
        "in a cold kitchen</h1><p class='note-subheading'><small>On warmth, cool boxes and "
        "patience</small></p></header><div class='note text'><p>Our kitchen is at fourteen "
        "degrees on January mornings, and the starter sulks.</p></div></article>"
    )
    doc = read(page(article, head="<title>Sourdough in a cold kitchen | Notes</title>"))
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Our kitchen is at fourteen degrees on January mornings, and the starter sulks."
    ]


def test_a_link_aggregators_submission_line_and_flair_over_the_post_are_no_body():
    # (Postmill: "p.submission__info": "Submitted by NAME in FORUM", "li.flair" under it)
    article = (
        "<article class='submission'><h1 class='submission__title'>Creosote after a smaller "
        "stove</h1><p class='submission__info'>Submitted by <a href='/user/fernbrake'>"
        "fernbrake</a> <time datetime='2024-03-14T19:52:08+00:00'>2 years ago</time> in <a "
        "href='/f/homesteading'>homesteading</a></p><ul class='submission__flair flair-list'>"
        "<li class='flair'>question</li></ul><div class='submission__body'><p>We swapped our "
        "old stove for a smaller one in November and the chimney glazed over by February.</p>"
        "<p>The wood is white oak split last spring, and we close the air down to a quarter "
        "after the first hour of every burn.</p></div></article>"
    )
    doc = read(page(article, head="<title>Creosote after a smaller stove — Hearthwood</title>"))
    assert doc.author == "fernbrake"
    start, end = doc.paragraphs[0]
    assert doc.text[start:end].startswith("We swapped our old stove")
    assert "question" not in doc.text and "Submitted" not in doc.text


@pytest.mark.parametrize(
    "row",
    [
        # (Bricks: each item and separator an element of its own, no space between)
        "<div class='post-meta'><span class='item'>Giulia Ferraris</span><span "
        "class='separator'>&middot;</span><span class='item'>14 marzo 2024</span><span "
        "class='separator'>&middot;</span><span class='item'><a href='#comments'>6 commenti"
        "</a></span></div>",
        # (Middleman's: the tags after the name, a separator apart)
        "<p class='meta'>Publicado el <time datetime='2024-03-14'>14 de marzo de 2024</time> "
        "por Giulia Ferraris · Etiquetas: <a href='/tags/huerto'>huerto</a></p>",
    ],
)
def test_a_meta_rows_name_ends_at_the_rows_next_item(row):
    article = (
        f"<article><h1>La compostiera del condominio</h1>{row}<p>Da un anno il cortile del "
        "condominio ha una compostiera comune, e i rifiuti organici sono calati di un terzo."
        "</p><p>Ogni famiglia ha un turno per rivoltare il compost una volta al mese.</p>"
        "</article>"
    )
    doc = read(page(article).replace("lang='en'", "lang='it'"))
    assert (doc.author, doc.published) == ("Giulia Ferraris", "2024-03-14")


def xtd_comment(cid: int, header: str, text: str, replies: str = "") -> str:
    return (
        f"<div class='media' id='c{cid}'><div class='media-body'><div class='comment pb-3'><h6 "
        f"class='mb-1 small d-flex'><div class='mr-auto'>{header}</div><span><a "
        f"class='permalink' href='#c{cid}'>¶</a></span></h6><div class='content'><p>{text}</p>"
        f"</div></div>{replies}</div></div>"
    )


def test_django_comments_xtds_date_and_name_a_hyphen_apart_and_a_rubrics_label():
    article = (
        "<article><p class='article-rubrique'>Vallée · Saint-Oradoux</p><h1>Le bac de la "
        "rivière reprend du service</h1><p>Saint-Oradoux. Samedi matin, une cinquantaine de "
        "personnes ont traversé la rivière à bord du bac restauré par les bénévoles.</p><p>Le "
        "bac transporte jusqu’à douze passagers et fonctionne tous les week-ends.</p></article>"
    )
    reply = xtd_comment(42, "13 mai 2024 20:15&nbsp;-&nbsp;Les Amis du Passage", "Merci !")
    thread = (
        "<section id='comments'><h4>2 commentaires</h4><div class='comment-tree'>"
        + xtd_comment(41, "13 mai 2024 19:02&nbsp;-&nbsp;Josiane M.", "Quel plaisir !", reply)
        + "</div></section>"
    )
    doc = read(page(article, thread).replace("lang='en'", "lang='fr'"))
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Josiane M.", "2024-05-13", None),
        ("Les Amis du Passage", "2024-05-13", 0),
    ]
    assert "Vallée" not in doc.text


def elkarte_post(n: int, who: str, text: str) -> str:
    number = "" if n == 0 else f"Risposta #{n} "
    return (
        f"<div class='windowbg forumposts'><div class='post_wrapper'><ul class='poster'><li "
        f"class='listlevel1'><a class='linklevel1 name' href='?action=profile;u={n}'>{who}</a>"
        "</li><li class='listlevel1 membergroup'>Nuovo utente</li><li class='listlevel1 "
        "postcount'>Post: 8</li></ul><div class='postarea'><div class='keyinfo'><h2 "
        f"class='post_subject' id='post_subject_{900 + n}'>Famiglia orfana</h2><a "
        f"class='smalltext' href='#msg{900 + n}'>« <strong>{number}il:</strong> 1{n} marzo "
        f"2024, 20:58:37 »</a></div><div id='msg_{900 + n}' class='messageContent inner'>{text}"
        "</div><ul class='quickbuttons'><li><a class='quote_button'>Cita</a></li></ul></div>"
        "</div></div>"
    )


def test_an_elkarte_topic_its_first_post_the_article_and_the_rest_comments():
    html = (
        "<!DOCTYPE html><html lang='it'><head><title>Famiglia orfana</title></head><body>"
        + elkarte_post(0, "Davide B.", "Ciao a tutti,<br><br>in un'arnia non trovo la regina.")
        + elkarte_post(1, "Ottavio", "Riunisci col foglio di giornale.")
        + elkarte_post(2, "Gianni", "Io aspetterei ancora una settimana.")
        + "</body></html>"
    )
    doc = read(html)
    assert (doc.author, doc.published) == ("Davide B.", "2024-03-10")
    assert body_text(doc).endswith("in un'arnia non trovo la regina.")
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Ottavio", "2024-03-11"),
        ("Gianni", "2024-03-12"),
    ]
    assert comment_texts(doc) == [
        "Riunisci col foglio di giornale.",
        "Io aspetterei ancora una settimana.",
    ]


def test_an_smf2_topic_reads_its_first_post_as_the_article_and_the_rest_as_comments():
    # (SMF 2.1: "div#msgN.windowbg", the text in "div.post", the buttons' row named
    # "under_message"; the visit's time alone in the top bar's "div.user")
    doc = read(
        page(
            '<div id="header"><h1 class="forumtitle"><a href="/">Foro Cítricos</a></h1></div>'
            '<div class="user"><time datetime="2024-03-25T10:14:08Z">25 de marzo de 2024</time>'
            '</div><h2 class="display_title"><span id="top_subject">Limonero con hojas '
            'amarillas</span></h2><div id="forumposts">'
            + _smf2_post(
                0,
                "Rosalía M.",
                "14 de marzo de 2024, 19:02:41",
                "Hola a todos:<br><br>Tengo un limonero Eureka de cuatro años.",
            )
            + _smf2_post(
                1,
                "Chema_Huerta",
                "14 de marzo de 2024, 19:40:12",
                "Con los nervios verdes y la hoja amarilla es carencia de hierro.",
            )
            + "</div>",
            head="<title>Limonero con hojas amarillas</title>",
        )
    )
    assert (doc.author, doc.published) == ("Rosalía M.", "2024-03-14")
    assert body_text(doc) == "Hola a todos:\n\nTengo un limonero Eureka de cuatro años."
    assert [(c.author, c.published) for c in doc.comments] == [("Chema_Huerta", "2024-03-14")]
    assert comment_texts(doc) == [
        "Con los nervios verdes y la hoja amarilla es carencia de hierro."
    ]


def test_a_subheading_in_an_art_body_stays_and_a_removal_label_is_no_name():
    # ("div.art-body": a Portuguese CMS's body; its h2 "art-subtitle" a subheading, not a
    # standfirst; a removed comment's label where the name was, its reply under it)
    first = "SOUTELO – As salas onde várias gerações aprenderam a ler voltam a ter movimento."
    second = "“Até agora, quem precisava de um centro de dia tinha de ir para a sede do concelho”."
    doc = read(
        page(
            '<article class="art"><header class="art-header"><h1 class="art-title">A escola'
            ' de Soutelo reabre como centro de dia</h1></header><div class="art-body">'
            f'<p>{first}</p><h2 class="art-subtitle">O que muda para as famílias</h2>'
            f"<p>{second}</p></div></article>",
            '<section class="cmts"><h3>2 comentários</h3>'
            '<article class="cmt" id="c1"><div class="cmt-head"><span class="cmt-author '
            'cmt-author--removed">Comentário removido</span> <time class="cmt-date" '
            'datetime="2024-03-15T22:40:00Z">15/03/2024 22:40</time></div><div class="cmt-body">'
            "<p>Este comentário foi removido por violar as regras da comunidade.</p></div>"
            '<div class="cmt-replies"><article class="cmt" id="c2"><div class="cmt-head">'
            '<span class="cmt-author">Jorge Pinto</span> <time class="cmt-date" '
            'datetime="2024-03-16T08:10:00Z">16/03/2024 08:10</time></div><div class="cmt-body">'
            "<p>Concordo com a moderação, havia ali insultos.</p></div></article></div>"
            "</article></section>",
        )
    )
    assert body_text(doc) == f"{first}\n\nO que muda para as famílias\n\n{second}"
    assert [(c.author, c.depth) for c in doc.comments] == [(None, 1), ("Jorge Pinto", 2)]


def _oceanwp_comment(number: int, who: str, when: str, text: str, replies: str = "") -> str:
    return (
        f'<li id="comment-{number}" class="comment depth-1"><article id="div-comment-{number}" '
        'class="comment-container"><div class="comment-body"><div class="comment-meta">'
        f'<cite class="comment-author">{who}</cite><div class="comment-date">{when}</div></div>'
        f'<div class="comment-entry"><div class="comment-content"><p>{text}</p></div>'
        '<div class="comment-footer"><a rel="nofollow" class="comment-reply-link" '
        f'href="#comment-{number}">Répondre</a></div></div></div></article>'
        + (f'<ul class="children">{replies}</ul>' if replies else "")
        + "</li>"
    )


def test_oceanwps_comment_entry_with_its_buttons_row_is_the_comments_text_not_a_reply():
    # (and its meta row's author link, whose title is a tooltip, "Articles par NAME")
    reply = _oceanwp_comment(2, "Margaux Delcourt", "10 avril 2024 à 8h05", "À la colle PU.")
    doc = read(
        page(
            '<article><h1>Restaurer une table de ferme</h1><ul class="meta"><li '
            'class="meta-author" itemprop="name"><a href="/author/margaux/" title="Articles '
            'par Margaux Delcourt" rel="author" itemprop="author" itemscope="itemscope" '
            'itemtype="https://schema.org/Person">Margaux Delcourt</a></li></ul>'
            f"{ARTICLE}</article>",
            '<section id="comments" class="comments-area"><h3>Cet article a 2 commentaires'
            '</h3><ol class="comment-list">'
            + _oceanwp_comment(
                1,
                "Thierry Vanneste",
                "9 avril 2024 à 21h12",
                "Superbe travail ! Quelle colle ?",
                reply,
            )
            + "</ol></section>",
        )
    )
    assert doc.author == "Margaux Delcourt"
    assert [(c.author, c.depth) for c in doc.comments] == [
        ("Thierry Vanneste", 1),
        ("Margaux Delcourt", 2),
    ]


def test_an_images_alt_text_shown_again_under_it_is_its_caption():
    # (Hexo's Butterfly theme: "<img alt=X><span class="img-alt">X</span>" in the paragraph)
    alt = "La caisse à moitié assemblée sur l'établi du garage"
    doc = read(
        page(
            "<article><h1>Un Dobson en contreplaqué</h1>"
            "<p>Depuis deux ans, j'observe depuis mon balcon avec une petite lunette.</p>"
            f'<p><img src="/img/caisse.jpg" alt="{alt}"><span class="img-alt">{alt}</span></p>'
            "<p>La découpe a pris un week-end entier, à la scie sauteuse.</p></article>",
            head="<title>Un Dobson en contreplaqué</title>",
        )
    )
    assert alt not in doc.text
    assert len(doc.paragraphs) == 2


def test_a_table_of_contents_and_its_label_are_no_paragraph():
    # (Hugo's Congo theme: a <details> whose <summary> labels the list of the headings)
    toc = (
        '<div class="toc"><details open><summary>Tabla de contenidos</summary>'
        '<nav id="TableOfContents"><ul><li><a href="#uno">Cómo lo hice</a></li></ul></nav>'
        "</details></div>"
    )
    doc = read(
        page(
            ARTICLE.replace(
                "<h1>Volunteers rebuild the pond</h1>", "<h1>Volunteers rebuild the pond</h1>" + toc
            )
        )
    )
    assert "Tabla de contenidos" not in doc.text
    assert "On Saturday twelve volunteers" in body_text(doc)


def test_an_edit_note_named_so_under_a_reactions_text_is_not_its_text():
    # (Tweakers' reactions: "p.edited" in the text's box, "[Reactie gewijzigd door NAME op DATE]")
    thread = (
        '<div id="reacties"><h2>Reacties (1)</h2><div class="reactie" id="r1">'
        '<div class="reactieHeader"><a class="userLink">bartvl</a> '
        '<time datetime="2024-03-14T18:02">14 maart 2024 18:02</time></div>'
        '<div class="reactieContent"><p>Ze schakelen ook de palen ervoor.</p>'
        '<p class="edited">[Reactie gewijzigd door bartvl op 14 maart 2024 19:52]</p></div>'
        "</div></div>"
    )
    doc = read(page(ARTICLE, thread))
    assert comment_texts(doc) == ["Ze schakelen ook de palen ervoor."]


def test_the_slashes_round_the_writers_name_in_a_meta_row_are_not_the_name():
    # (Anders Norén's Hemingway: "DATE / NAME / 9 Comments", the slashes spans of their own)
    meta = (
        '<div class="post-meta"><span class="post-date"><a href="/2024/03/14/x/">March 14, 2024'
        '</a></span><span class="date-sep"> / </span><span class="post-author"><a href="/author/g/"'
        ' rel="author">Gillian Haworth</a></span><span class="date-sep"> / </span>'
        '<a href="#comments">9 Comments</a></div>'
    )
    doc = read(page(ARTICLE.replace("</h1>", "</h1>" + meta)))
    assert doc.author == "Gillian Haworth"


def test_a_paragraph_saying_the_description_in_the_titles_header_is_its_summary():
    # (Jekyll's Chirpy: "p.post-desc" under the h1 in the article's <header>); a simple
    # theme's first paragraph right under the h1, the description copied from it, stays
    summary = "Drei Anstriche, zwei Fehler und ein Ergebnis, das sich sehen lassen kann."
    head = f'<title>Hobelbank</title><meta name="description" content="{summary}">'
    body = (
        "<p>Die Hobelbank stand über zwanzig Jahre in der Garage, und das Holz war grau.</p>"
        "<p>Ich habe mich für rohes Leinöl entschieden, in drei dünnen Anstrichen.</p>"
    )
    headed = f"<article><header><h1>Hobelbank</h1><p class='post-desc'>{summary}</p></header>{body}</article>"
    assert summary not in read(page(headed, head=head)).text
    plain = f"<article><h1>Hobelbank</h1><p>{summary}</p>{body}</article>"
    assert summary in body_text(read(page(plain, head=head)))


def test_a_bare_themes_field_labels_over_a_picture_and_a_list_of_files_are_no_body():
    # (Drupal's Stark: "<div><div>Image</div><div><img></div></div>", the files' table under
    # "<div>Attachment</div>", no class to any of them)
    article = (
        "<article><h1>A watering rota for the communal beds</h1><div><div>Image</div><div>"
        "<img src='trough.jpg' alt='The trough by the gate'></div></div><div><p>After last "
        "summer, when the main trough ran dry twice in one week, the committee agreed to try a "
        "shared watering rota.</p><p>Each plot holder takes one week between May and "
        "September.</p></div><div><div>Attachment</div><div><table><thead><tr><th>Attachment"
        "</th><th>Size</th></tr></thead><tbody><tr><td><a href='rota.pdf'>rota.pdf</a></td>"
        "<td>84.2 KB</td></tr></tbody></table></div></div></article>"
    )
    doc = read(
        page(article, head="<title>A watering rota for the communal beds | Allotments</title>")
    )
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "After last summer, when the main trough ran dry twice in one week, the committee agreed "
        "to try a shared watering rota.",
        "Each plot holder takes one week between May and September.",
    ]
