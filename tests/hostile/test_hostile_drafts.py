"""Hostile guided set-up drafts (`.cjmdraft`): every bad file a clear message, nothing changed."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from helpers.hostile import refused_by_loader

from cjm_desktop.ui.wizard.draft import MAX_DRAFT_BYTES, DraftStage, WizardDraft


def good_draft_text() -> str:
    draft = WizardDraft(brand_name="Bakkerij", stages=[DraftStage(name="Oriënteren")])
    return draft.to_json()


def write(folder: Path, content: bytes | str, name: str = "d.cjmdraft") -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def refused(path: Path, *expected: str):
    return refused_by_loader(path, *expected, loader=WizardDraft.load)


def test_a_good_draft_loads(tmp_path):
    assert WizardDraft.load(write(tmp_path, good_draft_text())).brand_name == "Bakkerij"


CASES = {
    "truncated": (good_draft_text()[:40], "cannot be read"),
    "empty": ("", "cannot be read"),
    "latin-1": ('{"brand_name": "caf\xe9"}'.encode("latin-1"), "cannot be read"),
    "utf-16": (good_draft_text().encode("utf-16"), "cannot be read"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00", "cannot be read"),
    "a list": ("[1, 2]", "cannot be read"),
    "wrong type": ('{"brand_name": 5}', "brand_name"),
    "wrong nested type": ('{"stages": [{"steps": 5}]}', "stages.0.steps"),
    "NaN": ('{"page": NaN}', "page"),
    "lone surrogate": ('{"brand_name": "P \\ud800"}', "cannot be read"),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, "cannot be read"),
    "deep nesting in an old draft": (
        '{"version": 1, "stages": [' + "[" * 100_000 + "]" * 100_000 + "]}",
        "cannot be read",
    ),
    "old draft of wrong shape": ('{"version": 1, "stages": [5], "actions": 3}', "cannot be read"),
    "newer": ('{"version": 99}', "newer version"),
    "formula text": (None, None),
}


@pytest.mark.parametrize("case", [c for c in CASES if CASES[c][0] is not None])
def test_bad_drafts_are_refused_clearly(tmp_path, case):
    content, expected = CASES[case]
    refused(write(tmp_path, content), expected)


def test_formula_and_markup_text_stays_literal(tmp_path):
    text = json.dumps({"brand_name": '=HYPERLINK("x") <b>&amp;</b>'})
    assert WizardDraft.load(write(tmp_path, text)).brand_name == '=HYPERLINK("x") <b>&amp;</b>'


def test_a_draft_in_utf8_with_a_byte_order_mark_loads(tmp_path):
    path = write(tmp_path, codecs.BOM_UTF8 + good_draft_text().encode("utf-8"))
    assert WizardDraft.load(path).brand_name == "Bakkerij"


def test_too_large_at_the_limit_and_one_past(tmp_path):
    text = good_draft_text()
    at_limit = text + " " * (MAX_DRAFT_BYTES - len(text.encode("utf-8")))
    assert WizardDraft.load(write(tmp_path, at_limit)).brand_name == "Bakkerij"
    refused(write(tmp_path, at_limit + " ", "past.cjmdraft"), "too large", "16 MiB")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused(tmp_path):
    link = tmp_path / "zero.cjmdraft"
    link.symlink_to("/dev/zero")
    refused(link, "is a device, a pipe or a socket")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "pipe.cjmdraft"
    os.mkfifo(pipe)
    refused(pipe, "is a device, a pipe or a socket")


def test_missing_and_folder(tmp_path):
    refused(tmp_path / "nope.cjmdraft", "does not exist")
    refused(tmp_path, "is a folder")
