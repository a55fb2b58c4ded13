"""The Practice page: picker -> setup -> player, one stack.

`create_page(services, navigator)` returns a PracticePage with
`open_practice(practice_id, options)` (options: a dict of PracticeOptions fields; add
`"autostart": True` to skip the setup) and `shutdown()`. The last choices for each practice
are remembered in services.state (not settings: app/core/remembered_options.py); presets live
in <data>/presets.json.
The user's imported recordings (<data>/recordings) are read each time the page is shown:
each is a guided practice ("recording-<id>") and a bell in the setup (not in kiosk mode).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.core.notices import Level, Notice
from app.core.plan import PracticeOptions, build_plan, options_from_dict
from app.core.practice_run import PracticeRun
from app.core.practices import PracticeCatalog, PracticeDefinition, recording_practice
from app.core.presets import PresetStore
from app.core.records import NullSink, SessionSink
from app.core.remembered_options import RememberedOptions
from app.core.sound_needs import MAX_BELL_S, RECORDING_PREFIX

from app.services import Services

from app.ui.practice.mood import MoodRow
from app.ui.practice.picker import PracticePicker
from app.ui.practice.player import PracticePlayer
from app.ui.practice.setup import SetupPanel
from app.ui.shell.navigator import Navigator

log = logging.getLogger(__name__)


class PracticePage(QStackedWidget):
    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__()
        self.services = services
        self.navigator = navigator
        self.catalog: PracticeCatalog = services.practices
        self.choices = RememberedOptions(services.state)
        self.presets = PresetStore.load(services.paths.data / "presets.json")
        for notice in self.presets.notices:
            services.notify(notice)
        self.player: PracticePlayer | None = None
        self.recordings: dict[str, PracticeDefinition] = {}
        self._recordings_key: tuple[object, ...] | None = None
        self.picker = PracticePicker(self.catalog, self._article_title, self)
        self.picker.practice_chosen.connect(self.open_practice)
        self.picker.preset_chosen.connect(self.open_preset)
        self.picker.set_presets(self.presets.all())
        self.picker.article_requested.connect(navigator.open_article)
        self.setup = SetupPanel(self.presets, services.settings.practice.ask_mood, self)
        self.setup.back_requested.connect(self._on_setup_back_requested)
        self.setup.article_requested.connect(navigator.open_article)
        self.setup.start_requested.connect(self._on_setup_start_requested)
        self._offer_help(self.setup.mood)
        self.host = QWidget(self)
        self.host_layout = QVBoxLayout(self.host)
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.picker, self.setup, self.host):
            self.addWidget(widget)
        self.setCurrentWidget(self.picker)

    # -- public API -----------------------------------------------------------------------------
    @Slot(str)
    @Slot(str, object)
    def open_practice(self, practice_id: str, options: dict[str, Any] | None = None) -> None:
        definition = self.catalog.get(practice_id) or self._recording(practice_id)
        if definition is None:
            self.services.notify(Notice(
                Level.WARNING, self.tr("Practice not found"),
                self.tr("The practice “{0}” is not available.").format(practice_id)))
            self.setCurrentWidget(self.picker)
            return
        player = self.player
        if player is not None and player.run.started and not player.run.ended:
            self.setCurrentWidget(self.host)  # a session is running: do not lose it
            return
        raw = dict(options or {})
        autostart = bool(raw.pop("autostart", False))
        chosen, problems = options_from_dict(
            raw, self.choices.for_practice(definition, self.services.settings))
        for problem in problems:
            log.warning("open_practice(%s): %s", practice_id, problem)
        self.setup.load(definition, chosen, self._article_title)
        self._warm_up_sounds(definition, chosen)
        self.setCurrentWidget(self.setup)
        self.setup.start.setFocus()
        if autostart:
            self._on_setup_start_requested(chosen, None)

    @Slot(str)
    def open_preset(self, name: str) -> None:
        preset = self.presets.get(name)
        if preset is not None:
            self.open_practice(preset.practice_id, dict(preset.options))

    def shutdown(self) -> None:
        if self.player is not None:
            self.player.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.refresh_recordings)  # after the page is painted

    def refresh_recordings(self) -> None:
        """Read the recordings library again (one may have been imported meanwhile)."""
        if self.services.kiosk:
            return
        library = self.services.recordings
        found = library.recordings()  # a damaged index is rebuilt from the files
        key = tuple((r.recording_id, r.title, r.duration_s, r.file) for r in found)
        if key == self._recordings_key:
            return  # nothing changed: keep the cards (and the keyboard focus) as they are
        self._recordings_key = key
        definitions = [
            recording_practice(r.recording_id, r.title, r.duration_s, library.folder / r.file)
            for r in found
        ]
        self.recordings = {d.id: d for d in definitions}
        self.picker.set_recordings(definitions)
        self.setup.set_recording_bells([
            (self.tr("Your recording: {0}").format(r.title), RECORDING_PREFIX + r.recording_id)
            for r in found if r.duration_s <= MAX_BELL_S])

    def _recording(self, practice_id: str) -> PracticeDefinition | None:
        if practice_id not in self.recordings:
            self.refresh_recordings()  # opened from elsewhere before the page was shown
        return self.recordings.get(practice_id)

    # -- internals ------------------------------------------------------------------------------
    def _article_title(self, article_id: str) -> str:
        article = self.services.articles.get(article_id)
        return article.title if article is not None else article_id.replace("-", " ")

    def _warm_up_sounds(self, definition: PracticeDefinition, options: PracticeOptions) -> None:
        """Render and load this practice's sounds while the user looks at the setup (nobody
        waits for them: the player asks again, for itself, when it starts)."""
        needs = build_plan(definition, options).sound_needs()
        sound = self.services.sound
        if not sound.is_ready(needs):
            sound.prepare(needs, lambda: None)

    def _offer_help(self, mood: MoodRow) -> None:
        """A very low mood offers crisis help and the support plan (app/ui/practice/mood.py)."""
        mood.help_requested.connect(self.navigator.show_crisis)
        mood.support_plan_requested.connect(self.navigator.show_support_plan)

    def _sink(self) -> SessionSink:
        try:
            return self.services.log
        except (OSError, sqlite3.Error) as exc:
            log.exception("practice log unavailable")
            self.services.notify(Notice(
                Level.WARNING, self.tr("Your log is not available"),
                self.tr("This session will not be saved ({0}). You can still practise.")
                .format(exc)))
            return NullSink()

    def _show_picker(self) -> None:
        self.picker.set_presets(self.presets.all())
        self.setCurrentWidget(self.picker)

    @Slot()
    def _on_setup_back_requested(self) -> None:
        self._show_picker()

    @Slot(object, object)
    def _on_setup_start_requested(self, options: PracticeOptions, mood_before: object) -> None:
        definition = self.setup.definition
        if definition is None:
            return
        if not self.services.kiosk:
            self.choices.remember(definition.id, options)
        self._drop_player()
        settings = self.services.settings.practice
        run = PracticeRun.for_client(
            build_plan(definition, options), self.services.clock, self._sink(),
            self.services.notify, ask_mood=settings.ask_mood,
            mood_before=mood_before if isinstance(mood_before, int) else None)
        self.player = PracticePlayer(run, self.services.sound, settings,
                                     options.reduced_motion, self.host)
        self.player.closed.connect(self._on_player_closed)
        self._offer_help(self.player.mood)
        self.host_layout.addWidget(self.player)
        self.setCurrentWidget(self.host)
        self.player.start()

    @Slot()
    def _on_player_closed(self) -> None:
        self._show_picker()
        self._drop_player()

    def _drop_player(self) -> None:
        if self.player is not None:
            self.player.shutdown()
            self.host_layout.removeWidget(self.player)
            self.player.deleteLater()
            self.player = None


def create_page(services: Services, navigator: Navigator) -> QWidget:
    return PracticePage(services, navigator)
