"""Saving respects the user's file system: a map opened through a symbolic link is saved through
it (the link stays a link and its target gets the new bytes and the backup), and a file name at
the 255-byte limit still gets a backup under a shortened name. Real links and real names in
tmp_path; the kernel decides what is too long.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.storage import SaveError, atomic_write, backup_path, dumps_map, load_map, save_map
from cxdesigner.storage import atomic as atomic_module
from cxdesigner.storage.atomic import short_backup_name
from cxdesigner.storage.lock import acquire, lock_path, read_lock, release
from cxdesigner.storage.process import this_host
from tests.factories import small_map
from tests.storage.helpers import big_map, listing

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and byte-limited names are POSIX here")

OLD = dumps_map(big_map(10, "Vanha versio")).encode("utf-8")
NEW_MAP = big_map(30, "Uusi versio – äö 😀")
NEW = dumps_map(NEW_MAP).encode("utf-8")


def name_max(folder: Path) -> int:
    return os.pathconf(folder, "PC_NAME_MAX")


# -- symbolic links ------------------------------------------------------------------------------


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Two sibling folders: ``links`` (where the user opens the map) and ``real`` (the file)."""
    links, real = tmp_path / "links", tmp_path / "real"
    links.mkdir()
    real.mkdir()
    return links, real


def assert_saved_through(link: Path, target: Path, points_to: str) -> None:
    assert link.is_symlink(), "the link was replaced by a file"
    assert os.readlink(link) == points_to, "the link was changed"
    assert target.read_bytes() == NEW and link.read_bytes() == NEW
    assert not target.is_symlink()


def test_a_relative_link_in_the_same_folder(tmp_path):
    target = tmp_path / "asiakaspolku.cxmap"
    target.write_bytes(OLD)
    link = tmp_path / "pikalinkki.cxmap"
    link.symlink_to("asiakaspolku.cxmap")
    save_map(NEW_MAP, link)
    assert_saved_through(link, target, "asiakaspolku.cxmap")
    assert (tmp_path / "asiakaspolku.cxmap.bak").read_bytes() == OLD
    assert listing(tmp_path) == ["asiakaspolku.cxmap", "asiakaspolku.cxmap.bak", "pikalinkki.cxmap"]


def test_an_absolute_link_in_another_folder(folders):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    link = links / "kartta.cxmap"
    link.symlink_to(target)
    save_map(NEW_MAP, link)
    assert_saved_through(link, target, str(target))
    assert listing(links) == ["kartta.cxmap"], "temporary file or backup written beside the link"
    assert listing(real) == ["kartta.cxmap", "kartta.cxmap.bak"]
    assert (real / "kartta.cxmap.bak").read_bytes() == OLD


def test_a_relative_link_into_another_folder_reopens_and_resaves_identically(folders):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    link = links / "oma.cxmap"
    link.symlink_to("../real/kartta.cxmap")
    save_map(NEW_MAP, link)
    assert_saved_through(link, target, "../real/kartta.cxmap")
    reopened = load_map(link)
    assert reopened.snapshot() == NEW_MAP.snapshot()
    save_map(reopened, link)  # the ordinary open → save cycle
    assert_saved_through(link, target, "../real/kartta.cxmap")
    assert (real / "kartta.cxmap.bak").read_bytes() == NEW
    assert listing(links) == ["oma.cxmap"] and listing(real) == ["kartta.cxmap", "kartta.cxmap.bak"]


def test_a_chain_of_links_saves_the_last_target(folders):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    middle = real / "uusin.cxmap"
    middle.symlink_to("kartta.cxmap")
    first = links / "kartta.cxmap"
    first.symlink_to(middle)
    save_map(NEW_MAP, first)
    assert_saved_through(first, target, str(middle))
    assert middle.is_symlink() and os.readlink(middle) == "kartta.cxmap"
    assert listing(real) == ["kartta.cxmap", "kartta.cxmap.bak", "uusin.cxmap"]


def test_the_targets_permissions_are_kept(folders):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    target.chmod(0o640)
    link = links / "kartta.cxmap"
    link.symlink_to(target)
    save_map(NEW_MAP, link)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_dangling_link_creates_its_target(folders):
    links, real = folders
    link = links / "uusi.cxmap"
    link.symlink_to("../real/uusi.cxmap")
    assert not link.exists()
    save_map(NEW_MAP, link)
    assert_saved_through(link, real / "uusi.cxmap", "../real/uusi.cxmap")
    assert listing(real) == ["uusi.cxmap"], "no previous version, so no backup"


