"""The base of every wizard page: fills its widgets from the draft and writes them back.

Writing back happens on Next, on Back and before "Save and continue later", so nothing typed is
lost whichever way the user leaves a page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWizardPage

from .draft import DraftStage, WizardDraft


class DraftPage(QWizardPage):
    """A page that edits part of the wizard's `WizardDraft`."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(intro)

    def draft(self) -> WizardDraft:
        return self.wizard().draft

    # Subclasses fill these two in.
    def load(self, draft: WizardDraft) -> None: ...

    def store(self, draft: WizardDraft) -> None: ...

    def snapshot(self, draft: WizardDraft) -> None:
        """Like store, for the automatic draft: must not change what the page shows."""
        self.store(draft)

    def initializePage(self) -> None:
        self.load(self.draft())

    def cleanupPage(self) -> None:
        # Back: keep what was typed (QWizard's default would forget it).
        self.store(self.draft())

    def validatePage(self) -> bool:
        self.store(self.draft())
        return True


def hint_label(text: str) -> QLabel:
    """Small grey text under a field or above a list: help that does not shout."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text); font-size: small;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class PerStagePage(DraftPage):
    """A page that edits one stage at a time, chosen in a list of stages on the left."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__(title, intro)
        self.stage_list = QListWidget()
        self.stage_list.setMaximumWidth(150)
        self._stages: list[DraftStage] = []
        self._current: DraftStage | None = None
        self.stage_list.currentRowChanged.connect(self._stage_chosen)
        self.no_stages_hint = hint_label(
            self.tr("There are no stages yet. Go back to step 3 to choose them, or skip this step.")
        )
        self.no_stages_hint.hide()

    def load(self, draft: WizardDraft) -> None:
        self._current = None
        self._stages = draft.stages
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        self.stage_list.addItems([s.name or self.tr("(unnamed stage)") for s in draft.stages])
        self.stage_list.blockSignals(False)
        self.set_editor_enabled(bool(draft.stages))
        self.no_stages_hint.setVisible(not draft.stages)
        if draft.stages:
            self.stage_list.setCurrentRow(0)

    def store(self, draft: WizardDraft) -> None:
        if self._current is not None:
            self.store_stage(self._current)

    def _stage_chosen(self, row: int) -> None:
        if self._current is not None:
            self.store_stage(self._current)
        self._current = self._stages[row] if 0 <= row < len(self._stages) else None
        if self._current is not None:
            self.load_stage(self._current)

    def current_stage(self) -> DraftStage | None:
        return self._current

    def set_editor_enabled(self, enabled: bool) -> None: ...

    def load_stage(self, stage: DraftStage) -> None: ...

    def store_stage(self, stage: DraftStage) -> None: ...
