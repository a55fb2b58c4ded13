"""Take the kiosk screenshots in docs/screenshots/ at 1920x1080 and 1280x800.

    python tools/kiosk_screenshots.py [welcome practice pin ...]

Each shot runs this file again under /work/shared/tools/xshot with `--show SCREEN`: the real
kiosk window on a fresh data folder (a staff PIN set), moved to the screen to photograph.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

XSHOT = Path("/work/shared/tools/xshot")
OUT = ROOT / "docs" / "screenshots"
SCREENS = ("welcome", "practice", "pin")
EXTRA = ("choose", "read", "staff")  # for checking by eye; not kept in docs/
SIZES = ("1920x1080", "1280x800")


def show(screen: str, data_dir: str) -> int:
    from PySide6.QtCore import QTimer

    from app.core.paths import DataPaths

    from app.ui.kiosk.window import create_kiosk_window
    from app.ui.shell.app import build_services, create_application
    from app.ui.shell.navigator import Navigator
    from app.ui.style.theme import apply_theme

    app = create_application()
    services = build_services(DataPaths.portable_in(Path(data_dir)), kiosk=True)
    apply_theme(app, services.settings.general.theme, services.settings.general.text_scale)
    window = create_kiosk_window(services, Navigator(app))
    window.show()

    def go() -> None:
        if screen == "practice":
            window._on_welcome_practice_requested()
            visitor = window.visitor
            definition = next(d for d in visitor.practices if d.id == "box-breathing")
            visitor._on_begin(definition)
            visitor.start_chosen(sound=False)
        elif screen == "choose":
            window._on_welcome_practice_requested()
        elif screen == "read":
            window.visitor.open_article("neuroplasticity-basics")
            window._show_visitor()
        elif screen == "staff":
            window.open_pinpad()
            window._on_pinpad_unlocked()
        elif screen == "pin":
            window.open_pinpad()
            for digit in "24":
                window.pinpad.press(digit)

    QTimer.singleShot(300, go)
    return app.exec()


def shoot(screen: str, size: str) -> Path:
    data = Path(f"/tmp/rewire-kiosk-shot-{screen}-{size}")
    shutil.rmtree(data, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "kiosk",
                    "set-pin"], input="13572468\n", text=True, check=True,
                   capture_output=True)
    width = size.split("x")[0]
    out = (OUT if screen in SCREENS else Path("/tmp")) / f"kiosk-{screen}-{width}.png"
    subprocess.run([str(XSHOT), "--size", size, "--wait", "8", str(out), "--",
                    sys.executable, __file__, "--show", screen, "--data-dir", str(data)],
                   check=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("screens", nargs="*", metavar="SCREEN",
                        help=f"any of {', '.join(SCREENS)} (default: all)")
    parser.add_argument("--show", choices=SCREENS + EXTRA)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    if args.show:
        return show(args.show, args.data_dir)
    unknown = set(args.screens) - set(SCREENS + EXTRA)
    if unknown:
        parser.error(f"unknown screen {', '.join(sorted(unknown))}")
    for screen in args.screens or SCREENS:
        for size in SIZES:
            print(shoot(screen, size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
