"""UI test fixtures: settings in tmp_path, small real encrypted journals.

The shared ``tests/conftest.py`` already isolates the data folder and the
keychain; here QSettings and QStandardPaths are sent to ``tmp_path`` too.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from mentorjournal.domain import records
from mentorjournal.storage import keychain
from mentorjournal.storage.journal import Journal
from tests.conftest import FAST, PASSPHRASE
from ui.app import make_application

#: Journal text that must never survive a lock anywhere in the window.
MARKER = "Zanzibarquokka"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[QSettings]:
    make_application()
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield QSettings()


@pytest.fixture(autouse=True)
def no_desktop_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window never listens to this machine's own screen locker or logind in tests
    (a real lock would lock every window mid-test); tests/ui/journeys/test_lock.py
    gives it a private bus instead."""
    from ui import session_lock

    monkeypatch.setattr(session_lock, "_bus", lambda kind: None)


@pytest.fixture(autouse=True)
def unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box no test answered fails the test instead of hanging the run.

    Tests answer dialogs by patching ``ui.alerts``; a real ``QMessageBox.exec``
    reached anyway (also while widgets close at teardown) is answered "No"/"OK"
    and reported.
    """
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        if box.standardButtons() & QMessageBox.StandardButton.No:
            return QMessageBox.StandardButton.No.value
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield asked
    if asked:
        pytest.fail(f"message boxes nobody answered: {asked}")


@pytest.fixture
def settings(isolated_settings: QSettings) -> QSettings:
    return isolated_settings


@pytest.fixture
def chain() -> keychain.Keychain:
    return keychain.Keychain()  # the in-memory backend from tests/conftest.py


def fill_journal(count: int = 5) -> None:
    """People, a session and reflections carrying MARKER in titles and text."""
    mentor = records.create("person", name=f"Ada {MARKER}", relation="mentor")
    session = records.create(
        "session",
        person=mentor.id,
        role="mentee",
        held_at=dt.datetime(2024, 3, 1, 10, 0),
        notes=f"Talked about {MARKER} and delegation.",
        tags=["delegation"],
    )
    for n in range(count):
        records.create(
            "reflection",
            written_at=dt.datetime(2024, 3, 2 + n, 9, 0),
            title=f"Note {n} {MARKER}",
            body=f"Body {n} mentions {MARKER}.",
            session=session.id if n == 0 else None,
        )
    records.create("skill", name=f"Listening {MARKER}", target_level=8)


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    """A closed journal with content, made with the fast test KDF."""
    path = tmp_path / "ui.mjournal"
    journal = Journal.create(path, PASSPHRASE, kdf=FAST)
    try:
        fill_journal()
    finally:
        journal.close()
    return path


@pytest.fixture
def open_journal(journal_file: Path) -> Iterator[Journal]:
    journal = Journal.open(journal_file, PASSPHRASE)
    yield journal
    journal.close()


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def german_catalogue() -> Path:
    """The compiled German catalogue, compiled first when missing or older than its .ts."""
    ts = ROOT / "resources" / "i18n" / "mentorjournal_de.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        script = ROOT / "scripts" / "translations.py"
        subprocess.run([sys.executable, str(script), "compile"], check=True, capture_output=True)
    return qm


@pytest.fixture
def german(german_catalogue: Path) -> Iterator[None]:
    """The window in German (our catalogue and Qt's), English again afterwards."""
    from ui import i18n  # noqa: PLC0415

    before = QLocale()
    assert i18n.install("de") == "de"
    yield
    i18n.uninstall()
    QLocale.setDefault(before)
