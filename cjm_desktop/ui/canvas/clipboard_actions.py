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
        scene = self.scene
        if scene.journey is None:
            return
        cards = cards_from_mime(QGuiApplication.clipboard().mimeData())
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
