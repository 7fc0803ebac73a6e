"""Whole processes, as a user starts them: the editor through its real entry point
(`cjm_desktop.ui.app.main`) until the canvas has been painted once, and the `cjm` command for
`--help`, `validate` and `export --pdf`, each against a floor process started the same way.

Runs are interleaved pairs (ours, floor, ours, floor ...), so a burst of load from other work on
the machine hits both sides alike; each row shows min/median/max of both and the ratio of the
medians with the range of the per-pair ratios. Wall time: a user waits for the wall clock.

One run of each is made first and not counted: it writes the bytecode cache, as installing the
package does (pip compiles the modules). Without it, a shell with PYTHONDONTWRITEBYTECODE set
compiles our ~150 modules from source on every start (~100 ms) while Qt's and pydantic's come
compiled.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "bakkerij_nl.cjm"

# The real entry point; CJM_QUIT_AFTER_FIRST_PAINT=1 (in the environment) makes it quit once the
# canvas has been painted: the moment a user sees the map.
OURS = "import sys; from cjm_desktop.ui.app import main; sys.exit(main(['cjm-desktop']))"

# A bare window started the same way, quitting after its first paint in the same way.
FLOOR = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QWidget())
window.resize(1280, 800)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
window.centralWidget().installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""

Row = tuple[str, str, str, str, str]


def _cjm() -> list[str]:
    """The installed `cjm` script next to this interpreter, else the same function run by it."""
    script = Path(sys.executable).parent / "cjm"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from cjm_desktop.cli import main; sys.exit(main())"]


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, env=env, capture_output=True)
    return time.perf_counter() - start


def _pairs(ours: list[str], floor: list[str], n: int, env: dict[str, str]):
    _run(ours, env)
    _run(floor, env)
    a, b = [], []
    for _ in range(n):
        a.append(_run(ours, env))
        b.append(_run(floor, env))
    return a, b


def _spread(times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return f"{min(ms):.0f}/{statistics.median(ms):.0f}/{max(ms):.0f} ms"


def _row(name: str, ours: list[float], floor_name: str, floor: list[float], goal: str) -> Row:
    ratios = [o / f for o, f in zip(ours, floor, strict=True)]
    median = statistics.median(ours) / statistics.median(floor)
    return (
        name,
        _spread(ours),
        floor_name,
        _spread(floor),
        f"{median:.2f}x (pairs {min(ratios):.2f}-{max(ratios):.2f}){goal}",
    )


def startup_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as home:
        # A private settings and recovery folder, so no earlier session's state is restored.
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": home,
            "XDG_DATA_HOME": home,
            "CJM_RECOVERY_DIR": f"{home}/recovery",
            "CJM_QUIT_AFTER_FIRST_PAINT": "1",
            # Kept out of the source tree, which other checkouts and tools share.
            "PYTHONPYCACHEPREFIX": f"{home}/pycache",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        py = sys.executable
        rows: list[Row] = []
        ours, floor = _pairs([py, "-c", OURS], [py, "-c", FLOOR], repeat, env)
        rows.append(
            _row(
                "cold start, app.main to example painted",
                ours,
                "bare QMainWindow painted",
                floor,
                " (goal 1.5x)",
            )
        )
        cjm = _cjm()
        ours, floor = _pairs([*cjm, "--help"], [py, "-c", "pass"], repeat, env)
        rows.append(_row("cjm --help", ours, "python -c pass", floor, ""))
        load_floor = f"import json, pydantic; json.loads(open({str(EXAMPLE)!r}, 'rb').read())"
        ours, floor = _pairs([*cjm, "validate", str(EXAMPLE)], [py, "-c", load_floor], repeat, env)
        rows.append(_row("cjm validate EX", ours, "import pydantic + json.loads", floor, ""))
        out = Path(home) / "ex.pdf"
        bare_pdf = (
            "from reportlab.pdfgen.canvas import Canvas\n"
            f"c = Canvas({str(out)!r}); c.drawString(72, 72, 'x'); c.showPage(); c.save()"
        )
        ours, floor = _pairs(
            [*cjm, "export", str(EXAMPLE), "--pdf", str(out)], [py, "-c", bare_pdf], repeat, env
        )
        rows.append(_row("cjm export EX --pdf", ours, "reportlab one-page PDF", floor, ""))
        if shutil.which("mmdc") is None:
            rows.append(
                (
                    "cjm export vs mmdc",
                    "skipped",
                    "mmdc not installed",
                    "-",
                    "(npm @mermaid-js/mermaid-cli + chromium)",
                )
            )
        else:
            rows.append(_mmdc_row(cjm, home, repeat, env))
    return rows


def _mmdc_row(cjm: list[str], home: str, repeat: int, env: dict[str, str]) -> Row:
    """The same journey to PDF by us and by the Mermaid CLI (from our own Mermaid export)."""
    mmd = Path(home) / "ex.mmd"
    subprocess.run(
        [*cjm, "export", str(EXAMPLE), "--mermaid", str(mmd)],
        check=True,
        env=env,
        capture_output=True,
    )
    ours, floor = _pairs(
        [*cjm, "export", str(EXAMPLE), "--pdf", str(Path(home) / "ours.pdf")],
        ["mmdc", "-i", str(mmd), "-o", str(Path(home) / "mmdc.pdf")],
        repeat,
        env,
    )
    return _row("cjm export EX --pdf vs mmdc", ours, "mmdc same journey", floor, " (goal 0.25x)")
