"""Colour arithmetic on "#rrggbb" strings, the same for every backend."""

from __future__ import annotations


def mix(value: str, other: str, amount: float) -> str:
    """`value` moved `amount` (0..1) towards `other`: tints of the stage colours."""
    a = [int(value[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))
