"""Gather Home's inputs from the services (log, remembered options, plan, catalogs, reading
progress) into a HomeModel (app/core/home.py); Home, its plan card and the tray's reminders
read them from here.

A log that cannot be read just now (a disk gone away, a damaged file being restored) leaves
Home's figures empty with a line that says so, instead of breaking the page.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date

from app.core.home import (
    COURSE_ANSWER_KEY,
    DayMark,
    HomeModel,
    LastPractice,
    build_home,
    continue_from,
    minutes_by_practice_day,
    week_marks,
)
from app.core.i18n import resolve_language
from app.core.plan_progress import PlanProgress, plan_progress, practices_in
from app.core.plans import Plan, PlanStore
from app.core.reading_progress import ReadingProgress
from app.core.remembered_options import RememberedOptions
from app.core.streaks import today_ordinal

from app.services import Services

log = logging.getLogger(__name__)


def practice_title(services: Services, practice_id: str) -> str:
    definition = services.practices.get(practice_id)
    return definition.title if definition is not None else \
        practice_id.replace("-", " ").capitalize()


def article_info(services: Services, article_id: str) -> tuple[str, str]:
    article = services.articles.get(article_id)
    if article is None:
        return article_id.replace("-", " ").capitalize(), ""
    return article.title, article.summary


def article_language(services: Services, article_id: str) -> str:
    """The language a reading's text is in: its translation's, or "en"."""
    article = services.articles.get(article_id)
    return article.language if article is not None else "en"


def reading_state(services: Services) -> tuple[set[str], set[str]]:
    """(finished, started but not finished) article ids, from the Readings' progress file
    (read fresh each time: the Readings page writes it)."""
    progress = ReadingProgress.in_folder(services.paths.data)
    ids = services.articles.ids()
    finished = {a for a in ids if progress.is_read(a)}
    started = {a for a in ids if a not in finished and progress.is_started(a)}
    return finished, started


def last_practice(services: Services) -> LastPractice | None:
    """What "Continue" offers: the newest session started in the app, with the options
    last chosen for it."""
    choices = RememberedOptions(services.state)
    return continue_from(services.log.recent(10), services.practices.ids(), choices.saved)


def plan_minutes(services: Services, plan: Plan, today: date) -> dict[tuple[str, int], float]:
    """Minutes practised per (plan practice, day) since the plan began."""
    minutes: dict[tuple[str, int], float] = {}
    wanted = set(practices_in(plan))
    dsh = services.settings.journal.day_start_hour
    first, last = plan.starts.toordinal(), min(today, plan.ends).toordinal()
    for day in range(first, last + 1) if wanted else ():
        rows = [r for r in services.log.sessions_on(day, dsh) if r.practice_id in wanted]
        for key, value in minutes_by_practice_day(rows, lambda _r, d=day: d).items():
            minutes[key] = minutes.get(key, 0.0) + value
    return minutes


def plan_of(services: Services, store: PlanStore) -> Plan | None:
    """The counselor's plan or the Start here course, in the interface language."""
    plan = store.plan
    return plan.in_language(resolve_language(services.settings.general.language)) \
        if plan is not None else None


def build_model(services: Services) -> HomeModel:
    now = services.clock.now()
    zone = services.clock.local_zone()
    journal = services.settings.journal
    rules = journal.streak_rules()
    today = today_ordinal(now, zone, rules.day_start_hour)
    practice_log = services.log
    today_minutes = 0.0
    streak = recent = 0
    practiced_ever: bool | None = None
    week: tuple[DayMark, ...] = ()
    last: LastPractice | None = None
    day = date.fromordinal(today)
    plan = plan_of(services, services.plans)
    course = None if services.kiosk else plan_of(services, services.course)
    done: dict[str, dict[tuple[str, int], float]] = {"plan": {}, "course": {}}
    has_log = True
    try:
        by_day = practice_log.day_minutes(today - 6, today, rules.day_start_hour)
        today_minutes = float(by_day.get(today, 0.0))
        week = week_marks(by_day, today, journal.daily_goal_min)
        stats = practice_log.stats(rules, today)
        streak, recent = stats.current_streak, stats.last_7_days
        practiced_ever = stats.sessions > 0
        last = last_practice(services)
        for name, which in (("plan", plan), ("course", course)):
            if which is not None:
                done[name] = plan_minutes(services, which, day)
    except sqlite3.Error:
        log.exception("could not read today's figures from the log")
        has_log = False
    finished, started = reading_state(services)

    def progress(which: Plan | None, name: str) -> PlanProgress | None:
        return None if which is None else plan_progress(which, day, done[name], finished)

    return build_home(
        now=now, zone=zone, goal_minutes=journal.daily_goal_min, today_minutes=today_minutes,
        streak_days=streak, days_in_last_7=recent, hide_streaks=journal.hide_streaks,
        last=last, plan=progress(plan, "plan"), course=progress(course, "course"),
        course_answer="declined" if services.kiosk else services.state.get(COURSE_ANSWER_KEY),
        read=finished, started=started,
        known_practices=services.practices.ids(), articles=services.articles.ids(),
        has_log=has_log, practiced_ever=practiced_ever, week=week,
    )
