"""Hostile Excel action plans: each is refused with the import's own clear message (a UserError
naming sheet, row and column where there is one), or imported as it reads, never a traceback, and
the project is never changed by reading (issue 11, items 10 and 12)."""

from __future__ import annotations

import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from helpers.workbook_parts import SHEET, add_rows_xml, inline, rewrite_part, set_cell_xml
from openpyxl import load_workbook

from cjm_desktop.exporters import action_plan_import, workbook_rows
from cjm_desktop.exporters.action_plan_import import MAX_ACTIONS, import_action_plan
from cjm_desktop.exporters.action_plan_sheet import HEADER_ROW, column_index
from cjm_desktop.exporters.excel import PROJECT_ID_PROPERTY, export_excel
from cjm_desktop.exporters.excel_labels import ACTION_COLUMNS
from cjm_desktop.exporters.workbook_rows import MAX_EMPTY_RUN, MAX_SHEET_ROWS
from cjm_desktop.model import Language
from cjm_desktop.storage.canonical_json import dumps

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exporters"))
from excel_test_project import sample_project

from cjm_desktop.user_message import UserError

# The sample project's actions as the exported plan lists them, highest score first: the site
# (impact 4 / effort 2), then the flyer and the queue (3 / 3 each) in project order.
ORDER = ("action-site", "action-flyer", "action-queue")
FIRST = HEADER_ROW + 1  # the first action's row, below the title row and the header
LAST = HEADER_ROW + len(ORDER)  # the last row of the exported sheet


def _row(action_id: str) -> int:
    return FIRST + ORDER.index(action_id)


SITE, FLYER = _row("action-site"), _row("action-flyer")


@pytest.fixture
def plan(tmp_path: Path):
    """An exported plan of the sample project: (project, path). Rows FIRST..LAST hold its
    actions in ORDER, and the sheet has one row element for each of its rows 1..LAST."""
    project = sample_project(Language.NL)
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    ws = load_workbook(path).worksheets[0]
    ids = [ws.cell(row=r, column=column_index("id")).value for r in range(FIRST, ws.max_row + 1)]
    assert ids == list(ORDER)
    with zipfile.ZipFile(path) as zf:
        assert zf.read(SHEET).count(b"<row ") == LAST
    return project, path


def refused(project, path: Path) -> str:
    """The import's message for `path`; the project must be unchanged by the attempt."""
    before = dumps(project)
    with pytest.raises(UserError) as info:
        import_action_plan(project, path)
    assert dumps(project) == before
    text = info.value.render()
    assert "Traceback" not in text
    return text


def imported(project, path: Path):
    before = dumps(project)
    result = import_action_plan(project, path)
    assert dumps(project) == before  # importing only reads
    return result


def _letter(key: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column_index(key))


def _cell(key: str, row: int) -> str:
    """The coordinate of `key`'s cell in `row`, such as "K3"."""
    return f"{_letter(key)}{row}"


def _where(key: str, row: int, header: str) -> str:
    """How the import names a cell in its problems and notes."""
    return f"row {row}, column {_letter(key)} ({header})"


# -- not a workbook ------------------------------------------------------------------------------


def test_truncated_workbook(plan):
    project, path = plan
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert "is not an Excel workbook (.xlsx) or is damaged" in refused(project, path)


def test_not_a_zip(plan, tmp_path):
    project, _ = plan
    path = tmp_path / "plan.xlsx"
    path.write_text("ID;Actie\naction-site;Hallo\n", encoding="utf-8")
    text = refused(project, path)
    assert "is not an Excel workbook" in text and "not a zip archive" in text


def test_device_is_read_no_further_than_the_size_limit(plan, monkeypatch):
    project, _ = plan
    monkeypatch.setattr(workbook_rows, "MAX_WORKBOOK_BYTES", 1024)
    monkeypatch.setattr(action_plan_import, "MAX_WORKBOOK_BYTES", 1024)
    # /dev/zero reports size 0 and never ends: read until the limit, then refused.
    assert "too large for an action plan (more than 0 MiB)" in refused(project, Path("/dev/zero"))


