"""Problems reported as data. Core code never opens a dialog; the UI's one bridge
(app/ui/shell/notices.py) turns these into a banner or a message box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Level(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Notice:
    """Something the user should be told once: what happened, which file, what we did."""

    level: Level
    title: str
    text: str
    path: Path | None = None
    # Called once the user has seen the notice (the banner's Dismiss): a notice that must
    # survive a crash until then (a restore from backup) is kept on disk until this runs.
    on_seen: Callable[[], None] | None = field(default=None, compare=False, repr=False)

    def mark_seen(self) -> None:
        if self.on_seen is not None:
            self.on_seen()

    def describe(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.title}{where}: {self.text}"


class NoticeList:
    """Collects notices until the UI is ready to show them (e.g. during start-up)."""

    def __init__(self) -> None:
        self._items: list[Notice] = []

    def add(self, notice: Notice) -> None:
        self._items.append(notice)

    def drain(self) -> list[Notice]:
        items, self._items = self._items, []
        return items

    def __len__(self) -> int:
        return len(self._items)
