"""The readings: Markdown files in resources/articles/ with a small front-matter header.

Each file looks like this (a strict YAML subset, read here without PyYAML)::

    ---
    id: neuroplasticity-basics
    title: Neuroplasticity, or How Your Brain Keeps Changing
    summary: One or two sentences for the library card.
    reading_minutes: 5
    topics: [neuroplasticity, habits]
    practices: [breath-awareness-5, savoring-progress-5]
    sources:
      - Author A, Author B (2000). Title. Journal, 1(2), 3-4.
    ---
    # Title
    ...

`load_catalog()` reads every article. A malformed one is reported as a Notice that names the
file and the problem, and is skipped; the others load. Search lives in app/core/article_search.py.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.markdown_plain import markdown_to_plain
from app.core.notices import Level, Notice
from app.core.resources import resource_path

if TYPE_CHECKING:
    from app.core.article_search import SearchHit, SearchIndex

# The library's reading order; articles not listed here follow, by title.
ORDER = (
    "neuroplasticity-basics",
    "what-to-expect-in-therapy",
    "therapy-and-plasticity",
    "cbt-and-the-brain",
    "habits-how-long-change-takes",
    "breathing-and-the-body",
    "mindfulness-and-the-brain",
    "when-mindfulness-is-hard",
    "sleep-and-the-anxious-mind",
    "emotions-connection-relationship",
    "serotonin-and-mood",
    "dopamine-and-progress",
    "oxytocin-and-trust",
)

# key -> expected kind: "str", "int" or "list"
FIELDS: dict[str, str] = {
    "id": "str",
    "title": "str",
    "summary": "str",
    "reading_minutes": "int",
    "topics": "list",
    "practices": "list",
    "sources": "list",
}

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s+(.*))?$")
_ITEM_LINE = re.compile(r"^\s+-\s+(.*)$")
MAX_ARTICLE_BYTES = 512 * 1024


class ArticleError(ValueError):
    """An article file that cannot be used; the message says what is wrong (and on which line)."""


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    summary: str
    reading_minutes: int
    topics: tuple[str, ...]
    practices: tuple[str, ...]
    sources: tuple[str, ...]
    body: str = field(repr=False)
    path: Path | None = None
    language: str = "en"  # the language of this text: "en", or a twin's ("es")

    @functools.cached_property
    def plain_body(self) -> str:
        """The body as plain text (Markdown marks removed), for search and snippets."""
        return markdown_to_plain(self.body)

    @property
    def word_count(self) -> int:
        return len(re.findall(r"[^\W_]+(?:'[^\W_]+)*", self.plain_body))


# -- front matter -------------------------------------------------------------------------
def split_front_matter(text: str) -> tuple[list[str], str, int]:
    """Return (front-matter lines, body, line number where the body starts)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ArticleError("line 1: the file must start with a '---' front-matter line")
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return lines[1 : number - 1], "\n".join(lines[number:]).strip("\n") + "\n", number + 1
    raise ArticleError("the front matter has no closing '---' line")


def _scalar(raw: str, where: str) -> str | int:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if value.startswith(("\"", "'")):
        raise ArticleError(f"{where}: the quote is not closed")
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


def _inline_list(raw: str, where: str) -> list[str]:
    inner = raw.strip()[1:-1].strip()
    if not inner:
        return []
    items = []
    for part in inner.split(","):
        item = _scalar(part, where)
        if item == "":
            raise ArticleError(f"{where}: the list has an empty item")
        items.append(str(item))
    return items


