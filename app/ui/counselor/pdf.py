"""Turn the summary document into paper or a PDF with real, searchable text.

``write_pdf`` lays the HTML out with QTextDocument on a QPdfWriter (US Letter, 2 cm
margins): the text stays text (copyable, found by ``pdftotext``), not a picture of it.
``print_document`` does the same on a printer the client picks. Neither writes anything but
the file the client chose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from app import APP_NAME

POINT_SIZE = 11


def make_document(html: str, point_size: int = POINT_SIZE) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSize(point_size)
    # no ligatures: text copied from the PDF reads "Pfizer", not "P\ufb01zer"
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path, title: str) -> None:
    """Write the document to ``path`` (atomically: a temp file beside it, then renamed).
    OSError when it cannot be written; the old file, if any, is left as it was."""
    import contextlib
    import os
    import tempfile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(title)
        writer.setCreator(APP_NAME)
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0),  # print_ adds 2 cm
                                         QPageLayout.Unit.Millimeter))
        make_document(html).print_(writer)  # no page size: print_ scales points to 300 dpi
        del writer  # finishes the file
        if os.path.getsize(tmp) == 0:
            raise OSError(f"the PDF {path.name} came out empty")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def print_document(html: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; False when the client cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    make_document(html).print_(printer)
    return True
