"""Rewire's sound layer: synthesis (pydub), render cache, playback facade, import, speech."""