def parse_front_matter(lines: Iterable[str]) -> dict[str, Any]:
    """Parse `key: value`, `key: [a, b]` and `key:` followed by `  - item` lines."""
    data: dict[str, Any] = {}
    open_list: str | None = None
    for number, line in enumerate(lines, start=2):
        where = f"line {number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM_LINE.match(line)
        if item:
            if open_list is None:
                raise ArticleError(f"{where}: a '- ' item that belongs to no list key")
            data[open_list].append(str(_scalar(item.group(1), where)))
            continue
        if line[0].isspace():
            raise ArticleError(f"{where}: unexpected indentation")
        match = _KEY_LINE.match(line)
        if not match:
            raise ArticleError(f"{where}: expected 'key: value', found {line.strip()[:40]!r}")
        key, raw = match.group(1), (match.group(2) or "").strip()
        if key in data:
            raise ArticleError(f"{where}: '{key}' appears twice")
        open_list = None
        if not raw:
            data[key] = []
            open_list = key
        elif raw.startswith("["):
            if not raw.endswith("]"):
                raise ArticleError(f"{where}: the list for '{key}' has no closing ']'")
            data[key] = _inline_list(raw, where)
        else:
            data[key] = _scalar(raw, where)
    return data


def validate(data: dict[str, Any], expected_id: str | None = None) -> list[str]:
    """Every problem with parsed front matter, as short sentences (empty when fine)."""
    problems: list[str] = []
    for key, kind in FIELDS.items():
        if key not in data:
            problems.append(f"'{key}' is missing")
            continue
        value = data[key]
        if kind == "str" and not (isinstance(value, str) and value.strip()):
            problems.append(f"'{key}' must be non-empty text")
        elif kind == "int" and not (isinstance(value, int) and 1 <= value <= 60):
            problems.append(f"'{key}' must be a whole number of minutes from 1 to 60")
        elif kind == "list":
            if not isinstance(value, list):
                problems.append(f"'{key}' must be a list like [a, b]")
            elif key in ("topics", "sources") and not value:
                problems.append(f"'{key}' must list at least one item")
    for key in data:
        if key not in FIELDS:
            problems.append(f"unknown key '{key}' (known: {', '.join(FIELDS)})")
    article_id = data.get("id")
    if isinstance(article_id, str):
        if not _ID.match(article_id):
            problems.append(f"'id' {article_id!r} must be lowercase words joined by '-'")
        if expected_id is not None and article_id != expected_id:
            problems.append(f"'id' is {article_id!r} but the file is named {expected_id}.md")
    for key in ("topics", "practices"):
        for value in data.get(key) or []:
            if isinstance(data.get(key), list) and not _ID.match(value):
                problems.append(f"'{key}' entry {value!r} must be lowercase words joined by '-'")
    return problems


def parse_article(text: str, expected_id: str | None = None, path: Path | None = None) -> Article:
    """Build an Article from a file's text, or raise ArticleError naming every problem."""
    lines, body, body_line = split_front_matter(text)
    data = parse_front_matter(lines)
    problems = validate(data, expected_id)
    if not body.strip():
        problems.append("the article has no text after the front matter")
    elif not re.search(r"^# \S", body, re.MULTILINE):
        problems.append(f"the text (from line {body_line}) has no '# Title' heading")
    if problems:
        raise ArticleError("; ".join(problems))
    return Article(
        id=data["id"],
        title=data["title"].strip(),
        summary=data["summary"].strip(),
        reading_minutes=data["reading_minutes"],
        topics=tuple(data["topics"]),
        practices=tuple(data["practices"]),
        sources=tuple(data["sources"]),
        body=body,
        path=path,
    )


def read_article(path: Path) -> Article:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"the file is larger than {MAX_ARTICLE_BYTES // 1024} KB")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"the file is not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise ArticleError(f"the file could not be read ({exc.strerror or exc})") from exc
    return parse_article(text, expected_id=path.stem, path=path)


# -- the catalog --------------------------------------------------------------------------
def known_practice_ids(folder: Path | None = None) -> frozenset[str] | None:
    """Ids of resources/practices/*.json, or None when that folder has none yet."""
    folder = folder or resource_path("practices")
    ids = frozenset(p.stem for p in folder.glob("*.json")) if folder.is_dir() else frozenset()
    return ids or None


