"""Converting a workbook we wrote with LibreOffice, as a user opening it would see it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import require_program


def convert(workbook: Path, target: str) -> None:
    """Convert `workbook` to `target` ("pdf", a CSV filter, ...) next to it, with a private
    LibreOffice profile so parallel or earlier runs do not interfere."""
    soffice = require_program("soffice")
    folder = workbook.parent
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
