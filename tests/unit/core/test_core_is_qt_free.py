"""app/core must import without PySide6: it is the part a newcomer can test with no screen."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app.core

ROOT = Path(__file__).resolve().parents[3]

BLOCKER = """
import importlib, importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"app.core must not import {name}")
        return None
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok", len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    return sorted(
        f"app.core.{info.name}" for info in pkgutil.walk_packages(app.core.__path__)
    )


def test_every_core_module_imports_without_pyside6() -> None:
    modules = core_modules()
    assert len(modules) >= 8
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"
