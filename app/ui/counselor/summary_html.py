"""The session summary as a document: the same HTML for the preview, the printer and the PDF.

Every text that comes from a file or from the client (practice titles, notes, "what I want to
talk about", the clinic's name) is escaped, so it always shows as plain text. The figures come
from app/core/summary.py and are written exactly as ``rewire log stats --json --from --to``
prints them (whole minutes). The week chart is a table of proportional cells: vector, and its
numbers are real text beside it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, QLocale, QObject

from app.core.instruments import instrument
from app.core.summary import HomeworkFigure, Summary

BAR = "#4a7bb7"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _para(text: str) -> str:
    return "<br>".join(_e(line) for line in text.splitlines())


class SummaryWriter(QObject):
    """Builds the summary document in the interface language (self.tr, context SummaryWriter)."""

    def __init__(self, language: str = "en",
                 practice_title: Callable[[str], str] | None = None,
                 article_title: Callable[[str], str] | None = None,
                 clinic_name: str = "") -> None:
        super().__init__()
        self.language = language
        self.practice_title = practice_title or (lambda pid: pid.replace("-", " ").capitalize())
        self.article_title = article_title or (lambda aid: aid.replace("-", " ").capitalize())
        self.clinic_name = clinic_name
        self.locale = QLocale()

    # -- words ---------------------------------------------------------------------------
    def day(self, value: object, long: bool = True) -> str:
        qdate = QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]
        return self.locale.toString(qdate, "dddd, MMMM d, yyyy" if long else "MMM d")

    def minutes(self, n: int) -> str:
        return self.tr("{0} min").format(n)

    def band_words(self, band: str) -> str:
        words = {"minimal": self.tr("minimal"), "mild": self.tr("mild"),
                 "moderate": self.tr("moderate"),
                 "moderately_severe": self.tr("moderately severe"),
                 "severe": self.tr("severe")}
        return words.get(band, band)

    def trend_words(self, trend: str) -> str:
        return {"lower": self.tr("lower at the end of the period than at its start"),
                "higher": self.tr("higher at the end of the period than at its start"),
                "same": self.tr("the same at the end of the period as at its start")}.get(
                    trend, "")

    def homework_line(self, item: HomeworkFigure) -> str:
        if item.kind == "read":
            title = self.article_title(item.target)
            state = self.tr("done") if item.read else self.tr("not yet")
            return self.tr("Read “{0}”: {1}").format(_e(title), state)
        title = _e(self.practice_title(item.target))
        if item.kind == "day":
            return self.tr("{0}, {1} a day: reached on {2} of {3} days ({4} in all)").format(
                title, self.minutes(item.minutes), item.met, item.of,
                self.minutes(item.done_minutes))
        return self.tr("{0}, {1} a week: reached in {2} of {3} weeks ({4} in all)").format(
            title, self.minutes(item.minutes), item.met, item.of,
            self.minutes(item.done_minutes))

    # -- the document --------------------------------------------------------------------
    def document(self, summary: Summary) -> str:
        parts = [self._head(summary)]
        if summary.safety_answer:
            parts.append(self._safety(summary))
        parts += [self._totals(summary), self._weeks(summary), self._homework(summary),
                  self._moods(summary), self._checkins(summary), self._notes(summary),
                  self._talk(summary), self._credits(summary)]
        body = "".join(p for p in parts if p)
        title = _e(self.tr("My practice summary"))
        return (f"<html><head><meta charset='utf-8'><title>{title}"
                f"</title></head><body>{body}</body></html>")

    def _head(self, s: Summary) -> str:
        period = self.tr("From {0} to {1}").format(self.day(s.first), self.day(s.last))
        who = (self.tr("For my counselor at {0}. Made with Rewire on my own computer.").format(
            _e(self.clinic_name)) if self.clinic_name else
            self.tr("For my counselor. Made with Rewire on my own computer."))
        title = _e(self.tr("My practice summary"))
        return f"<h1>{title}</h1><p><b>{_e(period)}</b><br>{who}</p>"

    def _safety(self, s: Summary) -> str:
        days = ", ".join(self.day(c.day) for c in s.checkins if c.safety_answer)
        text = self.tr("Please look at this first: in the PHQ-9 check-in of {0}, I answered the "
                       "question about thoughts of being better off dead or of hurting myself "
                       "with more than “Not at all”.").format(_e(days))
        heading = _e(self.tr("Check-in question 9"))
        return (f"<table width='100%' cellpadding='10' style='border:2px solid #b00020'><tr><td>"
                f"<b>{heading}</b><br>{text}</td></tr></table>")

    def _totals(self, s: Summary) -> str:
        line = self.tr("Days I practised: {0} · Sessions: {1} · Minutes: {2}").format(
            s.days_practised, s.sessions, s.minutes)
        return h2(self.tr("In this period")) + f"<p>{_e(line)}</p>"

    def _weeks(self, s: Summary) -> str:
        if not s.weeks:
            return ""
        top = max((w.minutes for w in s.weeks), default=0) or 1
        rows = []
        for w in s.weeks:
            label = self.tr("Week of {0}").format(self.day(w.monday, long=False))
            figures = self.tr("{0} days, {1}").format(w.days_practised, self.minutes(w.minutes))
            width = max(1, round(100 * w.minutes / top)) if w.minutes else 0
            bar = (f"<table cellspacing='0' cellpadding='0' width='100%'><tr>"
                   f"<td width='{width}%' bgcolor='{BAR}'>&nbsp;</td>"
                   f"<td width='{100 - width}%'></td></tr></table>" if width else "")
            rows.append(f"<tr><td width='26%'>{_e(label)}</td><td width='44%'>{bar}</td>"
                        f"<td>{_e(figures)}</td></tr>")
        return (h2(self.tr("Days and minutes each week"))
                + f"<table width='100%' cellpadding='3'>{''.join(rows)}</table>")

    def _homework(self, s: Summary) -> str:
        if not s.homework:
            return ""
        head = self.tr("My homework plan: {0}").format(_e(s.plan_title))
        items = "".join(f"<li>{self.homework_line(h)}</li>" for h in s.homework)
        return f"<h2>{head}</h2><ul>{items}</ul>"

    def _moods(self, s: Summary) -> str:
        if not s.moods:
            return ""
        intro = self.tr("My own mood ratings before and after practice (1 = very low, 5 = very "
                        "good), for practices I rated at least 3 times. They show how I felt, "
                        "not what caused it.")
        items = "".join(
            "<li>" + self.tr("{0}: {1} before, {2} after ({3} rated sessions)").format(
                _e(self.practice_title(m.practice_id) or m.title),
                self.locale.toString(m.before, "f", 1), self.locale.toString(m.after, "f", 1),
                m.rated) + "</li>" for m in s.moods)
        return h2(self.tr("What seems to help me")) + f"<p>{_e(intro)}</p><ul>{items}</ul>"

    def _checkins(self, s: Summary) -> str:
        if not s.checkins:
            return ""
        rows = []
        for c in s.checkins:
            q = instrument(c.instrument)
            score = self.tr("{0} of {1}").format(c.score, q.max_score)
            band = self.tr("in the range its authors call “{0}”").format(
                self.band_words(c.band))
            flag = self.tr("question 9 answered above 0")
            mark = f" — {_e(flag)}" if c.safety_answer else ""
            rows.append(f"<tr><td>{_e(self.day(c.day, long=False))}</td>"
                        f"<td>{_e(q.short_name)}</td><td>{_e(score)}</td>"
                        f"<td>{_e(band)}{mark}</td></tr>")
        trends = "".join(
            "<li>" + _e(self.tr("{0} scores: {1}").format(
                instrument(i).short_name, self.trend_words(t))) + "</li>"
            for i, t in sorted(s.trends.items()))
        care = self.tr("These scores are for talking over with my counselor; they are not a "
                       "diagnosis.")
        return (h2(self.tr("Check-ins")) + f"<p>{_e(care)}</p>"
                f"<table cellpadding='4'>{''.join(rows)}</table>"
                + (f"<ul>{trends}</ul>" if trends else ""))

    def _notes(self, s: Summary) -> str:
        if not s.shared_notes:
            return ""
        items = "".join(f"<li><b>{_e(self.day(n.day, long=False))}, {_e(n.practice)}</b>: "
                        f"{_para(n.note)}</li>" for n in s.shared_notes)
        return h2(self.tr("Notes I chose to share")) + f"<ul>{items}</ul>"

    def _talk(self, s: Summary) -> str:
        if not s.talk_about:
            return ""
        return h2(self.tr("What I want to talk about")) + f"<p>{_para(s.talk_about)}</p>"

    def _credits(self, s: Summary) -> str:
        used = sorted({c.instrument for c in s.checkins})
        lines = []
        for ident in used:
            text, _own = instrument(ident).text(self.language)
            lines.append(f"{_e(instrument(ident).short_name)}: {_e(text.credit)}")
        return f"<p><small>{'<br>'.join(lines)}</small></p>" if lines else ""


def titles_from(mapping: Mapping[str, str]) -> Callable[[str], str]:
    return lambda key: mapping.get(key) or key.replace("-", " ").capitalize()
