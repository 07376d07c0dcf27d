"""Templates, custom configs and pre-annotations, pushed to a real Label Studio."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from corpus import split_files
from corpus.cli import cli
from corpus.labelconfig import ConfigError
from corpus.studio import push as studio_push
from corpus.studio.client import Connection, Studio, connect, every
from corpus.studio.predictions import PredictionError
from corpus.studio.server import load_credentials
from corpus.studio.templates import DEFAULT_KINDS, TEMPLATES, render

from .conftest import SEED, need_shared

LABELS = {"spans": ["PER", "ORG", "LOC"], "classify": ["news", "opinion"]}


def tasks_of(client, project_id) -> list:
    return list(every(client.tasks.list(project=project_id, page_size=1000, fields="task_only")))


def predictions_of(client, project_id) -> dict[str, list]:
    """unit_id -> the predictions Label Studio holds for its task."""
    by_task = {t.id: t.data["unit_id"] for t in tasks_of(client, project_id)}
    found: dict[str, list] = {}
    for prediction in client.predictions.list(project=project_id):
        found.setdefault(by_task[prediction.task], []).append(prediction)
    return found


@pytest.fixture(scope="module")
def seed_units():
    return [u.to_dict() for r in split_files([str(need_shared(SEED))]) for u in r.units]


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_takes_the_example_units_once_however_often_pushed(
    studio, example_units, template
):
    client = studio.client
    kinds = DEFAULT_KINDS.get(template)
    config = render(template, LABELS.get(template, ()))
    first = studio_push.push(
        studio,
        example_units,
        project=f"t-{template}",
        label_config=config,
        kinds=kinds,
    )
    again = studio_push.push(
        studio,
        example_units,
        project=f"t-{template}",
        label_config=config,
        kinds=kinds,
    )
    expected = sum(1 for u in example_units if kinds is None or u["kind"] in kinds)
    assert (first.created, again.created, again.present) == (expected, 0, expected)
    assert len(tasks_of(client, first.project_id)) == expected
    assert client.projects.get(id=first.project_id).label_config.strip() == config.strip()


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_takes_the_seed_article(studio, seed_units, template):
    client = studio.client
    kinds = DEFAULT_KINDS.get(template)
    report = studio_push.push(
        studio,
        seed_units,
        project=f"seed-{template}",
        label_config=render(template, LABELS.get(template, ())),
        kinds=kinds,
    )
    expected = sum(1 for u in seed_units if kinds is None or u["kind"] in kinds)
    assert report.created == expected == len(tasks_of(client, report.project_id))


@pytest.mark.parametrize(
    ("config", "says"),
    [
        ("<View><Text name='text' value='$text'>", "not well-formed XML"),
        (
            "<View><Text name='text' value='$body'/><Choices name='c' toName='text'>"
            "<Choice value='a'/></Choices></View>",
            "reads $body, but the tasks have no field 'body'",
        ),
        (
            "<View><Text name='text' value='$text'/><Labels name='l' toName='nowhere'>"
            "<Label value='A'/></Labels></View>",
            "toName=\"nowhere\", but no object is named 'nowhere'",
        ),
    ],
)
def test_a_bad_config_is_refused_by_name_and_creates_no_project(
    studio, example_units, config, says
):
    with pytest.raises(ConfigError) as error:
        studio_push.push(studio, example_units, project="bad one", label_config=config)
    assert says in str(error.value)
    assert studio_push.find_project(studio, "bad one") is None


def test_predictions_land_on_their_units_tasks_with_their_model_version(studio, example_units):
    client = studio.client
    sentence = next(u for u in example_units if u["kind"] == "sentence")
    comment = next(u for u in example_units if u["kind"] == "comment")
    word = sentence["text"].split()[0]
    records = [
        {
            "unit_id": sentence["id"],
            "model": "ner-v1",
            "score": 0.7,
            "spans": [{"start": 0, "end": len(word), "label": "PER"}],
        },
        {"unit_id": comment["id"], "model": "ner-v1", "spans": []},
    ]
    config = render("spans", LABELS["spans"])

    def push():
        return studio_push.push(
            studio,
            example_units,
            project="predicted",
            label_config=config,
            kinds=["sentence", "comment"],
            predictions=records,
        )

    report = push()
    assert report.predictions == 2
    held = predictions_of(client, report.project_id)
    assert set(held) == {sentence["id"], comment["id"]}
    (ner,) = held[sentence["id"]]
    assert ner.model_version == "ner-v1" and ner.score == pytest.approx(0.7)
    assert ner.result[0]["value"]["text"] == word
    again = push()
    assert (again.created, again.predictions) == (0, 0)


def test_predictions_given_later_are_added_to_tasks_already_there_once(studio, example_units):
    client = studio.client
    config = render("classify", LABELS["classify"])
    paragraphs = [u for u in example_units if u["kind"] == "paragraph"]
    studio_push.push(studio, paragraphs, project="later", label_config=config)
    records = [{"unit_id": u["id"], "model": "clf-v1", "label": "news"} for u in paragraphs[:3]]
    added = studio_push.push(
        studio, paragraphs, project="later", label_config=None, predictions=records
    )
    again = studio_push.push(
        studio, paragraphs, project="later", label_config=None, predictions=records
    )
    assert (added.created, added.predictions, again.predictions) == (0, 3, 0)
    held = predictions_of(client, added.project_id)
    assert {u for u, p in held.items() if p[0].result[0]["value"]["choices"] == ["news"]} == {
        u["id"] for u in paragraphs[:3]
    }


@pytest.mark.parametrize(
    ("record", "says"),
    [
        ({"label": "gossip"}, "label 'gossip' is not offered by 'label'"),
        ({"spans": [{"start": 0, "end": 10_000, "label": "PER"}]}, "falls outside its text"),
        ({"spans": [{"start": 0.5, "end": "3", "label": "PER"}]}, "must be integers"),
        ({"spans": [{"start": True, "end": 3, "label": "PER"}]}, "must be integers"),
        ({"unit_id": "no/such/unit", "label": "news"}, "unit no/such/unit is not among"),
    ],
)
def test_a_prediction_that_cannot_be_right_is_refused_before_anything_is_sent(
    studio, example_units, record, says
):
    unit = next(u for u in example_units if u["kind"] == "paragraph")
    config = render(
        "spans" if "spans" in record else "classify",
        LABELS["spans"] if "spans" in record else LABELS["classify"],
    )
    with pytest.raises(PredictionError) as error:
        studio_push.push(
            studio,
            example_units,
            project="refused",
            label_config=config,
            predictions=[{"unit_id": unit["id"], "model": "m", **record}],
        )
    assert says in str(error.value)
    assert studio_push.find_project(studio, "refused") is None


def test_the_gazetteer_pre_marks_every_term_as_a_prediction(studio, example_units, tmp_path):
    client = studio.client
    sentence = next(
        u for u in example_units if u["kind"] == "sentence" and len(u["text"].split()) > 3
    )
    term = max(sentence["text"].split(), key=len).strip(".,;:!?\"'()")
    terms = tmp_path / "terms.yml"
    terms.write_text(f"labels:\n  ORG: [{json.dumps(term)}]\n", encoding="utf-8")
    from corpus.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(terms)
    report = studio_push.push(
        studio,
        example_units,
        project="gazetteer",
        kinds=["sentence"],
        label_config=render("spans", LABELS["spans"]),
        gazetteer=gazetteer,
    )
    held = predictions_of(client, report.project_id)
    assert sentence["id"] in held and report.predictions == len(held)
    for unit in example_units:
        for prediction in held.get(unit["id"], ()):
            assert prediction.model_version == gazetteer.version
            for result in prediction.result:
                value = result["value"]
                assert unit["text"][value["start"] : value["end"]] == value["text"]
                assert value["text"].lower() == term.lower()


def test_a_gazetteer_label_the_config_lacks_is_refused(studio, example_units, tmp_path):
    terms = tmp_path / "terms.yml"
    terms.write_text("labels:\n  WEAPON: [rifle]\n", encoding="utf-8")
    from corpus.gazetteer import load_gazetteer

    with pytest.raises(PredictionError, match="WEAPON"):
        studio_push.push(
            studio,
            example_units,
            project="gaz-bad",
            label_config=render("spans", LABELS["spans"]),
            gazetteer=load_gazetteer(terms),
        )


def test_update_replaces_changed_tasks_nobody_annotated_and_leaves_annotated_ones(
    studio, example_units
):
    client = studio.client
    config = render("classify", LABELS["classify"])
    units = [u for u in example_units if u["kind"] == "paragraph"][:4]
    first = studio_push.push(studio, units, project="updating", label_config=config)
    tasks = {t.data["unit_id"]: t.id for t in tasks_of(client, first.project_id)}
    annotated = units[0]["id"]
    client.annotations.create(
        id=tasks[annotated],
        result=[
            {
                "from_name": "label",
                "to_name": "text",
                "type": "choices",
                "value": {"choices": ["news"]},
            }
        ],
    )
    edited = [replace_text(u, u["text"] + " (corrected)") for u in units[:2]] + units[2:]
    report = studio_push.push(studio, edited, project="updating", label_config=None, update=True)
    assert report.updated == (units[1]["id"],)
    assert report.changed == (annotated,)
    texts = {t.data["unit_id"]: t.data["text"] for t in tasks_of(client, first.project_id)}
    assert texts[units[1]["id"]].endswith("(corrected)")
    assert not texts[annotated].endswith("(corrected)")
    assert len(texts) == 4
    again = studio_push.push(studio, edited, project="updating", label_config=None)
    assert (again.present, again.changed) == (3, (annotated,))


def replace_text(unit: dict, text: str) -> dict:
    import hashlib

    return {**unit, "text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()}


def test_a_legacy_token_pushes_as_well_as_a_personal_access_token(running, example_units):
    data, _ = running
    credentials = load_credentials(data)
    conn = Connection(credentials.url, credentials.legacy_token, "a legacy token")
    client = connect(conn)
    report = studio_push.push(
        Studio(client, conn),
        example_units[:5],
        project="legacy",
        label_config=render("classify", LABELS["classify"]),
    )
    assert report.created == 5


def test_corpus_push_with_a_template_labels_and_predictions(running, example_units, tmp_path):
    data, _ = running
    units = tmp_path / "units.jsonl"
    units.write_text("".join(json.dumps(u) + "\n" for u in example_units), encoding="utf-8")
    comment = next(u for u in example_units if u["kind"] == "comment")
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(
        json.dumps({"unit_id": comment["id"], "model": "m1", "label": "opinion"}) + "\n",
        encoding="utf-8",
    )
    args = [
        "push",
        str(units),
        "--project",
        "cli template",
        "--template",
        "classify",
        "--labels",
        "news,opinion",
        "--multiple",
        "--kinds",
        "comment",
        "--predictions",
        str(predictions),
        "--data-dir",
        str(data),
        "--json",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["created"] == sum(1 for u in example_units if u["kind"] == "comment")
    assert report["predictions"] == 1 and "1 predictions added" in result.stderr
    loose = CliRunner().invoke(cli, ["push", str(units), "--project", "y", "--labels", "x"])
    assert loose.exit_code == 2 and "go with --template" in loose.stderr
    both = CliRunner().invoke(
        cli, ["push", str(units), "--project", "x", "--template", "stance", "--config", str(units)]
    )
    assert both.exit_code == 2 and "not both" in both.stderr
