"""The guided set-up window: an opening page and the steps of DOMAIN.md as QWizard pages, with
"Save and continue later", resume from a saved draft, an automatic draft written as the user
goes, a question before anything typed is thrown away, and a Project at the finish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from ...model import Project
from ...user_message import UserError
from .actions_page import ActionsPage
from .auto_draft import discard_auto_draft, new_auto_draft_path, write_auto_draft
from .brand_page import BrandPage
from .build import build_project
from .draft import DRAFT_SUFFIX, WizardDraft
from .draft_page import DraftPage
from .experience_page import ExperiencePage
from .intro_page import IntroPage
from .measurement_page import MeasurementPage
from .persona_page import PersonaPage
from .stages_page import StagesPage
from .touchpoints_page import TouchpointsPage


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# How often what is typed on the current page is written to the automatic draft; every page
# change writes it too. Short enough that a crash loses a sentence, not a page.
AUTO_DRAFT_SECONDS = 20


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
        auto_draft_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft if draft is not None else WizardDraft(language=language)
        self.draft_path = Path(draft_path) if draft_path else None
        # Where the automatic draft goes; a set-up continued from one keeps writing it there.
        self.auto_draft_path = auto_draft_path or new_auto_draft_path()
        self.auto_draft_error: UserError | None = None
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
        self.intro = IntroPage()
        self.intro.guide_requested.connect(self.show_guide)
        self.pages: list[DraftPage] = [
            self.intro,
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
        self.guide_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self.guide_shortcut.activated.connect(self.show_guide)
        self.auto_draft_timer = QTimer(self)
        self.auto_draft_timer.setInterval(AUTO_DRAFT_SECONDS * 1000)
        self.auto_draft_timer.timeout.connect(self.write_auto_draft)
        self.auto_draft_timer.start()
        self.currentIdChanged.connect(lambda _id: self.write_auto_draft())

    def show_guide(self) -> None:
        from ..help.guide import GuideDialog

        # Beside the set-up, not over it: the user reads and answers at the same time.
        guide = GuideDialog(self)
        guide.setObjectName("setupGuide")
        guide.show()

    @classmethod
    def from_draft(
        cls, path: str | Path, parent: QWidget | None = None, automatic: bool = False
    ) -> GuidedSetupWizard:
        """Resume a saved set-up at the page where it was left; raises UserError. `automatic`:
        `path` is an automatic draft, written on as the user goes (not the user's own file)."""
        draft = WizardDraft.load(path)
        if automatic:
            wizard = cls(parent, draft.language, draft=draft, auto_draft_path=Path(path))
        else:
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

    def current_draft(self, quiet: bool = False) -> WizardDraft:
        """The draft with what is on the current page included. `quiet`: for the automatic
        draft, so nothing on the page changes under the user's hands."""
        page = self.currentPage()
        if isinstance(page, DraftPage):
            if quiet:
                page.snapshot(self.draft)
            else:
                page.store(self.draft)
        self.draft.page = max(self.currentId(), 0)
        return self.draft

    def project(self) -> Project:
        return build_project(self.current_draft(), _translate)

    def accept(self) -> None:
        self.finished_project = self.project()
        self._stop_auto_draft(discard=True)
        super().accept()

    # The automatic draft

    def write_auto_draft(self) -> None:
        """Keep what is typed so far in the recovery folder; nothing typed, nothing kept."""
        if self.auto_draft_path is None or not self.isVisible():
            return
        draft = self.current_draft(quiet=True)
        if not draft.has_answers():
            discard_auto_draft(self.auto_draft_path)
            return
        try:
            write_auto_draft(draft, self.auto_draft_path)
        except UserError as exc:
            if self.auto_draft_error is None:  # said once, not every 20 seconds
                QMessageBox.warning(
                    self,
                    self.tr("Your answers cannot be kept automatically"),
                    exc.render(QCoreApplication.translate),
                )
            self.auto_draft_error = exc

    def _stop_auto_draft(self, discard: bool) -> None:
        self.auto_draft_timer.stop()
        if discard:
            discard_auto_draft(self.auto_draft_path)
        self.auto_draft_path = None

    # Leaving without finishing: Esc, Cancel, the window's close button

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here (QDialog.closeEvent calls
        # reject and keeps the window open when it stays visible).
        if self.may_close():
            super().reject()

    def may_close(self) -> bool:
        """Ask before throwing away anything typed: save it to continue later, discard it, or
        keep working (the default, and what Esc on the question does)."""
        if self.auto_draft_path is None:  # already finished, saved or discarded
            return True
        if not self.current_draft().has_answers():
            self._stop_auto_draft(discard=True)
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the guided set-up?"))
        box.setText(self.tr("Do you want to keep what you have typed?"))
        box.setInformativeText(self.tr("If you discard it, your answers in this set-up are lost."))
        save = box.addButton(self.tr("Save and continue later"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            self._stop_auto_draft(discard=True)
            return True
        if clicked is save:
            return self.save_draft()
        return False

    # Save and continue later

    def save_and_close(self) -> bool:
        if not self.save_draft():
            return False
        super().reject()
        return True

    def save_draft(self) -> bool:
        """Save to a file the user chooses; the automatic draft is no longer needed then."""
        path = self.ask_draft_path()
        if path is None:
            return False
        try:
            self.current_draft().save(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.render(QCoreApplication.translate))
            return False
        self.draft_path = path
        self._stop_auto_draft(discard=True)
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


def resume_wizard(
    path: str | Path, parent: QWidget | None = None, automatic: bool = False
) -> Project | None:
    """Resume a saved set-up modally; tells the user when the file cannot be read."""
    try:
        wizard = GuidedSetupWizard.from_draft(path, parent, automatic)
    except UserError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("GuidedSetup", "Cannot continue the set-up"),
            exc.render(QCoreApplication.translate),
        )
        return None
    wizard.exec()
    return wizard.finished_project
