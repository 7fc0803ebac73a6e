"""Project files dragged onto a window: which local .cjm files a drag carries. The canvas leaves
such drags to its window (it takes pictures and library entries), which opens them."""

from __future__ import annotations

from pathlib import Path


def project_paths(mime) -> list[Path]:
    """The local .cjm files a drag carries."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == ".cjm"]
