"""A model of the lexer of Mermaid's journey grammar, to check exported lines without Mermaid."""

from __future__ import annotations

import re

# The lexer rules of Mermaid's journey grammar (user-journey/parser/journey.jison), in its order;
# jison takes the first rule that matches, case-insensitively.
_LEXER = [
    ("comment", re.compile(r"%%(?!\{)[^\n]*")),
    ("comment", re.compile(r"[^}]%%[^\n]*")),
    ("", re.compile(r"\s+")),  # skipped
    ("comment", re.compile(r"#[^\n]*")),
    ("journey", re.compile(r"journey", re.IGNORECASE)),
    ("title", re.compile(r"title\s[^#\n;]+", re.IGNORECASE)),
    ("section", re.compile(r"section\s[^#:\n;]+", re.IGNORECASE)),
    ("taskName", re.compile(r"[^#:\n;]+")),
    ("taskData", re.compile(r":[^#\n;]+")),
]


def tokens(line: str) -> list[str]:
    tokens, pos = [], 0
    while pos < len(line):
        for name, rule in _LEXER:
            match = rule.match(line, pos)
            if match:
                if name:
                    tokens.append(name)
                pos = match.end()
                break
        else:
            return [*tokens, "INVALID"]
    return tokens
