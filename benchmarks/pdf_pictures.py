"""Peak memory of a PDF export with many large pictures (issue 11, item 8).

Fifty different 4000 x 4000 pictures, each within the model's limits (a plain colour compresses
to a few tens of KB), on one storyboard map; the peak resident memory of a fresh interpreter
exporting the report once. Before pictures were shrunk to print size and the decoded ones
capped, every picture stayed decoded at full size for the whole export.

    .venv/bin/python benchmarks/pdf_pictures.py [COUNT]

Measured on the development machine (2 shared cores, Python 3.11, reportlab 4.x, Pillow 11),
the same script before and after the change (the peak includes making the pictures):
    before:  2 pictures 310 MB,  50 pictures 5,447 MB
    after:   2 pictures 196 MB,  50 pictures   285 MB
"""

from __future__ import annotations

import sys

from run import peak_rss_mb

_EXPORT = """
import io, sys
sys.path.insert(0, "tests")
from PIL import Image
from helpers.pictures import storyboard
from cjm_desktop.exporters.pdf import render_pdf
def png(n):
    out = io.BytesIO()
    Image.new("RGB", (4000, 4000), (n * 5 % 256, 90, 200 - n)).save(out, "PNG")
    return out.getvalue()
render_pdf(storyboard(*[png(n) for n in range({count})]))
"""


def main(count: int = 50) -> None:
    for n in (2, count):
        print(f"{n:3d} pictures of 4000 x 4000: peak {peak_rss_mb(_EXPORT.format(count=n)):.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
