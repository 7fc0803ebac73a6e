"""Dock panels of the main window: the map list, the inspector and the touchpoint palette."""
