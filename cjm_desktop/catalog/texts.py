"""Texts of the catalog in both languages, the base of its records, and the folding that lets
a search ignore case and accents ("orienteren" finds "Oriënteren")."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

LANGUAGES = ("nl", "en")
FALLBACK_LANGUAGE = "en"

# Catalog ids are written into project files (Journey.template) and drag payloads: keep them
# short, lower-case and stable.
CatalogId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


def _in_both_languages(value: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"only {' and '.join(LANGUAGES)} are allowed, not {', '.join(unknown)}")
    missing = [lang for lang in LANGUAGES if not value.get(lang, "").strip()]
    if missing:
        raise ValueError(f"the text in {' and '.join(missing)} is missing or empty")
    return {lang: value[lang].strip() for lang in LANGUAGES}


# {"nl": ..., "en": ...}, both present and non-empty.
Texts = Annotated[dict[str, str], AfterValidator(_in_both_languages)]


def pick(texts: dict[str, str], language: object) -> str:
    """The text in `language` ("nl", "en" or a model Language); English for any other."""
    return texts.get(str(language)) or texts[FALLBACK_LANGUAGE]


def fold(text: str) -> str:
    """Lower case without accents, for matching what a user types against catalog texts."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class CatalogRecord(BaseModel):
    """Read-only: the catalog is loaded once and shared, so nobody may change a record."""

    model_config = ConfigDict(extra="forbid", frozen=True)
