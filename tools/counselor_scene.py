"""Open Rewire on one counselor screen, for the screenshots (run by counselor_screenshots.py).

    python tools/counselor_scene.py --data-dir DIR SCENE

SCENE: home, counselor, preview, checkin, crisis, support-plan. The real window and dialogs
are built from the data folder; a dialog is shown (not exec'd) over the window after its
first frame, in the state the scene names.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402

from app.core.paths import DataPaths  # noqa: E402

SCENES = ("home", "counselor", "preview", "checkin", "crisis", "support-plan")


def open_scene(scene: str, window: object, services: object) -> None:
    from app.ui.counselor.actions import language

    page = window.page("counselor") if scene != "home" else None  # type: ignore[attr-defined]
    if scene == "preview":
        from app.ui.counselor.preview import SummaryPreview

        document, name = page.summary_document()  # type: ignore[union-attr]
        dialog = SummaryPreview(document, page.tr("My practice summary"), name,  # type: ignore
                                window)  # type: ignore[arg-type]
    elif scene in ("checkin", "crisis"):
        from app.ui.counselor.checkin import CheckinDialog

        lang = language(services)  # type: ignore[arg-type]
        clinic = services.clinic.in_language(lang)  # type: ignore[attr-defined]
        dialog = CheckinDialog("phq9", services.counselor, clinic, lang,  # type: ignore
                               parent=window)  # type: ignore[arg-type]
        if scene == "checkin":
            dialog.answers[:3] = [1, 2, 1]
            dialog._show_question(3)
            dialog.choices[1].setChecked(True)
            dialog.choices[1].setFocus()
        else:
            dialog.answers = [1, 2, 1, 1, 0, 1, 1, 0, 1]
            dialog._show_question(8)
            dialog._finish()
    elif scene == "support-plan":
        from app.ui.counselor.support_plan_dialog import SupportPlanDialog

        dialog = SupportPlanDialog(services.counselor, window)  # type: ignore
    else:
        return
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    window.__dict__["_scene_dialog"] = dialog  # type: ignore[index]


def main(argv: list[str]) -> int:
    data_dir, scene = Path(argv[argv.index("--data-dir") + 1]), argv[-1]
    if scene not in SCENES:
        print(f"counselor_scene: SCENE must be one of {', '.join(SCENES)}", file=sys.stderr)
        return 2
    from app.ui.shell.app import build_services, create_application, create_window

    app = create_application()
    services = build_services(DataPaths.portable_in(data_dir))
    window = create_window(services, app, "home" if scene == "home" else "counselor")
    window.show()
    QTimer.singleShot(1500, lambda: open_scene(scene, window, services))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
