"""MIME types the app puts on drags and the clipboard."""

PALETTE_MIME = "application/x-cxdesigner-palette"  # payload: "phase", "touchpoint:web", "card:thinks"
CARDS_MIME = "application/x-cxdesigner-cards"  # payload: JSON, see ui/clipboard.py
