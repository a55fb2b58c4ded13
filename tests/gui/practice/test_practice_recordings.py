"""An imported recording is a guided practice of its own, and a bell in every setup."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.session import State


def import_recording(services: Any, tmp_path: Path, title: str, seconds: float) -> Any:
    """A soft tone imported into the user's library, as Settings > Sound would."""
    from app.sound.library import RecordingLibrary

    source = tmp_path / f"{title}.wav"
    with wave.open(str(source), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(44_100)
        w.writeframes(b"\x00\x08\x00\xf8" * int(22_050 * seconds))
    library = RecordingLibrary(services.paths.data / "recordings")
    return library.import_file(source, title=title).recording


def texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_no_recordings_says_how_to_add_one(qtbot: Any, page: Any) -> None:
    page.refresh_recordings()
    qtbot.waitUntil(lambda: "Your recordings" in texts(page.picker))
    assert any("import it in Settings, under Sound" in t for t in texts(page.picker))


def test_a_recording_plays_as_a_guided_practice_and_is_logged_as_one(
        qtbot: Any, page: Any, quiet_services: Any, sink: Any, tmp_path: Path,
        pass_time: Any) -> None:
    rec = import_recording(quiet_services, tmp_path, "Evening wind-down", 95.0)
    page.refresh_recordings()
    practice_id = f"recording-{rec.recording_id}"
    button = page.picker.begin_buttons[practice_id]
    assert button.accessibleName() == "Set up Evening wind-down"
    qtbot.waitUntil(lambda: "1:35 min" in texts(page.picker))  # the recording's own length
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    setup = page.setup
    assert page.currentWidget() is setup and setup.title.text() == "Evening wind-down"
    assert not setup.why.isVisible()  # no readings to link to
    assert not setup.form.isRowVisible(setup.voice)  # a recording is always heard
    setup.preparation.setValue(0)
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    player = page.player
    sound = quiet_services.sound
    assert sound.voice_track == str(quiet_services.paths.data / "recordings" / rec.file)
    assert player.caption.text() == "Listening to your recording “Evening wind-down”."
    pass_time(player, 96)
    assert player.run.state is State.RUNNING  # a quiet moment after the last word
    pass_time(player, 2)
    assert player.run.state is State.FINISHED
    assert sink.started[0].kind == "recording"
    assert sink.started[0].practice_title == "Evening wind-down"
    assert sink.ended[0].completed


def test_pausing_holds_the_recording_where_it_is(
        qtbot: Any, page: Any, quiet_services: Any, tmp_path: Path, pass_time: Any) -> None:
    rec = import_recording(quiet_services, tmp_path, "Body scan from Dana", 60.0)
    page.open_practice(f"recording-{rec.recording_id}", {"preparation_s": 0})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    player, sound = page.player, quiet_services.sound
    pass_time(player, 10)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.run.state is State.PAUSED
    assert sound.voice_paused and sound.voice_track is not None  # held, not stopped
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.run.state is State.RUNNING and not sound.voice_paused


def test_pausing_a_spoken_practice_stops_the_voice_mid_cue(
        qtbot: Any, page: Any, quiet_services: Any) -> None:
    page.open_practice("grounding-54321-3", {"preparation_s": 0, "voice": True})
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.player, Qt.Key.Key_Space)
    assert quiet_services.sound.speech_stops == 1
    assert page.player.caption.text()  # the caption stays on screen


def test_recordings_are_offered_as_bells_and_a_chosen_one_rings(
        qtbot: Any, page: Any, quiet_services: Any, tmp_path: Path) -> None:
    rec = import_recording(quiet_services, tmp_path, "Temple bell", 4.0)
    bell_id = f"recording:{rec.recording_id}"
    quiet_services.settings_store.update("sound", default_bell=bell_id)
    page.refresh_recordings()
    page.open_practice("open-timer", {"preparation_s": 0, "minutes": 1})
    bell = page.setup.bell
    assert bell.findText("Your recording: Temple bell") >= 0
    assert bell.currentData() == bell_id  # the usual bell is kept, not swapped for a bowl
    qtbot.mouseClick(page.setup.start, Qt.MouseButton.LeftButton)
    assert quiet_services.sound.bells_played == [(bell_id, 1)]  # the start bell


def test_a_long_recording_is_a_practice_but_not_a_bell(
        qtbot: Any, page: Any, quiet_services: Any, tmp_path: Path) -> None:
    rec = import_recording(quiet_services, tmp_path, "Morning talk", 75.0)
    page.refresh_recordings()
    assert f"recording-{rec.recording_id}" in page.picker.begin_buttons
    page.open_practice("open-timer", {})
    assert page.setup.bell.findText("Your recording: Morning talk") < 0