def test_a_dangling_link_into_a_missing_folder_is_a_clear_error(folders):
    links, real = folders
    link = links / "uusi.cxmap"
    link.symlink_to("../poistettu/uusi.cxmap")
    with pytest.raises(SaveError) as error:
        save_map(NEW_MAP, link)
    message = str(error.value)
    assert message.startswith("Could not save uusi.cxmap: it is a link to ")
    assert message.endswith(f"and the folder {links.parent.resolve() / 'poistettu'} does not exist.")
    assert link.is_symlink() and os.readlink(link) == "../poistettu/uusi.cxmap"
    assert listing(links) == ["uusi.cxmap"] and listing(real) == []


def test_a_link_that_leads_back_to_itself_is_refused(tmp_path):
    (tmp_path / "a.cxmap").symlink_to("b.cxmap")
    (tmp_path / "b.cxmap").symlink_to("a.cxmap")
    with pytest.raises(SaveError, match=r"^Could not save a\.cxmap: it is a symbolic link that leads back to itself\.$"):
        save_map(NEW_MAP, tmp_path / "a.cxmap")
    assert listing(tmp_path) == ["a.cxmap", "b.cxmap"]
    assert os.readlink(tmp_path / "a.cxmap") == "b.cxmap"


def test_a_link_to_a_folder_is_refused(folders):
    links, real = folders
    link = links / "kansio.cxmap"
    link.symlink_to(real)
    with pytest.raises(SaveError, match="a folder has that name"):
        save_map(NEW_MAP, link)
    assert link.is_symlink() and listing(real) == []


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root may write read-only files")
def test_a_read_only_target_is_refused_and_left_alone(folders):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    target.chmod(0o444)
    link = links / "kartta.cxmap"
    link.symlink_to(target)
    with pytest.raises(SaveError, match="the file is read-only"):
        save_map(NEW_MAP, link)
    assert target.read_bytes() == OLD and link.is_symlink()


