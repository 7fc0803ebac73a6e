"""The guided set-up ("Stappenplan"): six plain-language steps from brand to improvement roadmap.

`GuidedSetupWizard` and `run_wizard` need Qt and are imported on first use, so the draft and the
pure draft-to-project function (`WizardDraft`, `build_project`) can be used and tested without Qt.
"""

from typing import Any

from .build import build_project
from .draft import DRAFT_SUFFIX, WizardDraft

__all__ = ["DRAFT_SUFFIX", "GuidedSetupWizard", "WizardDraft", "build_project", "run_wizard"]


def __getattr__(name: str) -> Any:
    if name in {"GuidedSetupWizard", "run_wizard"}:
        from . import wizard

        return getattr(wizard, name)
    raise AttributeError(name)
