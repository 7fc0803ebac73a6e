"""Document: the project open in one window, with its file path, undo stack, selection and the map
being shown.

Every change goes through `push(edit)`: the Edit is applied at once (so a refused edit never
reaches the undo stack), wrapped in an EditCommand, and `changed(Change)` tells the views what to
update. Undo and redo revert and apply the same Edit and restore the selection of that moment.
"""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..editing import Edit
from ..model import Project
from ..user_message import UserError
from . import project_files

# Qt command ids must be ints; merge keys are hashed into this range (-1 means "never merges").
_ID_RANGE = 2**30


class EditCommand(QUndoCommand):
    """One Edit on the undo stack, with the selection before it and after it."""

    def __init__(self, document: Document, edit: Edit, selection_before: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Edit", edit.label))
        self.document = document
        self.edit = edit
        self.selection_before = list(selection_before)
        self.selection_after: list[str] | None = None
        self.merge_generation = document.merge_generation
        # push() applies the edit itself, so the first redo() QUndoStack makes is only a notice.
        self._applied = True

    def _merge_key(self):
        key = self.edit.merge_key()
        return None if key is None else (key, self.merge_generation)

    def id(self) -> int:
        key = self._merge_key()
        return -1 if key is None else hash(key) % _ID_RANGE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or self._merge_key() is None:
            return False
        if other._merge_key() != self._merge_key():
            return False
        return self.edit.merge(other.edit)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.edit.apply(self.document.project)
        self.document._after_edit(self.edit, self.selection_after)

    def undo(self) -> None:
        # The selection now is the one the user ended the edit with (the canvas selects a new card
        # after pushing it), so it is what redo brings back.
        self.selection_after = list(self.document.selection)
        self.edit.revert(self.document.project)
        self.document._after_edit(self.edit, self.selection_before)


class Document(QObject):
    """The open project. `changed` carries the editing.Change of every apply and revert."""

    changed = Signal(object)
    modified_changed = Signal(bool)
    selection_changed = Signal(list)
    current_journey_changed = Signal(object)
    path_changed = Signal(object)
    #: A new project replaced the old one (load, restore): views rebuild everything.
    project_replaced = Signal()
    #: An edit was refused; carries the UserError (the project did not change).
    edit_refused = Signal(object)

    def __init__(
        self, project: Project | None = None, path: Path | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.project = project if project is not None else Project()
        self.path = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._selection: list[str] = []
        #: Edits only merge within one generation: leaving a field starts a new undo step.
        self.merge_generation = 0
        self.current_journey_id: str | None = self._first_journey_id()

    # -- editing -------------------------------------------------------------------------
    def push(self, edit: Edit) -> bool:
        """Apply `edit` and put it on the undo stack; False (and `edit_refused`) if refused."""
        before = list(self._selection)
        try:
            edit.apply(self.project)
        except UserError as error:
            self.edit_refused.emit(error)
            return False
        self._after_edit(edit, None)
        self.undo_stack.push(EditCommand(self, edit, before))
        return True

    def end_merging(self) -> None:
        """The gesture is over (the user left the field): the next edit is a new undo step."""
        self.merge_generation += 1

    def _after_edit(self, edit: Edit, selection: list[str] | None) -> None:
        change = edit.change()
        if change.journey_list and self.project.journey(self.current_journey_id or "") is None:
            self.set_current_journey(self._first_journey_id())
        if selection is not None:
            self.set_selection(selection)
        self.changed.emit(change)
        self._drop_missing_from_selection()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_modified(self) -> None:
        """Unsaved without an edit (a recovered copy): the clean state becomes unreachable."""
        self.undo_stack.resetClean()
        self.modified_changed.emit(True)

    # -- views -----------------------------------------------------------------------------
    _VIEW_SIGNALS = (
        "changed",
        "modified_changed",
        "selection_changed",
        "current_journey_changed",
        "path_changed",
        "project_replaced",
        "edit_refused",
    )

    def disconnect_views(self) -> None:
        """Forget every view listening (their window is being replaced by another)."""
        for name in self._VIEW_SIGNALS:
            signal = getattr(self, name)
            # Qt warns (an error under the test suite) when a signal had no connections.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                with contextlib.suppress(RuntimeError, SystemError, TypeError):
                    signal.disconnect()

    def retranslate_history(self) -> None:
        """Name the undo steps in the interface's language again (it was switched)."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, EditCommand):
                command.setText(QCoreApplication.translate("Edit", command.edit.label))

    def announce_all(self) -> None:
        """Tell newly connected views everything, as after a load, but keep the undo history,
        the map shown and the selection."""
        selection = list(self._selection)
        self.project_replaced.emit()
        self.current_journey_changed.emit(self.current_journey_id)
        self.modified_changed.emit(self.is_modified())
        self._selection = []
        self.set_selection(selection)

    # -- selection -------------------------------------------------------------------------
    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    @selection.setter
    def selection(self, ids: list[str]) -> None:
        self.set_selection(ids)

    def set_selection(self, ids: list[str]) -> None:
        ids = [i for i in dict.fromkeys(ids) if self._exists(i)]
        if ids != self._selection:
            self._selection = ids
            self.selection_changed.emit(list(ids))

    def _exists(self, object_id: str) -> bool:
        # A cell or an emotion point is selected as "lane_id/step_id" or "curve_id/step_id".
        return all(self.project.find(part) is not None for part in object_id.split("/"))

    def _drop_missing_from_selection(self) -> None:
        if not all(self._exists(i) for i in self._selection):
            self.set_selection(self._selection)

    # -- the map shown -------------------------------------------------------------------------
    def _first_journey_id(self) -> str | None:
        return self.project.journeys[0].id if self.project.journeys else None

    def current_journey(self):
        return self.project.journey(self.current_journey_id) if self.current_journey_id else None

    def set_current_journey(self, journey_id: str | None) -> None:
        if journey_id is not None and self.project.journey(journey_id) is None:
            journey_id = self._first_journey_id()
        if journey_id != self.current_journey_id:
            self.current_journey_id = journey_id
            self.set_selection([])
            self.current_journey_changed.emit(journey_id)

    # -- files -----------------------------------------------------------------------------
    def replace_project(self, project: Project, path: Path | None) -> None:
        """Show another project (after load or restore); its history starts afresh."""
        self.undo_stack.clear()
        # clear() keeps a clean state made unreachable by mark_modified() unreachable.
        self.undo_stack.setClean()
        self.project = project
        self._selection = []
        self.selection_changed.emit([])
        self.set_path(path)
        self.current_journey_id = self._first_journey_id()
        self.project_replaced.emit()
        self.current_journey_changed.emit(self.current_journey_id)
        self.modified_changed.emit(self.is_modified())

    def set_path(self, path: Path | None) -> None:
        path = Path(path) if path is not None else None
        if path != self.path:
            self.path = path
            self.path_changed.emit(path)

    def load(self, path: Path) -> None:
        """Open `path` in this document; raises UserError (the document is then unchanged)."""
        project = project_files.load(Path(path))
        self.replace_project(project, Path(path))

    def save(self) -> None:
        """Save to `path` (atomic, keeping a backup); raises UserError."""
        if self.path is None:
            raise ValueError("the document has no path yet: use save_as")
        project_files.save(self.project, self.path)
        self.undo_stack.setClean()
        # The clean index may not move (saving twice), yet a recovered copy is saved now.
        self.modified_changed.emit(False)
        project_files.discard_recovery(self.path)

    def save_as(self, path: Path) -> None:
        project_files.save(self.project, Path(path))
        project_files.discard_recovery(self.path, self.project)
        self.set_path(Path(path))
        self.undo_stack.setClean()
        self.modified_changed.emit(False)

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.project.title or QCoreApplication.translate("Document", "Untitled")
