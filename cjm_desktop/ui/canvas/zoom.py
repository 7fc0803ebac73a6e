"""The zoom limits and steps of the canvas, kept apart so the view and its tests share them."""

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
# One wheel notch or menu step multiplies the scale by this factor.
ZOOM_STEP = 1.25


def clamp_zoom(scale: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, scale))
