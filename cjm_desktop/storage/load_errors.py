"""The messages for files that cannot be opened: one clear sentence each, with the place.

Templates are marked for translation (context "storage"); the GUI translates them, the CLI prints
the English text.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..model import Problem, format_path
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

CTX = "storage"


def error(template: str, details: list[str] | None = None, **params) -> UserError:
    return UserError(UserMessage(CTX, template, **params), details)


def missing(path: Path) -> UserError:
    return error(QT_TRANSLATE_NOOP(CTX, "{source} does not exist."), source=path)


def folder(path: Path) -> UserError:
    return error(QT_TRANSLATE_NOOP(CTX, "{source} is a folder, not a project file."), source=path)


def unreadable(path: Path, reason: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(CTX, "Cannot read {source}: {reason}"), source=path, reason=reason
    )


def too_large(source: str, size: int, limit: int) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            CTX, "{source} is too large to be a project file ({size} MB; the limit is {limit} MB)."
        ),
        source=source,
        size=round(size / 1e6, 1),
        limit=limit // 1_000_000,
    )


def empty(source: str) -> UserError:
    return error(QT_TRANSLATE_NOOP(CTX, "{source} is empty: it holds no project."), source=source)


def binary(source: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(CTX, "{source} is not a project file: it holds binary data, not text."),
        source=source,
    )


def not_utf8(source: str, exc: UnicodeDecodeError) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} is not a project file: it is not UTF-8 text (invalid byte "
            "at position {position}).",
        ),
        source=source,
        position=exc.start,
    )


def invalid_json(source: str, text: str, exc: json.JSONDecodeError) -> UserError:
    if exc.pos >= len(text.rstrip()):
        return error(
            QT_TRANSLATE_NOOP(
                CTX,
                "{source} ends too early at line {line}, column {column}: the "
                "file is incomplete (truncated).",
            ),
            source=source,
            line=exc.lineno,
            column=exc.colno,
        )
    return error(
        QT_TRANSLATE_NOOP(
            CTX, "{source} is not valid JSON: {reason} at line {line}, column {column}."
        ),
        source=source,
        reason=exc.msg,
        line=exc.lineno,
        column=exc.colno,
    )


def too_deep(source: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(CTX, "{source} is nested too deeply to be a project file."), source=source
    )


def not_an_object(source: str, kind: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            CTX, "{source} is not a project file: it holds a JSON {kind}, not an object."
        ),
        source=source,
        kind=kind,
    )


def bad_version(source: str, version: object) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(CTX, "{source} has an invalid schema_version: {version!r}."),
        source=source,
        version=version,
    )


def newer(source: str, version: int, current: int) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} was made by a newer version of cjm_desktop (file format "
            "{version}; this version reads up to {current}). Update the "
            "application to open it; the file was not changed.",
        ),
        source=source,
        version=version,
        current=current,
    )


def invalid_content(source: str, exc: ValidationError) -> UserError:
    details = [describe_validation_error(e) for e in exc.errors(include_url=False)]
    return error(
        QT_TRANSLATE_NOOP(CTX, "{source} is not a valid project file ({count} problems):"),
        details,
        source=source,
        count=len(details),
    )


def broken_references(source: str, problems: list[Problem]) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(CTX, "{source} has broken references ({count} problems):"),
        [str(p) for p in problems],
        source=source,
        count=len(problems),
    )


def describe_validation_error(err: dict) -> str:
    """`journeys[0].cards[3].sentiment: Input should be ... (found 5)` from one pydantic error."""
    where = format_path(tuple(err["loc"])) or "(top level)"
    found = err.get("input")
    shown = (
        ""
        if isinstance(found, dict | list) or err["type"] == "missing"
        else f" (found {found!r:.60})"
    )
    return f"{where}: {err['msg']}{shown}"
