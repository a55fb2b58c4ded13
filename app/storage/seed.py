"""Fill a practice log with a realistic history (screenshots, demos, benchmarks).

    python -m app.storage.seed --data-dir DIR [--days 365] [--per-day 1.3] [--seed 7]

Writes into DIR/data (the same layout as `rewire --data-dir DIR`). Mornings mostly, some
evenings, a few missed days and a quiet fortnight, moods and notes now and then, a week
of travel in another time zone and a few sessions added by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.core.paths import DataPaths

from app.storage.rows import SessionRow, new_row

PRACTICES = [
    ("breath-awareness-10", "Breath awareness", "guided", 600),
    ("box-breathing", "Box breathing", "pacer", 300),
    ("body-scan-10", "Body scan", "guided", 600),
    ("open-timer", "Open timer", "timer", 900),
    ("resonance-breathing", "Resonance breathing", "pacer", 600),
    ("loving-kindness-10", "Loving-kindness", "guided", 600),
    ("breathing-space-3", "Three-minute breathing space", "guided", 180),
    ("grounding-54321-3", "Grounding: 5-4-3-2-1", "guided", 180),
]
NOTES = ["Calmer afterwards.", "Mind busy, came back to the breath many times.",
         "Before a hard meeting; helped.", "Slept badly, short one today.",
         "Noticed the tension in my shoulders.", "Felt kind toward myself for once.", ""]


def history(end: date, days: int, zone: str = "America/Los_Angeles", per_day: float = 1.3,
            seed: int = 7) -> Iterator[SessionRow]:
    rng = random.Random(seed)
    quiet = set(range(days // 3, days // 3 + 12))  # a quiet fortnight
    travel = set(range(days // 2, days // 2 + 7))  # a week in Tokyo
    now = datetime.combine(end, datetime.min.time(), UTC)
    for i in range(days):
        day = end - timedelta(days=days - 1 - i)
        if (i in quiet and rng.random() < 0.85) or rng.random() < 0.12:
            continue
        tz_name = "Asia/Tokyo" if i in travel else zone
        count = max(1, int(rng.gauss(per_day, 0.5)))
        for n in range(count):
            practice_id, title, kind, planned = rng.choice(PRACTICES)
            hour = rng.choice([6, 7, 7, 7, 8, 12]) if n == 0 else rng.choice([18, 21, 22])
            start = datetime(day.year, day.month, day.day, hour, rng.randrange(60),
                             tzinfo=ZoneInfo(tz_name)).astimezone(UTC)
            if start > datetime.now(UTC) - timedelta(hours=1):
                continue
            completed = rng.random() < 0.85
            practised = planned * (1 if completed else rng.uniform(0.3, 0.9))
            manual = rng.random() < 0.03
            mood = rng.random() < 0.35
            yield new_row(
                practice_id="walking" if manual else practice_id,
                practice_title="Mindful walk" if manual else title,
                kind="manual" if manual else kind, source="manual" if manual else "app",
                started_at=start, time_zone=tz_name, planned_s=None if manual else planned,
                duration_s=practised if not manual else rng.choice([900, 1200, 1800]),
                status="done", completed=completed or manual,
                mood_before=rng.randint(2, 4) if mood else None,
                mood_after=rng.randint(3, 5) if mood else None,
                note=rng.choice(NOTES) if rng.random() < 0.25 else "", updated=now)


def seed_log(data: Path, rows: Iterator[SessionRow]) -> int:
    from app.storage.log import PracticeLog

    practice_log = PracticeLog.in_folder(data, auto_backup=False)
    try:
        batch = list(rows)
        if not practice_log.add_rows(batch):
            raise OSError("the log could not be written")
        practice_log.backup_now("seeded")
    finally:
        practice_log.close()
    return len(batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, metavar="DIR")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=float, default=1.3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--zone", default="America/Los_Angeles")
    args = parser.parse_args(argv)
    paths = DataPaths.portable_in(Path(args.data_dir))
    paths.ensure()
    end = datetime.now(ZoneInfo(args.zone)).date()
    count = seed_log(paths.data, history(end, args.days, args.zone, args.per_day, args.seed))
    print(f"seeded {count} sessions over {args.days} days into {paths.data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
