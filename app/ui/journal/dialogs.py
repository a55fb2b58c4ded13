"""Journal dialogs: add a session by hand, choose a backup to restore, an import report."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.practices import PracticeCatalog

from app.ui.style.widgets import PlainLabel

EXTRA_PRACTICES = [("walking", "Mindful walk"), ("other", "Other practice")]


def practice_choices(catalog: PracticeCatalog) -> list[tuple[str, str]]:
    """The shipped practices, then what people also log by hand."""
    return [(pid, catalog.practices[pid].title) for pid in catalog.ids()] + EXTRA_PRACTICES


def _mood_combo(parent: QWidget, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("–", None)
    for mood in range(1, 6):
        box.addItem(str(mood), mood)
    box.setAccessibleName(name)
    return box


class ManualSessionDialog(QDialog):
    """Practice done away from the computer; stored with source 'manual'."""

    def __init__(self, choices: list[tuple[str, str]], now: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a session by hand"))
        form = QFormLayout(self)
        form.addRow(PlainLabel(self.tr("For practice you did away from the computer. It is marked "
                                   "as added by hand."), self))
        self.practice = QComboBox(self)
        for pid, title in choices:
            self.practice.addItem(title, pid)
        self.practice.setAccessibleName(self.tr("Practice"))
        form.addRow(self.tr("Practice"), self.practice)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        local_now = QDateTime(QDate(now.year, now.month, now.day),
                              QTime(now.hour, now.minute))
        self.when.setMaximumDateTime(local_now)
        self.when.setDateTime(local_now.addSecs(-3600))
        self.when.setAccessibleName(self.tr("Start"))
        form.addRow(self.tr("Started"), self.when)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 600)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        form.addRow(self.tr("Length"), self.minutes)
        self.mood_before = _mood_combo(self, self.tr("Mood before"))
        self.mood_after = _mood_combo(self, self.tr("Mood after"))
        form.addRow(self.tr("Mood before (1-5)"), self.mood_before)
        form.addRow(self.tr("Mood after (1-5)"), self.mood_after)
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return {
            "practice_id": self.practice.currentData(),
            "practice_title": self.practice.currentText(),
            "local_start": datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            "minutes": float(self.minutes.value()),
            "note": self.note.text(),
            "mood_before": self.mood_before.currentData(),
            "mood_after": self.mood_after.currentData(),
        }


class RestoreDialog(QDialog):
    """Choose one of the verified backups."""

    def __init__(self, backups: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore the practice log"))
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr(
            "Choose a backup. Your log as it is now is backed up first, so you can come back "
            "to it."), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for label, path in backups:
            item = QListWidgetItem(label, self.list)
            item.setData(256, str(path))
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(256))


class ReportDialog(QDialog):
    """Shows every line of an import report."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setPlainText("\n".join(lines))
        text.setAccessibleName(title)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)
