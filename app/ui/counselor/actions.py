"""Open the counselor dialogs from anywhere (the page, Home, the shell, the crisis dialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.appointments import Appointment, NextSession
from app.core.checkin_schedule import Due
from app.core.i18n import resolve_language

from app.services import Services


def roomy(*buttons: QPushButton) -> None:
    """Room for a button's text inside the focus and default borders of the style."""
    for b in buttons:
        b.setMinimumWidth(b.sizeHint().width() + b.fontMetrics().averageCharWidth() * 4)


def language(services: Services) -> str:
    return resolve_language(services.settings.general.language)


def open_support_plan(services: Services, parent: QWidget | None) -> None:
    """The support plan dialog (nothing in kiosk mode)."""
    if services.kiosk:
        return
    from app.ui.counselor.support_plan_dialog import SupportPlanDialog

    dialog = SupportPlanDialog(services.counselor, parent)
    dialog.exec()


def open_checkin(services: Services, parent: QWidget | None, ident: str,
                 due: Due | None = None) -> object:
    """Run a check-in; the saved row, or None (skipped, closed, or kiosk mode)."""
    if services.kiosk:
        return None
    from app.ui.counselor.checkin import CheckinDialog

    clinic = services.clinic.in_language(language(services))
    dialog = CheckinDialog(ident, services.counselor, clinic, language(services), due, parent)
    dialog.support_plan_requested.connect(lambda: open_support_plan(services, dialog))
    dialog.exec()
    return dialog.saved


def clock_time(minute: int) -> str:
    """A wall-clock time the way people in the US say it in the interface language
    ("4:00 PM", "4:00 p. m."): the clinic is in the US, whatever the machine's locale."""
    spanish = QLocale().language() == QLocale.Language.Spanish
    us = QLocale(QLocale.Language.Spanish if spanish else QLocale.Language.English,
                 QLocale.Country.UnitedStates)
    return us.toString(QTime(minute // 60, minute % 60), QLocale.FormatType.ShortFormat)


def appointment_text(appt: Appointment) -> str:
    """"Thursday, December 3 at 4:00 PM" in the interface language (the clinic's time)."""
    day = appt.local_date
    qdate = QDate(day.year, day.month, day.day)
    at = clock_time(appt.local_minute)
    pattern = QCoreApplication.translate("Counselor", "dddd, MMMM d")
    return QCoreApplication.translate("Counselor", "{0} at {1}").format(
        QLocale().toString(qdate, pattern), at)


def next_session_text(shown: NextSession, today: date | None = None) -> str:
    """"Next session: Thursday" (today, tomorrow, a weekday, or a date further away)."""
    appt = shown.appointment
    at = clock_time(appt.local_minute)
    day = appt.local_date
    qdate = QDate(day.year, day.month, day.day)
    if shown.when == "today":
        return QCoreApplication.translate("Counselor", "Next session: today at {0}").format(at)
    if shown.when == "tomorrow":
        return QCoreApplication.translate("Counselor",
                                          "Next session: tomorrow at {0}").format(at)
    if shown.when == "weekday":
        return QCoreApplication.translate("Counselor", "Next session: {0} at {1}").format(
            QLocale().toString(qdate, "dddd"), at)
    return QCoreApplication.translate("Counselor", "Next session: {0}").format(
        appointment_text(appt))
