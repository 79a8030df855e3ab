"""Whole-process start-up: CX Designer showing the example map against a bare PySide6 window.

    python benchmarks/bench_startup.py [--runs 7]

Both run offscreen in fresh interpreters; each run ends right after the first shown frame
(`--quit-after 0` makes the app quit from its event loop once the window is up). Median of
``--runs``; the ratio is ours ÷ floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1200, 800); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def timed(cmd: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    timed([sys.executable, "-c", BARE])  # warm the file cache for both
    timed([sys.executable, "-m", "cxdesigner", "--quit-after", "0"])
    bare = statistics.median(timed([sys.executable, "-c", BARE]) for _ in range(args.runs))
    ours = statistics.median(timed([sys.executable, "-m", "cxdesigner", "--quit-after", "0"]) for _ in range(args.runs))
    print(f"bare PySide6 window: {bare:.3f} s")
    print(f"cxdesigner + example map: {ours:.3f} s")
    print(f"ratio: {ours / bare:.2f}")


if __name__ == "__main__":
    main()
