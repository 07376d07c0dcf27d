"""The dataset card (README.md): Hub metadata a loader can use and a body a reviewer can check.

The YAML header is made with huggingface_hub's ``DatasetCardData`` (so it is the Hub's own
schema, with ``configs`` telling ``load_dataset`` which files make which split); the body says
where the texts come from, how they were labelled, what the labels look like, how gold labels
were derived, what the export left out, what personal data it holds, its limits and how to
cite it. Every count is counted in this export's files and says what it counts.

Everything the card quotes (titles, authors, URLs, labels, instructions, notes, a citation) is
escaped: HTML cannot open a tag and Markdown cannot open a link or an image in any renderer,
and code blocks get a fence longer than any run of backticks inside them. The YAML header
double-quotes any value with ``<`` or ``>`` and writes those as ``\\x3C`` / ``\\x3E``, so a
renderer that shows the header as text shows no tag either.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import yaml
from huggingface_hub import DatasetCard, DatasetCardData

from ..labelconfig import LabelConfig
from ..version import __version__
from .features import Schema
from .publication import Counts, Publication

MAX_SOURCES = 200
_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))
# Markdown punctuation that can start emphasis, code, links or images, or break a table
_MARKDOWN = re.compile(r"([\\`*_\[\]|!])")


def size_category(n: int) -> str:
    for limit, name in _SIZES:
        if n < limit:
            return name
    return "1M<n<10M" if n < 10_000_000 else "n>10M"


def task_metadata(config: LabelConfig) -> tuple[list[str], list[str]]:
    categories, ids = [], []
    for control in config.controls:
        if control.kind == "spans":
            categories.append("token-classification")
            ids.append("named-entity-recognition")
        elif control.kind in ("choices", "taxonomy"):
            categories.append("text-classification")
            multi = control.multiple or control.kind == "taxonomy"
            ids.append("multi-label-classification" if multi else "multi-class-classification")
    return sorted(set(categories)), sorted(set(ids))


# -- escaping ----------------------------------------------------------------------------------


def text(value: Any) -> str:
    """A quoted value as inline Markdown that renders as the same characters and nothing more:
    no tag, no link, no emphasis, no table cell break, one line."""
    if value is None:
        return ""
    value = " ".join(str(value).split())
    return html.escape(_MARKDOWN.sub(r"\\\1", value), quote=False)


def _markup_free(markdown: str | None) -> str | None:
    """Markdown made here around quoted names (the agreement table): no tag, no link."""
    if markdown is None:
        return None
    markdown = markdown.replace("<", "&lt;").replace(">", "&gt;")
    return markdown.replace("[", "\\[").replace("]", "\\]")


def _cell(value: Any) -> str:
    return text(value)


def _url(value: Any) -> str:
    """An http(s) URL as a link whose text and target are the URL; anything else as text."""
    if value is None:
        return ""
    url = str(value).strip()
    if re.fullmatch(r"https?://[^\s<>\"'`\\]+", url):
        return f"[{text(url)}](<{url.replace('>', '%3E')}>)"
    return text(url)


def fenced(body: str, language: str = "") -> list[str]:
    """A code block whose fence no run of backticks inside can close."""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + language, body, fence]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str):
    style = '"' if ("<" in value or ">" in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def front_matter(data: DatasetCardData) -> str:
    """The card's YAML header with every ``<`` and ``>`` inside double quotes as an escape."""
    dumped = yaml.dump(
        data.to_dict(), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000
    )
    return dumped.replace("<", "\\x3C").replace(">", "\\x3E").strip()


# -- citation ----------------------------------------------------------------------------------


def _bibtex(value: str) -> str:
    """A value inside BibTeX braces: LaTeX's special characters escaped."""
    out = re.sub(r"([&%$#_{}])", r"\\\1", value)
    return out.replace("~", r"\textasciitilde{}").replace("^", r"\textasciicircum{}")


def citation_template(
    pretty_name: str, hub_repo: str | None, tag: str | None, license: str | None
) -> str:
    """A BibTeX entry for the dataset when the exporter gave none (``--citation``)."""
    from .hub import repo_url

    year = date.today().year
    key = re.sub(r"[^a-z0-9]+", "_", pretty_name.lower()).strip("_") or "dataset"
    lines = [
        f"@misc{{{key}_{year},",
        f"  title        = {{{_bibtex(pretty_name)}}},",
        f"  year         = {{{year}}},",
    ]
    if hub_repo:
        lines += [
            "  publisher    = {Hugging Face},",
            f"  howpublished = {{\\url{{{repo_url(hub_repo)}}}}},",
        ]
    if tag:
        lines.append(f"  version      = {{{_bibtex(tag)}}},")
    note = f"Annotated in Label Studio and exported with corpus {__version__}"
    if license:
        note += f"; license {license}"
    lines += [f"  note         = {{{_bibtex(note)}}}", "}"]
    return "\n".join(lines)


