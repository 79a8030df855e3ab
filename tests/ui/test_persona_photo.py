"""The persona photo from real picture files: big PNGs shrink to a small JPEG, EXIF turns are
applied, transparency becomes white, bad files change nothing and say why; the photo is one undo
step, is saved in the file, and shows on the canvas."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.model.values import MAX_PHOTO_BYTES, photo_type
from cxdesigner.storage import load_map
from cxdesigner.ui.panels import persona_panel
from cxdesigner.ui.panels.persona_photo import MAX_FILE_BYTES, MAX_SIDE, photo_from_file

from .conftest import vp


def noise_png(path: Path, width: int = 3000, height: int = 2000) -> Path:
    """A real, big PNG of random pixels: the hardest picture to compress."""
    image = QImage(os.urandom(width * height * 4), width, height, QImage.Format.Format_RGB32)
    assert image.save(str(path), "PNG")
    return path


def two_colour_png(path: Path, width: int = 1200, height: int = 800) -> Path:
    """Left half red, right half blue: cropping and turning can be checked by colour."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    painter = QPainter(image)
    painter.fillRect(width // 2, 0, width - width // 2, height, QColor("#0000ff"))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def decoded(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


def near(color: QColor, hex_: str, tolerance: int = 40) -> bool:
    want = QColor(hex_)
    return all(abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], want.getRgb()[:3], strict=True))


def photo_window(make_window):  # noqa: ANN001, ANN201
    window = make_window()
    window.persona_dock.show()
    QApplication.processEvents()
    return window, window.persona_panel


def test_a_big_png_becomes_a_small_jpeg_in_one_undo_step(make_window, tmp_path) -> None:  # noqa: ANN001
    path = noise_png(tmp_path / "big.png")
    assert path.stat().st_size > 10 * MAX_PHOTO_BYTES
    window, panel = photo_window(make_window)
    stack = window.document.undo_stack
    before = stack.count()
    assert panel.set_photo_from(str(path))
    photo = window.document.map.persona.photo
    assert photo_type(photo) == "image/jpeg" and len(photo) <= MAX_PHOTO_BYTES
    image = decoded(photo)
    assert (image.width(), image.height()) == (MAX_SIDE, 320)
    assert stack.count() == before + 1 and stack.text(stack.count() - 1) == "Set persona photo"
    assert not panel.photo.pixmap().isNull()
    assert panel.remove_photo.isEnabled()
    stack.undo()
    assert window.document.map.persona.photo == b""
    assert panel.photo.pixmap().isNull() and not panel.remove_photo.isEnabled()


def test_the_photo_is_saved_in_the_file_and_loaded_back(make_window, tmp_path) -> None:  # noqa: ANN001
    window, panel = photo_window(make_window)
    assert panel.set_photo_from(str(two_colour_png(tmp_path / "p.png")))
    photo = window.document.map.persona.photo
    window.document.save(tmp_path / "map.cxmap")
    assert load_map(tmp_path / "map.cxmap").persona.photo == photo


def test_exif_orientation_turns_the_photo_upright(tmp_path) -> None:  # noqa: ANN001
    # Stored 600×300, left red and right blue, with "rotate 90° clockwise to view" (orientation 6).
    stored = Image.new("RGB", (600, 300), (255, 0, 0))
    stored.paste((0, 0, 255), (300, 0, 600, 300))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "phone.jpg"
    stored.save(path, "JPEG", exif=exif.tobytes(), quality=95)
    image = decoded(photo_from_file(path))
    assert (image.width(), image.height()) == (240, MAX_SIDE)  # portrait, as the camera meant
    assert near(image.pixelColor(120, 40), "#ff0000") and near(image.pixelColor(120, 440), "#0000ff")


def test_transparency_becomes_white(tmp_path) -> None:  # noqa: ANN001
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    path = tmp_path / "clear.png"
    image.save(str(path))
    photo = decoded(photo_from_file(path))
    assert near(photo.pixelColor(100, 50), "#ffffff", 3)


@pytest.mark.parametrize("kind", ["corrupt", "text", "huge", "folder", "missing"])
def test_a_bad_file_changes_nothing_and_says_why(make_window, tmp_path, no_modal_dialogs, kind) -> None:  # noqa: ANN001
    path = tmp_path / "photo.png"
    if kind == "corrupt":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(300))
    elif kind == "text":
        path.write_text("not a picture at all", encoding="utf-8")
    elif kind == "huge":
        with path.open("wb") as f:
            f.truncate(MAX_FILE_BYTES + 1)  # a real file that size (sparse on disk)
    elif kind == "folder":
        path.mkdir()
    window, panel = photo_window(make_window)
    window.document.edit(persona_panel.edits.set_fields, "persona", "", "Set persona photo",
                         photo=decoded_jpeg_bytes())
    m, stack = window.document.map, window.document.undo_stack
    before, photo = stack.count(), m.persona.photo
    assert not panel.set_photo_from(str(path))
    assert m.persona.photo == photo and stack.count() == before
    assert no_modal_dialogs == ["Photo Not Used"]
    assert not panel.photo.pixmap().isNull()  # the old photo still shows


