"""Build resources/fonts/CjmSymbols-Regular.ttf: the PDF's fallback for symbols Noto Sans lacks.

    pip install fonttools   # a build-time tool only, not a dependency of the app
    python tools/make_symbol_font.py [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]

Noto Sans has no arrows, no maths operators beyond + - ×, no geometric shapes, no ★ ✓ ☎ and no
emoticons, and reportlab draws nothing for a missing glyph. The fallback is DejaVu Sans cut down
to exactly those code points of the symbol blocks (U+2000-27FF, U+2900-2BFF, U+1F300-1F6FF) that
Noto Sans lacks, without hinting or OpenType layout tables (reportlab uses neither): about 180 KB.
DejaVu's licence asks a modified font to be renamed away from "Bitstream", "Vera", "Arev" and
"Tavmjong Bah": it is called "Cjm Symbols" (licence: resources/fonts/DejaVu-LICENSE.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cjm_desktop.resource_paths import resource  # noqa: E402

FONTS = resource("fonts")
SOURCE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BLOCKS = ((0x2000, 0x27FF), (0x2900, 0x2BFF), (0x1F300, 0x1F6FF))
FAMILY = "Cjm Symbols"
POSTSCRIPT = "CjmSymbols-Regular"


def main(source: str = SOURCE) -> Path:
    noto = set(TTFont(FONTS / "NotoSans-Regular.ttf").getBestCmap())
    font = TTFont(source, recalcTimestamp=False)
    wanted = sorted(
        c for c in font.getBestCmap() if c not in noto and any(lo <= c <= hi for lo, hi in BLOCKS)
    )
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4):
            record.string = FAMILY if record.nameID == 1 else f"{FAMILY} Regular"
        elif record.nameID == 3:
            record.string = f"{POSTSCRIPT} (subset of DejaVu Sans)"
        elif record.nameID == 6:
            record.string = POSTSCRIPT
    out = FONTS / f"{POSTSCRIPT}.ttf"
    font.save(out)
    print(f"{out}: {len(wanted)} characters, {out.stat().st_size // 1024} KB")
    return out


if __name__ == "__main__":
    main(*sys.argv[1:2])
