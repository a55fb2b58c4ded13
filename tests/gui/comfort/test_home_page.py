"""Home shows today's figures, continues the last practice, and takes a clinician's plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from comfort_history import practised_yesterday

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from app.core.resources import resource_path

from app.ui.comfort.plan_import import PlanDropFilter, import_plan
from app.ui.home.page import HomePage


def make_page(qtbot, services, navigator) -> HomePage:
    page = HomePage(services, navigator)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model is not None)  # filled right after the first paint
    return page


def test_first_start_offers_a_start_and_no_continue(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    assert page.ring.fraction() == 0.0
    assert "of 1 min" in page.ring.texts()[1]
    assert not page.continue_button.isVisible()
    assert page.suggested_button.isVisible()
    assert page.plan_title.text() == "No plan yet"
    assert not page.remove_button.isVisible()


def test_continue_opens_the_last_practice_with_its_options(qtbot, services, navigator) -> None:
    practised_yesterday(services, "box-breathing", minutes=7)
    page = make_page(qtbot, services, navigator)
    assert page.continue_text.text() == "Box breathing · 7 min"
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    practice, options = blocker.args
    assert practice == "box-breathing" and options["minutes"] == 7 and options["autostart"]


def test_hidden_streaks_show_gentle_consistency(qtbot, services, navigator) -> None:
    services.settings_store.update("journal", hide_streaks=True)
    page = make_page(qtbot, services, navigator)
    assert "of the last 7 days" in page.streak_text.text()
    assert "Streak" not in page.streak_text.text()


def test_good_plan_appears_bad_plan_is_refused_and_current_stays(
        qtbot, services, navigator, tmp_path: Path) -> None:
    shown = []
    services.set_notice_handler(shown.append)
    page = make_page(qtbot, services, navigator)
    assert import_plan(services, resource_path("plans", "example-plan.json"))
    assert page.plan_title.text() == "Two calm weeks"
    assert page.remove_button.isVisible()
    assert len(page.plan_rows) == 3
    bad = tmp_path / "from-clinic.json"
    bad.write_text(json.dumps({"format": "rewire-plan", "version": 1, "title": "x",
                               "starts": "2026-01-01", "ends": "2025-01-01",
                               "items": [{"read": "cbt-and-the-brain"}]}), encoding="utf-8")
    assert not import_plan(services, bad)
    assert shown[-1].title == "Plan not imported"
    assert "from-clinic.json" in shown[-1].text and '"ends" is before "starts"' in shown[-1].text
    assert page.plan_title.text() == "Two calm weeks"
    page.remove_button.click()
    assert page.plan_title.text() == "No plan yet"


def test_dropping_a_plan_file_on_the_window_imports_it(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    drop_filter = PlanDropFilter(services, page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(resource_path("plans", "example-plan.json")))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # Qt delivers a Drop only during a real drag; hand the event to the window's filter.
    assert drop_filter.eventFilter(page, event)
    assert event.isAccepted()
    assert page.plan_title.text() == "Two calm weeks"


def test_reading_suggestion_follows_what_was_read(qtbot, services, navigator) -> None:
    from app.core.reading_progress import ReadingProgress

    progress = ReadingProgress.in_folder(services.paths.data)
    progress.set_read("neuroplasticity-basics")
    progress.set_position("therapy-and-plasticity", 0.4)
    page = make_page(qtbot, services, navigator)
    assert page.model.reading == "therapy-and-plasticity"
    assert "left off" in page.reading_text.text()
    with qtbot.waitSignal(navigator.article_requested) as opened:
        page.reading_button.click()
    assert opened.args == ["therapy-and-plasticity"]


def test_home_refreshes_itself_when_the_part_of_the_day_changes(
        qtbot, services, navigator, fake_clock) -> None:
    page = make_page(qtbot, services, navigator)  # 04:00 in Los Angeles
    assert page.title.text() == "Hello"
    assert page.day_timer.isActive()
    assert 3_599_000 <= page.day_timer.remainingTime() <= 3_603_000  # coarse: whole s
    fake_clock.advance(3601)
    page.day_timer.timeout.emit()  # what the timer does an hour later
    assert page.title.text() == "Good morning"
    page.shutdown()


def test_continue_follows_the_log_and_the_practice_pages_saved_options(
        qtbot, services, navigator, fake_clock) -> None:
    from app.core.plan import PracticeOptions
    from app.core.records import SessionEnd, SessionStart
    from app.core.remembered_options import RememberedOptions

    RememberedOptions(services.state).remember("breath-478",
                                               PracticeOptions(minutes=4, bell="low-gong"))
    sid = services.log.session_started(SessionStart(
        practice_id="breath-478", practice_title="4-7-8 breathing", kind="pacer",
        planned_s=240, started_at=fake_clock.now(), time_zone=fake_clock.local_zone()))
    fake_clock.advance(240)
    services.log.session_finished(sid, SessionEnd(practised_s=240, completed=True))
    page = make_page(qtbot, services, navigator)
    assert page.continue_button.isVisible()
    assert page.continue_text.text().startswith("4-7-8 breathing")
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        page.continue_button.click()
    practice, options = blocker.args
    assert practice == "breath-478" and options["autostart"]
    assert (options["minutes"], options["bell"]) == (4, "low-gong")


@pytest.mark.qt_log_ignore(r"Couldn't load pipewire.*", r"Couldn't resolve pipewire.*",
                           extend=True)
def test_continue_starts_the_practice_in_the_real_window(qtbot, services, navigator) -> None:
    from comfort_a11y import dispose

    from app.ui.shell.main_window import MainWindow

    practised_yesterday(services, "box-breathing", minutes=2)
    window = MainWindow(services, navigator)
    try:
        window.show()
        window.show_page("home")
        home = window.page("home")
        qtbot.waitUntil(lambda: home.model is not None)
        home.continue_button.click()
        practice = window.page("practice")
        assert window.current_page_name() == "practice"
        player = practice.player
        assert player is not None and player.isVisible()  # started, not just set up
        assert player.plan.practice_id == "box-breathing" and player.plan.breaths == 8
    finally:
        dispose(window)


def test_an_upcoming_plan_lists_its_items_without_progress(qtbot, services, navigator,
                                                          tmp_path: Path) -> None:
    plan = json.loads(resource_path("plans", "example-plan.json").read_text(encoding="utf-8"))
    plan.update(starts="2026-03-09", ends="2026-03-22")  # the fake clock is at 2026-03-01
    path = tmp_path / "next-plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    assert import_plan(services, path)
    page = make_page(qtbot, services, navigator)
    texts = [row.findChild(QLabel).text() for row in page.plan_rows]
    assert texts[0] == "Box breathing: 5 min a day."
    assert "Starts on" in page.plan_card.plan_text.text()


def test_the_week_strip_reads_out_the_last_seven_days(qtbot, services, navigator,
                                                     fake_clock) -> None:
    from app.core.records import SessionEnd, SessionStart

    sid = services.log.session_started(SessionStart(
        practice_id="box-breathing", practice_title="Box breathing", kind="pacer",
        planned_s=120, started_at=fake_clock.now(), time_zone=fake_clock.local_zone()))
    fake_clock.advance(120)
    services.log.session_finished(sid, SessionEnd(practised_s=120, completed=True))
    page = make_page(qtbot, services, navigator)
    marks = page.week.marks()
    assert len(marks) == 7 and marks[-1].goal_met and not any(m.goal_met for m in marks[:-1])
    assert page.week.accessibleName().startswith("Last 7 days. ")
    assert page.week.accessibleName().endswith(": goal met")
