"""Helpers for the guided set-up's tests (no tests here).

`wizard_files` (import it into a test module, it is autouse there): the automatic drafts go to a
temporary recovery folder, and a set-up a test leaves open closes after it without asking about
its typed answers (the question would wait for a click that never comes)."""

from __future__ import annotations

import pytest

from cjm_desktop.ui.wizard import GuidedSetupWizard


def close_quietly(widget) -> None:
    if isinstance(widget, GuidedSetupWizard):
        widget.auto_draft_timer.stop()
        widget.auto_draft_path = None


@pytest.fixture(autouse=True)
def wizard_files(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "recovery"
    monkeypatch.setenv("CJM_RECOVERY_DIR", str(folder))
    add_widget = qtbot.addWidget

    def add_quiet_widget(widget, *, before_close_func=None):
        def before_close(w) -> None:
            if before_close_func is not None:
                before_close_func(w)
            close_quietly(w)

        add_widget(widget, before_close_func=before_close)

    # pytest-qt closes the widgets before the fixtures' teardown: the hook must be on them.
    monkeypatch.setattr(qtbot, "addWidget", add_quiet_widget)
    return folder
