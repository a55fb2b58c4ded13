"""Full-text search over the readings' titles and bodies.

Words are compared case- and accent-insensitively ("Meditacion" finds "meditación"); every query
word must match the start of a word in the title or body ("medit" finds "meditation"). Matches
come back as (start, end) spans in the ORIGINAL text, so the UI can highlight them exactly.
Each text is folded once (about 3 ms for all articles); a search then scans the folded texts
with one compiled regex per word, about 1 ms over all articles (CPU time, quiet machine).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.articles import Article

Span = tuple[int, int]
_WORD = re.compile(r"\w+")
_fold_cache: dict[str, str] = {}
SNIPPET_CHARS = 180


def _fold_char(ch: str) -> str:
    folded = _fold_cache.get(ch)
    if folded is None:
        decomposed = unicodedata.normalize("NFKD", ch)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        _fold_cache[ch] = folded
    return folded


def fold(text: str) -> tuple[str, list[int] | None]:
    """Lowercase `text` and strip its accents.

    Returns the folded text and, when lengths differ or characters were not ASCII, a list
    mapping each folded index to its index in `text` (None means the same index).
    """
    if text.isascii():
        return text.lower(), None
    table = {ord(ch): _fold_char(ch) for ch in set(text) if not ch.isascii()}
    if all(len(v) == 1 for v in table.values()):  # one letter for one: same indexes
        return text.translate(table).lower(), None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = ch.lower() if ch.isascii() else _fold_char(ch)
        out.append(piece)
        origin.extend([i] * len(piece))
    return "".join(out), origin


def query_terms(query: str) -> list[str]:
    """The distinct folded words of a query, longest first."""
    folded, _ = fold(query)
    terms = list(dict.fromkeys(_WORD.findall(folded)))
    return sorted(terms, key=len, reverse=True)


class _Field:
    """One searchable text, folded once; a term is found by a regex scan at C speed."""

    __slots__ = ("folded", "origin", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.origin = fold(text)

    def spans(self, term: str) -> list[Span]:
        """Where a word of the text starts with `term` (already folded)."""
        pattern = _term_pattern(term)
        origin = self.origin
        if origin is None:
            return [m.span() for m in pattern.finditer(self.folded)]
        return [(origin[m.start()], origin[m.end() - 1] + 1)
                for m in pattern.finditer(self.folded)]


def forget_queries() -> None:
    """Drop every cache that holds what someone searched for (the kiosk's idle reset):
    the compiled patterns are keyed by the visitor's search terms."""
    _term_pattern.cache_clear()
    _fold_cache.clear()


@functools.lru_cache(maxsize=256)
def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(term) + r"\w*")


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    score: float
    title_spans: tuple[Span, ...]
    body_matches: int
    snippet: str
    snippet_spans: tuple[Span, ...]


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def find_spans(text: str, query: str) -> tuple[Span, ...]:
    """Where the query's words start words in any text (e.g. a rendered document)."""
    terms = query_terms(query)
    if not terms:
        return ()
    field = _Field(text)
    return merge_spans(span for term in terms for span in field.spans(term))


def make_snippet(
    text: str, spans: Sequence[Span], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[Span, ...]]:
    """A passage of `text` around the first span, cut at word boundaries, with shifted spans."""
    if not spans:
        cut = text[:width].rsplit(" ", 1)[0] if len(text) > width else text
        return cut + ("…" if len(cut) < len(text) else ""), ()
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and first - space < width // 2 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > spans[0][1] else end
    piece = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return prefix + piece + suffix, inside


class SearchIndex:
    """Built once from the articles (folding only); `search(query)` scans the folded texts."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._entries = [(a.id, _Field(a.title), _Field(a.summary), _Field(a.plain_body))
                         for a in articles]

    def search(self, query: str) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms:
            return []
        hits: list[SearchHit] = []
        for order, (article_id, title, summary, body) in enumerate(self._entries):
            title_spans: list[Span] = []
            body_spans: list[Span] = []
            score = 0.0
            for term in terms:
                in_title = title.spans(term)
                in_summary = summary.spans(term)
                in_body = body.spans(term)
                if not (in_title or in_summary or in_body):
                    break
                title_spans.extend(in_title)
                body_spans.extend(in_body)
                score += 10 * len(in_title) + 3 * len(in_summary) + min(len(in_body), 20)
            else:
                merged = merge_spans(body_spans)
                snippet, snippet_spans = make_snippet(body.text, merged)
                hits.append(SearchHit(article_id, score - order * 1e-3,
                                      merge_spans(title_spans), len(merged), snippet,
                                      snippet_spans))
        hits.sort(key=lambda h: -h.score)
        return hits
