"""Small helpers shared by the workshop panels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...metrics import ces_summary, nps_summary


def _tr(text: str) -> str:
    return QCoreApplication.translate("Metrics", text)


def focus_item(window, item_id: str) -> bool:  # noqa: ANN001 - the MainWindow
    """Select the card, touchpoint, phase or lane ``item_id`` and scroll the canvas to it."""
    scene, view = window.scene, window.view
    if scene is None or view is None:
        return False
    scene.flush()
    scene.select_ids([item_id])
    item = scene.cards.get(item_id)
    if item is None:
        item = next((h for (_k, i), h in scene.headers.items() if i == item_id), None)
    if item is None:
        return False
    rect = item.mapRectToScene(item.boundingRect())
    view.centerOn(rect.center())
    view.ensureVisible(rect, 30, 30)
    view.setFocus()
    return True


def nps_text(counts) -> str:  # noqa: ANN001
    s = nps_summary(counts)
    if not s.n:
        return ""
    score = f"{s.score:+.0f}".replace("-", "\u2212")
    return (
        _tr("NPS %1 (n %2: %3 promoters, %4 passives, %5 detractors)")
        .replace("%1", score)
        .replace("%2", str(s.n))
        .replace("%3", str(s.promoters))
        .replace("%4", str(s.passives))
        .replace("%5", str(s.detractors))
    )


def ces_text(counts) -> str:  # noqa: ANN001
    s = ces_summary(counts)
    if not s.n:
        return ""
    share = str(round(100 * s.share_less))
    dist = " / ".join(str(c) for c in s.distribution)
    return (
        _tr("CES %1 % less effort than expected (n %2; steps 1–5: %3)")
        .replace("%1", share)
        .replace("%2", str(s.n))
        .replace("%3", dist)
    )
