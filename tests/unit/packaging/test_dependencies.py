"""What `pip install rewire` may pull in: never the PySide6 that crashes on Python 3.11."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[3]


def allowed(package: str, python: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = {**default_environment(), "python_version": python, "python_full_version": python}
    return [r for r in map(Requirement, project["dependencies"])
            if r.name == package and (r.marker is None or r.marker.evaluate(env))]


def test_python_3_11_never_gets_pyside6_6_12_0_which_crashes_there() -> None:
    for package in ("PySide6-Essentials", "PySide6-Addons"):
        [req] = allowed(package, "3.11")
        assert Version("6.12.0") not in req.specifier
        assert Version("6.11.3") in req.specifier  # the one the suite runs on


def test_newer_pythons_may_have_pyside6_6_12() -> None:
    for python in ("3.12", "3.13"):
        [req] = allowed("PySide6-Essentials", python)
        assert Version("6.12.0") in req.specifier
