"""`rewire report` writes a PDF whose text shows the very figures `rewire log stats --json`
gives for the period: minutes per week and homework, plus the item-9 mark first."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.clock import SystemClock
from app.core.paths import DataPaths
from app.core.plans import PlanStore

from app.storage.log import PracticeLog

ROOT = Path(__file__).resolve().parents[2]
LA = "America/Los_Angeles"
pytestmark = pytest.mark.end2end

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils, in .ci/run) is missing")


def rewire(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data), *argv],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, date, date]:
    """Three weeks before last Monday: practice, a homework plan, check-ins, a shared note."""
    today = datetime.now(ZoneInfo(LA)).date()
    monday = today - timedelta(days=today.weekday() + 21)
    last = monday + timedelta(days=20)
    data = tmp_path / "d"
    paths = DataPaths.portable_in(data)
    lg = PracticeLog.in_folder(paths.data, SystemClock(), auto_backup=False)
    for n, (offset, practice, minutes) in enumerate([
            (0, "box-breathing", 5), (1, "box-breathing", 6), (2, "box-breathing", 3),
            (3, "body-scan-10", 10), (5, "body-scan-10", 12), (8, "box-breathing", 5),
            (9, "box-breathing", 7.4), (15, "body-scan-10", 20), (16, "open-timer", 15)]):
        start = datetime.combine(monday + timedelta(days=offset), time(7, 30))
        sid = lg.add_manual(practice_id=practice, practice_title="", local_start=start,
                            time_zone=LA, minutes=minutes, mood_before=2, mood_after=4)
        if n == 4 and sid is not None:
            lg.update_session(sid, note="Slept better after the scan")
            lg.set_note_shared(sid, True)
        if n == 5 and sid is not None:
            lg.update_session(sid, note="private, not for the summary")
    taken = datetime.combine(monday + timedelta(days=4), time(19, 0), ZoneInfo(LA))
    lg.add_checkin("phq9", [2, 2, 1, 1, 1, 1, 1, 0, 1], taken.astimezone(UTC), LA)
    lg.add_checkin("gad7", [1, 1, 1, 1, 0, 0, 1], taken.astimezone(UTC), LA)
    lg.close()
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({
        "format": "rewire-plan", "version": 1, "title": "Three steady weeks",
        "starts": monday.isoformat(), "ends": (monday + timedelta(days=27)).isoformat(),
        "items": [{"practice": "box-breathing", "minutes": 5, "per": "day"},
                  {"practice": "body-scan-10", "minutes": 20, "per": "week"},
                  {"read": "cbt-and-the-brain"}]}), encoding="utf-8")
    PlanStore(paths.data).import_file(plan)
    return data, monday, last


@needs_pdftotext
def test_summary_pdf_shows_the_stats_figures_for_the_period(history, tmp_path) -> None:
    data, first, last = history
    stats = rewire(data, "log", "stats", "--json", "--from", first.isoformat(), "--to",
                   last.isoformat())
    assert stats.returncode == 0, stats.stderr
    period = json.loads(stats.stdout)["period"]
    out = tmp_path / "summary.pdf"
    made = rewire(data, "report", "--from", first.isoformat(), "--to", last.isoformat(),
                  "--lang", "en", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", "plan.json", "summary.pdf"]
    text = pdf_text(out)
    assert f"Minutes: {period['minutes']}" in text and f"Sessions: {period['sessions']}" in text
    assert len(period["weeks"]) == 3
    for week in period["weeks"]:
        monday = date.fromisoformat(week["week_of"])
        label = f"Week of {monday:%b} {monday.day}"
        figures = f"{week['days_practiced']} days, {week['minutes']} min"
        assert re.search(re.escape(label) + r".{0,40}?" + re.escape(figures), text), (label,
                                                                                       figures)
    day_item, week_item, reading = period["homework"]
    assert (f"Box breathing, 5 min a day: reached on {day_item['days_met']} of "
            f"{day_item['days']} days ({day_item['done_minutes']} min in all)") in text
    assert (f"a week: reached in {week_item['weeks_met']} of {week_item['weeks']} weeks "
            f"({week_item['done_minutes']} min in all)") in text
    assert (day_item["days_met"], day_item["days"], day_item["done_minutes"]) == (4, 21, 26)
    assert "not yet" in text and reading == {"read": "cbt-and-the-brain", "done": False}
    # the item-9 answer is marked before anything else, then the scores with care
    assert text.index("Check-in question 9") < text.index("In this period")
    assert "question 9 answered above 0" in text and "not a diagnosis" in text
    assert "10 of 27" in text and "5 of 21" in text
    assert "Slept better after the scan" in text and "private, not for" not in text
    assert "No permission required to reproduce" in text and "Pfizer Inc." in text


@needs_pdftotext
def test_spanish_summary_and_bad_arguments(history, tmp_path) -> None:
    data, first, last = history
    out = tmp_path / "resumen.pdf"
    made = rewire(data, "report", "--from", first.isoformat(), "--to", last.isoformat(),
                  "--lang", "es", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = pdf_text(out)
    assert "Mi resumen de práctica" in text and "No se requiere permiso" in text
    assert rewire(data, "report", "--from", "soon", "--out", str(out)).returncode == 2
    assert rewire(data, "report", "--weeks", "40", "--out", str(out)).returncode == 2
    missing = rewire(data, "report", "--out", str(tmp_path / "no" / "such" / "x.pdf"))
    assert missing.returncode == 1 and "cannot write" in missing.stderr
