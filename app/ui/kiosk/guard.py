"""The kiosk's input guard: one application-wide event filter, plus guards on the ways out.

- Keys: Escape, F1-F35, anything with Ctrl, Alt or Meta (Alt+F4, Ctrl+Q, Ctrl+W...), the Menu
  key, Close and Quit are swallowed, both as shortcuts and as key presses.
- Right-clicks and context menus are swallowed; any menu, dialog or file dialog that still opens
  is closed at once (kiosk screens use none).
- Drags cannot start (the start distance is set out of reach) and drops are refused.
- URLs never reach the operating system: QDesktopServices.openUrl is replaced and a handler is
  registered for every common scheme, which also catches links opened from Qt's C++ side
  (QLabel/QTextBrowser with external links).
- Every input is reported to `input_seen` so the idle policy can count from it.

Signals: input_seen(), pressed(float global_x, float global_y) once per left press or touch,
url_blocked(str), blocked(str what).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QWidget

log = logging.getLogger(__name__)

URL_SCHEMES = ("http", "https", "file", "mailto", "ftp", "tel", "sms", "data", "smb", "sftp",
               "ssh", "news", "irc", "javascript", "about", "rewire", "qrc")

_INPUT = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel, QEvent.Type.KeyPress,
    QEvent.Type.TabletPress,
}
_DRAG = {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop}
_BLOCKED_KEYS = {
    Qt.Key.Key_Escape, Qt.Key.Key_Menu, Qt.Key.Key_Close, Qt.Key.Key_PowerOff, Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Print,
    Qt.Key.Key_Help, Qt.Key.Key_Exit, Qt.Key.Key_Back, Qt.Key.Key_Forward,
}
_WATCHED = _INPUT | _DRAG | {
    QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.ContextMenu, QEvent.Type.MouseButtonDblClick, QEvent.Type.Show,
}
_MODS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
         | Qt.KeyboardModifier.MetaModifier)


def is_blocked_key(event: QKeyEvent) -> bool:
    key = event.key()
    if key in _BLOCKED_KEYS or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return True
    return bool(event.modifiers() & _MODS)


class InputGuard(QObject):
    input_seen = Signal()
    pressed = Signal(float, float)
    url_blocked = Signal(str)
    blocked = Signal(str)

    def __init__(self, app: QApplication, allow_window: Callable[[QWidget], bool]) -> None:
        super().__init__(app)
        self._app = app
        self._allow_window = allow_window
        self.blocked_urls: list[str] = []
        self.blocked_count = 0
        self._saved_open_url: object = None
        self._saved_drag_distance = app.startDragDistance()
        self._installed = False
        self._last_press: tuple[int, int, float, float] | None = None

    # -- install / uninstall -------------------------------------------------------------
    _active: InputGuard | None = None  # one guard per process; a new one replaces the old

    def install(self) -> None:
        if self._installed:
            return
        if InputGuard._active is not None and InputGuard._active is not self:
            InputGuard._active.uninstall()
        InputGuard._active = self
        self._installed = True
        self._app.installEventFilter(self)
        self._app.setStartDragDistance(1_000_000)
        self._saved_open_url = QDesktopServices.__dict__.get("openUrl")
        guard = self

        def open_url(url: QUrl | str) -> bool:
            guard.handle_url(QUrl(url) if isinstance(url, str) else url)
            return False

        QDesktopServices.openUrl = staticmethod(open_url)  # type: ignore[method-assign,assignment]
        for scheme in URL_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "handle_url")  # type: ignore[arg-type]
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                     "getExistingDirectory", "getOpenFileUrl", "getSaveFileUrl"):
            setattr(QFileDialog, f"_kiosk_saved_{name}", QFileDialog.__dict__.get(name))
            setattr(QFileDialog, name, staticmethod(self._no_file_dialog(name)))

    def uninstall(self) -> None:
        if not self._installed:
            return
        self._installed = False
        if InputGuard._active is self:
            InputGuard._active = None
        self._app.removeEventFilter(self)
        self._app.setStartDragDistance(self._saved_drag_distance)
        for scheme in URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        if self._saved_open_url is not None:
            QDesktopServices.openUrl = self._saved_open_url  # type: ignore[method-assign,assignment]
        else:
            del QDesktopServices.openUrl  # type: ignore[misc]
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                     "getExistingDirectory", "getOpenFileUrl", "getSaveFileUrl"):
            saved = QFileDialog.__dict__.get(f"_kiosk_saved_{name}")
            delattr(QFileDialog, f"_kiosk_saved_{name}")
            if saved is not None:
                setattr(QFileDialog, name, saved)
            else:
                delattr(QFileDialog, name)

    def _no_file_dialog(self, name: str) -> Callable[..., object]:
        def refuse(*_args: object, **_kwargs: object) -> object:
            self._note(f"file dialog ({name})")
            if name == "getOpenFileNames":
                return [], ""
            if name == "getExistingDirectory":
                return ""
            if name.endswith("Url"):
                return QUrl(), ""
            return "", ""

        return refuse

    # -- the ways out --------------------------------------------------------------------
    @Slot(QUrl)
    def handle_url(self, url: QUrl) -> None:
        text = url.toString()
        self.blocked_urls.append(text)
        log.info("kiosk: blocked a link (%s)", url.scheme() or "no scheme")
        self.url_blocked.emit(text)

    def _note(self, what: str) -> None:
        self.blocked_count += 1
        self.blocked.emit(what)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:  # paints, layouts, timers...: the fast way out
            return False
        if kind in _INPUT:
            self.input_seen.emit()
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
                self._report_press(event)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            if isinstance(event, QKeyEvent) and is_blocked_key(event):
                if kind == QEvent.Type.KeyPress:
                    self._note(f"key {event.key()}")
                event.accept()
                return True
            return False
        if kind == QEvent.Type.Shortcut:
            self._note("shortcut")
            return True
        if kind == QEvent.Type.ContextMenu:
            self._note("context menu")
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.MouseButtonRelease):
            button = (event.button() if isinstance(event, QMouseEvent)
                      else Qt.MouseButton.LeftButton)
            if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
                if kind == QEvent.Type.MouseButtonPress:
                    self._note("right or middle click")
                return True
            return False
        if kind in _DRAG:
            event.ignore()
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            return self._check_window(watched)
        return False

    def _report_press(self, event: QEvent) -> None:
        """Emit `pressed` once per physical press: an event that propagates from a child to its
        parents passes this filter several times with the same time stamp and position."""
        if isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return
            point = event.globalPosition()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition()
        else:
            return
        key = (int(event.type()), event.timestamp(), point.x(), point.y())
        if key == self._last_press:
            return
        self._last_press = key
        self.pressed.emit(point.x(), point.y())

    def _check_window(self, widget: QWidget) -> bool:
        if self._allow_window(widget):
            return False
        if isinstance(widget, QMenu | QDialog | QFileDialog):
            self._note(f"window {type(widget).__name__}")
            log.info("kiosk: closed a %s", type(widget).__name__)
            QTimer.singleShot(0, widget, lambda w=widget: _close(w))
        return False


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()
