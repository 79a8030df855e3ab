"""Checks for the values a user may set on the map's fields.

Shared by the operations (which refuse bad edits) and the file loader (which reports bad files)
so that what can be typed and what can be saved never disagree.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import ModelError
from .vocabulary import EMOTION_MAX, EMOTION_MIN, Channel, LaneKind, Priority, Status

MAX_TEXT_LENGTH = 10_000  # a card holds a note, not a book; keeps layout and painting responsive
# A persona's photo is embedded in the map file: small enough that files stay quick to open and
# share (the app scales a chosen picture down before it gets here).
MAX_PHOTO_BYTES = 256 * 1024
PHOTO_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def short_repr(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to a readable length for messages (a value from a file may be megabytes)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return f"a number with {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ModelError(f"expected text, got {type(value).__name__}")
    if len(value) > MAX_TEXT_LENGTH:
        raise ModelError(f"text is {len(value)} characters long; the limit is {MAX_TEXT_LENGTH}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ModelError(f"expected true or false, got {short_repr(value)}")
    return value


def _emotion(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not EMOTION_MIN <= value <= EMOTION_MAX:
        raise ModelError(f"expected an emotion score from {EMOTION_MIN} to {EMOTION_MAX}, got {short_repr(value)}")
    return value


def _color(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _COLOR.match(value):
        raise ModelError(f"expected a colour like #a1b2c3, got {short_repr(value)}")
    return value.lower()


def _enum(enum_type: type) -> Any:
    def check(value: Any) -> Any:
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_type)
            raise ModelError(f"expected one of {allowed}; got {short_repr(value)}") from None

    return check


def _optional(check: Any) -> Any:
    return lambda value: None if value is None else check(value)


def _goals(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ModelError("expected a list of texts")
    return [_text(v) for v in value]


def photo_type(data: bytes) -> str | None:
    """The MIME type of a JPEG or PNG image, or None for anything else."""
    for magic, mime in PHOTO_TYPES.items():
        if data.startswith(magic):
            return mime
    return None


def _photo(value: Any) -> bytes:
    if not isinstance(value, (bytes, bytearray)):
        raise ModelError(f"expected image bytes, got {type(value).__name__}")
    value = bytes(value)
    if not value:
        return value
    if len(value) > MAX_PHOTO_BYTES:
        raise ModelError(f"the photo is {len(value) // 1024} KiB; the limit is {MAX_PHOTO_BYTES // 1024} KiB")
    if photo_type(value) is None:
        raise ModelError("the photo must be a JPEG or PNG image")
    return value


def _counts(length: int) -> Any:
    def check(value: Any) -> tuple[int, ...] | None:
        if value is None:
            return None
        if (
            not isinstance(value, (list, tuple))
            or len(value) != length
            or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**9 for v in value)
        ):
            raise ModelError(f"expected {length} answer counts (whole numbers ≥ 0), got {short_repr(value)}")
        return tuple(value)

    return check


def _votes(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ModelError(f"expected dots per participant colour, got {short_repr(value)}")
    result = {}
    for colour, dots in value.items():
        if not isinstance(colour, str) or not _COLOR.match(colour):
            raise ModelError(f"expected a participant colour like #a1b2c3, got {short_repr(colour)}")
        if isinstance(dots, bool) or not isinstance(dots, int) or not 0 < dots < 10**6:
            raise ModelError(f"expected a positive number of dots, got {short_repr(dots)}")
        if colour.lower() in result:  # "#ABCDEF" and "#abcdef" are one participant: never drop dots silently
            raise ModelError(f"participant colour {colour.lower()} appears twice")
        result[colour.lower()] = dots
    return dict(sorted(result.items()))


def _language(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*", value):
        raise ModelError(f"expected a language code such as 'en' or 'fi', got {short_repr(value)}")
    return value


FIELD_CHECKS: dict[str, dict[str, Any]] = {
    "map": {"title": _text, "description": _text, "language": _language},
    "persona": {
        "name": _text,
        "description": _text,
        "goals": _goals,
        "quote": _text,
        "needs": _goals,
        "frustrations": _goals,
        "photo": _photo,
    },
    "phase": {"name": _text},
    "state": {"name": _text},
    "touchpoint": {
        "name": _text,
        "channel": _enum(Channel),
        "moment_of_truth": _bool,
        "emotion": _emotion,
        "nps": _counts(11),
        "ces": _counts(5),
    },
    "lane": {"name": _text, "kind": _enum(LaneKind), "hidden": _bool},
    "card": {
        "text": _text,
        "detail": _text,
        "color": _color,
        "owner": _text,
        "priority": _optional(_enum(Priority)),
        "status": _optional(_enum(Status)),
        "moment_of_truth": _bool,
        "votes": _votes,
    },
}


def check_field(entity: str, name: str, value: Any) -> Any:
    """Return ``value`` normalised for ``entity.name``, or raise :class:`ModelError`."""
    try:
        check = FIELD_CHECKS[entity][name]
    except KeyError:
        raise ModelError(f"{entity} has no editable field {name!r}") from None
    try:
        return check(value)
    except ModelError as exc:
        raise ModelError(f"{entity} field {name!r}: {exc}") from None
