"""The "Actieplan" / "Action plan" sheet: the roadmap a small business runs its improvements in.

A title row (brand, "Action plan", date), the header, then one row an action, highest score
first. IDs sit in the first column, hidden, so `action_plan_import` can read an edited plan back.
Made to be worked in: frozen header, filters, dropdowns for status and priority, dates as real
dates, a score formula, colours for status and overdue due dates, and a print setup that puts
the columns an owner runs the plan by on one page wide (action_plan_print).
"""

from __future__ import annotations

from datetime import date

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..model import Action, Card, Project, Status
from .action_plan_print import set_up_printing
from .cell_styles import style_cache
from .excel_font import font
from .excel_labels import ACTION_COLUMNS, KEY_ACTION_COLUMNS, Labels
from .safe_cell import write_formula, write_text, write_value
from .table_sheet import fit_row_height

# Rows below the data that still get dropdowns and colours, so rows a person adds behave alike.
SPARE_ROWS = 500

TITLE_ROW = 1
HEADER_ROW = 2
FIRST_ROW = 3
# The printed columns: the key ones and what each action solves (action_plan_print).
PRINTED_COLUMNS = (*KEY_ACTION_COLUMNS, "addresses")

# Short fields get narrow columns (their headers wrap); the printed ones add up to about what an
# A4 landscape page holds at full size (action_plan_print.PRINTABLE).
WIDTHS: dict[str, float] = {
    "id": 18,
    "title": 35,
    "owner": 15,
    "status": 12,
    "priority": 11,
    "impact": 11,
    "effort": 11,
    "score": 10,
    "due": 11,
    "addresses": 27,
    "description": 40,
    "journey": 18,
    "stage": 14,
    "start": 11,
    "kpi": 20,
    "target": 16,
    "notes": 26,
}
DATE_COLUMNS = ("start", "due")
NUMBER_COLUMNS = ("impact", "effort", "score")

TITLE_FONT = font(bold=True, size=14, color="1F4E78")
DATE_FONT = font(color="595959")
HEADER_FONT = font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
ID_FONT = font(color="808080", size=9)
STATUS_FILLS: dict[Status, str] = {
    Status.IDEA: "F2F2F2",
    Status.PLANNED: "DDEBF7",
    Status.IN_PROGRESS: "FFF2CC",
    Status.DONE: "E2EFDA",
    Status.DROPPED: "D9D9D9",
}
OVERDUE_FILL = PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD")
OVERDUE_FONT = font(bold=True, color="9C0006")


def column_index(key: str) -> int:
    """1-based column of `key` in a freshly exported sheet."""
    return ACTION_COLUMNS.index(key) + 1


def column_letter(key: str) -> str:
    return get_column_letter(column_index(key))


def score_formula(row: int) -> str:
    """impact / effort, blank while either is missing, so a half-filled new row shows no error."""
    impact = f"{column_letter('impact')}{row}"
    effort = f"{column_letter('effort')}{row}"
    return (
        f'=IF(AND(ISNUMBER({impact}),ISNUMBER({effort}),{effort}>0),ROUND({impact}/{effort},2),"")'
    )


def write_action_plan_sheet(
    ws: Worksheet, project: Project, labels: Labels, today: date | None = None
) -> None:
    _write_title(ws, project, labels, today or date.today())
    _write_header(ws, labels)
    cards = _card_index(project)
    for row, action in enumerate(by_score(project.actions), start=FIRST_ROW):
        _write_action(ws, row, action, project, labels, cards)
    last_row = len(project.actions) + HEADER_ROW
    _format_columns(ws, labels, last_row)
    _add_validations(ws, labels, last_row + SPARE_ROWS)
    _add_colours(ws, labels, last_row + SPARE_ROWS)
    set_up_printing(
        ws,
        column_index(PRINTED_COLUMNS[0]),
        column_index(PRINTED_COLUMNS[-1]),
        HEADER_ROW,
        last_row,
    )


def score(action: Action) -> float:
    """Impact per unit of effort, as the sheet's score formula computes it."""
    return round(action.impact / action.effort, 2)


def by_score(actions: list[Action]) -> list[Action]:
    """Highest score first; equal scores keep the project's order."""
    return sorted(actions, key=lambda action: -score(action))


def _write_title(ws: Worksheet, project: Project, labels: Labels, today: date) -> None:
    """Brand and "Action plan" at the left of the printed page, the date at its right: the
    text runs on over the empty cells beside it, so no cells are merged."""
    name = project.brand.name or project.title
    title = f"{name} · {labels['sheet.actions']}" if name else labels["sheet.actions"]
    cell = write_text(ws, TITLE_ROW, column_index(PRINTED_COLUMNS[0]), title)
    cell.font = TITLE_FONT
    cell.alignment = Alignment(vertical="center")
    stamp = write_value(ws, TITLE_ROW, column_index(PRINTED_COLUMNS[-1]), today)
    stamp.number_format = labels["date_format"]
    stamp.font = DATE_FONT
    stamp.alignment = Alignment(horizontal="right", vertical="center")
    ws.row_dimensions[TITLE_ROW].height = 24


