"""Shared pieces of the importers: size limits, text decoding, a checked map builder, lane kinds.

Every importer builds the whole map in memory through :class:`MapBuilder` and checks it before
anything is written, so a failure never leaves a half-imported map behind.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

from ..model.entities import Card, JourneyMap, Lane, Phase, Touchpoint
from ..model.errors import ModelError
from ..model.values import check_field
from ..model.vocabulary import CHANNEL_NAMES, LANE_KIND_NAMES, Channel, LaneKind
from ..storage.atomic import describe_os_error
from .errors import InteropError

# Journey files from other tools are a few kilobytes; 32 MB is generous and still refuses a
# file that would take minutes (or the machine's memory) to parse.
MAX_IMPORT_BYTES = 32 * 1024 * 1024
MAX_NESTING = 64  # deeper structures are refused rather than walked (hostile input)


def read_source(path: Path) -> bytes:
    """The file's bytes, refusing folders, devices, unreadable files and files over the size limit."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InteropError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):  # a pipe or /dev/zero would block or never end
            raise InteropError("is not a regular file")
        if info.st_size > MAX_IMPORT_BYTES:
            raise InteropError(
                f"the file is {info.st_size:,} bytes; files larger than {MAX_IMPORT_BYTES:,} are refused"
            )
        with path.open("rb") as f:
            raw = f.read(MAX_IMPORT_BYTES + 1)  # the file may grow after stat()
    except FileNotFoundError:
        raise InteropError("no such file") from None
    except OSError as exc:
        raise InteropError(f"cannot be read: {describe_os_error(exc)}") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise InteropError(f"the file is larger than {MAX_IMPORT_BYTES:,} bytes; such files are refused")
    return raw


def decode_text(raw: bytes) -> str:
    """Strict UTF-8 (a byte-order mark is dropped); a readable error otherwise."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise InteropError(f"the text is {len(raw):,} bytes; files larger than {MAX_IMPORT_BYTES:,} are refused")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InteropError(f"line {line}: the file is not UTF-8 text (bad byte at position {exc.start})") from None
    if not text.strip():
        raise InteropError("the file is empty")
    return text


def depth_of(value: Any, limit: int = MAX_NESTING) -> int:
    """Nesting depth of parsed data, stopping (without recursion) once it passes ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def checked(entity: str, name: str, value: Any, where: str) -> Any:
    """``value`` validated by the model's own field checks; errors name ``where``."""
    try:
        return check_field(entity, name, value)
    except ModelError as exc:
        raise InteropError(f"{where}: {str(exc).split(': ', 1)[-1]}") from None


def expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    """``value`` if it is of ``kind`` (bools are not numbers), else an error naming ``where``."""
    is_bool = isinstance(value, bool)
    wants_bool = kind is bool or (isinstance(kind, tuple) and bool in kind)
    if not isinstance(value, kind) or (is_bool and not wants_bool):
        raise InteropError(f"{where}: expected {what}, got {_describe(value)}")
    return value


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value[:40] + ("…" if len(value) > 40 else ""))
    if isinstance(value, (int, float)):
        return repr(value)
    return {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)


def round_half_away(x: float) -> int:
    """Round to the nearest whole number, halves away from zero (Python's round() goes to even)."""
    return int(abs(x) + 0.5) * (1 if x >= 0 else -1)