def test_zip_bomb_is_refused_before_it_is_unpacked(plan):
    project, path = plan

    def bomb(data: bytes) -> bytes:
        # Whitespace between elements: a sheet that inflates past the limit from a few hundred KB.
        padding = b" " * (workbook_rows.MAX_UNPACKED_XML_BYTES + 1)
        return data.replace(b"<sheetData>", b"<sheetData>" + padding)

    rewrite_part(path, SHEET, bomb)
    assert path.stat().st_size < 1024 * 1024
    text = refused(project, path)
    assert "more than the 100 MiB an action plan can need" in text


def test_huge_shared_strings_part(plan, monkeypatch):
    project, path = plan
    monkeypatch.setattr(workbook_rows, "MAX_UNPACKED_XML_BYTES", 2 * 1024 * 1024)
    strings = b"".join(b"<si><t>%d</t></si>" % n for n in range(200_000))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/sharedStrings.xml", b'<sst xmlns="x">' + strings + b"</sst>")
    assert "an action plan can need" in refused(project, path)


def test_unpacked_limit_at_the_limit_and_one_past(plan, monkeypatch):
    project, path = plan
    with zipfile.ZipFile(path) as zf:
        size = sum(i.file_size for i in zf.infolist())
    monkeypatch.setattr(workbook_rows, "MAX_UNPACKED_XML_BYTES", size)
    assert imported(project, path).is_empty()
    monkeypatch.setattr(workbook_rows, "MAX_UNPACKED_XML_BYTES", size - 1)
    assert "an action plan can need" in refused(project, path)


def test_non_utf8_text_in_the_sheet(plan):
    project, path = plan
    rewrite_part(path, SHEET, lambda d: d.replace(b"Nieuwe website", "café".encode("latin-1")))
    assert "is not an Excel workbook (.xlsx) or is damaged" in refused(project, path)


def test_shared_string_that_is_not_there(plan):
    project, path = plan
    cell = _cell("description", SITE)
    set_cell_xml(path, cell, f'<c r="{cell}" t="s"><v>999</v></c>')
    assert "is damaged" in refused(project, path)


# -- the wrong sheet or header -------------------------------------------------------------------


def test_sheet_missing(plan):
    project, path = plan
    wb = load_workbook(path)
    wb["Actieplan"].title = "Iets anders"
    wb.save(path)
    text = refused(project, path)
    assert "has no sheet named" in text and "Iets anders" in text


def test_renamed_headers(plan):
    project, path = plan
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws.cell(row=HEADER_ROW, column=column_index("owner")).value = "Wie"
    ws.cell(row=HEADER_ROW, column=column_index("status")).value = "Toestand"
    wb.save(path)
    text = refused(project, path)
    assert "the column 'Eigenaar' is missing" in text
    assert "the column 'Status' is missing" in text


def test_header_row_missing(plan):
    project, path = plan
    header = f'<row r="{HEADER_ROW}"'.encode()
    rewrite_part(path, SHEET, lambda d: d.replace(header, b'<row r="9999"'))
    assert "the column 'ID' is missing" in refused(project, path)


# -- rows that do not belong ---------------------------------------------------------------------


def test_duplicate_ids(plan):
    project, path = plan
    wb = load_workbook(path)
    wb.worksheets[0].cell(row=FLYER, column=column_index("id")).value = "action-site"
    wb.save(path)
    assert f"{_where('id', FLYER, 'ID')}: ID 'action-site' is also in row {SITE}" in refused(
        project, path
    )


def test_ids_of_another_project(plan):
    project, path = plan
    other = sample_project(Language.NL)
    other.id = "project-elders"
    export_excel(other, path)
    assert "exported from another project (project-elders)" in refused(project, path)
    wb = load_workbook(path)
    wb.custom_doc_props[PROJECT_ID_PROPERTY].value = project.id
    wb.worksheets[0][_cell("id", SITE)] = "action-elders"
    wb.save(path)
    assert f"{_where('id', SITE, 'ID')}: ID 'action-elders' is not an action of this project" in (
        refused(project, path)
    )


# -- every kind of cell where another is expected ------------------------------------------------


