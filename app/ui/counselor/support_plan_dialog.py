"""My support plan: six parts to fill in, save (only on this computer) and print.

Lists are one entry per line; people have a name and a number. The professionals start with
the clinic and the 988 Lifeline from the clinic profile; a counselor's plan file may prefill
more. Everything is plain text. Opened from the Counselor page, the crisis dialog (F1) and
from anywhere through ``Navigator.show_support_plan()``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.support_plan import MAX_ENTRIES, Contact, SupportPlan

from app.storage.counselor_service import CounselorService

from app.ui.style.widgets import PlainLabel, muted_label, title_label

ROWS = 4


class ContactRows(QWidget):
    """Name and number pairs, with room for more."""

    def __init__(self, contacts: tuple[Contact, ...], what: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.what = what
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        for contact in contacts:
            self.add_row(contact)
        for _ in range(max(0, ROWS - len(contacts))):
            self.add_row(Contact(""))

    def add_row(self, contact: Contact) -> None:
        if len(self.rows) >= MAX_ENTRIES:
            return
        name, phone = QLineEdit(contact.name, self), QLineEdit(contact.phone, self)
        name.setPlaceholderText(self.tr("Name"))
        phone.setPlaceholderText(self.tr("Phone number"))
        n = len(self.rows) + 1
        name.setAccessibleName(self.tr("{0}: name {1}").format(self.what, n))
        phone.setAccessibleName(self.tr("{0}: phone number {1}").format(self.what, n))
        self.grid.addWidget(name, len(self.rows), 0)
        self.grid.addWidget(phone, len(self.rows), 1)
        self.rows.append((name, phone))

    def contacts(self) -> tuple[Contact, ...]:
        return tuple(Contact(" ".join(n.text().split()), " ".join(p.text().split()))
                     for n, p in self.rows if n.text().strip() or p.text().strip())


class SupportPlanDialog(QDialog):
    def __init__(self, counselor: CounselorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counselor = counselor
        self.setObjectName("supportPlanDialog")
        self.setWindowTitle(self.tr("My support plan"))
        plan = counselor.support_plan()
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        box = QVBoxLayout(inner)
        box.addWidget(title_label(self.tr("My support plan"), inner))
        box.addWidget(muted_label(self.tr(
            "For hard moments: what I notice, what I can do, and who I can turn to. It is kept "
            "only on this computer. Write one thing per line."), inner))
        self.lists: dict[str, QPlainTextEdit] = {}
        self.people: dict[str, ContactRows] = {}
        parts = [
            ("warning_signs", self.tr("My warning signs"),
             self.tr("Thoughts, feelings or things I do that tell me a hard time may be "
                     "starting")),
            ("on_my_own", self.tr("Things I can do on my own"),
             self.tr("What helps me take my mind off things, without anyone else")),
            ("people_places", self.tr("People and places that help"),
             self.tr("Where I can go, and who I can be with, to feel a little better")),
            ("ask_for_help", self.tr("People I can ask for help"), ""),
            ("professionals", self.tr("Professionals I can call"),
             self.tr("My counselor's practice and crisis lines")),
            ("keep_safe", self.tr("How I keep myself safe"),
             self.tr("Steps that make my surroundings safer when things are hard")),
        ]
        for key, heading, hint in parts:
            box.addWidget(title_label(heading, inner, role="subtitle"))
            if hint:
                box.addWidget(muted_label(hint, inner))
            if key in ("ask_for_help", "professionals"):
                rows = ContactRows(getattr(plan, key), heading, inner)
                self.people[key] = rows
                box.addWidget(rows)
            else:
                edit = QPlainTextEdit("\n".join(getattr(plan, key)), inner)
                edit.setTabChangesFocus(True)
                edit.setAccessibleName(heading)
                edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 16)
                self.lists[key] = edit
                box.addWidget(edit)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.status = PlainLabel("", self)
        outer.addWidget(self.status)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self._on_print_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        from app.ui.counselor.actions import roomy

        roomy(self.save_button, self.print_button, close)
        for b in (self.save_button, self.print_button, close):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        self.resize(max(720, self.fontMetrics().averageCharWidth() * 80),
                    max(640, self.fontMetrics().height() * 32))

    def plan(self) -> SupportPlan:
        def lines(key: str) -> tuple[str, ...]:
            text = self.lists[key].toPlainText()
            return tuple(" ".join(t.split()) for t in text.splitlines() if t.strip())[
                :MAX_ENTRIES]

        return SupportPlan(
            warning_signs=lines("warning_signs"), on_my_own=lines("on_my_own"),
            people_places=lines("people_places"),
            ask_for_help=self.people["ask_for_help"].contacts(),
            professionals=self.people["professionals"].contacts(),
            keep_safe=lines("keep_safe"))

    @Slot()
    def _on_save_clicked(self) -> bool:
        try:
            plan = self.plan()
            from app.core.support_plan import parse_support_plan

            parse_support_plan(plan.as_json())  # the same limits as a stored file
        except ValueError as exc:
            self.status.setText(self.tr("Not saved: {0}").format(str(exc)))
            return False
        ok = self.counselor.save_support_plan(plan)
        self.status.setText(self.tr("Saved on this computer.") if ok else
                            self.tr("Not saved: see the message above."))
        return ok

    def document(self) -> str:
        plan = self.plan()
        title = html.escape(self.tr("My support plan"))
        out = [f"<h1>{title}</h1>"]
        titles = {
            "warning_signs": self.tr("My warning signs"),
            "on_my_own": self.tr("Things I can do on my own"),
            "people_places": self.tr("People and places that help"),
            "ask_for_help": self.tr("People I can ask for help"),
            "professionals": self.tr("Professionals I can call"),
            "keep_safe": self.tr("How I keep myself safe"),
        }
        for key, heading in titles.items():
            values = getattr(plan, key)
            items = [f"{c.name} — {c.phone}" if c.phone else c.name
                     for c in values] if key in self.people else list(values)
            out.append(f"<h2>{html.escape(heading)}</h2><ul>"
                       + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
        return "".join(out)

    @Slot()
    def _on_print_clicked(self) -> None:
        from app.ui.counselor.pdf import print_document

        print_document(self.document(), self)
