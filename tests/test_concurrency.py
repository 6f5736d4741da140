"""Readers during a build, and two builds on one folder, with real processes.

While a ``newsgraph build`` process writes, ``newsgraph query`` processes keep
answering (from a read-only view of the store: whole documents, never fewer
than before the build); a second build on the same folder is refused with a
clear message and exit code 1, and the first build finishes unharmed.
"""

from __future__ import annotations

import subprocess

import pytest
from realproc import build, command, newsgraph, write_articles

pytestmark = pytest.mark.slow

COUNT_DOCS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ng:Document }"


def _documents(out) -> int:
    result = newsgraph("query", COUNT_DOCS, "--format", "csv", "--out", out, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return int(result.stdout.split()[-1])


def test_queries_work_and_a_second_build_is_refused_while_a_build_writes(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_articles(corpus, 3)
    assert build(corpus, "--out", out).returncode == 0
    assert _documents(out) == 3
    write_articles(corpus, 57, start=3)

    writer = subprocess.Popen(
        command("build", "--no-progress", corpus, "--out", out, "--batch-size", "1"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    second = None
    try:
        seen = []
        while writer.poll() is None:
            seen.append(_documents(out))
            if second is None:  # (after one read: the writer has had time to take the lock)
                second = subprocess.Popen(
                    command("build", "--no-progress", corpus, "--out", out),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
        _, writer_err = writer.communicate(timeout=600)
        _, second_err = second.communicate(timeout=120) if second is not None else (None, "")
    finally:
        for process in (writer, second):
            if process is not None and process.poll() is None:
                process.kill()
    assert writer.returncode == 0, writer_err
    assert len(seen) >= 2, "the build ended before the readers could run; make it longer"
    assert all(3 <= n <= 60 for n in seen) and seen == sorted(seen), seen
    assert second is not None and second.returncode == 1, second_err
    assert "another newsgraph build" in second_err and "Traceback" not in second_err
    assert _documents(out) == 60
