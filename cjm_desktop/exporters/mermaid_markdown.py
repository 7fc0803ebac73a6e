"""Finding Mermaid journey diagrams in Markdown: the fenced blocks (```mermaid, ~~~mermaid, or
Azure DevOps' :::mermaid) whose text is a journey, with the line each starts on, so problems are
reported with their line in the Markdown file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .mermaid_import import is_journey_text

_CTX = "mermaid_import"
_OPEN = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})\s*mermaid\b")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


@dataclass(frozen=True)
class JourneyBlock:
    text: str
    first_line: int


def journey_blocks(markdown: str) -> list[JourneyBlock]:
    blocks: list[JourneyBlock] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        opening = _OPEN.match(lines[index])
        index += 1
        if not opening:
            continue
        fence = opening.group(1)
        start = index
        while index < len(lines) and not _closes(lines[index], fence):
            index += 1
        text = "\n".join(lines[start:index])
        if is_journey_text(text):
            blocks.append(JourneyBlock(text, start + 1))
        index += 1
    return blocks


def _closes(line: str, fence: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0])


def is_markdown(text: str) -> bool:
    return any(_OPEN.match(line) for line in text.splitlines())


def choose_block(markdown: str, block: int | None = None) -> JourneyBlock:
    """The first journey block, or the `block`-th (from 1). Refused with a clear message when
    there is none or too few."""
    blocks = journey_blocks(markdown)
    if not blocks:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX, "The Markdown text has no ```mermaid block with a journey."
                ),
            )
        )
    number = block or 1
    if not 1 <= number <= len(blocks):
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX, "There is no journey block {number}: the Markdown text has {count}."
                ),
                number=number,
                count=len(blocks),
            )
        )
    return blocks[number - 1]


def mermaid_source(text: str, path: Path | None = None, block: int | None = None):
    """(journey text, its first line) from a .mmd text or a Markdown text."""
    markdown = (path is not None and path.suffix.casefold() in MARKDOWN_SUFFIXES) or (
        block is not None
    )
    if markdown or (not is_journey_text(text) and is_markdown(text)):
        chosen = choose_block(text, block)
        return chosen.text, chosen.first_line
    return text, 1
