"""The Spanish practice scripts load, cover every practice and translate every cue."""

from __future__ import annotations

from app.core.practices import load_practices
from app.core.resources import resource_path


def test_spanish_scripts_cover_every_practice_and_cue() -> None:
    folder = resource_path("practices")
    english = load_practices(folder, "en")
    spanish = load_practices(folder, "es")
    assert not spanish.notices, [n.text for n in spanish.notices]
    assert sorted(spanish.practices) == sorted(english.practices)
    for pid, en in english.practices.items():
        es = spanish.practices[pid]
        assert es.title != en.title and es.summary != en.summary, pid
        assert [c.at for c in es.cues] == [c.at for c in en.cues], pid
        same = [c.text for c, e in zip(es.cues, en.cues, strict=True) if c.text == e.text]
        assert not same, f"{pid}: cues left in English: {same}"
