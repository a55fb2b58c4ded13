"""The clinic that hands out Rewire, read from resources/clinic.json.

A different clinic replaces that one file and nothing else. A broken file never stops the app:
Rewire falls back to a neutral profile (911 and 988 still shown) and says which file is wrong.
The "about" text and each crisis line's label may carry translations
(``"about_translations": {"es": "..."}``, ``"label_translations": {"es": "..."}``);
``ClinicProfile.in_language`` picks them, so a client who reads Spanish finds help in Spanish.

``office_hours`` says when the office answers (empty when the clinic has not said: the
crisis dialog then asks the client to check with their counselor, it never guesses), and
``after_hours`` what to do outside them; both may be translated the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core.jsonfile import problem_of, read_json
from app.core.notices import Level, Notice
from app.core.resources import resource_path

Translations = tuple[tuple[str, str], ...]  # (language, text) pairs: hashable, frozen


@dataclass(frozen=True)
class CrisisLine:
    label: str
    number: str
    label_translations: Translations = ()
    short: str = ""  # a few words for small spaces (the kiosk footer); "" = not shown there
    short_translations: Translations = ()


@dataclass(frozen=True)
class ClinicProfile:
    name: str
    short_name: str
    city: str
    phone: str
    about: str
    country: str = ""
    email: str = ""
    website: str = ""
    crisis: tuple[CrisisLine, ...] = field(default_factory=tuple)
    about_translations: Translations = ()
    office_hours: str = ""  # "" = not known: never guessed
    after_hours: str = ""  # what to do outside office hours
    office_hours_translations: Translations = ()
    after_hours_translations: Translations = ()

    def in_language(self, language: str) -> ClinicProfile:
        """This profile with its texts in ``language`` where the file translates them."""
        def pick(text: str, translations: Translations) -> str:
            return dict(translations).get(language, text)

        return replace(
            self, about=pick(self.about, self.about_translations),
            office_hours=pick(self.office_hours, self.office_hours_translations),
            after_hours=pick(self.after_hours, self.after_hours_translations),
            crisis=tuple(replace(line, label=pick(line.label, line.label_translations),
                                 short=pick(line.short, line.short_translations))
                         for line in self.crisis))

    @property
    def contact_line(self) -> str:
        parts = [self.city, self.phone, self.email, self.website]
        return " · ".join(p for p in parts if p)


# The national lines, as the shipped clinic.json words them (checked against each service's
# own pages; how is in the notes of issue 16). A clinic file that cannot be read falls back
# to these, so a client in crisis always finds them.
NATIONAL_LINES = (
    CrisisLine("Call 911 if you or someone else is in immediate danger.", "911",
               (("es", "Llama al 911 si tú u otra persona están en peligro inmediato."),)),
    CrisisLine("988 Suicide & Crisis Lifeline: call or text 988, any time.", "988",
               (("es", "Línea 988 de Prevención del Suicidio y Crisis: llama o envía un "
                       "texto al 988, a cualquier hora. En español: al llamar, marca 2; "
                       "por texto, escribe AYUDA."),)),
    CrisisLine("988 Lifeline chat: chat online with a counselor, any time.",
               "988lifeline.org/chat",
               (("es", "Chat de la Línea 988: chatea en línea con un consejero o consejera, a "
                       "cualquier hora. El chat también se ofrece en español."),),
               "Chat: 988lifeline.org/chat", (("es", "Chat: 988lifeline.org/chat"),)),
    CrisisLine("Veterans Crisis Line: for veterans, service members and the people who care "
               "about them, call 988 and press 1, or text 838255.", "988 · 1",
               (("es", "Línea de Crisis para Veteranos: para veteranos, miembros del servicio "
                       "militar y sus seres queridos, llama al 988 y marca 1, o envía un texto "
                       "al 838255."),),
               "Veterans: call 988, press 1", (("es", "Veteranos: llama al 988, marca 1"),)),
    CrisisLine("Crisis Text Line: text HOME to 741741, any time.", "741741",
               (("es", "Crisis Text Line: envía la palabra HOME por mensaje de texto al "
                       "741741, a cualquier hora."),),
               "Text HOME to 741741", (("es", "Envía HOME al 741741"),)),
)

FALLBACK = ClinicProfile(
    name="Your counseling practice",
    short_name="Your practice",
    city="",
    phone="",
    about="Ask your counselor for their contact details.",
    crisis=NATIONAL_LINES,
    after_hours="If you need help right away, do not wait for a call back: use the lines above.",
    after_hours_translations=(("es", "Si necesitas ayuda de inmediato, no esperes a que te "
                                     "devuelvan la llamada: usa las líneas de arriba."),),
)


def _translations(value: Any, what: str) -> Translations:
    """``{"es": "..."}`` as (language, text) pairs, or ValueError naming ``what``."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()):
        raise ValueError(f"{what} must map language codes to texts, like {{\"es\": \"...\"}}")
    return tuple(sorted(value.items()))

_REQUIRED = ("name", "city", "phone", "about")


def parse_clinic(raw: Any) -> ClinicProfile:
    """Build a profile from parsed JSON or raise ValueError naming the problem."""
    if not isinstance(raw, dict):
        raise ValueError("the file must hold one JSON object")
    for key in _REQUIRED:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ValueError(f"'{key}' is missing or empty")
    lines = []
    for i, item in enumerate(raw.get("crisis", [])):
        if not (isinstance(item, dict) and isinstance(item.get("label"), str)
                and isinstance(item.get("number"), str) and item["number"].strip()):
            raise ValueError(f"crisis line {i + 1} needs a 'label' and a 'number'")
        short = item.get("short", "")
        if not isinstance(short, str):
            raise ValueError(f"crisis line {i + 1}'s 'short' must be text")
        lines.append(CrisisLine(
            item["label"], item["number"],
            _translations(item.get("label_translations"),
                          f"crisis line {i + 1}'s 'label_translations'"),
            short.strip(), _translations(item.get("short_translations"),
                                         f"crisis line {i + 1}'s 'short_translations'")))
    if not lines:
        lines = list(FALLBACK.crisis)

    def text(key: str) -> str:
        value = raw.get(key, "")
        return value if isinstance(value, str) else ""

    return ClinicProfile(
        name=raw["name"],
        short_name=text("short_name") or raw["name"],
        city=raw["city"],
        phone=raw["phone"],
        about=raw["about"],
        country=text("country"),
        email=text("email"),
        website=text("website"),
        crisis=tuple(lines),
        about_translations=_translations(raw.get("about_translations"), "'about_translations'"),
        office_hours=text("office_hours").strip(),
        after_hours=text("after_hours").strip(),
        office_hours_translations=_translations(raw.get("office_hours_translations"),
                                                "'office_hours_translations'"),
        after_hours_translations=_translations(raw.get("after_hours_translations"),
                                               "'after_hours_translations'"),
    )


def load_clinic(path: Path | None = None) -> tuple[ClinicProfile, Notice | None]:
    path = path or resource_path("clinic.json")
    try:
        return parse_clinic(read_json(path)), None
    except (OSError, ValueError, TypeError) as exc:
        return FALLBACK, Notice(
            Level.WARNING,
            "Clinic profile problem",
            f"{path.name} could not be used ({problem_of(exc)}). Showing general contact "
            "lines only.",
            path,
        )
