"""The playback facade: preparing off the GUI thread, volumes, fades, ducking, no device."""

from __future__ import annotations

import inspect
import threading
import wave
from pathlib import Path

import pytest
from conftest_sound_helpers import prepare_and_wait, public_interface

from PySide6.QtCore import QObject

from app.core.sound_needs import SoundNeeds

from app.sound import cache as cache_module
from app.sound.facade import SoundPlayer
from app.sound.silent import SilentSound
from app.sound.volume import DUCK_LEVEL, slider_to_gain

pytestmark = pytest.mark.qt_log_ignore(
    r"qt\.multimedia.*", r"PulseAudioService.*", r"QSoundEffect.*", r"Could not open media.*",
    r"No audio device detected",
)


def test_prepare_renders_off_the_gui_thread(qtbot, player: SoundPlayer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    real = cache_module.RenderCache.render

    def spy(self: cache_module.RenderCache, item: cache_module.RenderItem) -> Path:
        if not self.is_rendered(item):  # a queued x2/x3 finds its file made with x1's
            threads.append(threading.current_thread().name)
        return real(self, item)

    monkeypatch.setattr(cache_module.RenderCache, "render", spy)
    needs = SoundNeeds(bells=("wood-block",), ambient="rain", cue=True)
    assert not player.is_ready(needs)
    assert prepare_and_wait(qtbot, player, needs, 15_000) == 1
    assert threads and threading.main_thread().name not in threads
    assert player.is_ready(needs)
    # Everything is in the cache now: a second prepare renders nothing.
    threads.clear()
    assert prepare_and_wait(qtbot, player, needs, 2_000) == 1
    assert threads == []


def test_each_prepare_is_answered_when_its_own_sounds_are_ready(qtbot, player: SoundPlayer
                                                                ) -> None:
    """Two sessions prepare one after the other (a warm-up, then the real one): the first
    answer must not start the second session before its own sounds are there (issue 19:
    one `prepared` signal fired for any earlier prepare)."""
    # Soundscapes only: this machine's missing device would make every bell "ready" at once.
    first = SoundNeeds(ambient="rain")
    second = SoundNeeds(ambient="forest-wind")
    answers: list[tuple[str, bool]] = []
    player.prepare(first, lambda: answers.append(("first", player.is_ready(first))))
    player.prepare(second, lambda: answers.append(("second", player.is_ready(second))))
    qtbot.waitUntil(lambda: bool(answers), timeout=15_000)
    assert answers == [("first", True)] and not player.is_ready(second)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=20_000)
    qtbot.wait(20)
    assert answers == [("first", True), ("second", True)]


