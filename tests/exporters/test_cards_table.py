"""Cards tables (one row per card) both ways: the bundled examples travel through CSV and Excel
and come back with the same stages, steps, lanes and cards; columns are found by their English
or Dutch names; Dutch CSV (";", BOM, Windows-1252) reads; bad rows are named by row number."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import RESOURCES
from openpyxl import Workbook, load_workbook

from cjm_desktop.cli import EXIT_FAILED, EXIT_OK, main
from cjm_desktop.exporters.cards_export import cards_csv, write_cards
from cjm_desktop.exporters.cards_import import build_map, import_cards_file, sample_rows
from cjm_desktop.exporters.cards_table_read import read_table
from cjm_desktop.model import Journey
from cjm_desktop.storage import load
from cjm_desktop.user_message import UserError

EXAMPLES = sorted((RESOURCES / "examples").glob("*.cjm"))


def view(journey: Journey) -> tuple:
    """What the cards table carries: stages and steps in order, lanes in order, every card."""
    lanes = {lane.id: (lane.title, lane.kind) for lane in journey.lanes}
    steps = {t.id: (s.name, t.name) for s in journey.stages for t in s.steps}
    cards = [
        (
            lanes[c.lane_id],
            steps[c.step_id],
            c.model_dump(exclude={"id", "lane_id", "step_id", "image"}),
        )
        for c in sorted(journey.cards, key=lambda c: (c.lane_id, c.step_id, c.order))
    ]
    stages = [(s.name, [t.name for t in s.steps]) for s in journey.stages]
    return stages, list(lanes.values()), sorted(cards, key=repr)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip_through_cjm_export_and_import(example, suffix, tmp_path, capsys):
    project = load(example)
    out = tmp_path / f"cards{suffix}"
    assert main(["export", str(example), "--cards", str(out)]) == EXIT_OK
    written = sorted(tmp_path.glob(f"cards*{suffix}"))
    assert len(written) == len(project.journeys)
    for journey, path in zip(project.journeys, written, strict=True):
        new = tmp_path / f"{path.stem}.cjm"
        lang = project.language.value
        assert main(["import", str(path), "-o", str(new), "--lang", lang]) == EXIT_OK
        (back,) = load(new).journeys
        assert view(back) == view(journey)
    assert "adjusted" not in capsys.readouterr().out


def test_dutch_csv_uses_semicolons_and_a_byte_order_mark():
    project = load(RESOURCES / "examples" / "bakkerij_nl.cjm")
    data = cards_csv(project.journeys[0], "nl")
    assert data.startswith("\ufeff".encode())
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Fase;Stap;Baan;Soort baan;Titel;Toelichting;Kanaal")


def _csv(tmp_path: Path, rows: list[list[str]], *, delimiter=",", encoding="utf-8") -> Path:
    path = tmp_path / "cards.csv"
    with path.open("w", newline="", encoding=encoding) as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def test_columns_by_dutch_or_english_names_in_any_order_and_new_places_in_order(tmp_path):
    rows = [
        ["Titel", "Omschrijving", "Baan", "Fase", "Stap", "Kanaal", "Emotie", "MoT", "Labels"],
        [
            "Google",
            "zoekt",
            "Contactmomenten",
            "Oriënteren",
            "Zoekt",
            "zoekmachine",
            "+1",
            "ja",
            "a; b",
        ],
        ["Te duur", "", "Pijnpunten", "Kopen", "Betaalt", "", "-2", "", ""],
        ["Site", "", "Contactmomenten", "", "Vergelijkt", "Website", "", "x", ""],
    ]
    imported = import_cards_file(_csv(tmp_path, rows, delimiter=";", encoding="cp1252"), "nl")
    journey = imported.journey
    assert [(s.name, [t.name for t in s.steps]) for s in journey.stages] == [
        ("Oriënteren", ["Zoekt"]),
        ("Kopen", ["Betaalt", "Vergelijkt"]),  # an empty stage cell: the stage of the row above
    ]
    assert [lane.title for lane in journey.lanes] == ["Contactmomenten", "Pijnpunten"]
    assert [lane.kind.value for lane in journey.lanes] == ["text", "pain_points"]
    google, duur, site = journey.cards
    assert (google.channel.value, google.sentiment, google.moment_of_truth) == ("search", 1, True)
    assert google.tags == ["a", "b"]
    assert duur.sentiment == -2
    assert site.channel.value == "website" and site.moment_of_truth
    assert "read as Windows-1252" in imported.notes[0].render()


def test_bad_rows_are_named_and_refuse_the_import_unless_skipped(tmp_path):
    rows = [
        ["stage", "step", "lane", "title", "channel", "sentiment", "moment of truth"],
        ["A", "1", "Touchpoints", "ok", "", "", ""],
        ["A", "2", "Touchpoints", "bad channel", "pigeon", "", ""],
        ["A", "3", "Touchpoints", "bad sentiment", "", "7", ""],
        ["A", "4", "", "no lane", "", "", ""],
        ["A", "5", "Touchpoints", "bad flag", "", "", "maybe"],
    ]
    path = _csv(tmp_path, rows)
    with pytest.raises(UserError) as info:
        import_cards_file(path, "en")
    assert "4 rows of “cards.csv” cannot be read, so nothing was imported" in str(info.value)
    assert info.value.details == [
        "row 3: Channel: “pigeon” is not one of the known values",
        "row 4: sentiment “7” is not a whole number from -2 to 2",
        "row 5: a card needs a lane",
        "row 6: Moment of truth: “maybe” is not yes or no",
    ]
    imported = import_cards_file(path, "en", skip_bad_rows=True)
    assert [c.title for c in imported.journey.cards] == ["ok"]
    assert [s.name for s in imported.journey.steps()] == ["1"]  # bad rows add no step
    left_out = "row 3 left out: Channel: “pigeon” is not one of the known values"
    assert imported.notes[0].render() == left_out


def test_missing_columns_are_named(tmp_path):
    path = _csv(tmp_path, [["Title", "Stage"], ["x", "y"]])
    with pytest.raises(UserError, match="needs the columns Step, Lane; it has: Title, Stage"):
        import_cards_file(path, "en")


def test_formula_cells_are_never_read_as_text(tmp_path):
    path = tmp_path / "cards.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Stage", "Step", "Lane", "Title"])
    sheet.append(["A", "1", "Touchpoints", '=HYPERLINK("http://x","click")'])
    sheet.append(["A", "2", "Touchpoints", "plain"])
    workbook.save(path)
    result = build_map(read_table(path), ["stage", "step", "lane", "title"], "en")
    assert [c.title for c in result.imported.journey.cards] == ["plain"]
    assert [b.render() for b in result.bad_rows] == [
        "row 2: the Title cell holds a formula; type the value"
    ]


def test_exported_text_that_looks_like_a_formula_stays_text(tmp_path):
    project = load(RESOURCES / "examples" / "bakery_en.cjm")
    journey = project.journeys[0]
    journey.cards[0].title = "=1+1"
    journey.cards[1].details = "@SUM(A1)"
    out = write_cards(journey, "en", tmp_path / "c.xlsx")
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    back = import_cards_file(out, "en").journey
    assert view(back) == view(journey)


def test_the_sample_template_imports(tmp_path):
    for language in ("en", "nl"):
        path = _csv(tmp_path, sample_rows(language))
        imported = import_cards_file(path, language)
        assert len(imported.journey.cards) == 2
        assert imported.notes == []


def test_cjm_import_prints_bad_rows_and_leaves_no_file(tmp_path, capsys):
    path = _csv(
        tmp_path, [["stage", "step", "lane", "title", "sentiment"], ["A", "1", "T", "x", "9"]]
    )
    out = tmp_path / "x.cjm"
    assert main(["import", str(path), "-o", str(out)]) == EXIT_FAILED
    assert "row 2: sentiment “9” is not a whole number" in capsys.readouterr().err
    assert not out.exists()
