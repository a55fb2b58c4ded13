"""Settings: a bad file never stops the app, never loses the original, and says what it did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.settings import SCHEMA_VERSION, InvalidValue, Settings, SettingsStore


def write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")


def test_missing_file_gives_defaults_and_no_notice(tmp_path: Path) -> None:
    store = SettingsStore.load(tmp_path / "settings.json")
    assert store.settings == Settings()
    assert store.notices == []


def test_round_trip_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore.load(path)
    store.update("general", theme="dark", text_scale=1.5)
    store.update("journal", daily_goal_min=10, day_start_hour=3)
    again = SettingsStore.load(path)
    assert again.settings.general.theme == "dark"
    assert again.settings.general.text_scale == 1.5
    assert again.settings.journal.day_start_hour == 3
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION


def test_garbage_file_falls_back_and_is_kept_as_bad(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write(path, "{not json at all")
    store = SettingsStore.load(path)
    assert store.settings == Settings()
    assert len(store.notices) == 1
    assert "settings.json" in store.notices[0].text
    assert (tmp_path / "settings.json.bad").read_text() == "{not json at all"


def test_one_bad_value_resets_only_that_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write(path, {"general": {"theme": "purple", "text_scale": 1.25},
                 "journal": {"daily_goal_min": -4, "hide_streaks": True}})
    store = SettingsStore.load(path)
    assert store.settings.general.theme == "system"
    assert store.settings.general.text_scale == 1.25
    assert store.settings.journal.daily_goal_min == 1
    assert store.settings.journal.hide_streaks is True
    [notice] = store.notices
    assert "general.theme" in notice.text and "journal.daily_goal_min" in notice.text
    assert (tmp_path / "settings.json.bad").exists()


@pytest.mark.parametrize("bad", [[1, 2], "text", 3, None, {"general": "x"}])
def test_wrong_shapes_never_raise(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "settings.json"
    write(path, json.dumps(bad))
    store = SettingsStore.load(path)
    assert isinstance(store.settings, Settings)


def test_invalid_update_changes_nothing(tmp_path: Path) -> None:
    store = SettingsStore.load(tmp_path / "settings.json")
    with pytest.raises(InvalidValue):
        store.update("general", theme="dark", text_scale=9.0)
    assert store.settings.general.theme == "system"
    assert not (tmp_path / "settings.json").exists()


def test_newer_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write(path, {"schema_version": SCHEMA_VERSION + 5, "general": {"theme": "dark"}})
    store = SettingsStore.load(path)
    assert store.settings.general.theme == "dark"
    assert (tmp_path / "settings.json.newer").exists()


def test_full_disk_reports_instead_of_raising(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import app.core.settings as settings_module

    def no_space(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    store = SettingsStore.load(tmp_path / "settings.json")
    monkeypatch.setattr(settings_module, "atomic_write_text", no_space)
    notice = store.update("general", theme="light")
    assert notice is not None
    assert "settings.json" in notice.text and "No space" in notice.text
    assert store.settings.general.theme == "light"


def test_listeners_hear_the_section(tmp_path: Path) -> None:
    store = SettingsStore.load(tmp_path / "settings.json")
    heard: list[str] = []
    store.subscribe(heard.append)
    store.update("sound", master_volume=40)
    assert heard == ["sound"]
