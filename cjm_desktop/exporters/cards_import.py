"""A new map from a cards table: one row per card (stage, step, lane, title, details and the
optional card fields), columns matched by their names in English or Dutch. Stages, steps and lanes
are made in the order they first appear; a row without card text declares an empty stage, step
or lane. An empty stage or step cell on a card row means "the same as the row above" (what merged
cells read as). Rows that cannot be read are listed with their row number and left out, and the
caller decides whether to import the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..model import Card, Journey, Lane, LaneKind, Language, Persona, Stage, Step
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .cards_columns import (
    CHANNELS,
    COLUMNS,
    EVIDENCE,
    FALSE_WORDS,
    HEADERS,
    LANE_KINDS,
    MODES,
    REQUIRED,
    TRUE_WORDS,
    guess_columns,
)
from .cards_table_read import Formula, RawTable, read_table
from .excel_labels import fold
from .imported_map import ImportedMap, ImportNote
from .mermaid_import import DEFAULT_LANES

_CTX = "cards_import"
_PLACE = ("stage", "step", "lane", "lane_kind")
_SENTIMENT = re.compile(r"^[+-]?\d+(\.0+)?$")


@dataclass(frozen=True)
class BadRow:
    row: int
    reason: UserMessage

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP(_CTX, "row {row}: {reason}")
        if translate:
            template = translate(_CTX, template)
        return template.format(row=self.row, reason=self.reason.render(translate))


@dataclass
class CardsImport:
    """The map made of the rows that could be read, and the rows that could not."""

    imported: ImportedMap
    bad_rows: list[BadRow] = field(default_factory=list)
    rows_read: int = 0


class _Bad(Exception):
    def __init__(self, template: str, **params) -> None:
        self.reason = UserMessage(_CTX, template, **params)


def missing_columns(columns: Sequence[str | None]) -> list[str]:
    return [key for key in REQUIRED if key not in columns]


def import_cards_file(
    path: Path, language: str, personas: Sequence[Persona] = (), *, skip_bad_rows: bool = False
) -> ImportedMap:
    """For `cjm import` and import_map_file: columns matched by name; bad rows refuse the whole
    import unless `skip_bad_rows`."""
    table = read_table(path)
    columns = guess_columns(table.headers)
    result = build_map(table, columns, language, title=path.stem)
    if result.bad_rows and not skip_bad_rows:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "{count} rows of “{name}” cannot be read, so nothing was imported. "
                    "Fix them, or import the other rows anyway (cjm import --skip-bad-rows).",
                ),
                count=len(result.bad_rows),
                name=path.name,
            ),
            [bad.render() for bad in result.bad_rows],
        )
    for bad in result.bad_rows:
        left_out = QT_TRANSLATE_NOOP(_CTX, "row {row} left out: {reason}")
        result.imported.notes.append(
            ImportNote(0, UserMessage(_CTX, left_out, row=bad.row, reason=bad.reason))
        )
    return result.imported


def build_map(
    table: RawTable, columns: Sequence[str | None], language: str, *, title: str = ""
) -> CardsImport:
    missing = missing_columns(columns)
    if missing:
        words = HEADERS[Language(language)]
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "The table needs the columns {missing}; it has: {found}."),
                missing=", ".join(words[key] for key in missing),
                found=", ".join(h for h in table.headers if h) or "-",
            )
        )
    builder = _Builder(Language(language))
    notes = [ImportNote(0, note) for note in table.notes]
    for header, key in zip(table.headers, columns, strict=False):
        if key is None and header:
            notes.append(
                ImportNote(
                    0,
                    UserMessage(
                        _CTX, QT_TRANSLATE_NOOP(_CTX, "column “{header}” ignored"), header=header
                    ),
                )
            )
    bad: list[BadRow] = []
    for number, cells in table.rows:
        values = {key: cells[i] for i, key in enumerate(columns) if key and i < len(cells)}
        try:
            builder.row(values)
        except _Bad as problem:
            bad.append(BadRow(number, problem.reason))
    journey = builder.journey(title)
    return CardsImport(ImportedMap(journey, [], notes), bad, len(table.rows))


class _Builder:
    def __init__(self, language: Language) -> None:
        self.language = language
        self.stages: dict[str, Stage] = {}
        self.steps: dict[tuple[str, str], Step] = {}
        self.lanes: dict[tuple[str, LaneKind], Lane] = {}
        self.cards: list[Card] = []
        self.cell_sizes: dict[tuple[str, str], int] = {}
        self.last_stage: str | None = None
        self.last_step: str | None = None

    def row(self, values: dict[str, object]) -> None:
        for key, value in values.items():
            if isinstance(value, Formula):
                raise _Bad(
                    QT_TRANSLATE_NOOP(_CTX, "the {column} cell holds a formula; type the value"),
                    column=HEADERS[self.language][key],
                )
        text = {key: str(value).strip() for key, value in values.items()}
        card = {k: v for k, v in text.items() if k not in _PLACE and v}
        if not card and not any(text.get(k) for k in _PLACE):
            return  # an empty row
        lane_key = self._lane_key(text) if (text.get("lane") or text.get("lane_kind")) else None
        if not card:
            self._declare(text, lane_key)
            return
        fields = self._card_fields(card)  # first, so a bad value adds no stage, step or lane
        stage_name = text.get("stage") or self.last_stage
        step_name = text.get("step") or (self.last_step if not text.get("stage") else None)
        if stage_name is None or step_name is None:
            raise _Bad(QT_TRANSLATE_NOOP(_CTX, "a card needs a stage and a step"))
        if lane_key is None:
            raise _Bad(QT_TRANSLATE_NOOP(_CTX, "a card needs a lane"))
        step = self._step(stage_name, step_name)
        lane = self._lane(lane_key)
        order = self.cell_sizes.get((lane.id, step.id), 0)
        try:
            card_obj = Card(lane_id=lane.id, step_id=step.id, order=order, **fields)
        except ValidationError as error:
            raise _Bad(
                QT_TRANSLATE_NOOP(_CTX, "a value is not valid: {reason}"),
                reason=error.errors()[0]["msg"],
            ) from None
        self.cell_sizes[(lane.id, step.id)] = order + 1
        self.cards.append(card_obj)

    def _declare(self, text: dict[str, str], lane_key) -> None:
        if lane_key is not None:
            self._lane(lane_key)
        stage_name = text.get("stage")
        if stage_name is not None and stage_name:
            self._stage(stage_name)
        if text.get("step"):
            stage_name = stage_name or self.last_stage
            if stage_name is None:
                raise _Bad(QT_TRANSLATE_NOOP(_CTX, "a step needs a stage"))
            self._step(stage_name, text["step"])
        elif stage_name:
            self.last_stage, self.last_step = stage_name, None

    def _stage(self, name: str) -> Stage:
        if name not in self.stages:
            self.stages[name] = Stage(name=name)
        return self.stages[name]

    def _step(self, stage_name: str, name: str) -> Step:
        stage = self._stage(stage_name)
        key = (stage_name, name)
        if key not in self.steps:
            self.steps[key] = Step(name=name)
            stage.steps.append(self.steps[key])
        self.last_stage, self.last_step = key
        return self.steps[key]

    def _lane_key(self, text: dict[str, str]) -> tuple[str, LaneKind]:
        title = text.get("lane", "")
        kind_text = text.get("lane_kind", "")
        if kind_text:
            kind = LANE_KINDS.get(fold(kind_text))
            if kind is None:
                raise _Bad(
                    QT_TRANSLATE_NOOP(_CTX, "“{value}” is not a kind of lane"), value=kind_text
                )
        else:
            kind = LANE_KINDS.get(fold(title), LaneKind.TEXT)
        return title, kind

    def _lane(self, key: tuple[str, LaneKind]) -> Lane:
        if key not in self.lanes:
            self.lanes[key] = Lane(title=key[0], kind=key[1])
        return self.lanes[key]

    def _card_fields(self, card: dict[str, str]) -> dict[str, object]:
        fields: dict[str, object] = {}
        for key in ("title", "details", "metric", "how_measured", "target", "actual", "color"):
            if key in card:
                fields[key] = card[key]
        if "channel" in card:
            fields["channel"] = self._choice(CHANNELS, card["channel"], "channel")
        if "mode" in card:
            fields["mode"] = self._choice(MODES, card["mode"], "mode")
        if "evidence" in card:
            fields["evidence"] = self._choice(EVIDENCE, card["evidence"], "evidence")
        if "sentiment" in card:
            value = card["sentiment"].replace("\u2212", "-")
            if not _SENTIMENT.match(value) or not -2 <= int(float(value)) <= 2:
                raise _Bad(
                    QT_TRANSLATE_NOOP(
                        _CTX, "sentiment “{value}” is not a whole number from -2 to 2"
                    ),
                    value=card["sentiment"],
                )
            fields["sentiment"] = int(float(value))
        for key in ("moment_of_truth", "drop_off"):
            if key in card:
                fields[key] = self._flag(card[key], key)
        if "tags" in card:
            fields["tags"] = [t.strip() for t in re.split(r"[,;]", card["tags"]) if t.strip()]
        return fields

    def _choice(self, lookup: dict, value: str, key: str):
        found = lookup.get(fold(value))
        if found is None:
            raise _Bad(
                QT_TRANSLATE_NOOP(_CTX, "{column}: “{value}” is not one of the known values"),
                value=value,
                column=HEADERS[self.language][key],
            )
        return found

    def _flag(self, value: str, key: str) -> bool:
        word = fold(value)
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise _Bad(
            QT_TRANSLATE_NOOP(_CTX, "{column}: “{value}” is not yes or no"),
            column=HEADERS[self.language][key],
            value=value,
        )

    def journey(self, title: str) -> Journey:
        lanes = list(self.lanes.values()) or [Lane(kind=kind) for kind in DEFAULT_LANES]
        journey = Journey(title=title, stages=list(self.stages.values()), lanes=lanes)
        journey.cards = self.cards
        return journey


def sample_rows(language: str) -> list[list[str]]:
    """The rows of the template workbook offered by the import dialog."""
    from .cards_export import card_rows

    language = Language(language)
    dutch = language == Language.NL
    stage = Stage(name="Oriënteren" if dutch else "Orientation")
    step = Step(name="Zoekt online" if dutch else "Searches online")
    stage.steps.append(step)
    lane = Lane(kind=LaneKind.TOUCHPOINTS, title="Contactmomenten" if dutch else "Touchpoints")
    pains = Lane(kind=LaneKind.PAIN_POINTS, title="Pijnpunten" if dutch else "Pain points")
    journey = Journey(stages=[stage], lanes=[lane, pains])
    journey.cards = [
        Card(
            lane_id=lane.id,
            step_id=step.id,
            title="Google",
            details="Zoekt ‘bakker in de buurt’" if dutch else "Searches ‘bakery nearby’",
            channel="search",
            sentiment=1,
            moment_of_truth=True,
            tags=["online"],
        ),
        Card(
            lane_id=pains.id,
            step_id=step.id,
            title="Openingstijden ontbreken" if dutch else "Opening hours missing",
            evidence="researched",
        ),
    ]
    return card_rows(journey, language)


__all__ = ["COLUMNS", "BadRow", "CardsImport", "build_map", "import_cards_file", "sample_rows"]
