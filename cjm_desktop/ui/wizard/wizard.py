"""The guided set-up window: the six steps of DOMAIN.md as QWizard pages, with
"Save and continue later", resume from a saved draft, and a Project at the finish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from ...model import Project
from ...user_message import UserError
from .actions_page import ActionsPage
from .brand_page import BrandPage
from .build import build_project
from .draft import DRAFT_SUFFIX, WizardDraft
from .draft_page import DraftPage
from .experience_page import ExperiencePage
from .measurement_page import MeasurementPage
from .persona_page import PersonaPage
from .stages_page import StagesPage
from .touchpoints_page import TouchpointsPage


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class GuidedSetupWizard(QWizard):
    """Walks a first-time user from brand to roadmap; `finished_project` holds the result.

    `language` is the project's language ("nl" or "en"): it picks the catalog's stage models and
    touchpoints. The interface language is whatever translator the application installed.
    """

    SAVE_BUTTON = QWizard.WizardButton.CustomButton1

    def __init__(
        self,
        parent: QWidget | None = None,
        language: str = "nl",
        draft: WizardDraft | None = None,
        draft_path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft if draft is not None else WizardDraft(language=language)
        self.draft_path = Path(draft_path) if draft_path else None
        self.finished_project: Project | None = None
        self.resuming = False
        self.setWindowTitle(self.tr("Guided set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(self.SAVE_BUTTON, self.tr("Save and continue later"))
        self.button(self.SAVE_BUTTON).setToolTip(
            self.tr("Keep what you have typed in a file and finish the set-up another time.")
        )
        self.button(self.SAVE_BUTTON).clicked.connect(lambda _checked=False: self.save_and_close())
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Make my journey map"))
        self.pages: list[DraftPage] = [
            BrandPage(),
            PersonaPage(),
            StagesPage(),
            TouchpointsPage(),
            ExperiencePage(),
            ActionsPage(),
            MeasurementPage(),
        ]
        for page in self.pages:
            self.addPage(page)
        self.resize(940, 680)

    @classmethod
    def from_draft(cls, path: str | Path, parent: QWidget | None = None) -> GuidedSetupWizard:
        """Resume a saved set-up at the page where it was left; raises UserError."""
        draft = WizardDraft.load(path)
        wizard = cls(parent, draft.language, draft=draft, draft_path=path)
        wizard.restart()
        wizard.go_to_page(min(max(draft.page, 0), len(wizard.pages) - 1))
        return wizard

    def go_to_page(self, page_id: int) -> None:
        """Jump forward to a page through the pages in between, so each is filled from the draft
        (Back must find them filled), without asking again about what was already accepted."""
        self.resuming = True
        try:
            while self.currentId() < page_id:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.resuming = False

    def current_draft(self) -> WizardDraft:
        """The draft with what is on the current page included."""
        page = self.currentPage()
        if isinstance(page, DraftPage):
            page.store(self.draft)
        self.draft.page = max(self.currentId(), 0)
        return self.draft

    def project(self) -> Project:
        return build_project(self.current_draft(), _translate)

    def accept(self) -> None:
        self.finished_project = self.project()
        super().accept()

    # Save and continue later

    def save_and_close(self) -> bool:
        path = self.ask_draft_path()
        if path is None:
            return False
        try:
            self.current_draft().save(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.render(QCoreApplication.translate))
            return False
        self.draft_path = path
        self.reject()
        return True

    def ask_draft_path(self) -> Path | None:
        suggestion = self.draft_path or Path.home() / (
            (self.draft.brand_name or self.tr("journey")) + DRAFT_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the set-up to continue later"),
            str(suggestion),
            self.tr("Unfinished set-up (*{suffix})").format(suffix=DRAFT_SUFFIX),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(DRAFT_SUFFIX)


def run_wizard(parent: QWidget | None = None, language: str = "nl") -> Project | None:
    """Show the guided set-up modally; the finished project, or None when cancelled or saved."""
    wizard = GuidedSetupWizard(parent, language)
    wizard.exec()
    return wizard.finished_project


def resume_wizard(path: str | Path, parent: QWidget | None = None) -> Project | None:
    """Resume a saved set-up modally; tells the user when the file cannot be read."""
    try:
        wizard = GuidedSetupWizard.from_draft(path, parent)
    except UserError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("GuidedSetup", "Cannot continue the set-up"),
            exc.render(QCoreApplication.translate),
        )
        return None
    wizard.exec()
    return wizard.finished_project
