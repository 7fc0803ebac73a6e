"""Limits that keep loading an untrusted file safe and quick."""

#: Larger files are refused before they are read. A big map with pictures stays far below this.
MAX_FILE_BYTES = 100 * 1024 * 1024
#: JSON nested deeper than this is refused (a .cjm file nests about eight levels).
MAX_NESTING = 64
