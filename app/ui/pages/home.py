"""Home: today's minutes against the goal, the streak (or gentle consistency), Continue, a
suggested practice, a reading, and the clinician's homework plan.

The page renders a HomeModel (app/core/home.py) built by app/ui/home_data.py; it rebuilds it
when shown and when the log, the settings or the plan change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.home import HomeModel
from app.core.i18n import resolve_language
from app.core.plans import ItemProgress, PlanProgress, PracticeItem
from app.services import Services
from app.ui.home_data import article_info, build_model, optional, practice_title
from app.ui.navigator import Navigator
from app.ui.plan_import import choose_and_import, install_plan_drop
from app.ui.progress_ring import ProgressRing
from app.ui.widgets import ScrollPage, card, muted_label, title_label


def _minutes(value: float) -> str:
    return str(int(value)) if value >= 1 or value == 0 else f"{value:.1f}"


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def _button(text: str, name: str, description: str, parent: QWidget,
            primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    if primary:
        button.setProperty("primary", True)
    return button


class _Columns(QWidget):
    """Cards side by side when there is room for them at the current text size, else stacked."""

    def __init__(self, parent: QWidget, column_chars: int = 40) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(16)
        self._chars = column_chars

    def resizeEvent(self, event: QResizeEvent) -> None:
        need = self.fontMetrics().averageCharWidth() * self._chars * max(1, self.box.count())
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)


class HomePage(ScrollPage):
    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__(self.tr("Home"))
        self.services = services
        self.navigator = navigator
        self.model: HomeModel | None = None
        self._plan_rows: list[QWidget] = []
        inner = self.widget()
        top = _Columns(inner)
        top.box.addWidget(self._build_today(top), 1)
        side = QWidget(top)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(16)
        side_layout.addWidget(self._build_continue(side))
        side_layout.addWidget(self._build_suggested(side))
        top.box.addWidget(side, 1)
        self.body.addWidget(top)
        bottom = _Columns(inner)
        bottom.box.addWidget(self._build_plan(bottom), 1)
        bottom.box.addWidget(self._build_reading(bottom), 1)
        self.body.addWidget(bottom)
        self.body.addStretch(1)
        self._subscribe()
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _card(self, parent: QWidget, heading: str) -> tuple[QWidget, QVBoxLayout]:
        frame = card(parent)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title_label(heading, frame, role="subtitle"))
        return frame, layout

    def _build_today(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Today"))
        row = QHBoxLayout()
        row.setSpacing(20)
        self.ring = ProgressRing(frame)
        self.ring.setAccessibleDescription(self.tr("Minutes practised today, against your "
                                                   "daily goal"))
        row.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.goal_text = QLabel(frame)
        self.goal_text.setWordWrap(True)
        self.streak_text = QLabel(frame)
        self.streak_text.setWordWrap(True)
        self.streak_text.setObjectName("streakText")
        texts.addWidget(self.goal_text)
        texts.addWidget(self.streak_text)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        layout.addLayout(row)
        return frame

    def _build_continue(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Continue"))
        self.continue_text = QLabel(frame)
        self.continue_text.setWordWrap(True)
        layout.addWidget(self.continue_text)
        self.continue_button = _button(
            self.tr("Continue"), self.tr("Continue your last practice"),
            self.tr("Start your last practice again with the same settings"), frame, True)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_suggested(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Suggested for you"))
        self.suggested_title = QLabel(frame)
        self.suggested_title.setWordWrap(True)
        self.suggested_title.setObjectName("suggestedTitle")
        self.suggested_reason = muted_label("", frame)
        layout.addWidget(self.suggested_title)
        layout.addWidget(self.suggested_reason)
        self.suggested_button = _button(
            self.tr("Start"), self.tr("Start the suggested practice"),
            self.tr("Open the suggested practice, ready to begin"), frame)
        self.suggested_button.clicked.connect(self._on_suggested_clicked)
        layout.addWidget(self.suggested_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_reading(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("A reading for you"))
        self.reading_title = QLabel(frame)
        self.reading_title.setWordWrap(True)
        self.reading_title.setObjectName("readingTitle")
        self.reading_text = muted_label("", frame)
        layout.addWidget(self.reading_title)
        layout.addWidget(self.reading_text)
        self.reading_button = _button(
            self.tr("Read"), self.tr("Read the suggested article"),
            self.tr("Open this reading in Readings"), frame)
        self.reading_button.clicked.connect(self._on_reading_clicked)
        layout.addWidget(self.reading_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return frame

    def _build_plan(self, parent: QWidget) -> QWidget:
        frame, layout = self._card(parent, self.tr("Homework plan"))
        self.plan_title = QLabel(frame)
        self.plan_title.setWordWrap(True)
        self.plan_title.setObjectName("planTitle")
        self.plan_text = muted_label("", frame)
        self.plan_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.plan_title)
        layout.addWidget(self.plan_text)
        self.plan_items = QVBoxLayout()
        self.plan_items.setSpacing(10)
        layout.addLayout(self.plan_items)
        buttons = QHBoxLayout()
        self.import_button = _button(
            self.tr("Import a plan…"), self.tr("Import a homework plan"),
            self.tr("Choose a plan file from your counselor (you can also drop it onto "
                    "this window)"), frame)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button = _button(
            self.tr("Remove plan"), self.tr("Remove the homework plan"),
            self.tr("Take this plan off Home (your practice log is not changed)"), frame)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        frame.setVisible(not self.services.kiosk)
        return frame

    # -- rendering --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model = build_model(self.services)
        self.render(self.model)

    def render(self, m: HomeModel) -> None:
        greetings = {"morning": self.tr("Good morning"), "afternoon": self.tr("Good afternoon"),
                     "evening": self.tr("Good evening"), "night": self.tr("Hello")}
        self.title.setText(greetings[m.part_of_day])
        self.title.setAccessibleName(self.title.text())
        self._render_today(m)
        if m.last is not None:
            name = m.last.title or practice_title(self.services, m.last.practice_id)
            minutes = m.last.options.get("minutes")
            default = getattr(getattr(optional(self.services, "practices"), "get",
                                      lambda _i: None)(m.last.practice_id), "minutes", None)
            if (isinstance(minutes, int | float) and not isinstance(minutes, bool)
                    and minutes > 0 and minutes != default):
                name = self.tr("{0} · {1} min").format(name, _minutes(float(minutes)))
            self.continue_text.setText(name)
        else:
            self.continue_text.setText(self.tr("Your last practice will appear here, ready to "
                                               "start again with one click."))
        self.continue_button.setVisible(m.last is not None)
        reasons = {
            "plan": self.tr("Part of your homework plan."),
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
        self._render_plan(m.plan)

    def _render_today(self, m: HomeModel) -> None:
        done, goal = _minutes(m.today_minutes), m.goal_minutes
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
            due = next((getattr(p.item, "by", None) for p in m.plan.items
                        if getattr(p.item, "read", None) == m.reading), None)
        if m.reading_reason == "plan":
            summary = (self.tr("Your plan asks you to read this by {0}.").format(_date(due))
                       if due else self.tr("Part of your homework plan."))
        elif m.reading_reason == "continue":
            summary = self.tr("You started this one. Pick up where you left off.")
        if resolve_language(self.services.settings.general.language) != "en":
            # The readings are written in English (translations may follow).
            note = self.tr("(This reading is in English.)")
            summary = f"{summary} {note}".strip()
        self.reading_text.setText(summary)
        self.reading_button.setVisible(True)

    def _render_plan(self, progress: PlanProgress | None) -> None:
        for row in self._plan_rows:
            row.hide()
            row.deleteLater()
        self._plan_rows.clear()
        self.remove_button.setVisible(progress is not None)
        if progress is None:
            self.plan_title.setText(self.tr("No plan yet"))
            self.plan_text.setText(self.tr("If your counselor gave you a plan file, import it "
                                           "here or drop it onto this window."))
            return
        plan = progress.plan
        self.plan_title.setText(plan.title)
        lines = []
        if plan.clinician:
            lines.append(self.tr("From: {0}").format(plan.clinician))
        if progress.state == "upcoming":
            lines.append(self.tr("Starts on {0}.").format(_date(plan.starts)))
        elif progress.state == "finished":
            lines.append(self.tr("This plan ended on {0}.").format(_date(plan.ends)))
        elif progress.days_left == 0:
            lines.append(self.tr("Today is the last day of this plan."))
        else:
            lines.append(self.tr("Until {0}.").format(_date(plan.ends)))
        if plan.note:
            lines.append(plan.note)
        self.plan_text.setText("\n".join(lines))
        parent = self.plan_title.parentWidget()
        for item in progress.items:
            row = self._plan_row(item, parent)
            self._plan_rows.append(row)
            self.plan_items.addWidget(row)

    def _plan_row(self, p: ItemProgress, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(row)
        label.setWordWrap(True)
        bar = QProgressBar(row)
        bar.setRange(0, 100)
        bar.setValue(round(p.fraction * 100))
        bar.setTextVisible(False)
        bar.setMaximumHeight(10)
        item = p.item
        if isinstance(item, PracticeItem):
            title = practice_title(self.services, item.practice)
            if item.per == "day":
                text = self.tr("{0}: {1} min a day. Today {2} of {1} min; goal met on {3} of "
                               "{4} days so far.").format(title, item.minutes,
                                                          _minutes(p.done), p.days_met,
                                                          p.days_so_far)
            else:
                text = self.tr("{0}: {1} min a week. This week {2} of {1} min.").format(
                    title, item.minutes, _minutes(p.done))
        else:
            title, _summary = article_info(self.services, item.read)
            text = (self.tr("Read “{0}”: done.").format(title) if p.complete
                    else self.tr("Read “{0}”: not yet.").format(title))
        label.setText(text)
        bar.setAccessibleName(text)
        bar.setAccessibleDescription(self.tr("Progress on this part of your plan"))
        layout.addWidget(label)
        layout.addWidget(bar)
        return row

    # -- actions ----------------------------------------------------------------------------
    @Slot()
    def _on_continue_clicked(self) -> None:
        if self.model and self.model.last:
            self.navigator.open_practice(self.model.last.practice_id, self.model.last.options)

    @Slot()
    def _on_suggested_clicked(self) -> None:
        if self.model and self.model.suggestion:
            self.navigator.open_practice(self.model.suggestion)

    @Slot()
    def _on_reading_clicked(self) -> None:
        if self.model and self.model.reading:
            self.navigator.open_article(self.model.reading)

    @Slot()
    def _on_import_clicked(self) -> None:
        choose_and_import(self.services, self)

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.services.plans.remove()

    # -- keeping fresh ------------------------------------------------------------------------
    def _subscribe(self) -> None:
        def on_settings(section: str) -> None:
            if section in ("journal", "general"):
                self.refresh()

        def on_change() -> None:
            self.refresh()

        self.services.settings_store.subscribe(on_settings)
        plans = optional(self.services, "plans")
        if plans is not None:
            plans.subscribe(on_change)
        practice_log = optional(self.services, "log")
        if practice_log is not None and hasattr(practice_log, "subscribe"):
            practice_log.subscribe(on_change)

        def unsubscribe() -> None:
            self.services.settings_store.unsubscribe(on_settings)
            if plans is not None:
                plans.unsubscribe(on_change)
            if practice_log is not None and hasattr(practice_log, "unsubscribe"):
                practice_log.unsubscribe(on_change)

        self.destroyed.connect(lambda *_: unsubscribe())
        self._unsubscribe = unsubscribe

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self:
            install_plan_drop(self.services, window)
        self.refresh()

    def shutdown(self) -> None:
        self._unsubscribe()


def create_page(services: Services, navigator: Navigator) -> QWidget:
    return HomePage(services, navigator)
