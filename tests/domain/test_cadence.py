"""Cadence: last met, next due and gone quiet, checked by hand on small journals."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import cadence, records
from mentorjournal.errors import ValidationError

D = dt.date
TODAY = D(2026, 3, 10)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def person(name: str, cadence_days=None, **kw):
    return records.create(
        "person", name=name, relation=kw.pop("relation", "mentor"), cadence_days=cadence_days, **kw
    )


def session(who, when: str, status: str = "done"):
    return records.create("session", person=who.id, role="mentee", held_at=when, status=status)


@pytest.fixture
def small(journal):
    ana = person("Ana", 21)  # every 3 weeks
    ben = person("Ben", 14, relation="mentee")
    cleo = person("Cleo", 30, started_on="2026-01-01")  # never met
    dan = person("Dan")  # no rhythm
    eve = person("Eve", 7, status="ended")
    fay = person("Fay", 7, ended_on="2026-02-01")
    gus = person("Gus", 7, status="paused")
    session(ana, "2026-01-20 10:00")
    session(ana, "2026-02-10 10:00")  # last held: next due Mar 3 -> 7 days overdue
    session(ana, "2026-02-20 10:00", status="cancelled")  # does not count
    session(ana, "2026-02-25 10:00", status="planned")  # in the past: does not count
    session(ben, "2026-02-24 17:00")  # next due Mar 10: due today, not quiet
    session(dan, "2025-06-01 10:00")
    for who in (eve, fay, gus):
        session(who, "2025-01-01 10:00")
    return ana, ben, cleo, dan, eve, fay, gus


def test_last_met_and_next_due_by_hand(small):
    ana, ben, cleo, dan, eve, fay, gus = small
    by = {r.name: r for r in cadence.rhythms(TODAY)}
    assert [r.name for r in cadence.rhythms(TODAY)] == [
        "Ana",
        "Ben",
        "Cleo",
        "Dan",
        "Eve",
        "Fay",
        "Gus",
    ]
    assert by["Ana"].last_met == at("2026-02-10 10:00")
    assert by["Ana"].next_due == D(2026, 3, 3)  # Feb 10 + 21 days
    assert by["Ana"].quiet and by["Ana"].days_overdue == 7
    assert by["Ana"].days_since_met == 28
    assert by["Ben"].next_due == D(2026, 3, 10) and not by["Ben"].quiet
    assert by["Ben"].days_overdue == 0
    assert by["Cleo"].last_met is None and by["Cleo"].next_due == D(2026, 1, 31)
    assert by["Cleo"].quiet and by["Cleo"].days_overdue == 38  # Jan 31 -> Mar 10
    assert by["Dan"].next_due is None and not by["Dan"].quiet  # no rhythm: never due
    for name in ("Eve", "Fay", "Gus"):  # ended, ended by date, paused: never nag
        assert not by[name].active and by[name].next_due is None and not by[name].quiet
    assert [(r.name, r.days_overdue) for r in cadence.gone_quiet(TODAY)] == [
        ("Cleo", 38),
        ("Ana", 7),
    ]
    assert cadence.gone_quiet(D(2026, 3, 11))[-1].name == "Ben"  # a day later Ben is quiet
    assert [r.name for r in cadence.rhythms(TODAY, include_inactive=False)] == [
        "Ana",
        "Ben",
        "Cleo",
        "Dan",
    ]


def test_a_planned_session_ahead_keeps_it_from_quiet(small):
    ana = small[0]
    session(ana, "2026-03-10 18:00", status="planned")  # later today counts as ahead
    r = cadence.rhythm(ana.id, TODAY)
    assert r is not None and r.next_planned == at("2026-03-10 18:00")
    assert not r.quiet and r.next_due == D(2026, 3, 3)
    assert [q.name for q in cadence.gone_quiet(TODAY)] == ["Cleo"]


def test_counted_from_the_last_held_session_not_a_fixed_date(small):
    ana = small[0]
    session(ana, "2026-03-05 09:00")  # held after the due date: no longer quiet
    r = cadence.rhythm(ana.id, TODAY)
    assert r is not None and r.next_due == D(2026, 3, 26) and not r.quiet


def test_the_trash_is_left_out(small):
    ana, ben, cleo = small[:3]
    last = session(ana, "2026-03-08 10:00")
    assert not cadence.rhythm(ana.id, TODAY).quiet
    records.delete("session", last.id)  # its session in the trash: quiet again
    assert cadence.rhythm(ana.id, TODAY).quiet
    records.delete("person", cleo.id)
    assert cadence.rhythm(cleo.id, TODAY) is None
    assert [q.name for q in cadence.gone_quiet(TODAY)] == ["Ana"]


def test_cadence_is_validated(journal):
    with pytest.raises(ValidationError):
        person("Zed", 0)
    with pytest.raises(ValidationError):
        person("Zed", 367)
    assert person("Zed", "366").cadence_days == 366


def test_describe_cadence():
    assert cadence.describe_cadence(None) == ""
    assert cadence.describe_cadence(1) == "every day"
    assert cadence.describe_cadence(7) == "every week"
    assert cadence.describe_cadence(21) == "every 3 weeks"
    assert cadence.describe_cadence(30) == "every month"
    assert cadence.describe_cadence(10) == "every 10 days"