def test_wrong_types_in_every_column(plan):
    project, path = plan
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    wrong = {
        "priority": 3.5,
        "impact": "veel",
        "effort": True,
        "status": datetime(2024, 1, 1),
        "start": "morgen",
        "due": True,
        "journey": 12,
    }
    for key, value in wrong.items():
        ws.cell(row=SITE, column=column_index(key)).value = value
    ws.cell(row=FLYER, column=column_index("journey")).value = "Brood bestellen"
    ws.cell(row=FLYER, column=column_index("stage")).value = False
    wb.save(path)
    text = refused(project, path)
    for key in wrong:
        assert f"row {SITE}, column {_letter(key)} (" in text, key
    assert (
        f"{_where('stage', FLYER, 'Fase')}: the map 'Brood bestellen' has no stage 'FALSE'" in text
    )


def test_other_types_in_text_columns_read_as_they_show(plan):
    project, path = plan
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for key, value in {
        "title": 42,
        "description": 2.5,
        "owner": True,
        "kpi": datetime(2024, 5, 1),
        "notes": datetime(2024, 5, 1, 9, 30),
    }.items():
        ws.cell(row=SITE, column=column_index(key)).value = value
    wb.save(path)
    result = imported(project, path)
    result.edit.apply(project)
    site = project.action("action-site")
    assert (site.title, site.description, site.owner) == ("42", "2.5", "TRUE")
    assert (site.kpi, site.notes) == ("2024-05-01", "2024-05-01 09:30:00")


