"""Readings: how long opening the longest article and searching all articles take.

    python tests/benchmarks/run.py readings
    python tests/benchmarks/bench_readings.py

article_open_ms: median time from "open this article" to a laid-out, painted reader (Markdown
parsed by Qt, typography applied, place restored), for the longest article, in a reader
window of 1000 x 700, offscreen. Opening alternates with a short article, so nothing is cached.
search_cold_ms: the first search, which builds the index. search_ms: the median of the
slowest of eight typical queries, each over all titles and bodies; search_worst_ms their
slowest single run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOALS = {
    "article_open_ms": ("<=", 50.0),
    "search_ms": ("<=", 20.0),
    "search_cold_ms": ("<=", 20.0),
}

RUNS = int(os.environ.get("REWIRE_BENCH_RUNS", "15"))
QUERIES = ("brain", "therapy relationship", "medit", "serotonin mood", "the", "a",
           "prediction error", "xyzzy")


def _search_figures() -> dict[str, float]:
    from app.core.articles import load_catalog

    catalog = load_catalog()
    start = time.perf_counter()
    catalog.search("brain")
    cold = (time.perf_counter() - start) * 1000
    slowest: list[float] = []
    for _ in range(RUNS):
        times = []
        for query in QUERIES:
            start = time.perf_counter()
            catalog.search(query)
            times.append((time.perf_counter() - start) * 1000)
        slowest.append(max(times))
    return {
        "search_cold_ms": cold,
        "search_ms": statistics.median(slowest),
        "search_worst_ms": max(slowest),
        "articles": float(len(catalog)),
    }


def _open_figures() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.core.clock import FakeClock
    from app.core.paths import DataPaths

    from app.ui.readings.page import ReadingsPage
    from app.ui.shell.app import build_services, create_application
    from app.ui.shell.navigator import Navigator

    def quiet(mode: object, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's own chatter
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(quiet)
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(DataPaths.portable_in(Path(folder)), clock=FakeClock())
        page = ReadingsPage(services, Navigator())
        page.resize(1000, 700)
        page.show()
        QApplication.processEvents()
        articles = sorted(services.articles, key=lambda a: len(a.body))
        longest, shortest = articles[-1], articles[0]
        page.open_article(shortest.id)
        QApplication.processEvents()
        times = []
        cpu_times = []
        for _ in range(RUNS):
            page.open_article(shortest.id)
            QApplication.processEvents()
            start, cpu_start = time.perf_counter(), time.process_time()
            page.open_article(longest.id)
            page.repaint()
            QApplication.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
        page.shutdown()
        page.close()
        page.deleteLater()
        QApplication.processEvents()
    qInstallMessageHandler(previous)
    del app
    return {
        "article_open_ms": statistics.median(times),
        "article_open_worst_ms": max(times),
        # CPU time of the same opens: what the figure would be on an otherwise idle machine.
        "article_open_cpu_ms": statistics.median(cpu_times),
        "longest_article_chars": float(len(longest.body)),
    }


def run() -> dict[str, float]:
    return {**_open_figures(), **_search_figures()}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<24} {value:10.3f}")
