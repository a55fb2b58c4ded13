"""The check-in questionnaires (PHQ-9, GAD-7): their published text, scoring and bands.

The wording lives in ``resources/checkins/<id>.json`` exactly as the authors publish it; this
module only reads it, checks its shape and scores answers. Scoring is the published one: the
sum of the item answers (each 0-3), placed in the published severity band. A band is a fact
about a score, never a diagnosis; the interface words it as "a score to talk over with your
counselor".

PHQ-9's item 9 asks about thoughts of being better off dead or of self-harm. Any answer above
0 is a *safety answer*: the interface shows crisis help at once, before any score, and the
session summary marks it so the counselor sees it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.jsonfile import JsonFileError, read_json

INSTRUMENT_IDS = ("phq9", "gad7")
BANDS = ("minimal", "mild", "moderate", "moderately_severe", "severe")
ANSWER_MAX = 3


class InstrumentError(ValueError):
    """A questionnaire file that cannot be used, or answers that do not fit it."""


@dataclass(frozen=True)
class Band:
    band: str
    low: int
    high: int


@dataclass(frozen=True)
class InstrumentText:
    title: str
    question: str
    answers: tuple[str, ...]
    items: tuple[str, ...]
    credit: str


@dataclass(frozen=True)
class Instrument:
    id: str
    short_name: str
    item_count: int
    max_score: int
    bands: tuple[Band, ...]
    texts: dict[str, InstrumentText]
    safety_item: int | None = None  # 1-based item whose answer above 0 needs crisis help

    def text(self, language: str) -> tuple[InstrumentText, bool]:
        """The published text in ``language``, or English; the flag says it is the language
        asked for (False: the authors' text in that language is not in Rewire)."""
        if language in self.texts:
            return self.texts[language], True
        return self.texts["en"], language == "en"

    def band_of(self, score: int) -> str:
        for band in self.bands:
            if band.low <= score <= band.high:
                return band.band
        raise InstrumentError(f"{self.short_name}: no band holds the score {score}")


@dataclass(frozen=True)
class Result:
    instrument: str
    answers: tuple[int, ...]
    score: int
    band: str
    safety_answer: bool  # PHQ-9 item 9 answered above 0


def check_answers(instrument: Instrument, answers: Sequence[Any]) -> tuple[int, ...]:
    """The answers as whole numbers 0-3, one per item; InstrumentError otherwise."""
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise InstrumentError("answers must be a list of numbers")
    if len(answers) != instrument.item_count:
        raise InstrumentError(f"{instrument.short_name} has {instrument.item_count} questions, "
                              f"not {len(answers)} answers")
    out: list[int] = []
    for n, value in enumerate(answers, start=1):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= ANSWER_MAX:
            raise InstrumentError(f"answer {n} must be a whole number from 0 to {ANSWER_MAX}, "
                                  f"not {str(value)[:10]!r}")
        out.append(value)
    return tuple(out)


def safety_answer(instrument: Instrument, answers: Sequence[int | None]) -> bool:
    """True as soon as the safety item (PHQ-9 item 9) holds an answer above 0. Works on a
    check-in still being answered (None for unanswered items)."""
    item = instrument.safety_item
    if item is None or len(answers) < item:
        return False
    value = answers[item - 1]
    return value is not None and value > 0


def score(instrument: Instrument, answers: Sequence[Any]) -> Result:
    """Score complete answers the published way (a sum, then its band)."""
    checked = check_answers(instrument, answers)
    total = sum(checked)
    return Result(instrument.id, checked, total, instrument.band_of(total),
                  safety_answer(instrument, checked))


# -- loading ------------------------------------------------------------------------------
def _strings(raw: Any, key: str, count: int | None, where: str) -> tuple[str, ...]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if (not isinstance(value, list) or (count is not None and len(value) != count)
            or not all(isinstance(v, str) and v.strip() for v in value)):
        size = f"{count} " if count is not None else ""
        raise InstrumentError(f"{where}: \"{key}\" must be a list of {size}texts")
    return tuple(value)


def _string(raw: Any, key: str, where: str) -> str:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise InstrumentError(f"{where}: \"{key}\" must be text")
    return value


def parse_instrument(raw: Any, name: str = "") -> Instrument:
    """An Instrument from parsed JSON; InstrumentError names what is wrong."""
    if not isinstance(raw, dict) or raw.get("format") != "rewire-checkin":
        raise InstrumentError(f"{name}: not a Rewire check-in file")
    ident = raw.get("id")
    if ident not in INSTRUMENT_IDS:
        raise InstrumentError(f"{name}: unknown check-in {str(ident)[:20]!r}")
    count, top = raw.get("items"), raw.get("max_score")
    if not isinstance(count, int) or not isinstance(top, int) or top != count * ANSWER_MAX:
        raise InstrumentError(f"{name}: \"items\" and \"max_score\" do not agree")
    bands: list[Band] = []
    expected_low = 0
    for entry in raw.get("bands") or []:
        band, low, high = (entry.get(k) for k in ("band", "from", "to"))
        if band not in BANDS or low != expected_low or not isinstance(high, int) or high < low:
            raise InstrumentError(f"{name}: the bands must cover 0 to {top} in order")
        bands.append(Band(band, low, high))
        expected_low = high + 1
    if expected_low != top + 1:
        raise InstrumentError(f"{name}: the bands must cover 0 to {top} in order")
    texts: dict[str, InstrumentText] = {}
    for language, text in (raw.get("text") or {}).items():
        where = f"{name}: text.{language}"
        texts[str(language)] = InstrumentText(
            _string(text, "title", where), _string(text, "question", where),
            _strings(text, "answers", ANSWER_MAX + 1, where),
            _strings(text, "items", count, where), _string(text, "credit", where))
    if "en" not in texts:
        raise InstrumentError(f"{name}: the English text is missing")
    safety = raw.get("safety_item")
    if safety is not None and (not isinstance(safety, int) or not 1 <= safety <= count):
        raise InstrumentError(f"{name}: \"safety_item\" must be an item number")
    return Instrument(str(ident), _string(raw, "short_name", name), count, top, tuple(bands),
                      texts, safety)


def load_instrument_file(path: Path) -> Instrument:
    try:
        raw = read_json(path, max_bytes=256 * 1024)
    except (OSError, JsonFileError) as exc:
        raise InstrumentError(str(exc)) from None
    return parse_instrument(raw, Path(path).name)


@functools.cache
def instrument(ident: str) -> Instrument:
    """The shipped questionnaire ``ident`` ("phq9" or "gad7")."""
    from app.core.resources import resource_path

    if ident not in INSTRUMENT_IDS:
        raise InstrumentError(f"unknown check-in {ident[:20]!r}")
    return load_instrument_file(resource_path("checkins", f"{ident}.json"))


def trend(scores: Sequence[int]) -> str:
    """How the last score compares with the first of a series: "lower", "higher", "same",
    or "" with fewer than two scores. Words only about the numbers, never about the person."""
    if len(scores) < 2:
        return ""
    first, last = scores[0], scores[-1]
    return "lower" if last < first else "higher" if last > first else "same"
