"""Helpers for hostile-input tests (no tests here): whatever a file holds, the user gets a clear
message, never a traceback, and nothing on disk changes.

`refused_by_cli` runs the real `cjm` command in a child process (its own stdout and stderr, as a
user sees them); `refused_by_loader` calls the loader in this process. Both check the message
and that the input is byte-for-byte what it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from cjm_desktop.storage import load
from cjm_desktop.user_message import UserError

ROOT = Path(__file__).resolve().parents[2]
#: Long enough for a slow, shared machine; a command that hangs (a device read for ever) fails.
CLI_TIMEOUT_S = 120
#: What a Python traceback or an exception leaking into a message looks like.
_LEAKS = ("Traceback", "Error:", "Exception", 'File "', "object at 0x")

READ_COMMANDS = (("validate",), ("info",), ("info", "--json"))
#: An export of a refused file must write nothing: the output would land beside the input.
EXPORT_OUTPUT = "never-written.mmd"


def disk_state(path: Path) -> tuple:
    """What is on disk at `path` (its bytes and time, a link's target, or a folder's entries),
    and the names beside it, to compare before and after."""
    path = Path(path)
    if path.is_symlink():
        own = ("link", os.readlink(path))
    elif path.is_file():
        own = ("file", path.read_bytes(), path.stat().st_mtime_ns)
    elif path.is_dir():
        own = ("folder", sorted(os.listdir(path)))
    else:
        own = ("other", path.exists())
    folder = path.parent
    return own, sorted(os.listdir(folder)) if folder.is_dir() else None


def assert_clear_message(text: str, *expected: str) -> None:
    """One or a few lines for a person: no traceback or exception name, each `expected` said."""
    assert text.strip(), "no message at all"
    for leak in _LEAKS:
        assert leak not in text, f"{leak!r} leaked into the message:\n{text}"
    for fragment in expected:
        assert fragment in text, f"{fragment!r} not in the message:\n{text}"


def run_cli(
    *args: str | os.PathLike, timeout: float = CLI_TIMEOUT_S
) -> subprocess.CompletedProcess:
    """The real `cjm` command; output decoded as a terminal would show it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "cjm_desktop.cli", *map(os.fsencode, args)],
        capture_output=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
        check=False,
    )


def refused_by_cli(
    path: Path, *expected: str, commands: Iterable[tuple[str, ...]] = READ_COMMANDS
) -> list[str]:
    """Each command exits 1 with a clear message naming the problem; the file is unchanged.
    Returns the messages."""
    before = disk_state(path)
    messages = []
    export = ("export", "--mermaid", str(Path(path).parent / EXPORT_OUTPUT))
    for command in (*commands, export):
        result = run_cli(*command, path)
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 1, (command, result.returncode, err)
        assert_clear_message(err, *expected)
        messages.append(err)
    assert disk_state(path) == before, f"{path} changed on disk"
    return messages


def refused_by_loader(
    path: Path, *expected: str, loader: Callable[[Path], object] = load
) -> UserError:
    """`loader(path)` raises UserError with a clear message; the file is unchanged."""
    before = disk_state(path)
    with pytest.raises(UserError) as info:
        loader(path)
    assert_clear_message(info.value.render(), *expected)
    assert disk_state(path) == before, f"{path} changed on disk"
    return info.value


def refused_everywhere(path: Path, *expected: str) -> UserError:
    """Refused alike by the loader and by every reading `cjm` command."""
    error = refused_by_loader(path, *expected)
    refused_by_cli(path, *expected)
    return error
