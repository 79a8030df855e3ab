"""PNG and SVG through the canvas's scene (cxdesigner.ui.image_export): real files, read back."""

from __future__ import annotations

import datetime
import errno
import os
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from cxdesigner.commands import History, remove_cards
from cxdesigner.layout import compute_layout
from cxdesigner.storage import SaveError
from cxdesigner.templates import load_template
from cxdesigner.ui.app import ensure_app
from cxdesigner.ui.canvas.scene import ui_style
from cxdesigner.ui.image_export import export_image, image_bytes, image_points, image_size
from tests.factories import small_map

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _app() -> None:
    ensure_app()


def _dark_pixels(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    n = 0
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            if QColor(image.pixel(x, y)).lightness() < 90:
                n += 1
    return n


@pytest.mark.parametrize("dpi", [72, 150])
def test_png_has_the_layout_size_times_dpi_and_shows_card_text(tmp_path, dpi: int) -> None:
    m = small_map()
    emptied = next(key for key, ids in m.cells.items() if ids)
    History(m).push(remove_cards(m, list(m.cells[emptied])))
    path = tmp_path / "map.png"
    assert export_image(m, path, dpi=dpi) == []
    image = QImage(str(path))
    assert not image.isNull()
    layout = compute_layout(m, ui_style())
    width, height = image_points(m)  # the layout, and the title block and legend below it
    assert width == layout.width and height > layout.height
    assert (image.width(), image.height()) == (round(width * dpi / 72), round(height * dpi / 72))
    assert image_size(m, dpi).toTuple() == (image.width(), image.height())
    assert round(image.dotsPerMeterX() * 0.0254) == dpi
    # Not blank: many colours; the corner is white (no transparency).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20
    assert QColor(image.pixel(1, 1)) == QColor("#ffffff")
    assert not image.hasAlphaChannel()
    # Dark text pixels inside a card (the text area), none in an empty cell.
    k = dpi / 72
    card = next(iter(layout.cards.values())).rect
    assert (
        _dark_pixels(image, int(card.x * k) + 2, int(card.y * k) + 2, int(card.right * k) - 2, int(card.bottom * k) - 2)
        > 15
    )
    empty = layout.cells[emptied].rect
    assert (
        _dark_pixels(
            image, int(empty.x * k) + 3, int(empty.y * k) + 3, int(empty.right * k) - 3, int(empty.bottom * k) - 3
        )
        == 0
    )


def test_png_text_is_as_tall_as_the_layout_says(tmp_path) -> None:
    """Pixel-sized fonts: a 9 pt card line is about 9 × dpi / 72 pixels high, not 3× off."""
    m = small_map(cards_per_cell=1)
    dpi = 216  # 3 pixels per point
    image = QImage.fromData(image_bytes(m, "png", dpi))
    layout = compute_layout(m, ui_style())
    box = next(iter(layout.cards.values()))
    text = box.text
    rows = [
        y
        for y in range(int(box.rect.y * 3) + 2, int(box.rect.bottom * 3) - 2)
        if _dark_pixels(image, int(box.rect.x * 3) + 3, y, int(box.rect.right * 3) - 3, y + 1) > 0
    ]
    ink_height = (max(rows) - min(rows) + 1) / 3  # points, over all lines
    expected = (len(text.lines) - 1) * text.line_height + text.size  # baseline-to-baseline + one em
    assert 0.6 * expected < ink_height < 1.3 * expected


def test_lane_subset_and_title_change_the_image(tmp_path) -> None:
    m = small_map()
    first = m.lanes[0].id
    full = QImage.fromData(image_bytes(m, "png", 72))
    one = QImage.fromData(image_bytes(m, "png", 72, lane_ids=[first], title="Other"))
    width, height = image_points(m, [first], "Other")
    assert (one.width(), one.height()) == (round(width), round(height))
    assert one.height() < full.height()
    svg = image_bytes(m, "svg", lane_ids=[first], title="Other title").decode()
    assert "Other title" in svg and m.lanes[0].name in svg and m.lanes[1].name not in svg
    assert m.title not in svg  # neither in the layout's title nor in the title block
    assert [ln.hidden for ln in m.lanes] == [False] * len(m.lanes)  # the map itself is untouched


def test_svg_is_well_formed_with_card_texts_as_text(tmp_path) -> None:
    m = load_template("palvelupolku-fi")
    path = tmp_path / "map.svg"
    assert export_image(m, path, source_name="palvelupolku.cxmap") == []
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    layout = compute_layout(m, ui_style())
    width, height = image_points(m, source_name="palvelupolku.cxmap")
    assert [float(v) for v in root.get("viewBox", "").split()] == pytest.approx([0, 0, width, height], abs=0.01)
    assert root.get("width", "").endswith("mm")
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    joined = " ".join(texts)
    for box in layout.cards.values():
        for line in box.text.lines:
            assert line in texts, line
    assert m.title in texts
    # The title block and the legend, as on the PDF's page (labels in the map's language).
    today = datetime.date.today()
    for expected in (
        "Otsikko:",
        "Persoona:",
        m.persona.name,
        "palvelupolku.cxmap",
        f"{today.day}.{today.month}.{today.year}",
    ):
        assert expected in texts, expected
    assert "Selite" in texts
    assert "ä" in joined and "ö" in joined  # Finnish letters as text, not outlines
    sizes = {t.get("font-size") for t in root.iter(f"{SVG}text")}
    assert str(int(ui_style().card_font_size)) in sizes


def test_markup_like_text_is_literal_in_the_svg(tmp_path) -> None:
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    card.text = "<b>bold</b> &amp; <img src='/etc/passwd'/>"
    root = ET.fromstring(image_bytes(m, "svg"))
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any("<b>bold</b>" in t for t in texts)
    assert not list(root.iter(f"{SVG}image"))


def test_failed_write_keeps_the_existing_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "map.png"
    path.write_bytes(b"old contents")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("cxdesigner.storage.atomic.os.write", full)
    with pytest.raises(SaveError):
        export_image(small_map(), path)
    assert path.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]
    with pytest.raises(SaveError, match="does not exist"):
        export_image(small_map(), tmp_path / "missing" / "map.svg")


def test_unknown_suffix_is_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match=".png or .svg"):
        export_image(small_map(), tmp_path / "map.jpg")
