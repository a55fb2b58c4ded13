"""The demo/screenshot seeding helper fills a realistic, valid log."""

from __future__ import annotations

from app.core.streaks import StreakRules

from app.storage import seed
from app.storage.log import PracticeLog


def test_seed_fills_a_realistic_log(tmp_path, capsys) -> None:
    assert seed.main(["--data-dir", str(tmp_path), "--days", "60"]) == 0
    assert "seeded" in capsys.readouterr().out
    lg = PracticeLog.in_folder(tmp_path / "data", auto_backup=False)
    stats = lg.stats(StreakRules())
    assert 30 <= stats.days_practiced <= 60 and stats.sessions >= stats.days_practiced
    rows = list(lg.all_rows())
    assert {r.source for r in rows} <= {"app", "manual"}
    assert any(r.time_zone == "Asia/Tokyo" for r in rows)  # the week of travel
    assert lg.backups.list(), "the seeded log was not backed up"
    lg.close()
