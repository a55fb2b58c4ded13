"""P3 in the real program: hostile settings.json and state.json never stop Rewire at start,
in kiosk mode neither (where a crash before the crash guard would skip the maintenance
screen): the first frame appears, the file is kept as .bad, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.end2end

HOSTILE = {"deep": "[" * 100_000 + "]" * 100_000,
           "long-number": '{"general": {"daily_goal_min": ' + "9" * 5000 + "}}"}


@pytest.mark.parametrize("kiosk", [False, True], ids=["desktop", "kiosk"])
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_app_starts_with_hostile_settings(run_rewire, tmp_path: Path, kiosk: bool,
                                              kind: str) -> None:
    data = tmp_path / "portable"
    config = data / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(HOSTILE[kind])
    (config / "state.json").write_text(HOSTILE[kind])
    app = run_rewire("--data-dir", str(data), *(["--kiosk"] if kiosk else []), probe="exit")
    app.wait_for_line("rewire-first-frame")
    assert app.proc.wait(timeout=60) == 0
    assert app.proc.stderr is not None
    assert "Traceback" not in app.proc.stderr.read()
    assert (config / "settings.json.bad").read_text() == HOSTILE[kind]
    assert (config / "state.json.bad").read_text() == HOSTILE[kind]
