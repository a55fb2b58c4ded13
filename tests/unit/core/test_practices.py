"""Practice files: every practice Rewire names ships and is sound; bad files are named and
skipped."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.practices import load_practices
from app.core.resources import resource_path

# Home's suggestions, the kiosk's list and the readings' links name these ids.
PRACTICE_IDS = {
    "open-timer", "box-breathing", "breath-478", "resonance-breathing", "physiological-sigh",
    "custom-pacer", "follow-breath", "breath-awareness-5", "breath-awareness-10",
    "body-scan-10", "body-scan-20", "breathing-space-3", "loving-kindness-10",
    "noting-thoughts-8", "grounding-54321-3", "savoring-progress-5",
    # the second edition (issue 16)
    "sos-panic", "back-to-sleep", "wind-down-sleep", "progressive-muscle-relaxation",
    "walking-practice", "self-compassion-break", "urge-surfing", "sounds-open-awareness",
}
ARTICLE_IDS = {
    "neuroplasticity-basics", "therapy-and-plasticity", "cbt-and-the-brain",
    "mindfulness-and-the-brain", "emotions-connection-relationship", "serotonin-and-mood",
    "dopamine-and-progress", "oxytocin-and-trust", "breathing-and-the-body",
    "sleep-and-the-anxious-mind", "habits-how-long-change-takes", "what-to-expect-in-therapy",
    "when-mindfulness-is-hard",
}
FOLDER = Path(resource_path("practices"))


def test_every_practice_ships_and_loads() -> None:
    catalog = load_practices(FOLDER)
    assert catalog.notices == []
    assert set(catalog.ids()) == PRACTICE_IDS
    for practice in catalog.practices.values():
        assert set(practice.readings) <= ARTICLE_IDS, practice.id
    assert [p.id for p in catalog.by_kind("timer")] == ["open-timer"]
    assert len(catalog.by_kind("pacer")) == 6 and len(catalog.by_kind("guided")) == 17
    assert catalog.by_kind("guided")[0].id == "sos-panic"  # the first guided card


def test_guided_scripts_leave_room_to_practise() -> None:
    catalog = load_practices(FOLDER)
    lengths = {p.id: p.minutes for p in catalog.by_kind("guided")}
    assert lengths == {
        "breath-awareness-5": 5, "breath-awareness-10": 10, "body-scan-10": 10,
        "body-scan-20": 20, "breathing-space-3": 3, "loving-kindness-10": 10,
        "noting-thoughts-8": 8, "grounding-54321-3": 3, "savoring-progress-5": 5,
        "sos-panic": 3, "back-to-sleep": 5, "wind-down-sleep": 12,
        "progressive-muscle-relaxation": 12, "walking-practice": 10,
        "self-compassion-break": 5, "urge-surfing": 8, "sounds-open-awareness": 10,
    }
    for practice in catalog.by_kind("guided"):
        moments = [c.at for c in practice.cues] + [practice.minutes * 60]
        gaps = [b - a for a, b in itertools.pairwise(moments)]
        assert moments[0] == 0, practice.id
        assert min(gaps) >= 10, practice.id
        # Longer practices leave long silences: on average at least 40 s between cues. (In
        # progressive muscle relaxation "let go" comes 14-18 s after each "tense and hold";
        # the rests between muscle groups are 40-60 s.)
        if practice.minutes >= 8 and practice.id != "progressive-muscle-relaxation":
            assert sum(gaps) / len(gaps) >= 40, practice.id


def write(folder: Path, name: str, data: object) -> None:
    text = data if isinstance(data, str) else json.dumps(data)
    (folder / name).write_text(text, encoding="utf-8")


GOOD = {"id": "calm", "kind": "timer", "title": "Calm", "summary": "Sit.",
        "readings": ["neuroplasticity-basics"], "minutes": 5}


@pytest.mark.parametrize(("data", "problem"), [
    ("{ not json", "not valid JSON (line 1"),
    ({**GOOD, "id": "other"}, "'id' is 'other' but the file is named bad.json"),
    ({**GOOD, "id": "bad", "kind": "dance"}, "'kind' must be one of timer, pacer, guided"),
    ({**GOOD, "id": "bad", "readings": []}, "'readings' must be a non-empty list"),
    ({**GOOD, "id": "bad", "minutes": 500}, "'minutes' must be between 1 and 180"),
    ({**GOOD, "id": "bad", "kind": "pacer", "safety": "Stop if you feel dizzy.",
      "phases": [{"kind": "inhale", "seconds": 0}]}, "phase 1: 'seconds' must be between"),
    ({**GOOD, "id": "bad", "kind": "pacer", "phases": [{"kind": "inhale", "seconds": 4}]},
     "a breathing practice needs a 'safety' line"),
    ({**GOOD, "id": "bad", "kind": "guided", "breathing": True,
      "cues": [{"at": "00:00", "text": "a"}]}, "a breathing practice needs a 'safety' line"),
    ({**GOOD, "id": "bad", "kind": "guided",
      "cues": [{"at": "01:00", "text": "a"}, {"at": "00:30", "text": "b"}]},
     "cue 2 (00:30) is not later than the cue before"),
    ({**GOOD, "id": "bad", "kind": "guided", "cues": [{"at": "09:00", "text": "a"}]},
     "cue 1 (09:00) is not before the end"),
    ({**GOOD, "id": "bad", "kind": "guided", "cues": [{"at": "0:7", "text": "a"}]},
     "is not seconds or MM:SS"),
    ([1, 2, 3], "does not hold a practice object"),
])
def test_a_bad_file_is_named_and_skipped(tmp_path: Path, data: object, problem: str) -> None:
    write(tmp_path, "calm.json", GOOD)
    write(tmp_path, "bad.json", data)
    catalog = load_practices(tmp_path)
    assert catalog.ids() == ["calm"]
    assert len(catalog.notices) == 1
    notice = catalog.notices[0]
    assert notice.path == tmp_path / "bad.json"
    assert notice.text.startswith("bad.json: ") and problem in notice.text


def test_binary_garbage_is_reported(tmp_path: Path) -> None:
    (tmp_path / "junk.json").write_bytes(b"\xff\xfe\x00garbage")
    catalog = load_practices(tmp_path)
    assert catalog.ids() == [] and "junk.json" in catalog.notices[0].text


def test_translation_replaces_words_not_timing(tmp_path: Path) -> None:
    guided = {**GOOD, "kind": "guided", "cues": [{"at": "00:00", "text": "Welcome."},
                                                 {"at": "01:00", "text": "Breathe."}]}
    write(tmp_path, "calm.json", guided)
    (tmp_path / "es").mkdir()
    write(tmp_path / "es", "calm.json", {"title": "Calma",
                                          "cues": [{"text": "Bienvenida."}, "Respira."]})
    practice = load_practices(tmp_path, "es").get("calm")
    assert practice is not None and practice.title == "Calma" and practice.summary == "Sit."
    assert [(c.at, c.text) for c in practice.cues] == [(0, "Bienvenida."), (60, "Respira.")]
    write(tmp_path / "es", "calm.json", {"cues": ["Solo una."]})
    catalog = load_practices(tmp_path, "es")
    assert catalog.get("calm").cues[0].text == "Welcome."  # type: ignore[union-attr]
    assert "es/calm.json" in catalog.notices[0].text


def test_core_practice_modules_import_without_qt() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt in core')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import app.core.breath, app.core.practices, app.core.plan, app.core.session\n"
        "import app.core.recorder, app.core.presets\n"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_every_shipped_translation_fits_its_practice() -> None:
    for folder in sorted(p for p in FOLDER.iterdir() if p.is_dir()):
        catalog = load_practices(FOLDER, folder.name)
        assert catalog.notices == [], folder.name
        english = load_practices(FOLDER)
        for practice in catalog.practices.values():
            assert [c.at for c in practice.cues] == [
                c.at for c in english.practices[practice.id].cues]
