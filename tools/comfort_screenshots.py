"""Take the Home screenshots in docs/screenshots/ (light, dark, Spanish, text at 200%).

    python tools/comfort_screenshots.py [NAME ...]   # NAME: home-light home-dark spanish text-200

Each shot gets its own data folder under /tmp with two months of seeded practice, a session
earlier today, a last practice, a homework plan around today and a settings.json (theme,
language, text size), then runs /work/shared/tools/xshot at 1280x800.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.paths import DataPaths  # noqa: E402

XSHOT = Path("/work/shared/tools/xshot")
OUT = ROOT / "docs" / "screenshots"
ZONE = "America/New_York"

SHOTS = {
    "home-light": {"general": {"theme": "light"}},
    "home-dark": {"general": {"theme": "dark"}},
    "spanish": {"general": {"theme": "light", "language": "es"}},
    "text-200": {"general": {"theme": "light", "text_scale": 2.0}},
}


# Xvfb has no window manager: Qt places a restored window 1 px right and 25 px down (the frame
# it assumes). So xshot runs a 1282x826 screen, this saved geometry (QWidget.saveGeometry,
# format 3) puts the window's 1280x800 client area at (1, 25), and the shot is cropped to it.
FULL_SCREEN_GEOMETRY = ("AdnQywADAAAAAAAAAAAAAAAABQEAAAM5AAAAAQAAABkAAAUAAAADOAAAAAAAAAAABQIAAAAB"
                        "AAAAGQAABQAAAAM4")


def prepare(name: str, settings: dict[str, dict[str, object]]) -> Path:
    from app.storage.rows import new_row
    from app.storage.seed import history, seed_log

    root = Path(f"/tmp/rewire-shot-{name}")
    shutil.rmtree(root, ignore_errors=True)
    paths = DataPaths.portable_in(root)
    paths.ensure()
    now = datetime.now(UTC)
    today = now.astimezone(ZoneInfo(ZONE)).date()
    rows = list(history(today - timedelta(days=1), 60, ZONE, seed=11))
    rows.append(new_row(practice_id="box-breathing", practice_title="Box breathing",
                        kind="pacer", source="app", started_at=now - timedelta(minutes=40),
                        time_zone=ZONE, planned_s=360, duration_s=360, status="done",
                        completed=True, mood_before=None, mood_after=None, note="",
                        updated=now))
    seed_log(paths.data, iter(rows))
    plan = json.loads((ROOT / "resources" / "plans" / "example-plan.json").read_text("utf-8"))
    monday = today - timedelta(days=today.weekday())
    plan["starts"] = (monday - timedelta(days=7)).isoformat()
    plan["ends"] = (monday + timedelta(days=6)).isoformat()
    plan["items"][2]["by"] = (monday + timedelta(days=4)).isoformat()
    if settings.get("general", {}).get("language") == "es":
        plan["title"] = "Dos semanas tranquilas"
        plan["from"] = "Tu terapeuta de Meditative Minds"
        plan["note"] = ("Poco y constante vale más que mucho y de vez en cuando. Si un día se "
                        "escapa, vuelve a empezar al día siguiente.")
    (paths.data / "plan.json").write_text(json.dumps(plan, indent=2), encoding="utf-8")
    full = {"schema_version": 1, "journal": {"daily_goal_min": 10}, **settings}
    paths.settings_file.write_text(json.dumps(full, indent=2), encoding="utf-8")
    paths.state_file.write_text(json.dumps({
        "last_page": "home",
        "window_geometry": FULL_SCREEN_GEOMETRY,
        "last_practice": {"id": "body-scan-10", "options": {"minutes": 10}},
    }), encoding="utf-8")
    return root


def shoot(name: str) -> int:
    root = prepare(name, SHOTS[name])
    env = dict(os.environ, TZ=ZONE)
    if SHOTS[name].get("general", {}).get("language") == "es":
        env["LANG"] = "es_US.UTF-8"
    out = OUT / f"{name}.png"
    OUT.mkdir(parents=True, exist_ok=True)
    code = subprocess.run([str(XSHOT), "--size", "1282x826", "--wait", "4", str(out), "--",
                           sys.executable, str(ROOT / "main.py"), "--data-dir", str(root),
                           "--page", "home"], env=env, cwd=ROOT).returncode
    if code == 0:
        subprocess.run(["convert", str(out), "-crop", "1280x800+1+25", "+repage", str(out)],
                       check=True)
    return code


def main(argv: list[str]) -> int:
    names = argv or list(SHOTS)
    return max(shoot(n) for n in names)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
