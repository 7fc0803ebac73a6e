"""The guided set-up reads naturally: a model chosen is a model used, ideas that suit a bakery
come first, suggested actions are things to do, and every tick column says what it means."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWizard
from test_wizard_pages import click, click_row, press, rows, type_into
from wizard_support import wizard_files  # noqa: F401  (autouse fixture)

from cjm_desktop.ui.wizard import GuidedSetupWizard

NEXT = QWizard.WizardButton.NextButton


def _open(qtbot, language: str = "en") -> GuidedSetupWizard:
    wizard = GuidedSetupWizard(None, language)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    press(qtbot, wizard, NEXT)  # past the opening page
    return wizard


def _to_stages(qtbot, wizard, business: str = "The Wheatsheaf Bakery") -> None:
    type_into(qtbot, wizard.currentPage().brand_name, business)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)


def _row_of(page, name: str) -> int:
    return next(i for i, m in enumerate(page._models) if m.name == name)


def test_choosing_a_model_uses_it_and_explains_the_jargon(qtbot):
    wizard = _open(qtbot)
    _to_stages(qtbot, wizard)
    page = wizard.currentPage()
    row = _row_of(page, "AAARRR (pirate funnel)")
    item = page.model_list.item(row)
    assert item.text().startswith(
        "AAARRR (pirate funnel)\nSix stages from first hearing of you to recommending you"
    )
    click_row(qtbot, page.model_list, row)  # one click: chosen is used
    assert rows(page.stage_list)[:3] == ["Awareness", "Acquisition", "Activation"]
    press(qtbot, wizard, NEXT)
    assert [s.name for s in wizard.draft.stages][:2] == ["Awareness", "Acquisition"]
    assert wizard.draft.template_id == "aaarrr"


def test_choosing_another_model_after_editing_asks_first(qtbot, monkeypatch):
    wizard = _open(qtbot)
    _to_stages(qtbot, wizard)
    page = wizard.currentPage()
    page.name.selectAll()
    type_into(qtbot, page.name, "Looking for bread")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    click_row(qtbot, page.model_list, _row_of(page, "McKinsey loyalty loop"))
    assert asked, "replacing edited stages must ask"
    assert rows(page.stage_list)[0] == "Looking for bread"  # kept: the user said no
    assert page.model_list.currentRow() == _row_of(page, "Five phases")


def test_ideas_for_an_own_stage_suit_the_business_best_first(qtbot):
    wizard = _open(qtbot)
    _to_stages(qtbot, wizard)
    page = wizard.currentPage()
    click(qtbot, page.add_stage)
    page.name.selectAll()
    type_into(qtbot, page.name, "Tasting day")
    press(qtbot, wizard, NEXT)
    tp = wizard.currentPage()
    click_row(qtbot, tp.stage_list, tp.stage_list.count() - 1)
    header = tp.library.headerItem()
    assert not tp.library.isHeaderHidden()
    assert header.text(0) == "Ideas, best fit first (tick to add)"
    assert not tp.chosen.isHeaderHidden()
    assert tp.chosen.headerItem().text(0) == "Moment of truth"  # the second tick column
    first_group = tp.library.topLevelItem(0).text(0)
    assert first_group in {"Word of mouth", "Shop"}
    assert tp.library_item("E-book or white paper") is None
    tp.show_all.setFocus()
    qtbot.keyClick(tp.show_all, Qt.Key.Key_Space)  # everything stays reachable
    assert tp.show_all.isChecked()
    assert tp.library_item("E-book or white paper") is not None


def test_suggested_actions_are_things_to_do(qtbot):
    wizard = _open(qtbot)
    _to_stages(qtbot, wizard)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    exp = wizard.currentPage()
    type_into(qtbot, exp.pain_points, "No prices on the website")
    type_into(qtbot, exp.drop_off, "when the queue is too long")
    press(qtbot, wizard, NEXT)
    actions = wizard.currentPage()
    assert actions.title().startswith("Step 6 of 7")
    titles = []
    for row in range(2):
        actions.gap_list.setCurrentRow(row)
        click(qtbot, actions.make_action)
        titles.append(actions.title_edit.text())
    assert sorted(titles) == ["Make the queue shorter", "Provide prices on the website"]
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage().title() == "Step 7 of 7: How you will measure it"


def test_the_opening_page_says_what_you_get_and_f1_opens_the_guide(qtbot):
    wizard = GuidedSetupWizard(None, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.intro
    text = " ".join(label.text() for label in wizard.intro.findChildren(QLabel))
    for promise in ("journey map", "persona", "action plan", "Excel", "30 minutes"):
        assert promise in text + wizard.intro.subTitle()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    guide = wizard.findChild(QDialog, "setupGuide")
    assert guide is not None and guide.isVisible()
    assert "Journey mapping in short" in guide.browser.toPlainText()
    guide.close()
    link = wizard.intro.guide_link
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=_link_position(link))
    assert len([g for g in wizard.findChildren(QDialog, "setupGuide") if g.isVisible()]) == 1


def _link_position(label: QLabel):
    """The middle of the link text's first line (the label may be wider than its text)."""
    metrics = label.fontMetrics()
    text = "Read the guide to journey mapping (F1)"
    rect = label.contentsRect()
    return rect.topLeft() + QPoint(metrics.horizontalAdvance(text) // 2, metrics.height() // 2)
