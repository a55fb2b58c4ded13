"""The calm light and dark palettes, defined in one place.

Style sheets in resources/styles/*.qss refer to these roles as `@role`; app/ui/theme.py fills
them in. `TEXT_PAIRS` lists every foreground/background pair the styles use, so a test can
check each against WCAG AA (4.5:1).
"""

from __future__ import annotations

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
}

DARK: dict[str, str] = {
    "window": "#1d2023",
    "surface": "#25292d",
    "surface_alt": "#2e3338",
    "sidebar": "#181b1e",
    "text": "#ece8e1",
    "text_muted": "#b5afa5",
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
}

PALETTES = {"light": LIGHT, "dark": DARK}

# (foreground role, background role) pairs used for text anywhere in the styles.
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
