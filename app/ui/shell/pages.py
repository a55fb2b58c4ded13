"""Every page of the main window, in sidebar order: one explicit list.

Each entry names the page, its sidebar title and the function that builds it. A page's module
is imported only when the page is first shown, so start-up imports none of them. A page is a
QWidget that follows :class:`Page`; the main window builds it through :func:`build_page`,
the one place where a page that fails to build is caught (it shows a message instead and the
rest of the app keeps working).

To add a page: write ``app/ui/<feature>/page.py`` with ``create_page(services, navigator)``,
add a builder below, its entry to ``PAGES``, its name to ``app.ui.shell.navigator.PAGE_NAMES``
and an icon ``resources/icons/nav-<name>.svg``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.services import Services

from app.ui.shell.navigator import PAGE_NAMES, Navigator


@runtime_checkable
class Page(Protocol):
    """What the shell asks of every page: end cleanly when the app closes (finish a running
    practice, save a reading position)."""

    def shutdown(self) -> None: ...


PageBuilder = Callable[[Services, Navigator], QWidget]


@dataclass(frozen=True)
class PageEntry:
    name: str
    title: str  # untranslated; translated in the "MainWindow" context
    build: PageBuilder


def _home(services: Services, navigator: Navigator) -> QWidget:
    from app.ui.home import page

    return page.create_page(services, navigator)


def _practice(services: Services, navigator: Navigator) -> QWidget:
    from app.ui.practice import page

    return page.create_page(services, navigator)


def _readings(services: Services, navigator: Navigator) -> QWidget:
    from app.ui.readings import page

    return page.create_page(services, navigator)


def _journal(services: Services, navigator: Navigator) -> QWidget:
    from app.ui.journal import page

    return page.create_page(services, navigator)


def _counselor(services: Services, navigator: Navigator) -> QWidget:
    from app.ui.counselor import page

    return page.create_page(services, navigator)


def _settings(services: Services, navigator: Navigator) -> QWidget:
    from app.ui.settings import page

    return page.create_page(services, navigator)


PAGES: tuple[PageEntry, ...] = (
    PageEntry("home", str(QT_TRANSLATE_NOOP("MainWindow", "Home")), _home),
    PageEntry("practice", str(QT_TRANSLATE_NOOP("MainWindow", "Practice")), _practice),
    PageEntry("readings", str(QT_TRANSLATE_NOOP("MainWindow", "Readings")), _readings),
    PageEntry("journal", str(QT_TRANSLATE_NOOP("MainWindow", "Journal")), _journal),
    PageEntry("counselor", str(QT_TRANSLATE_NOOP("MainWindow", "Counselor")), _counselor),
    PageEntry("settings", str(QT_TRANSLATE_NOOP("MainWindow", "Settings")), _settings),
)
assert tuple(entry.name for entry in PAGES) == PAGE_NAMES, "the navigator and registry differ"


def entry(name: str) -> PageEntry:
    for candidate in PAGES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)
