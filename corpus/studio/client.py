"""Which Label Studio to talk to, and a checked connection to it that stays authenticated.

``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` win (a team's server); otherwise the
credentials that ``corpus server start`` wrote. The key never appears in a message, and no
message quotes what a server answered beyond Label Studio's own one-line ``detail``.

A personal access token (PAT) is a long-lived refresh token: each request carries a
short-lived access token got from it (5 minutes by default). The SDK renews that only once
it has expired by the local clock, so a request sent in its last instant, or to a server whose
clock runs ahead, was refused with 401 and a long pull died. Here it is renewed when four
fifths of its life (as the server gave it) have passed, and once more after a 401.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit, urlunsplit

import httpx
import orjson

from ..errors import CorpusError
from ..files import DATA_DIR
from .server import load_credentials, missing_credentials, recorded_url

DEFAULT_DATA_DIR = DATA_DIR  # one place: corpus.files
TIMEOUT = 300.0  # seconds; exports and big imports run inside one request in the community edition
CHECK_TIMEOUT = 30.0  # seconds for the first question: is this Label Studio at all?
RENEW_AT = 0.8  # share of an access token's life after which it is renewed


class StudioError(CorpusError):
    """Label Studio cannot be reached, refuses us, or refuses what we send."""


@dataclass(frozen=True)
class Connection:
    url: str  # never holds a user name or password
    api_key: str = field(repr=False)
    source: str  # "environment" or the credentials file, for messages
    # the server's data directory when it is the one `corpus server start` runs here
    data_dir: Path | None = None


class Studio(NamedTuple):
    """A Label Studio to talk to: a checked SDK client and the connection it was made from.

    What every command that works on the server takes, in place of a (client, connection)
    pair; it still unpacks as one (``client, conn = studio``).
    """

    client: Any
    conn: Connection

    @classmethod
    def open(cls, data_dir: Path | str = DEFAULT_DATA_DIR) -> Studio:
        """The server the command line talks to: LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY,
        else the credentials `corpus server start` wrote in ``data_dir``."""
        conn = connection(Path(data_dir))
        return cls(connect(conn), conn)


def public_url(url: str) -> str:
    """The server URL as it may be written down: no user, password, query or fragment."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def connection(data_dir: Path = DEFAULT_DATA_DIR) -> Connection:
    data_dir = Path(data_dir)
    url, key = os.environ.get("LABEL_STUDIO_URL"), os.environ.get("LABEL_STUDIO_API_KEY")
    if url and key:
        parts = urlsplit(url)
        if parts.username or parts.password:
            raise StudioError(
                f"LABEL_STUDIO_URL holds a user name or password ({public_url(url)} with them "
                "left out): Label Studio takes LABEL_STUDIO_API_KEY alone, so remove them"
            )
        url = url.rstrip("/")
        local = data_dir if recorded_url(data_dir) == url else None
        return Connection(url, key, "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY", local)
    credentials = load_credentials(data_dir)
    if credentials is None:
        lost = missing_credentials(data_dir)
        raise StudioError(
            lost
            or "no Label Studio to talk to: set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY, "
            f"or run `corpus server start` (which keeps its credentials in {data_dir})"
        )
    return Connection(
        credentials.url.rstrip("/"),
        credentials.api_key,
        str(data_dir / "credentials.json"),
        data_dir.absolute(),
    )


def connect(conn: Connection):
    """An SDK client whose key has been tried once, so later failures are not about the key.

    The SDK's base client, not ``label_studio_sdk.client.LabelStudio``: that one only adds
    helpers corpus does not use (a pager wrapper, export and label-interface helpers), and
    importing it took 1.6 s (pandas, jsf) against 0.3 s, on every command that talks to
    Label Studio. The pager wrapper's one job is :func:`every`'s.
    """
    from label_studio_sdk.base_client import LabelStudioBase
    from label_studio_sdk.core.api_error import ApiError

    _check_label_studio(conn)
    try:
        client = LabelStudioBase(base_url=conn.url, api_key=conn.api_key, timeout=TIMEOUT)
        wrapper = client._client_wrapper
        tokens = _Tokens(conn, wrapper)
        wrapper._tokens_client = tokens
        wrapper.httpx_client = _Renewing(wrapper.httpx_client, tokens)
        client.users.whoami()
    except ApiError as exc:
        raise api_error(exc, conn, "checking the API key") from exc
    except httpx.HTTPError as exc:
        raise _unreachable(conn, exc) from exc
    return client


def _check_label_studio(conn: Connection) -> None:
    """Refuse, in one line, a URL where no Label Studio answers (before any key is sent)."""
    try:
        response = httpx.get(f"{conn.url}/api/version/", timeout=CHECK_TIMEOUT)
    except httpx.HTTPError as exc:
        raise _unreachable(conn, exc) from exc
    release = None
    if response.status_code == 200:
        with suppress(orjson.JSONDecodeError, AttributeError):
            release = orjson.loads(response.content).get("release")
    if not isinstance(release, str):
        raise StudioError(
            f"{conn.url} does not answer like Label Studio (GET /api/version/ gave "
            f"{response.status_code}, {_kind(response)}); check LABEL_STUDIO_URL"
        )


def _unreachable(conn: Connection, exc: httpx.HTTPError) -> StudioError:
    return StudioError(
        f"cannot reach Label Studio at {conn.url} ({type(exc).__name__}); is it running? "
        "(`corpus server status`)"
    )


