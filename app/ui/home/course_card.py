"""Start here on Home: the offer on a first start, then the day's practice and reading, then
"you finished". The course never replaces a counselor's plan: Home places this card after the
plan card when a plan is there (app/ui/home/page.py).

Taking the course up, declining the offer and stopping the course happen here (the course
store is services.course); `changed` tells Home to draw itself again.

Signals: changed(), practice_requested(str practice_id), reading_requested(str article_id).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.course import start_course
from app.core.home import COURSE_ANSWER_KEY
from app.core.notices import Level, Notice
from app.core.plan_progress import PlanProgress
from app.core.plans import PlanError, PracticeItem, ReadItem

from app.services import Services

from app.ui.comfort.plan_import import plan_error_text, practice_today
from app.ui.home.cards import button, card_layout
from app.ui.home.data import article_info, practice_title
from app.ui.style.widgets import PlainLabel, muted_label


class CourseCard(QFrame):
    changed = Signal()
    practice_requested = Signal(str)
    reading_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setProperty("card", True)
        self.setObjectName("courseCard")
        layout = card_layout(self, self.tr("Start here"))
        self.heading = PlainLabel(self)
        self.heading.setObjectName("courseDay")
        self.heading.setWordWrap(True)
        self.text = muted_label("", self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.practice_row, self.practice_text, self.practice_button = self._row(
            self.tr("Start"), self.tr("Start today's practice"))
        self.practice_button.clicked.connect(self._on_practice_clicked)
        self.reading_row, self.reading_text, self.reading_button = self._row(
            self.tr("Read"), self.tr("Open today's reading"))
        self.reading_button.clicked.connect(self._on_reading_clicked)
        layout.addWidget(self.practice_row)
        layout.addWidget(self.reading_row)
        buttons = QHBoxLayout()
        self.begin_button = button(
            self.tr("Start the seven days"), self.tr("Start the Start here course"),
            self.tr("Seven days: one short practice and one reading a day"), self, True)
        self.begin_button.clicked.connect(self._on_begin_clicked)
        self.not_now_button = button(
            self.tr("Not now"), self.tr("Not now"),
            self.tr("Hide this offer (you can still choose any practice)"), self)
        self.not_now_button.clicked.connect(self._on_not_now_clicked)
        self.stop_button = button(
            self.tr("Stop the course"), self.tr("Stop the Start here course"),
            self.tr("Take the course off Home (your practice log is not changed)"), self)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        for widget in (self.begin_button, self.not_now_button, self.stop_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._practice: str | None = None
        self._reading: str | None = None

    def _row(self, text: str, description: str) -> tuple[QWidget, QLabel, QPushButton]:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        label = PlainLabel(row)  # practice and reading titles come from files
        label.setWordWrap(True)
        action = button(text, description, description, row)
        box.addWidget(label, 1)
        box.addWidget(action, 0, Qt.AlignmentFlag.AlignVCenter)
        return row, label, action

    def show_offer(self) -> None:
        self.heading.setText(self.tr("New to practice? Seven days to find your feet."))
        self.text.setText(self.tr("One short practice and one reading a day, about ten minutes in "
                              "all. It works alongside any plan from your counselor, never "
                              "instead of it."))
        self._show(offer=True, active=False)

    def show_course(self, progress: PlanProgress) -> None:
        plan = progress.plan
        if progress.state == "finished":
            self.heading.setText(self.tr("You finished Start here. Well done."))
            self.text.setText(self.tr("Keep the practices you liked: they are all on the Practice "
                                  "page."))
            self._show(offer=False, active=False)
            self.stop_button.setText(self.tr("Remove from Home"))
            return
        self.heading.setText(self.tr("Day {0} of {1}").format(progress.day_number, plan.days()))
        self.text.setText(plan.note)
        self._practice = self._reading = None
        for p in progress.today_items():
            item = p.item
            if isinstance(item, PracticeItem):
                self._practice = item.practice
                name = practice_title(self.services, item.practice)
                self.practice_text.setText((
                    self.tr("Practice: {0}. Done today.") if p.complete
                    else self.tr("Practice: {0}.")).format(name))
            elif isinstance(item, ReadItem):
                self._reading = item.read
                title, _summary = article_info(self.services, item.read)
                self.reading_text.setText((self.tr("Read: “{0}”. Done.") if p.complete
                                           else self.tr("Read: “{0}”.")).format(title))
        self._show(offer=False, active=True)
        self.practice_row.setVisible(self._practice is not None)
        self.reading_row.setVisible(self._reading is not None)
        self.stop_button.setText(self.tr("Stop the course"))

    def _show(self, offer: bool, active: bool) -> None:
        self.begin_button.setVisible(offer)
        self.not_now_button.setVisible(offer)
        self.stop_button.setVisible(not offer)
        self.practice_row.setVisible(active)
        self.reading_row.setVisible(active)

    @Slot()
    def _on_begin_clicked(self) -> None:
        try:
            start_course(self.services.course, practice_today(self.services))
        except PlanError as exc:
            self.services.notify(Notice(Level.WARNING, self.tr("Start here could not begin"),
                                        plan_error_text(exc)))
        self.changed.emit()

    @Slot()
    def _on_not_now_clicked(self) -> None:
        self.services.state.set(COURSE_ANSWER_KEY, "declined")
        self.changed.emit()

    @Slot()
    def _on_stop_clicked(self) -> None:
        self.services.course.remove()
        self.services.state.set(COURSE_ANSWER_KEY, "declined")  # not offered again
        self.changed.emit()

    @Slot()
    def _on_practice_clicked(self) -> None:
        if self._practice:
            self.practice_requested.emit(self._practice)

    @Slot()
    def _on_reading_clicked(self) -> None:
        if self._reading:
            self.reading_requested.emit(self._reading)