def decoded_jpeg_bytes() -> bytes:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#00aa00"))
    from cxdesigner.ui.panels.persona_photo import photo_from_image

    return photo_from_image(image)


def test_bad_file_messages_name_the_problem(tmp_path) -> None:  # noqa: ANN001
    from cxdesigner.ui.panels.persona_photo import PhotoError

    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(PhotoError, match="choose a picture under 50 MB"):
        photo_from_file(huge)
    text = tmp_path / "notes.png"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(PhotoError, match="not a picture that can be read"):
        photo_from_file(text)
    with pytest.raises(PhotoError, match="cannot be read"):
        photo_from_file(tmp_path / "missing.png")


def test_choose_and_remove_buttons(make_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    path = two_colour_png(tmp_path / "pick.png")
    monkeypatch.setattr(persona_panel.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window, panel = photo_window(make_window)
    stack = window.document.undo_stack
    assert not panel.remove_photo.isEnabled()
    QTest.mouseClick(panel.choose_photo, Qt.MouseButton.LeftButton)
    assert window.document.map.persona.photo
    QTest.mouseClick(panel.remove_photo, Qt.MouseButton.LeftButton)
    assert window.document.map.persona.photo == b""
    assert [stack.text(i) for i in range(stack.count())][-2:] == ["Set persona photo", "Remove persona photo"]


def test_a_dropped_picture_file_becomes_the_photo(make_window, tmp_path) -> None:  # noqa: ANN001
    path = two_colour_png(tmp_path / "dropped.png")
    window, panel = photo_window(make_window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    target = panel.photo
    pos = QPointF(target.rect().center())
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert window.document.map.persona.photo


def test_the_canvas_shows_the_persona_box_with_its_photo(make_window, tmp_path) -> None:  # noqa: ANN001
    window, panel = photo_window(make_window)
    scene = window.scene
    item = scene.persona_item
    assert not item.isVisible() and scene.layout.persona is None  # no persona yet: no box
    assert panel.set_photo_from(str(two_colour_png(tmp_path / "p.png", 800, 800)))
    window.document.edit(persona_panel.edits.set_fields, "persona", "", "Edit persona name", name="Aino")
    scene.flush()
    box = scene.layout.persona
    assert item.isVisible() and item.has_photo()
    assert item.sceneBoundingRect().contains(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))
    # Paint the scene's photo square and look at its pixels: red on the left, blue on the right.
    r = box.photo_rect
    image = QImage(int(r.w) * 2, int(r.h) * 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), QRectF(r.x, r.y, r.w, r.h))
    painter.end()
    assert near(image.pixelColor(image.width() // 4, image.height() // 2), "#ff0000")
    assert near(image.pixelColor(3 * image.width() // 4, image.height() // 2), "#0000ff")
    # The name is drawn in the box (not in the subtitle any more).
    assert box.name.lines == ("Aino",)
    assert not any("Aino" in line for line in scene.layout.subtitle.lines)


def test_double_clicking_the_persona_box_opens_the_dock(make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.document.edit(persona_panel.edits.set_fields, "persona", "", "Edit persona name", name="Aino")
    window.scene.flush()
    assert not window.persona_dock.isVisible()
    box = window.scene.layout.persona.rect
    point: QPoint = vp(window.view, QPointF(box.x + box.w - 20, box.y + box.h / 2))
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.persona_dock.isVisible()
    assert window.persona_panel.name.hasFocus()
    assert window.view.editing.editor is None or not window.view.editing.editor.isVisible()


def test_quality_drops_step_by_step_before_the_picture_shrinks(qapp, monkeypatch) -> None:  # noqa: ANN001
    from cxdesigner.ui.panels import persona_photo

    noise = QImage(os.urandom(480 * 320 * 4), 480, 320, QImage.Format.Format_RGB32)
    full = len(persona_photo._jpeg(noise, 85))
    monkeypatch.setattr(persona_photo, "MAX_PHOTO_BYTES", full * 2 // 3)
    photo = persona_photo.photo_from_image(noise)
    assert len(photo) <= full * 2 // 3 and (decoded(photo).width(), decoded(photo).height()) == (480, 320)
    lowest = len(persona_photo._jpeg(noise, persona_photo.QUALITIES[-1]))
    monkeypatch.setattr(persona_photo, "MAX_PHOTO_BYTES", lowest // 2)  # even the lowest quality is too big
    photo = persona_photo.photo_from_image(noise)
    assert len(photo) <= lowest // 2 and decoded(photo).width() < 480
