"""packaging/linux/install.sh puts every file where the XDG specifications look for it."""

from __future__ import annotations

import filecmp
import os
import stat
import sys
from pathlib import Path

import pytest

from .support import APP_ID, DESKTOP, ICON_SIZES, LINUX, METAINFO, MIME_TYPE, MIME_XML, require_tool, run

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="install.sh is a bash script for Linux")

INSTALL = LINUX / "install.sh"


def expected_files(share: Path) -> dict[Path, Path]:
    """Installed file → its source in packaging/linux (the .desktop entry is checked separately)."""
    scalable = Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg"
    files = {
        share / "applications" / f"{APP_ID}.desktop": DESKTOP,
        share / "metainfo" / f"{APP_ID}.metainfo.xml": METAINFO,
        share / "mime" / "packages" / f"{APP_ID}.xml": MIME_XML,
        share / scalable: LINUX / scalable,
    }
    for size in ICON_SIZES:
        rel = Path("icons/hicolor") / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[share / rel] = LINUX / rel
    return files


def install(*args: str, home: Path, env: dict[str, str] | None = None):
    environment = {key: value for key, value in os.environ.items() if key != "DESTDIR"}
    environment.update(HOME=str(home), **(env or {}))
    result = run(["bash", str(INSTALL), *args], env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def exec_line(desktop: Path) -> str:
    (line,) = [ln for ln in desktop.read_text(encoding="utf-8").splitlines() if ln.startswith("Exec=")]
    return line


def test_install_into_a_prefix_puts_every_file_in_its_xdg_place(tmp_path):
    prefix = tmp_path / "prefix"
    install("--prefix", str(prefix), "--no-update", home=tmp_path / "home")
    share = prefix / "share"
    expected = expected_files(share)
    installed = {p for p in prefix.rglob("*") if p.is_file()}
    assert installed == set(expected), "install.sh wrote a different set of files"
    for target, source in expected.items():
        assert stat.S_IMODE(target.stat().st_mode) == 0o644, target
        if target.suffix != ".desktop":
            assert filecmp.cmp(target, source, shallow=False), target
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert exec_line(desktop) == "Exec=cxdesigner %f"
    assert desktop.read_text(encoding="utf-8").replace(exec_line(desktop), "") == DESKTOP.read_text(
        encoding="utf-8"
    ).replace(exec_line(DESKTOP), "")


def test_default_prefix_is_the_users_local_share(tmp_path):
    home = tmp_path / "home"
    install("--no-update", home=home)
    assert (home / ".local/share/applications" / f"{APP_ID}.desktop").is_file()
    assert (home / ".local/share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()


def test_install_registers_cxmap_with_update_mime_database(tmp_path):
    require_tool("update-mime-database", "shared-mime-info")
    prefix = tmp_path / "prefix"
    install("--prefix", str(prefix), home=tmp_path / "home")
    globs = (prefix / "share/mime/globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.cxmap" in globs
    assert (prefix / "share/mime/application/x-cxdesigner-map.xml").is_file()
    icons = (prefix / "share/mime/icons").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:{APP_ID}" in icons


def test_install_associates_cxmap_with_the_app_via_update_desktop_database(tmp_path):
    require_tool("update-desktop-database", "desktop-file-utils")
    prefix = tmp_path / "prefix"
    install("--prefix", str(prefix), home=tmp_path / "home")
    cache = (prefix / "share/applications/mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache


def test_installed_desktop_entry_still_validates(tmp_path):
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    prefix = tmp_path / "prefix"
    install("--prefix", str(prefix), "--no-update", "--exec", "/opt/cxdesigner/cxdesigner", home=tmp_path)
    desktop = prefix / "share/applications" / f"{APP_ID}.desktop"
    assert exec_line(desktop) == "Exec=/opt/cxdesigner/cxdesigner %f"
    result = run([tool, str(desktop)])
    assert result.returncode == 0 and "error:" not in result.stdout, result.stdout


def fake_bundle(folder: Path) -> Path:
    folder.mkdir(parents=True)
    exe = folder / "cxdesigner"
    exe.write_text('#!/bin/sh\necho fake cxdesigner "$@"\n', encoding="utf-8")
    exe.chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    return folder


def test_bundle_install_links_the_binary_and_uninstall_removes_everything(tmp_path):
    prefix = tmp_path / "prefix"
    bundle = fake_bundle(tmp_path / "dist" / "cxdesigner")
    install("--prefix", str(prefix), "--bundle", str(bundle), "--no-update", home=tmp_path)
    link = prefix / "bin" / "cxdesigner"
    assert link.is_symlink() and link.resolve() == (prefix / "lib/cxdesigner/cxdesigner").resolve()
    assert (prefix / "lib/cxdesigner/_internal/data.txt").is_file()
    assert run([str(link), "--version"]).stdout.strip() == "fake cxdesigner --version"
    desktop = prefix / "share/applications" / f"{APP_ID}.desktop"
    assert exec_line(desktop) == f"Exec={prefix}/bin/cxdesigner %f"

    install("--prefix", str(prefix), "--uninstall", "--no-update", home=tmp_path)
    assert not [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]


def test_destdir_stages_files_but_the_entry_names_the_final_prefix(tmp_path):
    stage = tmp_path / "stage"
    bundle = fake_bundle(tmp_path / "dist" / "cxdesigner")
    install("--prefix", "/usr", "--bundle", str(bundle), "--no-update", home=tmp_path, env={"DESTDIR": str(stage)})
    share = stage / "usr" / "share"
    for target in expected_files(share):
        assert target.is_file(), target
    assert exec_line(share / "applications" / f"{APP_ID}.desktop") == "Exec=/usr/bin/cxdesigner %f"
    assert os.readlink(stage / "usr/bin/cxdesigner") == "/usr/lib/cxdesigner/cxdesigner"


def test_bad_arguments_fail_with_a_message(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path)}
    result = run(["bash", str(INSTALL), "--frobnicate"], env=env)
    assert result.returncode == 1 and "unknown argument: --frobnicate" in result.stderr
    result = run(["bash", str(INSTALL), "--bundle", str(tmp_path / "nothing")], env=env)
    assert result.returncode == 1 and "not a built bundle" in result.stderr
    result = run(["bash", str(INSTALL), "--exec", "my app"], env=env)
    assert result.returncode == 1 and "--exec" in result.stderr
    assert not (tmp_path / ".local").exists()
