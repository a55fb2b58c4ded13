"""What the idle reset wipes besides the visitor's screens: every place Qt or Rewire keeps
a copy of what the last visitor selected, copied or searched for (K9).

- the clipboard, the X11 PRIMARY selection (filled by merely selecting text, and pasted
  by a middle click) and macOS's find buffer: each mode the platform has is emptied;
- the search caches of app.core.article_search, keyed by the visitor's search terms.

The visitor's widgets themselves (search box, reading position, mood answers) are deleted
by the reset and rebuilt empty.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def wipe_visitor_traces() -> list[QClipboard.Mode]:
    """Empty every clipboard mode this platform has and the search caches; the modes."""
    from app.core.article_search import forget_queries

    forget_queries()
    clipboard = QApplication.clipboard()
    cleared = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        cleared.append(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        cleared.append(QClipboard.Mode.FindBuffer)
    for mode in cleared:
        clipboard.clear(mode)
    return cleared
