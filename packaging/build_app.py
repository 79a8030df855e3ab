"""Build the one-folder app with PyInstaller, then smoke-test the built app headless.

    python packaging/build_app.py [--dist build/app] [--work build/pyinstaller] [--skip-build]

Steps (each prints one line; any failure exits 1 with a message saying what failed):

1. install PyInstaller with pip into this Python when it is missing;
2. ``pyinstaller packaging/pyinstaller/cxdesigner.spec`` into ``--dist`` (the bundle is
   ``<dist>/cxdesigner/``);
3. smoke test, with ``QT_QPA_PLATFORM=offscreen`` and a throw-away HOME/XDG/APPDATA so it never
   touches the user's settings:
   * ``cxdesigner --quit-after 1`` opens the example map in the main window and exits 0;
   * ``cxdesigner --version``;
   * ``cxdesigner templates`` lists the built-in templates (read from the bundled
     ``cxdesigner_resources``);
   * ``cxdesigner validate`` on a template file inside the bundle, and on a map made by
     ``cxdesigner new --template palvelupolku-fi``;
   * ``cxdesigner export … -o map.pdf`` (reportlab and the bundled DejaVu fonts), ``-o map.md``
     (``cxdesigner.interop``), and ``.png``/``.svg`` once ``cxdesigner/ui/image_export.py`` exists;
   * every folder of ``resources/`` is present in the bundle.

Run the smoke test alone on an existing bundle with ``--skip-build``. Exit codes: 0 built and
passed, 1 a step failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "pyinstaller" / "cxdesigner.spec"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
GUI_TIMEOUT = 120  # seconds for `--quit-after 1`: a cold start of a fresh bundle on a busy machine
CLI_TIMEOUT = 120


class BuildError(Exception):
    """A step failed; the message says which and why."""


def log(message: str) -> None:
    print(f"build_app: {message}", flush=True)


def executable(bundle: Path) -> Path:
    """The app's executable in a one-folder bundle (the console one on Windows)."""
    if sys.platform.startswith("win"):
        return bundle / "cxdesigner-cli.exe"
    return bundle / "cxdesigner"


def resources_folder(bundle: Path) -> Path:
    """Where ``cxdesigner_resources`` sits in the bundle (PyInstaller ≥ 6: under ``_internal``)."""
    for candidate in (bundle / "_internal" / "cxdesigner_resources", bundle / "cxdesigner_resources"):
        if candidate.is_dir():
            return candidate
    raise BuildError(f"{bundle}: no cxdesigner_resources folder in the bundle")


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    log(f"PyInstaller is missing: pip install {PYINSTALLER_REQUIREMENT!r}")
    result = subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER_REQUIREMENT])
    if result.returncode != 0 or importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(f"could not install {PYINSTALLER_REQUIREMENT} with pip (exit {result.returncode})")


def build(dist: Path, work: Path, log_file: Path) -> None:
    ensure_pyinstaller()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    log(f"building: {' '.join(command)}")
    start = time.monotonic()
    with log_file.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); full log: {log_file}\n" + "\n".join(tail))
    log(f"built {dist / 'cxdesigner'} in {time.monotonic() - start:.0f} s (log: {log_file})")
    report_missing_libraries(log_file)


def report_missing_libraries(log_file: Path) -> None:
    """Name the system libraries PyInstaller could not find on this machine: the bundle then
    relies on the user's system for them (e.g. libxcb-icccm4 for the X11 platform plugin)."""
    missing: set[str] = set()
    for line in log_file.read_text(encoding="utf-8", errors="replace").splitlines():
        if "Library not found: could not resolve" in line:
            missing.add(line.split("resolve", 1)[1].split(",", 1)[0].strip(" '"))
    if missing:
        log(
            "note: not on the build machine, so not bundled (install them before building for a "
            f"self-contained bundle): {', '.join(sorted(missing))}"
        )


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _smoke_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        env.pop(name, None)  # the bundle must stand on its own
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    return env


# stderr lines that mean the bundle is broken even when it exits 0 (PySide6 prints exceptions
# raised in slots and carries on; Qt carries on without a plugin it cannot load)
BROKEN_MARKERS = ("Traceback (most recent call last)", "Could not load the Qt platform plugin", "ModuleNotFoundError")


def run_bundle(exe: Path, args: list[str], env: dict[str, str], cwd: Path, timeout: float) -> str:
    """Run the bundle; its stdout, or BuildError naming the command, exit code and output."""
    shown = " ".join([exe.name, *args])
    start = time.monotonic()
    try:
        result = subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"`{shown}` did not exit within {timeout:.0f} s\nstderr: {exc.stderr!r}") from None
    broken = [marker for marker in BROKEN_MARKERS if marker in result.stderr]
    if result.returncode != 0 or broken:
        raise BuildError(
            f"`{shown}` exited {result.returncode}{' with ' + broken[0] if broken else ''}\nstdout: {result.stdout.strip()}\nstderr: {result.stderr.strip()}"
        )
    log(f"ok ({time.monotonic() - start:.1f} s): {shown}")
    return result.stdout


