"""Take the counselor screenshots in docs/screenshots/ (issue 15), and look-over variants.

    python tools/counselor_screenshots.py [NAME ...]     # default: the ones docs/ keeps
    python tools/counselor_screenshots.py --all          # also dark, Spanish and 200 % text

Each shot gets its own data folder under /tmp: six weeks of seeded practice with moods, a
homework plan (with appointments, a check-in schedule and a support-plan prefill), an
appointment tomorrow, two check-ins, shared and private notes, and a settings.json (theme,
language, text size). Then /work/shared/tools/xshot runs tools/counselor_scene.py at 1280x800.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.comfort_screenshots import FULL_SCREEN_GEOMETRY  # noqa: E402

from app.core.paths import DataPaths  # noqa: E402

XSHOT = Path("/work/shared/tools/xshot")
OUT = ROOT / "docs" / "screenshots"
ZONE = "America/Los_Angeles"
LIGHT = {"general": {"theme": "light"}}
DARK = {"general": {"theme": "dark"}}
SPANISH = {"general": {"theme": "light", "language": "es"}}
BIG = {"general": {"theme": "light", "text_scale": 2.0}}

# name: (scene, settings, kept in docs/screenshots)
SHOTS = {
    "counselor-home": ("home", LIGHT, True),
    "counselor-summary": ("preview", LIGHT, True),
    "counselor-checkin": ("checkin", LIGHT, True),
    "counselor-crisis": ("crisis", LIGHT, True),
    "counselor-support-plan": ("support-plan", LIGHT, True),
    "counselor-page-es": ("counselor", SPANISH, True),
    "counselor-checkin-es": ("checkin", SPANISH, True),
    "counselor-page-200": ("counselor", BIG, True),
    "counselor-page": ("counselor", LIGHT, False),
    "counselor-page-dark": ("counselor", DARK, False),
    "counselor-home-es": ("home", SPANISH, False),
    "counselor-home-200": ("home", BIG, False),
    "counselor-summary-es": ("preview", SPANISH, False),
    "counselor-crisis-es": ("crisis", SPANISH, False),
    "counselor-crisis-dark": ("crisis", DARK, False),
    "counselor-crisis-200": ("crisis", BIG, False),
    "counselor-checkin-200": ("checkin", BIG, False),
    "counselor-support-plan-es": ("support-plan", SPANISH, False),
    "counselor-support-plan-dark": ("support-plan", DARK, False),
    "counselor-support-plan-200": ("support-plan", BIG, False),
}


def prepare(name: str, settings: dict[str, dict[str, object]]) -> Path:
    from app.core.clock import SystemClock
    from app.core.plans import PlanStore

    from app.storage.log import PracticeLog
    from app.storage.seed import history, seed_log

    root = Path(f"/tmp/rewire-shot-{name}")
    shutil.rmtree(root, ignore_errors=True)
    paths = DataPaths.portable_in(root)
    paths.ensure()
    now = datetime.now(UTC)
    today = now.astimezone(ZoneInfo(ZONE)).date()
    seed_log(paths.data, history(today - timedelta(days=1), 42, ZONE, seed=15))
    spanish = settings.get("general", {}).get("language") == "es"
    lg = PracticeLog.in_folder(paths.data, SystemClock(), auto_backup=False)
    notes = [r for r in lg.recent(20) if r.practice_id != "open-timer"][:3]
    texts = (["Dormí mejor después del escáner corporal.", "Semana difícil en el trabajo.",
              "Solo para mí."] if spanish else
             ["Slept better after the body scan.", "A hard week at work; breathing helped.",
              "Just for me."])
    for row, text, shared in zip(notes, texts, (True, True, False), strict=False):
        lg.update_session(row.id, note=text)
        lg.set_note_shared(row.id, shared)
    for days, answers in ((12, [2, 2, 1, 2, 1, 1, 1, 0, 0]), (2, [1, 1, 1, 1, 0, 1, 1, 0, 0])):
        taken = datetime.combine(today - timedelta(days=days), time(19, 30), ZoneInfo(ZONE))
        lg.add_checkin("phq9", answers, taken.astimezone(UTC), ZONE)
    lg.add_checkin("gad7", [1, 2, 1, 1, 0, 1, 1],
                   datetime.combine(today - timedelta(days=2), time(19, 35),
                                    ZoneInfo(ZONE)).astimezone(UTC), ZONE)
    lg.close()
    plan = {
        "format": "rewire-plan", "version": 1,
        "title": "Dos semanas tranquilas" if spanish else "Two calm weeks",
        "from": "Meditative Minds", "starts": (today - timedelta(days=9)).isoformat(),
        "ends": (today + timedelta(days=4)).isoformat(),
        "items": [{"practice": "box-breathing", "minutes": 5, "per": "day"},
                  {"practice": "body-scan-10", "minutes": 20, "per": "week"},
                  {"read": "cbt-and-the-brain"}],
        "appointments": [{"date": (today + timedelta(days=1)).isoformat(), "time": "16:00",
                          "time_zone": ZONE}],
        "checkins": {"instruments": ["phq9", "gad7"], "every_days": 14,
                     "before_appointments": True},
        "support_plan": {"on_my_own": (["Salir a caminar 10 minutos", "Respiración cuadrada"]
                                       if spanish else ["A 10-minute walk",
                                                        "Box breathing"])},
    }
    plan_file = root / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    PlanStore(paths.data).import_file(plan_file)
    talk = ("Cómo manejar las mañanas difíciles." if spanish else
            "How to handle the hard mornings, and whether to try a longer body scan.")
    (paths.data / "counselor-notes.json").write_text(json.dumps(
        {"format": "rewire-counselor-notes", "version": 1, "talk_about": talk}),
        encoding="utf-8")
    sign = ("Dejo de contestar mensajes" if spanish else "I stop answering messages")
    (paths.data / "support-plan.json").write_text(json.dumps(
        {"format": "rewire-support-plan", "version": 1, "warning_signs": [sign],
         "ask_for_help": [{"name": "Ana", "phone": "805-555-0142"}]}), encoding="utf-8")
    full = {"schema_version": 1, "journal": {"daily_goal_min": 10}, **settings}
    paths.settings_file.write_text(json.dumps(full, indent=2), encoding="utf-8")
    paths.state_file.write_text(json.dumps({"window_geometry": FULL_SCREEN_GEOMETRY}),
                                encoding="utf-8")
    return root


def shoot(name: str) -> int:
    scene, settings, keep = SHOTS[name]
    root = prepare(name, settings)
    env = dict(os.environ, TZ=ZONE)
    if settings.get("general", {}).get("language") == "es":
        env["LANG"] = "es_US.UTF-8"
    target = OUT if keep else Path("/tmp/rewire-shots")
    target.mkdir(parents=True, exist_ok=True)
    out = target / f"{name}.png"
    code = subprocess.run([str(XSHOT), "--size", "1282x826", "--wait", "5", str(out), "--",
                           sys.executable, str(ROOT / "tools" / "counselor_scene.py"),
                           "--data-dir", str(root), scene], env=env, cwd=ROOT).returncode
    if code == 0:
        convert = "/usr/bin/convert" if Path("/usr/bin/convert").exists() else "convert"
        subprocess.run([convert, str(out), "-crop", "1280x800+1+25", "+repage", str(out)],
                       check=True)
    print(f"{name}: {out}" if code == 0 else f"{name}: failed ({code})")
    return code


def main(argv: list[str]) -> int:
    if "--all" in argv:
        names = list(SHOTS)
    else:
        names = [a for a in argv if not a.startswith("-")] or [n for n, s in SHOTS.items()
                                                                if s[2]]
    return max(shoot(n) for n in names)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
