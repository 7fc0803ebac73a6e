#!/usr/bin/env python3
"""Start the built folder's programs the way a user's machine would, and check what they make.

    python3 packaging/smoke_test.py [--dist build/dist/cjm-desktop] [--example FILE.cjm ...]

Runs each executable with an emptied environment (no virtual environment, no PYTHONPATH, a fresh
HOME) from a scratch folder, so nothing outside the built folder can be imported:
  - `cjm --version` and `cjm-desktop --version` print the source version;
  - `cjm validate` and `cjm export --pdf --xlsx --png --svg` of each example project bundled in
    the build (or of the files given; with neither, of a project made by `cjm new`) succeed and
    write real PDF, Excel, PNG and SVG files;
  - `cjm-desktop FILE` starts offscreen and is still running after a few seconds;
  - the Dutch translations, ours and Qt's own qtbase_nl.qm, are in the folder;
  - on Linux, the desktop integration is in the folder and install-linux.sh registers it (into
    the scratch folder, never the real home).
Exits 1 on the first failure, with the program's output. Needs only the standard library.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
GUI_SECONDS = 6.0


class SmokeFailure(Exception):
    pass


def source_version() -> str:
    text = (ROOT / "cjm_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SmokeFailure("no __version__ in cjm_desktop/__init__.py")
    return match.group(1)


def bare_environment(home: Path) -> dict[str, str]:
    env = {
        "PATH": os.defpath if os.name != "nt" else os.environ.get("PATH", ""),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    for key in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        if key in os.environ:  # Windows cannot start a program without these
            env[key] = os.environ[key]
    (home / "runtime").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "runtime", 0o700)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> str:
    print("$", " ".join(args), flush=True)
    done = subprocess.run(
        args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise SmokeFailure(f"exit code {done.returncode}:\n{output}")
    return done.stdout


def check_version(exe: Path, name: str, version: str, env, cwd) -> None:
    out = run([str(exe), "--version"], env, cwd).strip()
    if out != f"{name} {version}":
        raise SmokeFailure(f"{exe.name} --version printed {out!r}, expected '{name} {version}'")


def outputs(folder: Path, stem: str, suffix: str) -> list[Path]:
    """OUT.ext for a project with one map, OUT-1.ext, OUT-2.ext ... for several."""
    found = sorted(folder.glob(f"{stem}{suffix}")) + sorted(folder.glob(f"{stem}-*{suffix}"))
    if not found:
        raise SmokeFailure(f"no {stem}{suffix} was written")
    return found


def check_file(path: Path) -> None:
    data = path.read_bytes()
    kind = path.suffix
    if kind == ".pdf":
        ok = data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    elif kind == ".xlsx":
        with zipfile.ZipFile(path) as book:
            ok = "xl/workbook.xml" in book.namelist()
    elif kind == ".png":
        ok = data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000
    elif kind == ".svg":
        ok = b"<svg" in data[:2000] and data.rstrip().endswith(b"</svg>")
    else:
        ok = False
    if not ok:
        raise SmokeFailure(f"{path.name} is not a valid {kind} file ({len(data)} bytes)")
    print(f"  ok {path.name} ({len(data)} bytes)")


def check_export(cli: Path, example: Path, env, cwd: Path) -> None:
    out = cwd / example.stem
    out.mkdir()
    run([str(cli), "validate", str(example)], env, cwd)
    run(
        [
            str(cli), "export", str(example),
            "--pdf", str(out / "report.pdf"),
            "--xlsx", str(out / "plan.xlsx"),
            "--png", str(out / "map.png"),
            "--svg", str(out / "map.svg"),
        ],
        env,
        cwd,
    )  # fmt: skip
    for stem, suffix in (("report", ".pdf"), ("plan", ".xlsx"), ("map", ".png"), ("map", ".svg")):
        for path in outputs(out, stem, suffix):
            check_file(path)


def check_gui_starts(gui: Path, example: Path, env, cwd: Path) -> None:
    print("$", gui, example, f"(offscreen, expected to keep running for {GUI_SECONDS:.0f} s)")
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen([str(gui), str(example)], env=env, cwd=cwd, stdout=log, stderr=log)
        try:
            proc.wait(timeout=GUI_SECONDS)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            print("  ok: the editor was running")
            return
        log.seek(0)
        raise SmokeFailure(f"the editor exited early with code {proc.returncode}:\n{log.read()}")


def check_bundled_data(dist: Path) -> None:
    """Every data file bundle_data.py lists is in the folder, where the program looks for it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bundle_data

    internal = dist / "_internal"
    wanted = [Path(folder) / Path(source).name for source, folder in bundle_data.datas()]
    missing = [str(path) for path in wanted if not (internal / path).is_file()]
    if missing:
        raise SmokeFailure("missing from the build: " + ", ".join(missing))
    print(f"  ok: {len(wanted)} data files in {internal / bundle_data.PACKAGE}")


