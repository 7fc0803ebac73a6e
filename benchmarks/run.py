#!/usr/bin/env python3
"""The performance suite: prints one table, each time a ratio against a floor measured in the
same run on the same machine (absolute times on shared machines mean little).

    .venv/bin/python benchmarks/run.py [--repeat N] [--only storage,...]

Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthetic import write_sizes  # noqa: E402

Row = tuple[str, str, str, str, str]


def best_of(func: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs: the least disturbed by other load on the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


_PEAK_KB = """
import resource
try:  # Linux: the high-water mark of this program alone
    with open("/proc/self/status") as status:
        print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(code: str) -> float:
    """Peak resident memory of a fresh interpreter running `code` (in MB).

    Not ru_maxrss on Linux: a child started from a big benchmark process inherits the parent's
    high-water mark there, so every probe read as large as the parent had grown."""
    probe = code + "\n" + _PEAK_KB
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, cwd=HERE.parent
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def storage_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    from cjm_desktop.storage import load, save
    from cjm_desktop.storage.canonical_json import dumps

    rows: list[Row] = []
    for size in ("M", "L"):
        path = paths[size]
        raw = path.read_bytes()
        floor_load = best_of(lambda raw=raw: json.loads(raw), repeat)
        ours_load = best_of(lambda path=path: load(path), repeat)
        rows.append(
            (
                f"load {size}",
                ms(ours_load),
                "json.loads",
                ms(floor_load),
                f"{ours_load / floor_load:.2f}x (goal 1.5x)",
            )
        )
        project = load(path)
        data = json.loads(raw)
        floor_dump = best_of(
            lambda data=data: json.dumps(data, indent=2, ensure_ascii=False), repeat
        )
        ours_dump = best_of(lambda project=project: dumps(project), repeat)
        rows.append(
            (
                f"serialize {size}",
                ms(ours_dump),
                "json.dumps",
                ms(floor_dump),
                f"{ours_dump / floor_dump:.2f}x (goal 3x)",
            )
        )
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "p.cjm"
            plain = Path(tmp) / "plain.json"

            def floor_save(data=data, plain=plain) -> None:
                plain.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

            floor = best_of(floor_save, repeat)
            ours = best_of(lambda project=project, target=target: save(project, target), repeat)
        rows.append(
            (
                f"save {size} (atomic, fsync, backup)",
                ms(ours),
                "json.dumps + write",
                ms(floor),
                f"{ours / floor:.2f}x (goal 3x)",
            )
        )
        code_ours = f"from cjm_desktop.storage import load; p = load({str(path)!r})"
        code_floor = f"import json, pydantic, cjm_desktop.model; d = json.load(open({str(path)!r}))"
        rss, rss_floor = peak_rss_mb(code_ours), peak_rss_mb(code_floor)
        rows.append(
            (
                f"peak memory, {size} loaded",
                f"{rss:.0f} MB",
                "json.load, same imports",
                f"{rss_floor:.0f} MB",
                f"{rss / rss_floor:.2f}x",
            )
        )
    return rows


def canvas_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    from canvas import canvas_rows as rows

    return rows(paths, repeat)


def startup_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    from startup import startup_rows as rows

    return rows(paths, repeat)


def export_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    from exports import export_rows as rows  # it imports this module's helpers

    return rows(paths, repeat)


SECTIONS: dict[str, Callable[[dict[str, Path], int], list[Row]]] = {
    "storage": storage_rows,
    "export": export_rows,
    "canvas": canvas_rows,
    "startup": startup_rows,
}


def print_table(rows: list[Row]) -> None:
    header = ("measure", "ours", "floor", "floor time", "ratio")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    line = " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = write_sizes(HERE / "data")
    for size, path in paths.items():
        print(f"{size}: {path.name} {path.stat().st_size / 1e6:.2f} MB")
    rows: list[Row] = []
    for name in args.only.split(","):
        rows.extend(SECTIONS[name](paths, args.repeat))
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
