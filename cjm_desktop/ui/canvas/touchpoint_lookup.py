"""Turns a touchpoint library entry (cjm_desktop.catalog) into the fields of a new card."""

from __future__ import annotations

from typing import Any

from ...model import Channel, Mode


def _entry(entry_id: str) -> Any | None:
    from ... import catalog

    library = catalog.touchpoint_library()
    return library.entry(entry_id)


def card_fields_for_entry(entry_id: str, project) -> dict[str, Any] | None:
    """Title (in the project's language), channel and mode of a library entry; None if unknown."""
    try:
        entry = _entry(entry_id)
    except (LookupError, ImportError, AttributeError):
        return None
    if entry is None:
        return None
    language = getattr(project, "language", "en")
    title = entry.title(str(language)) if callable(getattr(entry, "title", None)) else entry.title
    fields: dict[str, Any] = {"title": title}
    channel = getattr(entry, "channel", None)
    if channel:
        fields["channel"] = Channel(channel)
    mode = getattr(entry, "mode", None)
    if mode:
        fields["mode"] = Mode(mode)
    return fields
