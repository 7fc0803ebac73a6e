"""Python's cycle collector around the app's two bursts of long-lived objects: the start-up
imports and the build of a map's scene.

A cold start creates a few hundred thousand objects that live as long as the process (modules,
classes, Qt enum types, pydantic validators); each full collection walks them all again, ~25 ms
in the middle of laying out the first map. Frozen, they are left out of every later collection,
at start-up and while editing. Only what exists before the first window is frozen: no project
or scene object, so nothing that can become garbage is kept alive.

Before that, the entry point has the youngest generation collected only every 100,000 new
objects instead of every 700 (`collect_rarely_during_start_up`): the ~60 collections during the
imports found next to nothing to free, since what an import makes stays, and the 5 of the middle
generation each walked everything made so far. Freezing restores the usual threshold.

Building a big map's scene (L) allocates some 150,000 objects (items, records, looks) that live as
long as the scene. With the collector on, that burst triggers hundreds of collections, including
full ones that walk every object again (about a third of the build time measured on L). So the
build runs with the collector paused and then freezes them (`long_lived_build`): later
collections (after each edit, say) skip them. Showing another map unfreezes first, so the old
scene's objects can be collected again.
"""

from __future__ import annotations

import contextlib
import gc

_frozen = False
_usual_threshold: tuple[int, ...] | None = None

#: More than the imports leave (~80,000 tracked objects), so none runs a collection.
_START_UP_THRESHOLD = 100_000


def collect_rarely_during_start_up() -> None:
    """Until the first window is frozen; call before the imports (the entry point does)."""
    global _usual_threshold
    if _frozen or _usual_threshold is not None:
        return
    _usual_threshold = gc.get_threshold()
    gc.set_threshold(_START_UP_THRESHOLD, *_usual_threshold[1:])


def freeze_start_up_objects() -> None:
    """Freeze what the imports made; once per process (the first window)."""
    global _frozen
    if _frozen:
        return
    _frozen = True
    gc.freeze()
    if _usual_threshold is not None:
        gc.set_threshold(*_usual_threshold)


@contextlib.contextmanager
def long_lived_build():
    """Pause the collector while building objects that stay, then freeze everything built."""
    gc.unfreeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()
