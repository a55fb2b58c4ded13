"""The readings: every shipped article loads with complete front matter, a broken one is
reported by name and skipped, and search finds words anywhere in titles and bodies."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from app.core.article_search import find_spans, fold
from app.core.articles import (
    ORDER,
    ArticleError,
    load_catalog,
    markdown_to_plain,
    parse_article,
    parse_front_matter,
)
from app.core.notices import Level
from app.core.resources import resource_path

ARTICLES = resource_path("articles")
SHIPPED = sorted(p for p in ARTICLES.glob("*.md") if p.name.lower() != "readme.md")

GOOD = """---
id: sample-article
title: A Sample: With a Colon
summary: "Quoted, with a comma"
reading_minutes: 4
topics: [brain, habits]
practices: [box-breathing]
sources:
  - Doe J (2001). A real-looking title. Journal, 1(2), 3-4.
---
# A Sample

Some **bold** words about the brain and *plasticity*, and a [link](https://example.org).

## Try it

Breathe.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the shipped articles --------------------------------------------------------------
def test_every_reading_in_the_library_order_ships_and_loads_without_problems() -> None:
    catalog = load_catalog(check_practices=False)
    assert [n.describe() for n in catalog.notices] == []
    assert set(ORDER) <= set(catalog.ids())
    assert catalog.ids()[: len(ORDER)] == list(ORDER)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_each_article_has_complete_front_matter_and_reader_sections(path: Path) -> None:
    article = parse_article(path.read_text(encoding="utf-8"), expected_id=path.stem)
    assert article.title and article.summary and article.topics and article.sources
    assert article.practices, "every article offers at least one practice"
    assert 500 <= article.word_count <= 1300, article.word_count
    # The stated reading time is honest (about 200 words a minute, give or take).
    assert abs(article.reading_minutes - article.word_count / 200) <= 2.5
    body = article.body
    assert re.search(r"^# \S", body, re.MULTILINE)
    assert re.search(r"^## Try it\s*$", body, re.MULTILINE)
    assert re.search(r"^## Sources\s*$", body, re.MULTILINE)
    assert "not medical advice" in body.lower()
    for source in article.sources:  # every listed source is also shown to the reader
        assert source.split("(")[0].strip()[:30] in body


def test_article_ids_are_unique_and_match_file_names() -> None:
    catalog = load_catalog(check_practices=False)
    ids = catalog.ids()
    assert len(ids) == len(set(ids)) == len(SHIPPED)
    assert all(article.path is not None and article.path.stem == article.id
               for article in catalog)


# -- the parser ------------------------------------------------------------------------
def test_parser_reads_the_strict_subset() -> None:
    article = parse_article(GOOD, expected_id="sample-article")
    assert article.title == "A Sample: With a Colon"
    assert article.summary == "Quoted, with a comma"
    assert article.reading_minutes == 4
    assert article.topics == ("brain", "habits")
    assert article.sources == ("Doe J (2001). A real-looking title. Journal, 1(2), 3-4.",)
    assert article.body.startswith("# A Sample")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter\n# T\n", "must start with a '---'"),
        ("---\nid: x\n# T\n", "no closing '---'"),
        (GOOD.replace("reading_minutes: 4", "reading_minutes: soon"), "'reading_minutes'"),
        (GOOD.replace("topics: [brain, habits]\n", ""), "'topics' is missing"),
        (GOOD.replace("topics: [brain, habits]", "topics: [brain, habits"), "no closing ']'"),
        (GOOD.replace("id: sample-article", "id: other-name"), "file is named sample-article"),
        (GOOD.replace("summary:", "sumary:"), "unknown key 'sumary'"),
        (GOOD.replace("  - Doe", "- Doe").replace("sources:\n", "sources: []\n"), "line 9:"),
        (GOOD.replace("# A Sample", "A Sample"), "no '# Title' heading"),
        (GOOD.replace("title: A Sample: With a Colon\n", "title: A\ntitle: B\n"), "twice"),
    ],
)
def test_parser_names_each_problem(text: str, message: str) -> None:
    with pytest.raises(ArticleError, match=re.escape(message)):
        parse_article(text, expected_id="sample-article")


def test_front_matter_items_need_a_list_key() -> None:
    with pytest.raises(ArticleError, match="belongs to no list"):
        parse_front_matter(["  - stray"])


