"""Which font draws each character: Noto Sans, the bundled Arabic and Hebrew faces, the symbol
font, then an installed system font that has the character (CJK, Thai, Devanagari, emoji ...).

Both the layout (to measure text) and the PDF (to draw it) walk this one chain, so a line is
measured with the faces it is drawn in. System fonts are found with fontconfig (`fc-list`), one
query per character no face found so far has; without fontconfig (Windows, macOS) the system's
and the user's font folders are searched, a file opened only when the fonts opened before lack
a character. Only TrueType-outline fonts (single or in a .ttc collection) whose licence allows
embedding qualify, because reportlab can embed no other kind (not CFF, which is how Noto CJK
ships, and not colour-bitmap emoji fonts).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resource_paths import resource
from .font_metrics import FontMetrics, collection_size, font_offset, read_metrics

# Characters that belong to the character before them: combining marks, joiners, variation
# selectors and emoji skin tones are drawn in that character's font.
_JOINING = frozenset((0x200C, 0x200D, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400)))


@dataclass(eq=False)
class Face:
    """One font of the chain; `key` is the name the PDF registers it under."""

    key: str
    path: Path
    metrics: FontMetrics
    primary: bool = False
    bundled: bool = False
    index: int = 0  # which font of a collection (.ttc)

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


# A font in a file: the file and, in a collection (.ttc), which of its fonts.
FontRef = tuple[Path, int]

_system_faces: dict[FontRef, Face | None] = {}
_system_choice: dict[int, Face | None] = {}


def _is_truetype(data: bytes, index: int) -> bool:
    """A TrueType-outline font (a 'glyf' table), the only kind reportlab embeds."""
    try:
        base = font_offset(data, index)
        if data[base : base + 4] not in (b"\x00\x01\x00\x00", b"true"):
            return False
        count = int.from_bytes(data[base + 4 : base + 6], "big")
        entries = range(base + 12, base + 12 + 16 * count, 16)
        return any(data[at : at + 4] == b"glyf" for at in entries)
    except (ValueError, struct.error):
        return False


def _preference(ref: FontRef) -> tuple:
    """Noto's plain sans faces first, then other plain faces; bold, serif, UI cuts last."""
    name = ref[0].name
    odd = sum(word in name for word in ("Bold", "Italic", "Serif", "Looped", "UI", "Mono"))
    return (odd, "Noto" not in name, "Emoji" not in name and "Symbola" not in name, len(name), ref)


def _fc_list(code: int) -> list[FontRef]:
    """The installed TrueType fonts fontconfig says have `code`."""
    try:
        done = subprocess.run(
            [
                "fc-list",
                "--format",
                "%{file}|%{index}\n",
                f":charset={code:x}:fontformat=TrueType",
            ],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    refs = set()
    for line in done.stdout.splitlines():
        file, _, index = line.rpartition("|")
        if file:
            refs.add((Path(file), int(index) if index.isdigit() else 0))
    return sorted(refs, key=_preference)


def _font_folders() -> list[Path]:
    """Where the system and the user keep fonts, on a machine without fontconfig."""
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts"]


@cache
def _scanned_fonts() -> tuple[FontRef, ...]:
    """Every font file in the font folders, best first: the candidates without fontconfig.
    Each is opened only when no font opened before has a character."""
    files = set()
    for folder in _font_folders():
        try:
            found = [p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc")]
        except OSError:
            continue
        files.update(found)
    refs = []
    for path in files:
        count = 1
        if path.suffix.lower() == ".ttc":
            try:
                with path.open("rb") as handle:
                    count = collection_size(handle.read(12))
            except (OSError, struct.error):
                continue
        refs += [(path, index) for index in range(count)]
    return tuple(sorted(refs, key=_preference))


def _candidates(code: int) -> Iterable[FontRef]:
    if shutil.which("fc-list") is not None:
        return _fc_list(code)
    return _scanned_fonts()


def _load(ref: FontRef) -> Face | None:
    if ref not in _system_faces:
        path, index = ref
        face = None
        try:
            data = path.read_bytes()
            if _is_truetype(data, index):
                metrics = read_metrics(path, index)
                if metrics.embeddable:
                    key = "Cjm-" + path.stem + (f"-{index}" if index else "")
                    face = Face(key, path, metrics, index=index)
        except (OSError, ValueError, KeyError, IndexError, struct.error):
            face = None  # a damaged font file: as if it were not installed
        _system_faces[ref] = face
    return _system_faces[ref]


def _system_face(code: int) -> Face | None:
    for face in _system_faces.values():
        if face is not None and face.covers(code):
            return face
    if code not in _system_choice:
        _system_choice[code] = next(
            (f for f in map(_load, _candidates(code)) if f is not None and f.covers(code)), None
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
