"""The literal parts of rule templates as regular expressions (shared by rules.py and dates.py).

A template is written the way a page prints a line; these helpers make the spelling loose in
the ways copies of pages differ: runs of spaces, a space before a colon (French typography),
three dots or an ellipsis, straight or curly quotation marks.
"""

from __future__ import annotations

import re

QUOTES = "\"'“”„‟‘’‚‛"  # interchangeable in templates (« » ‹ › also serve as arrows)
QUOTE_CLASS = "[" + re.escape(QUOTES) + "]"
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def literal(text: str) -> str:
    """A literal stretch of a template as a regex: spaces flexible, quotes interchangeable."""
    out = []
    i = 0
    while i < len(text):
        char = text[i]
        if text.startswith("...", i) or char == "…":
            out.append(r"(?:\.\.\.|…)")
            i += 3 if char == "." else 1
            continue
        if char.isspace():
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            after = text[j] if j < len(text) else ""
            before = text[i - 1] if i > 0 else ""
            optional = (after != "" and after in ":;?!»”)") or (before != "" and before in "«“(")
            out.append(r"\s*" if optional else r"\s+")
            i = j
            continue
        if char in QUOTES:
            out.append(QUOTE_CLASS)
        elif char in ":;?!":
            out.append(r"\s*" + re.escape(char))
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def choices(inner: str) -> list[str]:
    """The words of ``{a|b|}``; ``\\|`` is a literal bar ("{•|\\||-}" is a bullet, a bar or a dash)."""
    # spaces inside an option are kept: "{ cancel reply|}" is " cancel reply" or nothing
    options = [c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]
    return [c if c.strip() else "" for c in options]


def choice(inner: str) -> str:
    """``{a|b|}`` as a regex: one of the words, longest first; an empty choice makes it optional."""
    options = choices(inner)
    words = sorted((c for c in options if c), key=len, reverse=True)
    group = "(?:" + "|".join(literal(w) for w in words) + ")"
    return group + ("?" if "" in options else "")
