"""The Practice page: picker -> setup -> player, one stack.

`create_page(services, navigator)` returns a PracticePage with
`open_practice(practice_id, options)` (options: a dict of PracticeOptions fields; add
`"autostart": True` to skip the setup) and `shutdown()`. The last choices for each practice
are remembered in services.state (not settings); presets live in <data>/presets.json.
The user's imported recordings (<data>/recordings) are read each time the page is shown:
each is a guided practice ("recording-<id>") and a bell in the setup (not in kiosk mode).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.core.notices import Level, Notice
from app.core.plan import PracticeOptions, options_from_dict, with_practice_defaults
from app.core.practices import PracticeCatalog, PracticeDefinition, recording_practice
from app.core.presets import PresetStore
from app.core.records import NullSink
from app.core.sound_needs import MAX_BELL_S, RECORDING_PREFIX
from app.services import Services
from app.ui.shell.navigator import Navigator

log = logging.getLogger(__name__)

STATE_KEY = "practice_last_options"


class PracticePage(QStackedWidget):
    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__()
        from app.ui.practice.picker import PracticePicker
        from app.ui.practice.setup import SetupPanel

        self.services = services
        self.navigator = navigator
        self.catalog: PracticeCatalog = services.practices
        self.presets = PresetStore.load(services.paths.data / "presets.json")
        for notice in self.presets.notices:
            services.notify(notice)
        self.player: Any = None
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
        if player is not None and not player.session.finished and player.session.started:
            self.setCurrentWidget(self.host)  # a session is running: do not lose it
            return
        raw = dict(options or {})
        autostart = bool(raw.pop("autostart", False))
        chosen, problems = options_from_dict(raw, self._remembered(practice_id))
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
        from app.sound.library import RecordingLibrary

        library = RecordingLibrary(self.services.paths.data / "recordings")
        try:
            found = library.recordings()
        except Exception:  # a broken library must not take the practices with it
            log.exception("recordings library unreadable")
            found = []
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
        try:
            article = self.services.articles.get(article_id)
        except Exception:
            article = None
        return str(article.title) if article is not None else article_id.replace("-", " ")

    def _remembered(self, practice_id: str) -> PracticeOptions:
        s = self.services.settings
        base = PracticeOptions(
            minutes=float(s.practice.default_minutes), preparation_s=s.practice.preparation_s,
            bell=s.sound.default_bell or "singing-bowl", ambient=s.sound.default_ambient,
            cue_sound=s.practice.breath_cue_sound, reduced_motion=s.general.reduced_motion,
            voice=s.sound.speak_cues,
        )
        definition = self.catalog.get(practice_id) or self.recordings.get(practice_id)
        if definition is not None and definition.kind != "timer":
            base.minutes = definition.minutes
        if definition is not None:  # its own choices: no end bell for sleep, no countdown in SOS
            base = with_practice_defaults(base, definition)
        saved = self.services.state.get(STATE_KEY)
        if isinstance(saved, dict) and isinstance(saved.get(practice_id), dict):
            base, _ = options_from_dict(saved[practice_id], base)
            base.reduced_motion = base.reduced_motion or s.general.reduced_motion
        return base

    def _warm_up_sounds(self, definition: Any, options: PracticeOptions) -> None:
        """Render this practice's sounds while the user looks at the setup."""
        from app.core.plan import build_plan
        from app.ui.practice.sound_port import call, sound_for

        sound = sound_for(self.services)
        needs = build_plan(definition, options).sound_needs()
        if call(sound, "is_ready", needs) is False:
            call(sound, "prepare", needs)

    def _offer_help(self, mood: Any) -> None:
        """A very low mood offers crisis help and the support plan (app/ui/practice/mood.py)."""
        mood.help_requested.connect(self.navigator.show_crisis)
        mood.support_plan_requested.connect(self.navigator.show_support_plan)

    def _sink(self) -> Any:
        try:
            return self.services.log
        except Exception as exc:
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
        from app.ui.practice.player import PracticePlayer

        definition = self.setup.definition
        if definition is None:
            return
        if not self.services.kiosk:
            saved = self.services.state.get(STATE_KEY)
            saved = dict(saved) if isinstance(saved, dict) else {}
            saved[definition.id] = options.to_dict()
            self.services.state.set(STATE_KEY, saved)
        self._drop_player()
        mood = mood_before if isinstance(mood_before, int) else None
        self.player = PracticePlayer(self.services, definition, options, self._sink(),
                                     self.host, mood_before=mood)
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
