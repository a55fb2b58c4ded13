"""Counselor: my next sessions, check-ins, the summary I bring, and my support plan.

Renders services.counselor (app/storage/counselor_service.py); refreshed when shown and when
the log changes. Never registered in kiosk mode.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.instruments import instrument

from app.services import Services

from app.ui.counselor.actions import (
    appointment_text,
    language,
    next_session_text,
    open_checkin,
    open_support_plan,
)
from app.ui.home.cards import Columns, card_layout
from app.ui.home.data import practice_title
from app.ui.shell.navigator import Navigator
from app.ui.style.widgets import PlainLabel, ScrollPage, card, muted_label

MAX_NOTES = 30


class FittingColumns(Columns):
    """Columns that decide by the room the page really has (its viewport), not by their own
    width, which wide controls inflate at 200 % text."""

    def __init__(self, parent: QWidget, page: ScrollPage, column_chars: int = 44) -> None:
        super().__init__(parent, column_chars)
        self._page = page

    def resizeEvent(self, event: QResizeEvent) -> None:
        room = self._page.viewport().width() - 2 * 32
        need = self.fontMetrics().averageCharWidth() * self._chars * max(1, self.box.count())
        direction = (QBoxLayout.Direction.LeftToRight if room >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        QWidget.resizeEvent(self, event)


class CounselorPage(ScrollPage):
    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__(self.tr("My counselor"),
                         self.tr("Everything here stays on this computer until you print or "
                                 "save it."))
        self.services = services
        self.navigator = navigator
        self.counselor = services.counselor
        self._note_boxes: list[QCheckBox] = []
        self._note_rows: list[QWidget] = []
        inner = self.widget()
        assert inner is not None  # ScrollPage set it
        top = FittingColumns(inner, self)
        top.box.addWidget(self._build_sessions(top), 1)
        top.box.addWidget(self._build_checkins(top), 1)
        self.body.addWidget(top)
        bottom = FittingColumns(inner, self)
        bottom.box.addWidget(self._build_summary(bottom), 2)
        bottom.box.addWidget(self._build_support(bottom), 1)
        self.body.addWidget(bottom)
        self.body.addStretch(1)
        self.counselor.log.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _unsubscribe(self) -> None:
        self.counselor.log.unsubscribe(self.refresh)

    # -- building ---------------------------------------------------------------------------
    def _build_sessions(self, parent: QWidget) -> QWidget:
        frame = card(parent)
        layout = card_layout(frame, self.tr("My sessions"))
        self.next_label = PlainLabel("", frame)
        self.next_label.setWordWrap(True)
        self.next_label.setObjectName("nextSession")
        layout.addWidget(self.next_label)
        self.appointment_rows = QVBoxLayout()
        layout.addLayout(self.appointment_rows)
        layout.addWidget(muted_label(self.tr("Add the date and time of a session:"), frame))
        row = QHBoxLayout()
        self.date_edit = QDateEdit(frame)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Session date"))
        self.date_edit.setAccessibleDescription(self.tr("The day of your next session"))
        self.time_edit = QTimeEdit(QTime(16, 0), frame)
        self.time_edit.setAccessibleName(self.tr("Session time"))
        self.time_edit.setAccessibleDescription(self.tr("The time it starts, at the clinic"))
        self.add_button = QPushButton(self.tr("Add session"), frame)
        self.add_button.setAccessibleDescription(self.tr("Add this session to your list"))
        self.add_button.clicked.connect(self._on_add_clicked)
        row.addWidget(self.date_edit)
        row.addWidget(self.time_edit)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.appointment_status = muted_label("", frame)
        layout.addWidget(self.appointment_status)
        layout.addStretch(1)
        return frame

    def _build_checkins(self, parent: QWidget) -> QWidget:
        frame = card(parent)
        layout = card_layout(frame, self.tr("Check-ins"))
        self.due_label = muted_label("", frame)
        layout.addWidget(self.due_label)
        self.phq9_button = QPushButton(self.tr("Mood (PHQ-9)"), frame)
        self.phq9_button.clicked.connect(lambda: self._take("phq9"))
        self.gad7_button = QPushButton(self.tr("Worry and anxiety (GAD-7)"), frame)
        self.gad7_button.clicked.connect(lambda: self._take("gad7"))
        self.phq9_button.setAccessibleName(self.tr("Take the mood check-in (PHQ-9)"))
        self.gad7_button.setAccessibleName(
            self.tr("Take the worry and anxiety check-in (GAD-7)"))
        for b in (self.phq9_button, self.gad7_button):
            b.setAccessibleDescription(self.tr("About two minutes; your answers stay here"))
        layout.addWidget(self.phq9_button)
        layout.addWidget(self.gad7_button)
        self.history = muted_label("", frame)
        self.history.setObjectName("checkinHistory")
        layout.addWidget(self.history)
        layout.addStretch(1)
        return frame

    def _build_summary(self, parent: QWidget) -> QWidget:
        frame = card(parent)
        layout = card_layout(frame, self.tr("Summary for my next session"))
        layout.addWidget(muted_label(self.tr(
            "A page to bring to your counselor: your practice, your homework, your check-ins "
            "and the notes you choose to share."), frame))
        self.period = QComboBox(frame)
        self.period.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period.setMinimumContentsLength(12)  # long choices must not widen the page
        self.period.setAccessibleName(self.tr("Period of the summary"))
        self.period.setAccessibleDescription(self.tr("Which days the summary covers"))
        self.period.addItem(self.tr("Since my last session (or the last 2 weeks)"), None)
        for weeks in range(1, 13):
            label = (self.tr("The last week") if weeks == 1 else
                     self.tr("The last {0} weeks").format(weeks))
            self.period.addItem(label, weeks)
        self.period.currentIndexChanged.connect(lambda _i: self._fill_notes())
        layout.addWidget(self.period)
        notes_heading = PlainLabel(self.tr("Notes I share with my counselor (none unless you "
                                       "tick them):"), frame)
        notes_heading.setWordWrap(True)
        layout.addWidget(notes_heading)
        self.notes_box = QVBoxLayout()
        layout.addLayout(self.notes_box)
        self.no_notes = muted_label(self.tr("No notes in this period."), frame)
        layout.addWidget(self.no_notes)
        talk = PlainLabel(self.tr("What I want to talk about"), frame)
        talk.setWordWrap(True)
        layout.addWidget(talk)
        self.talk_edit = QPlainTextEdit(frame)
        self.talk_edit.setTabChangesFocus(True)
        self.talk_edit.setAccessibleName(self.tr("What I want to talk about"))
        self.talk_edit.setAccessibleDescription(self.tr("A few words for the summary, kept "
                                                        "on this computer"))
        self.talk_edit.setMinimumHeight(self.talk_edit.fontMetrics().lineSpacing() * 4 + 16)
        talk.setBuddy(self.talk_edit)
        layout.addWidget(self.talk_edit)
        self.preview_button = QPushButton(self.tr("Preview the summary…"), frame)
        self.preview_button.setProperty("primary", True)
        self.preview_button.setAccessibleDescription(
            self.tr("See the summary, then print it or save it as a PDF"))
        self.preview_button.clicked.connect(self._on_preview_clicked)
        layout.addWidget(self.preview_button)
        return frame

    def _build_support(self, parent: QWidget) -> QWidget:
        frame = card(parent)
        layout = card_layout(frame, self.tr("My support plan"))
        layout.addWidget(muted_label(self.tr(
            "Your warning signs, what helps, and who you can call when things get hard. It is "
            "also one click away in “If you are in crisis” (F1)."), frame))
        self.support_button = QPushButton(self.tr("Open my support plan"), frame)
        self.support_button.setAccessibleDescription(
            self.tr("Your warning signs, what helps and who you can call"))
        self.support_button.clicked.connect(
            lambda: open_support_plan(self.services, self.window()))
        layout.addWidget(self.support_button)
        layout.addStretch(1)
        return frame

    # -- rendering --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        if not self.talk_edit.toPlainText():
            self.talk_edit.setPlainText(self.counselor.talk_about())

    def refresh(self) -> None:
        today = today_here(self.services)
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        shown = self.counselor.next_session()
        self.next_label.setText(next_session_text(shown) if shown else
                                self.tr("No session is set yet."))
        while self.appointment_rows.count():
            item = self.appointment_rows.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for appt in self.counselor.appointments()[:6]:
            row = QWidget(self.widget())
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = PlainLabel(appointment_text(appt), row)
            text.setWordWrap(True)
            remove = QPushButton(self.tr("Remove"), row)
            remove.setAccessibleName(self.tr("Remove the session of {0}").format(
                appointment_text(appt)))
            remove.setAccessibleDescription(self.tr("Take it off your list"))
            remove.clicked.connect(lambda _c=False, i=appt.id: self._remove(i))
            line.addWidget(text, 1)
            line.addWidget(remove)
            self.appointment_rows.addWidget(row)
        due = self.counselor.due()
        self.due_label.setText(
            self.tr("Your counselor asked for: {0}").format(
                ", ".join(instrument(d.instrument).short_name for d in due)) if due else
            self.tr("Take one when your counselor asks, or whenever you like."))
        recent = self.counselor.checkins()[-6:]
        self.history.setText("\n".join(
            self.tr("{0} · {1}: {2} of {3}").format(
                appointment_text_date(c.local_day), instrument(c.instrument).short_name,
                c.score, instrument(c.instrument).max_score) for c in reversed(recent)))
        self._fill_notes()

    def _period(self) -> tuple[date, date]:
        from app.core.appointments import last_appointment
        from app.core.summary import default_period

        today = today_here(self.services)
        weeks = self.period.currentData()
        past = last_appointment(self.counselor.log.appointments(), self.services.clock.now())
        return default_period(today, past.local_date if past else None, weeks)

    def _fill_notes(self) -> None:
        for row in self._note_rows:
            row.deleteLater()
        self._note_boxes, self._note_rows = [], []
        first, last = self._period()
        dsh = self.services.settings.journal.day_start_hour
        rows = [r for r in self.counselor.log.sessions_between(first.toordinal(),
                                                                last.toordinal(), dsh)
                if r.note.strip()][-MAX_NOTES:]
        for r in rows:
            text = " ".join(r.note.split())
            title = practice_title(self.services, r.practice_id) or r.title
            row = QWidget(self.widget())
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox(appointment_text_date(r.local_day), row)
            note = PlainLabel(f"{title}: {text[:300]}", row)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)  # a long note wraps instead of widening the page
            box.setChecked(r.note_shared)
            box.setAccessibleName(note.text())
            box.setAccessibleDescription(self.tr("Ticked: this note is in the summary"))
            box.toggled.connect(lambda on, sid=r.id: self.counselor.log.set_note_shared(sid, on))
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(note, 1)
            self.notes_box.addWidget(row)
            self._note_boxes.append(box)
            self._note_rows.append(row)
        self.no_notes.setVisible(not rows)

    # -- actions ----------------------------------------------------------------------------
    def _take(self, ident: str) -> None:
        due = next((d for d in self.counselor.due() if d.instrument == ident), None)
        open_checkin(self.services, self.window(), ident, due)
        self.refresh()

    @Slot()
    def _on_add_clicked(self) -> None:
        d, t = self.date_edit.date(), self.time_edit.time()
        try:
            self.counselor.add_appointment(date(d.year(), d.month(), d.day()),
                                           time(t.hour(), t.minute()))
        except ValueError as exc:
            reason = (self.tr("That time has already passed.") if "past" in str(exc) else
                      self.tr("Please choose a date within the next year."))
            self.appointment_status.setText(reason)
            return
        except OSError:
            self.appointment_status.setText(self.tr("The session could not be saved."))
            return
        self.appointment_status.setText("")
        self.refresh()

    def _remove(self, appointment_id: int) -> None:
        self.counselor.remove_appointment(appointment_id)
        self.refresh()

    def summary_document(self) -> tuple[str, str]:
        """(HTML, file name) of the summary for the chosen period."""
        from app.ui.counselor.summary_source import language_and_titles, summary_for

        self.counselor.save_talk_about(self.talk_edit.toPlainText())
        first, last = self._period()
        lang = language(self.services)
        summary, writer = summary_for(
            self.counselor.log, self.services.paths, self.services.settings,
            self.services.clinic, lang, language_and_titles(lang), first=first, last=last,
            talk_about=self.talk_edit.toPlainText(), plan=self.counselor.plan)
        name = self.tr("practice-summary-{0}.pdf").format(last.isoformat())
        return writer.document(summary), name

    @Slot()
    def _on_preview_clicked(self) -> None:
        from app.ui.counselor.preview import SummaryPreview

        document, name = self.summary_document()
        SummaryPreview(document, self.tr("My practice summary"), name, self.window()).exec()

    def shutdown(self) -> None:
        text = self.talk_edit.toPlainText()
        if text != self.counselor.talk_about():
            self.counselor.save_talk_about(text)
        self._unsubscribe()


def today_here(services: Services) -> date:
    from app.core.appointments import today_in

    return today_in(services.clock.now(), services.clock.local_zone())


def appointment_text_date(day: int) -> str:
    from PySide6.QtCore import QCoreApplication, QLocale

    d = date.fromordinal(day)
    return QLocale().toString(QDate(d.year, d.month, d.day),
                              QCoreApplication.translate("Counselor", "MMM d"))


def create_page(services: Services, navigator: Navigator) -> QWidget:
    return CounselorPage(services, navigator)
