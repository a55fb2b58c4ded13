"""`rewire kiosk set-pin | export-counts | status`, run in process."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main

from app.core.paths import DataPaths

from app.kiosk.config import kiosk_file, load_pin
from app.kiosk.pin import verify_pin


class FakeStdin(io.StringIO):
    def __init__(self, text: str, tty: bool = False) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def run(monkeypatch, data: Path, *args: str, stdin: str = "", tty: bool = False) -> int:
    monkeypatch.setattr("sys.stdin", FakeStdin(stdin, tty))
    return main(["--data-dir", str(data), "kiosk", *args])


def test_set_pin_from_stdin_stores_only_a_hash(monkeypatch, tmp_path, capsys) -> None:
    assert run(monkeypatch, tmp_path, "set-pin", stdin="739164\n") == 0
    paths = DataPaths.portable_in(tmp_path)
    stored, notice = load_pin(paths)
    assert notice is None and stored is not None and verify_pin("739164", stored)
    assert "739164" not in kiosk_file(paths).read_text(encoding="utf-8")
    assert "739164" not in capsys.readouterr().out


def test_set_pin_prompts_twice_without_echo_and_refuses_a_mismatch(monkeypatch, tmp_path,
                                                                  capsys) -> None:
    answers = iter(["2580", "2581"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert run(monkeypatch, tmp_path, "set-pin", tty=True) == 1
    assert len(prompts) == 2
    assert "not the same" in capsys.readouterr().err
    assert not kiosk_file(DataPaths.portable_in(tmp_path)).exists()


@pytest.mark.parametrize("bad", ["12", "12ab", "", "1234567890123"])
def test_bad_pins_change_nothing(monkeypatch, tmp_path, capsys, bad: str) -> None:
    assert run(monkeypatch, tmp_path, "set-pin", stdin="482916\n") == 0
    before = kiosk_file(DataPaths.portable_in(tmp_path)).read_bytes()
    assert run(monkeypatch, tmp_path, "set-pin", stdin=bad + "\n" if bad else "") == 1
    assert "not changed" in capsys.readouterr().err
    assert kiosk_file(DataPaths.portable_in(tmp_path)).read_bytes() == before


def test_export_counts_and_status(monkeypatch, tmp_path, capsys) -> None:
    paths = DataPaths.portable_in(tmp_path)
    paths.data.mkdir(parents=True)
    (paths.data / "kiosk-counts.json").write_text(json.dumps({"days": {
        "2026-03-01": {"box-breathing": {"sessions": 2, "minutes": 6.0}},
        "2026-03-02": {"grounding-54321-3": {"sessions": 1, "minutes": 3.0}},
    }}), encoding="utf-8")
    out = tmp_path / "counts.csv"
    assert run(monkeypatch, tmp_path, "export-counts", str(out)) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [
        "date,practice,sessions,minutes",
        "2026-03-01,box-breathing,2,6.0",
        "2026-03-02,grounding-54321-3,1,3.0",
    ]
    capsys.readouterr()
    assert run(monkeypatch, tmp_path, "status") == 0
    status = capsys.readouterr().out
    assert "Staff PIN: NOT SET" in status and "Idle: 120 s" in status


def test_damaged_counts_are_named(monkeypatch, tmp_path, capsys) -> None:
    paths = DataPaths.portable_in(tmp_path)
    paths.data.mkdir(parents=True)
    (paths.data / "kiosk-counts.json").write_text("{broken", encoding="utf-8")
    assert run(monkeypatch, tmp_path, "export-counts") == 1
    assert "kiosk-counts.json" in capsys.readouterr().err
