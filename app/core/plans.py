"""Homework plans from the clinician: a small JSON file, validated like any input.

The format is documented for clinics in docs/plans.md:

    {"format": "rewire-plan", "version": 1, "title": "Two calm weeks",
     "from": "Your counselor", "starts": "2026-11-23", "ends": "2026-12-06",
     "note": "optional words from the clinician",
     "items": [{"practice": "box-breathing", "minutes": 5, "per": "day"},
               {"practice": "body-scan-10", "minutes": 20, "per": "week"},
               {"read": "cbt-and-the-brain", "by": "2026-12-02"}]}

A bad plan is refused with a PlanError whose message names the file and the problem; the
current plan stays. The accepted plan is stored, normalised, as <data>/plan.json.
Progress is computed from per-day minutes of each practice and from what has been read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.atomic import atomic_write_text, keep_aside
from app.core.jsonfile import JsonFileError, read_json
from app.core.notices import Level, Notice

FORMAT = "rewire-plan"
VERSION = 1
MAX_BYTES = 64 * 1024
MAX_ITEMS = 20
MAX_DAYS = 366
PLAN_FILE = "plan.json"

if TYPE_CHECKING:
    from app.core.plan_extras import PlanExtras


def _N(text: str) -> str:
    """Marks a message template for translation (lupdate reads _N like QT_TR_NOOP); the UI
    translates `PlanError.template` and fills in `PlanError.params`."""
    return text


class PlanError(ValueError):
    """A plan file that cannot be used; str() is a sentence for the user (in English).

    `template` and `params` let the UI show the same sentence in the person's language;
    `file` is the name of the file it is about.
    """

    def __init__(self, template: str, file: str = "", **params: object) -> None:
        self.template = template
        self.params = params
        self.file = file
        super().__init__(self.describe(template))

    def describe(self, template: str) -> str:
        text = template.format(**self.params)
        return f"{self.file}: {text}" if self.file else text

    def in_file(self, name: str) -> PlanError:
        return PlanError(self.template, name, **self.params)


@dataclass(frozen=True)
class PracticeItem:
    practice: str
    minutes: int
    per: str  # "day" | "week"


@dataclass(frozen=True)
class ReadItem:
    read: str
    by: date | None


Item = PracticeItem | ReadItem


@dataclass(frozen=True)
class Plan:
    title: str
    clinician: str
    starts: date
    ends: date
    items: tuple[Item, ...]
    note: str = ""
    extras: PlanExtras | None = None  # appointments, check-ins, support plan (plan_extras.py)

    def to_json(self) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for item in self.items:
            if isinstance(item, PracticeItem):
                items.append({"practice": item.practice, "minutes": item.minutes,
                              "per": item.per})
            else:
                entry: dict[str, Any] = {"read": item.read}
                if item.by:
                    entry["by"] = item.by.isoformat()
                items.append(entry)
        data = {"format": FORMAT, "version": VERSION, "title": self.title,
                "from": self.clinician, "starts": self.starts.isoformat(),
                "ends": self.ends.isoformat(), "note": self.note, "items": items}
        if self.extras is not None:
            data.update(self.extras.as_json())
        return data

    def days(self) -> int:
        return (self.ends - self.starts).days + 1


def _text(raw: Mapping[str, Any], key: str, limit: int, required: bool) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise PlanError(_N('"{key}" must be text'), key=key)
    value = " ".join(value.split())
    if required and not value:
        raise PlanError(_N('"{key}" is missing'), key=key)
    if len(value) > limit:
        raise PlanError(_N('"{key}" is longer than {limit} characters'), key=key,
                        limit=limit)
    return value


def _date(value: Any, what: str) -> date:
    if not isinstance(value, str):
        raise PlanError(_N('{what} must be a date like "2026-12-01"'), what=what)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PlanError(_N('{what} "{value}" is not a date like "2026-12-01"'), what=what,
                        value=value[:20]) from None


def _practice_item(raw: Mapping[str, Any], n: int,
                   known: Collection[str] | None) -> PracticeItem:
    pid = raw.get("practice")
    if not isinstance(pid, str) or not pid:
        raise PlanError(_N('item {n}: "practice" must name a practice'), n=n)
    if known is not None and pid not in known:
        raise PlanError(_N('item {n}: Rewire has no practice called "{id}"'), n=n, id=pid[:40])
    minutes = raw.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 600:
        raise PlanError(_N('item {n}: "minutes" must be a whole number from 1 to 600'), n=n)
    per = raw.get("per", "day")
    if per not in ("day", "week"):
        raise PlanError(_N('item {n}: "per" must be "day" or "week"'), n=n)
    if per == "day" and minutes > 180:
        raise PlanError(_N("item {n}: more than 180 minutes a day is not a reasonable plan"), n=n)
    return PracticeItem(pid, minutes, str(per))


def _read_item(raw: Mapping[str, Any], n: int, known: Collection[str] | None) -> ReadItem:
    aid = raw.get("read")
    if not isinstance(aid, str) or not aid:
        raise PlanError(_N('item {n}: "read" must name a reading'), n=n)
    if known is not None and aid not in known:
        raise PlanError(_N('item {n}: Rewire has no reading called "{id}"'), n=n, id=aid[:40])
    by = _date(raw["by"], f'item {n}: "by"') if raw.get("by") is not None else None
    return ReadItem(aid, by)


def parse_plan(raw: Any, known_practices: Collection[str] | None = None,
               known_articles: Collection[str] | None = None) -> Plan:
    """A Plan from parsed JSON, or PlanError saying what is wrong (without the file name)."""
    if not isinstance(raw, dict):
        raise PlanError(_N("it does not hold a plan (a JSON object)"))
    if raw.get("format") != FORMAT:
        raise PlanError(_N('it is not a Rewire plan ("format" must be "{format}")'), format=FORMAT)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanError(_N('"version" must be a whole number'))
    if version > VERSION:
        raise PlanError(_N("it was made for a newer Rewire (plan version {version}); "
                           "please update Rewire"), version=version)
    title = _text(raw, "title", 120, required=True)
    clinician = _text(raw, "from", 120, required=False)
    note = _text(raw, "note", 1000, required=False)
    starts = _date(raw.get("starts"), '"starts"')
    ends = _date(raw.get("ends"), '"ends"')
    if ends < starts:
        raise PlanError(_N('"ends" is before "starts"'))
    if (ends - starts).days + 1 > MAX_DAYS:
        raise PlanError(_N("a plan can last at most {days} days"), days=MAX_DAYS)
    items_raw = raw.get("items")
    if not isinstance(items_raw, list) or not items_raw:
        raise PlanError(_N('"items" must be a list with at least one item'))
    if len(items_raw) > MAX_ITEMS:
        raise PlanError(_N("a plan can have at most {items} items"), items=MAX_ITEMS)
    items: list[Item] = []
    for n, item in enumerate(items_raw, start=1):
        if not isinstance(item, dict):
            raise PlanError(_N("item {n} is not an object"), n=n)
        if "practice" in item and "read" in item:
            raise PlanError(_N('item {n} has both "practice" and "read"; use two items'), n=n)
        if "practice" in item:
            items.append(_practice_item(item, n, known_practices))
        elif "read" in item:
            items.append(_read_item(item, n, known_articles))
        else:
            raise PlanError(_N('item {n} needs "practice" or "read"'), n=n)
    from app.core.plan_extras import parse_extras

    return Plan(title, clinician, starts, ends, tuple(items), note, parse_extras(raw))


def load_plan_file(path: Path, known_practices: Collection[str] | None = None,
                   known_articles: Collection[str] | None = None) -> Plan:
    """Read and check a plan file; PlanError names the file and the problem."""
    name = Path(path).name
    try:
        raw = read_json(Path(path), max_bytes=MAX_BYTES)
    except JsonFileError as exc:
        raise PlanError(_N("{problem}"), name, problem=exc.problem) from None
    except OSError as exc:
        raise PlanError(_N("the file could not be read ({reason})"), name,
                        reason=str(exc.strerror or exc)) from None
    try:
        return parse_plan(raw, known_practices, known_articles)
    except PlanError as exc:
        raise exc.in_file(name) from None


class PlanStore:
    """The current plan, kept as <data>/plan.json. Importing a bad file changes nothing."""

    def __init__(self, data_dir: Path, known_practices: Collection[str] | None = None,
                 known_articles: Collection[str] | None = None) -> None:
        self.path = Path(data_dir) / PLAN_FILE
        self.known_practices = known_practices
        self.known_articles = known_articles
        self.plan: Plan | None = None
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """`listener()` is called after the plan changed (imported or removed)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def load(self) -> Notice | None:
        """Load the stored plan; a damaged one is kept as plan.json.bad and reported."""
        if not self.path.exists():
            return None
        try:
            self.plan = load_plan_file(self.path, self.known_practices, self.known_articles)
        except PlanError as exc:
            bad = keep_aside(self.path, move=True)
            text = (f"{exc}. The file was kept as {bad.name}; import the plan again." if bad
                    else f"{exc}. Import the plan again.")
            return Notice(Level.WARNING, "Homework plan not loaded", text, self.path)
        return None

    def import_file(self, path: Path) -> Plan:
        """Check `path` and make it the current plan. Raises PlanError; nothing changes then."""
        plan = load_plan_file(path, self.known_practices, self.known_articles)
        text = json.dumps(plan.to_json(), indent=2, ensure_ascii=False) + "\n"
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            raise PlanError(_N("the plan could not be saved in {folder} ({reason})"),
                            Path(path).name, folder=str(self.path.parent),
                            reason=str(exc.strerror or exc)) from None
        self.plan = plan
        self._changed()
        return plan

    def remove(self) -> None:
        if self.path.exists():
            self.path.replace(self.path.with_name(PLAN_FILE + ".removed"))
        self.plan = None
        self._changed()


