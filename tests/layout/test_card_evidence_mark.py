"""A card without badges shows its evidence mark top right: the title wraps clear of it."""

import pytest

from cjm_desktop.layout import Style, layout_card, text_width
from cjm_desktop.model import Card, Evidence, LaneKind


def _overlaps_mark(card_box) -> bool:
    mark = next(b for b in card_box.badges if b.kind == "evidence")
    mark_x, mark_y, _, mark_h = mark.box
    return any(
        line.x + text_width(line.text, card_box.font_size) > mark_x
        and line.y - card_box.font_size < mark_y + mark_h
        for line in card_box.lines
    )


@pytest.mark.parametrize("evidence", [Evidence.RESEARCHED, Evidence.PARTLY_BACKED])
def test_title_does_not_run_under_the_evidence_mark(evidence):
    # Each of these filled the line up to the card's edge before the mark was kept clear.
    for title in (
        "Belt de bakkerij voor prijs en levertijd",
        "'Is € 45 niet te duur voor een kindertaart?'",
        "Zaterdag 9:00: de rij staat tot buiten",
    ):
        card = Card(id="k", lane_id="l", step_id="s", title=title, evidence=evidence)
        box = layout_card(card, LaneKind.DOING, 0, 0, Style())
        assert not _overlaps_mark(box), [line.text for line in box.lines]


def test_an_assumption_keeps_the_full_width():
    title = "Belt de bakkerij voor prijs en levertijd"
    plain = layout_card(
        Card(id="k", lane_id="l", step_id="s", title=title), LaneKind.DOING, 0, 0, Style()
    )
    assert plain.lines[0].text == "Belt de bakkerij voor prijs"
