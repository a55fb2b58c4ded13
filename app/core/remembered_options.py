"""The choices a practice opens with: the settings' defaults, the practice's own length and
its own defaults, then what the person chose last time for that practice (kept in state.json,
not in settings).

    choices = RememberedOptions(services.state)
    options = choices.for_practice(definition, settings)   # the setup panel starts here
    choices.remember(definition.id, options)               # when a session is started
    choices.saved(practice_id)                             # Home's "Continue" replays these

Plain Python; `STATE_KEY` is the one name of that entry in state.json.
"""

from __future__ import annotations

from typing import Any

from app.core.plan import PracticeOptions, options_from_dict, with_practice_defaults
from app.core.practices import PracticeDefinition
from app.core.settings import Settings
from app.core.state import StateStore

STATE_KEY = "practice_last_options"  # {practice id: the PracticeOptions fields last used}


def default_options(definition: PracticeDefinition, settings: Settings) -> PracticeOptions:
    """The settings' defaults; a guided script or a pacer keeps its own length; then the
    practice's own choices (its ``defaults``: no end bell for sleep, a dim screen at night,
    no time to settle for SOS)."""
    practice, sound = settings.practice, settings.sound
    options = PracticeOptions(
        minutes=float(practice.default_minutes), preparation_s=practice.preparation_s,
        bell=sound.default_bell or "singing-bowl", ambient=sound.default_ambient,
        cue_sound=practice.breath_cue_sound, reduced_motion=settings.general.reduced_motion,
        voice=sound.speak_cues,
    )
    if definition.kind != "timer":
        options.minutes = definition.minutes
    return with_practice_defaults(options, definition)


class RememberedOptions:
    def __init__(self, state: StateStore) -> None:
        self.state = state

    def _all(self) -> dict[str, Any]:
        saved = self.state.get(STATE_KEY)
        return dict(saved) if isinstance(saved, dict) else {}

    def saved(self, practice_id: str) -> dict[str, Any]:
        """What was chosen last time for this practice, as stored (possibly nothing)."""
        options = self._all().get(practice_id)
        return dict(options) if isinstance(options, dict) else {}

    def for_practice(self, definition: PracticeDefinition, settings: Settings) -> PracticeOptions:
        """The defaults with last time's choices over them (a bad stored value keeps its
        default). Reduced motion stays on when the settings ask for it."""
        options, _problems = options_from_dict(self.saved(definition.id),
                                               default_options(definition, settings))
        options.reduced_motion = options.reduced_motion or settings.general.reduced_motion
        return options

    def remember(self, practice_id: str, options: PracticeOptions) -> None:
        saved = self._all()
        saved[practice_id] = options.to_dict()
        self.state.set(STATE_KEY, saved)
