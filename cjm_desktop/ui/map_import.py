"""File > Import > Mermaid Journey… (and the other map formats), and Mermaid journey text pasted
onto the canvas or the map list: the text or file becomes a new map, added as one undo step and
shown at once. What the importer adjusted is listed first, and nothing is added until the user
agrees; text it cannot read gets a message and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ..exporters.imported_map import ImportedMap
from ..user_message import UserError

#: Adjustments shown in the message itself; the rest are behind "Show Details…".
MAX_SHOWN_NOTES = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("MapImport", text)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def build_import_menu(window) -> QMenu:
    """The File > Import submenu of the map formats."""
    menu = QMenu(tr("Import &Map"), window)
    menu.setObjectName("importMapMenu")
    mermaid = menu.addAction(tr("&Mermaid Journey…"), lambda: import_mermaid_from_window(window))
    mermaid.setObjectName("importMermaidAction")
    mermaid.setStatusTip(tr("Make a map from a Mermaid journey diagram (.mmd or Markdown)"))
    cards = menu.addAction(tr("Map from &Spreadsheet…"), lambda: import_cards_from_window(window))
    cards.setObjectName("importCardsAction")
    cards.setStatusTip(tr("Make a map from a table with one row per card (.xlsx or .csv)"))
    cjml = menu.addAction(tr("&CJML Journeys…"), lambda: import_cjml_from_window(window))
    cjml.setObjectName("importCjmlAction")
    cjml.setStatusTip(tr("Make maps from CJML 2.0 XML (Customer Journey Modeling Language)"))
    return menu


def import_cjml_from_window(window) -> bool:
    filters = ";;".join((tr("CJML files (*.xml *.cjml)"), tr("All files (*)")))
    return import_file_from_window(window, tr("Import CJML journeys"), filters)


def import_cards_from_window(window) -> bool:
    """Ask for a cards table, preview it with its columns matched, and import if the user
    agrees."""
    from ..exporters.cards_table_read import read_table
    from .dialogs.cards_import_dialog import CardsImportDialog

    document = window.document
    folder = document.path.parent if document.path else Path.home()
    filters = ";;".join((tr("Spreadsheets (*.xlsx *.csv)"), tr("All files (*)")))
    name, _ = QFileDialog.getOpenFileName(window, tr("Map from spreadsheet"), str(folder), filters)
    if not name:
        return False
    path = Path(name)
    try:
        table = read_table(path)
    except UserError as error:
        _show_refusal(window, error)
        return False
    dialog = CardsImportDialog(table, path, document.project.language.value, window)
    if dialog.exec() != CardsImportDialog.DialogCode.Accepted or dialog.result_ is None:
        return False
    imported = dialog.result_.imported
    imported.notes = []  # the dialog showed them and the user agreed
    return add_imported_map(window, imported, path.name)


def import_mermaid_from_window(window) -> bool:
    filters = ";;".join(
        (
            tr("Mermaid journeys (*.mmd *.mermaid *.md *.markdown *.txt)"),
            tr("All files (*)"),
        )
    )
    return import_file_from_window(window, tr("Import Mermaid journey"), filters)


def import_file_from_window(window, title: str, filters: str) -> bool:
    document = window.document
    folder = document.path.parent if document.path else Path.home()
    name, _ = QFileDialog.getOpenFileName(window, title, str(folder), filters)
    if not name:
        return False
    return import_map_file_into(window, Path(name))


def import_map_file_into(window, path: Path) -> bool:
    """Read `path` as a map and add it to `window`'s project; True when a map was added."""
    from ..exporters.map_import import import_map_file

    project = window.document.project
    try:
        imported = import_map_file(path, project.language.value, project.personas)
    except UserError as error:
        _show_refusal(window, error)
        return False
    return add_imported_map(window, imported, path.name)


def paste_mermaid_journey(document, parent: QWidget) -> bool:
    """When the clipboard holds Mermaid journey text (or Markdown with a journey block), import
    it as a new map and return True; otherwise leave it to the ordinary paste."""
    from ..exporters.map_import import import_mermaid_text
    from ..exporters.mermaid_import import is_journey_text
    from ..exporters.mermaid_markdown import journey_blocks

    text = QGuiApplication.clipboard().text()
    if not text.strip() or not (is_journey_text(text) or journey_blocks(text)):
        return False
    project = document.project
    try:
        imported = import_mermaid_text(text, project.language.value, project.personas)
    except UserError as error:
        _show_refusal(parent, error)
        return True
    _add(document, parent, imported, tr("the clipboard"))
    return True


def add_imported_map(window, imported: ImportedMap, source: str) -> bool:
    return _add(window.document, window, imported, source)


def _add(document, parent: QWidget, imported: ImportedMap, source: str) -> bool:
    if imported.notes and not _agree_to_adjustments(parent, imported, source):
        return False
    if not document.push(imported.edit()):
        return False
    document.set_current_journey(imported.journey.id)
    status = getattr(parent.window(), "statusBar", None)
    if callable(status):
        status().showMessage(
            tr("Imported the map “{title}” from {source}").format(
                title=imported.journey.title or tr("(untitled)"), source=source
            ),
            8000,
        )
    return True


def _agree_to_adjustments(parent: QWidget, imported: ImportedMap, source: str) -> bool:
    notes = [note.render(_translate) for note in imported.notes]
    box = QMessageBox(QMessageBox.Icon.Question, tr("Import map"), "", parent=parent)
    box.setObjectName("importMapAdjustments")
    box.setText(
        tr("The map from {source} was read with {n} adjustments. Import it?").format(
            source=source, n=len(notes)
        )
    )
    shown = notes[:MAX_SHOWN_NOTES]
    text = "\n".join(f"• {line}" for line in shown)
    if len(notes) > len(shown):
        text += "\n" + tr("… and {n} more (Show Details).").format(n=len(notes) - len(shown))
    box.setInformativeText(text + "\n\n" + tr("Edit > Undo takes the import back."))
    box.setDetailedText("\n".join(notes))
    do_import = box.addButton(tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(do_import)
    box.exec()
    return box.clickedButton() is do_import


def _show_refusal(parent: QWidget, error: UserError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot import map"), "", parent=parent)
    box.setObjectName("importMapRefused")
    box.setText(error.message.render(_translate))
    if error.details:
        box.setInformativeText("\n".join(f"• {line}" for line in error.details))
    box.exec()
