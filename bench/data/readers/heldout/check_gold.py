"""Check heldout gold files against their inputs (run: python3 check_gold.py)."""
import html, json, re, sys
from pathlib import Path

HERE = Path(__file__).parent
ENCODINGS = {"ho02-wp-text-es-fuente.txt": "latin-1", "ho03-wp-text-pt-biblioteca.txt": "utf-16"}
SHAPES = {"wordpress-text", "wordpress-html", "blogger-text", "blogger-html", "disqus-text", "disqus-html",
          "drupal-html", "forum-text", "news-cms-html", "newsletter-html", "thread-text", "seed-text", "jsonl"}
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl"}
KEYS = ["shape", "language", "title", "author", "site", "published", "body_paragraphs", "body_first_words",
        "comments_declared", "comments", "pingbacks", "must_not_appear", "notes"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_input(path):
    raw = path.read_bytes()
    enc = ENCODINGS.get(path.name, "utf-8")
    if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    text = raw.decode(enc)
    if path.suffix == ".html":
        # visible text only: drop scripts/styles and tags (inline tags vanish without a space)
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
        text = re.sub(r"(?s)<!--.*?-->", "", text)
        return html.unescape(re.sub(r"<[^>]+>", "", text)), None
    if path.suffix == ".jsonl":
        lines = [l for l in text.splitlines() if l.strip()]
        assert len(lines) == 1, "jsonl must hold one article"
        art = json.loads(lines[0])
        for k in ["id", "title", "text", "author", "site", "published", "url", "language", "comments"]:
            assert k in art, f"jsonl missing {k}"
        parts = [art["title"] or "", art["text"] or "", art["author"] or "", art["site"] or ""]
        for c in art["comments"]:
            parts += [c["text"] or "", c["author"] or ""]
        return "\n".join(parts), art
    return text.replace("\r\n", "\n"), None


def check(gold_path):
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.name[: -len(".gold.json")]
    inputs = [p for p in HERE.glob(stem + ".*") if not p.name.endswith(".gold.json")]
    if len(inputs) != 1:
        return [f"expected one input, found {inputs}"]
    text, art = load_input(inputs[0])
    if list(g) != KEYS:
        errs.append(f"keys {list(g)}")
    if g["shape"] not in SHAPES: errs.append("bad shape")
    if g["language"] not in LANGS: errs.append("bad language")
    if (inputs[0].suffix == ".jsonl") != (g["shape"] == "jsonl"): errs.append("shape/extension mismatch")
    for k in ["title", "author", "site"]:
        if g[k] is not None and g[k] not in text:
            errs.append(f"{k} not in input: {g[k]!r}")
    if g["published"] is not None and not DATE.match(g["published"]): errs.append("published format")
    if len(g["body_first_words"]) != g["body_paragraphs"]:
        errs.append(f"body_first_words {len(g['body_first_words'])} != body_paragraphs {g['body_paragraphs']}")
    if not 3 <= g["body_paragraphs"] <= 12: errs.append("body_paragraphs out of 3-12")
    pos = 0
    for w in g["body_first_words"]:
        i = text.find(w, pos)
        if i < 0:
            errs.append(f"body word not found in order: {w!r}")
        else:
            pos = i + 1
    pos = 0
    for n, c in enumerate(g["comments"]):
        if list(c) != ["author", "published", "parent", "first_words", "last_words", "paragraphs"]:
            errs.append(f"comment {n} keys")
        if c["author"] is not None and c["author"] not in text:
            errs.append(f"comment {n} author not in input: {c['author']!r}")
        if c["published"] is not None and not DATE.match(c["published"]): errs.append(f"comment {n} date")
        if c["parent"] is not None and not (0 <= c["parent"] < n): errs.append(f"comment {n} parent {c['parent']}")
        if not isinstance(c["paragraphs"], int) or c["paragraphs"] < 1: errs.append(f"comment {n} paragraphs")
        fw, lw = c["first_words"], c["last_words"]
        if art is None:  # document order = reading order
            i = text.find(fw, pos)
            if i < 0:
                errs.append(f"comment {n} first_words not found after previous: {fw!r}")
                continue
            j = text.find(lw, i)
            if j < 0:
                errs.append(f"comment {n} last_words not after first_words: {lw!r}")
                continue
            pos = j + len(lw) if fw != lw else i + 1
        else:
            texts = [x["text"] for x in art["comments"]]
            hits = [t for t in texts if t.startswith(fw) and lw in t]
            if not hits:
                errs.append(f"comment {n} not matched in jsonl: {fw!r} / {lw!r}")
    if art is not None:
        # parents in gold must mirror the jsonl parent ids
        order = []
        for c in g["comments"]:
            order.append(next(x for x in art["comments"] if x["text"].startswith(c["first_words"]) and c["last_words"] in x["text"]))
        ids = [x["id"] for x in order]
        for n, (c, x) in enumerate(zip(g["comments"], order)):
            want = None if x["parent"] in (None, "") else ids.index(x["parent"])
            if c["parent"] != want: errs.append(f"comment {n} parent {c['parent']} != jsonl {want}")
        if len(order) != len(art["comments"]): errs.append("jsonl comment count differs")
    if not 3 <= len(g["must_not_appear"]) <= 10: errs.append("must_not_appear count")
    spans = [g["title"]] + g["body_first_words"] + [c["first_words"] for c in g["comments"]] + [c["last_words"] for c in g["comments"]]
    for m in g["must_not_appear"]:
        if m not in text: errs.append(f"must_not_appear not in input: {m!r}")
        for s in spans:
            if m in s: errs.append(f"must_not_appear {m!r} inside gold text {s!r}")
    return errs


def main():
    bad = 0
    golds = sorted(HERE.glob("*.gold.json"))
    for gp in golds:
        errs = check(gp)
        bad += bool(errs)
        print(("FAIL " if errs else "ok   ") + gp.name)
        for e in errs:
            print("     ", e)
    print(f"{len(golds)} cases, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