# -- the card ----------------------------------------------------------------------------------


def render(
    *,
    report,
    config: LabelConfig,
    schema: Schema,
    docs_path: Path | None,
    license: str | None,
    language: str | None,
    pretty_name: str,
    period: tuple[str | None, str | None],
    gold_labels: dict[str, Counter],
    gold_sources: dict[str, int],
    agreement: str | None,
    ratios,
    seed: int,
    counts: Counts,
    publication: Publication,
    formats=None,
    citation: str | None = None,
) -> str:
    """The card's text; ``counts`` are read from the written files, ``formats`` and ``publication`` say what else the export wrote and asked."""
    sources, languages = _sources(docs_path)
    langs = [language] if language else sorted(languages)
    categories, ids = task_metadata(config)
    configs = [
        {
            "config_name": name,
            "data_files": [
                {"split": split, "path": f"data/{name}/{split}-*.parquet"}
                for split, n in splits.items()
                if n
            ],
            **({"default": True} if name == "units" else {}),
        }
        for name, splits in report.rows.items()
    ]
    data = DatasetCardData(
        pretty_name=pretty_name,
        language=langs or None,
        license=license or "unknown",
        annotations_creators=["expert-generated"]
        + (["machine-generated"] if "predictions" in report.rows else []),
        task_categories=categories or None,
        task_ids=ids or None,
        size_categories=[size_category(counts.units)],
        configs=configs,
    )
    body = "\n".join(
        _body(report, config, schema, sources, license, pretty_name, period, gold_labels,
              gold_sources, agreement, ratios, seed, counts, formats, publication, citation)
    )  # fmt: skip
    content = f"---\n{front_matter(data)}\n---\n\n{body}"
    DatasetCard(content)  # parses the header as the Hub will; str() would dump it unescaped
    return content


def bio_card(formats, pretty_name: str) -> str:
    """``bio/README.md``: the BIO JSON Lines as a dataset of their own, typed.

    ``load_dataset`` picks one file reader per dataset folder (parquet at the top), so the
    JSON Lines get a folder card of their own: ``load_dataset("<export>/bio")`` reads them
    with the tags as ``ClassLabel`` (from ``dataset_info``), not as strings.
    """
    from datasets import ClassLabel, DatasetInfo, Features, List, Value
    from datasets.info import DatasetInfosDict

    files = formats.files["bio-jsonl"]
    data = DatasetCardData(
        pretty_name=f"{pretty_name} (BIO tags)",
        configs=[
            {
                "config_name": "default",
                "data_files": [{"split": s, "path": Path(p).name} for s, p in files.items()],
            }
        ],
    )
    features = {"id": Value("string"), "doc_id": Value("string"), "tokens": List(Value("string"))}
    for column in formats.ner_columns:
        features[column] = List(ClassLabel(names=formats.ner_names[column]))
    DatasetInfosDict({"default": DatasetInfo(features=Features(features))}).to_dataset_card_data(
        data
    )
    body = (
        f"# {text(pretty_name)}: BIO tags\n\nThe units with gold of the dataset one folder up "
        "(see its README.md: tokenisation, spans off token boundaries, what was left out), one "
        "JSON object per line: `id`, `doc_id`, `tokens` and "
        + ", ".join(f"`{c}`" for c in formats.ner_columns)
        + " by name.\n"
    )
    content = f"---\n{front_matter(data)}\n---\n\n{body}"
    DatasetCard(content)
    return content


