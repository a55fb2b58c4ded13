"""Play the bells of a short session through the real SoundPlayer (run as a subprocess).

Usage: python tests/end2end/sound_session_driver.py CACHE_DIR BELL OFFSETS
  OFFSETS: comma-separated seconds after Start, e.g. 0,10,20,30.
Prints one JSON object per line: {"event": "prepared", ...}, {"event": "start",
"t": monotonic}, {"event": "bell", "planned": t, "called": t}, {"event": "done"}.
Bells are scheduled from deadlines on the monotonic clock (never counted ticks).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def say(**event: object) -> None:
    print(json.dumps(event), flush=True)


def main() -> int:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from app.core.sound_needs import SoundNeeds

    from app.sound.cache import RenderCache
    from app.sound.facade import SoundPlayer

    cache_dir, bell, offsets_text = sys.argv[1], sys.argv[2], sys.argv[3]
    offsets = [float(x) for x in offsets_text.split(",")]
    app = QCoreApplication(sys.argv[:1])
    t_prepare = time.monotonic()
    player = SoundPlayer(RenderCache(Path(cache_dir)), tts_engine="none")
    player.set_volumes(100, 100, 0, 0)
    player.device_missing.connect(lambda m: (say(event="device_missing", message=m), app.exit(3)))
    player.error.connect(lambda m: say(event="error", message=m))
    state: dict[str, float] = {}

    def precise(ms: int, function: object) -> None:
        timer = QTimer(app)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(function)
        timer.timeout.connect(timer.deleteLater)
        timer.start(ms)

    def crash(kind: type, value: BaseException, tb: object) -> None:
        sys.__excepthook__(kind, value, tb)  # type: ignore[arg-type]
        app.exit(2)

    sys.excepthook = crash

    def fire(index: int) -> None:
        planned = state["start"] + offsets[index]
        remaining = planned - time.monotonic()
        if remaining > 0.002:  # woke early: sleep the rest on a precise timer
            precise(max(1, int(remaining * 1000)), lambda: fire(index))
            return
        strikes = 3 if index == len(offsets) - 1 and index > 0 else 1
        player.play_bell(bell, strikes)
        say(event="bell", planned=planned, called=time.monotonic(), strikes=strikes)
        if index == len(offsets) - 1:
            QTimer.singleShot(1500, lambda: (say(event="done"), app.quit()))

    def start() -> None:
        # "Start pressed": the session clock starts and the first bell is due now.
        state["start"] = time.monotonic()
        say(event="start", t=state["start"])
        for i, off in enumerate(offsets):
            precise(max(0, int(off * 1000) - 20), lambda i=i: fire(i))

    def on_prepared() -> None:
        if "prepared" in state:
            return
        state["prepared"] = time.monotonic()
        say(event="prepared", seconds=time.monotonic() - t_prepare)
        QTimer.singleShot(300, start)  # let the recorder settle

    player.prepare(SoundNeeds(bells=(bell,)), on_prepared)
    code = app.exec()
    player.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
