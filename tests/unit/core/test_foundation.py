"""Paths, atomic writes, the clinic profile, the fake clock and the shipped resources."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.atomic import atomic_write_text
from app.core.clinic import FALLBACK, load_clinic, parse_clinic
from app.core.clock import FakeClock
from app.core.palettes import PALETTES, TEXT_PAIRS, contrast_ratio
from app.core.paths import DataPaths
from app.core.resources import audio_root, resource_path


def test_portable_paths_stay_inside_the_folder(tmp_path: Path) -> None:
    paths = DataPaths.portable_in(tmp_path)
    for folder in (paths.data, paths.config, paths.cache, paths.logs):
        assert folder.is_relative_to(tmp_path)
    paths.ensure()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "config", "data", "logs"]


def test_user_paths_follow_xdg(_isolated_home: Path) -> None:
    paths = DataPaths.for_user()
    assert paths.config.is_relative_to(_isolated_home)
    assert paths.data.is_relative_to(_isolated_home)


def test_atomic_write_keeps_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    atomic_write_text(target, "old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_shipped_clinic_profile_names_the_clinic() -> None:
    clinic, notice = load_clinic()
    assert notice is None
    assert clinic.name == "Meditative Minds Counseling & Wellness"
    assert clinic.phone == "805-285-8466"
    numbers = [line.number for line in clinic.crisis]
    assert {"911", "988", "805-285-8466"} <= set(numbers)


@pytest.mark.parametrize(
    "content",
    ["", "[]", '{"name": "X"}', '{"name":"X","city":"Y","phone":"1","about":"a","crisis":[{}]}'],
)
def test_broken_clinic_profile_falls_back_and_names_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "clinic.json"
    path.write_text(content)
    clinic, notice = load_clinic(path)
    assert clinic == FALLBACK
    assert notice is not None and notice.path == path and "clinic.json" in notice.text
    assert {"911", "988"} <= {line.number for line in clinic.crisis}


def test_another_clinic_only_replaces_the_file() -> None:
    raw = json.loads(resource_path("clinic.json").read_text())
    raw.update(name="Harbor Counseling", phone="555-0100", crisis=[])
    clinic = parse_clinic(raw)
    assert clinic.name == "Harbor Counseling"
    assert {"911", "988"} <= {line.number for line in clinic.crisis}


def test_fake_clock_separates_wall_and_monotonic_time() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    m0 = clock.monotonic()
    clock.advance(10)
    clock.jump_wall(-3600)
    assert clock.monotonic() - m0 == 10
    assert clock.now() == datetime(2025, 12, 31, 23, 0, 10, tzinfo=UTC)
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_resources_and_audio_are_found() -> None:
    assert resource_path("clinic.json").is_file()
    assert audio_root().is_dir()


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_every_text_pair_reaches_wcag_aa(scheme: str) -> None:
    palette = PALETTES[scheme]
    failing = {
        (fg, bg): round(contrast_ratio(palette[fg], palette[bg]), 2)
        for fg, bg in TEXT_PAIRS
        if contrast_ratio(palette[fg], palette[bg]) < 4.5
    }
    assert failing == {}
