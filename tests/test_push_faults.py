"""Faults a real server cannot produce on demand, put between corpus and a real Label Studio.

A small proxy forwards every request to the session's server, except that it answers the
second task import with a 502, or forwards it and then drops the connection before the
answer: the worst case, where the server has the tasks and corpus does not know it.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from corpus.studio import client as studio_client
from corpus.studio import push as studio_push
from corpus.studio.client import Connection, StudioError, every
from corpus.studio.templates import render

CONFIG = render("classify", ["news", "opinion"])


class FaultyProxy:
    def __init__(self, upstream: str, fault: str) -> None:
        self.upstream, self.fault, self.imports = upstream, fault, 0
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

            def forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                is_import = self.command == "POST" and self.path.split("?")[0].endswith("/import")
                if is_import:
                    proxy.imports += 1
                faulty = is_import and proxy.imports == 2
                if faulty and proxy.fault == "502":
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length")
                }
                answer = httpx.request(
                    self.command,
                    proxy.upstream + self.path,
                    headers=headers,
                    content=body,
                    timeout=60,
                )
                if faulty:  # "drop": the server did the import; the answer never arrives
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in (
                        "content-length",
                        "transfer-encoding",
                        "content-encoding",
                        "connection",
                    ):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


@pytest.mark.parametrize("fault", ["502", "drop"])
def test_a_push_that_fails_mid_way_says_what_to_do_and_a_rerun_completes_it_once(
    running, example_units, fault
):
    data, _ = running
    real = studio_client.connection(data)
    proxy = FaultyProxy(real.url, fault)
    try:
        conn = Connection(proxy.url, real.api_key, real.source)
        client = studio_client.connect(conn)
        project = f"faulty {fault}"
        with pytest.raises(StudioError) as error:
            studio_push.push(
                client, conn, example_units, project=project, label_config=CONFIG, batch_size=40
            )
        message = str(error.value)
        assert "run the same command again" in message and real.api_key not in message
        assert ("502" in message) if fault == "502" else ("lost the connection" in message)
    finally:
        proxy.close()
    client = studio_client.connect(real)
    rerun = studio_push.push(client, real, example_units, project=project, label_config=CONFIG)
    held = [
        t.data["unit_id"]
        for t in every(
            client.tasks.list(project=rerun.project_id, page_size=1000, fields="task_only")
        )
    ]
    assert sorted(held) == sorted(u["id"] for u in example_units)  # every unit exactly once
    assert rerun.present == (40 if fault == "502" else 80)
