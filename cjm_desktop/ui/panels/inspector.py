"""Inspector: the dock that edits whatever is selected (or the map when nothing is).

Each field change is one Edit pushed on the document; typing in a field merges into one undo
step until the user leaves the field. The form follows the document's `changed` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..document import Document
from .field_editors import FieldEditor
from .inspector_fields import FieldSpec, sections_for


def _section_title(text: str) -> QLabel:
    """A section's heading ("CARD", "TOUCHPOINT"). Its colour is a palette role, not a style
    sheet colour: `palette(mid)` was as dark as the dark theme's background, and a role follows
    a switch of theme."""
    title = QLabel(text.upper())
    title.setObjectName("inspectorSection")
    font = QFont(title.font())
    font.setWeight(QFont.Weight.DemiBold)
    title.setFont(font)
    title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    title.setContentsMargins(0, 8, 0, 0)
    return title


class Inspector(QScrollArea):
    """The form of the selected object; `editors` maps field keys to their editors (tests)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.document = document
        self.editors: dict[str, FieldEditor] = {}
        self._specs: dict[str, FieldSpec] = {}
        self._signature: tuple | None = None
        self.heading = QLabel()
        document.changed.connect(self.refresh)
        document.selection_changed.connect(self.refresh)
        document.current_journey_changed.connect(self.refresh)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self, *args) -> None:
        project = self.document.project
        heading, sections = sections_for(
            self.document.selection, self.document.current_journey(), project
        )
        signature = (
            heading,
            tuple((s.title, tuple((f.key, f.label) for f in s.fields)) for s in sections),
            tuple((p.id, p.name) for p in project.personas),
        )
        if signature != self._signature:
            self._signature = signature
            self._build(heading, sections)
        for key, editor in self.editors.items():
            editor.set_value(self._specs[key].read(project))

    def _build(self, heading: str, sections) -> None:
        self.editors.clear()
        self._specs.clear()
        page = QWidget()
        page.setObjectName("inspectorPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 10, 12, 12)
        column.setSpacing(6)
        self.heading = QLabel(heading)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        column.addWidget(self.heading)
        # One form for all sections, so the labels of every section line up.
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow dock a field goes below its label instead of pushing the form wider
        # than the dock (a horizontal scroll bar hid the fields' right half).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for section in sections:
            if len(sections) > 1:
                form.addRow(_section_title(section.title))
            for spec in section.fields:
                editor = spec.editor()
                editor.setObjectName(spec.key)
                editor.edited.connect(lambda value, s=spec, e=editor: self._edited(s, e, value))
                editor.finished.connect(self.document.end_merging)
                self.editors[spec.key] = editor
                self._specs[spec.key] = spec
                form.addRow(spec.label, editor)
        column.addLayout(form)
        column.addStretch(1)
        # The old page goes with its editors; focus must not stay on a deleted widget.
        self.setWidget(page)

    def _edited(self, spec: FieldSpec, editor: FieldEditor, value) -> None:
        if spec.read(self.document.project) == value:
            return
        if not self.document.push(spec.edit(value, editor.mergeable)):
            # Refused: show the value the model kept.
            editor.set_value(spec.read(self.document.project))

    def editor(self, object_id: str, field: str) -> FieldEditor:
        return self.editors[f"{object_id}.{field}"]
