"""Step 6's suggested actions phrased as something to do: "No prices on the website" becomes
"Provide prices on the website", "Rij te lang" becomes "Rij korter maken".

Pure Python, no Qt. A few patterns a language, for what customers most often complain about (a
thing missing, too long, too slow, too expensive, hard to find); the caller falls back to a
general phrase when none fits. The language is the one the user types in (the project's).
"""

from __future__ import annotations

import re

# (pattern on the whole text, what to make of it); the first that matches wins.
_RULES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "en": tuple(
        (re.compile(pattern, re.IGNORECASE), template)
        for pattern, template in (
            (r"(?:there (?:is|are) )?no (.+)", "Provide {0}"),
            (r"(.+?) (?:is |are )?not (?:online|on the website)", "Put {0} online"),
            (r"(.+?) (?:is |are )?too long", "Make {0} shorter"),
            (r"(.+?) (?:is |are )?too slow", "Make {0} faster"),
            (r"(.+?) (?:is |are )?too expensive", "Make {0} cheaper"),
            (r"(.+?) (?:is |are )?(?:hard|difficult) to find", "Make {0} easy to find"),
            (r"(?:cannot|can't|can not) find (.+)", "Make {0} easy to find"),
        )
    ),
    "nl": tuple(
        (re.compile(pattern, re.IGNORECASE), template)
        for pattern, template in (
            (r"(?:er (?:is|zijn) )?geen (.+)", "Zorg voor {0}"),
            (r"(.+?) (?:staat |staan )?niet (?:online|op de website)", "{0} online zetten"),
            (r"(.+?) (?:is |zijn |duurt |duren )?te lang", "{0} korter maken"),
            (r"(.+?) (?:is |zijn )?te traag", "{0} sneller maken"),
            (r"(.+?) (?:is |zijn )?te duur", "{0} goedkoper maken"),
            (r"(.+?) (?:is |zijn )?(?:moeilijk|slecht) te vinden", "{0} makkelijk vindbaar maken"),
            (r"(?:kan|kunnen) (.+?) niet vinden", "{0} makkelijk vindbaar maken"),
        )
    ),
}
# A drop-off is often told as a moment: "when the queue is too long", "als de rij te lang is".
_MOMENT = {
    "en": re.compile(r"(?:when|if|because) (.+)", re.IGNORECASE),
    "nl": re.compile(r"(?:als|wanneer|omdat) (.+?)(?: is| zijn)?", re.IGNORECASE),
}


def as_action(text: str, language: str) -> str | None:
    """The complaint `text` turned into an action in `language`, or None when no pattern fits."""
    rules = _RULES.get(language)
    words = text.strip().rstrip(".!").strip()
    if not rules or not words:
        return None
    moment = _MOMENT[language].fullmatch(words)
    if moment:
        words = moment.group(1).strip()
    for pattern, template in rules:
        found = pattern.fullmatch(words)
        if found:
            phrase = template.format(found.group(1).strip())
            return phrase[:1].upper() + phrase[1:]
    return None
