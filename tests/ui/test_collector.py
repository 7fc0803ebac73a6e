"""The cyclic collector at start-up: the entry point's imports run without a collection, and the
first window freezes what they made and brings back the usual threshold. In a fresh interpreter,
since a test session has long had its first window."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import gc
from cjm_desktop.ui import collector
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
usual = gc.get_threshold()
collector.collect_rarely_during_start_up()
import cjm_desktop.model
from PySide6.QtWidgets import QApplication
app = QApplication([])
import cjm_desktop.ui.main_window
print(len(collections), gc.get_threshold() != usual)
collector.freeze_start_up_objects()
print(gc.get_threshold() == usual, gc.get_freeze_count() > 10000)
"""


def test_the_start_up_imports_run_without_a_collection_and_the_threshold_comes_back():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "True", "True", "True"]
