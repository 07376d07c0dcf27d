"""A local stand-in for the Hugging Face Hub: the HTTP endpoints huggingface_hub calls to
create a dataset repo, commit to it (regular files and LFS), list its tree and refs, tag a
revision and download a file — nothing else, in memory, on 127.0.0.1.

The real Hub is never contacted in tests, and huggingface_hub ships no such server (its own
tests run against a staging Hub), so this one is written from the client's requests as
huggingface_hub 2.x sends them (``hf_api.py``, ``_commit_api.py``, ``lfs.py``). It keeps the
Hub's rules that a push depends on: a new repo starts with a ``.gitattributes`` commit; a file
matching an LFS rule there is uploaded through the LFS batch API, others inline; a commit
naming a parent that is no longer the head is refused (412); deleting a missing file is a 404;
a tag that exists is a 409. The stand-in speaks LFS, not Xet, so clients are run with
``HF_HUB_DISABLE_XET=1`` (what huggingface_hub does anyway where hf_xet is not installed).
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

GITATTRIBUTES = b"""*.arrow filter=lfs diff=lfs merge=lfs -text
*.bin filter=lfs diff=lfs merge=lfs -text
*.parquet filter=lfs diff=lfs merge=lfs -text
*.spacy filter=lfs diff=lfs merge=lfs -text
*.zip filter=lfs diff=lfs merge=lfs -text
"""
LFS_THRESHOLD = 10 * 1024 * 1024


def git_blob_id(content: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def lfs_pointer(sha256: str, size: int) -> bytes:
    return (
        f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256}\nsize {size}\n".encode()
    )


@dataclass
class Blob:
    content: bytes
    lfs: bool

    def entry(self, path: str) -> dict:
        if not self.lfs:
            return {"type": "file", "oid": git_blob_id(self.content), "size": len(self.content),
                    "path": path}  # fmt: skip
        sha = hashlib.sha256(self.content).hexdigest()
        pointer = lfs_pointer(sha, len(self.content))
        return {
            "type": "file",
            "oid": git_blob_id(pointer),
            "size": len(self.content),
            "path": path,
            "lfs": {"oid": sha, "size": len(self.content), "pointerSize": len(pointer)},
        }


@dataclass
class Repo:
    private: bool
    commits: dict[str, dict[str, Blob]] = field(default_factory=dict)  # oid -> tree
    log: list[dict] = field(default_factory=list)  # commit metadata, oldest first
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def resolve(self, revision: str) -> str | None:
        revision = unquote(revision)
        if revision in self.branches:
            return self.branches[revision]
        if revision in self.tags:
            return self.tags[revision]
        return revision if revision in self.commits else None

    def commit(self, tree: dict[str, Blob], summary: str, parent: str | None) -> str:
        oid = hashlib.sha1(f"{len(self.log)}:{summary}:{sorted(tree)}".encode()).hexdigest()
        self.commits[oid] = tree
        self.log.append({"oid": oid, "summary": summary, "parent": parent})
        self.branches["main"] = oid
        return oid

    def files(self, revision: str = "main") -> dict[str, bytes]:
        """path → content at a revision (what a test compares with the folder)."""
        oid = self.resolve(revision)
        return {p: b.content for p, b in self.commits[oid].items()}


class HubStandIn:
    """The server and its state; ``url`` goes into HF_ENDPOINT, ``token`` into HF_TOKEN."""

    def __init__(self, token: str = "hf_standin_token"):
        self.token = token
        self.repos: dict[str, Repo] = {}
        self.lfs: dict[str, bytes] = {}
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> HubStandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def _handler(hub: HubStandIn):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        # -- plumbing ------------------------------------------------------------------------

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(self, status: int, payload=None, *, raw: bytes | None = None, headers=None):
            body = raw if raw is not None else json.dumps(payload or {}).encode()
            self.send_response(status)
            self.send_header(
                "Content-Type", "application/json" if raw is None else "application/octet-stream"
            )
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, message: str, **headers):
            self._send(status, {"error": message}, headers={"X-Error-Message": message, **headers})

        def _authorized(self) -> bool:
            if self.headers.get("authorization") == f"Bearer {hub.token}":
                return True
            self._error(401, "Invalid credentials in Authorization header")
            return False

        def _repo(self, repo_id: str) -> Repo | None:
            repo = hub.repos.get(repo_id)
            if repo is None:
                self._error(404, "Repository not found", **{"X-Error-Code": "RepoNotFound"})
            return repo

        def _route(self, method: str):
            parts = urlsplit(self.path)
            path, query = unquote(parts.path), parse_qs(parts.query)
            hub.requests.append((method, path))
            for pattern, name in ROUTES.get(method, ()):
                match = re.fullmatch(pattern, path)
                if match:
                    with hub.lock:
                        return getattr(self, name)(query, *match.groups())
            return self._error(404, f"no route for {method} {path}")

        def do_GET(self):
            self._route("GET")

        def do_HEAD(self):
            self._route("GET")

        def do_POST(self):
            self._route("POST")

        def do_PUT(self):
            self._route("PUT")

        def do_DELETE(self):
            self._route("DELETE")

        # -- endpoints -----------------------------------------------------------------------

        def create_repo(self, query):
            if not self._authorized():
                return
            payload = json.loads(self._body())
            repo_id = f"{payload.get('organization') or 'user'}/{payload['name']}"
            if payload.get("type") != "dataset":
                return self._error(400, "the stand-in holds dataset repos only")
            if repo_id in hub.repos:  # the Hub names the existing repo in its 409
                message = "You already created this dataset repo"
                return self._send(409, {"error": message, "url": f"{hub.url}/datasets/{repo_id}"},
                                  headers={"X-Error-Message": message})  # fmt: skip
            repo = hub.repos[repo_id] = Repo(private=payload.get("visibility") != "public")
            repo.commit({".gitattributes": Blob(GITATTRIBUTES, False)}, "initial commit", None)
            self._send(200, {"url": f"{hub.url}/datasets/{repo_id}", "name": repo_id})

        def validate_yaml(self, query):
            content = json.loads(self._body())["content"]
            match = re.match(r"^---\n(.*?)\n---\n", content, re.S)
            try:
                data = yaml.safe_load(match.group(1)) if match else {}
            except yaml.YAMLError as exc:
                return self._send(400, {"errors": [{"message": f"invalid YAML: {exc}"}]})
            if not isinstance(data, dict):
                return self._send(400, {"errors": [{"message": "metadata must be a mapping"}]})
            self._send(200, {"errors": [], "warnings": []})

        def refs(self, query, repo_id):
            repo = self._repo(repo_id)
            if repo is None:
                return

            def ref(kind, name, oid):
                return {"name": name, "ref": f"refs/{kind}/{name}", "targetCommit": oid}

            self._send(200, {
                "branches": [ref("heads", n, o) for n, o in repo.branches.items()],
                "converts": [],
                "tags": [ref("tags", n, o) for n, o in repo.tags.items()],
            })  # fmt: skip

        def info(self, query, repo_id, revision=None):
            repo = self._repo(repo_id)
            if repo is None:
                return
            oid = repo.resolve(revision or "main")
            if oid is None:
                return self._error(404, "Invalid rev id", **{"X-Error-Code": "RevisionNotFound"})
            self._send(200, {
                "id": repo_id, "author": repo_id.split("/")[0], "sha": oid, "private": repo.private,
                "disabled": False, "gated": False, "downloads": 0, "likes": 0, "tags": [],
                "siblings": [{"rfilename": p} for p in sorted(repo.commits[oid])],
                "createdAt": "2026-01-01T00:00:00.000Z", "lastModified": "2026-01-01T00:00:00.000Z",
            })  # fmt: skip

        def tree(self, query, repo_id, revision, folder):
            repo = self._repo(repo_id)
            if repo is None:
                return
            oid = repo.resolve(revision)
            if oid is None:
                return self._error(404, "Invalid rev id", **{"X-Error-Code": "RevisionNotFound"})
            folder = (folder or "").strip("/")
            prefix = f"{folder}/" if folder else ""
            recursive = query.get("recursive", ["false"])[0].lower() in ("1", "true")
            entries, folders = [], set()
            for path, blob in sorted(repo.commits[oid].items()):
                if not path.startswith(prefix):
                    continue
                rest = path[len(prefix) :].split("/")
                for depth in range(1, len(rest)):
                    if recursive or depth == 1:
                        folders.add(prefix + "/".join(rest[:depth]))
                if recursive or len(rest) == 1:
                    entries.append(blob.entry(path))
            if folder and not entries and not folders:
                return self._error(404, "Entry not found", **{"X-Error-Code": "EntryNotFound"})
            entries += [{"type": "directory", "oid": hashlib.sha1(f.encode()).hexdigest(),
                         "size": 0, "path": f} for f in sorted(folders)]  # fmt: skip
            self._send(200, entries)

        def preupload(self, query, repo_id, revision):
            if not self._authorized():
                return
            repo = self._repo(repo_id)
            if repo is None:
                return
            oid = repo.resolve(revision)
            tree = repo.commits[oid]
            rules = [line.split()[0] for line in tree.get(".gitattributes", Blob(b"", False))
                     .content.decode().splitlines() if "filter=lfs" in line]  # fmt: skip
            files = []
            for item in json.loads(self._body())["files"]:
                path = item["path"]
                lfs = item["size"] >= LFS_THRESHOLD or any(
                    fnmatch.fnmatch(path.rsplit("/", 1)[-1], rule) for rule in rules
                )
                there = tree.get(path)
                remote_oid = None
                if there is not None:
                    entry = there.entry(path)
                    remote_oid = entry["lfs"]["oid"] if "lfs" in entry else entry["oid"]
                files.append({"path": path, "uploadMode": "lfs" if lfs else "regular",
                              "shouldIgnore": False, "oid": remote_oid})  # fmt: skip
            self._send(200, {"files": files})

        def lfs_batch(self, query, repo_id):
            if not self._authorized():
                return
            if self._repo(repo_id) is None:
                return
            objects = []
            for obj in json.loads(self._body())["objects"]:
                entry = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
                if obj["oid"] not in hub.lfs:
                    entry["actions"] = {
                        "upload": {"href": f"{hub.url}/lfs-store/{obj['oid']}"},
                        "verify": {"href": f"{hub.url}/lfs-verify"},
                    }
                objects.append(entry)
            self._send(200, {"transfer": "basic", "objects": objects})

        def lfs_put(self, query, oid):
            content = self._body()
            if hashlib.sha256(content).hexdigest() != oid:
                return self._error(400, "content does not match its oid")
            hub.lfs[oid] = content
            self._send(200, {})

        def lfs_verify(self, query):
            payload = json.loads(self._body())
            stored = hub.lfs.get(payload["oid"])
            if stored is None or len(stored) != payload["size"]:
                return self._error(404, "object not uploaded")
            self._send(200, {})

        def commit(self, query, repo_id, revision):
            if not self._authorized():
                return
            repo = self._repo(repo_id)
            if repo is None:
                return
            head = repo.resolve(revision)
            tree = dict(repo.commits[head])
            summary = ""
            for line in self._body().splitlines():
                item = json.loads(line)
                key, value = item["key"], item["value"]
                if key == "header":
                    summary = value["summary"]
                    parent = value.get("parentCommit")
                    if parent and parent != head:
                        return self._error(
                            412, "A commit has happened since. Please refresh and try again."
                        )
                elif key == "file":
                    tree[value["path"]] = Blob(base64.b64decode(value["content"]), False)
                elif key == "lfsFile":
                    content = hub.lfs.get(value["oid"])
                    if content is None:
                        return self._error(422, f"LFS object {value['oid']} was not uploaded")
                    tree[value["path"]] = Blob(content, True)
                elif key == "deletedFile":
                    if tree.pop(value["path"], None) is None:
                        return self._error(404, "A file with this name doesn't exist",
                                           **{"X-Error-Code": "EntryNotFound"})  # fmt: skip
                elif key == "deletedFolder":
                    prefix = value["path"].rstrip("/") + "/"
                    for path in [p for p in tree if p.startswith(prefix)]:
                        del tree[path]
                else:
                    return self._error(400, f"unknown commit operation {key}")
            oid = repo.commit(tree, summary, head)
            self._send(200, {"success": True, "commitOid": oid, "hookOutput": "",
                             "commitUrl": f"{hub.url}/datasets/{repo_id}/commit/{oid}"})  # fmt: skip

        def tag(self, query, repo_id, revision):
            if not self._authorized():
                return
            repo = self._repo(repo_id)
            if repo is None:
                return
            oid = repo.resolve(revision)
            if oid is None:
                return self._error(404, "Invalid rev id", **{"X-Error-Code": "RevisionNotFound"})
            name = json.loads(self._body())["tag"]
            if name in repo.tags:
                return self._error(409, f"Tag {name} already exists")
            repo.tags[name] = oid
            self._send(200, {})

        def resolve(self, query, repo_id, revision, path):
            repo = self._repo(repo_id)
            if repo is None:
                return
            oid = repo.resolve(revision)
            if oid is None:
                return self._error(404, "Invalid rev id", **{"X-Error-Code": "RevisionNotFound"})
            blob = repo.commits[oid].get(path)
            if blob is None:
                return self._error(404, "Entry not found", **{"X-Error-Code": "EntryNotFound"})
            entry = blob.entry(path)
            etag = entry["lfs"]["oid"] if "lfs" in entry else entry["oid"]
            headers = {"X-Repo-Commit": oid, "ETag": f'"{etag}"'}
            if "lfs" in entry:
                headers.update(
                    {"X-Linked-Etag": f'"{etag}"', "X-Linked-Size": str(len(blob.content))}
                )
            self._send(200, raw=blob.content, headers=headers)

    return Handler


_REPO = r"([^/]+/[^/]+)"
ROUTES = {
    "GET": [
        (rf"/api/datasets/{_REPO}/refs", "refs"),
        (rf"/api/datasets/{_REPO}/revision/([^/]+)", "info"),
        (rf"/api/datasets/{_REPO}", "info"),
        (rf"/api/datasets/{_REPO}/tree/([^/]+)(/.*)?", "tree"),
        (rf"/datasets/{_REPO}/resolve/([^/]+)/(.+)", "resolve"),
    ],
    "POST": [
        (r"/api/repos/create", "create_repo"),
        (r"/api/validate-yaml", "validate_yaml"),
        (rf"/api/datasets/{_REPO}/preupload/([^/]+)", "preupload"),
        (rf"/api/datasets/{_REPO}/commit/([^/]+)", "commit"),
        (rf"/api/datasets/{_REPO}/tag/([^/]+)", "tag"),
        (rf"/datasets/{_REPO}\.git/info/lfs/objects/batch", "lfs_batch"),
        (r"/lfs-verify", "lfs_verify"),
    ],
    "PUT": [(r"/lfs-store/([0-9a-f]{64})", "lfs_put")],
}
