"""ActionPlanFilter: the sorted, filtered view of the action plan model.

Filters by status, owner, map and stage (None: any; "" for owner, map or stage: actions without
one). Sorting compares the model's sort keys, so priorities, statuses and dates sort by meaning
and empty cells come last.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from ...model import Action, Status
from .action_plan_model import COLUMNS, ActionPlanModel

ANY = None


class ActionPlanFilter(QSortFilterProxyModel):
    def __init__(self, model: ActionPlanModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.status: Status | None = ANY
        self.owner: str | None = ANY
        self.journey_id: str | None = ANY
        self.stage_id: str | None = ANY

    def plan(self) -> ActionPlanModel:
        return self.sourceModel()

    def set_filters(self, **filters) -> None:
        """Set any of status, owner, journey_id, stage_id and filter again once."""
        for name in filters:
            if name not in ("status", "owner", "journey_id", "stage_id"):
                raise TypeError(f"unknown filter {name!r}")
        # Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange(); 6.6 has only the old.
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        for name, value in filters.items():
            setattr(self, name, value)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def is_filtering(self) -> bool:
        return any(f is not ANY for f in (self.status, self.owner, self.journey_id, self.stage_id))

    def accepts(self, action: Action) -> bool:
        if self.status is not ANY and action.status != self.status:
            return False
        if self.owner is not ANY and action.owner.strip() != self.owner:
            return False
        if self.journey_id is not ANY and (action.journey_id or "") != self.journey_id:
            return False
        return self.stage_id is ANY or (action.stage_id or "") == self.stage_id

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        action = self.plan().action_at(source_row)
        return action is not None and self.accepts(action)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        plan = self.plan()
        a, b = plan.action_at(left.row()), plan.action_at(right.row())
        if a is None or b is None:
            return False
        key = COLUMNS[left.column()].key
        return plan.sort_key(a, key) < plan.sort_key(b, key)

    # -- rows and actions ------------------------------------------------------------------
    def action_id_at(self, row: int) -> str | None:
        source = self.mapToSource(self.index(row, 0))
        action = self.plan().action_at(source.row()) if source.isValid() else None
        return action.id if action is not None else None

    def row_of(self, action_id: str) -> int:
        """The visible row of the action; -1 when filtered out or gone."""
        source_row = self.plan().row_of(action_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.plan().index(source_row, 0)).row()

    def visible_actions(self) -> list[Action]:
        plan = self.plan()
        rows = (self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount()))
        return [a for a in (plan.action_at(r) for r in rows) if a is not None]
