"""The installed fonts the tests of text in any script need (.ci/run installs them)."""

from __future__ import annotations

import os

import pytest

from cjm_desktop.layout.font_fallback import face_for

# One character of each script that only an installed font (not a bundled one) has.
SYSTEM_SCRIPTS = {"中": "CJK", "ก": "Thai", "न": "Devanagari", "🎂": "emoji"}


def require_script_fonts() -> None:
    """Skip when an installed font for a script is missing; fail under CI, which has them."""
    lacking = [name for char, name in SYSTEM_SCRIPTS.items() if face_for(ord(char)) is None]
    if not lacking:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"no installed font for {', '.join(lacking)} (see .ci/run)")
    pytest.skip(f"no installed font for {', '.join(lacking)}")
