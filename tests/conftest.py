"""Shared fixtures for the whole suite."""

import os
import shutil
from pathlib import Path

import pytest

from cjm_desktop.resource_paths import resources_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = resources_dir()


def require_program(name: str) -> str:
    """The path of an outside program a test needs. Missing: skip on a developer's machine, but
    fail under CI (CI=true), where .ci/run installs every one of them."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{name} is required under CI but is not installed (see .ci/run)")
    pytest.skip(f"{name} is not installed; install it to run this test")


@pytest.fixture
def example_nl_path() -> Path:
    return RESOURCES / "examples" / "bakkerij_nl.cjm"


@pytest.fixture
def example_en_path() -> Path:
    return RESOURCES / "examples" / "bakery_en.cjm"
