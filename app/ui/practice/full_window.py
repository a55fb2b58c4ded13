"""Distraction-free full-window mode: lift a widget out of its page into its own full-screen
window, and put it back exactly where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QStackedWidget, QWidget


class FullWindow:
    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._parent: QWidget | None = None
        self._index = -1

    @property
    def active(self) -> bool:
        return self._parent is not None or (
            self.widget.isWindow() and self.widget.isFullScreen())

    def enter(self) -> None:
        if self.active:
            return
        parent = self.widget.parentWidget()
        if parent is None:
            self.widget.showFullScreen()
            return
        self._parent = parent
        if isinstance(parent, QStackedWidget):
            self._index = parent.indexOf(self.widget)
        elif (home := parent.layout()) is not None:
            self._index = home.indexOf(self.widget)
        screen = parent.window().screen()
        self.widget.setParent(None)
        self.widget.setWindowFlag(Qt.WindowType.Window, True)
        self.widget.setWindowTitle(parent.window().windowTitle())
        if screen is not None:  # also right where no window manager handles full screen
            self.widget.setGeometry(screen.geometry())
        self.widget.showFullScreen()
        self.widget.activateWindow()
        self.widget.setFocus()

    def leave(self) -> None:
        parent, index = self._parent, self._index
        if parent is None:
            if self.widget.isFullScreen():
                self.widget.showNormal()
            return
        self._parent, self._index = None, -1
        self.widget.hide()
        self.widget.setParent(parent)
        self.widget.setWindowFlag(Qt.WindowType.Window, False)
        if isinstance(parent, QStackedWidget):
            parent.insertWidget(max(index, 0), self.widget)
            parent.setCurrentWidget(self.widget)
        elif (layout := parent.layout()) is not None:
            if isinstance(layout, QBoxLayout) and index >= 0:
                layout.insertWidget(index, self.widget)
            else:
                layout.addWidget(self.widget)
        self.widget.show()
        self.widget.setFocus()
