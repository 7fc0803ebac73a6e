"""Load and save `.cjm` project files: checked, migrated, atomic, and safe on untrusted input.

Loading has two paths. The fast path hands a current file to pydantic's compiled JSON validator
and nothing else. Anything it refuses takes the slow path, which finds out exactly what is wrong
(broken text, a wrong shape, broken references) or migrates an older file; it never raises
anything but a UserError.
"""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

from pydantic import ValidationError

from ..model import SKIP_INTEGRITY, Project, find_problems, format_path
from ..model.broken_text import lone_surrogate_in
from ..user_message import UserError
from . import load_errors as errors
from .atomic_write import atomic_write, backup_path
from .bounded_read import read_bounded, shown_path
from .canonical_json import dumps
from .limits import MAX_FILE_BYTES, MAX_NESTING
from .migrations import CURRENT, ShapeError, file_version, migrate
from .text_encoding import decode_text


def load(path: str | os.PathLike) -> Project:
    """Read a project file. Raises UserError with a clear message for every kind of bad file;
    when the file is damaged, the message names a backup or recovered copy to open instead."""
    path = Path(path)
    data = read_bounded(path, MAX_FILE_BYTES)
    try:
        return loads(data, source=shown_path(path))
    except errors.DamagedFile as err:
        err.hint = errors.backup_hint(_loadable_backup(path), _recovered_copy(path))
        raise


def loads(data: bytes | str, source: str = "<memory>") -> Project:
    """A project from the bytes or text of a file; `source` names it in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise errors.too_large(source, len(data), MAX_FILE_BYTES)
    text = _decode(data, source)
    project = _load_current(text)
    if project is not None:
        return project
    return _diagnose(text, source)


def _load_current(text: str) -> Project | None:
    """Fast path: a valid file of the current version, checked entirely in pydantic's compiled
    code (which also refuses lone surrogates and NaN). None: let the slow path say why not.

    The cycle collector is paused meanwhile: a load builds its objects (~100,000 for L) to keep
    them, and the collections that burst set off would find nothing to free while walking
    everything built so far: about half the time of loading L (as ui/collector.py does for a
    scene's build)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return Project.model_validate_json(text)
    except (ValidationError, ValueError, RecursionError):
        return None
    finally:
        if enabled:
            gc.enable()


def _decode(data: bytes | str, source: str) -> str:
    text = data if isinstance(data, str) else decode_text(data, source)
    # Not `text.strip()`: that copies the whole file (~6 ms of a 4 MB load) to test its start.
    if not text or text.isspace():
        raise errors.empty(source)
    return text


def _diagnose(text: str, source: str) -> Project:
    """The slow path: find out exactly what is wrong, or migrate an older file."""
    data = _parse(text, source)
    if not isinstance(data, dict):
        raise errors.not_an_object(source)
    if _depth(data) > MAX_NESTING:
        raise errors.too_deep(source, MAX_NESTING)
    broken = lone_surrogate_in(data)
    if broken is not None:
        where = format_path(broken[0]).encode("utf-8", "backslashreplace").decode("utf-8")
        raise errors.lone_surrogate(source, where or "(top level)", broken[1])
    version = file_version(data)
    if version < 0:
        raise errors.bad_version(source, data.get("schema_version", data.get("version")))
    if version > CURRENT:
        raise errors.newer(source, version, CURRENT)
    try:
        return _validate(_migrated(data, source), source)
    except UserError:
        raise
    except Exception as exc:
        # A shape no check above foresaw: the user still gets one clear sentence.
        raise errors.damaged(source) from exc


def _parse(text: str, source: str) -> object:
    def refuse_constant(name: str) -> object:
        raise errors.not_a_number(source, name)

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise errors.invalid_json(source, text, exc) from exc
    except RecursionError as exc:
        raise errors.too_deep(source, MAX_NESTING) from exc


def _migrated(data: dict, source: str) -> dict:
    try:
        return migrate(data)
    except ShapeError as exc:
        raise errors.invalid_shape(source, exc.where, exc.expected, exc.found) from exc


def _validate(data: dict, source: str) -> Project:
    try:
        project = Project.model_validate(data, context={SKIP_INTEGRITY: True})
    except ValidationError as exc:
        raise errors.invalid_content(source, exc) from exc
    problems = find_problems(project)
    if problems:
        raise errors.broken_references(source, problems)
    return project


def _depth(value: object, level: int = 0) -> int:
    if level > MAX_NESTING:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _loadable_backup(path: Path) -> Path | None:
    backup = backup_path(path)
    try:
        loads(read_bounded(backup, MAX_FILE_BYTES), source=shown_path(backup))
    except UserError:
        return None
    return backup


def backup_path_for(path: str | os.PathLike) -> Path | None:
    """The backup `<name>.bak` kept next to the project file at `path`, when it exists and
    loads; None otherwise. For offering the backup when the file itself cannot be opened."""
    return _loadable_backup(Path(path))


def _recovered_copy(path: Path) -> Path | None:
    from .recovery import any_recovery_for  # recovery reads files through this module

    try:
        copy = any_recovery_for(path)
    except (OSError, UserError):
        return None
    return copy.path if copy is not None else None


def save(project: Project, path: str | os.PathLike, *, backup: bool = True) -> None:
    """Write the project atomically; with `backup`, the previous file is kept as `<name>.bak`.

    Writes exactly what the project holds (no timestamp is touched here), so loading and saving
    an unchanged file gives the same bytes. A symbolic link is written through: its target
    changes, the link stays.
    """
    atomic_write(path, dumps(project).encode("utf-8"), backup=backup)
