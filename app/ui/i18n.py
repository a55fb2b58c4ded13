"""Install the interface translation before any window is built.

English is the source language (no translator needed). For Spanish, Rewire's own
resources/translations/rewire_es.qm and Qt's qtbase_es.qm (standard buttons and dialogs) are
installed, and the default QLocale is set so dates and numbers read naturally.
The strings are extracted and compiled by tools/update_translations.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.i18n import SOURCE, resolve_language
from app.core.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())


def install_translators(app: QCoreApplication, choice: str) -> str:
    """Install translators for the chosen language ('system', 'en' or 'es'); return it."""
    remove_translators(app)
    language = resolve_language(choice)
    system = QLocale.system()
    locale = system if system.name().split("_")[0] == language else QLocale(language)
    QLocale.setDefault(locale)
    if language == SOURCE:
        return language
    own = QTranslator(app)
    if own.load(f"rewire_{language}", str(resource_path("translations"))):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no interface translation for %s; using English", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
