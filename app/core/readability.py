"""How easy the readings are to read: Flesch-Kincaid grade and SMOG grade for each article.

Run `python -m app.core.readability` (or `python tools/readability.py`) to print, for every
English article, both grades, the Flesch reading ease, words and sentences. The target, from
health-literacy guidance for patient materials, is US school grade 6 to 8: an article passes
when BOTH grades are at most 8.0. A grade below 6 is shown but is not a fault.

What is measured: the article's prose as a reader meets it (paragraphs, list items and the
closing note), without the title and headings (labels, not sentences: counting them as short
sentences would flatter the grade) and without the "Sources" list (citations, not prose).

- Sentences end at ".", "!" or "?" (SMOG's definition); a list item or paragraph that ends
  without one still ends a sentence there. Words are runs of letters (with inner apostrophes
  or hyphens: a hyphenated word is one word, as SMOG counts it) or numerals.
- Syllables: app/core/syllables.py (the CMU Pronouncing Dictionary when installed, rules
  otherwise; numerals as read aloud).
- Flesch-Kincaid grade = 0.39 x words/sentence + 11.8 x syllables/word - 15.59 (Kincaid et al.
  1975), over the whole text.
- SMOG grade = 1.0430 x sqrt(polysyllables x 30 / sentences) + 3.1291 (McLaughlin 1969,
  Journal of Reading 12(8):639-646), where a polysyllable is a word of three or more syllables,
  every repetition counted. McLaughlin's sampling rule is followed: with 30 or more sentences,
  the count is taken in 10 consecutive sentences at the beginning, 10 in the middle and 10 at
  the end (so 30/sentences is 1). A text of fewer than 30 sentences uses the standard
  adaptation for short texts: count every sentence, then scale the count up to 30 sentences
  (polysyllables per sentence x 30), which is the same formula. `smog_whole` applies it to all
  sentences, as a check on how typical the three samples are.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.core.articles import Article, load_catalog
from app.core.markdown_plain import markdown_to_plain
from app.core.syllables import counter_name, syllables

T = TypeVar("T")
TARGET = (6.0, 8.0)  # US school grades
SMOG_SAMPLE = 10  # sentences in each of SMOG's three samples
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)")


def sentences_of(text: str) -> list[list[str]]:
    """The words of each sentence; each line (paragraph, list item) ends a sentence."""
    out: list[list[str]] = []
    for line in text.splitlines():
        start = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]:
            words = _WORD.findall(line[start:end])
            if words:
                out.append(words)
            start = end
    return out


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int
    polysyllables: int  # in the whole text
    smog_sentences: int  # sentences SMOG counted: 30, or all of a shorter text
    smog_polysyllables: int  # polysyllables in those sentences

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level."""
        if not self.words or not self.sentences:
            return 0.0
        return (0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words
                - 15.59)

    @property
    def reading_ease(self) -> float:
        """Flesch reading ease (60-70 is plain English)."""
        if not self.words or not self.sentences:
            return 0.0
        return (206.835 - 1.015 * self.words / self.sentences
                - 84.6 * self.syllables / self.words)

    @property
    def smog(self) -> float:
        """SMOG grade from McLaughlin's three 10-sentence samples (or a short text, scaled)."""
        return _smog(self.smog_polysyllables, self.smog_sentences)

    @property
    def smog_whole(self) -> float:
        """SMOG grade over every sentence (the short-text adaptation applied to all)."""
        return _smog(self.polysyllables, self.sentences)

    @property
    def on_target(self) -> bool:
        return self.grade <= TARGET[1] and self.smog <= TARGET[1]


def _smog(polysyllables: int, sentences: int) -> float:
    if not sentences:
        return 0.0
    return 1.0430 * math.sqrt(polysyllables * 30 / sentences) + 3.1291


