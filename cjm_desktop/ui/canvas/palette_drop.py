"""PaletteDrop: dropping an entry of the touchpoint library palette onto a cell creates a card.

The palette drags mime TOUCHPOINT_MIME with JSON {"id": entry_id}; the entry is looked up in
cjm_desktop.catalog and becomes a touchpoint card at the drop position.
"""

from __future__ import annotations

import json

from . import edits_factory as make
from .cell_drop import CellDrop
from .touchpoint_lookup import card_fields_for_entry

TOUCHPOINT_MIME = "application/x-cjm-touchpoint"


def entry_id_from_mime(mime) -> str | None:
    if mime is None or not mime.hasFormat(TOUCHPOINT_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(TOUCHPOINT_MIME)).decode("utf-8"))
    except ValueError:
        return None
    entry_id = payload.get("id") if isinstance(payload, dict) else None
    return entry_id if isinstance(entry_id, str) else None


class PaletteDrop(CellDrop):
    """Drag-enter, move and drop of palette entries on one JourneyCanvas."""

    def carries(self, mime) -> bool:
        return entry_id_from_mime(mime) is not None

    def drop(self, event) -> bool:
        entry_id = entry_id_from_mime(event.mimeData())
        if entry_id is None:
            return False
        self.scene.show_drop_indicator(None)
        target = self._target(event)
        journey = self.scene.journey
        fields = card_fields_for_entry(entry_id, self.view.document.project)
        if target is None or journey is None or fields is None:
            event.ignore()
            return True
        edit = make.add_card(journey, target.lane_id, target.step_id, target.index, **fields)
        self.view.document.push(edit)
        self.scene.select_only([edit.card.id])
        event.acceptProposedAction()
        return True
