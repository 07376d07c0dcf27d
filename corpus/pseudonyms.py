"""Annotators as ``annotator_1 … n``, the same names in every export of the same project.

The mapping from Label Studio identities (user ids, e-mails) to pseudonyms is kept in a local
file outside the export (``.corpus/annotators-<project>.json``, mode 0600), so the dataset
never carries it and the next export of the project reuses it. Who annotator_2 is can be
looked up by whoever holds that file, and by nobody who only holds the dataset.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .errors import CorpusError
from .files import STATE_DIR, write_atomic
from .lsexport import Annotation

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
REDACTED = "[e-mail removed]"


class PseudonymError(CorpusError):
    """The annotators mapping file cannot be read or written."""


def mapping_path(project_key: str, directory: Path = STATE_DIR) -> Path:
    safe = re.sub(r"[^\w.-]+", "_", project_key).strip("._") or "project"
    return directory / f"annotators-{safe}.json"


class Pseudonyms:
    """Raw identity → ``annotator_N``, loaded from and saved to one mapping file."""

    def __init__(self, path: Path | None):
        self.path = path
        self.names: dict[str, str] = {}
        self.changed = False
        if path is not None and path.exists():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                self.names = {str(k): str(v) for k, v in stored["annotators"].items()}
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                raise PseudonymError(f"{path}: not an annotators mapping ({exc})") from exc

    def name(self, ann: Annotation) -> str | None:
        """The pseudonym of whoever made the annotation (None for predictions)."""
        keys = [str(k) for k in (ann.annotator, ann.annotator_email) if k is not None]
        if not keys:
            return None
        found = next((self.names[k] for k in keys if k in self.names), None)
        if found is None:
            found = f"annotator_{self._next_number()}"
        for key in keys:  # an e-mail seen with an id names the same person from now on
            if self.names.get(key) != found:
                self.names[key] = found
                self.changed = True
        return found

    def _next_number(self) -> int:
        numbers = [
            int(v.rsplit("_", 1)[1]) for v in self.names.values() if v.rsplit("_", 1)[1].isdecimal()
        ]
        return max(numbers, default=0) + 1

    @property
    def count(self) -> int:
        return len(set(self.names.values()))

    def save(self) -> None:
        """Write the mapping (0600) if it changed; atomically, so a crash leaves the old one."""
        if self.path is None or not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise PseudonymError(
                f"{self.path}: cannot write the annotators mapping ({exc})"
            ) from exc
        mapping = {"version": 1, "annotators": self.names}
        write_atomic(self.path, json.dumps(mapping, indent=1, sort_keys=True).encode(), mode=0o600)
        self.changed = False


def redact_emails(text: str) -> str:
    """Free text an annotator wrote, without e-mail addresses (theirs or anyone's)."""
    return EMAIL.sub(REDACTED, text)
