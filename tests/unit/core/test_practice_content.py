"""What every practice says, in English and in Spanish: written for clients with panic, trauma,
grief and insomnia (resources/practices/README.md, "Written for every client").

- a breathing practice says, in its setup and in its first cue, what to do if you feel dizzy,
  light-headed or panicky: go back to ordinary breathing, open your eyes, stop at any time;
- a guided practice lets the eyes stay open, lets you move, and offers a choice of anchor;
- a body scan says any area can be skipped and never stays on the chest, the heartbeat or the
  pelvis without a way out;
- every card says who might prefer another practice;
- every cue, read by a calm voice (130 words a minute, the slow end of 130-150), ends at
  least 2 seconds before the next cue or the end;
- Spanish is US Spanish ("presiona", not "pulsa").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.practices import PracticeCatalog, PracticeDefinition, load_practices
from app.core.resources import resource_path

FOLDER = Path(resource_path("practices"))
LANGUAGES = ("en", "es")
CALM_WPM = 130.0
ROOM_AFTER_S = 2.0

SAFETY = {
    "en": [r"dizzy", r"light-headed", r"panick", r"(ordinary|normal) (breathing|rhythm)",
           r"(open your eyes|eyes open)", r"\bstop\b"],
    "es": [r"mareo", r"aturdimiento", r"pánico", r"respiración normal|ritmo normal",
           r"abre los ojos|ojos abiertos", r"detente"],
}
EYES = {"en": r"eyes open|keep them open|open your eyes|rest your gaze|gaze|resting on one spot",
        "es": r"ojos abiertos|déjalos abiertos|abre los ojos|mirada|descansando en un punto"}
MOVE = {"en": r"\b(move|shift|stand up)\b",
        "es": r"muévete|moverte|cambiar de postura|ponerte de pie"}
ANCHORS = {
    "en": [r"breath", r"sounds?\b", r"feet", r"hands"],
    "es": [r"respiraci", r"sonidos?", r"pies", r"manos"],
}
SKIP = {"en": r"\bskip\b", "es": r"saltarte|sáltatela|salta"}
TENDER = {"en": r"\b(chest|heart|heartbeat|pelvis|hips)\b",
          "es": r"\b(pecho|corazón|latidos?|pelvis|caderas)\b"}
WAY_OUT = {"en": r"\bskip\b|move on|instead", "es": r"sáltate|saltarte|sigue adelante|pasa a"}
NEVER_ES = r"\b(pulsa|pulsar|pulses|vale(?! la pena)|ordenador|coger|vosotros|móvil)\b"
BODY_SCANS = ("body-scan-10", "body-scan-20", "progressive-muscle-relaxation",
              "wind-down-sleep")


def catalogs() -> dict[str, PracticeCatalog]:
    return {lang: load_practices(FOLDER, lang) for lang in LANGUAGES}


CATALOGS = catalogs()
IDS = sorted(CATALOGS["en"].practices)
CASES = [(lang, pid) for pid in IDS for lang in LANGUAGES]
BREATHING = [(lang, pid) for lang, pid in CASES if CATALOGS[lang].practices[pid].breathing]
GUIDED = [(lang, pid) for lang, pid in CASES if CATALOGS[lang].practices[pid].kind == "guided"]
SPOKEN = [(lang, pid) for lang, pid in CASES if CATALOGS[lang].practices[pid].cues]


def practice(lang: str, pid: str) -> PracticeDefinition:
    return CATALOGS[lang].practices[pid]


def words(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def test_the_catalog_is_complete_in_both_languages() -> None:
    assert len(IDS) >= 24
    for lang in LANGUAGES:
        assert CATALOGS[lang].notices == [], [n.text for n in CATALOGS[lang].notices]
    assert sorted(p.stem for p in (FOLDER / "es").glob("*.json")) == IDS


@pytest.mark.parametrize(("lang", "pid"), BREATHING)
def test_a_breathing_practice_says_what_to_do_if_you_feel_dizzy(lang: str, pid: str) -> None:
    p = practice(lang, pid)
    assert p.cues and p.cues[0].at == 0, f"{pid}: the safety line needs a first cue at 00:00"
    for where, text in (("setup", p.safety), ("first cue", p.cues[0].text)):
        missing = [w for w in SAFETY[lang] if not re.search(w, text, re.IGNORECASE)]
        assert not missing, f"{lang}/{pid} {where} lacks {missing}: {text}"


def test_every_practice_that_works_with_the_breath_is_marked_so() -> None:
    marked = {p.id for p in CATALOGS["en"].practices.values() if p.breathing}
    assert {"box-breathing", "breath-478", "breath-awareness-5", "breathing-space-3",
            "sos-panic", "back-to-sleep", "wind-down-sleep"} <= marked


@pytest.mark.parametrize(("lang", "pid"), GUIDED)
def test_a_guided_practice_lets_you_keep_your_eyes_open_move_and_choose_an_anchor(
        lang: str, pid: str) -> None:
    p = practice(lang, pid)
    opening = " ".join(c.text for c in p.cues[:3])
    assert re.search(EYES[lang], opening, re.IGNORECASE), f"{lang}/{pid}: eyes open, early"
    script = [c.text for c in p.cues]
    assert any(re.search(MOVE[lang], t, re.IGNORECASE) for t in script), f"{lang}/{pid}: move"
    best = max(sum(bool(re.search(a, t, re.IGNORECASE)) for a in ANCHORS[lang])
               for t in script)
    assert best >= 3, f"{lang}/{pid}: no cue offers a choice of anchor"


@pytest.mark.parametrize(("lang", "pid"), [(lang, pid) for pid in BODY_SCANS
                                           for lang in LANGUAGES])
def test_a_body_scan_lets_you_skip_and_never_stays_on_the_chest_without_a_way_out(
        lang: str, pid: str) -> None:
    p = practice(lang, pid)
    assert any(re.search(SKIP[lang], c.text, re.IGNORECASE) for c in p.cues[:4]), \
        f"{lang}/{pid}: say early that any area can be skipped"
    for cue in p.cues:
        if re.search(TENDER[lang], cue.text, re.IGNORECASE):
            assert re.search(WAY_OUT[lang], cue.text, re.IGNORECASE), \
                f"{lang}/{pid} at {cue.at:.0f}s has no way out: {cue.text}"


@pytest.mark.parametrize(("lang", "pid"), CASES)
def test_no_practice_asks_you_to_listen_to_your_heartbeat(lang: str, pid: str) -> None:
    beat = r"heartbeat|heart beat" if lang == "en" else r"latido"
    assert not [c.text for c in practice(lang, pid).cues if re.search(beat, c.text, re.I)]


@pytest.mark.parametrize(("lang", "pid"), CASES)
def test_every_card_says_who_might_prefer_another_practice(lang: str, pid: str) -> None:
    text = practice(lang, pid).prefer_another
    assert len(text) >= 40, f"{lang}/{pid}: prefer_another is missing or too short"
    if lang != "en":
        assert text != practice("en", pid).prefer_another


@pytest.mark.parametrize(("lang", "pid"), SPOKEN)
def test_a_calm_voice_finishes_each_cue_two_seconds_before_the_next(
        lang: str, pid: str) -> None:
    p = practice(lang, pid)
    ends = [c.at for c in p.cues[1:]] + [p.minutes * 60]
    tight = []
    for cue, nxt in zip(p.cues, ends, strict=True):
        spoken = words(cue.text) * 60 / CALM_WPM
        if spoken + ROOM_AFTER_S > nxt - cue.at + 1e-9:
            tight.append(f"{cue.at:.0f}s: {spoken:.1f} s of words in a {nxt - cue.at:.0f} s gap")
    assert not tight, f"{lang}/{pid}: {tight}"


@pytest.mark.parametrize("pid", IDS)
def test_the_spanish_twin_has_the_same_script_and_versions(pid: str) -> None:
    en, es = practice("en", pid), practice("es", pid)
    assert [c.at for c in es.cues] == [c.at for c in en.cues]
    assert [v.id for v in es.variants] == [v.id for v in en.variants]
    assert es.safety != en.safety or not en.safety
    texts = [es.title, es.summary, es.safety, es.prefer_another, *(c.text for c in es.cues),
             *(v.title for v in es.variants)]
    found = [t for t in texts if re.search(NEVER_ES, t, re.IGNORECASE)]
    assert not found, f"{pid}: Spain-only words (use presiona/toca, computadora, celular)"


@pytest.mark.parametrize("pid", IDS)
def test_english_scripts_use_us_spelling(pid: str) -> None:
    en = practice("en", pid)
    texts = [en.title, en.summary, en.safety, en.prefer_another, *(c.text for c in en.cues)]
    assert not [t for t in texts if re.search(r"practis|labell|colour|centre", t, re.I)]


def test_practices_and_readings_link_both_ways() -> None:
    from app.core.articles import load_catalog

    articles = load_catalog(check_practices=False)
    named = {pid for article in articles for pid in article.practices}
    for pid in IDS:
        for lang in LANGUAGES:
            linked = practice(lang, pid).readings
            assert linked and all(articles.get(r) is not None for r in linked), (lang, pid)
    assert named <= set(IDS), f"readings name practices that do not exist: {named - set(IDS)}"
    unnamed = set(IDS) - named
    assert not unnamed, f"no reading offers {sorted(unnamed)}: a client would never find them"
