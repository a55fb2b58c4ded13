"""Language: follow the system, or choose English or Spanish (applies at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from app.core.i18n import resolve_language

from app.services import Services

from app.ui.settings.binding import bind_combo
from app.ui.style.widgets import PlainLabel

TITLE = QCoreApplication.translate("Settings", "Language")


class LanguageSection(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self._started_with = resolve_language(services.settings.general.language)
        form = QFormLayout(self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.setAccessibleDescription(
            self.tr("The language of Rewire's words and guided practices"))
        names = {"en": "English", "es": "Español"}  # each language in its own words
        system = names[resolve_language("system")]
        bind_combo(services, "general", "language", self.combo, [
            (self.tr("Follow the system ({0})").format(system), "system"),
            *((name, code) for code, name in names.items()),
        ])
        form.addRow(self.tr("Language"), self.combo)
        self.note = PlainLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("muted", True)
        form.addRow("", self.note)
        self.combo.currentIndexChanged.connect(self._show_note)
        self._show_note()

    def _show_note(self) -> None:
        wanted = resolve_language(self.services.settings.general.language)
        if wanted != self._started_with:
            self.note.setText(self.tr("The new language is used the next time Rewire starts."))
        else:
            self.note.setText(self.tr("Guided practices are read and captioned in this "
                                      "language too."))


def create_section(services: Services) -> QWidget:
    return LanguageSection(services)
