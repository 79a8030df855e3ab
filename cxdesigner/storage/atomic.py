"""Write files so that the one on disk is always the old version or the new, never a mixture.

The new bytes go to a temporary file in the same folder; every ``os.write`` is checked for a
short count (a full disk can accept part of a buffer; Qt's QSaveFile has committed truncated
files that way), then flushed and fsynced before an atomic ``os.replace``. The previous version is
kept beside the file as ``NAME.bak``. Any failure removes the temporary file, leaves the original
byte-identical and raises :class:`SaveError` with a sentence a user can act on.

A path that is a symbolic link is saved through the link: the file it finally points at is
replaced (temporary file and backup in that file's folder), and the link stays a link. A name so
long that ``NAME.bak`` would not fit (most file systems allow 255 bytes) gets a shortened backup
name instead (:func:`backup_path`); the backup's name never makes a save fail.
"""

from __future__ import annotations

import errno
import hashlib
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
    errno.ELOOP: "it is a symbolic link that leads back to itself",
}


def describe_os_error(exc: OSError) -> str:
    """A short, human reason for an OSError (without the Python exception text)."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


NAME_MAX_DEFAULT = 255  # bytes in one file name on ext4, XFS, Btrfs, APFS, tmpfs …
_HASH_CHARS = 8


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # no pathconf on Windows; unknown file systems
        return NAME_MAX_DEFAULT


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.bak`` when that name fits, else
    a shortened name (see :func:`short_backup_name`) in the same folder."""
    path = Path(path)
    return path.with_name(backup_name(path.name, _name_max(path.parent)))


def backup_name(name: str, limit: int = NAME_MAX_DEFAULT) -> str:
    """``NAME.bak``, or if that is longer than ``limit`` bytes, :func:`short_backup_name`."""
    return fitting_name(name, BACKUP_SUFFIX, limit)


def fitting_name(name: str, suffix: str, limit: int = NAME_MAX_DEFAULT) -> str:
    """``name + suffix`` (a file kept beside ``name``), shortened if it is over ``limit`` bytes."""
    full = name + suffix
    return full if len(os.fsencode(full)) <= limit else shortened_name(name, suffix, limit)


def short_backup_name(name: str, limit: int = NAME_MAX_DEFAULT) -> str:
    """A backup name of at most ``limit`` bytes for a file whose ``NAME.bak`` is too long
    (see :func:`shortened_name`): ``Asiakaspolku…~1a2b3c4d.cxmap.bak``."""
    return shortened_name(name, BACKUP_SUFFIX, limit)


def shortened_name(name: str, suffix: str, limit: int = NAME_MAX_DEFAULT) -> str:
    """A name of at most ``limit`` bytes for a file kept beside ``name`` with ``suffix``.

    The name's beginning (cut at a character boundary, so no UTF-8 character is split), then
    ``~`` and a short hash of the whole name (two long names that begin alike still get their
    own files), then the name's extension and ``suffix``. It begins like the file, so the two
    sort together in a folder listing.
    """
    raw = os.fsencode(name)
    stem, dot, extension = name.rpartition(".")
    if dot and stem and len(os.fsencode(extension)) <= 16:
        extension_part = dot + extension
    else:
        stem, extension_part = name, ""
    tail = f"~{hashlib.sha256(raw).hexdigest()[:_HASH_CHARS]}{extension_part}{suffix}"
    room = max(limit - len(os.fsencode(tail)), 1)
    return _cut_bytes(os.fsencode(stem), room) + tail


def _cut_bytes(raw: bytes, size: int) -> str:
    """The first ``size`` bytes of a file name, shortened further so no UTF-8 character is cut."""
    if len(raw) <= size:
        return os.fsdecode(raw)
    end = size
    while end > 0 and raw[end] & 0b1100_0000 == 0b1000_0000:  # raw[end] continues a character
        end -= 1
    return os.fsdecode(raw[:end])


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
        try:
            os.replace(staging, backup)
        except OSError as exc:
            if exc.errno != errno.ENAMETOOLONG:
                raise
            # The file system allows less than it reports (eCryptfs, some network shares);
            # the staging name, as long as this one, was just accepted.
            os.replace(staging, path.with_name(short_backup_name(path.name, len(os.fsencode(staging.name)))))
    except BaseException:
        try:
            staging.unlink(missing_ok=True)  # never leave a half-made backup behind
        except OSError:
            pass
        raise


def final_target(path: Path) -> Path:
    """The file that saving ``path`` writes: ``path`` itself, or where its symbolic link (or a
    chain of them) finally points, even if nothing is there yet. Raise :class:`SaveError` for a
    link that leads back to itself."""
    if not os.path.islink(path):
        return path
    target = Path(os.path.realpath(path))
    if os.path.islink(target):  # realpath stops at a loop and returns a link
        raise SaveError(f"Could not save {path.name}: {_REASONS[errno.ELOOP]}.")
    return target


def atomic_write(path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; raise :class:`SaveError` on any failure.

    Through a symbolic link, the file the link points at is replaced and the link is kept.
    """
    path = Path(path)
    try:
        target = final_target(path)
    except OSError as exc:
        raise SaveError(f"Could not save {path.name}: {describe_os_error(exc)}.") from exc
    folder = target.parent
    try:  # a stat can fail too (EACCES on a parent folder, EIO), not only report "no"
        folder_exists, path_is_folder = folder.is_dir(), target.is_dir()
        # Replacing needs only a writable folder, so a read-only file would be overwritten silently.
        read_only = target.exists() and not os.access(target, os.W_OK)
    except OSError as exc:
        raise SaveError(f"Could not save {path.name}: {describe_os_error(exc)}.") from exc
    if not folder_exists:
        if target is not path:
            raise SaveError(
                f"Could not save {path.name}: it is a link to {target}, and the folder {folder} does not exist."
            )
        raise SaveError(f"Could not save {path.name}: the folder {folder} does not exist.")
    if path_is_folder:
        raise SaveError(f"Could not save {path.name}: a folder has that name.")
    if read_only:
        raise SaveError(f"Could not save {path.name}: the file is read-only.")
    _replace(path, target, data, keep_backup)


def _replace(path: Path, target: Path, data: bytes, keep_backup: bool) -> None:
    """Write ``data`` beside ``target`` and rename it over ``target`` (``path`` names it in messages)."""
    folder = target.parent
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{_short_name(target)}.", suffix=TEMP_SUFFIX, dir=folder)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():
            os.chmod(tmp_name, stat.S_IMODE(target.stat().st_mode))
            if keep_backup:
                _keep_backup(target)
        else:
            os.chmod(tmp_name, 0o666 & ~_UMASK)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
        _remove_leftovers(target)
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
