"""Paths read from files never leave their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.safepaths import UnsafePath, inside, is_inside


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "recordings"
    path.mkdir(parents=True)
    (tmp_path / "data" / "practice-log.sqlite3").write_text("log")
    return path


def test_a_plain_name_resolves_inside(folder: Path) -> None:
    assert inside(folder, "abc.wav") == (folder / "abc.wav").resolve()
    assert inside(folder, "sub/abc.wav") == (folder / "sub" / "abc.wav").resolve()


@pytest.mark.parametrize("name", [
    "../practice-log.sqlite3", "sub/../../practice-log.sqlite3", "..\\practice-log.sqlite3",
    "/etc/passwd", "\\\\server\\share\\x", "C:\\Windows\\x", "c:x", "", "   ", "a\x00b",
])
def test_escapes_are_refused(folder: Path, name: str) -> None:
    with pytest.raises(UnsafePath):
        inside(folder, name)


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX here")
def test_a_symlink_out_is_refused(folder: Path) -> None:
    (folder / "link.wav").symlink_to(folder.parent / "practice-log.sqlite3")
    with pytest.raises(UnsafePath) as caught:
        inside(folder, "link.wav")
    assert "link" in str(caught.value)
    assert not is_inside(folder, folder / "link.wav")
    assert is_inside(folder, folder / "other.wav")