def _body(report, config, schema, sources, license, name, period, gold_labels, gold_sources,
          agreement, ratios, seed, counts, formats, publication, citation) -> list[str]:  # fmt: skip
    rows = report.rows
    docs = sum(report.documents.values())
    where = publication.hub_repo or "path/to/this/folder"
    revision = f', revision="{publication.tag}"' if publication.tag and publication.hub_repo else ""
    out = [
        f"# {text(name)}",
        "",
        f"{counts.units} units (one per Label Studio task) from {docs} documents. "
        f"{counts.annotated_units} of them have at least one submitted annotation and "
        f"{counts.gold_units} have a gold label; {counts.annotators} "
        f"annotator{'s' if counts.annotators != 1 else ''} made this export's "
        f"{counts.submitted} submitted and {counts.skipped} skipped annotations (counted in the "
        "`annotations` config). Exported with `corpus export`. Every annotation is kept "
        "(pseudonymous annotator, answers, timing); gold labels are derived from them as "
        "described below.",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        f'units = load_dataset("{where}", "units"{revision})  # one row per unit, gold labels',
        f'annotations = load_dataset("{where}", "annotations"{revision})  # one row per annotation',
        "```",
    ]
    if publication.tag and publication.hub_repo:
        out += [
            "",
            f'`revision="{publication.tag}"` loads the files as they were tagged '
            f"`{publication.tag}`, whatever was pushed since: cite that revision.",
        ]
    split_names = _split_names(rows)
    out += [
        "",
        "## Configurations",
        "",
        "| config | " + " | ".join(split_names) + " |",
        "|---|" + "---|" * len(split_names),
    ]
    for cfg, splits in rows.items():
        out.append(f"| `{cfg}` | " + " | ".join(str(splits.get(s, 0)) for s in split_names) + " |")
    out += [
        "",
        "- `units`: the unit text, its document and offsets into the document, context, gold "
        "labels per control, soft labels (the share of annotators per label), the number of "
        "annotators and the units whose gold is tied (`review`). Units nobody annotated are "
        "rows too (`gold_from` = `none`).",
        "- `annotations`: one row per submitted or skipped annotation; `drafts` and "
        "`predictions` hold drafts and model pre-annotations apart, in the same columns.",
    ]
    if "documents" in rows:
        out.append(
            "- `documents`: one row per article: metadata, canonical text and every gold span "
            "in document offsets."
        )
    split_line = (
        "one split (`train`)"
        if ratios is None
        else "train / validation / test = "
        + " / ".join(f"{r:g}" for r in ratios)
        + f" of the documents (seed {seed}); a document's units are all in one split"
    )
    out += ["", f"Splits: {split_line}.", "", "Offsets are Unicode code points (Python `str` indices): "
            "`text[start:end] == span.text` for every span."]  # fmt: skip
    out += _formats(formats, where, revision)

    out += ["", "## Sources", ""]
    if sources:
        out += ["| title | author | site | URL |", "|---|---|---|---|"]
        for doc in sources[:MAX_SOURCES]:
            cells = [_cell(doc.get(k)) for k in ("title", "author", "site")] + [
                _url(doc.get("url"))
            ]
            out.append("| " + " | ".join(cells) + " |")
        if len(sources) > MAX_SOURCES:
            out.append(f"\n… and {len(sources) - MAX_SOURCES} more (see the `documents` config).")
    else:
        out.append("No document list was given (`corpus export --docs docs.jsonl` adds one).")

    out += ["", "## Labeling", ""]
    if config.instructions:
        out += [
            "Instructions shown to annotators:",
            "",
            *[f"> {text(line)}" for line in config.instructions.splitlines()],
            "",
        ]
    out += [
        f"Labeling config ({report.config_source}; also in `labeling-config.xml`):",
        "",
        *fenced(config.xml.strip(), "xml"),
    ]
    for note in report.notes:
        out += ["", f"Note: {text(note)}"]

    out += ["", "## Label distributions (gold)", ""]
    for column in schema.columns:
        counted = gold_labels.get(column.control.name, Counter())
        if column.kind in ("text", "other"):
            continue
        out += [f"`{text(column.name)}` ({text(column.control.tag)}):", ""]
        if not counted:
            out += ["no gold labels", ""]
            continue
        out += ["| label | count |", "|---|---|"]
        out += [f"| {_cell(label)} | {n} |" for label, n in counted.most_common()]
        out.append("")

    out += [
        "## Gold labels",
        "",
        *_adjudication(report),
        "A ground-truth annotation wins; otherwise each control is decided by the submitted "
        "(not skipped) annotations: a single answer by plurality, spans, multiple choices and "
        "taxonomy paths item by item (gold when more than half of the annotators gave it). A "
        "tie leaves the gold empty and lists the control in `review`. Drafts and predictions "
        "never count. Where each unit's gold comes from is in its `gold_from` column "
        "(`adjudicated`, `ground_truth`, `majority`, `tie`: a majority vote that left some "
        "control tied, `single`: one annotator, `none`: no submitted annotation); the soft "
        "labels always show the annotators' own votes.",
        "",
        "| gold from | units |",
        "|---|---|",
        *[f"| {text(k)} | {v} |" for k, v in sorted(gold_sources.items())],
        "",
        f"Units with a tie to review: {report.units_for_review}.",
        "",
        "## Agreement",
        "",
        _markup_free(agreement)
        or "Not computed for this export (run `corpus agreement` on the Label Studio export).",
        "",
        "## Annotators",
        "",
        f"{counts.annotators} annotator(s) made the submitted or skipped annotations of this "
        "export"
        + (
            ", named `annotator_1` … `annotator_n` (the numbers are the project's: a gap is an "
            "annotator of the project with no annotation here); the mapping to real accounts "
            "stays with the project and is not part of the dataset. E-mail addresses in "
            "annotators' free text are replaced."
            if report.annotators_file
            else " (identities kept at the exporter's request)."
        ),
        "",
        f"Collection period: {text(period[0]) or '?'} to {text(period[1]) or '?'}.",
        "",
        "## What the export left out",
        "",
        f"Results read: {report.results}; kept: {report.results_kept}; excluded: "
        f"{report.results_excluded}. Spans whose recorded text differed from the text at their "
        f"offsets only by whitespace (offsets kept): {report.whitespace_drift}.",
    ]
    if report.excluded:
        out += ["", "| control: reason | results |", "|---|---|"]
        out += [f"| {_cell(k)} | {v} |" for k, v in report.excluded.items()]
    if report.missing_predictions:
        out += ["", f"Predictions named by id only in the export (content not available): "
                f"{report.missing_predictions}."]  # fmt: skip
    if report.duplicate_units:
        out += [
            "",
            f"Tasks repeating the unit id of an earlier task (kept as rows): {report.duplicate_units}.",
        ]
    out += _personal(report, counts, publication, "documents" in rows)
    out += _limitations(report, counts, formats, ratios)
    out += ["", "## Citation", ""]
    if not publication.citation:
        out += [
            "No citation was given with the export (`corpus export --citation FILE`); this "
            "entry is made from the export: add its authors before you cite it.",
            "",
        ]
    out += fenced(citation or "", "bibtex")
    out += ["", "## License", "", text(license) or "Not stated by the exporter.", ""]
    return out


