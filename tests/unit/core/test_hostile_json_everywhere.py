"""P3: every JSON file Rewire reads, made hostile but valid, is named in a notice, kept
as *.bad where it holds the user's data, and never stops the app. A BOM is simply read.

One test per loader family, with the same hostile contents: the list below is the class
(100,000-deep nesting, a 5,000-digit integer, half a UTF-16 pair, not UTF-8, 50 MB).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.clinic import FALLBACK, load_clinic
from app.core.paths import DataPaths
from app.core.plans import PlanStore
from app.core.practices import load_practices
from app.core.presets import PresetStore
from app.core.reading_progress import ReadingProgress
from app.core.settings import SettingsStore
from app.core.state import StateStore

from app.kiosk.config import load_pin
from app.kiosk.counts import load_counts
from app.kiosk.crashguard import CrashGuard

HOSTILE: dict[str, bytes] = {
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "long-number": b'{"schema_version": ' + b"7" * 5000 + b"}",
    "surrogate": b'{"general": {"language": "\\ud800"}}',
    "not-utf8": b'{"a": "\xff\xfe"}',
    "huge": b'{"a": "' + b"x" * (50 * 1024 * 1024) + b'"}',
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request: pytest.FixtureRequest) -> bytes:
    return HOSTILE[request.param]


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_settings(tmp_path: Path, hostile: bytes) -> None:
    path = _write(tmp_path / "settings.json", hostile)
    store = SettingsStore.load(path)
    assert store.notices and "settings.json" in store.notices[0].text
    assert (tmp_path / "settings.json.bad").read_bytes() == hostile
    assert store.settings.general.language == "system"  # the defaults


def test_settings_with_a_bom_are_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "settings.json",
                  b"\xef\xbb\xbf" + json.dumps({"general": {"language": "es"}}).encode())
    store = SettingsStore.load(path)
    assert store.settings.general.language == "es" and not store.notices


def test_settings_that_cannot_be_kept_aside_are_never_overwritten(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "settings.json", HOSTILE["deep"])
    monkeypatch.setattr("app.core.settings.keep_aside", lambda *a, **k: None)
    store = SettingsStore.load(path)
    notice = store.update("general", language="es")
    assert notice is not None and "does not write over it" in notice.text
    assert path.read_bytes() == HOSTILE["deep"]
    assert store.settings.general.language == "es"  # the change applies for this run


def test_an_earlier_bad_copy_is_not_overwritten(tmp_path: Path) -> None:
    _write(tmp_path / "settings.json.bad", b"older damage")
    path = _write(tmp_path / "settings.json", HOSTILE["deep"])
    store = SettingsStore.load(path)
    assert (tmp_path / "settings.json.bad").read_bytes() == b"older damage"
    assert (tmp_path / "settings.json.bad.2").read_bytes() == HOSTILE["deep"]
    assert "settings.json.bad.2" in store.notices[0].text


def test_state(tmp_path: Path, hostile: bytes) -> None:
    path = _write(tmp_path / "state.json", hostile)
    state = StateStore(path)
    assert state.get("anything", 1) == 1
    assert (tmp_path / "state.json.bad").read_bytes() == hostile
    state.set("x", 2)
    assert StateStore(path).get("x") == 2


@pytest.mark.parametrize("store", ["presets", "reading progress"])
def test_user_data_stores(tmp_path: Path, hostile: bytes, store: str) -> None:
    load: Callable[[Path], object]
    if store == "presets":
        name, load = "presets.json", PresetStore.load
    else:
        name, load = "readings.json", ReadingProgress
    path = _write(tmp_path / name, hostile)
    notices = load(path).notices  # type: ignore[attr-defined]
    assert notices and name in notices[0].text
    assert (tmp_path / f"{name}.bad").read_bytes() == hostile


def test_stored_plan(tmp_path: Path, hostile: bytes) -> None:
    _write(tmp_path / "plan.json", hostile)
    store = PlanStore(tmp_path)
    notice = store.load()
    assert notice is not None and "plan.json" in notice.text and store.plan is None
    assert (tmp_path / "plan.json.bad").read_bytes() == hostile


def test_clinic_profile(tmp_path: Path, hostile: bytes) -> None:
    profile, notice = load_clinic(_write(tmp_path / "clinic.json", hostile))
    assert profile == FALLBACK and notice is not None and "clinic.json" in notice.text


def test_practice_and_translation(tmp_path: Path, hostile: bytes) -> None:
    folder = tmp_path / "practices"
    _write(folder / "bad-one.json", hostile)
    good = {"id": "quiet", "kind": "timer", "title": "Quiet", "summary": "Sit.",
            "readings": ["mindfulness-and-the-brain"], "minutes": 5}
    _write(folder / "quiet.json", json.dumps(good).encode())
    _write(folder / "es" / "quiet.json", hostile)
    catalog = load_practices(folder, "es")
    assert list(catalog.practices) == ["quiet"]
    assert catalog.practices["quiet"].title == "Quiet"
    texts = " ".join(n.text for n in catalog.notices)
    assert "bad-one.json" in texts and "es/quiet.json" in texts


def test_kiosk_files(tmp_path: Path, hostile: bytes) -> None:
    paths = DataPaths.portable_in(tmp_path)
    _write(paths.config / "kiosk.json", hostile)
    pin, notice = load_pin(paths)
    assert pin is None and notice is not None and "kiosk.json" in notice.text
    with pytest.raises(ValueError, match=r"kiosk-counts\.json"):
        load_counts(_write(paths.data / "kiosk-counts.json", hostile))
    from datetime import UTC, datetime

    guard = CrashGuard(_write(paths.data / "crashguard.json", hostile),
                       lambda: datetime(2025, 1, 1, tzinfo=UTC))
    assert guard.record_start().recent_crashes == 0
