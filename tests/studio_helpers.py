"""What tests (and benches) build Label Studio material from: a labeling config, results,
annotations as an export holds them, users and a project's task ids on a real server.

One spelling of each, so a test shows only what it is about: which spans, which stance, who.
"""

from __future__ import annotations

import uuid

from corpus.studio.client import every

ENTITIES = ("PER", "ORG", "LOC")
STANCES = ("pro", "contra", "neutral")


def labeling_config(
    *more: str,
    header: str | None = None,
    labels: tuple[str, ...] = ENTITIES,
    stances: tuple[str, ...] = STANCES,
) -> str:
    """A config over ``text``: spans (``label``) and one stance (``stance``, single choice).

    ``header`` goes above the text (Label Studio shows it, ``$title`` fills it from the task);
    ``more`` are further tags, written after the stance, such as a TextArea or a Rating.
    """
    lines = ["<View>"]
    if header is not None:
        lines.append(f'  <Header value="{header}"/>')
    lines += [
        '  <Text name="text" value="$text"/>',
        '  <Labels name="label" toName="text">',
        "    " + "".join(f'<Label value="{label}"/>' for label in labels),
        "  </Labels>",
        '  <Choices name="stance" toName="text" choice="single">',
        "    " + "".join(f'<Choice value="{value}"/>' for value in stances),
        "  </Choices>",
        *(f"  {tag}" for tag in more),
        "</View>",
    ]
    return "\n".join(lines)


def span_at(start: int, end: int, text: str, label: str) -> dict:
    """A ``label`` span result at code-point offsets, as Label Studio stores it."""
    return {
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [label]},
    }


def span(text: str, needle: str, label: str) -> dict:
    """A ``label`` span result over the first ``needle`` in ``text``."""
    start = text.index(needle)
    return span_at(start, start + len(needle), needle, label)


def choice(value: str) -> dict:
    """A ``stance`` choice result."""
    return {
        "from_name": "stance",
        "to_name": "text",
        "type": "choices",
        "value": {"choices": [value]},
    }


def annotation(id: int, who: int, result: list[dict], **extra) -> dict:
    """An annotation as an export holds it; of ids below 9, the larger is the later one."""
    stamp = f"2026-01-0{id % 9 + 1}T10:00:00Z"
    return {
        "id": id,
        "completed_by": who,
        "result": result,
        "was_cancelled": False,
        "ground_truth": False,
        "created_at": stamp,
        "updated_at": stamp,
        **extra,
    }


def make_users(client, n: int, prefix: str = "ann") -> list[int]:
    """Ids of ``n`` new users on the server, with e-mails and first names, unique per call (the
    session's server outlives a module, and user names must be unique)."""
    tag = uuid.uuid4().hex[:8]
    return [
        client.users.create(
            username=f"{prefix}{k}-{tag}",
            email=f"{prefix}{k}-{tag}@example.org",
            first_name=f"Ann{k}",
        ).id
        for k in range(n)
    ]


def task_ids(client, project_id: int) -> dict[str, int]:
    """unit id -> task id, for every task of the project."""
    return {
        t.data["unit_id"]: t.id
        for t in every(client.tasks.list(project=project_id, page_size=1000, fields="task_only"))
    }
