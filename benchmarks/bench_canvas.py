"""Canvas benchmark (not a test): CX Designer's canvas against a bare QGraphicsScene floor.

For maps of 1,000 / 5,000 / 20,000 cards, each variant runs in a fresh process:

- ``create``: from nothing to the first painted frame (layout, items, view, one paint);
- ``open``: (ours only) load the .cxmap file cold, then as ``create``;
- ``drag``: time per drag step (one mouse move + the partial repaint it causes), median/p95/max;
- ``fit`` / ``100``: one full repaint of the viewport at fit-to-view and at 100 %;
- ``mem``: growth of the process's resident memory while creating the scene.

The floor is a QGraphicsScene with the same number of simple custom-painted items (a filled
rectangle each) placed on a grid of the same size. Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py [--sizes 1000 5000 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VIEW_W, VIEW_H = 1600, 1000
DRAG_STEPS = 120


def rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def make_map(n_cards: int):  # noqa: ANN201
    """A map with about 50 cards per column, 8 card lanes, and an emotion curve."""
    from cxdesigner.model import Card, Channel, JourneyMap, Lane, LaneKind, Phase, Touchpoint
    from cxdesigner.model.operations import InsertCard, InsertLane, InsertPhase

    m = JourneyMap(f"Benchmark map, {n_cards} cards")
    columns = max(10, n_cards // 50)
    phases = max(2, columns // 5)
    words = "the customer waits for an answer and wonders whether anyone read the form".split()
    for p in range(phases):
        tps = [Touchpoint(f"tp-{p}-{t}", f"Touchpoint {p}.{t}", list(Channel)[t % 13], emotion=(p + t) % 5 - 2)
               for t in range(columns // phases)]
        InsertPhase(Phase(f"ph-{p}", f"Phase {p}", tps)).apply(m)
    kinds = [LaneKind.EXPECTATIONS, LaneKind.THINKS, LaneKind.FEELS, LaneKind.SEES, LaneKind.DOES,
             LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS, LaneKind.BACKSTAGE]
    for i, kind in enumerate(kinds):
        InsertLane(Lane(f"ln-{i}", kind, kind.value)).apply(m)
    InsertLane(Lane("ln-curve", LaneKind.EMOTION_CURVE, "Emotion")).apply(m)
    anchors = [tp.id for tp in m.touchpoints()]
    for i in range(n_cards):
        text = " ".join(words[(i + k) % len(words)] for k in range(3 + i % 9))
        InsertCard(Card(f"cd-{i}", text, f"ln-{i % len(kinds)}", anchors[(i // len(kinds)) % len(anchors)])).apply(m)
    return m


def _paint_time(view, app) -> float:  # noqa: ANN001
    app.processEvents()
    t = time.perf_counter()
    view.viewport().repaint()
    return time.perf_counter() - t


def run_one(size: int, variant: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView

    from cxdesigner.ui.app import ensure_app

    app = ensure_app()
    m = make_map(size)
    result: dict = {"size": size, "variant": variant}
    path = None
    if variant == "ours-open":
        from cxdesigner.storage import save_map

        path = Path(tempfile.mkdtemp()) / "bench.cxmap"
        save_map(m, path, keep_backup=False)
        del m
    rss0 = rss_kb()
    t0 = time.perf_counter()
    if variant.startswith("ours"):
        from cxdesigner.ui.canvas.scene import MapScene
        from cxdesigner.ui.canvas.view import MapView
        from cxdesigner.ui.document import Document

        doc = Document.open(path) if path else Document(m)
        scene = MapScene(doc)
        view = MapView(scene)
    else:

        class Box(QGraphicsItem):
            def __init__(self, w: float, h: float) -> None:
                super().__init__()
                self.r = QRectF(0, 0, w, h)

            def boundingRect(self) -> QRectF:
                return self.r

            def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
                painter.setBrush(QColor("#fdf1c7"))
                painter.drawRect(self.r)

        scene = QGraphicsScene()
        columns = max(10, size // 50)
        per_column = size // columns + 1
        for i in range(size):
            item = Box(158, 40)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            item.setPos(154 + (i % columns) * 172, 150 + (i // columns) * 46)
            scene.addItem(item)
        del per_column
        view = QGraphicsView(scene)
        view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    view.viewport().repaint()
    result["create_s"] = time.perf_counter() - t0
    result["mem_mb"] = (rss_kb() - rss0) / 1024
    if variant == "ours-open":
        return result

    # Full frames.
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    _paint_time(view, app)  # warm caches
    result["fit_s"] = min(_paint_time(view, app) for _ in range(3))
    view.resetTransform()
    view.centerOn(QPointF(VIEW_W / 2, VIEW_H / 2))
    _paint_time(view, app)
    result["at100_s"] = min(_paint_time(view, app) for _ in range(3))

    # Drag steps: press on an item in view, move in small steps; each step = event + repaint.
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    app.processEvents()
    vp = view.viewport()
    if variant.startswith("ours"):
        card = min(scene.cards.values(), key=lambda it: (it.pos().y(), it.pos().x()))
        start = view.mapFromScene(card.sceneBoundingRect().center())
    else:
        start = QPoint(300, 200)
        item = view.itemAt(start)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = []
    for i in range(1, DRAG_STEPS + 1):
        p = start + QPoint(i * 4, (i * 3) % 200)
        t = time.perf_counter()
        QTest.mouseMove(vp, p)
        app.processEvents()  # the scene's dirty regions are repainted here (partial repaint)
        steps.append(time.perf_counter() - t)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    steps.sort()
    result["drag_median_ms"] = statistics.median(steps) * 1000
    result["drag_p95_ms"] = steps[int(len(steps) * 0.95) - 1] * 1000
    result["drag_max_ms"] = steps[-1] * 1000
    QApplication.processEvents()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "VARIANT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(int(args.one[0]), args.one[1])))
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    rows = []
    for size in args.sizes:
        got = {}
        for variant in ("floor", "ours", "ours-open"):
            out = subprocess.run([sys.executable, __file__, "--one", str(size), variant], capture_output=True,
                                 text=True, env=env, check=True)
            got[variant] = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(got)
        f, o, op = got["floor"], got["ours"], got["ours-open"]
        print(f"\n== {size:,} cards ==")
        print(f"{'metric':<22}{'ours':>12}{'floor':>12}{'ratio':>8}")
        for key, label, scale, unit in (
            ("create_s", "start→first frame", 1000, "ms"),
            ("fit_s", "frame, fit to view", 1000, "ms"),
            ("at100_s", "frame, 100 %", 1000, "ms"),
            ("drag_median_ms", "drag step median", 1, "ms"),
            ("drag_p95_ms", "drag step p95", 1, "ms"),
            ("drag_max_ms", "drag step max", 1, "ms"),
            ("mem_mb", "memory growth", 1, "MB"),
        ):
            a, b = o[key] * scale, f[key] * scale
            ratio = a / b if b > 0 else float("nan")
            print(f"{label:<22}{a:>10.2f}{unit:>2}{b:>10.2f}{unit:>2}{ratio:>8.2f}")
        print(f"{'open file cold→frame':<22}{op['create_s'] * 1000:>10.1f}ms")
    del rows


if __name__ == "__main__":
    main()
