"""Touchpoint palette: filters and search go to the catalog, entries drag as the mime type the
canvas accepts; and the new-project dialog."""

import json
from dataclasses import dataclass

from main_window_support import sample_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop import catalog
from cjm_desktop.model import Channel, Language
from cjm_desktop.ui.dialogs.new_project_dialog import NewProjectDialog
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.touchpoint_palette import TOUCHPOINT_MIME, TouchpointPalette


@dataclass
class _Entry:
    id: str
    title: str
    description: str = ""


def _fake_catalog(monkeypatch) -> list[dict]:
    calls: list[dict] = []

    def touchpoints(**query):
        calls.append(query)
        entries = [_Entry("tp-website", "Website"), _Entry("tp-folder", "Folder")]
        return [e for e in entries if query["query"].lower() in e.title.lower()]

    monkeypatch.setattr(catalog, "touchpoints", touchpoints, raising=False)
    return calls


def test_search_and_channel_filter_reach_the_catalog(qtbot, monkeypatch):
    calls = _fake_catalog(monkeypatch)
    palette = TouchpointPalette(Document(sample_project()))
    qtbot.addWidget(palette)
    palette.show()
    assert palette.entry_ids() == ["tp-website", "tp-folder"]
    QTest.keyClicks(palette.search, "fold")
    assert palette.entry_ids() == ["tp-folder"]
    palette.channel.setCurrentIndex(palette.channel.findData(Channel.PRINT))
    assert calls[-1]["channel"] == Channel.PRINT and calls[-1]["language"] == "nl"


def test_an_entry_drags_as_touchpoint_json(qtbot, monkeypatch):
    _fake_catalog(monkeypatch)
    palette = TouchpointPalette(Document(sample_project()))
    qtbot.addWidget(palette)
    item = palette.list.item(0)
    assert palette.list.dragEnabled()
    mime = palette.list.mimeData([item])
    assert json.loads(bytes(mime.data(TOUCHPOINT_MIME)).decode()) == {"id": "tp-website"}


def test_new_project_dialog_makes_a_project_in_the_chosen_language(qtbot):
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.chosen_language() == Language.EN
    project = dialog.project()
    assert project.language == Language.EN
    assert len(project.journeys) == 1 and project.journeys[0].stages
