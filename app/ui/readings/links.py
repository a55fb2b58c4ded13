"""What a click on a link inside a reading does.

- `article:<id>` and `practice:<id>` move around the app;
- `#fragment` scrolls within the article;
- http(s) and mailto links open in the system browser only after the user confirms, and
  never in the clinic kiosk (nothing is handed to the operating system there);
- anything else is ignored. Nothing is ever loaded from the network inside Rewire.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

EXTERNAL_SCHEMES = ("http", "https", "mailto")


@dataclass(frozen=True)
class Link:
    kind: str  # "article" | "practice" | "anchor" | "external" | "ignored"
    target: str


def classify(url: QUrl) -> Link:
    scheme = url.scheme().lower()
    if scheme in ("article", "practice"):
        target = url.path().strip("/") or url.host()
        return Link(scheme, target) if target else Link("ignored", url.toString())
    if scheme in EXTERNAL_SCHEMES:
        return Link("external", url.toString())
    if not scheme and url.hasFragment() and not url.path():
        return Link("anchor", url.fragment())
    return Link("ignored", url.toString())


def _tr(text: str) -> str:
    return QCoreApplication.translate("Readings", text)


def open_external(url: QUrl, parent: QWidget | None, kiosk: bool) -> bool:
    """Ask, then hand `url` to the system browser. Returns True when it was handed over."""
    if kiosk:
        log.info("kiosk: external link not opened: %s", url.toString())
        return False
    if url.scheme().lower() not in EXTERNAL_SCHEMES:
        return False
    answer = QMessageBox.question(
        parent,
        _tr("Open a web page?"),
        _tr("This link leaves Rewire and opens in your web browser:\n\n{0}\n\n"
            "Open it?").format(url.toDisplayString()),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer not in (QMessageBox.StandardButton.Open, QMessageBox.StandardButton.Yes):
        return False
    return bool(QDesktopServices.openUrl(url))
