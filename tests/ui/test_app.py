"""Start-up wiring, the exception hook, and the quick entry forms."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.conftest import FAST, PASSPHRASE
from tests.ui.conftest import MARKER
from ui import alerts, app
from ui.start_dialog import StartDialog


def test_arguments():
    assert app.parse_args([]).demo is False
    options = app.parse_args(["--journal", "/tmp/x.mjournal"])
    assert options.journal == Path("/tmp/x.mjournal")
    assert app.parse_args(["--demo"]).demo is True


@pytest.mark.parametrize(
    "args",
    [[], ["--demo"], ["--journal", "/tmp/x.mjournal"], ["/tmp/x.mjournal"], ["x.mjournal"], [""]],
)
def test_the_usual_arguments_read_without_the_parser_mean_what_the_parser_says(args):
    quick = app._plain_options(args)
    assert quick is not None
    assert vars(quick) == vars(app._parsed_options(args))


@pytest.mark.parametrize(
    "args", [["--jour", "x"], ["--journal=x"], ["--journal", "-x"], ["--help"], ["a", "b"], ["-d"]]
)
def test_anything_else_goes_to_the_parser(args):
    assert app._plain_options(args) is None


def test_application_names_make_qsettings_work():
    app.make_application()
    assert QCoreApplication.organizationName() == "MentorJournal"
    assert QCoreApplication.applicationName() == "MentorJournal"


def test_excepthook_logs_no_message_and_tells_the_user(monkeypatch, caplog):
    shown: list[str] = []
    monkeypatch.setattr(alerts, "error", lambda parent, text, details="": shown.append(text))
    try:
        raise ValueError(f"journal text {MARKER}")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        app.excepthook(exc_type, exc, tb)
    assert shown == ["Something unexpected went wrong."]
    assert "ValueError" in caplog.text
    assert MARKER not in caplog.text


def test_controller_opens_the_window_after_the_start_dialog(
    qtbot, settings, chain, journal_file, monkeypatch
):
    def fake_exec(dialog: StartDialog) -> int:
        # The user types the passphrase and presses Unlock; the dialog closes.
        dialog.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(dialog.journal_opened, timeout=10_000):
            dialog.unlock()
        return 1

    monkeypatch.setattr(StartDialog, "exec", fake_exec)
    controller = app.Controller(settings, chain, kdf=FAST)
    journal = controller.first_journal(journal_file, demo=False)
    assert journal is not None
    window = controller.show_window(journal)
    qtbot.addWidget(window)
    assert window.isVisible() and window.timeline_page.model.rowCount() == 7
    window.close()


def test_cancelling_the_start_dialog_ends_the_app(settings, chain, monkeypatch, tmp_path):
    monkeypatch.setattr(StartDialog, "exec", lambda dialog: 0)
    controller = app.Controller(settings, chain, kdf=FAST)
    assert controller.first_journal(tmp_path / "none.mjournal", demo=False) is None


@pytest.mark.parametrize("name", ["demo"])
def test_demo_journal_helper_returns_a_closed_journal(tmp_path, name):
    from mentorjournal.storage import db
    from mentorjournal.storage.journal import Journal
    from ui.demo_journal import make_demo_journal

    path, passphrase = make_demo_journal(tmp_path, kdf=FAST, years=1)
    assert path == tmp_path / f"{name}.mjournal" and db.DB.obj is None
    Journal.open(path, passphrase).close()


def test_controller_demo_folder_is_removed_at_the_end(qtbot, settings, chain):
    controller = app.Controller(settings, chain, kdf=FAST)
    path, passphrase = controller.make_demo()
    assert path.parent == controller.demo_folder and path.is_file()
    controller.remove_demo()
    assert not path.parent.exists()
