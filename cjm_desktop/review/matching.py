"""Pairing the parts of two maps that have no common IDs: a to-be copy gets fresh IDs, so stages,
steps and touchpoints are paired by their name first and by their position second."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def same_text(text: str) -> str:
    """The form in which two names count as equal: case and surrounding spaces do not matter."""
    return " ".join(text.split()).casefold()


def pair_up(
    old: Sequence[T], new: Sequence[T], name: Callable[[T], str], by_position: bool = True
) -> list[tuple[T | None, T | None]]:
    """Pairs (old, new) in the order of `new`, each unpaired old item just before the paired
    item that followed it in `old`; (old, None) was removed, (None, new) added.

    Equal names pair first (in order, so duplicates pair one to one). With `by_position`, what is
    left pairs by index when both sides at that index are still free: a renamed stage stays
    one stage.
    """
    partner: dict[int, int] = {}  # new index -> old index
    free_old = list(range(len(old)))
    for n, item in enumerate(new):
        key = same_text(name(item))
        match = next((o for o in free_old if same_text(name(old[o])) == key), None)
        if match is not None:
            partner[n] = match
            free_old.remove(match)
    if by_position:
        for n in range(len(new)):
            if n not in partner and n in free_old:
                partner[n] = n
                free_old.remove(n)
    pairs: list[tuple[T | None, T | None]] = []
    placed: set[int] = set()

    def place_removed_up_to(limit: int) -> None:
        for o in [o for o in free_old if o < limit and o not in placed]:
            pairs.append((old[o], None))
            placed.add(o)

    for n, item in enumerate(new):
        o = partner.get(n)
        if o is not None:
            place_removed_up_to(o)
            pairs.append((old[o], item))
        else:
            pairs.append((None, item))
    place_removed_up_to(len(old))
    return pairs
