"""A Label Studio export → a typed, anonymised dataset folder in the Hugging Face Hub layout.

One streaming pass over the export (two when the labeling config has to be inferred first)
validates every result, derives gold labels, replaces annotators by pseudonyms and writes rows
in batches; the rows are then cut into train / validation / test by document and described in
a dataset card. Every record in the export ends up as a row, and every result is either in a
row or counted as excluded with its reason: the report says both, so nothing is lost unseen.
"""

from __future__ import annotations

import hashlib
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from .. import bounded
from ..agreement.collect import counted
from ..agreement.streamed import StreamedAgreement
from ..errors import InputError
from ..labelconfig import LabelConfig, parse_config
from ..lsexport import JSON_MIN_LACKS, Task, open_export
from ..model import sha256
from ..pseudonyms import Pseudonyms, mapping_path
from ..validate import REASONS, Checks
from ..version import __version__
from .convert import TaskConverter, Totals, as_str
from .documents import DocumentSpans
from .features import Schema
from .formats import check_formats
from .hub import check_tag, hub_token, push_to_hub
from .infer import infer_config
from .publish import Publication, check_citation, comment_authors_dropper, finish
from .splits import DEFAULT_RATIOS, DEFAULT_SEED, SPLIT_NAMES, assign, check_ratios
from .write import Output, StagedConfig, WriteError

CONFIG_FILE = "labeling-config.xml"


@dataclass(frozen=True)
class ExportReport:
    """What went in, what came out, and what was left out and why."""

    output: Path
    export_format: str
    config_source: str  # "given" or "inferred"
    notes: tuple[str, ...]
    tasks: int
    records: dict[str, int]  # annotation / draft / prediction -> records read
    rows: dict[str, dict[str, int]]  # config -> split -> rows written
    results: int
    results_kept: int
    excluded: dict[str, int]  # "<control>: <reason>" -> results excluded
    excluded_examples: tuple[str, ...]
    whitespace_drift: int
    missing_predictions: int
    duplicate_units: int
    annotators: int
    documents: dict[str, int]  # split -> documents
    units_for_review: int
    document_spans_unmapped: int
    annotators_file: str | None
    adjudicated: int = 0  # units whose gold is an adjudicator's answer (--adjudicated)
    hub_url: str | None = None
    formats: Any = None  # corpus.dataset.formats.FormatsReport, when --format asked for more
    hub: Any = None  # corpus.dataset.hub.HubReport: what the push changed
    kept: tuple[str, ...] = ()  # entries of the folder corpus did not write, left in place

    @property
    def results_excluded(self) -> int:
        return sum(self.excluded.values())


def build_export(
    export_path: str | Path,
    output: str | Path,
    *,
    units_path: str | Path | None = None,
    docs_path: str | Path | None = None,
    config_xml: str | None = None,
    ratios: tuple[float, ...] | None = DEFAULT_RATIOS,
    seed: int = DEFAULT_SEED,
    license: str | None = None,
    language: str | None = None,
    pretty_name: str | None = None,
    keep_annotator_ids: bool = False,
    annotators_file: str | Path | None = None,
    hub_repo: str | None = None,
    private: bool = True,
    adjudicated_path: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
    formats: tuple[str, ...] = ("hf",),
    tag: str | None = None,
    citation: str | None = None,
    drop_comment_authors: bool = False,
) -> ExportReport:
    """Convert a Label Studio JSON (or JSON_MIN) export into a dataset folder; the report.

    ``ratios=None`` writes one split. ``annotators_file`` is the pseudonym mapping (default
    ``.corpus/annotators-project-<id>.json``); it is never written into ``output``.
    ``adjudicated_path`` is an export of the review project ``corpus review`` made: the
    adjudicator's answer on a unit becomes its gold (``gold_from == "adjudicated"``).
    ``formats`` adds training files beside the parquet (``corpus.dataset.formats``);
    ``hub_repo`` is made equal to the folder and ``tag`` names that revision;
    ``citation`` is BibTeX for the card; ``drop_comment_authors`` empties ``units.author``.
    """
    if ratios is not None:
        ratios = check_ratios(ratios)
    options = _Options(
        Path(export_path), Path(output), units_path, docs_path, ratios, seed, license, language,
        pretty_name, keep_annotator_ids, adjudicated_path, drop_comment_authors,
    )  # fmt: skip
    publication = Publication(tuple(formats), check_citation(citation), drop_comment_authors,
                              hub_repo, tag, private)  # fmt: skip
    plan = _plan(options, publication, config_xml, annotators_file)
    target = Output(options.output)
    folder = target.open()  # beside the old dataset; swapped in by commit() once complete
    try:
        read = _read(plan, target.staging, progress)
        report, finished = _write(plan, read, folder, target.staging)
        kept = target.commit()
    except OSError as exc:  # a full disk, most likely
        target.abandon()
        raise WriteError(
            f"cannot write {exc.filename or output} ({exc.strerror or exc}); {_unchanged(options.output)}"
        ) from exc
    except BaseException:
        target.abandon()
        raise
    hub = None
    if hub_repo:
        hub = push_to_hub(options.output, hub_repo, private=private, tag=tag)
    return _replace(
        report,
        formats=finished.formats,
        hub=hub,
        hub_url=hub.url if hub is not None else None,
        kept=kept,
    )


