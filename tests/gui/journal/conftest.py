"""Journal GUI tests: the log's commits skip fsync in-process (see tests/unit/storage)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage import db

    monkeypatch.setattr(db, "SYNCHRONOUS", "OFF")
