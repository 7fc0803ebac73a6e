"""copy_with_new_ids: a deep copy of a map with fresh IDs, for "duplicate" and "make to-be copy".

References inside the map (cards to their lane and step, curve points and notes to steps) follow
the new IDs; references out of it (persona, as-is map) stay as they are.
"""

from __future__ import annotations

from ..model import Journey, new_id


def copy_with_new_ids(journey: Journey) -> Journey:
    data = journey.model_dump()
    fresh: dict[str, str] = {}

    def renew(item: dict, prefix: str) -> None:
        fresh[item["id"]] = item["id"] = new_id(prefix)

    renew(data, "journey-")
    for stage in data["stages"]:
        renew(stage, "stage-")
        for step in stage["steps"]:
            renew(step, "step-")
    for lane in data["lanes"]:
        renew(lane, "lane-")
        for curve in lane["curves"]:
            renew(curve, "curve-")
    for card in data["cards"]:
        renew(card, "card-")
        card["lane_id"] = fresh.get(card["lane_id"], card["lane_id"])
        card["step_id"] = fresh.get(card["step_id"], card["step_id"])
    for lane in data["lanes"]:
        for curve in lane["curves"]:
            for name in ("points", "notes"):
                curve[name] = {fresh.get(k, k): v for k, v in curve[name].items()}
    return Journey.model_validate(data)
