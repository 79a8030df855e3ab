"""Guard against the PySide6 6.12.0 / CPython 3.11 defect: every void method call dropped a
reference to None until the interpreter died ("none_dealloc"). We pin <6.12 on 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage, QPainter, QPen


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:  # noqa: ANN001
    obj = QObject()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen()
    for _ in range(200):  # warm up caches first
        obj.setObjectName("x")
    before = sys.getrefcount(None)
    for i in range(5000):
        obj.setObjectName(f"n{i % 7}")
        painter.setPen(pen)
        if i % 50 == 0:
            QCoreApplication.processEvents()
    after = sys.getrefcount(None)
    painter.end()
    # On 3.12+ None is immortal and the count is a constant; on 3.11 it must not fall.
    assert after >= before - 50, (before, after)
