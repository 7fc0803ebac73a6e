"""Build resources/fonts/NotoSans{Arabic,Hebrew}-{Regular,Bold}.ttf: the bundled faces for the
right-to-left scripts Noto Sans lacks, so Arabic and Hebrew print on any machine.

    pip install fonttools   # a build-time tool only, not a dependency of the app
    python tools/make_script_fonts.py [/usr/share/fonts/truetype/noto]

The sources are Debian's fonts-noto-core (SIL Open Font License 1.1, resources/fonts/OFL.txt).
They are cut down to their scripts' blocks, keeping every OpenType layout feature (the shaper
needs the joining forms, ligatures and mark positions) and dropping hinting (the canvas draws
unhinted, reportlab ignores it). The OFL lets a subset keep the name "Noto".
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
SOURCE = "/usr/share/fonts/truetype/noto"
COMMON = "U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+200C-200F,U+2010-2027,U+25CC"
SCRIPTS = {
    "NotoSansArabic": "U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF",
    "NotoSansHebrew": "U+0590-05FF,U+FB1D-FB4F",
}


def build(source: Path, name: str, weight: str) -> Path:
    font = TTFont(source / f"{name}-{weight}.ttf")
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(f"{COMMON},{SCRIPTS[name]}"))
    subsetter.subset(font)
    out = FONTS / f"{name}-{weight}.ttf"
    font.save(out)
    return out


def main(source: str = SOURCE) -> list[Path]:
    return [build(Path(source), name, weight) for name in SCRIPTS for weight in ("Regular", "Bold")]


if __name__ == "__main__":
    for path in main(*sys.argv[1:]):
        print(path, path.stat().st_size)
