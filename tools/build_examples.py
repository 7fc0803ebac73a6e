"""Write the bundled example projects (Dutch and English) from the story in tools/example_*.py.

    .venv/bin/python tools/build_examples.py            # into resources/examples
    .venv/bin/python tools/build_examples.py --out DIR  # somewhere else (the tests compare)

The output is the same bytes on every run: fixed IDs and dates, pictures drawn in code, and the
project written by cjm_desktop.storage (its canonical JSON). Edit the story, not the .cjm files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT)]

from example_build import build_project  # noqa: E402

from cjm_desktop import storage  # noqa: E402
from cjm_desktop.model import find_problems  # noqa: E402
from cjm_desktop.resource_paths import resource  # noqa: E402

EXAMPLES = resource("examples")
#: File name per language; cjm_desktop/ui/starting_projects.py opens these.
FILE_NAMES = {"nl": "bakkerij_nl.cjm", "en": "bakery_en.cjm"}


def build(folder: Path) -> list[Path]:
    """Write both examples into `folder` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language, name in FILE_NAMES.items():
        project = build_project(language)
        problems = find_problems(project)
        if problems:
            raise SystemExit(f"{name}: " + "; ".join(str(p) for p in problems))
        path = folder / name
        storage.save(project, path, backup=False)
        storage.load(path)  # what the app will do with it: fails loudly if it cannot
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=EXAMPLES, help="folder to write into")
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
