"""A user's recording as a practice: its length, its voice, and how the log names it."""

from __future__ import annotations

from pathlib import Path

from app.core.plan import PracticeOptions, build_plan
from app.core.practices import RECORDING_TAIL_S, recording_practice


def test_a_recording_runs_as_long_as_itself_plus_a_quiet_tail() -> None:
    definition = recording_practice("calm-1a2b", "Calm place", 312.4, Path("/data/calm.wav"))
    assert definition.id == "recording-calm-1a2b" and definition.kind == "guided"
    assert definition.readings == () and definition.cues == ()
    plan = build_plan(definition, PracticeOptions(voice=False))
    assert plan.duration_s is not None
    assert abs(plan.duration_s - (312.4 + RECORDING_TAIL_S)) < 1e-6
    assert plan.voice and plan.voice_track == "/data/calm.wav"  # heard even with voice off
    assert plan.sound_needs().voice_track == "/data/calm.wav"
    assert plan.log_kind == "recording"


def test_other_practices_keep_their_kind_in_the_log() -> None:
    guided = recording_practice("x", "X", 60, Path("/x.wav"))
    plan = build_plan(guided.__class__(id="g", kind="guided", title="G", summary="",
                                       readings=("r",), minutes=3), PracticeOptions())
    assert plan.log_kind == "guided" and not plan.recording


def test_a_very_long_title_is_cut_to_fit_a_card() -> None:
    assert len(recording_practice("x", "A" * 300, 60, Path("/x.wav")).title) == 80
