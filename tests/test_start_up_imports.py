"""The first window and the light `cjm` commands import only what they need: the exporters'
libraries and the text shaper load on first use. Each check runs in a fresh interpreter, since
this test process has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "bakkerij_nl.cjm"

#: Only the exports, imports and the PDF need these.
EXPORT_LIBRARIES = ("reportlab", "openpyxl", "defusedxml", "PIL", "fontTools", "bidi")
#: Text outside Noto Sans needs the shaper; the light commands never measure text.
SHAPER = ("uharfbuzz",)

_REPORT = """
import json, sys
print("\\nMODULES " + json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def _top_level_modules(code: str, tmp_path: Path, **extra_env: str) -> set[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "CJM_RECOVERY_DIR": str(tmp_path / "recovery"),
        **extra_env,
    }
    done = subprocess.run(
        [sys.executable, "-c", code + _REPORT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def _cli(*args: str) -> str:
    return (
        "import sys\nfrom cjm_desktop.cli import main\n"
        f"try:\n    main({list(args)!r})\nexcept SystemExit as exit:\n    assert not exit.code\n"
    )


def test_main_window_module_imports_no_exporter_library(tmp_path):
    loaded = _top_level_modules("import cjm_desktop.ui.main_window", tmp_path)
    assert not loaded & {*EXPORT_LIBRARIES, *SHAPER}


def test_editor_first_paint_imports_no_exporter_library(tmp_path):
    # Through the real entry point, quitting after the canvas's first paint (the hook the
    # start-up benchmark uses): the process ends by itself, so the hook works too.
    code = "from cjm_desktop.ui.app import main\nassert main(['cjm-desktop']) == 0\n"
    loaded = _top_level_modules(code, tmp_path, CJM_QUIT_AFTER_FIRST_PAINT="1")
    assert "PySide6" in loaded
    assert not loaded & set(EXPORT_LIBRARIES)


@pytest.mark.parametrize(
    "args",
    [("--help",), ("export", "--help"), ("validate", str(EXAMPLE))],
    ids=["help", "export-help", "validate"],
)
def test_light_commands_import_neither_qt_nor_exporters(tmp_path, args):
    loaded = _top_level_modules(_cli(*args), tmp_path)
    assert not loaded & {*EXPORT_LIBRARIES, *SHAPER, "PySide6"}
    if args[0].startswith("-") or "--help" in args:
        assert "pydantic" not in loaded
