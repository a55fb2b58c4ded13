"""How easy the readings are to read: Flesch-Kincaid grade level for each article.

Run `python -m app.core.readability` (or `python tools/readability.py`) to print, for every
article, its grade, words, sentences and syllables per word. The target is grade 8-9.

What is measured: the article's text as a reader sees it (headings, paragraphs, list items and
the closing note), without the "Sources" list, whose citations are not meant as prose.
Syllables are counted with the usual English vowel-group rules, which are right for most
words and within one syllable for the rest; the grade is therefore good to about +/-0.5.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.articles import Article, load_catalog, markdown_to_plain

TARGET = (8.0, 9.0)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

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


# Vowel pairs that are usually said as two syllables ("pe-ri-od", "u-su-al", "sci-ence",
# "the-o-ry", "be-ing", "i-de-a"), and silent "e"s inside common words ("like-ly", "some-thing").
_SPLIT = re.compile(
    r"(?<![tsc])(?<!av)i[aou]|(?<![tc])(?<!fr)ie(?=n|t)|scien|(?<![qg])u[aoi](?!ng)|(?<!p)eo"
    r"|ea$|crea(?=t)|[aeouy]i(?=ng)"
)
_SILENT = re.compile(r"[^aeiouy]e(?=ly$|ness|ful|ment)|some(?=thing|one|times|how|what)")


def syllables(word: str) -> int:
    """English syllables by rule: right for about nine words in ten, off by one otherwise."""
    word = word.lower().replace("’", "'")
    if word.isdigit():
        return max(1, len(word))  # "2018" is read as several syllables; close enough
    word = re.sub(r"'s$|'", "", word)
    if len(word) <= 3:
        return 1
    if re.search(r"(?:[sxz]|ch|sh|[cg])es$", word):
        pass  # "changes", "uses": the -es is said
    elif re.search(r"[^laeiouy]es$", word):
        word = word[:-2]  # "makes"
    elif re.search(r"(?<![td])ed$", word):
        word = word[:-2]  # "used" (but "created" keeps its -ed)
    elif re.search(r"[^aeiouy]e$", word) and not re.search(r"[^aeiouy]le$", word):
        word = word[:-1]  # "made" (but "simple" keeps its -le)
    word = re.sub(r"^y", "", word)
    count = len(re.findall(r"[aeiouy]+", word))
    count += len(_SPLIT.findall(word)) - len(_SILENT.findall(word))
    return max(1, count)


def measure_text(text: str) -> Readability:
    """Measure plain text; each line (paragraph, heading, list item) ends a sentence."""
    words = 0
    sentences = 0
    syll = 0
    for line in text.splitlines():
        found = _WORD.findall(line)
        if not found:
            continue
        words += len(found)
        syll += sum(syllables(w) for w in found)
        ends = len(_SENTENCE_END.findall(line))
        if not re.search(r"[.!?][\"'”’)]*\s*$", line):
            ends += 1  # a heading or list item without a full stop still ends here
        sentences += max(1, ends)
    return Readability(words, sentences, syll)


def prose_of(article: Article) -> str:
    """The article's reader-facing text without its Sources list."""
    body = re.sub(r"(?ms)^##\s+Sources\s*$.*?(?=^\*|^#|\Z)", "", article.body)
    return markdown_to_plain(body)


def measure(article: Article) -> Readability:
    return measure_text(prose_of(article))


def report(folder: Path | None = None) -> tuple[str, bool]:
    """A table of every article's figures, and whether none is harder than the target."""
    catalog = load_catalog(folder, check_practices=False)
    lines = [f"{'article':36} {'grade':>5} {'ease':>5} {'words':>5} {'sents':>5} {'w/s':>5}"]
    ok = True
    for article in catalog:
        r = measure(article)
        note = ""
        if r.grade > TARGET[1] + 0.5:
            note, ok = "  <- harder than grade 8-9", False
        elif r.grade < TARGET[0] - 0.5:
            note = "  (plainer than grade 8-9)"
        lines.append(
            f"{article.id:36} {r.grade:5.1f} {r.reading_ease:5.1f} {r.words:5d} "
            f"{r.sentences:5d} {r.words / max(r.sentences, 1):5.1f}"
            + note
        )
    for notice in catalog.notices:
        lines.append(f"skipped: {notice.text}")
    return "\n".join(lines), ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="readability", description="Flesch-Kincaid grade of each reading (target 8-9)."
    )
    parser.add_argument("folder", nargs="?", type=Path, help="articles folder (default: the app's)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when an article is harder than grade 9.5")
    args = parser.parse_args(argv)
    text, ok = report(args.folder)
    print(text)
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
