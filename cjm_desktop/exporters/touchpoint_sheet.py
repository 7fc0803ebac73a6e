"""The touchpoint and measurement table of seed 004: per stage, each touchpoint, its channel,
how it is measured, the target and what was measured.

Rows come from the cards of touchpoint lanes and metric lanes, in map order (stage, step, lane).
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from ..model import Card, Channel, Journey, LaneKind, Project
from .excel_labels import Labels
from .table_sheet import CellValue, write_table

COLUMNS = ("journey", "stage", "step", "touchpoint", "channel", "how_measured", "target", "actual")
WIDTHS = (20, 18, 18, 30, 16, 34, 18, 18)
MEASURED_LANES = (LaneKind.TOUCHPOINTS, LaneKind.METRICS)


def touchpoint_rows(project: Project, labels: Labels) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = []
    for journey in project.journeys:
        lanes = [lane for lane in journey.lanes if lane.kind in MEASURED_LANES]
        cells = journey.cards_by_cell()
        for stage in journey.stages:
            for step in stage.steps:
                for lane in lanes:
                    for card in cells.get((lane.id, step.id), []):
                        rows.append(_row(journey, stage.name, step.name, card, labels))
    return rows


def _how_measured(card: Card) -> str:
    parts = [part for part in (card.metric, card.how_measured) if part]
    return " — ".join(parts)


def _row(journey: Journey, stage: str, step: str, card: Card, labels: Labels) -> list[CellValue]:
    channel = labels.channel(Channel(card.channel)) if card.channel else ""
    return [
        journey.title,
        stage,
        step,
        card.title,
        channel,
        _how_measured(card),
        card.target,
        card.actual,
    ]


def write_touchpoint_sheet(ws: Worksheet, project: Project, labels: Labels) -> None:
    headers = [labels[f"tp.{key}"] for key in COLUMNS]
    write_table(ws, headers, touchpoint_rows(project, labels), WIDTHS)
