"""Helpers for tests (no tests here): the packaging translation tools, and the compiled Dutch
translation (built from the .ts as the set-up does, when missing or older)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_packaging_module(name: str):
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the scripts import each other by plain name
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dutch_qm() -> Path:
    load_packaging_module("build_translations").main()
    tools = load_packaging_module("translation_tools")
    qm = tools.TRANSLATIONS / "cjm_desktop_nl.qm"
    assert qm.exists()
    return qm
