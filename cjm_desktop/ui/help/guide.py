"""GuideDialog: the built-in guide to journey mapping (resources/help/guide_<language>.html),
in the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...resource_paths import resource

HELP = resource("help")


def guide_language() -> str:
    """The guide's language follows the installed translation: the Dutch translation answers
    "nl" here, so no other code needs to know which translator is installed."""
    code = QCoreApplication.translate(
        "Help", "en", "Language code of this translation; picks help/guide_<code>.html"
    )
    return code if (HELP / f"guide_{code}.html").exists() else "en"


def guide_html(language: str | None = None) -> str:
    return (HELP / f"guide_{language or guide_language()}.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Journey Mapping Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.browser)
        column.addWidget(buttons)
        self.resize(640, 720)
