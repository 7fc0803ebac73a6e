"""`python -m cjm_desktop FILE` with a damaged FILE: the editor starts, says what is wrong in a
message box, and no traceback reaches the user (issue 11, item 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers.hostile import CLI_TIMEOUT_S, assert_clear_message, disk_state

ROOT = Path(__file__).resolve().parents[2]

# The real start (cjm_desktop.ui.app.main) with the message box and the event loop answered at
# once: the box prints what it says, the loop returns, and the next file is tried.
_START = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer(box):
        print("BOX", box.windowTitle(), "|", box.text(), flush=True)
        return QMessageBox.StandardButton.Ok

    QMessageBox.exec = answer
    QApplication.exec = lambda *args: 0
    from cjm_desktop.ui import window_registry
    from cjm_desktop.ui.app import main

    for name in sys.argv[1:]:
        print("FILE", name, flush=True)
        code = main(["cjm-desktop", name])
        for window in window_registry.windows():
            print("SHOWN", window.document.path, flush=True)
            window.close()
        print("EXIT", code, flush=True)
    """
)

DAMAGED = {
    "maps.cjm": '{"maps": 5}',
    "lanes.cjm": '{"maps":[{"lanes":5}]}',
    "step.cjm": '{"maps":[{"lanes":[{"type":"emotion","emotions":[{"step":["a"],"score":3}]}]}]}',
    "version.cjm": '{"schema_version": true}',
    "surrogate.cjm": '{"schema_version": 1, "title": "P \\ud800"}',
    "nan.cjm": '{"schema_version": 1, "title": NaN}',
    "deep.cjm": "[" * 100_000 + "]" * 100_000,
    "truncated.cjm": '{"schema_version": 1, "title": "ha',
}


def test_damaged_files_at_start_give_a_message_box_not_a_traceback(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    paths = []
    for name, text in DAMAGED.items():
        (files / name).write_text(text, encoding="utf-8")
        paths.append(files / name)
    zero = files / "zero.cjm"
    if Path("/dev/zero").exists():
        zero.symlink_to("/dev/zero")
        paths.append(zero)
    before = [disk_state(p) for p in paths]
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        CJM_SETTINGS_FILE=str(tmp_path / "settings.ini"),
        CJM_RECOVERY_DIR=str(tmp_path / "recovery"),
    )
    result = subprocess.run(
        [sys.executable, "-c", _START, *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=CLI_TIMEOUT_S * 2,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    runs = result.stdout.split("FILE ")[1:]
    assert len(runs) == len(paths), result.stdout
    for path, run in zip(paths, runs, strict=True):
        boxes = [line for line in run.splitlines() if line.startswith("BOX ")]
        assert len(boxes) == 1, run
        assert boxes[0].startswith("BOX Cannot open project file | ")
        assert_clear_message(boxes[0], path.name)
        assert "EXIT 0" in run
        # The editor shows the starting project instead; the damaged file is not its file.
        assert "SHOWN None" in run
    assert [disk_state(p) for p in paths] == before
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8", errors="replace")
    assert not any(json.dumps(str(p))[1:-1] in settings for p in paths), "no recent file entry"
