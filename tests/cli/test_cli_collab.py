"""`cjm diff`, `cjm merge` and `cjm git-setup`: exit codes, words, and bad files refused."""

import json
from pathlib import Path

import pytest
from helpers.hostile import assert_clear_message, disk_state, run_cli

from cjm_desktop.cli import EXIT_FAILED, EXIT_OK, main
from cjm_desktop.collab.git_setup import ATTRIBUTES_LINE
from cjm_desktop.editing import SetFields
from cjm_desktop.resource_paths import resources_dir
from cjm_desktop.storage import load, save

EXAMPLE = resources_dir() / "examples" / "bakery_en.cjm"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _variant(tmp_path: Path, name: str, title: str | None) -> Path:
    project = load(EXAMPLE)
    if title is not None:
        SetFields(project.journeys[0].cards[0].id, {"title": title}).apply(project)
    path = tmp_path / name
    save(project, path, backup=False)
    return path


@pytest.fixture
def sides(tmp_path):
    return (
        _variant(tmp_path, "base.cjm", None),
        _variant(tmp_path, "ours.cjm", "Ours"),
        _variant(tmp_path, "theirs.cjm", "Theirs"),
    )


def test_diff_exits_like_diff(capsys, sides):
    base, ours, _ = sides
    assert run(capsys, "diff", base, base) == (EXIT_OK, "", "")
    code, out, _ = run(capsys, "diff", base, ours)
    assert code == EXIT_FAILED
    assert out.startswith("Changed card 'Ours' in map") and "→ 'Ours'" in out


def test_merge_clean_and_with_a_conflict(capsys, sides, tmp_path):
    base, ours, theirs = sides
    out_file = tmp_path / "out.cjm"
    code, out, _ = run(capsys, "merge", base, base, theirs, "-o", out_file)
    assert code == EXIT_OK and "Merged into" in out
    assert load(out_file) == load(theirs)

    code, _, err = run(capsys, "merge", base, ours, theirs, "-o", out_file)
    assert code == EXIT_FAILED
    assert "CONFLICT: card 'Ours'" in err and "theirs 'Theirs'" in err
    assert "merge-conflict" in load(out_file).journeys[0].cards[0].tags
    assert (tmp_path / "out.cjm.bak").exists()  # the clean result written before is kept


DAMAGED = {
    "cut off": ('{"schema_version": 1, "journeys": [', "is incomplete"),
    "newer": ('{"schema_version": 99}', "made by a newer version"),
    "not text": ("\udcff\x00garbage", "holds binary data"),
    "broken reference": (None, "refers to step 'nowhere', which does not exist"),
}


def _damaged(tmp_path: Path, kind: str) -> Path:
    text, _ = DAMAGED[kind]
    path = tmp_path / "damaged.cjm"
    if text is None:
        data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data["journeys"][0]["cards"][0]["step_id"] = "nowhere"
        text = json.dumps(data)
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    return path


@pytest.mark.parametrize("kind", sorted(DAMAGED))
@pytest.mark.parametrize("command", ["diff", "merge"])
def test_a_damaged_file_gives_the_loaders_message_and_writes_nothing(
    sides, tmp_path, command, kind
):
    base, ours, _ = sides
    damaged = _damaged(tmp_path, kind)
    out_file = tmp_path / "never.cjm"
    before = disk_state(damaged)
    args = [base, damaged] if command == "diff" else [base, ours, damaged, "-o", out_file]
    result = run_cli(command, *args)
    err = result.stderr.decode("utf-8")
    assert result.returncode == (2 if command == "diff" else 1)
    assert_clear_message(err, str(damaged), DAMAGED[kind][1])
    assert not out_file.exists()
    assert disk_state(damaged) == before


def test_git_setup_writes_attributes_once_and_prints_the_config(capsys, tmp_path):
    (tmp_path / ".gitattributes").write_text("*.png binary", encoding="utf-8")
    for _ in range(2):
        code, out, _ = run(
            capsys, "git-setup", "--repo", tmp_path, "--print-only", "--command", "cjm"
        )
        assert code == EXIT_OK
    text = (tmp_path / ".gitattributes").read_text(encoding="utf-8")
    assert text == f"*.png binary\n{ATTRIBUTES_LINE}\n"
    assert "already in" in out
    assert "git config merge.cjm.driver 'cjm merge %O %A %B -o %A --no-backup'" in out
    assert "git config diff.cjm.command 'cjm git-diff'" in out
