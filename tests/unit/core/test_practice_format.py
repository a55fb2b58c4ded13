"""The practice format's second edition: gentler versions of a pattern, the choices a practice
starts with, a slow fade of the background sound, a dim screen, the safety line and "who
might prefer another practice", in English and in a translation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.core.practice_helpers import drive, kinds, start

from app.core.clock import FakeClock
from app.core.plan import PracticeOptions, build_plan, options_from_dict, with_practice_defaults
from app.core.practices import PracticeError, load_practices, parse_definition
from app.core.session import Session

SAFETY = "If you feel dizzy, go back to ordinary breathing, open your eyes, stop at any time."
BOX: dict[str, Any] = {
    "id": "box", "kind": "pacer", "title": "Box", "summary": "A square.", "minutes": 4,
    "readings": ["neuroplasticity-basics"], "safety": SAFETY,
    "prefer_another": "If holding your breath feels bad, try resonance breathing.",
    "phases": [{"kind": "inhale", "seconds": 4}, {"kind": "hold", "seconds": 4},
               {"kind": "exhale", "seconds": 4}, {"kind": "rest", "seconds": 4}],
    "variants": [{"id": "gentle", "title": "Shorter holds",
                  "phases": [{"kind": "inhale", "seconds": 4}, {"kind": "hold", "seconds": 2},
                             {"kind": "exhale", "seconds": 4}, {"kind": "rest", "seconds": 2}]},
                 {"id": "no-holds", "title": "No holds",
                  "phases": [{"kind": "inhale", "seconds": 4},
                             {"kind": "exhale", "seconds": 4}]}],
    "cues": [{"at": "00:00", "text": SAFETY}],
}
SLEEP: dict[str, Any] = {
    "id": "sleep", "kind": "guided", "title": "Sleep", "summary": "Wind down.", "minutes": 10,
    "readings": ["neuroplasticity-basics"], "breathing": True, "safety": SAFETY,
    "fade_out_s": 120, "defaults": {"end_bell": False, "ambient": "rain", "dim": True},
    "cues": [{"at": "00:00", "text": SAFETY}, {"at": "05:00", "text": "Rest."}],
}


def options(**values: object) -> PracticeOptions:
    chosen, problems = options_from_dict(values)
    assert problems == []
    return chosen


def test_a_gentler_version_is_a_real_choice_of_pattern() -> None:
    box = parse_definition(BOX, "box")
    assert [v.id for v in box.variants] == ["gentle", "no-holds"]
    standard = build_plan(box, options(minutes=4))
    gentle = build_plan(box, options(minutes=4, variant="gentle"))
    no_holds = build_plan(box, options(minutes=4, variant="no-holds"))
    assert standard.pattern is not None and standard.pattern.cycle_s == 16
    assert gentle.pattern is not None and gentle.pattern.cycle_s == 12
    assert no_holds.pattern is not None
    assert [p.kind for p in no_holds.pattern.phases] == ["inhale", "exhale"]
    # the same four minutes, in whole breaths of the chosen version
    assert gentle.duration_s == 20 * 12 and no_holds.duration_s == 30 * 8
    # a version this practice does not have (a preset made for another) keeps the standard
    assert build_plan(box, options(variant="slower")).pattern == standard.pattern


def test_a_pacers_first_cue_is_its_caption_from_the_first_breath() -> None:
    clock = FakeClock()
    session = Session(build_plan(parse_definition(BOX, "box"), options(preparation_s=0)),
                      clock)
    seen = start(session, clock)
    assert [s.event.cue.text for s in kinds(seen, "cue")] == [SAFETY]  # type: ignore[union-attr]
    assert session.snapshot().caption == SAFETY


@pytest.mark.parametrize(("change", "problem"), [
    ({"variants": [{"id": "x", "title": "X", "phases": []}]}, "variant 1: 'phases'"),
    ({"variants": [{"id": "Bad Id", "title": "X", "phases": BOX["phases"]}]},
     "variant 1: 'id' must be a short id"),
    ({"variants": [BOX["variants"][0], BOX["variants"][0]]}, "the id 'gentle' is used twice"),
    ({"defaults": {"minutes": 3}}, "'minutes' is not a choice a practice can set"),
    ({"defaults": {"end_bell": "no"}}, "'end_bell' must be true or false"),
    ({"defaults": {"ambient": "jackhammer"}}, "'ambient' must be one of rain"),
    ({"defaults": {"variant": "slower"}}, "'variant' 'slower' is not one of 'variants'"),
    ({"defaults": {"preparation_s": 90}}, "'preparation_s' must be a whole number"),
    ({"fade_out_s": 240}, "'fade_out_s' must be shorter than the practice"),
    ({"prefer_another": "x" * 301}, "'prefer_another' is longer than 300"),
])
def test_a_bad_new_field_is_named(change: dict[str, Any], problem: str) -> None:
    with pytest.raises(PracticeError, match=problem.replace("(", r"\(")):
        parse_definition({**BOX, **change}, "box")


def test_only_a_pacer_with_a_fixed_pattern_has_versions() -> None:
    with pytest.raises(PracticeError, match="only a breathing pacer"):
        parse_definition({**SLEEP, "variants": BOX["variants"]}, "sleep")
    with pytest.raises(PracticeError, match="without a fixed pattern"):
        parse_definition({**BOX, "custom": True}, "box")


def test_a_practice_starts_with_its_own_choices_and_the_users_win() -> None:
    sleep = parse_definition(SLEEP, "sleep")
    base = PracticeOptions(end_bell=True, ambient="", dim=False, minutes=10)
    chosen = with_practice_defaults(base, sleep)
    assert (chosen.end_bell, chosen.ambient, chosen.dim) == (False, "rain", True)
    assert base.end_bell is True  # the settings' options are not changed in place
    remembered, _ = options_from_dict({"end_bell": True, "dim": False}, chosen)
    assert (remembered.end_bell, remembered.dim, remembered.ambient) == (True, False, "rain")
    box = parse_definition(BOX, "box")
    assert with_practice_defaults(base, box) is base


def test_the_background_sound_fades_over_the_last_two_minutes() -> None:
    sleep = parse_definition(SLEEP, "sleep")
    plan = build_plan(sleep, with_practice_defaults(options(preparation_s=0), sleep))
    assert plan.fade_at == 8 * 60 and plan.dim and not plan.end_bell
    clock = FakeClock()
    session = Session(plan, clock)
    seen = start(session, clock) + drive(session, clock, 10 * 60 + 1)
    fades = kinds(seen, "fade")
    assert [f.event.at for f in fades] == [8 * 60]
    assert [s.event.kind for s in seen][-1] == "finished"
    assert [b.event.bell.role for b in kinds(seen, "bell")] == ["start"]  # type: ignore[union-attr]


def test_no_fade_without_a_sound_or_an_end() -> None:
    sleep = parse_definition(SLEEP, "sleep")
    assert build_plan(sleep, options(ambient="")).fade_at is None
    timer = parse_definition({"id": "t", "kind": "timer", "title": "T", "summary": "S",
                              "readings": ["neuroplasticity-basics"], "minutes": 10,
                              "fade_out_s": 60}, "t")
    assert build_plan(timer, options(ambient="rain", open_ended=True)).fade_at is None
    assert build_plan(timer, options(ambient="rain", minutes=20)).fade_at == 19 * 60
    # a pacer set shorter than its fade fades from the first breath
    pacer = parse_definition({**BOX, "fade_out_s": 120}, "box")
    assert build_plan(pacer, options(ambient="rain", minutes=1)).fade_at == 0.0


def write(folder: Path, name: str, data: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def test_a_translation_carries_the_safety_line_the_card_and_the_versions(
        tmp_path: Path) -> None:
    write(tmp_path, "box.json", BOX)
    write(tmp_path / "es", "box.json", {
        "title": "Cuadrada", "summary": "Un cuadrado.",
        "safety": "Si sientes mareo, vuelve a respirar de forma normal.",
        "prefer_another": "Si sostener el aire te sienta mal, prueba otra.",
        "cues": [{"text": "Si sientes mareo, abre los ojos."}],
        "variants": [{"title": "Pausas más cortas"}, {"title": "Sin pausas"}]})
    box = load_practices(tmp_path, "es").practices["box"]
    assert box.safety.startswith("Si sientes mareo")
    assert box.prefer_another.startswith("Si sostener")
    assert [v.title for v in box.variants] == ["Pausas más cortas", "Sin pausas"]
    assert [v.pattern for v in box.variants] == [
        v.pattern for v in parse_definition(BOX, "box").variants]


@pytest.mark.parametrize(("translation", "problem"), [
    ({"title": "Cuadrada"}, "'safety' must be translated too"),
    ({"safety": "Si sientes mareo.", "variants": [{"title": "Una"}]},
     "'variants' must list the 2 variant texts"),
])
def test_a_translation_that_leaves_out_safety_is_not_used(
        tmp_path: Path, translation: dict[str, Any], problem: str) -> None:
    write(tmp_path, "box.json", BOX)
    write(tmp_path / "es", "box.json", translation)
    catalog = load_practices(tmp_path, "es")
    assert catalog.practices["box"].safety == SAFETY  # the English line, never none
    assert [n.text for n in catalog.notices if problem in n.text], catalog.notices
