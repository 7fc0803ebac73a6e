"""A journey map as a spreadsheet grid: stages and steps as header rows, lanes as rows.

Cards become the text of their cell (a card's picture a picture at the top of it); each emotion
curve becomes a row of its values (-2..+2), coloured red to green, so the map can be read and
printed from the workbook alone.
"""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..model import EMOTION_MAX, EMOTION_MIN, Journey, JourneyState, Lane, LaneKind, Project
from .cell_styles import style_cache
from .excel_font import font
from .excel_labels import Labels
from .excel_pictures import PictureCache, column_pixels, place_pictures
from .safe_cell import write_text, write_value
from .table_sheet import LINE_HEIGHT, MAX_ROW_HEIGHT, estimated_lines, fit_row_height

STAGE_ROW = 3
STEP_ROW = 4
FIRST_LANE_ROW = 5
FIRST_STEP_COLUMN = 2
LANE_WIDTH = 22
STEP_WIDTH = 24
DEFAULT_STAGE_COLOUR = "D9E1F2"
STEP_FILL = PatternFill("solid", fgColor="F2F2F2")
LANE_FILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
# Text under the pictures placed at the top of the cell.
UNDER_PICTURES = Alignment(wrap_text=True, vertical="bottom")
CENTRED = Alignment(wrap_text=True, horizontal="center", vertical="center")
MIDDLE = Alignment(horizontal="center", vertical="center")
STEP_FONT = font(bold=True, size=10)


def step_columns(journey: Journey) -> list[tuple[int, int]]:
    """(first, last) column of each stage; a stage without steps still gets one column."""
    spans = []
    col = FIRST_STEP_COLUMN
    for stage in journey.stages:
        width = max(len(stage.steps), 1)
        spans.append((col, col + width - 1))
        col += width
    return spans


def write_map_sheet(ws: Worksheet, journey: Journey, project: Project, labels: Labels) -> None:
    spans = step_columns(journey)
    last_col = spans[-1][1] if spans else FIRST_STEP_COLUMN
    _write_title(ws, journey, project, labels, last_col)
    step_column = _write_stage_and_step_headers(ws, journey, labels, spans)
    row = FIRST_LANE_ROW
    cells = journey.cards_by_cell()
    pictures = PictureCache()
    for lane in journey.lanes:
        row = _write_lane(ws, row, lane, project, labels, step_column, cells, pictures)
    _format(ws, last_col, row - 1)


def _write_title(ws, journey: Journey, project: Project, labels: Labels, last_col: int) -> None:
    title = write_text(ws, 1, 1, journey.title)
    title.font = font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    state = labels[f"map.state.{JourneyState(journey.state).value}"]
    subtitle = f"{labels['map.persona']}: {persona.name}  ·  {state}" if persona else state
    write_text(ws, 2, 1, subtitle).font = font(italic=True, color="595959")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)


def _write_stage_and_step_headers(
    ws: Worksheet, journey: Journey, labels: Labels, spans: list[tuple[int, int]]
) -> dict[str, int]:
    for row, key in ((STAGE_ROW, "map.stage"), (STEP_ROW, "map.step")):
        cell = write_text(ws, row, 1, labels[key])
        cell.font = font(bold=True)
        cell.fill = LANE_FILL
    step_column: dict[str, int] = {}
    styles = style_cache(ws)
    for stage, (first, last) in zip(journey.stages, spans, strict=True):
        colour = stage.color.lstrip("#") or DEFAULT_STAGE_COLOUR
        cell = write_text(ws, STAGE_ROW, first, stage.name)
        cell.font = font(bold=True, color=_ink_on(colour))
        cell.fill = PatternFill("solid", fgColor=colour)
        cell.alignment = CENTRED
        # No border yet: merging a bordered cell makes openpyxl copy edges onto every merged
        # cell, work _format then overwrites by giving every grid cell the border.
        if last > first:
            ws.merge_cells(
                start_row=STAGE_ROW, start_column=first, end_row=STAGE_ROW, end_column=last
            )
        for col, step in enumerate(stage.steps, start=first):
            step_column[step.id] = col
            cell = write_text(ws, STEP_ROW, col, step.name)
            styles.apply(cell, font=STEP_FONT, fill=STEP_FILL, alignment=CENTRED, border=BORDER)
    # A two-line step name ran up into the stage row; bold text wraps sooner than plain.
    names = [(step.name, STEP_WIDTH * 0.85) for stage in journey.stages for step in stage.steps]
    fit_row_height(ws, STEP_ROW, names)
    return step_column


