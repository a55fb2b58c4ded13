"""A practice the person did yesterday, the way the app records it: a finished row in the log
and the options the Practice page remembers (what Home's Continue and the tray offer)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.core.plan import options_from_dict
from app.core.records import SessionEnd, SessionStart
from app.core.remembered_options import RememberedOptions


def practised_yesterday(services: Any, practice_id: str, **options: Any) -> None:
    definition = services.practices.get(practice_id)
    clock = services.clock
    session = services.log.session_started(SessionStart(
        practice_id=practice_id, practice_title=definition.title, kind=definition.kind,
        planned_s=300, started_at=clock.now() - timedelta(days=1),
        time_zone=clock.local_zone()))
    services.log.session_finished(session, SessionEnd(practised_s=300.0, completed=True))
    chosen, problems = options_from_dict(options)
    assert problems == []
    RememberedOptions(services.state).remember(practice_id, chosen)
