"""Spanish readings: each English reading's twin in resources/articles/es/ is loaded for a Spanish
interface, with the same sections, practices, topics and sources; a twin that does not match
is reported by name and the English text is shown instead; search finds the Spanish words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.article_twins import structure
from app.core.articles import load_catalog
from app.core.resources import resource_path

ARTICLES = resource_path("articles")
TWINS = ARTICLES / "es"

# Readings whose Spanish twin has not been written yet: none. Every reading has its twin, so a
# new English reading fails here until its Spanish twin lands with it (list it here only while
# its twin is being written; a listed reading must NOT have a twin).
AWAITING_TRANSLATION: frozenset[str] = frozenset()

# Words a Spanish speaker in the US would not use (Spain-only, or rude in Latin America).
NOT_US_SPANISH = ("pulsa", "pulsar", "vosotros", "ordenador", "móvil", "coger", "vale,",
                  "gilipollas", "zumo", "conducir")

ENGLISH = load_catalog(check_practices=False)
SPANISH = load_catalog(check_practices=False, language="es")
TWIN_FILES = sorted(p for p in TWINS.glob("*.md") if p.name.lower() != "readme.md")

GOOD = """---
id: sample-article
title: A Sample
summary: A summary.
reading_minutes: 1
topics: [habits]
practices: [box-breathing]
sources:
  - Doe J (2001). A real-looking title. Journal, 1(2), 3-4.
---
# A Sample

Some words about the brain.

- one
- two

## Try it

Breathe.

## Sources

