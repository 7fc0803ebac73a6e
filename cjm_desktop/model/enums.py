"""The closed vocabularies of a project: lane kinds, journey states, channels and the like.

Values are the strings written to the `.cjm` file; never rename one without a migration.
"""

from enum import StrEnum


class Language(StrEnum):
    NL = "nl"
    EN = "en"


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    DOING = "doing"
    THINKING = "thinking"
    FEELING = "feeling"
    EMOTION = "emotion"
    PAIN_POINTS = "pain_points"
    MOMENTS_OF_TRUTH = "moments_of_truth"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"
    BACKSTAGE = "backstage"
    TIME = "time"
    IMAGES = "images"
    TEXT = "text"


class JourneyState(StrEnum):
    CURRENT = "current"
    FUTURE = "future"


class Evidence(StrEnum):
    """How far a card rests on customer research."""

    ASSUMPTION = "assumption"
    PARTLY_BACKED = "partly_backed"
    RESEARCHED = "researched"


class Channel(StrEnum):
    """Where a touchpoint happens (seed 000: mass-anonymous to interactive-personal)."""

    WEBSITE = "website"
    WEBSHOP = "webshop"
    EMAIL = "email"
    SOCIAL_MEDIA = "social_media"
    SEARCH = "search"
    ADVERTISING = "advertising"
    REVIEW_SITE = "review_site"
    CHAT = "chat"
    PHONE = "phone"
    APP = "app"
    STORE = "store"
    SALES_REP = "sales_rep"
    EVENT = "event"
    PRINT = "print"
    WORD_OF_MOUTH = "word_of_mouth"
    PARTNER = "partner"
    OTHER = "other"


class Mode(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    HYBRID = "hybrid"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Status(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
