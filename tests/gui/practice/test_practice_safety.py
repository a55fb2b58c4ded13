"""What a client sees before and during the practices written for panic and sleep: the safety
line in the setup, a gentler version of a pattern with holds, the sleep practices' own
choices (no bells, a fading sound, a dim screen), SOS starting at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_a_breathing_practice_says_in_its_setup_what_to_do_if_you_feel_dizzy(
        page: Any) -> None:
    page.open_practice("box-breathing")
    setup = page.setup
    assert setup.about.safety.isVisible()
    assert "dizzy" in setup.about.safety.text() and "stop" in setup.about.safety.text()
    assert setup.about.prefer_another.isVisible()
    page.open_practice("grounding-54321-3")  # not a breathing practice: no safety line
    assert not setup.about.safety.isVisible() and setup.about.prefer_another.isVisible()


def test_the_gentler_version_is_chosen_in_the_setup_and_breathed(
        qtbot: Any, page: Any) -> None:
    page.open_practice("box-breathing", {"preparation_s": 0})
    setup = page.setup
    assert setup.variant.isVisible()
    versions = [setup.variant.itemText(i) for i in range(setup.variant.count())]
    assert versions == ["Standard (4-4-4-4)", "Shorter holds (4-2-4-2)", "No holds (4-4)"]
    setup.variant.setCurrentIndex(1)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    pattern = page.player.plan.pattern
    assert [p.seconds for p in pattern.phases] == [4, 2, 4, 2]
    assert page.player.caption.text().startswith("Follow the square")  # the safety cue
    page.player.request_stop()
    page.open_practice("box-breathing")  # remembered next time
    assert setup.variant.currentData() == "shorter-holds"
    page.open_practice("resonance-breathing")  # no holds, no versions to choose
    assert not setup.variant.isVisible()


def test_back_to_sleep_starts_dim_and_silent(qtbot: Any, page: Any,
                                             quiet_services: Any) -> None:
    page.open_practice("back-to-sleep")
    setup = page.setup
    assert not setup.start_bell.isChecked() and not setup.end_bell.isChecked()
    assert setup.dim.isChecked() and setup.preparation.value() == 0
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    assert player.property("dim") is True and player.plan.dim
    assert player.full.active  # the bright window around it is hidden
    assert not player.plan.sound_needs().bells
    player.set_full_window(False)
    player.request_stop()


def test_wind_down_brings_rain_that_fades_and_no_end_bell(page: Any) -> None:
    page.open_practice("wind-down-sleep")
    setup = page.setup
    assert setup.ambient.currentData() == "rain" and not setup.end_bell.isChecked()
    assert not setup.dim.isChecked()


def test_sos_starts_at_once_with_its_eyes_open_cue(qtbot: Any, page: Any) -> None:
    page.open_practice("sos-panic", {"autostart": True})
    player = page.player
    assert page.currentWidget() is page.host and player.run.started  # no countdown
    assert "Keep your eyes open" in player.caption.text()
    assert not player.plan.start_bell and not player.plan.end_bell
    player.request_stop()


def test_a_very_low_mood_gently_offers_crisis_help_without_a_pop_up(
        qtbot: Any, quiet_services: Any, navigator: Any, sink: Any, pass_time: Any,
        _no_modal_dialogs: list[str]) -> None:
    from app.ui.practice.page import create_page

    quiet_services.settings_store.update("practice", ask_mood=True)
    page = create_page(quiet_services, navigator)
    qtbot.addWidget(page)
    page.show()
    page.open_practice("open-timer", {"preparation_s": 0, "minutes": 1})
    mood = page.setup.mood
    qtbot.mouseClick(mood.buttons[1], Qt.MouseButton.LeftButton)  # "Low": no offer
    assert not mood.help_note.isVisible()
    qtbot.mouseClick(mood.buttons[0], Qt.MouseButton.LeftButton)  # "Very low"
    assert mood.help_note.isVisible() and page.setup.start.isEnabled()
    with qtbot.waitSignal(navigator.crisis_requested):
        qtbot.mouseClick(mood.help_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(navigator.support_plan_requested):  # the client's own plan, too
        qtbot.mouseClick(mood.plan_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)  # nothing blocks going on
    player = page.player
    pass_time(player, 60)
    qtbot.mouseClick(player.mood.buttons[0], Qt.MouseButton.LeftButton)
    assert (sink.ended[-1].mood_before, sink.ended[-1].mood_after) == (1, 1)
    assert player.mood.help_note.isVisible() and player.mood.help_button.isEnabled()
    assert not player.mood.buttons[0].isEnabled()  # the answer is recorded
    with qtbot.waitSignal(navigator.crisis_requested):
        qtbot.mouseClick(player.mood.help_button, Qt.MouseButton.LeftButton)
    assert _no_modal_dialogs == []  # no message box was opened for it
    page.shutdown()
