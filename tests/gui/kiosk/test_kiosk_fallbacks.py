"""The kiosk keeps working when the practice player or the Readings page cannot be built:
its own small player and reader stand in, with the same privacy rules."""

from __future__ import annotations

from kiosk_helpers import fake_definition
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QAbstractButton

from app.core.records import NullSink
from app.ui.kiosk.player import KioskPlayer


def test_the_kiosk_player_runs_a_guided_script_to_its_end(qtbot, kiosk_services, fake_clock
                                                          ) -> None:
    sink = NullSink()
    player = KioskPlayer(kiosk_services, fake_definition("grounding-54321-3"), 3, sink, True)
    qtbot.addWidget(player)
    ended: list[bool] = []
    player.practice_ended.connect(ended.append)
    player.start()
    assert player.running and player.caption.text() == "Settle in."
    fake_clock.advance(31)
    player.refresh()
    assert player.caption.text() == "Notice five things you can see."
    assert "2:29 left" in player.remaining.text()
    fake_clock.advance(150)
    player.refresh()
    assert ended == [True] and not player.running and sink.finished == 1


def test_the_kiosk_player_paces_a_breath_and_stops_early(qtbot, kiosk_services, fake_clock
                                                         ) -> None:
    sink = NullSink()
    player = KioskPlayer(kiosk_services, fake_definition("box-breathing", "pacer"), 2, sink,
                         True)
    qtbot.addWidget(player)
    player.show()
    ended: list[bool] = []
    player.practice_ended.connect(ended.append)
    player.start()
    fake_clock.advance(5)
    player.refresh()
    assert player.caption.text().startswith("Hold")
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    assert ended == [False] and sink.finished == 1


def test_players_fall_back_when_the_practice_player_fails(qtbot, kiosk, monkeypatch) -> None:
    import app.ui.kiosk.practice_host as host

    def broken(*args, **kwargs):
        raise RuntimeError("no player today")

    monkeypatch.setattr(host, "PracticeHost", broken)
    kiosk._on_welcome_practice_requested()
    visitor = kiosk.visitor
    qtbot.mouseClick(next(iter(visitor.begin_buttons.values())), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskStartSilent"),
                     Qt.MouseButton.LeftButton)
    assert isinstance(visitor.player, KioskPlayer) and visitor.practising


def test_reader_falls_back_and_ignores_links(qtbot, kiosk, monkeypatch) -> None:
    import app.ui.readings.page as readings

    def broken(*args, **kwargs):
        raise RuntimeError("no readings page today")

    monkeypatch.setattr(readings, "create_page", broken)
    kiosk.reset()
    visitor = kiosk.visitor
    assert visitor.open_article("neuroplasticity-basics")
    assert visitor.readings is None and visitor.reader.article_id == "neuroplasticity-basics"
    visitor.reader.browser.anchorClicked.emit(QUrl("https://example.org"))
    assert visitor.reader.links_ignored == 1
    assert "do not open" in visitor.reader.note.text()
