#!/usr/bin/env python3
"""Collect every translatable string of the package into the .ts sources (run after UI changes).

Existing translations are kept; strings that disappeared are marked obsolete and dropped.
"""

from __future__ import annotations

import subprocess
import sys

from translation_tools import LANGUAGES, ROOT, TRANSLATIONS, qt_tool


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cjm_desktop").rglob("*.py"))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"cjm_desktop_{lang}.ts"
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
