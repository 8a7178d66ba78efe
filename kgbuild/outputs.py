"""Output folders that kgbuild owns: checked before any work, replaced in one atomic step.

A folder kgbuild writes carries a marker file listing what it wrote. `-o DIR` (and
`serve --store DIR`) accepts only a new folder, an empty one, or an earlier output whose
every entry the marker lists, so kgbuild never deletes a file it did not write. The new
outputs are written into a temporary sibling folder and exchanged with the old one by a
single `renameat2(RENAME_EXCHANGE)`: a kill at any instant leaves either the old outputs or
the new ones at DIR. Temporary siblings left by a killed run are removed by the next one,
and only if they carry the marker.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kgbuild.errors import fail
from kgbuild.export import default_mode

MARKER = ".kgbuild-output"
_MARKER_HEAD = "# Written by kgbuild; it may replace this folder. Entries it wrote:\n"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_output_dir(target: Path, protected: Path | None = None, what: str = "build") -> Path:
    """Refuse an output folder kgbuild must not replace; returns it resolved.

    Raises InputError (exit 3) for: a path under a file, the project folder or one of its
    ancestors, a non-empty folder without the marker, a marked folder holding entries the
    marker does not list, and a parent folder that cannot be written.
    """
    hint = "give -o a new or empty folder, or the folder of an earlier kgbuild " + what
    resolved = target.resolve()
    if protected is not None:
        root = protected.resolve()
        if resolved == root or resolved in root.parents:
            raise fail(
                target,
                None,
                f"is the project folder {root} or contains it; writing there would replace it",
                hint,
            )
    for ancestor in [resolved, *resolved.parents]:
        if ancestor.exists() and not ancestor.is_dir():
            raise fail(ancestor, None, "is a file, not a folder", hint)
        if ancestor.exists():
            break
    if resolved.is_dir():
        entries = sorted(p.name for p in resolved.iterdir())
        if entries:
            listed = read_marker(resolved)
            if listed is None:
                raise fail(
                    target,
                    None,
                    f"is not empty ({len(entries)} entries, e.g. {entries[0]!r}) and holds "
                    f"no {MARKER} marker, so kgbuild did not write it",
                    hint,
                )
            foreign = [name for name in entries if name != MARKER and name not in listed]
            if foreign:
                raise fail(
                    target,
                    None,
                    f"holds entries an earlier kgbuild {what} did not write: "
                    + ", ".join(foreign[:5]),
                    "move them elsewhere, or give -o another folder",
                )
    _probe_writable(resolved, target)
    return resolved


def read_marker(folder: Path) -> set[str] | None:
    """The entries listed in `folder`'s marker, or None without a marker."""
    try:
        text = (folder / MARKER).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith(_MARKER_HEAD):
        return None
    return {line for line in text[len(_MARKER_HEAD) :].splitlines() if line}


def _probe_writable(resolved: Path, target: Path) -> None:
    existing = resolved.parent
    while not existing.exists():
        existing = existing.parent
    try:
        # Named like a staging folder, so that a run killed right here leaves nothing behind.
        probe = Path(tempfile.mkdtemp(prefix=f".{resolved.name}.tmp-", dir=existing))
        probe.rmdir()
    except OSError as exc:
        raise fail(
            target,
            None,
            f"cannot be written: {exc.strerror or exc} in {existing}",
            "choose a folder you can write to",
        ) from None


def clean_leftovers(target: Path) -> list[Path]:
    """Remove temporary siblings of `target` left by a killed run (marked ones only)."""
    removed: list[Path] = []
    parent = target.parent
    if not parent.is_dir():
        return removed
    backups = [p for p in sorted(parent.glob(f".{target.name}.old-*")) if _is_marked_dir(p)]
    if backups and not target.exists():
        # A run without RENAME_EXCHANGE was killed between its two renames: restore.
        os.rename(backups.pop(), target)
    for path in [*backups, *sorted(parent.glob(f".{target.name}.tmp-*"))]:
        if _is_ours(path):
            remove_output_dir(path)
            removed.append(path)
    return removed


def _is_marked_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink() and read_marker(path) is not None


def _is_ours(path: Path) -> bool:
    """Marked, or killed before its marker was in place (empty but for the marker's tmp)."""
    if _is_marked_dir(path):
        return True
    return (
        path.is_dir()
        and not path.is_symlink()
        and {p.name for p in path.iterdir()} <= {MARKER + ".tmp"}
    )


def remove_output_dir(folder: Path) -> None:
    """Remove a folder kgbuild wrote, marker last: a kill midway leaves it recognisable."""
    for entry in folder.iterdir():
        if entry.name == MARKER:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    folder.rmdir()


@contextmanager
def staged_directory(target: Path, protected: Path | None = None) -> Iterator[Path]:
    """Write into a temporary sibling folder, then exchange it with `target` atomically.

    If anything fails before the exchange, `target` is left as it was and the temporary
    folder is removed. The caller writes files into the yielded folder; the marker listing
    them is written last, before the exchange.
    """
    target = check_output_dir(target, protected)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    staging.chmod(default_mode(0o777))  # mkdtemp's 0700 would hide a published build
    try:
        # Marked from the start, so that a killed run's folder is recognised and removed.
        _write_marker(staging, [])
        yield staging
        _write_marker(staging, sorted(p.name for p in staging.iterdir() if p.name != MARKER))
        check_output_dir(target, protected)  # nothing foreign appeared while we worked
        if target.exists():
            try:
                exchange(staging, target)
            except OSError as exc:
                if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
                    raise
                _swap_in_two_steps(staging, target)
        else:
            os.rename(staging, target)
    finally:
        if staging.exists():
            remove_output_dir(staging)


def _swap_in_two_steps(staging: Path, target: Path) -> None:
    """Where the kernel or file system cannot exchange: two renames, recoverable.

    A kill between them leaves the old outputs in a marked `.NAME.old-*` sibling, which the
    next run puts back before anything else (clean_leftovers).
    """
    backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    backup.rmdir()
    os.rename(target, backup)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(backup, target)
        raise
    remove_output_dir(backup)


def _write_marker(folder: Path, names: list[str]) -> None:
    text = _MARKER_HEAD + "".join(f"{name}\n" for name in names)
    tmp = folder / (MARKER + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, folder / MARKER)


def exchange(a: Path, b: Path) -> None:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE)."""
    libc_name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(libc_name, use_errno=True) if libc_name else None
    renameat2 = getattr(libc, "renameat2", None) if libc is not None else None
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available: cannot swap outputs atomically")
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"cannot swap {a} and {b}: {os.strerror(code)}")
