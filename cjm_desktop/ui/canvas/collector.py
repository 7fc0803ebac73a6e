"""Python's cycle collector around building the scene of a big map.

Building L's scene allocates some 150,000 long-lived objects (items, records, looks). With the
collector on, that burst triggers hundreds of collections, including full ones that walk every
object again (about a third of the build time measured on L). The objects live as long as the
scene, so the build runs with the collector paused and then freezes them: later collections (after
each edit, say) skip them instead of walking thousands of items every time. Showing another map
unfreezes first, so the old scene's objects can be collected again.
"""

from __future__ import annotations

import contextlib
import gc


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
