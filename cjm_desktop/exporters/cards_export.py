"""A map as a cards table, CSV or Excel: a row per lane first (so lanes keep their order and kind
even when empty), then for each step its cards lane by lane, or one row for a step without cards
(so steps keep their place). Read back by cards_import, the map comes back with the same stages,
steps, lanes and cards; emotion curves, card pictures and the details of stages and steps are not
in the table.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..model import Card, Journey, Lane, Language
from .cards_columns import COLUMNS, HEADERS, ValueWords

#: CSV for Dutch projects uses ";", what Excel writes and expects with Dutch regional settings.
CSV_DELIMITER = {Language.NL: ";", Language.EN: ","}


def card_rows(journey: Journey, language: Language | str) -> list[list[str]]:
    """The header and the rows, every cell as text."""
    language = Language(language)
    words = ValueWords(language)
    rows = [[HEADERS[language][key] for key in COLUMNS]]
    for lane in journey.lanes:
        rows.append(_row(words, lane=lane))
    cells = journey.cards_by_cell()
    for stage in journey.stages:
        if not stage.steps:
            rows.append(_row(words, stage=stage.name))
        for step in stage.steps:
            cards = [
                (lane, card) for lane in journey.lanes for card in cells.get((lane.id, step.id), [])
            ]
            if not cards:
                rows.append(_row(words, stage=stage.name, step=step.name))
            for lane, card in cards:
                rows.append(_row(words, stage=stage.name, step=step.name, lane=lane, card=card))
    return rows


def _row(
    words: ValueWords,
    *,
    stage: str = "",
    step: str = "",
    lane: Lane | None = None,
    card: Card | None = None,
) -> list[str]:
    values = {"stage": stage, "step": step}
    if lane is not None:
        values["lane"] = lane.title
        values["lane_kind"] = words.lane_kind(lane.kind)
    if card is not None:
        values.update(
            title=card.title,
            details=card.details,
            channel=words.channel(card.channel),
            mode=words.mode(card.mode),
            sentiment="" if card.sentiment is None else str(card.sentiment),
            evidence=words.evidence(card.evidence),
            moment_of_truth=words.flag(card.moment_of_truth),
            drop_off=words.flag(card.drop_off),
            metric=card.metric,
            how_measured=card.how_measured,
            target=card.target,
            actual=card.actual,
            color=card.color,
            tags=", ".join(card.tags),
        )
    return [values.get(key, "") for key in COLUMNS]


def cards_csv(journey: Journey, language: Language | str) -> bytes:
    """UTF-8 with a byte order mark, which is how Excel recognises UTF-8 in a CSV file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER[Language(language)], lineterminator="\r\n")
    writer.writerows(card_rows(journey, language))
    return buffer.getvalue().encode("utf-8-sig")


def write_cards_xlsx(journey: Journey, language: Language | str, path: Path) -> None:
    write_rows_xlsx(card_rows(journey, language), language, path)


def write_template(language: Language | str, path: Path) -> Path:
    """The sample workbook the import dialog offers: the columns and two example cards."""
    from .cards_import import sample_rows

    write_rows_xlsx(sample_rows(Language(language).value), language, path)
    return path


def write_rows_xlsx(rows: list[list[str]], language: Language | str, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from ..storage import atomic_write
    from .safe_cell import write_text

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(language)
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                cell = write_text(sheet, r, c, text)
                if r == 1:
                    cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows)}"
    for c, key in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = 40 if key == "details" else 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write(path, buffer.getvalue())


def sheet_title(language: Language | str) -> str:
    return {Language.NL: "Kaarten", Language.EN: "Cards"}[Language(language)]


def write_cards(journey: Journey, language: Language | str, path: Path) -> Path:
    """CSV or Excel by the file's suffix."""
    from ..storage import atomic_write

    if path.suffix.casefold() == ".xlsx":
        write_cards_xlsx(journey, language, path)
    else:
        atomic_write(path, cards_csv(journey, language))
    return path
