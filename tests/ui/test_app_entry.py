"""The GUI entry point: --version answers without starting Qt or needing a display."""

import os
import subprocess
import sys
from pathlib import Path

from cjm_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_version_needs_no_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"  # would fail to start without a display
    result = subprocess.run(
        [sys.executable, "-m", "cjm_desktop", "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"cjm-desktop {__version__}"
