"""``corpus export``: a Label Studio export in, a typed Hugging Face dataset folder out."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import CorpusError
from ._common import progress, quiet_option


def _ratios(ctx, param, value: str):
    from ..dataset.splits import SplitError, parse_ratios

    try:
        return parse_ratios(value)
    except SplitError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command()
@click.argument("export_path", metavar="EXPORT.json", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Dataset folder (e.g. exports/NAME); an earlier export there is replaced once the new "
    "one is complete, and files corpus did not write are kept.",
)
@click.option("--units", "units_path", type=click.Path(exists=True, dir_okay=False),
              help="units.jsonl from `corpus split`: offsets and documents for tasks that lack them.")  # fmt: skip
@click.option("--docs", "docs_path", type=click.Path(exists=True, dir_okay=False),
              help="docs.jsonl from `corpus split --docs`: adds the `documents` config and the card's sources.")  # fmt: skip
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Labeling config (XML); inferred from the results when not given.")  # fmt: skip
@click.option("--split", "ratios", default="0.8,0.1,0.1", show_default=True, callback=_ratios,
              help="train,validation,test ratios by document, or `none` for one split.")  # fmt: skip
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the split.")
@click.option("--license", "license_id", help="License of the dataset (an SPDX or Hub id).")
@click.option("--language", help="Language code for the card (default: from docs.jsonl).")
@click.option("--name", "pretty_name", help="Pretty name for the card (default: the folder name).")
@click.option("--adjudicated", "adjudicated_path", metavar="REVIEW_EXPORT.json",
              type=click.Path(exists=True, dir_okay=False),
              help="Export of the review project (`corpus review`): adjudicated answers become the gold.")  # fmt: skip
@click.option("--keep-annotator-ids", is_flag=True,
              help="Write annotators' e-mails / ids instead of annotator_1..n.")  # fmt: skip
@click.option("--annotators-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Pseudonym mapping to use and keep [default: .corpus/annotators-project-<id>.json].")  # fmt: skip
@click.option("--format", "formats", multiple=True, default=("hf",), show_default=True,
              type=click.Choice(["hf", "conll", "bio-jsonl", "spacy"]),
              help="Also write training files per split (repeatable): conll (CoNLL-2003), "
                   "bio-jsonl (tokens + BIO tags), spacy (DocBin). The parquet configs (hf) are "
                   "always written: the others are made from them.")  # fmt: skip
@click.option("--citation", "citation_path", metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="BibTeX for the card's Citation section and croissant.json (default: an entry made from the export).")  # fmt: skip
@click.option("--drop-comment-authors", is_flag=True,
              help="Leave comment authors' names out of the dataset (they are personal data).")  # fmt: skip
@click.option("--push-to-hub", "hub_repo", metavar="REPO",
              help="Make this Hub dataset repo hold exactly the folder, in one commit (HF_TOKEN from the environment).")  # fmt: skip
@click.option("--tag", metavar="NAME",
              help="With --push-to-hub: tag the pushed revision (e.g. v1); an existing tag is refused.")  # fmt: skip
@click.option(
    "--public", is_flag=True, help="With --push-to-hub: make a new repo public (default private)."
)
@quiet_option("No progress bar or summary.")
def export(
    export_path, output, units_path, docs_path, config_path, ratios, seed, license_id, language,
    pretty_name, adjudicated_path, keep_annotator_ids, annotators_file, formats, citation_path,
    drop_comment_authors, hub_repo, tag, public, quiet,
) -> None:  # fmt: skip
    """Turn a Label Studio JSON export into a dataset folder that `load_dataset` reads.

    \b
    Example:
        corpus export export.json --docs docs.jsonl -o exports/comments --license cc-by-4.0
    """
    from ..bounded import read_text
    from ..dataset import build_export
    from ..dataset.publish import check_citation
    from ..labelconfig import read_config

    if tag and not hub_repo:
        raise click.UsageError("--tag names a revision of the Hub repo: use it with --push-to-hub")
    citation = None
    if citation_path:
        citation = read_text(citation_path, "citation")
        try:
            citation = check_citation(citation)
        except CorpusError as exc:
            raise CorpusError(f"{citation_path}: {exc}") from exc
    config_xml = read_config(config_path).xml if config_path else None
    with progress(not quiet, None) as bar:
        report = build_export(
            export_path,
            output,
            units_path=units_path,
            docs_path=docs_path,
            config_xml=config_xml,
            ratios=ratios,
            seed=seed,
            license=license_id,
            language=language,
            pretty_name=pretty_name,
            keep_annotator_ids=keep_annotator_ids,
            annotators_file=annotators_file,
            hub_repo=hub_repo,
            private=not public,
            adjudicated_path=adjudicated_path,
            progress=bar.update if bar is not None else None,
            formats=tuple(dict.fromkeys(formats)),
            tag=tag,
            citation=citation,
            drop_comment_authors=drop_comment_authors,
        )
    if quiet:
        return
    say = lambda text: click.echo(text, err=True)  # noqa: E731
    for note in report.notes:
        say(f"note: {note}")
    records = ", ".join(f"{n} {kind}s" for kind, n in sorted(report.records.items())) or "none"
    say(f"{report.tasks} tasks ({report.export_format}); records: {records}")
    for name, splits in report.rows.items():
        parts = ", ".join(f"{split} {n}" for split, n in splits.items() if n)
        say(f"  {name}: {parts}")
    say(
        f"results: {report.results} read, {report.results_kept} kept, "
        f"{report.results_excluded} excluded; {report.whitespace_drift} spans' text differed "
        "only by whitespace (offsets kept)"
    )
    for reason, n in report.excluded.items():
        say(f"  excluded {n}: {reason}")
    for example in report.excluded_examples[:5]:
        say(f"    e.g. {example}")
    if report.missing_predictions:
        say(
            f"{report.missing_predictions} predictions are named by id only (no content in the export)"
        )
    if report.duplicate_units:
        say(f"{report.duplicate_units} tasks repeat the unit id of an earlier task (both kept)")
    if report.adjudicated:
        say(f"{report.adjudicated} units have the adjudicator's answer as gold")
    if report.units_for_review:
        say(f"{report.units_for_review} units have a tied gold label (listed in `review`)")
    if report.document_spans_unmapped:
        say(
            f"{report.document_spans_unmapped} gold spans fall outside their document (left out of `documents`)"
        )
    who = (
        f"pseudonyms kept in {report.annotators_file}"
        if report.annotators_file
        else "identities kept (--keep-annotator-ids)"
    )
    say(f"{report.annotators} annotators, {who}")
    if report.kept:
        kept = ", ".join(k + "/" if (output / k).is_dir() else k for k in report.kept)
        say(f"kept in {output} what corpus did not write: {kept}")
    if report.formats is not None:
        _say_formats(say, report.formats)
    if report.hub is not None:
        hub = report.hub
        say(f"pushed to {hub.url}: {hub.summary}")
        for label, paths in (
            ("added", hub.added),
            ("changed", hub.changed),
            ("deleted", hub.deleted),
        ):
            for path in paths:
                say(f"  {label} {path}")
        if hub.tag:
            say(
                f"tagged {hub.tag} at {(hub.commit or '?')[:12]}: load it with revision={hub.tag!r}"
            )
    say(f"wrote {output}; load it with: datasets.load_dataset({str(output)!r}, 'units')")


def _say_formats(say, formats) -> None:
    for name in formats.written:
        written = ", ".join(f"{split} {n}" for split, n in formats.units[name].items()) or "none"
        say(f"  {name}: {written} units")
        for reason, n in formats.left_out.get(name, {}).items():
            say(f"    left out {n}: {reason}")
    if formats.spans:
        say(
            f"{formats.misaligned} of {formats.spans} gold spans fall off token boundaries "
            f"(widened to the tokens they touch); {formats.overlapping} overlap another span "
            "(not whole in BIO tags)"
        )
        for example in formats.misaligned_examples[:5]:
            say(f"    e.g. {example.describe()}")
