"""Which language Rewire speaks: the user's choice, or the operating system's.

Rewire ships English (the source) and Spanish. `resolve_language("system")` reads the
system's preferred languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux and macOS; the
`locale` module elsewhere) and returns the first one Rewire has, else English. The UI installs
the matching Qt translator (app/ui/shell/i18n.py) and the practice catalog loads the matching
practice scripts, both from this one answer.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

SUPPORTED = ("en", "es")
SOURCE = "en"


def _codes(value: str) -> list[str]:
    out = []
    for part in value.split(":"):
        code = part.split(".")[0].split("@")[0].replace("-", "_").lower()
        if code and code not in ("c", "posix"):
            out.append(code.split("_")[0])
    return out


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's preferred language codes, most preferred first (may be empty)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        codes = _codes(env.get(name, ""))
        if codes:
            return codes
    if environ is None:
        try:
            name = locale.getlocale()[0] or ""
        except ValueError:
            name = ""
        return _codes(name)
    return []


def resolve_language(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """'en' or 'es': the chosen language, or for 'system' the first supported system one."""
    if choice in SUPPORTED:
        return choice
    for code in system_languages(environ):
        if code in SUPPORTED:
            return code
    return SOURCE
