"""Strings of Qt's own dialogs that Qt's Dutch translation (qtbase_nl.qm) lacks.

Qt 6 added mnemonics to two labels of its file dialog ("&Look in:", "Files of &type:"), and its
Dutch file still only knows them without, so they stayed English in a Dutch file dialog. Listing
them here puts them in our own .ts under Qt's context; Qt asks our translator when its own has
nothing. Drop an entry once Qt's translation has caught up.
"""

from __future__ import annotations

from ..user_message import QT_TRANSLATE_NOOP

FILE_DIALOG = "QFileDialog"

MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP(FILE_DIALOG, "&Look in:"),
    QT_TRANSLATE_NOOP(FILE_DIALOG, "Files of &type:"),
)
