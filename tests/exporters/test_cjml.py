"""CJML 2.0 both ways: the example on cjml.no reads, the bundled examples go out and come back
with their as-is and to-be maps linked, phases as stages and touchpoint cards in step order."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest
from conftest import RESOURCES

from cjm_desktop.cli import EXIT_OK, main
from cjm_desktop.exporters.cjml import export_cjml
from cjm_desktop.exporters.cjml_import import import_cjml
from cjm_desktop.model import Channel, JourneyState, LaneKind
from cjm_desktop.storage import load

# The data-format example shown on cjml.no (an actual journey with one communication point).
SITE_EXAMPLE = b"""<CJML version="2.0">
<actualJourney>
<journeyID>AJ1</journeyID>
<actors>
<endUser actorID="Carl"><actorName>Carl</actorName></endUser>
<serviceProvider actorID="Company A"><companyName>Bookis</companyName></serviceProvider>
</actors>
<touchpoints>
<actualCommunicationPoint>
<touchpointID>TP1</touchpointID>
<initiator><refersTo actorIDref="Carl"/>
<initiatorLabel>Customer creates account</initiatorLabel></initiator>
<receiver><refersTo actorIDref="Company A"/>
<receiverLabel>Account registered</receiverLabel></receiver>
<channel><channelName>Web</channelName></channel>
</actualCommunicationPoint>
</touchpoints>
</actualJourney>
</CJML>
"""


def test_the_example_of_cjml_no_reads():
    imported = import_cjml(SITE_EXAMPLE, "en")
    journey = imported.journey
    assert journey.title == "AJ1"
    assert journey.state == JourneyState.CURRENT
    assert [p.name for p in imported.new_personas] == ["Carl"]
    assert journey.persona_id == imported.new_personas[0].id
    (card,) = journey.cards
    assert card.title == "Customer creates account"
    assert card.details == "→ Bookis: Account registered"
    assert card.channel == Channel.WEBSITE
    assert journey.lane(card.lane_id).kind == LaneKind.TOUCHPOINTS
    notes = [n.render() for n in imported.notes]
    assert notes == ["“AJ1”: Bookis kept in card details only, not as personas"]


def _touchpoints(journey):
    lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    cells = journey.cards_by_cell()
    return [
        (stage.name, card.title, card.details, card.channel)
        for stage in journey.stages
        for step in stage.steps
        for lane in journey.lanes
        if lane.id in lanes
        for card in cells.get((lane.id, step.id), [])
    ]


@pytest.mark.parametrize("example", sorted((RESOURCES / "examples").glob("*.cjm")), ids=str)
def test_examples_go_out_and_come_back(example, tmp_path):
    project = load(example)
    out = tmp_path / "journeys.xml"
    assert main(["export", str(example), "--cjml", str(out)]) == EXIT_OK
    root = ET.parse(out).getroot()
    assert root.tag == "CJML" and root.get("version") == "2.0"
    back_file = tmp_path / "back.cjm"
    assert main(["import", str(out), "-o", str(back_file), "--lang", project.language.value]) == 0
    back = load(back_file)
    assert len(back.journeys) == len(project.journeys)
    as_is = next(j for j in back.journeys if j.state == JourneyState.CURRENT)
    to_be = next(j for j in back.journeys if j.state == JourneyState.FUTURE)
    assert to_be.counterpart_id == as_is.id
    for original in project.journeys:
        copy = next(j for j in back.journeys if j.title == original.title)
        assert _touchpoints(copy) == [t for t in _touchpoints(original)]
        persona = project.persona(original.persona_id)
        assert back.persona(copy.persona_id).name == persona.name


def test_export_writes_phases_and_sentiment_only_on_actual_journeys():
    project = load(RESOURCES / "examples" / "bakery_en.cjm")
    root = ET.fromstring(export_cjml(project))
    actual, planned = root.find("actualJourney"), root.find("plannedJourney")
    assert actual.find("plannedReference").text == planned.find("journeyID").text
    assert [p.findtext("phaseName") for p in actual.iter("journeyPhase")][:2] == [
        "Orientation",
        "Consideration",
    ]
    assert actual.find(".//touchpointExperience") is not None
    assert planned.find(".//touchpointExperience") is None
