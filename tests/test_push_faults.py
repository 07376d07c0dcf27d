"""Faults a real server cannot produce on demand, put between corpus and a real Label Studio.

A small proxy forwards every request to the session's server, except the ones a test picks:
it answers an import with a 502 without forwarding it, or forwards it and then drops the
connection before the answer (the worst case: the server has the tasks and corpus does not
know it), or saves a project and answers 500, or saves it twice as Label Studio's own retry
middleware does under SQLite lock contention.
"""

from __future__ import annotations

import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from corpus.studio import client as studio_client
from corpus.studio import push as studio_push
from corpus.studio.client import Connection, Studio, StudioError, every
from corpus.studio.projects import titled
from corpus.studio.templates import render

CONFIG = render("classify", ["news", "opinion"])


class FaultyProxy:
    """Forwards to ``upstream``; ``fault(method, path, nth)`` picks what to do with the nth
    request of that method and path: None (forward), "502", "drop", "500-after" or "twice"."""

    def __init__(self, upstream: str, fault) -> None:
        self.upstream, self.fault, self.seen = upstream, fault, {}
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                self.forward()

            def do_POST(self):
                self.forward()

            def do_PATCH(self):
                self.forward()

            def do_DELETE(self):
                self.forward()

            def forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                key = (self.command, self.path.split("?")[0])
                proxy.seen[key] = proxy.seen.get(key, 0) + 1
                action = proxy.fault(self.command, key[1], proxy.seen[key])
                if action == "502":
                    return self.answer(502, {}, b"")
                answer = self.upstream(body)
                if action == "twice":  # the server saves it again and answers the second
                    answer = self.upstream(body)
                if action == "drop":  # the server did it; the answer never arrives
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if action == "500-after":
                    return self.answer(500, {}, b'{"detail": "database is locked"}')
                self.answer(answer.status_code, answer.headers, answer.content)

            def upstream(self, body):
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length")
                }
                return httpx.request(
                    self.command,
                    proxy.upstream + self.path,
                    headers=headers,
                    content=body,
                    timeout=60,
                )

            def answer(self, status, headers, content):
                self.send_response(status)
                for key, value in headers.items():
                    if key.lower() not in (
                        "content-length",
                        "transfer-encoding",
                        "content-encoding",
                        "connection",
                    ):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def through(running, fault):
    """(client, connection, proxy) of a connection that goes through a faulty proxy."""
    data, _ = running
    real = studio_client.connection(data)
    proxy = FaultyProxy(real.url, fault)
    conn = Connection(proxy.url, real.api_key, real.source)
    return studio_client.connect(conn), conn, proxy


def imports(nth_faulty, action):
    def fault(method, path, nth):
        if method == "POST" and path.endswith("/import") and nth_faulty(nth):
            return action
        return None

    return fault


def unique(title: str) -> str:
    """A title no earlier run used (the session's server may be one kept between runs)."""
    return f"{title} {uuid.uuid4().hex[:6]}"


def held(running, project_id) -> list[str]:
    """Every task's unit id, asked directly of the server (not through the proxy)."""
    client = studio_client.connect(studio_client.connection(running[0]))
    return [
        t.data["unit_id"]
        for t in every(client.tasks.list(project=project_id, page_size=1000, fields="task_only"))
    ]


@pytest.mark.parametrize("action", ["502", "drop"])
def test_an_import_that_may_have_been_lost_is_looked_for_then_completed_once(
    running, example_units, action
):
    client, conn, proxy = through(running, imports(lambda nth: nth == 2, action))
    try:
        report = studio_push.push(
            Studio(client, conn),
            example_units,
            project=unique(f"lost {action}"),
            label_config=CONFIG,
            batch_size=40,
        )
    finally:
        proxy.close()
    assert sorted(held(running, report.project_id)) == sorted(u["id"] for u in example_units)
    # the batch whose answer was lost carries this run's mark: it counts as this run's work
    assert (report.created, report.present) == (len(example_units), 0)


def test_a_server_that_keeps_failing_says_what_this_run_did_and_a_rerun_completes_it(
    running, example_units
):
    client, conn, proxy = through(running, imports(lambda nth: nth >= 2, "502"))
    title = unique("keeps failing")
    try:
        with pytest.raises(StudioError) as error:
            studio_push.push(
                Studio(client, conn),
                example_units,
                project=title,
                label_config=CONFIG,
                batch_size=40,
            )
    finally:
        proxy.close()
    message = str(error.value)
    assert "this run created 40 tasks before" in message
    assert "run the same command again" in message and conn.api_key not in message
    real = studio_client.connection(running[0])
    client = studio_client.connect(real)
    rerun = studio_push.push(
        Studio(client, real), example_units, project=title, label_config=CONFIG
    )
    assert sorted(held(running, rerun.project_id)) == sorted(u["id"] for u in example_units)
    assert (rerun.present, rerun.created) == (40, len(example_units) - 40)


@pytest.mark.parametrize("action", ["500-after", "twice", "drop"])
def test_a_project_saved_more_often_than_said_is_still_one_project(running, example_units, action):
    def fault(method, path, nth):
        return action if (method, path, nth) == ("POST", "/api/projects/", 1) else None

    client, conn, proxy = through(running, fault)
    title = unique(f"saved {action}")
    try:
        report = studio_push.push(
            Studio(client, conn), example_units[:10], project=title, label_config=CONFIG
        )
    finally:
        proxy.close()
    real = studio_client.connection(running[0])
    same, _ = titled(Studio(studio_client.connect(real), real), title)
    assert [p.id for p in same] == [report.project_id]
    assert report.created == 10 and report.project_created