@dataclass(frozen=True)
class _Options:
    """What the exporter asked for that the steps below read (the rest is the Publication)."""

    export_path: Path
    output: Path
    units_path: str | Path | None
    docs_path: str | Path | None
    ratios: tuple[float, ...] | None
    seed: int
    license: str | None
    language: str | None
    pretty_name: str | None
    keep_annotator_ids: bool
    adjudicated_path: str | Path | None
    drop_comment_authors: bool


@dataclass
class _Plan:
    """Everything settled before a row is written: the export opened, its config, the units
    and documents given beside it, the pseudonyms, the adjudications; or an error."""

    options: _Options
    publication: Publication
    export: Any  # corpus.lsexport.Export
    tasks: Iterator[Task]  # every task, the first one already read
    first: Task | None
    config: LabelConfig
    config_source: str  # "given" or "inferred"
    schema: Schema
    notes: list[str]
    units: dict
    doc_ids: list[str]
    mapping: Path
    pseudonyms: Pseudonyms
    adjudications: Any  # corpus.dataset.adjudication.Adjudications, or None


@dataclass
class _Read:
    """The tasks converted: rows staged per config, and what was counted on the way."""

    staged: dict[str, StagedConfig]
    checks: Checks
    totals: Totals
    task_docs: set[str]
    duplicate_units: int
    measured: Measured


def _plan(
    options: _Options, publication: Publication, config_xml: str | None, annotators_file
) -> _Plan:
    """Check what was asked and open what is read, before anything is written."""
    if publication.hub_repo:
        hub_token()  # no token: say so before the work, not after it
        check_tag(publication.hub_repo, publication.tag)
    notes: list[str] = []
    given = parse_config(config_xml) if config_xml is not None else None
    export = open_export(options.export_path, given)
    if export.format == "json_min":
        notes.append(JSON_MIN_LACKS)
        if given is None:
            notes.append(
                "JSON_MIN: read as controls the keys missing from some rows "
                f"({', '.join(export.min_controls or ()) or 'none'}); pass --config to settle it"
            )
    if given is None:
        inferred = infer_config(export)
        config, config_source = inferred.config, "inferred"
        notes.extend(inferred.notes)
    else:
        config, config_source = given, "given"
    schema = Schema(config)
    check_formats(publication.formats, config)
    units = _read_units(options.units_path) if options.units_path else {}
    doc_ids = _read_doc_ids(options.docs_path) if options.docs_path else []

    tasks = iter(export)
    first = next(tasks, None)
    if annotators_file is not None:
        mapping = Path(annotators_file)
    else:
        project = (
            f"project-{first.project}"
            if first and first.project is not None
            else options.export_path.stem
        )
        mapping = mapping_path(project)
    if mapping.resolve().is_relative_to(options.output.resolve()):
        raise InputError(f"{mapping}: the annotators mapping must live outside the export folder")
    pseudonyms = Pseudonyms(None if options.keep_annotator_ids else mapping)
    adjudications = (
        _read_adjudications(options.adjudicated_path, config) if options.adjudicated_path else None
    )
    return _Plan(options, publication, export, tasks, first, config, config_source, schema,
                 notes, units, doc_ids, mapping, pseudonyms, adjudications)  # fmt: skip


