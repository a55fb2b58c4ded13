"""The setup panel: what a practice needs before it starts, shown per kind.

Timer: minutes (1-180) or open-ended, preparation, start/interval/end bells, bell, ambient,
presets. Breathing: minutes or breaths, the custom pattern, a soft cue sound, reduced motion.
Guided: read the cues aloud, ambient. Every kind: preparation, and the optional mood question.

Signals: start_requested(PracticeOptions, object mood_before), back_requested(),
article_requested(str).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.plan import PracticeOptions, options_from_dict
from app.core.practices import PracticeDefinition
from app.core.presets import PresetError, PresetStore
from app.core.sound_needs import AMBIENT_TITLES, BELL_TITLES

from app.ui.practice.about import PracticeAbout
from app.ui.practice.mood import MoodRow
from app.ui.practice.picker import shape_text
from app.ui.style.widgets import ScrollPage, card, muted_label

COLUMN_WIDTH = 760

# The bell and background titles come from app/core/sound_needs.py (no Qt there): listed here
# so lupdate files them for translation.
SOUND_TITLES = (
    QT_TRANSLATE_NOOP("SetupPanel", "Singing bowl"),
    QT_TRANSLATE_NOOP("SetupPanel", "Bright chime"),
    QT_TRANSLATE_NOOP("SetupPanel", "Low gong"),
    QT_TRANSLATE_NOOP("SetupPanel", "Wood block"),
    QT_TRANSLATE_NOOP("SetupPanel", "Rain"),
    QT_TRANSLATE_NOOP("SetupPanel", "Ocean swell"),
    QT_TRANSLATE_NOOP("SetupPanel", "Soft brown noise"),
    QT_TRANSLATE_NOOP("SetupPanel", "Wind in the trees"),
)


class SetupPanel(ScrollPage):
    start_requested = Signal(object, object)
    back_requested = Signal()
    article_requested = Signal(str)

    def __init__(self, presets: PresetStore, ask_mood: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.setObjectName("practiceSetup")
        self.presets = presets
        self.definition: PracticeDefinition | None = None
        self._article_title: Callable[[str], str] = lambda rid: rid.replace("-", " ")
        inner = self.widget()
        assert inner is not None
        self.about = PracticeAbout(inner)
        self.about.setMaximumWidth(COLUMN_WIDTH)
        self.about.article_requested.connect(self.article_requested)
        self.summary, self.why = self.about.summary, self.about.why
        self.body.addWidget(self.about)
        column = QWidget(inner)
        column.setMaximumWidth(COLUMN_WIDTH)
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        self.body.addWidget(column)
        box = card(column)
        self.form = QFormLayout(box)
        self.form.setContentsMargins(20, 16, 20, 16)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.column.addWidget(box)
        tr = self.tr
        f = self.form

        self.minutes = self._spin(QSpinBox(box), 1, 180, tr(" min"), tr("Length in minutes"))
        self.open_ended = self._check(tr("Open-ended (count up)"), box)
        self.run_by = self._combo(box, tr("Run for"), [(tr("A number of minutes"), "minutes"),
                                                      (tr("A number of breaths"), "breaths")])
        self.variant = self._combo(box, tr("Version"), [])
        self.breaths = self._spin(QSpinBox(box), 1, 500, tr(" breaths"), tr("Number of breaths"))
        self.inhale = self._spin(QDoubleSpinBox(box), 1, 20, tr(" s"), tr("Breathe in"))
        self.hold_in = self._spin(QDoubleSpinBox(box), 0, 20, tr(" s"), tr("Hold after in"))
        self.exhale = self._spin(QDoubleSpinBox(box), 1, 20, tr(" s"), tr("Breathe out"))
        self.hold_out = self._spin(QDoubleSpinBox(box), 0, 20, tr(" s"), tr("Hold after out"))
        self.preparation = self._spin(QSpinBox(box), 0, 60, tr(" s"), tr("Time to settle"))
        self.start_bell = self._check(tr("Bell at the start"), box)
        self.end_bell = self._check(tr("Bell at the end"), box)
        self.interval = self._combo(box, tr("Bells during the practice"), [
            (tr("None"), "none"), (tr("Every few minutes"), "every"),
            (tr("At moments I choose"), "moments"), (tr("At random moments"), "random")])
        self.every = self._spin(QDoubleSpinBox(box), 0.5, 180, tr(" min"), tr("Bell every"))
        self.moments = QLineEdit(box)
        self.moments.setPlaceholderText(tr("for example 2:00, 7:30, 12:00"))
        self.moments.setAccessibleName(tr("Bell moments"))
        self.moments.setAccessibleDescription(tr("Minutes and seconds after the start"))
        self.random_count = self._spin(QSpinBox(box), 1, 20, "", tr("How many random bells"))
        self.random_from = self._spin(QSpinBox(box), 0, 180, tr(" min"), tr("Not before"))
        self.random_to = self._spin(QSpinBox(box), 0, 180, tr(" min"), tr("Not after"))
        self.bell = self._combo(box, tr("Bell"), [(tr(t), b) for b, t in BELL_TITLES.items()])
        self.ambient = self._combo(box, tr("Background sound"), [(tr("None"), "")] + [
            (tr(t), a) for a, t in AMBIENT_TITLES.items()])
        self.cue_sound = self._check(tr("Tick on each breath"), box)
        self.reduced_motion = self._check(tr("Reduce motion"), box)
        self.voice = self._check(tr("Read the cues aloud"), box)
        self.dim = self._check(tr("Dim the screen (for the night)"), box)
        rows = [
            (tr("Version"), self.variant),
            (tr("Length"), self.minutes), ("", self.open_ended), (tr("Run for"), self.run_by),
            (tr("Breaths"), self.breaths), (tr("Breathe in"), self.inhale),
            (tr("Hold"), self.hold_in), (tr("Breathe out"), self.exhale),
            (tr("Hold after"), self.hold_out), (tr("Time to settle"), self.preparation),
            ("", self.start_bell), (tr("During"), self.interval), (tr("Every"), self.every),
            (tr("At"), self.moments), (tr("How many"), self.random_count),
            (tr("Not before"), self.random_from), (tr("Not after"), self.random_to),
            ("", self.end_bell), (tr("Bell"), self.bell), (tr("Background"), self.ambient),
            ("", self.cue_sound), ("", self.reduced_motion), ("", self.voice), ("", self.dim),
        ]
        for label, widget in rows:
            f.addRow(label, widget)
        self.open_ended.toggled.connect(self._update_rows)
        self.run_by.currentIndexChanged.connect(self._update_rows)
        self.interval.currentIndexChanged.connect(self._update_rows)

        self.mood = MoodRow(tr("Before you start: how do you feel right now? (optional)"), inner)
        self.mood.setVisible(ask_mood)
        self.column.addWidget(self.mood)

        preset_row = QHBoxLayout()
        self.preset_combo = self._combo(inner, tr("Your presets"), [])
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        self.preset_name = QLineEdit(inner)
        self.preset_name.setPlaceholderText(tr("Name this setup"))
        self.preset_name.setAccessibleName(tr("Preset name"))
        self.preset_name.setAccessibleDescription(tr("A name to save these choices under"))
        self.save_preset = QPushButton(tr("Save preset"), inner)
        self.save_preset.setAccessibleName(tr("Save preset"))
        self.save_preset.setAccessibleDescription(tr("Keep these choices under the name"))
        self.save_preset.clicked.connect(self._on_save_preset_clicked)
        self.delete_preset = QPushButton(tr("Delete"), inner)
        self.delete_preset.setAccessibleName(tr("Delete preset"))
        self.delete_preset.setAccessibleDescription(tr("Forget the chosen preset"))
        self.delete_preset.clicked.connect(self._on_delete_preset_clicked)
        preset_row.addWidget(QLabel(tr("Presets"), inner))
        preset_row.addWidget(self.preset_combo, 1)
        preset_row.addWidget(self.delete_preset)
        preset_row.addWidget(self.preset_name, 1)
        preset_row.addWidget(self.save_preset)
        self.column.addLayout(preset_row)
        self.message = muted_label("", inner)
        self.column.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back = QPushButton(tr("Back"), inner)
        self.back.setAccessibleName(tr("Back to the practices"))
        self.back.setAccessibleDescription(tr("Choose another practice"))
        self.back.clicked.connect(self.back_requested)
        self.start = QPushButton(tr("Start"), inner)
        self.start.setProperty("primary", True)
        self.start.setAccessibleName(tr("Start the practice"))
        self.start.setAccessibleDescription(tr("Begin with the time to settle"))
        self.start.setDefault(True)
        self.start.clicked.connect(self._on_start_clicked)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        self.column.addLayout(buttons)
        self.body.addStretch(1)

    # -- small builders -------------------------------------------------------------------------
    def _spin(self, spin: Any, low: float, high: float, suffix: str, name: str) -> Any:
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if isinstance(spin, QDoubleSpinBox):
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
        spin.setAccessibleName(name)
        spin.setAccessibleDescription(name)
        return spin

    def _check(self, text: str, parent: QWidget) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.setAccessibleName(text)
        box.setAccessibleDescription(text)
        return box

    def _combo(self, parent: QWidget, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(parent)
        # refilled while the page is shown (versions, recordings as bells): fit each filling
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, data in items:
            combo.addItem(text, data)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(name)
        return combo

    # -- loading and reading --------------------------------------------------------------------
    def load(self, definition: PracticeDefinition, options: PracticeOptions,
             article_title: Callable[[str], str] | None = None) -> None:
        self.definition = definition
        if article_title is not None:
            self._article_title = article_title
        self.about.show_practice(definition, self._article_title)
        self.title.setText(definition.title)
        self.title.setAccessibleName(definition.title)
        standard = self.tr("Standard")
        if definition.pattern is not None:
            standard = self.tr("Standard ({0})").format(shape_text(definition.pattern, self.tr))
        _fill_combo(self.variant, [(standard, "")] + [
            (self.tr("{0} ({1})").format(v.title, shape_text(v.pattern, self.tr)), v.id)
            for v in definition.variants])
        _select(self.variant, options.variant if definition.variant(options.variant) else "")
        self.dim.setChecked(options.dim)
        self.minutes.setValue(round(options.minutes))
        self.open_ended.setChecked(options.open_ended)
        _select(self.run_by, options.run_by)
        self.breaths.setValue(options.breaths)
        for spin, value in ((self.inhale, options.inhale_s), (self.hold_in, options.hold_in_s),
                            (self.exhale, options.exhale_s),
                            (self.hold_out, options.hold_out_s)):
            spin.setValue(value)
        self.preparation.setValue(options.preparation_s)
        self.start_bell.setChecked(options.start_bell)
        self.end_bell.setChecked(options.end_bell)
        _select(self.interval, options.interval_mode)
        self.every.setValue(options.interval_every_min)
        self.moments.setText(", ".join(options.interval_moments))
        self.random_count.setValue(options.random_count)
        self.random_from.setValue(round(options.random_from_min))
        self.random_to.setValue(round(options.random_to_min))
        _select(self.bell, options.bell)
        if self.bell.currentData() != options.bell:  # e.g. a recording since deleted
            self.bell.setCurrentIndex(0)
        _select(self.ambient, options.ambient)
        self.cue_sound.setChecked(options.cue_sound)
        self.reduced_motion.setChecked(options.reduced_motion)
        self.voice.setChecked(options.voice)
        self.message.setText("")
        self._fill_presets()
        self._update_rows()
        self.start.setFocus()

    def set_recording_bells(self, bells: list[tuple[str, str]]) -> None:
        """Offer the user's recordings as bells too: (label, bell id) pairs."""
        builtin = [(self.tr(t), b) for b, t in BELL_TITLES.items()]
        _fill_combo(self.bell, builtin + bells)

    def options_dict(self) -> dict[str, Any]:
        moments = [m.strip() for m in self.moments.text().replace(";", ",").split(",")
                   if m.strip()]
        return {
            "minutes": self.minutes.value(), "open_ended": self.open_ended.isChecked(),
            "run_by": self.run_by.currentData(), "breaths": self.breaths.value(),
            "inhale_s": self.inhale.value(), "hold_in_s": self.hold_in.value(),
            "exhale_s": self.exhale.value(), "hold_out_s": self.hold_out.value(),
            "preparation_s": self.preparation.value(),
            "start_bell": self.start_bell.isChecked(), "end_bell": self.end_bell.isChecked(),
            "interval_mode": self.interval.currentData(),
            "interval_every_min": self.every.value(), "interval_moments": moments,
            "random_count": self.random_count.value(),
            "random_from_min": self.random_from.value(),
            "random_to_min": self.random_to.value(), "bell": self.bell.currentData(),
            "ambient": self.ambient.currentData(), "cue_sound": self.cue_sound.isChecked(),
            "reduced_motion": self.reduced_motion.isChecked(), "voice": self.voice.isChecked(),
            "variant": self.variant.currentData() or "", "dim": self.dim.isChecked(),
        }

    @Slot()
    def _update_rows(self) -> None:
        d = self.definition
        if d is None:
            return
        timer, pacer = d.kind == "timer", d.kind == "pacer"
        paced = pacer and not d.follow
        open_ok = timer or d.follow
        by_breaths = paced and self.run_by.currentData() == "breaths"
        mode = self.interval.currentData()
        visible = {
            self.minutes: (timer or pacer) and not by_breaths and not (
                open_ok and self.open_ended.isChecked()),
            self.open_ended: open_ok, self.run_by: paced, self.breaths: by_breaths,
            self.inhale: d.custom, self.hold_in: d.custom, self.exhale: d.custom,
            self.hold_out: d.custom, self.interval: timer, self.every: timer and mode == "every",
            self.moments: timer and mode == "moments",
            self.random_count: timer and mode == "random",
            self.random_from: timer and mode == "random",
            self.random_to: timer and mode == "random",
            self.cue_sound: paced, self.reduced_motion: paced,
            self.voice: bool(d.cues) and not d.recording,  # a recording is always heard
            self.variant: bool(d.variants),
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)

    # -- actions --------------------------------------------------------------------------------
    @Slot()
    def _on_start_clicked(self) -> None:
        options, problems = options_from_dict(self.options_dict())
        if problems:
            self.message.setText(self.tr("Please check: {0}").format("; ".join(problems)))
            return
        self.start_requested.emit(options, self.mood.value if self.mood.isVisible() else None)

    def _fill_presets(self) -> None:
        self.preset_combo.clear()
        pid = self.definition.id if self.definition else None
        items = self.presets.all(pid)
        self.preset_combo.addItem(self.tr("Choose a preset…") if items
                                  else self.tr("No presets yet"), None)
        for preset in items:
            self.preset_combo.addItem(preset.name, preset.name)
        self.preset_combo.setEnabled(bool(items))
        self.delete_preset.setEnabled(False)

    @Slot(int)
    def _on_preset_combo_activated(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        preset = self.presets.get(name) if name else None
        if preset is None or self.definition is None:
            return
        options, _ = options_from_dict(preset.options)
        self.load(self.definition, options)
        _select(self.preset_combo, name)
        self.delete_preset.setEnabled(True)
        self.message.setText(self.tr("Using your preset “{0}”.").format(preset.name))

    @Slot()
    def _on_delete_preset_clicked(self) -> None:
        name = self.preset_combo.currentData()
        if not name:
            return
        notice = self.presets.delete(name)
        self._fill_presets()
        self.message.setText(notice.text if notice is not None
                             else self.tr("Preset “{0}” deleted.").format(name))

    @Slot()
    def _on_save_preset_clicked(self) -> None:
        if self.definition is None:
            return
        name = self.preset_name.text()
        try:
            notice = self.presets.save_preset(name, self.definition.id, self.options_dict())
        except PresetError as exc:
            self.message.setText(str(exc))
            return
        if notice is not None:
            self.message.setText(notice.text)
            return
        self._fill_presets()
        _select(self.preset_combo, " ".join(name.split()))
        self.preset_name.clear()
        self.message.setText(self.tr("Saved as “{0}”.").format(" ".join(name.split())))


def _fill_combo(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace ``combo``'s items, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)
    _select(combo, chosen)


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)

