"""The `cjm` command: exit codes, messages and the files it writes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.sample_projects import report_project

from cjm_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from cjm_desktop.storage import dumps, load


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.cjm"
    path.write_text(dumps(report_project()), encoding="utf-8")
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_validate_ok_and_invalid(capsys, project_file, tmp_path):
    broken = tmp_path / "broken.cjm"
    broken.write_text('{"schema_version": 1, "title": 3}', encoding="utf-8")
    code, out, err = run(capsys, "validate", str(project_file), str(broken))
    assert code == EXIT_FAILED
    assert f"{project_file}: ok" in out
    assert f"{broken}: invalid" in err
    assert "title: Input should be a valid string" in err


def test_every_bad_file_exits_1_without_a_traceback(capsys, tmp_path):
    cases = {
        "empty.cjm": b"",
        "binary.cjm": b"\x00\x01\x02",
        "latin1.cjm": '{"title": "caf\xe9"}'.encode("latin-1"),
        "json.cjm": b"{oops",
        "newer.cjm": b'{"schema_version": 7}',
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        code, _, err = run(capsys, "validate", str(tmp_path / name))
        assert code == EXIT_FAILED, name
        assert "Traceback" not in err
    code, _, err = run(capsys, "info", str(tmp_path / "missing.cjm"))
    assert code == EXIT_FAILED
    assert "does not exist" in err


def test_info_counts(capsys, project_file):
    code, out, _ = run(capsys, "info", "--json", str(project_file))
    assert code == EXIT_OK
    counts = json.loads(out)["counts"]
    assert counts == {
        "personas": 1,
        "journeys": 1,
        "stages": 3,
        "steps": 6,
        "lanes": 3,
        "cards": 2,
        "curves": 1,
        "actions": 2,
    }
    code, out, _ = run(capsys, "info", str(project_file))
    assert "cards      2" in out


def test_schema_is_json(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == EXIT_OK
    assert json.loads(out)["title"].startswith("cjm_desktop project file")


def test_export_writes_every_format(capsys, project_file, tmp_path, qapp):
    outs = {ext: tmp_path / f"out.{ext}" for ext in ("pdf", "xlsx", "mmd", "png", "svg")}
    code, out, err = run(
        capsys,
        "export",
        str(project_file),
        "--pdf", str(outs["pdf"]),
        "--xlsx", str(outs["xlsx"]),
        "--mermaid", str(outs["mmd"]),
        "--png", str(outs["png"]),
        "--svg", str(outs["svg"]),
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert outs["pdf"].read_bytes().startswith(b"%PDF")
    assert outs["xlsx"].read_bytes().startswith(b"PK")
    assert outs["mmd"].read_text(encoding="utf-8").startswith("journey")
    assert outs["png"].read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in outs["svg"].read_bytes()
    assert out.count("Wrote ") == 5


def test_export_needs_an_output_and_a_known_map(capsys, project_file, tmp_path):
    code, _, err = run(capsys, "export", str(project_file))
    assert code == EXIT_USAGE
    assert "name at least one output" in err
    code, _, err = run(
        capsys, "export", str(project_file), "--journey", "nope", "--pdf", str(tmp_path / "x.pdf")
    )
    assert code == EXIT_FAILED
    assert "No map with ID nope" in err
    assert not (tmp_path / "x.pdf").exists()


def test_export_to_a_missing_folder_fails_cleanly(capsys, project_file, tmp_path):
    before = project_file.read_bytes()
    code, _, err = run(capsys, "export", str(project_file), "--pdf", str(tmp_path / "no" / "x.pdf"))
    assert code == EXIT_FAILED
    assert "does not exist" in err
    assert project_file.read_bytes() == before


def test_import_actions_round_trip(capsys, project_file, tmp_path):
    plan = tmp_path / "plan.xlsx"
    assert main(["export", str(project_file), "--xlsx", str(plan)]) == EXIT_OK
    code, out, err = run(capsys, "import-actions", "--dry-run", str(project_file), str(plan))
    assert code == EXIT_OK, err
    assert "Dry run" in out
    code, out, err = run(capsys, "import-actions", str(project_file), str(plan))
    assert code == EXIT_OK, err
    assert len(load(project_file).actions) == 2


def test_unknown_command_is_usage_error():
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == EXIT_USAGE


def test_console_script_help_lists_commands_and_exit_codes():
    exe = shutil.which("cjm", path=str(Path(sys.executable).parent))
    assert exe, "the cjm console script is installed with the package"
    out = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("templates", "new", "validate", "info", "schema", "export", "import-actions"):
        assert command in out
    assert "exit codes" in out
