"""Teamwork on files without a server: compare and three-way merge projects by ids. No Qt."""

from .diff import Difference, diff_projects
from .merge import Conflict, MergeResult, merge_projects

__all__ = ["Conflict", "Difference", "MergeResult", "diff_projects", "merge_projects"]