def test_a_failed_save_through_a_link_leaves_target_and_link_as_they_were(folders, monkeypatch):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    link = links / "kartta.cxmap"
    link.symlink_to(target)
    real_replace = os.replace

    def refuse_final_rename(src, dst):
        if Path(dst) == target:
            raise OSError(errno.EIO, "I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "replace", refuse_final_rename)
    with pytest.raises(SaveError, match=r"^Could not save kartta\.cxmap: the disk reported an input/output error\.$"):
        save_map(NEW_MAP, link)
    assert target.read_bytes() == OLD and link.is_symlink() and os.readlink(link) == str(target)
    assert listing(links) == ["kartta.cxmap"]
    assert listing(real) == ["kartta.cxmap", "kartta.cxmap.bak"]  # the backup of OLD is fine to keep


# -- names at the 255-byte limit ------------------------------------------------------------------

STEM = "Asiakkaan palvelupolku – äitiysneuvola 😀 työpaja "


def name_of_bytes(size: int, pad: str = "") -> str:
    """A .cxmap name of exactly ``size`` bytes of UTF-8, full of two- and four-byte characters."""
    head = (pad + STEM).encode()
    fill = ("ö😀å" * 40).encode()
    body = head + fill
    room = size - len(".cxmap")
    cut = room
    while (body[cut] & 0xC0) == 0x80:
        cut -= 1
    name = body[:cut].decode() + "x" * (room - cut) + ".cxmap"
    assert len(name.encode()) == size
    return name


def assert_good_backup_name(folder: Path, file_name: str, backup: str, min_prefix: int = 200) -> None:
    """At most the folder's limit, whole characters only, and it begins like the file."""
    raw = backup.encode("utf-8")  # raises if a character was cut in half (a surrogate escape)
    assert len(raw) <= name_max(folder)
    prefix, _, tail = backup.rpartition("~")
    assert re.fullmatch(r"[0-9a-f]{8}\.cxmap\.bak", tail), backup
    assert len(prefix.encode()) >= min_prefix and file_name.startswith(prefix)


@pytest.mark.parametrize("size", [252, 253, 254, 255])
@pytest.mark.parametrize("pad", ["", "a", "ab", "abc"])
def test_a_name_too_long_for_name_bak_gets_a_short_backup(tmp_path, size, pad):
    name = name_of_bytes(size, pad)
    path = tmp_path / name
    atomic_write(path, OLD)
    atomic_write(path, NEW)  # NAME.bak would be 256–259 bytes: the kernel would refuse it
    assert path.read_bytes() == NEW
    files = listing(tmp_path)
    assert len(files) == 2 and name in files, files
    backup = next(f for f in files if f != name)
    assert_good_backup_name(tmp_path, name, backup)
    assert (tmp_path / backup).read_bytes() == OLD
    assert backup_path(path) == tmp_path / backup
    atomic_write(path, b"third")  # the same backup name is replaced, not a second one made
    assert listing(tmp_path) == files
    assert (tmp_path / backup).read_bytes() == NEW


def test_a_name_of_251_bytes_still_gets_name_bak(tmp_path):
    name = name_of_bytes(251)
    path = tmp_path / name
    atomic_write(path, OLD)
    atomic_write(path, NEW)
    assert (tmp_path / (name + ".bak")).read_bytes() == OLD
    assert len((name + ".bak").encode()) == 255


def test_two_long_names_that_begin_alike_keep_separate_backups(tmp_path):
    first = name_of_bytes(255)
    second = first[:-7] + "y.cxmap"  # the same first 248 bytes
    assert len(second.encode()) == 255 and first != second
    for name, version in ((first, b"first"), (second, b"second")):
        atomic_write(tmp_path / name, OLD)
        atomic_write(tmp_path / name, version)
    backups = [f for f in listing(tmp_path) if f not in (first, second)]
    assert len(backups) == 2
    assert (tmp_path / backup_path(tmp_path / first).name).read_bytes() == OLD
    assert backup_path(tmp_path / first) != backup_path(tmp_path / second)


def test_the_backup_sorts_beside_its_file(tmp_path):
    name = name_of_bytes(255)
    for other in ("000 ensimmäinen.cxmap", "Asiakkaan muu kartta.cxmap", "Öljy.cxmap", "zzz.cxmap"):
        (tmp_path / other).write_bytes(b"{}")
    atomic_write(tmp_path / name, OLD)
    atomic_write(tmp_path / name, NEW)
    files = listing(tmp_path)
    backup = backup_path(tmp_path / name).name
    assert abs(files.index(backup) - files.index(name)) == 1


def test_a_save_map_at_the_limit_round_trips(tmp_path):
    path = tmp_path / name_of_bytes(255, "ab")
    save_map(small_map(), path)
    m = load_map(path)
    m.title = "Toinen tallennus"
    save_map(m, path)
    assert load_map(path).title == "Toinen tallennus"
    assert load_map(backup_path(path)).title == "Small map"


def test_when_the_file_system_allows_less_than_it_reports_the_save_still_succeeds(tmp_path, monkeypatch):
    """pathconf can overstate the limit (eCryptfs, some network shares): the kernel's refusal of
    NAME.bak must not fail the save."""
    monkeypatch.setattr(atomic_module, "_name_max", lambda folder: 1000)
    name = name_of_bytes(254)
    path = tmp_path / name
    atomic_write(path, OLD)
    atomic_write(path, NEW)
    assert path.read_bytes() == NEW
    files = listing(tmp_path)
    assert len(files) == 2
    backup = next(f for f in files if f != name)
    assert_good_backup_name(tmp_path, name, backup, min_prefix=60)  # as long as the temporary names
    assert (tmp_path / backup).read_bytes() == OLD


def test_a_link_to_a_file_at_the_limit(folders):
    links, real = folders
    target = real / name_of_bytes(255, "abc")
    target.write_bytes(OLD)
    link = links / "lyhyt.cxmap"
    link.symlink_to(target)
    save_map(NEW_MAP, link)
    assert_saved_through(link, target, str(target))
    assert (real / backup_path(target).name).read_bytes() == OLD
    assert listing(links) == ["lyhyt.cxmap"]


@given(st.text(min_size=1, max_size=300), st.integers(40, 255))
def test_short_backup_names_fit_and_never_cut_a_character(name, limit):
    short = short_backup_name(name, limit)
    assert len(short.encode("utf-8")) <= limit  # encodes: no character was cut in half
    assert short.endswith(".bak")
    kept = short[: short.index("~" + hashlib.sha256(name.encode()).hexdigest()[:8])]
    assert name.startswith(kept)
    assert short_backup_name(name, limit) == short


# -- lock files follow the same rules ------------------------------------------------------------


def test_a_map_at_the_limit_can_still_be_locked(tmp_path):
    path = tmp_path / name_of_bytes(255, "a")
    path.write_bytes(OLD)
    assert acquire(path) is None
    lock_file = lock_path(path)
    assert lock_file.exists() and lock_file.parent == tmp_path
    assert lock_file.name.startswith(".aAsiakkaan") and lock_file.name.endswith(".cxmap.cxlock")
    assert len(lock_file.name.encode("utf-8")) <= name_max(tmp_path) - len(".4194304")
    assert read_lock(path).ours, "the lock was silently not taken"
    release(path)
    assert listing(tmp_path) == [path.name]


def test_a_link_and_its_target_share_one_lock(folders):
    links, real = folders
    target = real / "kartta.cxmap"
    target.write_bytes(OLD)
    link = links / "kartta.cxmap"
    link.symlink_to("../real/kartta.cxmap")
    assert lock_path(link) == lock_path(target) == real / ".kartta.cxmap.cxlock"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        holder = {"pid": child.pid, "host": this_host(), "user": "kollega", "since": "2026-11-22T10:00:00+00:00"}
        lock_path(target).write_text(json.dumps(holder))
        found = acquire(link)  # opening the link sees who has the file open
        assert found is not None and found.user == "kollega"
    finally:
        child.kill()
        child.wait()
    assert listing(links) == ["kartta.cxmap"]
