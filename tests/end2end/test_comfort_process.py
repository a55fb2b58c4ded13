"""The real program in Spanish, with reminders, a homework plan and the dark theme: it starts,
greets the person in Spanish on Home, and exits 0 on SIGTERM with no error in its log."""

from __future__ import annotations

import json
import shutil
import signal
from pathlib import Path

import pytest

from app.core.resources import resource_path

pytestmark = pytest.mark.end2end


def test_spanish_dark_with_plan_and_reminders_starts_and_exits_cleanly(
        run_rewire, tmp_path: Path) -> None:
    data = tmp_path / "portable"
    (data / "config").mkdir(parents=True)
    (data / "data").mkdir()
    (data / "config" / "settings.json").write_text(json.dumps({
        "schema_version": 1,
        "general": {"language": "es", "theme": "dark", "text_scale": 1.5},
        "reminders": {"times": ["09:00", "21:30"], "quiet_start": "22:00",
                      "quiet_end": "07:00"},
    }), encoding="utf-8")
    shutil.copyfile(resource_path("plans", "example-plan.json"), data / "data" / "plan.json")
    app = run_rewire("--data-dir", str(data), "--page", "home")
    app.wait_for_line("rewire-first-frame")
    greeting = app.wait_for_line("rewire-page home:").split(":", 1)[1].strip()
    assert greeting in ("Buenos días", "Buenas tardes", "Buenas noches", "Hola")
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(timeout=30) == 0
    log = (data / "logs" / "rewire.log").read_text(encoding="utf-8")
    problems = [line for line in log.splitlines() if " ERROR " in line or "Traceback" in line]
    assert not problems, "\n".join(problems)
    assert (data / "data" / "plan.json").exists()  # the plan was kept as it was