- Doe J (2001). A real-looking title. Journal, 1(2), 3-4.
"""

TWIN = (GOOD.replace("title: A Sample", "title: Una muestra")
        .replace("summary: A summary.", "summary: Un resumen.")
        .replace("# A Sample", "# Una muestra")
        .replace("Some words about the brain.", "Unas palabras sobre el cerebro y la respiración.")
        .replace("## Try it\n\nBreathe.", "## Pruébalo\n\nRespira.")
        .replace("## Sources", "## Fuentes").replace("- one", "- uno").replace("- two", "- dos"))


def folder_with(tmp_path: Path, twin: str | None = TWIN, name: str = "sample-article") -> Path:
    (tmp_path / "sample-article.md").write_text(GOOD, encoding="utf-8")
    if twin is not None:
        (tmp_path / "es").mkdir(exist_ok=True)
        (tmp_path / "es" / f"{name}.md").write_text(twin, encoding="utf-8")
    return tmp_path


# -- the shipped twins -------------------------------------------------------------------
def test_every_reading_has_a_spanish_twin_or_is_awaiting_one() -> None:
    english_ids = set(ENGLISH.ids())
    twin_ids = {p.stem for p in TWIN_FILES}
    assert twin_ids <= english_ids, f"twins without an English reading: {twin_ids - english_ids}"
    assert english_ids - twin_ids == AWAITING_TRANSLATION, (
        "update AWAITING_TRANSLATION: missing twins "
        f"{sorted(english_ids - twin_ids - AWAITING_TRANSLATION)}, delivered "
        f"{sorted(AWAITING_TRANSLATION & twin_ids)}")


def test_every_shipped_twin_loads_and_matches_its_english_reading() -> None:
    assert [n.describe() for n in SPANISH.notices] == []
    assert SPANISH.ids() == ENGLISH.ids()  # the same library, in the same order
    for path in TWIN_FILES:
        twin, english = SPANISH.get(path.stem), ENGLISH.get(path.stem)
        assert twin is not None and english is not None
        assert twin.language == "es" and english.language == "en"
        assert structure(twin.body) == structure(english.body), path.name
        assert (twin.practices, twin.topics) == (english.practices, english.topics)
        assert twin.title != english.title and twin.summary != english.summary
        assert 500 <= twin.word_count <= 1400, twin.word_count
        assert abs(twin.reading_minutes - twin.word_count / 200) <= 2.5


@pytest.mark.parametrize("path", TWIN_FILES, ids=[p.stem for p in TWIN_FILES])
def test_each_twin_is_in_us_spanish_with_its_sections_and_closing_note(path: Path) -> None:
    twin = SPANISH.get(path.stem)
    assert twin is not None
    body = twin.body
    assert re.search(r"^## Pruébalo\s*$", body, re.MULTILINE)
    assert re.search(r"^## Fuentes\s*$", body, re.MULTILINE)
    assert "no es un consejo médico" in body.lower()
    assert "Meditative Minds Counseling & Wellness" in body  # the clinic keeps its name
    assert "«Si estás en crisis»" in body  # the crisis screen, as the Spanish interface names it
    words = set(re.findall(r"[^\W\d_]+,?", body.lower()))
    assert not words & set(NOT_US_SPANISH), words & set(NOT_US_SPANISH)
    for source in twin.sources:  # publications keep their original titles, shown to the reader
        assert source in body


def test_spanish_search_finds_spanish_words_with_or_without_accents() -> None:
    for query in ("respiración lenta", "respiracion lenta", "mareo"):
        assert "breathing-and-the-body" in [h.article_id for h in SPANISH.search(query)], query
    assert "breathing-and-the-body" not in [h.article_id for h in SPANISH.search("dizzy")]


# -- the loader --------------------------------------------------------------------------
def test_a_matching_twin_replaces_the_text_and_english_is_unchanged(tmp_path: Path) -> None:
    folder = folder_with(tmp_path)
    spanish = load_catalog(folder, check_practices=False, language="es")
    article = spanish.get("sample-article")
    assert article is not None and spanish.notices == ()
    assert (article.title, article.language) == ("Una muestra", "es")
    assert article.path == folder / "es" / "sample-article.md"
    assert spanish.search("respiracion")[0].article_id == "sample-article"
    english = load_catalog(folder, check_practices=False)
    assert english.get("sample-article").title == "A Sample"  # type: ignore[union-attr]


@pytest.mark.parametrize(("twin", "problem"), [
    (TWIN.replace("- dos\n", ""), "sections differ"),
    (TWIN.replace("Respira.", "Respira.\n\nY luego descansa."), "sections differ"),
    (TWIN.replace("## Pruébalo\n\nRespira.\n\n", ""), "sections differ"),
    (TWIN.replace("practices: [box-breathing]", "practices: [breath-478]"), "practices"),
    (TWIN.replace("topics: [habits]", "topics: [sleep]"), "topics"),
    (TWIN.replace("  - Doe J (2001)", "  - Doe J (2002)"), "source 1 does not start"),
    (TWIN.replace("id: sample-article", "id: other"), "file is named sample-article"),
    (TWIN.replace("reading_minutes: 1", "reading_minutes: pronto"), "reading_minutes"),
])
def test_a_twin_that_does_not_match_is_named_and_english_is_shown(
        tmp_path: Path, twin: str, problem: str) -> None:
    spanish = load_catalog(folder_with(tmp_path, twin), check_practices=False, language="es")
    article = spanish.get("sample-article")
    assert article is not None and article.title == "A Sample" and article.language == "en"
    assert len(spanish.notices) == 1
    text = spanish.notices[0].text
    assert text.startswith("es/sample-article.md: ") and problem in text, text
    assert text.endswith("The English text is shown.")


def test_a_twin_without_an_english_reading_is_reported_not_shown(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, TWIN.replace("sample-article", "lost-one"), name="lost-one")
    spanish = load_catalog(folder, check_practices=False, language="es")
    assert spanish.ids() == ["sample-article"]
    assert "es/lost-one.md translates lost-one.md" in spanish.notices[0].text


def test_a_twin_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    folder = folder_with(tmp_path)
    (folder / "es" / "sample-article.md").write_bytes(b"---\nid: \xff\n---\n")
    spanish = load_catalog(folder, check_practices=False, language="es")
    assert "UTF-8" in spanish.notices[0].text and spanish.get("sample-article").language == "en"  # type: ignore[union-attr]


def test_an_unknown_practice_in_a_twin_is_left_out_like_in_english(tmp_path: Path) -> None:
    folder = folder_with(tmp_path)
    catalog = load_catalog(folder, practice_ids=frozenset({"open-timer"}), language="es")
    article = catalog.get("sample-article")
    assert article is not None and article.language == "es" and article.practices == ()
    assert ["box-breathing" in n.text for n in catalog.notices] == [True]


def test_structure_counts_paragraphs_and_items_per_section() -> None:
    assert structure("# T\n\nIntro.\nmore intro\n\n- a\n- b\n\n## S\n\nOne.\n\nTwo.\n") == (
        (1, 2), (2, 0))
