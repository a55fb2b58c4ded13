"""The kiosk's fixed screens: welcome (with a calm breathing orb), "Still there?", the
maintenance screen and the staff panel. They hold nothing a visitor typed or chose.

Signals: WelcomeScreen.practice_requested(), reading_requested();
StillThere.still_here(); StaffPanel.exit_requested(), back_requested(),
counts_toggle_requested().
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from app.core.clinic import ClinicProfile
from app.core.palettes import PALETTES

from app.ui.style.widgets import PlainLabel

BREATH_S = 10.0  # one slow breath: about 4 s in and 6 s out


def palette_color(role: str) -> QColor:
    app = QApplication.instance()
    scheme = str(app.property("rewire_scheme") or "light") if app else "light"
    return QColor(PALETTES.get(scheme, PALETTES["light"])[role])


def big_button(text: str, parent: QWidget, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setProperty("kioskBig", True)
    button.setProperty("primary", primary)
    button.setMinimumHeight(72)
    button.setMinimumWidth(320)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(text)
    return button


def touch_scroll_area(parent: QWidget,
                      spacing: int) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A frameless scroll area a finger can drag, with a column of cards inside:
    (the area, its inner widget, the inner column). The caller fills the column and then
    calls ``area.setWidget(inner)``."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    inner = QWidget(scroll)
    column = QVBoxLayout(inner)
    column.setSpacing(spacing)
    return scroll, inner, column


def label(text: str, parent: QWidget, name: str, wrap: bool = True) -> QLabel:
    widget = PlainLabel(text, parent)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


class BreathingOrb(QWidget):
    """A soft circle that slowly grows and shrinks; still when motion is reduced. Its size
    comes from `monotonic` (seconds), so tests move it with a fake clock."""

    def __init__(self, reduced_motion: bool, monotonic: Callable[[], float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOrb")
        self.reduced_motion = reduced_motion
        self.setMinimumSize(QSize(180, 180))
        self._monotonic = monotonic
        self._began = monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self.update)
        self.setAccessibleName(self.tr("A slowly breathing circle"))

    def level(self) -> float:
        if self.reduced_motion:
            return 0.7
        t = (self._monotonic() - self._began) % BREATH_S
        return 0.5 - 0.5 * math.cos(2 * math.pi * t / BREATH_S)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        if not self.reduced_motion:
            self._timer.start()

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        self._timer.stop()

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side * (0.30 + 0.18 * self.level())
        center = QPointF(self.width() / 2, self.height() / 2)
        soft = palette_color("accent_soft")
        accent = palette_color("accent")
        gradient = QRadialGradient(center, radius)
        gradient.setColorAt(0.0, soft.lighter(104))
        edge = QColor(accent)
        edge.setAlpha(120)
        gradient.setColorAt(0.85, soft)
        gradient.setColorAt(1.0, edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(center, radius, radius)


def crisis_text(clinic: ClinicProfile) -> str:
    """The footer every kiosk screen shows (rich text): the first two crisis lines, the
    lifeline first, then the other lines in a few words each (chat, veterans, text)."""
    lines = list(clinic.crisis[:2])
    if len(lines) == 2:
        lines.reverse()
    text = "<br>".join(_esc(line.label) for line in lines)
    title = _esc(QApplication.translate("Kiosk", "If you are in crisis:"))
    shorts = [line.short for line in clinic.crisis[2:] if line.short]
    if shorts:
        more = _esc(QApplication.translate("Kiosk", "More help:"))
        text += f"<br>{more} " + " · ".join(_esc(short) for short in shorts)
    return f"<b>{title}</b> {text}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WelcomeScreen(QWidget):
    practice_requested = Signal()
    reading_requested = Signal()

    def __init__(self, clinic: ClinicProfile, reduced_motion: bool,
                 monotonic: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWelcome")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(120, 64, 120, 40)
        outer.setSpacing(16)
        outer.addStretch(2)
        self.clinic_name = label(clinic.name, self, "kioskClinicName")
        outer.addWidget(self.clinic_name)
        outer.addWidget(label(self.tr("Welcome. Take a few quiet minutes for yourself."),
                              self, "kioskWelcomeLine"))
        self.orb = BreathingOrb(reduced_motion, monotonic, self)
        outer.addWidget(self.orb, 3)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addStretch(1)
        self.practice_button = big_button(self.tr("Start a 3-minute practice"), self,
                                          "kioskStartPractice", primary=True)
        self.read_button = big_button(self.tr("Read"), self, "kioskRead")
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(label(self.tr("Nothing you do here is saved. The screen clears itself "
                                      "when you leave."), self, "kioskPrivacy"))
        outer.addStretch(2)
        contact = " · ".join(p for p in (clinic.name, clinic.city, clinic.phone) if p)
        self.contact = label(contact, self, "kioskContact")
        outer.addWidget(self.contact)
        self.practice_button.clicked.connect(self.practice_requested)
        self.read_button.clicked.connect(self.reading_requested)


class MaintenanceScreen(QWidget):
    def __init__(self, clinic: ClinicProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskMaintenance")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(120, 80, 120, 60)
        outer.addStretch(1)
        outer.addWidget(label(self.tr("This station is resting for a moment"), self,
                              "kioskClinicName"))
        outer.addWidget(label(self.tr("It ran into a problem and is waiting for the staff. "
                                      "Please let the front desk know."), self,
                              "kioskWelcomeLine"))
        contact = " · ".join(p for p in (clinic.name, clinic.phone) if p)
        outer.addWidget(label(contact, self, "kioskContact"))
        outer.addStretch(1)


class StillThere(QWidget):
    """The idle warning: a countdown and one big button."""

    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStillThere")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.setSpacing(24)
        outer.addStretch(1)
        outer.addWidget(label(self.tr("Still there?"), self, "kioskClinicName"))
        self.countdown = label("", self, "kioskWelcomeLine")
        outer.addWidget(self.countdown)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = big_button(self.tr("I'm still here"), self, "kioskStillHere", primary=True)
        self.button.clicked.connect(self.still_here)
        row.addWidget(self.button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def set_seconds_left(self, seconds: float) -> None:
        self.countdown.setText(
            self.tr("To keep things private, this screen clears itself in {0} s.")
            .format(max(0, math.ceil(seconds)))
        )


class StaffPanel(QWidget):
    exit_requested = Signal()
    back_requested = Signal()
    counts_toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStaff")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.setSpacing(20)
        outer.addStretch(1)
        outer.addWidget(label(self.tr("Staff"), self, "kioskClinicName"))
        self.status = label("", self, "kioskWelcomeLine")
        outer.addWidget(self.status)
        self.exit_button = big_button(self.tr("Exit Rewire"), self, "kioskStaffExit", True)
        self.back_button = big_button(self.tr("Back to the kiosk"), self, "kioskStaffBack")
        self.counts_button = big_button("", self, "kioskStaffCounts")
        self.counts_button.clicked.connect(self.counts_toggle_requested)
        for button in (self.exit_button, self.back_button, self.counts_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # staff may use a keyboard
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            outer.addLayout(row)
            if button is self.exit_button:
                button.clicked.connect(self._on_exit_clicked)
            elif button is self.back_button:
                button.clicked.connect(self._on_back_clicked)
        outer.addStretch(1)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.exit_button.setFocus()

    @Slot()
    def _on_exit_clicked(self) -> None:
        self.exit_requested.emit()

    @Slot()
    def _on_back_clicked(self) -> None:
        self.back_requested.emit()
