"""Home: today's minutes against the goal, the streak (or gentle consistency), Continue, a
suggested practice, a reading, the clinician's homework plan, the Start here course (offered
on a first start; placed after the clinician's plan when there is one), and SOS one click
away.

The page renders a HomeModel (app/core/home.py) built by app/ui/home/data.py; it rebuilds it
when shown and when the log, the settings or the plan change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.home import HomeModel, next_part_change
from app.core.i18n import resolve_language
from app.core.plans import ReadItem

from app.services import Services

from app.ui.home.cards import Columns, PlanCard, button, card_layout, date_text, minutes_text
from app.ui.home.counselor_card import CounselorCard
from app.ui.home.course_card import CourseCard
from app.ui.home.data import article_info, article_language, build_model, practice_title
from app.ui.home.progress_ring import ProgressRing
from app.ui.home.week_strip import WeekStrip
from app.ui.shell.navigator import Navigator
from app.ui.style.widgets import PlainLabel, ScrollPage, card, muted_label


class HomePage(ScrollPage):
    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__(self.tr("Home"))
        self.services = services
        self.navigator = navigator
        self.model: HomeModel | None = None
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.day_timer.timeout.connect(self.refresh)
        inner = self.widget()
        assert inner is not None
        self.body.insertLayout(1, self._build_sos(inner))
        # Start here has two places, made in reading order so Tab follows them: above the
        # Today row (the offer, or the course on its own) and after the counselor's plan.
        self.course_first = self._course_card(inner)
        self.body.addWidget(self.course_first)
        top = Columns(inner)
        top.box.addWidget(self._build_today(top), 1)
        side = QWidget(top)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(16)
        side_layout.addWidget(self._build_continue(side))
        side_layout.addWidget(self._build_suggested(side))
        top.box.addWidget(side, 1)
        self.body.addWidget(top)
        self.counselor_card = CounselorCard(self.services, self.navigator, inner)
        self.body.addWidget(self.counselor_card)
        bottom = Columns(inner)
        self.plan_card = PlanCard(self.services, bottom)
        bottom.box.addWidget(self.plan_card, 1)
        bottom.box.addWidget(self._build_reading(bottom), 1)
        self.body.addWidget(bottom)
        self.course_after_plan = self._course_card(inner)
        self.body.addWidget(self.course_after_plan)
        self.body.addStretch(1)
        for pending in (self.continue_button, self.suggested_button, self.reading_button,
                        self.plan_card.remove_button):
            pending.hide()  # until the first model says what to offer
        self._subscribe()

    # -- building -------------------------------------------------------------------------
    def _card(self, parent: QWidget, heading: str) -> tuple[QWidget, QVBoxLayout]:
        frame = card(parent)
        return frame, card_layout(frame, heading)

    def _build_sos(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(muted_label(self.tr("When panic rises, help is one click away."), parent),
                      1)
        self.sos_button = button(
            self.tr("SOS: when panic rises"), self.tr("Start SOS: when panic rises"),
            self.tr("Three minutes of grounding through the feet and long out-breaths, "
                    "starting now"), parent)
        self.sos_button.setObjectName("sosButton")
        self.sos_button.clicked.connect(self.navigator.open_sos)
        row.addWidget(self.sos_button)
        return row

    def _build_today(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Today"))
        row = QHBoxLayout()
        row.setSpacing(20)
        self.ring = ProgressRing(frame)
        self.ring.setAccessibleDescription(self.tr("Minutes practised today, against your "
                                                   "daily goal"))
        row.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.goal_text = PlainLabel(frame)
        self.goal_text.setWordWrap(True)
        self.streak_text = PlainLabel(frame)
        self.streak_text.setWordWrap(True)
        self.streak_text.setObjectName("streakText")
        texts.addWidget(self.goal_text)
        texts.addWidget(self.streak_text)
        self.week = WeekStrip(frame)
        self.week.setVisible(False)
        texts.addWidget(self.week)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        layout.addLayout(row)
        return frame

    def _build_continue(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Continue"))
        self.continue_text = PlainLabel(frame)
        self.continue_text.setWordWrap(True)
        layout.addWidget(self.continue_text)
        self.continue_button = button(
            self.tr("Continue"), self.tr("Continue your last practice"),
            self.tr("Start your last practice again with the same settings"), frame, True)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_suggested(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Suggested for you"))
        self.suggested_title = PlainLabel(frame)
        self.suggested_title.setWordWrap(True)
        self.suggested_title.setObjectName("suggestedTitle")
        self.suggested_reason = muted_label("", frame)
        layout.addWidget(self.suggested_title)
        layout.addWidget(self.suggested_reason)
        self.suggested_button = button(
            self.tr("Start"), self.tr("Start the suggested practice"),
            self.tr("Open the suggested practice, ready to begin"), frame)
        self.suggested_button.clicked.connect(self._on_suggested_clicked)
        layout.addWidget(self.suggested_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_reading(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("A reading for you"))
        self.reading_title = PlainLabel(frame)
        self.reading_title.setWordWrap(True)
        self.reading_title.setObjectName("readingTitle")
        self.reading_text = muted_label("", frame)
        layout.addWidget(self.reading_title)
        layout.addWidget(self.reading_text)
        self.reading_button = button(
            self.tr("Read"), self.tr("Read the suggested article"),
            self.tr("Open this reading in Readings"), frame)
        self.reading_button.clicked.connect(self._on_reading_clicked)
        layout.addWidget(self.reading_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return frame

    # -- rendering --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model = build_model(self.services)
        self.show_model(self.model)
        self._aim_day_timer()

    def _aim_day_timer(self) -> None:
        """Refresh again when the greeting (and perhaps the day) changes, if Rewire stays
        open that long."""
        now = self.services.clock.now()
        when = next_part_change(now, self.services.clock.local_zone())
        wait_ms = int((when - now).total_seconds() * 1000) + 1000
        self.day_timer.start(max(1000, min(wait_ms, 12 * 3600 * 1000)))

    def show_model(self, m: HomeModel) -> None:
        greetings = {"morning": self.tr("Good morning"), "afternoon": self.tr("Good afternoon"),
                     "evening": self.tr("Good evening"), "night": self.tr("Hello")}
        self.title.setText(greetings[m.part_of_day])
        self.title.setAccessibleName(self.title.text())
        self._render_today(m)
        if m.last is not None:
            name = practice_title(self.services, m.last.practice_id)
            minutes = m.last.options.get("minutes")
            definition = self.services.practices.get(m.last.practice_id)
            default = definition.minutes if definition is not None else None
            if (isinstance(minutes, int | float) and not isinstance(minutes, bool)
                    and minutes > 0 and minutes != default):
                name = self.tr("{0} · {1} min").format(name, minutes_text(float(minutes)))
            self.continue_text.setText(name)
        else:
            self.continue_text.setText(self.tr("Your last practice will appear here, ready to "
                                               "start again with one click."))
        self.continue_button.setVisible(m.last is not None)
        reasons = {
            "plan": self.tr("Part of your homework plan."),
            "course": self.tr("Today's practice in Start here."),
            "first-time": self.tr("Three minutes: a good first practice."),
            "morning": self.tr("A gentle way to begin the day."),
            "afternoon": self.tr("A short reset for the middle of the day."),
            "evening": self.tr("Something to help the day settle."),
            "night": self.tr("Slow breathing that can help you wind down."),
        }
        if m.suggestion:
            self.suggested_title.setText(practice_title(self.services, m.suggestion))
            self.suggested_reason.setText(reasons.get(m.suggestion_reason, ""))
        self.suggested_button.setVisible(m.suggestion is not None)
        self._render_reading(m)
        self.plan_card.show_progress(m.plan)
        self._render_course(m)
        self.counselor_card.refresh()

    def _course_card(self, parent: QWidget) -> CourseCard:
        course = CourseCard(self.services, parent)
        course.changed.connect(self.refresh)
        course.practice_requested.connect(self.navigator.open_practice)
        course.reading_requested.connect(self.navigator.open_article)
        course.hide()
        return course

    def _course_place(self, m: HomeModel | None) -> CourseCard:
        """Where Start here goes: after the counselor's plan when there is one (the plan
        comes first), else above the Today row."""
        if m is not None and m.course is not None and m.plan is not None:
            return self.course_after_plan
        return self.course_first

    @property
    def course_card(self) -> CourseCard:
        return self._course_place(self.model)

    def _render_course(self, m: HomeModel) -> None:
        card = self._course_place(m)
        for place in (self.course_first, self.course_after_plan):
            place.setVisible(place is card and (m.course is not None or m.offer_course))
        if m.course is not None:
            card.show_course(m.course)
        elif m.offer_course:
            card.show_offer()

    def _render_today(self, m: HomeModel) -> None:
        done, goal = minutes_text(m.today_minutes), m.goal_minutes
        self.ring.set_progress(
            m.goal_fraction, done, self.tr("of {0} min").format(goal),
            self.tr("Today: {0} of {1} minutes").format(done, goal))
        if not m.has_log:
            self.goal_text.setText(self.tr("Your practice log is not available just now, so "
                                           "today's minutes cannot be shown."))
        elif m.goal_met:
            self.goal_text.setText(self.tr("You reached today's goal. Well done."))
        elif m.today_minutes <= 0:
            self.goal_text.setText(self.tr("A few minutes count. Your daily goal is {0} min.")
                                   .format(goal))
        else:
            left = max(1, round(goal - m.today_minutes))
            self.goal_text.setText(self.tr("{0} more min to reach today's goal.").format(left))
        if not m.show_streak:
            text = self.tr("You practised on {0} of the last 7 days.").format(m.days_in_last_7)
        elif m.streak_days == 0:
            text = self.tr("Practise today to start a streak.")
        elif m.streak_days == 1:
            text = self.tr("Streak: 1 day")
        else:
            text = self.tr("Streak: {0} days").format(m.streak_days)
        self.streak_text.setText(text)
        self.week.set_marks(m.week)

    def _render_reading(self, m: HomeModel) -> None:
        if m.reading is None:
            self.reading_title.setText(self.tr("You have read every article. Thank you."))
            self.reading_text.setText(self.tr("Readings are always there to return to."))
            self.reading_button.setVisible(False)
            return
        title, summary = article_info(self.services, m.reading)
        self.reading_title.setText(title)
        due = None
        if m.reading_reason == "plan" and m.plan is not None:
            due = next((p.item.by for p in m.plan.items
                        if isinstance(p.item, ReadItem) and p.item.read == m.reading), None)
        if m.reading_reason == "plan":
            year = self.services.clock.now().year
            summary = (self.tr("Your plan asks you to read this by {0}.").format(
                date_text(due, year)) if due else self.tr("Part of your homework plan."))
        elif m.reading_reason == "course":
            summary = self.tr("A reading from Start here.")
        elif m.reading_reason == "continue":
            summary = self.tr("You started this one. Pick up where you left off.")
        interface = resolve_language(self.services.settings.general.language)
        if article_language(self.services, m.reading) != interface:
            # this reading has no translation yet: say so rather than surprise
            note = self.tr("(This reading is in English.)")
            summary = f"{summary} {note}".strip()
        self.reading_text.setText(summary)
        self.reading_button.setVisible(True)

    # -- actions ----------------------------------------------------------------------------
    @Slot()
    def _on_continue_clicked(self) -> None:
        if self.model and self.model.last:
            # the same practice, the same choices, started at once (its settle-in time first)
            self.navigator.open_practice(self.model.last.practice_id,
                                         {**self.model.last.options, "autostart": True})

    @Slot()
    def _on_suggested_clicked(self) -> None:
        if self.model and self.model.suggestion:
            self.navigator.open_practice(self.model.suggestion)

    @Slot()
    def _on_reading_clicked(self) -> None:
        if self.model and self.model.reading:
            self.navigator.open_article(self.model.reading)

    # -- keeping fresh ------------------------------------------------------------------------
    def _subscribe(self) -> None:
        def on_settings(section: str) -> None:
            if section in ("journal", "general"):
                self.refresh()

        def on_change() -> None:
            self.refresh()

        self.services.settings_store.subscribe(on_settings)
        plans = self.services.plans
        plans.subscribe(on_change)
        practice_log = self.services.log
        practice_log.subscribe(on_change)

        def unsubscribe() -> None:
            self.services.settings_store.unsubscribe(on_settings)
            plans.unsubscribe(on_change)
            practice_log.unsubscribe(on_change)

        self.destroyed.connect(lambda *_: unsubscribe())
        self._unsubscribe = unsubscribe

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            # First show: paint the cards at once and fill them right after (opening the log
            # and the catalogs is the slow part), so the window appears sooner.
            QTimer.singleShot(0, self.refresh)
        else:
            self.refresh()

    # the plan card's parts, for tests and the accessibility walks
    @property
    def plan_title(self) -> QLabel:
        return self.plan_card.plan_title

    @property
    def remove_button(self) -> QWidget:
        return self.plan_card.remove_button

    @property
    def plan_rows(self) -> list[QWidget]:
        return self.plan_card._rows

    def shutdown(self) -> None:
        self.day_timer.stop()
        self._unsubscribe()


def create_page(services: Services, navigator: Navigator) -> QWidget:
    return HomePage(services, navigator)
