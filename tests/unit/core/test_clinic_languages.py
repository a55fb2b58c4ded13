"""Crisis help and the clinic's words in the client's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.clinic import FALLBACK, load_clinic, parse_clinic

BASE = {"name": "A Clinic", "city": "Town", "phone": "555", "about": "We help."}


def test_every_shipped_crisis_line_and_the_about_text_read_in_spanish() -> None:
    clinic, notice = load_clinic()
    assert notice is None
    spanish = clinic.in_language("es")
    assert spanish.about != clinic.about and "Simi Valley" in spanish.about
    for english, translated in zip(clinic.crisis, spanish.crisis, strict=True):
        assert translated.number == english.number  # numbers never change
        assert translated.label != english.label
    line_988 = next(line for line in spanish.crisis if line.number == "988")
    assert "marca 2" in line_988.label and "AYUDA" in line_988.label  # 988's Spanish service


def test_english_and_unknown_languages_keep_the_original_words() -> None:
    clinic, _ = load_clinic()
    assert clinic.in_language("en") == clinic
    assert clinic.in_language("fr").crisis == clinic.crisis


def test_the_fallback_profile_helps_in_spanish_too() -> None:
    assert all("911" in line.label or "988" in line.label
               for line in FALLBACK.in_language("es").crisis)
    assert FALLBACK.in_language("es").crisis[0].label.startswith("Llama al 911")


def test_a_clinic_file_without_translations_still_loads() -> None:
    clinic = parse_clinic(dict(BASE, crisis=[{"label": "Call us", "number": "555"}]))
    assert clinic.in_language("es").crisis[0].label == "Call us"


@pytest.mark.parametrize("bad", [["es"], {"es": 5}, {"es": "  "}])
def test_malformed_translations_are_named(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps(dict(BASE, crisis=[
        {"label": "Call us", "number": "555", "label_translations": bad}])), encoding="utf-8")
    clinic, notice = load_clinic(path)
    assert clinic == FALLBACK  # 911 and 988 still shown
    assert notice is not None and "crisis line 1's 'label_translations'" in notice.text
