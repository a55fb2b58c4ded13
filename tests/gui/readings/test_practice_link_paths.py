"""P1 in the readings: an id read from an article never becomes a path outside practices/."""

from __future__ import annotations


def test_a_practice_id_from_an_article_cannot_read_outside_practices(services) -> None:
    """P1 sibling: 'Try this practice' names a practice from an id in an article's front
    matter; the id is looked up in the practice catalog only, so '../clinic' cannot read
    resources/clinic.json: the readable fallback is shown."""
    from app.ui.readings.page import practice_title

    catalog = services.practices
    assert practice_title(catalog, "box-breathing") == "Box breathing"
    assert practice_title(catalog, "../clinic") == "../clinic"
    assert practice_title(catalog, "/etc/passwd") == "/etc/passwd"
