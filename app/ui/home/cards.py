"""Building blocks of the Home page: cards, a responsive row of cards, and the homework plan
card (its items with progress bars, import and remove)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.plan_progress import ItemProgress, PlanProgress
from app.core.plans import PracticeItem

from app.services import Services

from app.ui.comfort.plan_import import choose_and_import
from app.ui.home.data import article_info, practice_title
from app.ui.style.widgets import PlainLabel, muted_label, title_label


def minutes_text(value: float) -> str:
    return str(int(value)) if value >= 1 or value == 0 else f"{value:.1f}"


def date_text(day: date, this_year: int | None = None) -> str:
    """A plan date the way people say it ("Friday, November 27"); the pattern is translated
    (Qt date format: dddd weekday, MMMM month, d day) and the year shown only when it is not
    `this_year` (from the injected clock)."""
    qdate = QDate(day.year, day.month, day.day)
    if this_year is not None and day.year != this_year:
        pattern = QCoreApplication.translate("HomeDates", "dddd, MMMM d, yyyy")
    else:
        pattern = QCoreApplication.translate("HomeDates", "dddd, MMMM d")
    return QLocale().toString(qdate, pattern)


def button(text: str, name: str, description: str, parent: QWidget,
            primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    if primary:
        button.setProperty("primary", True)
    return button


class Columns(QWidget):
    """Cards side by side when there is room for them at the current text size, else stacked."""

    def __init__(self, parent: QWidget | None, column_chars: int = 40) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(16)
        self._chars = column_chars

    def resizeEvent(self, event: QResizeEvent) -> None:
        need = self.fontMetrics().averageCharWidth() * self._chars * max(1, self.box.count())
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)


def card_layout(frame: QWidget, heading: str) -> QVBoxLayout:
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    layout.addWidget(title_label(heading, frame, role="subtitle"))
    return layout


class PlanCard(QFrame):
    """The clinician's homework plan on Home, or how to import one."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setProperty("card", True)
        self._rows: list[QWidget] = []
        frame = self
        layout = card_layout(self, self.tr("Homework plan"))
        self.plan_title = PlainLabel(frame)
        self.plan_title.setWordWrap(True)
        self.plan_title.setObjectName("planTitle")
        self.plan_text = muted_label("", frame)
        self.plan_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.plan_title)
        layout.addWidget(self.plan_text)
        self.plan_items = QVBoxLayout()
        self.plan_items.setSpacing(10)
        layout.addLayout(self.plan_items)
        buttons = QHBoxLayout()
        self.import_button = button(
            self.tr("Import a plan…"), self.tr("Import a homework plan"),
            self.tr("Choose a plan file from your counselor (you can also drop it onto "
                    "this window)"), frame)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button = button(
            self.tr("Remove plan"), self.tr("Remove the homework plan"),
            self.tr("Take this plan off Home (your practice log is not changed)"), frame)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setVisible(not self.services.kiosk)

    def _year(self) -> int:
        return self.services.clock.now().year

    def show_progress(self, progress: PlanProgress | None) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows.clear()
        self.remove_button.setVisible(progress is not None)
        if progress is None:
            self.plan_title.setText(self.tr("No plan yet"))
            self.plan_text.setText(self.tr("If your counselor gave you a plan file, import it "
                                           "here or drop it onto this window."))
            return
        plan = progress.plan
        self.plan_title.setText(plan.title)
        lines = []
        if plan.clinician:
            lines.append(self.tr("From: {0}").format(plan.clinician))
        if progress.state == "upcoming":
            lines.append(self.tr("Starts on {0}.").format(date_text(plan.starts, self._year())))
        elif progress.state == "finished":
            ended = date_text(plan.ends, self._year())
            lines.append(self.tr("This plan ended on {0}.").format(ended))
        elif progress.days_left == 0:
            lines.append(self.tr("Today is the last day of this plan."))
        else:
            lines.append(self.tr("Until {0}.").format(date_text(plan.ends, self._year())))
        if plan.note:
            lines.append(plan.note)
        self.plan_text.setText("\n".join(lines))
        parent = self
        for item in progress.items:
            row = self._row(item, parent, progress.state)
            self._rows.append(row)
            self.plan_items.addWidget(row)

    def _row(self, p: ItemProgress, parent: QWidget, state: str) -> QWidget:
        row = QWidget(parent)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = PlainLabel(row)
        label.setWordWrap(True)
        bar = QProgressBar(row)
        bar.setRange(0, 100)
        bar.setValue(round(p.fraction * 100))
        bar.setVisible(state != "upcoming")
        bar.setTextVisible(False)
        bar.setMaximumHeight(10)
        item = p.item
        if isinstance(item, PracticeItem):
            title = practice_title(self.services, item.practice)
            if state == "upcoming":
                text = (self.tr("{0}: {1} min a day.") if item.per == "day"
                        else self.tr("{0}: {1} min a week.")).format(title, item.minutes)
            elif state == "finished" and item.per == "day":
                text = self.tr("{0}: {1} min a day. Goal met on {2} of {3} days.").format(
                    title, item.minutes, p.days_met, p.days_so_far)
            elif item.per == "day":
                text = self.tr("{0}: {1} min a day. Today {2} of {1} min; goal met on {3} of "
                               "{4} days so far.").format(title, item.minutes,
                                                          minutes_text(p.done), p.days_met,
                                                          p.days_so_far)
            else:
                text = self.tr("{0}: {1} min a week. This week {2} of {1} min.").format(
                    title, item.minutes, minutes_text(p.done))
        else:
            title, _summary = article_info(self.services, item.read)
            if p.complete:
                text = self.tr("Read “{0}”: done.").format(title)
            elif item.by is not None:
                due = date_text(item.by, self._year())
                text = self.tr("Read “{0}” by {1}: not yet.").format(title, due)
            else:
                text = self.tr("Read “{0}”: not yet.").format(title)
        label.setText(text)
        bar.setAccessibleName(text)
        bar.setAccessibleDescription(self.tr("Progress on this part of your plan"))
        layout.addWidget(label)
        layout.addWidget(bar)
        return row

    @Slot()
    def _on_import_clicked(self) -> None:
        choose_and_import(self.services, self)

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.services.plans.remove()
