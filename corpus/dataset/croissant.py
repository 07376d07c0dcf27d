"""``croissant.json``: the dataset described in Croissant 1.0 with its responsible-AI fields.

Croissant (MLCommons) is JSON-LD that says which files make which record sets and how each
field is read from them, so a loader such as ``mlcroissant`` can yield the records without
knowing corpus. Its RAI vocabulary carries what reviewers ask about the annotation:
``rai:dataAnnotationProtocol`` (who labelled what, how gold was decided),
``rai:dataAnnotationPlatform`` (Label Studio, through corpus) and ``rai:dataAnnotationAnalysis``
(the agreement figures) — all of which the export already knows. The file is plain JSON written
here; ``mlcroissant`` is needed only to read it (the tests load the records through it).

Record sets: ``units`` (every column that is a value or a list of values; spans and soft
labels, which are lists of records, are left to the parquet and named in the description),
``documents`` when written, ``ner`` for the BIO JSON Lines, and one small record set per
label vocabulary, which the label-id fields reference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from datasets import ClassLabel, Features, List, Value

from ..version import __version__
from .features import Schema

CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
PARQUET = "application/x-parquet"
JSONL = "application/jsonlines"
_TYPES = {"string": "sc:Text", "bool": "sc:Boolean"}


def _data_type(value: Value) -> str | None:
    dtype = value.dtype
    if dtype in _TYPES:
        return _TYPES[dtype]
    if dtype.startswith(("int", "uint")):
        return "sc:Integer"
    if dtype.startswith("float"):
        return "sc:Float"
    if dtype.startswith("timestamp"):
        return "sc:Date"
    return None


def _fields(set_id: str, file_set: str, features: Features, labels: dict) -> list[dict]:
    """Fields for the columns Croissant can read straight from a file: values, label ids,
    and lists of either; a column of records (spans) is left out."""
    out = []
    for name, feature in features.items():
        repeated = isinstance(feature, List)
        inner = feature.feature if repeated else feature
        field: dict[str, Any] = {"@type": "cr:Field", "@id": f"{set_id}/{name}", "name": name}
        if isinstance(inner, ClassLabel):
            field["dataType"] = "sc:Integer"
            vocabulary = labels.setdefault(tuple(inner.names), f"{name}_labels")
            if not repeated:  # a join on a list of ids is not a reference mlcroissant follows
                field["references"] = {"field": {"@id": f"{vocabulary}/id"}}
            field["description"] = f"Label ids; their names are in the {vocabulary} record set."
        elif isinstance(inner, Value) and _data_type(inner):
            field["dataType"] = _data_type(inner)
        else:
            continue
        if repeated:
            field["repeated"] = True
        field["source"] = {"fileSet": {"@id": file_set}, "extract": {"column": name}}
        out.append(field)
    return out


def _label_sets(labels: dict[tuple[str, ...], str]) -> list[dict]:
    sets = []
    for names, set_id in labels.items():
        sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": set_id,
                "name": set_id,
                "description": "Label ids and their names: " + ", ".join(names) + ".",
                "key": {"@id": f"{set_id}/id"},
                "field": [
                    {
                        "@type": "cr:Field",
                        "@id": f"{set_id}/id",
                        "name": "id",
                        "dataType": "sc:Integer",
                    },
                    {
                        "@type": "cr:Field",
                        "@id": f"{set_id}/name",
                        "name": "name",
                        "dataType": "sc:Text",
                    },
                ],
                "data": [{f"{set_id}/id": i, f"{set_id}/name": n} for i, n in enumerate(names)],
            }
        )
    return sets


def describe(
    output: Path,
    *,
    report,
    schema: Schema,
    counts,
    formats,
    publication,
    citation: str,
    agreement_report,
    name: str,
    license: str | None,
    language: str | None,
    published: str,
) -> dict:
    """The Croissant JSON-LD of the export folder."""
    from .hub import repo_url

    distribution: list[dict] = []
    record_sets: list[dict] = []
    labels: dict[tuple[str, ...], str] = {}
    for config in report.rows:
        distribution.append(
            {
                "@type": "cr:FileSet",
                "@id": f"{config}-parquet",
                "name": f"{config}-parquet",
                "description": f"The {config} config: one parquet file or more per split.",
                "encodingFormat": PARQUET,
                "includes": f"data/{config}/*.parquet",
            }
        )
    wanted = {"units": schema.units_features(), "documents": schema.documents_features()}
    for config, features in wanted.items():
        if config not in report.rows:
            continue
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": config,
                "name": config,
                "description": _RECORD_SETS[config],
                "field": _fields(config, f"{config}-parquet", features, labels),
            }
        )
    if formats is not None and formats.files.get("bio-jsonl"):
        distribution.append(
            {
                "@type": "cr:FileSet",
                "@id": "ner-jsonl",
                "name": "ner-jsonl",
                "description": "BIO JSON Lines, one file per split (`--format bio-jsonl`).",
                "encodingFormat": JSONL,
                "includes": "bio/*.jsonl",
            }
        )
        fields = [
            {"@type": "cr:Field", "@id": f"ner/{key}", "name": key, "dataType": "sc:Text",
             "source": {"fileSet": {"@id": "ner-jsonl"}, "extract": {"column": key}}}
            for key in ("id", "doc_id")
        ]  # fmt: skip
        for column in ("tokens", *formats.ner_columns):
            fields.append(
                {"@type": "cr:Field", "@id": f"ner/{column}", "name": column,
                 "dataType": "sc:Text", "repeated": True,
                 "source": {"fileSet": {"@id": "ner-jsonl"}, "extract": {"column": column}}}
            )  # fmt: skip
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": "ner",
                "name": "ner",
                "description": "Tokens and their BIO tags by name, one record per unit with gold.",
                "field": fields,
            }
        )
    for extra in ("conll", "spacy"):
        if formats is not None and formats.files.get(extra):
            distribution.append(
                {
                    "@type": "cr:FileSet",
                    "@id": f"{extra}-files",
                    "name": f"{extra}-files",
                    "description": _FILES[extra],
                    "encodingFormat": "text/plain"
                    if extra == "conll"
                    else "application/octet-stream",
                    "includes": PATHS_GLOB[extra],
                }
            )
    record_sets = _label_sets(labels) + record_sets
    url = repo_url(publication.hub_repo) if publication.hub_repo else None
    described: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": name,
        "description": (
            f"Annotations of news and blog articles and their reader comments: {counts.units} "
            f"units from {sum(report.documents.values())} documents, {counts.annotated_units} "
            f"of them annotated by {counts.annotators} annotators in Label Studio; exported "
            f"with corpus {__version__}. Dataset card: README.md."
        ),
        "conformsTo": CONFORMS_TO,
        "citeAs": citation,
        "datePublished": published,
        "license": license or "unknown",
        "version": _version(publication.tag),
        "distribution": distribution,
        "recordSet": record_sets,
        "rai:dataCollection": (
            "Articles and their reader comments were read from web pages, text scrapes or "
            "JSON Lines crawls and split into units (title, paragraphs, sentences, comments) "
            "by corpus; offsets are Unicode code points into each document's canonical text."
        ),
        "rai:dataAnnotationProtocol": _protocol(report, schema, counts),
        "rai:dataAnnotationPlatform": (
            f"Label Studio (tasks pushed and annotations pulled with corpus {__version__}); "
            "labeling config in labeling-config.xml."
        ),
        "rai:dataAnnotationAnalysis": _analysis(agreement_report),
        "rai:annotationsPerItem": _per_item(counts),
        "rai:annotatorDemographics": "Not collected.",
        "rai:personalSensitiveInformation": _personal(report, counts, publication),
        "rai:dataLimitations": _limitations(report, counts, formats),
    }
    if url:
        described["url"] = url
    if language:
        described["inLanguage"] = language
    return described


def write(path: Path, described: dict) -> None:
    path.write_bytes(orjson.dumps(described, option=orjson.OPT_INDENT_2) + b"\n")


_RECORD_SETS = {
    "units": "One record per unit (Label Studio task): its text, offsets, gold labels as ids, "
    "tokens and BIO tags; span lists and soft labels are in the parquet files.",
    "documents": "One record per document: metadata and canonical text.",
}
_FILES = {
    "conll": "CoNLL-2003 columns (token, BIO tag per span control), one file per split.",
    "spacy": "spaCy DocBin files (entities, span groups, cats), one per split.",
}
PATHS_GLOB = {"conll": "conll/*.conll", "spacy": "spacy/*.spacy"}


def _version(tag: str | None) -> str:
    """Croissant wants a version number; a tag like v2 or v1.2 gives it."""
    if tag:
        digits = tag.lstrip("vV")
        parts = digits.split(".")
        if all(p.isdigit() for p in parts) and 1 <= len(parts) <= 3:
            return ".".join(parts + ["0"] * (3 - len(parts)))
    return "1.0.0"


def _protocol(report, schema: Schema, counts) -> str:
    controls = "; ".join(
        f"{c.control.name} ({c.control.tag}"
        + (f": {', '.join(c.control.labels)}" if c.control.labels else "")
        + ")"
        for c in schema.columns
    )
    return (
        f"{counts.annotators} annotators labelled {counts.annotated_units} of {counts.units} "
        f"units in Label Studio ({counts.submitted} submitted and {counts.skipped} skipped "
        f"annotations). Controls: {controls}. Gold: an adjudicator's answer, else a ground-truth "
        "annotation, else the majority of the submitted annotations (a set item when more than "
        "half gave it); ties are left without gold and listed for review. Drafts and model "
        "predictions never count."
    )


def _analysis(agreement_report) -> str:
    if agreement_report is None or not agreement_report.controls:
        return "No agreement figures: no unit was annotated by two annotators or more."
    from ..agreement import STATISTICS

    parts = []
    for control in agreement_report.controls:
        for figure in control.figures:
            if figure.label:
                continue
            value = "undefined" if figure.value is None else f"{figure.value:.3f}"
            parts.append(
                f"{control.name}: {STATISTICS.get(figure.statistic, figure.statistic)} = {value} "
                f"({figure.support.pairable_items} items with two annotators or more)"
            )
    return "Inter-annotator agreement. " + "; ".join(parts) + "."


def _per_item(counts) -> str:
    low, high, mean = counts.votes_per_unit
    if not counts.annotated_units:
        return "No unit has a submitted annotation."
    return (
        f"{mean:.2f} submitted annotations per annotated unit on average ({low} to {high}); "
        f"{counts.units - counts.annotated_units} units have none."
    )


def _personal(report, counts, publication) -> str:
    annotators = (
        "Annotators are pseudonymised (annotator_1 … n; the mapping stays with the project) "
        "and e-mail addresses in their free text are replaced."
        if report.annotators_file
        else "Annotator identities are kept at the exporter's request."
    )
    if publication.drop_comment_authors:
        authors = f"Comment authors' names were removed ({counts.authors_dropped} units)."
    else:
        authors = f"Comment authors' names are kept ({counts.authored_units} units name one)."
    return (
        "Reader comments are personal data: written by identifiable people, often about "
        f"themselves or others. {authors} {annotators} The texts themselves are not scrubbed: "
        "they may name or describe people."
    )


def _limitations(report, counts, formats) -> str:
    lines = [
        f"{counts.units - counts.gold_units} of {counts.units} units have no gold label.",
        f"{report.units_for_review} units have a tied vote on some control.",
        "The documents are those the project chose to annotate, not a sample of any population.",
    ]
    if formats is not None and formats.spans:
        lines.append(
            f"{formats.misaligned} of {formats.spans} gold spans do not fall on token "
            f"boundaries (widened to tokens in BIO tags); {formats.overlapping} overlap another "
            "span and are not whole in BIO tags."
        )
    return " ".join(lines)
