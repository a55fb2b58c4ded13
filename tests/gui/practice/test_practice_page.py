"""The practice page driven by mouse and keyboard, with time on a fake clock."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.core.session import State


def start_from_setup(qtbot: Any, page: Any, practice_id: str, **options: Any) -> Any:
    page.open_practice(practice_id, options)
    assert page.currentWidget() is page.setup
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.host
    return page.player


def test_picker_groups_cards_and_links_readings(qtbot: Any, page: Any, navigator: Any) -> None:
    picker = page.picker
    page.refresh_recordings()  # as the page does each time it is shown
    assert len(picker.begin_buttons) == 24
    labels = [w.text() for w in picker.findChildren(QLabel)
              if w.property("role") == "subtitle"]
    assert labels == ["Timer", "Breathing", "Guided", "Your recordings"]
    why = [w for w in picker.findChildren(QLabel) if w.objectName() == "practiceWhy"]
    assert len(why) == 24 and any('href="cbt-and-the-brain"' in w.text() for w in why)
    other = [w for w in picker.findChildren(QLabel)
             if w.objectName() == "practicePreferAnother"]
    assert len(other) == 24 and all(w.text() for w in other)  # who might prefer another
    assert "only a few minutes" not in picker.subtitle.text()  # a body scan takes 20
    with qtbot.waitSignal(navigator.article_requested) as blocker:
        why[0].linkActivated.emit("mindfulness-and-the-brain")
    assert blocker.args == ["mindfulness-and-the-brain"]


def test_mouse_set_up_start_pause_resume_stop(qtbot: Any, page: Any, sink: Any,
                                              quiet_services: Any, pass_time: Any) -> None:
    qtbot.mouseClick(page.picker.begin_buttons["open-timer"], Qt.MouseButton.LeftButton)
    setup = page.setup
    assert page.currentWidget() is setup and setup.title.text() == "Open timer"
    setup.minutes.setValue(20)
    setup.preparation.setValue(0)
    setup.interval.setCurrentIndex(setup.interval.findData("every"))
    setup.every.setValue(5)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    sound = quiet_services.sound
    assert player.run.state is State.RUNNING
    assert sound.bells_played == [("singing-bowl", 1)]
    assert player.dial.view.big == "20:00"
    pass_time(player, 65)
    assert player.dial.view.big == "18:55" and player.status.text() == "Next bell in 3:55"
    qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    assert player.run.state is State.PAUSED and player.pause_button.text() == "Resume"
    pass_time(player, 30)
    assert player.run.practised_s() == 65 and player.dial.view.small == "Paused"
    qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    pass_time(player, 240)
    assert sound.bells_played[-1] == ("singing-bowl", 1) and len(sound.bells_played) == 2
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)  # asks; answered Yes
    assert player.run.state is State.STOPPED
    assert player.end_panel.isVisible() and "5:05" in player.end_text.text()
    assert len(sink.started) == 1 and sink.started[0].planned_s == 1200
    assert sink.ended[-1].practised_s == 305 and not sink.ended[-1].completed
    assert sink.progress[:3] == [15, 30, 45]
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.picker and page.player is None


def test_keyboard_space_pauses_and_esc_stops(qtbot: Any, page: Any, sink: Any,
                                             pass_time: Any, _no_modal_dialogs: list) -> None:
    page.open_practice("box-breathing", {"preparation_s": 5})
    qtbot.keyClick(page.setup.start, Qt.Key.Key_Space)
    player = page.player
    assert player.run.state is State.PREPARING and player.dial.view.big == "5"
    qtbot.keyClick(player, Qt.Key.Key_Space)  # begin now
    assert player.run.state is State.RUNNING
    pass_time(player, 5)
    assert (player.dial.view.small, player.dial.view.big) == ("Hold", "2")
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.run.state is State.PAUSED
    pass_time(player, 100)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.run.state is State.RUNNING
    pass_time(player, 10)
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # under a minute: no question
    assert _no_modal_dialogs == []
    assert player.run.state is State.STOPPED and sink.ended[-1].practised_s == 15


def test_esc_after_a_minute_asks_and_no_keeps_going(
        qtbot: Any, page: Any, pass_time: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def no(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    player = start_from_setup(qtbot, page, "open-timer", preparation_s=0, minutes=10)
    pass_time(player, 61)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert asked and "1:01" in asked[0]
    assert player.run.state is State.RUNNING


def test_a_whole_session_ends_with_the_end_bell_and_a_summary(
        qtbot: Any, page: Any, sink: Any, quiet_services: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "open-timer", preparation_s=10, minutes=2,
                              bell="low-gong")
    with qtbot.waitSignal(player.finished) as blocker:
        pass_time(player, 130)
    summary = blocker.args[0]
    assert summary.completed and summary.practised_s == 120
    assert quiet_services.sound.bells_played == [("low-gong", 1), ("low-gong", 2)]
    assert sink.ended[-1].completed and sink.ended[-1].practised_s == 120
    assert "Well done" in player.end_text.text()
    assert player.driver.is_idle()


def test_guided_captions_follow_the_script_and_are_spoken(
        qtbot: Any, page: Any, quiet_services: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "grounding-54321-3", preparation_s=0, voice=True)
    cues = player.plan.cues
    assert player.caption.text() == cues[0].text
    pass_time(player, 45)
    assert player.caption.text() == cues[2].text  # the cue at 00:40
    assert quiet_services.sound.spoken == [c.text for c in cues[:3]]


def test_guided_without_voice_still_shows_captions(
        qtbot: Any, page: Any, quiet_services: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "breathing-space-3", preparation_s=0, voice=False)
    pass_time(player, 30)  # after the opening cue and its safety line
    assert player.caption.text().startswith("First, notice what is here")
    assert quiet_services.sound.spoken == []


def test_reduced_motion_shows_words_and_a_bar(qtbot: Any, page: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "breath-478", preparation_s=0, reduced_motion=True)
    pass_time(player, 6)
    assert player.phase_label.isVisible() and player.phase_label.text() == "Hold · 3"
    assert player.phase_bar.isVisible() and player.phase_bar.value() == 285
    assert not player.driver.animating  # no animation frames at all


def test_animation_frames_only_while_running_and_visible(
        qtbot: Any, page: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "box-breathing", preparation_s=0, cue_sound=True)
    assert player.driver.animating
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert not player.driver.animating
    qtbot.keyClick(player, Qt.Key.Key_Space)
    page.hide()
    assert not player.driver.animating
    page.show()
    assert player.driver.animating
    pass_time(player, 8)
    assert page.services.sound.cues_played == 3  # in, hold, out


def test_follow_your_breath_counts_with_space(qtbot: Any, page: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "follow-breath", preparation_s=0, minutes=1)
    for _ in range(4):
        pass_time(player, 5)
        qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.dial.view.big == "4" and player.run.state is State.RUNNING
    qtbot.mouseClick(player.count_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(player, Qt.Key.Key_P)
    assert player.run.state is State.PAUSED
    qtbot.keyClick(player, Qt.Key.Key_P)
    pass_time(player, 60)
    assert "You counted 5 breaths" in player.end_text.text()


def test_full_window_and_back(qtbot: Any, page: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "open-timer", preparation_s=0)
    qtbot.keyClick(player, Qt.Key.Key_F)
    assert player.isWindow() and player.full.active
    pass_time(player, 3)
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # leaves full window first
    assert not player.isWindow() and player.parentWidget() is page.host
    assert player.run.state is State.RUNNING
    qtbot.mouseClick(player.full_button, Qt.MouseButton.LeftButton)
    assert player.isWindow()
    qtbot.mouseClick(player.full_button, Qt.MouseButton.LeftButton)
    assert player.parentWidget() is page.host


def test_mood_before_and_after(qtbot: Any, quiet_services: Any, navigator: Any, sink: Any,
                               pass_time: Any) -> None:
    from app.ui.practice.page import create_page

    quiet_services.settings_store.update("practice", ask_mood=True)
    page = create_page(quiet_services, navigator)
    qtbot.addWidget(page)
    page.show()
    page.open_practice("open-timer", {"preparation_s": 0, "minutes": 1})
    assert page.setup.mood.isVisible()
    qtbot.mouseClick(page.setup.mood.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    pass_time(player, 60)
    assert player.mood.isVisible() and sink.ended == []
    qtbot.mouseClick(player.mood.buttons[3], Qt.MouseButton.LeftButton)
    assert (sink.ended[-1].mood_before, sink.ended[-1].mood_after) == (2, 4)
    page.shutdown()


def test_presets_are_saved_and_used(qtbot: Any, page: Any, quiet_services: Any) -> None:
    page.open_practice("open-timer", {})
    setup = page.setup
    setup.minutes.setValue(25)
    qtbot.keyClicks(setup.preset_name, "Long sit")
    qtbot.mouseClick(setup.save_preset, Qt.MouseButton.LeftButton)
    assert "Saved" in setup.message.text()
    assert (quiet_services.paths.data / "presets.json").exists()
    setup.minutes.setValue(5)
    index = setup.preset_combo.findData("Long sit")
    setup.preset_combo.setCurrentIndex(index)
    setup.preset_combo.activated.emit(index)
    assert setup.minutes.value() == 25
    qtbot.mouseClick(setup.delete_preset, Qt.MouseButton.LeftButton)
    assert setup.preset_combo.findData("Long sit") == -1 and "deleted" in setup.message.text()
    assert page.presets.all() == []


def test_closing_mid_session_records_the_real_time(qtbot: Any, page: Any, sink: Any,
                                                   pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "body-scan-10", preparation_s=0)
    pass_time(player, 42)
    page.shutdown()
    assert sink.ended[-1].practised_s == 42 and not sink.ended[-1].completed
    assert player.driver.is_idle()


def test_unknown_practice_gives_a_notice(page: Any, quiet_services: Any) -> None:
    notices: list[Any] = []
    quiet_services.set_notice_handler(notices.append)
    page.open_practice("juggling")
    assert page.currentWidget() is page.picker and "juggling" in notices[-1].text


def test_a_saved_preset_is_one_click_from_the_picker(qtbot: Any, page: Any) -> None:
    page.open_practice("box-breathing", {})
    page.setup.minutes.setValue(7)
    qtbot.keyClicks(page.setup.preset_name, "Evening box")
    qtbot.mouseClick(page.setup.save_preset, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.setup.back, Qt.MouseButton.LeftButton)
    button = page.picker.preset_buttons["Evening box"]
    assert button.isVisibleTo(page)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.setup and page.setup.title.text() == "Box breathing"
    assert page.setup.minutes.value() == 7


def test_open_practice_with_autostart_skips_the_setup(page: Any, navigator: Any) -> None:
    navigator.practice_requested.connect(page.open_practice)
    navigator.open_practice("physiological-sigh", {"autostart": True, "preparation_s": 0,
                                                   "run_by": "breaths", "breaths": 3})
    player = page.player
    assert page.currentWidget() is page.host and player.run.state is State.RUNNING
    assert player.plan.duration_s == 30 and player.dial.view.small == "Breathe in"


def test_the_last_choices_are_remembered(qtbot: Any, page: Any) -> None:
    page.open_practice("open-timer", {})
    page.setup.minutes.setValue(33)
    page.setup.preparation.setValue(0)
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    page.player.request_stop()
    qtbot.mouseClick(page.player.done_button, Qt.MouseButton.LeftButton)
    page.open_practice("open-timer")
    assert page.setup.minutes.value() == 33


def test_a_session_lands_in_the_real_practice_log(
        qtbot: Any, services: Any, navigator: Any, fake_clock: Any) -> None:
    """End to end: the page writes the session to services.log (SQLite) itself."""
    from app.sound.silent import SilentSound

    from app.ui.practice.page import create_page

    services.sound = SilentSound()
    page = create_page(services, navigator)
    qtbot.addWidget(page)
    page.show()
    page.open_practice("breathing-space-3", {"preparation_s": 0})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    for _ in range(100):
        fake_clock.advance(1)
        player.driver.check()
    open_row = services.log.session(player.run.recorder.session_id)
    assert open_row.status == "open" and open_row.duration_s == 90  # the last checkpoint
    for _ in range(90):
        fake_clock.advance(1)
        player.driver.check()
    row = services.log.recent(1)[0]
    assert (row.practice_id, row.kind, row.status, row.completed) == (
        "breathing-space-3", "guided", "done", True)
    assert row.duration_s == 180 and row.time_zone == "America/Los_Angeles"
    page.shutdown()
    services.log.close()


def test_ending_an_open_ended_sit_finishes_it_with_the_end_bell(
        qtbot: Any, page: Any, sink: Any, quiet_services: Any, pass_time: Any) -> None:
    player = start_from_setup(qtbot, page, "open-timer", preparation_s=0, open_ended=True)
    pass_time(player, 95)
    assert (player.dial.view.big, player.dial.view.small) == ("1:35", "so far")
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # asks (over a minute); answered Yes
    assert quiet_services.sound.bells_played == [("singing-bowl", 1), ("singing-bowl", 2)]
    assert sink.started[-1].planned_s is None
    assert sink.ended[-1].completed and sink.ended[-1].practised_s == 95
    assert "Well done" in player.end_text.text()


def test_the_setup_links_to_the_readings_too(qtbot: Any, page: Any, navigator: Any) -> None:
    page.open_practice("noting-thoughts-8", {})
    assert 'href="cbt-and-the-brain"' in page.setup.why.text()
    with qtbot.waitSignal(navigator.article_requested) as blocker:
        page.setup.why.linkActivated.emit("cbt-and-the-brain")
    assert blocker.args == ["cbt-and-the-brain"]
