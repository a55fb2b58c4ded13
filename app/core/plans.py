"""Homework plans from the clinician: a small JSON file, validated like any input.

The format is documented for clinics in docs/plans.md:

    {"format": "rewire-plan", "version": 1, "title": "Two calm weeks",
     "from": "Your counselor", "starts": "2026-11-23", "ends": "2026-12-06",
     "note": "optional words from the clinician",
     "items": [{"practice": "box-breathing", "minutes": 5, "per": "day"},
               {"practice": "body-scan-10", "minutes": 20, "per": "week"},
               {"read": "cbt-and-the-brain", "by": "2026-12-02"}]}

A plan may give `"days": 7` instead of `starts`/`ends`: it then starts on the day it is taken
up (the built-in "Start here" course, resources/plans/start-here.json, is one). An item may
name its plan `day` (1 = the first day): a practice for that day only, a reading suggested
that day. `translations` carries the title, "from" and note in other languages.

A bad plan is refused with a PlanError whose message names the file and the problem; the
current plan stays. The accepted plan is stored, normalised, as <data>/plan.json.
Progress is computed from per-day minutes of each practice and from what has been read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
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
    day: int | None = None  # only on this plan day (1 = the first)


@dataclass(frozen=True)
class ReadItem:
    read: str
    by: date | None
    day: int | None = None  # suggested on this plan day (then `by` is that date)


# (language, (title, from, note)) pairs: the plan's words in other languages.
PlanTranslations = tuple[tuple[str, tuple[str, str, str]], ...]


Item = PracticeItem | ReadItem


@dataclass(frozen=True)
class Plan:
    title: str
    clinician: str
    starts: date
    ends: date
    items: tuple[Item, ...]
    note: str = ""
    translations: PlanTranslations = ()
    extras: PlanExtras | None = None  # appointments, check-ins, support plan (plan_extras.py)

    def to_json(self) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for item in self.items:
            if isinstance(item, PracticeItem):
                entry: dict[str, Any] = {"practice": item.practice, "minutes": item.minutes,
                                         "per": item.per}
            else:
                entry = {"read": item.read}
                if item.by and item.day is None:
                    entry["by"] = item.by.isoformat()
            if item.day is not None:
                entry["day"] = item.day
            items.append(entry)
        data = {"format": FORMAT, "version": VERSION, "title": self.title,
                "from": self.clinician, "starts": self.starts.isoformat(),
                "ends": self.ends.isoformat(), "note": self.note, "items": items}
        if self.translations:
            data["translations"] = {lang: {"title": t, "from": f, "note": n}
                                    for lang, (t, f, n) in self.translations}
        if self.extras is not None:
            data.update(self.extras.as_json())
        return data

    def days(self) -> int:
        return (self.ends - self.starts).days + 1

    def in_language(self, language: str) -> Plan:
        """This plan with its title, "from" and note in ``language`` where it has them."""
        words = dict(self.translations).get(language)
        if words is None:
            return self
        title, clinician, note = words
        return replace(self, title=title or self.title, clinician=clinician or self.clinician,
                       note=note or self.note)


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


def _practice_item(raw: Mapping[str, Any], n: int, known: Collection[str] | None,
                   days: int) -> PracticeItem:
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
    day = _item_day(raw, n, days)
    if day is not None and per != "day":
        raise PlanError(_N('item {n}: a practice for one "day" must have "per": "day"'), n=n)
    return PracticeItem(pid, minutes, str(per), day)


def _item_day(raw: Mapping[str, Any], n: int, days: int) -> int | None:
    day = raw.get("day")
    if day is None:
        return None
    if not isinstance(day, int) or isinstance(day, bool) or not 1 <= day <= days:
        raise PlanError(_N('item {n}: "day" must be a whole number from 1 to {days}'), n=n,
                        days=days)
    return day


def _read_item(raw: Mapping[str, Any], n: int, known: Collection[str] | None,
               starts: date, days: int) -> ReadItem:
    aid = raw.get("read")
    if not isinstance(aid, str) or not aid:
        raise PlanError(_N('item {n}: "read" must name a reading'), n=n)
    if known is not None and aid not in known:
        raise PlanError(_N('item {n}: Rewire has no reading called "{id}"'), n=n, id=aid[:40])
    by = _date(raw["by"], f'item {n}: "by"') if raw.get("by") is not None else None
    day = _item_day(raw, n, days)
    if day is not None:
        if by is not None:
            raise PlanError(_N('item {n} has both "by" and "day"; use one'), n=n)
        by = starts + timedelta(days=day - 1)
    return ReadItem(aid, by, day)


def _dates(raw: Mapping[str, Any], start_on: date | None) -> tuple[date, date]:
    """The plan's first and last day: from ``starts``/``ends``, or ``days`` from
    ``start_on`` (the day the plan is taken up)."""
    if "days" in raw and "starts" not in raw and "ends" not in raw:
        days = raw["days"]
        if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
            raise PlanError(_N('"days" must be a whole number from 1 to {days}'), days=MAX_DAYS)
        if start_on is None:
            raise PlanError(_N('"starts" is missing'))
        return start_on, start_on + timedelta(days=days - 1)
    if "days" in raw:
        raise PlanError(_N('a plan gives either "days" or "starts" and "ends", not both'))
    starts = _date(raw.get("starts"), '"starts"')
    ends = _date(raw.get("ends"), '"ends"')
    if ends < starts:
        raise PlanError(_N('"ends" is before "starts"'))
    if (ends - starts).days + 1 > MAX_DAYS:
        raise PlanError(_N("a plan can last at most {days} days"), days=MAX_DAYS)
    return starts, ends


def _translations(raw: Mapping[str, Any]) -> PlanTranslations:
    value = raw.get("translations")
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and len(k) <= 10 and isinstance(v, dict)
            for k, v in value.items()):
        raise PlanError(_N('"translations" must map languages to texts, like '
                           '{{"es": {{"title": "..."}}}}'))
    return tuple(sorted(
        (lang, (_text(words, "title", 120, required=False),
                _text(words, "from", 120, required=False),
                _text(words, "note", 1000, required=False)))
        for lang, words in value.items()))


def parse_plan(raw: Any, known_practices: Collection[str] | None = None,
               known_articles: Collection[str] | None = None, *,
               start_on: date | None = None) -> Plan:
    """A Plan from parsed JSON, or PlanError saying what is wrong (without the file name).
    ``start_on`` is the first day of a plan that gives ``days`` instead of dates."""
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
    starts, ends = _dates(raw, start_on)
    days = (ends - starts).days + 1
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
            items.append(_practice_item(item, n, known_practices, days))
        elif "read" in item:
            items.append(_read_item(item, n, known_articles, starts, days))
        else:
            raise PlanError(_N('item {n} needs "practice" or "read"'), n=n)
    from app.core.plan_extras import parse_extras

    return Plan(title, clinician, starts, ends, tuple(items), note, _translations(raw),
                parse_extras(raw))


def load_plan_file(path: Path, known_practices: Collection[str] | None = None,
                   known_articles: Collection[str] | None = None, *,
                   start_on: date | None = None) -> Plan:
    """Read and check a plan file; PlanError names the file and the problem. A plan that gives
    ``days`` starts on ``start_on``."""
    name = Path(path).name
    try:
        raw = read_json(Path(path), max_bytes=MAX_BYTES)
    except JsonFileError as exc:
        raise PlanError(_N("{problem}"), name, problem=exc.problem) from None
    except OSError as exc:
        raise PlanError(_N("the file could not be read ({reason})"), name,
                        reason=str(exc.strerror or exc)) from None
    try:
        return parse_plan(raw, known_practices, known_articles, start_on=start_on)
    except PlanError as exc:
        raise exc.in_file(name) from None


class PlanStore:
    """The current plan, kept as <data>/plan.json (the Start here course uses the same store
    as <data>/course.json). Importing a bad file changes nothing."""

    def __init__(self, data_dir: Path, known_practices: Collection[str] | None = None,
                 known_articles: Collection[str] | None = None,
                 file_name: str = PLAN_FILE) -> None:
        self.path = Path(data_dir) / file_name
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

    def import_file(self, path: Path, start_on: date | None = None) -> Plan:
        """Check `path` and make it the current plan (a plan that gives ``days`` starts on
        ``start_on``, the day it is imported). Raises PlanError; nothing changes then."""
        plan = load_plan_file(path, self.known_practices, self.known_articles,
                              start_on=start_on)
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
            self.path.replace(self.path.with_name(self.path.name + ".removed"))
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
