"""What a practice file may choose for itself: gentler versions of its breath pattern
(``variants``) and the setup choices it starts with (``defaults``), read and checked for
app/core/practices.py (resources/practices/README.md documents both)."""

from __future__ import annotations

from typing import Any

from app.core.practices import ID_RE, PracticeError, Variant, _text, parse_phases
from app.core.sound_needs import AMBIENT_IDS

MAX_VARIANTS = 4
# The setup choices a practice may set for itself ("defaults"), and how each is checked.
DEFAULT_KINDS: dict[str, type] = {"start_bell": bool, "end_bell": bool, "dim": bool,
                                  "preparation_s": int, "ambient": str}


def parse_variants(raw: Any) -> tuple[Variant, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_VARIANTS:
        raise PracticeError(f"'variants' must be a list of 1 to {MAX_VARIANTS} versions")
    variants: list[Variant] = []
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise PracticeError(f"variant {i} must be an object with 'id', 'title', 'phases'")
        vid = item.get("id")
        if not isinstance(vid, str) or not ID_RE.match(vid) or len(vid) > 40:
            raise PracticeError(f"variant {i}: 'id' must be a short id like \"gentle\"")
        if any(v.id == vid for v in variants):
            raise PracticeError(f"variant {i}: the id {vid!r} is used twice")
        try:
            variants.append(Variant(vid, _text(item, "title", 60),
                                    parse_phases(item.get("phases"))))
        except PracticeError as exc:
            raise PracticeError(f"variant {i}: {exc}") from None
    return tuple(variants)


def parse_defaults(raw: Any, variants: tuple[Variant, ...]) -> tuple[tuple[str, Any], ...]:
    """The setup choices a practice starts with: bells, dimming, the time to settle, the
    background sound, the version of its pattern."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise PracticeError("'defaults' must be an object, like {\"end_bell\": false}")
    out: list[tuple[str, Any]] = []
    for key, value in raw.items():
        if key == "variant":
            if not any(v.id == value for v in variants):
                raise PracticeError(f"defaults: 'variant' {value!r} is not one of 'variants'")
        elif key not in DEFAULT_KINDS:
            raise PracticeError(f"defaults: {key!r} is not a choice a practice can set "
                                f"(use {', '.join(DEFAULT_KINDS)} or variant)")
        elif DEFAULT_KINDS[key] is bool and not isinstance(value, bool):
            raise PracticeError(f"defaults: {key!r} must be true or false")
        elif key == "preparation_s" and (isinstance(value, bool) or not isinstance(value, int)
                                         or not 0 <= value <= 60):
            raise PracticeError("defaults: 'preparation_s' must be a whole number from 0 to 60")
        elif key == "ambient" and value not in ("", *AMBIENT_IDS):
            raise PracticeError(f"defaults: 'ambient' must be one of {', '.join(AMBIENT_IDS)}")
        out.append((key, value))
    return tuple(sorted(out))
