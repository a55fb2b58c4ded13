"""A practice opens with the settings' defaults, its own length, then last time's choices."""

from __future__ import annotations

from pathlib import Path

from app.core.plan import PracticeOptions
from app.core.practices import load_practices
from app.core.remembered_options import STATE_KEY, RememberedOptions, default_options
from app.core.resources import resource_path
from app.core.settings import Settings
from app.core.state import StateStore

CATALOG = load_practices(Path(resource_path("practices")))


def settings(**general: object) -> Settings:
    s = Settings()
    s.practice.default_minutes = 12
    s.sound.default_bell = "low-gong"
    for key, value in general.items():
        setattr(s.general, key, value)
    return s


def test_a_timer_starts_from_the_settings_a_script_keeps_its_length() -> None:
    timer = default_options(CATALOG.get("open-timer"), settings())  # type: ignore[arg-type]
    assert (timer.minutes, timer.bell) == (12, "low-gong")
    guided = default_options(CATALOG.get("body-scan-10"), settings())  # type: ignore[arg-type]
    assert guided.minutes == 10


def test_last_choices_are_kept_per_practice_in_the_state_file(tmp_path: Path) -> None:
    state = StateStore(tmp_path / "state.json")
    choices = RememberedOptions(state)
    timer = CATALOG.get("open-timer")
    assert timer is not None
    choices.remember("open-timer", PracticeOptions(minutes=33, ambient="rain"))
    again = RememberedOptions(StateStore(tmp_path / "state.json"))  # the next start
    options = again.for_practice(timer, settings())
    assert (options.minutes, options.ambient, options.bell) == (33, "rain", "singing-bowl")
    assert again.saved("box-breathing") == {}


def test_a_bad_stored_value_keeps_its_default_and_reduced_motion_stays_on(
        tmp_path: Path) -> None:
    state = StateStore(tmp_path / "state.json")
    state.set(STATE_KEY, {"open-timer": {"minutes": "many", "reduced_motion": False},
                          "box-breathing": "not options"})
    choices = RememberedOptions(state)
    timer, box = CATALOG.get("open-timer"), CATALOG.get("box-breathing")
    assert timer is not None and box is not None
    options = choices.for_practice(timer, settings(reduced_motion=True))
    assert options.minutes == 12 and options.reduced_motion
    assert choices.for_practice(box, settings()).minutes == box.minutes
