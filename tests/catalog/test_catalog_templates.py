"""The stage templates: every one loads in both languages and makes a valid project that survives
a save and a load; unknown ids are named with the known ones."""

import pytest

from cjm_desktop import catalog
from cjm_desktop.model import Journey, LaneKind, Language, find_problems
from cjm_desktop.storage import load, save

TEMPLATE_IDS = [t.id for t in catalog.templates()]
LANGUAGES = ["nl", "en"]


def test_the_stage_models_of_the_domain_are_there_in_index_order():
    assert TEMPLATE_IDS[0] == catalog.DEFAULT_TEMPLATE == "five_phases"
    assert len(TEMPLATE_IDS) == len(set(TEMPLATE_IDS))
    expected = {
        "five_a": ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"],
        "see_think_do_care": ["See", "Think", "Do", "Care"],
        "five_phases": [
            "Bewustwording",
            "Overweging",
            "Aankoop",
            "Service & gebruik",
            "Loyaliteit",
        ],
    }
    for template_id, stages in expected.items():
        template = catalog.template(template_id)
        assert [s.name_in("nl") for s in template.stages] == stages
    aaarrr = catalog.template("aaarrr")
    assert [s.name_in("en") for s in aaarrr.stages] == [
        "Awareness",
        "Acquisition",
        "Activation",
        "Revenue",
        "Retention",
        "Referral",
    ]
    blueprint = catalog.template("service_blueprint")
    assert [lane.kind for lane in blueprint.lanes].count(LaneKind.BACKSTAGE) == 2


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_template_makes_a_valid_project_that_saves_and_loads(template_id, language, tmp_path):
    template = catalog.template(template_id)
    project = catalog.new_project(template_id, language)
    assert project.language == Language(language)
    assert project.title == {"nl": "Nieuw project", "en": "New project"}[language]
    assert find_problems(project) == []
    (journey,) = project.journeys
    assert journey.template == template_id
    assert template.name_in(language) in journey.title
    assert [s.name for s in journey.stages] == [s.name_in(language) for s in template.stages]
    assert all(s.goal and s.steps and all(t.name for t in s.steps) for s in journey.stages)
    assert [(lane.kind, lane.title) for lane in journey.lanes] == [
        (lane.kind, lane.title_in(language)) for lane in template.lanes
    ]
    (emotion,) = journey.emotion_lanes()
    assert len(emotion.curves) == 1
    path = tmp_path / f"{template_id}.cjm"
    save(project, path, backup=False)
    assert load(path) == project


def test_texts_differ_between_the_languages_where_they_should():
    dutch = catalog.new_project("buyer_journey", "nl").journeys[0]
    english = catalog.new_project("buyer_journey", Language.EN).journeys[0]
    assert [s.name for s in dutch.stages][:3] == ["Bewustwording", "Overweging", "Beslissing"]
    assert [s.name for s in english.stages][:3] == ["Awareness", "Consideration", "Decision"]
    assert dutch.lanes[1].title == "Doen" and english.lanes[1].title == "Doing"


def test_each_new_map_has_fresh_ids():
    first = catalog.new_journey("five_phases", "nl")
    second = catalog.new_journey("five_phases", "nl")
    assert isinstance(first, Journey)

    def ids(journey):
        objects = [journey, *journey.stages, *journey.steps(), *journey.lanes]
        objects += [c for lane in journey.lanes for c in lane.curves]
        return [o.id for o in objects]

    assert len(set(ids(first))) == len(ids(first))
    assert not set(ids(first)) & set(ids(second))


def test_a_given_title_is_kept():
    assert catalog.new_project("five_a", "en", title="Bakery").title == "Bakery"
    assert catalog.new_project("five_a", "en", title="").title == ""


def test_an_unknown_template_is_named_with_the_known_ones():
    with pytest.raises(catalog.UnknownTemplateError) as info:
        catalog.new_project("pirates")
    message = info.value.render()
    assert "'pirates'" in message
    assert all(template_id in message for template_id in TEMPLATE_IDS)
    assert isinstance(info.value, LookupError)


def test_an_unknown_language_is_refused():
    with pytest.raises(catalog.UnknownLanguageError) as info:
        catalog.new_journey("five_a", "de")
    assert "'de'" in info.value.render() and "nl, en" in info.value.render()
