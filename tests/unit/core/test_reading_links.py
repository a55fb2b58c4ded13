"""Readings and practices point at each other; every link in both directions must resolve.

Articles list `practices: [ids]` (resources/practices/<id>.json); practices list
`readings: [ids]` (resources/articles/<id>.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.core.articles import load_catalog
from app.core.resources import resource_path

PRACTICE_FILES = sorted(resource_path("practices").glob("*.json"))


def practice_ids() -> frozenset[str]:
    return frozenset(p.stem for p in PRACTICE_FILES)


def article_ids() -> set[str]:
    return set(load_catalog(check_practices=False).ids())


def test_every_practice_an_article_names_exists() -> None:
    known = practice_ids()
    missing = {
        article.id: sorted(set(article.practices) - known)
        for article in load_catalog(check_practices=False)
        if set(article.practices) - known
    }
    assert missing == {}


def test_internal_links_in_article_bodies_resolve() -> None:
    known_practices, known_articles = practice_ids(), article_ids()
    for article in load_catalog(check_practices=False):
        for kind, target in re.findall(r"\]\((article|practice):([^)\s]+)\)", article.body):
            pool = known_articles if kind == "article" else known_practices
            assert target in pool, f"{article.id}: link to {kind}:{target} does not resolve"


@pytest.mark.parametrize("path", PRACTICE_FILES, ids=[p.stem for p in PRACTICE_FILES])
def test_every_reading_a_practice_names_exists(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    readings = data.get("readings")
    assert isinstance(readings, list) and readings, f"{path.name} lists no readings"
    assert set(readings) <= article_ids(), f"{path.name}: {set(readings) - article_ids()}"


def practice_readings() -> dict[str, set[str]]:
    return {p.stem: set(json.loads(p.read_text(encoding="utf-8"))["readings"])
            for p in PRACTICE_FILES}


def test_every_try_this_practice_button_is_answered_by_the_practice() -> None:
    """Links go both ways: a practice a reading offers names that reading among its own."""
    readings_of = practice_readings()
    one_way = sorted(f"{article.id} -> {practice}"
                     for article in load_catalog(check_practices=False)
                     for practice in article.practices
                     if article.id not in readings_of.get(practice, set()))
    assert one_way == []


BREATHING = ("box-breathing", "breath-478", "resonance-breathing", "physiological-sigh",
             "custom-pacer", "follow-breath")


@pytest.mark.parametrize("practice_id", BREATHING)
def test_breathing_practices_point_first_to_the_breathing_reading(practice_id: str) -> None:
    data = json.loads(resource_path("practices", f"{practice_id}.json").read_text("utf-8"))
    assert data["readings"][0] == "breathing-and-the-body"
