"""Build the sound system from what it needs: a cache folder, the recordings library, the
settings it follows and the notice bridge. The real player, or the silent one where sound
cannot work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

from app.core.notices import Level, Notice
from app.core.settings import SettingsStore, SoundSettings
from app.core.sound_needs import SoundNeeds
from app.core.sound_port import SoundPort

from app.sound.library import RecordingLibrary
from app.sound.silent import SilentSound

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 3000
NO_MULTIMEDIA = QT_TRANSLATE_NOOP(
    "Sound", "Sound is not available on this computer (the Qt multimedia module could not "
    "load). Captions still work.")


def create_sound(cache_folder: Path, recordings: RecordingLibrary, settings: SettingsStore,
                 notify: Callable[[Notice], None], tts_engine: str | None = None) -> SoundPort:
    """The sound player, configured from ``settings.sound`` and following its changes.

    Falls back to :class:`SilentSound` (which says so once, through ``notify``) when
    QtMultimedia cannot load or there is no audio output.
    """
    from app.sound.decode import decode_file

    player: SilentSound | SoundPlayer
    try:
        from app.sound.cache import RenderCache
        from app.sound.facade import NO_DEVICE, SoundPlayer, no_output_device
    except ImportError as exc:  # QtMultimedia missing from this installation
        log.warning("no QtMultimedia: %s", exc)
        player = SilentSound(missing_message=str(NO_MULTIMEDIA))
    else:
        if no_output_device():
            player = SilentSound(missing_message=str(NO_DEVICE))
        else:
            player = SoundPlayer(RenderCache(cache_folder, decode=decode_file),
                                 recording_path=recordings.path_of, tts_engine=tts_engine)
    translate = QCoreApplication.translate  # the messages are marked for lupdate
    player.on_device_missing(lambda message: notify(Notice(
        Level.WARNING, translate("Sound", "No sound"), translate("Sound", message), None)))
    player.error.connect(lambda message: notify(Notice(
        Level.WARNING, translate("Sound", "Sound problem"), message, None)))
    apply_settings(player, settings.settings.sound)

    def on_settings_changed(section: str) -> None:
        if section == "sound":
            apply_settings(player, settings.settings.sound)

    settings.subscribe(on_settings_changed)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(player.shutdown)
    # Render the user's usual sounds in the background a few seconds after the
    # first use, so the first session rarely waits for anything.
    sound = settings.settings.sound
    usual = SoundNeeds(bells=(sound.default_bell,), ambient=sound.default_ambient or None, cue=True)
    QTimer.singleShot(WARM_UP_DELAY_MS, player, lambda: player.warm_up(usual))
    return player


def apply_settings(player: SoundPort, sound: SoundSettings) -> None:
    player.set_volumes(sound.master_volume, sound.bell_volume, sound.ambient_volume,
                       sound.voice_volume)
    player.set_speech(sound.speak_cues, sound.tts_voice, sound.tts_rate)
