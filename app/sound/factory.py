"""Build ``services.sound``: the real player, or a silent one where sound cannot work."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer

from app.core.notices import Level, Notice
from app.core.sound_needs import SoundNeeds
from app.sound.library import RecordingLibrary
from app.sound.silent import SilentSound

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 3000
NO_MULTIMEDIA = QT_TRANSLATE_NOOP(
    "Sound", "Sound is not available on this computer (the Qt multimedia module could not "
    "load). Captions still work.")


def create_sound(services: Any, tts_engine: str | None = None) -> QObject:
    """The sound player for ``services``, configured from its SoundSettings.

    Falls back to :class:`SilentSound` (which says so once, through the notice
    bridge) when QtMultimedia cannot load or there is no audio output. The
    player follows later changes of the sound settings by itself.
    """
    from app.sound.decode import decode_file

    library = RecordingLibrary(services.paths.data / "recordings", decode_file,
                               notify=services.notify)
    player: Any
    try:
        from app.sound.cache import RenderCache
        from app.sound.facade import NO_DEVICE, SoundPlayer, no_output_device
    except ImportError as exc:  # QtMultimedia missing from this installation
        log.warning("no QtMultimedia: %s", exc)
        player = SilentSound(missing_message=NO_MULTIMEDIA, library=library)
    else:
        if no_output_device():
            player = SilentSound(missing_message=NO_DEVICE, library=library)
        else:
            player = SoundPlayer(RenderCache(services.paths.cache / "sound", decode=decode_file),
                                 recording_path=library.path_of, tts_engine=tts_engine,
                                 library=library)
    translate = QCoreApplication.translate  # the messages are marked for lupdate
    player.device_missing.connect(lambda message: services.notify(Notice(
        Level.WARNING, translate("Sound", "No sound"), translate("Sound", message), None)))
    player.error.connect(lambda message: services.notify(Notice(
        Level.WARNING, translate("Sound", "Sound problem"), message, None)))
    apply_settings(player, services.settings.sound)

    def on_settings_changed(section: str) -> None:
        if section == "sound":
            apply_settings(player, services.settings.sound)

    services.settings_store.subscribe(on_settings_changed)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(player.shutdown)
    # Render the user's usual sounds in the background a few seconds after the
    # first use, so the first session rarely waits for anything.
    sound = services.settings.sound
    usual = SoundNeeds(bells=(sound.default_bell,), ambient=sound.default_ambient or None, cue=True)
    QTimer.singleShot(WARM_UP_DELAY_MS, player, lambda: player.warm_up(usual))
    return player


def apply_settings(player: Any, sound: Any) -> None:
    player.set_volumes(sound.master_volume, sound.bell_volume, sound.ambient_volume,
                       sound.voice_volume)
    player.set_speech(sound.speak_cues, sound.tts_voice, sound.tts_rate)
