"""A record form built from ``specs.fields_for(kind)``: one widget per field.

Short fields sit in a form (two columns when there are many); Markdown fields
fill the space below (tabs when there are several). Each field has an error
line under it: ``show_error(ValidationError)`` puts the core's message there
and focuses the field. A link to a person has a "New…" button beside it that
adds the person by name, so a first session needs no detour.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.domain import records
from mentorjournal.errors import JournalError, ValidationError
from ui import core_messages

from . import specs
from .fields import (
    ChoiceField,
    DateField,
    DateTimeField,
    LineField,
    LinkPicker,
    NumberField,
    RatingField,
    TagsField,
)
from .markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c62828;"
TWO_COLUMNS_FROM = 7  # short fields
FORM_SPACING = (8, 6)  # between label and field, between rows


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class RecordForm(QWidget):
    """Every field of one record kind; ``values()`` is ready for ``records``."""

    changed = Signal()

    def __init__(
        self,
        kind: str,
        *,
        known_tags: Sequence[str] = (),
        link_sources: dict[str, Callable[[], Sequence[tuple[str, int]]]] | None = None,
        preview_delay_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.specs = {spec.name: spec for spec in specs.fields_for(kind)}
        sources = link_sources if link_sources is not None else specs.LINK_SOURCES
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.general_error.setAccessibleName(self.tr("Problem"))
        self.tabs: QTabWidget | None = None
        self.new_person_buttons: dict[str, QToolButton] = {}

        self._side_by_side: list[tuple[QBoxLayout, list[QFormLayout]]] = []
        self.order: list[specs.FieldSpec] = []  # the fields in the order shown (and tabbed)
        below_names = specs.BELOW_TEXT.get(kind, ())
        short = [
            s for s in self.specs.values() if s.widget != "markdown" and s.name not in below_names
        ]
        long = [s for s in self.specs.values() if s.widget == "markdown"]
        below = [self.specs[name] for name in below_names if name in self.specs]
        for spec in self.specs.values():
            widget = self._make(spec, known_tags, sources, preview_delay_ms)
            widget.changed.connect(self.changed)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addWidget(self._compact(self._columns(short)))
        if len(long) == 1:
            layout.addWidget(self._with_error(long[0].name), 1)
        elif long:
            self.tabs = QTabWidget()
            self.tabs.setAccessibleName(self.tr("Texts"))
            for spec in long:
                self.tabs.addTab(self._with_error(spec.name), spec.label)
            layout.addWidget(self.tabs, 1)
        if below:
            layout.addWidget(self._compact(self._columns(below, two_from=4)))
        self.order = [*short, *long, *below] if below else [*short, *long]
        self._chain_tab_order()
        self._role_chosen = False  # set once the user picks "My role" in this form
        if kind == "session" and "person" in self.widgets and "role" in self.widgets:
            self.widgets["role"].changed.connect(self._choose_role)
            self.widgets["person"].changed.connect(self._role_from_person)

    def _choose_role(self) -> None:
        self._role_chosen = True

    def _role_from_person(self) -> None:
        """Picking a mentor makes me the mentee, and a mentee me the mentor (unless I chose)."""
        person_id = self.widgets["person"].value()
        if self._role_chosen or person_id is None:
            return
        try:
            relation = records.get_person(person_id).relation
        except JournalError:
            return
        role = {"mentor": "mentee", "mentee": "mentor"}.get(relation)
        if role is not None and self.widgets["role"].value() != role:
            self.widgets["role"].set_value(role)

    def _columns(self, part_specs: list[specs.FieldSpec], two_from: int = TWO_COLUMNS_FROM):
        """Short fields in a form, in two columns (top to bottom, then the next) when many.

        Two columns stand side by side when the form is wide enough, else one
        above the other (a small screen, 200 % scaling): see ``resizeEvent``.
        """
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(24)
        count = len(part_specs)
        half = (count + 1) // 2 if count >= two_from else count
        forms = []
        for part in (part_specs[:half], part_specs[half:]):
            if not part:
                continue
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            # Its own spacing: a sub-layout would inherit the columns' 24 px between rows.
            form.setHorizontalSpacing(FORM_SPACING[0])
            form.setVerticalSpacing(FORM_SPACING[1])
            for spec in part:
                form.addRow(f"{spec.label}:", self._with_error(spec.name))
            columns.addLayout(form, 1)
            forms.append(form)
        if len(forms) == 2:
            self._side_by_side.append((columns, forms))
        return columns

    @staticmethod
    def _compact(columns: QBoxLayout) -> QWidget:
        """The short fields at their natural height: extra room goes to the texts."""
        holder = QWidget()
        columns.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(columns)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return holder

    def _one_column_width(self) -> int:
        widths = [
            form.minimumSize().width() for _box, forms in self._side_by_side for form in forms
        ]
        return max(widths, default=0)

    def minimumSizeHint(self) -> QSize:  # Qt override: columns may stack, so narrower is fine
        hint = super().minimumSizeHint()
        if not self._side_by_side:
            return hint
        margins = self.layout().contentsMargins()
        narrow = self._one_column_width() + margins.left() + margins.right()
        texts = [self.widgets[s.name].minimumSizeHint().width() for s in self.order]
        return QSize(min(hint.width(), max([narrow, *texts])), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        for box, forms in self._side_by_side:
            wanted = sum(form.minimumSize().width() for form in forms) + box.spacing()
            direction = (
                QBoxLayout.Direction.LeftToRight
                if width >= wanted
                else QBoxLayout.Direction.TopToBottom
            )
            if box.direction() != direction:
                box.setDirection(direction)
                box.setSpacing(24 if direction == QBoxLayout.Direction.LeftToRight else 0)

    def side_by_side(self) -> bool:
        """True while the field columns stand side by side (for tests)."""
        return all(
            box.direction() == QBoxLayout.Direction.LeftToRight for box, _ in self._side_by_side
        )

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in the order the fields are shown."""
        chain: list[QWidget] = []
        for spec in self.order:
            widget = self.widgets[spec.name]
            if spec.widget == "markdown" and self.tabs is not None:
                if self.tabs not in chain:
                    chain.append(self.tabs)
                chain.append(widget.edit)
            elif spec.widget == "markdown":
                chain.append(widget.edit)
            elif isinstance(widget, DateField):
                chain.append(widget.line)
            else:
                chain.append(widget)
            if spec.name in self.new_person_buttons:
                chain.append(self.new_person_buttons[spec.name])
        return chain

    def _chain_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        """Put the cursor in the first field (a new reflection: its title)."""
        first = self.focus_chain()[0]
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first, QLineEdit):
            first.end(False)

    def _make(
        self,
        spec: specs.FieldSpec,
        known_tags: Sequence[str],
        sources: dict[str, Callable[[], Sequence[tuple[str, int]]]],
        preview_delay_ms: int | None,
    ) -> QWidget:
        rule = spec.rule
        if spec.widget == "markdown":
            kwargs = {} if preview_delay_ms is None else {"preview_delay_ms": preview_delay_ms}
            return MarkdownEditor(
                spec.label,
                QCoreApplication.translate("specs", specs.PLACEHOLDERS.get(spec.name, "")),
                **kwargs,
            )
        if spec.widget == "rating":
            return RatingField(spec.label)
        if spec.widget == "choice":
            return ChoiceField(spec.label, spec.choices)
        if spec.widget == "link":
            return LinkPicker(spec.label, sources.get(rule.target, lambda: []))
        if spec.widget == "tags":
            hint = specs.PLACEHOLDERS_FOR_KIND.get((self.kind, spec.name))
            return TagsField(
                spec.label,
                known_tags,
                placeholder=QCoreApplication.translate("specs", hint) if hint else None,
            )
        if spec.widget == "date":
            return DateField(spec.label)
        if spec.widget == "datetime":
            return DateTimeField(spec.label)
        if spec.widget == "number":
            return NumberField(
                spec.label,
                rule.lo,
                rule.hi,
                nullable=rule.nullable,
                suffix=specs.SUFFIX.get(spec.name, ""),
            )
        return LineField(spec.label)

    def _with_error(self, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        spec = self.specs[name]
        if spec.widget == "link" and spec.rule.target == "person":
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.widgets[name], 1)
            button = QToolButton()
            button.setText(self.tr("New…"))
            button.setAccessibleName(self.tr("{field}: add a new person").format(field=spec.label))
            button.setToolTip(self.tr("Add a person to the journal by name"))
            button.clicked.connect(lambda _checked=False, name=name: self.add_person(name))
            self.new_person_buttons[name] = button
            row.addWidget(button)
            column.addLayout(row)
        else:
            column.addWidget(self.widgets[name], 1 if spec.widget == "markdown" else 0)
        column.addWidget(self.errors[name])
        return box

    def new_person_relation(self) -> str:
        """A new person's relation to me, guessed from the form: my role in a session."""
        role = self.widgets["role"].value() if "role" in self.widgets else None
        return {"mentee": "mentor", "mentor": "mentee"}.get(role, "contact")

    def add_person(self, field: str) -> int | None:
        """Ask for a name, add the person, link them here; their id (None if cancelled)."""
        relation = self.new_person_relation()
        label = {"mentor": "your mentor", "mentee": "your mentee"}.get(relation, "a contact")
        name, accepted = QInputDialog.getText(self, "New person", f"Name of {label}:")
        if not accepted or not name.strip():
            return None
        try:
            person = records.create("person", name=name.strip(), relation=relation)
        except JournalError as exc:
            self.show_error(ValidationError(field, core_messages.text_of(exc)))
            return None
        picker = self.widgets[field]
        picker.reload()
        picker.set_value(person.id)
        self.changed.emit()
        return person.id

    # -- values ------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.widgets.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.widgets:
                self.widgets[name].set_value(value)

    def field(self, name: str) -> QWidget:
        return self.widgets[name]

    # -- errors ------------------------------------------------------------

    def show_error(self, error: ValidationError, *, focus: bool = True) -> None:
        """Show the core's message next to the field it names (or on top)."""
        self.clear_errors()
        spec = self.specs.get(error.field)
        if spec is None:
            self.general_error.setText(core_messages.text_of(error))
            self.general_error.show()
            return
        label = self.errors[error.field]
        label.setText(f"{spec.label} {error.message}.")
        label.show()
        widget = self.widgets[error.field]
        widget.setAccessibleDescription(label.text())
        if focus:
            if self.tabs is not None and spec.widget == "markdown":
                self.tabs.setCurrentWidget(label.parentWidget())
            widget.setFocus()

    def wipe(self) -> None:
        """Forget every value and every name offered (the editor closed or the journal locked)."""
        self.clear_errors()
        for widget in self.widgets.values():
            if isinstance(widget, (LinkPicker, MarkdownEditor, LineField, TagsField)):
                widget.clear()
            if isinstance(widget, TagsField):
                widget.set_known([])

    def clear_errors(self) -> None:
        self.general_error.hide()
        self.general_error.clear()
        for name, label in self.errors.items():
            if label.isVisibleTo(self) or label.text():
                label.clear()
                label.hide()
                widget = self.widgets[name]
                if isinstance(widget, RatingField):
                    widget.set_value(widget.value())  # restores its "n of 10" description
                else:
                    widget.setAccessibleDescription("")

    def error_text(self, name: str | None = None) -> str:
        """The message shown for ``name`` (or the general one); for tests and screen readers."""
        label = self.general_error if name is None else self.errors[name]
        return label.text()
