"""Ring one short sound back to back for a while (run as a subprocess on a null sink).

Usage: python tests/end2end/sound_stress_driver.py MODE FOLDER SECONDS LENGTH_MS PERIOD_MS
  MODE bank: through app.sound.effects.EffectBank, as the app plays bells;
  MODE raw: plain QSoundEffect.play(), each voice ending by itself (the way that
            hangs Qt 6.11: see app/sound/effects.py).
A tone LENGTH_MS long (written into FOLDER) is rung every PERIOD_MS for SECONDS.
Prints {"plays": N, "most_at_once": M} and exits 0 when the time is up; a hung Qt
never gets there (the caller's timeout tells).
"""

from __future__ import annotations

import json
import math
import os
import struct
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RATE = 44_100


def write_tone(path: Path, length_ms: int) -> None:
    """A soft 420-Hz tone with 5-ms ramps (no clicks), 16-bit mono."""
    n = RATE * length_ms // 1000
    ramp = RATE // 200
    frames = b"".join(
        struct.pack("<h", int(6000 * math.sin(2 * math.pi * 420 * i / RATE)
                              * min(1.0, i / ramp, (n - 1 - i) / ramp)))
        for i in range(n))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main() -> int:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
    from PySide6.QtMultimedia import QSoundEffect

    from app.sound.effects import EffectBank

    mode, folder = sys.argv[1], Path(sys.argv[2])
    seconds, length_ms, period_ms = float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    folder.mkdir(parents=True, exist_ok=True)
    tone = folder / f"tone-{length_ms}.wav"
    write_tone(tone, length_ms)
    app = QCoreApplication(sys.argv[:1])
    counts = {"plays": 0, "most_at_once": 0}
    bank = EffectBank(folder / "playable", app)
    raw = QSoundEffect(app)

    def ring() -> None:
        if mode == "bank":
            bank.play(tone, 1, 0.5)
            counts["most_at_once"] = max(counts["most_at_once"], bank.playing_count())
        else:
            raw.play()
        counts["plays"] += 1

    metronome = QTimer(app)
    metronome.setTimerType(Qt.TimerType.PreciseTimer)
    metronome.timeout.connect(ring)

    def begin(*_args: object) -> None:
        status = bank.status(tone) if mode == "bank" else raw.status()
        if status == QSoundEffect.Status.Error:
            print(json.dumps({"error": "the tone could not be loaded (no sound device?)"}))
            app.exit(3)
        if metronome.isActive() or counts["plays"] or status != QSoundEffect.Status.Ready:
            return
        metronome.start(period_ms)
        QTimer.singleShot(int(seconds * 1000), finish)

    def finish() -> None:
        metronome.stop()
        bank.stop_all()
        raw.stop()
        print(json.dumps(counts), flush=True)
        app.quit()

    if mode == "bank":
        bank.status_changed.connect(begin)
        bank.load(tone)
    else:
        raw.statusChanged.connect(begin)
        raw.setSource(QUrl.fromLocalFile(str(tone)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
