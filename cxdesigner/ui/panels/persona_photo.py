"""A persona photo from a picture file: read, turned upright, scaled down and made a small JPEG.

The map file embeds the photo (at most ``values.MAX_PHOTO_BYTES``), so whatever the user picks —
a 20-megapixel camera JPEG, a PNG with transparency — becomes a JPEG whose longest side is at
most :data:`MAX_SIDE` pixels, on white where the picture was transparent.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from ...model.values import MAX_PHOTO_BYTES

MAX_SIDE = 480  # pixels: sharp in the header and on an A3 print, small in the file
MAX_FILE_BYTES = 50 * 1024 * 1024  # bigger files are not photos a person would pick for this
QUALITIES = (85, 75, 65, 55, 45, 35)


class PhotoError(ValueError):
    """The file cannot become a persona photo; the message says why, in the UI's language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaPhoto", text)


def photo_from_file(path: str | os.PathLike[str]) -> bytes:
    """JPEG bytes for the persona photo from the picture at ``path``; raises :class:`PhotoError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoError(_tr("The file cannot be read: %1").replace("%1", exc.strerror or str(exc))) from None
    if not path.is_file():
        raise PhotoError(_tr("Choose a picture file, not a folder."))
    if size > MAX_FILE_BYTES:
        megabytes = QLocale().toString(size / (1024 * 1024), "f", 0)
        raise PhotoError(
            _tr("The file is %1 MB; choose a picture under %2 MB.")
            .replace("%1", megabytes)
            .replace("%2", QLocale().toString(MAX_FILE_BYTES // (1024 * 1024)))
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone's portrait photo is stored sideways with an EXIF turn
    stored = reader.size()  # before that turn, which is also how a scaled size is meant
    longest = max(stored.width(), stored.height())
    if stored.isValid() and longest > 4 * MAX_SIDE:
        # Decode a camera picture at twice the final size (JPEG decodes scaled, using far less
        # memory); the smooth scaling below then makes the final one.
        scale = 2 * MAX_SIDE / longest
        reader.setScaledSize(QSize(max(1, round(stored.width() * scale)), max(1, round(stored.height() * scale))))
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            _tr("This file is not a picture that can be read (%1). Choose a JPEG or PNG photo.").replace(
                "%1", reader.errorString()
            )
        )
    return photo_from_image(image)


def photo_from_image(image: QImage) -> bytes:
    """``image`` as persona-photo JPEG bytes (scaled, flattened onto white, under the limit)."""
    if image.isNull():
        raise PhotoError(_tr("The picture is empty."))
    image = _fit(image, MAX_SIDE)
    while True:
        flat = _on_white(image)
        for quality in QUALITIES:
            data = _jpeg(flat, quality)
            if len(data) <= MAX_PHOTO_BYTES:
                return data
        if max(image.width(), image.height()) <= 64:
            raise PhotoError(_tr("The picture cannot be made small enough for the map file."))
        # Still too big at the lowest quality (a picture of pure noise): smaller, then again.
        image = _fit(image, int(max(image.width(), image.height()) * 0.75))


def _fit(image: QImage, side: int) -> QImage:
    if max(image.width(), image.height()) <= side:
        return image
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _on_white(image: QImage) -> QImage:
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("#ffffff"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _jpeg(image: QImage, quality: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", quality):
        raise PhotoError(_tr("The picture could not be converted to JPEG."))
    buffer.close()
    return bytes(data.data())


def is_picture_file(path: str) -> bool:
    """Whether ``path`` names a file Qt can read as a picture (by its name: for drag and drop)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return bool(suffix) and suffix.encode() in {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
