#!/usr/bin/env python3
"""Set up and run cjm_desktop with nothing but python3.

    python3 tasks.py run [FILE]   set up (first time), then start the application
    python3 tasks.py test [ARGS]  set up (first time), then run the whole test suite and ruff
    python3 tasks.py setup        only create or update the virtual environment

The virtual environment lives in .venv next to this file; it is refreshed when pyproject.toml
changes. Works the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".setup-stamp"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def setup() -> Path:
    python = venv_python()
    if not python.exists():
        print("Creating virtual environment in .venv ...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except Exception as exc:  # e.g. Debian without python3-venv
            sys.exit(
                f"Could not create a virtual environment ({exc}). "
                "On Debian/Ubuntu install it with: apt install python3-venv"
            )
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing cjm-desktop and its dependencies ...", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"]
        )
        STAMP.write_text(wanted)
    build_translations(python)
    return python


def build_translations(python: Path) -> None:
    """Compile the .ts sources to .qm (generated, never committed)."""
    script = ROOT / "packaging" / "build_translations.py"
    if script.exists():
        subprocess.check_call([str(python), str(script)])


def run(args: list[str]) -> int:
    python = setup()
    return subprocess.call([str(python), "-m", "cjm_desktop", *args])


def test(args: list[str]) -> int:
    python = setup()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code = subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    return code or lint


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup()
        return 0
    return run(args) if command == "run" else test(args)


if __name__ == "__main__":
    sys.exit(main())
