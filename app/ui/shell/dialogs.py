"""About Rewire and "If you are in crisis": both built from the clinic profile.

The crisis dialog lists every crisis line, the office hours (or, when the clinic has not given
them, to ask the counselor: never a guess) and what to do after hours, and offers SOS and the
client's support plan one click away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__

from app.core.clinic import ClinicProfile

from app.ui.style.widgets import PlainLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _TextDialog(QDialog):
    """A calm text dialog that grows with the text size and scrolls rather than clips."""

    def __init__(self, title: str, html: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        self.body = PlainLabel(html, self)
        self.body.setObjectName("dialogBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setOpenExternalLinks(False)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        for button in buttons.buttons():  # room for bold text inside the focus border
            button.setMinimumWidth(button.sizeHint().width()
                                   + button.fontMetrics().averageCharWidth() * 2)
        self._fit(buttons)

    def _fit(self, buttons: QDialogButtonBox) -> None:
        # About 48 characters a line at the current text size, within the screen.
        width = max(520, self.fontMetrics().averageCharWidth() * 48)
        screen = self.screen().availableGeometry() if self.screen() else None
        max_w = int(screen.width() * 0.9) if screen else width
        max_h = int(screen.height() * 0.85) if screen else 900
        width = min(width, max_w)
        inner = width - 48 - 24  # margins and room for a scroll bar
        height = self.body.heightForWidth(inner) + buttons.sizeHint().height() + 80
        self.resize(width, min(height, max_h))


class AboutDialog(_TextDialog):
    def __init__(self, clinic: ClinicProfile, parent: QWidget | None = None) -> None:
        private = _tr("Rewire keeps everything on this computer. It never connects to the "
                      "internet.")
        html = (
            f"<h2>{APP_NAME}</h2>"
            f"<p>{_esc(_tr('Version'))} {__version__}</p>"
            f"<p>{_esc(_tr('Given to you by'))} <b>{_esc(clinic.name)}</b><br>"
            f"{_esc(clinic.contact_line)}</p>"
            f"<p>{_esc(clinic.about)}</p>"
            f"<p><small>{_esc(private)}</small></p>"
        )
        super().__init__(_tr("About Rewire"), html, parent)


def crisis_html(clinic: ClinicProfile) -> str:
    items = "".join(
        f"<li style='margin-bottom:8px'><b style='font-size:x-large'>{_esc(line.number)}</b>"
        f"<br>{_esc(line.label)}</li>"
        for line in clinic.crisis
    )
    hours = (QCoreApplication.translate("Dialogs", "Office hours: {0}").format(
        clinic.office_hours) if clinic.office_hours else QCoreApplication.translate(
        "Dialogs", "Office hours: ask your counselor, or call the office."))
    after = f"<p>{_esc(clinic.after_hours)}</p>" if clinic.after_hours else ""
    return (
        f"<h2>{_esc(_tr('If you are in crisis'))}</h2>"
        f"<p>{_esc(_tr('You do not have to go through this alone. Please reach out now:'))}"
        f"</p><ul>{items}</ul>"
        f"<p><b>{_esc(hours)}</b></p>{after}"
        f"<p>{_esc(_tr('Rewire is a practice companion, not an emergency service.'))}</p>"
    )


class CrisisDialog(_TextDialog):
    """Every crisis line, office hours and after hours; SOS one click away (``on_sos`` closes
    the dialog first), and with ``on_support_plan`` the client's support plan (issue 15),
    opened over this dialog (it is called with the dialog as the parent)."""

    def __init__(self, clinic: ClinicProfile, parent: QWidget | None = None,
                 on_support_plan: Callable[[QWidget], None] | None = None,
                 on_sos: Callable[[], None] | None = None) -> None:
        super().__init__(_tr("If you are in crisis"), crisis_html(clinic), parent)
        self.setObjectName("crisisDialog")
        self.action_row = QHBoxLayout()
        self.sos_button = self._action(
            QCoreApplication.translate("Dialogs", "SOS: when panic rises"),
            QCoreApplication.translate(
                "Dialogs", "Start three minutes of grounding and long out-breaths now"),
            None if on_sos is None else lambda: self._close_then(on_sos))
        self.support_plan_button = self._action(
            _tr("Open my support plan"),
            _tr("Your warning signs, what helps and who you can call"),
            None if on_support_plan is None else lambda: on_support_plan(self))
        self.action_row.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout) and (on_sos or on_support_plan):
            layout.insertLayout(layout.count() - 1, self.action_row)  # above Close, full width

    def _close_then(self, then: Callable[[], None]) -> None:
        self.accept()
        then()

    def _action(self, text: str, description: str,
                then: Callable[[], object] | None) -> QPushButton | None:
        if then is None:
            return None
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: then())
        self.action_row.addWidget(button)
        return button
