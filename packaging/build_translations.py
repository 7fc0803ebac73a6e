#!/usr/bin/env python3
"""Compile the translation sources (.ts) into the .qm files the application loads.

Run by `tasks.py` at set-up and by the packaging build; the .qm files are generated, not committed.
"""

from __future__ import annotations

import subprocess
import sys

from translation_tools import TRANSLATIONS, qt_tool


def main() -> int:
    lrelease = qt_tool("lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
