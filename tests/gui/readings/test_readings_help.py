"""Help is one step away while reading, and every number comes from the clinic's profile."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QSpinBox

from app.core.clinic import parse_clinic

from app.ui.shell.dialogs import AboutDialog, CrisisDialog, crisis_html
from app.ui.shell.main_window import MainWindow


def test_crisis_and_about_from_an_open_article(qtbot, services, navigator, monkeypatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: seen.append(type(self).__name__) or 0)
    window = MainWindow(services, navigator)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    navigator.open_article("cbt-and-the-brain")
    page = window.page("readings")
    assert window.current_page_name() == "readings"
    assert page.currentWidget() is page.reader and page.reader.browser.hasFocus()
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_F1)  # focus inside the text
    assert seen == ["CrisisDialog"]
    page.reader.back_button.click()
    page.library.about_button.click()  # the "About this practice" card
    assert seen == ["CrisisDialog", "AboutDialog"]
    page.shutdown()


def test_crisis_numbers_are_the_clinics_own(qapp) -> None:
    clinic = parse_clinic({
        "name": "Other Clinic", "city": "Elsewhere", "phone": "555-0100", "about": "Hi.",
        "crisis": [{"label": "Local crisis team", "number": "555-0199"},
                   {"label": "Emergency", "number": "112"}],
    })
    text = crisis_html(clinic)
    assert "555-0199" in text and "112" in text and "Local crisis team" in text
    assert "988" not in text  # nothing hard-coded: a clinic abroad sets its own lines


@pytest.mark.parametrize("number", ["911", "988", "805-285-8466", "988lifeline.org/chat",
                                    "988 · 1", "741741", "838255", "text HOME to 741741"])
def test_shipped_profile_lists_every_crisis_line_and_the_clinic(services, number: str) -> None:
    dialog = CrisisDialog(services.clinic)
    assert number in dialog.body.text()
    dialog.deleteLater()


def test_the_crisis_dialog_says_what_to_do_after_hours_and_never_guesses_them(
        services) -> None:
    dialog = CrisisDialog(services.clinic)
    text = dialog.body.text()
    assert "Office hours: ask your counselor, or call the office." in text
    assert "do not wait for a call back" in text
    dialog.deleteLater()


def test_sos_is_one_click_from_the_crisis_dialog(qtbot, services) -> None:
    started: list[str] = []
    dialog = CrisisDialog(services.clinic, on_sos=lambda: started.append("sos"))
    qtbot.addWidget(dialog)
    assert dialog.support_plan_button is None  # none given: crisis help only
    assert dialog.sos_button is not None
    dialog.sos_button.click()
    assert started == ["sos"] and dialog.result() == dialog.DialogCode.Accepted


def test_about_names_the_practice_and_how_to_reach_it(services) -> None:
    dialog = AboutDialog(services.clinic)
    text = dialog.body.text()
    assert "Simi Valley" in text and "805-285-8466" in text and "Meditative Minds" in text
    dialog.deleteLater()


def test_text_size_from_settings_reaches_an_open_article(qtbot, services, navigator) -> None:
    from app.ui.readings.page import create_page
    from app.ui.settings.sections.readings import create_section

    page = create_page(services, navigator)
    qtbot.addWidget(page)
    page.open_article("serotonin-and-mood")
    section = create_section(services)
    qtbot.addWidget(section)
    spin = next(w for w in section.findChildren(QSpinBox)
                if w.accessibleName() == "Reading text size")
    spin.setValue(18)
    assert services.settings.readings.text_size_pt == 18
    assert page.reader.browser.point_size() == 18
    page.reader.smaller_button.click()  # and the other way: A- moves the setting
    assert spin.value() == 17
    page.shutdown()
