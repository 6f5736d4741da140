"""Helpers for tests that run newsgraph as real processes (builds, kills, clusters, servers)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

COUNTRIES = ["Ruritania", "Freedonia", "Latveria", "Genovia", "Elbonia", "Sokovia"]
COMPANIES = ["Zephyr Networks", "Omnicom Telecom", "Borealis Systems", "Kestrel Data", "Tidewater Labs"]
PEOPLE = ["Alice Marsh", "Victor Lang", "Maria Ortiz", "Samuel Reed", "Ingrid Holm"]


def article(number: int) -> str:
    """A short made-up news article (title, blank line, body) that the rules extractor finds relations in."""
    country = COUNTRIES[number % len(COUNTRIES)]
    company = COMPANIES[number % len(COMPANIES)]
    rival = COMPANIES[(number + 2) % len(COMPANIES)]
    person = PEOPLE[number % len(PEOPLE)]
    return (
        f"{country} bans {company} equipment\n\n"
        f"The government of {country} banned {company} from its telecom networks on Monday, "
        f"article {number} reports. {person}, the chief executive of {company}, said the company "
        f"would challenge the decision. {rival} supplies routers to several operators in {country}. "
        f"The ministry did not ban {rival}.\n"
    )


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` articles as ``folder/article-NNN.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"article-{number:03d}.txt"
        path.write_text(article(number), encoding="utf-8")
        paths.append(path)
    return paths


def command(*args: str | os.PathLike[str]) -> list[str]:
    return [sys.executable, "-m", "newsgraph", *map(str, args)]


def newsgraph(*args: str | os.PathLike[str], timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """Run ``newsgraph ARGS`` in a new process; text output captured."""
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=timeout, **kwargs)


def build(*args: str | os.PathLike[str], timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    return newsgraph("build", "--no-progress", *args, timeout=timeout, **kwargs)


def sorted_nquads(out: Path) -> list[str]:
    """The build's graph as sorted N-Quads lines (``newsgraph export --format nq`` in a new process)."""
    result = newsgraph("export", "--format", "nq", "--out", out)
    assert result.returncode == 0, result.stderr
    return sorted(line for line in result.stdout.splitlines() if line.strip())


def graph_of(nquads: list[str], doc_id: str) -> list[str]:
    """The lines of one document's named graph."""
    suffix = f"<https://w3id.org/newsgraph/id/graph/{doc_id}> ."
    return [line for line in nquads if line.endswith(suffix)]


def wait_for(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
