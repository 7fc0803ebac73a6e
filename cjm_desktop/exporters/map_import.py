"""One entry for `cjm import` and File > Import: a file becomes a new map, by its kind (Mermaid or
Markdown text, a cards table as CSV or Excel, CJML XML), with the notes of what was adjusted.
Heavy readers (openpyxl, defusedxml) are imported only for their own kind of file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..model import Persona
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .imported_map import ImportedMap, ImportNote

_CTX = "map_import"
MERMAID_SUFFIXES = (".mmd", ".mermaid", ".txt", ".md", ".markdown", ".mdown", ".mkd")
CARDS_SUFFIXES = (".csv", ".xlsx")
CJML_SUFFIXES = (".xml", ".cjml")


def import_map_file(
    path: Path,
    language: str,
    personas: Sequence[Persona] = (),
    *,
    block: int | None = None,
    skip_bad_rows: bool = False,
) -> ImportedMap:
    suffix = path.suffix.casefold()
    if suffix in MERMAID_SUFFIXES:
        return import_mermaid_file(path, language, personas, block=block)
    if suffix in CARDS_SUFFIXES:
        from .cards_import import import_cards_file

        return import_cards_file(path, language, personas, skip_bad_rows=skip_bad_rows)
    if suffix in CJML_SUFFIXES:
        from .cjml_import import import_cjml_file

        return import_cjml_file(path, language, personas)
    raise UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX,
                "Cannot import “{name}”: use a Mermaid file (.mmd, .md), a cards table "
                "(.csv, .xlsx) or CJML (.xml).",
            ),
            name=path.name,
        )
    )


def import_mermaid_file(
    path: Path, language: str, personas: Sequence[Persona] = (), *, block: int | None = None
) -> ImportedMap:
    from .text_file import read_text_file

    source = read_text_file(path)
    return import_mermaid_text(
        source.text, language, personas, path=path, block=block, encoding=source.encoding_note
    )


def import_mermaid_text(
    text: str,
    language: str,
    personas: Sequence[Persona] = (),
    *,
    path: Path | None = None,
    block: int | None = None,
    encoding: UserMessage | None = None,
) -> ImportedMap:
    """Mermaid journey text, or Markdown holding it (a file's or the clipboard's)."""
    from .mermaid_import import import_mermaid
    from .mermaid_markdown import mermaid_source

    text, first_line = mermaid_source(text, path, block)
    imported = import_mermaid(text, language, personas, first_line=first_line)
    if encoding is not None:
        imported.notes.insert(0, ImportNote(0, encoding))
    return imported
