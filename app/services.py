"""The services a running Rewire needs, built once and handed to every page.

Each service has a type. Heavy services are lazy: the practice log, the sound system and the
catalogs are created the first time a page asks for them, so the first window paints quickly
(docs/ARCHITECTURE.md). This module imports no Qt itself; the lazy properties import their
modules when they are first used. A service that fails to build raises: the page that asked
is where that failure is caught (app/ui/shell/main_window.py builds pages).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from app.core.clinic import ClinicProfile
from app.core.clock import Clock
from app.core.notices import Notice
from app.core.paths import DataPaths
from app.core.settings import Settings, SettingsStore
from app.core.sound_port import SoundPort
from app.core.state import StateStore

if TYPE_CHECKING:
    from app.core.articles import Catalog
    from app.core.plans import PlanStore
    from app.core.practices import PracticeCatalog

    from app.sound.library import RecordingLibrary
    from app.storage.counselor_service import CounselorService
    from app.storage.log import PracticeLog

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

    # -- lazy services ----------------------------------------------------------------
    @cached_property
    def articles(self) -> Catalog:
        """The readings, in the interface language where a reading has a translation
        (resources/articles/<lang>/); broken files become notices and are left out."""
        from app.core.articles import load_catalog
        from app.core.i18n import resolve_language

        catalog = load_catalog(language=resolve_language(self.settings.general.language))
        for notice in catalog.notices:
            self.notify(notice)
        return catalog

    @cached_property
    def log(self) -> PracticeLog:
        """The practice log (the SessionSink plus the Journal's queries). In kiosk mode it
        lives in memory: visitors leave nothing on disk."""
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
    def plans(self) -> PlanStore:
        """The clinician's homework plan."""
        from app.core.plans import open_plan_store

        store, notice = open_plan_store(self.paths.data)
        if notice is not None:
            self.notify(notice)
        return store

    @cached_property
    def course(self) -> PlanStore:
        """The Start here course the client took up (app/core/course.py): a PlanStore on
        <data>/course.json, apart from the counselor's plan."""
        from app.core.course import open_course_store

        store, notice = open_course_store(self.paths.data)
        if notice is not None:
            self.notify(notice)
        return store

    @cached_property
    def practices(self) -> PracticeCatalog:
        """The practice definitions in the interface language; a bad practice file becomes
        a notice and is left out."""
        from app.core.i18n import resolve_language
        from app.core.practices import load_practices
        from app.core.resources import resource_path

        language = resolve_language(self.settings.general.language)
        catalog = load_practices(resource_path("practices"), language)
        for notice in catalog.notices:
            self.notify(notice)
        return catalog

    @cached_property
    def recordings(self) -> RecordingLibrary:
        """The client's imported recordings (<data>/recordings): guided practices and bells."""
        from app.sound.decode import decode_file
        from app.sound.library import RecordingLibrary

        return RecordingLibrary(self.paths.data / "recordings", decode_file, notify=self.notify)

    @cached_property
    def sound(self) -> SoundPort:
        """The sound player: SoundPlayer, or SilentSound where nothing can sound."""
        from app.sound.factory import create_sound

        return create_sound(self.paths.cache / "sound", self.recordings, self.settings_store,
                            self.notify)

    @cached_property
    def counselor(self) -> CounselorService:
        """Appointments, check-ins, the session summary's notes and the support plan
        (app.storage.counselor_service). Never in kiosk mode: a visitor never sees a
        check-in, a summary or a support plan."""
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

    def sound_if_started(self) -> SoundPort | None:
        """The sound player if something already used it (stopping sound need not start it)."""
        sound: SoundPort | None = self.__dict__.get("sound")
        return sound

    def log_if_opened(self) -> PracticeLog | None:
        """The practice log if something already opened it."""
        practice_log: PracticeLog | None = self.__dict__.get("log")
        return practice_log

    def close(self) -> None:
        """At exit, close what was opened: sound stops; the log merges its last write-ahead
        data."""
        sound = self.sound_if_started()
        if sound is not None:
            sound.stop_all()
        practice_log = self.log_if_opened()
        if practice_log is not None:
            try:
                practice_log.close()
            except (OSError, sqlite3.Error):  # at exit there is nobody left to tell
                log.exception("closing the practice log failed")
