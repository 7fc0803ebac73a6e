"""Progress and Cancel inside one PDF: the report says how far it is as it goes, and a stop
asked for midway leaves neither the PDF nor a temporary file."""

from datetime import date, timedelta
from itertools import pairwise

import pytest
from helpers.sample_projects import report_project

from cjm_desktop.editing.journey_copy import copy_with_new_ids
from cjm_desktop.export_jobs import ExportRequest, run_exports
from cjm_desktop.exporters.export_progress import Cancelled
from cjm_desktop.exporters.pdf import PdfOptions, export_pdf, render_pdf
from cjm_desktop.model import Action


def big_project():
    """Two maps and an action plan that runs over several pages."""
    project = report_project(steps_per_stage=4)
    project.journeys.append(copy_with_new_ids(project.journeys[0]))
    project.actions += [
        Action(id=f"x{n}", title=f"Actie {n}", due=date(2027, 1, 1) + timedelta(days=n))
        for n in range(120)
    ]
    return project


class Recorder:
    """Records (done, total) reports; asks to stop once `stop_after` reports came in."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def stop(self) -> bool:
        return self.stop_after is not None and len(self.reports) >= self.stop_after


def test_reports_increase_and_end_at_the_total():
    recorder = Recorder()
    render_pdf(big_project(), PdfOptions(progress=recorder, stop=recorder.stop))
    done = [d for d, _ in recorder.reports]
    totals = {t for _, t in recorder.reports}
    assert len(totals) == 1
    assert len(done) > 10  # the maps, each page of the action plan, each page written out
    assert all(a < b for a, b in pairwise(done))
    assert done[0] > 0 and done[-1] == totals.pop()


def test_the_action_plan_moves_the_bar_page_by_page():
    recorder = Recorder()
    render_pdf(big_project(), PdfOptions(progress=recorder, include_personas=False))
    total = recorder.reports[0][1]
    # Reports between the maps (a few tenths) and the writing out (the last tenth).
    middle = [d for d, _ in recorder.reports if 0.5 * total < d < 0.85 * total]
    assert len(middle) >= 2


def test_the_hooks_do_not_change_the_file():
    project = big_project()
    recorder = Recorder()
    assert render_pdf(project, PdfOptions(progress=recorder, stop=recorder.stop)) == render_pdf(
        project
    )


def test_cancel_after_the_first_report_leaves_no_file(tmp_path):
    recorder = Recorder(stop_after=1)
    target = tmp_path / "report.pdf"
    with pytest.raises(Cancelled):
        export_pdf(big_project(), target, PdfOptions(progress=recorder, stop=recorder.stop))
    assert len(recorder.reports) == 1
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_old_report_as_it_was(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    recorder = Recorder(stop_after=3)
    with pytest.raises(Cancelled):
        export_pdf(big_project(), target, PdfOptions(progress=recorder, stop=recorder.stop))
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert target.read_bytes() == b"the old report"


def test_cancel_while_a_map_is_laid_out(tmp_path):
    # Before the first report: the stop is asked between maps too.
    with pytest.raises(Cancelled):
        export_pdf(big_project(), tmp_path / "r.pdf", PdfOptions(stop=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_run_exports_hands_the_hooks_to_the_pdf_and_stops_before_the_next_file(tmp_path):
    recorder = Recorder(stop_after=2)
    files: list[tuple[int, int, str]] = []
    request = ExportRequest(pdf=str(tmp_path / "r.pdf"), xlsx=str(tmp_path / "r.xlsx"))
    with pytest.raises(Cancelled):
        run_exports(
            big_project(),
            request,
            lambda *report: files.append(report),
            part=recorder,
            stop=recorder.stop,
        )
    assert files == [(0, 2, str(tmp_path / "r.pdf"))]
    assert len(recorder.reports) == 2
    assert list(tmp_path.iterdir()) == []


def test_run_exports_without_a_stop_writes_everything(tmp_path):
    recorder = Recorder()
    request = ExportRequest(pdf=str(tmp_path / "r.pdf"), xlsx=str(tmp_path / "r.xlsx"))
    written = run_exports(big_project(), request, part=recorder, stop=recorder.stop)
    assert written == [tmp_path / "r.pdf", tmp_path / "r.xlsx"]
    assert recorder.reports[-1][0] == recorder.reports[-1][1]
