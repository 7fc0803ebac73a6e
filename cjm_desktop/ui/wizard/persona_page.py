"""Step 2: one persona (and optionally a second): name, photo and the grouped questionnaire."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from ..panels.persona_photo import PhotoField
from .draft import DraftPersona, WizardDraft
from .draft_page import DraftPage, hint_label
from .questionnaire import QUESTION_GROUPS


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidedSetup", text)


class PersonaForm(QWidget):
    """The fields of one persona: who it is at the top, the questionnaire in four sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The persona panel's photo field: a photo in a saved draft is shown within the
        # decoding budget, as one in a project is.
        self.photo_field = PhotoField(self)
        self.photo_field.edited.connect(self.set_photo)
        self.choose_photo = self.photo_field.choose
        self.remove_photo = self.photo_field.remove
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Anna"))
        self.tagline = QLineEdit()
        self.tagline.setPlaceholderText(self.tr("e.g. busy mother who loves good food"))
        self.quote = QLineEdit()
        self.quote.setPlaceholderText(self.tr("e.g. “I want good bread without the wait.”"))
        who = QFormLayout()
        who.addRow(self.tr("Name:"), self.name)
        who.addRow(self.tr("In a few words:"), self.tagline)
        who.addRow(self.tr("Something they would say:"), self.quote)
        top = QHBoxLayout()
        top.addWidget(self.photo_field)
        top.addLayout(who, 1)

        self.answers: dict[str, QLineEdit] = {}
        self.sections = QToolBox()
        for group in QUESTION_GROUPS:
            page = QWidget()
            form = QFormLayout(page)
            for question in group.questions:
                edit = QLineEdit()
                edit.setObjectName(question.field)
                edit.setPlaceholderText(_tr(question.example))
                edit.setToolTip(_tr(question.help))
                column = QVBoxLayout()
                column.setSpacing(1)
                column.addWidget(edit)
                column.addWidget(hint_label(_tr(question.help)))
                form.addRow(_tr(question.label), column)
                self.answers[question.field] = edit
            self.sections.addItem(page, _tr(group.title))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)

    @property
    def photo(self) -> str | None:
        return self.photo_field.value()

    def set_photo(self, photo: str | None) -> None:
        self.photo_field.set_value(photo)

    def load(self, persona: DraftPersona) -> None:
        self.name.setText(persona.name)
        self.tagline.setText(persona.tagline)
        self.quote.setText(persona.quote)
        self.set_photo(persona.photo)
        for field, edit in self.answers.items():
            edit.setText(persona.answers.get(field, ""))

    def persona(self) -> DraftPersona:
        return DraftPersona(
            name=self.name.text().strip(),
            tagline=self.tagline.text().strip(),
            quote=self.quote.text().strip(),
            photo=self.photo,
            answers={f: e.text().strip() for f, e in self.answers.items() if e.text().strip()},
        )


class PersonaPage(DraftPage):
    """Two tabs: the main persona, and an optional second one."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 2 of 7: Your customer"),
            self.tr(
                "A persona is an imagined but typical customer. Giving them a name and a face "
                "helps you see your business through their eyes. Answer what you can; a guess is "
                "fine for now."
            ),
        )
        self.forms = [PersonaForm(), PersonaForm()]
        self.tabs = QTabWidget()
        self.tabs.addTab(self.forms[0], self.tr("Your customer"))
        self.tabs.addTab(self.forms[1], self.tr("A second customer (optional)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tip: ask a few real customers, read your reviews, or look at your "
                    "website statistics."
                )
            )
        )

    def load(self, draft: WizardDraft) -> None:
        personas = [*draft.personas, DraftPersona(), DraftPersona()]
        for form, persona in zip(self.forms, personas, strict=False):
            form.load(persona)

    def store(self, draft: WizardDraft) -> None:
        first, second = (form.persona() for form in self.forms)
        draft.personas = [first] if second.is_empty() else [first, second]