def smoke_test(bundle: Path) -> None:
    exe = executable(bundle)
    if not exe.is_file():
        raise BuildError(f"{exe}: the built executable is missing")
    res = resources_folder(bundle)
    wanted = sorted(  # every resource folder that holds files (an empty one is not bundled)
        p.name
        for p in (ROOT / "resources").iterdir()
        if p.is_dir() and p.name != "__pycache__" and any(f.is_file() for f in p.rglob("*"))
    )
    missing = [name for name in wanted if not (res / name).is_dir()]
    if missing:
        raise BuildError(f"{res}: resource folders missing from the bundle: {', '.join(missing)}")
    fonts = [p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf")]
    if not fonts or any(not (res / "fonts" / name).is_file() for name in fonts):
        raise BuildError(f"{res / 'fonts'}: the bundled fonts are missing")

    with tempfile.TemporaryDirectory(prefix="cxdesigner-smoke-") as tmp:
        tmp_path = Path(tmp)
        env = _smoke_env(tmp_path / "home")
        work = tmp_path / "work"
        work.mkdir()

        run_bundle(exe, ["--quit-after", "1"], env, work, GUI_TIMEOUT)

        version = run_bundle(exe, ["--version"], env, work, CLI_TIMEOUT).strip()
        if not version.startswith("cxdesigner "):
            raise BuildError(f"`--version` printed {version!r}")

        listing = run_bundle(exe, ["templates"], env, work, CLI_TIMEOUT)
        expected = sorted(p.stem for p in (ROOT / "resources" / "templates").glob("*.cxmap"))
        listed = sorted(line.split()[0] for line in listing.splitlines() if line.strip())
        if listed != expected:
            raise BuildError(f"`templates` listed {listed}, the checkout has {expected}")

        bundled_template = res / "templates" / "palvelupolku-fi.cxmap"
        out = run_bundle(exe, ["validate", str(bundled_template)], env, work, CLI_TIMEOUT)
        if not out.strip().endswith(": OK"):
            raise BuildError(f"`validate` on {bundled_template} printed {out!r}")

        made = work / "new.cxmap"
        run_bundle(exe, ["new", "--template", "palvelupolku-fi", "-o", str(made)], env, work, CLI_TIMEOUT)
        out = run_bundle(exe, ["validate", str(made)], env, work, CLI_TIMEOUT)
        if not out.strip().endswith(": OK"):
            raise BuildError(f"`validate` on a new map printed {out!r}")

        pdf = work / "map.pdf"
        run_bundle(exe, ["export", str(made), "-o", str(pdf)], env, work, CLI_TIMEOUT)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
            raise BuildError(f"`export` did not write a PDF to {pdf}")

        markdown = work / "map.md"  # cxdesigner.interop, imported by name at run time
        run_bundle(exe, ["export", str(made), "-o", str(markdown)], env, work, CLI_TIMEOUT)
        if not markdown.is_file() or not markdown.read_text(encoding="utf-8").strip():
            raise BuildError(f"`export` did not write Markdown to {markdown}")

        if (ROOT / "cxdesigner" / "ui" / "image_export.py").is_file():  # PNG/SVG export, once it exists
            for suffix in (".png", ".svg"):
                image = work / f"map{suffix}"
                run_bundle(exe, ["export", str(made), "-o", str(image)], env, work, CLI_TIMEOUT)
                if not image.is_file() or image.stat().st_size == 0:
                    raise BuildError(f"`export` did not write {image}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build CX Designer with PyInstaller and smoke-test it.")
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "app", help="output folder (default build/app)")
    parser.add_argument(
        "--work", type=Path, help="PyInstaller's work folder (default: build/pyinstaller beside --dist)"
    )
    parser.add_argument("--skip-build", action="store_true", help="only smoke-test an existing bundle")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    work = (args.work or dist.parent / "pyinstaller").resolve()
    bundle = dist / "cxdesigner"
    start = time.monotonic()
    try:
        if not args.skip_build:
            if bundle.exists():
                shutil.rmtree(bundle)
            build(dist, work, work / "pyinstaller.log")
        elif not bundle.is_dir():
            raise BuildError(f"{bundle}: no bundle to test (build it first, without --skip-build)")
        size = folder_size(bundle)
        log(f"bundle {bundle}: {size / 2**20:.1f} MiB in {sum(1 for _ in bundle.rglob('*'))} files and folders")
        smoke_test(bundle)
    except BuildError as exc:
        print(f"build_app: FAILED: {exc}", file=sys.stderr)
        return 1
    log(f"smoke test passed; total {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
