"""The Sound settings section: volumes, bell preview, no-device notice, importing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sound_fixtures import make_file, speech_like_pcm

from PySide6.QtWidgets import QFileDialog

from app.sound.silent import SilentSound

from app.ui.settings.sections import sound as section

pytestmark = pytest.mark.qt_log_ignore(
    r"qt\.multimedia.*", r"PulseAudioService.*", r"QSoundEffect.*", r"Could not open media.*",
)


@pytest.fixture
def widget(qtbot, services) -> section.SoundSection:
    w = section.create_section(services)
    qtbot.addWidget(w)
    return w


def test_no_device_is_said_once_and_the_section_says_so(qtbot, services, widget) -> None:
    sound = services.sound
    assert isinstance(sound, SilentSound)  # the test machine has no sound card
    widget.show()
    assert widget.no_device.isVisible()
    assert "No sound device found" in widget.no_device.text()
    seen = []
    services.set_notice_handler(seen.append)
    qtbot.wait(20)
    assert [n.title for n in seen].count("No sound") == 1


def test_volume_sliders_are_remembered_and_reach_the_player(qtbot, services, widget) -> None:
    widget.sliders["ambient_volume"].setValue(35)
    widget.sliders["master_volume"].setValue(60)
    assert services.settings.sound.ambient_volume == 35
    assert services.sound.volumes["ambient"] == 35 and services.sound.volumes["master"] == 60
    saved = (services.paths.config / "settings.json").read_text()
    assert '"ambient_volume": 35' in saved


def test_bell_choice_and_preview(qtbot, services, widget) -> None:
    index = widget.bell.findData("low-gong")
    widget.bell.setCurrentIndex(index)
    assert services.settings.sound.default_bell == "low-gong"
    widget.preview.click()
    assert services.sound.bells_played == [("low-gong", 1)]


def test_speech_rate_and_switch(qtbot, services, widget) -> None:
    widget.rate.setValue(25)
    assert services.settings.sound.tts_rate == pytest.approx(0.25)
    widget.speak.setChecked(False)
    assert services.sound.speech["enabled"] is False


def test_import_a_recording_then_use_it_as_bell(qtbot, services, widget, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_file(tmp_path, "Clinic bowl.flac", speech_like_pcm(1.5))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    widget.import_button.click()
    qtbot.waitUntil(lambda: widget.import_button.isEnabled(), timeout=10_000)
    assert "Imported \u201cClinic bowl\u201d" in widget.status.text()
    assert "Measured loudness" in widget.status.text()
    assert "Clinic bowl" in widget.recordings.text()
    index = widget.bell.findText("Your recording: Clinic bowl")
    assert index >= 0
    widget.bell.setCurrentIndex(index)
    assert services.settings.sound.default_bell.startswith("recording:")


def test_a_bad_file_is_explained_and_nothing_changes(qtbot, services, widget,
                                                     tmp_path: Path) -> None:
    bad = tmp_path / "notes.mp3"
    bad.write_text("these are my notes, not a song")
    widget.start_import(bad)
    qtbot.waitUntil(lambda: widget.import_button.isEnabled(), timeout=10_000)
    assert "notes.mp3" in widget.status.text() and "not an audio file" in widget.status.text()
    assert widget.recordings.text() == "No recordings yet."
    assert services.recordings.recordings() == []


def test_a_recording_can_be_removed_and_its_bell_goes_back_to_the_bowl(
        qtbot, services, widget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    source = make_file(tmp_path, "Clinic bowl.flac", speech_like_pcm(1.5))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    widget.import_button.click()
    qtbot.waitUntil(lambda: widget.import_button.isEnabled(), timeout=10_000)
    widget.bell.setCurrentIndex(widget.bell.findText("Your recording: Clinic bowl"))
    library = services.recordings
    stored = library.folder / library.recordings()[0].file
    assert widget.remove_row.isVisibleTo(widget) and stored.exists()
    asked: list[str] = []

    def answer(_parent, _title, text, *_a):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    widget.remove_button.click()  # "No": nothing changes
    assert library.recordings() and stored.exists()
    widget.remove_button.click()  # "Yes"
    assert "Clinic bowl" in asked[0] and "not touched" in asked[0]
    assert library.recordings() == [] and not stored.exists() and source.exists()
    assert services.settings.sound.default_bell == "singing-bowl"
    assert widget.bell.currentData() == "singing-bowl"
    assert widget.status.text() == "\u201cClinic bowl\u201d was removed from your library."
    assert not widget.remove_row.isVisibleTo(widget)
