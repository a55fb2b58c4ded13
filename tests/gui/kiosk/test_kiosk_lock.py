"""K1-K3 in process: keys and right-clicks do nothing, no menu, dialog or file dialog stays
open, no URL reaches the operating system, and only the corner gesture plus the right PIN
gets staff out."""

from __future__ import annotations

from kiosk_helpers import PIN

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QTextBrowser,
)

from app.core.articles import Article, Catalog

from app.kiosk.adminlog import read_admin_exits

KEYS = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


def test_quit_keys_and_close_requests_are_ignored(qtbot, kiosk) -> None:
    for key, mods in KEYS:
        for _ in range(20):
            qtbot.keyClick(kiosk, key, mods)
            qtbot.keyClick(kiosk.focusWidget() or kiosk, key, mods)
    assert kiosk.close() is False
    assert kiosk.isVisible()
    assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
    assert kiosk.guard.blocked_count >= 100


def test_leaving_full_screen_is_undone(qtbot, kiosk) -> None:
    kiosk.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(lambda: bool(kiosk.windowState() & Qt.WindowState.WindowFullScreen))


def test_no_context_menu_file_dialog_or_dialog(qtbot, kiosk) -> None:
    target = kiosk.welcome.practice_button
    menus: list[QPoint] = []
    target.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    target.customContextMenuRequested.connect(menus.append)
    for _ in range(20):
        qtbot.mouseClick(target, Qt.MouseButton.RightButton)
        QApplication.sendEvent(target, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5))))
    assert menus == []
    assert kiosk.stack.currentWidget() is kiosk.welcome  # a right-click is not a click
    assert QFileDialog.getOpenFileName(kiosk, "Open")[0] == ""
    assert QFileDialog.getExistingDirectory(kiosk) == ""
    menu = QMenu(kiosk)
    menu.addAction("Quit")
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(lambda: not menu.isVisible())
    dialog = QFileDialog(kiosk)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert kiosk.isVisible()


def test_drags_cannot_start(kiosk) -> None:
    assert QApplication.startDragDistance() >= 100_000


def _anchor_positions(browser: QTextBrowser) -> list[int]:
    """Where each link sits in the document (collected first: a click may replace it)."""
    document = browser.document()
    positions = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                positions.append(fragment.position() + max(0, fragment.length() // 2))
            it += 1
        block = block.next()
    return positions


def _click_every_link(qtbot, visitor, article_id: str) -> int:
    assert visitor.open_article(article_id)
    positions = _anchor_positions(visitor.reading_browser())
    for position in positions:
        assert visitor.open_article(article_id)  # a link to another reading moved away
        browser = visitor.reading_browser()
        cursor = QTextCursor(browser.document())
        cursor.setPosition(position)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()
        rect = browser.cursorRect(cursor)
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return len(positions)


def test_no_url_ever_reaches_the_operating_system(qtbot, kiosk, monkeypatch) -> None:
    reached_os: list[str] = []
    # Stand in for the OS below the kiosk's guard (uninstall and re-install around it).
    kiosk.guard.uninstall()
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: reached_os.append(QUrl(url).toString())))
    kiosk.guard.install()
    # The shipped articles keep their sources as plain text; one more carries every kind of
    # link an article could hold, so the clicks below are not vacuous.
    real = kiosk.services.articles
    linked = Article(id="links", title="Links", summary="Every kind of link.",
                     reading_minutes=1, topics=("test",), practices=(), sources=(),
                     body=LINKED_BODY)
    kiosk.services.articles = Catalog((*tuple(real), linked))
    kiosk.reset()
    qtbot.mouseClick(kiosk.welcome.read_button, Qt.MouseButton.LeftButton)
    visitor = kiosk.visitor
    clicks = 0
    ids = [a.id for a in kiosk.services.articles]
    assert len(ids) >= 7
    for article_id in ids:
        clicks += _click_every_link(qtbot, visitor, article_id)
    # A widget asking Qt to open links itself (C++ side) and Python code calling openUrl.
    label = QLabel('<a href="https://example.org/a">a link</a>', kiosk.welcome)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.adjustSize()
    label.show()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    for url in ("https://example.org", "file:///etc/passwd", "mailto:a@b.c"):
        QDesktopServices.openUrl(QUrl(url))
    print(f"links clicked: {clicks}, blocked by the guard: {len(kiosk.guard.blocked_urls)}")
    assert clicks >= 8
    assert reached_os == []
    assert "https://example.org/a" in kiosk.guard.blocked_urls
    assert "file:///etc/passwd" in kiosk.guard.blocked_urls


