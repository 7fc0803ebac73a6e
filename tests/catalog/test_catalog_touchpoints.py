"""The touchpoint library and the phases: filters by phase, channel and mode, a search that
ignores case and accents, and lookups by id."""

import pytest

from cjm_desktop import catalog
from cjm_desktop.model import Channel, Mode


def test_phases_in_buying_order_and_named_in_both_languages():
    phases = catalog.phases()
    assert [p.id for p in phases] == ["orient", "consider", "buy", "use", "loyal"]
    assert phases[0].name_in("nl") == "Oriënteren"
    assert phases[0].name_in("en") == "Orientation"


def test_every_template_stage_and_touchpoint_points_at_known_phases():
    known = {p.id for p in catalog.phases()}
    for template in catalog.templates():
        assert set(template.phases()) <= known
    for entry in catalog.touchpoints():
        assert set(entry.phases) <= known
    # Each phase offers enough to choose from in the palette and the wizard.
    for phase in known:
        assert len(catalog.touchpoints(phase=phase)) >= 10, phase


def test_ids_are_unique_and_lookups_find_them():
    entries = catalog.touchpoints()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)) and len(ids) >= 80
    assert catalog.touchpoint("newsletter").title_in("nl") == "Nieuwsbrief"
    with pytest.raises(catalog.UnknownTouchpointError) as info:
        catalog.touchpoint("carrier_pigeon")
    assert isinstance(info.value, LookupError)
    assert "carrier_pigeon" in info.value.render()


def test_filters_combine():
    buy = catalog.touchpoints(phase="buy")
    assert buy and all("buy" in e.phases for e in buy)
    assert "checkout" in {e.id for e in buy} and "flyer" not in {e.id for e in buy}
    email = catalog.touchpoints(channel=Channel.EMAIL)
    assert email and all(e.channel == Channel.EMAIL for e in email)
    assert [e.id for e in catalog.touchpoints(channel="email")] == [e.id for e in email]
    offline = catalog.touchpoints(mode="offline")
    assert offline and all(e.mode == Mode.OFFLINE for e in offline)
    both = catalog.touchpoints(phase="loyal", channel="email", mode=Mode.ONLINE)
    assert {e.id for e in both} == {
        e.id for e in catalog.touchpoints(phase="loyal") if e in email and e.mode == Mode.ONLINE
    }
    assert catalog.touchpoints(phase="no_such_phase") == []


def test_search_ignores_case_and_accents_and_finds_phase_names():
    orient = {e.id for e in catalog.touchpoints(phase="orient")}
    assert {e.id for e in catalog.touchpoints(query="orienteren")} == orient
    assert {e.id for e in catalog.touchpoints(query="ORIËNTEREN")} == orient
    assert {e.id for e in catalog.touchpoints(query="orientation", language="en")} == orient


def test_search_reads_the_texts_of_the_language_asked():
    assert [e.id for e in catalog.touchpoints(query="nieuwsbrief")] == ["newsletter"]
    assert catalog.touchpoints(query="nieuwsbrief", language="en") == []
    words = catalog.touchpoints(query="winkel kassa")
    assert "store_checkout" in {e.id for e in words}
    assert all("winkel" in catalog.fold(e.title_in("nl") + e.description_in("nl")) for e in words)
    assert catalog.touchpoints(query="   ") == catalog.touchpoints()
