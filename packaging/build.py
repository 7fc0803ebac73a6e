#!/usr/bin/env python3
"""Build the standalone folder (no Python needed to run it) with PyInstaller.

Run with the project's virtual-environment Python:

    .venv/bin/python packaging/build.py [--dist DIR]

Installs the `package` extra of pyproject.toml (PyInstaller) when it is missing, compiles the
translations, runs packaging/cjm_desktop.spec and prints the output folder and its size. The
folder holds `cjm-desktop` (the editor) and `cjm` (the command line); copy it anywhere. On Linux
it also gets the desktop integration (`share/` and `install-linux.sh`, see linux_integration.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "cjm_desktop.spec"
NAME = "cjm-desktop"
EXE = ".exe" if os.name == "nt" else ""


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["optional-dependencies"]["package"]
    print(f"Installing {', '.join(wanted)} ...", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *wanted], check=True)


def compile_translations() -> None:
    script = HERE / "build_translations.py"
    if script.exists():
        subprocess.run([sys.executable, str(script)], check=True)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    ensure_pyinstaller()
    compile_translations()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    out = dist / NAME
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(HERE))
        import linux_integration

        linux_integration.stage(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "build" / "dist", help="where the folder is made"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        out = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"Build failed: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}")
        return 1
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    size = folder_size(out) / 2**20
    print(f"Built {out}  ({size:.0f} MiB, {minutes}m{seconds:02d}s)")
    print(f"  editor:       {out / (NAME + EXE)}")
    print(f"  command line: {out / ('cjm' + EXE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
