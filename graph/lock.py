"""One build at a time per output folder: an advisory lock file.

The lock is an ``flock`` on ``<out>/.newsgraph.lock``, released by the
operating system when the process ends however it ends (so a killed build
never leaves a stale lock). The file records the holder's process id for the
error message.

>>> import tempfile
>>> out = tempfile.mkdtemp()
>>> with BuildLock(out):
...     pass
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from newsgraph.extract.errors import NewsgraphError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the store's own lock still refuses a second writer
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_NAME", "BuildLock"]

LOCK_NAME = ".newsgraph.lock"


class BuildLock:
    """Exclusive, non-blocking lock on an output folder; raises ``E314`` when another build holds it."""

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                raise NewsgraphError(
                    "E314",
                    f"another newsgraph build (pid {holder}) is writing {self.path.parent}",
                    "wait for it to finish, or build into another folder with --out",
                ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing releases the flock
            self._fd = None

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
