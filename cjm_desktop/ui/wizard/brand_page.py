"""Step 1: the brand and the product, what makes them special (USPs) and the promise."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from .draft import WizardDraft
from .draft_page import DraftPage, hint_label
from .list_editor import StringListEditor


class BrandPage(DraftPage):
    """Brand name, product or service, a short description, the USPs and the brand promise."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 1 of 7: Your business"),
            self.tr(
                "Every contact with a customer should fit what you stand for. Describe your "
                "business and what makes it special; you will check each step of the journey "
                "against it."
            ),
        )
        self.brand_name = QLineEdit()
        self.brand_name.setPlaceholderText(self.tr("e.g. Bakery Jansen"))
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("e.g. sourdough bread and pastries"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr("e.g. a family bakery in the city centre since 1952")
        )
        self.description.setMaximumHeight(70)
        self.usps = StringListEditor(self.tr("e.g. baked fresh every morning"))
        self.promise = QLineEdit()
        self.promise.setPlaceholderText(self.tr("e.g. always fresh, always friendly"))
        form = QFormLayout()
        page = QVBoxLayout(self)
        page.addLayout(form)
        page.addStretch(1)
        form.addRow(self.tr("Name of your business:"), self.brand_name)
        form.addRow(self.tr("What do you sell?"), self.product)
        form.addRow(self.tr("Short description:"), self.description)
        form.addRow(self.tr("What makes you unique?"), self.usps)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Your unique selling points (USPs): type one, press Enter or Add, "
                    "then the next."
                )
            ),
        )
        form.addRow(self.tr("Your promise to customers:"), self.promise)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "One sentence customers should be able to count on, in every contact with you."
                )
            ),
        )

    def load(self, draft: WizardDraft) -> None:
        self.brand_name.setText(draft.brand_name)
        self.product.setText(draft.product)
        self.description.setPlainText(draft.description)
        self.usps.set_values(draft.usps)
        self.promise.setText(draft.promise)

    def store(self, draft: WizardDraft) -> None:
        draft.brand_name = self.brand_name.text().strip()
        draft.product = self.product.text().strip()
        draft.description = self.description.toPlainText().strip()
        draft.usps = self.usps.values()
        self.usps.set_values(draft.usps)
        draft.promise = self.promise.text().strip()
