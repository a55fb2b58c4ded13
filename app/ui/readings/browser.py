"""The text widget that shows one reading: Qt renders the Markdown, nothing remote is loaded,
and the text keeps a comfortable column of about 66 characters however wide the window is."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from app.core.resources import resource_path

log = logging.getLogger(__name__)

COLUMN_CHARS = 66  # a comfortable line: 60-75 characters
MIN_SIDE_MARGIN = 24.0
LINE_HEIGHT_PERCENT = 150
HEADING_LINE_HEIGHT_PERCENT = 115
# An ordinary English sentence: its average letter width is what a line of prose holds.
_SAMPLE = ("When two cells signal to each other often, the connection between them tends to "
           "grow stronger, so the message passes more easily the next time.")


class ReadingBrowser(QTextBrowser):
    """Shows Markdown with calm typography. Links are not followed here: the owner handles
    `anchorClicked`. Only files inside the articles folder may be loaded (for images).

    Signals: shown() after the widget is shown (Qt scrolls to the text cursor on the first
    show; `showing` is True meanwhile, so the owner can ignore that scroll)."""

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("readingText")
        self._local_root = resource_path("articles").resolve()
        self.setSearchPaths([str(self._local_root)])
        self.refused: list[str] = []
        self._point_size = 13.0
        self.showing = False

    # -- nothing remote, ever -------------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        qurl = QUrl(url) if isinstance(url, str) else url
        if qurl.scheme().lower() in ("", "file"):
            local = qurl.toLocalFile() if qurl.isLocalFile() else qurl.path()
            candidate = (self._local_root / local).resolve() if local else None
            if candidate and candidate.is_file() and candidate.is_relative_to(self._local_root):
                return candidate.read_bytes()
        self.refused.append(qurl.toString())
        log.info("reading: refused to load %s", qurl.toString())
        return None

    # -- typography -----------------------------------------------------------------------
    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, points: float) -> None:
        self._point_size = points
        self.setStyleSheet(f"QTextBrowser#readingText {{ font-size: {points:.1f}pt; }}")
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.document().setDefaultFont(font)
        self.update_column()

    def set_markdown_text(self, markdown: str) -> None:
        self.document().setMarkdown(markdown)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._apply_line_height()
        self.update_column()

    def _apply_line_height(self) -> None:
        """Airy lines for prose (150%), tighter for headings, a little space between blocks."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        proportional = 1  # QTextBlockFormat.LineHeightTypes.ProportionalHeight
        while block.isValid():
            fmt = QTextBlockFormat()
            if block.blockFormat().headingLevel() > 0:
                fmt.setLineHeight(HEADING_LINE_HEIGHT_PERCENT, proportional)
                fmt.setTopMargin(14)
            else:
                fmt.setLineHeight(LINE_HEIGHT_PERCENT, proportional)
                fmt.setBottomMargin(8)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(fmt)
            block = block.next()
        cursor.endEditBlock()

    def column_width(self) -> float:
        """Pixels for COLUMN_CHARS characters of ordinary prose in the current font."""
        metrics = QFontMetricsF(self.document().defaultFont())
        return metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE) * COLUMN_CHARS

    def update_column(self) -> None:
        """Centre a column of COLUMN_CHARS characters; narrow windows get small margins."""
        width = self.viewport().width()
        side = max(MIN_SIDE_MARGIN, (width - self.column_width()) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5 and abs(fmt.rightMargin() - side) < 0.5:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(28)
        fmt.setBottomMargin(40)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_column()

    def showEvent(self, event: QShowEvent) -> None:
        self.showing = True
        try:
            super().showEvent(event)
        finally:
            self.showing = False
        self.shown.emit()

    def local_root(self) -> Path:
        return self._local_root