def _ink_on(fill: str) -> str:
    """White on the dark stage colours, black on a light one a user picked: readable either way."""
    try:
        r, g, b = (int(fill[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "000000"
    return "FFFFFF" if 0.299 * r + 0.587 * g + 0.114 * b < 150 else "000000"


def _lane_title(lane: Lane, labels: Labels) -> str:
    return lane.title or labels.lane_kind(LaneKind(lane.kind))


def _write_lane(
    ws: Worksheet,
    row: int,
    lane: Lane,
    project: Project,
    labels: Labels,
    step_column: dict[str, int],
    cells: dict[tuple[str, str], list],
    pictures: PictureCache,
) -> int:
    """Write one lane from `row`; return the next free row."""
    if lane.kind == LaneKind.EMOTION:
        return _write_curves(ws, row, lane, project, labels, step_column)
    title = _lane_title(lane, labels)
    _lane_header(ws, row, title)
    texts = [(title, LANE_WIDTH)]
    styles = style_cache(ws)
    tallest = 0.0  # points a cell with pictures needs: its pictures and its text below them
    for step_id, col in step_column.items():
        cards = cells.get((lane.id, step_id), [])
        text = "\n".join(card.title for card in cards)
        cell = write_text(ws, row, col, text) if cards else ws.cell(row=row, column=col)
        shown = [p for p in (pictures.picture(card.image) for card in cards if card.image) if p]
        if shown:
            pixels = place_pictures(ws, row, col, shown, column_pixels(STEP_WIDTH))
            lines = estimated_lines(text, STEP_WIDTH) if text else 0
            tallest = max(tallest, pixels * 0.75 + lines * LINE_HEIGHT)
        styles.apply(cell, alignment=UNDER_PICTURES if shown else WRAP_TOP, border=BORDER)
        texts.append((text, STEP_WIDTH))
    # Room to write on a printed map, even in an empty lane.
    fit_row_height(ws, row, texts, minimum_lines=2)
    if tallest:
        height = ws.row_dimensions[row].height or LINE_HEIGHT
        ws.row_dimensions[row].height = min(max(height, tallest), MAX_ROW_HEIGHT)
    return row + 1


def _lane_header(ws: Worksheet, row: int, title: str) -> None:
    cell = write_text(ws, row, 1, title)
    cell.font = font(bold=True)
    cell.fill = LANE_FILL
    cell.alignment = WRAP_TOP
    cell.border = BORDER


def _write_curves(
    ws: Worksheet,
    row: int,
    lane: Lane,
    project: Project,
    labels: Labels,
    step_column: dict[str, int],
) -> int:
    if not lane.curves:
        _lane_header(ws, row, _lane_title(lane, labels))
        return row + 1
    for curve in lane.curves:
        persona = project.persona(curve.persona_id) if curve.persona_id else None
        name = curve.label or (persona.name if persona else "")
        title = _lane_title(lane, labels) + (f": {name}" if name else "")
        _lane_header(ws, row, title)
        styles = style_cache(ws)
        for step_id, col in step_column.items():
            cell = write_value(ws, row, col, curve.points.get(step_id))
            styles.apply(cell, alignment=MIDDLE, border=BORDER)
        if step_column:
            first = get_column_letter(FIRST_STEP_COLUMN)
            last = get_column_letter(max(step_column.values()))
            ws.conditional_formatting.add(
                f"{first}{row}:{last}{row}",
                ColorScaleRule(
                    start_type="num",
                    start_value=EMOTION_MIN,
                    start_color="F8696B",
                    mid_type="num",
                    mid_value=0,
                    mid_color="FFEB84",
                    end_type="num",
                    end_value=EMOTION_MAX,
                    end_color="63BE7B",
                ),
            )
        row += 1
    return row


def _format(ws: Worksheet, last_col: int, last_row: int) -> None:
    # Every cell of the grid gets a border, also the column of a stage without steps.
    styles = style_cache(ws)
    for row in ws.iter_rows(min_row=STAGE_ROW, max_row=last_row, max_col=last_col):
        for cell in row:
            styles.apply(cell, border=BORDER)
    ws.column_dimensions["A"].width = LANE_WIDTH
    for col in range(FIRST_STEP_COLUMN, last_col + 1):
        ws.column_dimensions[get_column_letter(col)].width = STEP_WIDTH
    ws.freeze_panes = ws.cell(row=FIRST_LANE_ROW, column=FIRST_STEP_COLUMN).coordinate
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{STAGE_ROW}:{STEP_ROW}"
    ws.print_title_cols = "A:A"
    ws.print_area = f"A1:{get_column_letter(last_col)}{max(last_row, STEP_ROW)}"
