"""The Insights screen's numbers, checked against values worked out by hand.

``small_journal`` builds one tiny journal through the service API; the
expected values in the tests below come from the comments there, not from
running the code. The demo journal then checks the person filters against an
independent computation over the models, and ``MoodRecords`` against
``stats.mood_series``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest

from mentorjournal.analytics import insights, series, stats
from mentorjournal.analytics.insights import MoodRecords
from mentorjournal.analytics.stats import (
    ActionMonth,
    Gap,
    GoalProgress,
    MonthCount,
    MoodPoint,
    RollingPoint,
    Streak,
    Summary,
)
from mentorjournal.demo import generate as demo
from mentorjournal.domain import records
from mentorjournal.storage import models

D = dt.date
TODAY = D(2026, 3, 10)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def small_journal() -> SimpleNamespace:
    """People, sessions, reflections, skills, actions, goals and wins with known numbers.

    Today is 10 March 2026 (a Tuesday). Readings, oldest first:

    ====  ================  ==========  ==========  =======
    rec   when              confidence  motivation  person
    ====  ================  ==========  ==========  =======
    r1    2026-01-04 20:00  3           5           -
    s1    2026-01-05 10:00  7 (4 before) 6          Ana
    r2    2026-01-05 21:00  6           -           Ana (via s1)
    s2    2026-01-20 18:00  5 (6 before) -          Ben
    r3    2026-01-21 08:00  -           4           Ben (via s2)
    s3    2026-02-02 10:00  8           7           Ana
    r4    2026-02-15 09:00  7           6           -
    s5    2026-03-03 17:00  5 (5 before) 8          Ben
    r5    2026-03-09 09:00  8           -           Ben (via s5)
    ====  ================  ==========  ==========  =======

    s4 (Ana, 20 Feb) is planned and r6 (10 Mar) has no ratings: neither is a reading.
    """
    ana = records.create("person", name="Ana Ruiz", relation="mentor")
    ben = records.create(
        "person", name="ben Okafor", relation="mentee"
    )  # lower case: sorted without case
    cy = records.create("person", name="Cy Contact", relation="contact")  # no records at all
    dee = records.create("person", name="Dee Park", relation="mentee")  # a goal only

    def session(who, when, role, status="done", before=None, after=None, motivation=None):
        return records.create(
            "session",
            person=who.id,
            role=role,
            held_at=at(when),
            status=status,
            confidence_before=before,
            confidence_after=after,
            motivation=motivation,
        )

    def reflection(when, confidence=None, motivation=None, session=None):
        return records.create(
            "reflection",
            written_at=at(when),
            body="private",
            confidence=confidence,
            motivation=motivation,
            session=session.id if session else None,
        )

    s1 = session(ana, "2026-01-05 10:00", "mentee", before=4, after=7, motivation=6)
    s2 = session(ben, "2026-01-20 18:00", "mentor", before=6, after=5)
    s3 = session(ana, "2026-02-02 10:00", "mentee", after=8, motivation=7)  # no "before": no uplift
    s4 = session(
        ana, "2026-02-20 10:00", "mentee", status="planned", before=2, after=9, motivation=9
    )
    s5 = session(ben, "2026-03-03 17:00", "mentor", before=5, after=5, motivation=8)
    r1 = reflection("2026-01-04 20:00", 3, 5)
    r2 = reflection("2026-01-05 21:00", 6, None, s1)
    r3 = reflection("2026-01-21 08:00", None, 4, s2)
    r4 = reflection("2026-02-15 09:00", 7, 6)
    r5 = reflection("2026-03-09 09:00", 8, None, s5)
    r6 = reflection("2026-03-10 07:00")

    listening = records.create("skill", name="Listening", target_level=8)
    writing = records.create("skill", name="Writing")
    zen = records.create("skill", name="Zen")  # never rated
    k1 = records.create(
        "rating", skill=listening.id, rated_on=D(2025, 12, 1), value=4, source="self"
    )
    k2 = records.create(
        "rating",
        skill=listening.id,
        rated_on=D(2026, 1, 5),
        value=5,
        source="mentor",
        session=s1.id,
    )
    k3 = records.create(
        "rating", skill=listening.id, rated_on=D(2026, 1, 20), value=6, source="peer", session=s2.id
    )
    k4 = records.create(
        "rating", skill=listening.id, rated_on=D(2026, 3, 3), value=7, source="self", session=s5.id
    )
    w1 = records.create("rating", skill=writing.id, rated_on=D(2026, 2, 2), value=3, session=s3.id)

    g1 = records.create(
        "goal", title="Lead a project", person=ana.id, target_date=D(2026, 4, 1), progress=40
    )
    g2 = records.create(
        "goal", title="Mentor well", person=ben.id, target_date=D(2026, 3, 1), progress=70
    )
    g3 = records.create("goal", title="Read more", progress=10)
    g4 = records.create("goal", title="Old goal", person=ana.id, status="achieved", progress=100)
    g5 = records.create(
        "goal", title="Find a mentor", person=dee.id, target_date=D(2026, 6, 30), progress=0
    )

    # Action items: whose, when due, when done.
    a1 = records.create(
        "action",
        text="a1",
        owner="me",
        person=ana.id,
        goal=g1.id,
        due_on=D(2026, 1, 10),
        done_on=D(2026, 1, 9),
    )  # Ana, Jan, on time
    a2 = records.create(
        "action",
        text="a2",
        owner="them",
        session=s2.id,
        due_on=D(2026, 1, 25),
        done_on=D(2026, 1, 30),
    )  # Ben (session), Jan, late
    a3 = records.create(
        "action", text="a3", owner="me", session=s1.id, due_on=D(2026, 3, 5)
    )  # Ana (session), Mar, open and overdue
    a4 = records.create(
        "action", text="a4", owner="them", person=ben.id, session=s1.id, due_on=D(2026, 3, 20)
    )  # Ben (own person beats the session's), Mar, open
    a5 = records.create("action", text="a5", goal=g1.id)  # Ana's through her goal g1; undated, open
    a6 = records.create(
        "action", text="a6", due_on=D(2026, 2, 10), done_on=D(2026, 2, 10)
    )  # nobody's, Feb

    wins = [
        records.create("win", title="w1", won_on=D(2025, 12, 31), goal=g1.id),  # last quarter
        records.create("win", title="w2", won_on=D(2026, 1, 1), goal=g1.id),  # Ana
        records.create("win", title="w3", won_on=D(2026, 2, 14), goal=g2.id),  # Ben
        records.create("win", title="w4", won_on=D(2026, 3, 10)),  # nobody's
        records.create("win", title="w5", won_on=D(2026, 3, 11), goal=g2.id),  # after today
    ]
    return SimpleNamespace(
        **{k: v for k, v in locals().items() if k not in ("session", "reflection")}
    )


@pytest.fixture
def small(journal):
    return small_journal()


def reading(rec, when: str, confidence, motivation, role: str = "mentee") -> MoodPoint:
    kind = "session" if isinstance(rec, models.Session) else "reflection"
    return MoodPoint(at(when), confidence, motivation, kind, rec.id, role)


def readings(j) -> list[MoodPoint]:
    """Every reading of the small journal (the table in ``small_journal``).

    Roles: Ben's sessions are mentor-role, so s2, s5 and the reflections linked to
    them (r3, r5) are mentor-side readings; the rest are mine as mentee.
    """
    return [
        reading(j.r1, "2026-01-04 20:00", 3, 5),
        reading(j.s1, "2026-01-05 10:00", 7, 6),
        reading(j.r2, "2026-01-05 21:00", 6, None),
        reading(j.s2, "2026-01-20 18:00", 5, None, "mentor"),
        reading(j.r3, "2026-01-21 08:00", None, 4, "mentor"),
        reading(j.s3, "2026-02-02 10:00", 8, 7),
        reading(j.r4, "2026-02-15 09:00", 7, 6),
        reading(j.s5, "2026-03-03 17:00", 5, 8, "mentor"),
        reading(j.r5, "2026-03-09 09:00", 8, None, "mentor"),
    ]


# -- mood readings -----------------------------------------------------------------


def test_mood_records_hold_every_reading_with_its_person(small):
    j = small
    mood = MoodRecords()
    assert mood.ensure(None) is True
    assert mood.complete and mood.since is None
    everyone = readings(j)
    assert mood.series() == everyone
    assert mood.series(j.ana) == [everyone[1], everyone[2], everyone[5]]
    assert mood.series(j.ben.id) == [everyone[3], everyone[4], everyone[7], everyone[8]]
    assert mood.series(j.cy) == [] and mood.series(j.dee) == []
    assert mood.first_day() == D(2026, 1, 4)
    assert mood.ensure(D(2026, 2, 1)) is False  # everything is loaded already


def test_mood_records_load_older_readings_only_when_asked(small):
    j = small
    everyone = readings(j)
    mood = MoodRecords()
    assert mood.first_day() is None and not mood.loaded
    assert mood.ensure(D(2026, 2, 2)) is True
    assert mood.series() == everyone[5:] and mood.since == D(2026, 2, 2) and not mood.complete
    assert mood.ensure(D(2026, 2, 20)) is False  # a shorter range: nothing to read
    assert mood.series() == everyone[5:]
    assert mood.ensure(D(2026, 1, 5)) is True  # the 5th to the 1st of February are added, once each
    assert mood.series() == everyone[1:] and mood.since == D(2026, 1, 5)
    assert mood.series(j.ana) == [everyone[1], everyone[2], everyone[5]]
    assert mood.ensure(None) is True
    assert mood.series() == everyone and mood.complete


@pytest.mark.parametrize(
    "since", [None, D(2026, 1, 5), D(2026, 1, 21), D(2026, 3, 10), D(2026, 4, 1)]
)
def test_mood_records_by_person_equal_stats_mood_series(small, since):
    mood = MoodRecords()
    mood.ensure(since)
    for who in (None, small.ana, small.ben, small.cy, small.dee):
        assert mood.series(who) == stats.mood_series(start=since, person=who), who


# -- ranges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "start"),
    [
        ("3m", D(2025, 12, 11)),
        ("6m", D(2025, 9, 11)),
        ("1y", D(2025, 3, 11)),
        ("all", D(2024, 5, 6)),
    ],
)
def test_range_bounds_end_today(key, start):
    assert insights.range_bounds(key, TODAY, D(2024, 5, 6)) == (start, TODAY)


def test_range_bounds_edge_cases():
    assert insights.range_bounds("all", TODAY, None) == (TODAY, TODAY)  # no data yet
    assert insights.range_bounds("all", TODAY, D(2026, 4, 1)) == (TODAY, TODAY)  # only future data
    assert insights.range_bounds("3m", D(2026, 5, 31), None) == (
        D(2026, 3, 1),
        D(2026, 5, 31),
    )  # 28 Feb + 1
    assert insights.range_bounds("1y", D(2024, 2, 29), None) == (D(2023, 3, 1), D(2024, 2, 29))
    assert insights.range_bounds("6m", D(2026, 1, 15), None) == (D(2025, 7, 16), D(2026, 1, 15))
    assert series.months_before(D(2026, 3, 31), 1) == D(2026, 2, 28)
    assert series.months_before(D(2026, 1, 31), 13) == D(2024, 12, 31)
    for key in ("custom", "2y", ""):
        with pytest.raises(ValueError):
            insights.range_bounds(key, TODAY, None)


def test_between_is_inclusive_and_keeps_same_day_items(small):
    points = readings(small)
    day = lambda p: p.day  # noqa: E731
    assert insights.between(points, D(2026, 1, 5), D(2026, 1, 20), day) == points[1:4]
    assert insights.between(points, None, D(2026, 1, 5), day) == points[:3]
    assert insights.between(points, D(2026, 3, 9), None, day) == points[8:]
    assert insights.between(points, None, None, day) == points
    assert insights.between(points, D(2026, 1, 6), D(2026, 1, 19), day) == []
    assert insights.between([], TODAY, TODAY, day) == []


def test_rolling_between_averages_over_readings_before_the_range(small):
    points = readings(small)
    # 30-day windows ending on each day with a confidence reading from 1 February on:
    # 2 Feb: 4 Jan..2 Feb = 3, 7, 6, 5, 8; 15 Feb: 17 Jan..= 5, 8, 7; 3 Mar: 2 Feb..= 8, 7, 5;
    # 9 Mar: 8 Feb..= 7, 5, 8.
    assert insights.rolling_between(points, 30, "confidence", D(2026, 2, 1), TODAY) == [
        RollingPoint(D(2026, 2, 2), 29 / 5, 5),
        RollingPoint(D(2026, 2, 15), 20 / 3, 3),
        RollingPoint(D(2026, 3, 3), 20 / 3, 3),
        RollingPoint(D(2026, 3, 9), 20 / 3, 3),
    ]
    # 7-day motivation: 21 Jan: 15..21 Jan = 4 only; 2 Feb: 27 Jan..2 Feb = 7.
    assert insights.rolling_between(points, 7, "motivation", D(2026, 1, 21), D(2026, 2, 2)) == [
        RollingPoint(D(2026, 1, 21), 4.0, 1),
        RollingPoint(D(2026, 2, 2), 7.0, 1),
    ]


def test_month_filling_and_gap_overlap():
    jan, feb, mar = D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)
    assert insights.month_range(D(2025, 11, 30), D(2026, 1, 2)) == [
        D(2025, 11, 1),
        D(2025, 12, 1),
        jan,
    ]
    assert insights.fill_sessions([MonthCount(feb, 2, 1)], D(2026, 1, 15), D(2026, 3, 2)) == [
        MonthCount(jan, 0, 0),
        MonthCount(feb, 2, 1),
        MonthCount(mar, 0, 0),
    ]
    assert insights.fill_actions([ActionMonth(jan, 3, 2, 1)], jan, feb) == [
        ActionMonth(jan, 3, 2, 1),
        ActionMonth(feb, 0, 0, 0),
    ]
    gaps = [Gap(D(2025, 6, 1), D(2025, 9, 1), 92), Gap(D(2025, 11, 1), TODAY, 129, ongoing=True)]
    assert (
        insights.gaps_between(gaps, D(2025, 9, 1), D(2025, 10, 31)) == gaps[:1]
    )  # touches its last day
    assert insights.gaps_between(gaps, D(2025, 9, 2), D(2025, 10, 31)) == []
    assert insights.gaps_between(gaps, D(2025, 1, 1), TODAY) == gaps
    assert series.quarter_start(D(2026, 3, 31)) == jan and series.quarter_start(D(2026, 4, 1)) == D(
        2026, 4, 1
    )
    assert series.quarter_start(D(2025, 12, 31)) == D(2025, 10, 1)


# -- every chart at once ----------------------------------------------------------------


def test_snapshot_for_everyone(small):
    j = small
    mood = MoodRecords()
    snap = insights.snapshot(mood, today=TODAY)
    assert mood.since == D(2026, 1, 10)  # the 60 days the confidence card needs
    assert (snap.today, snap.person_id) == (TODAY, None)
    assert [
        (u.session_id, u.person_id, u.role, u.before, u.after, u.uplift) for u in snap.uplift
    ] == [
        (j.s1.id, j.ana.id, "mentee", 4, 7, 3),
        (j.s2.id, j.ben.id, "mentor", 6, 5, -1),
        (j.s5.id, j.ben.id, "mentor", 5, 5, 0),
    ]
    listening, writing, zen = snap.skills
    assert [r.id for r in listening.ratings] == [j.k1.id, j.k2.id, j.k3.id, j.k4.id]
    assert (listening.first, listening.latest, listening.growth, listening.to_target) == (
        4,
        7,
        3,
        1,
    )
    assert (writing.first, writing.latest, writing.growth, writing.to_target) == (3, 3, 0, None)
    assert (zen.name, zen.ratings, zen.growth) == ("Zen", (), None)
    jan, feb, mar = D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)
    assert snap.months == [MonthCount(jan, 1, 1), MonthCount(feb, 1, 0), MonthCount(mar, 0, 1)]
    assert snap.gaps == []  # 15, 13, 29 days between sessions; 7 since the last
    assert snap.actions == [
        ActionMonth(jan, 2, 2, 1),
        ActionMonth(feb, 1, 1, 1),
        ActionMonth(mar, 2, 0, 0),
    ]
    assert snap.goals == [
        GoalProgress(j.g2.id, "Mentor well", 70, D(2026, 3, 1), -9, j.ben.id, 0, 0),
        GoalProgress(j.g1.id, "Lead a project", 40, D(2026, 4, 1), 22, j.ana.id, 2, 1),
        GoalProgress(j.g5.id, "Find a mentor", 0, D(2026, 6, 30), 112, j.dee.id, 0, 0),
        GoalProgress(j.g3.id, "Read more", 10, None, None, None, 0, 0),
    ]
    # The card shows my ratings as mentee: last 30 days (9 Feb .. 10 Mar): 7 (r4); the 30
    # before (10 Jan .. 8 Feb): 8 (s3). Ben's mentor-side 5 and 8 are not mixed in.
    assert snap.cards == Summary(
        today=TODAY,
        streak=Streak(2, 2, True),
        confidence_last_30=7.0,
        confidence_previous_30=8.0,
        confidence_change=-1.0,
        wins_this_quarter=3,
        open_actions=3,
        overdue_actions=1,
        role="mentee",
    )
    assert dataclasses.asdict(snap.cards) == dataclasses.asdict(stats.summary(TODAY, role="mentee"))
    # Both roles together (the command line's ``stats``): 7, 5, 8 and 5, 8.
    both = stats.summary(TODAY)
    assert (both.confidence_last_30, both.confidence_previous_30, both.role) == (20 / 3, 6.5, None)
    assert snap.first_day() == D(2025, 12, 1)  # the first skill rating
    assert snap.first_day(mood.series()) == D(2025, 12, 1)
    assert not snap.is_empty()


def test_snapshot_for_one_person(small):
    j = small
    jan, feb, mar = D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)
    mood = MoodRecords()
    ana = insights.snapshot(mood, j.ana, TODAY, gap_days=30)
    assert ana.person_id == j.ana.id
    assert [u.session_id for u in ana.uplift] == [j.s1.id]
    listening, writing, zen = ana.skills  # only ratings given in sessions with Ana
    assert (
        [r.id for r in listening.ratings],
        listening.first,
        listening.latest,
        listening.growth,
        listening.to_target,
    ) == ([j.k2.id], 5, 5, 0, 3)
    assert [r.id for r in writing.ratings] == [j.w1.id] and zen.ratings == ()
    assert ana.months == [MonthCount(jan, 1, 0), MonthCount(feb, 1, 0), MonthCount(mar, 0, 0)]
    assert ana.gaps == [Gap(D(2026, 2, 2), TODAY, 36, ongoing=True)]  # s4 is only planned
    assert ana.actions == [
        ActionMonth(jan, 1, 1, 1),
        ActionMonth(feb, 0, 0, 0),
        ActionMonth(mar, 1, 0, 0),
    ]
    assert [g.id for g in ana.goals] == [j.g1.id]
    assert ana.cards == Summary(
        TODAY, Streak(2, 2, True), None, 8.0, None, 1, 2, 1, "mentee"
    )  # a1 and a5 open
    # her first record: the win w1 on 31 December (before the month of her first session)
    assert ana.first_day(mood.series(j.ana)) == D(2025, 12, 31)

    ben = insights.snapshot(mood, j.ben.id, TODAY, gap_days=30)
    assert [u.session_id for u in ben.uplift] == [j.s2.id, j.s5.id]
    listening, writing, _zen = ben.skills
    assert (
        [r.id for r in listening.ratings],
        listening.first,
        listening.latest,
        listening.growth,
        listening.to_target,
    ) == ([j.k3.id, j.k4.id], 6, 7, 1, 1)
    assert (writing.ratings, writing.first, writing.latest, writing.growth) == (
        (),
        None,
        None,
        None,
    )
    assert ben.months == [MonthCount(jan, 0, 1), MonthCount(feb, 0, 0), MonthCount(mar, 0, 1)]
    assert ben.gaps == [Gap(D(2026, 1, 20), D(2026, 3, 3), 42)]
    assert ben.actions == [
        ActionMonth(jan, 1, 1, 0),
        ActionMonth(feb, 0, 0, 0),
        ActionMonth(mar, 1, 0, 0),
    ]
    assert [g.id for g in ben.goals] == [j.g2.id]
    # Last 30 days: 5 (s5), 8 (r5); before: 5 (s2).
    # With my mentee Ben, my ratings are mentor-side: the card shows them as such.
    assert ben.cards == Summary(TODAY, Streak(2, 2, True), 6.5, 5.0, 1.5, 1, 1, 0, "mentor")


def test_snapshot_of_a_person_without_records(small):
    mood = MoodRecords()
    for who in (small.cy, small.dee):
        snap = insights.snapshot(mood, who, TODAY)
        assert (snap.uplift, snap.months, snap.gaps, snap.actions) == ([], [], [], [])
        assert all(s.ratings == () for s in snap.skills) and len(snap.skills) == 3
        cards = snap.cards
        assert (
            cards.confidence_last_30,
            cards.confidence_previous_30,
            cards.confidence_change,
        ) == (None,) * 3
        assert (cards.wins_this_quarter, cards.open_actions, cards.overdue_actions) == (0, 0, 0)
        assert cards.streak == Streak(2, 2, True)  # the streak is always the whole journal's
    assert insights.snapshot(mood, small.cy, TODAY).is_empty(mood.series(small.cy))
    dee = insights.snapshot(mood, small.dee, TODAY)
    assert [g.id for g in dee.goals] == [small.g5.id] and not dee.is_empty()
    assert dee.first_day() is None  # goals are not on a time axis


def test_confidence_cards_use_two_windows_of_exactly_30_days(journal):
    ana = records.create("person", name="Ana", relation="mentor")
    held = records.create(
        "session", person=ana.id, role="mentee", held_at=at("2026-02-09 10:00"), confidence_after=6
    )  # first day of the last 30
    for when, confidence in (
        ("2026-01-09 12:00", 1),  # before both windows
        ("2026-01-10 12:00", 5),  # first day of the previous 30
        ("2026-02-08 23:59", 3),  # last day of the previous 30
        ("2026-03-10 08:00", 8),  # today
        ("2026-03-11 08:00", 10),
    ):  # tomorrow: in neither
        records.create("reflection", written_at=at(when), confidence=confidence)
    records.create("reflection", written_at=at("2026-02-20 08:00"), confidence=2, session=held.id)
    mood = MoodRecords()
    everyone = insights.snapshot(mood, None, TODAY).cards
    assert (everyone.confidence_last_30, everyone.confidence_previous_30) == (
        16 / 3,
        4.0,
    )  # (6+2+8)/3, (5+3)/2
    assert everyone.confidence_change == 16 / 3 - 4.0
    assert dataclasses.asdict(everyone) == dataclasses.asdict(stats.summary(TODAY, role="mentee"))
    loaded = MoodRecords()
    loaded.ensure(None)  # all readings in memory (after "all"): the windows stay the same
    assert insights.snapshot(loaded, None, TODAY).cards == everyone
    cards = insights.snapshot(
        loaded, ana, TODAY
    ).cards  # the session and the reflection written after it
    assert (cards.confidence_last_30, cards.confidence_previous_30, cards.confidence_change) == (
        4.0,
        None,
        None,
    )


def test_person_filters_for_goals_actions_and_wins(small):
    j = small
    assert [g.id for g in stats.goal_progress(TODAY, None)] == [j.g2.id, j.g1.id, j.g5.id, j.g3.id]
    assert [g.id for g in stats.goal_progress(TODAY, j.ana)] == [j.g1.id]  # g4 is achieved
    assert stats.goal_progress(TODAY, j.cy.id) == []
    counts = {
        who: (stats.open_count(who), stats.overdue_count(TODAY, person=who))
        for who in (None, j.ana.id, j.ben.id, j.cy.id)
    }
    assert counts == {
        None: (3, 1),
        j.ana.id: (2, 1),
        j.ben.id: (1, 0),
        j.cy.id: (0, 0),
    }  # a5: under Ana's goal
    assert stats.overdue_count(D(2026, 3, 21), person=j.ben) == 1
    q1 = (D(2026, 1, 1), TODAY)
    assert [stats.wins_count(*q1, who) for who in (None, j.ana, j.ben, j.dee)] == [3, 1, 1, 0]
    assert stats.wins_count(D(2025, 12, 31), D(2026, 3, 11)) == 5  # both ends inclusive
    assert stats.wins_count(D(2025, 12, 31), D(2025, 12, 31), j.ana) == 1


def test_people_with_records(small):
    j = small
    assert insights.people_with_records() == [
        (j.ana.id, "Ana Ruiz", "mentor"),
        (j.ben.id, "ben Okafor", "mentee"),
        (j.dee.id, "Dee Park", "mentee"),
    ]


# -- edge cases -------------------------------------------------------------------------


def test_empty_journal(journal):
    mood = MoodRecords()
    snap = insights.snapshot(mood, None, TODAY)
    assert (snap.uplift, snap.months, snap.gaps, snap.actions, snap.goals, snap.skills) == ([],) * 6
    assert snap.cards == Summary(TODAY, Streak(0, 0, False), None, None, None, 0, 0, 0, "mentee")
    assert snap.is_empty(mood.series()) and snap.first_day(mood.series()) is None
    assert mood.ensure(None) and mood.series() == [] and mood.first_day() is None
    assert insights.people_with_records() == []
    assert insights.range_bounds("all", TODAY, snap.first_day()) == (TODAY, TODAY)


def test_a_journal_with_one_reading(journal):
    only = records.create("reflection", written_at=at("2025-11-02 08:30"), confidence=6)
    records.create("reflection", written_at=at("2025-11-03 08:30"), body="no ratings")
    records.create("skill", name="Unrated")
    mood = MoodRecords()
    snap = insights.snapshot(mood, None, TODAY)
    assert mood.series() == []  # older than the 60 days the cards need
    assert snap.is_empty(mood.series())  # (so the page loads the rest before deciding)
    assert snap.cards.confidence_last_30 is None and snap.cards.streak == Streak(
        0, 2, False
    )  # 2 and 3 November
    mood.ensure(None)
    series = mood.series()
    assert series == [MoodPoint(at("2025-11-02 08:30"), 6, None, "reflection", only.id)]
    assert not snap.is_empty(series)
    assert snap.first_day(series) == D(2025, 11, 2)
    assert insights.range_bounds("all", TODAY, snap.first_day(series)) == (D(2025, 11, 2), TODAY)
    assert insights.rolling_between(series, 30, "confidence", None, None) == [
        RollingPoint(D(2025, 11, 2), 6.0, 1)
    ]
    assert insights.rolling_between(series, 30, "motivation", None, None) == []


def test_only_planned_sessions_and_done_goals_leave_the_journal_empty(journal):
    ana = records.create("person", name="Ana", relation="mentor")
    records.create(
        "session",
        person=ana.id,
        role="mentee",
        held_at=at("2026-03-20 10:00"),
        status="planned",
        confidence_before=5,
    )
    records.create("goal", title="Done", person=ana.id, status="achieved", progress=100)
    records.create("action", text="someday")  # no due date: not on the chart
    mood = MoodRecords()
    snap = insights.snapshot(mood, None, TODAY)
    mood.ensure(None)
    assert snap.is_empty(mood.series())
    assert snap.cards.open_actions == 1
    assert insights.people_with_records() == [(ana.id, "Ana", "mentor")]


# -- the demo journal: person filters against the models ----------------------------------


@pytest.fixture
def demo_journal(journal):
    demo.populate(2, seed=11, scale=0.3, end=TODAY)
    return journal


def _action_owner(item: models.ActionItem) -> int | None:
    if item.person_id is not None:
        return item.person_id
    return item.session.person_id if item.session_id is not None else None


def test_demo_person_filters_match_the_records(demo_journal):
    people = insights.people_with_records()
    assert len(people) >= 3
    mood = MoodRecords()
    mood.ensure(None)
    summary = stats.summary(TODAY, role="mentee")  # the card: my ratings as mentee
    everyone = insights.snapshot(mood, None, TODAY)
    assert dataclasses.asdict(everyone.cards) == dataclasses.asdict(summary)
    assert everyone.skills == stats.skill_growth() and everyone.goals == stats.goal_progress(TODAY)
    items = list(models.ActionItem.select())
    goal_owner = {g.id: g.person_id for g in models.Goal.select()}
    session_owner = {s.id: s.person_id for s in models.Session.select()}
    quarter = series.quarter_start(TODAY)
    checked_any = False
    for pid, _name, _relation in people:
        assert mood.series(pid) == stats.mood_series(person=pid)
        snap = insights.snapshot(mood, pid, TODAY)
        assert snap.uplift == stats.session_uplift(pid)
        assert snap.months == stats.sessions_per_month(pid, today=TODAY)
        assert snap.actions == stats.action_completion_per_month(person=pid)
        mine = [a for a in items if _action_owner(a) == pid]
        open_items = [a for a in mine if a.done_on is None]
        assert snap.cards.open_actions == len(open_items)
        assert snap.cards.overdue_actions == sum(
            1 for a in open_items if a.due_on and a.due_on < TODAY
        )
        assert snap.cards.wins_this_quarter == sum(
            1
            for w in models.Win.select()
            if w.goal_id is not None
            and goal_owner[w.goal_id] == pid
            and quarter <= w.won_on <= TODAY
        )
        assert [g.id for g in snap.goals] == [g.id for g in everyone.goals if g.person_id == pid]
        for skill, whole in zip(snap.skills, everyone.skills, strict=True):
            kept = [
                r
                for r in whole.ratings
                if models.SkillRating.get_by_id(r.id).session_id is not None
                and session_owner[models.SkillRating.get_by_id(r.id).session_id] == pid
            ]
            assert list(skill.ratings) == kept
            if kept:
                assert (skill.first, skill.latest, skill.growth) == (
                    kept[0].value,
                    kept[-1].value,
                    kept[-1].value - kept[0].value,
                )
                checked_any = True
    assert checked_any  # some person's skills were rated in sessions with them
