"""Step 2: one persona (and optionally a second): name, photo and the grouped questionnaire."""

from __future__ import annotations

import base64

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from .draft import DraftPersona, WizardDraft
from .draft_page import DraftPage, hint_label
from .photo_loading import PhotoError, load_photo
from .questionnaire import QUESTION_GROUPS

PHOTO_PREVIEW = 88


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidedSetup", text)


class PersonaForm(QWidget):
    """The fields of one persona: who it is at the top, the questionnaire in four sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: str | None = None
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px dashed palette(mid); border-radius: 6px;")
        self.choose_photo = QPushButton(self.tr("Choose photo…"))
        self.remove_photo = QPushButton(self.tr("Remove photo"))
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
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.choose_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo_label)
        top.addLayout(photo_buttons)
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
        self.choose_photo.clicked.connect(self.ask_photo)
        self.remove_photo.clicked.connect(lambda: self.set_photo(None))
        self.set_photo(None)

    def set_photo(self, photo: str | None) -> None:
        self.photo = photo
        self.remove_photo.setEnabled(photo is not None)
        if photo is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(base64.b64decode(photo))
        self.photo_label.setPixmap(
            pixmap.scaled(
                PHOTO_PREVIEW - 4,
                PHOTO_PREVIEW - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def ask_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp)")
        )
        if not path:
            return
        try:
            self.set_photo(load_photo(path))
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Photo not used"), str(exc))

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
            self.tr("Step 2 of 6: Your customer"),
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
