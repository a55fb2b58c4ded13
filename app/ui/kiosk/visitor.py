"""Everything one visitor sees after the welcome screen: the curated practices, the headphones
prompt, the running practice, the articles. All of it lives in memory only, and the kiosk window
throws the whole area away at every reset and builds a new one, so nothing a visitor chose,
read, typed or answered can survive into the next visit.

Signals: home_requested(), practice_started(), practice_ended(bool completed).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.practice_run import PracticeRun
from app.core.practices import PracticeDefinition
from app.core.records import SessionSink

from app.kiosk.practice import fits_a_visit, fixed_minutes, visitor_plan
from app.sound.silent import SilentSound

from app.services import Services

from app.ui.kiosk.player import KioskPlayer, cap_volume
from app.ui.kiosk.reader import KioskLibrary, KioskReader
from app.ui.kiosk.screens import big_button, label, touch_scroll_area
from app.ui.readings.page import ReadingsPage
from app.ui.shell.navigator import Navigator

log = logging.getLogger(__name__)

MIN_TOUCH_PX = 48


def _page(parent: QWidget, title: str, name: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
    page = QWidget(parent)
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(120, 40, 120, 24)
    layout.setSpacing(14)
    heading = label(title, page, "kioskPageTitle")
    layout.addWidget(heading)
    return page, layout, heading


def _centered(layout: QVBoxLayout, *buttons: QPushButton) -> None:
    row = QHBoxLayout()
    row.setSpacing(24)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)


class VisitorArea(QStackedWidget):
    home_requested = Signal()
    practice_started = Signal()
    practice_ended = Signal(bool)

    def __init__(self, services: Services, sink: SessionSink, reduced_motion: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskVisitor")
        self.services = services
        self._sink = sink
        self._reduced_motion = reduced_motion
        kiosk = services.settings.kiosk
        self._max_minutes = int(kiosk.max_minutes)
        self._catalog = services.practices
        self.practices = [p for p in (self._catalog.get(pid) for pid in kiosk.practices)
                          if p is not None]
        self.articles = services.articles
        self.player: KioskPlayer | None = None
        self.chosen: tuple[PracticeDefinition, int] | None = None
        self.minutes: dict[str, int] = {}
        # This visitor's own navigator: links inside the readings ("Try this practice")
        # arrive here, and its connections die with this area at the reset.
        self.navigator = Navigator(self)
        self.navigator.practice_requested.connect(self._on_navigator_practice_requested)
        self.readings: ReadingsPage | None = None  # built when the visitor first reads
        self.library: KioskLibrary | None = None  # the fallbacks, if that page fails
        self.reader: KioskReader | None = None
        self.reading_host: QWidget | None = None
        self._build_choose()
        self._build_prompt()
        self._build_done()

    # -- practices -----------------------------------------------------------------------
    def _build_choose(self) -> None:
        page, layout, _ = _page(self, self.tr("Choose a practice"), "kioskChoose")
        layout.addWidget(label(self.tr("Each one takes a few minutes. You can stop at any "
                                       "time."), page, "kioskWelcomeLine"))
        scroll, inner, cards = touch_scroll_area(page, 12)
        self.begin_buttons: dict[str, QPushButton] = {}
        for definition in self.practices:
            cards.addWidget(self._card(definition, inner))
        if not self.practices:
            cards.addWidget(label(self.tr("The practices are not available right now. "
                                          "The readings are."), inner, "kioskWelcomeLine"))
        cards.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        back = big_button(self.tr("Back"), page, "kioskBackHome")
        back.clicked.connect(self.home_requested)
        _centered(layout, back)
        self.choose_page = page
        self.addWidget(page)

    def _fixed_minutes(self, definition: PracticeDefinition) -> int | None:
        return fixed_minutes(definition, self._max_minutes)

    def _card(self, definition: PracticeDefinition, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setProperty("card", True)
        card.setObjectName(f"kioskCard_{definition.id}")
        row = QHBoxLayout(card)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(20)
        text = QVBoxLayout()
        title = label(definition.title, card, "kioskCardTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        summary = label(definition.summary, card, "kioskCardSummary")
        summary.setAlignment(Qt.AlignmentFlag.AlignLeft)
        text.addWidget(title)
        text.addWidget(summary)
        row.addLayout(text, 1)
        fixed = self._fixed_minutes(definition)
        self.minutes[definition.id] = fixed or min(3, self._max_minutes)
        if fixed is None:
            group = QButtonGroup(card)
            chips = QHBoxLayout()
            chips.setSpacing(8)
            for n in range(1, self._max_minutes + 1):
                chip = QPushButton(self.tr("{0} min").format(n), card)
                chip.setObjectName(f"kioskMinutes_{definition.id}_{n}")
                chip.setProperty("kioskChip", True)
                chip.setCheckable(True)
                chip.setChecked(n == self.minutes[definition.id])
                chip.setMinimumSize(88, 56)
                chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                chip.clicked.connect(lambda _=False, d=definition.id, m=n: self._set_minutes(d, m))
                group.addButton(chip)
                chips.addWidget(chip)
            row.addLayout(chips)
        else:
            row.addWidget(label(self.tr("{0} min").format(fixed), card, "kioskCardSummary"))
        begin = big_button(self.tr("Begin"), card, f"kioskBegin_{definition.id}", primary=True)
        begin.setMinimumWidth(160)
        begin.clicked.connect(lambda _=False, d=definition: self._on_begin(d))
        row.addWidget(begin)
        self.begin_buttons[definition.id] = begin
        return card

    def _set_minutes(self, practice_id: str, minutes: int) -> None:
        self.minutes[practice_id] = minutes

    def _on_begin(self, definition: PracticeDefinition) -> None:
        self.chosen = (definition, self.minutes[definition.id])
        self.prompt_title.setText(definition.title)
        self.setCurrentWidget(self.prompt_page)

    def _build_prompt(self) -> None:
        page, layout, self.prompt_title = _page(self, "", "kioskPrompt")
        layout.addStretch(1)
        ceiling = int(self.services.settings.kiosk.volume_ceiling)
        layout.addWidget(label(self.tr("Headphones are on the hook beside the screen, if you "
                                       "would like them. The sound is soft and never louder "
                                       "than {0}%.").format(ceiling), page, "kioskWelcomeLine"))
        layout.addWidget(label(self.tr("Sit comfortably. You can end the practice at any time."),
                               page, "kioskPrivacy"))
        layout.addStretch(1)
        with_sound = big_button(self.tr("Start with sound"), page, "kioskStartSound", True)
        silent = big_button(self.tr("Start in silence"), page, "kioskStartSilent")
        with_sound.clicked.connect(lambda: self.start_chosen(sound=True))
        silent.clicked.connect(lambda: self.start_chosen(sound=False))
        _centered(layout, with_sound, silent)
        back = big_button(self.tr("Back"), page, "kioskPromptBack")
        back.clicked.connect(self.show_practices)
        _centered(layout, back)
        self.prompt_page = page
        self.addWidget(page)

    def start_chosen(self, sound: bool) -> None:
        if self.chosen is None:
            return
        definition, minutes = self.chosen
        run = PracticeRun.for_visitor(
            visitor_plan(definition, minutes, sound, self._reduced_motion),
            self.services.clock, self._sink)
        # "In silence" plays through a silent stand-in that goes with this visitor.
        silent = None if sound else SilentSound()
        player_sound = self.services.sound if silent is None else silent
        cap_volume(player_sound, self.services.settings.sound, self.services.settings.kiosk,
                   sound)
        self.player = KioskPlayer(run, player_sound, self._reduced_motion, self)
        if silent is not None:
            silent.setParent(self.player)
        self.player.practice_ended.connect(self._on_player_practice_ended)
        self.addWidget(self.player)
        self.setCurrentWidget(self.player)
        self.practice_started.emit()
        self.player.start()

    @Slot(bool)
    def _on_player_practice_ended(self, completed: bool) -> None:
        self.done_line.setText(self.tr("Thank you for taking this time for yourself.")
                               if completed else self.tr("That's fine. Every minute counts."))
        self.setCurrentWidget(self.done_page)
        self.practice_ended.emit(completed)

    def _build_done(self) -> None:
        page, layout, _ = _page(self, self.tr("Well done"), "kioskDone")
        layout.addStretch(1)
        self.done_line = label("", page, "kioskWelcomeLine")
        layout.addWidget(self.done_line)
        layout.addStretch(1)
        again = big_button(self.tr("Another practice"), page, "kioskAnother")
        read = big_button(self.tr("Read"), page, "kioskDoneRead")
        home = big_button(self.tr("Finish"), page, "kioskFinish", primary=True)
        again.clicked.connect(self.show_practices)
        read.clicked.connect(self.show_library)
        home.clicked.connect(self.home_requested)
        _centered(layout, again, read, home)
        self.done_page = page
        self.addWidget(page)

    # -- readings ------------------------------------------------------------------------
    def _build_readings(self) -> None:
        """The Readings page itself (library, search, article view; in kiosk mode it keeps
        progress in memory and opens no URL), with a Finish button under it. If it cannot be
        built, the kiosk's own small library and reader stand in."""
        if self.reading_host is not None:
            return
        page: ReadingsPage | None
        try:
            page = ReadingsPage(self.services, self.navigator)
        except Exception:  # like the main window's pages: a failure shows the fallback
            log.exception("kiosk: the readings page failed; using the kiosk's own reader")
            page = None
        if page is not None:
            self.readings = page
            page.library.about_button.hide()  # the clinic's contact is on the welcome screen
            host = QWidget(self)
            host.setObjectName("kioskReadings")
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 16)
            layout.addWidget(page, 1)
            finish = big_button(self.tr("Finish"), host, "kioskReadingsFinish")
            finish.clicked.connect(self.home_requested)
            _centered(layout, finish)
            self.reading_host = host
            self.addWidget(host)
            return
        library = KioskLibrary(self.articles, self)
        library.article_chosen.connect(self.open_article)
        library.home_requested.connect(self.home_requested)
        self.addWidget(library)
        reader = KioskReader(self.articles, self)
        reader.back_requested.connect(self.show_library)
        reader.home_requested.connect(self.home_requested)
        self.addWidget(reader)
        self.library, self.reader, self.reading_host = library, reader, library

    def reading_browser(self) -> QTextBrowser:
        """The text view of the open article (tests click its links)."""
        self._build_readings()
        if self.readings is not None:
            return self.readings.reader.browser
        assert self.reader is not None
        return self.reader.browser

    def open_article(self, article_id: str) -> bool:
        self._build_readings()
        if self.readings is not None:
            if self.readings.open_article(article_id):
                assert self.reading_host is not None
                self.setCurrentWidget(self.reading_host)
                return True
            return False
        assert self.reader is not None
        if self.reader.show_article(article_id):
            self.setCurrentWidget(self.reader)
            return True
        return False

    @Slot(str, object)
    def _on_navigator_practice_requested(self, practice_id: str, options: object) -> None:
        """"Try this practice" from a reading: straight to its start when it fits the kiosk
        (one of the clinic's list, or any practice of at most `max_minutes`), else the list."""
        definition = next((d for d in self.practices if d.id == practice_id), None)
        if definition is None:
            candidate = self._catalog.get(practice_id)
            if candidate is not None and fits_a_visit(candidate, self._max_minutes):
                definition = candidate
                self.minutes.setdefault(practice_id, self._fixed_minutes(candidate)
                                        or min(3, self._max_minutes))
        if definition is None:
            self.show_practices()
            return
        self._on_begin(definition)

    # -- navigation ----------------------------------------------------------------------
    @Slot()
    def show_practices(self) -> None:
        self.setCurrentWidget(self.choose_page)

    @Slot()
    def show_library(self) -> None:
        self._build_readings()
        if self.readings is not None:
            self.readings.show_library()
            assert self.reading_host is not None
            self.setCurrentWidget(self.reading_host)
        elif self.library is not None:
            self.setCurrentWidget(self.library)

    @property
    def practising(self) -> bool:
        return self.player is not None and self.player.running

    def shutdown(self) -> None:
        """Stop a running practice; forget the readings; called before the area is destroyed."""
        if self.player is not None:
            self.player.shutdown()
        if self.readings is not None:  # it is destroyed right after: nothing to reset
            self.readings.shutdown()
