"""A digest of what `corpus split` makes of the project's own and the shared real-world articles.

Run: ``.venv/bin/python bench/outputs.py`` to print today's digest, or
``.venv/bin/python bench/outputs.py --compare bench/data/readers/outputs-before.json`` to list
every document whose units or metadata differ from the stored digest (and how).

The digest holds hashes and counts only, never the articles' text, so it can be kept in the
repository while ../shared/realworld stays outside it. A change to a reader is checked against
it: the README says what changed and why for every document listed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from corpus import split_files, units_jsonl

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "seed": SHARED / "seed",
    "examples": ROOT / "examples",
    "realworld/blog_comments_txt": SHARED / "realworld" / "articles" / "blog_comments_txt",
    "realworld/html": SHARED / "realworld" / "articles" / "html",
    "realworld/semeval_ptc": SHARED / "realworld" / "articles" / "semeval_ptc",
}
META = ("title", "author", "site", "published", "comments_declared", "comments_found")


def digest() -> dict[str, dict]:
    found: dict[str, dict] = {}
    for name, folder in SETS.items():
        if not folder.exists():
            continue
        for result in split_files([str(folder)]):
            key = f"{name}:{result.source.rsplit('/', 1)[-1]}"
            if result.failure:
                found[key] = {"failure": result.failure.reason}
                continue
            doc = result.document
            found[key] = {
                "units_sha256": hashlib.sha256(units_jsonl(result.units)).hexdigest(),
                "text_sha256": doc.sha256,
                "units": dict(sorted(Counter(u.kind for u in result.units).items())),
                **{m: getattr(doc, m) for m in META},
            }
    return found


def compare(before: dict, after: dict) -> list[str]:
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None or new is None:
            lines.append(f"{key}: {'new' if old is None else 'gone'}")
            continue
        changes = [
            f"{k} {old.get(k)!r} → {new.get(k)!r}"
            for k in sorted(set(old) | set(new))
            if old.get(k) != new.get(k) and not k.endswith("sha256")
        ]
        if old.get("units_sha256") != new.get("units_sha256") and not changes:
            changes.append("unit texts or offsets changed (same counts)")
        lines.append(f"{key}: " + "; ".join(changes))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, help="A stored digest to compare with.")
    args = parser.parse_args()
    now = digest()
    if args.compare is None:
        print(json.dumps(now, indent=1, ensure_ascii=False))
        return
    changed = compare(json.loads(args.compare.read_text(encoding="utf-8")), now)
    print("\n".join(changed) if changed else "no document changed")


if __name__ == "__main__":
    main()
