"""`corpus inspect` shows what the readers found and left out; `--rules` adds a site's patterns
to it and to `corpus split`, checked before anything is read."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corpus.cli import cli

from .conftest import EXAMPLES

PAGE = """Ledger Online
Local | Sport | Culture

Bridge tolls approved after four hours

Posted on 3 March 2026 by Mia Cast

After nearly four hours of debate on Monday night, the council voted 6 to 5 to put tolls on the bridge.

The roll call ended at 11:40 p.m., long after most residents had given up on the live stream.

Share this:
Like Loading...

2 thoughts on “Bridge tolls approved after four hours”

    Tom Reed says:
    3 March 2026 at 7:45 pm

    About time.

    Reply
    From the desk of: Ann Blake
    4 March 2026 at 9:02 am

    Who decides what counts as repair?

    Reply

Leave a Reply Cancel reply
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def page(tmp_path: Path) -> Path:
    path = tmp_path / "tolls.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_inspect_lists_the_parse_and_every_line_left_out_with_its_rule(tmp_path: Path):
    result = run("inspect", str(page(tmp_path)))
    assert result.exit_code == 0
    out = result.output
    assert "title      Bridge tolls approved after four hours" in out
    assert "author     Mia Cast" in out and "published  2026-03-03" in out
    assert "body       2 paragraphs" in out
    assert "c1  Tom Reed · 2026-03-03 · depth 1" in out
    assert "Like Loading..." in out and "en:boilerplate:" in out
    assert "2 thoughts on" in out and "en:count_headers:" in out
    # the second commenter's header is not one the tables know: it shows, and it warns
    assert "2 comments declared, 1 found" in out


def test_a_sites_rules_file_reads_its_own_header(tmp_path: Path):
    rules = tmp_path / "ledger.yml"
    rules.write_text('comment_headers:\n  - "From the desk of: {author}"\n', encoding="utf-8")
    result = run("inspect", "--json", "--rules", str(rules), str(page(tmp_path)))
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert [(c["id"], c["author"], c["published"]) for c in record["comments"]] == [
        ("c1", "Tom Reed", "2026-03-03"),
        ("c2", "Ann Blake", "2026-03-04"),
    ]
    assert record["warnings"] == []
    header = next(d for d in record["dropped"] if d["text"].startswith("From the desk"))
    assert header["rule"] == "comment header"
    count = next(d for d in record["dropped"] if d["text"].startswith("2 thoughts"))
    assert count["template"].startswith("{n} {thoughts|")


def test_split_reads_with_the_same_rules_and_prints_the_warnings(tmp_path: Path):
    source = page(tmp_path)
    plain = CliRunner().invoke(cli, ["split", str(source), "-o", "-"])
    assert plain.exit_code == 0
    assert "warning: " in plain.stderr and "2 comments declared, 1 found" in plain.stderr
    quiet = CliRunner().invoke(cli, ["split", str(source), "-q", "-o", "-"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == plain.stdout
    rules = tmp_path / "ledger.yml"
    rules.write_text('comment_headers:\n  - "From the desk of: {author}"\n', encoding="utf-8")
    ruled = CliRunner().invoke(
        cli, ["split", str(source), "--rules", str(rules), "--workers", "2", "-o", "-"]
    )
    assert ruled.exit_code == 0 and "warning" not in ruled.stderr
    comments = [json.loads(u) for u in ruled.stdout.splitlines() if '"kind":"comment"' in u]
    assert [c["author"] for c in comments] == ["Tom Reed", "Ann Blake"]


def test_a_bad_rules_file_stops_split_and_inspect_with_one_line(tmp_path: Path):
    rules = tmp_path / "bad.yml"
    rules.write_text('comment_headers:\n  - "{autor} says:"\n', encoding="utf-8")
    for command in ("split", "inspect"):
        result = CliRunner().invoke(cli, [command, str(EXAMPLES), "--rules", str(rules)])
        assert result.exit_code == 1
        (line,) = result.stderr.strip().splitlines()
        assert str(rules) in line and "did you mean {author}?" in line
        assert result.stdout == ""


def test_inspect_reads_html_and_jsonl_and_reports_a_file_it_cannot_read(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["inspect", "--json", str(EXAMPLES), str(empty)])
    assert result.exit_code == 1
    assert f"error: {empty}:" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["format"] for r in records} == {"text", "html", "jsonl"}
    html = next(r for r in records if r["format"] == "html")
    assert html["comments"] and html["dropped"] == []
