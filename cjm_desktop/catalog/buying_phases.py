"""The generic phases of buying (orient, consider, buy, use, loyal) that template stages map to
and touchpoints are tagged with, so the palette and the wizard can suggest touchpoints for a stage
whatever stage model the map uses."""

from __future__ import annotations

from .texts import CatalogId, CatalogRecord, Texts, pick


class Phase(CatalogRecord):
    id: CatalogId
    name: Texts
    description: Texts

    def name_in(self, language: object) -> str:
        return pick(self.name, language)

    def description_in(self, language: object) -> str:
        return pick(self.description, language)
