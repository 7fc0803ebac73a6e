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
from . import bounded_read

CTX = "storage"


class DamagedFile(UserError):
    """A project file that exists and was read, but whose content cannot be used. The loader adds
    a hint when a backup or a recovered copy is there to open instead."""


def error(template: str, details: list[str] | None = None, **params) -> UserError:
    return UserError(UserMessage(CTX, template, **params), details)


def damage(template: str, details: list[str] | None = None, **params) -> DamagedFile:
    return DamagedFile(UserMessage(CTX, template, **params), details)


def too_large(source: str, size: int, limit: int) -> UserError:
    return bounded_read.too_large(source, size, limit)


def empty(source: str) -> UserError:
    return damage(QT_TRANSLATE_NOOP(CTX, "{source} is empty: it holds no project."), source=source)


def binary(source: str) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(CTX, "{source} is not a project file: it holds binary data, not text."),
        source=source,
    )


def not_utf8(source: str, exc: UnicodeDecodeError) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} cannot be read: it is not UTF-8 text (invalid byte at position "
            "{position}). It may have been saved in another encoding, such as Latin-1; save it "
            "as UTF-8 and open it again.",
        ),
        source=source,
        position=exc.start,
    )


def not_utf16(source: str, encoding: str) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} cannot be read: it starts as {encoding} text, but the text is broken. "
            "Save it as UTF-8 and open it again.",
        ),
        source=source,
        encoding=encoding,
    )


def invalid_json(source: str, text: str, exc: json.JSONDecodeError) -> UserError:
    if exc.pos >= len(text.rstrip()):
        return damage(
            QT_TRANSLATE_NOOP(
                CTX,
                "The project file {source} is incomplete: it ends too early, at line {line}, "
                "column {column} (it was cut off, perhaps while it was copied).",
            ),
            source=source,
            line=exc.lineno,
            column=exc.colno,
        )
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "The project file {source} is damaged or incomplete near line {line}, column {column}.",
        ),
        source=source,
        line=exc.lineno,
        column=exc.colno,
    )


def not_a_number(source: str, value: str) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "The project file {source} is damaged: it holds the value {value}, which is not a "
            "number a project file can hold.",
        ),
        source=source,
        value=value,
    )


def too_deep(source: str, limit: int) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} is not a project file: its data is nested too deeply (more than {limit} "
            "levels; a project file has about eight).",
        ),
        source=source,
        limit=limit,
    )


def not_an_object(source: str) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} is not a project file: it holds a single value or a list, not the named "
            "fields of a project.",
        ),
        source=source,
    )


def lone_surrogate(source: str, where: str, code: str) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "The project file {source} holds broken text at {where}: half of a character pair "
            "({code}, a lone surrogate), which some faulty program wrote. Such text cannot be "
            "saved or exported; correct it in the file.",
        ),
        source=source,
        where=where,
        code=code,
    )


def bad_version(source: str, version: object) -> UserError:
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "{source} has an invalid file format version (schema_version {version}): it "
            "should be a whole number such as 1.",
        ),
        source=source,
        version=json.dumps(version, ensure_ascii=True)[:60],
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


def damaged(source: str) -> UserError:
    """Anything the checks before did not foresee: still one clear sentence, never a traceback."""
    return damage(
        QT_TRANSLATE_NOOP(
            CTX,
            "The project file {source} is damaged: its content does not have the shape of a "
            "project and cannot be read.",
        ),
        source=source,
    )


def _problems(source: str, details: list[str]) -> UserError:
    if len(details) == 1:
        template = QT_TRANSLATE_NOOP(CTX, "{source} is not a valid project file (1 problem).")
    else:
        template = QT_TRANSLATE_NOOP(
            CTX, "{source} is not a valid project file ({count} problems)."
        )
    return damage(template, details, source=source, count=len(details))


def invalid_shape(source: str, where: str, expected: str, found: object) -> UserError:
    return _problems(source, [f"{where}: {expected} (found {_shown(found)})"])


def invalid_content(source: str, exc: ValidationError) -> UserError:
    return _problems(source, [describe_validation_error(e) for e in exc.errors(include_url=False)])


def broken_references(source: str, problems: list[Problem]) -> UserError:
    if len(problems) == 1:
        template = QT_TRANSLATE_NOOP(CTX, "{source} has a broken reference (1 problem).")
    else:
        template = QT_TRANSLATE_NOOP(CTX, "{source} has broken references ({count} problems).")
    return damage(template, [str(p) for p in problems], source=source, count=len(problems))


def backup_hint(backup: Path | None, recovered: Path | None) -> UserMessage | None:
    """What the user can open instead of a damaged file, when there is something."""
    if backup is not None and recovered is not None:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP(
                CTX,
                "You can open the backup of the previous version next to it, {backup}, or "
                "the copy saved automatically, {recovered}.",
            ),
            backup=bounded_read.shown_path(backup),
            recovered=bounded_read.shown_path(recovered),
        )
    if backup is not None:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP(
                CTX, "You can open the backup of the previous version next to it: {backup}."
            ),
            backup=bounded_read.shown_path(backup),
        )
    if recovered is not None:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP(CTX, "You can open the copy saved automatically: {recovered}."),
            recovered=bounded_read.shown_path(recovered),
        )
    return None


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return f"{value!r:.60}"


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
