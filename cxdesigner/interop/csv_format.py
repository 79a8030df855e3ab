"""CX Designer CSV: one row per card, for spreadsheets (header and rules in docs/interop.md).

Export protects against spreadsheet formula injection: a cell that starts with ``= + - @``, a tab
or a carriage return (after any apostrophes) gets one more leading apostrophe, so Excel,
LibreOffice and Sheets show it as text instead of running it. Plain numbers (the emotion ``-1``)
are left alone. Import removes exactly one such apostrophe, so text survives a round trip.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ..model.entities import JourneyMap, Lane, Phase, Touchpoint
from ..model.vocabulary import CHANNEL_NAMES, LANE_KIND_NAMES, Channel, LaneKind
from .common import MapBuilder, checked, decode_text, lane_kind_for_name
from .errors import InteropError

COLUMNS = ("phase", "touchpoint", "channel", "moment_of_truth", "emotion", "nps", "ces", "lane", "lane_kind",
           "text", "detail", "color", "owner", "priority", "status", "card_moment_of_truth",
           "votes", "vote_dots")  # fmt: skip
CARD_FIELDS = ("detail", "color", "owner", "priority", "status", "card_moment_of_truth")
# Dot votes: "votes" is the total (a number to sort by), "vote_dots" whose they are ("#e69f00:2 #56b4e9:1").
VOTE_COLUMNS = ("votes", "vote_dots")
UNKNOWN_VOTER = "#000000"  # a total without vote_dots: black dots, the last participant colour
NO_NAME = "(no name)"  # written for a blank phase, touchpoint or lane name (a blank cell means "none")
_RISKY = re.compile(r"^'*[=+\-@\t\r]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_YES, _NO = {"yes", "true", "1", "x", "kyllä"}, {"no", "false", "0", "ei", ""}


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet will show it as text (see the module docstring)."""
    return "'" + cell if _RISKY.match(cell) and not _NUMBER.match(cell) else cell


def restore(cell: str) -> str:
    """Undo :func:`neutralise`."""
    return cell[1:] if cell.startswith("'") and _RISKY.match(cell) else cell


# -- export -----------------------------------------------------------------------------------
def write_csv(m: JourneyMap) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)

    def row(**values: Any) -> None:
        writer.writerow([neutralise(str(values.get(c, "") or "")) for c in COLUMNS])

    # Rows find their phase, touchpoint and lane by name, so each name is written unique.
    names = _unique(m.lanes) | _unique(m.phases)
    for phase in m.phases:
        names |= _unique(phase.touchpoints)
    for lane in m.lanes:  # declare every lane first, so lane order and empty lanes survive
        row(lane=names[lane.id], lane_kind=lane.kind.value)
    for phase in m.phases:
        wrote = _card_rows(m, phase, None, row, names)
        for tp in phase.touchpoints:
            if not _card_rows(m, phase, tp, row, names):
                row(phase=names[phase.id], **_touchpoint_values(tp, names))
        if not wrote and not phase.touchpoints:
            row(phase=names[phase.id])
    return buffer.getvalue()


def _unique(items: list[Any]) -> dict[str, str]:
    """Id → name as import will read it (trimmed, never blank), numbered where names repeat."""
    result: dict[str, str] = {}
    for item in items:
        base = item.name.strip() or NO_NAME
        candidate, number = base, 2
        while candidate in result.values():
            candidate, number = f"{base} ({number})", number + 1
        result[item.id] = candidate
    return result


def _touchpoint_values(tp: Touchpoint, names: dict[str, str]) -> dict[str, Any]:
    return {
        "touchpoint": names[tp.id],
        "channel": tp.channel.value,
        "moment_of_truth": "yes" if tp.moment_of_truth else "no",
        "emotion": "" if tp.emotion is None else str(tp.emotion),
        "nps": " ".join(map(str, tp.nps)) if tp.nps is not None else "",
        "ces": " ".join(map(str, tp.ces)) if tp.ces is not None else "",
    }


def _card_rows(m: JourneyMap, phase: Phase, tp: Touchpoint | None, row: Any, names: dict[str, str]) -> bool:
    anchor = phase.id if tp is None else tp.id
    wrote = False
    for lane in m.lanes:
        for card in m.cell_cards(lane.id, anchor):
            values = {f: getattr(card, f) for f in CARD_FIELDS[:-1]}
            values = {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}
            values["card_moment_of_truth"] = "yes" if card.moment_of_truth else "no"
            if card.votes:
                values["votes"] = str(sum(card.votes.values()))
                values["vote_dots"] = " ".join(f"{colour}:{n}" for colour, n in card.votes.items())
            row(phase=names[phase.id], **(_touchpoint_values(tp, names) if tp else {}), lane=names[lane.id],
                lane_kind=lane.kind.value, text=card.text, **values)  # fmt: skip
            wrote = True
    return wrote


