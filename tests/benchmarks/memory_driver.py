"""The real window in one process, driven through every page, a practice and every reading.

Usage: python tests/benchmarks/memory_driver.py DATA_DIR SWITCHES CYCLES
Prints one JSON object: the process's RSS (MB) after start, after every page was shown,
after a 2-minute practice, after every reading was opened, and after SWITCHES more page
switches and CYCLES more practices. Time runs on a FakeClock (a practice takes no real
time). Run by bench_memory.py in a fresh process so the figures are this app's alone.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return -1.0


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.core.clock import FakeClock
    from app.core.paths import DataPaths

    from app.ui.shell.app import build_services, create_application, create_window
    from app.ui.shell.navigator import PAGE_NAMES

    data, switches, cycles = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = create_application([sys.argv[0]])
    clock = FakeClock()
    services = build_services(DataPaths.portable_in(data), clock=clock)
    window = create_window(services, app)
    window.show()

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()
        gc.collect()

    completed = [0]

    def practice() -> None:
        page = window.page("practice")  # type: ignore[attr-defined]
        window.show_page("practice")  # type: ignore[attr-defined]
        page.open_practice("open-timer", {"autostart": True, "preparation_s": 0, "minutes": 2,
                                          "bell": "low-gong", "ambient": "ocean"})
        settle()
        player = page.player
        for _ in range(130):
            clock.advance(1.0)
            player.driver.check()
        QApplication.processEvents()
        if player.run.ended:
            completed[0] += 1
            player.done_button.click()
        settle()

    figures: dict[str, float] = {}
    settle()
    figures["rss_start_mb"] = rss_mb()
    for name in PAGE_NAMES:
        window.show_page(name)  # type: ignore[attr-defined]
        settle()
    figures["rss_every_page_mb"] = rss_mb()
    practice()
    figures["rss_after_practice_mb"] = rss_mb()
    for article_id in services.articles.ids():
        readings = window.page("readings")  # type: ignore[attr-defined]
        window.show_page("readings")  # type: ignore[attr-defined]
        readings.open_article(article_id)
        settle()
    figures["rss_all_readings_mb"] = rss_mb()
    before = rss_mb()
    for i in range(switches):
        window.show_page(PAGE_NAMES[i % len(PAGE_NAMES)])  # type: ignore[attr-defined]
        settle()
    figures["growth_page_switches_mb"] = round(rss_mb() - before, 1)
    before = rss_mb()
    for _ in range(cycles):
        practice()
    figures["growth_practices_mb"] = round(rss_mb() - before, 1)
    figures["rss_end_mb"] = rss_mb()
    figures["practices_completed"] = completed[0]
    print(json.dumps(figures), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
