"""The guided set-up driven like a user: typing, clicking Next/Back, then checking the project."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QMessageBox,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWizard,
)
from wizard_support import wizard_files  # noqa: F401  (autouse fixture)

from cjm_desktop.model import LaneKind, find_problems
from cjm_desktop.ui.wizard import GuidedSetupWizard, WizardDraft

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def wizard(qtbot):
    w = GuidedSetupWizard(None, "nl")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.currentPage() is w.intro  # what the set-up gives, before the first question
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return w


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def press(qtbot, wizard, which) -> None:
    click(qtbot, wizard.button(which))


def fill_brand(qtbot, wizard) -> None:
    page = wizard.currentPage()
    type_into(qtbot, page.brand_name, "Bakkerij Jansen")
    type_into(qtbot, page.product, "Zuurdesembrood")
    for usp in ("Elke ochtend vers", "Biologisch"):
        type_into(qtbot, page.usps.line, usp)
        qtbot.keyClick(page.usps.line, Qt.Key.Key_Return)
    type_into(qtbot, page.promise, "Altijd vers")


def clear_stages(qtbot, page) -> None:
    """Remove the stages the page starts with (the simplest model), as a user would."""
    while page.stage_list.count():
        click(qtbot, page.remove_stage)


def add_stage(qtbot, page, name: str, goal: str) -> None:
    click(qtbot, page.add_stage)
    page.name.selectAll()
    type_into(qtbot, page.name, name)
    type_into(qtbot, page.goal, goal)


def test_walk_through_every_step_builds_the_project(qtbot, wizard, tmp_path, monkeypatch):
    fill_brand(qtbot, wizard)
    press(qtbot, wizard, NEXT)

    persona_page = wizard.currentPage()
    form = persona_page.forms[0]
    type_into(qtbot, form.name, "Anna")
    type_into(qtbot, form.answers["age"], "38, twee kinderen")
    type_into(qtbot, form.answers["drivers"], "Gezond ontbijt")
    photo = tmp_path / "anna.bmp"
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#c08040"))
    assert image.save(str(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    click(qtbot, form.choose_photo)
    assert form.photo is not None
    press(qtbot, wizard, NEXT)

    stages_page = wizard.currentPage()
    preset = [stages_page.stage_list.item(i).text() for i in range(stages_page.stage_list.count())]
    assert preset[0] == "Bewustwording" and len(preset) == 5  # a first-timer starts somewhere
    clear_stages(qtbot, stages_page)
    add_stage(qtbot, stages_page, "Orienteren", "Een goede bakker vinden")
    add_stage(qtbot, stages_page, "Kopen", "Snel brood halen")
    add_stage(qtbot, stages_page, "Weg", "")
    click(qtbot, stages_page.remove_stage)
    press(qtbot, wizard, NEXT)

    tp_page = wizard.currentPage()
    type_into(qtbot, tp_page.own, "Etalage")
    qtbot.keyClick(tp_page.own, Qt.Key.Key_Return)
    type_into(qtbot, tp_page.own, "Instagram")
    click(qtbot, tp_page.add_own)
    tp_page.chosen.setFocus()
    tp_page.chosen.setCurrentItem(tp_page.chosen.topLevelItem(0), 0)
    qtbot.keyClick(tp_page.chosen, Qt.Key.Key_Space)  # ticks "matters most"
    press(qtbot, wizard, NEXT)

    exp_page = wizard.currentPage()
    type_into(qtbot, exp_page.doing, "Zoekt op Google Maps")
    type_into(qtbot, exp_page.feeling, "Gehaast")
    click(qtbot, exp_page.emotion.buttons[-1])
    type_into(qtbot, exp_page.pain_points, "Openingstijden niet online")
    type_into(qtbot, exp_page.drop_off, "Rij te lang")
    type_into(qtbot, exp_page.time_frame, "1 week")
    press(qtbot, wizard, NEXT)

    actions_page = wizard.currentPage()
    texts = [actions_page.gap_list.item(i).text() for i in range(actions_page.gap_list.count())]
    assert any("Openingstijden niet online" in t for t in texts)
    assert any("Kopen" in t for t in texts)  # a stage without touchpoints
    pain_row = next(i for i, t in enumerate(texts) if "Openingstijden" in t)
    actions_page.gap_list.setCurrentRow(pain_row)
    click(qtbot, actions_page.make_action)
    actions_page.title_edit.selectAll()
    type_into(qtbot, actions_page.title_edit, "Openingstijden op Google zetten")
    type_into(qtbot, actions_page.owner, "Piet")
    actions_page.priority.setCurrentIndex(0)
    actions_page.impact.selectAll()
    type_into(qtbot, actions_page.impact, "5")
    click(qtbot, actions_page.has_due)
    press(qtbot, wizard, NEXT)

    measure_page = wizard.currentPage()
    row = measure_page.rows[0]
    assert [row.touchpoint.itemText(i) for i in range(row.touchpoint.count())] == [
        "",
        "Etalage",
        "Instagram",
    ]
    row.touchpoint.setCurrentIndex(2)
    type_into(qtbot, row.how, "Volgers")
    type_into(qtbot, row.target, "500")
    press(qtbot, wizard, FINISH)

    project = wizard.finished_project
    assert project is not None and find_problems(project) == []
    assert project.brand.name == "Bakkerij Jansen" and project.brand.product == "Zuurdesembrood"
    assert project.brand.usps == ["Elke ochtend vers", "Biologisch"]
    assert project.brand.promise == "Altijd vers"
    (anna,) = project.personas
    assert (anna.name, anna.age, anna.drivers) == ("Anna", "38, twee kinderen", "Gezond ontbijt")
    assert anna.photo is not None
    (journey,) = project.journeys
    assert [s.name for s in journey.stages] == ["Orienteren", "Kopen"]
    assert journey.stages[0].goal == "Een goede bakker vinden"
    assert journey.stages[0].time_frame == "1 week"
    step = journey.stages[0].steps[0]
    cells = {lane.kind: journey.cards_in_cell(lane.id, step.id) for lane in journey.lanes}
    assert [(c.title, c.moment_of_truth) for c in cells[LaneKind.TOUCHPOINTS]] == [
        ("Etalage", True),
        ("Instagram", False),
    ]
    assert LaneKind.MOMENTS_OF_TRUTH not in cells  # marked on the touchpoint card instead
    assert [c.title for c in cells[LaneKind.DOING]] == ["Zoekt op Google Maps"]
    assert [c.title for c in cells[LaneKind.FEELING]] == ["Gehaast"]
    assert journey.first_curve().points == {step.id: -1}
    assert [(c.title, c.drop_off) for c in cells[LaneKind.PAIN_POINTS]] == [
        ("Openingstijden niet online", False),
        ("Rij te lang", True),
    ]
    (metric,) = cells[LaneKind.METRICS]
    assert (metric.title, metric.details, metric.target) == (
        "Volgers",
        "Measured at: Instagram",
        "500",
    )
    (action,) = project.actions
    assert action.title == "Openingstijden op Google zetten"
    assert (action.owner, action.priority, action.impact) == ("Piet", "high", 5)
    assert action.stage_id == journey.stages[0].id
    assert action.card_ids == [cells[LaneKind.PAIN_POINTS][0].id]
    assert action.due == date.today()


def test_back_keeps_what_was_typed(qtbot, wizard):
    fill_brand(qtbot, wizard)
    press(qtbot, wizard, NEXT)
    type_into(qtbot, wizard.currentPage().forms[0].name, "Anna")
    type_into(qtbot, wizard.currentPage().forms[1].name, "Bram")
    press(qtbot, wizard, NEXT)
    clear_stages(qtbot, wizard.currentPage())
    add_stage(qtbot, wizard.currentPage(), "Kopen", "Brood")
    press(qtbot, wizard, BACK)
    assert wizard.currentPage().forms[0].name.text() == "Anna"
    press(qtbot, wizard, BACK)
    page = wizard.currentPage()
    assert page.brand_name.text() == "Bakkerij Jansen"
    assert page.usps.values() == ["Elke ochtend vers", "Biologisch"]
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage().forms[1].name.text() == "Bram"
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage().name.text() == "Kopen"
    assert wizard.currentPage().goal.text() == "Brood"
    assert [p.name for p in wizard.draft.personas] == ["Anna", "Bram"]


def test_skipping_every_step_gives_a_valid_empty_project(qtbot, wizard):
    while wizard.button(NEXT).isVisible():
        press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)
    project = wizard.finished_project
    assert project is not None and find_problems(project) == []
    assert project.personas == [] and project.actions == []
    # Skipping the stages step keeps the model it starts with: a map to fill in later.
    assert [s.name for s in project.journeys[0].stages] == [
        "Bewustwording",
        "Overweging",
        "Aankoop",
        "Service & gebruik",
        "Loyaliteit",
    ]
    assert project.journeys[0].template == "five_phases"


def test_removing_every_stage_stays_removed(qtbot, wizard):
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    clear_stages(qtbot, wizard.currentPage())
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage().no_stages_hint.isVisibleTo(wizard.currentPage())
    press(qtbot, wizard, BACK)
    assert wizard.currentPage().stage_list.count() == 0


def test_save_and_continue_later_then_resume(qtbot, wizard, tmp_path, monkeypatch):
    fill_brand(qtbot, wizard)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    clear_stages(qtbot, wizard.currentPage())
    add_stage(qtbot, wizard.currentPage(), "Kopen", "Brood")
    press(qtbot, wizard, NEXT)
    type_into(qtbot, wizard.currentPage().own, "Etalage")  # typed, not yet added
    target = tmp_path / "bakkerij"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, wizard.button(GuidedSetupWizard.SAVE_BUTTON))
    assert not wizard.isVisible() and wizard.finished_project is None
    saved = tmp_path / "bakkerij.cjmdraft"
    draft = WizardDraft.load(saved)
    assert draft.page == 4 and draft.brand_name == "Bakkerij Jansen"
    assert [t.title for t in draft.stages[0].touchpoints] == ["Etalage"]

    resumed = GuidedSetupWizard.from_draft(saved)
    qtbot.addWidget(resumed)
    resumed.show()
    assert resumed.currentId() == 4
    assert resumed.currentPage().chosen_titles() == ["Etalage"]
    press(qtbot, resumed, BACK)
    assert resumed.currentPage().name.text() == "Kopen"
    press(qtbot, resumed, BACK)
    press(qtbot, resumed, BACK)
    assert resumed.currentPage().promise.text() == "Altijd vers"


def test_a_due_date_in_the_past_is_questioned_not_refused(qtbot, wizard, monkeypatch):
    for _ in range(5):
        press(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    click(qtbot, page.new_action)
    type_into(qtbot, page.title_edit, "Folder maken")
    click(qtbot, page.has_due)
    page.due.setFocus()
    page.due.setCurrentSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClick(page.due, Qt.Key.Key_Down)  # one year back
    qtbot.keyClick(page.due, Qt.Key.Key_Down)
    last_year = page.due.date().toPython()
    assert last_year < date.today() - timedelta(days=300)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1]
    )
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page  # "No": stay and fix it
    assert "Folder maken" in asked[0]
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is not page  # "Yes": keep the date
    press(qtbot, wizard, BACK)
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is not page and len(asked) == 2  # kept once is kept
    press(qtbot, wizard, FINISH)
    assert wizard.finished_project.actions[0].due == last_year


def test_photo_is_shrunk_and_bad_files_are_refused(qtbot, tmp_path):
    from cjm_desktop.model import decode_image, image_format
    from cjm_desktop.ui.wizard.photo_loading import MAX_SOURCE_BYTES, PhotoError, load_photo

    big = tmp_path / "big.png"
    image = QImage(2000, 1000, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 128, 0, 128))
    assert image.save(str(big))
    data = decode_image(load_photo(big))
    assert image_format(data) == "png"  # transparency kept
    assert QImage.fromData(data).width() == 512
    text = tmp_path / "notes.png"
    text.write_text("<script>not a picture</script>")
    with pytest.raises(PhotoError):
        load_photo(text)
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * MAX_SOURCE_BYTES)
    with pytest.raises(PhotoError, match="too large"):
        load_photo(huge)


def click_row(qtbot, list_widget, row: int) -> None:
    item = list_widget.item(row)
    qtbot.mouseClick(
        list_widget.viewport(),
        Qt.MouseButton.LeftButton,
        pos=list_widget.visualItemRect(item).center(),
    )


def rows(list_widget) -> list[str]:
    return [list_widget.item(i).text() for i in range(list_widget.count())]


def test_a_stage_told_in_two_steps_gives_two_steps_on_the_map(qtbot, wizard):
    for _ in range(4):
        press(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    click_row(qtbot, page.stage_list, 1)  # Overweging, a stage without a goal
    assert rows(page.step_list) == ["Step 1"]
    assert not page.remove_step.isEnabled()  # a stage keeps one step
    type_into(qtbot, page.doing, "Kijkt in de etalage")
    click(qtbot, page.emotion.buttons[1])
    type_into(qtbot, page.time_frame, "2 dagen")
    click(qtbot, page.add_step)
    type_into(qtbot, page.step_name, "Vraagt naar glutenvrij")  # typed over the proposed name
    type_into(qtbot, page.doing, "Vraagt het de verkoper")
    click(qtbot, page.emotion.buttons[-2])
    type_into(qtbot, page.drop_off, "Geen antwoord")
    click(qtbot, page.add_step)
    assert rows(page.step_list) == ["Step 1", "Vraagt naar glutenvrij", "Step 3"]
    click(qtbot, page.remove_step)
    click_row(qtbot, page.step_list, 1)
    click(qtbot, page.move_up)
    assert rows(page.step_list) == ["Vraagt naar glutenvrij", "Step 2"]  # unnamed: its place
    click(qtbot, page.move_down)
    click_row(qtbot, page.step_list, 0)
    page.step_name.setFocus()
    page.step_name.selectAll()
    qtbot.keyClicks(page.step_name, "Kijkt rond")
    assert rows(page.step_list) == ["Kijkt rond", "Vraagt naar glutenvrij"]
    assert page.doing.toPlainText() == "Kijkt in de etalage"
    press(qtbot, wizard, NEXT)

    gaps = rows(wizard.currentPage().gap_list)
    assert "Overweging, step “Vraagt naar glutenvrij”: customers may give up (“Geen antwoord”)" in (
        gaps
    )
    assert "Overweging, step “Vraagt naar glutenvrij”: the customer feels bad" in gaps
    press(qtbot, wizard, BACK)  # Back and Next keep the steps
    page = wizard.currentPage()
    click_row(qtbot, page.stage_list, 1)
    click_row(qtbot, page.step_list, 1)
    assert page.emotion.value() == -2 and page.drop_off.text() == "Geen antwoord"
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)

    journey = wizard.finished_project.journeys[0]
    stage = journey.stages[1]
    assert stage.time_frame == "2 dagen"
    looks, asks = stage.steps
    assert (looks.name, asks.name) == ("Kijkt rond", "Vraagt naar glutenvrij")
    # Stages not looked at get their one step too, unnamed: the map prints no "Step 1".
    assert [s.steps[0].name for s in journey.stages] == ["", "Kijkt rond", "", "", ""]
    assert journey.first_curve().points == {looks.id: 1, asks.id: -2}
    lanes = {lane.kind: lane.id for lane in journey.lanes}
    assert [c.title for c in journey.cards_in_cell(lanes[LaneKind.DOING], looks.id)] == [
        "Kijkt in de etalage"
    ]
    assert [c.title for c in journey.cards_in_cell(lanes[LaneKind.DOING], asks.id)] == [
        "Vraagt het de verkoper"
    ]
    (drop,) = journey.cards_in_cell(lanes[LaneKind.PAIN_POINTS], asks.id)
    assert (drop.title, drop.drop_off) == ("Geen antwoord", True)
    assert [c.title for c in journey.cards_in_cell(lanes[LaneKind.TIME], looks.id)] == ["2 dagen"]


def test_a_draft_of_the_old_kind_resumes_with_its_answers_as_one_step(qtbot, tmp_path):
    old = tmp_path / "oud.cjmdraft"
    old.write_text(
        '{"version": 1, "language": "nl", "page": 4, "brand_name": "Bakkerij Jansen",'
        ' "stages": [{"key": "s1", "name": "Kopen", "goal": "Snel brood halen",'
        ' "time_frame": "5 minuten", "doing": "Staat in de rij", "emotion": -1,'
        ' "drop_off": "Rij te lang"}]}'
    )
    wizard = GuidedSetupWizard.from_draft(old)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert wizard.currentId() == 5  # the same page: the opening page now comes first
    assert rows(page.step_list) == ["Snel brood halen"]
    assert page.doing.toPlainText() == "Staat in de rij"
    assert page.emotion.value() == -1 and page.time_frame.text() == "5 minuten"
    click(qtbot, page.add_step)
    type_into(qtbot, page.step_name, "Betaalt")
    click(qtbot, page.emotion.buttons[2])
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)
    journey = wizard.finished_project.journeys[0]
    queue, pays = journey.stages[0].steps
    assert (queue.name, pays.name) == ("Snel brood halen", "Betaalt")
    assert journey.first_curve().points == {queue.id: -1, pays.id: 2}
    drop = next(c for c in journey.cards if c.drop_off)
    assert (drop.title, drop.step_id) == ("Rij te lang", queue.id)


def tick(qtbot, check) -> None:
    """Click a check box's box, as a user does (its middle may lie right of its text)."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=box.center())


