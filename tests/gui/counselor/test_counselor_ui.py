"""The counselor screens as a client uses them: keyboard only, item 9 shows crisis help
before any score, skipping is one click, Home's card, the summary preview, the support plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from PySide6.QtCore import Qt

from app.core.clock import FakeClock
from app.core.plans import PlanStore

from app.ui.counselor.checkin import CheckinDialog, crisis_lines

NOW = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)  # a Tuesday, 9 am in Los Angeles


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock(NOW, zone="America/Los_Angeles")


def said(label) -> str:
    """A label's text with the narrow no-break space of "4:00 PM" read as a space."""
    return label.text().replace("\u202f", " ")


def dialog_for(services, qtbot, ident="phq9", language="en", due=None) -> CheckinDialog:
    clinic = services.clinic.in_language(language)
    dialog = CheckinDialog(ident, services.counselor, clinic, language, due)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def answer_with_keys(qtbot, dialog: CheckinDialog, answers: list[int]) -> None:
    """Start, then for each question: arrow down to the answer, Space, Enter."""
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)
    for value in answers:
        choose_with_keys(qtbot, dialog, value)
        qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)


def choose_with_keys(qtbot, dialog: CheckinDialog, value: int) -> None:
    """Space on the first answer, then the Down arrow to the one wanted."""
    dialog.choices[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.choices[0].hasFocus)
    qtbot.keyClick(dialog.choices[0], Qt.Key.Key_Space)
    for i in range(value):
        qtbot.keyClick(dialog.choices[i], Qt.Key.Key_Down)
        qtbot.waitUntil(dialog.choices[i + 1].hasFocus)
    assert dialog.answers[dialog.index] == value


