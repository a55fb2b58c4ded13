"""K4 and K5: an idle kiosk forgets its visitor completely; kiosk visits never write the
personal log or the data folder (anonymous counts only when the clinic turned them on)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kiosk_helpers import flush_deletes, let_time_pass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from app.core.records import SessionEnd, SessionStart

from app.kiosk.idle import IdleState
from app.storage.log import PracticeLog


def visible_texts(window: QWidget) -> str:
    parts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
    return "\n".join(parts)


def folder_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def read_an_article(qtbot, kiosk, search: str = "") -> str:
    """Open the library from the welcome screen, search, open the first card, scroll."""
    click(qtbot, kiosk.welcome.read_button)
    visitor = kiosk.visitor
    if visitor.readings is not None:
        if search:
            qtbot.keyClicks(visitor.readings.library.search, search)
        library = visitor.readings.library
        qtbot.waitUntil(lambda: any(c.isVisible() for c in library.cards))
        card = next(c for c in library.cards if c.isVisible())
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        article = visitor.readings.reader.article
        assert article is not None
        article_id = article.id
    else:
        article_id, button = next(iter(visitor.library.read_buttons.items()))
        click(qtbot, button)
    bar = visitor.reading_browser().verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    return article_id


def run_a_practice(qtbot, kiosk, clock, finish: bool = True) -> None:
    if kiosk.stack.currentWidget() is kiosk.welcome:
        click(qtbot, kiosk.welcome.practice_button)
    visitor = kiosk.visitor
    practice_id = next(iter(visitor.begin_buttons))
    chips = [b for b in visitor.findChildren(QAbstractButton)
             if b.objectName() == f"kioskMinutes_{practice_id}_2"]
    if chips:
        click(qtbot, chips[0])
    click(qtbot, visitor.begin_buttons[practice_id])
    click(qtbot, visitor.findChild(QAbstractButton, "kioskStartSilent"))
    assert visitor.practising
    if finish:
        let_time_pass(clock, kiosk, visitor.player.length_s + 0.5)
        assert not visitor.practising
    else:
        let_time_pass(clock, kiosk, 40)  # past the preparation: a real, if short, session


def test_idle_reset_wipes_everything_the_visitor_did(qtbot, kiosk, fake_clock) -> None:
    article_id = read_an_article(qtbot, kiosk, search="brain")
    article = kiosk.services.articles.get(article_id)
    old_visitor = kiosk.visitor
    assert article.title in visible_texts(kiosk)
    fake_clock.advance(119)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is old_visitor
    fake_clock.advance(1)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is kiosk.still_there  # "Still there?" 15 s countdown
    assert "15 s" in kiosk.still_there.countdown.text()
    fake_clock.advance(15)
    kiosk.check_idle()
    flush_deletes()
    assert kiosk.stack.currentWidget() is kiosk.welcome
    assert kiosk.visitor is not old_visitor
    texts = visible_texts(kiosk)
    assert article.title not in texts
    # Nowhere in the window, visible or not, is the article still open, scrolled or searched.
    assert all(b.toPlainText() == "" for b in kiosk.findChildren(QTextBrowser))
    assert kiosk.visitor.reading_browser().verticalScrollBar().value() == 0
    assert all(e.text() == "" for e in kiosk.findChildren(QLineEdit))
    if kiosk.visitor.readings is not None:
        progress = kiosk.visitor.readings.progress
        assert progress.position(article_id) == 0.0 and not progress.is_read(article_id)
    assert QApplication.clipboard().text() == ""


def test_practice_choices_are_forgotten_and_never_cut_short(qtbot, kiosk, fake_clock) -> None:
    click(qtbot, kiosk.welcome.practice_button)
    visitor = kiosk.visitor
    practice_id = next(iter(visitor.begin_buttons))
    five = visitor.findChild(QAbstractButton, f"kioskMinutes_{practice_id}_5")
    if five is not None:
        click(qtbot, five)
        assert visitor.minutes[practice_id] == 5
    click(qtbot, visitor.begin_buttons[practice_id])
    click(qtbot, visitor.findChild(QAbstractButton, "kioskStartSilent"))
    assert visitor.practising
    # A running practice is never interrupted by the idle timer, however long it is left.
    length = visitor.player.length_s
    assert length >= 120  # longer than the idle timeout
    elapsed = 0.0
    while elapsed + 30 < length:
        let_time_pass(fake_clock, kiosk, 30)
        elapsed += 30
        kiosk.check_idle()
        assert kiosk.idle.poll().state is IdleState.ACTIVE
        assert kiosk.stack.currentWidget() is visitor and visitor.practising
    let_time_pass(fake_clock, kiosk, length - elapsed + 0.5)
    assert not visitor.practising
    assert kiosk.visitor.currentWidget() is kiosk.visitor.done_page
    # After the practice: the shorter 30 s timeout, then the countdown, then the reset.
    fake_clock.advance(30)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is kiosk.still_there
    fake_clock.advance(15)
    kiosk.check_idle()
    flush_deletes()
    assert kiosk.stack.currentWidget() is kiosk.welcome
    assert kiosk.visitor is not visitor
    if five is not None:
        assert kiosk.visitor.minutes[practice_id] == 3
        fresh = kiosk.visitor.findChild(QAbstractButton, f"kioskMinutes_{practice_id}_3")
        assert fresh.isChecked()
    assert kiosk.visitor.player is None


def test_input_during_the_countdown_keeps_the_visitor(qtbot, kiosk, fake_clock) -> None:
    read_an_article(qtbot, kiosk)
    visitor = kiosk.visitor
    fake_clock.advance(125)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is kiosk.still_there
    click(qtbot, kiosk.still_there.button)
    assert kiosk.stack.currentWidget() is visitor
    fake_clock.advance(100)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is visitor


def test_twenty_visits_leave_the_log_and_data_folder_byte_identical(
    qtbot, kiosk, fake_clock
) -> None:
    services = kiosk.services
    data = services.paths.data
    # A client's personal log already lives in this data folder.
    personal = PracticeLog.in_folder(data, fake_clock)
    sid = personal.session_started(SessionStart("box-breathing", "Box breathing", "pacer", 300,
                                                fake_clock.now(), "America/Los_Angeles"))
    personal.session_finished(sid, SessionEnd(300.0, True, note="my own note"))
    personal.close()
    assert any(data.iterdir())
    before = folder_digest(data)
    config_before = folder_digest(services.paths.config)
    for visit in range(20):
        run_a_practice(qtbot, kiosk, fake_clock, finish=visit % 3 != 0)
        if kiosk.visitor.practising:
            click(qtbot, kiosk.visitor.player.stop_button)
        click(qtbot, kiosk.visitor.findChild(QAbstractButton, "kioskFinish"))
        read_an_article(qtbot, kiosk, search="the" if visit % 2 else "")
        fake_clock.advance(200)
        kiosk.check_idle()
        fake_clock.advance(20)
        kiosk.check_idle()
        flush_deletes()
        assert kiosk.stack.currentWidget() is kiosk.welcome
    assert kiosk.sink.finished == 20
    assert folder_digest(data) == before
    assert folder_digest(services.paths.config) == config_before


def test_anonymous_counts_only_when_turned_on(qtbot, kiosk, fake_clock) -> None:
    kiosk.services.settings.kiosk.anonymous_counts = True
    before = folder_digest(kiosk.services.paths.data)
    for _ in range(3):
        run_a_practice(qtbot, kiosk, fake_clock)
        click(qtbot, kiosk.visitor.findChild(QAbstractButton, "kioskFinish"))
        flush_deletes()
    after = folder_digest(kiosk.services.paths.data)
    changed = {k for k in after if before.get(k) != after[k]}
    assert changed == {"kiosk-counts.json"}
    text = (kiosk.services.paths.data / "kiosk-counts.json").read_text(encoding="utf-8")
    assert '"sessions": 3' in text.replace("3.0", "3")
