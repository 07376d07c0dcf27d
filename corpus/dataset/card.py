"""The dataset card (README.md): Hub metadata a loader can use and a body a reviewer can check.

The YAML header is made with huggingface_hub's ``DatasetCardData`` (so it is the Hub's own
schema, with ``configs`` telling ``load_dataset`` which parquet files make which split); the
body says where the texts come from, how they were labelled, what the labels look like, how
gold labels were derived and what the export left out.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import orjson
from huggingface_hub import DatasetCard, DatasetCardData

from ..labelconfig import LabelConfig
from .features import Schema

MAX_SOURCES = 200
_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


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
) -> str:
    sources, languages = _sources(docs_path)
    langs = [language] if language else sorted(languages)
    categories, ids = task_metadata(config)
    units = sum(report.rows.get("units", {}).values())
    data = DatasetCardData(
        pretty_name=pretty_name,
        language=langs or None,
        license=license or "unknown",
        annotations_creators=["expert-generated"]
        + (["machine-generated"] if "predictions" in report.rows else []),
        task_categories=categories or None,
        task_ids=ids or None,
        size_categories=[size_category(units)],
        configs=[
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
        ],
    )
    body = "\n".join(
        _body(report, config, schema, sources, license, pretty_name, period, gold_labels,
              gold_sources, agreement, ratios, seed)
    )  # fmt: skip
    card = DatasetCard(f"---\n{data.to_yaml()}\n---\n\n{body}")
    return str(card)


def _body(report, config, schema, sources, license, name, period, gold_labels, gold_sources,
          agreement, ratios, seed) -> list[str]:  # fmt: skip
    rows = report.rows
    docs = sum(report.documents.values())
    units = sum(rows.get("units", {}).values())
    out = [
        f"# {name}",
        "",
        f"{units} annotated units from {docs} documents, labelled in Label Studio by "
        f"{report.annotators} annotator{'s' if report.annotators != 1 else ''} and exported with "
        "`corpus export`. Every annotation is kept (pseudonymous annotator, answers, timing); "
        "gold labels are derived from them as described below.",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        'units = load_dataset("path/or/hub-id", "units")          # one row per unit, gold labels',
        'annotations = load_dataset("path/or/hub-id", "annotations")  # one row per annotation',
        "```",
        "",
        "## Configurations",
        "",
        "| config | " + " | ".join(_split_names(rows)) + " |",
        "|---|" + "---|" * len(_split_names(rows)),
    ]
    for cfg, splits in rows.items():
        out.append(
            f"| `{cfg}` | " + " | ".join(str(splits.get(s, 0)) for s in _split_names(rows)) + " |"
        )
    out += [
        "",
        "- `units`: the unit text, its document and offsets into the document, context, gold "
        "labels per control, soft labels (the share of annotators per label), the number of "
        "annotators and the units whose gold is tied (`review`).",
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

    out += ["", "## Sources", ""]
    if sources:
        out += ["| title | author | site | URL |", "|---|---|---|---|"]
        for doc in sources[:MAX_SOURCES]:
            out.append(
                "| "
                + " | ".join(_cell(doc.get(k)) for k in ("title", "author", "site", "url"))
                + " |"
            )
        if len(sources) > MAX_SOURCES:
            out.append(f"\n… and {len(sources) - MAX_SOURCES} more (see the `documents` config).")
    else:
        out.append("No document list was given (`corpus export --docs docs.jsonl` adds one).")

    out += ["", "## Labeling", ""]
    if config.instructions:
        out += [
            "Instructions shown to annotators:",
            "",
            *[f"> {line}" for line in config.instructions.splitlines()],
            "",
        ]
    out += [
        f"Labeling config ({report.config_source}; also in `labeling-config.xml`):",
        "",
        "```xml",
        config.xml.strip(),
        "```",
    ]
    for note in report.notes:
        out += ["", f"Note: {note}"]

    out += ["", "## Label distributions (gold)", ""]
    for column in schema.columns:
        counts = gold_labels.get(column.control.name, Counter())
        if column.kind in ("text", "other"):
            continue
        out += [f"`{column.name}` ({column.control.tag}):", ""]
        if not counts:
            out += ["no gold labels", ""]
            continue
        out += ["| label | count |", "|---|---|"]
        out += [f"| {_cell(label)} | {n} |" for label, n in counts.most_common()]
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
        *[f"| {k} | {v} |" for k, v in sorted(gold_sources.items())],
        "",
        f"Units with a tie to review: {report.units_for_review}.",
        "",
        "## Agreement",
        "",
        agreement
        or "Not computed for this export (run `corpus agreement` on the Label Studio export).",
        "",
        "## Annotators",
        "",
        f"{report.annotators} annotator(s)"
        + (
            ", named `annotator_1` … `annotator_n`; the mapping to real accounts stays with "
            "the project and is not part of the dataset. E-mail addresses in annotators' free "
            "text are replaced."
            if report.annotators_file
            else " (identities kept at the exporter's request)."
        ),
        "",
        f"Collection period: {period[0] or '?'} to {period[1] or '?'}.",
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
    out += ["", "## License", "", license or "Not stated by the exporter.", ""]
    return out


def _adjudication(report) -> list[str]:
    if not report.adjudicated:
        return []
    return [
        f"{report.adjudicated} units were adjudicated: their annotators disagreed, the units "
        "went to a review project (`corpus review`) and an adjudicator settled them there; the "
        "adjudicator's answer is their gold and wins over everything below.",
        "",
    ]


def _split_names(rows: dict) -> list[str]:
    names: list[str] = []
    for splits in rows.values():
        names += [s for s in splits if s not in names]
    return names


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("|", "\\|").replace("\n", " ")


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
