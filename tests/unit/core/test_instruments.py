"""PHQ-9 and GAD-7: the published text loads, every band boundary, item 9, bad answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.instruments import (
    InstrumentError,
    instrument,
    load_instrument_file,
    safety_answer,
    score,
    trend,
)
from app.core.resources import resource_path

PHQ9_BANDS = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
              (14, "moderate"), (15, "moderately_severe"), (19, "moderately_severe"),
              (20, "severe"), (27, "severe")]
GAD7_BANDS = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
              (14, "moderate"), (15, "severe"), (21, "severe")]


def answers_for(total: int, items: int, safe: bool = True) -> list[int]:
    """Answers summing to ``total``; item 9 (PHQ-9) stays 0 when ``safe``."""
    out = [0] * items
    slots = list(range(items - 1)) if safe and items == 9 else list(range(items))
    left = total
    for i in slots:
        out[i] = min(3, left)
        left -= out[i]
    if left:  # needs item 9 too
        out[8] = left
    return out


@pytest.mark.parametrize(("total", "band"), PHQ9_BANDS)
def test_phq9_band_boundaries(total: int, band: str) -> None:
    answers = answers_for(total, 9, safe=total <= 24)
    result = score(instrument("phq9"), answers)
    assert (result.score, result.band) == (total, band)


@pytest.mark.parametrize(("total", "band"), GAD7_BANDS)
def test_gad7_band_boundaries(total: int, band: str) -> None:
    result = score(instrument("gad7"), answers_for(total, 7))
    assert (result.score, result.band) == (total, band)
    assert not result.safety_answer  # GAD-7 has no safety item


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_item9_above_zero_is_a_safety_answer_whatever_the_score(item9: int) -> None:
    answers = [0] * 8 + [item9]
    result = score(instrument("phq9"), answers)
    assert result.safety_answer and result.band == "minimal"


def test_safety_answer_is_known_before_the_questionnaire_is_finished() -> None:
    phq9 = instrument("phq9")
    partial: list[int | None] = [None] * 9
    assert not safety_answer(phq9, partial)
    partial[8] = 0
    assert not safety_answer(phq9, partial)
    partial[8] = 1
    assert safety_answer(phq9, partial)  # nothing else answered: still crisis help first


@pytest.mark.parametrize("bad", [[0] * 8, [0] * 10, [0] * 8 + [4], [0] * 8 + [-1],
                                 [0] * 8 + [1.5], [0] * 8 + [True], "000000000", None])
def test_wrong_answers_are_refused(bad: object) -> None:
    with pytest.raises(InstrumentError):
        score(instrument("phq9"), bad)  # type: ignore[arg-type]


def test_published_text_is_complete_in_each_language_it_has() -> None:
    phq9, gad7 = instrument("phq9"), instrument("gad7")
    assert set(phq9.texts) == {"en", "es"}
    assert set(gad7.texts) == {"en"}  # the Spanish GAD-7 text could not be verified yet
    en = phq9.texts["en"]
    assert en.items[8] == ("Thoughts that you would be better off dead or of hurting "
                           "yourself in some way")
    assert en.answers == ("Not at all", "Several days", "More than half the days",
                          "Nearly every day")
    assert phq9.texts["es"].answers[0] == "Ningún día"
    assert "No permission required" in en.credit
    assert "No se requiere permiso" in phq9.texts["es"].credit
    text, own = gad7.text("es")
    assert text is gad7.texts["en"] and not own


def test_a_broken_questionnaire_file_is_refused_by_name(tmp_path: Path) -> None:
    raw = json.loads(resource_path("checkins", "phq9.json").read_text(encoding="utf-8"))
    raw["bands"][1]["from"] = 6  # a gap between bands
    bad = tmp_path / "phq9.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InstrumentError, match=r"phq9\.json: the bands"):
        load_instrument_file(bad)
    raw = json.loads(resource_path("checkins", "phq9.json").read_text(encoding="utf-8"))
    raw["text"]["es"]["items"] = raw["text"]["es"]["items"][:8]
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InstrumentError, match="9 texts"):
        load_instrument_file(bad)


def test_trend_words_only_compare_numbers() -> None:
    assert trend([]) == trend([7]) == ""
    assert trend([12, 9, 7]) == "lower"
    assert trend([5, 9]) == "higher"
    assert trend([6, 9, 6]) == "same"
