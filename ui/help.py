"""Help inside the app, offline: the user guide and the keyboard shortcuts.

The guide is Markdown in ``resources/help`` (one file per topic, in file-name
order, its first ``# heading`` the topic's title), rendered by the app's own
safe renderer (``mentorjournal.text.render``) in a ``SafeBrowser``: nothing is
loaded, no link is followed. The shortcuts dialog lists what the window's
actions say, so it never goes out of date.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import resources
from mentorjournal.text.render import render_markdown

from . import geometry
from .record_views import SafeBrowser

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Topic:
    title: str
    markdown: str


def topics(folder: Path | None = None) -> list[Topic]:
    """The guide's topics, in order (none when the guide is not installed)."""
    folder = folder or resources.folder("help")
    found = []
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else path.stem
        found.append(Topic(first.lstrip("# ").strip() or path.stem, text))
    return found


class GuideWindow(QDialog):
    """The user guide: topics on the left, the chosen one on the right (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("MentorJournal guide"))
        self.setModal(False)
        self.topics = topics()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Topics"))
        self.list.addItems([t.title for t in self.topics])
        self.page = SafeBrowser(self.tr("Guide topic"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_topic)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 80, self.fontMetrics().height() * 44)
        splitter.setSizes([em * 14, em * 66])
        geometry.keep_on_screen(self)
        if self.topics:
            self.list.setCurrentRow(0)
        else:
            self.page.setPlainText(self.tr("The guide is not installed with this copy."))
        self.list.setFocus()

    def show_topic(self, row: int) -> None:
        if 0 <= row < len(self.topics):
            self.page.setHtml(render_markdown(self.topics[row].markdown, hard_breaks=False))

    def find_topic(self, words: str) -> int:
        """The first topic whose title contains ``words`` (-1: none), shown."""
        for row, topic in enumerate(self.topics):
            if words.casefold() in topic.title.casefold():
                self.list.setCurrentRow(row)
                return row
        return -1


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, in a table."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(shortcuts), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, (command, keys) in enumerate(shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.table)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(
            self.fontMetrics().horizontalAdvance("M") * 40, self.fontMetrics().height() * 30
        )
        geometry.keep_on_screen(self)


_open: dict[str, GuideWindow] = {}


def show_guide(parent: QWidget | None) -> GuideWindow:
    """Show the guide (one window; brought forward when already open)."""
    window = _open.get("guide")
    if window is None:
        window = GuideWindow(parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: _open.pop("guide", None))
        _open["guide"] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def show_shortcuts(parent: QWidget | None, shortcuts: list[tuple[str, str]]) -> None:
    dialog = ShortcutsDialog(shortcuts, parent)
    dialog.exec()
    dialog.deleteLater()
