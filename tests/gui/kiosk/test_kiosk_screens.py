"""What a visitor sees and touches: every control at least 48 px, the welcome screen's
contents, the calm orb (still when motion is reduced), "Try this practice" from a reading, the
maintenance screen after a crash loop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from app.ui.kiosk.screens import BreathingOrb

MIN_PX = 48


def small_controls(root: QWidget) -> list[str]:
    small = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            continue
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if widget.height() < MIN_PX or widget.width() < MIN_PX:
            name = widget.objectName() or getattr(widget, "text", str)()
            small.append(f"{type(widget).__name__} {name!r} {widget.width()}x{widget.height()}")
    return small


def test_every_touch_target_is_at_least_48_px_on_every_screen(qtbot, kiosk) -> None:
    kiosk.resize(1280, 800)
    screens = []

    def check(name: str) -> None:
        qtbot.wait(10)
        screens.append(name)
        assert small_controls(kiosk.stack.currentWidget()) == [], name

    check("welcome")
    qtbot.mouseClick(kiosk.welcome.practice_button, Qt.MouseButton.LeftButton)
    check("choose")
    visitor = kiosk.visitor
    qtbot.mouseClick(next(iter(visitor.begin_buttons.values())), Qt.MouseButton.LeftButton)
    check("headphones prompt")
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskStartSilent"),
                     Qt.MouseButton.LeftButton)
    check("practice")
    qtbot.mouseClick(visitor.player.stop_button, Qt.MouseButton.LeftButton)
    check("done")
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskDoneRead"),
                     Qt.MouseButton.LeftButton)
    check("library")
    assert visitor.open_article("neuroplasticity-basics")
    check("article")
    kiosk.open_pinpad()
    check("pin pad")
    assert len(screens) == 8


def test_welcome_shows_the_clinic_contact_and_the_crisis_line(kiosk) -> None:
    clinic = kiosk.services.clinic
    assert kiosk.welcome.clinic_name.text() == clinic.name
    assert clinic.phone in kiosk.welcome.contact.text()
    footer = kiosk.footer.text()
    assert "988" in footer and "911" in footer
    # every other way to reach help, in a few words (issue 16)
    assert "Chat: 988lifeline.org/chat" in footer and "Veterans: call 988, press 1" in footer
    assert "Text HOME to 741741" in footer
    assert kiosk.welcome.practice_button.text() == "Start a 3-minute practice"
    assert kiosk.welcome.read_button.text() == "Read"


def test_the_orb_is_still_when_motion_is_reduced(qtbot, fake_clock) -> None:
    calm = BreathingOrb(reduced_motion=True, monotonic=fake_clock.monotonic)
    moving = BreathingOrb(reduced_motion=False, monotonic=fake_clock.monotonic)
    for orb in (calm, moving):
        qtbot.addWidget(orb)
        orb.show()
    assert not calm.animating and moving.animating
    calm_before, moving_before = calm.level(), moving.level()
    fake_clock.advance(2.0)  # a quarter of a slow breath
    assert calm.level() == calm_before
    assert moving.level() > moving_before + 0.2  # it grows as time passes
    moving.hide()
    assert not moving.animating  # no repaints while nobody can see it


def test_try_this_practice_from_a_reading_starts_it(qtbot, kiosk) -> None:
    visitor = kiosk.visitor
    qtbot.mouseClick(kiosk.welcome.read_button, Qt.MouseButton.LeftButton)
    visitor.navigator.open_practice("box-breathing")
    assert visitor.currentWidget() is visitor.prompt_page
    assert visitor.chosen[0].id == "box-breathing" and visitor.chosen[1] == 3
    visitor.navigator.open_practice("body-scan-20")  # too long for a waiting room
    assert visitor.currentWidget() is visitor.choose_page


def test_a_crash_loop_shows_the_maintenance_screen(qtbot, kiosk_services, navigator) -> None:
    from app.kiosk.crashguard import STARTS_FILE, CrashGuard

    from app.ui.kiosk.window import create_kiosk_window

    clock = kiosk_services.clock
    for _ in range(5):  # five starts that never exited cleanly, 5 s apart
        CrashGuard(kiosk_services.paths.cache / STARTS_FILE, clock.now).record_start()
        clock.advance(5)
    window = create_kiosk_window(kiosk_services, navigator)
    qtbot.addWidget(window)
    window.show()
    assert window.maintenance
    assert window.stack.currentWidget() is window.maintenance_screen
    texts = " ".join(w.text() for w in window.maintenance_screen.findChildren(QLabel))
    assert kiosk_services.clinic.phone in texts
    # The idle timer does not take the maintenance screen away; staff can still get in.
    clock.advance(3600)
    window.check_idle()
    assert window.stack.currentWidget() is window.maintenance_screen
    window.open_pinpad()
    assert window.stack.currentWidget() is window.pinpad
    window.hide_on_close = False
    window.close()


def test_sound_never_above_the_clinic_ceiling(qtbot, kiosk) -> None:
    from app.sound.silent import SilentSound

    from app.ui.kiosk.player import cap_volume

    settings = kiosk.services.settings
    settings.kiosk.volume_ceiling = 40
    sound = SilentSound()
    cap_volume(sound, settings.sound, settings.kiosk, sound_on=True)
    assert sound.volumes == {"master": 40, "bells": 80, "ambient": 50, "voice": 90}
    cap_volume(sound, settings.sound, settings.kiosk, sound_on=False)
    assert sound.volumes["master"] == 0  # the balance below it is kept either way


def test_starting_with_sound_plays_at_the_ceiling(qtbot, kiosk, fake_clock) -> None:
    from kiosk_helpers import let_time_pass

    from app.sound.silent import SilentSound

    kiosk.services.sound = sound = SilentSound()
    kiosk.services.settings.kiosk.volume_ceiling = 40
    qtbot.mouseClick(kiosk.welcome.practice_button, Qt.MouseButton.LeftButton)
    visitor = kiosk.visitor
    qtbot.mouseClick(next(iter(visitor.begin_buttons.values())), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskStartSound"),
                     Qt.MouseButton.LeftButton)
    assert visitor.practising and sound.volumes["master"] == 40
    let_time_pass(fake_clock, kiosk, 5.5)  # the settling time
    assert sound.bells_played == [("singing-bowl", 1)]


def test_a_paused_practice_left_alone_is_wiped(qtbot, kiosk, fake_clock) -> None:
    from kiosk_helpers import flush_deletes, let_time_pass

    qtbot.mouseClick(kiosk.welcome.practice_button, Qt.MouseButton.LeftButton)
    visitor = kiosk.visitor
    qtbot.mouseClick(next(iter(visitor.begin_buttons.values())), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(visitor.findChild(QAbstractButton, "kioskStartSilent"),
                     Qt.MouseButton.LeftButton)
    let_time_pass(fake_clock, kiosk, 20)
    visitor.player.toggle_pause()  # the visitor paused, then walked away
    assert not visitor.practising
    kiosk.check_idle()  # the idle timer's next poll (twice a second) notices the pause
    let_time_pass(fake_clock, kiosk, 30)
    kiosk.check_idle()
    assert kiosk.stack.currentWidget() is kiosk.still_there
    let_time_pass(fake_clock, kiosk, 15)
    kiosk.check_idle()
    flush_deletes()
    assert kiosk.stack.currentWidget() is kiosk.welcome and kiosk.visitor is not visitor


def test_kiosk_mode_can_be_switched_on_in_the_clinic_config(data_dir, fake_clock, qapp) -> None:
    from app.core.paths import DataPaths

    from app.ui.shell.app import build_services

    paths = DataPaths.portable_in(data_dir)
    paths.ensure()
    paths.settings_file.write_text('{"kiosk": {"enabled": true, "idle_s": 90}}',
                                   encoding="utf-8")
    services = build_services(paths, clock=fake_clock)
    assert services.kiosk and services.settings.kiosk.idle_s == 90


def test_settings_and_journal_cannot_be_reached(qtbot, kiosk, navigator) -> None:
    for page in ("settings", "journal"):
        navigator.open_page(page)
        assert kiosk.stack.currentWidget() is kiosk.welcome
    navigator.open_page("readings")
    assert kiosk.stack.currentWidget() is kiosk.visitor


def test_the_kiosk_footer_reads_in_spanish() -> None:
    from app.core.clinic import load_clinic

    from app.ui.kiosk.screens import crisis_text

    footer = crisis_text(load_clinic()[0].in_language("es"))
    assert "marca 2" in footer and "Veteranos: llama al 988, marca 1" in footer
    assert "Envía HOME al 741741" in footer and "Llama al 911" in footer
