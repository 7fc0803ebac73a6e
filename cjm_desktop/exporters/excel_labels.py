"""The words of the Excel workbook in Dutch and English, in one table keyed by project language.

The workbook is a document for the project's readers, not part of the application's UI, so its
words follow the project language (not the UI language) and live here instead of in Qt's .ts files.
The importer reads the labels of BOTH languages back, so a plan exported in Dutch and edited by an
English colleague still imports.
"""

from __future__ import annotations

from ..model import Channel, LaneKind, Language, Priority, Status

# Column keys of the action plan sheet, in sheet order: the (hidden) ID for the round trip, the
# columns an owner runs the plan by (printed on one page wide), then the rest. The importer finds
# columns by their header text in either language, so the order may change in an edited sheet.
KEY_ACTION_COLUMNS: tuple[str, ...] = (
    "title",
    "owner",
    "status",
    "priority",
    "impact",
    "effort",
    "score",
    "due",
)
ACTION_COLUMNS: tuple[str, ...] = (
    "id",
    *KEY_ACTION_COLUMNS,
    "addresses",
    "description",
    "journey",
    "stage",
    "start",
    "kpi",
    "target",
    "notes",
)

_NL: dict[str, str] = {
    "sheet.actions": "Actieplan",
    "sheet.touchpoints": "Touchpoints",
    "sheet.personas": "Persona's",
    "sheet.map": "Kaart",
    "col.id": "ID",
    "col.title": "Actie",
    "col.description": "Omschrijving",
    "col.journey": "Klantreis",
    "col.stage": "Fase",
    "col.addresses": "Lost op",
    "col.owner": "Eigenaar",
    "col.priority": "Prioriteit",
    "col.impact": "Impact (1-5)",
    "col.effort": "Inspanning (1-5)",
    "col.score": "Score (impact / inspanning)",
    "col.status": "Status",
    "col.start": "Start",
    "col.due": "Deadline",
    "col.kpi": "KPI",
    "col.target": "Doel",
    "col.notes": "Notities",
    "tp.journey": "Klantreis",
    "tp.stage": "Fase",
    "tp.step": "Stap",
    "tp.touchpoint": "Touchpoint",
    "tp.channel": "Kanaal",
    "tp.how_measured": "Hoe gemeten",
    "tp.target": "Doel",
    "tp.actual": "Gemeten",
    "map.stage": "Fase",
    "map.step": "Stap",
    "map.state.current": "Huidige situatie",
    "map.state.future": "Gewenste situatie",
    "map.persona": "Persona",
    "map.curve": "Emotie",
    "persona.field": "Veld",
    "persona.name": "Naam",
    "persona.tagline": "Typering",
    "persona.quote": "Citaat",
    "persona.age": "Leeftijd of levensfase",
    "persona.location": "Woonplaats",
    "persona.household": "Huishouden",
    "persona.income": "Inkomen of sociale klasse",
    "persona.occupation": "Beroep",
    "persona.goals": "Doelen",
    "persona.needs": "Wensen en behoeften",
    "persona.pains": "Pijnpunten",
    "persona.drivers": "Koopmotieven",
    "persona.barriers": "Drempels",
    "persona.information_sources": "Informatiebronnen",
    "persona.influencers": "Beïnvloeders",
    "persona.preferred_channels": "Voorkeurskanalen",
    "persona.loyalty": "Loyaliteit",
    "persona.media_use": "Mediagebruik",
    "persona.notes": "Notities",
    "persona.custom_fields": "Overig",
    "untitled.stage": "Fase {n}",
    "untitled.step": "Stap {n}",
    "untitled.map": "Kaart {n}",
    "untitled.persona": "Persona {n}",
    "priority.high": "Hoog",
    "priority.medium": "Middel",
    "priority.low": "Laag",
    "status.idea": "Idee",
    "status.planned": "Gepland",
    "status.in_progress": "Bezig",
    "status.done": "Klaar",
    "status.dropped": "Geschrapt",
    "lane.touchpoints": "Touchpoints",
    "lane.doing": "Doen",
    "lane.thinking": "Denken",
    "lane.feeling": "Voelen",
    "lane.emotion": "Emotie",
    "lane.pain_points": "Pijnpunten",
    "lane.moments_of_truth": "Beslismomenten",
    "lane.opportunities": "Kansen",
    "lane.metrics": "Meten / KPI",
    "lane.backstage": "Intern",
    "lane.time": "Tijdsframe",
    "lane.images": "Beelden",
    "lane.text": "Tekst",
    "channel.website": "Website",
    "channel.webshop": "Webshop",
    "channel.email": "E-mail",
    "channel.social_media": "Social media",
    "channel.search": "Zoekmachine",
    "channel.advertising": "Advertentie",
    "channel.review_site": "Reviewsite",
    "channel.chat": "Chat",
    "channel.phone": "Telefoon",
    "channel.app": "App",
    "channel.store": "Winkel",
    "channel.sales_rep": "Vertegenwoordiger",
    "channel.event": "Evenement",
    "channel.print": "Drukwerk",
    "channel.word_of_mouth": "Mond-tot-mond",
    "channel.partner": "Partner",
    "channel.other": "Overig",
    "date_format": "dd-mm-yyyy",
    "val.list_error": "Kies een waarde uit de lijst.",
    "val.score_error": "Vul een heel getal van 1 tot en met 5 in.",
}

