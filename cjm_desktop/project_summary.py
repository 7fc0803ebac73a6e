"""What a project holds, counted: for `cjm info`, the map list and the benchmarks."""

from typing import Any

from .model import Project


def summarize(project: Project) -> dict[str, Any]:
    journeys = [
        {
            "id": j.id,
            "title": j.title,
            "state": j.state.value,
            "stages": len(j.stages),
            "steps": len(j.steps()),
            "lanes": len(j.lanes),
            "cards": len(j.cards),
            "curves": sum(len(lane.curves) for lane in j.lanes),
        }
        for j in project.journeys
    ]
    counts = {
        "personas": len(project.personas),
        "journeys": len(journeys),
        "stages": sum(j["stages"] for j in journeys),
        "steps": sum(j["steps"] for j in journeys),
        "lanes": sum(j["lanes"] for j in journeys),
        "cards": sum(j["cards"] for j in journeys),
        "curves": sum(j["curves"] for j in journeys),
        "actions": len(project.actions),
    }
    return {"title": project.title, "counts": counts, "journeys": journeys}
