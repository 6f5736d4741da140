"""``newsgraph build --jobs N``: the same graph as a serial build, in order, robust to a dying worker."""

from __future__ import annotations

import signal
import subprocess

import pytest
from realproc import build, command, sorted_nquads, wait_for, write_articles

from newsgraph.parallel import count_inputs


@pytest.fixture(scope="module")
def corpus_and_serial(tmp_path_factory):
    root = tmp_path_factory.mktemp("parallel")
    corpus = root / "corpus"
    write_articles(corpus, 12)
    result = build(corpus, "--out", root / "serial", "--batch-size", "2")
    assert result.returncode == 0, result.stderr
    return corpus, sorted_nquads(root / "serial")


@pytest.mark.slow
def test_jobs_2_gives_the_serial_graph_with_a_progress_bar_and_eta(corpus_and_serial, tmp_path):
    corpus, serial = corpus_and_serial
    out = tmp_path / "out"
    result = subprocess.run(
        command("build", corpus, "--out", out, "--jobs", "2", "--batch-size", "2"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "12/12 [" in result.stderr and "<" in result.stderr  # tqdm: total known, so an ETA
    assert sorted_nquads(out) == serial


@pytest.mark.slow
def test_a_worker_killed_with_sigkill_costs_nothing(corpus_and_serial, tmp_path):
    psutil = pytest.importorskip("psutil")
    corpus, serial = corpus_and_serial
    out = tmp_path / "out"
    process = subprocess.Popen(
        command("build", "--no-progress", corpus, "--out", out, "--jobs", "2", "--batch-size", "1"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:

        def workers() -> list:
            children = psutil.Process(process.pid).children(recursive=True)
            return [c for c in children if "spawn_main" in " ".join(c.cmdline())]

        # as soon as both exist: they are still loading the pipeline, or on their first batches
        wait_for(lambda: len(workers()) == 2, 120, "two worker processes", interval=0.05)
        workers()[0].send_signal(signal.SIGKILL)
        _, stderr = process.communicate(timeout=600)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "a worker process died" in stderr
    assert sorted_nquads(out) == serial


def test_count_inputs_counts_files_and_jsonl_lines(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / "sub" / "feed.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    assert count_inputs([tmp_path]) == 5
    assert count_inputs([tmp_path / "a.txt", tmp_path / "missing.txt"]) == 2
