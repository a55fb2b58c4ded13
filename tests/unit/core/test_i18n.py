"""Rewire follows the system language unless the user picked one."""

from __future__ import annotations

from app.core.i18n import resolve_language, system_languages


def test_explicit_choice_wins() -> None:
    assert resolve_language("es", {"LANG": "en_US.UTF-8"}) == "es"
    assert resolve_language("en", {"LANG": "es_MX.UTF-8"}) == "en"


def test_system_language_is_followed() -> None:
    assert resolve_language("system", {"LANG": "es_MX.UTF-8"}) == "es"
    assert resolve_language("system", {"LANG": "en_GB.UTF-8"}) == "en"
    assert resolve_language("system", {"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}) == "es"
    assert resolve_language("system", {"LC_ALL": "C", "LANG": "es_ES"}) == "es"


def test_unsupported_or_missing_system_language_falls_back_to_english() -> None:
    assert resolve_language("system", {"LANG": "de_DE.UTF-8"}) == "en"
    assert resolve_language("system", {}) == "en"
    assert system_languages({"LANG": "C.UTF-8"}) == []
