"""The calm light and dark palettes, defined in one place.

Style sheets in resources/styles/*.qss refer to these roles as `@role`; app/ui/style/theme.py fills
them in and builds the QPalette from them. Contrast (WCAG AA) is checked by a test:

* `qss_text_pairs(qss)` reads the style sheets themselves and returns every foreground /
  background pair they can produce (a rule's own color and background; a color set without a
  background against every background set without a color; selection colors), so a new rule in
  any .qss file is checked without anyone updating a list;
* `TEXT_PAIRS` adds the pairs painted in code (QPalette roles, the progress ring's figures);
* text needs 4.5:1; `NON_TEXT_PAIRS` (focus ring, progress arc) need 3:1.
"""

from __future__ import annotations

import itertools
import re

# A dark, quiet screen for the middle of the night (a practice's "dim" choice): the same in
# both schemes, low in light but still 4.5:1 for its text.
DIM: dict[str, str] = {
    "dim_window": "#0c0d0e",
    "dim_surface": "#16181b",
    "dim_border": "#2b2f33",
    "dim_text": "#8c8374",
    "dim_accent": "#56736a",
    "dim_focus": "#7f9cc0",
}

LIGHT: dict[str, str] = {
    "window": "#f6f3ee",
    "surface": "#fffdf9",
    "surface_alt": "#efe9df",
    "sidebar": "#e9e3d8",
    "text": "#2b2a28",
    "text_muted": "#5c5850",
    "accent": "#2f6b5e",
    "accent_text": "#ffffff",
    "accent_soft": "#d7e7e0",
    "border": "#d8d0c3",
    "focus": "#1f5fa8",
    "warning_bg": "#fbefd5",
    "warning_text": "#5a3d00",
    "error_bg": "#f9dcd7",
    "error_text": "#6b1a10",
    "crisis_bg": "#8c2f23",
    "crisis_text": "#ffffff",
    "selection": "#cfe3da",
    "selection_text": "#1e2a26",
    **DIM,
}

DARK: dict[str, str] = {
    "window": "#1d2023",
    "surface": "#25292d",
    "surface_alt": "#2e3338",
    "sidebar": "#181b1e",
    "text": "#ece8e1",
    "text_muted": "#c0baaf",
    "accent": "#7cc4ad",
    "accent_text": "#0f1f1a",
    "accent_soft": "#2d4a41",
    "border": "#3b4147",
    "focus": "#8ab8f0",
    "warning_bg": "#4a3b17",
    "warning_text": "#fbe7b8",
    "error_bg": "#4d2520",
    "error_text": "#ffd9d2",
    "crisis_bg": "#e0806f",
    "crisis_text": "#1a0b08",
    "selection": "#35584d",
    "selection_text": "#f3f7f5",
    **DIM,
}

PALETTES = {"light": LIGHT, "dark": DARK}

# Size roles filled in by app/ui/style/theme.py (scaled by GeneralSettings.text_scale).

SIZE_ROLES = ("fontpt", "titlept", "subtitlept", "smallpt", "sidebarmin", "sidebarmax")

# Image roles filled in by app/ui/style/theme.py (arrow icons drawn for the current scheme).
ASSET_ROLES = ("arrowdown", "arrowup")

# Pairs painted in code rather than by a style sheet (app/ui/style/theme.py's QPalette, the ring).
PAINTED_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),  # WindowText on Window; the ring's figures on the window
    ("text", "surface"),  # Text on Base, ButtonText on Button, ToolTipText on ToolTipBase
    ("text", "surface_alt"),  # Text on AlternateBase
    ("text_muted", "surface"),  # PlaceholderText on Base
    ("selection_text", "selection"),  # HighlightedText on Highlight
    ("accent", "surface"),  # Link on Base
    ("dim_text", "dim_window"),  # the breathing dial's words on a dim screen
)

# Non-text indicators (WCAG 1.4.11, 3:1): the focus ring and the progress arc on the
# surfaces controls sit on.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"), ("focus", "surface"), ("focus", "surface_alt"), ("focus", "sidebar"),
    ("accent", "surface"), ("accent", "surface_alt"), ("accent", "window"),
    ("dim_focus", "dim_window"), ("dim_focus", "dim_surface"), ("dim_accent", "dim_window"),
)

# (foreground role, background role) pairs used for text (kept for callers of the first
# version; the test checks these, PAINTED_TEXT_PAIRS and everything qss_text_pairs finds).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_alt"),
    ("text", "sidebar"),
    ("text_muted", "window"),
    ("text_muted", "surface"),
    ("text_muted", "sidebar"),
    ("accent_text", "accent"),
    ("text", "accent_soft"),
    ("warning_text", "warning_bg"),
    ("error_text", "error_bg"),
    ("crisis_text", "crisis_bg"),
    ("selection_text", "selection"),
    ("accent", "surface"),
    ("accent", "window"),
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# Pseudo-elements and widgets whose background never has text on it.
_NO_TEXT_SELECTORS = ("::chunk", "::handle", "QScrollBar", "::groove", "::add-page",
                      "::sub-page", "::indicator")


def _rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", qss):
        decls: dict[str, str] = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip()] = value.strip()
        rules.append((selector.strip(), decls))
    return rules


def _role(decls: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        match = re.fullmatch(r"@([a-z_]+)", decls.get(key, ""))
        if match:
            return match.group(1)
    return None


def qss_text_pairs(qss: str) -> set[tuple[str, str]]:
    """Every (foreground role, background role) pair the style sheet text can put together."""
    explicit: set[tuple[str, str]] = set()
    loose_fg: set[str] = set()
    loose_bg: set[str] = set()
    for selector, decls in _rules(qss):
        sel_fg = _role(decls, "selection-color")
        sel_bg = _role(decls, "selection-background-color")
        if sel_fg and sel_bg:
            explicit.add((sel_fg, sel_bg))
        if any(marker in selector for marker in _NO_TEXT_SELECTORS):
            continue
        fg = _role(decls, "color")
        bg = _role(decls, "background", "background-color")
        alt = _role(decls, "alternate-background-color")
        if fg and bg:
            explicit.add((fg, bg))
        if fg and alt:
            explicit.add((fg, alt))
        if fg and not bg:
            loose_fg.add(fg)
        if bg and not fg:
            loose_bg.add(bg)
    return explicit | set(itertools.product(loose_fg, loose_bg))


def qss_roles(qss: str) -> set[str]:
    """Every @role the style sheet text mentions."""
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    return set(re.findall(r"@([a-z_]+)", qss))
