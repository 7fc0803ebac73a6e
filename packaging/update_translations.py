#!/usr/bin/env python3
"""Collect every translatable string of the package into the .ts sources (run after UI changes):

    .venv/bin/python packaging/update_translations.py

Existing translations are kept; strings that disappeared are dropped. New strings are listed;
translate them in the .ts (Qt Linguist, or by hand: fill <translation> and remove
type="unfinished").
"""

from __future__ import annotations

import sys

from translation_tools import LANGUAGES, TRANSLATIONS, update_ts


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"cjm_desktop_{lang}.ts"
        missing = update_ts(ts, lang)
        print(f"{ts.name}: {len(missing)} message(s) without a translation")
        for context, text in missing:
            print(f"  [{context}] {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
