"""The Dutch translation is complete: every message of the .ts is translated (placeholders and
mnemonics kept), no string of the sources is missing from it, and the app shows it."""

import re
import shutil
import textwrap

import pytest
from main_window_support import app_files, show_window
from translation_support import dutch_qm, load_packaging_module

from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.translators import install_translators, remove_translators, ui_language

__all__ = ["app_files", "dutch_qm"]

tools = load_packaging_module("translation_tools")
TS = tools.TRANSLATIONS / "cjm_desktop_nl.ts"
FIELD = re.compile(r"\{[^}]*\}")
REFRESH = "run `.venv/bin/python packaging/update_translations.py` and translate what it lists"


def test_every_message_has_a_dutch_translation():
    unfinished = [key for key, m in tools.ts_messages(TS).items() if not tools.is_finished(m)]
    assert not unfinished, f"untranslated in {TS.name} ({REFRESH}): {unfinished}"


def test_translations_keep_placeholders_and_mnemonics():
    wrong = []
    for (context, source), message in tools.ts_messages(TS).items():
        text = message.findtext("translation") or ""
        same_fields = sorted(FIELD.findall(source)) == sorted(FIELD.findall(text))
        if not same_fields or source.count("&") != text.count("&"):
            wrong.append((context, source, text))
    assert not wrong


def test_no_source_string_is_missing_from_the_ts(tmp_path):
    # The update run on a copy: anything it adds was in the sources but not in the .ts.
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    before = set(tools.ts_messages(copy))
    missing = tools.update_ts(copy, "nl")
    after = set(tools.ts_messages(copy))
    assert not missing, f"strings without a translation ({REFRESH}): {missing}"
    assert after == before, f"the .ts is out of date ({REFRESH}): {sorted(after ^ before)}"


def test_strings_behind_wrappers_and_constants_are_collected(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication
            CONTEXT = "Sample"

            def tr(text):
                return QCoreApplication.translate("Window", text)

            def _translate(context, text):
                return QCoreApplication.translate(context, text)

            def QT_TRANSLATE_NOOP(context, text):
                return text

            LABEL = QT_TRANSLATE_NOOP(CONTEXT, "Marked")
            tr("Wrapped")
            _translate("Other", "Both given")
            QCoreApplication.translate(CONTEXT, "By constant")
            tr(some_variable)

            class Dialog:
                def title(self):
                    return f"<b>{self.tr('Inside an f-string')}</b>"
            """
        ),
        encoding="utf-8",
    )
    assert tools.source_messages([source]) == {
        ("Sample", "Marked"),
        ("Window", "Wrapped"),
        ("Other", "Both given"),
        ("Sample", "By constant"),
        ("Dialog", "Inside an f-string"),
    }


def test_main_window_is_dutch_with_the_dutch_translation(qtbot, qapp, app_files, dutch_qm):
    translators = install_translators(qapp, "nl")
    try:
        window = show_window(qtbot, MainWindow())
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Bestand", "Be&werken", "Bee&ld"]
        assert window.actions_.save.text() == "Op&slaan"
        assert window.actions_.undo.text().startswith("&Ongedaan maken")
        assert window.actions_.guided_setup.text() == "&Stappenplan…"
        assert window.inspector_dock.windowTitle() == "Eigenschappen"
        assert window.palette_dock.windowTitle() == "Touchpointbibliotheek"
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize(("choice", "expected"), [("nl", "nl"), ("en", "en")])
def test_a_chosen_language_wins_over_the_system(choice, expected):
    assert ui_language(choice) == expected