def _read(plan: _Plan, staging: Path, progress: Callable[[int], None] | None) -> _Read:
    """Every task once: its rows staged, its answers added to the agreement figures."""
    schema, units, adjudications = plan.schema, plan.units, plan.adjudications
    staged = {
        "units": StagedConfig("units", schema.units_features(), staging),
        "annotations": StagedConfig("annotations", schema.annotations_features(), staging),
        "drafts": StagedConfig("drafts", schema.annotations_features(), staging),
        "predictions": StagedConfig("predictions", schema.annotations_features(), staging),
    }
    checks = Checks()
    totals = Totals()
    converter = TaskConverter(
        plan.config,
        schema,
        units=units,
        pseudonyms=plan.pseudonyms,
        keep_ids=plan.options.keep_annotator_ids,
        checks=checks,
        totals=totals,
        add_row=lambda name, row: staged[name].add(row),
        adjudicated=adjudications.gold if adjudications is not None else None,
        adjudicated_as=adjudications.chosen if adjudications is not None else None,
    )
    # unit ids as 8-byte digests in one growing buffer, not a set of strings: a string kept
    # per task pins the memory of the records around it, so the process grew with the export
    unit_digests = array("q")
    units_check = _UnitsCheck(units)
    task_docs: set[str] = set()
    agreement = StreamedAgreement(plan.config)
    first = plan.first
    chained: Iterator[Task] = (
        itertools.chain([first], plan.tasks) if first is not None else iter(())
    )
    for task in chained:
        voters = counted(task)  # submitted, one per annotator (the latest): gold and agreement
        unit_row = converter.convert(task, voters)
        agreement.add(task, voters)
        unit_id = unit_row["unit_id"]
        unit_digests.append(_digest(unit_id))
        if units:
            units_check.add(unit_id, unit_row.get("text"))
        task_docs.add(unit_row["doc_id"])
        staged["units"].add(unit_row)
        if progress is not None:
            progress(1)
    duplicate_units = len(unit_digests) - int(np.unique(np.frombuffer(unit_digests, np.int64)).size)
    del unit_digests
    measured = measure_agreement(agreement)
    if plan.options.units_path:
        plan.notes.extend(units_check.notes(plan.options.units_path))
    if adjudications is not None:
        plan.notes.extend(_adjudication_notes(adjudications, converter.adjudicated_seen))
    return _Read(staged, checks, totals, task_docs, duplicate_units, measured)


