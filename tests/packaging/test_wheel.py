"""The wheel carries everything the program reads: built from the checkout's tracked files,
installed into a fresh virtual environment outside the checkout, it opens the bundled example,
lists the templates and exports a PDF there, with the data found inside the installed package.

The data lives at the top of the repository (resources/, icons/) and is mapped into the package
by pyproject.toml; a file or a package left out of that mapping fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

#: Run inside the new environment: where everything comes from, and each kind of data read
#: through the program's own code.
PROBE = r"""
import json, sys
from pathlib import Path

import cjm_desktop
from cjm_desktop import catalog, resource_paths, storage
from cjm_desktop.storage.json_schema import shipped_schema_path
from cjm_desktop.layout.text_metrics import font_path
from cjm_desktop.exporters.pdf_fonts import symbol_font_path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

app = QApplication([])
from cjm_desktop.ui import icons
from cjm_desktop.ui.help.guide import guide_html
from cjm_desktop.ui.starting_projects import example_path
from cjm_desktop.ui.translators import TRANSLATIONS

examples = {lang: example_path(lang) for lang in ("nl", "en")}
projects = {lang: storage.load(path) for lang, path in examples.items()}
translator = QTranslator()
print(json.dumps({
    "package": cjm_desktop.__file__,
    "resources": str(resource_paths.resources_dir()),
    "icons": str(resource_paths.icons_dir()),
    "examples": {lang: str(path) for lang, path in examples.items()},
    "journeys": {lang: len(p.journeys) for lang, p in projects.items()},
    "templates": [t.id for t in catalog.shipped_catalog().templates],
    "schema": shipped_schema_path().is_file(),
    "fonts": [font_path().is_file(), font_path(bold=True).is_file(), symbol_font_path().is_file()],
    "app_icon": icons.renderer(icons.APP_ICON_NAME) is not None,
    "guide_nl": len(guide_html("nl")),
    "dutch_qm": translator.load(str(TRANSLATIONS / "cjm_desktop_nl.qm")),
}))
"""


def _tracked_files() -> list[str]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the wheel is built from the tracked files")
    return [name for name in out.decode().split("\0") if name and (ROOT / name).is_file()]


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"{args[:4]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A copy of the checkout's tracked files, with the translations compiled as the set-up does:
    what a fresh clone builds, whatever else lies around in this checkout."""
    tree = tmp_path_factory.mktemp("source")
    for name in _tracked_files():
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / name).read_bytes())
    _run([sys.executable, str(tree / "packaging" / "build_translations.py")], cwd=tree)
    return tree


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "--wheel-dir", str(out)],
        cwd=out,
    )  # fmt: skip
    (built,) = out.glob("cjm_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def environment(wheel, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A fresh virtual environment with only the wheel installed; the dependencies (PySide6,
    reportlab, ...) come from the test environment through a .pth line, which Python puts after
    the environment's own site-packages, so the wheel's cjm_desktop is the one imported."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(home)
    bin_dir = home / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        cwd=home,
    )  # fmt: skip
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     cwd=home).strip())  # fmt: skip
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PATH"] = str(bin_dir) + os.pathsep + env.get("PATH", "")
    return bin_dir, env


def _expected_data(tracked: list[str]) -> set[str]:
    """Where the wheel must hold each data file: resources/ and icons/ inside the package, the
    compiled .qm in place of the .ts source."""
    expected = set()
    for name in tracked:
        top = name.split("/", 1)[0]
        if top not in ("resources", "icons"):
            continue
        if name.endswith(".ts"):
            name = name[: -len(".ts")] + ".qm"
        expected.add(f"cjm_desktop/{name}")
    return expected


def test_the_wheel_holds_every_module_and_data_file(wheel):
    tracked = _tracked_files()
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {n for n in tracked if n.startswith("cjm_desktop/") and n.endswith(".py")}
    data = _expected_data(tracked)
    assert "cjm_desktop/resources/translations/cjm_desktop_nl.qm" in data
    missing = sorted((modules | data) - names)
    assert not missing, (
        "missing from the wheel (pyproject.toml [tool.setuptools] packages / package-data): "
        + ", ".join(missing)
    )
    outside = sorted(n for n in names if n.split("/", 1)[0] in ("resources", "icons"))
    assert not outside, f"data installed outside the package: {outside}"
    assert not any(n.endswith(".ts") for n in names)


def test_the_installed_wheel_opens_the_example_and_lists_the_templates(environment, tmp_path):
    bin_dir, env = environment
    python = next(bin_dir.glob("python*"))
    found = json.loads(_run([str(python), "-c", PROBE], cwd=tmp_path, env=env))
    package = Path(found["package"]).parent
    assert package.is_relative_to(bin_dir.parent), f"imported {package}, not the wheel"
    assert not package.is_relative_to(ROOT)
    assert Path(found["resources"]) == package / "resources"
    assert Path(found["icons"]) == package / "icons"
    for path in found["examples"].values():
        assert Path(path).is_relative_to(package)
    assert all(count >= 1 for count in found["journeys"].values())
    assert len(found["templates"]) >= 10
    assert found["schema"]
    assert found["fonts"] == [True, True, True]
    assert found["app_icon"]
    assert found["guide_nl"] > 1000
    assert found["dutch_qm"]

    listing = _run([str(bin_dir / "cjm"), "templates"], cwd=tmp_path, env=env)
    for template in found["templates"]:
        assert template in listing


def test_the_installed_wheel_exports_the_example_to_pdf(environment, tmp_path):
    bin_dir, env = environment
    python = next(bin_dir.glob("python*"))
    example = _run(
        [str(python), "-c", "from cjm_desktop.resource_paths import resource;"
         "print(resource('examples', 'bakkerij_nl.cjm'))"],
        cwd=tmp_path, env=env,
    ).strip()  # fmt: skip
    assert Path(example).is_relative_to(bin_dir.parent)
    pdf = tmp_path / "bakkerij.pdf"
    _run([str(bin_dir / "cjm"), "export", example, "--pdf", str(pdf)], cwd=tmp_path, env=env)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    # The bundled fonts were found and embedded (reportlab names a subset "<tag>+NotoSans").
    assert b"NotoSans" in data
