"""How long the `newsgraph serve` page takes to become interactive.

"Interactive" is the moment the page has drawn its first view and the layout
has stabilised (physics off): ``window.newsgraphReadyAt``, in milliseconds
since navigation started, read in headless Debian Chromium. The first load
includes building the networkx projection and PageRank on the server; the
later loads reuse them.

Usage::

    python benchmarks/bench_page.py --out newsgraph-out           # an existing build (e.g. the sample)
    python benchmarks/bench_page.py --synthetic 5000              # a generated 5,000-entity graph
    python benchmarks/bench_page.py --synthetic 5000 --top 100 --top 1000 --top 5000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser import chromium
from browser.corpus import synthetic_corpus, write_build
from browser.server import Server


def page_ready_ms(driver, url: str) -> tuple[float, int, int]:
    """(ms to interactive, nodes drawn, edges drawn) for one fresh load of ``url``."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.set_script_timeout(300)
    driver.get(url)
    WebDriverWait(driver, 300, poll_frequency=0.05).until(
        lambda d: d.execute_script("return document.documentElement.dataset.ready === 'true'")
    )
    ready, nodes, edges = driver.execute_script(
        "return [window.newsgraphReadyAt, state.nodes.length, state.edges.length]"
    )
    print(f"  {url}: {ready:.0f} ms, {nodes} nodes, {edges} edges", file=sys.stderr, flush=True)
    return float(ready), int(nodes), int(edges)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--out", type=Path, help="an existing build's output folder")
    source.add_argument("--synthetic", type=int, metavar="N", help="generate a graph of N entities")
    parser.add_argument("--statements-per-entity", type=float, default=2.5)
    parser.add_argument(
        "--top", type=int, action="append", help="initial view size(s) (default: the page's 100)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="warm loads per view size (3)")
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the last view drawn")
    args = parser.parse_args()
    reason = chromium.missing()
    if reason:
        print(f"cannot measure: {reason}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-page-") as scratch:
        out = args.out
        if out is None:
            started = time.perf_counter()
            corpus = synthetic_corpus(args.synthetic, int(args.synthetic * args.statements_per_entity))
            out = write_build(Path(scratch) / "out", corpus)
            print(f"generated and stored {args.synthetic} entities in {time.perf_counter() - started:.1f} s")
        server = Server(out)
        driver = chromium.launch(Path(scratch) / "profile")
        try:
            rows = []
            for index, top in enumerate(args.top or [None]):
                url = f"{server.url}/" + (f"?top={top}" if top else "")
                first = page_ready_ms(driver, url) if index == 0 else None
                warm = [page_ready_ms(driver, url) for _ in range(args.repeat)]
                _, nodes, edges = warm[-1]
                median = statistics.median(ms for ms, _, _ in warm)
                rows.append((top or 100, nodes, edges, first[0] if first else None, median))
            errors = chromium.console_errors(driver)
            if args.screenshot:
                driver.save_screenshot(str(args.screenshot))
        finally:
            driver.quit()
            server.stop()
    print("view (top)  nodes  edges  first load (ms)  warm load, median (ms)")
    for top, nodes, edges, first, median in rows:
        first_text = f"{first:15.0f}" if first is not None else f"{'-':>15}"
        print(f"{top:10d}  {nodes:5d}  {edges:5d}  {first_text}  {median:22.0f}")
    if errors:
        print("console errors:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
