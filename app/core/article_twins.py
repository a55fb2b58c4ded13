"""Translated readings: a twin of each English reading, in `resources/articles/<lang>/<id>.md`.

A twin has the same front matter keys as its English reading; its `title`, `summary`,
`reading_minutes` and body are in its own language, while `id`, `topics`, `practices` and the
`sources` (publications keep their original titles) match the English file. Its body has the
same sections as the English one: the same number of `##` headings, and in each section the
same number of paragraphs and list items, so no part is left out or added (`structure()`).

`apply_twins()` swaps in every usable twin. A twin that cannot be used is reported as an
information Notice naming the file and the problem, and the English reading is shown
instead; a twin with no English reading is reported and not shown. Nothing is lost.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from app.core.articles import Article, ArticleError, read_article
from app.core.notices import Level, Notice

_HEADING = re.compile(r"^##\s+\S")
_ITEM = re.compile(r"^\s{0,3}[-*+]\s+\S")
_SOURCE_KEY = re.compile(r"^(.*?\(\d{4}\))")  # "Authors (year)": the part no translation changes

Structure = tuple[tuple[int, int], ...]


def structure(body: str) -> Structure:
    """(paragraphs, list items) of each part of a body: the part before the first `##`
    heading, then one entry per heading."""
    parts: list[list[int]] = [[0, 0]]
    in_paragraph = False
    for line in body.splitlines():
        if _HEADING.match(line):
            parts.append([0, 0])
            in_paragraph = False
        elif _ITEM.match(line):
            parts[-1][1] += 1
            in_paragraph = False
        elif not line.strip():
            in_paragraph = False
        elif not line.startswith("#") and not in_paragraph:
            parts[-1][0] += 1
            in_paragraph = True
    return tuple((p, i) for p, i in parts)


def twin_path(folder: Path, language: str, article_id: str) -> Path:
    return Path(folder) / language / f"{article_id}.md"


def twin_problems(english: Article, twin: Article) -> list[str]:
    """Why `twin` cannot stand in for `english` (empty when it can)."""
    problems = []
    if twin.topics != english.topics:
        problems.append(f"its topics {list(twin.topics)} differ from the English "
                        f"{list(english.topics)}")
    if twin.practices != english.practices:
        problems.append(f"its practices {list(twin.practices)} differ from the English "
                        f"{list(english.practices)}")
    if len(twin.sources) != len(english.sources):
        problems.append(f"it lists {len(twin.sources)} sources, the English "
                        f"{len(english.sources)}")
    else:
        for number, (ours, theirs) in enumerate(zip(twin.sources, english.sources,
                                                    strict=True), start=1):
            key = _SOURCE_KEY.match(theirs)
            if key and not ours.startswith(key.group(1)):
                problems.append(f"source {number} does not start with {key.group(1)!r} "
                                "(sources keep their original authors and titles)")
    mine, theirs_structure = structure(twin.body), structure(english.body)
    if mine != theirs_structure:
        problems.append(f"its sections differ from the English reading's (paragraphs and "
                        f"list items per section: {list(mine)} against "
                        f"{list(theirs_structure)})")
    return problems


def apply_twins(articles: Iterable[Article], folder: Path,
                language: str) -> tuple[list[Article], list[Notice]]:
    """`articles` with each usable twin in `language` swapped in, and a Notice per problem."""
    out: list[Article] = []
    notices: list[Notice] = []
    english_ids = set()
    for english in articles:
        english_ids.add(english.id)
        path = twin_path(folder, language, english.id)
        if not path.is_file():
            out.append(english)
            continue
        try:
            twin = read_article(path)
            problems = twin_problems(english, twin)
        except ArticleError as exc:
            problems = [str(exc)]
        if problems:
            notices.append(Notice(
                Level.INFO, "A translation could not be used",
                f"{language}/{path.name}: {'; '.join(problems)}. The English text is shown.",
                path))
            out.append(english)
            continue
        out.append(dataclasses.replace(twin, language=language))
    twin_folder = Path(folder) / language
    for path in sorted(twin_folder.glob("*.md")) if twin_folder.is_dir() else []:
        if path.name.lower() != "readme.md" and path.stem not in english_ids:
            notices.append(Notice(
                Level.INFO, "A translation has no English reading",
                f"{language}/{path.name} translates {path.stem}.md, which is not among the "
                "readings; it is not shown.", path))
    return out, notices
