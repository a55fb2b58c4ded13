"""Mood answers, 1 ("very low") to 5 ("very good"), and when Rewire gently offers help.

A client who answers with the lowest level is offered crisis help and their support plan in
words beside the question, never in a pop-up that blocks them (app/ui/practice/mood.py).
"""

from __future__ import annotations

LOWEST = 1
HIGHEST = 5


def offers_help(mood: int | None) -> bool:
    """True when this answer should bring the gentle offer of help."""
    return mood == LOWEST
