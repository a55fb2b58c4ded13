"""The session summary's preview: the document as it will print, then Print or Save as PDF.

Nothing is written until the client picks a file in the save dialog; printing goes to the
printer they pick. Links are never followed (the document has none; text is plain).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.style.widgets import PlainLabel


class SummaryPreview(QDialog):
    def __init__(self, document: str, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.setObjectName("summaryPreview")
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(title)
        self.view.setHtml(document)
        box.addWidget(self.view, 1)
        self.status = PlainLabel("", self)
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        from app.ui.counselor.actions import roomy

        roomy(self.save_button, self.print_button, close)
        for b in (self.save_button, self.print_button, close):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        self.resize(max(760, self.fontMetrics().averageCharWidth() * 90),
                    max(640, self.fontMetrics().height() * 34))

    def choose_file(self) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as a PDF"),
            str(Path.home() / self.suggested_name), self.tr("PDF files (*.pdf)"))
        return name

    @Slot()
    def _on_save_clicked(self) -> None:
        name = self.choose_file()
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_to(path)

    def save_to(self, path: Path) -> bool:
        from app.ui.counselor.pdf import write_pdf

        try:
            write_pdf(self.document, path, self.windowTitle())
        except OSError as exc:
            self.status.setText(self.tr("The PDF could not be saved in {0} ({1}). Nothing was "
                                        "written.").format(str(path.parent),
                                                           exc.strerror or str(exc)))
            return False
        self.saved_to = path
        self.status.setText(self.tr("Saved as {0}.").format(str(path)))
        return True

    @Slot()
    def _on_print_clicked(self) -> None:
        from app.ui.counselor.pdf import print_document

        if print_document(self.document, self):
            self.status.setText(self.tr("Sent to the printer."))
