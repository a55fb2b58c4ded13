"""The personal support plan: what I notice, what I can do, who I can turn to.

Six parts, in the order a person reaches for them when things get hard: my warning signs,
things I can do on my own, people and places that help, people I can ask for help (with their
numbers), professionals (the clinic and the 988 Lifeline prefilled from the clinic profile),
and how I keep myself safe. It is kept only on this computer (``data/support-plan.json``, see
app/core/personal_file.py), never in kiosk mode. A homework plan may prefill parts of it
(docs/plans.md, block ``support_plan``); what the client wrote is never overwritten.

The words are the client's own and are only ever shown as plain text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.core.personal_file import PersonalFile

FILE = "support-plan.json"
FORMAT = "rewire-support-plan"
LISTS = ("warning_signs", "on_my_own", "people_places", "keep_safe")
CONTACTS = ("ask_for_help", "professionals")
PARTS = ("warning_signs", "on_my_own", "people_places", "ask_for_help", "professionals",
         "keep_safe")
MAX_ENTRIES = 12
MAX_TEXT = 300
MAX_NAME = 80
MAX_PHONE = 40


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str = ""

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "phone": self.phone}


@dataclass(frozen=True)
class SupportPlan:
    warning_signs: tuple[str, ...] = ()
    on_my_own: tuple[str, ...] = ()
    people_places: tuple[str, ...] = ()
    ask_for_help: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    keep_safe: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(getattr(self, part) for part in PARTS)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT, "version": 1}
        for part in LISTS:
            data[part] = list(getattr(self, part))
        for part in CONTACTS:
            data[part] = [c.as_json() for c in getattr(self, part)]
        return data

    def merged_with(self, prefill: SupportPlan) -> SupportPlan:
        """This plan with every *empty* part taken from ``prefill`` (nothing overwritten)."""
        changes = {part: getattr(prefill, part) for part in PARTS
                   if not getattr(self, part) and getattr(prefill, part)}
        return replace(self, **changes) if changes else self


def _clean(text: Any, limit: int, what: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"{what} must be text")
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise ValueError(f"{what} is longer than {limit} characters")
    return cleaned


def _list(raw: Any, part: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_ENTRIES:
        raise ValueError(f'"{part}" must be a list of at most {MAX_ENTRIES} texts')
    return tuple(t for t in (_clean(v, MAX_TEXT, f'an entry of "{part}"') for v in raw) if t)


def _contacts(raw: Any, part: str) -> tuple[Contact, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_ENTRIES:
        raise ValueError(f'"{part}" must be a list of at most {MAX_ENTRIES} people')
    out = []
    for entry in raw:
        if not isinstance(entry, Mapping):
            raise ValueError(f'an entry of "{part}" must have a "name"')
        name = _clean(entry.get("name", ""), MAX_NAME, f'a name in "{part}"')
        phone = _clean(entry.get("phone", ""), MAX_PHONE, f'a number in "{part}"')
        if name or phone:
            out.append(Contact(name, phone))
    return tuple(out)


def parse_support_plan(raw: Any, *, stored: bool = True) -> SupportPlan:
    """A SupportPlan from JSON (the stored file, or a plan file's ``support_plan`` block when
    ``stored`` is False); ValueError names the problem."""
    if not isinstance(raw, Mapping):
        raise ValueError("it does not hold a support plan")
    if stored and raw.get("format") != FORMAT:
        raise ValueError("it is not a Rewire support plan")
    unknown = [k for k in raw if k not in PARTS and k not in ("format", "version")]
    if not stored and unknown:
        raise ValueError(f'"support_plan" has an unknown part "{str(unknown[0])[:30]}"')
    return SupportPlan(
        warning_signs=_list(raw.get("warning_signs"), "warning_signs"),
        on_my_own=_list(raw.get("on_my_own"), "on_my_own"),
        people_places=_list(raw.get("people_places"), "people_places"),
        ask_for_help=_contacts(raw.get("ask_for_help"), "ask_for_help"),
        professionals=_contacts(raw.get("professionals"), "professionals"),
        keep_safe=_list(raw.get("keep_safe"), "keep_safe"))


def clinic_professionals(clinic_name: str, clinic_phone: str,
                         crisis: Iterable[tuple[str, str]] = ()) -> tuple[Contact, ...]:
    """The clinic (and the crisis lines other than 911) as the prefilled professionals."""
    out = ([Contact(clinic_name[:MAX_NAME], clinic_phone[:MAX_PHONE])]
           if clinic_name or clinic_phone else [])
    for label, number in crisis:
        if number and number not in ("911", clinic_phone):
            name = label.split(":", 1)[0].strip()  # "988 Suicide & Crisis Lifeline: call..."
            out.append(Contact(name[:MAX_NAME], number[:MAX_PHONE]))
    return tuple(out[:MAX_ENTRIES])


def support_plan_file(data_dir: Path) -> PersonalFile[SupportPlan]:
    return PersonalFile(Path(data_dir) / FILE, parse_support_plan, SupportPlan.as_json,
                        "Support plan")


# -- the summary's "what I want to talk about" ---------------------------------------------
NOTES_FILE = "counselor-notes.json"
MAX_TALK_ABOUT = 2000


@dataclass(frozen=True)
class CounselorNotes:
    talk_about: str = ""


def parse_counselor_notes(raw: Any) -> CounselorNotes:
    if not isinstance(raw, Mapping) or raw.get("format") != "rewire-counselor-notes":
        raise ValueError("it is not a Rewire notes file")
    text = raw.get("talk_about", "")
    if not isinstance(text, str):
        raise ValueError('"talk_about" must be text')
    return CounselorNotes(text[:MAX_TALK_ABOUT])


def counselor_notes_file(data_dir: Path) -> PersonalFile[CounselorNotes]:
    return PersonalFile(
        Path(data_dir) / NOTES_FILE, parse_counselor_notes,
        lambda n: {"format": "rewire-counselor-notes", "version": 1,
                   "talk_about": n.talk_about}, "Notes for your counselor")
