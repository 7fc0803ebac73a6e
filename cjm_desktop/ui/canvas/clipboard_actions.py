"""ClipboardActions: copy, cut and paste of cards through the system clipboard.

Cards travel as JSON under CARDS_MIME (and their titles as plain text for other programs), so they
can be pasted into another cell, another map, or another running editor.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from ...model import Card, new_id
from . import edits_factory as make

CARDS_MIME = "application/x-cjm-cards"


def cards_to_mime(cards: list[Card]) -> QMimeData:
    data = QMimeData()
    payload = [card.model_dump(mode="json") for card in cards]
    data.setData(CARDS_MIME, json.dumps({"cards": payload}).encode("utf-8"))
    data.setText("\n".join(card.title for card in cards))
    return data


def cards_from_mime(data: QMimeData | None) -> list[Card]:
    """Fresh copies (new IDs) of the cards on the clipboard; [] if there are none or they are
    not valid (the clipboard is outside input)."""
    if data is None or not data.hasFormat(CARDS_MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(CARDS_MIME)).decode("utf-8"))
        cards = [Card.model_validate(raw) for raw in payload["cards"]]
    except (ValueError, KeyError, TypeError):
        return []
    for card in cards:
        card.id = new_id("card-")
    return cards


def clear_cards_from_clipboard() -> None:
    """Take our cards off the clipboard. With PySide6 a QMimeData made in Python and still on
    the clipboard when the application ends crashes the interpreter on exit (seen with 6.11 on
    the offscreen platform), so the app clears it when it quits and tests after each test."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CARDS_MIME):
        clipboard.clear()


def _clear_cards_at_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("cjm_clears_cards"):
        app.setProperty("cjm_clears_cards", True)
        app.aboutToQuit.connect(clear_cards_from_clipboard)


class ClipboardActions:
    """Copy, cut and paste for one JourneyCanvas."""

    def __init__(self, view) -> None:
        self.view = view

    @property
    def scene(self):
        return self.view.journey_scene()

    def _selected_cards(self) -> list[Card]:
        journey = self.scene.journey
        if journey is None:
            return []
        return [journey.card(cid) for cid in self.scene.selected_card_ids_in_order()]

    def copy(self) -> bool:
        cards = self._selected_cards()
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        _clear_cards_at_quit()
        return True

    def cut(self) -> None:
        if self.copy():
            journey = self.scene.journey
            ids = self.scene.selected_card_ids_in_order()
            edit = make.remove_objects(
                journey, ids, QCoreApplication.translate("JourneyCanvas", "Cut")
            )
            if edit is not None:
                self.view.document.push(edit)

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and not data.hasFormat(CARDS_MIME):
            from ..map_import import paste_mermaid_journey

            # Mermaid journey text becomes a new map, wherever the paste was aimed.
            if paste_mermaid_journey(self.view.document, self.view):
                return
        scene = self.scene
        if scene.journey is None:
            return
        cards = cards_from_mime(data)
        cell = scene.paste_cell()
        if not cards or cell is None:
            return
        edit = make.paste_cards(
            scene.journey,
            cards,
            cell[0],
            cell[1],
            QCoreApplication.translate("JourneyCanvas", "Paste"),
        )
        if edit is not None:
            self.view.document.push(edit)
            scene.select_only([card.id for card in cards])
