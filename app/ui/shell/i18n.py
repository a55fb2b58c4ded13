"""Install the interface translation before any window is built.

English is the source language (no translator needed). For Spanish, Rewire's own
resources/translations/rewire_es.qm and Qt's qtbase_es.qm (standard buttons and dialogs) are
installed, and the default QLocale is set so dates and numbers read naturally.
The strings are extracted and compiled by tools/update_translations.py.

Why a QTranslator subclass: at run time `self.tr()` looks a string up under the context of the
object's *actual* class (a subclass, or QWidget for `widget.tr` in a plain function), while
lupdate files it under the class that wrote the call (or no context at all). RewireTranslator
looks in the right context first and then falls back to the same English text in any context,
so every string lupdate found is found again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.core.i18n import SOURCE, resolve_language
from app.core.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []

# Strings that app/ui/shell/dialogs.py translates inside f-strings, where lupdate cannot see them.
# Listed here so they reach the .ts files; remove once they are translated outside f-strings.
DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("Dialogs", "Version"),
    QT_TRANSLATE_NOOP("Dialogs", "Given to you by"),
    QT_TRANSLATE_NOOP("Dialogs", "If you are in crisis"),
    QT_TRANSLATE_NOOP("Dialogs", "You do not have to go through this alone. Please reach out now:"),
    QT_TRANSLATE_NOOP("Dialogs", "Rewire is a practice companion, not an emergency service."),
    QT_TRANSLATE_NOOP("Dialogs", "Open my support plan"),
    QT_TRANSLATE_NOOP("Dialogs", "Your warning signs, what helps and who you can call"),
)


def finished_translations(ts: Path) -> dict[str, str]:
    """{English source: translation} for every finished, non-plural message in a .ts file."""
    import xml.etree.ElementTree as ET  # only for a language other than English

    out: dict[str, str] = {}
    try:
        root = ET.parse(ts).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("translation source %s unreadable: %s", ts, exc)
        return out
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or not source or translation.get("type") is not None:
            continue
        if message.get("numerus") == "yes" or not (translation.text or "").strip():
            continue
        out.setdefault(source, translation.text or "")
    return out


class RewireTranslator(QTranslator):
    """A .qm translator that also finds a string filed under another context."""

    def __init__(self, by_source: dict[str, str], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.by_source = by_source

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        # None, not "": Qt takes an empty string as the translation and shows a blank label;
        # None lets it fall back to the English source text.
        return self.by_source.get(source)

    def isEmpty(self) -> bool:
        return super().isEmpty() and not self.by_source


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
    folder = resource_path("translations")
    own = RewireTranslator(finished_translations(folder / f"rewire_{language}.ts"), app)
    loaded = own.load(f"rewire_{language}", str(folder))
    if loaded or own.by_source:
        app.installTranslator(own)
        _installed.append(own)
        log.info("interface language: %s (%d strings)", language, len(own.by_source))
    else:
        log.warning("no interface translation for %s; using English", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
