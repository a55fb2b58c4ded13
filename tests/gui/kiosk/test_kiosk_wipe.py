"""K9: a visitor selects text (the X11 PRIMARY selection), copies it, searches; after the
idle reset no selection, clipboard or cache holds any of it."""

from __future__ import annotations

from kiosk_helpers import flush_deletes

from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from app.core import article_search

from app.ui.kiosk import wipe


class FakeClipboard:
    """Stands in for the platform clipboard where offscreen Qt has no PRIMARY selection."""

    def __init__(self) -> None:
        self.texts = {QClipboard.Mode.Clipboard: "copied by the visitor",
                      QClipboard.Mode.Selection: "selected by the visitor",
                      QClipboard.Mode.FindBuffer: "found by the visitor"}

    def supportsSelection(self) -> bool:
        return True

    def supportsFindBuffer(self) -> bool:
        return True

    def clear(self, mode: QClipboard.Mode) -> None:
        self.texts[mode] = ""


def test_every_selection_and_the_search_cache_are_emptied(qtbot, kiosk, monkeypatch) -> None:
    fake = FakeClipboard()
    monkeypatch.setattr(wipe.QApplication, "clipboard", staticmethod(lambda: fake))
    article_search._term_pattern("grief")  # what a visitor's search leaves in the cache
    assert article_search._term_pattern.cache_info().currsize > 0
    kiosk.reset()
    flush_deletes()
    assert set(fake.texts.values()) == {""}
    assert article_search._term_pattern.cache_info().currsize == 0


def test_the_real_clipboard_is_empty_after_a_reset(qtbot, kiosk) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText("my private note")
    if clipboard.supportsSelection():
        clipboard.setText("my selected words", QClipboard.Mode.Selection)
    kiosk.reset()
    assert clipboard.text() == ""
    if clipboard.supportsSelection():
        assert clipboard.text(QClipboard.Mode.Selection) == ""