def bundled_examples(dist: Path) -> list[Path]:
    return sorted(dist.glob("_internal/cjm_desktop/resources/examples/*.cjm"))


def new_project(cli: Path, env, cwd: Path) -> Path:
    """A project made by the built `cjm new` from its first template (no example bundled)."""
    listing = run([str(cli), "templates"], env, cwd)
    template = listing.split()[0]
    path = cwd / "new-project.cjm"
    run([str(cli), "new", "--template", template, "--lang", "nl", "-o", str(path)], env, cwd)
    return path


LINUX_FILES = (
    "share/applications/nl.cjmdesktop.CjmDesktop.desktop",
    "share/metainfo/nl.cjmdesktop.CjmDesktop.metainfo.xml",
    "share/mime/packages/nl.cjmdesktop.CjmDesktop.xml",
    "share/icons/hicolor/scalable/apps/nl.cjmdesktop.CjmDesktop.svg",
    "install-linux.sh",
)


def check_translations(dist: Path) -> None:
    """Our Dutch strings and Qt's own (file dialogs, standard buttons) are in the build."""
    for name in ("cjm_desktop_nl.qm", "qtbase_nl.qm"):
        if not any(dist.rglob(name)):
            raise SmokeFailure(f"{name} is not in {dist}: the Dutch interface would be English")


def check_linux_integration(dist: Path, env, cwd: Path) -> None:
    for relative in LINUX_FILES:
        if not (dist / relative).is_file():
            raise SmokeFailure(f"{relative} is missing from the build (linux_integration.py)")
    prefix = cwd / "home" / ".local"
    run(["sh", str(dist / "install-linux.sh")], dict(env, PREFIX=str(prefix)), cwd)
    launcher = prefix / "share/applications/nl.cjmdesktop.CjmDesktop.desktop"
    program = dist / "cjm-desktop"
    text = launcher.read_text(encoding="utf-8")
    if f"Exec={program} %F" not in text and f'Exec="{program}" %F' not in text:
        raise SmokeFailure(f"{launcher.name} does not start the built editor")
    print("  ok: desktop integration installs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist" / "cjm-desktop")
    parser.add_argument("--example", type=Path, action="append", help="default: bundled ones")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    cli, gui = dist / f"cjm{EXE}", dist / f"cjm-desktop{EXE}"
    examples = [p.resolve() for p in args.example] if args.example else bundled_examples(dist)
    started = time.monotonic()
    try:
        for exe in (cli, gui):
            if not exe.is_file():
                raise SmokeFailure(f"{exe} is missing: build first (packaging/build.py)")
        with tempfile.TemporaryDirectory(prefix="cjm-smoke-") as scratch:
            cwd = Path(scratch)
            env = bare_environment(cwd / "home")
            version = source_version()
            check_bundled_data(dist)
            check_translations(dist)
            check_version(cli, "cjm", version, env, cwd)
            check_version(gui, "cjm-desktop", version, env, cwd)
            if not examples:
                print(f"no example project in {dist}: exporting one made by `cjm new`")
                examples = [new_project(cli, env, cwd)]
            for example in examples:
                check_export(cli, example, env, cwd)
            check_gui_starts(gui, examples[0], env, cwd)
            if sys.platform.startswith("linux"):
                check_linux_integration(dist, env, cwd)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError, zipfile.BadZipFile) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"Smoke test passed: {len(examples)} example(s), {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