def test_item9_above_zero_shows_crisis_help_before_any_score(services, qtbot) -> None:
    dialog = dialog_for(services, qtbot)
    saved = []
    dialog.checkin_saved.connect(saved.append)
    answer_with_keys(qtbot, dialog, [1, 1, 0, 0, 0, 0, 0, 0])
    choose_with_keys(qtbot, dialog, 1)  # "Several days" on item 9
    assert dialog.safety_note.isVisible()  # help is mentioned at once, under the answers
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 2  # the crisis page, and no score yet
    assert dialog.result_title.text() == "" and dialog.result_text.text() == ""
    numbers = [n for n, _label in crisis_lines(services.clinic)]
    # 988 first, 911 last; between them the other lines of the clinic file (issue 16: 988
    # chat, the Veterans Crisis Line, the Crisis Text Line) and the clinic
    assert numbers == ["988", "988lifeline.org/chat", "988 · 1", "741741", "805-285-8466",
                       "911"]
    crisis_text = " ".join(w.text() for w in dialog.pages.widget(2).findChildren(
        type(dialog.item_label)))
    assert all(n in crisis_text for n in numbers)
    assert saved and saved[0].safety_answer and saved[0].score == 3
    qtbot.keyClick(dialog.crisis_continue, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 3
    assert dialog.result_title.text() == "Your score: 3 of 27"
    assert "talk over with your counselor, not a diagnosis" in dialog.result_text.text()
    assert services.counselor.checkins()[0].answers == (1, 1, 0, 0, 0, 0, 0, 0, 1)


def test_without_item9_the_score_comes_straight_after(services, qtbot) -> None:
    dialog = dialog_for(services, qtbot)
    answer_with_keys(qtbot, dialog, [3, 3, 2, 2, 1, 1, 1, 1, 0])
    assert dialog.pages.currentIndex() == 3
    assert dialog.result_title.text() == "Your score: 14 of 27"
    assert "from 10 to 14 “moderate”" in dialog.result_text.text()


def test_skipping_is_one_click_and_is_not_asked_again(services, qtbot, tmp_path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text('{"format": "rewire-plan", "version": 1, "title": "P", "starts": '
                    '"2026-11-20", "ends": "2026-12-20", "items": [{"practice": '
                    '"box-breathing", "minutes": 5}], "checkins": {"instruments": ["gad7"], '
                    '"every_days": 14}}', encoding="utf-8")
    PlanStore.import_file(services.plans, plan)
    due = services.counselor.due()
    assert [d.instrument for d in due] == ["gad7"]
    dialog = dialog_for(services, qtbot, "gad7", due=due[0])
    skip = next(b for b in dialog.pages.widget(0).findChildren(type(dialog.start_button))
                if b.text() == "Skip for now")
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and services.counselor.due() == []
    assert services.counselor.checkins() == []  # nothing answered, nothing stored


def test_spanish_shows_the_published_spanish_phq9_and_says_why_gad7_is_english(
        services, qtbot) -> None:
    phq9 = dialog_for(services, qtbot, "phq9", "es")
    phq9._show_question(8)
    assert phq9.item_label.text().startswith("Pensamientos de que estaría mejor muerto(a)")
    assert phq9.choices[0].text() == "Ningún día"
    gad7 = dialog_for(services, qtbot, "gad7", "es")
    gad7._show_question(0)
    assert gad7.item_label.text() == "Feeling nervous, anxious or on edge"
    assert not gad7.own_language


def test_home_says_next_session_and_offers_to_prepare_from_the_day_before(
        services, navigator, qtbot, fake_clock) -> None:
    from app.ui.home.counselor_card import CounselorCard

    card = CounselorCard(services, navigator)
    qtbot.addWidget(card)
    card.refresh()
    assert card.isHidden()  # nothing to say
    services.counselor.add_appointment(date(2026, 12, 3), time(16, 0))  # Thursday
    card.refresh()
    assert said(card.next_label) == "Next session: Thursday at 4:00 PM"
    assert card.prepare_button.isHidden()
    fake_clock.advance(24 * 3600)  # Wednesday: the day before
    card.refresh()
    assert said(card.next_label) == "Next session: tomorrow at 4:00 PM"
    assert not card.prepare_button.isHidden()
    opened = []
    navigator.page_requested.connect(opened.append)
    qtbot.mouseClick(card.prepare_button, Qt.MouseButton.LeftButton)
    assert opened == ["counselor"]


def test_summary_preview_holds_only_shared_notes_and_saves_only_where_chosen(
        services, navigator, qtbot, fake_clock, tmp_path) -> None:
    from tests.unit.storage.log_helpers import practise

    from app.ui.counselor.page import CounselorPage
    from app.ui.counselor.preview import SummaryPreview

    lg = services.log
    shared, private = practise(lg, fake_clock), practise(lg, fake_clock)
    lg.update_session(shared, note="<b>Slept</b> better")
    lg.update_session(private, note="only mine")
    page = CounselorPage(services, navigator)
    qtbot.addWidget(page)
    page.show()
    boxes = {b.accessibleName().split(": ", 1)[1]: b for b in page._note_boxes}
    assert set(boxes) == {"<b>Slept</b> better", "only mine"}
    assert not any(b.isChecked() for b in boxes.values())  # nothing shared by default
    boxes["<b>Slept</b> better"].setChecked(True)
    page.talk_edit.setPlainText("Mornings")
    document, name = page.summary_document()
    assert "&lt;b&gt;Slept&lt;/b&gt; better" in document and "only mine" not in document
    assert "Mornings" in document and name.endswith(".pdf")
    before = sorted(p.name for p in services.paths.data.rglob("*"))
    preview = SummaryPreview(document, "My practice summary", name)
    qtbot.addWidget(preview)
    assert "Slept" in preview.view.toPlainText() and "<b>" in preview.view.toPlainText()
    out = tmp_path / "chosen" / "summary.pdf"
    out.parent.mkdir()
    assert preview.save_to(out) and out.read_bytes().startswith(b"%PDF")
    after = sorted(p.name for p in services.paths.data.rglob("*"))
    assert after == before  # nothing else written
    assert not preview.save_to(tmp_path / "missing" / "x.pdf")
    assert "could not be saved" in preview.status.text()


def test_support_plan_prefilled_saved_and_one_click_from_the_crisis_dialog(
        services, qtbot, monkeypatch) -> None:
    from app.ui.counselor.support_plan_dialog import SupportPlanDialog
    from app.ui.shell.dialogs import CrisisDialog

    dialog = SupportPlanDialog(services.counselor)
    qtbot.addWidget(dialog)
    pros = dialog.people["professionals"].contacts()
    assert pros[0].phone == "805-285-8466" and any(c.phone == "988" for c in pros)
    dialog.lists["warning_signs"].setPlainText("I stop answering texts\n\n<i>I skip meals</i>")
    name, phone = dialog.people["ask_for_help"].rows[0]
    name.setText("Ana")
    phone.setText("805-555-0142")
    assert dialog._on_save_clicked()
    again = SupportPlanDialog(services.counselor).plan()
    assert again.warning_signs == ("I stop answering texts", "<i>I skip meals</i>")
    assert again.ask_for_help[0].name == "Ana"
    assert "&lt;i&gt;I skip meals&lt;/i&gt;" in dialog.document()
    assert (services.paths.data / "support-plan.json").exists()
    opened = []
    crisis = CrisisDialog(services.clinic, None, lambda parent: opened.append(parent))
    qtbot.addWidget(crisis)
    button = crisis.support_plan_button
    assert button is not None and button.text() == "Open my support plan"
    assert crisis.action_row.indexOf(button) >= 0  # the row above Close, beside SOS (issue 16)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [crisis]


def test_none_of_it_exists_in_kiosk_mode(data_dir, qapp, fake_clock) -> None:
    from app.core.paths import DataPaths

    from app.ui.counselor.actions import open_checkin, open_support_plan
    from app.ui.shell.app import build_services

    kiosk = build_services(DataPaths.portable_in(data_dir / "k"), clock=fake_clock, kiosk=True)
    with pytest.raises(RuntimeError, match="kiosk"):
        _ = kiosk.counselor
    assert open_checkin(kiosk, None, "phq9") is None
    open_support_plan(kiosk, None)  # does nothing
    assert not (data_dir / "k" / "data" / "support-plan.json").exists()


def test_appointments_are_added_and_refused_in_words(services, navigator, qtbot,
                                                     fake_clock) -> None:
    from PySide6.QtCore import QDate

    from app.ui.counselor.page import CounselorPage

    page = CounselorPage(services, navigator)
    qtbot.addWidget(page)
    page.show()
    assert page.next_label.text() == "No session is set yet."
    page.date_edit.setDate(QDate(2026, 12, 4))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert said(page.next_label) == "Next session: Friday at 4:00 PM"
    page.date_edit.setMinimumDate(QDate(2020, 1, 1))
    page.date_edit.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.appointment_status.text() == "That time has already passed."
    assert len(services.counselor.appointments()) == 1
    assert fake_clock.now() < datetime(2026, 12, 4, tzinfo=UTC) + timedelta(days=1)


def test_a_plan_appointment_written_while_home_listens_builds_one_service(
        services, tmp_path) -> None:
    """Home listens to the log; the plan's appointments are written when the counselor
    service is first built, which wakes Home, which asks for the service again: it must get
    the same one (once this recursed until Python gave up)."""
    plan = tmp_path / "plan.json"
    plan.write_text('{"format": "rewire-plan", "version": 1, "title": "P", "starts": '
                    '"2026-11-20", "ends": "2026-12-20", "items": [{"practice": '
                    '"box-breathing", "minutes": 5}], "appointments": [{"date": "2026-12-03", '
                    '"time": "16:00"}]}', encoding="utf-8")
    PlanStore.import_file(services.plans, plan)
    seen = []
    services.log.subscribe(lambda: seen.append(services.counselor))
    counselor = services.counselor
    assert seen and all(s is counselor for s in seen)
    assert len(services.log.appointments()) == 1
    assert counselor.next_session() is not None
