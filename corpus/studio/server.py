"""A private Label Studio for one data directory: find or install it, start, stop, ask its status.

One data directory holds one server and one admin account. The server listens on 127.0.0.1
unless asked for another address (so that colleagues can reach it), keeps everything (SQLite database, secret key, media) in the data directory, and runs
detached, so it outlives the command that started it; ``server.pid`` says which process and
port it is, so ``stop`` and ``status`` never guess by process name.

The first start on an empty data directory creates the admin with a random login, password
and legacy token, then mints a personal access token (PAT). They all go to
``credentials.json`` (mode 0600), the only place the password is written. Later starts reuse
the data directory and take about 3 s instead of about 25 s (the database migrations).

Label Studio's own ``start`` quietly moves to the next port when the one asked for is busy,
which would leave us talking to some other server, so the port is checked before starting and
the health check asks exactly that port.

POSIX only: the server is started in its own session and stopped with signals.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ..errors import CorpusError
from ..files import write_atomic

LABEL_STUDIO_VERSION = "1.23.2"
HOST = "127.0.0.1"
_ANY = ("0.0.0.0", "::")  # every address of the machine
DEFAULT_PORT = 8080
BIN_ENV = "CORPUS_LABEL_STUDIO_BIN"
VENV_ENV = "CORPUS_LABEL_STUDIO_VENV"
DEFAULT_VENV = ".labelstudio-venv"

CREDENTIALS_FILE = "credentials.json"
PID_FILE = "server.pid"
LOG_FILE = "server.log"
LOCK_FILE = ".server.lock"
DATABASE_FILE = "label_studio.sqlite3"  # what Label Studio creates in its base data dir

STOP_GRACE = 15.0  # seconds between SIGTERM and SIGKILL
LOG_TAIL = 15  # log lines quoted when the server fails to start

# Label Studio reads NAME from LABEL_STUDIO_NAME, HEARTEX_NAME or plain NAME, so a stray
# USERNAME, PORT or HOST in the caller's environment would change what it does; these are
# removed from its environment and set only when we mean to.
_CONTROLLED = (
    "USERNAME",
    "PASSWORD",
    "USER_TOKEN",
    "ENABLE_LEGACY_API_TOKEN",
    "HOST",
    "PORT",
    "BASE_DATA_DIR",
    "DATABASE_NAME",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
)
_SCRUBBED = (
    *(prefix + name for name in _CONTROLLED for prefix in ("LABEL_STUDIO_", "HEARTEX_", "")),
    "DJANGO_SETTINGS_MODULE",  # Label Studio only sets its own if none is set
    "PYTHONPATH",  # it runs in its own virtualenv; ours must not leak into it
    "PYTHONHOME",
)
_QUIET = {
    "DJANGO_DB": "sqlite",
    "LATEST_VERSION_CHECK": "false",  # no request to pypi.org on every start
    "COLLECT_ANALYTICS": "false",
    "SENTRY_DSN": "",  # the community defaults are real sentry.io DSNs
    "FRONTEND_SENTRY_DSN": "",
    "LOG_LEVEL": "WARNING",
    "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",  # nobody signs up without an invite
}
_HOP_MARK = " is in use."  # Label Studio prints "* Port N is in use." before moving on

# Servers started by this process: kept so they can be reaped (no zombies, no
# "subprocess still running" warnings) and polled without guessing from /proc.
_CHILDREN: dict[int, subprocess.Popen] = {}


class ServerError(CorpusError):
    """Label Studio cannot be found, installed, started, reached or stopped."""


@dataclass(frozen=True)
class Credentials:
    """How to reach and authenticate to the server of one data directory.

    ``api_key`` is the personal access token (what the SDK wants); ``legacy_token`` is the
    older ``Authorization: Token`` key. Neither appears in ``repr``, so logging a Credentials
    leaks nothing. The password stays in ``password_file`` and is never loaded here.
    """

    url: str
    email: str
    api_key: str = field(repr=False)
    legacy_token: str | None = field(repr=False)
    password_file: str


@dataclass(frozen=True)
class ServerStatus:
    """What ``status`` can tell without revealing a secret: no password, no key."""

    url: str
    running: bool
    version: str | None
    email: str | None
    credentials_path: str | None
    pid: int | None
    host: str = HOST  # the address it listens on


@dataclass(frozen=True)
class _Record:
    """The contents of server.pid: which process serves which port."""

    pid: int
    port: int
    url: str
    host: str = HOST


# -- finding and installing ----------------------------------------------------------------


def find_label_studio(venv: Path | None = None) -> Path | None:
    """The ``label-studio`` executable to run, or None if it is not installed.

    ``CORPUS_LABEL_STUDIO_BIN`` wins, so a machine with Label Studio elsewhere needs no second
    copy; otherwise the one in ``venv`` (default: ``CORPUS_LABEL_STUDIO_VENV`` or
    ``.labelstudio-venv`` in the working directory). PATH is not searched: a ``label-studio``
    there may be another version. A variable that names no executable is an error rather than
    None, so the caller does not install a second copy behind the user's back.
    """
    given = os.environ.get(BIN_ENV)
    if given:
        path = Path(given).expanduser()
        if not _is_executable(path):
            raise ServerError(f"{BIN_ENV}={given} is not an executable file")
        return path.absolute()
    if venv is None:
        venv = Path(os.environ.get(VENV_ENV) or DEFAULT_VENV)
    path = _venv_bin(Path(venv).expanduser(), "label-studio")
    return path.absolute() if _is_executable(path) else None


def install_label_studio(venv: Path, progress: Callable[[str], None] | None = None) -> Path:
    """Install ``label-studio==LABEL_STUDIO_VERSION`` into its own virtualenv at ``venv``.

    A virtualenv of its own because Label Studio pins Django and a long list of libraries that
    would fight with ours. pip's output goes line by line to ``progress`` (the install takes
    minutes); on failure the last lines are in the error. Running it again on an existing
    virtualenv is quick and harmless. Returns the ``label-studio`` executable.
    """
    venv = Path(venv).expanduser().absolute()
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    _stream([sys.executable, "-m", "venv", str(venv)], progress, env, f"creating {venv}")
    python = _venv_bin(venv, "python")
    pip = [str(python), "-m", "pip", "install", "--progress-bar", "off"]
    requirement = f"label-studio=={LABEL_STUDIO_VERSION}"
    _stream([*pip, requirement], progress, env, f"pip install {requirement}")
    executable = _venv_bin(venv, "label-studio")
    if not _is_executable(executable):
        raise ServerError(f"pip installed {requirement} but {executable} is missing")
    return executable


def _stream(
    command: Sequence[str], progress: Callable[[str], None] | None, env: dict[str, str], what: str
) -> None:
    tail: deque[str] = deque(maxlen=LOG_TAIL)
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            env=env,
        )
    except OSError as exc:
        raise ServerError(f"{what} failed: {exc.strerror or exc}") from exc
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.rstrip("\n")
            tail.append(line)
            if progress is not None:
                progress(line)
        code = proc.wait()
    finally:
        if proc.poll() is None:  # interrupted (Ctrl-C, or progress raised): no orphan pip
            proc.kill()
            proc.wait()
    if code != 0:
        raise ServerError(f"{what} failed (exit code {code}):\n" + "\n".join(tail))


def _venv_bin(venv: Path, name: str) -> Path:
    return venv / "bin" / name


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


# -- credentials -----------------------------------------------------------------------------


def load_credentials(data_dir: Path) -> Credentials | None:
    """The credentials ``start`` wrote for this data directory, or None if there are none yet.

    A file left by a first start that did not finish (no PAT yet) counts as none.
    """
    path = Path(data_dir) / CREDENTIALS_FILE
    data = _read_json(path)
    if data is None or not data.get("api_key"):
        return None
    try:
        return Credentials(
            url=str(data["url"]),
            email=str(data["email"]),
            api_key=str(data["api_key"]),
            legacy_token=data.get("legacy_token") or None,
            password_file=str(path.absolute()),
        )
    except KeyError as exc:
        raise ServerError(
            f"{path} has no {exc.args[0]!r}; it is not a corpus credentials file"
        ) from exc


def recorded_url(data_dir: Path) -> str | None:
    """The URL of the server this data directory runs, if it runs one."""
    data_dir = Path(data_dir)
    record = _running_record(data_dir) if data_dir.is_dir() else None
    return record.url if record is not None else None


def missing_credentials(data_dir: Path) -> str | None:
    """What to do when ``data_dir`` holds a Label Studio whose credentials.json is gone, or
    None when it holds none (nothing was ever started there).

    ``start`` cannot recreate the file: the admin's password and token were only there.
    """
    data_dir = Path(data_dir)
    if (data_dir / CREDENTIALS_FILE).exists():
        return None
    running = _running_record(data_dir) if data_dir.is_dir() else None
    if running is None and not (data_dir / DATABASE_FILE).exists():
        return None
    where = f"runs a Label Studio at {running.url}" if running else "holds a Label Studio database"
    return (
        f"{data_dir} {where} but its {CREDENTIALS_FILE} is gone, and `corpus server start` "
        "cannot recreate it (the admin's password and token were only there): restore the "
        "file, or set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY to a token of that server, or "
        "start afresh with another --data-dir"
    )


def _read_json(path: Path) -> dict | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ServerError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ServerError(f"{path} is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ServerError(f"{path} does not hold a JSON object")
    return data


def _write_json(path: Path, data: dict, mode: int = 0o600) -> None:
    """Replace ``path`` atomically with ``mode``, never wider even briefly."""
    write_atomic(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"), mode=mode)


# -- processes -------------------------------------------------------------------------------


def check_port(port: int, host: str = HOST) -> None:
    """Refuse a port that is not free on ``host``, before Label Studio gets to hop away from it.

    A bind test (with SO_REUSEADDR, so connections of a server just stopped in TIME_WAIT do
    not count) catches listeners on 127.0.0.1 and on 0.0.0.0, and sockets bound but not yet
    listening; the connect test is the one Label Studio itself makes.
    """
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise ServerError(f"{port!r} is not a TCP port (1-65535)")
    busy = ServerError(f"port {port} on {host} is in use; choose another with --port")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL:
                raise ServerError(f"{host} is not an address of this machine") from exc
            raise busy from exc
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1)
        if probe.connect_ex((HOST if host in _ANY else host, port)) == 0:
            raise busy


def _url(port: int, host: str = HOST) -> str:
    """Where corpus itself reaches the server: loopback, unless it listens elsewhere only."""
    return f"http://{HOST if host in _ANY else host}:{port}"


def _public_hosts(host: str) -> list[str]:
    """The names colleagues may reach a server on ``host`` by (for Django's host checks)."""
    names = [host, HOST, "localhost"]
    if host in _ANY:
        names = ["*"]
    else:
        with contextlib.suppress(OSError):
            names += [socket.gethostname(), socket.getfqdn()]
    return list(dict.fromkeys(names))


def _read_record(data_dir: Path) -> _Record | None:
    path = data_dir / PID_FILE
    try:
        data = _read_json(path)
    except ServerError:
        return None  # a torn or foreign file records no server we could stop
    if data is None:
        return None
    try:
        pid, port = int(data["pid"]), int(data["port"])
    except (KeyError, TypeError, ValueError):
        return None
    host = str(data.get("host") or HOST)
    return _Record(pid, port, str(data.get("url") or _url(port, host)), host)


def _alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and _is_label_studio decides
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]  # a zombie is as good as dead


