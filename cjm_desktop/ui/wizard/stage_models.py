"""What the wizard needs from the catalog, in the project's language: stage models and the
touchpoint library. The one place that knows the catalog's shapes."""

from __future__ import annotations

from dataclasses import dataclass

from ... import catalog


@dataclass(frozen=True)
class StageModel:
    """A built-in template as the wizard shows it: a name, one line of explanation, its stages
    as (name, phase) pairs."""

    id: str
    name: str
    explanation: str
    stages: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class LibraryTouchpoint:
    id: str
    title: str
    channel: str | None
    mode: str | None


def _text(value, language: str) -> str:
    if isinstance(value, dict):
        return value.get(language) or value.get("en") or next(iter(value.values()), "")
    return str(value or "")


def stage_models(language: str) -> list[StageModel]:
    templates = getattr(catalog, "templates", None)
    if templates is None:
        return []
    models = []
    for t in templates():
        stages = tuple(
            (_text(getattr(s, "name", ""), language), getattr(s, "phase", None)) for s in t.stages
        )
        models.append(
            StageModel(
                id=t.id,
                name=_text(getattr(t, "name", t.id), language),
                explanation=_text(getattr(t, "description", ""), language),
                stages=stages,
            )
        )
    return models


def library_touchpoints(language: str, phase: str | None) -> list[LibraryTouchpoint]:
    find = getattr(catalog, "touchpoints", None)
    if find is None:
        return []
    return [
        LibraryTouchpoint(
            id=t.id,
            title=_text(getattr(t, "name", None) or getattr(t, "title", ""), language),
            channel=str(t.channel.value if hasattr(t.channel, "value") else t.channel),
            mode=str(t.mode.value if hasattr(t.mode, "value") else t.mode),
        )
        for t in find(phase=phase, language=language)
    ]


# What kind of business the user described in step 1, from words they typed (Dutch and English),
# and the channels and library entries that suit it: a shop meets its customers in the street,
# a business-to-business firm at fairs and in sales talks.
_LOCAL_SHOP_WORDS = (
    "bakker",
    "bakery",
    "baker",
    "winkel",
    "shop",
    "store",
    "café",
    "cafe",
    "restaurant",
    "kapper",
    "hairdress",
    "salon",
    "slager",
    "butcher",
    "bloem",
    "florist",
    "lunchroom",
    "markt",
    "market",
    "boetiek",
    "boutique",
    "ijs",
    "patisserie",
    "banket",
    "brood",
    "bread",
)
_B2B_WORDS = (
    "b2b",
    "software",
    "saas",
    "consult",
    "advies",
    "advice",
    "groothandel",
    "wholesale",
    "bureau",
    "agency",
    "accountan",
    "fabrikant",
    "manufactur",
    "leverancier",
    "supplier",
)
_LOCAL_SHOP_FIT = {"store": 3, "word_of_mouth": 3, "search": 2, "social_media": 2, "print": 1}
_LOCAL_SHOP_MISFIT = {
    "content_download",
    "case_study",
    "conference_talk",
    "cold_call",
    "sales_meeting",
    "product_demo",
    "contract_signing",
    "contract_renewal",
    "account_manager",
    "wholesaler_folder",
    "wholesaler_website",
    "customer_portal",
    "onboarding_emails",
    "product_walkthrough",
    "comparison_site",
    "landing_page",
    "retargeting_ad",
    "banner_ad",
    "quote_request",
    "trade_fair",
    "partner_referral",
    "tv_radio_ad",
    "podcast",
    "training",
    "chatbot",
}
_B2B_FIT = {"sales_rep": 3, "event": 2, "email": 2, "website": 2, "partner": 1}
_B2B_MISFIT = {"shop_window", "store_visit", "store_checkout", "flyer", "loyalty_programme"}
# An own stage (no known phase) shows this many ideas; "show all" shows the rest.
OWN_STAGE_IDEAS = 15


def business_kind(description: str) -> str | None:
    """ "local_shop", "b2b" or None, from what the user wrote about their business."""
    text = description.lower()
    if any(word in text for word in _LOCAL_SHOP_WORDS):
        return "local_shop"
    if any(word in text for word in _B2B_WORDS):
        return "b2b"
    return None


def _fit(entry: LibraryTouchpoint, kind: str | None, phase: str | None, phases) -> int:
    score = 0
    if phase is not None and phases:
        score += 4 if phases[0] == phase else 2 if phase in phases else 0
    if kind == "local_shop":
        score += _LOCAL_SHOP_FIT.get(entry.channel or "", 0)
        score -= 6 if entry.id in _LOCAL_SHOP_MISFIT else 0
    elif kind == "b2b":
        score += _B2B_FIT.get(entry.channel or "", 0)
        score -= 6 if entry.id in _B2B_MISFIT else 0
    return score


def suggested_touchpoints(
    language: str, phase: str | None, business: str, show_all: bool = False
) -> list[LibraryTouchpoint]:
    """The library's ideas for a stage, most likely first: those of the stage's phase (every
    phase for a stage the user added), scored by how well they suit the business described in
    step 1. Without `show_all`, ideas that do not suit it are left out, and an own stage shows
    only the best OWN_STAGE_IDEAS; with it, every idea of the library, best first."""
    kind = business_kind(business)
    entries = library_touchpoints(language, None if show_all else phase)
    if not entries:
        entries = library_touchpoints(language, None)
    phases = {t.id: t.phases for t in catalog.touchpoints(language=language)}
    scored = [(_fit(e, kind, phase, phases.get(e.id, ())), n, e) for n, e in enumerate(entries)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    if show_all:
        return [e for _, _, e in scored]
    kept = [e for score, _, e in scored if score >= 0]
    return kept[:OWN_STAGE_IDEAS] if phase is None else kept
