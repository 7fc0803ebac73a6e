"""A small valid project for the storage tests."""

from cjm_desktop.model import Card, EmotionCurve, Journey, Lane, LaneKind, Project, Stage, Step


def sample_project() -> Project:
    step = Step(id="step-1", name="Zoeken")
    touch = Lane(id="lane-t", kind=LaneKind.TOUCHPOINTS, title="Contactmomenten")
    emotion = Lane(
        id="lane-e",
        kind=LaneKind.EMOTION,
        title="Emotie",
        curves=[EmotionCurve(id="curve-1", points={"step-1": -1}, notes={"step-1": "lastig"})],
    )
    journey = Journey(
        id="journey-1",
        title="Crème brûlée bestellen € ‘test’",
        stages=[Stage(id="stage-1", name="Oriënteren", steps=[step])],
        lanes=[touch, emotion],
        cards=[Card(id="card-1", lane_id="lane-t", step_id="step-1", title="Google", sentiment=1)],
    )
    return Project(id="project-1", title="Bakkerij", journeys=[journey])
