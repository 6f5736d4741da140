"""A real `newsgraph serve` child process on a free local port, for tests and benchmarks."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path


class Server:
    """A `newsgraph serve` child process; ``url`` is its base URL."""

    def __init__(self, out: Path, *args: str) -> None:
        command = [sys.executable, "-m", "newsgraph", "serve", "--out", str(out), "--port", "0", *args]
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        self.log: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.process.stderr.readline()
            if not line:
                break
            self.log.append(line)
            found = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
            if found:
                self.url = found.group(1)
                threading.Thread(target=self._drain, daemon=True).start()
                return
        self.stop()
        raise RuntimeError("newsgraph serve did not start:\n" + "".join(self.log))

    def _drain(self) -> None:
        for line in self.process.stderr:
            self.log.append(line)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