def _write(plan: _Plan, read: _Read, folder: Path, staging: Path):
    """The staged rows split into the folder, the documents, the manifest, the card: the
    report, and what ``finish`` wrote."""
    options, schema, totals, checks = plan.options, plan.schema, read.totals, read.checks
    ratios, seed, docs_path = options.ratios, options.seed, options.docs_path
    assignment = assign(read.task_docs.union(plan.doc_ids), ratios, seed)
    names = SPLIT_NAMES if ratios is not None else ("train",)
    dropped = [0]  # author names removed by --drop-comment-authors
    units_fill = read.measured.fill(schema)
    if options.drop_comment_authors:
        units_fill = comment_authors_dropper(units_fill, dropped)
    rows = {
        name: cfg.split(folder, assignment, names, fill=units_fill if name == "units" else None)
        for name, cfg in read.staged.items()
    }
    unmapped = 0
    if docs_path:
        documents = StagedConfig("documents", schema.documents_features(), staging)
        spans = DocumentSpans(read.staged["units"].path, schema)
        unmapped = _write_documents(Path(docs_path), schema, spans, documents)
        rows["documents"] = documents.split(folder, assignment, names)
    rows = {name: counts for name, counts in rows.items() if sum(counts.values())}
    plan.pseudonyms.save()

    report = ExportReport(
        output=options.output,
        export_format=plan.export.format,
        config_source=plan.config_source,
        notes=tuple(plan.notes),
        tasks=totals.tasks,
        records=dict(totals.records),
        rows=rows,
        results=checks.results,
        results_kept=checks.kept,
        excluded={f"{c}: {REASONS[r]}": n for (c, r), n in sorted(checks.excluded.items())},
        excluded_examples=tuple(
            f"task {e.task_id}, {e.kind} {e.annotation_id}: {e.control or '?'} "
            f"{REASONS[e.reason]} ({e.detail})"
            for e in checks.examples
        ),
        whitespace_drift=checks.whitespace_drift,
        missing_predictions=totals.missing_predictions,
        duplicate_units=read.duplicate_units,
        annotators=len(_annotators(folder)),  # in this export's rows, not the mapping file
        documents={n: sum(1 for s in assignment.values() if s == n) for n in names},
        units_for_review=totals.review,
        document_spans_unmapped=unmapped,
        annotators_file=None if options.keep_annotator_ids else str(plan.mapping),
        adjudicated=totals.adjudicated,
    )
    (folder / CONFIG_FILE).write_text(plan.config.xml.strip() + "\n", encoding="utf-8")
    manifest = _manifest(
        report, options.export_path, ratios, seed, totals, options.keep_annotator_ids
    )
    adjudicated_path = options.adjudicated_path
    manifest["gold"] = {
        "sources": dict(sorted(totals.gold_sources.items())),
        "adjudicated_from": _file_info(Path(adjudicated_path)) if adjudicated_path else None,
    }
    (folder / "manifest.json").write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    finished = finish(
        folder,
        push=False,  # once the dataset is in place
        report=report,
        schema=schema,
        splits=names,
        publication=plan.publication,
        agreement_report=read.measured.report,
        authors_dropped=dropped[0],
        card={
            "config": plan.config,
            "docs_path": Path(docs_path) if docs_path else None,
            "license": options.license,
            "language": options.language,
            "pretty_name": options.pretty_name or options.output.name,
            "period": (totals.first, totals.last),
            "gold_labels": totals.gold_labels,
            "gold_sources": dict(totals.gold_sources),
            "agreement": read.measured.summary(),
            "ratios": ratios,
            "seed": seed,
        },
    )
    return report, finished


def export_dataset(
    export_path: str | Path,
    output: str | Path,
    *,
    config: str = "units",
    cache_dir: str | Path | None = None,
    **options: Any,
):
    """Build the dataset folder (see ``build_export``) and load one config of it.

    Returns the ``datasets.DatasetDict`` of ``config`` (units, annotations, drafts,
    predictions or documents), loaded from the written folder exactly as a user would.
    """
    import datasets

    build_export(export_path, output, **options)
    return datasets.load_dataset(
        str(output), config, cache_dir=str(cache_dir) if cache_dir else None
    )