def _cmdline(pid: int) -> str:
    try:
        return (
            Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except FileNotFoundError:
        if Path("/proc/self").exists():
            return ""  # /proc works and the process is gone
    except OSError:
        return ""
    try:  # no /proc (macOS)
        done = subprocess.run(
            ["ps", "-o", "command=", "-p", str(pid)], capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return done.stdout


def _is_label_studio(pid: int) -> bool:
    """True if ``pid`` is a live Label Studio; a recycled pid must never be signalled."""
    return pid > 0 and _alive(pid) and "label-studio" in _cmdline(pid)


def _running_record(data_dir: Path) -> _Record | None:
    """The recorded server if it is still alive; a stale server.pid is removed."""
    record = _read_record(data_dir)
    if record is None:
        (data_dir / PID_FILE).unlink(missing_ok=True)
        return None
    if _is_label_studio(record.pid):
        return record
    (data_dir / PID_FILE).unlink(missing_ok=True)
    return None


def _terminate(pid: int, grace: float = STOP_GRACE) -> None:
    """SIGTERM the server (and its process group), then SIGKILL if it lingers."""

    def send(sig: int) -> None:
        try:
            if os.getpgid(pid) == pid:  # started in its own session: take any children too
                os.killpg(pid, sig)
            else:
                os.kill(pid, sig)
        except ProcessLookupError:
            pass
        except PermissionError as exc:
            raise ServerError(f"not allowed to stop process {pid} (it is not yours)") from exc

    send(signal.SIGTERM)
    deadline = time.monotonic() + grace
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _alive(pid):
        send(signal.SIGKILL)
        deadline = time.monotonic() + 5
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            _CHILDREN[pid] = child  # pragma: no cover - a process that survives SIGKILL
            raise ServerError(f"process {pid} did not stop even after SIGKILL") from None


@contextlib.contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """Serialise start and stop on one data directory.

    Two starts at once would both find no server, and the loser's clean-up would delete the
    winner's server.pid. With the lock, the second start waits and then finds the first server.
    """
    fd = os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _log_tail(path: Path, lines: int = LOG_TAIL) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    tail = [line for line in text.splitlines() if line.strip()][-lines:]
    return "\n".join("  " + line for line in tail) or "  (the log is empty)"


# -- HTTP ------------------------------------------------------------------------------------


def _client(url: str, timeout: float = 10.0) -> httpx.Client:
    # trust_env=False: an HTTP(S)_PROXY in the environment must not route loopback calls away
    return httpx.Client(base_url=url, timeout=timeout, trust_env=False)


def _healthy(client: httpx.Client) -> bool:
    try:
        return client.get("/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _version(client: httpx.Client) -> str | None:
    try:
        response = client.get("/api/version/", timeout=5)
        response.raise_for_status()
        release = response.json().get("release")
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    return str(release) if release else None


def _mint_pat(url: str, email: str, password: str) -> str:
    """Log in through the web form and create the admin's personal access token.

    There is no API to create the first PAT without one, so this goes through the same
    session login a browser uses. A user has at most one PAT and its full text is shown only
    at creation, so it must be saved at once.
    """
    with _client(url, timeout=30) as client:
        try:
            client.get("/user/login/")
            csrf = client.cookies.get("csrftoken")
            if not csrf:
                raise ServerError(f"{url}/user/login/ set no CSRF cookie; is this Label Studio?")
            response = client.post(
                "/user/login/",
                data={"csrfmiddlewaretoken": csrf, "email": email, "password": password},
                headers={"Referer": f"{url}/user/login/"},
            )
            if response.status_code != 302 or "/user/login" in response.headers.get("location", ""):
                raise ServerError(
                    f"could not log in to Label Studio at {url} as {email} "
                    f"(HTTP {response.status_code}); credentials.json does not match its database"
                )
            response = client.post(
                "/api/token/",
                headers={
                    "X-CSRFToken": client.cookies.get("csrftoken") or csrf,
                    "Referer": url + "/",
                },
            )
        except httpx.HTTPError as exc:
            raise ServerError(f"lost the connection to Label Studio at {url} ({exc})") from exc
    if response.status_code == 409:
        raise ServerError(
            f"Label Studio already holds an access token for {email} that was never saved; "
            "revoke it in the web UI (Account & Settings) and start again"
        )
    if response.status_code != 201:
        raise ServerError(
            f"Label Studio refused to create an access token (HTTP {response.status_code})"
        )
    try:
        return str(response.json()["token"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ServerError("Label Studio answered POST /api/token/ without a token") from exc


# -- the lifecycle ---------------------------------------------------------------------------


def start(
    data_dir: Path,
    port: int = DEFAULT_PORT,
    *,
    executable: Path,
    timeout: float = 180,
    host: str = HOST,
) -> ServerStatus:
    """Start Label Studio for ``data_dir`` on ``host``:``port`` and wait until it answers.

    ``host`` is 127.0.0.1 unless colleagues on other machines must reach it: then an address
    of this machine (or 0.0.0.0 for all of them), and Django is told the names it may be
    reached by, so its host and CSRF checks let their browsers in.

    If the server recorded for this data directory is already up, its status comes back and
    nothing is started (whatever ``port`` says: one data directory, one server). Otherwise the
    start either succeeds, with credentials.json complete and server.pid written, or raises
    ServerError and leaves no process behind.
    """
    data_dir = Path(data_dir).expanduser().absolute()
    executable = Path(executable).expanduser().absolute()
    if data_dir.exists() and not data_dir.is_dir():
        raise ServerError(f"{data_dir} is not a directory")
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # holds the secret key and DB
    except OSError as exc:
        raise ServerError(f"cannot create {data_dir}: {exc.strerror or exc}") from exc
    with _locked(data_dir):
        return _start(data_dir, port, executable, timeout, host)


def _write_secret_key(data_dir: Path) -> None:
    """The key Label Studio signs access tokens with, written before its first start. Left
    to itself it makes one from characters that include "$", and one starting with "$"
    reads back as a reference to another variable (django-environ): the next start finds
    no key, makes another and refuses every token the first one signed (about one data
    directory in fifty)."""
    path = data_dir / ".env"
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(f"SECRET_KEY={secrets.token_urlsafe(50)}\n")
    except FileExistsError:
        return
    except OSError as exc:
        raise ServerError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _start(data_dir: Path, port: int, executable: Path, timeout: float, host: str) -> ServerStatus:
    record = _running_record(data_dir)
    if record is not None:
        with _client(record.url) as client:
            if _healthy(client):
                if load_credentials(data_dir) is None:
                    raise ServerError(missing_credentials(data_dir))
                return status(data_dir)
        raise ServerError(
            f"Label Studio (pid {record.pid}) for {data_dir} does not answer at {record.url}; "
            "stop it first"
        )
    if not _is_executable(executable):
        raise ServerError(f"{executable} is not an executable file")
    check_port(port, host)

    credentials_path = data_dir / CREDENTIALS_FILE
    secrets_ = _read_json(credentials_path)
    if secrets_ is None:
        if (data_dir / DATABASE_FILE).exists():
            raise ServerError(missing_credentials(data_dir))
        # Written before the server exists, so a first start that dies half-way can be
        # resumed: the admin it may have created is one we still know the password of.
        secrets_ = {
            "url": _url(port, host),
            "email": f"admin-{secrets.token_hex(3)}@corpus.local",
            "password": secrets.token_urlsafe(24),
            "api_key": None,
            "legacy_token": secrets.token_hex(20),
        }
        _write_json(credentials_path, secrets_)
    _write_secret_key(data_dir)
    for key in ("email", "password"):
        if not secrets_.get(key):
            raise ServerError(
                f"{credentials_path} has no {key!r}; it is not a corpus credentials file"
            )

    url = _url(port, host)
    env = _environment(data_dir, secrets_ if not secrets_.get("api_key") else None)
    if host != HOST:
        names = _public_hosts(host)
        env["LABEL_STUDIO_ALLOWED_HOSTS"] = ",".join(names)
        origins = [f"http://{n}:{port}" for n in names if n != "*"]
        if origins:
            env["LABEL_STUDIO_CSRF_TRUSTED_ORIGINS"] = ",".join(origins)
    log_path = data_dir / LOG_FILE
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    command = [
        str(executable),
        "start",
        "--no-browser",
        "--internal-host",
        host,
        "--port",
        str(port),
    ]
    try:
        proc = subprocess.Popen(
            command,
            env=env,
            cwd=data_dir,  # anything it writes to its working directory stays with the data
            stdin=subprocess.DEVNULL,
            stdout=log_fd,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # detached: Ctrl-C in the caller's terminal does not reach it
        )
    except OSError as exc:
        raise ServerError(f"cannot run {executable}: {exc.strerror or exc}") from exc
    finally:
        os.close(log_fd)
    _CHILDREN[proc.pid] = proc
    try:
        record = {"pid": proc.pid, "port": port, "url": url, "host": host}
        _write_json(data_dir / PID_FILE, record, mode=0o644)
        _wait_until_healthy(proc, url, port, log_path, timeout)
        if not secrets_.get("api_key"):
            secrets_["api_key"] = _mint_pat(url, secrets_["email"], secrets_["password"])
            secrets_["url"] = url
            _write_json(credentials_path, secrets_)
        elif secrets_.get("url") != url:
            secrets_["url"] = url
            _write_json(credentials_path, secrets_)
    except BaseException:
        _terminate(proc.pid)
        (data_dir / PID_FILE).unlink(missing_ok=True)
        raise
    return status(data_dir)


def _environment(data_dir: Path, admin: dict | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env.update(_QUIET)
    env["LABEL_STUDIO_BASE_DATA_DIR"] = str(data_dir)
    if admin is not None:  # only until the admin exists: no password in a warm server's environ
        env["LABEL_STUDIO_USERNAME"] = admin["email"]
        env["LABEL_STUDIO_PASSWORD"] = admin["password"]
        if admin.get("legacy_token"):
            env["LABEL_STUDIO_USER_TOKEN"] = admin["legacy_token"]
            env["LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN"] = "true"  # read once, at org creation
    return env


def _wait_until_healthy(
    proc: subprocess.Popen, url: str, port: int, log_path: Path, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    with _client(url) as client:
        while True:
            code = proc.poll()
            if code is not None:
                raise ServerError(
                    f"Label Studio exited (code {code}) while starting; the end of {log_path}:\n"
                    + _log_tail(log_path)
                )
            if _HOP_MARK in _log_text(log_path):
                raise ServerError(
                    f"port {port} on {urlsplit(url).hostname} was taken while Label Studio "
                    "started; choose another with --port"
                )
            if _healthy(client):
                return
            if time.monotonic() > deadline:
                raise ServerError(
                    f"Label Studio did not answer at {url}/health within {timeout:g} s; "
                    f"the end of {log_path}:\n" + _log_tail(log_path)
                )
            time.sleep(0.25)


def _log_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def stop(data_dir: Path) -> bool:
    """Stop the server recorded for ``data_dir``; False if none was running.

    Only the recorded pid is signalled, and only if it is alive and is a Label Studio: pids
    get recycled, and a stale server.pid must not kill an unrelated process.
    """
    data_dir = Path(data_dir).expanduser().absolute()
    if not data_dir.is_dir():
        return False
    with _locked(data_dir):
        record = _running_record(data_dir)
        if record is None:
            return False
        _terminate(record.pid)
        (data_dir / PID_FILE).unlink(missing_ok=True)
        return True


def status(data_dir: Path, port: int | None = None) -> ServerStatus:
    """Whether this data directory's server is up, where, which version, and as whom.

    ``running`` means the recorded process is alive and answers /health; a server on the port
    that this data directory did not start does not count. ``port`` only says where to look
    when nothing is recorded (default: the port of the last start, else 8080).
    """
    data_dir = Path(data_dir).expanduser().absolute()
    credentials = load_credentials(data_dir) if data_dir.is_dir() else None
    record = _running_record(data_dir) if data_dir.is_dir() else None
    if record is not None:
        url = record.url
    elif port is not None:
        url = _url(port)
    elif credentials is not None:
        url = credentials.url
    else:
        url = _url(DEFAULT_PORT)
    running, version = False, None
    if record is not None:
        with _client(url) as client:
            running = _healthy(client)
            version = _version(client) if running else None
    return ServerStatus(
        url=url,
        running=running,
        version=version,
        email=credentials.email if credentials else None,
        credentials_path=credentials.password_file if credentials else None,
        pid=record.pid if record is not None else None,
        host=record.host if record is not None else HOST,
    )


def run_shell(data_dir: Path, script: str, *, timeout: float = 120) -> str:
    """Run Python in Label Studio's own Django shell on ``data_dir``'s database; its output.

    For what the API cannot do on the private server (turning an account off). SQLite takes
    the one short write while the server runs.
    """
    data_dir = Path(data_dir).expanduser().absolute()
    executable = find_label_studio()
    if executable is None:
        raise ServerError("no label-studio executable to open the server's database with")
    if not (data_dir / DATABASE_FILE).exists():
        raise ServerError(f"{data_dir} holds no Label Studio database")
    try:
        done = subprocess.run(
            [str(executable), "shell"],
            input=script,
            capture_output=True,
            text=True,
            env=_environment(data_dir, None),
            cwd=data_dir,
            timeout=timeout,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"cannot run {executable} shell: {exc}") from exc
    return done.stdout
