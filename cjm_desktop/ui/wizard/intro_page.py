"""The set-up's opening page: what the user will have at the end and how long it takes, with the
way to the guide, before the first question."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout

from .draft_page import DraftPage, hint_label


class IntroPage(DraftPage):
    """No fields: a few lines of orientation and a link that opens the guide (as F1 does)."""

    guide_requested = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Your customer journey in seven short steps"),
            self.tr("About 30 minutes. You can stop at any time and continue later."),
        )
        outcome = QLabel(
            "<p>{intro}</p><ul><li>{map}</li><li>{persona}</li><li>{plan}</li></ul>".format(
                intro=self.tr("At the end you will have:"),
                map=self.tr(
                    "<b>a journey map</b>: the stages your customer goes through, where they meet "
                    "you, and how each step feels to them;"
                ),
                persona=self.tr("<b>a persona</b>: the customer you made the map for;"),
                plan=self.tr(
                    "<b>an action plan</b> of improvements, which you can print as a PDF or "
                    "open in Excel."
                ),
            )
        )
        outcome.setWordWrap(True)
        how = QLabel(
            self.tr(
                "You answer simple questions about your business and your customers; there are "
                "examples under every question. Nothing is final: you can change everything "
                "on the map afterwards."
            )
        )
        how.setWordWrap(True)
        self.guide_link = QLabel(
            '<a href="guide">{}</a>'.format(self.tr("Read the guide to journey mapping (F1)"))
        )
        self.guide_link.linkActivated.connect(lambda _link: self.guide_requested.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(outcome)
        layout.addWidget(how)
        layout.addSpacing(12)
        layout.addWidget(self.guide_link)
        layout.addWidget(
            hint_label(self.tr("What you type is kept as you go, even if the computer stops."))
        )
        layout.addStretch(1)
