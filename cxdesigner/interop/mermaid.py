"""Mermaid ``journey`` diagram text ↔ :class:`JourneyMap`.

::

    journey
        title My working day
        section Go to work
          Make tea: 5: Me
          Go upstairs: 3: Me, Cat

``title`` → the map's title, ``accDescr`` → its description, each ``section`` → a phase, each
task → a touchpoint whose emotion is ``score − 3`` (5 → +2, 3 → 0, 1 → −2; 0, which Mermaid also
accepts, → −2 as well). Actors become cards in an "Actors" lane at their task. A task name ending
in ★ is a moment of truth (the star is not part of the name). Export writes the same shape back;
a touchpoint without an emotion is written as 3 (neutral), because Mermaid needs a score. Mermaid
cannot hold cards, so export keeps only phases, touchpoints (with their stars), scores and actors.
"""

from __future__ import annotations

import re

from ..model.entities import JourneyMap, Lane, Phase
from ..model.vocabulary import LaneKind
from .common import MapBuilder, checked, decode_text
from .errors import InteropError

ACTORS_LANE = "Actors"
MOMENT_OF_TRUTH = "★"  # ends the task name of a moment of truth: Mermaid has no field for it


def score_to_emotion(score: int) -> int:
    return max(-2, score - 3)


def emotion_to_score(emotion: int | None) -> int:
    return 3 if emotion is None else emotion + 3


def read_mermaid(raw: bytes) -> JourneyMap:
    lines = decode_text(raw).replace("\r\n", "\n").split("\n")  # Mermaid breaks lines at \n only
    b = MapBuilder()
    m = b.m
    number = _skip_front_matter(lines, m)
    while number < len(lines) and _is_blank(lines[number]):
        number += 1
    if number >= len(lines) or lines[number].strip() != "journey":
        raise InteropError(f"line {min(number, len(lines) - 1) + 1}: expected 'journey' (a Mermaid journey diagram)")
    phase: Phase | None = None
    actors: Lane | None = None
    description: list[str] | None = None  # inside accDescr { … }
    for index in range(number + 1, len(lines)):
        line, where = lines[index].strip(), f"line {index + 1}"
        if description is not None:
            if line == "}":
                m.description = checked("map", "description", "\n".join(description), where)
                description = None
            else:
                description.append(line)
            continue
        if _is_blank(line):
            continue
        keyword, _, rest = line.partition(" ")
        rest = rest.strip()
        if keyword == "title":
            m.title = checked("map", "title", rest, where)
        elif keyword == "section":
            phase = b.phase(rest, where)
        elif re.fullmatch(r"accDescr\s*\{", line):
            description = []
        elif line.startswith(("accTitle", "accDescr")):
            name, _, value = line.partition(":")
            if name.strip() not in ("accTitle", "accDescr"):
                raise InteropError(f"{where}: expected 'accTitle: text' or 'accDescr: text'")
            if name.strip() == "accDescr":
                m.description = checked("map", "description", value.strip(), where)
            else:
                m.extra["mermaid"] = {"accTitle": value.strip()}
        else:
            if phase is None:  # Mermaid allows tasks before the first section
                phase = b.phase("", where)
            actors = _task(b, phase, line, where, actors)
    if description is not None:
        raise InteropError(f"line {len(lines)}: 'accDescr {{' is never closed with '}}'")
    if any(tp.emotion is not None for tp in m.touchpoints()):
        b.lane(LaneKind.EMOTION_CURVE, "Emotion curve", "lanes")
    return b.finish()


def _is_blank(line: str) -> bool:
    return not line.strip() or line.strip().startswith("%%")


def _skip_front_matter(lines: list[str], m: JourneyMap) -> int:
    """Mermaid files may start with ``---`` YAML front matter; only its ``title:`` is read."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, len(lines)):
        line = lines[index].strip()
        if line == "---":
            return index + 1
        if line.startswith("title:"):
            m.title = checked("map", "title", line[6:].strip().strip("\"'"), f"line {index + 1}")
    raise InteropError("line 1: the front matter that starts with '---' is never closed")


def _task(b: MapBuilder, phase: Phase, line: str, where: str, actors: Lane | None) -> Lane | None:
    name, colon, data = line.partition(":")
    if not colon or not name.strip():
        raise InteropError(f"{where}: expected 'title …', 'section …' or 'Task: score: actors', got {line[:40]!r}")
    score_text, _, people = data.partition(":")
    try:
        score = int(score_text.strip())
    except ValueError:
        raise InteropError(
            f"{where}: the score {score_text.strip()[:20]!r} is not a whole number from 0 to 5"
        ) from None
    if not 0 <= score <= 5:
        raise InteropError(f"{where}: the score {score} is outside 0…5")
    name = name.strip()
    star = name.endswith(MOMENT_OF_TRUTH)
    if star:
        name = name.removesuffix(MOMENT_OF_TRUTH).rstrip()
    tp = b.touchpoint(
        phase, name, where, emotion=score_to_emotion(score), moment_of_truth=star, extra={"mermaid": {"score": score}}
    )
    for person in (p.strip() for p in people.split(",")):
        if person:
            if actors is None:
                actors = b.lane(LaneKind.CUSTOM, ACTORS_LANE, where, {"mermaid": {"actors": True}})
            b.card(actors, tp.id, person, where)
    return actors


_SAFE = str.maketrans({":": "：", "#": "＃", ";": "；", ",": "，", "\n": " ", "\r": " "})


def _clean(text: str, keep: str = "") -> str:
    """Mermaid's journey grammar ends names at ':' '#' ';' (and actors at ','): use look-alikes."""
    table = {k: v for k, v in _SAFE.items() if chr(k) not in keep}
    return " ".join(text.splitlines()).translate(table).strip()  # every kind of line break → space


def write_mermaid(m: JourneyMap) -> str:
    out = ["journey"]
    if m.title:
        out.append(f"    title {_clean(m.title, keep=':,')}")
    if m.description:
        out.append(f"    accDescr: {_clean(m.description, keep=':,')}")
    actor_lanes = [
        lane.id for lane in m.lanes if (lane.extra.get("mermaid") or {}).get("actors") or lane.name == ACTORS_LANE
    ]
    for phase in m.phases:
        out.append(f"    section {_clean(phase.name, keep=',') or '-'}")
        for tp in phase.touchpoints:
            kept = (tp.extra.get("mermaid") or {}).get("score")
            score = (
                kept if isinstance(kept, int) and kept in (0, 1) and tp.emotion == -2 else emotion_to_score(tp.emotion)
            )
            people = [_clean(c.text) for lane in actor_lanes for c in m.cell_cards(lane, tp.id)]
            star = f" {MOMENT_OF_TRUTH}" if tp.moment_of_truth else ""
            task = f"      {_clean(tp.name, keep=',') or '-'}{star}: {score}"
            out.append(task + (f": {', '.join(p for p in people if p)}" if any(people) else ""))
    return "\n".join(out) + "\n"
