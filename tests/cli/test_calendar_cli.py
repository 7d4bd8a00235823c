"""The ``calendar``, ``invite`` and ``rhythm`` commands (run in-process through ``main``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentorjournal.cli import app as cli
from mentorjournal.domain import records
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Session
from tests.conftest import FAST, PASSPHRASE


@pytest.fixture
def jpath(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "j.mjournal"
    journal = Journal.create(path, PASSPHRASE, kdf=FAST)
    ana = records.create("person", name="Ana Ruiz", relation="mentor", cadence_days=21)
    ben = records.create("person", name="Ben", relation="mentee", cadence_days=14)
    records.create("person", name="Old", relation="mentee", cadence_days=7, status="ended")
    records.create("session", person=ana.id, role="mentee", held_at="2026-02-10 10:00")
    records.create("session", person=ben.id, role="mentor", held_at="2026-02-24 10:00")
    records.create(
        "session", person=ben.id, role="mentor", held_at="2026-03-20 10:00", status="planned"
    )
    journal.close()
    monkeypatch.setenv("MENTORJOURNAL_PASSPHRASE", PASSPHRASE)
    return path


def test_rhythm_and_quiet(jpath, capsys):
    assert cli.main(["rhythm", "--journal", str(jpath), "--today", "2026-03-10"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Ana Ruiz  last met 2026-02-10  next due 2026-03-03  every 3 weeks  quiet for 7 days",
        "Ben       last met 2026-02-24  next due 2026-03-10  every 2 weeks  planned 2026-03-20",
    ]
    assert cli.main(["rhythm", "--quiet", "--journal", str(jpath), "--today", "2026-03-10"]) == 0
    assert capsys.readouterr().out.splitlines() == [out[0]]
    assert cli.main(["rhythm", "--quiet", "--journal", str(jpath), "--today", "2026-03-01"]) == 0
    assert "No relationship has gone quiet." in capsys.readouterr().err


def test_calendar_then_invite(jpath, tmp_path, capsys):
    target = tmp_path / "out.ics"
    args = ["calendar", "-o", str(target), "--journal", str(jpath), "--today", "2026-03-10"]
    assert cli.main(args) == 0
    text = target.read_bytes().decode()
    assert text.count("BEGIN:VEVENT") == 1 and "SUMMARY:Session with Ben\r\n" in text
    assert "Wrote 1 event to" in capsys.readouterr().err
    assert cli.main(args) == 1  # exists: refused without --force
    assert "--force" in capsys.readouterr().err
    bad = ["calendar", "-o", str(tmp_path / "x.txt"), "--journal", str(jpath)]
    assert cli.main(bad) == 2 and "must end in .ics" in capsys.readouterr().err
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u1\r\nDTSTART:20260401T100000\r\n"
        "DURATION:PT45M\r\nSUMMARY:Quarterly\r\nORGANIZER;CN=Ana Ruiz:mailto:a@x\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert cli.main(["invite", str(invite), "--journal", str(jpath)]) == 0
    assert "Planned session" in capsys.readouterr().err
    assert cli.main(["invite", str(invite), "--journal", str(jpath)]) == 0
    assert "Moved session" in capsys.readouterr().err
    with Journal.open(jpath, PASSPHRASE):
        planned = Session.get(Session.agenda == "Quarterly")
        assert planned.held_at == dt.datetime(2026, 4, 1, 10) and planned.duration_min == 45
    (tmp_path / "junk.ics").write_text("nope")
    assert cli.main(["invite", str(tmp_path / "junk.ics"), "--journal", str(jpath)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a calendar file" in err[0]
