"""Gather Home's inputs from the services (log, state, plan, catalogs) into a HomeModel.

Every service is optional here: a log, catalog or reading state that is missing or fails
leaves its part of Home empty instead of breaking the page.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from app.core.home import (
    COURSE_ANSWER_KEY,
    LAST_PRACTICE_KEY,
    READING_ORDER,
    DayMark,
    HomeModel,
    build_home,
    minutes_by_practice_day,
    week_marks,
)
from app.core.i18n import resolve_language
from app.core.plan_progress import PlanProgress, plan_progress, practices_in
from app.core.plans import Plan
from app.core.streaks import StreakRules, today_ordinal
from app.services import Services

log = logging.getLogger(__name__)


def optional(services: Services, name: str) -> Any:
    """services.<name>, or None when that service is not there or failed to start."""
    try:
        return getattr(services, name, None)
    except Exception:  # a lazy service that fails must not take Home down
        log.exception("service %s unavailable", name)
        return None


def practice_title(services: Services, practice_id: str) -> str:
    catalog = optional(services, "practices")
    definition = catalog.get(practice_id) if catalog is not None else None
    title = getattr(definition, "title", "")
    return str(title) if title else practice_id.replace("-", " ").capitalize()


def article_info(services: Services, article_id: str) -> tuple[str, str]:
    catalog = optional(services, "articles")
    article = catalog.get(article_id) if catalog is not None else None
    title = getattr(article, "title", "") or article_id.replace("-", " ").capitalize()
    return str(title), str(getattr(article, "summary", "") or "")


def article_language(services: Services, article_id: str) -> str:
    """The language a reading's text is in: its translation's, or "en"."""
    catalog = optional(services, "articles")
    article = catalog.get(article_id) if catalog is not None else None
    return str(getattr(article, "language", "en") or "en")


def _reading_progress(services: Services) -> Any:
    shared = optional(services, "reading_progress")
    if shared is not None:
        return shared
    if services.kiosk:
        return None
    from app.core.reading_progress import ReadingProgress

    return ReadingProgress.in_folder(services.paths.data)  # read-only use: fresh each time


def reading_state(services: Services) -> tuple[set[str], set[str]]:
    """(finished, started but not finished) article ids, from the Readings' progress file."""
    progress = _reading_progress(services)
    if progress is None:
        return set(), set()
    ids = _ids(services, "articles") or list(READING_ORDER)
    try:
        finished = {a for a in ids if progress.is_read(a)}
        started = {a for a in ids if a not in finished and progress.is_started(a)}
    except Exception:
        log.exception("reading state unavailable")
        return set(), set()
    return finished, started


def read_ids(services: Services) -> set[str]:
    """Readings the person finished."""
    return reading_state(services)[0]


def _ids(services: Services, name: str) -> list[str] | None:
    catalog = optional(services, name)
    ids = getattr(catalog, "ids", None)
    if not callable(ids):
        return None
    try:
        found = [str(i) for i in ids()]
    except Exception:
        log.exception("%s catalog unavailable", name)
        return None
    return found or None


PRACTICE_OPTIONS_KEY = "practice_last_options"  # {practice id: options}, kept by the Practice page


def last_practice_raw(services: Services) -> Any:
    """What "Continue" offers: state["last_practice"] when the Practice page wrote it, else
    the newest session of the log started in the app, with the options last used for it."""
    stored = services.state.get(LAST_PRACTICE_KEY)
    if isinstance(stored, dict) and stored.get("id"):
        return stored
    practice_log = optional(services, "log")
    recent = getattr(practice_log, "recent", None)
    if not callable(recent):
        return None
    try:
        rows = recent(10)
    except Exception:
        log.exception("could not read recent sessions")
        return None
    known = _ids(services, "practices")
    for row in rows:
        pid = getattr(row, "practice_id", "")
        if getattr(row, "source", "app") == "app" and (known is None or pid in known):
            saved = services.state.get(PRACTICE_OPTIONS_KEY)
            options = saved.get(pid) if isinstance(saved, dict) else None
            return {"id": pid, "options": options if isinstance(options, dict) else {}}
    return None


def rules(services: Services) -> StreakRules:
    j = services.settings.journal
    return StreakRules(j.daily_goal_min, j.day_start_hour, j.rest_days_per_week)


def current_plan_progress(services: Services, today: date,
                          store_name: str = "plans") -> PlanProgress | None:
    """Progress through the counselor's plan (or, with ``store_name="course"``, through the
    Start here course), in the interface language."""
    store = optional(services, store_name)
    plan: Plan | None = getattr(store, "plan", None)
    if plan is None:
        return None
    plan = plan.in_language(resolve_language(services.settings.general.language))
    practice_log = optional(services, "log")
    minutes: dict[tuple[str, int], float] = {}
    wanted = set(practices_in(plan))
    if practice_log is not None and wanted:
        dsh = services.settings.journal.day_start_hour
        first, last = plan.starts.toordinal(), min(today, plan.ends).toordinal()
        for day in range(first, last + 1):
            try:
                rows = [r for r in practice_log.sessions_on(day, dsh) if r.practice_id in wanted]
            except Exception:
                log.exception("could not read the log for the plan")
                break
            for key, value in minutes_by_practice_day(rows, lambda _r, d=day: d).items():
                minutes[key] = minutes.get(key, 0.0) + value
    return plan_progress(plan, today, minutes, read_ids(services))


def build_model(services: Services) -> HomeModel:
    now = services.clock.now()
    zone = services.clock.local_zone()
    journal = services.settings.journal
    r = rules(services)
    today = today_ordinal(now, zone, r.day_start_hour)
    practice_log = optional(services, "log")
    today_minutes = 0.0
    streak = recent = 0
    practiced_ever: bool | None = None
    week: tuple[DayMark, ...] = ()
    if practice_log is not None:
        try:
            by_day = practice_log.day_minutes(today - 6, today, r.day_start_hour)
            today_minutes = float(by_day.get(today, 0.0))
            week = week_marks(by_day, today, journal.daily_goal_min)
            stats = practice_log.stats(r, today)
            streak, recent = int(stats.current_streak), int(stats.last_7_days)
            practiced_ever = int(stats.sessions) > 0
        except Exception:
            log.exception("could not read today's figures from the log")
    finished, started = reading_state(services)
    day = date.fromordinal(today)
    return build_home(
        now=now, zone=zone, goal_minutes=journal.daily_goal_min, today_minutes=today_minutes,
        streak_days=streak, days_in_last_7=recent, hide_streaks=journal.hide_streaks,
        last_raw=last_practice_raw(services), plan=current_plan_progress(services, day),
        course=None if services.kiosk else current_plan_progress(services, day, "course"),
        course_answer="declined" if services.kiosk else services.state.get(COURSE_ANSWER_KEY),
        read=finished, started=started, known_practices=_ids(services, "practices"),
        articles=_ids(services, "articles"), has_log=practice_log is not None,
        practiced_ever=practiced_ever, week=week,
    )
