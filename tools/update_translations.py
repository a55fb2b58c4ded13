"""Extract the interface strings into resources/translations/*.ts and compile them to .qm.

    python tools/update_translations.py          # lupdate over app/, then lrelease
    python tools/update_translations.py --check  # exit 1 if any string lacks a translation

Strings are found where the code calls tr("...") or QCoreApplication.translate("Context",
"...") with literal text. lupdate keeps the translations already in the .ts files and marks
strings that disappeared as obsolete (-no-obsolete drops them). Translate new strings with Qt
Linguist (pyside6-linguist resources/translations/rewire_es.ts) or any .ts editor, then run this
script again to compile the .qm files that Rewire loads (app/ui/shell/i18n.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"update_translations: {name} not found (it comes with PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def unfinished(ts: Path) -> list[str]:
    """Source texts in `ts` without a finished translation (obsolete ones ignored)."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if translation is None or kind == "unfinished" or not (translation.text or "").strip():
            numerus = translation is not None and translation.findall("numerusform")
            if numerus and all((f.text or "").strip() for f in numerus) and kind != "unfinished":
                continue
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report strings without a translation")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"rewire_{language}.ts"
        if not args.check:
            # `_tr("...")` helpers (module-level wrappers of QCoreApplication.translate) are
            # read like tr(), and core's `_N("...")` message templates like QT_TR_NOOP;
            # app/ui/shell/i18n.py finds them whatever context they run under.
            subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                            "-tr-function-alias", "tr+=_tr,QT_TR_NOOP+=_N",
                            "-target-language", language, "-ts", str(ts)],
                           check=True, cwd=ROOT)
            subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
        missing = unfinished(ts)
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.relative_to(ROOT)}: {total} strings, {len(missing)} without a translation")
        for text in missing[:40]:
            print(f"  untranslated: {text!r}")
        if missing:
            status = 1
    return status if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
