"""How a long export reports progress and is stopped: the hooks an exporter takes, and the
exception that stops it. An exporter that raises Cancelled has written nothing."""

from __future__ import annotations

from collections.abc import Callable

PartProgress = Callable[[int, int], None]  # (parts done, parts) within the file being written
StopCheck = Callable[[], bool]  # polled while writing: True when the user asked to stop


class Cancelled(Exception):
    """The user asked to stop; raised from inside an export, which then leaves no file."""


def check(stop: StopCheck | None) -> None:
    """Raise Cancelled when `stop` says so."""
    if stop is not None and stop():
        raise Cancelled
