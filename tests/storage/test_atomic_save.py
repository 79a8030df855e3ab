"""Safe saving under faults: the original stays byte-identical, no temporary file is left behind,
and SaveError says why in words. Faults are injected (short writes, ENOSPC, EACCES, failing fsync
and rename) and, where the machine allows, real: a 64 KiB tmpfs and a read-only folder for an
unprivileged user. Backups: NAME.bak holds the previous version, per folder.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cxdesigner.storage import SaveError, atomic_write, dumps_map, load_map, save_map
from cxdesigner.storage import atomic as atomic_module
from tests.storage.helpers import big_map, listing

ORIGINAL = dumps_map(big_map(20, "Original")).encode("utf-8")
NEW = dumps_map(big_map(400, "New version")).encode("utf-8")
assert len(NEW) > 100_000 > len(ORIGINAL)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A folder holding map.cxmap (the original) and nothing else."""
    path = tmp_path / "map.cxmap"
    path.write_bytes(ORIGINAL)
    return path


def assert_original_kept(path: Path, expected_files: list[str] | None = None) -> None:
    assert path.read_bytes() == ORIGINAL
    assert listing(path.parent) == (expected_files or [path.name]), "a temporary file was left behind"


def saving_fails(path: Path, data: bytes = NEW) -> str:
    with pytest.raises(SaveError) as error:
        atomic_write(path, data)
    message = str(error.value)
    assert message.startswith(f"Could not save {path.name}: ")
    assert "Errno" not in message and "Traceback" not in message
    return message


# -- injected faults ------------------------------------------------------------------------------

real_write = os.write


def test_short_write_then_no_progress_is_a_full_disk(target, monkeypatch):
    calls = []

    def short_write(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 3]))  # the disk took a third
        return 0  # and then nothing more

    monkeypatch.setattr(os, "write", short_write)
    message = saving_fails(target)
    assert message == "Could not save map.cxmap: the disk is full."
    assert len(calls) == 2, "the short count was noticed and the rest retried once"
    assert_original_kept(target)


def test_short_writes_that_progress_still_save_every_byte(target, monkeypatch):
    def dribble(fd, data):
        return real_write(fd, bytes(data[:4096]))

    monkeypatch.setattr(os, "write", dribble)
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert listing(target.parent) == ["map.cxmap", "map.cxmap.bak"]