def shipped_ids(folder: str, suffix: str) -> frozenset[str] | None:
    """Ids of the practices or readings Rewire ships (file stems), None when none are found."""
    from app.core.resources import resource_path

    try:
        found = frozenset(p.stem for p in resource_path(folder).glob(f"*{suffix}")
                          if p.stem.islower() and p.stem != "readme")
    except (FileNotFoundError, OSError):
        return None
    return found or None


def open_plan_store(data_dir: Path) -> tuple[PlanStore, Notice | None]:
    """The plan store for the data folder, checked against what Rewire ships."""
    store = PlanStore(data_dir, shipped_ids("practices", ".json"), shipped_ids("articles", ".md"))
    return store, store.load()


# -- progress ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemProgress:
    item: Item
    done: float  # minutes (practice) or 1/0 (reading)
    target: float  # minutes for today / this week, or 1
    days_met: int = 0  # per-day practice: plan days so far whose target was met
    days_so_far: int = 0  # per-day practice: plan days up to today

    @property
    def complete(self) -> bool:
        return self.done >= self.target

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.target) if self.target else 1.0


@dataclass(frozen=True)
class PlanProgress:
    plan: Plan
    items: tuple[ItemProgress, ...]
    today: date
    state: str  # "upcoming" | "active" | "finished"

    @property
    def days_left(self) -> int:
        return max(0, (self.plan.ends - self.today).days)


