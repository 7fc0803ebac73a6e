"""The cyclic garbage collector at start-up.

A cold start creates a few hundred thousand objects that live as long as the process (modules,
classes, Qt enum types, pydantic validators); each full collection walks them all again, ~25 ms
in the middle of laying out the first map. Frozen, they are left out of every later collection,
at start-up and while editing. Only what exists before the first window is frozen: no project
or scene object, so nothing that can become garbage is kept alive.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_start_up_objects() -> None:
    """Freeze what the imports made; once per process (the first window)."""
    global _frozen
    if _frozen:
        return
    _frozen = True
    gc.freeze()
