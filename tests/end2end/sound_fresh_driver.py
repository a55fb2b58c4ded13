"""A fresh install's first practice, at the sound player: setup opened, Start, first sounds.

Usage: python tests/end2end/sound_fresh_driver.py CACHE_DIR BELL AMBIENT START_AFTER_MS [synth]
The player is built as the app builds it (app/sound/factory.py: the render cache decodes
the shipped sounds) on an empty CACHE_DIR; "synth" leaves the decoder out, so everything is
synthesised as before the sounds were shipped. When "the setup opens" the player is asked
to prepare BELL and AMBIENT (as the practice page does); START_AFTER_MS later "Start" rings
BELL and starts AMBIENT (no fade, so its first sound is measurable; "-" for none).
Prints {"event": "start", "t": monotonic}, then, 8 s later and once nothing is rendering any
more, {"event": "done", "rss_mb": RSS after the practice, "synthesised": sounds made by
synthesis} and exits.
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


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return -1.0


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.core.sound_needs import SoundNeeds

    from app.sound.cache import RenderCache
    from app.sound.decode import decode_file
    from app.sound.facade import SoundPlayer

    cache_dir, bell, ambient, after_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    synth = sys.argv[5:] == ["synth"]
    ambient_id = None if ambient == "-" else ambient
    bells = () if bell == "-" else (bell,)
    app = QCoreApplication(sys.argv[:1])
    cache = RenderCache(Path(cache_dir), decode=None if synth else decode_file)
    player = SoundPlayer(cache, tts_engine="none")
    player.set_volumes(100, 100, 100, 0)
    player.device_missing.connect(lambda _m: app.exit(3))

    def start() -> None:
        ready = player.is_ready(SoundNeeds(bells=bells, ambient=ambient_id))
        print(json.dumps({"event": "start", "t": time.monotonic(), "ready": ready}), flush=True)
        if bells:
            player.play_bell(bell, 1)
        if ambient_id:
            player.start_ambient(ambient_id, fade_s=0.0)
        print(json.dumps({"event": "asked", "t": time.monotonic()}), flush=True)
        QTimer.singleShot(8000, done)

    def done() -> None:
        if player._renderer.is_busy():  # a slow synthesis: the figure is for after it
            QTimer.singleShot(500, done)
            return
        player.stop_all()
        print(json.dumps({"event": "done", "t": time.monotonic(), "rss_mb": round(rss_mb(), 1),
                          "synthesised": cache.synthesised}), flush=True)
        app.quit()

    QTimer.singleShot(300, lambda: (player.prepare(SoundNeeds(bells=bells, ambient=ambient_id),
                                                   lambda: None),
                                    QTimer.singleShot(after_ms, start)))
    code = app.exec()
    player.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
