"""The columns of a cards table (one row per card: where it sits and what it says) and how their
values are written and read, in Dutch and English. Like the Excel workbook, the table is a
document in the project's language, so its words live here and not in Qt's .ts files; the reader
accepts the words of both languages and the file values.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Channel, Evidence, LaneKind, Language, Mode
from .excel_labels import TABLE, fold, label_lookup

#: Column keys in table order. stage, step and lane place a card; the rest describe it.
COLUMNS: tuple[str, ...] = (
    "stage",
    "step",
    "lane",
    "lane_kind",
    "title",
    "details",
    "channel",
    "mode",
    "sentiment",
    "evidence",
    "moment_of_truth",
    "drop_off",
    "metric",
    "how_measured",
    "target",
    "actual",
    "color",
    "tags",
)
REQUIRED: tuple[str, ...] = ("stage", "step", "lane")

HEADERS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "stage": "Stage",
        "step": "Step",
        "lane": "Lane",
        "lane_kind": "Lane kind",
        "title": "Title",
        "details": "Details",
        "channel": "Channel",
        "mode": "Online/offline",
        "sentiment": "Sentiment (-2 to 2)",
        "evidence": "Evidence",
        "moment_of_truth": "Moment of truth",
        "drop_off": "Drop-off",
        "metric": "Metric",
        "how_measured": "How measured",
        "target": "Target",
        "actual": "Actual",
        "color": "Colour",
        "tags": "Tags",
    },
    Language.NL: {
        "stage": "Fase",
        "step": "Stap",
        "lane": "Baan",
        "lane_kind": "Soort baan",
        "title": "Titel",
        "details": "Toelichting",
        "channel": "Kanaal",
        "mode": "Online/offline",
        "sentiment": "Sentiment (-2 tot 2)",
        "evidence": "Onderbouwing",
        "moment_of_truth": "Moment of truth",
        "drop_off": "Afhaakmoment",
        "metric": "Meetpunt",
        "how_measured": "Hoe gemeten",
        "target": "Streefwaarde",
        "actual": "Gemeten",
        "color": "Kleur",
        "tags": "Tags",
    },
}

# More names people give these columns, in either language.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "stage": ("phase", "fase", "stage name", "fasenaam"),
    "step": ("stap", "step name", "column", "kolom"),
    "lane": ("row", "rij", "swimlane", "baan", "laan"),
    "lane_kind": ("lane type", "kind", "soort", "type baan"),
    "title": ("card", "kaart", "name", "naam", "titel", "touchpoint"),
    "details": ("description", "omschrijving", "beschrijving", "notes", "notities", "text"),
    "channel": ("kanaal",),
    "mode": ("online offline", "modus"),
    "sentiment": ("sentiment", "emotion", "emotie", "score"),
    "evidence": ("onderbouwing", "bewijs", "research", "onderzoek"),
    "moment_of_truth": ("moment of truth", "mot", "beslismoment"),
    "drop_off": ("drop off", "dropoff", "afhaakmoment", "afhaken"),
    "metric": ("kpi", "meetpunt"),
    "how_measured": ("measured how", "hoe gemeten", "meetmethode"),
    "target": ("doel", "streefwaarde", "norm"),
    "actual": ("gemeten", "werkelijk", "result", "resultaat"),
    "color": ("colour", "kleur"),
    "tags": ("labels", "tag"),
}

_MODES = {
    Language.EN: {Mode.ONLINE: "online", Mode.OFFLINE: "offline", Mode.HYBRID: "hybrid"},
    Language.NL: {Mode.ONLINE: "online", Mode.OFFLINE: "offline", Mode.HYBRID: "hybride"},
}
_EVIDENCE = {
    Language.EN: {
        Evidence.ASSUMPTION: "assumption",
        Evidence.PARTLY_BACKED: "partly backed",
        Evidence.RESEARCHED: "researched",
    },
    Language.NL: {
        Evidence.ASSUMPTION: "aanname",
        Evidence.PARTLY_BACKED: "deels onderbouwd",
        Evidence.RESEARCHED: "onderzocht",
    },
}
_YES = {Language.EN: "yes", Language.NL: "ja"}
TRUE_WORDS = {"yes", "ja", "y", "j", "true", "waar", "1", "x", "✓", "✔"}
FALSE_WORDS = {"no", "nee", "n", "false", "onwaar", "0", ""}


def _header_key(text: str) -> str:
    return fold(text.replace("_", " ").replace("-", " ").split("(")[0])


def column_lookup() -> dict[str, str]:
    """Header text (folded, without a bracketed hint) -> column key."""
    lookup: dict[str, str] = {}
    for key in COLUMNS:
        lookup[_header_key(key)] = key
        for headers in HEADERS.values():
            lookup[_header_key(headers[key])] = key
        for synonym in _SYNONYMS.get(key, ()):
            lookup.setdefault(_header_key(synonym), key)
    return lookup


def guess_columns(headers: list[str]) -> list[str | None]:
    """The column key of each header, or None; a key is given to its first column only."""
    lookup = column_lookup()
    taken: set[str] = set()
    keys: list[str | None] = []
    for header in headers:
        key = lookup.get(_header_key(header))
        keys.append(key if key and key not in taken else None)
        if key:
            taken.add(key)
    return keys


@dataclass(frozen=True)
class ValueWords:
    """The words values are written with in one language."""

    language: Language

    def channel(self, channel: Channel | None) -> str:
        return TABLE[self.language][f"channel.{channel.value}"] if channel else ""

    def lane_kind(self, kind: LaneKind) -> str:
        return TABLE[self.language][f"lane.{kind.value}"]

    def mode(self, mode: Mode | None) -> str:
        return _MODES[self.language][mode] if mode else ""

    def evidence(self, evidence: Evidence) -> str:
        return _EVIDENCE[self.language][evidence]

    def flag(self, value: bool) -> str:
        return _YES[self.language] if value else ""


def _lookup(table: dict) -> dict[str, object]:
    found: dict[str, object] = {}
    for words in table.values():
        for member, word in words.items():
            found[fold(word)] = member
    for member in next(iter(table.values())):
        found[fold(member.value)] = member
        found[fold(member.value.replace("_", " "))] = member
    return found


CHANNELS = label_lookup("channel", Channel)
LANE_KINDS = label_lookup("lane", LaneKind)
MODES = _lookup(_MODES)
EVIDENCE = _lookup(_EVIDENCE)
EVIDENCE[fold("partly backed by research")] = Evidence.PARTLY_BACKED
EVIDENCE[fold("deels onderbouwd met onderzoek")] = Evidence.PARTLY_BACKED
