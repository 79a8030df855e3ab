"""A process saving a large map is killed (SIGKILL) at random points, 100 times; after every kill
the file on disk is byte for byte the old or the new version, never a mixture or a truncation.

The child saves the two versions of a 5,000-card map alternately with the real ``atomic_write``
(``save_map`` is ``atomic_write(dumps_map(m))``; encoding happens before anything is written, so
the child is given the encoded bytes and spends its time in the part that can be interrupted).
It is started with ``python -S`` and the repository on ``sys.path`` so that 100 starts stay cheap.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cxdesigner
from cxdesigner.storage import dumps_map, load_map
from tests.storage.helpers import big_map, listing

REPO = Path(cxdesigner.__file__).resolve().parent.parent
KILLS = 100

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from cxdesigner.storage.atomic import atomic_write
target, a_path, b_path = sys.argv[2:5]
with open(a_path, "rb") as f:
    A = f.read()
with open(b_path, "rb") as f:
    B = f.read()
print("ready", flush=True)
while True:
    with open(target, "rb") as f:
        current = f.read()
    if current not in (A, B):
        sys.exit("the file on disk is neither version")
    atomic_write(target, B if current == A else A)
    print("saved", flush=True)
"""


@pytest.mark.slow
def test_killed_while_saving_leaves_the_old_or_the_new_version(tmp_path):
    rng = random.Random(20261122)
    version_a = dumps_map(big_map(5000, "Version A")).encode("utf-8")
    version_b = dumps_map(big_map(5000, "Version B", seed_text="B: ")).encode("utf-8")
    assert version_a != version_b and len(version_a) > 1_000_000
    work = tmp_path / "maps"
    work.mkdir()
    (tmp_path / "a.bin").write_bytes(version_a)
    (tmp_path / "b.bin").write_bytes(version_b)
    target = work / "journey.cxmap"
    target.write_bytes(version_a)
    backup = work / "journey.cxmap.bak"

    outcomes = {"a": 0, "b": 0}
    mid_save = 0
    saves = 0
    started = time.monotonic()
    for kill in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-S",
                "-c",
                CHILD,
                str(REPO),
                str(target),
                str(tmp_path / "a.bin"),
                str(tmp_path / "b.bin"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            ready = child.stdout.readline()
            assert ready == "ready\n", child.stderr.read()
            time.sleep(rng.uniform(0, 0.12))  # a save of this map takes ~10–40 ms here
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, f"kill {kill}: the child stopped by itself: {err}"
        saves += out.count("saved")

        on_disk = target.read_bytes()
        assert on_disk in (version_a, version_b), (
            f"kill {kill}: the file is a mixture or truncated ({len(on_disk)} bytes)"
        )
        outcomes["a" if on_disk == version_a else "b"] += 1
        if backup.exists():
            assert backup.read_bytes() in (version_a, version_b), f"kill {kill}: the backup is damaged"
        leftovers = [name for name in listing(work) if name not in ("journey.cxmap", "journey.cxmap.bak")]
        assert all(name.endswith(".cxtmp") for name in leftovers), leftovers
        if leftovers:
            mid_save += 1  # killed between creating the temporary file and renaming it
            for name in leftovers:
                (work / name).unlink()

    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.1f} s: {saves} completed saves, {mid_save} kills mid-save, {outcomes}")
    # The kills must really have landed among saves, or the test proves nothing.
    assert saves >= KILLS // 5, "the child hardly ever completed a save"
    assert mid_save >= KILLS // 10, f"only {mid_save} of {KILLS} kills landed while a temporary file existed"
    assert outcomes["a"] > 0 and outcomes["b"] > 0
    assert load_map(target).title in ("Version A", "Version B")
