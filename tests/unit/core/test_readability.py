"""The readability script measures every article and prints its grade."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core.articles import load_catalog
from app.core.readability import measure, measure_text, syllables

ROOT = Path(__file__).resolve().parents[3]


def test_syllables_of_common_words() -> None:
    counts = {"the": 1, "brain": 1, "people": 2, "simple": 2, "therapy": 3, "practice": 2,
              "makes": 1, "relationship": 4, "oxytocin": 4}
    assert {w: syllables(w) for w in counts} == counts


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