class MapBuilder:
    """Assembles a :class:`JourneyMap` from imported pieces, with fresh ids and checked values."""

    def __init__(self) -> None:
        self.m = JourneyMap()
        self._number = 0

    def _id(self, prefix: str) -> str:
        self._number += 1
        return f"{prefix}-{self._number}"

    def phase(self, name: Any, where: str, extra: dict[str, Any] | None = None) -> Phase:
        phase = Phase(self._id("ph"), checked("phase", "name", name, where), extra=extra or {})
        self.m.phases.append(phase)
        return phase

    def touchpoint(
        self,
        phase: Phase,
        name: Any,
        where: str,
        *,
        channel: Channel = Channel.OTHER,
        moment_of_truth: bool = False,
        emotion: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Touchpoint:
        tp = Touchpoint(
            self._id("tp"),
            checked("touchpoint", "name", name, where),
            channel,
            moment_of_truth,
            checked("touchpoint", "emotion", emotion, where),
            extra=extra or {},
        )
        phase.touchpoints.append(tp)
        return tp

    def lane(self, kind: LaneKind, name: Any, where: str, extra: dict[str, Any] | None = None) -> Lane:
        lane = Lane(self._id("ln"), kind, checked("lane", "name", name, where), extra=extra or {})
        self.m.lanes.append(lane)
        return lane

    def card(self, lane: Lane, anchor_id: str, text: Any, where: str, **fields: Any) -> Card:
        extra = fields.pop("extra", None) or {}
        values = {name: checked("card", name, value, where) for name, value in fields.items()}
        card = Card(self._id("cd"), checked("card", "text", text, where), lane.id, anchor_id, extra=extra, **values)
        self.m.cards[card.id] = card
        self.m.cells.setdefault(card.cell, []).append(card.id)
        return card

    def finish(self) -> JourneyMap:
        self.m.rebuild_index()
        try:
            self.m.check_invariants()
        except ModelError as exc:  # pragma: no cover - the builder only makes consistent maps
            raise InteropError(str(exc)) from None
        return self.m


# -- lane kinds from lane names -------------------------------------------------------------
# Word stems per kind (English and Finnish). A name is mapped only when its words point at
# exactly one kind: "Pain points" → pain_points, but "Thoughts and feelings" stays custom.
_KIND_STEMS: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.PAIN_POINTS: ("pain", "issue", "roadblock", "problem", "obstacle", "friction", "kipupiste", "ongelm"),
    LaneKind.IMPROVEMENTS: ("improve", "opportunit", "idea", "kehitys", "parannu"),
    LaneKind.FEELS: ("emotion", "feel", "sentiment", "mood", "tunne", "tuntee", "tunte"),
    LaneKind.THINKS: ("think", "thought", "ajattel"),
    LaneKind.SEES: ("sees", "sight", "näkee"),
    LaneKind.HEARS: ("hear", "kuulee"),
    LaneKind.EXPECTATIONS: ("expect", "odotu", "odottaa"),
    LaneKind.BACKSTAGE: ("backstage", "organisation", "organization", "internal", "organisaatio"),
    LaneKind.METRICS: ("metric", "kpi", "measure", "mittari"),
    LaneKind.TOUCHPOINTS: ("touchpoint", "journey", "kohtaamis", "kosketuspist"),
    LaneKind.DOES: ("action", "activit", "does", "doing", "interaction", "tekee", "toimin"),
}
_EXACT_KIND_NAMES = {name.casefold(): kind for kind, name in LANE_KIND_NAMES.items()} | {
    kind.value: kind for kind in LaneKind
}


def lane_kind_for_name(name: str) -> LaneKind:
    """The lane kind a lane's name clearly means, or ``custom``; never the emotion curve."""
    folded = name.strip().casefold()
    kind = _EXACT_KIND_NAMES.get(folded) or _EXACT_KIND_NAMES.get(folded.replace(" ", "_"))
    if kind is not None and kind.holds_cards:
        return kind
    words = re.findall(r"\w+", folded)
    found = {k for k, stems in _KIND_STEMS.items() for w in words for s in stems if w.startswith(s)}
    return found.pop() if len(found) == 1 else LaneKind.CUSTOM


_CHANNEL_WORDS: dict[str, Channel] = {
    "web": Channel.WEB, "website": Channel.WEB, "desktop": Channel.WEB, "online": Channel.WEB,
    "mobile": Channel.MOBILE_APP, "app": Channel.MOBILE_APP, "smartphone": Channel.MOBILE_APP,
    "social": Channel.SOCIAL_MEDIA, "chat": Channel.CHAT, "email": Channel.EMAIL, "e-mail": Channel.EMAIL,
    "phone": Channel.PHONE, "call": Channel.PHONE, "store": Channel.STORE, "in-person": Channel.STORE,
    "marketing": Channel.MARKETING, "form": Channel.CONTACT_FORM, "support": Channel.CUSTOMER_SERVICE,
}  # fmt: skip


def channel_for_words(words: list[str]) -> Channel:
    """The first channel that one of ``words`` (tags, for example) clearly names; else ``other``."""
    by_name = {name.casefold(): ch for ch, name in CHANNEL_NAMES.items()} | {ch.value: ch for ch in Channel}
    for word in words:
        folded = word.strip().casefold()
        channel = by_name.get(folded) or _CHANNEL_WORDS.get(folded)
        if channel is not None:
            return channel
    return Channel.OTHER
