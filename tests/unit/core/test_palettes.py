"""Every text color on every background the styles can produce reaches WCAG AA (4.5:1)."""

from __future__ import annotations

import pytest

from app.core.palettes import (
    ASSET_ROLES,
    NON_TEXT_PAIRS,
    PAINTED_TEXT_PAIRS,
    PALETTES,
    SIZE_ROLES,
    TEXT_PAIRS,
    contrast_ratio,
    qss_roles,
    qss_text_pairs,
)
from app.core.resources import resource_path


def all_qss() -> str:
    files = sorted(resource_path("styles").glob("*.qss"))
    assert files, "no style sheets found"
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def checked_pairs() -> set[tuple[str, str]]:
    return qss_text_pairs(all_qss()) | set(TEXT_PAIRS) | set(PAINTED_TEXT_PAIRS)


def test_palettes_define_the_same_roles() -> None:
    assert set(PALETTES["light"]) == set(PALETTES["dark"])


def test_every_role_the_styles_use_exists() -> None:
    unknown = qss_roles(all_qss()) - set(PALETTES["light"]) - set(SIZE_ROLES) - set(ASSET_ROLES)
    assert not unknown, f"style sheets use undefined roles: {sorted(unknown)}"


def test_the_qss_scan_finds_the_pairs_it_should() -> None:
    pairs = qss_text_pairs("QLabel { color: @text_muted; }\n"
                           "QFrame[card=\"true\"] { background: @surface; }\n"
                           "#x { color: @crisis_text; background: @crisis_bg; }\n"
                           "QProgressBar::chunk { background: @accent; }\n"
                           "QLineEdit { selection-color: @a; selection-background-color: @b; }")
    assert pairs == {("text_muted", "surface"), ("crisis_text", "crisis_bg"), ("a", "b")}


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_text_contrast_is_at_least_4_5(scheme: str) -> None:
    palette = PALETTES[scheme]
    pairs = checked_pairs()
    assert len(pairs) >= 20
    low = {(fg, bg): round(contrast_ratio(palette[fg], palette[bg]), 2)
           for fg, bg in pairs if contrast_ratio(palette[fg], palette[bg]) < 4.5}
    assert not low, f"{scheme}: text pairs below 4.5:1: {low}"


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_focus_ring_and_progress_arc_reach_3_to_1(scheme: str) -> None:
    palette = PALETTES[scheme]
    low = {(fg, bg): round(contrast_ratio(palette[fg], palette[bg]), 2)
           for fg, bg in NON_TEXT_PAIRS if contrast_ratio(palette[fg], palette[bg]) < 3.0}
    assert not low, f"{scheme}: indicators below 3:1: {low}"


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