@dataclass
class Catalog:
    """The articles that loaded, in library order, and a Notice for each problem found."""

    articles: tuple[Article, ...]
    notices: tuple[Notice, ...] = ()
    _by_id: dict[str, Article] = field(default_factory=dict, repr=False)
    _index: SearchIndex | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for a in self.articles}

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Any:
        return iter(self.articles)

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def ids(self) -> list[str]:
        return [a.id for a in self.articles]

    def topics(self) -> list[str]:
        """Every topic, most used first, then alphabetically."""
        counts: dict[str, int] = {}
        for article in self.articles:
            for topic in article.topics:
                counts[topic] = counts.get(topic, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t))

    def with_topic(self, topic: str | None) -> list[Article]:
        return [a for a in self.articles if not topic or topic in a.topics]

    def related(self, article_id: str, limit: int = 3) -> list[Article]:
        """Articles sharing the most topics with this one (library order breaks ties)."""
        base = self.get(article_id)
        if base is None:
            return []
        scored = []
        for position, other in enumerate(self.articles):
            shared = len(set(base.topics) & set(other.topics))
            if other.id != article_id and shared:
                scored.append((-shared, position, other))
        return [a for _, _, a in sorted(scored, key=lambda s: (s[0], s[1]))[:limit]]

    def search(self, query: str) -> list[SearchHit]:
        """Articles matching every word of `query` (prefixes count), best first."""
        if self._index is None:
            from app.core.article_search import SearchIndex

            self._index = SearchIndex(self.articles)
        return self._index.search(query)


def _sort_key(article: Article) -> tuple[int, str]:
    return (ORDER.index(article.id) if article.id in ORDER else len(ORDER), article.title.lower())


def _known_practices_only(article: Article, practice_ids: frozenset[str],
                          notices: list[Notice]) -> Article:
    unknown = [p for p in article.practices if p not in practice_ids]
    if not unknown:
        return article
    name = article.path.name if article.path else f"{article.id}.md"
    notices.append(Notice(
        Level.WARNING, "A reading names an unknown practice",
        f"{name} lists {', '.join(unknown)}, which Rewire does not have; "
        "that button is left out.", article.path))
    kept = tuple(p for p in article.practices if p in practice_ids)
    return dataclasses.replace(article, practices=kept)


def load_catalog(
    folder: Path | None = None,
    practice_ids: frozenset[str] | None = None,
    check_practices: bool = True,
    language: str = "en",
) -> Catalog:
    """Read every *.md in `folder` (default resources/articles).

    A broken article becomes a warning Notice naming its file and is skipped. Practice ids
    that do not exist (checked when `practice_ids`, or resources/practices/, is known) are
    reported and left out of that article's "Try this practice" list. With another
    `language`, each reading's twin in `folder/<language>/<id>.md` replaces its English text
    (app/core/article_twins.py); a reading without a usable twin stays in English.
    """
    folder = Path(folder) if folder else resource_path("articles")
    if practice_ids is None and check_practices:
        practice_ids = known_practice_ids()
    articles: list[Article] = []
    notices: list[Notice] = []
    seen: dict[str, Path] = {}
    paths = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if not paths:
        notices.append(Notice(Level.WARNING, "No readings found",
                              f"There are no articles in {folder}.", folder))
    for path in paths:
        if path.name.lower() == "readme.md":
            continue
        try:
            article = read_article(path)
        except ArticleError as exc:
            notices.append(Notice(Level.WARNING, "A reading could not be opened",
                                  f"{path.name} was skipped: {exc}.", path))
            continue
        if article.id in seen:  # pragma: no cover - file names are unique within one folder
            continue
        seen[article.id] = path
        articles.append(article)
    if language != "en":
        from app.core.article_twins import apply_twins

        articles, twin_notices = apply_twins(articles, folder, language)
        notices.extend(twin_notices)
    if practice_ids is not None:
        articles = [_known_practices_only(a, practice_ids, notices) for a in articles]
    articles.sort(key=_sort_key)
    return Catalog(tuple(articles), tuple(notices))
