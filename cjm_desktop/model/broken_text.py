"""Finding text that can be held in memory but never written: lone surrogates.

A JSON file may spell half of a UTF-16 character pair (`"\\ud800"`); Python reads it into a str,
but no UTF-8 file, PDF or picture can hold it, so saving, autosaving and every export would fail.
The loader refuses such text and the editing layer never lets it into a project.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

_SURROGATE = re.compile("[\ud800-\udfff]")

Path = tuple[str | int, ...]


def lone_surrogate_in(value: Any, path: Path = ()) -> tuple[Path, str] | None:
    """The path of the first string in `value` (str, list, dict or model, nested) holding a lone
    surrogate, and the surrogate as `\\udXXX`; None when all text is whole."""
    stack: list[tuple[Path, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            found = _SURROGATE.search(item)
            if found:
                return where, f"\\u{ord(found.group()):04x}"
        elif isinstance(item, dict):
            for key, inner in reversed(item.items()):
                stack.append(((*where, key), inner))
                # Keys are text the file holds too (the step IDs of emotion points).
                stack.append(((*where, key), key))
        elif isinstance(item, list | tuple):
            stack.extend(((*where, i), v) for i, v in reversed(list(enumerate(item))))
        elif isinstance(item, BaseModel):
            stack.extend(
                ((*where, name), getattr(item, name))
                for name in reversed(list(type(item).model_fields))
            )
    return None
