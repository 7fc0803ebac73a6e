"""Which font draws each character: Noto Sans, the bundled Arabic and Hebrew faces, the symbol
font, then an installed system font that has the character (CJK, Thai, Devanagari, emoji ...).

Both the layout (to measure text) and the PDF (to draw it) walk this one chain, so a line is
measured with the faces it is drawn in. System fonts are found with fontconfig (`fc-list`), one
query per character no face found so far has; only TrueType-outline fonts whose licence allows
embedding qualify, because reportlab can embed no other kind (not CFF, which is how Noto CJK
ships, and not colour-bitmap emoji fonts). Without fontconfig (Windows, macOS) only the bundled
faces are used.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resource_paths import resource
from .font_metrics import FontMetrics, read_metrics

# Characters that belong to the character before them: combining marks, joiners, variation
# selectors and emoji skin tones are drawn in that character's font.
_JOINING = frozenset((0x200C, 0x200D, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400)))


@dataclass(eq=False)
class Face:
    """One font file of the chain; `key` is the name the PDF registers it under."""

    key: str
    path: Path
    metrics: FontMetrics
    primary: bool = False
    bundled: bool = False

    def covers(self, code: int) -> bool:
        return code in self.metrics.widths


def _bundled(name: str) -> Path:
    return resource("fonts", name)


@cache
def _bundled_faces(bold: bool) -> tuple[Face, ...]:
    weight = "Bold" if bold else "Regular"
    names = (
        (f"NotoSans-{weight}", "NotoSans-Bold" if bold else "NotoSans"),
        (f"NotoSansArabic-{weight}", f"NotoSansArabic-{weight}"),
        (f"NotoSansHebrew-{weight}", f"NotoSansHebrew-{weight}"),
        ("CjmSymbols-Regular", "CjmSymbols"),
    )
    faces = []
    for index, (stem, key) in enumerate(names):
        path = _bundled(stem + ".ttf")
        faces.append(Face(key, path, read_metrics(path), primary=index == 0, bundled=True))
    return tuple(faces)


def primary_face(bold: bool = False) -> Face:
    return _bundled_faces(bold)[0]


def symbol_face() -> Face:
    """The face that draws the box shown for a character no font has."""
    return _bundled_faces(False)[-1]


_system_faces: dict[Path, Face | None] = {}
_system_choice: dict[int, Face | None] = {}


def _is_truetype(path: Path) -> bool:
    """A single TrueType-outline font (a 'glyf' table), the only kind reportlab embeds."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False
            count = int.from_bytes(head[4:6], "big")
            directory = handle.read(16 * count)
    except OSError:
        return False
    return any(directory[16 * i : 16 * i + 4] == b"glyf" for i in range(count))


def _preference(path: Path) -> tuple:
    """Noto's plain sans faces first, then other plain faces; bold, serif, UI cuts last."""
    name = path.name
    odd = sum(word in name for word in ("Bold", "Italic", "Serif", "Looped", "UI", "Mono"))
    return (odd, "Noto" not in name, "Emoji" not in name and "Symbola" not in name, len(name))


def _fc_list(code: int) -> list[Path]:
    if shutil.which("fc-list") is None:
        return []
    try:
        done = subprocess.run(
            ["fc-list", "--format", "%{file}\n", f":charset={code:x}:fontformat=TrueType"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({Path(line) for line in done.stdout.splitlines() if line}, key=_preference)


def _load(path: Path) -> Face | None:
    if path not in _system_faces:
        face = None
        if _is_truetype(path):
            try:
                metrics = read_metrics(path)
            except (OSError, ValueError, KeyError, IndexError, struct.error):
                metrics = None  # a damaged font file: as if it were not installed
            if metrics is not None and metrics.embeddable:
                face = Face("Cjm-" + path.stem, path, metrics)
        _system_faces[path] = face
    return _system_faces[path]


def _system_face(code: int) -> Face | None:
    for face in _system_faces.values():
        if face is not None and face.covers(code):
            return face
    if code not in _system_choice:
        _system_choice[code] = next(
            (f for f in map(_load, _fc_list(code)) if f is not None and f.covers(code)), None
        )
    return _system_choice[code]


def face_for(code: int, bold: bool = False) -> Face | None:
    """The first face of the chain that has `code`; None when no installed font has it."""
    if code < 0x20:  # line breaks and tabs: the primary face's, they draw nothing
        return primary_face(bold)
    for face in _bundled_faces(bold):
        if face.covers(code):
            return face
    return _system_face(code)


def joins_previous(char: str) -> bool:
    return ord(char) in _JOINING or unicodedata.category(char)[0] == "M"


def _neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZP" or char in "\t"


def items(text: str, bold: bool = False) -> list[tuple[str, Face | None]]:
    """`text` cut into runs of one face each (None: characters no installed font has).

    Marks and joiners stay with the character before them, and spaces and punctuation with the
    run around them when its face has them, so a phrase in one script stays one run to shape.
    """
    out: list[tuple[str, Face | None]] = []
    piece, current = "", None
    for char in text:
        code = ord(char)
        if piece and (
            joins_previous(char)
            or (_neutral(char) and current is not None and current.covers(code))
        ):
            piece += char
            continue
        face = face_for(code, bold)
        if piece and face is not current:
            out.append((piece, current))
            piece = ""
        current = face
        piece += char
    if piece:
        out.append((piece, current))
    return out


def is_simple(text: str, bold: bool = False) -> bool:
    """True when the primary face alone draws `text`: no fallback, no shaping, no bidi."""
    if text.isascii():
        return True
    widths = primary_face(bold).metrics.widths
    return all(map(widths.__contains__, map(ord, text)))
