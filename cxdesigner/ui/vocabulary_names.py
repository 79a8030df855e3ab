"""Translated, user-visible names for the model's fixed vocabularies."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..model.vocabulary import Channel, LaneKind, Priority, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def lane_kind_name(kind: LaneKind) -> str:
    names = {
        LaneKind.TOUCHPOINTS: _tr("Touchpoints"),
        LaneKind.DOES: _tr("Does"),
        LaneKind.THINKS: _tr("Thinks"),
        LaneKind.FEELS: _tr("Feels"),
        LaneKind.SEES: _tr("Sees"),
        LaneKind.HEARS: _tr("Hears"),
        LaneKind.EXPECTATIONS: _tr("Expectations"),
        LaneKind.PAIN_POINTS: _tr("Pain points"),
        LaneKind.IMPROVEMENTS: _tr("Improvements"),
        LaneKind.BACKSTAGE: _tr("Organisation mirror"),
        LaneKind.METRICS: _tr("Metrics"),
        LaneKind.EMOTION_CURVE: _tr("Emotion curve"),
        LaneKind.CUSTOM: _tr("Notes"),
    }
    return names[kind]


def channel_name(channel: Channel) -> str:
    names = {
        Channel.WEB: _tr("Web"),
        Channel.MOBILE_APP: _tr("Mobile app"),
        Channel.SOCIAL_MEDIA: _tr("Social media"),
        Channel.FRIENDS_COLLEAGUES: _tr("Friends & colleagues"),
        Channel.MARKETING: _tr("Marketing"),
        Channel.ARTICLES_REVIEWS: _tr("Articles & reviews"),
        Channel.CUSTOMER_SERVICE: _tr("Customer service"),
        Channel.CONTACT_FORM: _tr("Contact form"),
        Channel.PHONE: _tr("Phone"),
        Channel.EMAIL: _tr("E-mail"),
        Channel.CHAT: _tr("Chat"),
        Channel.STORE: _tr("Store / in person"),
        Channel.OTHER: _tr("Other"),
    }
    return names[channel]


def priority_name(priority: Priority) -> str:
    return {Priority.LOW: _tr("Low"), Priority.MEDIUM: _tr("Medium"), Priority.HIGH: _tr("High")}[priority]


def status_name(status: Status) -> str:
    return {
        Status.IDEA: _tr("Idea"),
        Status.PLANNED: _tr("Planned"),
        Status.IN_PROGRESS: _tr("In progress"),
        Status.DONE: _tr("Done"),
    }[status]


def emotion_name(score: int | None) -> str:
    if score is None:
        return _tr("Not set")
    return {
        -2: _tr("−2 Very negative"),
        -1: _tr("−1 Negative"),
        0: _tr("0 Neutral"),
        1: _tr("+1 Positive"),
        2: _tr("+2 Very positive"),
    }[score]


# Undo names of the Qt-free commands and of the edits the UI builds, marked for lupdate.
COMMAND_NAMES = [
    QT_TRANSLATE_NOOP("Commands", "Add phase"),
    QT_TRANSLATE_NOOP("Commands", "Add touchpoint"),
    QT_TRANSLATE_NOOP("Commands", "Add lane"),
    QT_TRANSLATE_NOOP("Commands", "Add card"),
    QT_TRANSLATE_NOOP("Commands", "Link cards"),
    QT_TRANSLATE_NOOP("Commands", "Delete card"),
    QT_TRANSLATE_NOOP("Commands", "Delete touchpoint"),
    QT_TRANSLATE_NOOP("Commands", "Delete phase"),
    QT_TRANSLATE_NOOP("Commands", "Delete lane"),
    QT_TRANSLATE_NOOP("Commands", "Move phase"),
    QT_TRANSLATE_NOOP("Commands", "Move touchpoint"),
    QT_TRANSLATE_NOOP("Commands", "Move lane"),
    QT_TRANSLATE_NOOP("Commands", "Move card"),
    QT_TRANSLATE_NOOP("Commands", "Paste card"),
    QT_TRANSLATE_NOOP("Commands", "Duplicate card"),
    QT_TRANSLATE_NOOP("Commands", "Move %n cards"),
    QT_TRANSLATE_NOOP("Commands", "Delete %n cards"),
    QT_TRANSLATE_NOOP("Commands", "Paste %n cards"),
    QT_TRANSLATE_NOOP("Commands", "Duplicate %n cards"),
    QT_TRANSLATE_NOOP("Commands", "Edit card text"),
    QT_TRANSLATE_NOOP("Commands", "Edit card detail"),
    QT_TRANSLATE_NOOP("Commands", "Change card colour"),
    QT_TRANSLATE_NOOP("Commands", "Set owner"),
    QT_TRANSLATE_NOOP("Commands", "Set priority"),
    QT_TRANSLATE_NOOP("Commands", "Set status"),
    QT_TRANSLATE_NOOP("Commands", "Rename phase"),
    QT_TRANSLATE_NOOP("Commands", "Rename touchpoint"),
    QT_TRANSLATE_NOOP("Commands", "Rename lane"),
    QT_TRANSLATE_NOOP("Commands", "Change channel"),
    QT_TRANSLATE_NOOP("Commands", "Toggle moment of truth"),
    QT_TRANSLATE_NOOP("Commands", "Set emotion"),
    QT_TRANSLATE_NOOP("Commands", "Change lane kind"),
    QT_TRANSLATE_NOOP("Commands", "Hide lane"),
    QT_TRANSLATE_NOOP("Commands", "Show lane"),
    QT_TRANSLATE_NOOP("Commands", "Add vote"),
    QT_TRANSLATE_NOOP("Commands", "Remove vote"),
    QT_TRANSLATE_NOOP("Commands", "Set NPS answers"),
    QT_TRANSLATE_NOOP("Commands", "Set CES answers"),
    QT_TRANSLATE_NOOP("Commands", "Create ideal state"),
    QT_TRANSLATE_NOOP("Commands", "Delete ideal state"),
    QT_TRANSLATE_NOOP("Commands", "Rename ideal state"),
    QT_TRANSLATE_NOOP("Commands", "Import %n survey answers"),
    QT_TRANSLATE_NOOP("Commands", "Link cards in flow"),
    QT_TRANSLATE_NOOP("Commands", "Link improvement to pain point"),
    QT_TRANSLATE_NOOP("Commands", "Unlink cards"),
]

_COUNTED = re.compile(r"^(Move|Delete|Paste|Duplicate) (\d+) cards$")
_SURVEY = re.compile(r"^Import (\d+) survey answers$")


def command_name(name: str) -> str:
    """Undo texts come from the Qt-free commands in English; translate them through Qt.

    Counted names ("Move 3 cards") become the source "Move %n cards" (always two or more cards:
    one card has a name of its own), translated as it is listed in COMMAND_NAMES, with %n then
    replaced by the count in the UI's locale.
    """
    match = _COUNTED.match(name)
    if match:
        source = f"{match.group(1)} %n cards"  # listed in COMMAND_NAMES for lupdate
        text = QCoreApplication.translate("Commands", source)
        return text.replace("%n", QLocale().toString(int(match.group(2))))
    match = _SURVEY.match(name)
    if match:
        text = QCoreApplication.translate("Commands", "Import %n survey answers")
        return text.replace("%n", QLocale().toString(int(match.group(1))))
    return QCoreApplication.translate("Commands", name)


def new_phase_name(language: str) -> str:
    """The name a new phase gets: text on the map follows the map's language."""
    if language.replace("_", "-").split("-")[0].lower() == "fi":
        return "Uusi vaihe"
    return QCoreApplication.translate("Canvas", "New phase")
