"""The Edit: one user change to a project, with apply and revert. Pure Python, no Qt.

Every change a user can make is an Edit (or a CompositeEdit), so the GUI's undo stack, the CLI and
the importers share one way of changing a project.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable
from dataclasses import dataclass, field

from ..model import Project


@dataclass
class Change:
    """What an edit touched, so views update those parts instead of rebuilding everything.

    `journeys` are the maps concerned; `cards` the cards added, removed or changed in them;
    `structure` means stages, steps or lanes changed (the map needs a new layout); `curves` that
    emotion curves changed; the other flags name project-wide parts.
    """

    journeys: set[str] = field(default_factory=set)
    cards: set[str] = field(default_factory=set)
    structure: bool = False
    curves: bool = False
    journey_list: bool = False
    personas: bool = False
    actions: bool = False
    project: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(
            journeys=self.journeys | other.journeys,
            cards=self.cards | other.cards,
            structure=self.structure or other.structure,
            curves=self.curves or other.curves,
            journey_list=self.journey_list or other.journey_list,
            personas=self.personas or other.personas,
            actions=self.actions or other.actions,
            project=self.project or other.project,
        )


class Edit(ABC):
    """A reversible change. `apply` then `revert` leaves the project exactly as it was."""

    #: English text for the undo menu ("Undo Move card"); the GUI translates it in context "Edit".
    label: str = "Edit"

    @abstractmethod
    def apply(self, project: Project) -> None: ...

    @abstractmethod
    def revert(self, project: Project) -> None: ...

    @abstractmethod
    def change(self) -> Change: ...

    def merge_key(self) -> Hashable | None:
        """Edits of one continuous gesture share a key (e.g. typing in one field); None never
        merges."""
        return None

    def merge(self, newer: Edit) -> bool:
        """Absorb `newer` (already applied) into this edit; return False if it cannot."""
        return False
