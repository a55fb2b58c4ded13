"""What the practice screen shows for one moment of a session: the dial (ring, shape, big
text), the caption, the status line and, in reduced-motion mode, the phase words and bar.
A pure function of the session snapshot, so the player only copies it onto widgets."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.plan import SessionPlan
from app.core.session import SessionSummary, Snapshot, State

from app.ui.practice.dial import DialView

# Breath phase words come from app/core/breath.py and the practice files, where lupdate cannot
# see them; listed here so they reach the translation files.
PHASE_WORDS = (
    QT_TRANSLATE_NOOP("PracticePlayer", "Breathe in"),
    QT_TRANSLATE_NOOP("PracticePlayer", "Hold"),
    QT_TRANSLATE_NOOP("PracticePlayer", "Breathe out"),
    QT_TRANSLATE_NOOP("PracticePlayer", "Rest"),
    QT_TRANSLATE_NOOP("PracticePlayer", "Breathe in a little more"),
    QT_TRANSLATE_NOOP("PracticePlayer", "Long breath out"),
)


@dataclass(frozen=True)
class Screen:
    view: DialView
    caption: str
    status: str
    phase_text: str = ""
    phase_value: int = 0  # 0..1000 through the current breath phase


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def describe(snap: Snapshot, plan: SessionPlan, tr: Callable[[str], str],
             reduced_motion: bool = False) -> Screen:
    """Reduced motion (pacers): the dial holds the time left and no shape; the phase words,
    count and a bar go underneath."""
    state = snap.state
    status = ""
    caption = snap.caption
    phase_text, phase_value = "", 0
    remaining = snap.remaining_s
    time_left = clock_text(math.ceil(remaining - 1e-6)) if remaining is not None else ""
    shape = 0.0 if plan.pattern else None
    if state is State.IDLE:
        view = DialView(0.0, shape, clock_text(plan.duration_s or 0)
                        if plan.duration_s else "0:00", tr("Ready"))
    elif state is State.PREPARING:
        view = DialView(0.0, shape,
                        str(math.ceil(snap.preparation_left_s - 1e-6)), tr("Starting in"),
                        small_first=True)
        caption = tr("Settle in. Let your shoulders drop.")
    elif plan.pattern is not None and snap.breath is not None and state is not State.FINISHED:
        words = tr(snap.breath.phase.words)
        if reduced_motion:
            view = DialView(snap.progress, None, time_left,
                            tr("Paused") if state is State.PAUSED else tr("remaining"))
            status = tr("Breath {0} of {1}").format(snap.breath_number, plan.breaths)
        else:
            view = DialView(snap.progress, snap.breath.level, str(snap.breath.count),
                            tr("Paused") if state is State.PAUSED else words, small_first=True)
            status = tr("Breath {0} of {1} · {2} left").format(
                snap.breath_number, plan.breaths, time_left)
        phase_text = f"{words} · {snap.breath.count}"
        phase_value = int(1000 * snap.breath.into / snap.breath.phase.seconds)
    elif plan.follow:
        view = DialView(snap.progress, None, str(snap.breath_number), tr("breaths"),
                        small_first=False)
        status = (tr("{0} left").format(time_left) if remaining is not None
                  else tr("{0} so far").format(clock_text(snap.elapsed_s)))
        if not caption:
            caption = tr("Breathe naturally. Press Space each time you breathe out.")
    elif remaining is None:
        view = DialView(None, None, clock_text(snap.elapsed_s), tr("so far"))
    else:
        view = DialView(snap.progress, None, time_left, tr("remaining"))
    if plan.recording and not caption and state in (State.RUNNING, State.PAUSED):
        caption = tr("Listening to your recording “{0}”.").format(plan.title)
    if state is State.PAUSED and not (plan.pattern and snap.breath):
        view = DialView(view.progress, view.level, view.big, tr("Paused"), view.small_first)
    if state in (State.RUNNING, State.PAUSED) and snap.next_bell_in_s is not None \
            and not status and plan.kind == "timer":
        status = tr("Next bell in {0}").format(clock_text(math.ceil(snap.next_bell_in_s)))
    if state in (State.FINISHED, State.STOPPED):
        view = DialView(1.0 if state is State.FINISHED else snap.progress, None,
                        clock_text(snap.elapsed_s), tr("practised"))
        caption = "" if plan.kind != "guided" else caption
        status = ""
    return Screen(view, caption, status, phase_text, phase_value)


def ending_text(summary: SessionSummary, follow: bool, tr: Callable[[str], str]) -> str:
    """The words under the dial when a session is over: kind, and honest about the time."""
    practised = clock_text(summary.practised_s)
    if summary.completed:
        text = tr("Well done. You practised for {0}.").format(practised)
    elif summary.started_at is None:
        text = tr("Stopped before the start. Come back whenever you like.")
    else:
        text = tr("Session ended. You practised for {0}, and that counts.").format(practised)
    if follow and summary.breaths:
        text += " " + tr("You counted {0} breaths.").format(summary.breaths)
    return text
