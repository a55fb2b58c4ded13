"""A check-in (PHQ-9 or GAD-7), one question at a time, keyboard first.

Pages: a short introduction, the questions (the authors' exact wording and answer scale, shown
as plain text), then the score worded with care. If PHQ-9 question 9 gets any answer above
"Not at all", a note with help appears under the answers at once, and crisis help (988, the
clinic, 911) is the very next page, before any score. Skipping is one click on every page and
is never asked about again for that occurrence.

Signals: checkin_saved(object row), support_plan_requested().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.checkin_schedule import Due
from app.core.clinic import ClinicProfile
from app.core.instruments import Instrument, instrument, safety_answer

from app.storage.counselor_service import CounselorService

from app.ui.style.widgets import PlainLabel, muted_label, title_label


def plain(text: str, parent: QWidget, *, bold: bool = False) -> QLabel:
    label = PlainLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        label.setProperty("role", "subtitle")
    return label


def crisis_lines(clinic: ClinicProfile) -> list[tuple[str, str]]:
    """(number, label) in the order a person needs them here: 988, the clinic, then 911."""
    lines = [(c.number, c.label) for c in clinic.crisis]
    return sorted(lines, key=lambda n: (n[0] != "988", n[0] == "911"))


class CheckinDialog(QDialog):
    checkin_saved = Signal(object)
    support_plan_requested = Signal()

    def __init__(self, ident: str, counselor: CounselorService, clinic: ClinicProfile,
                 language: str, due: Due | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument: Instrument = instrument(ident)
        self.text, self.own_language = self.instrument.text(language)
        self.counselor = counselor
        self.clinic = clinic
        self.due = due
        self.answers: list[int | None] = [None] * self.instrument.item_count
        self.index = 0
        self.saved = None
        self.setObjectName("checkinDialog")
        self.setWindowTitle(self.instrument.short_name)
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll)
        inner = QVBoxLayout(content)
        self.pages = QStackedWidget(content)
        inner.addWidget(self.pages, 1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.pages.addWidget(self._intro())
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._crisis_page())
        self.pages.addWidget(self._result_page())
        inner.addWidget(plain(self.text.credit, content))  # scrolls with the page at 200 %

    def showEvent(self, event: QShowEvent) -> None:
        # measured once the style sheet's text size applies (after polish), within the screen
        self.ensurePolished()
        width = max(640, self.fontMetrics().averageCharWidth() * 70)
        height = max(520, self.fontMetrics().height() * 26)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.9)), min(
                height, int(screen.height() * 0.9))
        self.resize(width, height)
        super().showEvent(event)

    # -- pages ------------------------------------------------------------------------------
    def _intro(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addWidget(title_label(self.text.title, page))
        box.addWidget(muted_label(self.tr(
            "Your counselor may ask you to answer these questions before your sessions. It "
            "takes about two minutes. Your answers stay on this computer and appear only in "
            "a session summary you choose to make."), page))
        if not self.own_language:
            box.addWidget(muted_label(self.tr(
                "This questionnaire is shown in English: its authors' translation into your "
                "language is not in Rewire yet."), page))
        box.addStretch(1)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"), page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._show_question(0))
        row.addWidget(self.start_button)
        row.addWidget(self._skip_button(page))
        row.addStretch(1)
        box.addLayout(row)
        return page

    def _skip_button(self, parent: QWidget) -> QPushButton:
        skip = QPushButton(self.tr("Skip for now"), parent)
        skip.setAccessibleDescription(self.tr("Close the check-in without answering; it is "
                                              "not asked again until the next one is due"))
        skip.clicked.connect(self._on_skip_clicked)
        return skip

    def _question_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.progress = muted_label("", page)
        box.addWidget(self.progress)
        box.addWidget(plain(self.text.question, page))
        self.item_label = plain("", page, bold=True)
        self.item_label.setObjectName("checkinItem")
        box.addWidget(self.item_label)
        self.group = QButtonGroup(page)
        self.choices: list[QRadioButton] = []
        for value, label in enumerate(self.text.answers):
            radio = QRadioButton(label, page)
            self.group.addButton(radio, value)
            self.choices.append(radio)
            box.addWidget(radio)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.safety_note = plain(self.tr(
            "Thank you for answering honestly. If you are having these thoughts, you do not "
            "have to wait for your next session: help is there right now, and it is on the "
            "next page."), page)
        self.safety_note.setObjectName("safetyNote")
        self.safety_note.hide()
        box.addWidget(self.safety_note)
        box.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), page)
        self.back_button.clicked.connect(lambda: self._show_question(self.index - 1))
        self.next_button = QPushButton(self.tr("Next"), page)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_clicked)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addWidget(self._skip_button(page))
        row.addStretch(1)
        box.addLayout(row)
        return page

    def _crisis_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("checkinCrisis")
        box = QVBoxLayout(page)
        box.addWidget(title_label(self.tr("You do not have to carry this alone"), page))
        box.addWidget(plain(self.tr(
            "Thoughts of being better off dead or of hurting yourself deserve care right now. "
            "Please reach out to one of these, today:"), page))
        for number, label in crisis_lines(self.clinic):
            line = plain(number, page, bold=True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(line)
            box.addWidget(plain(label, page))
        box.addWidget(muted_label(self.tr(
            "Your answer is marked in your session summary so your counselor sees it."), page))
        box.addStretch(1)
        row = QHBoxLayout()
        plan = QPushButton(self.tr("Open my support plan"), page)
        plan.clicked.connect(self.support_plan_requested.emit)
        self.crisis_continue = QPushButton(self.tr("Continue"), page)
        self.crisis_continue.clicked.connect(lambda: self._show_result())
        from app.ui.counselor.actions import roomy

        roomy(plan, self.crisis_continue)
        row.addWidget(plan)
        row.addWidget(self.crisis_continue)
        row.addStretch(1)
        box.addLayout(row)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.result_title = title_label("", page)
        self.result_text = plain("", page)
        self.result_text.setObjectName("checkinResult")
        box.addWidget(self.result_title)
        box.addWidget(self.result_text)
        box.addStretch(1)
        done = QPushButton(self.tr("Done"), page)
        done.setDefault(True)
        done.clicked.connect(self.accept)
        self.done_button = done
        box.addWidget(done, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- flow -------------------------------------------------------------------------------
    def _show_question(self, index: int) -> None:
        self.index = max(0, min(index, self.instrument.item_count - 1))
        self.pages.setCurrentIndex(1)
        self.progress.setText(self.tr("Question {0} of {1}").format(
            self.index + 1, self.instrument.item_count))
        self.item_label.setText(self.text.items[self.index])
        self.item_label.setAccessibleName(self.text.items[self.index])
        self.group.setExclusive(False)
        for radio in self.choices:
            radio.setChecked(False)
        self.group.setExclusive(True)
        value = self.answers[self.index]
        if value is not None:
            self.choices[value].setChecked(True)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == self.instrument.item_count - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setEnabled(value is not None)
        self._update_safety_note()
        (self.choices[value] if value is not None else self.choices[0]).setFocus()

    @Slot(int, bool)
    def _on_group_id_toggled(self, value: int, checked: bool) -> None:
        if not checked or self.pages.currentIndex() != 1:
            return
        self.answers[self.index] = value
        self.next_button.setEnabled(True)
        self._update_safety_note()

    def _update_safety_note(self) -> None:
        item = self.instrument.safety_item
        on_item = item is not None and self.index == item - 1
        self.safety_note.setVisible(on_item and safety_answer(self.instrument, self.answers))

    @Slot()
    def _on_next_clicked(self) -> None:
        if self.answers[self.index] is None:
            return
        if self.index < self.instrument.item_count - 1:
            self._show_question(self.index + 1)
            return
        self._finish()

    def _finish(self) -> None:
        answers = [int(a) for a in self.answers if a is not None]
        self.saved = self.counselor.take(self.instrument.id, answers)
        if self.saved is not None:
            self.checkin_saved.emit(self.saved)
        if safety_answer(self.instrument, self.answers):
            self.pages.setCurrentIndex(2)  # crisis help first, before any score
            self.crisis_continue.setFocus()
            return
        self._show_result()

    def _show_result(self) -> None:
        from app.core.instruments import score

        result = score(self.instrument, [int(a) for a in self.answers if a is not None])
        band = next(b for b in self.instrument.bands if b.band == result.band)
        self.result_title.setText(self.tr("Your score: {0} of {1}").format(
            result.score, self.instrument.max_score))
        words = self._band_words(result.band)
        parts = [self.tr("The questionnaire's authors call scores from {0} to {1} “{2}”.")
                 .format(band.low, band.high, words),
                 self.tr("It is a score to talk over with your counselor, not a diagnosis.")]
        if self.saved is None:
            parts.append(self.tr("It could not be saved in your practice log."))
        self.result_text.setText("\n\n".join(parts))
        self.pages.setCurrentIndex(3)
        self.done_button.setFocus()

    def _band_words(self, band: str) -> str:
        return {"minimal": self.tr("minimal"), "mild": self.tr("mild"),
                "moderate": self.tr("moderate"),
                "moderately_severe": self.tr("moderately severe"),
                "severe": self.tr("severe")}.get(band, band)

    @Slot()
    def _on_skip_clicked(self) -> None:
        if self.due is not None:
            self.counselor.skip(self.due)
        self.reject()
