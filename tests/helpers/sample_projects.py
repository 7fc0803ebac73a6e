"""Small hand-made projects shared by exporter and CLI tests."""

from datetime import date

from cjm_desktop.model import (
    Action,
    Brand,
    Card,
    Channel,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Priority,
    Project,
    Stage,
    Step,
)

DUTCH = "Crème brûlée € ‘quote’ – ë ï “ok” …"


def report_project(steps_per_stage: int = 2) -> Project:
    persona = Persona(id="p1", name="Sanne Ünal", quote="Ik wil <b>snel</b> & makkelijk", age="34")
    stages = [
        Stage(
            id=f"st{i}",
            name=name,
            steps=[Step(id=f"s{i}{k}", name=f"Stap {i}.{k}") for k in range(steps_per_stage)],
        )
        for i, name in enumerate(["Oriënteren", "Overwegen", "Бронирование"])
    ]
    step_ids = [s.id for st in stages for s in st.steps]
    lanes = [
        Lane(id="lt", kind=LaneKind.TOUCHPOINTS, title="Contactmomenten"),
        Lane(
            id="le",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[
                EmotionCurve(
                    id="c1", label="Huidig", points={s: (n % 5) - 2 for n, s in enumerate(step_ids)}
                )
            ],
        ),
        Lane(id="lp", kind=LaneKind.PAIN_POINTS, title="Pijnpunten"),
    ]
    cards = [
        Card(
            id="k1",
            lane_id="lt",
            step_id=step_ids[0],
            title=DUTCH,
            channel=Channel.WEBSITE,
            sentiment=2,
            moment_of_truth=True,
        ),
        Card(
            id="k2", lane_id="lp", step_id=step_ids[1], title="<b>not bold</b> & co", drop_off=True
        ),
    ]
    journey = Journey(
        id="j1",
        title="Taart bestellen: " + DUTCH,
        persona_id="p1",
        stages=stages,
        lanes=lanes,
        cards=cards,
        scenario="Een verjaardag op kantoor",
    )
    actions = [
        Action(id="a1", title="Later actie", priority=Priority.LOW, due=date(2027, 1, 1)),
        Action(
            id="a2",
            title="Eerste actie",
            priority=Priority.HIGH,
            due=date(2027, 3, 1),
            journey_id="j1",
            stage_id="st0",
            card_ids=["k2"],
            owner="Anna",
        ),
    ]
    return Project(
        title="Bakkerij rapport",
        author="Tester",
        language="nl",
        brand=Brand(name="De Korenbloem", usps=["Vers", "Lokaal"]),
        personas=[persona],
        journeys=[journey],
        actions=actions,
    )


# One card title a script, as issue 13 asks every export to print (and the canvas to show).
MULTI_SCRIPT_TITLES = {
    "arabic": "Reviews 😀🎂 مرحبا بالعالم",
    "hebrew": "ביקורות שלום עולם",
    "chinese": "中文评论面包很好吃",
    "japanese": "日本語のレビューとパン屋さん",
    "thai": "รีวิวร้านขนมปังอร่อยมาก",
    "devanagari": "समीक्षा बेकरी बहुत अच्छी",
    "emoji": "Taart 🎂🍰☕ en 😀",
}


def multi_script_project() -> Project:
    """The report project with one touchpoint card a script, each in its own step."""
    project = report_project(steps_per_stage=3)
    journey = project.journeys[0]
    steps = [s.id for st in journey.stages for s in st.steps]
    journey.cards = [
        Card(id=f"m{n}", lane_id="lt", step_id=steps[n], title=title)
        for n, title in enumerate(MULTI_SCRIPT_TITLES.values())
    ]
    project.actions[1].card_ids = []
    return project
