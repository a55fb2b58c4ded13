"""P1 in the readings: an id read from an article never becomes a path outside practices/."""

from __future__ import annotations


def test_a_practice_id_from_an_article_cannot_read_outside_practices() -> None:
    """P1 sibling: 'Try this practice' turns an id from an article's front matter into a
    file name; '../clinic' must not read resources/clinic.json (its 'title' is not there,
    so the readable fallback is shown)."""
    from app.ui.readings.page import practice_title

    assert practice_title("box-breathing") == "Box breathing"
    assert practice_title("../clinic") == "../clinic"
    assert practice_title("/etc/passwd") == "/etc/passwd"
