"""`cjm export --scale`: nan, inf, 0, negative and huge scales give one clear line and exit 1,
before any file is written (issue 11, item 9); the limits hold at the edge and one step past."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.sample_projects import report_project

from cjm_desktop.cli import EXIT_FAILED, EXIT_OK, main
from cjm_desktop.exporters.picture_scale import MAX_SCALE, MIN_SCALE, checked_scale
from cjm_desktop.storage import dumps
from cjm_desktop.user_message import UserError


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.cjm"
    path.write_text(dumps(report_project()), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["--png", "--svg"])
@pytest.mark.parametrize("scale", ["nan", "inf", "-inf", "1e9", "0", "-1", "0.2", "8.01"])
def test_bad_scale_is_refused_before_anything_is_written(
    capsys, project_file, tmp_path, fmt, scale
):
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "export",
            str(project_file),
            "--pdf",
            str(out / "r.pdf"),
            fmt,
            str(out / "m"),
            f"--scale={scale}",
        ]
    )
    err = capsys.readouterr().err
    assert code == EXIT_FAILED
    assert "Traceback" not in err
    assert f"scale must be a number from {MIN_SCALE:g} to {MAX_SCALE:g}" in err
    assert list(out.iterdir()) == []


def test_scale_limits_at_the_edge_and_one_past() -> None:
    assert checked_scale(MIN_SCALE) == MIN_SCALE
    assert checked_scale(MAX_SCALE) == MAX_SCALE
    for past in (MIN_SCALE - 0.01, MAX_SCALE + 0.01, float("nan"), float("inf")):
        with pytest.raises(UserError, match="scale"):
            checked_scale(past)


def test_svg_at_the_largest_scale_is_written(capsys, project_file, tmp_path, qapp):
    out = tmp_path / "m.svg"
    code = main(["export", str(project_file), "--svg", str(out), f"--scale={MAX_SCALE}"])
    assert code == EXIT_OK, capsys.readouterr().err
    assert out.read_text(encoding="utf-8").startswith("<?xml")