def test_malformed_article_is_skipped_with_a_notice_naming_it(tmp_path: Path) -> None:
    write(tmp_path, "sample-article.md", GOOD)
    write(tmp_path, "broken-one.md", GOOD.replace("id: sample-article", "id: broken-one")
          .replace("reading_minutes: 4", "reading_minutes: [4]"))
    write(tmp_path, "not-utf8.md", "")
    (tmp_path / "not-utf8.md").write_bytes(b"---\nid: \xff\xfe\n---\n")
    catalog = load_catalog(tmp_path, practice_ids=frozenset({"box-breathing"}))
    assert catalog.ids() == ["sample-article"]
    texts = {n.path.name: n.text for n in catalog.notices if n.path}
    assert set(texts) == {"broken-one.md", "not-utf8.md"}
    assert "broken-one.md was skipped" in texts["broken-one.md"]
    assert "reading_minutes" in texts["broken-one.md"]
    assert "UTF-8" in texts["not-utf8.md"]
    assert all(n.level is Level.WARNING for n in catalog.notices)


def test_unknown_practice_is_reported_and_left_out_but_article_loads(tmp_path: Path) -> None:
    write(tmp_path, "sample-article.md", GOOD.replace("[box-breathing]", "[box-breathing, nope]"))
    catalog = load_catalog(tmp_path, practice_ids=frozenset({"box-breathing"}))
    article = catalog.get("sample-article")
    assert article is not None and article.practices == ("box-breathing",)
    assert len(catalog.notices) == 1 and "nope" in catalog.notices[0].text


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    catalog = load_catalog(tmp_path)
    assert len(catalog) == 0 and "no articles" in catalog.notices[0].text


def test_related_articles_share_topics() -> None:
    catalog = load_catalog(check_practices=False)
    for article in catalog:
        related = catalog.related(article.id)
        assert article.id not in [r.id for r in related]
        for other in related:
            assert set(other.topics) & set(article.topics)


def test_markdown_to_plain_drops_marks() -> None:
    plain = markdown_to_plain("## Head\n\nSome **bold** and *it* and [a link](x).\n\n- item one")
    assert plain == "Head.\nSome bold and it and a link.\nitem one"


# -- search ----------------------------------------------------------------------------
def test_search_finds_words_only_in_bodies_and_gives_spans() -> None:
    catalog = load_catalog(check_practices=False)
    hits = catalog.search("pruning")
    assert hits, "a word from the neuroplasticity body must be found"
    hit = hits[0]
    article = catalog.get(hit.article_id)
    assert article is not None and "pruning" in article.plain_body.lower()
    assert hit.body_matches >= 1
    for start, end in hit.snippet_spans:
        assert hit.snippet[start:end].lower().startswith("pruning")


def test_search_every_article_is_found_by_a_word_of_its_body() -> None:
    catalog = load_catalog(check_practices=False)
    for article in catalog:
        words = [w for w in re.findall(r"[a-z]{9,}", article.plain_body.lower())]
        assert any(article.id in [h.article_id for h in catalog.search(w)] for w in words[:5])


def test_search_is_case_and_accent_insensitive_with_title_spans(tmp_path: Path) -> None:
    write(tmp_path, "sample-article.md", GOOD.replace("# A Sample", "# A Sample\n\nMeditación."))
    catalog = load_catalog(tmp_path, check_practices=False)
    assert catalog.search("MEDITACION")[0].article_id == "sample-article"
    hit = catalog.search("sam")[0]
    assert hit.title_spans == ((2, 8),)  # "Sample" in "A Sample: With a Colon"
    assert catalog.search("brain xyzzy") == []  # every word must match
    assert catalog.search("   ") == []


def test_find_spans_map_back_to_the_original_text() -> None:
    text = "Straße, ÉMOTION and émotions."
    spans = find_spans(text, "emotion")
    assert [text[s:e] for s, e in spans] == ["ÉMOTION", "émotions"]
    assert fold("Ünïcode")[0] == "unicode"


def test_search_over_all_articles_is_fast() -> None:
    catalog = load_catalog(check_practices=False)
    start = time.perf_counter()
    catalog.search("brain")  # builds the index
    for query in ("therapy relationship", "serotonin", "medit", "a", "xyzzy"):
        catalog.search(query)
    assert (time.perf_counter() - start) * 1000 < 200  # generous: the benchmark tracks 20 ms
