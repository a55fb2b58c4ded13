"""The Readings page as a user meets it: the library, search, an article, its place kept
across a restart, comfortable lines, and links that never leave the app in the kiosk."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMessageBox

from app.core.clock import FakeClock
from app.core.paths import DataPaths

from app.services import Services

from app.ui.readings.page import ReadingsPage, create_page
from app.ui.shell.navigator import Navigator

LONG = "neuroplasticity-basics"


def make_page(qtbot: QtBot, services: Services, navigator: Navigator) -> ReadingsPage:
    page = create_page(services, navigator)
    assert isinstance(page, ReadingsPage)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def kiosk_services(data_dir: Path, clock: FakeClock) -> Services:
    from app.ui.shell.app import build_services

    return build_services(DataPaths.portable_in(data_dir), clock=clock, kiosk=True)


def all_links(page: ReadingsPage) -> list[str]:
    links = []
    block = page.reader.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                links.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return links


def test_library_lists_every_article_and_the_practice(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    assert len(page.library.cards) == len(services.articles) >= 8
    assert all(card.state.text() == "Unread" for card in page.library.cards)
    about = page.library.findChild(QFrame, "aboutPracticeCard")
    assert about is not None and about.isVisible()
    shown = " ".join(label.text() for label in about.findChildren(QLabel))
    assert services.clinic.phone in shown and services.clinic.name in shown
    with qtbot.waitSignal(navigator.about_requested):
        page.library.about_button.click()


def test_topic_filter_keeps_only_that_topic(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    page.library.topic.setCurrentIndex(page.library.topic.findData("neurochemistry"))
    ids = [card.article_id for card in page.library.cards]
    assert ids and all("neurochemistry" in services.articles.get(i).topics for i in ids)


def test_search_finds_body_words_and_highlights_them(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    qtbot.keyClicks(page.library.search, "pruning")
    cards = page.library.cards
    assert cards and cards[0].article_id == LONG
    assert "background-color" in cards[0].text.text()  # the matched word is marked
    assert "match" in page.library.result_label.text()
    page.library.search.setText("zzzqqq")
    assert page.library.cards == []
    assert "No reading matches" in page.library.result_label.text()


def test_opening_a_search_result_highlights_it_in_the_article(qtbot, services, navigator):
    page = make_page(qtbot, services, navigator)
    page.library.search.setText("pruning")
    page.library.cards[0].activated.emit(LONG)
    assert page.currentWidget() is page.reader
    assert len(page.reader.browser.extraSelections()) >= 2
    assert "pruning" in page.reader.status.text()


def test_open_article_shows_text_and_try_this_practice(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    assert page.open_article(LONG)
    article = services.articles.get(LONG)
    text = page.reader.browser.toPlainText()
    assert article.title in text and "Keep reading" in text
    assert len(page.reader.practice_buttons) == len(article.practices)
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        page.reader.practice_buttons[0].click()
    assert blocker.args[0] == article.practices[0]
    with qtbot.waitSignal(navigator.practice_requested) as blocker:
        page.reader.browser.anchorClicked.emit(QUrl(f"practice:{article.practices[-1]}"))
    assert blocker.args[0] == article.practices[-1]


def test_related_article_link_opens_it_and_back_returns(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    page.open_article(LONG)
    related = services.articles.related(LONG)[0]
    assert f"article:{related.id}" in all_links(page)
    page.reader.browser.anchorClicked.emit(QUrl(f"article:{related.id}"))
    assert page.reader.article.id == related.id
    page.reader.back_button.click()
    assert page.currentWidget() is page.library


def test_mark_as_read_shows_in_the_library_and_survives(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    page.open_article(LONG)
    page.reader.read_button.click()
    page.reader.back_button.click()
    card = next(c for c in page.library.cards if c.article_id == LONG)
    assert "Read" in card.state.text()
    again = make_page(qtbot, services, Navigator())
    card = next(c for c in again.library.cards if c.article_id == LONG)
    assert "Read" in card.state.text()


def test_reading_position_survives_a_restart(qtbot, data_dir, fake_clock, navigator) -> None:
    from app.ui.shell.app import build_services

    services = build_services(DataPaths.portable_in(data_dir), clock=fake_clock)
    page = make_page(qtbot, services, navigator)
    page.open_article(LONG)
    bar = page.reader.browser.verticalScrollBar()
    assert bar.maximum() > 1000
    bar.setValue(bar.maximum() // 2)
    page.shutdown()
    page.close()

    restarted = build_services(DataPaths.portable_in(data_dir), clock=fake_clock)
    page2 = make_page(qtbot, restarted, Navigator())
    page2.open_article(LONG)
    assert page2.reader.position() == pytest.approx(0.5, abs=0.01)
    bar2 = page2.reader.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: abs(bar2.value() - bar2.maximum() / 2) <= bar2.pageStep() / 4)
    # Another article starts at its top.
    page2.open_article("cbt-and-the-brain")
    assert bar2.value() == 0


def test_text_keeps_a_comfortable_line_length_and_size_buttons(qtbot, services, navigator):
    page = make_page(qtbot, services, navigator)
    page.resize(1400, 800)
    page.open_article(LONG)

    def chars_per_line() -> float:
        lengths = []
        block = page.reader.browser.document().begin()
        while block.isValid():
            layout = block.layout()
            if block.blockFormat().headingLevel() == 0 and layout.lineCount() > 2:
                lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
            block = block.next()
        return statistics.median(lengths)

    assert 60 <= chars_per_line() <= 75
    before = services.settings.readings.text_size_pt
    page.reader.larger_button.click()
    page.reader.larger_button.click()
    assert services.settings.readings.text_size_pt == before + 2
    assert 60 <= chars_per_line() <= 75  # bigger text, same comfortable line
    page.reader.smaller_button.click()
    assert services.settings.readings.text_size_pt == before + 1


def test_external_link_asks_first_then_opens(qtbot, services, navigator, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    page = make_page(qtbot, services, navigator)
    page.open_article(LONG)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    page.reader.browser.anchorClicked.emit(QUrl("https://example.org/study"))
    assert opened == []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Open))
    page.reader.browser.anchorClicked.emit(QUrl("https://example.org/study"))
    assert opened == ["https://example.org/study"]


def test_kiosk_links_never_reach_the_operating_system(qtbot, data_dir, fake_clock, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Open))
    services = kiosk_services(data_dir, fake_clock)
    navigator = Navigator()
    page = make_page(qtbot, services, navigator)
    clicked = 0
    for article in services.articles:
        page.open_article(article.id)
        for href in [*all_links(page), "https://example.org", "mailto:a@b.c", "file:///etc"]:
            page.reader.browser.anchorClicked.emit(QUrl(href))
            clicked += 1
            if page.reader.article.id != article.id:
                page.open_article(article.id)
    assert clicked > 8 * 3
    assert opened == []
    page.reader.browser.anchorClicked.emit(QUrl("https://example.org"))
    assert "turned off" in page.reader.status.text()


def test_nothing_remote_is_ever_loaded(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    browser = page.reader.browser
    image = int(QTextDocument.ResourceType.ImageResource.value)
    assert browser.loadResource(image, QUrl("https://example.org/tracker.png")) is None
    assert browser.loadResource(image, QUrl("file:///etc/passwd")) is None
    browser.set_markdown_text("# T\n\n![x](http://example.org/a.png)\n")
    QApplication.processEvents()
    browser.grab()
    assert any("example.org" in url for url in browser.refused)


def test_kiosk_keeps_progress_in_memory_and_reset_wipes_it(qtbot, data_dir, fake_clock):
    services = kiosk_services(data_dir, fake_clock)
    before = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*") if p.is_file())
    page = make_page(qtbot, services, Navigator())
    page.library.search.setText("brain")
    page.open_article(LONG)
    page.reader.browser.verticalScrollBar().setValue(500)
    page.reader.read_button.click()
    page.reader.larger_button.click()
    page.reader.back_button.click()
    page.shutdown()
    after = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*") if p.is_file())
    assert not any("readings" in str(p) for p in after)
    assert [p for p in after if p not in before and "log" not in str(p)] == []
    page.reset()
    assert page.library.search.text() == ""
    assert page.currentWidget() is page.library
    assert all(card.state.text() == "Unread" for card in page.library.cards)
    page.open_article(LONG)
    assert page.reader.position() == 0.0
    assert page.reader.text_size_pt() == services.settings.readings.text_size_pt


def test_place_is_saved_soon_after_scrolling_stops(qtbot, services, navigator) -> None:
    from app.core.reading_progress import ReadingProgress

    page = make_page(qtbot, services, navigator)
    page.reader._save_timer.setInterval(0)  # the real app waits 2 s after the last scroll
    page.open_article(LONG)
    bar = page.reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 4)
    stored = ReadingProgress.in_folder(services.paths.data)
    assert stored.position(LONG) == 0.0  # not on every scroll step
    qtbot.waitUntil(lambda: ReadingProgress.in_folder(services.paths.data).position(LONG) > 0.2)


def test_library_works_from_the_keyboard(qtbot, services, navigator) -> None:
    page = make_page(qtbot, services, navigator)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.library.topic.setFocus()
    qtbot.keyClick(page.library.topic, Qt.Key.Key_Tab)
    first = page.library.cards[0]
    assert first.hasFocus()
    assert first.accessibleName() == services.articles.get(first.article_id).title
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert page.currentWidget() is page.reader
    assert page.reader.article.id == first.article_id
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.currentWidget() is page.library


def test_a_broken_article_is_named_in_a_notice_and_the_rest_load(
    qtbot, services, navigator, tmp_path, monkeypatch
) -> None:
    import app.core.articles as articles_module
    from app.core.resources import resource_path

    folder = tmp_path / "articles"
    folder.mkdir()
    good = resource_path("articles", f"{LONG}.md").read_text(encoding="utf-8")
    (folder / f"{LONG}.md").write_text(good, encoding="utf-8")
    (folder / "half-written.md").write_text("---\nid: half-written\ntitle: Oops\n", "utf-8")
    monkeypatch.setattr(articles_module, "resource_path",
                        lambda *parts: folder if parts == ("articles",) else resource_path(*parts))
    shown = []
    services.set_notice_handler(shown.append)
    page = make_page(qtbot, services, navigator)
    assert [card.article_id for card in page.library.cards] == [LONG]
    assert len(shown) == 1 and "half-written.md" in shown[0].text
    assert "closing '---'" in shown[0].text
