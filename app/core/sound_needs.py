"""What a practice session needs from the sound layer (plain data, no Qt).

A practice builds a :class:`SoundNeeds` from its plan and hands it to
``services.sound.prepare(needs, on_ready)`` before the session starts, so every sound it
will play is rendered and loaded before the first bell.
"""

from __future__ import annotations

from dataclasses import dataclass

BELL_IDS: tuple[str, ...] = ("singing-bowl", "bright-chime", "low-gong", "wood-block")
AMBIENT_IDS: tuple[str, ...] = ("rain", "ocean", "brown-noise", "forest-wind")

BELL_TITLES: dict[str, str] = {
    "singing-bowl": "Singing bowl",
    "bright-chime": "Bright chime",
    "low-gong": "Low gong",
    "wood-block": "Wood block",
}
AMBIENT_TITLES: dict[str, str] = {
    "rain": "Rain",
    "ocean": "Ocean swell",
    "brown-noise": "Soft brown noise",
    "forest-wind": "Wind in the trees",
}

#: Bell ids of imported recordings start with this prefix: "recording:<id>".
RECORDING_PREFIX = "recording:"
#: A recording longer than this is offered as a practice, not as a bell: a bell is loaded
#: whole into memory (QSoundEffect), and an hour-long "bell" would never end.
MAX_BELL_S = 60.0


@dataclass(frozen=True)
class SoundNeeds:
    """The sounds one session will use.

    bells: bell ids (built-in ids or ``recording:<id>``); strikes are rendered
    for 1, 2 and 3 so any count can be played without delay.
    ambient: an ambient id or None. cue: the soft pacer tick is used.
    voice_track: a path to a recorded guide, or None.
    """

    bells: tuple[str, ...] = ()
    ambient: str | None = None
    cue: bool = False
    voice_track: str | None = None


def is_known_bell(bell_id: str) -> bool:
    """True for a built-in bell id or a recording reference."""
    return bell_id in BELL_IDS or (
        bell_id.startswith(RECORDING_PREFIX) and len(bell_id) > len(RECORDING_PREFIX)
    )
