"""The map legend: only the symbols and curves a map uses, named in the project's language.

Every backend (the PDF's strip under the map, the PNG/SVG export's strip) draws these entries,
each a symbol (or a chip with a channel icon, or a curve's colour) and its words.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..exporters.excel_labels import Labels as WorkbookLabels
from ..layout.style import curve_color
from ..model import Channel, Journey
from . import symbols
from .shapes import Symbol

_WORDS = {
    "en": {
        "legend": "Legend",
        "sentiment": "Sentiment, very negative to very positive",
        "moment_of_truth": "Moment of truth",
        "drop_off": "Drop-off",
        "assumption": "Assumption",
        "partly_backed": "Partly backed",
        "researched": "Researched",
        "curve": "Emotion",
    },
    "nl": {
        "legend": "Legenda",
        "sentiment": "Gevoel, zeer negatief tot zeer positief",
        "moment_of_truth": "Beslismoment",
        "drop_off": "Afhaakmoment",
        "assumption": "Aanname",
        "partly_backed": "Deels onderbouwd",
        "researched": "Onderzocht",
        "curve": "Emotie",
    },
}


@dataclass(frozen=True)
class LegendEntry:
    """One legend item: `symbols` side by side (or a channel `chip`, or a curve colour `line`)
    followed by `label`."""

    label: str
    symbols: tuple[Symbol, ...] = ()
    chip: bool = False
    line: str = ""


def words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def legend_entries(journey: Journey, language: str) -> list[LegendEntry]:
    """The entries for `journey`, in a fixed order: channels, faces, star, drop-off, evidence,
    then the emotion curves."""
    w = words(language)
    names = WorkbookLabels(language if language in _WORDS else "en")
    cards = journey.cards
    out: list[LegendEntry] = []
    used = {card.channel for card in cards if card.channel is not None}
    for channel in Channel:  # the enum's order: stable between exports
        if channel in used:
            out.append(
                LegendEntry(names.channel(channel), (symbols.channel(channel.value),), chip=True)
            )
    curves = [curve for lane in journey.lanes for curve in lane.curves if curve.points]
    if curves or any(card.sentiment is not None for card in cards):
        faces = tuple(symbols.face(v) for v in range(-2, 3))
        out.append(LegendEntry(w["sentiment"], faces))
    if any(card.moment_of_truth for card in cards):
        out.append(LegendEntry(w["moment_of_truth"], (symbols.moment_of_truth(),)))
    if any(card.drop_off for card in cards):
        out.append(LegendEntry(w["drop_off"], (symbols.drop_off(),)))
    # A card shows its evidence mark unless it is a bare assumption (no badge row to sit in).
    levels = {
        str(card.evidence)
        for card in cards
        if str(card.evidence) != "assumption"
        or card.channel is not None
        or card.sentiment is not None
        or card.moment_of_truth
        or card.drop_off
    }
    for level in symbols.EVIDENCE_LEVELS:
        if level in levels:
            out.append(LegendEntry(w[level], (symbols.evidence(level),)))
    for lane in journey.lanes:
        for n, curve in enumerate(lane.curves):
            if curve.points:
                out.append(LegendEntry(curve.label or w["curve"], line=curve_color(curve.color, n)))
    return out
