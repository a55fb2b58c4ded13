"""Homework plan files: good ones load, bad ones are refused by name, progress adds up."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.core.plan_progress import plan_progress
from app.core.plans import (
    PlanError,
    PlanStore,
    PracticeItem,
    ReadItem,
    load_plan_file,
)
from app.core.resources import resource_path

PRACTICES = {"box-breathing", "body-scan-10", "breath-478"}
ARTICLES = {"cbt-and-the-brain", "neuroplasticity-basics"}


def good() -> dict:
    return json.loads(resource_path("plans", "example-plan.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object, name: str = "plan-from-clinic.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_example_plan_loads() -> None:
    plan = load_plan_file(resource_path("plans", "example-plan.json"), PRACTICES, ARTICLES)
    assert plan.title == "Two calm weeks"
    assert plan.items[0] == PracticeItem("box-breathing", 5, "day")
    assert plan.items[2] == ReadItem("cbt-and-the-brain", date(2026, 12, 2))
    assert plan.days() == 14


def _with(**changes: object) -> dict:
    data = good()
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    return data


BAD = [
    ("{not json", "not valid JSON (line 1"),
    ("[]", "does not hold a plan"),
    (_with(format="something-else"), "not a Rewire plan"),
    (_with(version=2), "newer Rewire"),
    (_with(title=None), '"title" is missing'),
    (_with(starts="next monday"), '"starts" "next monday" is not a date'),
    (_with(ends="2026-11-01"), '"ends" is before "starts"'),
    (_with(ends="2028-01-01"), "at most 366 days"),
    (_with(items=[]), "at least one item"),
    (_with(items=[{"practice": "juggling", "minutes": 5}]), 'no practice called "juggling"'),
    (_with(items=[{"practice": "box-breathing", "minutes": 0}]), '"minutes" must be'),
    (_with(items=[{"practice": "box-breathing", "minutes": "5"}]), '"minutes" must be'),
    (_with(items=[{"practice": "box-breathing", "minutes": 5, "per": "month"}]), '"per"'),
    (_with(items=[{"read": "astrology"}]), 'no reading called "astrology"'),
    (_with(items=[{"read": "cbt-and-the-brain", "by": "soon"}]), 'item 1: "by"'),
    (_with(items=[{"watch": "tv"}]), 'item 1 needs "practice" or "read"'),
    (_with(items=["box-breathing"]), "item 1 is not an object"),
]


@pytest.mark.parametrize(("content", "message"), BAD)
def test_bad_plan_is_refused_naming_file_and_problem(tmp_path: Path, content: object,
                                                     message: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(PlanError) as err:
        load_plan_file(path, PRACTICES, ARTICLES)
    assert str(err.value).startswith("plan-from-clinic.json: ")
    assert message in str(err.value)


def test_binary_and_huge_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 10)
    with pytest.raises(PlanError, match=r"photo\.json: it is not UTF-8 text"):
        load_plan_file(binary)
    huge = write(tmp_path, " " * 70_000, "huge.json")
    with pytest.raises(PlanError, match=r"huge\.json: the file is 68 kB, larger than"):
        load_plan_file(huge)
    with pytest.raises(PlanError, match=r"missing\.json: the file could not be read"):
        load_plan_file(tmp_path / "missing.json")


@pytest.mark.parametrize("hostile", ["[" * 30_000 + "]" * 30_000,
                                     '{"format": "rewire-plan", "version": ' + "9" * 5000 + "}"])
def test_a_hostile_stored_plan_is_kept_aside_and_imports_still_work(tmp_path: Path,
                                                                    hostile: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "plan.json").write_text(hostile)
    store = PlanStore(data, PRACTICES, ARTICLES)
    notice = store.load()
    assert notice is not None and "plan.json" in notice.text and store.plan is None
    assert (data / "plan.json.bad").read_text() == hostile
    with pytest.raises(PlanError, match=r"nested|digits|larger"):
        load_plan_file(write(tmp_path, hostile, "again.json"))
    assert store.import_file(write(tmp_path, good(), "good.json")).title


def test_bad_import_keeps_the_current_plan(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = PlanStore(data, PRACTICES, ARTICLES)
    store.import_file(write(tmp_path, good(), "good.json"))
    before = (data / "plan.json").read_bytes()
    with pytest.raises(PlanError):
        store.import_file(write(tmp_path, _with(version=9), "bad.json"))
    assert store.plan is not None and store.plan.title == "Two calm weeks"
    assert (data / "plan.json").read_bytes() == before
    again = PlanStore(data, PRACTICES, ARTICLES)
    assert again.load() is None
    assert again.plan == store.plan


def test_damaged_stored_plan_is_kept_aside_and_reported(tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_text("{ broken", encoding="utf-8")
    store = PlanStore(tmp_path)
    notice = store.load()
    assert notice is not None and "plan.json" in notice.text
    assert store.plan is None
    assert (tmp_path / "plan.json.bad").read_text(encoding="utf-8") == "{ broken"


def test_progress_counts_days_met_today_and_week_and_reading() -> None:
    plan = load_plan_file(resource_path("plans", "example-plan.json"))
    start = plan.starts.toordinal()  # Monday 2026-11-23
    minutes = {
        ("box-breathing", start): 5.0,
        ("box-breathing", start + 1): 3.0,  # short of 5
        ("box-breathing", start + 2): 6.0,
        ("body-scan-10", start + 1): 10.0,
        ("body-scan-10", start + 2): 10.5,
        ("box-breathing", start - 1): 30.0,  # before the plan: not counted
    }
    progress = plan_progress(plan, date(2026, 11, 25), minutes, read=["neuroplasticity-basics"])
    daily, weekly, reading = progress.items
    assert progress.state == "active" and progress.days_left == 11
    assert (daily.done, daily.target, daily.days_met, daily.days_so_far) == (6.0, 5.0, 2, 3)
    assert daily.complete
    assert weekly.done == pytest.approx(20.5) and weekly.complete
    assert not reading.complete
    later = plan_progress(plan, date(2026, 12, 1), minutes, read=["cbt-and-the-brain"])
    assert later.items[1].done == 0.0  # a new week
    assert later.items[2].complete
    assert plan_progress(plan, date(2026, 11, 1), {}, []).state == "upcoming"
    assert plan_progress(plan, date(2026, 12, 7), {}, []).state == "finished"
