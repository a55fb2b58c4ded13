"""A private PulseAudio server with a null sink, and a recorder of its monitor.

The null sink gives Qt a real audio output on a machine without a sound card;
`parec` records what it "plays". Each recorded chunk is stamped with the
monotonic clock when it arrives, which maps recording time onto the same
clock the app schedules its bells with (CLOCK_MONOTONIC is system-wide).
"""

from __future__ import annotations

import itertools
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


class PulseUnavailable(RuntimeError):
    """pulseaudio is installed but could not start here (a machine limit, not an app fault)."""


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
                log = (self.root / "pulseaudio.log").read_text(errors="replace")
                self.stop()
                raise PulseUnavailable(f"pulseaudio exited at start: {log[-800:]}")
            ok = subprocess.run(["pactl", "info"], env=self.env(), capture_output=True,
                                timeout=5).returncode == 0
            if ok:
                subprocess.run(["pactl", "set-default-sink", SINK], env=self.env(),
                               capture_output=True, timeout=5)
                return
            time.sleep(0.05)
        self.stop()
        raise PulseUnavailable("pulseaudio did not start within 10 s")

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
            raise PulseUnavailable("parec recorded nothing from the null sink's monitor")

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


@dataclass
class DriverRun:
    returncode: int | None  # None: it hung and was killed at the timeout
    stdout: str
    stderr_head: str  # the first STDERR_KEEP bytes: a hung Qt can print gigabytes

    def events(self) -> list[dict[str, object]]:
        import json

        return [json.loads(x) for x in self.stdout.splitlines() if x.startswith("{")]

    def describe(self) -> str:
        state = "hung" if self.returncode is None else f"exited {self.returncode}"
        return f"driver {state}; stdout={self.stdout[-1500:]!r}; stderr={self.stderr_head[:1500]!r}"


STDERR_KEEP = 64_000


