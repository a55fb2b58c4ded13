"""L3b: a restore from backup is atomic and always told, whatever moment a crash hits.

Each test below stops the restore at one step (an exception standing in for kill -9),
then starts again: the log is never empty while a good backup exists, and the notice
"restored from backup X" is there until the client dismisses it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from log_helpers import practise

from app.storage import db
from app.storage.log import PracticeLog


class Killed(BaseException):
    """Stands in for SIGKILL: nothing after it runs, no except clause catches it."""


def _damaged_with_backup(open_log, clock, sessions: int = 6) -> tuple[Path, int]:
    lg = open_log()
    for _ in range(sessions):
        practise(lg, clock)
    lg.backup_now()
    count = lg.stats().sessions
    practise(lg, clock)
    path = lg.path
    lg.close()
    path.write_bytes(b"garbage " * 4096)
    return path, count


def _restore_notices(lg: PracticeLog) -> list:
    return [n for n in lg.notices if n.title == "Practice log restored"]


STEPS = ["copy", "after-copy", "after-notice", "after-set-aside", "rename"]


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_of_a_restore_never_leaves_an_empty_or_untold_log(
        open_log, clock, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    path, in_backup = _damaged_with_backup(open_log, clock)

    def kill(*_args: object, **_kwargs: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        if step == "copy":
            real_verify = db.verify

            def verify(file: Path):  # dies with the copy written, before it is checked
                if str(file).endswith(db.RESTORING):
                    raise Killed
                return real_verify(file)

            patch.setattr(db, "verify", verify)
        elif step == "after-copy":
            patch.setattr(db, "_record", kill)
        elif step == "after-notice":
            patch.setattr(db, "set_aside", kill)
        elif step == "after-set-aside":
            patch.setattr(db, "_put_in_place", kill)
        else:
            patch.setattr(db.os, "replace", _kill_on_restoring(os.replace))
        with pytest.raises(Killed):
            open_log()
    again = open_log()
    assert again.stats().sessions == in_backup, "a good backup existed: the log must hold it"
    told = _restore_notices(again)
    assert len(told) == 1 and "restored the backup" in told[0].text
    assert not path.with_name(path.name + db.RESTORING).exists()


def _kill_on_restoring(real):
    def replace(src, dst):
        if str(src).endswith(db.RESTORING):
            raise Killed
        return real(src, dst)
    return replace


def test_the_restore_notice_stays_until_seen(open_log, clock) -> None:
    _damaged_with_backup(open_log, clock)
    first = open_log()
    first.close()
    second = open_log()  # not dismissed yet (a crash before the window showed it)
    told = _restore_notices(second)
    assert len(told) == 1
    told[0].mark_seen()
    second.close()
    assert not _restore_notices(open_log())


def test_a_valid_file_without_tables_is_not_taken_for_a_new_log(open_log, clock) -> None:
    path, in_backup = _damaged_with_backup(open_log, clock)
    path.unlink()
    sqlite3.connect(path).execute("PRAGMA journal_mode = WAL").fetchall()  # header only
    again = open_log()
    assert again.stats().sessions == in_backup and _restore_notices(again)


def test_stale_partial_backups_are_removed(open_log, clock) -> None:
    lg = open_log()
    practise(lg, clock)
    lg.backup_now()
    folder = lg.backups.folder
    lg.close()
    stale = folder / "log-20260101-000000.sqlite3.partial"
    stale.write_bytes(b"x" * 10_000)
    (folder / "log-20260101-000000.sqlite3.partial-journal").write_bytes(b"j")
    fresh = folder / "log-20260102-000000.sqlite3.partial"  # another process writing now
    fresh.write_bytes(b"y")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(folder / "log-20260101-000000.sqlite3.partial-journal", (old, old))
    open_log()
    assert not stale.exists() and fresh.exists()
    assert not (folder / "log-20260101-000000.sqlite3.partial-journal").exists()
