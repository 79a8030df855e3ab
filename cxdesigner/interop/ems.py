"""Enablement Map Studio YAML → :class:`JourneyMap`.

An EMS file is a multi-document YAML stream; the ``kind: cjm`` document is the customer journey:
``persona`` (name, description), ``phases`` (id, name) and ``actions`` (id, name, phase,
touchpoints, thoughts_feelings, emotion_score −2…+2). Each phase becomes a phase; each action a
touchpoint of its phase with the action's emotion score (already on our scale); its touchpoints
and its thoughts and feelings become cards in a "Touchpoints" and a "Thoughts and feelings" lane.
The other documents (service blueprint, outcomes, enablement) have no place in a journey map and
are left out. Text is kept exactly as written (the sample is Japanese).

YAML is read with PyYAML's safe loader, refusing aliases (so an alias-expansion "billion laughs"
file cannot blow up), nesting deeper than 64 levels and files over 4 MB.
Errors name the YAML line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent

from ..model.entities import JourneyMap
from ..model.vocabulary import LaneKind
from .common import MAX_NESTING, MapBuilder, checked, decode_text
from .errors import InteropError

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


class _Mapping(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers the line of each key, for error messages."""

    line: int = 0
    key_lines: dict[Any, int]


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(AliasEvent):
            mark = self.peek_event().start_mark
            raise InteropError(f"line {mark.line + 1}: YAML aliases (*name) are not accepted in imported files")
        self._depth += 1
        if self._depth > MAX_NESTING:
            mark = self.peek_event().start_mark
            raise InteropError(f"line {mark.line + 1}: the YAML nests more than {MAX_NESTING} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_mapping(loader: SafeConstructor, node: yaml.MappingNode) -> Iterator[_Mapping]:
    data = _Mapping()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise InteropError(f"line {key_node.start_mark.line + 1}: a mapping key must be plain text")
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = key_node.start_mark.line + 1


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def load_documents(text: str) -> list[Any]:
    try:
        return list(yaml.load_all(text, Loader=_Loader))  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise InteropError(f"{where}not valid YAML: {' '.join(str(exc.problem or exc.context).split())}") from None
    except yaml.reader.ReaderError as exc:  # a control character; YAML allows none
        line = text[: exc.position].count("\n") + 1
        raise InteropError(f"line {line}: not valid YAML: the character {exc.character!r} is not allowed") from None
    except yaml.YAMLError as exc:
        raise InteropError(f"not valid YAML: {' '.join(str(exc).split())}") from None


def _at(obj: Any, key: Any, path: str) -> str:
    line = obj.key_lines.get(key, obj.line) if isinstance(obj, _Mapping) else None
    return f"line {line}, {path}" if line else path


def _line(obj: Any, path: str) -> str:
    return f"line {obj.line}, {path}" if isinstance(obj, _Mapping) else path


def _get(obj: _Mapping, key: str, path: str, kind: type, what: str, required: bool = True) -> Any:
    if key not in obj:
        if required:
            raise InteropError(f"{_line(obj, path)}: field {key!r} is missing")
        return kind()
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InteropError(
            f"{_at(obj, key, f'{path}.{key}')}: expected {what}, got {type(value).__name__} {value!r:.40}"
        )
    return value


def _texts(obj: _Mapping, key: str, path: str) -> list[str]:
    items = _get(obj, key, path, list, "a list of texts", required=False)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise InteropError(f"{_at(obj, key, f'{path}.{key}[{i}]')}: expected text, got {item!r:.40}")
    return items


# PyYAML's pure-Python safe parser (needed for the alias and depth checks) reads about a megabyte a
# second; EMS maps are kilobytes, so a 4 MB limit refuses nothing real and bounds the wait.
MAX_YAML_BYTES = 4 * 1024 * 1024


def read_ems(raw: bytes) -> JourneyMap:
    if len(raw) > MAX_YAML_BYTES:
        raise InteropError(f"the file is {len(raw):,} bytes; YAML files larger than {MAX_YAML_BYTES:,} are refused")
    documents = load_documents(decode_text(raw))
    doc = next((d for d in documents if isinstance(d, dict) and d.get("kind") == "cjm"), None)
    if doc is None:
        kinds = sorted({str(d.get("kind")) for d in documents if isinstance(d, dict)})
        found = f" (found: {', '.join(kinds)})" if kinds else ""
        raise InteropError(f"no 'kind: cjm' document, so no customer journey to import{found}")
    b = MapBuilder()
    m = b.m
    doc_id = _get(doc, "id", "cjm", str, "text", required=False)
    m.title = checked(
        "map", "title", doc.get("title") if isinstance(doc.get("title"), str) else doc_id, _at(doc, "id", "cjm.id")
    )
    m.extra["ems"] = {k: doc[k] for k in ("id", "version") if isinstance(doc.get(k), str)}
    if "persona" in doc:
        persona = _get(doc, "persona", "cjm", dict, "an object")
        m.persona.name = checked(
            "persona", "name", _get(persona, "name", "persona", str, "text"), _at(persona, "name", "persona.name")
        )
        m.persona.description = checked(
            "persona", "description", _get(persona, "description", "persona", str, "text", required=False),
            _at(persona, "description", "persona.description"),
        )  # fmt: skip
    phases = {}
    for i, item in enumerate(_get(doc, "phases", "cjm", list, "a list")):
        path = f"phases[{i}]"
        if not isinstance(item, dict):
            raise InteropError(f"{_at(doc, 'phases', path)}: expected an object with id and name")
        phase_id = _get(item, "id", path, str, "text")
        if phase_id in phases:
            raise InteropError(f"{_at(item, 'id', path + '.id')}: the phase id {phase_id!r} is used twice")
        name = _get(item, "name", path, str, "text")
        phases[phase_id] = b.phase(name, _at(item, "name", path + ".name"), {"ems": {"id": phase_id}})
    touchpoints_lane = b.lane(LaneKind.TOUCHPOINTS, "Touchpoints", "lanes")
    thoughts_lane = b.lane(LaneKind.THINKS, "Thoughts and feelings", "lanes")
    b.lane(LaneKind.EMOTION_CURVE, "Emotion curve", "lanes")
    for i, action in enumerate(_get(doc, "actions", "cjm", list, "a list")):
        path = f"actions[{i}]"
        if not isinstance(action, dict):
            raise InteropError(f"{_at(doc, 'actions', path)}: expected an object")
        phase_ref = _get(action, "phase", path, str, "text")
        if phase_ref not in phases:
            raise InteropError(f"{_at(action, 'phase', path + '.phase')}: no phase has the id {phase_ref!r}")
        score = _get(action, "emotion_score", path, int, "a whole number from -2 to 2")
        tp = b.touchpoint(
            phases[phase_ref],
            _get(action, "name", path, str, "text"),
            _at(action, "name", path + ".name"),
            emotion=checked("touchpoint", "emotion", score, _at(action, "emotion_score", path + ".emotion_score")),
            extra={"ems": {"id": _get(action, "id", path, str, "text")}},
        )
        for key, lane in (("touchpoints", touchpoints_lane), ("thoughts_feelings", thoughts_lane)):
            for j, text in enumerate(_texts(action, key, path)):
                b.card(lane, tp.id, text, _at(action, key, f"{path}.{key}[{j}]"))
    texts = [m.title, m.persona.name, *(p.name for p in m.phases), *(c.text for c in m.cards.values())]
    m.language = "ja" if any(_JAPANESE.search(t) for t in texts) else "en"
    return b.finish()
