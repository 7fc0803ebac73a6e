"""The touchpoint library: moments where customers meet a brand, each tagged with the phases it
belongs to, its channel and whether it is online or offline (DOMAIN.md, seeds 000-004)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import Field

from ..model import Channel, Mode
from .texts import CatalogId, CatalogRecord, Texts, fold, pick


class Touchpoint(CatalogRecord):
    id: CatalogId
    # `title`, as a card's: a dropped entry becomes a card with this title.
    title: Texts
    description: Texts
    phases: tuple[CatalogId, ...] = Field(min_length=1)
    channel: Channel
    mode: Mode

    def title_in(self, language: object) -> str:
        return pick(self.title, language)

    def description_in(self, language: object) -> str:
        return pick(self.description, language)

    def matches(self, words: list[str], language: object, phase_names: Mapping[str, str]) -> bool:
        """True if every folded word occurs in the title, the description or the name of one of
        its phases in `language` (so "orienteren" finds what belongs to Oriënteren)."""
        names = " ".join(phase_names.get(p, "") for p in self.phases)
        text = fold(f"{self.title_in(language)} {self.description_in(language)} {names}")
        return all(word in text for word in words)


def select(
    entries: Iterable[Touchpoint],
    phase: str | None,
    channel: Channel | str | None,
    mode: Mode | str | None,
    query: str,
    language: object,
    phase_names: Mapping[str, str],
) -> list[Touchpoint]:
    """The entries that pass every filter given (None or an empty query filters nothing);
    `phase_names` maps phase ids to their names in `language`, for the query."""
    wanted_channel = Channel(channel) if channel else None
    wanted_mode = Mode(mode) if mode else None
    words = fold(query or "").split()
    return [
        e
        for e in entries
        if (not phase or phase in e.phases)
        and (wanted_channel is None or e.channel == wanted_channel)
        and (wanted_mode is None or e.mode == wanted_mode)
        and (not words or e.matches(words, language, phase_names))
    ]
