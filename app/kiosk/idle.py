"""When to wipe the kiosk and go back to the welcome screen.

Plain Python over an injected monotonic clock. The window reports input (`activity`), practice
start and end, and whether a visitor has left anything to wipe; a Qt timer calls `poll()` about
twice a second and acts on the answer. Nothing is counted in ticks: every answer is computed from
the time of the last input.

- After `idle_s` without input (default 120 s) a "Still there?" countdown of `warning_s`
  (default 15 s) runs; input during it cancels it; at its end the kiosk resets.
- Never during a running practice.
- After a practice ends the idle time is the shorter `after_practice_s` (default 30 s), until
  the next input.
- On a pristine welcome screen there is nothing to wipe, so nothing happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class IdleState(Enum):
    ACTIVE = "active"
    WARNING = "warning"
    RESET = "reset"


@dataclass(frozen=True)
class IdleStatus:
    state: IdleState
    seconds_left: float  # until the warning (ACTIVE) or until the reset (WARNING); 0 at RESET


class IdlePolicy:
    def __init__(self, clock: Callable[[], float], idle_s: float = 120.0,
                 warning_s: float = 15.0, after_practice_s: float = 30.0) -> None:
        if idle_s <= 0 or warning_s < 0 or after_practice_s <= 0:
            raise ValueError("idle timeouts must be positive")
        self._clock = clock
        self.idle_s = float(idle_s)
        self.warning_s = float(warning_s)
        self.after_practice_s = float(after_practice_s)
        self._last_input = clock()
        self._practising = False
        self._after_practice = False
        self._pristine = True

    # -- what the window reports ---------------------------------------------------------
    def activity(self) -> None:
        """A visitor touched, clicked, scrolled or typed."""
        self._last_input = self._clock()
        self._after_practice = False

    def visitor_arrived(self) -> None:
        """The visitor left the welcome screen: from now on there is something to wipe."""
        self._pristine = False
        self.activity()

    def practice_started(self) -> None:
        self._practising = True
        self.visitor_arrived()

    def practice_ended(self) -> None:
        self._practising = False
        self._last_input = self._clock()
        self._after_practice = True

    def was_reset(self) -> None:
        """The window wiped the visitor state and shows the welcome screen again."""
        self._practising = False
        self._after_practice = False
        self._pristine = True
        self._last_input = self._clock()

    # -- what the window asks -------------------------------------------------------------
    @property
    def practising(self) -> bool:
        return self._practising

    @property
    def timeout_s(self) -> float:
        return self.after_practice_s if self._after_practice else self.idle_s

    def poll(self) -> IdleStatus:
        if self._practising or self._pristine:
            return IdleStatus(IdleState.ACTIVE, self.timeout_s)
        idle_for = self._clock() - self._last_input
        warn_at = self.timeout_s
        if idle_for < warn_at:
            return IdleStatus(IdleState.ACTIVE, warn_at - idle_for)
        reset_at = warn_at + self.warning_s
        if idle_for < reset_at:
            return IdleStatus(IdleState.WARNING, reset_at - idle_for)
        return IdleStatus(IdleState.RESET, 0.0)
