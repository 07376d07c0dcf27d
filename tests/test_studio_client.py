"""Talking to Label Studio: no secret in any message, no response body dumped, a server that is
not Label Studio named as such, and access tokens that stay valid through long operations."""

from __future__ import annotations

import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from click.testing import CliRunner

from corpus.cli import cli
from corpus.studio import client as studio_client
from corpus.studio.client import Connection, StudioError, check_answer

PAGE = "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>" + "x" * 500


class WebServer:
    """A web server that is not Label Studio: every GET and POST gets ``status`` and a page."""

    def __init__(self, status: int = 404, body: str = PAGE, kind: str = "text/html"):
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.server.shutdown()


# a personal access token as Label Studio makes them: a JWT refresh token, valid for 200 years
PAT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCIsImV4cCI6ODA2NTUzNjAwMCwi"
    "aWF0IjoxNzY0NzkxODAwLCJqdGkiOiJhYmMiLCJ1c2VyX2lkIjoxfQ.c2lnbmF0dXJl"
)


def run(args, env):
    env = {"LABEL_STUDIO_URL": None, "LABEL_STUDIO_API_KEY": None, **env}
    result = CliRunner().invoke(cli, args, env=env)
    return result.exit_code, result.stderr


def test_a_url_with_a_user_and_password_is_refused_without_printing_them(tmp_path):
    env = {
        "LABEL_STUDIO_URL": "http://ann:s3cret-pw@ls.example.org:8080",
        "LABEL_STUDIO_API_KEY": "k" * 40,
    }
    code, err = run(["pull", "--project", "1", "-o", str(tmp_path / "e.json")], env)
    assert code == 1 and "Traceback" not in err
    assert "s3cret-pw" not in err and "ann" not in err
    assert "http://ls.example.org:8080" in err and "remove them" in err


@pytest.mark.parametrize("key", [PAT, "0123456789abcdef0123456789abcdef01234567"])
@pytest.mark.parametrize("status", [200, 404])
def test_a_web_server_that_is_not_label_studio_is_one_clear_line(tmp_path, key, status):
    with WebServer(status) as web:
        env = {"LABEL_STUDIO_URL": web.url, "LABEL_STUDIO_API_KEY": key}
        code, err = run(["pull", "--project", "1", "-o", str(tmp_path / "e.json")], env)
    assert code == 1 and "Traceback" not in err
    assert err.strip().splitlines() == [
        f"Error: {web.url} does not answer like Label Studio (GET /api/version/ gave {status}, "
        "an HTML page); check LABEL_STUDIO_URL"
    ]


def test_a_server_that_answers_the_version_but_gives_no_access_token_is_one_clear_line():
    """A proxy passing /api/version/ through to Label Studio but not the token endpoint."""
    with WebServer(200, '{"release": "1.23.2"}', "application/json") as web:
        conn = Connection(web.url, PAT, "the test")
        with pytest.raises(StudioError) as caught:
            studio_client.connect(conn)
    assert str(caught.value) == (
        f"{web.url} gave no access token for the personal access token (POST "
        "/api/token/refresh/ gave 200, 21 bytes of application/json); is LABEL_STUDIO_URL a "
        "Label Studio server?"
    )


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (httpx.Response(502, html=PAGE), "answered 502 while importing: an HTML page"),
        (
            httpx.Response(500, text="Internal error\n" * 100),
            "answered 500 while importing: 1500 bytes of text/plain",
        ),
        (
            httpx.Response(400, json={"detail": "Bad\n request"}),
            "answered 400 while importing: Bad request",
        ),
        (
            httpx.Response(400, json={"validation_errors": {"label_config": ["x" * 400]}}),
            'answered 400 while importing: {"label_config":["xxxx',
        ),
    ],
)
def test_a_refusal_is_one_short_line_never_the_body(answer, said):
    conn = Connection("http://ls.example.org", "k" * 40, "the test")
    with pytest.raises(StudioError) as caught:
        check_answer(answer, conn, "importing")
    message = str(caught.value)
    assert said in message and "\n" not in message and len(message) < 300
    assert "<html" not in message and "Internal error" not in message


def test_with_a_deleted_credentials_file_every_message_points_the_right_way(running, tmp_path):
    data, _ = running
    orphan = tmp_path / "orphan"
    orphan.mkdir()
    shutil.copy(data / "server.pid", orphan / "server.pid")  # a server runs, its file is gone
    code, err = run(["pull", "--project", "1", "--data-dir", str(orphan)], {})
    assert code == 1 and "credentials.json is gone" in err and "server start`" in err
    assert "cannot recreate it" in err
    code, err = run(["server", "start", "--data-dir", str(orphan)], {})
    assert code == 1 and "credentials.json is gone" in err


def test_server_status_exits_1_when_no_server_runs(tmp_path):
    result = CliRunner().invoke(cli, ["server", "status", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1 and "running:     no" in result.stdout


def test_a_refused_access_token_is_renewed_and_the_request_sent_again(running):
    data, _ = running
    conn = studio_client.connection(data)
    client = studio_client.connect(conn)
    tokens = client._client_wrapper._tokens_client
    before = tokens.renewals
    tokens._access = tokens._access[:-4] + "AAAA"  # revoked, as far as the server knows
    assert client.users.whoami().email  # 401, renewed, sent again
    assert tokens.renewals == before + 1
    raw = client._client_wrapper.httpx_client
    tokens._access = tokens._access[:-4] + "AAAA"
    assert raw.request("api/current-user/whoami", method="GET").status_code == 200
    with raw.stream("api/version/", method="GET") as response:
        assert response.status_code == 200
    assert tokens.renewals == before + 2