@dataclass
class Measured:
    """Agreement read alongside the conversion: per unit for ``units``, per control for the card."""

    # control -> (task ids, sorted; the unit agreement of each, NaN where undefined)
    per_unit: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    report: Any = None  # corpus.agreement.AgreementReport
    failure: str | None = None

    def fill(self, schema: Schema) -> Callable:
        columns = [(c.control.name, schema.agreement_column(c)) for c in schema.measured]

        def fill(table):
            import pyarrow as pa

            tasks = table["task_id"].to_numpy()
            for control, column in columns:
                found = np.full(len(tasks), np.nan)
                items, values = self.per_unit.get(control, (None, None))
                if items is not None and len(items):
                    at = np.searchsorted(items, tasks).clip(max=len(items) - 1)
                    found = np.where(items[at] == tasks, values[at], np.nan)
                index = table.schema.get_field_index(column)
                array = pa.array(found, pa.float64(), mask=np.isnan(found))
                table = table.set_column(index, column, array)
            return table

        return fill

    def summary(self) -> str | None:
        """Markdown for the card: each measured control's figures and what they rest on."""
        if self.failure:
            return f"Not computed: {self.failure}."
        report = self.report
        if report is None or not report.controls:
            return None
        from ..agreement import STATISTICS

        lines = [
            "Counted: submitted annotations, one per annotator and unit (the latest); skipped "
            "ones never. Per-unit figures are in the `units` config (`<control>_agreement`: the "
            "share of annotators giving the commonest answer, or the pooled overlap F1 of spans).",
            "",
            "| control | statistic | label | value | items | pairable items | annotators |",
            "|---|---|---|---|---|---|---|",
        ]
        for control in report.controls:
            for figure in control.figures:
                value = "undefined" if figure.value is None else f"{figure.value:.3f}"
                lines.append(
                    f"| `{control.name}` | {STATISTICS.get(figure.statistic, figure.statistic)} "
                    f"| {figure.label or ''} | {value} | {figure.support.items} | {figure.support.pairable_items} "
                    f"| {figure.support.annotators} |"
                )
        for control, why in sorted(report.not_measured.items()):
            lines.append(f"\n`{control}` not measured: {why}.")
        return "\n".join(lines)


def measure_agreement(agreement: StreamedAgreement) -> Measured:
    """The agreement figures of what the conversion read, task by task, as it went.

    Should the statistics fail, the dataset is still written and the card says why agreement
    is missing, rather than losing the dataset over a figure.
    """
    from ..agreement import AgreementError

    try:
        report, per_unit = agreement.result()
        return Measured(per_unit, report)
    except (AgreementError, ValueError, ArithmeticError) as exc:
        return Measured(failure=f"the agreement statistics failed ({exc})")


def _digest(text: str) -> int:
    """A 64-bit digest of a unit id: two of a million ids collide with odds of about 3e-8."""
    return int.from_bytes(
        hashlib.blake2b(text.encode(), digest_size=8).digest(), "little", signed=True
    )


def _read_adjudications(path: str | Path, config: LabelConfig):
    """The review project's export, read as gold (see :func:`.adjudication.adjudications`)."""
    from .adjudication import adjudications

    return adjudications(path, config)


def _adjudication_notes(adjudications, matched: Iterable[str]) -> list[str]:
    """What the report and the card say about the adjudications used."""
    matched = set(matched)
    notes = []
    unknown = len(adjudications.units) - len(matched & set(adjudications.units))
    if unknown:
        notes.append(f"{unknown} adjudicated units are not in this export and were not used")
    if adjudications.pending:
        notes.append(
            f"{len(adjudications.pending)} units in the review project are not adjudicated yet "
            "(their gold is derived as usual)"
        )
    excluded = sum(len(a.excluded) for a in adjudications.units.values())
    if excluded:
        notes.append(f"{excluded} results of adjudications were invalid and left out of gold")
    return notes


# -- side files ----------------------------------------------------------------------------


def _read_units(path: str | Path) -> dict[str, dict]:
    """unit id → the few fields a task may lack (doc, kind, section, offsets, author)."""
    keep = ("doc_id", "kind", "section", "start", "end", "author", "sha256")
    units: dict[str, dict] = {}
    for number, unit in _records(path):
        try:
            units[str(unit["id"])] = {k: unit.get(k) for k in keep}
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: not a unit (no {exc})") from exc
    return units


class _UnitsCheck:
    """Whether ``--units`` belongs to this export: how many tasks found their unit in it, and
    how many of those with another text (a units file of another project or split is
    otherwise used silently, or not at all)."""

    def __init__(self, units: dict[str, dict]):
        self.units = units
        self.tasks = self.found = self.other_text = 0

    def add(self, unit_id: str, text: Any) -> None:
        self.tasks += 1
        unit = self.units.get(unit_id)
        if unit is None:
            return
        self.found += 1
        digest = unit.get("sha256")
        if isinstance(text, str) and text and isinstance(digest, str):
            self.other_text += sha256(text) != digest

    def notes(self, path: str | Path) -> list[str]:
        name = Path(path).name
        if not self.tasks:
            return []
        if not self.found:
            return [
                f"none of the {self.tasks} tasks has its unit in {name}: it belongs to another "
                "project or split, and nothing was taken from it"
            ]
        notes = []
        if self.found < self.tasks:
            notes.append(
                f"{self.tasks - self.found} of {self.tasks} tasks have no unit in {name} "
                "(their documents and offsets come from the tasks alone)"
            )
        if self.other_text:
            notes.append(
                f"{self.other_text} units in {name} have another text than their task: "
                "is it the units file of another split?"
            )
        return notes