_EN: dict[str, str] = {
    "sheet.actions": "Action plan",
    "sheet.touchpoints": "Touchpoints",
    "sheet.personas": "Personas",
    "sheet.map": "Map",
    "col.id": "ID",
    "col.title": "Action",
    "col.description": "Description",
    "col.journey": "Journey",
    "col.stage": "Stage",
    "col.addresses": "Solves",
    "col.owner": "Owner",
    "col.priority": "Priority",
    "col.impact": "Impact (1-5)",
    "col.effort": "Effort (1-5)",
    "col.score": "Score (impact / effort)",
    "col.status": "Status",
    "col.start": "Start",
    "col.due": "Due",
    "col.kpi": "KPI",
    "col.target": "Target",
    "col.notes": "Notes",
    "tp.journey": "Journey",
    "tp.stage": "Stage",
    "tp.step": "Step",
    "tp.touchpoint": "Touchpoint",
    "tp.channel": "Channel",
    "tp.how_measured": "How measured",
    "tp.target": "Target",
    "tp.actual": "Actual",
    "map.stage": "Stage",
    "map.step": "Step",
    "map.state.current": "Current state",
    "map.state.future": "Future state",
    "map.persona": "Persona",
    "map.curve": "Emotion",
    "persona.field": "Field",
    "persona.name": "Name",
    "persona.tagline": "Tagline",
    "persona.quote": "Quote",
    "persona.age": "Age or life stage",
    "persona.location": "Location",
    "persona.household": "Household",
    "persona.income": "Income or social class",
    "persona.occupation": "Occupation",
    "persona.goals": "Goals",
    "persona.needs": "Wishes and needs",
    "persona.pains": "Pains",
    "persona.drivers": "Buying drivers",
    "persona.barriers": "Barriers",
    "persona.information_sources": "Information sources",
    "persona.influencers": "Influencers",
    "persona.preferred_channels": "Preferred channels",
    "persona.loyalty": "Loyalty",
    "persona.media_use": "Media use",
    "persona.notes": "Notes",
    "persona.custom_fields": "Other",
    "untitled.stage": "Stage {n}",
    "untitled.step": "Step {n}",
    "untitled.map": "Map {n}",
    "untitled.persona": "Persona {n}",
    "priority.high": "High",
    "priority.medium": "Medium",
    "priority.low": "Low",
    "status.idea": "Idea",
    "status.planned": "Planned",
    "status.in_progress": "In progress",
    "status.done": "Done",
    "status.dropped": "Dropped",
    "lane.touchpoints": "Touchpoints",
    "lane.doing": "Doing",
    "lane.thinking": "Thinking",
    "lane.feeling": "Feeling",
    "lane.emotion": "Emotion",
    "lane.pain_points": "Pain points",
    "lane.moments_of_truth": "Moments of truth",
    "lane.opportunities": "Opportunities",
    "lane.metrics": "Metrics / KPI",
    "lane.backstage": "Backstage",
    "lane.time": "Time frame",
    "lane.images": "Images",
    "lane.text": "Text",
    "channel.website": "Website",
    "channel.webshop": "Web shop",
    "channel.email": "E-mail",
    "channel.social_media": "Social media",
    "channel.search": "Search",
    "channel.advertising": "Advertising",
    "channel.review_site": "Review site",
    "channel.chat": "Chat",
    "channel.phone": "Phone",
    "channel.app": "App",
    "channel.store": "Store",
    "channel.sales_rep": "Sales rep",
    "channel.event": "Event",
    "channel.print": "Print",
    "channel.word_of_mouth": "Word of mouth",
    "channel.partner": "Partner",
    "channel.other": "Other",
    "date_format": "yyyy-mm-dd",
    "val.list_error": "Choose a value from the list.",
    "val.score_error": "Enter a whole number from 1 to 5.",
}

TABLE: dict[Language, dict[str, str]] = {Language.NL: _NL, Language.EN: _EN}


class Labels:
    """The workbook's words in one language: `labels["col.owner"]`, `labels.status(s)`..."""

    def __init__(self, language: Language | str) -> None:
        self.language = Language(language)
        self._table = TABLE[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def column(self, key: str) -> str:
        return self._table[f"col.{key}"]

    def status(self, status: Status) -> str:
        return self._table[f"status.{status.value}"]

    def priority(self, priority: Priority) -> str:
        return self._table[f"priority.{priority.value}"]

    def lane_kind(self, kind: LaneKind) -> str:
        return self._table[f"lane.{kind.value}"]

    def channel(self, channel: Channel) -> str:
        return self._table[f"channel.{channel.value}"]

    def untitled(self, what: str, n: int) -> str:
        return self._table[f"untitled.{what}"].format(n=n)

    def statuses(self) -> list[str]:
        return [self.status(s) for s in Status]

    def priorities(self) -> list[str]:
        return [self.priority(p) for p in Priority]


def fold(text: str) -> str:
    """Case and whitespace folded text, to compare what a person typed with a label."""
    return " ".join(text.split()).casefold()


def label_lookup(prefix: str, enum_type: type) -> dict[str, object]:
    """Every accepted spelling (the labels of both languages and the file value, case and
    spacing folded) -> enum member; e.g. label_lookup("status", Status)["bezig"]."""
    lookup: dict[str, object] = {}
    for member in enum_type:
        lookup[fold(member.value)] = member
        lookup[fold(member.value.replace("_", " "))] = member
        for table in TABLE.values():
            lookup[fold(table[f"{prefix}.{member.value}"])] = member
    return lookup


def column_lookup() -> dict[str, str]:
    """Header text in either language (folded) -> column key."""
    lookup: dict[str, str] = {}
    for key in ACTION_COLUMNS:
        lookup[fold(key)] = key
        for table in TABLE.values():
            lookup[fold(table[f"col.{key}"])] = key
    return lookup


def action_sheet_titles() -> set[str]:
    return {table["sheet.actions"] for table in TABLE.values()}
