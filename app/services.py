"""The services a running Rewire needs, built once and handed to every page.

Heavy services are lazy: the practice log, the sound system and the catalogs are created the
first time a page asks for them, so the first window paints quickly. Each owner adds its lazy
property here (see docs/ARCHITECTURE.md). This module imports no Qt itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.core.clinic import ClinicProfile
from app.core.clock import Clock
from app.core.notices import Notice
from app.core.paths import DataPaths
from app.core.settings import Settings, SettingsStore
from app.core.state import StateStore

if TYPE_CHECKING:
    from app.storage.counselor_service import CounselorService

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Services:
    paths: DataPaths
    clock: Clock
    settings_store: SettingsStore
    state: StateStore
    clinic: ClinicProfile
    kiosk: bool = False
    _pending: list[Notice] = field(default_factory=list)
    _notice_handler: Callable[[Notice], None] | None = None

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings

    # -- the one bridge for messages -------------------------------------------------
    def notify(self, notice: Notice) -> None:
        """Report a problem or a fact to the user (shown by the UI's notice bridge)."""
        log.log(logging.WARNING if notice.level.value != "info" else logging.INFO,
                "notice: %s", notice.describe())
        if self._notice_handler is None:
            self._pending.append(notice)
        else:
            self._notice_handler(notice)

    def set_notice_handler(self, handler: Callable[[Notice], None]) -> None:
        self._notice_handler = handler
        pending, self._pending = self._pending, []
        for notice in pending:
            handler(notice)

    # -- lazy services (owners add theirs below) --------------------------------------
    @cached_property
    def extras(self) -> dict[str, Any]:
        """Scratch space for services that are not yet declared as properties."""
        return {}

    @cached_property
    def articles(self) -> Any:
        """The readings, app.core.articles.Catalog, in the interface language where a reading
        has a translation (resources/articles/<lang>/); broken files become notices (READINGS)."""
        from app.core.articles import load_catalog
        from app.core.i18n import resolve_language

        catalog = load_catalog(language=resolve_language(self.settings.general.language))
        for notice in catalog.notices:
            self.notify(notice)
        return catalog

    @cached_property
    def log(self) -> Any:
        """The practice log, app.storage.log.PracticeLog: the SessionSink plus the Journal's
        API (owner: LOG). In kiosk mode it lives in memory: visitors leave nothing on disk."""
        from app.storage.log import PracticeLog

        if self.kiosk:
            return PracticeLog.in_memory(self.clock)
        practice_log = PracticeLog.in_folder(self.paths.data, self.clock,
                                             spill_folders=(self.paths.config,))
        for notice in practice_log.notices:
            self.notify(notice)
        practice_log.notices.clear()
        practice_log.notice_handler = self.notify
        return practice_log

    @cached_property
    def plans(self) -> Any:
        """The clinician's homework plan store, app.core.plans.PlanStore (owner: COMFORT)."""
        from app.core.plans import open_plan_store

        store, notice = open_plan_store(self.paths.data)
        if notice is not None:
            self.notify(notice)
        return store

    @cached_property
    def course(self) -> Any:
        """The Start here course the client took up, app.core.plans.PlanStore on
        <data>/course.json (app/core/course.py); apart from the counselor's plan."""
        from app.core.course import open_course_store

        store, notice = open_course_store(self.paths.data)
        if notice is not None:
            self.notify(notice)
        return store

    @cached_property
    def practices(self) -> Any:
        """The practice definitions, app.core.practices.PracticeCatalog; a bad practice file
        becomes a notice and is left out (owner: PRACTICE)."""
        from app.core.i18n import resolve_language
        from app.core.practices import load_practices
        from app.core.resources import resource_path

        language = resolve_language(self.settings.general.language)
        catalog = load_practices(resource_path("practices"), language)
        for notice in catalog.notices:
            self.notify(notice)
        return catalog

    @cached_property
    def sound(self) -> Any:
        """The sound player (app.sound.facade.SoundPlayer; SilentSound without a device) (SOUND)."""
        from app.sound.factory import create_sound

        return create_sound(self)

    @cached_property
    def counselor(self) -> CounselorService:
        """Appointments, check-ins, the session summary's notes and the support plan
        (app.storage.counselor_service, owner: COUNSELOR, issue 15). Never in kiosk mode: a
        visitor never sees a check-in, a summary or a support plan."""
        if self.kiosk:
            raise RuntimeError("the counselor features are not available in kiosk mode")
        from app.storage.counselor_service import CounselorService

        service = CounselorService(self.log, self.plans, self.paths, self.clinic, self.notify,
                                   lambda: self.settings.journal.day_start_hour)
        # kept before the plan's appointments are written: that write wakes Home, which asks
        # for services.counselor again and must get this one, not build a second
        self.__dict__["counselor"] = service
        service.sync_plan()
        return service
