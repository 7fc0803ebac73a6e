"""The PDF options of an export request reach the PDF exporter (the export dialog sets them)."""

from cjm_desktop import export_jobs
from cjm_desktop.exporters import pdf
from cjm_desktop.model import Journey, Project


def test_pdf_options_follow_the_request(tmp_path, monkeypatch):
    seen = {}
    monkeypatch.setattr(pdf, "export_pdf", lambda project, path, options: seen.update(o=options))
    project = Project(journeys=[Journey(title="A"), Journey(title="B")])
    request = export_jobs.ExportRequest(
        pdf=str(tmp_path / "r.pdf"),
        journey_ids=[project.journeys[1].id],
        paper="A3",
        portrait=True,
        tile=True,
        include_personas=False,
        include_actions=False,
    )
    export_jobs.run_exports(project, request)
    options = seen["o"]
    assert (options.paper, options.orientation, options.fit) == ("A3", "portrait", "tile")
    assert options.journey_ids == [project.journeys[1].id]
    assert not options.include_personas and not options.include_actions
