"""Reading and writing `.cjm` project files. No Qt."""

from .atomic_write import atomic_write, backup_path, remove_stale_temps
from .bounded_read import read_bounded
from .canonical_json import dumps
from .file_format import backup_path_for, load, loads, save
from .limits import MAX_FILE_BYTES
from .load_errors import DamagedFile
from .migrations import CURRENT

__all__ = [
    "CURRENT",
    "MAX_FILE_BYTES",
    "DamagedFile",
    "atomic_write",
    "backup_path",
    "backup_path_for",
    "dumps",
    "load",
    "loads",
    "read_bounded",
    "remove_stale_temps",
    "save",
]