def _read_doc_ids(path: str | Path) -> list[str]:
    ids = []
    for number, doc in _records(path):
        ids.append(_doc_id(doc, path, number))
    return ids


def _doc_id(doc: Any, path: str | Path, number: int) -> str:
    if not isinstance(doc, dict) or doc.get("doc_id") is None:
        raise InputError(f"{path}:{number}: not a document (no doc_id)")
    return str(doc["doc_id"])


def _records(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, record) of a JSON Lines file, each line sized before it is parsed."""
    for number, line in bounded.lines(path):
        yield number, bounded.loads(line, f"{path}:{number}")


def _write_documents(path: Path, schema: Schema, spans: DocumentSpans, staged: StagedConfig) -> int:
    """One row per document of docs.jsonl with its gold spans in document offsets."""
    unmapped = 0
    for number, doc in _records(path):
        doc_id = _doc_id(doc, path, number)
        text = doc.get("text") if isinstance(doc.get("text"), str) else ""
        row = {name: as_str(doc.get(name)) for name in ("doc_id", "title", "author", "site",
               "published", "url", "language", "source", "format", "sha256")}  # fmt: skip
        row["text"] = text
        row["n_units"] = spans.units.get(doc_id, 0)
        for column in schema.span_columns:
            mapped = []
            for span in spans.of(doc_id, column):
                s, e = span["start"], span["end"]
                if not 0 <= s < e <= len(text):
                    unmapped += 1
                    continue
                span["text"] = text[s:e]
                mapped.append(span)
            row[column.name] = mapped
        staged.add(row)
    return unmapped


def _file_info(path: Path) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"file": path.name, "sha256": digest.hexdigest()}


def _manifest(report, export_path, ratios, seed, totals, keep_ids) -> dict:
    return {
        "corpus_version": __version__,
        "created": datetime.now().astimezone().isoformat(timespec="seconds"),
        "source": {**_file_info(export_path), "format": report.export_format},
        "labeling_config": {"file": CONFIG_FILE, "source": report.config_source},
        "notes": list(report.notes),
        "tasks": report.tasks,
        "records": report.records,
        "rows": report.rows,
        "results": {
            "read": report.results,
            "kept": report.results_kept,
            "excluded": report.excluded,
            "whitespace_drift_offsets_kept": report.whitespace_drift,
        },
        "predictions_named_by_id_only": report.missing_predictions,
        "tasks_repeating_a_unit_id": report.duplicate_units,
        "splits": {
            "ratios": list(ratios) if ratios else None,
            "seed": seed,
            "documents": report.documents,
        },
        "annotators": {"count": report.annotators, "pseudonymised": not keep_ids},
        "collection_period": [totals.first, totals.last],
    }


def _annotators(output: Path) -> set[str]:
    import pyarrow.parquet as pq

    found: set[str] = set()
    for name in ("annotations",):  # who submitted or skipped: a draft is not an annotation
        for shard in sorted((output / "data" / name).glob("*.parquet")):
            column = pq.read_table(shard, columns=["annotator"])["annotator"]
            found.update(v for v in column.to_pylist() if v)
    return found


def _unchanged(output: Path) -> str:
    return (
        f"the earlier dataset in {output} is unchanged"
        if (output / "manifest.json").exists()
        else "no dataset was written"
    )


def _replace(report: ExportReport, **changes) -> ExportReport:
    from dataclasses import replace

    return replace(report, **changes)