def smog_sample(sentences: Sequence[T]) -> list[T]:
    """McLaughlin's sample: 10 sentences at the start, 10 in the middle, 10 at the end; all
    sentences of a text shorter than 30."""
    n = len(sentences)
    if n < 3 * SMOG_SAMPLE:
        return list(sentences)
    middle = (n - SMOG_SAMPLE) // 2
    return [*sentences[:SMOG_SAMPLE], *sentences[middle:middle + SMOG_SAMPLE],
            *sentences[n - SMOG_SAMPLE:]]


def measure_text(text: str) -> Readability:
    found = sentences_of(text)
    counts = [[syllables(w) for w in words] for words in found]
    sample = smog_sample(counts)
    return Readability(
        words=sum(len(c) for c in counts),
        sentences=len(counts),
        syllables=sum(sum(c) for c in counts),
        polysyllables=sum(s >= 3 for c in counts for s in c),
        smog_sentences=len(sample),
        smog_polysyllables=sum(s >= 3 for c in sample for s in c),
    )


def prose_of(article: Article) -> str:
    """The article's reader-facing prose: no title, no headings, no Sources list."""
    body = re.sub(r"(?ms)^##\s+Sources\s*$.*?(?=^\*|^#|\Z)", "", article.body)
    body = re.sub(r"(?m)^\s{0,3}#{1,6}\s.*$", "", body)
    return markdown_to_plain(body)


def measure(article: Article) -> Readability:
    return measure_text(prose_of(article))


def detail(article: Article) -> str:
    """Each sentence of an article with its length and its words of 3+ syllables; the ones in
    SMOG's sample are marked with '*'. For a writer bringing the grade down."""
    found = sentences_of(prose_of(article))
    sampled = {id(s) for s in smog_sample(found)}
    lines = []
    for number, words in enumerate(found, start=1):
        long_words = [w for w in words if syllables(w) >= 3]
        mark = "*" if id(words) in sampled else " "
        lines.append(f"{mark}{number:3d} {len(words):3d}w  {', '.join(long_words)}  | "
                     + " ".join(words)[:70])
    return "\n".join(lines)


def report(folder: Path | None = None) -> tuple[str, bool]:
    """A table of every article's figures, and whether every one is on target."""
    catalog = load_catalog(folder, check_practices=False)
    lines = [f"{'article':34} {'FK':>5} {'SMOG':>5} {'(all)':>5} {'ease':>5} {'words':>5} "
             f"{'sents':>5} {'w/s':>5}"]
    ok = True
    for article in catalog:
        r = measure(article)
        note = ""
        if not r.on_target:
            note, ok = f"  <- above grade {TARGET[1]:.0f}", False
        elif max(r.grade, r.smog) < TARGET[0]:
            note = f"  (plainer than grade {TARGET[0]:.0f})"
        lines.append(
            f"{article.id:34} {r.grade:5.1f} {r.smog:5.1f} {r.smog_whole:5.1f} "
            f"{r.reading_ease:5.1f} {r.words:5d} {r.sentences:5d} "
            f"{r.words / max(r.sentences, 1):5.1f}{note}")
    for notice in catalog.notices:
        lines.append(f"skipped: {notice.text}")
    lines.append(f"target: Flesch-Kincaid and SMOG at most grade {TARGET[1]:.0f} "
                 f"(aim {TARGET[0]:.0f}-{TARGET[1]:.0f}); syllables: {counter_name()}")
    return "\n".join(lines), ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="readability",
        description="Flesch-Kincaid and SMOG grade of each English reading (target 6-8).")
    parser.add_argument("folder", nargs="?", type=Path, help="articles folder (default: the app's)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when an article is above grade 8 on either formula")
    parser.add_argument("--detail", metavar="ID",
                        help="list one article's sentences with their long words")
    args = parser.parse_args(argv)
    if args.detail:
        article = load_catalog(args.folder, check_practices=False).get(args.detail)
        if article is None:
            print(f"no reading with id {args.detail!r}", file=sys.stderr)
            return 2
        print(detail(article))
        return 0
    text, ok = report(args.folder)
    print(text)
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
