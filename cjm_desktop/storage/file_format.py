"""Load and save `.cjm` project files: checked, migrated, atomic, and safe on untrusted input."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from ..model import SKIP_INTEGRITY, Project, find_problems
from . import load_errors as errors
from .atomic_write import atomic_write
from .canonical_json import dumps
from .limits import MAX_FILE_BYTES, MAX_NESTING
from .migrations import CURRENT, file_version, migrate


def load(path: str | os.PathLike) -> Project:
    """Read a project file. Raises UserError with a clear message for every kind of bad file."""
    path = Path(path)
    try:
        if path.is_dir():
            raise errors.folder(path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise errors.too_large(str(path), size, MAX_FILE_BYTES)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise errors.missing(path) from exc
    except PermissionError as exc:
        raise errors.unreadable(path, "permission denied") from exc
    except OSError as exc:
        raise errors.unreadable(path, exc.strerror or str(exc)) from exc
    return loads(data, source=str(path))


def loads(data: bytes | str, source: str = "<memory>") -> Project:
    """A project from the bytes or text of a file; `source` names it in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise errors.too_large(source, len(data), MAX_FILE_BYTES)
    text = _decode(data, source)
    try:
        # Fast path: a valid current file is checked entirely in pydantic's compiled code.
        return Project.model_validate_json(text)
    except (ValidationError, ValueError, RecursionError):
        pass
    return _diagnose(text, source)


def _decode(data: bytes | str, source: str) -> str:
    if isinstance(data, str):
        text = data
    else:
        if b"\x00" in data[:8192]:
            raise errors.binary(source)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise errors.not_utf8(source, exc) from exc
    if not text.strip():
        raise errors.empty(source)
    return text


def _diagnose(text: str, source: str) -> Project:
    """The slow path: find out exactly what is wrong, or migrate an older file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise errors.invalid_json(source, text, exc) from exc
    except RecursionError as exc:
        raise errors.too_deep(source) from exc
    if not isinstance(data, dict):
        raise errors.not_an_object(source, type(data).__name__.replace("dict", "object"))
    if _depth(data) > MAX_NESTING:
        raise errors.too_deep(source)
    version = file_version(data)
    if version < 0:
        raise errors.bad_version(source, data.get("schema_version"))
    if version > CURRENT:
        raise errors.newer(source, version, CURRENT)
    data = migrate(data)
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


def save(project: Project, path: str | os.PathLike, *, backup: bool = True) -> None:
    """Write the project atomically; with `backup`, the previous file is kept as `<name>.bak`.

    Writes exactly what the project holds (no timestamp is touched here), so loading and saving
    an unchanged file gives the same bytes.
    """
    atomic_write(path, dumps(project).encode("utf-8"), backup=backup)
