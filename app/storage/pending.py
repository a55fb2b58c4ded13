"""Notices about the practice log that must reach the client even if Rewire dies first.

A restore from a backup is the one event a client must never miss ("your last sessions are
gone, here is why"). Its notice is written to ``<log>.notices.json`` *before* the restored
file is renamed into place, and stays there until the client has seen it: the app marks it
seen when the banner is dismissed (``Notice.on_seen``). A crash at any moment therefore
leaves either the old state or the notice on disk, never a silent restore.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import atomic_write_text, keep_aside
from app.core.jsonfile import JsonFileError, read_json
from app.core.notices import Level, Notice

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pending:
    key: str  # the backup restored (its file name): one notice per restore
    title: str
    text: str


class PendingNotices:
    """The list in ``path``; every change is written atomically before it counts."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def items(self) -> list[Pending]:
        if not self.path.is_file():
            return []
        try:
            raw = read_json(self.path)
        except OSError as exc:  # none yet, or a folder that cannot hold one
            if not isinstance(exc, FileNotFoundError):
                log.warning("pending notices %s unreadable (%s)", self.path, exc)
            return []
        except JsonFileError as exc:
            log.warning("pending notices %s unreadable (%s)", self.path, exc)
            keep_aside(self.path)
            return [Pending("unreadable", "Practice log restored",
                            "Rewire restored your practice log from a backup earlier, but the "
                            "note saying which backup could not be read.")]
        entries = raw.get("notices") if isinstance(raw, dict) else None
        if not isinstance(entries, list):
            return []
        return [Pending(str(e["key"]), str(e["title"]), str(e["text"])) for e in entries
                if isinstance(e, dict) and all(isinstance(e.get(k), str)
                                               for k in ("key", "title", "text"))]

    def has(self, key: str) -> bool:
        return any(p.key == key for p in self.items())

    def add(self, pending: Pending) -> None:
        """Record ``pending`` (replacing one with the same key). Raises OSError."""
        items = [p for p in self.items() if p.key != pending.key] + [pending]
        self._write(items)

    def seen(self, key: str) -> None:
        items = [p for p in self.items() if p.key != key]
        try:
            if items:
                self._write(items)
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:  # shown again next time: better twice than never
            log.warning("could not mark %s seen in %s: %s", key, self.path, exc)

    def notices(self) -> list[Notice]:
        """A Notice for each pending item; dismissing it marks it seen."""
        return [Notice(Level.WARNING, p.title, p.text, self.path,
                       on_seen=functools.partial(self.seen, p.key)) for p in self.items()]

    def _write(self, items: list[Pending]) -> None:
        data = {"notices": [{"key": p.key, "title": p.title, "text": p.text} for p in items]}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
