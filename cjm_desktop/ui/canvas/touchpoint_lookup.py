"""Turns a touchpoint library entry (cjm_desktop.catalog) into the fields of a new card."""

from __future__ import annotations

from typing import Any

from ...model import Channel, Mode


def _entries() -> list[Any]:
    from ... import catalog

    return list(catalog.touchpoints())


def find_entry(entry_id: str) -> Any | None:
    """The library entry with this ID, or None (also when the catalog is not available)."""
    # Through touchpoints(), the same call the palette lists the entries with, so a drop finds
    # exactly what the palette offered.
    try:
        return next((e for e in _entries() if getattr(e, "id", None) == entry_id), None)
    except (ImportError, AttributeError):
        return None


def _text(entry: Any, name: str, language: str) -> str:
    value = getattr(entry, name, "")
    if callable(value):
        return str(value(language))
    if isinstance(value, dict):
        return value.get(language) or next(iter(value.values()), "")
    return str(value or "")


def card_fields_for_entry(entry_id: str, project) -> dict[str, Any] | None:
    """Title (in the project's language), channel and mode of a library entry; None if unknown."""
    entry = find_entry(entry_id)
    if entry is None:
        return None
    language = str(getattr(project, "language", "en"))
    fields: dict[str, Any] = {"title": _text(entry, "title", language) or entry_id}
    channel = getattr(entry, "channel", None)
    if channel:
        fields["channel"] = Channel(channel)
    mode = getattr(entry, "mode", None)
    if mode:
        fields["mode"] = Mode(mode)
    return fields
