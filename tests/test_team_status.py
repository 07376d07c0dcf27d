"""A team on the real server: accounts colleagues can log in with, and where a project stands.

`corpus team add` makes an account through the sign-up form with an invite (the API cannot set
passwords), `corpus team remove` locks it out on the private server, and `corpus status` counts
what the annotators did against the overlap the project asks for, with agreement so far.
"""

from __future__ import annotations

import json
import stat
import uuid

import httpx
import pytest
from click.testing import CliRunner

from corpus.cli import cli
from corpus.studio import push as studio_push
from corpus.studio.templates import render

from .studio_helpers import make_users, task_ids


def logs_in(url: str, email: str, password: str) -> bool:
    """Whether the login form takes the password and the API then answers the session."""
    with httpx.Client(base_url=url) as browser:
        browser.get("/user/login/")
        form = {"csrfmiddlewaretoken": browser.cookies["csrftoken"], "email": email,
                "password": password}  # fmt: skip
        browser.post("/user/login/", data=form, headers={"Referer": url + "/user/login/"})
        return browser.get("/api/projects/").status_code == 200


def corpus(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def email() -> str:
    return f"ada-{uuid.uuid4().hex[:6]}@example.org"


def test_team_add_makes_an_account_that_logs_in_with_a_password_only_its_owner_can_read(
    running, email
):
    data, state = running
    added = corpus("team", "add", email, "--name", "Ada Lovelace", "--data-dir", str(data))
    assert added.exit_code == 0, added.output
    password_file = data / "team" / f"{email}.password"
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    password = password_file.read_text().strip()
    assert password not in added.output  # only the file's path is printed
    assert logs_in(state.url, email, password)
    listed = corpus("team", "list", "--json", "--data-dir", str(data))
    members = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {"email": email, "name": "Ada Lovelace"}.items() <= next(
        m for m in members if m["email"] == email
    ).items()


def test_adding_the_same_person_twice_is_one_clear_line(running, email):
    data, _ = running
    assert corpus("team", "add", email, "--data-dir", str(data)).exit_code == 0
    again = corpus("team", "add", email.upper(), "--data-dir", str(data))
    assert again.exit_code == 1
    assert f"{email} already has an account" in again.stderr
    assert "Traceback" not in again.output


def test_invite_prints_the_sign_up_link_on_stdout(running, email):
    data, state = running
    invited = corpus("team", "add", email, "--invite", "--data-dir", str(data))
    assert invited.exit_code == 0
    assert invited.stdout.startswith(f"{state.url}/user/signup/?token=")


def test_a_removed_member_can_no_longer_log_in_and_keeps_their_annotations(
    running, studio, email, example_units
):
    data, state = running
    client = studio.client
    corpus("team", "add", email, "--data-dir", str(data))
    password = (data / "team" / f"{email}.password").read_text().strip()
    report = studio_push.push(studio, example_units[:3], project=f"team {email}",
                              label_config=render("classify", ["a", "b"]))  # fmt: skip
    member = next(u for u in client.users.list() if u.email == email)
    task = next(iter(task_ids(client, report.project_id).values()))
    client.annotations.create(id=task, result=[_choice("a")], completed_by=member.id)

    removed = corpus("team", "remove", email, "--data-dir", str(data))

    assert removed.exit_code == 0, removed.output
    assert not logs_in(state.url, email, password)
    kept = client.annotations.list(id=task)
    assert [a.completed_by for a in kept] == [member.id]
    assert email not in corpus("team", "list", "--data-dir", str(data)).stdout


def _choice(value: str, name: str = "label") -> dict:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": [value]}}


def test_status_counts_tasks_against_the_overlap_and_measures_what_two_annotators_share(
    studio, running, example_units
):
    client = studio.client
    data, _ = running
    title = f"status {uuid.uuid4().hex[:6]}"
    units = [u for u in example_units if u["kind"] == "comment"][:5]
    report = studio_push.push(studio, units, project=title,
                              label_config=render("classify", ["a", "b"]))  # fmt: skip
    client.projects.update(id=report.project_id, maximum_annotations=2)
    ids = list(task_ids(client, report.project_id).values())
    ann, bob = make_users(client, 2)
    # both on three tasks (agreeing on two), ann alone on a fourth, bob skips the fifth
    for task, (a, b) in zip(ids[:3], [("a", "a"), ("b", "b"), ("a", "b")], strict=True):
        client.annotations.create(id=task, result=[_choice(a)], completed_by=ann)
        client.annotations.create(id=task, result=[_choice(b)], completed_by=bob)
    client.annotations.create(id=ids[3], result=[_choice("a")], completed_by=ann)
    client.annotations.create(id=ids[4], result=[], was_cancelled=True, completed_by=bob)

    shown = corpus("status", "--project", title, "--json", "--data-dir", str(data))

    assert shown.exit_code == 0, shown.output
    state = json.loads(shown.stdout)
    assert (state["tasks"], state["overlap"]) == (5, 2)
    assert (state["done"], state["started"], state["not_started"]) == (3, 1, 1)
    assert (state["skipped"], state["pairable"]) == (1, 3)
    counts = (
        {a["submitted"] for a in state["annotators"]},
        {a["skipped"] for a in state["annotators"]},
    )
    assert counts == ({4, 3}, {0, 1})
    percent = next(f for f in state["agreement"] if f["statistic"] == "percent_agreement")
    assert percent["value"] == pytest.approx(2 / 3) and percent["items"] == 3


def test_status_says_plainly_when_no_task_has_two_annotators_and_how_to_get_them(
    studio, running, example_units
):
    client = studio.client
    data, _ = running
    title = f"single {uuid.uuid4().hex[:6]}"
    report = studio_push.push(studio, example_units[:2], project=title,
                              label_config=render("classify", ["a", "b"]))  # fmt: skip
    (ann,) = make_users(client, 1)
    for task in task_ids(client, report.project_id).values():
        client.annotations.create(id=task, result=[_choice("a")], completed_by=ann)

    shown = corpus("status", "--project", title, "--data-dir", str(data))

    assert shown.exit_code == 0
    assert "1 annotator per task" in shown.stdout and "done 2, in progress 0" in shown.stdout
    assert "no task has two annotators" in shown.stderr
    assert f'--project "{title}" --overlap 2' in shown.stderr
