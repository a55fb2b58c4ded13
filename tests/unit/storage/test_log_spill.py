"""L7b: quitting while the disk is full or the folder read-only keeps the sessions held in
memory (a spill file beside the log, or in the fallback folder), replayed at the next start.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from log_helpers import practise

from app.storage import spill as spill_module
from app.storage.spill import SUFFIX


def _fill_disk(lg) -> None:
    """The log's disk is full from here on (SQLite refuses every new page)."""
    pages = lg.conn.execute("PRAGMA page_count").fetchone()[0]
    lg.conn.execute(f"PRAGMA max_page_count = {pages}")


def _full_while_practising(open_log, clock, **kwargs):
    lg = open_log(auto_backup=False, **kwargs)
    practise(lg, clock)
    lg.conn.execute("PRAGMA query_only = 1")  # the folder went read-only mid-practice
    sid = practise(lg, clock, minutes=25)
    assert lg.session(sid).duration_s == 25 * 60  # held in memory
    return lg


def test_a_session_held_in_memory_survives_a_normal_quit(open_log, clock) -> None:
    lg = _full_while_practising(open_log, clock)
    assert lg.keep_unsaved()
    lg.close()
    spill = lg.path.with_name(lg.path.name + SUFFIX)
    assert spill.is_file()
    again = open_log()
    durations = sorted(r.duration_s for r in list(again.all_rows()))
    assert durations == [600, 1500] and not spill.exists()
    assert any(n.title == "Sessions saved" for n in again.notices)
    again.close()
    assert len(list(open_log().all_rows())) == 2  # replayed once, not again


def test_a_disk_full_mid_session_keeps_its_real_duration(open_log, clock) -> None:
    lg = open_log(auto_backup=False)
    practise(lg, clock)
    _fill_disk(lg)
    for _ in range(40):  # fill the last free pages
        sid = practise(lg, clock, minutes=3)
        lg.update_session(sid, note="x" * 1500)
    kept = practise(lg, clock, minutes=17)
    assert lg.session(kept).duration_s == 17 * 60
    lg.close()
    again = open_log()
    assert 17 * 60 in [r.duration_s for r in list(again.all_rows())]
    assert again.conn.execute("SELECT COUNT(*) FROM sessions WHERE status = 'open'"
                              ).fetchone()[0] == 0


def test_when_the_log_folder_refuses_the_spill_goes_to_the_fallback_folder(
        open_log, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fallback = tmp_path / "config"
    fallback.mkdir()
    lg = _full_while_practising(open_log, clock, spill_folders=(fallback,))
    real = spill_module.atomic_write_text

    def refuse_beside_log(path: Path, text: str) -> None:
        if path.parent == lg.path.parent:
            raise OSError(28, "No space left on device")
        real(path, text)

    monkeypatch.setattr(spill_module, "atomic_write_text", refuse_beside_log)
    lg.close()
    assert (fallback / (lg.path.name + SUFFIX)).is_file()
    monkeypatch.undo()
    again = open_log(spill_folders=(fallback,))
    assert sorted(r.duration_s for r in list(again.all_rows())) == [600, 1500]


def test_when_every_folder_refuses_the_caller_is_told(open_log, clock,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    lg = _full_while_practising(open_log, clock)

    def refuse(path: Path, text: str) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(spill_module, "atomic_write_text", refuse)
    assert lg.keep_unsaved() is False  # the window must stay open and say so
    lg.conn.execute("PRAGMA query_only = 0")  # space came back
    assert lg.keep_unsaved() is True


def test_a_damaged_spill_file_is_kept_aside_and_reported(open_log, clock) -> None:
    lg = open_log(auto_backup=False)
    spill = lg.path.with_name(lg.path.name + SUFFIX)
    lg.close()
    spill.write_text(json.dumps({"rows": [{"id": "1; DROP TABLE sessions"}]}))
    again = open_log()
    assert any(n.title == "Unsaved sessions could not be read" for n in again.notices)
    assert spill.with_name(spill.name + ".bad").is_file() and not spill.exists()