def test_a_touchpoint_ticked_at_the_second_step_lands_in_its_column(qtbot, wizard):
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    stages_page = wizard.currentPage()
    clear_stages(qtbot, stages_page)
    add_stage(qtbot, stages_page, "Kopen", "Een goede bakker dichtbij vinden")
    press(qtbot, wizard, NEXT)
    tp_page = wizard.currentPage()
    for title in ("Etalage", "Kassa"):
        type_into(qtbot, tp_page.own, title)
        qtbot.keyClick(tp_page.own, Qt.Key.Key_Return)
    tp_page.chosen.setFocus()
    tp_page.chosen.setCurrentItem(tp_page.chosen.topLevelItem(1), 0)
    qtbot.keyClick(tp_page.chosen, Qt.Key.Key_Space)  # Kassa is a moment of truth
    press(qtbot, wizard, NEXT)

    page = wizard.currentPage()
    assert rows(page.step_list) == ["Step 1"]  # short, not the long goal
    assert [label.text() for label in page.place_labels] == ["Etalage", "Kassa ★"]
    etalage, kassa = page.place_combos
    # Both start in the first step; every choice is open (no greyed tick that looks disabled).
    assert etalage.currentText() == kassa.currentText() == "Step 1"
    assert etalage.isEnabled() and kassa.isEnabled()
    assert page.places_here.text() == "Etalage, Kassa"
    click(qtbot, page.add_step)
    type_into(qtbot, page.step_name, "Betaalt")
    assert [kassa.itemText(i) for i in range(kassa.count())] == ["Step 1", "Betaalt", "Every step"]
    choose(qtbot, kassa, "Betaalt")  # one action moves it
    assert page.places_here.text() == "Kassa"
    click_row(qtbot, page.step_list, 0)
    assert page.places_here.text() == "Etalage"
    click_row(qtbot, page.step_list, 1)
    click(qtbot, page.move_up)  # the touchpoint moves along with its step
    assert rows(page.step_list) == ["Betaalt", "Step 2"]
    assert page.places_here.text() == "Kassa"
    assert (etalage.currentText(), kassa.currentText()) == ("Step 2", "Betaalt")
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)

    journey = wizard.finished_project.journeys[0]
    pays, first = journey.stages[0].steps
    assert (pays.name, first.name) == ("Betaalt", "Step 2")
    lanes = {lane.kind: lane.id for lane in journey.lanes}

    def cards(step, kind):
        return [(c.title, c.moment_of_truth) for c in journey.cards_in_cell(lanes[kind], step.id)]

    assert cards(pays, LaneKind.TOUCHPOINTS) == [("Kassa", True)]
    assert cards(first, LaneKind.TOUCHPOINTS) == [("Etalage", False)]


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box with the keyboard, as a user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_the_places_of_touchpoints_show_in_full_in_dutch(qtbot, wizard):
    """Long Dutch names are not cut off, every row shows in full, nothing scrolls sideways."""
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    tp_page = wizard.currentPage()
    names = ("Mond-tot-mondreclame", "Persoonlijke aanbeveling", "Etalage", "Kraam op de markt")
    for title in names:
        type_into(qtbot, tp_page.own, title)
        qtbot.keyClick(tp_page.own, Qt.Key.Key_Return)
    press(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.places.height() > 0)
    assert [label.text() for label in page.place_labels] == list(names)
    for label, combo in zip(page.place_labels, page.place_combos, strict=True):
        # Inside the visible area, and as tall as its (wrapped) text needs.
        area = page.places.rect()
        assert area.contains(label.geometry()) and area.contains(combo.geometry())
        assert label.height() >= label.heightForWidth(label.width())
        assert label.visibleRegion().boundingRect().size() == label.size()
    parent = page.places.parentWidget()
    while parent is not None:  # not in a scroll area of a guessed height
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()


