"""The summary's figures: totals, weeks, homework, moods (only with 3 rated), check-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.plans import Plan, PracticeItem, ReadItem
from app.core.summary import build_summary, default_period, whole_minutes

D = date(2026, 11, 23).toordinal()  # a Monday


@dataclass
class Row:
    practice_id: str
    local_day: int
    duration_s: float
    mood_before: int | None = None
    mood_after: int | None = None
    note: str = ""
    note_shared: bool = False

    @property
    def title(self) -> str:
        return self.practice_id.replace("-", " ").capitalize()


@dataclass
class Check:
    instrument: str
    local_day: int
    score: int
    band: str
    safety_answer: bool = False


def totals(rows: list[Row]) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for r in rows:
        ms, n = out.get(r.local_day, (0, 0))
        out[r.local_day] = (ms + round(r.duration_s * 1000), n + 1)
    return out


PLAN = Plan("Two calm weeks", "", date(2026, 11, 23), date(2026, 12, 6),
            (PracticeItem("box-breathing", 5, "day"), PracticeItem("body-scan-10", 20, "week"),
             ReadItem("cbt-and-the-brain", None)))


def test_totals_weeks_and_homework() -> None:
    rows = [Row("box-breathing", D, 300), Row("box-breathing", D + 1, 240),
            Row("box-breathing", D + 2, 330), Row("body-scan-10", D + 3, 600),
            Row("body-scan-10", D + 5, 660), Row("box-breathing", D + 8, 300),
            Row("open-timer", D - 1, 900)]  # the day before the period
    s = build_summary(first=date.fromordinal(D), last=date.fromordinal(D + 9),
                      day_totals=totals(rows), sessions=rows, plan=PLAN,
                      finished_readings={"cbt-and-the-brain"}, checkins=[])
    assert (s.days_practised, s.sessions, s.minutes) == (6, 6, 41)
    assert [(w.monday.day, w.days_practised, w.minutes) for w in s.weeks] == \
        [(23, 5, 36), (30, 1, 5)]
    day_item, week_item, reading = s.homework
    assert (day_item.met, day_item.of, day_item.done_minutes) == (3, 10, 20)
    assert (week_item.met, week_item.of, week_item.done_minutes) == (1, 2, 21)
    assert reading.read
    stats = s.stats_json()
    assert stats["weeks"][0] == {"week_of": "2026-11-23", "days_practiced": 5, "minutes": 36}
    assert stats["homework"][0] == {"practice": "box-breathing", "minutes": 5, "per": "day",
                                    "done_minutes": 20, "days_met": 3, "days": 10}


def test_moods_only_for_practices_with_three_rated_sessions() -> None:
    rows = [Row("box-breathing", D + i, 300, 2, 4) for i in range(3)]
    rows += [Row("body-scan-10", D + i, 600, 3, 4) for i in range(2)]
    rows += [Row("open-timer", D + 4, 600, 3, None)]
    s = build_summary(first=date.fromordinal(D), last=date.fromordinal(D + 6),
                      day_totals=totals(rows), sessions=rows, plan=None,
                      finished_readings=(), checkins=[])
    assert [(m.practice_id, m.rated, m.before, m.after) for m in s.moods] == \
        [("box-breathing", 3, 2.0, 4.0)]


def test_only_ticked_notes_and_checkins_with_trend_and_the_safety_mark() -> None:
    rows = [Row("open-timer", D, 600, note="private"),
            Row("open-timer", D + 1, 600, note="  hard week  ", note_shared=True),
            Row("open-timer", D + 2, 600, note="", note_shared=True)]
    checks = [Check("phq9", D - 3, 14, "moderate"), Check("phq9", D + 1, 12, "moderate"),
              Check("phq9", D + 5, 8, "mild", True), Check("gad7", D + 2, 6, "mild")]
    s = build_summary(first=date.fromordinal(D), last=date.fromordinal(D + 6),
                      day_totals=totals(rows), sessions=rows, plan=None,
                      finished_readings=(), checkins=checks, talk_about=" sleep ")
    assert [n.note for n in s.shared_notes] == ["hard week"]
    assert [c.score for c in s.checkins] == [12, 6, 8]  # the one before the period left out
    assert s.trends == {"phq9": "lower"} and s.safety_answer
    assert s.talk_about == "sleep"


def test_default_period_and_rounding() -> None:
    today = date(2026, 12, 6)
    assert default_period(today, date(2026, 11, 26)) == (date(2026, 11, 26), today)
    assert default_period(today, None) == (date(2026, 11, 23), today)
    assert default_period(today, date(2026, 11, 26), weeks=4)[0] == date(2026, 11, 9)
    assert default_period(today, None, weeks=40)[0] == date(2026, 9, 14)  # at most 12
    assert (whole_minutes(2.5), whole_minutes(2.49), whole_minutes(-1)) == (3, 2, 0)