def test_error_values_are_refused_with_their_cell(plan):
    project, path = plan
    description, impact = _cell("description", SITE), _cell("impact", FLYER)
    set_cell_xml(path, description, f'<c r="{description}" t="e"><v>#REF!</v></c>')
    set_cell_xml(path, impact, f'<c r="{impact}" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    text = refused(project, path)
    assert f"{_where('description', SITE, 'Omschrijving')}: the cell holds the error #REF!" in text
    assert f"{_where('impact', FLYER, 'Impact (1-5)')}: the cell holds the error #DIV/0!" in text


# -- formulas and markup -------------------------------------------------------------------------


def test_formula_without_a_calculated_value_is_refused_naming_its_cell(plan):
    project, path = plan
    cell = _cell("title", SITE)
    set_cell_xml(path, cell, f'<c r="{cell}"><f>HYPERLINK("http://example.com")</f></c>')
    text = refused(project, path)
    assert f"{_where('title', SITE, 'Actie')}: the cell holds a formula" in text
    assert '=HYPERLINK("http://example.com")' in text


def test_array_formula_without_a_value_is_refused_not_imported_as_an_object(plan):
    project, path = plan
    cell = _cell("title", FLYER)
    set_cell_xml(path, cell, f'<c r="{cell}"><f t="array" ref="{cell}">UPPER("x")</f></c>')
    text = refused(project, path)
    assert f'{_where("title", FLYER, "Actie")}: the cell holds a formula (=UPPER("x"))' in text
    assert "openpyxl" not in text


def test_formulas_with_a_calculated_value_import_that_value_and_say_so(plan):
    project, path = plan
    site, flyer, impact = _cell("title", SITE), _cell("title", FLYER), _cell("impact", SITE)
    set_cell_xml(
        path, site, f'<c r="{site}" t="str"><f>HYPERLINK("http://x","Site")</f><v>Site</v></c>'
    )
    set_cell_xml(
        path, flyer, f'<c r="{flyer}" t="str"><f t="array" ref="{flyer}">UPPER("x")</f><v>X</v></c>'
    )
    set_cell_xml(path, impact, f'<c r="{impact}"><f>2+2</f><v>4</v></c>')
    result = imported(project, path)
    note = str(result.formula_note())
    assert note.startswith("Cells holding a formula: 3; their calculated values were imported")
    for where in (
        _where("title", SITE, "Actie"),
        _where("title", FLYER, "Actie"),
        _where("impact", SITE, "Impact (1-5)"),
    ):
        assert where in note
    result.edit.apply(project)
    assert project.action("action-site").title == "Site"
    assert project.action("action-site").impact == 4
    assert project.action("action-flyer").title == "X"


def test_markup_and_formula_text_typed_as_text_stays_literal(plan):
    project, path = plan
    description, notes = _cell("description", SITE), _cell("notes", SITE)
    set_cell_xml(
        path,
        description,
        f'<c r="{description}" t="inlineStr">{inline("&lt;b&gt;vet&lt;/b&gt; &amp;amp;")}</c>',
    )
    set_cell_xml(path, notes, f'<c r="{notes}" t="inlineStr">{inline("=SUM(A1:A9)")}</c>')
    result = imported(project, path)
    assert result.formula_note() is None
    result.edit.apply(project)
    site = project.action("action-site")
    assert (site.description, site.notes) == ("<b>vet</b> &amp;", "=SUM(A1:A9)")


# -- sheets far larger than they look -----------------------------------------------------------


def test_one_cell_at_the_last_row_does_not_make_a_million_rows(plan):
    project, path = plan
    add_rows_xml(
        path, f'<row r="1048576"><c r="A1048576" t="inlineStr">{inline("x")}</c></row>'.encode()
    )
    exported = f'<dimension ref="A1:{_letter(ACTION_COLUMNS[-1])}{LAST}"'.encode()

    def declare_a_million_rows(data: bytes) -> bytes:
        assert exported in data
        return data.replace(exported, b'<dimension ref="A1:XFD1048576"')

    rewrite_part(path, SHEET, declare_a_million_rows)
    assert imported(project, path).is_empty()


def test_a_sheet_of_1048576_rows_stops_at_the_empty_run(plan):
    project, path = plan
    add_rows_xml(path, b"<row/>" * (1048576 - LAST))
    assert imported(project, path).is_empty()


def test_a_sheet_of_1048576_full_rows_is_refused_at_the_limit(plan):
    project, path = plan
    row = f'<row><c r="B1" t="inlineStr">{inline("Nog een actie")}</c></row>'.encode()
    add_rows_xml(path, row.replace(b' r="B1"', b"") * (1048576 - LAST))
    text = refused(project, path)
    assert f"(at most {MAX_ACTIONS} actions in {MAX_SHEET_ROWS} rows)" in text


def _title_row(row: int, title: str) -> bytes:
    """A raw sheet row `row` holding just an action title."""
    cell = f'<c r="{_cell("title", row)}" t="inlineStr">{inline(title)}</c>'
    return f'<row r="{row}">{cell}</row>'.encode()


def test_repeated_row_numbers_count_towards_the_limit(plan):
    project, path = plan
    # Five million identical rows compress to a few hundred KB; openpyxl's own iterator skips
    # a repeated row number silently, so without counting them reading ran for minutes.
    add_rows_xml(path, _title_row(LAST, "x") * (MAX_SHEET_ROWS + 1))
    assert "has more rows than an action plan can hold" in refused(project, path)


def test_empty_run_at_the_limit_and_one_past(plan):
    project, path = plan
    row = LAST + MAX_EMPTY_RUN  # after MAX_EMPTY_RUN - 1 empty rows below the last action: read
    add_rows_xml(path, _title_row(row, "Laat"))
    assert imported(project, path).n_new == 1
    project, path = plan
    export_excel(project, path)
    row = LAST + MAX_EMPTY_RUN + 1  # after MAX_EMPTY_RUN empty rows: the table has ended
    add_rows_xml(path, _title_row(row, "Te laat"))
    assert imported(project, path).n_new == 0


def test_sheet_rows_at_the_limit_and_one_past(plan, monkeypatch):
    project, path = plan
    # The title row, the header and three actions: LAST rows (the fixture counts them).
    monkeypatch.setattr(workbook_rows, "MAX_SHEET_ROWS", LAST)
    assert imported(project, path).is_empty()
    monkeypatch.setattr(workbook_rows, "MAX_SHEET_ROWS", LAST - 1)
    assert "has more rows than an action plan can hold" in refused(project, path)


def test_actions_at_the_limit_and_one_past(plan, monkeypatch):
    project, path = plan
    monkeypatch.setattr(action_plan_import, "MAX_ACTIONS", 3)
    assert imported(project, path).is_empty()
    monkeypatch.setattr(action_plan_import, "MAX_ACTIONS", 2)
    assert "has more rows than an action plan can hold" in refused(project, path)


def test_the_workbook_on_disk_is_only_read(plan):
    project, path = plan
    before = path.read_bytes()
    imported(project, path)
    assert path.read_bytes() == before


def test_one_problem_is_counted_in_the_singular(plan):
    # Issue 11: messages said "(1 problems)".
    project, path = plan
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws.cell(row=HEADER_ROW, column=column_index("owner")).value = "Wie"
    wb.save(path)
    text = refused(project, path)
    assert ": 1 problem." in text and "1 problems" not in text
