"""A Spanish interface shows the Spanish twin of a reading where one exists: Spanish title and
text in the library and the reader, Spanish search, and no "in English" note; a reading with
no twin yet says honestly that it is in English, in the library, the reader and on Home."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core.articles import load_catalog
from app.core.resources import resource_path

from app.services import Services

from app.ui.readings.page import ReadingsPage
from app.ui.shell.i18n import install_translators, remove_translators

TWIN = "breathing-and-the-body"
UNTRANSLATED = "cbt-and-the-brain"  # its twin is taken away in a copy of the readings


def spanish(services: Services, tmp_path: Path) -> None:
    """Choose Spanish before the catalog is first read (as at a start in Spanish), with the
    shipped readings less one twin: every shipped reading has one, so the "in English" note
    is checked on a copy where UNTRANSLATED has none."""
    services.settings_store.update("general", language="es")
    folder = tmp_path / "articles"
    shutil.copytree(resource_path("articles"), folder)
    (folder / "es" / f"{UNTRANSLATED}.md").unlink()
    services.__dict__["articles"] = load_catalog(folder, language="es")  # the cached service


def card(page: ReadingsPage, article_id: str):
    return next(c for c in page.library.cards if c.article_id == article_id)


def test_spanish_library_and_reader_show_the_twin(qapp, qtbot, services, navigator,
                                                  tmp_path) -> None:
    spanish(services, tmp_path)
    install_translators(qapp, "es")
    try:
        page = ReadingsPage(services, navigator)
        qtbot.addWidget(page)
        twin_card, english_card = card(page, TWIN), card(page, UNTRANSLATED)
        assert twin_card.title.text().startswith("La respiración y el cuerpo")
        assert "En inglés" not in twin_card.meta.text()
        assert "Respiración" in twin_card.meta.text()  # topics in Spanish
        assert english_card.title.text() == "CBT and the Brain"
        assert "En inglés" in english_card.meta.text()  # honest about the missing twin

        qtbot.keyClicks(page.library.search, "mareo")
        assert [c.article_id for c in page.library.cards] == [TWIN]

        page.open_article(TWIN)
        QApplication.processEvents()
        text = page.reader.browser.document().toPlainText()
        assert "Cuando respirar te hace sentir peor" in text
        assert "When breathing makes you feel worse" not in text
        assert "Pruébalo" in text  # the twin's own section
        # the reader's footer headings, in Spanish (they were once blank: translated inside
        # f-strings, lupdate never saw them)
        assert "Prueba esta práctica\n" in text and "Sigue leyendo\n" in text, text[-900:]
        assert "Try this practice" not in text and "Keep reading" not in text
        assert "inglés" not in page.reader.status.text()
        page.open_article(UNTRANSLATED)
        assert "Esta lectura está en inglés." in page.reader.status.text()
    finally:
        remove_translators(qapp)


def test_home_says_in_english_only_for_a_reading_without_a_twin(qapp, qtbot, services,
                                                                 navigator, tmp_path) -> None:
    from app.core.reading_progress import ReadingProgress

    from app.ui.home.page import HomePage

    spanish(services, tmp_path)
    progress = ReadingProgress.in_folder(services.paths.data)
    progress.set_position(TWIN, 0.3)  # Home suggests the reading the person started
    install_translators(qapp, "es")
    try:
        home = HomePage(services, navigator)
        qtbot.addWidget(home)
        home.refresh()
        assert home.model.reading == TWIN
        assert home.reading_title.text().startswith("La respiración y el cuerpo")
        assert "inglés" not in home.reading_text.text()
        progress.set_read(TWIN)
        progress.set_position(UNTRANSLATED, 0.3)
        home.refresh()
        assert home.model.reading == UNTRANSLATED
        assert "(Esta lectura está en inglés)." in home.reading_text.text()
    finally:
        remove_translators(qapp)
