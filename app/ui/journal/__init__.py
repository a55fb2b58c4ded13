"""Widgets of the Journal page: the heatmap, the chart, the session table, the dialogs."""
