"""AboutDialog: the version, and the licences of what the application bundles: the Noto Sans
fonts (SIL Open Font License) and the libraries it is built on."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ... import __version__
from ...resource_paths import resource

FONTS = resource("fonts")

# (name shown, distribution for the version, licence, home page)
LIBRARIES = (
    ("Qt", None, "LGPL-3.0", "https://www.qt.io"),
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0", "https://pyside.org"),
    ("pydantic", "pydantic", "MIT", "https://docs.pydantic.dev"),
    ("ReportLab", "reportlab", "BSD", "https://www.reportlab.com"),
    ("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
)


def _version(distribution: str | None) -> str:
    if distribution is None:
        return qVersion()
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        # A frozen build may carry the package without its metadata.
        return pyside_version if distribution.startswith("PySide6") else ""


def font_names() -> list[str]:
    return sorted(p.stem for p in FONTS.glob("NotoSans*.ttf"))


def _symbol_font_html() -> str:
    """The PDF's fallback font for symbols: a DejaVu Sans subset under DejaVu's own licence."""
    licence = FONTS / "DejaVu-LICENSE.txt"
    if not licence.exists():
        return ""
    return (
        "<p>CjmSymbols-Regular (DejaVu Sans): Bitstream Vera / Arev</p>"
        f"<pre style='font-size:small'>{html.escape(licence.read_text(encoding='utf-8'))}</pre>"
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def licences_html() -> str:
    """The libraries' and fonts' licences, as HTML."""
    rows = "".join(
        f"<tr><td><a href='{url}'>{html.escape(name)}</a></td><td>{_version(dist)}</td>"
        f"<td>{licence}</td></tr>"
        for name, dist, licence, url in LIBRARIES
    )
    fonts = ", ".join(font_names())
    ofl = FONTS / "OFL.txt"
    ofl_text = ofl.read_text(encoding="utf-8") if ofl.exists() else ""
    return (
        f"<h3>{html.escape(_tr('Libraries'))}</h3>"
        f"<table cellpadding='3'><tr><th align='left'>{html.escape(_tr('Name'))}</th>"
        f"<th align='left'>{html.escape(_tr('Version'))}</th>"
        f"<th align='left'>{html.escape(_tr('Licence'))}</th></tr>{rows}</table>"
        f"<h3>{html.escape(_tr('Fonts'))}</h3>"
        f"<p>{html.escape(fonts)}: SIL Open Font License 1.1</p>"
        f"<pre style='font-size:small'>{html.escape(ofl_text)}</pre>"
        f"{_symbol_font_html()}"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About CJM Desktop"))
        tagline = self.tr("An offline editor for customer journey maps.")
        title = QLabel(
            f"<h2>CJM Desktop {html.escape(__version__)}</h2><p>{html.escape(tagline)}</p>", self
        )
        title.setObjectName("aboutTitle")
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(True)
        self.details.setHtml(licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(self.details, 1)
        column.addWidget(buttons)
        self.resize(560, 560)
