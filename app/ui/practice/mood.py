"""A calm, optional mood question (five buttons from "very low" to "very good", and Skip),
and the end-of-session panel that holds it.

Answering with the lowest level shows, under the buttons, a few gentle words with crisis help
and the client's support plan (issue 15) one click away: never a pop-up, and it never stops
the client from going on.

MoodRow signals: chosen(int mood 1-5), skipped(), help_requested(), support_plan_requested().
EndPanel signals: done_clicked().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.mood import offers_help


class MoodRow(QWidget):
    chosen = Signal(int)
    skipped = Signal()
    help_requested = Signal()
    support_plan_requested = Signal()

    def __init__(self, question: str, parent: QWidget | None = None,
                 centered: bool = False) -> None:
        super().__init__(parent)
        self.value: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        label = QLabel(question, self)
        label.setWordWrap(True)
        if centered:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(label)
        row = QHBoxLayout()
        if centered:
            row.addStretch(1)
        words = [self.tr("Very low"), self.tr("Low"), self.tr("Okay"), self.tr("Good"),
                 self.tr("Very good")]
        self.buttons: list[QPushButton] = []
        for value, word in enumerate(words, start=1):
            button = QPushButton(f"{value} · {word}", self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Mood {0}: {1}").format(value, word))
            button.setAccessibleDescription(question)
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            row.addWidget(button)
            self.buttons.append(button)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setAccessibleName(self.tr("Skip the mood question"))
        self.skip_button.setAccessibleDescription(question)
        self.skip_button.clicked.connect(self._skip)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.help_note = self._build_help_note(centered)
        outer.addWidget(self.help_note)

    def _build_help_note(self, centered: bool) -> QWidget:
        note = QWidget(self)
        note.setObjectName("lowMoodNote")
        box = QVBoxLayout(note)
        box.setContentsMargins(0, 4, 0, 0)
        words = QLabel(self.tr("That sounds hard. You do not have to carry it alone: help is "
                               "here whenever you want it, and you can go on here too."), note)
        words.setWordWrap(True)
        if centered:
            words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(words)
        row = QHBoxLayout()
        if centered:
            row.addStretch(1)
        self.help_button = QPushButton(self.tr("Crisis help"), note)
        self.help_button.setAccessibleName(self.tr("Crisis help"))
        self.help_button.setAccessibleDescription(
            self.tr("Phone numbers, texts and chats for help right now"))
        self.help_button.clicked.connect(self.help_requested)
        row.addWidget(self.help_button)
        self.plan_button = QPushButton(self.tr("Open my support plan"), note)
        self.plan_button.setAccessibleName(self.tr("Open my support plan"))
        self.plan_button.setAccessibleDescription(
            self.tr("Your warning signs, what helps and who you can call"))
        self.plan_button.clicked.connect(self.support_plan_requested)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        box.addLayout(row)
        note.setVisible(False)
        return note

    def _choose(self, value: int) -> None:
        self.value = value
        for i, button in enumerate(self.buttons, start=1):
            button.setChecked(i == value)
        self.help_note.setVisible(offers_help(value))
        self.chosen.emit(value)

    def lock(self) -> None:
        """The answer is recorded: the buttons stop taking clicks; the offer of help stays."""
        for button in (*self.buttons, self.skip_button):
            button.setEnabled(False)

    def _skip(self) -> None:
        self.value = None
        for button in self.buttons:
            button.setChecked(False)
        self.help_note.setVisible(False)
        self.skipped.emit()


class EndPanel(QWidget):
    """What the session came to, the optional mood question, and Done."""

    done_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        self.mood = MoodRow(tr("How do you feel now?"), self, centered=True)
        self.mood.setVisible(False)
        layout.addWidget(self.mood)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = QPushButton(tr("Done"), self)
        self.done_button.setProperty("primary", True)
        self.done_button.setAccessibleName(tr("Done"))
        self.done_button.setAccessibleDescription(tr("Back to the practices"))
        self.done_button.clicked.connect(self.done_clicked)
        row.addWidget(self.done_button)
        row.addStretch(1)
        layout.addLayout(row)
