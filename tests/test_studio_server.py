"""The local Label Studio server: found, started once per data dir, reachable, stopped cleanly.

Most tests share one real server (a cold start takes about half a minute, nearly all of it
database migrations); they skip when no ``label-studio`` executable is found. Set
``CORPUS_LABEL_STUDIO_BIN`` to use one installed elsewhere. The last test stops that server
and starts it again, so it runs last in this file but leaves the shared server as it found it.
The tests at the top need no server: they use small shell scripts that pose as label-studio.
"""

from __future__ import annotations

import json
import socket
import stat
import subprocess
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from corpus.errors import CorpusError
from corpus.studio import server
from corpus.studio.server import (
    Credentials,
    ServerError,
    ServerStatus,
    check_port,
    find_label_studio,
    install_label_studio,
    load_credentials,
    start,
    status,
    stop,
)

from .conftest import free_port, gone


def listening_socket() -> socket.socket:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    return busy


def fake_label_studio(folder: Path, body: str) -> Path:
    """A shell script named label-studio (so stop's cmdline check accepts it) running ``body``."""
    script = folder / "bin" / "label-studio"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text("#!/bin/sh\n" + textwrap.dedent(body))
    script.chmod(0o755)
    return script


def http(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=30, trust_env=False)


# -- without a server ------------------------------------------------------------------------


def test_server_errors_are_corpus_errors():
    assert issubclass(ServerError, CorpusError)


def test_a_free_port_passes_the_check():
    check_port(free_port())


def test_a_port_with_a_listener_is_refused_with_a_hint():
    with listening_socket() as busy:
        port = busy.getsockname()[1]
        with pytest.raises(
            ServerError, match=f"port {port} on 127.0.0.1 is in use; choose another with --port"
        ):
            check_port(port)


def test_a_port_bound_but_not_yet_listening_is_refused_too():
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        with pytest.raises(ServerError, match="in use"):
            check_port(bound.getsockname()[1])


@pytest.mark.parametrize("port", [0, -1, 65536, "8080"])
def test_a_port_outside_the_tcp_range_is_refused(port):
    with pytest.raises(ServerError, match="not a TCP port"):
        check_port(port)


def test_start_refuses_a_busy_port_before_running_anything(tmp_path):
    marker = tmp_path / "ran"
    fake = fake_label_studio(tmp_path, f"touch {marker}\nsleep 30\n")
    with listening_socket() as busy:
        port = busy.getsockname()[1]
        with pytest.raises(ServerError, match=f"port {port} "):
            start(tmp_path / "data", port, executable=fake, timeout=5)
    assert not marker.exists()
    assert not (tmp_path / "data" / "server.pid").exists()


def test_a_server_that_exits_while_starting_is_reported_with_the_end_of_its_log(tmp_path):
    fake = fake_label_studio(
        tmp_path, "echo 'django.core.exceptions.ImproperlyConfigured: boom'\nexit 3\n"
    )
    data = tmp_path / "data"
    with pytest.raises(ServerError, match=r"exited \(code 3\)") as caught:
        start(data, free_port(), executable=fake, timeout=10)
    assert "ImproperlyConfigured: boom" in str(caught.value)
    assert not (data / "server.pid").exists()


def test_the_key_that_signs_tokens_is_written_before_label_studio_first_starts(tmp_path):
    # Label Studio's own key may start with "$", which reads back as a reference to another
    # variable: the next start would make a new key and refuse every token signed before
    seen = tmp_path / "seen.env"
    fake = fake_label_studio(tmp_path, f'cp "$LABEL_STUDIO_BASE_DATA_DIR/.env" {seen}\nexit 3\n')
    data = tmp_path / "data"
    with pytest.raises(ServerError, match=r"exited \(code 3\)"):
        start(data, free_port(), executable=fake, timeout=10)
    lines = seen.read_text().splitlines()
    assert len(lines) == 1 and lines[0].startswith("SECRET_KEY=")
    key = lines[0].removeprefix("SECRET_KEY=")
    assert len(key) >= 50 and key.replace("-", "").replace("_", "").isalnum()
    assert stat.S_IMODE((data / ".env").stat().st_mode) == 0o600
    with pytest.raises(ServerError):  # a later start keeps it
        start(data, free_port(), executable=fake, timeout=10)
    assert seen.read_text().splitlines() == lines


def test_the_session_servers_key_is_the_one_written_for_it(running):
    data, _ = running
    lines = [line for line in (data / ".env").read_text().splitlines() if line.strip()]
    assert len(lines) == 1 and "$" not in lines[0]  # Label Studio found it and added none


