"""cjm_desktop: an offline desktop editor for customer journey maps."""

import os

__version__ = "0.1.0"

# pydantic looks for plugins in the entry points of every installed package when it builds the
# first model: ~30 ms of each start of the editor and of `cjm`, for plugins (validation tracing)
# this program has no use for. A value set in the environment still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