def _formats(formats, where: str, revision: str) -> list[str]:
    if formats is None or not formats.written:
        return []
    out = ["", "## Training formats", ""]
    out += [
        "Written from the `units` config, split by split (the same gold and the same splits):",
        "",
        "| format | " + " | ".join(("train", "validation", "test")) + " |",
        "|---|---|---|---|",
    ]
    for name in formats.written:
        cells = [
            f"`{formats.files[name][s]}` ({formats.units[name][s]} units)"
            if s in formats.files[name]
            else "—"
            for s in ("train", "validation", "test")
        ]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out += [
        "",
        "Tokens are the `tokens` column's, from one rule: a word (letters, digits and "
        "combining marks, with inner apostrophes or hyphens) or any other single non-space "
        "character, emoji sequences whole. A gold span that starts or ends inside a token is "
        "widened to the tokens it touches (as `ner_tags` tags it); spans that overlap cannot "
        "all be BIO tags: the earlier (at the same start, the longer) keeps the shared tokens.",
        "",
        f"Gold spans on the unit text: {formats.spans}; off token boundaries (widened): "
        f"{formats.misaligned}; overlapping another span (not whole in BIO tags): "
        f"{formats.overlapping}.",
    ]
    if formats.misaligned_examples:
        out += [
            "",
            "| unit | control | label | span text | tokens' text |",
            "|---|---|---|---|---|",
        ]
        for m in formats.misaligned_examples:
            cells = (m.unit_id, m.control, m.label, m.text, m.widened)
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    for name, reasons in formats.left_out.items():
        if reasons:
            said = "; ".join(f"{text(r)}: {n}" for r, n in reasons.items())
            out += ["", f"Units left out of {name}: {said}."]
    if "conll" in formats.written:
        out += ["", "CoNLL-2003 (`conll/`): a token and its BIO tag per line ("
                + ", ".join(f"`{c}`" for c in formats.ner_columns)
                + "), a blank line after each unit, `-DOCSTART- -X- O O` before each document."]  # fmt: skip
    if "bio-jsonl" in formats.written:
        out += [
            "",
            "BIO JSON Lines (`bio/`): `id`, `doc_id`, `tokens` and the tags by name. The "
            "folder has a card of its own, so `load_dataset` reads the tags as `ClassLabel`:",
            "",
            "```python",
            'ner = load_dataset("path/to/this/folder/bio")  # a Hub repo: snapshot_download it',
            'names = ner["train"].features["' + formats.ner_columns[0] + '"].feature.names',
            "```",
        ]
    if "spacy" in formats.written:
        pipeline = ",".join(["ner", *([formats.textcat] if formats.textcat else [])])
        out += [
            "",
            "spaCy (`spacy/`): `DocBin` files of the unit texts with these tokens; `ents` from "
            "the first span control, every span control's spans whole in `doc.spans[<control>]`, "
            "`cats` from the choices (a tied or missing answer is absent, which spaCy treats as "
            "unknown), `user_data` with `unit_id` and `doc_id`. Train a blank pipeline:",
            "",
            "```console",
            f"python -m spacy init config config.cfg --lang en --pipeline {pipeline}",
            "python -m spacy train config.cfg --paths.train spacy/train.spacy "
            "--paths.dev spacy/validation.spacy",
            "```",
        ]
        if formats.cats:
            out += ["", "`cats` keys: " + ", ".join(f"`{text(k)}`" for k in formats.cats) + "."]
    return out


