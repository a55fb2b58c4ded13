"""A session written by another process (`rewire log import` while the app is open) is noticed."""

from __future__ import annotations

from collections.abc import Callable

from log_helpers import practise

from app.core.clock import FakeClock

from app.storage.log import PracticeLog


def test_another_process_writing_wakes_the_listeners_once(
        open_log: Callable[..., PracticeLog], clock: FakeClock) -> None:
    app_log = open_log()
    told: list[int] = []
    app_log.subscribe(lambda: told.append(1))
    assert app_log.check_outside_changes() is False  # nothing happened yet
    assert app_log.stats().sessions == 0  # (the day cache is filled now)
    other = open_log(recover=False, auto_backup=False)  # the CLI, another connection
    practise(other, clock, minutes=12)
    assert app_log.check_outside_changes() is True
    assert told == [1]
    assert app_log.check_outside_changes() is False  # told once per change
    assert app_log.stats().sessions == 1  # the figures are read afresh


def test_the_apps_own_writes_are_not_taken_for_outside_ones(
        open_log: Callable[..., PracticeLog], clock: FakeClock) -> None:
    app_log = open_log()
    practise(app_log, clock)
    assert app_log.check_outside_changes() is False
