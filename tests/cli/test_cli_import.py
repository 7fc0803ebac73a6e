"""`cjm import`: a Mermaid journey (or a Markdown file holding one) becomes a map in a new project
or in an existing one, saved atomically with a backup; what was adjusted is printed."""

from pathlib import Path

import pytest

from cjm_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from cjm_desktop.model import Persona, Project
from cjm_desktop.storage import backup_path, load, save

CORPUS = Path(__file__).parent.parent / "exporters" / "mermaid_corpus"

MARKDOWN = """# Notes

```mermaid
flowchart LR
  a --> b
```

```mermaid
journey
  title First
  section A
    One: 5: Me
```

~~~mermaid
journey
  title Second
  section B
    Two: 7: Me, Cat
~~~
"""


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_into_a_new_project(capsys, tmp_path):
    out = tmp_path / "new.cjm"
    code, stdout, _ = run(
        capsys, "import", CORPUS / "mermaid_score_23.mmd", "-o", out, "--lang", "en"
    )
    assert code == EXIT_OK
    assert "adjusted: line 5: score 23 clamped to 5" in stdout
    project = load(out)
    assert project.language.value == "en"
    (journey,) = project.journeys
    assert [s.name for s in journey.stages] == ["Go to work", "Go home"]
    assert [p.name for p in project.personas] == ["Me"]


def test_import_into_an_existing_project_matches_personas_and_keeps_a_backup(capsys, tmp_path):
    target = tmp_path / "p.cjm"
    save(Project(language="en", personas=[Persona(name="customer")]), target)
    before = target.read_bytes()
    code, _, _ = run(capsys, "import", CORPUS / "viewer_restaurant.mmd", "--into", target)
    assert code == EXIT_OK
    project = load(target)
    assert [p.name for p in project.personas] == ["customer", "Waiter", "Kitchen", "Manager"]
    journey = project.journeys[0]
    assert journey.persona_id == project.personas[0].id  # "Customer" is the existing "customer"
    assert backup_path(target).read_bytes() == before


def test_markdown_takes_the_first_journey_block_or_the_chosen_one(capsys, tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text(MARKDOWN, encoding="utf-8")
    run(capsys, "import", doc, "-o", tmp_path / "a.cjm")
    assert load(tmp_path / "a.cjm").journeys[0].title == "First"
    code, stdout, _ = run(capsys, "import", doc, "--block", "2", "-o", tmp_path / "b.cjm")
    assert code == EXIT_OK
    assert load(tmp_path / "b.cjm").journeys[0].title == "Second"
    assert "adjusted: line 19: score 7 clamped to 5" in stdout  # the line in the Markdown file
    code, _, err = run(capsys, "import", doc, "--block", "3", "-o", tmp_path / "c.cjm")
    assert code == EXIT_FAILED
    assert "There is no journey block 3: the Markdown text has 2." in err
    assert not (tmp_path / "c.cjm").exists()


def test_wrong_usage(capsys, tmp_path):
    code, _, err = run(capsys, "import", CORPUS / "mermaid_e_commerce.mmd")
    assert code == EXIT_USAGE
    assert "name either -o NEW.cjm" in err
    with pytest.raises(SystemExit) as info:
        main(["import", "x.mmd", "-o", "x.cjm", "--into", "y.cjm"])
    assert info.value.code == EXIT_USAGE
    assert "not allowed with argument" in capsys.readouterr().err


def test_an_existing_output_is_not_overwritten_without_force(capsys, tmp_path):
    out = tmp_path / "new.cjm"
    out.write_text("keep", encoding="utf-8")
    code, _, _ = run(capsys, "import", CORPUS / "mermaid_e_commerce.mmd", "-o", out)
    assert code == EXIT_USAGE
    assert out.read_text(encoding="utf-8") == "keep"
    assert run(capsys, "import", CORPUS / "mermaid_e_commerce.mmd", "-o", out, "--force")[0] == 0


def test_dry_run_saves_nothing(capsys, tmp_path):
    target = tmp_path / "p.cjm"
    save(Project(), target)
    before = target.read_bytes()
    code, stdout, _ = run(
        capsys, "import", CORPUS / "pokayokay_basic.mmd", "--into", target, "--dry-run"
    )
    assert code == EXIT_OK
    assert "Dry run" in stdout
    assert target.read_bytes() == before
    assert not backup_path(target).exists()


def test_an_unknown_kind_of_file_is_refused(capsys, tmp_path):
    odd = tmp_path / "map.pdf"
    odd.write_bytes(b"%PDF")
    code, _, err = run(capsys, "import", odd, "-o", tmp_path / "x.cjm")
    assert code == EXIT_FAILED
    assert "Cannot import “map.pdf”" in err
