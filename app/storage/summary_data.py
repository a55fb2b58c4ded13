"""Gather a session summary's inputs from the data folder and compute it (app/core/summary.py).

One place reads the log, the homework plan, the readings finished and the client's "what I
want to talk about" text, for the app's preview, ``rewire report`` and
``rewire log stats --from --to`` alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from app.core.paths import DataPaths
from app.core.plans import Plan, ReadItem
from app.core.streaks import StreakRules
from app.core.summary import Summary, build_summary


def finished_readings(paths: DataPaths, plan: Plan | None) -> set[str]:
    if plan is None:
        return set()
    from app.core.reading_progress import ReadingProgress

    progress = ReadingProgress.in_folder(paths.data)
    return {i.read for i in plan.items if isinstance(i, ReadItem) and progress.is_read(i.read)}


def stored_plan(paths: DataPaths) -> Plan | None:
    from app.core.plans import open_plan_store

    store, _notice = open_plan_store(paths.data)
    return store.plan


def stored_talk_about(paths: DataPaths) -> str:
    from app.core.support_plan import counselor_notes_file

    notes, _notice = counselor_notes_file(paths.data).load()
    return notes.talk_about if notes is not None else ""


def period_summary(practice_log: Any, paths: DataPaths, rules: StreakRules, first: date,
                   last: date, *, plan: Plan | bool | None = True, talk_about: str | None = None,
                   titles: Mapping[str, str] | None = None) -> Summary:
    """The summary of practice days ``first``..``last``. ``plan=True`` reads the stored plan;
    pass a Plan (or None) when the caller already has it. ``talk_about=None`` reads it."""
    current = stored_plan(paths) if plan is True else plan if isinstance(plan, Plan) else None
    dsh = rules.day_start_hour
    return build_summary(
        first=first, last=last, day_totals=practice_log.day_totals(dsh),
        sessions=practice_log.sessions_between(first.toordinal(), last.toordinal(), dsh),
        plan=current, finished_readings=finished_readings(paths, current),
        checkins=practice_log.checkins(),
        talk_about=stored_talk_about(paths) if talk_about is None else talk_about,
        titles=titles)
