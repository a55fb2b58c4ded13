"""The readability script measures every article and prints its grade."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core.articles import load_catalog
from app.core.readability import measure, measure_text, syllables

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
    right = sum(syllables(word) == count for word, count in KNOWN.items())
    assert right / len(KNOWN) >= 0.9, {w: syllables(w) for w in KNOWN if syllables(w) != KNOWN[w]}


def test_plain_text_gives_a_low_grade_and_dense_text_a_high_one() -> None:
    easy = measure_text("The cat sat. The dog ran. We had fun.")
    hard = measure_text("Neuroplasticity encompasses multifaceted physiological reorganization "
                        "occurring throughout developmental and adult neurological systems.")
    assert easy.grade < 3 < 14 < hard.grade
    assert (easy.words, easy.sentences) == (9, 3)


def test_every_article_is_measured_without_its_sources() -> None:
    for article in load_catalog(check_practices=False):
        result = measure(article)
        assert 300 < result.words < article.word_count  # the Sources list is left out
        assert 0 < result.grade < 12, (article.id, result.grade)


def test_script_prints_a_row_per_article() -> None:
    out = subprocess.run([sys.executable, "tools/readability.py"], cwd=ROOT, text=True,
                         capture_output=True, timeout=60, check=True).stdout
    rows = [line for line in out.splitlines()[1:] if not line.startswith("skipped")]
    assert len(rows) == len(load_catalog(check_practices=False))
    assert "grade" in out.splitlines()[0]
