"""Asking an X11 window manager (EWMH) to give the kiosk window back, through libX11.

Qt can raise and activate its own window, but under a real window manager that is not
enough: openbox's Ctrl+Alt+Right moves the screen to another desktop (the kiosk is simply
not there), and a window manager may treat an application's activation request as focus
stealing and only flash the window. The EWMH messages below are what pagers and taskbars
send, which window managers obey:

- ``_NET_WM_DESKTOP = 0xFFFFFFFF``: the window is on every desktop (sticky);
- ``_NET_CURRENT_DESKTOP``: switch back to the kiosk's desktop;
- ``_NET_ACTIVE_WINDOW`` with source 2 ("pager"): un-minimise, raise and focus it.

libX11 is loaded with ctypes (Qt's xcb platform already needs it; no new dependency).
Everything here is best effort: without X11 (Wayland, Windows, offscreen) ``X11.open()``
returns None and the caller relies on Qt alone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

ALL_DESKTOPS = 0xFFFFFFFF
_CLIENT_MESSAGE = 33
_SUBSTRUCTURE = (1 << 19) | (1 << 20)  # SubstructureNotify | SubstructureRedirect
_XA_CARDINAL = 6


class _Data(ctypes.Union):
    _fields_ = [("l", ctypes.c_long * 5)]


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", _Data)]


class _Event(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_handler_ref: list[object] = []


def _ignore_errors(lib: Any) -> None:
    """Xlib's default error handler ends the process (a window gone between two requests
    is a BadWindow): log and go on instead. Qt's own connection is XCB and unaffected."""
    if _handler_ref:
        return

    def handler(_display: int, _event: int) -> int:
        log.debug("kiosk: an X request about the window failed (ignored)")
        return 0

    callback = _ERROR_HANDLER(handler)
    _handler_ref.append(callback)  # kept alive for the life of the process
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    lib.XSetErrorHandler(callback)


class X11:
    """One connection to the X server for EWMH requests about one window."""

    def __init__(self, lib: Any, display: int) -> None:
        self._x = lib
        self._display = display
        self._root = lib.XDefaultRootWindow(display)

    @classmethod
    def open(cls) -> X11 | None:
        if not os.environ.get("DISPLAY"):
            return None
        name = ctypes.util.find_library("X11")
        if not name:
            return None
        try:
            lib = ctypes.CDLL(name)
            lib.XOpenDisplay.restype = ctypes.c_void_p
            lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
            lib.XDefaultRootWindow.restype = ctypes.c_ulong
            lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
            lib.XInternAtom.restype = ctypes.c_ulong
            lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
            lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int,
                                       ctypes.c_long, ctypes.c_void_p]
            lib.XFlush.argtypes = [ctypes.c_void_p]
            lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
            lib.XFree.argtypes = [ctypes.c_void_p]
            lib.XGetWindowProperty.argtypes = [
                ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
                ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
                ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
            _ignore_errors(lib)
            display = lib.XOpenDisplay(None)
        except (OSError, AttributeError) as exc:
            log.info("kiosk: libX11 not usable (%s); relying on Qt alone", exc)
            return None
        if not display:
            return None
        return cls(lib, display)

    def close(self) -> None:
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = 0

    def _atom(self, name: str) -> int:
        return int(self._x.XInternAtom(self._display, name.encode(), 0))

    def _send(self, window: int, message: str, *values: int) -> None:
        event = _Event()
        event.xclient.type = _CLIENT_MESSAGE
        event.xclient.send_event = 1
        event.xclient.display = self._display
        event.xclient.window = window
        event.xclient.message_type = self._atom(message)
        event.xclient.format = 32
        for i, value in enumerate(values[:5]):
            event.xclient.data.l[i] = ctypes.c_long(value if value < 2**63 else value - 2**64)
        self._x.XSendEvent(self._display, self._root, 0, _SUBSTRUCTURE, ctypes.byref(event))
        self._x.XFlush(self._display)

    def _cardinal(self, window: int, name: str) -> int | None:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, rest, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._display, window, self._atom(name), 0, 1, 0, _XA_CARDINAL,
            ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(rest),
            ctypes.byref(data))
        try:
            if status != 0 or not data.value or count.value < 1 or fmt.value != 32:
                return None
            # Xlib hands 32-bit items over in C longs, sign-extended: mask them back.
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0]) & 0xFFFFFFFF
        finally:
            if data.value:
                self._x.XFree(data)

    # -- what the kiosk asks -----------------------------------------------------------
    def current_desktop(self) -> int | None:
        return self._cardinal(self._root, "_NET_CURRENT_DESKTOP")

    def desktop_of(self, window: int) -> int | None:
        return self._cardinal(window, "_NET_WM_DESKTOP")

    def stick(self, window: int) -> None:
        """Put ``window`` on every desktop, so a desktop switch cannot leave it behind."""
        self._send(window, "_NET_WM_DESKTOP", ALL_DESKTOPS, 2)

    def show_desktop(self, desktop: int) -> None:
        self._send(self._root, "_NET_CURRENT_DESKTOP", desktop, 0)

    def activate(self, window: int) -> None:
        """Un-minimise, raise and focus ``window`` as a pager would (source 2)."""
        self._send(window, "_NET_ACTIVE_WINDOW", 2, 0, 0)
