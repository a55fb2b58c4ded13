"""Reading progress: survives a restart, never loses the original file, stays in memory in
the kiosk."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.reading_progress import FILE_NAME, ReadingProgress


def test_position_and_read_state_survive_a_restart(tmp_path: Path) -> None:
    progress = ReadingProgress.in_folder(tmp_path)
    progress.set_position("cbt-and-the-brain", 0.42)
    progress.set_read("neuroplasticity-basics")
    again = ReadingProgress.in_folder(tmp_path)
    assert again.position("cbt-and-the-brain") == 0.42
    assert again.is_read("neuroplasticity-basics")
    assert not again.is_read("cbt-and-the-brain")
    assert again.position("never-opened") == 0.0
    assert again.notices == []


def test_positions_are_clamped_and_nan_ignored(tmp_path: Path) -> None:
    progress = ReadingProgress.in_folder(tmp_path)
    progress.set_position("a", 7.0)
    progress.set_position("b", -1)
    progress.set_position("c", float("nan"))
    assert (progress.position("a"), progress.position("b"), progress.position("c")) == (1, 0, 0)


def test_damaged_file_is_kept_as_bad_and_reported(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text("{ not json", encoding="utf-8")
    progress = ReadingProgress.in_folder(tmp_path)
    assert progress.position("x") == 0.0
    assert len(progress.notices) == 1
    assert FILE_NAME in progress.notices[0].text and ".bad" in progress.notices[0].text
    assert (tmp_path / (FILE_NAME + ".bad")).read_text() == "{ not json"
    progress.set_position("x", 0.5)  # the next save replaces the bad file, original kept
    assert json.loads(path.read_text())["articles"]["x"]["position"] == 0.5


def test_bad_entries_are_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(json.dumps({"schema_version": 1, "articles": {
        "good": {"position": 0.3, "read": True},
        "bad": {"position": "half"},
        "worse": [],
    }}))
    progress = ReadingProgress.in_folder(tmp_path)
    assert progress.position("good") == 0.3 and progress.is_read("good")
    assert "bad" in progress.notices[0].text and "worse" in progress.notices[0].text


def test_kiosk_progress_is_memory_only_and_resets(tmp_path: Path) -> None:
    progress = ReadingProgress.in_folder(None)
    progress.set_position("cbt-and-the-brain", 0.8)
    progress.set_read("cbt-and-the-brain")
    assert progress.position("cbt-and-the-brain") == 0.8
    progress.reset()
    assert progress.position("cbt-and-the-brain") == 0.0
    assert not progress.is_read("cbt-and-the-brain")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_gives_a_notice_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    progress = ReadingProgress(blocker / FILE_NAME)
    notice = progress.set_read("a")
    assert notice is not None and "not saved" in notice.title
    assert progress.is_read("a")


def test_positions_noted_while_scrolling_are_saved_on_the_next_save(tmp_path: Path) -> None:
    progress = ReadingProgress.in_folder(tmp_path)
    progress.set_position("a", 0.3, save=False)
    assert not (tmp_path / FILE_NAME).exists()
    progress.set_position("a", 0.3)  # leaving the article: same value, still written
    assert ReadingProgress.in_folder(tmp_path).position("a") == 0.3
