"""Rewire: guided practice, readings on brain change and a private practice log."""

__version__ = "0.1.0"
APP_NAME = "Rewire"
APP_ID = "rewire"
