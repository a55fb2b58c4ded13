"""The practice picker: calm cards grouped as Timer, Breathing and Guided. Each card says
what the practice is, how long it takes, links to the readings that explain why it works,
and has one button to set it up. Below them, "Your recordings": the user's imported
recordings, each a guided practice of its own (``set_recordings``).

Signals: practice_chosen(str practice_id), preset_chosen(str preset name),
article_requested(str article_id).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.breath import BreathPattern
from app.core.practices import KINDS, RECORDING_TAIL_S, PracticeCatalog, PracticeDefinition
from app.core.presets import Preset

from app.ui.style.widgets import ScrollPage, card, muted_label, plain_tip, title_label

COLUMNS = 3


def number_text(value: float) -> str:
    """A number rounded to one decimal, written the interface language's way ("5,5" in
    Spanish)."""
    rounded = round(value, 1)
    return QLocale().toString(rounded, "f", 0 if rounded == int(rounded) else 1)


def shape_text(pattern: BreathPattern, tr: Callable[[str], str]) -> str:
    """A breath pattern in a few characters: "4-7-8" when each phase is a whole number of
    seconds and no kind repeats, else "5,5 breaths a minute"."""
    kinds = [p.kind for p in pattern.phases]
    if len(set(kinds)) == len(kinds) and all(p.seconds == int(p.seconds)
                                             for p in pattern.phases):
        return "-".join(f"{p.seconds:g}" for p in pattern.phases)
    return tr("{0} breaths a minute").format(number_text(pattern.breaths_per_minute))


def length_text(definition: PracticeDefinition, tr: Callable[[str], str]) -> str:
    if definition.recording:
        seconds = round(definition.minutes * 60 - RECORDING_TAIL_S)
        return tr("{0}:{1:02d} min").format(seconds // 60, seconds % 60)
    if definition.follow:
        return tr("At your own pace")
    pattern = definition.pattern
    if pattern is not None and definition.kind == "pacer" and not definition.custom:
        return tr("{0} · {1:g} min").format(shape_text(pattern, tr), definition.minutes)
    if definition.kind == "timer":
        return tr("1 to 180 min, or open-ended")
    return tr("{0:g} min").format(definition.minutes)


class PracticePicker(ScrollPage):
    practice_chosen = Signal(str)
    preset_chosen = Signal(str)
    article_requested = Signal(str)

    def __init__(self, catalog: PracticeCatalog, article_title: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Practice"),
            self.tr("Choose a practice. Some take three minutes, some twenty: pick what fits "
                    "the time you have. Every minute counts."),
            parent,
        )
        self.setObjectName("practicePicker")
        self.catalog = catalog
        self.article_title = article_title
        self.begin_buttons: dict[str, QPushButton] = {}
        self.preset_buttons: dict[str, QPushButton] = {}
        self.presets_box = QWidget(self.widget())
        self.presets_row = QHBoxLayout(self.presets_box)
        self.presets_row.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.presets_box)
        self.presets_box.setVisible(False)
        group_titles = {"timer": self.tr("Timer"), "pacer": self.tr("Breathing"),
                        "guided": self.tr("Guided")}
        for kind in KINDS:
            items = catalog.by_kind(kind)
            if not items:
                continue
            self.body.addWidget(title_label(group_titles[kind], self.widget(), "subtitle"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(16)
            for i, definition in enumerate(items):
                grid.addWidget(self._card(definition), i // COLUMNS, i % COLUMNS)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            self.body.addLayout(grid)
        if not catalog.practices:
            self.body.addWidget(muted_label(
                self.tr("No practices could be loaded. The details are in the log file."),
                self.widget()))
        self.recordings_box = QWidget(self.widget())
        self.recordings_layout = QVBoxLayout(self.recordings_box)
        self.recordings_layout.setContentsMargins(0, 0, 0, 0)
        self.recordings_layout.setSpacing(12)
        self.recordings_layout.addWidget(
            title_label(self.tr("Your recordings"), self.recordings_box, "subtitle"))
        self.recordings_hint = muted_label(
            self.tr("A guided meditation from your counselor, or any recording you like, "
                    "can be a practice of its own: import it in Settings, under Sound."),
            self.recordings_box)
        self.recordings_layout.addWidget(self.recordings_hint)
        self.recording_cards: QWidget | None = None
        self.recordings_box.setVisible(False)
        self.body.addWidget(self.recordings_box)
        self.body.addStretch(1)

    def set_recordings(self, recordings: list[PracticeDefinition]) -> None:
        """Show the user's imported recordings as guided practices (a hint when none)."""
        for old_id in [k for k, b in self.begin_buttons.items() if b.property("recording")]:
            del self.begin_buttons[old_id]
        if self.recording_cards is not None:
            self.recording_cards.setParent(None)  # out of the page at once
            self.recording_cards.deleteLater()
        self.recording_cards = QWidget(self.recordings_box)
        grid = QGridLayout(self.recording_cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for i, definition in enumerate(recordings):
            grid.addWidget(self._card(definition, self.recording_cards), i // COLUMNS,
                           i % COLUMNS)
            self.begin_buttons[definition.id].setProperty("recording", True)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.recordings_layout.addWidget(self.recording_cards)
        self.recordings_hint.setVisible(not recordings)
        self.recordings_box.setVisible(True)

    def _card(self, definition: PracticeDefinition, parent: QWidget | None = None) -> QWidget:
        frame = card(parent or self.widget())
        frame.setObjectName("practiceCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        title = QLabel(definition.title, frame)
        title.setObjectName("practiceCardTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)  # text from a file (P4)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(muted_label(length_text(definition, self.tr), frame))
        summary = QLabel(self.tr("Your own recording, played as the guide.")
                         if definition.recording else definition.summary, frame)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(summary, 1)
        if definition.prefer_another:
            other = muted_label(definition.prefer_another, frame)
            other.setObjectName("practicePreferAnother")
            other.setTextFormat(Qt.TextFormat.PlainText)
            other.setAccessibleName(self.tr("Who might prefer another practice"))
            other.setAccessibleDescription(definition.prefer_another)
            layout.addWidget(other)
        links = ", ".join(
            f'<a href="{html.escape(rid)}">{html.escape(self.article_title(rid))}</a>'
            for rid in definition.readings
        )
        why = QLabel(self.tr("Why this works: {0}").format(links), frame)
        why.setObjectName("practiceWhy")
        why.setWordWrap(True)
        why.setTextFormat(Qt.TextFormat.RichText)
        why.setOpenExternalLinks(False)
        why.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        why.setAccessibleName(self.tr("Why {0} works").format(definition.title))
        why.setAccessibleDescription(self.tr("Links to readings"))
        why.linkActivated.connect(self.article_requested)
        why.setVisible(bool(definition.readings))
        layout.addWidget(why)
        button = QPushButton(self.tr("Set up"), frame)
        button.setProperty("primary", True)
        button.setAccessibleName(self.tr("Set up {0}").format(definition.title))
        button.setAccessibleDescription(definition.summary)
        button.clicked.connect(lambda _=False, pid=definition.id: self.practice_chosen.emit(pid))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.begin_buttons[definition.id] = button
        return frame

    def set_presets(self, presets: list[Preset]) -> None:
        """Show the user's presets as one-click buttons above the cards."""
        while self.presets_row.count():
            item = self.presets_row.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        self.preset_buttons = {}
        known = [p for p in presets if self.catalog.get(p.practice_id) is not None]
        if known:
            self.presets_row.addWidget(QLabel(self.tr("Your presets:"), self.presets_box))
        for preset in known[:8]:
            definition = self.catalog.get(preset.practice_id)
            assert definition is not None
            button = QPushButton(preset.name, self.presets_box)
            button.setAccessibleName(self.tr("Preset {0}").format(preset.name))
            button.setAccessibleDescription(self.tr("Set up {0} with these choices").format(
                definition.title))
            button.setToolTip(plain_tip(definition.title))
            button.clicked.connect(lambda _=False, n=preset.name: self.preset_chosen.emit(n))
            self.presets_row.addWidget(button)
            self.preset_buttons[preset.name] = button
        self.presets_row.addStretch(1)
        self.presets_box.setVisible(bool(known))

