"""Load, save and layout speed against the plain-JSON floor, measured in one run.

    python benchmarks/bench_storage.py [--sizes 1000,10000,50000] [--repeat 3]

For each map size: save (dumps_map) against ``json.dumps`` of the same data with the same
arguments; load (loads_map: strict parsing, validation, model) against ``json.loads`` of the same
text; and the layout, also with one link per ten cards (flow links between neighbouring cards,
routed by the layout: ``+links`` is that layout's time ÷ the plain one). Best of ``--repeat``
runs; ratios are ours ÷ floor.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cxdesigner.layout import compute_layout  # noqa: E402
from cxdesigner.layout.text_wrap import _wrap_cached  # noqa: E402
from cxdesigner.model import LinkKind  # noqa: E402
from cxdesigner.storage import dumps_map, loads_map  # noqa: E402
from tests.factories import generated_map  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    print(
        f"{'cards':>7} {'bytes':>11} {'save s':>8} {'json.dumps':>10} {'ratio':>6} {'load s':>8} {'json.loads':>10}"
        f" {'ratio':>6} {'layout s':>9} {'+links':>7}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        measure_size(n, args.repeat)


def measure_size(n: int, repeat: int) -> None:
    """One row of the table (its own function, so the timed lambdas bind this size's data)."""
    m = generated_map(n)
    text = dumps_map(m)
    data = json.loads(text)
    save = best(lambda: dumps_map(m), repeat)
    save_floor = best(lambda: json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), repeat)
    load = best(lambda: loads_map(text), repeat)
    load_floor = best(lambda: json.loads(text), repeat)

    def layout_cold() -> None:
        _wrap_cached.cache_clear()  # measure real line breaking, not the cache
        compute_layout(m)

    layout = best(layout_cold, repeat)
    ids = list(m.cards)
    m.links.update({(a, b): LinkKind.FLOW for a, b in zip(ids[::10], ids[1::10], strict=False)})
    linked = best(layout_cold, repeat)
    print(
        f"{n:>7} {len(text.encode()):>11,} {save:>8.3f} {save_floor:>10.3f} {save / save_floor:>6.2f}"
        f" {load:>8.3f} {load_floor:>10.3f} {load / load_floor:>6.2f} {layout:>9.3f} {linked / layout:>7.2f}"
    )


if __name__ == "__main__":
    main()
