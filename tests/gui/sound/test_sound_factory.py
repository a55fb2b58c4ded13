"""services.sound: the real player when there is a device, following the settings."""

from __future__ import annotations

import pytest

from app.sound import facade as facade_module
from app.sound import factory as factory_module
from app.sound.cache import RenderCache, RenderItem
from app.sound.facade import SoundPlayer
from app.sound.volume import slider_to_gain

pytestmark = pytest.mark.qt_log_ignore(
    r"qt\.multimedia.*", r"PulseAudioService.*", r"QSoundEffect.*", r"Could not open media.*",
    r"No audio device detected",
)


def test_player_follows_the_sound_settings_and_warms_up(
    qtbot, services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facade_module, "no_output_device", lambda: False)
    monkeypatch.setattr(factory_module, "WARM_UP_DELAY_MS", 0)
    services.settings_store.update("sound", default_bell="wood-block", master_volume=100,
                                   ambient_volume=40)
    sound = services.sound
    assert isinstance(sound, SoundPlayer)
    assert sound.gains()["master"] == pytest.approx(1.0)
    services.settings_store.update("sound", master_volume=50, speak_cues=False)
    assert sound.gains()["master"] == pytest.approx(slider_to_gain(50))
    # The usual bell is rendered in the background soon after the player exists.
    cache = RenderCache(services.paths.cache / "sound")
    qtbot.waitUntil(lambda: cache.is_rendered(RenderItem("bell", "wood-block", 1)),
                    timeout=20_000)
    assert services.paths.cache in cache.folder.parents  # nothing outside the data dir
    sound.shutdown()
