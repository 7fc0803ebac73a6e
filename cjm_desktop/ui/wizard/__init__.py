"""The guided set-up ("Stappenplan"): six plain-language steps from brand to improvement roadmap.

`GuidedSetupWizard` and `run_wizard` need Qt and are imported on first use, so the draft and the
pure draft-to-project function (`WizardDraft`, `build_project`) can be used and tested without Qt.
The draft and the builder load on first use too: the editor imports `wizard.photo_loading` at
start-up, and the package should not bring the whole set-up along (~8 ms).
"""

from importlib import import_module
from typing import Any

__all__ = ["DRAFT_SUFFIX", "GuidedSetupWizard", "WizardDraft", "build_project", "run_wizard"]

_HOMES = {
    "DRAFT_SUFFIX": "draft",
    "WizardDraft": "draft",
    "build_project": "build",
    "GuidedSetupWizard": "wizard",
    "run_wizard": "wizard",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(name)
    return getattr(import_module(f".{home}", __name__), name)
