"""An unhandled exception is logged with its traceback, shown once, and the app keeps going."""

from __future__ import annotations

import logging
import sys

import pytest

from PySide6.QtWidgets import QMessageBox

from app.ui.shell.errors import ErrorReporter


def test_unhandled_exception_is_logged_and_shown_once(
    qtbot, qapp, caplog: pytest.LogCaptureFixture, _no_modal_dialogs: list[str], tmp_path
) -> None:
    reporter = ErrorReporter(str(tmp_path / "rewire.log"))
    reporter.install()
    try:
        for _ in range(3):
            try:
                raise ValueError("the kettle boiled over")
            except ValueError:
                with caplog.at_level(logging.ERROR, logger="rewire.crash"):
                    sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: len(_no_modal_dialogs) >= 1)
        qapp.processEvents()
    finally:
        reporter.uninstall()
    assert len(_no_modal_dialogs) == 1
    assert "practice log is safe" in _no_modal_dialogs[0]
    assert caplog.text.count("Traceback") == 3
    assert "the kettle boiled over" in caplog.text
    assert QMessageBox is not None