class _Tokens:
    """The access token of a PAT, renewed before it runs out; a legacy token as it is.

    Stands in for the SDK's ``TokensClientExt`` (``api_key`` is all the SDK asks of it).
    """

    def __init__(self, conn: Connection, wrapper):
        import jwt

        self.conn, self.wrapper = conn, wrapper
        self.legacy = wrapper._tokens_client._use_legacy_token
        self._use_legacy_token = self.legacy  # read by the SDK's get_headers
        self._jwt = jwt
        self._lock = threading.Lock()
        self._access: str | None = None
        self._renew_at = 0.0  # time.monotonic() after which the access token is renewed
        self.renewals = 0

    @property
    def api_key(self) -> str:
        if self.legacy:
            return self.conn.api_key
        with self._lock:
            if self._access is None or time.monotonic() >= self._renew_at:
                self._renew()
            assert self._access is not None
            return self._access

    @property
    def current(self) -> str | None:
        return self.conn.api_key if self.legacy else self._access

    def after_refusal(self, used: str | None) -> bool:
        """A 401 came back for a request made with ``used``: renew it (unless another
        request already has); whether the request is worth sending again."""
        if self.legacy:
            return False
        with self._lock:
            if self._access == used:
                self._renew()
        return True

    def _renew(self) -> None:
        http = self.wrapper.httpx_client.httpx_client
        response = http.post(
            f"{self.conn.url}/api/token/refresh/", json={"refresh": self.conn.api_key}
        )
        try:
            access = orjson.loads(response.content)["access"]
            claims = self._jwt.decode(access, options={"verify_signature": False})
            life = float(claims["exp"]) - float(claims.get("iat") or time.time())
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, self._jwt.PyJWTError):
            if response.status_code in (400, 401):
                raise StudioError(
                    f"Label Studio at {self.conn.url} refused the personal access token from "
                    f"{self.conn.source} ({response.status_code}): it was revoked, or belongs "
                    "to another server; create a new one under Account & Settings"
                ) from None
            raise StudioError(
                f"{self.conn.url} gave no access token for the personal access token "
                f"(POST /api/token/refresh/ gave {response.status_code}, {_kind(response)}); "
                "is LABEL_STUDIO_URL a Label Studio server?"
            ) from None
        self._access = access
        self._renew_at = time.monotonic() + max(life, 0.0) * RENEW_AT
        self.renewals += 1


class _Renewing:
    """The SDK's HTTP client, sending a request once more after a 401 with a renewed token.

    The server may refuse an access token early (revoked, clocks apart); the request was
    then not carried out, so sending it again is safe. Requests whose body is a stream are
    not sent again.
    """

    def __init__(self, inner, tokens: _Tokens):
        self._inner, self._tokens = inner, tokens

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def _again(self, response, used, kwargs) -> bool:
        replayable = kwargs.get("files") is None and not isinstance(kwargs.get("content"), Iterator)
        return response.status_code == 401 and replayable and self._tokens.after_refusal(used)

    def request(self, *args, **kwargs) -> httpx.Response:
        used = self._tokens.current
        response = self._inner.request(*args, **kwargs)
        if self._again(response, used, kwargs):
            response = self._inner.request(*args, **kwargs)
        return response

    @contextmanager
    def stream(self, *args, **kwargs):
        used = self._tokens.current
        with self._inner.stream(*args, **kwargs) as response:
            if not self._again(response, used, kwargs):
                yield response
                return
        with self._inner.stream(*args, **kwargs) as response:
            yield response


def check_answer(response: httpx.Response, conn: Connection, doing: str) -> None:
    """A raw request's answer (one the SDK did not make): the error :func:`api_error` gives
    when it is not a success, nothing when it is."""
    if response.status_code < 300:
        return
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        raise _refusal(response.status_code, None, conn, doing, _kind(response)) from None
    raise _refusal(response.status_code, body, conn, doing)


def api_error(exc, conn: Connection, doing: str) -> StudioError:
    """One line for an SDK ApiError, with what the user can do about it."""
    return _refusal(getattr(exc, "status_code", None), getattr(exc, "body", None), conn, doing)


def _refusal(
    status: int | None, body, conn: Connection, doing: str, kind: str | None = None
) -> StudioError:
    if status == 401:
        return StudioError(
            f"Label Studio at {conn.url} rejected the API key from {conn.source} (401) while "
            f"{doing}; check the key, or use a personal access token"
        )
    if status == 404:
        return StudioError(f"Label Studio at {conn.url} has no such object (404) while {doing}")
    detail = _detail(body) or kind
    said = f": {detail}" if detail else ""
    return StudioError(f"Label Studio at {conn.url} answered {status} while {doing}{said}")


def _detail(body) -> str:
    """What Label Studio said about a refusal, in one short line: its ``detail`` or
    validation errors; never a page of HTML or a whole response."""
    if not isinstance(body, dict):
        return ""
    said = body.get("validation_errors") or body.get("detail") or body.get("message")
    if not said:
        return ""
    text = said if isinstance(said, str) else orjson.dumps(said).decode()
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"


def _kind(response: httpx.Response) -> str:
    """What a body is, not what it says: "an HTML page", "a plain text of 52 bytes"."""
    kind = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
    if kind == "text/html":
        return "an HTML page"
    return f"{len(response.content)} bytes of {kind}"


def every(pager) -> Iterator:
    """Every item of an SDK pager. The base pager asks for one page past the last, which
    Label Studio answers with 404: that 404 is the end of the list, not an error."""
    from label_studio_sdk.core.api_error import ApiError

    try:
        yield from pager
    except ApiError as exc:
        if exc.status_code != 404:
            raise
