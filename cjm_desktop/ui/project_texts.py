"""Words the program writes into a project (names of new stages and steps, a new project's title)
in the project's language, which may differ from the interface's: a Dutch project made in an
English interface still gets "Fase 1". Reads our compiled translation directly, so the translators
installed for the interface do not matter."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from .translators import TRANSLATIONS


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(TRANSLATIONS / f"cjm_desktop_{language}.qm")) else None


def translate_in(language: str, context: str, text: str) -> str:
    """`text` (English, marked for translation in `context`) in `language`."""
    if str(language) == "en":
        return text
    translator = _translator(str(language))
    return (translator.translate(context, text) if translator else "") or text