def test_a_draft_of_version_2_resumes_with_its_touchpoints_in_the_first_step(qtbot, tmp_path):
    old = tmp_path / "v2.cjmdraft"
    old.write_text(
        '{"version": 2, "language": "nl", "page": 4, "brand_name": "Bakkerij Jansen",'
        ' "stages": [{"key": "s1", "name": "Kopen",'
        ' "touchpoints": [{"title": "Etalage"}, {"title": "Kassa", "moment_of_truth": true}],'
        ' "steps": [{"key": "p1", "name": "Kijkt", "doing": "Kijkt in de etalage"},'
        ' {"key": "p2", "name": "Betaalt"}]}]}'
    )
    wizard = GuidedSetupWizard.from_draft(old)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert wizard.currentId() == 5
    assert rows(page.step_list) == ["Kijkt", "Betaalt"]
    assert page.doing.toPlainText() == "Kijkt in de etalage"
    etalage, kassa = page.place_combos
    assert etalage.currentText() == kassa.currentText() == "Kijkt"
    choose(qtbot, kassa, "Every step")
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)
    journey = wizard.finished_project.journeys[0]
    looks, pays = journey.stages[0].steps
    lanes = {lane.kind: lane.id for lane in journey.lanes}
    assert [c.title for c in journey.cards_in_cell(lanes[LaneKind.TOUCHPOINTS], looks.id)] == [
        "Etalage",
        "Kassa",
    ]
    assert [c.title for c in journey.cards_in_cell(lanes[LaneKind.TOUCHPOINTS], pays.id)] == [
        "Kassa"
    ]
    assert LaneKind.MOMENTS_OF_TRUTH not in lanes
