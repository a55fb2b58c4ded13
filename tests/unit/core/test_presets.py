"""User presets: saved atomically, read back, a damaged file kept aside with a notice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.presets import PresetError, PresetStore


def test_presets_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    store = PresetStore.load(path)
    assert store.all() == []
    options = {"minutes": 20, "interval_mode": "every", "interval_every_min": 5}
    assert store.save_preset("  Morning   twenty ", "open-timer", options) is None
    store.save_preset("Quick box", "box-breathing", {"minutes": 2})
    store.save_preset("morning TWENTY", "open-timer", {**options, "minutes": 25})  # replaces
    again = PresetStore.load(path)
    assert [p.name for p in again.all()] == ["Quick box", "morning TWENTY"]
    assert again.get("Morning twenty").options["minutes"] == 25  # type: ignore[union-attr]
    assert [p.name for p in again.all("box-breathing")] == ["Quick box"]
    again.delete("quick box")
    assert [p.name for p in PresetStore.load(path).all()] == ["morning TWENTY"]
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(("name", "options", "why"), [
    ("", {}, "name"),
    ("x" * 61, {}, "at most 60"),
    ("Odd", {"minutes": 0}, "minutes: must be between 1 and 180"),
    ("Odd", {"bell": "air-horn"}, "bell: is not a known bell"),
])
def test_bad_presets_are_refused(tmp_path: Path, name: str, options: dict[str, object],
                                 why: str) -> None:
    store = PresetStore.load(tmp_path / "presets.json")
    with pytest.raises(PresetError, match=why):
        store.save_preset(name, "open-timer", options)
    assert not (tmp_path / "presets.json").exists()


@pytest.mark.parametrize("content", ["{oops", json.dumps({"presets": [{"name": 3}]}), "[]"])
def test_a_damaged_file_is_kept_as_bad(tmp_path: Path, content: str) -> None:
    path = tmp_path / "presets.json"
    path.write_text(content, encoding="utf-8")
    store = PresetStore.load(path)
    assert store.all() == []
    assert (tmp_path / "presets.json.bad").read_text(encoding="utf-8") == content
    assert len(store.notices) == 1 and "presets.json" in store.notices[0].text
    store.save_preset("New", "open-timer", {"minutes": 5})
    assert (tmp_path / "presets.json.bad").read_text(encoding="utf-8") == content
    assert [p.name for p in PresetStore.load(path).all()] == ["New"]


def test_an_unwritable_file_gives_a_notice(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "presets.json").mkdir()  # a folder where the file should be: writing fails
    store = PresetStore.load(folder / "presets.json")
    notice = store.save_preset("A", "open-timer", {})
    assert notice is not None and "presets.json" in notice.text