def run_driver(server: PulseServer, script: str, args: list[str], timeout_s: float) -> DriverRun:
    """Run ``tests/end2end/<script>`` against ``server``; keep stdout and the head of stderr."""
    import sys

    env = server.env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    driver = Path(__file__).with_name(script)
    proc = subprocess.Popen([sys.executable, str(driver), *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out: list[bytes] = []
    err: list[bytes] = []

    def drain(stream: object, into: list[bytes], keep: int | None) -> None:
        kept = 0
        while data := stream.read(65536):  # type: ignore[attr-defined]
            if keep is None or kept < keep:
                into.append(data)
                kept += len(data)

    readers = [threading.Thread(target=drain, args=(proc.stdout, out, None), daemon=True),
               threading.Thread(target=drain, args=(proc.stderr, err, STDERR_KEEP), daemon=True)]
    for reader in readers:
        reader.start()
    try:
        code: int | None = proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        code = None
    for reader in readers:
        reader.join(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    return DriverRun(code, b"".join(out).decode(errors="replace"),
                     b"".join(err)[:STDERR_KEEP].decode(errors="replace"))


def _levels_ms(recording: Recording) -> list[int]:
    """The RMS level of each millisecond of the recording."""
    from app.sound._pydub import audioop

    ms = RATE // 1000
    pcm = recording.pcm
    return [audioop.rms(pcm[i:i + 2 * ms], 2) for i in range(0, len(pcm), 2 * ms)]


def _first_onset(levels: list[int], first: int, last: int, limit: float) -> int | None:
    """An onset is the first millisecond whose level is above ``limit`` and 20 dB
    above the quietest millisecond of the 50 ms before it, so the tail of an
    earlier bell still ringing is not mistaken for a new strike."""
    for i in range(max(50, first), min(len(levels), last)):
        floor = min(levels[i - 50:i])
        if levels[i] > limit and levels[i] > 10 * max(floor, 1):
            return i
    return None


def onsets_near(recording: Recording, planned: list[float], threshold_dbfs: float = -50.0,
                before_s: float = 0.1, after_s: float = 0.5) -> list[float | None]:
    """For each planned monotonic time, when a new sound starts near it (None: silence)."""
    limit = 32768 * 10 ** (threshold_dbfs / 20)
    levels = _levels_ms(recording)
    found: list[float | None] = []
    for moment in planned:
        first = int((moment - before_s - recording.start_monotonic) * 1000)
        last = int((moment + after_s - recording.start_monotonic) * 1000)
        hit = _first_onset(levels, first, last, limit)
        found.append(None if hit is None else recording.time_of(hit * (RATE // 1000)))
    return found


def rises_between(recording: Recording, begin: float, end: float,
                  rise_db: float = 4.0, floor_dbfs: float = -60.0) -> list[float]:
    """Monotonic times between ``begin`` and ``end`` where the level (10-ms RMS) jumps
    ``rise_db`` above the loudest 10 ms of the 100 ms before: a new sound starting
    (a bell repeating, a click), never a ringing bell's slow decay or beating."""
    from app.sound._pydub import audioop

    window = RATE // 100 * 2  # 10 ms of 16-bit mono
    first = max(0, int((begin - recording.start_monotonic) * 100))
    last = min(len(recording.pcm) // window, int((end - recording.start_monotonic) * 100))
    levels = [audioop.rms(recording.pcm[i * window:(i + 1) * window], 2)
              for i in range(max(0, first - 10), last)]
    ratio = 10 ** (rise_db / 20)
    floor = 32768 * 10 ** (floor_dbfs / 20)
    found: list[float] = []
    for k in range(10, len(levels)):
        before = max(max(levels[k - 10:k]), floor)
        if levels[k] > before * ratio:
            found.append(recording.time_of((max(0, first - 10) + k) * window // 2))
    return found


@dataclass
class SessionResult:
    start: float  # monotonic time "Start" was pressed
    bells: list[dict[str, float]]  # planned / called monotonic times
    onsets: list[float | None]
    prepare_s: float
    stray: list[float]  # seconds after start of onsets between the bells (a repeat, a click)

    def errors_ms(self) -> list[float | None]:
        return [None if o is None else (o - b["planned"]) * 1000
                for b, o in zip(self.bells, self.onsets, strict=True)]


def run_recorded(root: Path, script: str, args: list[str],
                 timeout_s: float) -> tuple[DriverRun, Recording]:
    """Run a driver on a fresh null sink while recording its monitor; raise when it fails."""
    server = PulseServer(root)
    server.start()
    try:
        recorder = MonitorRecorder(server)
        recorder.start()
        recorder.wait_until_flowing()
        run = run_driver(server, script, args, timeout_s)
        recording = recorder.stop()
    finally:
        server.stop()
    if run.returncode != 0:
        raise RuntimeError(run.describe())
    return run, recording


def play_session(root: Path, bell: str, offsets: list[float], cache: Path | None = None,
                 timeout_s: float = 75.0) -> SessionResult:
    """Start a null sink, play a session's bells through the real SoundPlayer in a
    subprocess, record the sink, and find each bell's onset."""
    run, recording = run_recorded(
        root, "sound_session_driver.py",
        [str(cache or root / "cache"), bell, ",".join(str(o) for o in offsets)], timeout_s)
    events = run.events()
    start = next(float(e["t"]) for e in events if e["event"] == "start")  # type: ignore[arg-type]
    prepare_s = next(float(e["seconds"]) for e in events  # type: ignore[arg-type]
                     if e["event"] == "prepared")
    bells: list[dict[str, float]] = [e for e in events if e["event"] == "bell"]  # type: ignore[misc]
    planned = [b["planned"] for b in bells]
    stray = [round(t - start, 3) for a, b in itertools.pairwise(planned)
             for t in rises_between(recording, a + 0.5, b - 0.1)]
    return SessionResult(start, bells, onsets_near(recording, planned), prepare_s, stray)


def play_loop(root: Path, ambient_id: str, loop_s: float, play_s: float,
              media: bool = False) -> tuple[Recording, float, float]:
    """Play an ambient loop into a null sink (through the app's bed, or with ``media``
    through a plain looping QMediaPlayer); return the recording and the monotonic times at
    which playing was asked for and the player quit."""
    args = [str(root / "cache"), ambient_id, str(loop_s), str(play_s)]
    args += ["media"] if media else []
    run, recording = run_recorded(root, "sound_loop_driver.py", args, 60)
    events = {str(e["event"]): float(e["t"]) for e in run.events()}  # type: ignore[arg-type]
    return recording, events["start"], events["quit"]


def ring_back_to_back(root: Path, mode: str, seconds: float, length_ms: int,
                      period_ms: int) -> DriverRun:
    """Ring a short tone every ``period_ms`` for ``seconds`` on a null sink
    (tests/end2end/sound_stress_driver.py); the run says whether Qt hung."""
    server = PulseServer(root)
    server.start()
    try:
        return run_driver(server, "sound_stress_driver.py",
                          [mode, str(root / "sounds"), str(seconds), str(length_ms),
                           str(period_ms)], seconds + 30)
    finally:
        server.stop()


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
