"""The method's fixed vocabularies: lane kinds, channels, link kinds, improvement fields.

Values are the stable identifiers written to files; user-visible names live in the UI layer
(translated) and in templates. Enum members are ``StrEnum`` so they serialise as plain strings.
"""

from __future__ import annotations

from enum import StrEnum


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    DOES = "does"
    THINKS = "thinks"
    FEELS = "feels"
    SEES = "sees"
    HEARS = "hears"
    EXPECTATIONS = "expectations"
    PAIN_POINTS = "pain_points"
    IMPROVEMENTS = "improvements"
    BACKSTAGE = "backstage"
    METRICS = "metrics"
    EMOTION_CURVE = "emotion_curve"
    CUSTOM = "custom"

    @property
    def holds_cards(self) -> bool:
        """The emotion curve lane draws the touchpoints' scores; every other lane holds cards."""
        return self._value_ != "emotion_curve"  # not LaneKind.EMOTION_CURVE: enum lookups are slow


class Channel(StrEnum):
    WEB = "web"
    MOBILE_APP = "mobile_app"
    SOCIAL_MEDIA = "social_media"
    FRIENDS_COLLEAGUES = "friends_colleagues"
    MARKETING = "marketing"
    ARTICLES_REVIEWS = "articles_reviews"
    CUSTOMER_SERVICE = "customer_service"
    CONTACT_FORM = "contact_form"
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    STORE = "store"
    OTHER = "other"


class LinkKind(StrEnum):
    FLOW = "flow"
    ADDRESSES = "addresses"  # an improvement addresses a pain point
    RELATES = "relates"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Status(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


EMOTION_MIN = -2
EMOTION_MAX = 2

# Default English names, used by templates, exports and the command line. The UI translates
# its own copies of these through Qt (see cxdesigner/ui/vocabulary_names.py).
LANE_KIND_NAMES: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.DOES: "Does",
    LaneKind.THINKS: "Thinks",
    LaneKind.FEELS: "Feels",
    LaneKind.SEES: "Sees",
    LaneKind.HEARS: "Hears",
    LaneKind.EXPECTATIONS: "Expectations",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.IMPROVEMENTS: "Improvements",
    LaneKind.BACKSTAGE: "Organisation mirror",
    LaneKind.METRICS: "Metrics",
    LaneKind.EMOTION_CURVE: "Emotion curve",
    LaneKind.CUSTOM: "Notes",
}

CHANNEL_NAMES: dict[Channel, str] = {
    Channel.WEB: "Web",
    Channel.MOBILE_APP: "Mobile app",
    Channel.SOCIAL_MEDIA: "Social media",
    Channel.FRIENDS_COLLEAGUES: "Friends & colleagues",
    Channel.MARKETING: "Marketing",
    Channel.ARTICLES_REVIEWS: "Articles & reviews",
    Channel.CUSTOMER_SERVICE: "Customer service",
    Channel.CONTACT_FORM: "Contact form",
    Channel.PHONE: "Phone",
    Channel.EMAIL: "E-mail",
    Channel.CHAT: "Chat",
    Channel.STORE: "Store / in person",
    Channel.OTHER: "Other",
}

# A colour-blind-safe default palette (Okabe–Ito, lightened for card backgrounds) per lane kind.
LANE_KIND_COLORS: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "#e8eef7",
    LaneKind.DOES: "#cfe3f3",
    LaneKind.THINKS: "#fdf1c7",
    LaneKind.FEELS: "#f9dcc9",
    LaneKind.SEES: "#d5ece4",
    LaneKind.HEARS: "#e3dcef",
    LaneKind.EXPECTATIONS: "#e6f0d2",
    LaneKind.PAIN_POINTS: "#f2a9b0",  # darker than improvements: they differ for colour-blind eyes too
    LaneKind.IMPROVEMENTS: "#cdeedd",
    LaneKind.BACKSTAGE: "#e2e2e2",
    LaneKind.METRICS: "#dde8f0",
    LaneKind.EMOTION_CURVE: "#ffffff",
    LaneKind.CUSTOM: "#f2f2f2",
}

# Finnish names, as the source method words them, for maps whose language is Finnish. What is
# drawn on a map (canvas, PDF) follows the map's language, so screen and paper always agree.
CHANNEL_NAMES_FI: dict[Channel, str] = {
    Channel.WEB: "Netti",
    Channel.MOBILE_APP: "Mobiili",
    Channel.SOCIAL_MEDIA: "Some",
    Channel.FRIENDS_COLLEAGUES: "Kollegat/tutut",
    Channel.MARKETING: "Markkinointi",
    Channel.ARTICLES_REVIEWS: "Artikkelit ja arviot",
    Channel.CUSTOMER_SERVICE: "Asiakaspalvelu",
    Channel.CONTACT_FORM: "Yhteydenottolomake",
    Channel.PHONE: "Puhelin",
    Channel.EMAIL: "Sähköposti",
    Channel.CHAT: "Chat",
    Channel.STORE: "Myymälä / kasvokkain",
    Channel.OTHER: "Muu",
}

LANE_KIND_NAMES_FI: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "Kohtaamishetket",
    LaneKind.DOES: "Tekee",
    LaneKind.THINKS: "Ajattelee",
    LaneKind.FEELS: "Tuntee",
    LaneKind.SEES: "Näkee",
    LaneKind.HEARS: "Kuulee",
    LaneKind.EXPECTATIONS: "Odotukset",
    LaneKind.PAIN_POINTS: "Kipupisteet",
    LaneKind.IMPROVEMENTS: "Kehitysideat",
    LaneKind.BACKSTAGE: "Organisaation toiminnan peilaus",
    LaneKind.METRICS: "Mittarit",
    LaneKind.EMOTION_CURVE: "Tunnekäyrä",
    LaneKind.CUSTOM: "Muistiinpanot",
}


def _primary(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


def channel_names(language: str) -> dict[Channel, str]:
    """Channel names in a map's language (Finnish or English)."""
    return dict(CHANNEL_NAMES_FI if _primary(language) == "fi" else CHANNEL_NAMES)


def lane_kind_names(language: str) -> dict[LaneKind, str]:
    """Default lane names in a map's language (Finnish or English)."""
    return dict(LANE_KIND_NAMES_FI if _primary(language) == "fi" else LANE_KIND_NAMES)