def plan_progress(plan: Plan, today: date,
                  minutes: Mapping[tuple[str, int], float],
                  read: Iterable[str]) -> PlanProgress:
    """Progress of each item.

    `minutes` maps (practice id, practice-day ordinal) to minutes practised that day;
    `read` holds the ids of readings finished.
    """
    read_ids = set(read)
    state = ("upcoming" if today < plan.starts else
             "finished" if today > plan.ends else "active")
    first = plan.starts.toordinal()
    last = min(today, plan.ends).toordinal()
    out: list[ItemProgress] = []
    for item in plan.items:
        if isinstance(item, ReadItem):
            out.append(ItemProgress(item, 1.0 if item.read in read_ids else 0.0, 1.0))
            continue
        if item.per == "day":
            day = today.toordinal()
            done_today = minutes.get((item.practice, day), 0.0)
            met = sum(1 for d in range(first, last + 1)
                      if minutes.get((item.practice, d), 0.0) >= item.minutes - 1e-6)
            out.append(ItemProgress(item, done_today, float(item.minutes), met,
                                    max(0, last - first + 1)))
        else:
            monday = today.toordinal() - today.weekday()
            week = sum(minutes.get((item.practice, d), 0.0)
                       for d in range(max(monday, first), last + 1))
            out.append(ItemProgress(item, week, float(item.minutes)))
    return PlanProgress(plan, tuple(out), today, state)


def practices_in(plan: Plan) -> list[str]:
    return [i.practice for i in plan.items if isinstance(i, PracticeItem)]
