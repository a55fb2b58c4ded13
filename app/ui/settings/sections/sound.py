"""Sound settings: volumes, the bell (with a preview), soundscape, spoken cues, and
importing your own recordings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSlider,
    QWidget,
)

from app.core.sound_needs import (
    AMBIENT_IDS,
    AMBIENT_TITLES,
    BELL_IDS,
    BELL_TITLES,
    MAX_BELL_S,
    RECORDING_PREFIX,
)

from app.sound.importer import ImportRunner
from app.sound.library import ImportReport

from app.services import Services

from app.ui.settings.binding import bind_checkbox, bind_combo, bind_slider
from app.ui.style.widgets import PlainLabel

TITLE = QCoreApplication.translate("Settings", "Sound")
FILE_FILTER = "Audio (*.wav *.mp3 *.ogg *.flac *.m4a *.WAV *.MP3 *.OGG *.FLAC *.M4A)"


def _clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}"


class SoundSection(QWidget):
    """The controls; ``services.sound`` plays the previews and follows every change."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setObjectName("soundSection")
        self._services = services
        self._sound = services.sound
        self._library = services.recordings
        tr = self.tr
        form = QFormLayout(self)

        self.no_device = PlainLabel(tr("No sound device found. Practices still run with "
                                   "captions; bells and voices stay silent."), self)
        self.no_device.setObjectName("noSoundDevice")
        self.no_device.setWordWrap(True)
        self.no_device.setVisible(not self._sound.device_available)
        self._sound.on_device_missing(lambda _m: self.no_device.setVisible(True))
        form.addRow(self.no_device)

        self.sliders: dict[str, QSlider] = {}
        for name, label, description in (
            ("master_volume", tr("Overall volume"), tr("Everything Rewire plays")),
            ("bell_volume", tr("Bell volume"), tr("Bells and the soft breathing tick")),
            ("ambient_volume", tr("Soundscape volume"), tr("Rain, ocean and other backgrounds")),
            ("voice_volume", tr("Voice volume"), tr("Spoken guidance and recorded guides")),
        ):
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 100)
            slider.setAccessibleName(label)
            slider.setAccessibleDescription(description)
            bind_slider(services, "sound", name, slider)
            self.sliders[name] = slider
            form.addRow(label, slider)

        self.bell = QComboBox(self)
        self.bell.setAccessibleName(tr("Bell"))
        self.bell.setAccessibleDescription(tr("The bell that starts and ends a practice"))
        self.bell.currentIndexChanged.connect(self._on_bell_index_changed)
        self.preview = QPushButton(tr("Listen"), self)
        self.preview.setAccessibleName(tr("Listen to the bell"))
        self.preview.setAccessibleDescription(tr("Plays the chosen bell once"))
        self.preview.clicked.connect(self._on_preview_clicked)
        row = QHBoxLayout()
        row.addWidget(self.bell, 1)
        row.addWidget(self.preview)
        form.addRow(tr("Bell"), row)

        self.ambient = QComboBox(self)
        self.ambient.setAccessibleName(tr("Soundscape"))
        self.ambient.setAccessibleDescription(tr("A quiet background during practice"))
        bind_combo(services, "sound", "default_ambient", self.ambient,
                   [(tr("None"), "")] + [(tr(AMBIENT_TITLES[a]), a) for a in AMBIENT_IDS])
        form.addRow(tr("Soundscape"), self.ambient)

        self.speak = QCheckBox(tr("Speak the guidance aloud"), self)
        self.speak.setAccessibleName(tr("Speak the guidance aloud"))
        self.speak.setAccessibleDescription(
            tr("Uses the computer's voice where a practice has no recording; "
               "captions are always shown"))
        bind_checkbox(services, "sound", "speak_cues", self.speak)
        form.addRow("", self.speak)
        self.voice = QComboBox(self)
        self.voice.setAccessibleName(tr("Voice"))
        voices = self._sound.voices()
        bind_combo(services, "sound", "tts_voice", self.voice,
                   [(tr("System default"), "")] + [(v, v) for v in voices])
        self.voice.setEnabled(bool(voices))
        if not voices:
            self.voice.setToolTip(tr("No speech engine was found on this computer."))
        form.addRow(tr("Voice"), self.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal, self)
        self.rate.setRange(-50, 50)
        self.rate.setAccessibleName(tr("Speaking rate"))
        self.rate.setAccessibleDescription(tr("Slower to the left, faster to the right"))
        self.rate.setValue(round(services.settings.sound.tts_rate * 100))
        self.rate.valueChanged.connect(self._on_rate_value_changed)
        form.addRow(tr("Speaking rate"), self.rate)

        self.import_button = QPushButton(tr("Import a recording..."), self)
        self.import_button.setAccessibleDescription(
            tr("Add a guided meditation or a bell of your own: WAV, MP3, OGG, FLAC or M4A"))
        self.import_button.clicked.connect(self._on_import_clicked)
        form.addRow(tr("Your recordings"), self.import_button)
        self.recordings = PlainLabel(self)
        self.recordings.setWordWrap(True)
        form.addRow("", self.recordings)
        self.remove_choice = QComboBox(self)
        self.remove_choice.setAccessibleName(tr("Recording to remove"))
        self.remove_choice.setAccessibleDescription(tr("One of the recordings in your library"))
        self.remove_button = QPushButton(tr("Remove..."), self)
        self.remove_button.setAccessibleName(tr("Remove the chosen recording"))
        self.remove_button.setAccessibleDescription(
            tr("Takes it out of your library; the file you imported it from is not touched"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.remove_row = QWidget(self)
        remove_layout = QHBoxLayout(self.remove_row)
        remove_layout.setContentsMargins(0, 0, 0, 0)
        remove_layout.addWidget(self.remove_choice, 1)
        remove_layout.addWidget(self.remove_button)
        form.addRow("", self.remove_row)
        self.status = PlainLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.status)

        self._runner: ImportRunner | None = None
        self._fill_bells()

    # -- bells and recordings ---------------------------------------------------------
    def _fill_bells(self) -> None:
        tr = self.tr
        options = [(tr(BELL_TITLES[b]), b) for b in BELL_IDS]
        recordings = self._library.recordings()
        options += [(tr("Your recording: %s") % r.title, RECORDING_PREFIX + r.recording_id)
                    for r in recordings if r.duration_s <= MAX_BELL_S]
        self.bell.blockSignals(True)
        self.bell.clear()
        for label, value in options:
            self.bell.addItem(label, value)
        current = self.bell.findData(self._services.settings.sound.default_bell)
        self.bell.setCurrentIndex(max(current, 0))
        self.bell.blockSignals(False)
        if recordings:
            listed = "; ".join(f"{r.title} ({_clock(r.duration_s)})" for r in recordings)
            self.recordings.setText(tr("In your library: %s.") % listed)
        else:
            self.recordings.setText(tr("No recordings yet."))
        self.remove_choice.clear()
        for r in recordings:
            self.remove_choice.addItem(r.title, r.recording_id)
        self.remove_row.setVisible(bool(recordings))

    def _on_remove_clicked(self) -> None:
        recording_id = self.remove_choice.currentData()
        if not recording_id:
            return
        title = self.remove_choice.currentText()
        answer = QMessageBox.question(
            self, self.tr("Remove a recording"),
            self.tr("Remove \u201c%s\u201d from your library? The file you imported it from is "
                    "not touched.") % title,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._library.remove(str(recording_id))
        if self._services.settings.sound.default_bell == RECORDING_PREFIX + str(recording_id):
            self._services.settings_store.update("sound", default_bell="singing-bowl")
        self._fill_bells()
        self.status.setText(self.tr("\u201c%s\u201d was removed from your library.") % title)

    def _on_bell_index_changed(self, index: int) -> None:
        if index >= 0:
            bell = str(self.bell.itemData(index))
            self._services.settings_store.update("sound", default_bell=bell)

    def _on_preview_clicked(self) -> None:
        bell = self.bell.currentData()
        if bell:
            self._sound.play_bell(str(bell), 1)

    def _on_rate_value_changed(self, value: int) -> None:
        self._services.settings_store.update("sound", tts_rate=value / 100.0)

    # -- import -----------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a recording"), str(Path.home()), FILE_FILTER)
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        if self._runner is None:
            self._runner = ImportRunner(self._library, self)
            self._runner.imported.connect(self._on_runner_imported)
            self._runner.failed.connect(self._on_runner_failed)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing %s...") % path.name)
        target = self._services.settings.sound.import_target_dbfs
        self._runner.start(path, None, target)

    def _on_runner_imported(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(report.describe())
        self._fill_bells()

    def _on_runner_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(message)


def create_section(services: Services) -> QWidget:
    return SoundSection(services)
