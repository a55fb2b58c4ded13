"""Spoken cues: each cue starts and finishes exactly once, whatever the engine does."""

from __future__ import annotations

import pytest

from app.sound import speech as speech_module
from app.sound.speech import Speaker


def _count(speaker: Speaker) -> list[str]:
    events: list[str] = []
    speaker.started.connect(lambda: events.append("started"))
    speaker.finished.connect(lambda: events.append("finished"))
    return events


def test_mock_engine_speaks_with_voice_and_rate(qtbot, qapp: object) -> None:
    speaker = Speaker("mock")
    assert speaker.available and speaker.voices()
    speaker.set_voice(speaker.voices()[-1])
    speaker.set_rate(0.4)
    events = _count(speaker)
    with qtbot.waitSignal(speaker.finished, timeout=5_000):
        speaker.say("Let the breath be as it is.")
    qtbot.wait(50)
    assert events == ["started", "finished"]
    speaker.deleteLater()


def test_no_engine_finishes_at_once(qtbot, qapp: object) -> None:
    speaker = Speaker("none")
    assert not speaker.available and speaker.voices() == []
    events = _count(speaker)
    with qtbot.waitSignal(speaker.finished, timeout=1_000):
        speaker.say("Notice your feet on the floor.")
    assert events == ["started", "finished"]
    speaker.deleteLater()


def test_an_engine_that_never_speaks_does_not_hold_up_the_practice(
    qtbot, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    class MuteEngine:
        def say(self, text: str) -> None:
            pass  # like speechd with no speech-dispatcher running

    monkeypatch.setattr(speech_module, "SILENT_ENGINE_MS", 30)
    speaker = Speaker("mock")
    speaker._tried, speaker._tts = True, MuteEngine()
    events = _count(speaker)
    with qtbot.waitSignal(speaker.finished, timeout=1_000):
        speaker.say("Rest your attention on the breath.")
    qtbot.wait(80)
    assert events == ["started", "finished"]
    speaker.deleteLater()
