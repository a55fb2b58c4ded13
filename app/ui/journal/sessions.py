"""The list of sessions: editable note and mood, delete with undo.

Signals: delete_requested(int session_id).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.storage.rows import SessionRow

COLUMNS = ("When", "Practice", "Minutes", "Status", "Mood before", "Mood after", "Note")
NOTE_COL = 6
MOOD_COLS = {4: "mood_before", 5: "mood_after"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MOOD_ROLE = Qt.ItemDataRole.UserRole + 2
NO_MOOD = "–"

Index = QModelIndex | QPersistentModelIndex


class MoodDelegate(QStyledItemDelegate):
    """Edits a mood cell with a list: – (none) or 1 to 5."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        box = QComboBox(parent)
        box.addItem(NO_MOOD, None)
        for mood in range(1, 6):
            box.addItem(str(mood), mood)
        box.setAccessibleName(self.tr("Mood"))
        box.setToolTip(self.tr("1 = low, 5 = good"))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(MOOD_ROLE)
        editor.setCurrentIndex(0 if value is None else int(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        model.setData(index, value, MOOD_ROLE)
        model.setData(index, NO_MOOD if value is None else str(value),
                      Qt.ItemDataRole.DisplayRole)


def when_text(row: SessionRow) -> str:
    start = row.started_at
    text = f"{date.fromordinal(row.local_day):%a %d %b %Y}  {start:%H:%M}"
    return text


def status_text(row: SessionRow) -> str:
    if row.status == "partial":
        return "Interrupted"
    if row.source == "manual":
        return "Added by hand"
    return "Completed" if row.completed else "Stopped early"


class SessionTable(QTableWidget):
    delete_requested = Signal(int)

    def __init__(self, practice_log: Any, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.log = practice_log
        self._filling = False
        self.writing = False
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Arrow keys move between cells; Tab leaves the table (else a keyboard user with
        # sessions in the log is held in it cell by cell).
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.horizontalHeader()
        for col in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COL, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Sessions"))
        self.setAccessibleDescription(self.tr(
            "Your sessions. Edit a note by typing in the Note column; change a mood with its "
            "list; press Delete to remove a session (you can undo)."))
        self.mood_delegate = MoodDelegate(self)
        for col in MOOD_COLS:
            self.setItemDelegateForColumn(col, self.mood_delegate)
        self.itemChanged.connect(self._on_item_changed)
        self.setMinimumHeight(300)

    def show_rows(self, rows: list[SessionRow]) -> None:
        self._filling = True
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [when_text(row), row.title, f"{row.duration_s / 60:.1f}", status_text(row)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(ID_ROLE, row.id)
                self.setItem(r, c, item)
            for c, value in ((4, row.mood_before), (5, row.mood_after)):
                mood = QTableWidgetItem(NO_MOOD if value is None else str(value))
                mood.setData(ID_ROLE, row.id)
                mood.setData(MOOD_ROLE, value)
                mood.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                mood.setToolTip(self.tr("Double-click to set the mood (1 = low, 5 = good)"))
                self.setItem(r, c, mood)
            note = QTableWidgetItem(row.note)
            note.setData(ID_ROLE, row.id)
            note.setToolTip(self.tr("Double-click or start typing to edit the note"))
            self.setItem(r, NOTE_COL, note)
        self._filling = False

    def selected_id(self) -> int | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return None if item is None else int(item.data(ID_ROLE))

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        session_id = int(item.data(ID_ROLE))
        self.writing = True  # the table already shows the change: no rebuild
        try:
            if item.column() == NOTE_COL:
                self.log.update_session(session_id, note=item.text())
            elif item.column() in MOOD_COLS:
                value = item.data(MOOD_ROLE)
                self.log.update_session(session_id, **{MOOD_COLS[item.column()]: value})
        finally:
            self.writing = False

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            session_id = self.selected_id()
            if session_id is not None:
                self.delete_requested.emit(session_id)
                return
        super().keyPressEvent(event)
