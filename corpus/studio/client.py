"""Which Label Studio to talk to, and a checked connection to it.

``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` win (a team's server); otherwise the
credentials that ``corpus server start`` wrote. The key never appears in a message.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ..errors import CorpusError
from .server import load_credentials

DEFAULT_DATA_DIR = Path(".labelstudio")
TIMEOUT = 300.0  # seconds; exports and big imports run inside one request in the community edition


class StudioError(CorpusError):
    """Label Studio cannot be reached, refuses us, or refuses what we send."""


@dataclass(frozen=True)
class Connection:
    url: str
    api_key: str = field(repr=False)
    source: str  # "environment" or the credentials file, for messages


def connection(data_dir: Path = DEFAULT_DATA_DIR) -> Connection:
    url, key = os.environ.get("LABEL_STUDIO_URL"), os.environ.get("LABEL_STUDIO_API_KEY")
    if url and key:
        return Connection(url.rstrip("/"), key, "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY")
    credentials = load_credentials(Path(data_dir))
    if credentials is None:
        raise StudioError(
            "no Label Studio to talk to: set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY, "
            "or run `corpus server start`"
        )
    return Connection(
        credentials.url.rstrip("/"), credentials.api_key, str(Path(data_dir) / "credentials.json")
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

    try:
        client = LabelStudioBase(base_url=conn.url, api_key=conn.api_key, timeout=TIMEOUT)
        client.users.whoami()
    except ApiError as exc:
        raise api_error(exc, conn, "checking the API key") from exc
    except httpx.HTTPError as exc:
        raise StudioError(
            f"cannot reach Label Studio at {conn.url} ({type(exc).__name__}); is it running? "
            "(`corpus server status`)"
        ) from exc
    return client


def check_answer(response: httpx.Response, conn: Connection, doing: str) -> None:
    """A raw request's answer (one the SDK did not make): the error :func:`api_error` gives
    when it is not a success, nothing when it is."""
    if response.status_code < 300:
        return
    try:
        body = response.json()
    except ValueError:
        body = response.text[:300]
    raise _refusal(response.status_code, body, conn, doing)


def api_error(exc, conn: Connection, doing: str) -> StudioError:
    """One line for an SDK ApiError, with what the user can do about it."""
    return _refusal(getattr(exc, "status_code", None), getattr(exc, "body", None), conn, doing)


def _refusal(status: int | None, body, conn: Connection, doing: str) -> StudioError:
    if status == 401:
        return StudioError(
            f"Label Studio at {conn.url} rejected the API key from {conn.source} (401) while "
            f"{doing}; check the key, or use a personal access token"
        )
    if status == 404:
        return StudioError(f"Label Studio at {conn.url} has no such object (404) while {doing}")
    detail = str(body)[:300] if body else ""
    return StudioError(f"Label Studio at {conn.url} answered {status} while {doing}: {detail}")


def every(pager) -> Iterator:
    """Every item of an SDK pager. The base pager asks for one page past the last, which
    Label Studio answers with 404: that 404 is the end of the list, not an error."""
    from label_studio_sdk.core.api_error import ApiError

    try:
        yield from pager
    except ApiError as exc:
        if exc.status_code != 404:
            raise