# -- import -----------------------------------------------------------------------------------
def _delimiter(header: str) -> str:
    """Spreadsheets in Finnish (and other decimal-comma) locales save CSV with semicolons."""
    return max((",", ";", "\t"), key=header.count)


def read_csv(raw: bytes, default_title: str = "") -> JourneyMap:
    text = decode_text(raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]), strict=True)
    rows = _rows(reader)
    header, start = rows[0][1], rows[0][0]
    names = [restore(h).strip().lower() for h in header]
    for col, name in enumerate(names):
        if name not in COLUMNS:
            raise InteropError(
                f"line {start}, column {col + 1}: unknown column {name!r}; the columns are {', '.join(COLUMNS)}"
            )
        if names.index(name) != col:
            raise InteropError(f"line {start}, column {col + 1}: the column {name!r} appears twice")
    for required in ("phase", "lane", "text"):
        if required not in names:
            raise InteropError(f"line {start}: the header has no {required!r} column")
    b = MapBuilder()
    b.m.title = checked("map", "title", default_title, "title")
    state = _State(b)
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            raise InteropError(f"line {line}: expected {len(names)} fields, found {len(cells)}")
        state.add(line, dict(zip(names, (restore(c).replace("\r\n", "\n") for c in cells), strict=True)))
    return b.finish()


def _rows(reader: Any) -> list[tuple[int, list[str]]]:
    rows = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InteropError(f"line {reader.line_num or start}: not valid CSV: {exc}") from None
        rows.append((start, cells))
    if not rows:
        raise InteropError("the file is empty")
    return rows


class _State:
    """Phases, touchpoints and lanes found so far, by name; the line each value came from."""

    def __init__(self, b: MapBuilder) -> None:
        self.b = b
        self.phases: dict[str, Phase] = {}
        self.touchpoints: dict[tuple[str, str], Touchpoint] = {}
        self.lanes: dict[str, Lane] = {}
        self.lane_kind_set: dict[str, tuple[LaneKind, int]] = {}
        self.tp_values: dict[tuple[str, str, str], tuple[Any, int]] = {}

    def add(self, line: int, row: dict[str, str]) -> None:
        phase_name, lane_name = row["phase"].strip(), row.get("lane", "").strip()
        tp_name = row.get("touchpoint", "").strip()
        lane = self._lane(line, lane_name, row.get("lane_kind", "")) if lane_name else None
        if not phase_name:
            if tp_name or row.get("text", ""):
                raise InteropError(f"line {line}, column 'phase': empty, but the row names a touchpoint or card")
            return
        phase = self.phases.get(phase_name) or self.phases.setdefault(
            phase_name, self.b.phase(phase_name, f"line {line}, column 'phase'")
        )
        anchor = phase.id
        if tp_name:
            key = (phase_name, tp_name)
            tp = self.touchpoints.get(key)
            if tp is None:
                tp = self.touchpoints[key] = self.b.touchpoint(phase, tp_name, f"line {line}, column 'touchpoint'")
            self._touchpoint_fields(line, row, key, tp)
            anchor = tp.id
        elif any(row.get(c, "").strip() for c in _TOUCHPOINT_COLUMNS):
            raise InteropError(
                f"line {line}, column 'touchpoint': empty, but the row gives a channel, moment of truth, emotion, NPS or CES"
            )
        if lane is None:
            if (
                row.get("text", "")
                or any(row.get(c, "").strip() not in ("", "no") for c in CARD_FIELDS)
                or any(row.get(c, "").strip() not in ("", "0") for c in VOTE_COLUMNS)
            ):
                raise InteropError(f"line {line}, column 'lane': empty, but the row has a card")
            return
        if not lane.kind.holds_cards:
            raise InteropError(f"line {line}, column 'lane': {lane.name!r} is the emotion curve and holds no cards")
        fields: dict[str, Any] = {}
        for name in CARD_FIELDS:
            value = row.get(name, "").strip() if name != "detail" else row.get(name, "")
            where = f"line {line}, column {name!r}"
            if name == "card_moment_of_truth":
                fields["moment_of_truth"] = _yes_no(value, where)
            elif value:
                fields[name] = checked("card", name, value, where)
        votes = _votes(line, row.get("votes", "").strip(), row.get("vote_dots", "").strip())
        if votes:
            fields["votes"] = votes
        self.b.card(lane, anchor, row.get("text", ""), f"line {line}, column 'text'", **fields)

    def _lane(self, line: int, name: str, kind_text: str) -> Lane:
        where = f"line {line}, column 'lane_kind'"
        kind = _lane_kind(kind_text.strip(), where) if kind_text.strip() else None
        lane = self.lanes.get(name)
        if lane is None:
            lane = self.lanes[name] = self.b.lane(kind or lane_kind_for_name(name), name, f"line {line}, column 'lane'")
            if kind is not None:
                self.lane_kind_set[name] = (kind, line)
        elif kind is not None:
            earlier = self.lane_kind_set.get(name)
            if earlier is None:
                if any(c.lane_id == lane.id for c in self.b.m.cards.values()) and not kind.holds_cards:
                    raise InteropError(f"{where}: {kind.value!r}, but the lane already holds cards")
                lane.kind = kind
                self.lane_kind_set[name] = (kind, line)
            elif earlier[0] != kind:
                raise InteropError(f"{where}: {kind.value!r} conflicts with {earlier[0].value!r} on line {earlier[1]}")
        return lane

    def _touchpoint_fields(self, line: int, row: dict[str, str], key: tuple[str, str], tp: Touchpoint) -> None:
        for column, parse in _TOUCHPOINT_COLUMNS.items():
            text = row.get(column, "").strip()
            if not text:
                continue
            where = f"line {line}, column {column!r}"
            value = parse(text, where)
            earlier = self.tp_values.get((*key, column))
            if earlier is not None:
                if earlier[0] != value:
                    raise InteropError(f"{where}: {text!r} conflicts with line {earlier[1]} for touchpoint {key[1]!r}")
                continue
            self.tp_values[(*key, column)] = (value, line)
            setattr(tp, column, value)


