"""Build a standalone Rewire with PyInstaller, then (on Linux) start it offscreen to check it.

    python tools/build_bundle.py            # build for this platform into build/bundle/
    python tools/build_bundle.py --check    # only start an existing bundle offscreen
    python tools/build_bundle.py --no-check # build without starting it

PyInstaller is a build tool only (`pip install "pyinstaller>=6.10,<7"`), never a runtime
dependency. Linux gives build/bundle/dist/rewire/ and rewire-<version>-linux-<arch>.tar.gz;
Windows gives build/bundle/dist/rewire/rewire.exe and a .zip; macOS gives Rewire.app and a .zip.
See docs/packaging.md. Kept out of the test suite because it takes minutes.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "rewire.spec"
OUT = ROOT / "build" / "bundle"
DIST = OUT / "dist"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build_bundle: PyInstaller is not installed; run: pip install "pyinstaller>=6.10,<7"',
              file=sys.stderr)
        raise SystemExit(2) from None
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(OUT / "work"), str(SPEC)], check=True, cwd=ROOT)
    target = DIST / ("Rewire.app" if sys.platform == "darwin" else "rewire")
    print(f"built {target.relative_to(ROOT)} in {time.monotonic() - started:.0f} s, "
          f"{folder_size(target) / 1e6:.0f} MB")
    return target


def archive(target: Path) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                         sys.platform)
    base = OUT / f"rewire-{version()}-{system}-{platform.machine().lower()}"
    kind = "gztar" if sys.platform.startswith("linux") else "zip"
    made = Path(shutil.make_archive(str(base), kind, root_dir=target.parent,
                                    base_dir=target.name))
    print(f"archive {made.relative_to(ROOT)} ({made.stat().st_size / 1e6:.0f} MB)")
    return made


def check(target: Path, seconds: float = 8.0) -> int:
    """Start the bundle offscreen on a temporary data folder; it must come up and exit 0."""
    exe = target / ("rewire.exe" if sys.platform == "win32" else "rewire")
    if not exe.exists():
        print(f"build_bundle: {exe} not found; build first", file=sys.stderr)
        return 2
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    print(f"--version: {out.stdout.strip()} (rc {out.returncode})")
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="rewire-bundle-") as tmp:
        started = time.monotonic()
        proc = subprocess.Popen([str(exe), "--data-dir", tmp], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        log = Path(tmp) / "logs" / "rewire.log"
        up = None
        while time.monotonic() - started < seconds * 4:
            if proc.poll() is not None:
                break
            if log.exists() and "started" in log.read_text(encoding="utf-8", errors="replace"):
                up = time.monotonic() - started
                break
            time.sleep(0.2)
        if up is None:
            proc.kill()
            output = proc.communicate(timeout=30)[0]
            print(f"build_bundle: the bundle did not start (rc {proc.returncode}):\n{output}",
                  file=sys.stderr)
            return 1
        time.sleep(2.0)  # let the first page paint and the lazy services start
        alive = proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = -9
        output = proc.communicate()[0]
        problems = [line for line in log.read_text(encoding="utf-8").splitlines()
                    if " ERROR " in line or "Traceback" in line]
    print(f"offscreen start: window up after {up:.1f} s, still running 2 s later: {alive}, "
          f"exit code after SIGTERM: {code}, errors in its log: {len(problems)}")
    for line in problems[:10]:
        print("  " + line)
    if output.strip():
        print("its output:\n" + output.strip()[:2000])
    return 0 if alive and code == 0 and not problems else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="only start an existing bundle")
    group.add_argument("--no-check", action="store_true", help="build without starting it")
    args = parser.parse_args(argv)
    target = DIST / ("Rewire.app" if sys.platform == "darwin" else "rewire")
    if not args.check:
        target = build()
        archive(target)
    if args.no_check:
        return 0
    if sys.platform == "win32":  # pragma: no cover - no SIGTERM; start rewire.exe by hand
        print("build_bundle: on Windows, start build\\bundle\\dist\\rewire\\rewire.exe to check it")
        return 0
    if sys.platform == "darwin":  # pragma: no cover
        target = target / "Contents" / "MacOS"
    return check(target)


if __name__ == "__main__":
    raise SystemExit(main())
