"""Cards on the clipboard: as map data (for pasting into any map) and as plain text.

Pasting text from elsewhere makes one card per paragraph; HTML is reduced to its plain text.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocumentFragment

from ..commands.edits import CARD_SPEC_FIELDS
from ..model.entities import JourneyMap
from ..model.values import MAX_TEXT_LENGTH
from .mime import CARDS_MIME

FORMAT = "cxdesigner-cards/1"


def cards_to_mime(m: JourneyMap, card_ids: list[str]) -> QMimeData:
    cards = [m.cards[c] for c in card_ids if c in m.cards]
    specs = []
    for card in cards:
        spec: dict[str, Any] = {k: getattr(card, k) for k in CARD_SPEC_FIELDS}
        spec = {k: (str(v) if v is not None else None) for k, v in spec.items()}
        spec["lane_kind"] = str(m.lane(card.lane_id).kind)
        specs.append(spec)
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps({"format": FORMAT, "cards": specs}, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n\n".join(card.text for card in cards))
    return mime


def cards_from_mime(mime: QMimeData | None) -> list[dict[str, Any]]:
    """Card specs for :func:`cxdesigner.commands.edits.insert_cards`; empty if nothing usable."""
    if mime is None:
        return []
    if mime.hasFormat(CARDS_MIME):
        try:
            data = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
            cards = data["cards"] if data.get("format") == FORMAT else []
            specs = [
                {k: c[k] for k in CARD_SPEC_FIELDS if isinstance(c, dict) and k in c}
                for c in cards
                if isinstance(c, dict)
            ]
            if specs:
                return specs
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # fall back to the text flavour
    text = plain_text_of(mime)
    if text is None:
        return []
    return [{"text": p[:MAX_TEXT_LENGTH]} for p in _paragraphs(text)]


def plain_text_of(mime: QMimeData) -> str | None:
    """The plain text a paste should insert: the text flavour, or HTML reduced to its text."""
    if mime.hasText():
        return mime.text()
    if mime.hasHtml():
        return QTextDocumentFragment.fromHtml(mime.html()).toPlainText()
    return None


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    return [b for b in blocks if b.strip()]
