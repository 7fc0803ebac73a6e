"""`cjm git-setup`: make git diff and merge `.cjm` files through cjm instead of as text.

git runs a merge driver as `driver %O %A %B` (ancestor, ours, theirs; %P is the path in the
tree): the driver leaves the result in %A and exits non-zero when conflicts remain. A diff
command is run with seven arguments (path, old-file, old-hex, old-mode, new-file, new-hex,
new-mode) and must exit 0, or git stops with "external diff died".
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..user_message import UserError

ATTRIBUTES_LINE = "*.cjm diff=cjm merge=cjm"


@dataclass(frozen=True)
class GitSetup:
    attributes_file: Path
    attributes_added: bool
    config: dict[str, str]


def cjm_command() -> str:
    """How git should call this cjm: `cjm` when that is on PATH and this very program, else
    this Python with `-m cjm_desktop.cli` (a checkout or virtual environment not activated)."""
    found = shutil.which("cjm")
    here = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if found and here is not None and Path(found).resolve() == here:
        return "cjm"
    return f"{shlex.quote(sys.executable)} -m cjm_desktop.cli"


def config_lines(command: str) -> dict[str, str]:
    return {
        "diff.cjm.command": f"{command} git-diff",
        "merge.cjm.name": "cjm three-way merge of journey-map projects",
        # --no-backup: %A is git's temporary file; a .bak beside it would litter the work tree,
        # and git itself keeps every side of the merge.
        "merge.cjm.driver": f"{command} merge %O %A %B -o %A --no-backup",
    }


def set_up(repo: Path, command: str, *, write_config: bool = True) -> GitSetup:
    """Add the attributes line to `repo/.gitattributes` (once) and, with `write_config`, set the
    driver in the repository's own git config."""
    attributes = repo / ".gitattributes"
    try:
        text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read {attributes}: {exc}") from exc
    added = ATTRIBUTES_LINE not in text.splitlines()
    if added:
        from ..storage import atomic_write

        joined = text + ("" if not text or text.endswith("\n") else "\n") + ATTRIBUTES_LINE + "\n"
        # Only a line is added (nothing of the old text is lost), and a .bak would be one more
        # file in the user's repository.
        atomic_write(attributes, joined.encode("utf-8"))
    config = config_lines(command)
    if write_config:
        for key, value in config.items():
            _git(repo, "config", "--local", key, value)
    return GitSetup(attributes, added, config)


def _git(repo: Path, *args: str) -> None:
    git = shutil.which("git")
    if git is None:
        raise UserError("git is not installed; run the printed `git config` lines yourself.")
    done = subprocess.run([git, "-C", str(repo), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise UserError(f"git {' '.join(args[:2])} failed: {done.stderr.strip()}")