LINKED_BODY = """A paragraph with [a web page](https://example.org/study), [a file](file:///etc/hosts),
[mail](mailto:someone@example.org), [a relative page](other.md),
[a practice](practice:box-breathing), [another reading](article:neuroplasticity-basics),
[an anchor](#top), [a strange scheme](rewire:practice/box-breathing) and a bare <https://doi.org/10.1000/xyz>.
"""


def tap_corner(qtbot, kiosk, times: int = 5, pos: QPoint | None = None) -> None:
    pos = pos or QPoint(8, 8)
    for _ in range(times):
        qtbot.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=pos, delay=20)


def enter(qtbot, kiosk, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(kiosk.pinpad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pinpad.buttons["ok"], Qt.MouseButton.LeftButton)


def test_gesture_then_wrong_pins_back_off_and_the_right_one_exits(
    qtbot, kiosk, fake_clock
) -> None:
    tap_corner(qtbot, kiosk, 4)
    assert kiosk.stack.currentWidget() is kiosk.welcome
    tap_corner(qtbot, kiosk, 5, QPoint(kiosk.width() // 2, kiosk.height() // 2))
    assert kiosk.stack.currentWidget() is kiosk.welcome  # the middle is not a corner
    tap_corner(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.pinpad
    for attempt in range(1, 7):
        enter(qtbot, kiosk, "1357")
        assert kiosk.stack.currentWidget() is kiosk.pinpad
        if attempt >= 5:
            assert "wait" in kiosk.pinpad.message.text()
    # While the back-off runs, the right PIN is not even checked.
    enter(qtbot, kiosk, PIN)
    assert kiosk.stack.currentWidget() is kiosk.pinpad
    fake_clock.advance(kiosk.gate.wait_left())
    enter(qtbot, kiosk, PIN)
    assert kiosk.stack.currentWidget() is kiosk.staff
    assert "Anonymous counts are off" in kiosk.staff.status.text()
    qtbot.mouseClick(kiosk.staff.counts_button, Qt.MouseButton.LeftButton)
    assert "Anonymous counts are on: 0 sessions" in kiosk.staff.status.text()
    assert '"anonymous_counts": true' in kiosk.services.paths.settings_file.read_text()
    qtbot.mouseClick(kiosk.findChild(QAbstractButton, "kioskStaffExit"),
                     Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
    assert kiosk.quits == [0]  # the application exits with code 0
    lines = read_admin_exits(kiosk.services.paths)
    assert [line.split()[1] for line in lines] == ["unlock", "exit"]
    assert all(len(line.split()) == 2 for line in lines)  # the time, and nothing else


def test_staff_can_go_back_and_the_pad_forgets_digits(qtbot, kiosk) -> None:
    tap_corner(qtbot, kiosk)
    for digit in "12":
        qtbot.mouseClick(kiosk.pinpad.buttons[digit], Qt.MouseButton.LeftButton)
    assert kiosk.pinpad.dots.text().count("●") == 2
    qtbot.mouseClick(kiosk.pinpad.cancel_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.welcome
    tap_corner(qtbot, kiosk)
    assert "●" not in kiosk.pinpad.dots.text()


def test_staff_gesture_during_a_practice_does_not_end_it(qtbot, kiosk, fake_clock) -> None:
    qtbot.mouseClick(kiosk.welcome.practice_button, Qt.MouseButton.LeftButton)
    visitor = kiosk.visitor
    qtbot.mouseClick(next(iter(visitor.begin_buttons.values())), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskStartSilent"),
                     Qt.MouseButton.LeftButton)
    assert visitor.practising
    tap_corner(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.pinpad
    fake_clock.advance(60)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is kiosk.pinpad and visitor.practising
    qtbot.mouseClick(kiosk.pinpad.cancel_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is visitor and visitor.practising
