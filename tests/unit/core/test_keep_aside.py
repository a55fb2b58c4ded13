"""A damaged file is kept beside itself before anything replaces it."""

from __future__ import annotations

from pathlib import Path

from app.core.atomic import keep_aside, kept_note


def test_copied_by_default_and_named_in_the_note(tmp_path: Path) -> None:
    damaged = tmp_path / "settings.json"
    damaged.write_text("{not json", encoding="utf-8")
    kept = keep_aside(damaged)
    assert kept == tmp_path / "settings.json.bad"
    assert kept.read_text(encoding="utf-8") == "{not json" and damaged.exists()
    assert kept_note(kept) == " The original is kept as settings.json.bad."


def test_moved_when_asked(tmp_path: Path) -> None:
    damaged = tmp_path / "plan.json"
    damaged.write_text("[]", encoding="utf-8")
    assert keep_aside(damaged, move=True) == tmp_path / "plan.json.bad"
    assert not damaged.exists()


def test_a_refused_copy_is_not_claimed(tmp_path: Path) -> None:
    assert keep_aside(tmp_path / "gone.json") is None  # nothing to keep, nothing said
    assert kept_note(None) == ""
