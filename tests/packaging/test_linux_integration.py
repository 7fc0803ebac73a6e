"""The Linux desktop integration: the launcher, AppStream metadata and MIME type agree with each
other and pass the freedesktop validators, and install-linux.sh registers them so the desktop
maps a .cjm file to our type and opens it with the editor (and removes them again)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, require_program

LINUX = ROOT / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _integration():
    spec = importlib.util.spec_from_file_location(
        "linux_integration", ROOT / "packaging" / "linux_integration.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


integration = _integration()
APP_ID = integration.APP_ID


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_launcher_metadata_and_mime_type_name_the_same_things():
    entry = desktop_entry(LINUX / f"{APP_ID}.desktop")
    mime = ET.parse(LINUX / "cjm-desktop-mime.xml").getroot()
    mime_type = mime.find(f"{MIME_NS}mime-type")
    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert mime_type.get("type") == integration.MIME_TYPE
    assert mime_type.find(f"{MIME_NS}glob").get("pattern") == "*.cjm"
    assert entry["MimeType"].rstrip(";") == integration.MIME_TYPE
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "cjm-desktop %F"  # %F: several files open in one go
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("provides/mediatype") == integration.MIME_TYPE
    assert {b.text for b in meta.findall("provides/binary")} == {"cjm-desktop", "cjm"}
    for source, _ in integration.share_files():
        assert source.is_file(), source


def test_the_desktop_file_passes_desktop_file_validate():
    tool = require_program("desktop-file-validate")
    done = subprocess.run(
        [tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    tool = require_program("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(params=["dist", "Mijn programma's"], ids=["plain path", "path with a space"])
def fake_build(tmp_path, request):
    """A built folder's shape: two programs, the staged share/ tree and the install script;
    unpacked in a plain folder and in one whose name needs quoting in a launcher."""
    dist = tmp_path / request.param / "cjm-desktop"
    dist.mkdir(parents=True)
    for name in ("cjm-desktop", "cjm"):
        program = dist / name
        program.write_text('#!/bin/sh\necho $0 "$@"\n')
        program.chmod(0o755)
    integration.stage(dist)
    return dist


def _install(dist: Path, prefix: Path, *args: str) -> str:
    env = dict(os.environ, PREFIX=str(prefix), HOME=str(prefix.parent))
    done = subprocess.run(
        ["sh", str(dist / "install-linux.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_install_registers_the_launcher_the_type_and_the_programs(fake_build, tmp_path):
    update_mime = require_program("update-mime-database")
    assert update_mime
    prefix = tmp_path / "home" / ".local"
    _install(fake_build, prefix)
    share = prefix / "share"
    entry = desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    # The launcher names the program by its full path (PREFIX/bin may not be on PATH).
    program = fake_build / "cjm-desktop"
    plain_path = all(c.isalnum() or c in "/._+-" for c in str(program))
    assert entry["Exec"] == (f"{program} %F" if plain_path else f'"{program}" %F')
    assert entry["TryExec"] == str(fake_build / "cjm-desktop")
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (prefix / "bin" / "cjm").resolve() == fake_build / "cjm"
    # The shared MIME database now maps *.cjm to our type (what a file manager looks up).
    globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{integration.MIME_TYPE}:*.cjm" in globs
    _install(fake_build, prefix, "--uninstall")
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (prefix / "bin" / "cjm-desktop").exists()
    assert "*.cjm" not in (share / "mime" / "globs2").read_text(encoding="utf-8")
