"""Start and stop an ambient loop many times, with no sound device (run as a subprocess).

Usage: python tests/end2end/sound_player_stress_driver.py MODE FOLDER ROUNDS
  MODE raw: QMediaPlayer.stop()/play() called straight from Python (holding the GIL);
  MODE app: SoundPlayer.start_ambient()/stop_ambient(0), as the app does.
Qt 6.11's FFmpeg renderer threads need the GIL while they tear down, so the raw way can
deadlock (seen in CI, and here about once in seven runs of 400 rounds). Prints
{"rounds": N} and exits 0; a deadlock never gets there (faulthandler ends it after 150 s
with exit code 1 and the stacks on stderr).
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PULSE_SERVER"] = "unix:/nonexistent"  # no device: QMediaPlayer plays silently


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    from app.core.sound_needs import SoundNeeds

    from app.sound import ambient, facade
    from app.sound.cache import RenderCache, RenderItem

    mode, folder, rounds = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    faulthandler.dump_traceback_later(150, exit=True)
    app = QCoreApplication(sys.argv[:1])
    spec = ambient.AMBIENTS["brown-noise"]
    ambient.AMBIENTS["brown-noise"] = type(spec)(**{**spec.__dict__, "loop_s": 2.0,
                                                      "crossfade_s": 0.5})
    cache = RenderCache(folder)
    path = cache.render(RenderItem("ambient", "brown-noise"))
    done = [0]
    if mode == "raw":
        player = QMediaPlayer(app)
        output = QAudioOutput(app)
        player.setAudioOutput(output)
        player.setLoops(QMediaPlayer.Loops.Infinite)
        player.setSource(QUrl.fromLocalFile(str(path)))

        def step() -> None:
            player.stop()
            player.play()
    else:
        facade.no_output_device = lambda: False  # build the real players anyway
        sound = facade.SoundPlayer(cache, tts_engine="none", parent=app)
        sound.warm_up(SoundNeeds(ambient="brown-noise"))

        def step() -> None:
            sound.stop_ambient(0.0)
            sound.start_ambient("brown-noise", 0.0)

    def tick() -> None:
        if done[0] >= rounds:
            print(json.dumps({"rounds": done[0]}), flush=True)
            app.quit()
            return
        done[0] += 1
        step()
        QTimer.singleShot(20 + (done[0] % 7) * 5, tick)

    QTimer.singleShot(100, tick)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