def test_a_server_that_hops_to_another_port_is_stopped_and_reported(tmp_path):
    port = free_port()
    fake = fake_label_studio(
        tmp_path, f"echo $$ > {tmp_path}/pid\necho '* Port {port} is in use.'\nexec sleep 30\n"
    )
    with pytest.raises(ServerError, match=f"port {port} on 127.0.0.1 was taken"):
        start(tmp_path / "data", port, executable=fake, timeout=10)
    assert gone(int((tmp_path / "pid").read_text()))


def test_a_server_that_never_answers_is_stopped_after_the_timeout(tmp_path):
    fake = fake_label_studio(tmp_path, f"echo $$ > {tmp_path}/pid\nexec sleep 30\n")
    data = tmp_path / "data"
    began = time.monotonic()
    with pytest.raises(ServerError, match=r"did not answer .* within 1 s"):
        start(data, free_port(), executable=fake, timeout=1)
    assert time.monotonic() - began < 10
    assert gone(int((tmp_path / "pid").read_text()))
    assert not (data / "server.pid").exists()


def test_the_first_start_writes_credentials_before_the_server_runs_and_never_readable_by_others(
    tmp_path,
):
    fake = fake_label_studio(tmp_path, 'env > "$LABEL_STUDIO_BASE_DATA_DIR/env.txt"\nexit 1\n')
    data = tmp_path / "data"
    with pytest.raises(ServerError):
        start(data, free_port(), executable=fake, timeout=10)
    written = json.loads((data / "credentials.json").read_text())
    assert stat.S_IMODE((data / "credentials.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert written["email"].endswith("@corpus.local") and len(written["password"]) >= 24
    assert len(written["legacy_token"]) == 40 and int(written["legacy_token"], 16) >= 0
    assert written["api_key"] is None  # no PAT yet: the next start mints it
    assert load_credentials(data) is None
    env = dict(
        line.split("=", 1) for line in (data / "env.txt").read_text().splitlines() if "=" in line
    )
    assert env["LABEL_STUDIO_USERNAME"] == written["email"]
    assert env["LABEL_STUDIO_USER_TOKEN"] == written["legacy_token"]
    assert env["LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN"] == "true"
    assert env["LATEST_VERSION_CHECK"] == "false" and env["SENTRY_DSN"] == ""


def test_the_server_environment_ignores_stray_variables_label_studio_would_read(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("PORT", "9999")
    monkeypatch.setenv("HOST", "example.org")
    monkeypatch.setenv("LABEL_STUDIO_DATABASE_NAME", "/elsewhere.sqlite3")
    env = server._environment(tmp_path, None)
    assert {"PORT", "HOST", "LABEL_STUDIO_DATABASE_NAME", "LABEL_STUDIO_PASSWORD"}.isdisjoint(env)
    assert env["LABEL_STUDIO_BASE_DATA_DIR"] == str(tmp_path)


def test_a_database_without_credentials_is_not_started(tmp_path):
    fake = fake_label_studio(tmp_path, "exit 0\n")
    data = tmp_path / "data"
    data.mkdir()
    (data / "label_studio.sqlite3").write_bytes(b"")
    with pytest.raises(ServerError, match=r"credentials\.json is gone"):
        start(data, free_port(), executable=fake)


def test_stop_with_nothing_recorded_returns_false(tmp_path):
    assert stop(tmp_path) is False
    assert stop(tmp_path / "missing") is False


def test_stop_never_signals_a_recorded_pid_that_is_not_label_studio(tmp_path):
    bystander = subprocess.Popen(["sleep", "30"])
    try:
        (tmp_path / "server.pid").write_text(json.dumps({"pid": bystander.pid, "port": 1}))
        assert stop(tmp_path) is False
        assert bystander.poll() is None
        assert not (tmp_path / "server.pid").exists()
    finally:
        bystander.kill()
        bystander.wait()


def test_status_of_a_data_dir_without_a_server(tmp_path):
    assert status(tmp_path) == ServerStatus(
        url="http://127.0.0.1:8080",
        running=False,
        version=None,
        email=None,
        credentials_path=None,
        pid=None,
    )
    assert status(tmp_path, port=9123).url == "http://127.0.0.1:9123"


def test_credentials_keep_their_secrets_out_of_repr():
    creds = Credentials(
        "http://127.0.0.1:1", "a@b.c", "KEY-SECRET", "LEGACY-SECRET", "/x/credentials.json"
    )
    assert "SECRET" not in repr(creds)


def test_find_label_studio_prefers_the_variable_then_the_virtualenv(tmp_path, monkeypatch):
    monkeypatch.delenv("CORPUS_LABEL_STUDIO_BIN", raising=False)
    monkeypatch.delenv("CORPUS_LABEL_STUDIO_VENV", raising=False)
    monkeypatch.chdir(tmp_path)
    assert find_label_studio() is None
    in_default = fake_label_studio(tmp_path / ".labelstudio-venv", "exit 0\n")
    assert find_label_studio() == in_default
    in_other = fake_label_studio(tmp_path / "other", "exit 0\n")
    assert find_label_studio(tmp_path / "other") == in_other
    monkeypatch.setenv("CORPUS_LABEL_STUDIO_VENV", str(tmp_path / "other"))
    assert find_label_studio() == in_other
    elsewhere = fake_label_studio(tmp_path / "elsewhere", "exit 0\n")
    monkeypatch.setenv("CORPUS_LABEL_STUDIO_BIN", str(elsewhere))
    assert find_label_studio(tmp_path / "other") == elsewhere


def test_a_variable_naming_no_executable_is_an_error_not_a_reason_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_LABEL_STUDIO_BIN", str(tmp_path / "nope"))
    with pytest.raises(ServerError, match=r"CORPUS_LABEL_STUDIO_BIN=.*nope is not an executable"):
        find_label_studio()


def test_a_failed_install_says_what_failed(tmp_path):
    (tmp_path / "file").write_text("not a directory")
    lines: list[str] = []
    with pytest.raises(ServerError, match=r"creating .* failed"):
        install_label_studio(tmp_path / "file" / "venv", progress=lines.append)
    assert lines  # the tool's own output reached the caller as it came


# -- with a real server ----------------------------------------------------------------------


def test_status_shows_the_running_server_and_whom_to_log_in_as(running):
    data, first = running
    now = status(data)
    credentials = load_credentials(data)
    assert credentials is not None
    assert now.running and now.pid == first.pid
    assert now.version == server.LABEL_STUDIO_VERSION
    assert now.url == credentials.url and now.url.startswith("http://127.0.0.1:")
    assert now.email == credentials.email
    assert now.credentials_path == str(data / "credentials.json")


def test_status_never_shows_the_password_or_the_keys(running):
    data, _ = running
    secrets = json.loads((data / "credentials.json").read_text())
    shown = repr(status(data)) + repr(load_credentials(data))
    for name in ("password", "api_key", "legacy_token"):
        assert secrets[name] not in shown


def test_the_credentials_file_is_readable_by_its_owner_only(running):
    data, _ = running
    assert stat.S_IMODE((data / "credentials.json").stat().st_mode) == 0o600


def test_the_server_listens_on_loopback_only(running):
    _, first = running
    port = int(first.url.rsplit(":", 1)[1])
    if not Path("/proc/net/tcp").exists():
        pytest.skip("needs /proc/net/tcp (Linux)")

    def local_addresses(table: str) -> set[str]:
        path = Path("/proc/net") / table
        rows = path.read_text().splitlines()[1:] if path.exists() else []
        return {row.split()[1] for row in rows if row.split()[1].endswith(f":{port:04X}")}

    assert local_addresses("tcp") == {f"0100007F:{port:04X}"}
    assert local_addresses("tcp6") == set()


def test_the_personal_access_token_works_the_way_the_sdk_uses_it(running):
    data, _ = running
    credentials = load_credentials(data)
    with http(credentials.url) as client:
        refreshed = client.post("/api/token/refresh/", json={"refresh": credentials.api_key})
        assert refreshed.status_code == 200
        access = refreshed.json()["access"]
        me = client.get("/api/current-user/whoami", headers={"Authorization": f"Bearer {access}"})
    assert me.status_code == 200 and me.json()["email"] == credentials.email


def test_the_legacy_token_works(running):
    data, _ = running
    credentials = load_credentials(data)
    with http(credentials.url) as client:
        me = client.get(
            "/api/current-user/whoami",
            headers={"Authorization": f"Token {credentials.legacy_token}"},
        )
    assert me.status_code == 200 and me.json()["email"] == credentials.email


def test_nobody_signs_up_without_an_invitation(running):
    _, first = running
    with http(first.url) as client:
        client.get("/user/signup/")
        response = client.post(
            "/user/signup/",
            data={
                "csrfmiddlewaretoken": client.cookies.get("csrftoken", ""),
                "email": "intruder@example.com",
                "password": "long-enough-password",
            },
            headers={"Referer": first.url + "/user/signup/"},
        )
    assert response.status_code == 403


def test_a_second_start_returns_the_running_server_instead_of_starting_another(
    running, label_studio_bin
):
    data, first = running
    other_port = free_port()
    again = start(data, other_port, executable=label_studio_bin)
    assert again.pid == first.pid and again.url == first.url and again.running
    with pytest.raises(httpx.ConnectError), http(f"http://127.0.0.1:{other_port}") as client:
        client.get("/health")


def test_a_busy_port_is_refused_and_nothing_is_started(tmp_path, label_studio_bin):
    data = tmp_path / "data"
    with listening_socket() as busy:
        port = busy.getsockname()[1]
        with pytest.raises(ServerError, match=f"port {port} on 127.0.0.1 is in use"):
            start(data, port, executable=label_studio_bin)
    assert not (data / "server.pid").exists() and not (data / "server.log").exists()
    assert not status(data).running


@pytest.mark.restarts_server
def test_stop_stops_it_and_a_warm_start_on_a_new_port_keeps_the_credentials(
    running, label_studio_bin
):
    """Runs last: it stops the shared server, then starts it again for the fixture to stop."""
    data, first = running
    before = load_credentials(data)
    assert stop(data) is True
    assert gone(first.pid)
    assert not (data / "server.pid").exists()
    after_stop = status(data)
    assert not after_stop.running and after_stop.pid is None and after_stop.version is None
    assert stop(data) is False

    port = free_port()
    began = time.monotonic()
    warm = start(data, port, executable=label_studio_bin)
    print(f"warm start: {time.monotonic() - began:.1f} s")
    assert warm.running and warm.url == f"http://127.0.0.1:{port}" and warm.pid != first.pid
    now = load_credentials(data)
    assert now.url == warm.url
    assert (now.email, now.api_key, now.legacy_token) == (
        before.email,
        before.api_key,
        before.legacy_token,
    )
    assert stat.S_IMODE((data / "credentials.json").stat().st_mode) == 0o600
    environ = Path(f"/proc/{warm.pid}/environ").read_bytes()
    assert b"LABEL_STUDIO_PASSWORD" not in environ  # the admin exists; no password in a warm server


@pytest.mark.restarts_server
def test_a_server_started_for_colleagues_answers_them_and_takes_their_logins(
    running, label_studio_bin
):
    """--host: another address of the machine (here 127.0.0.2, as a colleague's browser would
    come from elsewhere) reaches the login page, and a login there passes Django's checks."""
    data, _ = running
    stop(data)
    port = free_port()
    shared = start(data, port, executable=label_studio_bin, host="0.0.0.0")
    try:
        assert shared.host == "0.0.0.0" and shared.url == f"http://127.0.0.1:{port}"
        credentials = load_credentials(data)
        password = json.loads((data / "credentials.json").read_text())["password"]
        colleague = f"http://127.0.0.2:{port}"
        with http(colleague) as browser:
            browser.get("/user/login/")
            form = {"csrfmiddlewaretoken": browser.cookies["csrftoken"],
                    "email": credentials.email, "password": password}  # fmt: skip
            answer = browser.post("/user/login/", data=form,
                                  headers={"Referer": colleague + "/user/login/"})  # fmt: skip
            assert answer.status_code == 302
            assert browser.get("/api/projects/").status_code == 200
    finally:
        stop(data)
        start(data, port, executable=label_studio_bin)  # loopback again, for the fixture to stop
    with http(f"http://127.0.0.1:{port}") as local:
        assert local.get("/health").status_code == 200


# -- the command line ------------------------------------------------------------------------


def test_corpus_server_status_prints_where_and_whom_but_no_secret(running):
    from click.testing import CliRunner

    from corpus.cli import cli

    data, _ = running
    result = CliRunner().invoke(cli, ["server", "status", "--data-dir", str(data)])
    assert result.exit_code == 0
    assert "running:     yes" in result.stdout and "version:     1.23.2" in result.stdout
    assert "password in: " in result.stdout and "credentials.json" in result.stdout
    creds = json.loads((data / "credentials.json").read_text())
    for secret in (creds["password"], creds["api_key"], creds["legacy_token"]):
        assert secret not in result.stdout + result.stderr
    as_json = json.loads(
        CliRunner().invoke(cli, ["server", "status", "--data-dir", str(data), "--json"]).stdout
    )
    assert as_json["running"] is True and "password" not in json.dumps(as_json)


def test_corpus_server_start_on_a_busy_port_is_one_clear_line(tmp_path, label_studio_bin):
    from click.testing import CliRunner

    from corpus.cli import cli

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(
            cli, ["server", "start", "--port", str(port), "--data-dir", str(tmp_path / "d")]
        )
    assert result.exit_code == 1
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_corpus_server_stop_with_nothing_running_says_so(tmp_path):
    from click.testing import CliRunner

    from corpus.cli import cli

    result = CliRunner().invoke(cli, ["server", "stop", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0 and "No Label Studio was running" in result.stderr
