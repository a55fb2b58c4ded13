"""The staff PIN pad: big digit buttons (touch friendly), dots instead of digits, a back-off
message after wrong tries. Digits typed on a keyboard work too (0-9, Backspace, Enter).

Signals: unlocked(), cancelled().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from app.kiosk.pin import MAX_DIGITS, PinGate

from app.ui.style.widgets import PlainLabel

BUTTON_PX = 88


class PinPad(QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, gate: PinGate, clock: Callable[[], float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPinPad")
        self._gate = gate
        self._clock = clock
        self._entered = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.setSpacing(14)
        title = PlainLabel(self.tr("Staff only"), self)
        title.setObjectName("kioskPinTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        self.dots = PlainLabel("", self)
        self.dots.setObjectName("kioskPinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setAccessibleName(self.tr("PIN entered"))
        outer.addWidget(self.dots)
        self.message = PlainLabel(self.tr("Enter the staff PIN."), self)
        self.message.setObjectName("kioskPinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
        labels = {"clear": self.tr("Clear"), "ok": self.tr("OK")}
        for i, key in enumerate(keys):
            button = QPushButton(labels.get(key, key), self)
            button.setObjectName(f"kioskPin_{key}")
            button.setProperty("kioskPinKey", True)
            button.setMinimumSize(BUTTON_PX + 24, BUTTON_PX)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(labels.get(key, key))
            if key == "ok":
                button.setProperty("primary", True)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button
        outer.addLayout(grid)
        self.cancel_button = QPushButton(self.tr("Back to the welcome screen"), self)
        self.cancel_button.setObjectName("kioskPinCancel")
        self.cancel_button.setMinimumHeight(56)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        outer.addWidget(self.cancel_button)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(500)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)
        if not gate.has_pin:
            self.message.setText(self.tr("No staff PIN is set. On this computer, run "
                                         "'rewire kiosk set-pin' first."))

    def reset(self) -> None:
        self._entered = ""
        self._show_dots()
        if self._gate.has_pin and self._gate.wait_left() <= 0:
            self.message.setText(self.tr("Enter the staff PIN."))
        self.setFocus()

    def press(self, key: str) -> None:
        if key == "clear":
            self._entered = ""
        elif key == "ok":
            self._submit()
            return
        elif key.isdigit() and len(self._entered) < MAX_DIGITS:
            self._entered += key
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText(" ".join("●" for _ in self._entered) or " ")

    def _submit(self) -> None:
        entered, self._entered = self._entered, ""
        self._show_dots()
        result = self._gate.try_pin(entered)
        if result == "ok":
            self.message.setText("")
            self.unlocked.emit()
        elif result == "no-pin":
            self.message.setText(self.tr("No staff PIN is set. On this computer, run "
                                         "'rewire kiosk set-pin' first."))
        else:
            self._show_wait()
            if self._gate.wait_left() > 0:
                self._wait_timer.start()

    def _show_wait(self) -> None:
        left = self._gate.wait_left()
        if left > 0:
            self.message.setText(self.tr("That PIN is not right. Please wait {0} s before "
                                         "trying again.").format(int(left + 0.999)))
        else:
            self.message.setText(self.tr("That PIN is not right. Please try again."))

    @Slot()
    def _on_wait_timer_timeout(self) -> None:
        self._show_wait()
        if self._gate.wait_left() <= 0:
            self._wait_timer.stop()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self._entered = ""
        self._show_dots()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif event.key() == Qt.Key.Key_Backspace:
            self._entered = self._entered[:-1]
            self._show_dots()
        else:
            super().keyPressEvent(event)
