"""PersonaForm: every field of one persona, edited in place: photo, name, tagline, quote, the
questionnaire of seed 003 in its four groups (labels and help shared with the guided set-up),
custom fields, and the maps that follow the persona.

Each change is one Edit pushed on the document; typing in a field merges into one undo step until
the user leaves the field, like the inspector.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...editing import Edit, SetFields
from ...model import QUESTIONNAIRE_FIELDS, Persona
from ..document import Document
from ..wizard.questionnaire import QUESTION_GROUPS
from .field_editors import FieldEditor, LineField, TextField
from .persona_custom_fields import CustomFieldsEditor
from .persona_journeys import PersonaJourneys
from .persona_photo import PhotoField

# Short answers fit on one line; the rest may run to a few sentences.
_ONE_LINE = frozenset({"age", "location", "household", "income", "occupation"})
_TEXT_HEIGHT = 52


def _guided(text: str) -> str:
    return QCoreApplication.translate("GuidedSetup", text)


class PersonaForm(QScrollArea):
    """The form of the persona `persona_id` of `document`; `editors` maps field names to their
    editors (tests), `photo`, `custom_fields` and `journeys` are the other parts."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.document = document
        self.persona_id: str | None = None
        self.editors: dict[str, FieldEditor] = {}
        page = QWidget()
        page.setObjectName("personaFormPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(6)
        self.photo = PhotoField()
        self.photo.edited.connect(lambda value: self._push("photo", value, False))
        column.addWidget(self.photo)
        # Questions as labels above their answers: a dock is narrow and the questions are long.
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(3)
        self._add_editor("name", self.tr("Name"), LineField(), self.tr("e.g. Anna"))
        self._add_editor(
            "tagline",
            self.tr("In a few words"),
            LineField(),
            self.tr("e.g. busy mother who loves good food"),
        )
        self._add_editor(
            "quote",
            self.tr("Quote"),
            self._text_field(),
            self.tr("e.g. “I want good bread without the wait.”"),
        )
        asked = set()
        for group in QUESTION_GROUPS:
            self._section(_guided(group.title))
            for question in group.questions:
                asked.add(question.field)
                editor = LineField() if question.field in _ONE_LINE else self._text_field()
                editor.setToolTip(_guided(question.help))
                self._add_editor(
                    question.field, _guided(question.label), editor, _guided(question.example)
                )
        # A field added to the model but not yet to the questionnaire still gets an editor.
        for name in QUESTIONNAIRE_FIELDS:
            if name not in asked:
                self._add_editor(name, name.replace("_", " ").capitalize(), self._text_field(), "")
        column.addLayout(self.form)
        column.addWidget(self._heading(self.tr("Own fields")))
        self.custom_fields = CustomFieldsEditor()
        self.custom_fields.edited.connect(lambda fields: self._push("custom_fields", fields, False))
        column.addWidget(self.custom_fields)
        column.addWidget(self._heading(self.tr("Maps of this persona")))
        self.journeys = PersonaJourneys()
        self.journeys.edited.connect(self._journey_edited)
        column.addWidget(self.journeys)
        column.addStretch(1)
        self.setWidget(page)
        self.set_persona(None)

    # -- building ---------------------------------------------------------------------------
    def _text_field(self) -> TextField:
        editor = TextField()
        editor.text.setFixedHeight(_TEXT_HEIGHT)
        return editor

    def _heading(self, text: str) -> QLabel:
        title = QLabel(text.upper())
        title.setObjectName("personaSection")
        title.setStyleSheet("color: palette(mid); font-weight: 600; margin-top: 8px;")
        return title

    def _section(self, text: str) -> None:
        self.form.addRow(self._heading(text))

    def _add_editor(self, name: str, label: str, editor: FieldEditor, example: str) -> None:
        editor.setObjectName(name)
        target = editor.focusProxy()
        if example and hasattr(target, "setPlaceholderText"):
            target.setPlaceholderText(example)
        editor.edited.connect(lambda value, n=name, e=editor: self._push(n, value, e.mergeable))
        editor.finished.connect(self.document.end_merging)
        self.editors[name] = editor
        label_widget = QLabel(label)
        label_widget.setBuddy(target)
        label_widget.setToolTip(editor.toolTip())
        self.form.addRow(label_widget, editor)

    # -- showing -------------------------------------------------------------------------------
    def persona(self) -> Persona | None:
        if self.persona_id is None:
            return None
        return self.document.project.persona(self.persona_id)

    def set_persona(self, persona_id: str | None) -> None:
        if persona_id != self.persona_id:
            # Typing in another persona's field is a new undo step.
            self.document.end_merging()
        self.persona_id = persona_id
        self.refresh()

    def refresh(self) -> None:
        persona = self.persona()
        self.widget().setEnabled(persona is not None)
        for name, editor in self.editors.items():
            editor.set_value(getattr(persona, name) if persona is not None else "")
        self.photo.set_value(persona.photo if persona is not None else None)
        self.custom_fields.set_value(persona.custom_fields if persona is not None else [])
        self.journeys.show_for(self.document.project, persona.id if persona else None)

    # -- editing -------------------------------------------------------------------------------
    def _push(self, name: str, value: Any, mergeable: bool) -> None:
        persona = self.persona()
        if persona is None or getattr(persona, name) == value:
            return
        self._push_edit(SetFields(persona.id, {name: value}, mergeable=mergeable))

    def _journey_edited(self, journey_id: str, persona_id: str | None) -> None:
        self._push_edit(SetFields(journey_id, {"persona_id": persona_id}))

    def _push_edit(self, edit: Edit) -> None:
        if not self.document.push(edit):
            self.refresh()  # refused: show what the model kept
