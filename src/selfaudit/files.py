"""Writing files the way this tool must: atomically, with the permissions chosen up front.

Reports and profiles hold personal data, so they are created 0600 before a byte is written
(never written and then narrowed); a half-written file never replaces a good one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError


def write_atomic(path: Path, text: str, mode: int) -> None:
    """Write ``text`` to ``path`` with ``mode``, via a temporary file in the same folder."""
    path = path.expanduser()
    if path.is_dir():
        raise InputError(f"{path} is a directory")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"{path}: cannot write there ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write there ({exc.strerror})") from None


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the owner only (0600), atomically."""
    write_atomic(path, text, 0o600)
