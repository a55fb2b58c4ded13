"""Reminders ring at the right moment (fake clock), in the window when there is no tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from comfort_a11y import dispose

from PySide6.QtCore import Qt

from app.core.clock import FakeClock

from app.ui.comfort.reminders import Reminders
from app.ui.comfort.tray import Tray, install_comfort
from app.ui.home.data import build_model
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, navigator) -> Iterator[MainWindow]:
    win = MainWindow(services, navigator)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose(win)


@pytest.fixture
def comfort(window, services, navigator) -> Iterator[Reminders]:
    """The reminders of a desktop without a tray (as offscreen Qt is)."""
    services.settings_store.update("reminders", times=["09:00", "18:30"],
                                   quiet_start="22:00", quiet_end="07:00")
    installed = install_comfort(window, services, navigator, use_tray=False)
    assert installed is not None and installed.tray is None
    yield installed.reminders
    installed.shutdown()


def test_timer_aims_at_the_next_reminder_and_it_shows_in_the_window(
        qtbot, comfort, services, fake_clock: FakeClock, navigator) -> None:
    # 08:59 in Los Angeles
    fake_clock.jump_wall((datetime(2026, 3, 2, 16, 59, tzinfo=UTC) - fake_clock.now())
                         .total_seconds())
    comfort.scheduler.reschedule()
    assert comfort.scheduler.next_at == datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
    assert comfort.scheduler.timer.isActive()
    assert 59_000 <= comfort.scheduler.timer.remainingTime() <= 60_001
    fake_clock.advance(60)
    comfort.scheduler.timer.timeout.emit()  # what the QTimer does after its 60 s
    assert comfort.card.isVisible()
    assert "ready when you are" in comfort.card.text.text()
    # the next one is aimed at 18:30 the same day
    assert comfort.scheduler.next_at == datetime(2026, 3, 3, 2, 30, tzinfo=UTC)
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        qtbot.mouseClick(comfort.card.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "breathing-space-3"  # first-time suggestion
    assert not comfort.card.isVisible()


def test_changing_the_times_re_aims_the_timer(comfort, services, fake_clock) -> None:
    fake_clock.jump_wall((datetime(2026, 3, 2, 16, 0, tzinfo=UTC) - fake_clock.now())
                         .total_seconds())  # 08:00
    services.settings_store.update("reminders", times=["08:15"])
    assert comfort.scheduler.next_at == datetime(2026, 3, 2, 16, 15, tzinfo=UTC)
    services.settings_store.update("reminders", times=[])
    assert comfort.scheduler.next_at is None
    assert not comfort.scheduler.timer.isActive()


def test_waking_from_sleep_rings_a_just_missed_reminder(comfort, fake_clock) -> None:
    fake_clock.jump_wall((datetime(2026, 3, 2, 16, 50, tzinfo=UTC) - fake_clock.now())
                         .total_seconds())  # 08:50
    comfort.scheduler.check_wake()  # heartbeat notices the jump, re-aims
    comfort.card.hide()
    fake_clock.suspend(15 * 60)  # asleep until 09:05; the QTimer did not run
    comfort.scheduler.check_wake()
    assert comfort.card.isVisible()
    assert comfort.scheduler.next_at == datetime(2026, 3, 3, 2, 30, tzinfo=UTC)


def test_close_to_tray_needs_a_tray(comfort, services, window) -> None:
    services.settings_store.update("general", close_to_tray=True)
    assert window.hide_on_close is False  # no tray here: closing must really close


def test_settings_section_says_reminders_show_in_the_window(qtbot, services) -> None:
    from app.ui.settings.sections.reminders import create_section

    section = create_section(services)
    qtbot.addWidget(section)
    assert "no system tray" in section.where.text()
    assert not section.tray_box.isEnabled()
    section.new_time.setTime(section.new_time.time().fromString("23:15", "HH:mm"))
    section.add_button.click()
    assert "23:15" in services.settings.reminders.times
    assert "quiet hours" in section.times.item(section.times.count() - 1).text()
    section.times.setCurrentRow(0)
    section.remove_button.click()
    assert services.settings.reminders.times == []


# Offscreen Qt has no tray; creating one anyway says so once.
@pytest.mark.qt_log_ignore(r"QObject::connect: No such signal QPlatformNativeInterface.*",
                           extend=True)
def test_tray_menu_starts_the_last_practice_and_its_message_opens_the_suggestion(
        qtbot, window, services, navigator) -> None:
    from comfort_history import practised_yesterday

    practised_yesterday(services, "box-breathing", minutes=4)
    installed = install_comfort(window, services, navigator, use_tray=True)
    assert installed is not None and isinstance(installed.tray, Tray)
    tray = installed.tray
    try:
        texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
        assert texts == ["Start Box breathing", "SOS: when panic rises", "Open Rewire",
                         "Quit Rewire"]
        with qtbot.waitSignal(navigator.practice_requested) as sos:
            tray.sos_action.trigger()  # one click from the tray
        assert sos.args == ["sos-panic", {"autostart": True}]
        with qtbot.waitSignal(navigator.practice_requested) as started:
            tray.start_action.trigger()
        practice, options = started.args
        assert practice == "box-breathing" and options["minutes"] == 4 and options["autostart"]
        # The reminder names Home's suggestion; clicking it opens that very practice.
        model = build_model(services)
        assert model.suggestion is not None and model.suggestion != "box-breathing"
        title = services.practices.get(model.suggestion).title
        assert installed.reminders.text(model) == f"{title} is ready when you are."
        with qtbot.waitSignal(navigator.practice_requested) as suggested:
            tray.icon.messageClicked.emit()  # the person clicked the reminder notification
        assert suggested.args[0] == model.suggestion
        services.settings_store.update("general", close_to_tray=True)
        assert window.hide_on_close is True
        services.settings_store.update("general", close_to_tray=False)
        assert window.hide_on_close is False
    finally:
        installed.shutdown()


def test_no_reminder_when_today_is_already_done(comfort, services, fake_clock) -> None:
    from app.core.records import SessionEnd, SessionStart

    session = services.log.session_started(SessionStart(
        practice_id="box-breathing", practice_title="Box breathing", kind="pacer",
        planned_s=300, started_at=fake_clock.now(), time_zone=fake_clock.local_zone()))
    fake_clock.advance(300)
    services.log.session_finished(session, SessionEnd(practised_s=300, completed=True))
    comfort.scheduler.reminder_due.emit(fake_clock.now())
    assert not comfort.card.isVisible()  # the daily goal (1 min) is met: no nagging
    assert comfort.skipped == 1


def test_a_new_time_zone_re_aims_the_reminder(comfort, fake_clock) -> None:
    fake_clock.jump_wall((datetime(2026, 3, 2, 16, 0, tzinfo=UTC) - fake_clock.now())
                         .total_seconds())  # 08:00 in Los Angeles
    comfort.scheduler.check_wake()
    comfort.scheduler.reschedule()
    assert comfort.scheduler.next_at == datetime(2026, 3, 2, 17, 0, tzinfo=UTC)  # 09:00 LA
    fake_clock.set_zone("America/New_York")  # 11:00 in New York: next is 18:30 there
    comfort.scheduler.check_wake()  # the heartbeat notices
    assert comfort.scheduler.next_at == datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
