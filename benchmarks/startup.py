"""Cold start of the editor on the bundled example, against a fresh interpreter that only imports
Qt and shows an empty QMainWindow: what our own code adds to the wait before the first paint.

Each measurement is a new process (imports are part of a cold start), the best of `repeat`,
after one run that is not counted: it writes the bytecode cache, as installing the package does
(pip compiles the modules). Without it, a shell with PYTHONDONTWRITEBYTECODE set compiles our
~150 modules from source on every start (~100 ms) while Qt's and pydantic's come compiled.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both stop as soon as the window has been painted once: the moment a user sees it.
OURS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.starting_projects import example_path
window = MainWindow(path=example_path(), check_recovery=False)
window.show()
app.processEvents()
window.grab()
"""

FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
"""


def _best_process_time(code: str, repeat: int, env: dict[str, str]) -> float:
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def startup_rows(paths: dict[str, Path], repeat: int) -> list[tuple[str, str, str, str, str]]:
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        # A private settings and recovery folder, so no earlier session's state is restored.
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": home,
            "XDG_DATA_HOME": home,
            "CJM_RECOVERY_DIR": f"{home}/recovery",
            # Kept out of the source tree, which other checkouts and tools share.
            "PYTHONPYCACHEPREFIX": f"{home}/pycache",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        floor = _best_process_time(FLOOR, repeat, env)
        ours = _best_process_time(OURS, repeat, env)
    return [
        (
            "cold start, example shown",
            f"{ours * 1000:.0f} ms",
            "Qt import + empty window",
            f"{floor * 1000:.0f} ms",
            f"{ours / floor:.2f}x",
        )
    ]