def _write_header(ws: Worksheet, labels: Labels) -> None:
    for col, key in enumerate(ACTION_COLUMNS, start=1):
        cell = write_text(ws, HEADER_ROW, col, labels.column(key))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    fit_row_height(
        ws, HEADER_ROW, [(labels.column(key), WIDTHS[key] * 0.8) for key in ACTION_COLUMNS]
    )
    # The action stays in view while scrolling right (the ID left of it is hidden), the header
    # while scrolling down.
    ws.freeze_panes = f"C{FIRST_ROW}"


def _values(
    action: Action, project: Project, labels: Labels, cards: CardIndex
) -> dict[str, object]:
    journey = project.journey(action.journey_id) if action.journey_id else None
    stage = journey.stage(action.stage_id) if journey and action.stage_id else None
    return {
        "id": action.id,
        "title": action.title,
        "description": action.description,
        "journey": journey.title if journey else "",
        "stage": stage.name if stage else "",
        "addresses": "\n".join(_card_titles(action, cards)),
        "owner": action.owner,
        "priority": labels.priority(action.priority),
        "impact": action.impact,
        "effort": action.effort,
        "status": labels.status(action.status),
        "start": action.start,
        "due": action.due,
        "kpi": action.kpi,
        "target": action.target,
        "notes": action.notes,
    }


CardIndex = dict[str, tuple[str, Card]]


def _card_index(project: Project) -> CardIndex:
    """Card ID -> (journey ID, card): searching each map for each addressed card took half the
    action sheet's time for a big project."""
    return {card.id: (journey.id, card) for journey in project.journeys for card in journey.cards}


def _card_titles(action: Action, cards: CardIndex) -> list[str]:
    """Titles of the cards an action addresses, looked up in its own map (any map without one)."""
    titles = []
    for card_id in action.card_ids:
        found = cards.get(card_id)
        if found is not None and action.journey_id in (None, found[0]):
            titles.append(found[1].title or card_id)
    return titles


def _write_action(
    ws: Worksheet, row: int, action: Action, project: Project, labels: Labels, cards: CardIndex
):
    values = _values(action, project, labels, cards)
    for col, key in enumerate(ACTION_COLUMNS, start=1):
        if key == "score":
            write_formula(ws, row, col, score_formula(row))
        else:
            write_value(ws, row, col, values[key])
    texts = [(v, WIDTHS[k]) for k, v in values.items() if isinstance(v, str) and k != "id"]
    fit_row_height(ws, row, texts)


_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="top")


def _column_style(key: str, labels: Labels) -> dict:
    if key in DATE_COLUMNS:
        return {"number_format": labels["date_format"], "alignment": _CENTRE}
    if key == "score":
        return {"alignment": _CENTRE, "number_format": "0.00"}
    if key in NUMBER_COLUMNS:
        return {"alignment": _CENTRE}
    if key == "id":
        return {"alignment": _WRAP, "font": ID_FONT}
    return {"alignment": _WRAP}


def _format_columns(ws: Worksheet, labels: Labels, last_row: int) -> None:
    styles = style_cache(ws)
    for col, key in enumerate(ACTION_COLUMNS, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = WIDTHS[key]
        style = _column_style(key, labels)
        for row in range(FIRST_ROW, last_row + 1):
            styles.apply(ws.cell(row=row, column=col), **style)
    # Kept for reading an edited plan back, of no use to a reader.
    ws.column_dimensions[column_letter("id")].hidden = True
    last = get_column_letter(len(ACTION_COLUMNS))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(last_row, FIRST_ROW)}"


def _list_validation(labels: Labels, values: list[str]) -> DataValidation:
    validation = DataValidation(
        type="list", formula1='"' + ",".join(values) + '"', allow_blank=True
    )
    validation.showErrorMessage = True
    validation.error = labels["val.list_error"]
    return validation


def _add_validations(ws: Worksheet, labels: Labels, to_row: int) -> None:
    status = _list_validation(labels, labels.statuses())
    priority = _list_validation(labels, labels.priorities())
    score = DataValidation(type="whole", operator="between", formula1="1", formula2="5")
    score.allow_blank = True
    score.showErrorMessage = True
    score.error = labels["val.score_error"]
    for validation, keys in (
        (status, ["status"]),
        (priority, ["priority"]),
        (score, ["impact", "effort"]),
    ):
        for key in keys:
            letter = column_letter(key)
            validation.add(f"{letter}{FIRST_ROW}:{letter}{to_row}")
        ws.add_data_validation(validation)


def _add_colours(ws: Worksheet, labels: Labels, to_row: int) -> None:
    status = column_letter("status")
    due = column_letter("due")
    top = FIRST_ROW
    for value, colour in STATUS_FILLS.items():
        fill = PatternFill("solid", fgColor=colour, bgColor=colour)
        label = labels.status(value)
        ws.conditional_formatting.add(
            f"{status}{top}:{status}{to_row}",
            FormulaRule(formula=[f'${status}{top}="{label}"'], fill=fill),
        )
    # Overdue: a due date before today on an action that is neither done nor dropped.
    done, dropped = labels.status(Status.DONE), labels.status(Status.DROPPED)
    ws.conditional_formatting.add(
        f"{due}{top}:{due}{to_row}",
        FormulaRule(
            formula=[
                f'AND(ISNUMBER(${due}{top}),${due}{top}<TODAY(),${status}{top}<>"{done}",'
                f'${status}{top}<>"{dropped}")'
            ],
            fill=OVERDUE_FILL,
            font=OVERDUE_FONT,
        ),
    )
