"""Write files so that the one on disk is always the old version or the new, never a mixture.

The new bytes go to a temporary file in the same folder; every ``os.write`` is checked for a
short count (a full disk can accept part of a buffer; Qt's QSaveFile has committed truncated
files that way), then flushed and fsynced before an atomic ``os.replace``. The previous version is
kept beside the file as ``NAME.bak``. Any failure removes the temporary file, leaves the original
byte-identical and raises :class:`SaveError` with a sentence a user can act on.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from .errors import SaveError

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".cxtmp"

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}


def describe_os_error(exc: OSError) -> str:
    """A short, human reason for an OSError (without the Python exception text)."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    written = 0
    while written < len(data):
        n = os.write(fd, view[written:])
        if n <= 0:  # a write that makes no progress: treat as a full disk, never loop forever
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written += n


def _short_name(path: Path) -> str:
    """The file name cut to at most 100 bytes of UTF-8, for temporary names: a name near the
    255-byte limit must not make its own temporary file's name too long."""
    return path.name.encode("utf-8", "surrogateescape")[:100].decode("utf-8", "ignore")


def _keep_backup(path: Path) -> None:
    """Keep the current file as NAME.bak, replacing the older backup atomically."""
    backup = backup_path(path)
    staging = path.with_name(f".{_short_name(path)}{BACKUP_SUFFIX}{TEMP_SUFFIX}")
    try:
        try:
            staging.unlink(missing_ok=True)
            os.link(path, staging)  # no copy: the backup shares the old file's bytes
        except OSError:
            shutil.copy2(path, staging)  # file systems without hard links
        os.replace(staging, backup)
    except BaseException:
        try:
            staging.unlink(missing_ok=True)  # never leave a half-made backup behind
        except OSError:
            pass
        raise


def atomic_write(path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; raise :class:`SaveError` on any failure."""
    path = Path(path)
    folder = path.parent
    try:  # a stat can fail too (EACCES on a parent folder, EIO), not only report "no"
        folder_exists, path_is_folder = folder.is_dir(), path.is_dir()
        # Replacing needs only a writable folder, so a read-only file would be overwritten silently.
        read_only = path.exists() and not os.access(path, os.W_OK)
    except OSError as exc:
        raise SaveError(f"Could not save {path.name}: {describe_os_error(exc)}.") from exc
    if not folder_exists:
        raise SaveError(f"Could not save {path.name}: the folder {folder} does not exist.")
    if path_is_folder:
        raise SaveError(f"Could not save {path.name}: a folder has that name.")
    if read_only:
        raise SaveError(f"Could not save {path.name}: the file is read-only.")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{_short_name(path)}.", suffix=TEMP_SUFFIX, dir=folder)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            os.chmod(tmp_name, stat.S_IMODE(path.stat().st_mode))
            if keep_backup:
                _keep_backup(path)
        else:
            os.chmod(tmp_name, 0o666 & ~_UMASK)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
        _remove_leftovers(path)
    except OSError as exc:
        raise SaveError(f"Could not save {path.name}: {describe_os_error(exc)}.") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _read_umask() -> int:
    # os.umask can only be read by setting it; do that once, at import, before any thread
    # (autosave) could create files while the mask is briefly 0.
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
LEFTOVER_AGE_SECONDS = 600


def _remove_leftovers(path: Path) -> None:
    """Delete temporary files that an earlier, killed save of ``path`` left behind.

    Only files older than ten minutes go, so a save in progress in another process is never
    touched; anything that cannot be removed is left for next time.
    """
    prefix = f".{_short_name(path)}."
    cutoff = time.time() - LEFTOVER_AGE_SECONDS
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for leftover in candidates:
        try:
            if leftover.lstat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible on Windows, where it is skipped."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder (EINVAL); the new file is already in place
