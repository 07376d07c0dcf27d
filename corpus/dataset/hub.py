"""A Hub dataset repo made equal to the export folder, in one commit, optionally tagged.

``upload_folder`` alone adds and overwrites but never deletes: a re-export with fewer parquet
shards left the old ``*-of-0000N.parquet`` files in the repo, and the card's
``data/<config>/<split>-*.parquet`` pattern then loaded them too (duplicate rows). Here the
remote tree is compared with the folder first, by content (the git blob id of a regular file,
the sha256 of an LFS one), and a single commit adds what is new, replaces what changed and
deletes what the folder no longer has. The commit names its parent, so a push racing another
fails rather than overwriting it. The Hub's own ``.gitattributes`` is the one file kept.

A tag (``--tag v1``) names the commit for good: an existing tag is refused, never moved, so a
paper that cites ``revision="v1"`` keeps meaning the same files.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from .write import WriteError, written_entries

KEPT = frozenset({".gitattributes"})  # the Hub writes it when it creates a repo; LFS rules


@dataclass(frozen=True)
class HubReport:
    """What a push changed in the repo."""

    repo: str
    url: str
    commit: str | None  # the commit the repo now stands at
    commit_url: str | None
    added: tuple[str, ...]
    changed: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    tag: str | None
    tag_url: str | None

    @property
    def summary(self) -> str:
        if not (self.added or self.changed or self.deleted):
            return f"nothing changed ({self.unchanged} files already there)"
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.deleted)} deleted, "
            f"{self.unchanged} unchanged"
        )


def endpoint() -> str:
    """The Hub to talk to: HF_ENDPOINT (read now, not when huggingface_hub was imported)."""
    return os.environ.get("HF_ENDPOINT", "").rstrip("/") or "https://huggingface.co"


def repo_url(repo: str) -> str:
    return f"{endpoint()}/datasets/{repo}"


def check_tag(repo: str, tag: str | None) -> None:
    """Refuse a tag the repo already has before the export does any work.

    The Hub may not be reachable yet (or the repo not exist): then the push checks again.
    """
    if not tag:
        return
    from huggingface_hub import HfApi

    api = HfApi(endpoint=endpoint(), token=hub_token())
    try:
        tags = {t.name: t.target_commit for t in api.list_repo_refs(repo, repo_type="dataset").tags}
    except hub_errors():
        return
    if tag in tags:
        raise WriteError(_tag_taken(repo, tag, tags[tag]))


def sync_folder(
    folder: Path,
    repo: str,
    *,
    private: bool = True,
    tag: str | None = None,
    only: Collection[str] | None = None,
) -> HubReport:
    """Make the dataset repo hold exactly the folder's files (plus the Hub's .gitattributes)
    in one commit; tag it; what changed. ``only`` names the top-level entries of the folder
    that belong to the dataset (what the export wrote; the user's notes stay local)."""
    from huggingface_hub.utils import (
        are_progress_bars_disabled,
        disable_progress_bars,
        enable_progress_bars,
    )

    quiet = are_progress_bars_disabled()
    disable_progress_bars()  # the library prints nothing; the command says what changed
    try:
        return _sync(folder, repo, private=private, tag=tag, only=only)
    except hub_errors() as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise WriteError(
            f"uploading to {repo}: {reason} (the dataset is written in {folder}; "
            "run the export again to retry the upload)"
        ) from exc
    finally:
        if not quiet:
            enable_progress_bars()


def _sync(
    folder: Path, repo: str, *, private: bool, tag: str | None, only: Collection[str] | None
) -> HubReport:
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi
    from huggingface_hub.hf_api import RepoFile

    api = HfApi(endpoint=endpoint(), token=hub_token())
    url = str(api.create_repo(repo, repo_type="dataset", private=private, exist_ok=True))
    refs = api.list_repo_refs(repo, repo_type="dataset")
    tags = {t.name: t.target_commit for t in refs.tags}
    if tag and tag in tags:
        raise WriteError(_tag_taken(repo, tag, tags[tag]))
    head = next((b.target_commit for b in refs.branches if b.name == "main"), None)
    remote = {}
    if head is not None:
        for entry in api.list_repo_tree(repo, repo_type="dataset", recursive=True, revision=head):
            if isinstance(entry, RepoFile):
                remote[entry.path] = entry
    local = local_files(folder, only)
    added, changed, unchanged = [], [], 0
    for path, file in local.items():
        there = remote.get(path)
        if there is None:
            added.append(path)
        elif _same(file, there):
            unchanged += 1
        else:
            changed.append(path)
    deleted = sorted(p for p in remote if p not in local and p not in KEPT)
    commit, commit_url = head, None
    if added or changed or deleted:
        operations = [
            CommitOperationAdd(path_in_repo=p, path_or_fileobj=str(local[p]))
            for p in sorted(added + changed)
        ] + [CommitOperationDelete(path_in_repo=p) for p in deleted]
        info = api.create_commit(
            repo,
            operations,
            repo_type="dataset",
            commit_message=f"corpus export: {len(added)} added, {len(changed)} changed, "
            f"{len(deleted)} deleted",
            commit_description="The repository holds exactly the files of the export folder.",
            parent_commit=head,
        )
        commit, commit_url = info.oid, info.commit_url
    tag_url = None
    if tag:
        api.create_tag(
            repo, tag=tag, revision=commit, repo_type="dataset", tag_message=f"corpus export {tag}"
        )
        tag_url = f"{repo_url(repo)}/tree/{tag}"
    return HubReport(
        repo=repo,
        url=url,
        commit=commit,
        commit_url=commit_url,
        added=tuple(sorted(added)),
        changed=tuple(sorted(changed)),
        deleted=tuple(deleted),
        unchanged=unchanged,
        tag=tag,
        tag_url=tag_url,
    )


def local_files(folder: Path, only: Collection[str] | None = None) -> dict[str, Path]:
    """path in the repo → file, for every file of the folder outside hidden folders (and,
    given ``only``, under those top-level entries)."""
    files = {}
    for root, dirs, names in os.walk(folder):
        if only is not None and Path(root) == folder:
            dirs[:] = [d for d in dirs if d in only]
            names = [n for n in names if n in only]
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(root) / name
            files[path.relative_to(folder).as_posix()] = path
    return files


def _same(local: Path, remote) -> bool:
    """Whether the file has the content the repo holds: the sha256 of an LFS file, else the
    git blob id (sha1 of ``blob <size>\\0`` and the bytes)."""
    size = local.stat().st_size
    if remote.lfs is not None:
        return remote.lfs.size == size and _digest(local, hashlib.sha256()) == remote.lfs.sha256
    blob = hashlib.sha1(f"blob {size}\0".encode())  # git's own object id
    return remote.size == size and _digest(local, blob) == remote.blob_id


def _digest(path: Path, hasher) -> str:
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def _tag_taken(repo: str, tag: str, commit: str) -> str:
    return (
        f"{repo} already has the tag {tag} (commit {commit[:12]}); a tag names one version for "
        "good, so choose a new one"
    )


def hub_token() -> str:
    """The Hugging Face token from the environment, asked for before any work is done."""
    token = os.environ.get("HF_TOKEN")
    if not token:
        raise WriteError("--push-to-hub needs a Hugging Face token in HF_TOKEN")
    return token


def push_to_hub(folder: Path, repo: str, *, private: bool = True, tag: str | None = None):
    """Make the Hub dataset repo equal to the dataset in the folder in one commit (stale
    files deleted in it), tag that revision if asked (HF_TOKEN from the environment); what
    changed, as a ``corpus.dataset.hub.HubReport``. Only what the export wrote goes up (the
    manifest lists it): notes kept in the folder stay on this machine."""
    return sync_folder(folder, repo, private=private, tag=tag, only=written_entries(folder) or None)


def hub_errors() -> tuple[type[BaseException], ...]:
    """What an upload raises when the Hub refuses it or cannot be reached.

    huggingface_hub's HTTP client changed between versions (requests, then httpx, then
    httpx2); each one's errors are caught, whichever is installed.
    """
    from huggingface_hub.errors import HfHubHTTPError

    errors: list[type[BaseException]] = [HfHubHTTPError, OSError, ValueError]
    for client in ("httpx", "httpx2"):
        try:
            errors.append(importlib.import_module(client).HTTPError)
        except (ImportError, AttributeError):
            continue
    return tuple(errors)
