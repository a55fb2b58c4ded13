"""Home's card about the counselor: "Next session: Thursday", from the day before "Prepare for
my session", and a check-in the plan asks for (take it, or skip it with one click).

Hidden when there is nothing to say, and always in kiosk mode.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from app.core.checkin_schedule import Due
from app.core.instruments import instrument

from app.services import Services

from app.ui.home.cards import button, card_layout
from app.ui.shell.navigator import Navigator
from app.ui.style.widgets import PlainLabel, muted_label

log = logging.getLogger(__name__)


class CounselorCard(QFrame):
    def __init__(self, services: Services, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.due: Due | None = None
        self.setProperty("card", True)
        self.setObjectName("counselorCard")
        layout = card_layout(self, self.tr("My counselor"))
        self.next_label = PlainLabel("", self)
        self.next_label.setObjectName("homeNextSession")
        self.next_label.setWordWrap(True)
        layout.addWidget(self.next_label)
        self.prepare_button = button(
            self.tr("Prepare for my session"), self.tr("Prepare for my session"),
            self.tr("Check-ins, the notes you share and a summary to bring"), self, True)
        self.prepare_button.clicked.connect(lambda: self.navigator.open_page("counselor"))
        row = QHBoxLayout()
        row.addWidget(self.prepare_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.due_label = muted_label("", self)
        layout.addWidget(self.due_label)
        due_row = QHBoxLayout()
        self.take_button = button(self.tr("Take it now"), self.tr("Take the check-in now"),
                                  self.tr("About two minutes; your answers stay here"), self)
        self.take_button.clicked.connect(self._on_take_clicked)
        self.skip_button = button(self.tr("Skip"), self.tr("Skip this check-in"),
                                  self.tr("It is not asked again until the next one is due"),
                                  self)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        due_row.addWidget(self.take_button)
        due_row.addWidget(self.skip_button)
        due_row.addStretch(1)
        layout.addLayout(due_row)
        self.hide()

    def refresh(self) -> None:
        if self.services.kiosk:
            self.hide()
            return
        try:
            counselor = self.services.counselor
            shown = counselor.next_session()
            due = counselor.due()
        except Exception:  # the card must never take Home down
            log.exception("counselor card unavailable")
            self.hide()
            return
        from app.ui.counselor.actions import next_session_text

        self.next_label.setVisible(shown is not None)
        if shown is not None:
            self.next_label.setText(next_session_text(shown))
        self.prepare_button.setVisible(shown is not None and shown.prepare)
        self.due = due[0] if due else None
        has_due = self.due is not None
        for widget in (self.due_label, self.take_button, self.skip_button):
            widget.setVisible(has_due)
        if self.due is not None:
            self.due_label.setText(self.tr("Your counselor asked for a check-in: {0}").format(
                instrument(self.due.instrument).short_name))
        self.setVisible(shown is not None or has_due)

    @Slot()
    def _on_take_clicked(self) -> None:
        if self.due is None:
            return
        from app.ui.counselor.actions import open_checkin

        open_checkin(self.services, self.window(), self.due.instrument, self.due)
        self.refresh()

    @Slot()
    def _on_skip_clicked(self) -> None:
        if self.due is not None:
            self.services.counselor.skip(self.due)
        self.refresh()
