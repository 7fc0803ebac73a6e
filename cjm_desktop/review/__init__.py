"""Reviews of a project that change nothing: the as-is / to-be comparison of two maps and the
completeness checklist of one map. Pure Python, no Qt, so the GUI, the CLI and reports share them.
"""

from .checklist import CATEGORIES, CATEGORY_TITLES, ChecklistEntry, check
from .comparison import (
    FIELD_LABELS,
    Comparison,
    StagePair,
    StepPair,
    TouchpointChange,
    as_is_of,
    compare,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_TITLES",
    "FIELD_LABELS",
    "ChecklistEntry",
    "Comparison",
    "StagePair",
    "StepPair",
    "TouchpointChange",
    "as_is_of",
    "check",
    "compare",
]
