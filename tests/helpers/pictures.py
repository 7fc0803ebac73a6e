"""Small real pictures and a storyboard map holding them, for the picture tests of the exporters."""

from __future__ import annotations

import io

from PIL import Image

from cjm_desktop.model import Card, Journey, Lane, LaneKind, Project, Stage, Step, encode_image


def picture(fmt: str, size: tuple[int, int], rgb=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, rgb).save(out, fmt)
    return out.getvalue()


def storyboard(*images: bytes) -> Project:
    """One map with a storyboard lane: a step and a picture card per image."""
    steps = [Step(id=f"s{n}", name=f"Stap {n}") for n in range(len(images))]
    cards = [
        Card(id=f"k{n}", lane_id="l", step_id=f"s{n}", title=f"Plaatje {n}", image=encode_image(d))
        for n, d in enumerate(images)
    ]
    journey = Journey(
        id="j",
        title="Storyboard",
        stages=[Stage(id="st", name="Fase", steps=steps)],
        lanes=[Lane(id="l", kind=LaneKind.IMAGES, title="Storyboard")],
        cards=cards,
    )
    return Project(title="Plaatjes", journeys=[journey])
