"""Start here: the built-in 7-day beginner course, a plan file shipped with Rewire.

`resources/plans/start-here.json` is an ordinary homework plan (docs/plans.md) that gives
`"days": 7` instead of dates and names a `day` for each item: one short practice and one
reading a day. Taking it up copies it, dated from that day, to <data>/course.json, a store of
its own, so it never replaces a counselor's plan (<data>/plan.json); Home shows the
counselor's plan first and suggests from it first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.notices import Notice
from app.core.plans import Plan, PlanStore, shipped_ids
from app.core.resources import resource_path

COURSE_FILE = "course.json"
START_HERE = "start-here.json"


def start_here_path() -> Path:
    return Path(resource_path("plans")) / START_HERE


def open_course_store(data_dir: Path) -> tuple[PlanStore, Notice | None]:
    """The store of the course the client took up (or none yet)."""
    store = PlanStore(data_dir, shipped_ids("practices", ".json"),
                      shipped_ids("articles", ".md"), file_name=COURSE_FILE)
    return store, store.load()


def start_course(store: PlanStore, today: date) -> Plan:
    """Take up Start here from ``today``: it becomes the course on Home. Raises PlanError
    (naming the file) when the shipped course or the data folder is not usable."""
    return store.import_file(start_here_path(), start_on=today)
