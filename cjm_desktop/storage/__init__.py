"""Reading and writing `.cjm` project files. No Qt."""

from .atomic_write import atomic_write, backup_path
from .canonical_json import dumps
from .file_format import load, loads, save
from .limits import MAX_FILE_BYTES
from .migrations import CURRENT

__all__ = [
    "CURRENT",
    "MAX_FILE_BYTES",
    "atomic_write",
    "backup_path",
    "dumps",
    "load",
    "loads",
    "save",
]
