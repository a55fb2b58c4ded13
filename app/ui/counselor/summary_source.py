"""Build the summary and its writer from the log and the data folder (app and `rewire report`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from app.core.appointments import last_appointment
from app.core.clinic import ClinicProfile
from app.core.paths import DataPaths
from app.core.settings import Settings
from app.core.streaks import StreakRules
from app.core.summary import Summary, default_period

from app.storage.summary_data import period_summary

from app.ui.counselor.summary_html import SummaryWriter

log = logging.getLogger(__name__)

Titles = tuple[Callable[[str], str], Callable[[str], str]]


def language_and_titles(language: str) -> Titles:
    """(practice title, reading title) lookups in ``language``; ids read as words if the
    catalogs cannot be loaded."""
    practices: dict[str, str] = {}
    articles: dict[str, str] = {}
    try:
        from app.core.practices import load_practices
        from app.core.resources import resource_path

        catalog = load_practices(resource_path("practices"), language)
        practices = {pid: p.title for pid, p in catalog.practices.items()}
    except Exception:
        log.exception("practice titles unavailable")
    try:
        from app.core.articles import load_catalog

        readings = load_catalog()
        for aid in readings.ids():
            articles[aid] = str(getattr(readings.get(aid), "title", "") or aid)
    except Exception:
        log.exception("reading titles unavailable")

    def word(key: str) -> str:
        return key.replace("-", " ").capitalize()

    return (lambda pid: practices.get(pid) or word(pid),
            lambda aid: articles.get(aid) or word(aid))


def rules_of(settings: Settings) -> StreakRules:
    j = settings.journal
    return StreakRules(j.daily_goal_min, j.day_start_hour, j.rest_days_per_week)


def summary_for(practice_log: Any, paths: DataPaths, settings: Settings, clinic: ClinicProfile,
                language: str, titles: Titles, *, first: date | None = None,
                last: date | None = None, weeks: int | None = None,
                talk_about: str | None = None, plan: Any = True) -> tuple[Summary, SummaryWriter]:
    rules = rules_of(settings)
    today = date.fromordinal(practice_log.today(rules))
    end = last or today
    if first is None:
        past = last_appointment(practice_log.appointments(), practice_log.clock.now())
        first, _ = default_period(end, past.local_date if past else None, weeks)
    summary = period_summary(practice_log, paths, rules, first, max(first, end), plan=plan,
                             talk_about=talk_about)
    if end < first:  # let the caller say so; an empty period would mislead
        summary = type(summary)(**{**summary.__dict__, "last": end})
    writer = SummaryWriter(language, titles[0], titles[1], clinic.name)
    return summary, writer
