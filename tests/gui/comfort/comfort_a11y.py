"""Helpers for the accessibility walks: which widgets are controls, what a person reaches."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider,
            QAbstractItemView, QTabBar, QTextEdit, QPlainTextEdit)


def is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(widget.window()):
        return False
    if not widget.isVisible() or not widget.isEnabled():
        return False
    if isinstance(widget, QAbstractSlider) and widget.parent() is not None and (
            type(widget).__name__ == "QScrollBar"):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if is_control(w)]
    # A spin box's inner line edit is part of the spin box, not a control of its own.
    return [w for w in found if not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(kind).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or shown!s:.40})"


def window_pos(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def dispose(widget: QWidget) -> None:
    """Close and really delete a window now (a deleteLater() left to a later event loop keeps
    every page alive and makes each app-wide style sheet change slower)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    if not shiboken6.isValid(widget):
        return
    for _ in range(2):  # let zero-time timers aimed at the window (first frame...) run first
        QApplication.processEvents()
    if hasattr(widget, "hide_on_close"):
        widget.hide_on_close = False
    widget.close()
    for child in widget.findChildren(QWidget):
        if hasattr(child, "shutdown"):
            child.shutdown()
    shiboken6.delete(widget)
    QApplication.processEvents()
