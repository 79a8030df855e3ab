"""A readable Markdown report of a map, for wikis (export only).

Title, description and persona; a "journey at a glance" table (phase, touchpoint, channel,
emotion, moment of truth); then per phase its phase-wide cards and per touchpoint each lane's
cards; links last. Survey results (NPS, CES) are shown where a touchpoint has answers. Emotion
and moments of truth are written in words as well as symbols, so the report never relies on
colour. Text from the map is escaped so it cannot become Markdown markup.
"""

from __future__ import annotations

import re

from ..metrics.scores import ces_summary, nps_summary
from ..model.entities import Card, JourneyMap, Touchpoint
from ..model.vocabulary import CHANNEL_NAMES

EMOTION_WORDS = {-2: "very negative", -1: "negative", 0: "neutral", 1: "positive", 2: "very positive"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!&])")


def escape(text: str, *, table: bool = False) -> str:
    """``text`` as literal Markdown: punctuation escaped, line breaks kept (or flattened in tables)."""
    escaped = _SPECIAL.sub(r"\\\1", text.strip())
    lines = [ln.strip() for ln in escaped.splitlines()] or [""]
    return " ".join(lines) if table else "  \n  ".join(lines)


def emotion_text(emotion: int | None) -> str:
    return "–" if emotion is None else f"{emotion:+d} ({EMOTION_WORDS[emotion]})".replace("+0", "0")


def write_markdown(m: JourneyMap) -> str:
    out: list[str] = [f"# {escape(m.title) or 'Journey map'}", ""]
    if m.description:
        out += [escape(m.description), ""]
    _persona(m, out)
    _glance(m, out)
    for number, phase in enumerate(m.phases, 1):
        out += [f"## {number}. {escape(phase.name)}", ""]
        _cards(m, phase.id, out)
        for tp in phase.touchpoints:
            _touchpoint(m, tp, out)
    _links(m, out)
    return "\n".join(out).rstrip() + "\n"


def _persona(m: JourneyMap, out: list[str]) -> None:
    p = m.persona
    if not (p.name or p.description or p.goals or p.quote or p.needs or p.frustrations):
        return
    out += ["## Persona", ""]
    if p.name:
        out.append(f"**{escape(p.name)}**" + ("  " if p.description else ""))
    if p.description:
        out.append(escape(p.description))
    out.append("")
    for heading, items in (("Goals", p.goals), ("Needs", p.needs), ("Frustrations", p.frustrations)):
        items = [item for item in items if item.strip()]
        if items:
            out += [f"{heading}:", "", *(f"- {escape(item)}" for item in items), ""]
    if p.quote:
        out += [f"> {escape(p.quote)}", ""]


def _glance(m: JourneyMap, out: list[str]) -> None:
    rows = [(phase, tp) for phase in m.phases for tp in phase.touchpoints]
    if not rows:
        return
    out += ["## Journey at a glance", "", "| Phase | Touchpoint | Channel | Emotion | Moment of truth |",
            "| --- | --- | --- | --- | --- |"]  # fmt: skip
    for phase, tp in rows:
        cells = [phase.name, tp.name, CHANNEL_NAMES[tp.channel], emotion_text(tp.emotion)]
        mot = "★ yes" if tp.moment_of_truth else ""
        out.append("| " + " | ".join(escape(c, table=True) for c in cells) + f" | {mot} |")
    out.append("")


def _touchpoint(m: JourneyMap, tp: Touchpoint, out: list[str]) -> None:
    title = f"### {escape(tp.name)}" + (" ★" if tp.moment_of_truth else "")
    facts = [f"Channel: {CHANNEL_NAMES[tp.channel]}", f"Emotion: {emotion_text(tp.emotion)}"]
    if tp.moment_of_truth:
        facts.append("**Moment of truth**")
    nps, ces = nps_summary(tp.nps), ces_summary(tp.ces)
    if nps.score is not None:
        facts.append(f"NPS {nps.score:+.0f} (n = {nps.n})")
    if ces.share_less is not None:
        facts.append(f"CES: {ces.share_less:.0%} less effort than expected (n = {ces.n})")
    out += [title, "", " · ".join(facts), ""]
    _cards(m, tp.id, out)


def _cards(m: JourneyMap, anchor_id: str, out: list[str]) -> None:
    for lane in m.lanes:
        cards = m.cell_cards(lane.id, anchor_id)
        if cards:
            out += [f"**{escape(lane.name)}**", "", *(_card_line(c) for c in cards), ""]


def _card_line(card: Card) -> str:
    line = f"- {escape(card.text)}" + (" ★ *moment of truth*" if card.moment_of_truth else "")
    votes = sum(card.votes.values())
    notes = [n for n in (card.owner and f"owner: {escape(card.owner)}",
                         card.priority and f"priority: {card.priority.value}",
                         card.status and f"status: {card.status.value.replace('_', ' ')}",
                         votes and f"{votes} vote{'s' if votes != 1 else ''}") if n]  # fmt: skip
    if notes:
        line += f" *({', '.join(notes)})*"
    if card.detail:
        line += "  \n  " + escape(card.detail)
    return line


def _links(m: JourneyMap, out: list[str]) -> None:
    if not m.links:
        return
    out += ["## Links", ""]
    for (source, target), kind in m.links.items():
        a, b = m.cards[source], m.cards[target]
        out.append(f"- {escape(a.text, table=True)} → {escape(b.text, table=True)} ({kind.value})")
    out.append("")