def test_a_failed_render_answers_only_the_sessions_that_needed_it(
        qtbot, player: SoundPlayer, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.sound import renderer as renderer_module

    real = renderer_module.render_into

    def failing(folder: Path, item: cache_module.RenderItem, *rest: object) -> Path:
        if item.sound_id == "ocean":
            raise OSError("disk full")
        return real(folder, item, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(renderer_module, "render_into", failing)
    errors: list[str] = []
    player.error.connect(errors.append)
    broken, fine = SoundNeeds(ambient="ocean"), SoundNeeds(ambient="rain")
    answers: list[tuple[str, bool]] = []
    player.prepare(broken, lambda: answers.append(("ocean", player.is_ready(broken))))
    player.prepare(fine, lambda: answers.append(("rain", player.is_ready(fine))))
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=15_000)
    qtbot.wait(20)
    # The session that needed the sea goes on without it; the other waited for its rain.
    assert sorted(answers) == [("ocean", False), ("rain", True)]
    assert "disk full" in errors[0]


def test_effects_failing_on_the_device_say_no_device_once(qtbot, player: SoundPlayer) -> None:
    """With no usable device QSoundEffect goes to Error: one message, then silence."""
    messages: list[str] = []
    player.device_missing.connect(messages.append)
    needs = SoundNeeds(bells=("wood-block", "bright-chime"), cue=True)
    assert prepare_and_wait(qtbot, player, needs, 15_000) == 1
    qtbot.waitUntil(lambda: bool(messages), timeout=2_000)
    player.play_bell("wood-block", 2)
    player.play_cue()
    player.start_ambient("rain")
    qtbot.wait(50)
    assert messages == [facade_module_no_device()]
    assert not player.device_available and not player.ambient_playing


def facade_module_no_device() -> str:
    from app.sound.facade import NO_DEVICE

    return NO_DEVICE


def test_volumes_fade_and_duck_under_speech(qtbot, player: SoundPlayer) -> None:
    player.set_volumes(master=100, bells=80, ambient=50, voice=90)
    full = slider_to_gain(50)
    assert prepare_and_wait(qtbot, player, SoundNeeds(ambient="brown-noise"), 15_000) == 1
    player.start_ambient("brown-noise", fade_s=0.0)
    assert player.ambient_playing
    assert player.gains()["ambient"] == pytest.approx(full, rel=0.01)
    assert player.gains()["voice"] == pytest.approx(slider_to_gain(90), rel=0.01)
    with qtbot.waitSignal(player.speech_started, timeout=3_000):
        player.speak("Breathe in slowly.")
    assert player.gains()["ambient"] == pytest.approx(full * DUCK_LEVEL, rel=0.01)
    with qtbot.waitSignal(player.speech_finished, timeout=5_000):
        pass
    assert player.gains()["ambient"] == pytest.approx(full, rel=0.01)
    player.set_volumes(master=50, bells=80, ambient=50, voice=90)
    assert player.gains()["ambient"] == pytest.approx(full * slider_to_gain(50), rel=0.01)
    player.stop_ambient(fade_s=0.0)
    assert player.gains()["ambient"] == 0.0 and not player.ambient_playing


def test_ambient_fades_in_and_out(qtbot, player: SoundPlayer) -> None:
    player.set_volumes(100, 100, 100, 100)
    assert prepare_and_wait(qtbot, player, SoundNeeds(ambient="ocean"), 15_000) == 1
    player.start_ambient("ocean", fade_s=0.25)
    assert player.gains()["ambient"] < 0.2  # starts quiet
    qtbot.waitUntil(lambda: player.gains()["ambient"] > 0.99, timeout=2_000)
    player.stop_ambient(fade_s=0.25)
    assert player.ambient_playing  # still fading out
    qtbot.waitUntil(lambda: not player.ambient_playing, timeout=2_000)
    assert player.gains()["ambient"] == 0.0


def guide_over_rain(qtbot, player: SoundPlayer, folder: Path, seconds: float) -> Path:
    """A spoken-guide stand-in ``seconds`` long, with rain playing at full volume."""
    track = folder / "guide.wav"
    with wave.open(str(track), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(44_100)
        w.writeframes(b"\x10\x00\xf0\xff" * int(22_050 * seconds))
    player.set_volumes(100, 100, 100, 100)
    assert prepare_and_wait(qtbot, player, SoundNeeds(ambient="rain"), 15_000) == 1
    player.start_ambient("rain", fade_s=0.0)
    return track


def test_a_voice_track_ducks_the_bed_until_it_ends(qtbot, player: SoundPlayer,
                                                   tmp_path: Path) -> None:
    track = guide_over_rain(qtbot, player, tmp_path, 0.2)
    with qtbot.waitSignal(player.voice_finished, timeout=5_000):
        player.play_voice(track)
        assert player.gains()["ambient"] == pytest.approx(DUCK_LEVEL, rel=0.01)
    assert player.gains()["ambient"] == pytest.approx(1.0, rel=0.01)


def test_pausing_a_voice_track_holds_it_and_lifts_the_bed(qtbot, player: SoundPlayer,
                                                          tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    track = guide_over_rain(qtbot, player, tmp_path, 2.0)
    player.play_voice(track)
    voice = player._voice.player
    qtbot.waitUntil(lambda: voice.position() > 0, timeout=5_000)
    player.pause_voice()
    qtbot.waitUntil(lambda: voice.playbackState() == QMediaPlayer.PlaybackState.PausedState,
                    timeout=2_000)
    held = voice.position()
    assert player.gains()["ambient"] == pytest.approx(1.0, rel=0.01)  # the bed comes back
    qtbot.wait(100)
    assert voice.position() == held  # it waits where it was
    player.resume_voice()
    qtbot.waitUntil(lambda: voice.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
                    timeout=2_000)
    assert player.gains()["ambient"] == pytest.approx(DUCK_LEVEL, rel=0.01)
    qtbot.waitUntil(lambda: voice.position() > held, timeout=5_000)
    player.stop_voice()


def test_speech_without_an_engine_still_finishes(qtbot, qapp: object, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.sound import facade as facade_module

    monkeypatch.setattr(facade_module, "no_output_device", lambda: False)
    player = SoundPlayer(cache_module.RenderCache(tmp_path), tts_engine="none")
    assert not player.speech_available
    with qtbot.waitSignals([player.speech_started, player.speech_finished], timeout=1_000):
        player.speak("Notice the breath.")
    player.shutdown()
    player.deleteLater()


def test_the_real_and_the_silent_player_are_both_sound_ports() -> None:
    """Every SoundPort member, with the same parameters (mypy checks the types)."""
    from app.core.sound_port import SoundPort

    members = {n for n in vars(SoundPort) if not n.startswith("_")}
    assert {"prepare", "is_ready", "play_bell", "speak", "play_voice"} <= members
    for cls in (SoundPlayer, SilentSound):
        assert members <= public_interface(cls), cls.__name__
        for name in members:
            wanted = getattr(SoundPort, name)
            if inspect.isfunction(wanted):
                assert list(inspect.signature(getattr(cls, name)).parameters) == list(
                    inspect.signature(wanted).parameters), (cls.__name__, name)


def test_silent_sound_keeps_state_and_signals(qtbot, qapp: object) -> None:
    silent = SilentSound(missing_message="No sound device found.")
    with qtbot.waitSignal(silent.device_missing, timeout=1_000):
        assert prepare_and_wait(qtbot, silent, SoundNeeds(bells=("low-gong",)), 1_000) == 1
    silent.play_bell("low-gong", 5)
    silent.start_ambient("ocean")
    with qtbot.waitSignal(silent.speech_finished, timeout=1_000):
        silent.speak("Rest here.")
        assert silent.ducked
    assert silent.bells_played == [("low-gong", 3)] and silent.spoken == ["Rest here."]
    assert silent.ambient_playing and not silent.ducked
    silent.stop_all()
    assert not silent.ambient_playing
    assert isinstance(silent, QObject)


def test_a_deleted_recording_bell_falls_back_to_the_bowl_once(qtbot, player: SoundPlayer) -> None:
    messages: list[str] = []
    player.error.connect(messages.append)
    needs = SoundNeeds(bells=("recording:gone-1a2b3c",))
    assert prepare_and_wait(qtbot, player, needs, 20_000) == 1
    assert player.is_ready(needs)
    player.play_bell("recording:gone-1a2b3c")
    player.play_bell("recording:gone-1a2b3c", 2)
    assert len(messages) == 1 and "singing bowl rings instead" in messages[0]
    assert "gone-1a2b3c" in messages[0]


def test_an_imported_recording_serves_as_a_bell(qtbot, qapp: object, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.sound import facade as facade_module
    from app.sound.library import RecordingLibrary

    monkeypatch.setattr(facade_module, "no_output_device", lambda: False)
    source = tmp_path / "bowl.wav"
    with wave.open(str(source), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(44_100)
        w.writeframes(b"\x00\x10\x00\xf0" * 22_050)
    library = RecordingLibrary(tmp_path / "recordings")
    rec = library.import_file(source).recording
    player = SoundPlayer(cache_module.RenderCache(tmp_path / "cache"),
                         recording_path=library.path_of, tts_engine="none")
    missing: list[str] = []
    player.device_missing.connect(missing.append)
    needs = SoundNeeds(bells=(f"recording:{rec.recording_id}",))
    assert prepare_and_wait(qtbot, player, needs, 5_000) == 1
    assert player._bank.is_loaded(library.path_of(rec.recording_id))  # loaded as a bell
    qtbot.waitUntil(lambda: bool(missing), timeout=2_000)  # this machine has no device
    assert missing == [facade_module.NO_DEVICE]
    player.shutdown()
    player.deleteLater()


def test_a_recording_too_long_for_a_bell_rings_the_bowl_and_says_why(
        qtbot, player: SoundPlayer, tmp_path: Path) -> None:
    """A 20-minute guided recording chosen as the bell (by hand in settings.json, say):
    it is not loaded whole into memory as a bell; the bowl rings, and the message says why."""
    long_one = tmp_path / "talk.wav"
    with wave.open(str(long_one), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8_000)
        w.writeframes(b"\x80" * 8_000 * 1_200)
    player._recording_path = lambda _rid: long_one
    errors: list[str] = []
    player.error.connect(errors.append)
    player.play_bell("recording:talk-1a2b", 1)
    player.play_bell("recording:talk-1a2b", 1)
    assert errors == ["The recording \u201ctalk-1a2b\u201d is too long to be a bell (20 min; "
                      "a bell may last 60 s); the singing bowl rings instead."]
    assert not player._bank.is_loaded(long_one)


def test_a_damaged_recording_bell_is_named_and_the_rest_keeps_working(
        qtbot, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A recording whose file was damaged after import: its name in one message (not
    "no sound device"), and the session's own bells still prepare."""
    from app.sound import facade as facade_module

    monkeypatch.setattr(facade_module, "no_output_device", lambda: False)
    damaged = tmp_path / "recordings" / "my-bowl-1a2b3c.wav"
    damaged.parent.mkdir()
    damaged.write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunk")
    player = SoundPlayer(cache_module.RenderCache(tmp_path / "cache"),
                         recording_path=lambda _rid: damaged, tts_engine="none")
    errors: list[str] = []
    missing: list[str] = []
    player.error.connect(errors.append)
    player.device_missing.connect(missing.append)
    needs = SoundNeeds(bells=("recording:my-bowl-1a2b3c", "wood-block"))
    assert prepare_and_wait(qtbot, player, needs, 15_000) == 1
    qtbot.waitUntil(lambda: bool(errors), timeout=2_000)
    assert len(errors) == 1 and "my-bowl-1a2b3c.wav" in errors[0]
    assert "not a readable WAV" in errors[0] and "the singing bowl rings instead" in errors[0]
    assert player.is_ready(needs)  # the session can start, with the bowl for that bell
    player.play_bell("recording:my-bowl-1a2b3c", 2)  # no crash, no second message
    qtbot.wait(20)
    assert len(errors) == 1
    player.shutdown()
    player.deleteLater()
