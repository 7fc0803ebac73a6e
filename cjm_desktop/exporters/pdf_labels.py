"""The fixed words of the PDF report in the project's language (English and Dutch)."""

from __future__ import annotations

from datetime import date

from ..model import JourneyState, Priority, Status

_MONTHS = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split(),
}

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Customer journey map",
        "brand": "Brand",
        "product": "Product",
        "promise": "Promise",
        "usps": "Unique selling points",
        "author": "Author",
        "date": "Date",
        "maps": "Maps",
        "persona": "Persona",
        "personas": "Personas",
        "scenario": "Scenario",
        "expectations": "Expectations",
        "action_plan": "Action plan",
        "action": "Action",
        "stage": "Stage",
        "owner": "Owner",
        "priority": "Priority",
        "status": "Status",
        "impact_effort": "Impact / effort",
        "start": "Start",
        "due": "Due",
        "kpi": "KPI / target",
        "page": "Page {page} of {total}",
        "part": "part {n} of {total}",
        "continued": "{title} (continued)",
        "custom": "Other",
        "no_actions": "No actions yet.",
        "cut_short": "Texts cut short (…) are in full in the project and in the Excel action plan.",
        "legend_emotion": "Emotion",
        "tile": "{tile} of {last}",
        "cover": "Cover",
        "findings": "Findings",
        "lowest": "Lowest points of the emotion curve",
        "lowest_item": "{curve}: {step} ({value})",
        "truths": "Moments of truth",
        "pains": "Pain points with the most cards",
        "pain_item": "{step}: {count} pain points",
        "pain_item_one": "{step}: 1 pain point",
        "top_actions": "Top actions by score",
        "action_item": "{title} (score {score})",
        "none": "None yet.",
    },
    "nl": {
        "report": "Klantreiskaart",
        "brand": "Merk",
        "product": "Product",
        "promise": "Belofte",
        "usps": "Unieke verkoopargumenten",
        "author": "Auteur",
        "date": "Datum",
        "maps": "Klantreizen",
        "persona": "Persona",
        "personas": "Persona's",
        "scenario": "Scenario",
        "expectations": "Verwachtingen",
        "action_plan": "Actieplan",
        "action": "Actie",
        "stage": "Fase",
        "owner": "Eigenaar",
        "priority": "Prioriteit",
        "status": "Status",
        "impact_effort": "Impact / inspanning",
        "start": "Start",
        "due": "Deadline",
        "kpi": "KPI / doel",
        "page": "Pagina {page} van {total}",
        "part": "deel {n} van {total}",
        "continued": "{title} (vervolg)",
        "custom": "Overig",
        "no_actions": "Nog geen acties.",
        "cut_short": (
            "Ingekorte teksten (…) staan volledig in het project en in het Excel-actieplan."
        ),
        "legend_emotion": "Emotie",
        "tile": "{tile} van {last}",
        "cover": "Voorblad",
        "findings": "Bevindingen",
        "lowest": "Dieptepunten van de emotiecurve",
        "lowest_item": "{curve}: {step} ({value})",
        "truths": "Beslismomenten",
        "pains": "Pijnpunten met de meeste kaarten",
        "pain_item": "{step}: {count} pijnpunten",
        "pain_item_one": "{step}: 1 pijnpunt",
        "top_actions": "Belangrijkste acties naar score",
        "action_item": "{title} (score {score})",
        "none": "Nog geen.",
    },
}

_STATES = {
    "en": {
        JourneyState.CURRENT: "current state (as-is)",
        JourneyState.FUTURE: "future state (to-be)",
    },
    "nl": {JourneyState.CURRENT: "huidige situatie", JourneyState.FUTURE: "gewenste situatie"},
}
_PRIORITIES = {
    "en": {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"},
    "nl": {Priority.HIGH: "Hoog", Priority.MEDIUM: "Middel", Priority.LOW: "Laag"},
}
_STATUSES = {
    "en": {
        Status.IDEA: "Idea",
        Status.PLANNED: "Planned",
        Status.IN_PROGRESS: "In progress",
        Status.DONE: "Done",
        Status.DROPPED: "Dropped",
    },
    "nl": {
        Status.IDEA: "Idee",
        Status.PLANNED: "Gepland",
        Status.IN_PROGRESS: "Bezig",
        Status.DONE: "Klaar",
        Status.DROPPED: "Vervallen",
    },
}
_PERSONA_FIELDS = {
    "en": {
        "age": "Age or life stage",
        "location": "Place of residence",
        "household": "Household",
        "income": "Income or social class",
        "occupation": "Occupation",
        "goals": "Goals",
        "needs": "Wishes and needs",
        "pains": "Pain points",
        "drivers": "Buying drivers",
        "barriers": "Barriers",
        "information_sources": "Information sources",
        "influencers": "Influencers",
        "preferred_channels": "Preferred channels",
        "loyalty": "Loyalty",
        "media_use": "Media use",
        "notes": "Notes",
    },
    "nl": {
        "age": "Leeftijd of levensfase",
        "location": "Woonplaats",
        "household": "Huishouden",
        "income": "Inkomen of sociale klasse",
        "occupation": "Beroep",
        "goals": "Doelen",
        "needs": "Wensen en behoeften",
        "pains": "Pijnpunten",
        "drivers": "Aankoopdrijfveren",
        "barriers": "Drempels",
        "information_sources": "Informatiebronnen",
        "influencers": "Beïnvloeders",
        "preferred_channels": "Voorkeurskanalen",
        "loyalty": "Loyaliteit",
        "media_use": "Mediagebruik",
        "notes": "Notities",
    },
}


class Labels:
    """Words for one language; unknown languages fall back to English."""

    def __init__(self, language: str) -> None:
        self.language = language if language in _LABELS else "en"

    def __getitem__(self, key: str) -> str:
        return _LABELS[self.language][key]

    def state(self, state: JourneyState) -> str:
        return _STATES[self.language][state]

    def priority(self, priority: Priority) -> str:
        return _PRIORITIES[self.language][priority]

    def status(self, status: Status) -> str:
        return _STATUSES[self.language][status]

    def persona_field(self, name: str) -> str:
        return _PERSONA_FIELDS[self.language][name]

    def number(self, value: float) -> str:
        """`value` with the language's decimal mark (1.5 / 1,5), no trailing zeros."""
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.language == "nl" else text

    def signed(self, value: int) -> str:
        """An emotion value with its sign, the minus a true minus: +2, 0, −1."""
        return f"+{value}" if value > 0 else str(value).replace("-", "\u2212")

    def date(self, value: date) -> str:
        """A date as the language writes it: 3 December 2026, 3 december 2026."""
        month = _MONTHS[self.language][value.month - 1]
        return f"{value.day} {month} {value.year}"

    def short_date(self, value: date) -> str:
        """A date for a narrow column: 3 Dec 2026, 3-12-2026."""
        if self.language == "nl":
            return f"{value.day}-{value.month}-{value.year}"
        return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"
