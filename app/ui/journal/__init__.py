"""Widgets of the Journal page (owner: LOG)."""
