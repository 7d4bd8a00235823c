"""Then → now, patterns, day cells, on this day and re-assessment, against hand-computed values.

The small journal of ``test_insights`` (its table of readings) gives the
overview; a three-week journal built here gives the patterns.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.analytics import days, insights, memories, overview, patterns, reassess, stats
from mentorjournal.analytics.insights import MoodRecords
from mentorjournal.domain import preferences, records, trash
from mentorjournal.errors import ValidationError
from tests.analytics.test_insights import TODAY, at, small_journal

D = dt.date


@pytest.fixture
def small(journal):
    return small_journal()


def snap(person=None):
    mood = MoodRecords()
    mood.ensure(None)
    return mood, insights.snapshot(mood, person, TODAY)


def test_default_range_is_since_the_first_record_and_no_range_starts_before_it(small):
    mood, everyone = snap()
    first = everyone.first_day(mood.series())
    assert first == D(2025, 12, 1)  # Listening's first rating
    assert insights.DEFAULT_RANGE == "all"
    assert insights.range_bounds("all", TODAY, first) == (D(2025, 12, 1), TODAY)
    # "1 year" and "6 months" would start in March and September 2025: months of empty axis.
    assert insights.range_bounds("1y", TODAY, first) == (D(2025, 12, 1), TODAY)
    assert insights.range_bounds("6m", TODAY, first) == (D(2025, 12, 1), TODAY)
    assert insights.range_bounds("3m", TODAY, first) == (D(2025, 12, 11), TODAY)
    assert insights.range_bounds("1y", TODAY, None) == (D(2025, 3, 11), TODAY)


def test_then_and_now_of_confidence_and_motivation_by_role(small):
    mood, everyone = snap()
    o = overview.overview(
        mood.series(),
        everyone.skills,
        everyone.held,
        everyone.wins,
        everyone.achieved,
        D(2025, 12, 1),
        TODAY,
    )
    # As mentee, confidence: 4 Jan 3; 5 Jan 7 and 6; 2 Feb 8; 15 Feb 7. The span 4 Jan - 15 Feb
    # is 43 days, so the windows are 43 // 3 = 14 days: then 4-17 Jan (3, 7, 6), now 2-15 Feb (8, 7).
    conf = o.rating("confidence")
    assert conf.then_span == (D(2026, 1, 4), D(2026, 1, 17))
    assert conf.now_span == (D(2026, 2, 2), D(2026, 2, 15))
    assert (conf.then, conf.now) == (pytest.approx(16 / 3), 7.5)
    assert (conf.then_count, conf.now_count) == (3, 2)
    assert conf.change == pytest.approx(7.5 - 16 / 3) and conf.direction == "up"
    assert conf.monthly == ((D(2026, 1, 1), 16 / 3), (D(2026, 2, 1), 7.5))
    mot = o.rating("motivation")  # 5, 6 then; 7, 6 now
    assert (mot.then, mot.now, mot.direction) == (5.5, 6.5, "up")
    # As mentor, a series of its own: 20 Jan 5; 3 Mar 5; 9 Mar 8 (49 days: windows of 16 days).
    mentor = o.rating("confidence", "mentor")
    assert mentor.then_span == (D(2026, 1, 20), D(2026, 2, 4)) and mentor.then == 5
    assert mentor.now_span == (D(2026, 2, 22), D(2026, 3, 9)) and mentor.now == 6.5
    # Mentor-side motivation: 21 Jan 4, 3 Mar 8 (42 days, windows of 14).
    assert (o.rating("motivation", "mentor").then, o.rating("motivation", "mentor").now) == (4, 8)
    assert [(r.field, r.role) for r in o.ratings] == [
        ("confidence", "mentee"),
        ("motivation", "mentee"),
        ("confidence", "mentor"),
        ("motivation", "mentor"),
    ]

    # Skills: Listening 4 → 7 (target 8: not reached), Writing 3 → 3; Zen never rated: not shown.
    assert [(s.name, s.then, s.now, s.change, s.reached) for s in o.skills] == [
        ("Listening", 4, 7, 3, False),
        ("Writing", 3, 3, 0, None),
    ]
    assert [s.direction for s in o.skills] == ["up", "flat"]
    assert (o.sessions_as_mentee, o.sessions_as_mentor) == (2, 2)  # s4 was only planned
    assert [w.title for w in o.wins] == ["w1", "w2", "w3", "w4"]  # w5 is after today
    assert o.has_growth

    # A later range: Listening starts where it stood on 10 January (5, rated 5 January).
    later = overview.overview(
        mood.series(),
        everyone.skills,
        everyone.held,
        everyone.wins,
        everyone.achieved,
        D(2026, 1, 10),
        TODAY,
    )
    listening = later.skills[0]
    assert (listening.then, listening.then_day, listening.now) == (5, D(2026, 1, 5), 7)
    assert listening.ratings == ((D(2026, 1, 20), 6), (D(2026, 3, 3), 7))
    assert [w.title for w in later.wins] == ["w3", "w4"]


def test_one_persons_overview_and_achieved_goals(small):
    j = small
    mood, ana = snap(j.ana.id)
    # Ana: s1 7 and r2 6 on 5 Jan, s3 8 on 2 Feb (28 days, windows of 9): then 6.5, now 8.
    o = overview.overview(
        mood.series(j.ana.id), ana.skills, ana.held, ana.wins, ana.achieved, D(2025, 12, 1), TODAY
    )
    assert (o.rating("confidence").then, o.rating("confidence").now) == (6.5, 8)
    assert o.rating("confidence", "mentor") is None  # no mentor-side readings with Ana
    assert (o.sessions_as_mentee, o.sessions_as_mentor) == (2, 0)
    assert [w.title for w in o.wins] == ["w1", "w2"]
    # g4 was achieved (its last change is when it was saved: today's real date).
    assert [(e.kind, e.id) for e in stats.achieved_goals(j.ana.id)] == [("goal", j.g4.id)]
    assert stats.achieved_goals(j.ben.id) == []


def test_a_flat_journal_shows_no_growth(journal):
    for day in range(60):
        when = dt.datetime(2025, 6, 1, 9) + dt.timedelta(days=3 * day)
        # 5 and 6 alternating: the mean holds at 5.5 from start to end.
        records.create("reflection", written_at=when, confidence=5 + day % 2, motivation=6)
    mood, everyone = snap()
    start, end = insights.range_bounds(
        insights.DEFAULT_RANGE, TODAY, everyone.first_day(mood.series())
    )
    o = overview.overview(
        mood.series(), everyone.skills, everyone.held, everyone.wins, everyone.achieved, start, end
    )
    assert start == D(2025, 6, 1)
    assert [r.direction for r in o.ratings] == ["flat", "flat"]
    assert not o.has_growth
    assert abs(o.rating("confidence").change) < overview.FLAT


def test_a_single_reading_has_no_change(journal):
    records.create("reflection", written_at=at("2026-03-01 09:00"), confidence=4)
    mood, everyone = snap()
    conf = overview.overview(mood.series(), [], [], [], [], D(2026, 1, 1), TODAY).rating(
        "confidence"
    )
    assert (conf.then, conf.now, conf.change, conf.direction) == (4, 4, None, None)


@pytest.fixture
def three_weeks(journal):
    three_weeks_journal()


def three_weeks_journal() -> None:
    """21 days of reflections, 1-21 Feb 2026 (1 Feb is a Sunday).

    Sessions (rated 10 after) on Monday 2 and Monday 9 Feb. Reflections rate
    confidence 8 on the session days and the two days after (2-4, 9-11 Feb),
    5 on the 15 other days. "public-speaking" tags 3, 10 and 17 Feb; "rare"
    only two days.
    """
    ana = records.create("person", name="Ana", relation="mentor")
    for day in (2, 9):
        records.create(
            "session",
            person=ana.id,
            role="mentee",
            held_at=dt.datetime(2026, 2, day, 8),
            confidence_after=10,
        )
    after = {2, 3, 4, 9, 10, 11}
    for day in range(1, 22):
        tags = (["public-speaking"] if day in (3, 10, 17) else []) + (
            ["rare"] if day in (5, 6) else []
        )
        records.create(
            "reflection",
            written_at=dt.datetime(2026, 2, day, 20),
            confidence=8 if day in after else 5,
            tags=tags,
        )


def test_patterns_with_sample_sizes_only_with_enough_days(three_weeks):
    mood = MoodRecords()
    mood.ensure(None)
    points = mood.series(role="mentee")
    held = stats.held_sessions()
    found = patterns.patterns(points, held, "confidence")
    assert found.days == 21
    # After a session (reflections only, day 0-2): 8 on 6 days against 5 on 15 days. The
    # sessions' own 10s are left out (they would compare a session with itself).
    a = found.after_session
    assert (a.mean, a.days, a.rest_mean, a.rest_days) == (8, 6, 5, 15)
    assert a.difference == 3
    # Weekdays: each has 3 days. Day values include the sessions' 10: 2 and 9 Feb average 9.
    # Monday: 9, 9, 5 = 23/3 on 3 days; the other 18 days: 8 x 4 + 5 x 14 = 102.
    monday = next(p for p in found.weekdays if p.label == "Monday")
    assert (monday.mean, monday.days) == (pytest.approx(23 / 3), 3)
    assert (monday.rest_mean, monday.rest_days) == (pytest.approx(102 / 18), 18)
    assert len(found.weekdays) == 7
    # Tag: 3, 10, 17 Feb (8, 8, 5) = 7 on 3 days; the rest: (9+9+8*4+5*15 - 21) / 18.
    assert [p.label for p in found.tags] == ["public-speaking"]  # "rare": only 2 days
    tag = found.tags[0]
    assert (tag.mean, tag.days, tag.rest_days) == (7, 3, 18)
    assert tag.rest_mean == pytest.approx(104 / 18)
    # Two weeks only: two of each weekday, so no weekday pattern is shown at all.
    two_weeks = [p for p in points if p.day <= D(2026, 2, 14)]
    assert patterns.by_weekday(two_weeks, "confidence") == []


def test_day_cells_and_session_days(three_weeks):
    mood = MoodRecords()
    mood.ensure(None)
    cells = days.day_cells(mood.series(), "confidence", D(2026, 2, 2), D(2026, 2, 3))
    assert cells == {
        D(2026, 2, 2): days.DayCell(D(2026, 2, 2), 9.0, 2),  # session 10 + reflection 8
        D(2026, 2, 3): days.DayCell(D(2026, 2, 3), 8.0, 1),
    }
    held = stats.held_sessions()
    assert days.session_days(held, D(2026, 2, 1), D(2026, 2, 28)) == {D(2026, 2, 2), D(2026, 2, 9)}
    assert days.session_days(held, D(2026, 2, 3), D(2026, 2, 8)) == set()


def test_on_this_day_lists_earlier_years_titles_only(journal):
    ana = records.create("person", name="Ana", relation="mentor")
    ben = records.create("person", name="Ben", relation="mentee")
    a = records.create("reflection", written_at=at("2025-03-10 08:00"), title="A year ago")
    b = records.create("reflection", written_at=at("2023-03-10 21:00"), title="", body="secret")
    records.create("reflection", written_at=at("2026-03-10 07:00"), title="This morning")
    records.create("reflection", written_at=at("2025-03-11 07:00"), title="The day after")
    s = records.create("session", person=ana.id, role="mentee", held_at=at("2024-03-10 10:00"))
    records.create(
        "session", person=ben.id, role="mentor", held_at=at("2022-03-10 10:00"), status="planned"
    )
    found = memories.on_this_day(TODAY)
    assert [(m.kind, m.id, m.title, m.years_ago) for m in found] == [
        ("reflection", a.id, "A year ago", 1),
        ("session", s.id, "Session with Ana", 2),
        ("reflection", b.id, "Untitled reflection", 3),
    ]
    assert [m.id for m in memories.on_this_day(TODAY, ana.id)] == [s.id]
    # 28 February of a common year also remembers 29 February of leap years.
    leap = records.create("reflection", written_at=at("2024-02-29 09:00"), title="Leap day")
    assert [m.id for m in memories.on_this_day(D(2025, 2, 28))] == [leap.id]
    assert memories.on_this_day(D(2024, 2, 28)) == []
    # What is in the trash is not remembered; restored, it is again.
    batch = records.delete("reflection", a.id)
    assert ("reflection", a.id) not in [(m.kind, m.id) for m in memories.on_this_day(TODAY)]
    trash.restore(batch.id)
    assert ("reflection", a.id) in [(m.kind, m.id) for m in memories.on_this_day(TODAY)]


def test_baseline_and_reassessment_due(small):
    _mood, everyone = snap()
    # Listening last rated 3 Mar 2026, Writing 2 Feb 2026, Zen never.
    due = reassess.due(everyone.skills, TODAY, months=3)
    assert [s.name for s in due.baseline] == ["Zen"] and due.reassess == ()
    due = reassess.due(everyone.skills, D(2026, 5, 3), months=3)  # Writing is 3 months old
    assert [s.name for s in due.reassess] == ["Writing"]
    due = reassess.due(everyone.skills, D(2026, 6, 3), months=3)
    assert [s.name for s in due.reassess] == ["Listening", "Writing"]
    assert reassess.due(everyone.skills, D(2026, 6, 3), months=0).reassess == ()  # never
    # Not rated for more than two years: set aside, not asked about.
    assert reassess.due(everyone.skills, D(2028, 6, 3), months=3).reassess == ()
    # Snoozed: nothing until the day.
    assert not reassess.due(everyone.skills, TODAY, 3, snoozed_until=TODAY + dt.timedelta(1)).any
    assert reassess.due(everyone.skills, TODAY, 3, snoozed_until=TODAY).any

    assert preferences.reassess_months() == preferences.DEFAULT_REASSESS_MONTHS == 3
    preferences.set_reassess_months(6)
    assert preferences.reassess_months() == 6
    assert reassess.due(everyone.skills, D(2026, 6, 3)).months == 6
    with pytest.raises(ValidationError):
        preferences.set_reassess_months(5)
    assert preferences.reassess_months() == 6  # a refused value changes nothing
    preferences.snooze_reassess(D(2026, 3, 24))
    assert preferences.snoozed_until() == D(2026, 3, 24)
