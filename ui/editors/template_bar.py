"""The reflection editor's template chooser and "Save as template…" button.

Choosing a template fills the body (as one edit the user can undo). Text the
user wrote is only replaced after asking (``alerts.confirm``). User templates
are saved inside the journal by ``mentorjournal.domain.templates``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from mentorjournal.domain import templates
from mentorjournal.errors import JournalError
from ui import alerts, core_messages

from .markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)


class TemplateBar(QWidget):
    """``Template: [choice]  [Save as template…]`` above a reflection."""

    applied = Signal(str)  # the template key (or "" for none)

    def __init__(
        self,
        body: MarkdownEditor,
        title_field,
        *,
        list_templates: Callable[[], list[templates.Template]] = templates.list_templates,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._body = body
        self._title = title_field
        self._list = list_templates
        self.filled_body = ""  # the body text as the last template left it
        self.filled_title = ""  # the title a template put in (an empty title only)
        self.key = ""
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Template"))
        self.choice.setMinimumContentsLength(22)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.activated.connect(self._chosen)
        self.save_button = QPushButton(self.tr("Save as template…"))
        self.save_button.setAccessibleName(self.tr("Save the text as a template"))
        self.save_button.clicked.connect(self.save_as_template)
        label = QLabel(self.tr("&Template:"))
        label.setBuddy(self.choice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        layout.addWidget(self.save_button)
        self.reload()

    def reload(self) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("No template"), "")
        for template in self._list():
            self.choice.addItem(
                template.name
                if template.builtin
                else self.tr("{name} (mine)").format(name=template.name),
                template.key,
            )
        self.set_key(self.key)

    def set_key(self, key: str) -> None:
        """Show the template a record was written with (without filling anything)."""
        self.key = key or ""
        index = self.choice.findData(self.key)
        if index < 0 and self.key:
            self.choice.addItem(
                self.tr("{name} (no longer available)").format(name=self.key), self.key
            )
            index = self.choice.count() - 1
        self.choice.setCurrentIndex(max(index, 0))

    def _chosen(self, index: int) -> None:
        key = self.choice.itemData(index) or ""
        self.apply(key)

    def apply(self, key: str) -> bool:
        """Fill the body with template ``key``; False when the user keeps their text."""
        if not key:
            self.key = ""
            self.applied.emit("")
            return True
        try:
            template = templates.get(key)
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
            self.set_key(self.key)
            return False
        current = self._body.value()
        if (
            current.strip()
            and current != self.filled_body
            and not alerts.confirm(
                self,
                self.tr("Replace the text you wrote with this template?"),
                self.tr("You can undo it with Ctrl+Z."),
            )
        ):
            self.set_key(self.key)
            return False
        self._body.replace_text(template.body)
        self.filled_body = self._body.value()
        if not self._title.value().strip() or self._title.value() == self.filled_title:
            self._title.setText(template.name)
            self.filled_title = template.name
        self.set_key(key)
        self.applied.emit(key)
        log.info("template applied")
        return True

    def save_as_template(self) -> None:
        name, accepted = QInputDialog.getText(self, "Save as template", "Name of the new template:")
        if not accepted or not name.strip():
            return
        try:
            saved = templates.save_user_template(name, self._body.value())
        except JournalError as exc:
            alerts.error(self, core_messages.text_of(exc))
            return
        self.reload()
        self.set_key(saved.key)
        self.applied.emit(saved.key)
