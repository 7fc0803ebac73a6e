"""The journey canvas: a QGraphicsView of one journey map, drawn from cjm_desktop.layout, where
every gesture ends in one edit pushed on the document.

`JourneyCanvas` is imported lazily, so other widgets can use `canvas.glyphs` (faces, lane icons)
without loading the whole canvas.
"""

__all__ = ["JourneyCanvas"]


def __getattr__(name: str):
    if name == "JourneyCanvas":
        from .view import JourneyCanvas

        return JourneyCanvas
    raise AttributeError(name)
