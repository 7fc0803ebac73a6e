"""Hostile CJML: entity expansion (billion laughs), external entities, a DTD, broken XML, other
XML, huge files and markup. Each is refused with a clear message and the project stays as it was;
markup inside text stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.cli import EXIT_FAILED, main
from cjm_desktop.exporters.cjml import export_cjml
from cjm_desktop.exporters.cjml_import import import_cjml
from cjm_desktop.model import Project
from cjm_desktop.storage import backup_path, save
from cjm_desktop.user_message import UserError

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CJML version="2.0"><actualJourney><journeyTitle>&lol9;</journeyTitle></actualJourney></CJML>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE CJML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CJML version="2.0"><actualJourney><journeyTitle>&secret;</journeyTitle></actualJourney></CJML>
"""


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.cjm"
    save(Project(language="en"), path)
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BILLION_LAUGHS, "declares a DTD or entities"),
        (EXTERNAL, "declares a DTD or entities"),
        (b'<!DOCTYPE CJML SYSTEM "http://x/cjml.dtd"><CJML/>', "declares a DTD or entities"),
        (b"<CJML version='2.0'><actualJourney>", "is not well-formed XML (line 1, column 35)"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "is XML but not CJML (its root is <svg>)"),
        (b"<CJML version='2.0'/>", "holds no planned or actual journey"),
        (b"\x00\x01binary", "is not well-formed XML"),
    ],
)
def test_refused_with_a_message_and_nothing_changes(capsys, tmp_path, project_file, data, message):
    source = tmp_path / "bad.xml"
    source.write_bytes(data)
    before = project_file.read_bytes()
    assert main(["import", str(source), "--into", str(project_file)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert project_file.read_bytes() == before
    assert not backup_path(project_file).exists()


def test_a_huge_file_is_not_read(tmp_path):
    huge = tmp_path / "big.xml"
    with huge.open("wb") as stream:
        stream.truncate(60_000_000)
    from cjm_desktop.exporters.map_import import import_map_file

    with pytest.raises(UserError, match="CJML files of more than 5 MB are not read"):
        import_map_file(huge, "en")


def test_markup_and_control_characters_in_text_stay_text():
    data = b"""<CJML version="2.0"><plannedJourney><journeyTitle>&lt;b&gt;x&lt;/b&gt;</journeyTitle>
    <touchpoints><plannedAction><initiator>
    <initiatorLabel>=1+1 &amp; &lt;script&gt;</initiatorLabel></initiator></plannedAction>
    </touchpoints></plannedJourney></CJML>"""
    imported = import_cjml(data, "en")
    assert imported.journey.title == "<b>x</b>"
    assert imported.journey.cards[0].title == "=1+1 & <script>"
    project = imported.new_project("en")
    project.journeys[0].scenario = "bell\x07 and nul\x00"
    assert b"\x07" not in export_cjml(project) and b"\x00" not in export_cjml(project)