def _personal(report, counts, publication, documents: bool) -> list[str]:
    out = ["", "## Personal and sensitive information", ""]
    out.append(
        "Reader comments are personal data: they are written by identifiable people (a "
        "pseudonymous handle still identifies), often about themselves or others, and may "
        "reveal opinions, health, beliefs or whereabouts. Whoever uses this dataset handles "
        "personal data and needs a lawful basis for it."
    )
    out.append("")
    if publication.drop_comment_authors:
        out.append(
            f"- Comment authors: removed at export (`--drop-comment-authors`): the names of "
            f"{counts.authors_dropped} units' authors are gone from `units.author`, and task "
            "fields naming a person (`…author`, `…authors`) from `units.data`."
        )
    else:
        out.append(
            f"- Comment authors: kept; {counts.authored_units} units name their author in "
            "`units.author`. `corpus export --drop-comment-authors` removes them."
        )
    if report.annotators_file:
        out.append(
            "- Annotators: pseudonymised (`annotator_1` … `annotator_n`); the mapping stays "
            "with the project; e-mail addresses in annotators' free text are replaced."
        )
    else:
        out.append(
            "- Annotators: identities kept at the exporter's request (`--keep-annotator-ids`)."
        )
    if documents:
        out.append(
            "- Article bylines (`documents.author`) are kept: they are published authorship."
        )
    out.append(
        "- Not done: the texts are not scrubbed; names and other details of people in "
        "articles and comments are as published."
    )
    return out


def _limitations(report, counts, formats, ratios) -> list[str]:
    out = ["", "## Limitations", ""]
    out.append(
        f"- {counts.units - counts.gold_units} of {counts.units} units have no gold label "
        f"(nobody submitted an annotation, or every control was tied); "
        f"{report.units_for_review} units have a tied control listed in `review`."
    )
    low, high, mean = counts.votes_per_unit
    if counts.annotated_units:
        out.append(
            f"- Annotated units have {low} to {high} annotators (mean {mean:.2f}); gold from a "
            "single annotator (`gold_from` = `single`) was never cross-checked."
        )
    out.append(
        "- The documents are those the project chose to annotate, from the sites it read: not "
        "a sample of news or of commenters, and the label distribution reflects that choice."
    )
    if ratios is not None and sum(report.documents.values()) < 30:
        out.append(
            f"- Few documents ({sum(report.documents.values())}): split by document, the "
            "validation and test splits are small and their figures noisy."
        )
    if formats is not None and formats.spans:
        out.append(
            f"- BIO tags (`ner_tags` and the training formats) cannot show overlapping spans "
            f"({formats.overlapping} here) and widen spans off token boundaries "
            f"({formats.misaligned} here); the span lists keep both exactly."
        )
    out.append(
        "- Tokens come from a rule, not a trained tokenizer: language-specific conventions "
        "(clitics, compounds, scripts without spaces) are not followed."
    )
    return out


def _adjudication(report) -> list[str]:
    if not report.adjudicated:
        return []
    return [
        f"{report.adjudicated} units were adjudicated: their annotators disagreed, the units "
        "went to a review project (`corpus review`) and an adjudicator settled them there; the "
        "adjudicator's answer is their gold and wins over everything below. The review task "
        "opened empty, with every annotator's answer shown beside it, so no version was "
        "accepted by default; `adjudicated_as` names the annotators whose answer the "
        "adjudicator's equals (`[]`: an answer of their own).",
        "",
    ]


def _split_names(rows: dict) -> list[str]:
    names: list[str] = []
    for splits in rows.values():
        names += [s for s in splits if s not in names]
    return names


def _sources(path: Path | None) -> tuple[list[dict], set[str]]:
    if path is None:
        return [], set()
    sources, languages = [], set()
    with open(path, "rb") as handle:
        for line in handle:
            if not line.strip():
                continue
            doc = orjson.loads(line)
            if doc.get("language"):
                languages.add(str(doc["language"]))
            if len(sources) <= MAX_SOURCES:
                sources.append({k: doc.get(k) for k in ("title", "author", "site", "url")})
    return sources, languages
