"""Reminders in the window: what shows when, while locked only "A session is coming up",
each kind can be turned off, a click on a session reminder opens that person's prep."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import records
from tests.ui.test_main_window import FakeUnlock, make_window
from ui import reminders
from ui.main_window import SECTIONS

NOW = dt.datetime.now().replace(second=0, microsecond=0)


@pytest.fixture(autouse=True)
def fresh_now():
    """NOW as each test starts, not as the module was collected: the window checks its
    reminders once by itself (a second after it opens, with the clock it then has), so a
    NOW minutes old could have shown them."""
    global NOW
    NOW = dt.datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def planned(journal):
    ben = records.create("person", name="Bendix Quorrel", relation="mentee")
    ana = records.create("person", name="Ana", relation="mentor", cadence_days=1)
    records.create(
        "session", person=ana.id, role="mentee", held_at=NOW - dt.timedelta(days=5)
    )  # quiet for 4 days
    session = records.create(
        "session",
        person=ben.id,
        role="mentor",
        status="planned",
        held_at=NOW + dt.timedelta(minutes=40),
        agenda="Zanzibar plan",
    )
    return ben, ana, session


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.at = now

    def __call__(self) -> dt.datetime:
        return self.at


def watch(window, clock) -> list[tuple[str, str]]:
    got: list[tuple[str, str]] = []
    window.reminders.now = clock
    window.reminders.shown.connect(lambda title, text: got.append((title, text)))
    return got


def test_a_session_reminder_opens_the_prep(qtbot, journal, settings, planned):
    ben = planned[0]
    window = make_window(qtbot, journal, settings, FakeUnlock())
    clock = Clock(NOW)
    got = watch(window, clock)
    window.reminders.check()
    assert all("Bendix" not in title for title, _ in got)  # 40 min ahead: not yet
    clock.at = NOW + dt.timedelta(minutes=11)  # 29 minutes before
    window.reminders.check()
    start = NOW + dt.timedelta(minutes=40)
    assert (f"Session with Bendix Quorrel at {start:%H:%M}", reminders_text()) in got
    window.reminders.check()  # once only
    assert sum("Bendix" in title for title, _ in got) == 1
    window.reminders.open_target()
    assert window.pages.currentWidget() is window.prep_page
    assert window.nav.currentRow() == SECTIONS.index("Session prep")
    assert window.prep_page.person_id() == ben.id


def reminders_text() -> str:
    return "Time to prepare: click to open the session prep."


def test_locked_keeps_only_times_and_says_no_more(qtbot, journal, settings, planned):
    window = make_window(qtbot, journal, settings, FakeUnlock())
    clock = Clock(NOW)
    got = watch(window, clock)
    window.reminders.check()
    window.lock()
    assert window.journal is None
    times, target, shown = window.reminders.locked_state()
    assert times == (NOW + dt.timedelta(minutes=10),) and target is None and shown == ()
    kept = repr(vars(window.reminders)) + repr(window.reminders.locked_state())
    for secret in ("Bendix", "Quorrel", "Zanzibar", "Ana"):
        assert secret not in kept
    got.clear()
    clock.at = NOW + dt.timedelta(minutes=10)
    window.reminders.check()
    assert got == [("MentorJournal", "A session is coming up")]
    window.reminders.check()
    assert len(got) == 1
    window.reminders.open_target()  # a click while locked opens nothing
    assert window.journal is None


@pytest.mark.parametrize("kind", ["session", "quiet"])
def test_a_kind_turned_off_shows_nothing(qtbot, journal, settings, planned, kind):
    settings.setValue(reminders.PREFIX + kind, False)
    window = make_window(qtbot, journal, settings, FakeUnlock())
    clock = Clock(NOW.replace(hour=23, minute=0) if kind == "quiet" else NOW)
    got = watch(window, clock)
    clock.at += dt.timedelta(minutes=11)
    window.reminders.check()
    titles = " ".join(title for title, _ in got)
    assert ("Bendix" not in titles) if kind == "session" else ("gone quiet" not in titles)
    if kind == "session":
        window.lock()
        window.reminders.check()
        assert ("MentorJournal", "A session is coming up") not in got


def test_presenting_suppresses_everything(qtbot, journal, settings, planned):
    window = make_window(qtbot, journal, settings, FakeUnlock())
    clock = Clock(NOW + dt.timedelta(minutes=11))
    got = watch(window, clock)
    window.reminders.suppressed = True
    window.reminders.check()
    assert got == []
    window.reminders.suppressed = False
    window.reminders.check()
    assert any("Bendix" in title for title, _ in got)


def test_the_first_check_after_unlock_comes_once_the_window_has_painted(
    qtbot, journal_file, settings
):
    from mentorjournal.storage.journal import Journal
    from tests.conftest import PASSPHRASE

    with Journal.open(journal_file, PASSPHRASE):
        ben = records.create("person", name="Bendix Quorrel", relation="mentee")
        records.create(
            "session",
            person=ben.id,
            role="mentor",
            status="planned",
            held_at=NOW + dt.timedelta(minutes=20),  # within the 30 minutes' lead: due now
        )
    unlock = FakeUnlock(lambda path: Journal.open(path, PASSPHRASE))
    window = make_window(qtbot, Journal.open(journal_file, PASSPHRASE), settings, unlock)
    got = watch(window, Clock(NOW))
    window.grab()  # the first paint: no reminder check yet
    assert got == [] and window.reminders.first_check.isActive()
    qtbot.waitUntil(lambda: any("Bendix" in title for title, _ in got))  # by itself, ~1 s on
    window.lock()
    assert not window.reminders.first_check.isActive()
    qtbot.waitUntil(lambda: window.journal is not None)  # unlocked again
    got.clear()  # (a lock forgets what was shown: it shows again)
    qtbot.waitUntil(lambda: any("Bendix" in title for title, _ in got))  # checked again
    window.close()
