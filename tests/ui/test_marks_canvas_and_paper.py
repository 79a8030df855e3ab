"""Screen and paper draw workshop marks from one computation: the canvas's metrics blocks sit
where ``Layout.metrics`` says and write what the PDF writes; the card star is the same gold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF

from cxdesigner.export.pdf import export_pdf
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.layout.marks import STAR_FILL, card_star, metric_rows
from cxdesigner.model import LaneKind
from tests.export.helpers import all_text, squeeze
from tests.export.marks_maps import marked_map, starred_card_id


def test_canvas_metrics_items_use_the_layout_rects_and_print_the_same_texts(  # noqa: ANN001
    make_window, tmp_path: Path
) -> None:
    m = marked_map()
    w = make_window(m)
    w.scene.flush()
    layout = w.scene.layout
    assert set(w.scene.metrics_items) == set(layout.metrics)
    for key, rect in layout.metrics.items():
        item = w.scene.metrics_items[key]
        assert item.mapRectToScene(item.boundingRect()) == QRectF(rect.x, rect.y, rect.w, rect.h)
    path = tmp_path / "map.pdf"
    export_pdf(m, path, PdfOptions())
    from pypdf import PdfReader

    printed = all_text(PdfReader(path))
    for item in w.scene.metrics_items.values():
        for line in item.texts():
            assert squeeze(line) in printed, line
    tp = m.touchpoints()[0]
    assert w.scene.metrics_items[(next(ln.id for ln in m.lanes if ln.kind is LaneKind.METRICS), tp.id)].texts() == [
        r.text for r in metric_rows(tp.nps, tp.ces)
    ]


def test_canvas_star_on_a_flagged_card_is_the_shared_gold(make_window) -> None:  # noqa: ANN001
    m = marked_map()
    w = make_window(m)
    w.scene.flush()
    card_id = starred_card_id(m)
    box = w.scene.layout.cards[card_id]
    cx, cy, r = card_star(box.rect)
    w.view.ensureVisible(QRectF(cx - 20, cy - 20, 40, 40))
    image = w.view.viewport().grab().toImage()
    centre = w.view.mapFromScene(cx, cy + r * 0.2)  # just below the centre: inside the star's body
    colours = {
        image.pixelColor(centre.x() + dx, centre.y() + dy).name() for dx in range(-2, 3) for dy in range(-2, 3)
    }
    assert STAR_FILL in colours, colours


def test_image_export_legend_draws_the_sample_vote_plate(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QImage, QPainter

    from cxdesigner.ui.image_export import SheetExtrasItem, map_scene

    scene = map_scene(marked_map())
    extras = next(i for i in scene.items() if isinstance(i, SheetExtrasItem))
    marker = next(mk for mk in extras.sheet.markers if mk.kind == "votes")
    zoom = 4
    area = QRectF(marker.x - marker.size / 2, marker.y - 6, marker.size, 12)
    image = QImage(int(area.width() * zoom), int(area.height() * zoom), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), area)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert {"#e69f00", "#56b4e9"} <= colours  # the two participants' dots, not a curve point