def _votes(line: int, total_text: str, dots_text: str) -> dict[str, int]:
    """A card's dots per participant colour from ``vote_dots``, checked against the ``votes``
    total; a total alone (a hand-made sheet) counts as that many black dots."""
    total = None
    if total_text:
        if not re.fullmatch(r"\d{1,6}", total_text):
            raise InteropError(
                f"line {line}, column 'votes': expected a whole number of votes, got {total_text[:40]!r}"
            )
        total = int(total_text)
    votes: dict[str, int] = {}
    if dots_text:
        where = f"line {line}, column 'vote_dots'"
        for part in dots_text.replace(",", " ").replace(";", " ").split():
            colour, colon, count = part.partition(":")
            if not colon or not re.fullmatch(r"\d{1,6}", count):
                raise InteropError(f"{where}: expected colour:dots pairs such as '#e69f00:2', got {part[:40]!r}")
            if colour.lower() in (c.lower() for c in votes):
                raise InteropError(f"{where}: the colour {colour[:20]} appears twice")
            if int(count):
                votes[colour] = int(count)
        votes = checked("card", "votes", votes, where) if votes else {}
        if total is not None and total != sum(votes.values()):
            raise InteropError(
                f"line {line}, column 'votes': {total} votes, but 'vote_dots' holds {sum(votes.values())}"
            )
    elif total:
        votes = {UNKNOWN_VOTER: total}
    return votes


def _lane_kind(text: str, where: str) -> LaneKind:
    by_name = {n.casefold(): k for k, n in LANE_KIND_NAMES.items()} | {k.value: k for k in LaneKind}
    kind = by_name.get(text.casefold())
    if kind is None:
        raise InteropError(f"{where}: expected one of {', '.join(k.value for k in LaneKind)}; got {text[:40]!r}")
    return kind


def _channel(text: str, where: str) -> Channel:
    by_name = {n.casefold(): c for c, n in CHANNEL_NAMES.items()} | {c.value: c for c in Channel}
    channel = by_name.get(text.casefold())
    if channel is None:
        raise InteropError(f"{where}: expected one of {', '.join(c.value for c in Channel)}; got {text[:40]!r}")
    return channel


def _yes_no(text: str, where: str) -> bool:
    folded = text.casefold()
    if folded in _YES or folded in _NO:
        return folded in _YES
    raise InteropError(f"{where}: expected yes or no, got {text[:40]!r}")


def _emotion(text: str, where: str) -> int:
    if not re.fullmatch(r"[+-]?\d{1,3}", text):
        raise InteropError(f"{where}: expected a whole number from -2 to 2, got {text[:40]!r}")
    return checked("touchpoint", "emotion", int(text), where)


def _counts(column: str) -> Any:
    """Survey answer counts: whole numbers separated by spaces (11 for NPS 0–10, 5 for CES 1–5)."""

    def parse(text: str, where: str) -> tuple[int, ...]:
        parts = text.replace(",", " ").split()
        if not all(re.fullmatch(r"\d{1,9}", p) for p in parts):
            raise InteropError(
                f"{where}: expected answer counts (whole numbers separated by spaces), got {text[:40]!r}"
            )
        return checked("touchpoint", column, tuple(int(p) for p in parts), where)

    return parse


_TOUCHPOINT_COLUMNS = {
    "channel": _channel,
    "moment_of_truth": _yes_no,
    "emotion": _emotion,
    "nps": _counts("nps"),
    "ces": _counts("ces"),
}
