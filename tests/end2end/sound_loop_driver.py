"""Play one ambient loop through the real SoundPlayer (run as a subprocess).

Usage: python tests/end2end/sound_loop_driver.py CACHE_DIR AMBIENT LOOP_S PLAY_S [media]
The loop is rendered LOOP_S long (shorter than shipped, so the test hears the loop
point several times quickly). With "media" the rendered loop plays through a looping
QMediaPlayer (app.sound.media.MediaTrack) instead of the app's bed: the baseline of the
``loop`` benchmark, which gaps on a busy CPU (app/sound/bed.py says why).
Prints {"event": "start", "t": monotonic} when asked to play, then plays PLAY_S seconds
with no fade, prints {"event": "quit", "t": ...} and exits.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from app.core.sound_needs import SoundNeeds

    from app.sound import ambient
    from app.sound.cache import RenderCache, RenderItem
    from app.sound.facade import SoundPlayer
    from app.sound.media import MediaTrack

    cache_dir, ambient_id, loop_s, play_s = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:5])
    spec = ambient.AMBIENTS[ambient_id]
    ambient.AMBIENTS[ambient_id] = dataclasses.replace(spec, loop_s=loop_s, crossfade_s=0.5)
    app = QCoreApplication(sys.argv[:1])
    player = SoundPlayer(RenderCache(Path(cache_dir)), tts_engine="none")
    player.set_volumes(100, 100, 100, 100)
    player.device_missing.connect(lambda _m: app.exit(3))
    baseline = MediaTrack(loop=True, parent=app) if sys.argv[5:] == ["media"] else None
    started = []

    def play() -> None:
        if started:
            return
        started.append(True)
        print(json.dumps({"event": "start", "t": time.monotonic()}), flush=True)
        if baseline is not None:
            baseline.play(player._cache.path_for(RenderItem("ambient", ambient_id)))
        else:
            player.start_ambient(ambient_id, fade_s=0.0)
        stop.start(int(play_s * 1000))

    def quit_now() -> None:
        print(json.dumps({"event": "quit", "t": time.monotonic()}), flush=True)
        app.quit()

    stop = QTimer(app)  # precise: a coarse timer may fire 5 % early
    stop.setSingleShot(True)
    stop.setTimerType(Qt.TimerType.PreciseTimer)
    stop.timeout.connect(quit_now)

    player.prepare(SoundNeeds(ambient=ambient_id), play)
    code = app.exec()
    if baseline is not None:
        baseline.stop()
    player.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
