"""Inspector: typing and choosing in its fields edits the model; undo takes a typed word back in
one step."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cjm_desktop.model import Card, Channel, Journey, Lane, LaneKind, Project, Stage, Step
from cjm_desktop.model.journey import EmotionCurve
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.inspector import Inspector


def _project() -> Project:
    step = Step(name="Zoeken")
    lane = Lane(kind=LaneKind.TOUCHPOINTS, title="Contact")
    curve = EmotionCurve(label="Anna", points={step.id: 1})
    emotion = Lane(kind=LaneKind.EMOTION, title="Emotie", curves=[curve])
    card = Card(lane_id=lane.id, step_id=step.id, title="Website")
    journey = Journey(
        title="Kaart",
        stages=[Stage(name="Oriënteren", steps=[step])],
        lanes=[lane, emotion],
        cards=[card],
    )
    return Project(title="P", journeys=[journey])


def _inspector(qtbot, project: Project) -> tuple[Inspector, Document]:
    document = Document(project)
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.resize(360, 700)
    inspector.show()
    qtbot.waitExposed(inspector)
    return inspector, document


def _type_into(qtbot, editor, text: str) -> None:
    target = editor.focusProxy()
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(target, text)


def test_typing_a_card_title_edits_the_model_and_undoes_in_one_step(qtbot):
    inspector, document = _inspector(qtbot, _project())
    card = document.project.journeys[0].cards[0]
    document.set_selection([card.id])
    assert inspector.heading.text() == "Card"
    _type_into(qtbot, inspector.editor(card.id, "title"), "Bakker")
    assert card.title == "Bakker"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert card.title == "Website"
    assert inspector.editor(card.id, "title").value() == "Website"


def test_leaving_a_field_ends_the_undo_step(qtbot):
    inspector, document = _inspector(qtbot, _project())
    card = document.project.journeys[0].cards[0]
    document.set_selection([card.id])
    _type_into(qtbot, inspector.editor(card.id, "title"), "Bak")
    _type_into(qtbot, inspector.editor(card.id, "details"), "Vers brood")
    assert card.details == "Vers brood"
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert card.details == "" and card.title == "Bak"


def test_choosing_a_channel_and_ticking_moment_of_truth(qtbot):
    inspector, document = _inspector(qtbot, _project())
    card = document.project.journeys[0].cards[0]
    document.set_selection([card.id])
    combo = inspector.editor(card.id, "channel").combo
    combo.setFocus()
    index = combo.findData(Channel.WEBSHOP)
    # Keyboard selection in a closed combo box emits `activated`, like a user's choice.
    while combo.currentIndex() != index:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert card.channel == Channel.WEBSHOP
    check = inspector.editor(card.id, "moment_of_truth").check
    inspector.ensureWidgetVisible(check)
    # On the box itself: the check box is wider than its box and label.
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert card.moment_of_truth is True
    document.undo_stack.undo()
    assert card.moment_of_truth is False


def test_nothing_selected_edits_the_map(qtbot):
    inspector, document = _inspector(qtbot, _project())
    journey = document.project.journeys[0]
    assert inspector.heading.text() == "Map"
    _type_into(qtbot, inspector.editor(journey.id, "scenario"), "Brood kopen")
    assert journey.scenario == "Brood kopen"


def test_emotion_point_value_and_note(qtbot):
    inspector, document = _inspector(qtbot, _project())
    journey = document.project.journeys[0]
    curve = journey.lanes[1].curves[0]
    step = journey.steps()[0]
    document.set_selection([f"{curve.id}/{step.id}"])
    assert inspector.heading.text() == "Emotion curve"
    combo = inspector.editor(curve.id, f"{step.id}.value").combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert curve.points[step.id] == 0
    _type_into(qtbot, inspector.editor(curve.id, f"{step.id}.note"), "Lange rij")
    assert curve.notes[step.id] == "Lange rij"


def test_a_refused_value_is_put_back(qtbot):
    inspector, document = _inspector(qtbot, _project())
    journey = document.project.journeys[0]
    lane = journey.lanes[0]  # holds a card: it cannot become an emotion lane
    document.set_selection([lane.id])
    combo = inspector.editor(lane.id, "kind").combo
    refused = []
    document.edit_refused.connect(refused.append)
    combo.setCurrentIndex(combo.findData(LaneKind.EMOTION))
    combo.activated.emit(combo.currentIndex())
    assert lane.kind == LaneKind.TOUCHPOINTS
    assert refused and combo.currentData() == LaneKind.TOUCHPOINTS


def test_a_long_title_is_shown_from_its_start(qtbot):
    project = _project()
    journey = project.journeys[0]
    journey.title = "Sanne bestelt een verjaardagstaart voor haar dochter – huidige situatie"
    inspector, _document = _inspector(qtbot, project)
    line = inspector.editor(journey.id, "title").focusProxy()
    assert line.text() == journey.title
    assert line.cursorPosition() == 0
