"""The chain of fonts text falls back through: bundled faces first, then installed fonts that
reportlab can embed; marks and spaces stay in the run of the character they belong to."""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont
from helpers.script_fonts import require_script_fonts

from cjm_desktop.layout import font_fallback
from cjm_desktop.layout.font_fallback import face_for, items, primary_face
from cjm_desktop.layout.font_metrics import read_metrics
from cjm_desktop.resource_paths import resource


def test_bundled_faces_come_first():
    assert face_for(ord("é")) is primary_face()
    assert face_for(ord("م")).key == "NotoSansArabic-Regular"
    assert face_for(ord("ש"), bold=True).key == "NotoSansHebrew-Bold"
    assert face_for(ord("★")).key == "CjmSymbols"
    assert face_for(0x10FFFD) is None


def test_a_phrase_stays_one_run_with_its_spaces_and_marks():
    runs = items("Reviews مَرحبا بالعالم!")
    assert [(text, face.key) for text, face in runs] == [
        ("Reviews ", "NotoSans"),
        ("مَرحبا بالعالم!", "NotoSansArabic-Regular"),
    ]


def _with_fs_type(tmp_path: Path, fs_type: int) -> Path:
    font = TTFont(resource("fonts", "NotoSansHebrew-Regular.ttf"))
    font["OS/2"].fsType = fs_type
    path = tmp_path / f"Restricted{fs_type}.ttf"
    font.save(path)
    return path


def test_fonts_whose_licence_forbids_embedding_are_passed_over(tmp_path, monkeypatch):
    restricted = _with_fs_type(tmp_path, 0x0002)
    assert not read_metrics(restricted).embeddable
    assert read_metrics(_with_fs_type(tmp_path, 0x0008)).embeddable  # editable: fine
    monkeypatch.setattr(font_fallback, "_system_faces", {})
    monkeypatch.setattr(font_fallback, "_system_choice", {})
    monkeypatch.setattr(font_fallback, "_candidates", lambda code: [(restricted, 0)])
    assert font_fallback._system_face(ord("ש")) is None


def test_a_damaged_font_file_counts_as_not_installed(tmp_path, monkeypatch):
    broken = tmp_path / "Broken.ttf"
    data = bytearray(resource("fonts", "NotoSansHebrew-Regular.ttf").read_bytes())
    broken.write_bytes(bytes(data[:2000]))
    monkeypatch.setattr(font_fallback, "_system_faces", {})
    monkeypatch.setattr(font_fallback, "_system_choice", {})
    monkeypatch.setattr(font_fallback, "_candidates", lambda code: [(broken, 0)])
    assert font_fallback._system_face(ord("ש")) is None


def _collection(tmp_path: Path) -> Path:
    """A .ttc of the bundled Hebrew face and the installed Thai one."""
    from fontTools.ttLib import TTCollection

    require_script_fonts()
    thai = face_for(ord("ก")).path
    collection = TTCollection()
    collection.fonts = [TTFont(resource("fonts", "NotoSansHebrew-Regular.ttf")), TTFont(thai)]
    path = tmp_path / "fonts" / "Pair.ttc"
    path.parent.mkdir()
    collection.save(path)
    return path


def test_without_fontconfig_the_font_folders_are_searched_collections_too(tmp_path, monkeypatch):
    path = _collection(tmp_path)
    monkeypatch.setattr(font_fallback, "_system_faces", {})
    monkeypatch.setattr(font_fallback, "_system_choice", {})
    monkeypatch.setattr(font_fallback.shutil, "which", lambda name: None)
    monkeypatch.setattr(font_fallback, "_font_folders", lambda: [tmp_path / "fonts"])
    font_fallback._scanned_fonts.cache_clear()
    try:
        face = face_for(ord("ก"))
        assert (face.path, face.index, face.key) == (path, 1, "Cjm-Pair-1")
        assert face_for(ord("中")) is None  # not in the folder
    finally:
        font_fallback._scanned_fonts.cache_clear()
