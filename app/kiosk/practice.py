"""How a kiosk visitor's practice is planned (plain Python, no Qt).

- a short settling time (5 s), no interval bells, no soundscape and no breath tick;
- bells and a spoken guide only when the visitor chose sound ("in silence" is silent);
- a guided script longer than the chosen minutes is cut at that length (its later cues are
  left out);
- which practices fit a waiting room when a reading asks for one.

The run itself is `PracticeRun.for_visitor` (app/core/practice_run.py): no mood question, no
notes, and only the kiosk's anonymous sink sees the session.
"""

from __future__ import annotations

import dataclasses

from app.core.plan import PracticeOptions, SessionPlan, build_plan
from app.core.practices import PracticeDefinition

PREPARATION_S = 5
CUT_BEFORE_END_S = 10.0  # a cue this close to the cut would be left hanging


def limited(definition: PracticeDefinition, minutes: int) -> PracticeDefinition:
    """A guided script cut to `minutes` when it is longer (cues after the cut are left out)."""
    if definition.kind != "guided" or definition.minutes <= minutes:
        return definition
    end = minutes * 60.0
    cues = tuple(c for c in definition.cues if c.at < end - CUT_BEFORE_END_S) \
        or definition.cues[:1]
    return dataclasses.replace(definition, minutes=float(minutes), cues=cues)


def visitor_plan(definition: PracticeDefinition, minutes: int, sound_on: bool,
                 reduced_motion: bool) -> SessionPlan:
    options = PracticeOptions(
        minutes=float(minutes), preparation_s=PREPARATION_S, start_bell=sound_on,
        end_bell=sound_on, voice=sound_on, cue_sound=False, ambient="", interval_mode="none",
        reduced_motion=reduced_motion)
    return build_plan(limited(definition, minutes), options)


def fixed_minutes(definition: PracticeDefinition, max_minutes: int) -> int | None:
    """A guided script that fits the kiosk runs for its own length; None: the visitor
    chooses 1 to `max_minutes`."""
    if definition.kind == "guided":
        script = round(definition.minutes)
        if script <= max_minutes:
            return script
    return None


def fits_a_visit(definition: PracticeDefinition, max_minutes: int) -> bool:
    """Offered from a reading's "Try this practice": no set-up needed, short enough."""
    if definition.custom or definition.follow or definition.recording:
        return False
    return definition.kind != "guided" or definition.minutes <= max_minutes
