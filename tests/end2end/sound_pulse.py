"""A private PulseAudio server with a null sink, and a recorder of its monitor.

The null sink gives Qt a real audio output on a machine without a sound card;
`parec` records what it "plays". Each recorded chunk is stamped with the
monotonic clock when it arrives, which maps recording time onto the same
clock the app schedules its bells with (CLOCK_MONOTONIC is system-wide).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

RATE = 44_100
SINK = "rewire_test"


def pulse_missing_reason() -> str | None:
    for tool in ("pulseaudio", "parec", "pactl"):
        if shutil.which(tool) is None:
            return (f"'{tool}' is not installed (Debian packages pulseaudio and "
                    "pulseaudio-utils); CI installs them")
    return None


class PulseServer:
    """``pulseaudio -n`` with only a null sink and a private socket under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.runtime = root / "runtime"
        self.socket = self.runtime / "native"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(PULSE_SERVER=self.server, HOME=str(self.root), XDG_RUNTIME_DIR=str(self.runtime),
                   XDG_CONFIG_HOME=str(self.root / "config"), PULSE_SINK=SINK)
        return env

    def start(self, timeout_s: float = 10.0) -> None:
        self.runtime.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)
        cmd = [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
            "--disallow-exit", "--log-target=stderr", "--log-level=error",
            f"--load=module-null-sink sink_name={SINK} rate={RATE}",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
        ]
        self._log = open(self.root / "pulseaudio.log", "wb")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(cmd, env=self.env(), stdout=self._log, stderr=self._log,
                                     stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("pulseaudio exited: "
                                   + (self.root / "pulseaudio.log").read_text(errors="replace"))
            ok = subprocess.run(["pactl", "info"], env=self.env(), capture_output=True,
                                timeout=5).returncode == 0
            if ok:
                subprocess.run(["pactl", "set-default-sink", SINK], env=self.env(),
                               capture_output=True, timeout=5)
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("pulseaudio did not start within 10 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None


@dataclass
class Recording:
    pcm: bytes
    start_monotonic: float  # monotonic time of the recording's first sample

    def time_of(self, sample: int) -> float:
        return self.start_monotonic + sample / RATE


@dataclass
class MonitorRecorder:
    """Record the null sink's monitor with parec, mono 16-bit at 44.1 kHz."""

    server: PulseServer
    chunks: list[bytes] = field(default_factory=list)
    stamps: list[tuple[float, int]] = field(default_factory=list)

    def start(self) -> None:
        cmd = ["parec", f"--device={SINK}.monitor", "--format=s16le", f"--rate={RATE}",
               "--channels=1", "--latency-msec=5", "--raw"]
        self._proc = subprocess.Popen(cmd, env=self.server.env(), stdout=subprocess.PIPE,
                                      stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                      bufsize=0)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        total = 0
        assert self._proc.stdout is not None
        while True:
            data = self._proc.stdout.read(4096)
            now = time.monotonic()
            if not data:
                return
            self.chunks.append(data)
            total += len(data)
            self.stamps.append((now, total))

    def wait_until_flowing(self, timeout_s: float = 5.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.stamps and time.monotonic() < deadline:
            time.sleep(0.01)
        if not self.stamps:
            raise RuntimeError("parec recorded nothing")

    def stop(self) -> Recording:
        self._proc.terminate()
        self._proc.wait(timeout=5)
        self._thread.join(timeout=5)
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        pcm = b"".join(self.chunks)
        pcm = pcm[: len(pcm) - len(pcm) % 2]
        # A chunk arrives after its last sample was captured; the earliest
        # arrival relative to its sample count bounds the mapping best.
        start = min(t - n / 2 / RATE for t, n in self.stamps)
        return Recording(pcm, start)


def onsets_near(recording: Recording, planned: list[float], threshold_dbfs: float = -50.0,
                before_s: float = 0.1, after_s: float = 0.5) -> list[float | None]:
    """For each planned monotonic time, when a new sound starts near it (None: silence).

    An onset is the first millisecond whose level is above ``threshold_dbfs`` and
    20 dB above the quietest millisecond of the 50 ms before it, so the tail of
    an earlier bell still ringing is not mistaken for the new strike.
    """
    from app.sound._pydub import audioop

    limit = 32768 * 10 ** (threshold_dbfs / 20)
    ms = RATE // 1000
    pcm = recording.pcm
    levels = [audioop.rms(pcm[i:i + 2 * ms], 2) for i in range(0, len(pcm), 2 * ms)]
    found: list[float | None] = []
    for moment in planned:
        first = max(50, int((moment - before_s - recording.start_monotonic) * 1000))
        last = min(len(levels), int((moment + after_s - recording.start_monotonic) * 1000))
        hit = None
        for i in range(first, last):
            floor = min(levels[i - 50:i])
            if levels[i] > limit and levels[i] > 10 * max(floor, 1):
                hit = i
                break
        found.append(None if hit is None else recording.time_of(hit * ms))
    return found


@dataclass
class SessionResult:
    start: float  # monotonic time "Start" was pressed
    bells: list[dict[str, float]]  # planned / called monotonic times
    onsets: list[float | None]
    prepare_s: float

    def errors_ms(self) -> list[float | None]:
        return [None if o is None else (o - b["planned"]) * 1000
                for b, o in zip(self.bells, self.onsets, strict=True)]


def play_session(root: Path, bell: str, offsets: list[float], cache: Path | None = None,
                 timeout_s: float = 75.0) -> SessionResult:
    """Start a null sink, play a session's bells through the real SoundPlayer in a
    subprocess, record the sink, and find each bell's onset."""
    import json
    import sys

    server = PulseServer(root)
    server.start()
    try:
        recorder = MonitorRecorder(server)
        recorder.start()
        recorder.wait_until_flowing()
        driver = Path(__file__).with_name("sound_session_driver.py")
        env = server.env()
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            # stderr is dropped: when Qt Multimedia hangs it can print gigabytes of
            # "QSocketNotifier: Invalid socket" warnings, enough to exhaust memory.
            proc = subprocess.run(
                [sys.executable, str(driver), str(cache or root / "cache"), bell,
                 ",".join(str(o) for o in offsets)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                timeout=timeout_s)
        except subprocess.TimeoutExpired as exc:
            recorder.stop()
            raise RuntimeError(f"driver hung: stdout={exc.stdout!r}") from None
        recording = recorder.stop()
    finally:
        server.stop()
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0:
        raise RuntimeError(f"driver failed ({proc.returncode}): {events}")
    start = next(e["t"] for e in events if e["event"] == "start")
    prepare_s = next(e["seconds"] for e in events if e["event"] == "prepared")
    bells = [e for e in events if e["event"] == "bell"]
    return SessionResult(start, bells, onsets_near(recording, [b["planned"] for b in bells]),
                         prepare_s)


def play_loop(root: Path, ambient_id: str, loop_s: float,
              play_s: float) -> tuple[Recording, float, float]:
    """Play an ambient loop into a null sink; return the recording and the monotonic
    times at which playing was asked for and the player quit."""
    import json
    import sys

    server = PulseServer(root)
    server.start()
    try:
        recorder = MonitorRecorder(server)
        recorder.start()
        recorder.wait_until_flowing()
        driver = Path(__file__).with_name("sound_loop_driver.py")
        proc = subprocess.run(
            [sys.executable, str(driver), str(root / "cache"), ambient_id, str(loop_s),
             str(play_s)], env=server.env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, timeout=60)
        recording = recorder.stop()
    finally:
        server.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"loop driver failed ({proc.returncode}): {proc.stdout[-2000:]}")
    events = {e["event"]: e["t"] for e in
              (json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{"))}
    return recording, events["start"], events["quit"]


def dropouts_ms(recording: Recording, start: float, end: float,
                floor_dbfs: float = -60.0) -> list[float]:
    """Milliseconds (from ``start``) whose level falls below ``floor_dbfs``."""
    from app.sound._pydub import audioop

    limit = 32768 * 10 ** (floor_dbfs / 20)
    ms = RATE // 1000
    first = int((start - recording.start_monotonic) * RATE)
    last = int((end - recording.start_monotonic) * RATE)
    quiet = []
    for s in range(max(0, first), min(last, len(recording.pcm) // 2) - ms, ms):
        if audioop.rms(recording.pcm[2 * s:2 * (s + ms)], 2) < limit:
            quiet.append((s - first) / RATE * 1000)
    return quiet