def test_enospc_raised_by_write(target, monkeypatch):
    def full(fd, data):
        real_write(fd, bytes(data[:1000]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    assert saving_fails(target).endswith(": the disk is full.")
    assert_original_kept(target)


def test_quota_exceeded(target, monkeypatch):
    def over_quota(fd, data):
        raise OSError(errno.EDQUOT, os.strerror(errno.EDQUOT))

    monkeypatch.setattr(os, "write", over_quota)
    assert saving_fails(target).endswith(": the disk quota is exceeded.")
    assert_original_kept(target)


def test_permission_denied_creating_the_temporary_file(target, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    assert saving_fails(target).endswith(": permission denied.")
    assert_original_kept(target)


def test_fsync_failing(target, monkeypatch):
    def broken(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", broken)
    assert saving_fails(target).endswith(": the disk reported an input/output error.")
    assert_original_kept(target)


@pytest.mark.parametrize("failing_call", [1, 2], ids=["backup-rename", "final-rename"])
def test_rename_failing(target, monkeypatch, failing_call):
    """os.replace runs twice: staging → NAME.bak, then temporary file → NAME. Either may fail."""
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(Path(dst).name)
        if len(calls) == failing_call:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    message = saving_fails(target)
    assert os.strerror(errno.EBUSY) in message
    assert calls[:failing_call] == ["map.cxmap.bak", "map.cxmap"][:failing_call]
    # The backup may already hold the original (it is a copy of it); nothing else may remain.
    expected = ["map.cxmap"] if failing_call == 1 else ["map.cxmap", "map.cxmap.bak"]
    assert_original_kept(target, expected)
    if failing_call == 2:
        assert (target.parent / "map.cxmap.bak").read_bytes() == ORIGINAL


def test_every_os_call_failing_in_turn_keeps_the_original(target, monkeypatch):
    """Fail the n-th call to each file operation the save uses; the original always survives."""
    names = ["open", "write", "fsync", "close", "stat", "replace", "link", "chmod", "unlink"]
    for name in names:
        real = getattr(os, name)
        for n in range(1, 4):
            counter = {"calls": 0}

            def failing(*args, _real=real, _n=n, _counter=counter, **kwargs):
                _counter["calls"] += 1
                if _counter["calls"] == _n:
                    raise OSError(errno.EIO, os.strerror(errno.EIO))
                return _real(*args, **kwargs)

            with monkeypatch.context() as patch:
                patch.setattr(os, name, failing)
                try:
                    atomic_write(target, NEW)
                except SaveError:
                    saved = False
                else:
                    saved = True
            content = target.read_bytes()
            leftovers = [f for f in listing(target.parent) if f not in ("map.cxmap", "map.cxmap.bak")]
            assert leftovers == [], f"os.{name} failing at call {n} left {leftovers}"
            assert content in (ORIGINAL, NEW), f"os.{name} failing at call {n} mixed the versions"
            if not saved:
                assert content == ORIGINAL, f"os.{name} failing at call {n}: SaveError but the file changed"
            target.write_bytes(ORIGINAL)
            (target.parent / "map.cxmap.bak").unlink(missing_ok=True)


def test_missing_folder(tmp_path):
    message = saving_fails(tmp_path / "gone" / "map.cxmap")
    assert "does not exist" in message
    assert listing(tmp_path) == []


def test_a_folder_with_the_file_name(tmp_path):
    (tmp_path / "map.cxmap").mkdir()
    assert saving_fails(tmp_path / "map.cxmap").endswith(": a folder has that name.")
    assert listing(tmp_path) == ["map.cxmap"]


def test_a_long_file_name_near_the_limit_saves_with_a_backup(tmp_path):
    """255 bytes is the usual limit for one name; the temporary names must fit beside it."""
    path = tmp_path / ("ä" * 122 + ".cxmap")  # 250 bytes of UTF-8; NAME.bak still fits
    assert len(path.name.encode()) == 250
    atomic_write(path, ORIGINAL)
    atomic_write(path, NEW)
    assert path.read_bytes() == NEW
    assert (tmp_path / (path.name + ".bak")).read_bytes() == ORIGINAL
    assert listing(tmp_path) == sorted([path.name, path.name + ".bak"])


# -- real faults ---------------------------------------------------------------------------------


@pytest.fixture
def tiny_filesystem():
    """A 64 KiB tmpfs mounted for the test (needs root and permission to mount)."""
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and the mount command")
    folder = Path(tempfile.mkdtemp(prefix="cx-tiny-fs-"))
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if result.returncode != 0:
        folder.rmdir()
        pytest.skip(f"this machine does not allow mounting a tmpfs: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        folder.rmdir()


def test_a_really_full_disk(tiny_filesystem):
    path = tiny_filesystem / "map.cxmap"
    path.write_bytes(ORIGINAL)
    big = big_map(1500, "Too big for 64 KiB")
    with pytest.raises(SaveError) as error:
        save_map(big, path)
    assert str(error.value) == "Could not save map.cxmap: the disk is full."
    assert_original_kept(path)  # the write failed before the backup was made
    assert load_map(path).title == "Original"
    # Once there is room again, the same save succeeds.
    small = big_map(30, "Fits")
    save_map(small, path)
    assert load_map(path).snapshot() == small.snapshot()
    assert (tiny_filesystem / "map.cxmap.bak").read_bytes() == ORIGINAL


_UNPRIVILEGED_SAVE = """
import sys
from cxdesigner.storage import SaveError, atomic_write
try:
    atomic_write(sys.argv[1], b"new version")
except SaveError as exc:
    print(exc)
    raise SystemExit(3)
"""


@pytest.mark.parametrize(
    "read_only, reason",
    [("folder", "permission denied"), ("file", "the file is read-only")],
)
def test_read_only_as_an_unprivileged_user(read_only, reason):
    """As root, permission bits stop nothing; so the save runs as user 65534 (nobody)."""
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to an unprivileged user (as a normal user, run it as that user)")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is not installed, so there is no way to drop root here")
    base = Path(tempfile.mkdtemp(prefix="cx-read-only-"))  # tmp_path is 0700 root: nobody can't enter
    folder = base / "maps"
    try:
        base.chmod(0o755)
        folder.mkdir()
        path = folder / "map.cxmap"
        path.write_bytes(ORIGINAL)
        os.chown(folder, 65534, 65534)
        os.chown(path, 65534, 65534)
        if read_only == "folder":
            path.chmod(0o644)
            folder.chmod(0o555)  # its owner may read and enter, not write
        else:
            path.chmod(0o444)  # the folder stays writable: replacing the file would work
            folder.chmod(0o755)
        command = [
            setpriv,
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-c",
            _UNPRIVILEGED_SAVE,
            str(path),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if result.returncode not in (0, 3) and "setpriv" in result.stderr:
            pytest.skip(f"could not drop privileges: {result.stderr.strip()}")
        assert result.returncode == 3, result.stdout + result.stderr
        assert result.stdout.strip() == f"Could not save map.cxmap: {reason}."
        assert "Traceback" not in result.stderr
        assert_original_kept(path)
    finally:
        shutil.rmtree(base)  # root may delete inside a 0555 folder


# -- backups and file modes ------------------------------------------------------------------------


def test_the_previous_version_is_kept_as_a_backup(tmp_path):
    path = tmp_path / "journey.cxmap"
    versions = [b"one\n", b"two\n", b"three\n"]
    atomic_write(path, versions[0])
    assert listing(tmp_path) == ["journey.cxmap"], "a new file has no previous version"
    atomic_write(path, versions[1])
    assert (tmp_path / "journey.cxmap.bak").read_bytes() == versions[0]
    atomic_write(path, versions[2])
    assert path.read_bytes() == versions[2]
    assert (tmp_path / "journey.cxmap.bak").read_bytes() == versions[1]
    assert listing(tmp_path) == ["journey.cxmap", "journey.cxmap.bak"]
    atomic_write(path, b"four\n", keep_backup=False)
    assert (tmp_path / "journey.cxmap.bak").read_bytes() == versions[1]


def test_same_name_in_two_folders_keeps_two_backups(tmp_path):
    first, second = tmp_path / "client-a" / "map.cxmap", tmp_path / "client-b" / "map.cxmap"
    for path in (first, second):
        path.parent.mkdir()
    atomic_write(first, b"A1")
    atomic_write(second, b"B1")
    atomic_write(first, b"A2")
    atomic_write(second, b"B2")
    assert (first.parent / "map.cxmap.bak").read_bytes() == b"A1"
    assert (second.parent / "map.cxmap.bak").read_bytes() == b"B1"
    assert (first.read_bytes(), second.read_bytes()) == (b"A2", b"B2")


def test_backup_works_without_hard_links(target, monkeypatch):
    def no_links(src, dst):
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert (target.parent / "map.cxmap.bak").read_bytes() == ORIGINAL
    assert listing(target.parent) == ["map.cxmap", "map.cxmap.bak"]


def test_the_backup_is_not_the_same_file_as_the_new_version(target):
    atomic_write(target, NEW)
    backup = target.parent / "map.cxmap.bak"
    assert not os.path.samefile(backup, target)
    atomic_write(target, ORIGINAL)
    assert backup.read_bytes() == NEW


def test_file_permissions_survive_a_save(target):
    target.chmod(0o640)
    atomic_write(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_folder_fsync_refused_by_the_file_system_does_not_fail_a_save(target, monkeypatch):
    """Some file systems refuse fsync on a folder (EINVAL) after the new file is in place."""
    real_fsync = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW


def test_save_map_writes_what_dumps_map_returns(tmp_path):
    m = big_map(50, "Round trip")
    path = tmp_path / "rt.cxmap"
    save_map(m, path)
    assert path.read_bytes() == dumps_map(m).encode("utf-8")
    assert atomic_module.TEMP_SUFFIX not in "".join(listing(tmp_path))
