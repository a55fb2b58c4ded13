"""Import pydub (and the stdlib audioop it relies on) without their import-time warnings.

pydub warns at import when no ffmpeg binary is on PATH; we never ask pydub to
run ffmpeg (WAV only; other formats are decoded with QtMultimedia), so the
warning is noise. Python 3.11 also flags audioop as deprecated; pydub needs it.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import audioop

    from pydub import AudioSegment

__all__ = ["AudioSegment", "audioop"]
