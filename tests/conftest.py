"""Shared test set-up: Qt runs offscreen, nothing touches the user's real folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# Qt Multimedia must never pick a real sound card in the ordinary test run; the audio tests
# start their own PulseAudio null sink and point PULSE_SERVER at it themselves.
os.environ.setdefault("PULSE_SERVER", "unix:/nonexistent-rewire-test-sink")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point HOME and the XDG folders at an empty folder, so no test can write the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        monkeypatch.setenv(var, str(home / sub))
    yield home


@pytest.fixture(autouse=True)
def _restore_logging():
    """Tests that run the CLI in-process add log handlers; take them away again."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "rewire-data"
    path.mkdir()
    return path
