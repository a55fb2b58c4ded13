"""Home on a first start offers Start here; taken up, it shows the day's practice and reading,
after the counselor's plan when there is one; SOS is one click away."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.core.resources import resource_path

from app.ui.home.page import HomePage


def make_page(qtbot: Any, services: Any, navigator: Any) -> HomePage:
    page = HomePage(services, navigator)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model is not None)
    return page


def test_sos_is_one_click_from_home(qtbot: Any, services: Any, navigator: Any) -> None:
    page = make_page(qtbot, services, navigator)
    assert page.sos_button.isVisible()
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        qtbot.mouseClick(page.sos_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["sos-panic", {"autostart": True}]


def test_start_here_is_offered_on_a_first_start_and_runs_day_by_day(
        qtbot: Any, services: Any, navigator: Any) -> None:
    page = make_page(qtbot, services, navigator)
    card = page.course_card
    assert card is page.course_first and card.isVisible()
    assert card.begin_button.isVisible() and card.not_now_button.isVisible()
    qtbot.mouseClick(card.begin_button, Qt.MouseButton.LeftButton)
    assert services.course.plan is not None and services.plans.plan is None
    assert card.heading.text() == "Day 1 of 7"
    assert card.practice_text.text() == "Practice: Three-minute breathing space."
    assert "Neuroplasticity" in card.reading_text.text()
    assert (page.model.suggestion, page.model.suggestion_reason) == ("breathing-space-3",
                                                                     "course")
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        qtbot.mouseClick(card.practice_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "breathing-space-3"


def test_the_counselors_plan_comes_first(qtbot: Any, services: Any, navigator: Any,
                                        tmp_path: Path) -> None:
    today = services.clock.now().date()
    plan = json.loads(resource_path("plans", "example-plan.json").read_text(encoding="utf-8"))
    plan.update(starts=(today - timedelta(days=1)).isoformat(),
                ends=(today + timedelta(days=7)).isoformat())
    (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    services.plans.import_file(tmp_path / "plan.json")
    page = make_page(qtbot, services, navigator)
    page.course_card.begin_button.click()
    assert page.course_card is page.course_after_plan
    assert page.course_after_plan.isVisible() and not page.course_first.isVisible()
    plan_y = page.plan_card.mapTo(page.widget(), page.plan_card.rect().topLeft()).y()
    page.widget().layout().activate()
    course_y = page.course_after_plan.mapTo(page.widget(),
                                            page.course_after_plan.rect().topLeft()).y()
    assert course_y > plan_y
    assert page.model.suggestion_reason == "plan"


def test_not_now_hides_the_offer_for_good(qtbot: Any, services: Any, navigator: Any) -> None:
    page = make_page(qtbot, services, navigator)
    page.course_card.not_now_button.click()
    assert not page.course_first.isVisible() and not page.course_after_plan.isVisible()
    again = make_page(qtbot, services, navigator)
    assert not again.course_first.isVisible()
    assert services.course.plan is None
