"""`cjm templates` and `cjm new`: the catalog from the command line."""

from cjm_desktop import catalog
from cjm_desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from cjm_desktop.model import Language, find_problems
from cjm_desktop.storage import load


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_templates_lists_every_template_with_its_stages(capsys):
    code, out, _ = run(capsys, "templates")
    assert code == EXIT_OK
    for template in catalog.templates():
        assert template.id in out
    assert "See, Think, Do, Care" in out
    assert "Awareness, Acquisition, Activation, Revenue, Retention, Referral" in out
    code, out, _ = run(capsys, "templates", "--lang", "nl")
    assert code == EXIT_OK
    assert "Aandacht, Afweging, Actie, Altijd, Advocaat" in out
    assert "Een dag uit het leven" in out


def test_new_writes_a_valid_project_in_the_language(capsys, tmp_path):
    out_file = tmp_path / "reis.cjm"
    code, out, _ = run(capsys, "new", "--template", "five_a", "--lang", "nl", "-o", str(out_file))
    assert code == EXIT_OK
    assert str(out_file) in out
    project = load(out_file)
    assert project.language == Language.NL and project.title == "Nieuw project"
    assert find_problems(project) == []
    assert project.journeys[0].stages[0].name == "Aandacht"
    assert project.journeys[0].template == "five_a"

    titled = tmp_path / "en.cjm"
    args = ("new", "--template", "aaarrr", "--lang", "en", "--title", "Bakery", "-o", str(titled))
    assert run(capsys, *args)[0] == EXIT_OK
    project = load(titled)
    assert project.title == "Bakery" and project.language == Language.EN
    assert project.journeys[0].stages[0].name == "Awareness"


def test_new_refuses_to_overwrite_without_force(capsys, tmp_path):
    out_file = tmp_path / "p.cjm"
    out_file.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "new", "--template", "five_phases", "-o", str(out_file))
    assert code == EXIT_USAGE and "--force" in err
    assert out_file.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run(capsys, "new", "--template", "five_phases", "--force", "-o", str(out_file))
    assert code == EXIT_OK and load(out_file).journeys


def test_new_with_an_unknown_template_names_the_known_ones(capsys, tmp_path):
    out_file = tmp_path / "p.cjm"
    code, _, err = run(capsys, "new", "--template", "pirates", "-o", str(out_file))
    assert code == EXIT_FAILED
    assert "Unknown template 'pirates'" in err and "five_phases" in err
    assert "Traceback" not in err
    assert not out_file.exists()
