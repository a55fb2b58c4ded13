"""At 200% text every label and button still fits its text (nothing is clipped)."""

from __future__ import annotations

import pytest
from comfort_a11y import describe, dispose
from comfort_history import practised_yesterday

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.core.resources import resource_path

from app.ui.shell.main_window import MainWindow
from app.ui.shell.navigator import PAGE_NAMES
from app.ui.style.theme import apply_theme

# Known gaps, told to their owners; each is a strict xfail that fails once fixed (then drop it).
SCALE_GAPS: dict[str, str] = {}

# Building the Settings page starts the sound service, and Qt Multimedia says once that this
# machine has no PipeWire library. That is not a problem of the page.
pytestmark = pytest.mark.qt_log_ignore(r"Couldn't load pipewire.*",
                                       r"Couldn't resolve pipewire.*", extend=True)


def clipped(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need_w, need_h = 0, widget.heightForWidth(widget.width())
            else:
                hint = widget.sizeHint()
                need_w, need_h = hint.width(), hint.height()
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            need_w, need_h = hint.width(), hint.height()
        else:
            continue
        if widget.width() < need_w - 1 or widget.height() < need_h - 1:
            out.append(f"{describe(widget)} is {widget.width()}x{widget.height()}, "
                       f"needs {need_w}x{need_h}")
    return out


@pytest.fixture
def big_window(qtbot, services, navigator, qapp):
    services.settings_store.update("general", text_scale=2.0)
    services.plans.import_file(resource_path("plans", "example-plan.json"))
    practised_yesterday(services, "box-breathing", minutes=5)
    apply_theme(qapp, "light", 2.0)
    win = MainWindow(services, navigator)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose(win)
    apply_theme(qapp, "light", 1.0)


@pytest.mark.parametrize("page", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=SCALE_GAPS[p]))
    if p in SCALE_GAPS else p for p in PAGE_NAMES])
def test_text_at_200_percent_is_not_clipped(big_window, page: str) -> None:
    big_window.show_page(page)
    for _ in range(3):
        QApplication.processEvents()
    problems = clipped(big_window)
    assert not problems, f"{page} at 200%:\n" + "\n".join(problems)


def test_home_labels_really_are_bigger_at_200_percent(big_window) -> None:
    title = big_window.page("home").title
    assert title.font().pointSizeF() >= 40


def test_about_and_crisis_dialogs_fit_at_200_percent(big_window, services) -> None:
    from app.ui.shell.dialogs import AboutDialog, CrisisDialog

    for dialog in (AboutDialog(services.clinic, big_window),
                   CrisisDialog(services.clinic, big_window)):
        dialog.show()
        QApplication.processEvents()
        problems = clipped(dialog)
        dialog.close()
        assert not problems, f"{dialog.windowTitle()} at 200%:\n" + "\n".join(problems)
