"""A comment section's own furniture in words no rule table knows: the same short line,
figures aside, closing most comments, by several commenters."""

from __future__ import annotations

from .test_text_shapes import read, texts
from .test_text_shapes_more import dropped

HEAD = """Feira do livro volta ao Largo da Sé

Por Rita Valadares

A feira do livro regressa ao Largo da Sé no próximo sábado, com quarenta bancas de editoras.

A organização espera mais visitantes do que no ano passado, quando a chuva afastou muitos.

4 comentários
"""


def comment(who: str, text: str, likes: int, dislikes: int) -> str:
    return f"{who}\n3 de maio de 2024 às 10:0{likes % 10}\n{text}\nGosto {likes}\nNão gosto {dislikes}\n"


def test_a_vote_row_under_every_comment_is_left_out_of_their_texts():
    page = HEAD + "\n".join(
        [
            comment("Marta S.", "Finalmente uma boa notícia para o centro.", 5, 0),
            comment("João Peixoto", "Espero que haja mais bancas de alfarrabistas.", 3, 4),
            comment("Ana Luísa", "No ano passado choveu o dia todo, que azar.", 21, 2),
            comment("Rui Matos", "Vou levar os miúdos no domingo.", 9, 6),
        ]
    )
    parse = read(page)
    assert texts(parse.document) == [
        "Finalmente uma boa notícia para o centro.",
        "Espero que haja mais bancas de alfarrabistas.",
        "No ano passado choveu o dia todo, que azar.",
        "Vou levar os miúdos no domingo.",
    ]
    assert dropped(parse)["Não gosto 4"] == "recurring trailer"
    assert dropped(parse)["Gosto 21"] == "recurring trailer"


def test_a_sign_off_under_a_few_comments_is_their_own_words():
    def signed(who: str, text: str, closing: str) -> str:
        return f"{who}\n3 de maio de 2024 às 10:00\n{text}\n{closing}\n"

    page = HEAD + "\n".join(
        [
            signed("Marta S.", "Finalmente uma boa notícia para o centro.", "Abraço"),
            signed("João Peixoto", "Espero que haja mais bancas de alfarrabistas.", "Abraço"),
            signed("Ana Luísa", "No ano passado choveu o dia todo, que azar.", "Abraço"),
            signed("Rui Matos", "Vou levar os miúdos no domingo.", "Até lá!"),
            signed("Inês Brito", "A Sé fica tão bonita com as bancas.", "Beijinhos"),
            signed("Paulo Reis", "Haverá sessões de autógrafos?", "Obrigado"),
            signed("Clara Mota", "Que venha o sol desta vez.", "Cumprimentos"),
        ]
    )
    doc = read(page.replace("4 comentários", "7 comentários")).document
    assert texts(doc)[0] == "Finalmente uma boa notícia para o centro.\nAbraço"


def test_one_commenters_closing_line_under_each_of_their_comments_is_their_signature():
    page = HEAD + "\n".join(
        [
            f"Marta S.\n3 de maio de 2024 às 10:0{n}\nComentário número {n} da Marta.\n"
            "A leitora da Sé\n"
            for n in range(4)
        ]
    )
    parse = read(page)
    assert texts(parse.document) == [f"Comentário número {n} da Marta." for n in range(4)]
    assert dropped(parse)["A leitora da Sé"] == "signature"
