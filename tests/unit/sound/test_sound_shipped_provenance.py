"""The sounds shipped in audio/rendered/ are what Rewire's synthesis makes now.

tools/render_sounds.py renders them with the app's own code; these tests render them again
(the session's shared render) and compare with its manifest, so a change to a bell or a loop
that was not followed by a new render fails here instead of shipping a stale sound (the app
would synthesise it at first use, slowly, but correctly).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import RecordingCache

from app.core.sound_needs import AMBIENT_IDS, BELL_IDS

from app.sound import shipped
from app.sound.cache import RenderItem, shipped_key

MANIFEST = shipped.folder() / shipped.MANIFEST
SOURCES = ([RenderItem("bell", b) for b in BELL_IDS] + [RenderItem("cue", "tick")]
           + [RenderItem("ambient", a) for a in AMBIENT_IDS])


@pytest.mark.parametrize("item", SOURCES, ids=lambda i: i.sound_id)
def test_shipped_file_is_what_the_synthesis_makes_now(
    synthesis: RecordingCache, item: RenderItem
) -> None:
    kind, sound_id, key = shipped_key(item)
    entry = shipped.catalog().get((kind, sound_id))
    assert entry is not None, f"{kind} {sound_id} is not shipped: run tools/render_sounds.py"
    assert entry.key == key, f"{entry.path.name} was made from other parameters"
    pcm = synthesis.made["cue" if kind == "cue" else sound_id]
    assert len(pcm) == 2 * entry.samples
    assert hashlib.sha256(pcm).hexdigest() == entry.pcm_sha256, (
        f"{entry.path.name} differs from today's synthesis: run tools/render_sounds.py")
    assert hashlib.sha256(entry.path.read_bytes()).hexdigest() == entry.file_sha256


def test_shipped_files_are_small() -> None:
    sizes = {e["file"]: e["bytes"] for e in json.loads(MANIFEST.read_text())["sounds"]}
    assert sum(sizes.values()) < 1_500_000, sizes
    on_disk = {p.name for p in shipped.folder().iterdir()} - {shipped.MANIFEST}
    assert on_disk == set(sizes), "every file in audio/rendered/ is in the manifest, and back"


@pytest.mark.parametrize("text", ["{", '{"sounds": [{"kind": "strike"}]}',
                                  '{"sounds": [{"kind": "ambient", "id": "rain", "file": '
                                  '"../../etc/passwd", "key": "k", "samples": 1, '
                                  '"pcm_sha256": "", "file_sha256": ""}]}'])
def test_a_bad_manifest_is_ignored(tmp_path: Path, text: str,
                                   caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / shipped.MANIFEST).write_text(text)
    assert shipped.catalog(tmp_path) == {}
    assert "will be synthesised" in caplog.text
    assert shipped.shipped_for("ambient", "rain", "k", tmp_path) is None
