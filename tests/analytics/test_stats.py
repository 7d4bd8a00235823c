"""Chart numbers, checked against values worked out by hand on tiny journals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentorjournal.analytics import stats
from mentorjournal.analytics.stats import (
    ActionMonth,
    Gap,
    MonthCount,
    MoodPoint,
    RollingPoint,
    Streak,
)
from mentorjournal.storage import models

D = dt.date
TODAY = D(2026, 3, 10)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def person(name: str = "Ana", relation: str = "mentor") -> models.Person:
    return models.Person.create(name=name, relation=relation)


def session(
    who, when: str, *, role="mentee", status="done", before=None, after=None, motivation=None
):
    return models.Session.create(
        person=who,
        role=role,
        held_at=at(when),
        status=status,
        confidence_before=before,
        confidence_after=after,
        motivation=motivation,
    )


def refl(when: str, confidence=None, motivation=None, session=None):
    return models.Reflection.create(
        written_at=at(when),
        confidence=confidence,
        motivation=motivation,
        session=session,
        body="private text",
    )


def action(due=None, done=None, owner="me", **kw):
    return models.ActionItem.create(text="do it", due_on=due, done_on=done, owner=owner, **kw)


# -- mood series and rolling averages -------------------------------------------


def test_mood_series_from_reflections_and_done_sessions(journal):
    ana, ben = person("Ana"), person("Ben", "mentee")
    r1 = refl("2026-01-01 09:00", 4, 6)
    s1 = session(ana, "2026-01-02 10:00", before=5, after=8, motivation=7)
    r2 = refl("2026-01-03 20:00", 6, None, session=s1)
    refl("2026-01-04 08:00")  # no ratings: left out
    session(ana, "2026-01-05 10:00", status="planned", after=9)
    session(ana, "2026-01-06 10:00", status="cancelled", after=9)
    s2 = session(ben, "2026-01-07 10:00", role="mentor", motivation=3)
    assert stats.mood_series() == [
        MoodPoint(at("2026-01-01 09:00"), 4, 6, "reflection", r1.id),
        MoodPoint(at("2026-01-02 10:00"), 8, 7, "session", s1.id),
        MoodPoint(at("2026-01-03 20:00"), 6, None, "reflection", r2.id),
        MoodPoint(at("2026-01-07 10:00"), None, 3, "session", s2.id, "mentor"),
    ]
    # Role: the session's; a reflection linked to one takes its role; unlinked ones are mine
    # as mentee. A reflection about a mentor-role session is a mentor-side reading.
    r3 = refl("2026-01-08 09:00", 7, None, session=s2)
    assert [(p.id, p.role) for p in stats.mood_series(start=D(2026, 1, 7))] == [
        (s2.id, "mentor"),
        (r3.id, "mentor"),
    ]
    assert [p.id for p in stats.mood_series(role="mentee")] == [r1.id, s1.id, r2.id]
    assert [p.id for p in stats.mood_series(role="mentor")] == [s2.id, r3.id]
    window = stats.mood_series(start=D(2026, 1, 2), end=D(2026, 1, 3))
    assert [(p.kind, p.id) for p in window] == [("session", s1.id), ("reflection", r2.id)]
    assert [(p.kind, p.id) for p in stats.mood_series(person=ana)] == [
        ("session", s1.id),
        ("reflection", r2.id),
    ]
    assert [(p.kind, p.id) for p in stats.mood_series(person=ben.id)] == [
        ("session", s2.id),
        ("reflection", r3.id),
    ]
    assert window[0].day == D(2026, 1, 2)


def _p(day: int, confidence=None, motivation=None, hour: int = 12) -> MoodPoint:
    return MoodPoint(dt.datetime(2026, 1, day, hour), confidence, motivation, "reflection", day)


def test_rolling_average_is_an_exact_calendar_window():
    points = [_p(10, 3), _p(1, 4), _p(2, 8), _p(3, 6), _p(5, 5), _p(3, None, 9)]
    assert stats.rolling_average(points, 3) == [
        RollingPoint(D(2026, 1, 1), 4.0, 1),
        RollingPoint(D(2026, 1, 2), 6.0, 2),  # (4 + 8) / 2
        RollingPoint(D(2026, 1, 3), 6.0, 3),  # Jan 1..3 inclusive: (4 + 8 + 6) / 3
        RollingPoint(D(2026, 1, 5), 5.5, 2),  # Jan 3..5: (6 + 5) / 2, Jan 1-2 dropped
        RollingPoint(D(2026, 1, 10), 3.0, 1),  # Jan 8..10
    ]
    assert stats.rolling_average(points, 7)[-1] == RollingPoint(D(2026, 1, 10), 4.0, 2)  # Jan 4..10
    assert stats.rolling_average(points, 10)[-1] == RollingPoint(D(2026, 1, 10), 26 / 5, 5)
    assert stats.rolling_average(points, 3, "motivation") == [RollingPoint(D(2026, 1, 3), 9.0, 1)]


def test_rolling_average_counts_every_reading_of_a_day():
    points = [_p(1, 2, hour=8), _p(1, 5, hour=20), _p(2, 9)]
    assert stats.rolling_average(points, 1) == [
        RollingPoint(D(2026, 1, 1), 3.5, 2),
        RollingPoint(D(2026, 1, 2), 9.0, 1),
    ]
    assert stats.rolling_average(points, 2)[-1] == RollingPoint(D(2026, 1, 2), 16 / 3, 3)
    assert stats.rolling_average([], 30) == []


def test_rolling_average_refuses_nonsense():
    with pytest.raises(ValueError):
        stats.rolling_average([], 0)
    with pytest.raises(ValueError):
        stats.rolling_average([], 7, "mood")


def test_rolling_average_over_the_journal(journal):
    ana = person()
    refl("2026-02-01 09:00", 4)
    session(ana, "2026-02-03 18:00", after=7)
    refl("2026-02-04 09:00", 9)
    assert [(r.day.day, r.value) for r in stats.rolling_average(stats.mood_series(), 3)] == [
        (1, 4.0),
        (3, 5.5),
        (4, 8.0),
    ]


# -- skills --------------------------------------------------------------------


def test_skill_growth(journal):
    speaking = models.Skill.create(name="Speaking", category="communication", target_level=8)
    writing = models.Skill.create(name="writing")
    ratings = [
        (D(2026, 1, 1), 7, "mentor"),
        (D(2025, 1, 1), 3, "self"),
        (D(2025, 6, 1), 5, "self"),
        (D(2025, 6, 1), 6, "peer"),  # same day, entered later: comes after
    ]
    made = [
        models.SkillRating.create(skill=speaking, rated_on=day, value=v, source=src)
        for day, v, src in ratings
    ]
    (sp, wr) = stats.skill_growth()
    assert (sp.skill_id, sp.name, sp.category, sp.target) == (
        speaking.id,
        "Speaking",
        "communication",
        8,
    )
    assert [(r.day, r.value, r.source) for r in sp.ratings] == sorted(ratings, key=lambda r: r[0])
    assert [r.id for r in sp.ratings] == [made[1].id, made[2].id, made[3].id, made[0].id]
    assert (sp.first, sp.latest, sp.growth, sp.to_target) == (3, 7, 4, 1)
    assert (wr.skill_id, wr.ratings, wr.first, wr.latest, wr.growth, wr.to_target) == (
        writing.id,
        (),
        None,
        None,
        None,
        None,
    )
    assert [g.skill_id for g in stats.skill_growth("SPEAKING")] == [speaking.id]
    assert [g.skill_id for g in stats.skill_growth(writing.id)] == [writing.id]
    assert stats.skill_growth(writing).__len__() == 1
    assert stats.skill_growth("nothing") == []


# -- sessions ------------------------------------------------------------------


def test_session_uplift(journal):
    ana, ben = person("Ana"), person("Ben", "mentee")
    s1 = session(ana, "2026-01-02 10:00", before=5, after=8)
    s2 = session(ben, "2026-01-09 10:00", role="mentor", before=7, after=6)
    session(ana, "2026-01-16 10:00", before=None, after=6)
    session(ana, "2026-01-23 10:00", status="planned", before=3, after=9)
    ups = stats.session_uplift()
    assert [(u.session_id, u.before, u.after, u.uplift, u.role) for u in ups] == [
        (s1.id, 5, 8, 3, "mentee"),
        (s2.id, 7, 6, -1, "mentor"),
    ]
    assert ups[0].when == at("2026-01-02 10:00") and ups[0].person_id == ana.id
    assert [u.session_id for u in stats.session_uplift(person=ben)] == [s2.id]
    assert stats.session_uplift(start=D(2026, 1, 3)) == [ups[1]]


@pytest.fixture
def cadence(journal):
    ana, ben = person("Ana"), person("Ben", "mentee")
    session(ana, "2025-11-03 10:00")
    session(ben, "2025-11-20 17:00", role="mentor")
    session(ana, "2025-12-10 10:00", status="planned")
    session(ana, "2025-12-12 10:00", status="cancelled")
    session(ana, "2026-01-15 10:00")
    return ana, ben


def test_sessions_per_month_fills_empty_months(cadence):
    ana, ben = cadence
    nov, dec, jan, feb, mar = (
        D(2025, 11, 1),
        D(2025, 12, 1),
        D(2026, 1, 1),
        D(2026, 2, 1),
        D(2026, 3, 1),
    )
    assert stats.sessions_per_month(today=TODAY) == [
        MonthCount(nov, 1, 1),
        MonthCount(dec, 0, 0),
        MonthCount(jan, 1, 0),
        MonthCount(feb, 0, 0),
        MonthCount(mar, 0, 0),
    ]
    assert stats.sessions_per_month(end=D(2026, 1, 31), today=TODAY)[-1] == MonthCount(jan, 1, 0)
    assert stats.sessions_per_month(start=D(2025, 12, 5), end=D(2026, 1, 31)) == [
        MonthCount(dec, 0, 0),
        MonthCount(jan, 1, 0),
    ]
    assert [m.total for m in stats.sessions_per_month(person=ben, today=D(2025, 12, 1))] == [1, 0]


def test_sessions_per_month_on_an_empty_journal(journal):
    assert stats.sessions_per_month(today=TODAY) == []
    assert stats.sessions_per_month(start=D(2026, 2, 1), today=TODAY) == [
        MonthCount(D(2026, 2, 1), 0, 0),
        MonthCount(D(2026, 3, 1), 0, 0),
    ]


def test_long_gaps(cadence):
    ana, _ = cadence
    # Nov 3 -> Nov 20: 17 days; Nov 20 -> Jan 15: 56 days; Jan 15 -> Mar 10: 54 days.
    assert stats.long_gaps(30, today=TODAY) == [
        Gap(D(2025, 11, 20), D(2026, 1, 15), 56),
        Gap(D(2026, 1, 15), TODAY, 54, ongoing=True),
    ]
    assert stats.long_gaps(56, today=TODAY) == [Gap(D(2025, 11, 20), D(2026, 1, 15), 56)]
    assert stats.long_gaps(57, today=TODAY) == []
    assert stats.long_gaps(30, today=TODAY)[0].days == 56
    assert stats.long_gaps(60, person=ana, today=TODAY) == [Gap(D(2025, 11, 3), D(2026, 1, 15), 73)]


# -- goals and action items ----------------------------------------------------


def test_action_completion_per_month(journal):
    ben = person("Ben", "mentee")
    action(D(2026, 1, 10), D(2026, 1, 9))  # on time
    action(D(2026, 1, 20), D(2026, 1, 25))  # late
    action(D(2026, 1, 31))  # open
    action(D(2026, 3, 5), D(2026, 3, 5), owner="them", person=ben)  # on the day: on time
    action(None, D(2026, 2, 2))  # no due date: not counted
    jan, feb, mar = D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)
    assert stats.action_completion_per_month() == [
        ActionMonth(jan, 3, 2, 1),
        ActionMonth(feb, 0, 0, 0),
        ActionMonth(mar, 1, 1, 1),
    ]
    assert stats.action_completion_per_month(owner="them") == [ActionMonth(mar, 1, 1, 1)]
    assert stats.action_completion_per_month(person=ben.id) == [ActionMonth(mar, 1, 1, 1)]
    assert stats.action_completion_per_month(start=D(2026, 1, 15), end=D(2026, 2, 28)) == [
        ActionMonth(jan, 2, 1, 0),
        ActionMonth(feb, 0, 0, 0),
    ]


def test_action_person_through_the_session(journal):
    ana = person()
    s = session(ana, "2026-01-02 10:00")
    action(D(2026, 1, 10), session=s)
    assert stats.action_completion_per_month(person=ana) == [ActionMonth(D(2026, 1, 1), 1, 0, 0)]


def test_goal_progress(journal):
    ana = person()
    g1 = models.Goal.create(
        title="Lead a project", target_date=D(2026, 4, 1), progress=40, person=ana
    )
    g2 = models.Goal.create(title="Write more", progress=10)
    models.Goal.create(title="Done already", status="achieved", progress=100)
    g4 = models.Goal.create(title="Speak up", target_date=D(2026, 3, 1), progress=70)
    action(goal=g1, done=D(2026, 2, 1))
    action(goal=g1)
    rows = stats.goal_progress(TODAY)
    assert [(g.id, g.progress, g.days_left, g.actions_total, g.actions_done) for g in rows] == [
        (g4.id, 70, -9, 0, 0),
        (g1.id, 40, 22, 2, 1),
        (g2.id, 10, None, 0, 0),
    ]
    assert rows[1].person_id == ana.id and rows[1].target_date == D(2026, 4, 1)


def test_overdue_count(journal):
    action(D(2026, 3, 9))  # overdue
    action(D(2026, 3, 10))  # due today: not yet overdue
    action(D(2026, 3, 1), D(2026, 3, 2))  # done
    action(D(2026, 2, 1), owner="them")  # overdue, their side
    action(None)
    assert stats.overdue_count(TODAY) == 2
    assert stats.overdue_count(TODAY, owner="me") == 1
    assert stats.overdue_count(D(2026, 3, 11)) == 3


# -- streaks -------------------------------------------------------------------


def test_streak_counts_consecutive_reflection_days(journal):
    for day in (1, 2, 3, 5, 6):
        refl(f"2026-03-0{day} 21:00")
    refl("2026-03-06 07:00")  # two on one day count once
    assert stats.reflection_streak(D(2026, 3, 6)) == Streak(2, 3, True)
    # Today is not over: yesterday's run still stands...
    assert stats.reflection_streak(D(2026, 3, 7)) == Streak(2, 3, False)
    # ...until a whole day is missed.
    assert stats.reflection_streak(D(2026, 3, 8)) == Streak(0, 3, False)
    # Days after "today" are ignored.
    assert stats.reflection_streak(D(2026, 3, 2)) == Streak(2, 2, True)


def test_empty_journal_has_no_streak(journal):
    assert stats.reflection_streak(TODAY) == Streak(0, 0, False)


@pytest.mark.parametrize(
    ("written", "longest"),
    [
        ("2026-03-03 09:00", 3),  # next morning: Mar 1, 2 (session), 3
        ("2026-03-04 10:00", 2),  # exactly 48 h: Mar 2 covered, but Mar 3 is missing
        ("2026-03-04 10:00:01", 1),  # one second late: Mar 2 is not covered
        ("2026-03-02 09:00", 2),  # before the session, same day: counts by rule 1
    ],
)
def test_streak_forgives_a_session_day_written_up_within_48_hours(journal, written, longest):
    refl("2026-03-01 20:00")
    session(person(), "2026-03-02 10:00")
    refl(written)
    assert stats.reflection_streak(D(2026, 3, 20)).longest == longest


def test_streak_ignores_planned_and_cancelled_sessions(journal):
    ana = person()
    refl("2026-03-01 20:00")
    session(ana, "2026-03-02 10:00", status="planned")
    session(ana, "2026-03-02 11:00", status="cancelled")
    refl("2026-03-03 09:00")
    assert stats.reflection_streak(D(2026, 3, 20)).longest == 1


def test_streak_keeps_an_open_session_window_pending(journal):
    refl("2026-03-07 20:00")
    refl("2026-03-08 20:00")
    session(person(), "2026-03-09 10:00")
    # Mar 10: the 48 h end Mar 11 10:00, so Mar 9 still counts (yesterday).
    assert stats.reflection_streak(D(2026, 3, 10)) == Streak(3, 3, False)
    # Mar 12: the window closed without a reflection; Mar 9 no longer counts.
    assert stats.reflection_streak(D(2026, 3, 12)) == Streak(0, 2, False)
    # Written up on Mar 10: Mar 9 is covered and Mar 10 counts.
    refl("2026-03-10 21:00")
    assert stats.reflection_streak(D(2026, 3, 12)) == Streak(0, 4, False)
    assert stats.reflection_streak(D(2026, 3, 10)) == Streak(4, 4, True)


def test_a_session_today_counts_today(journal):
    refl("2026-03-09 20:00")
    session(person(), "2026-03-10 10:00")
    assert stats.reflection_streak(TODAY) == Streak(2, 2, True)


# -- summary -------------------------------------------------------------------


def test_summary(journal):
    ana = person()
    refl("2026-01-09 12:00", 1)  # before both windows
    refl("2026-01-10 12:00", 5)  # first day of the previous 30
    refl("2026-02-08 12:00", 3)  # last day of the previous 30
    refl("2026-02-09 12:00", 6)  # first day of the last 30
    session(ana, "2026-03-01 10:00", after=7)
    refl("2026-03-10 08:00", 8)  # today
    refl("2026-03-10 09:00", None)
    for won in (D(2025, 12, 31), D(2026, 1, 1), D(2026, 3, 10), D(2026, 3, 11)):
        models.Win.create(title="win", won_on=won)
    action(D(2026, 3, 9))
    action(D(2026, 3, 10))
    action(None)
    action(D(2026, 1, 1), D(2026, 1, 1))
    s = stats.summary(TODAY)
    assert s.confidence_last_30 == 7.0  # (6 + 7 + 8) / 3
    assert s.confidence_previous_30 == 4.0  # (5 + 3) / 2
    assert s.confidence_change == 3.0
    assert s.wins_this_quarter == 2
    assert (s.open_actions, s.overdue_actions) == (3, 1)
    assert s.streak == Streak(1, 2, True)
    assert dataclasses.asdict(s)["streak"] == {"current": 1, "longest": 2, "counted_today": True}


def test_summary_of_an_empty_journal(journal):
    s = stats.summary(TODAY)
    assert (s.confidence_last_30, s.confidence_previous_30, s.confidence_change) == (
        None,
        None,
        None,
    )
    assert (s.wins_this_quarter, s.open_actions, s.overdue_actions) == (0, 0, 0)
