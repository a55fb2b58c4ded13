"""How fast the Journal's figures are at 1,000 and 100,000 sessions.

    python tests/benchmarks/run.py log

stats_<n>_ms: every Journal figure from a cold cache (streaks, totals, this week, the
year's heatmap, 26 weeks of the chart and the 50 most recent sessions), median of 7.
journal_open_100k_ms: building and showing the Journal page on 100,000 sessions (median of
3, after a first open that loads QtCharts: journal_first_open_100k_ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOALS = {"stats_1k_ms": ("<=", 30.0), "stats_100k_ms": ("<=", 30.0)}


def _fill(data: Path, sessions: int) -> None:
    from app.storage.seed import history, seed_log

    per_day = max(1.0, sessions / 3300) if sessions < 10_000 else sessions / 11000 / 0.88
    days = 3650 if sessions < 10_000 else 11000
    rows = list(history(date.today(), days, per_day=per_day, seed=sessions))
    seed_log(data, iter(rows[-sessions:]))


def _figures_ms(data: Path) -> float:
    from app.core.streaks import StreakRules

    from app.storage.log import PracticeLog

    lg = PracticeLog.in_folder(data, auto_backup=False)
    rules = StreakRules()
    times = []
    for _ in range(7):
        lg._day_cache.clear()
        started = time.perf_counter()
        stats = lg.stats(rules)
        lg.day_minutes(stats.today - 7 * 53, stats.today, rules.day_start_hour)
        lg.week_minutes(stats.today, 26, rules.day_start_hour)
        lg.recent(50)
        times.append((time.perf_counter() - started) * 1000)
    lg.close()
    return statistics.median(times)


def _journal_open_ms(root: Path) -> tuple[float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.core.paths import DataPaths

    from app.ui.journal import page as journal
    from app.ui.shell.app import build_services
    from app.ui.shell.navigator import Navigator

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(4):
        services = build_services(DataPaths.portable_in(root))
        navigator = Navigator()
        started = time.perf_counter()
        page = journal.create_page(services, navigator)
        page.resize(1000, 760)
        page.show()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        page.shutdown()  # type: ignore[attr-defined]
        page.close()
        page.deleteLater()
        app.processEvents()
        services.log.close()
    return times[0], statistics.median(times[1:])


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="rewire-bench-log-") as tmp:
        figures: dict[str, float] = {}
        for n, name in ((1000, "1k"), (100_000, "100k")):
            root = Path(tmp) / name
            (root / "data").mkdir(parents=True)
            _fill(root / "data", n)
            figures[f"stats_{name}_ms"] = round(_figures_ms(root / "data"), 2)
        first, median = _journal_open_ms(Path(tmp) / "100k")
        figures["journal_first_open_100k_ms"] = round(first, 1)
        figures["journal_open_100k_ms"] = round(median, 1)
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
