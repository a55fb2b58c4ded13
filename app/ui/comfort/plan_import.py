"""Importing a homework plan: from a file dialog on Home, or by dropping the file on the window.

A refused plan is reported through the one notice bridge (services.notify) with the file name
and the problem; the current plan stays.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.notices import Level, Notice
from app.core.plans import PlanError

from app.services import Services

log = logging.getLogger(__name__)


def plan_error_text(exc: PlanError) -> str:
    """The problem in the person's language (file name first), from the error's template."""
    try:
        text = QCoreApplication.translate("PlanError", exc.template).format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a translation with other placeholders
        return str(exc)
    return f"{exc.file}: {text}" if exc.file else text


def practice_today(services: Services) -> date:
    """Today's practice day (the day-start hour applies), from the injected clock."""
    from app.core.streaks import today_ordinal

    hour = services.settings.journal.day_start_hour
    return date.fromordinal(today_ordinal(services.clock.now(), services.clock.local_zone(),
                                          hour))


def import_plan(services: Services, path: Path) -> bool:
    """Import `path` as the current plan and tell the person what happened (a plan that
    gives "days" instead of dates starts today)."""
    store = services.plans
    try:
        plan = store.import_file(Path(path), start_on=practice_today(services))
    except PlanError as exc:
        title = QCoreApplication.translate("PlanImport", "Plan not imported")
        unchanged = QCoreApplication.translate("PlanImport", "Your current plan is unchanged.")
        services.notify(Notice(Level.WARNING, title, f"{plan_error_text(exc)}. {unchanged}",
                               Path(path)))
        return False
    title = QCoreApplication.translate("PlanImport", "Plan imported")
    text = QCoreApplication.translate("PlanImport", "“{0}” is now on Home.").format(plan.title)
    services.notify(Notice(Level.INFO, title, text, Path(path)))
    return True


def choose_and_import(services: Services, parent: QWidget | None) -> bool:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PlanImport", "Import a homework plan"), start,
        QCoreApplication.translate("PlanImport", "Rewire plans (*.json);;All files (*)"))
    if not name:
        return False
    return import_plan(services, Path(name))


def _plan_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1 or not urls[0].toLocalFile().lower().endswith(".json"):
        return None
    return Path(urls[0].toLocalFile())


class PlanDropFilter(QObject):
    """Lets the person drop a plan file (.json) anywhere on `window` to import it."""

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragEnterEvent | QDropEvent):
            if _plan_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = _plan_file(event)
            if path is not None:
                event.acceptProposedAction()
                import_plan(self.services, path)
                return True
        return super().eventFilter(watched, event)


def install_plan_drop(services: Services, window: QWidget) -> PlanDropFilter | None:
    if services.kiosk:
        return None
    existing = window.findChild(PlanDropFilter)
    return existing if existing is not None else PlanDropFilter(services, window)
