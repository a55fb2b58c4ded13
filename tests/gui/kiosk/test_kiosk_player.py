"""The kiosk player renders a visitor's PracticeRun: captions, the pacer, the time left, the
End and Pause buttons; what the visitor hears; what reaches the kiosk's sink. And the kiosk's
own reader stands in when the Readings page cannot be built."""

from __future__ import annotations

from kiosk_helpers import let_time_pass

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QAbstractButton

from app.core.practice_run import PracticeRun
from app.core.records import NullSink, SessionEnd, SessionStart

from app.kiosk.practice import visitor_plan
from app.sound.silent import SilentSound

from app.ui.kiosk.player import KioskPlayer


class CountingSink(NullSink):
    def __init__(self) -> None:
        super().__init__()
        self.starts: list[SessionStart] = []
        self.ends: list[SessionEnd] = []

    def session_started(self, start: SessionStart) -> int:
        self.starts.append(start)
        return super().session_started(start)

    def session_finished(self, session_id: int, end: SessionEnd) -> None:
        self.ends.append(end)
        super().session_finished(session_id, end)


def kiosk_player(qtbot, services, practice_id: str, minutes: int, sound_on: bool = False):
    sink, sound = CountingSink(), SilentSound()
    definition = services.practices.get(practice_id)
    run = PracticeRun.for_visitor(visitor_plan(definition, minutes, sound_on, True),
                                  services.clock, sink)
    player = KioskPlayer(run, sound, reduced_motion=True)
    qtbot.addWidget(player)
    player.show()
    return player, sink, sound


def advance(clock, player, seconds: float) -> None:
    for _ in range(int(seconds)):
        clock.advance(1)
        player.refresh()


def test_a_guided_script_runs_to_its_end_with_its_captions(qtbot, kiosk_services, fake_clock
                                                           ) -> None:
    player, sink, _ = kiosk_player(qtbot, kiosk_services, "grounding-54321-3", 3)
    ended: list[bool] = []
    player.practice_ended.connect(ended.append)
    player.start()
    assert player.running and player.remaining.text() == "Starting in 5"
    assert player.begin_button.isVisible() and not player.pause_button.isVisible()
    advance(fake_clock, player, 5)
    cues = player.plan.cues
    assert player.caption.text() == cues[0].text and "3:00 left" in player.remaining.text()
    advance(fake_clock, player, 41)
    assert player.caption.text() == [c for c in cues if c.at <= 41][-1].text  # script's time
    advance(fake_clock, player, 140)
    assert ended == [True] and not player.running
    assert [e.completed for e in sink.ends] == [True] and sink.ends[0].practised_s == 180
    assert sink.starts[0].source == "kiosk"


def test_a_pacer_shows_its_phase_and_ends_early_on_end(qtbot, kiosk_services, fake_clock
                                                       ) -> None:
    player, sink, sound = kiosk_player(qtbot, kiosk_services, "box-breathing", 2)
    ended: list[bool] = []
    player.practice_ended.connect(ended.append)
    player.start()
    qtbot.mouseClick(player.begin_button, Qt.MouseButton.LeftButton)  # skip the settling
    advance(fake_clock, player, 5)
    assert player.caption.text().startswith("Hold") and player.shape.isVisible()
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    assert ended == [False] and sink.ends[0] == SessionEnd(5.0, False)
    assert sound.bells_played == []  # the visitor chose silence


def test_pause_holds_the_time_and_a_paused_practice_is_not_running(
        qtbot, kiosk_services, fake_clock) -> None:
    player, _, _ = kiosk_player(qtbot, kiosk_services, "grounding-54321-3", 3)
    player.start()
    advance(fake_clock, player, 15)
    qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    assert not player.running and player.pause_button.text() == "Resume"
    assert player.remaining.text() == "Paused · 2:50 left"
    advance(fake_clock, player, 60)
    assert player.remaining.text() == "Paused · 2:50 left"
    qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    assert player.running and player.remaining.text() == "2:50 left"


def test_with_sound_the_bells_ring_and_the_script_is_spoken(qtbot, kiosk_services, fake_clock
                                                            ) -> None:
    player, _, sound = kiosk_player(qtbot, kiosk_services, "grounding-54321-3", 3,
                                    sound_on=True)
    player.start()
    advance(fake_clock, player, 6)
    assert sound.bells_played == [("singing-bowl", 1)]
    assert sound.spoken == [player.plan.cues[0].text]


def test_a_script_longer_than_the_visit_is_cut_at_the_chosen_minutes(
        qtbot, kiosk_services) -> None:
    player, _, _ = kiosk_player(qtbot, kiosk_services, "body-scan-10", 3)
    assert player.plan.duration_s == 180 and player.length_s == 185
    assert all(cue.at < 170 for cue in player.plan.cues)


def test_a_visit_ends_in_the_kiosk_sink_only(qtbot, kiosk, fake_clock) -> None:
    """Through the real screens: nothing but the time reaches the kiosk's sink."""
    qtbot.mouseClick(kiosk.welcome.practice_button, Qt.MouseButton.LeftButton)
    visitor = kiosk.visitor
    qtbot.mouseClick(next(iter(visitor.begin_buttons.values())), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskStartSilent"),
                     Qt.MouseButton.LeftButton)
    assert isinstance(visitor.player, KioskPlayer) and visitor.practising
    run = visitor.player.run
    assert not run.asks_mood and run.source == "kiosk"
    let_time_pass(fake_clock, kiosk, visitor.player.length_s + 0.5)
    assert run.recorded and run.summary.mood_after is None and kiosk.sink.finished == 1


def test_reader_falls_back_and_ignores_links(qtbot, kiosk, monkeypatch) -> None:
    import app.ui.kiosk.visitor as visitor_module

    def broken(*args, **kwargs):
        raise RuntimeError("no readings page today")

    monkeypatch.setattr(visitor_module, "ReadingsPage", broken)
    kiosk.reset()
    visitor = kiosk.visitor
    assert visitor.open_article("neuroplasticity-basics")
    assert visitor.readings is None and visitor.reader.article_id == "neuroplasticity-basics"
    visitor.reader.browser.anchorClicked.emit(QUrl("https://example.org"))
    assert visitor.reader.links_ignored == 1
    assert "do not open" in visitor.reader.note.text()
