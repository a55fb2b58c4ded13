"""Fixtures for the practice log: a log in a temporary folder with a fake clock."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.clock import FakeClock

from app.storage.log import PracticeLog


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of commits would only measure the disk's fsync (the kill -9 loop runs in
    child processes with the real synchronous=FULL; test_log_is_durable_by_default checks it)."""
    from app.storage import db

    monkeypatch.setattr(db, "SYNCHRONOUS", "OFF")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 18, 0, tzinfo=UTC), zone="America/Los_Angeles")


@pytest.fixture
def open_log(data_dir: Path, clock: FakeClock) -> Iterator[Callable[..., PracticeLog]]:
    opened: list[PracticeLog] = []

    def factory(**kwargs: object) -> PracticeLog:
        lg = PracticeLog.in_folder(data_dir, clock, **kwargs)  # type: ignore[arg-type]
        opened.append(lg)
        return lg

    yield factory
    for lg in opened:
        with contextlib.suppress(Exception):  # already closed by the test
            lg.close()
