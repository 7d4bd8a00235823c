"""Dates as people type them (mentorjournal/text/dates.py), counted from a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.text.dates import DateError, looks_iso, parse_date, parse_datetime

#: A Wednesday.
TODAY = dt.date(2026, 3, 4)
NOW = dt.datetime(2026, 3, 4, 15, 42, 17, 123)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-28", dt.date(2026, 2, 28)),
        (" 2026-02-28 ", dt.date(2026, 2, 28)),
        ("today", TODAY),
        ("Today", TODAY),
        ("yesterday", dt.date(2026, 3, 3)),
        ("tomorrow", dt.date(2026, 3, 5)),
        ("wednesday", TODAY),  # today is a Wednesday: the nearest one is today
        ("monday", dt.date(2026, 3, 2)),
        ("fri", dt.date(2026, 2, 27)),
        ("thursday", dt.date(2026, 2, 26)),
        ("last friday", dt.date(2026, 2, 27)),
        ("last wednesday", dt.date(2026, 2, 25)),  # never today
        ("LAST   Thu", dt.date(2026, 2, 26)),
        ("next monday", dt.date(2026, 3, 9)),
        ("next wednesday", dt.date(2026, 3, 11)),  # never today
        ("next thursday", dt.date(2026, 3, 5)),
        ("3 days ago", dt.date(2026, 3, 1)),
        ("1 day ago", dt.date(2026, 3, 3)),
        ("a week ago", dt.date(2026, 2, 25)),
        ("2 weeks ago", dt.date(2026, 2, 18)),
        ("in 2 weeks", dt.date(2026, 3, 18)),
        ("in 10 days", dt.date(2026, 3, 14)),
        ("a month ago", dt.date(2026, 2, 4)),
        ("in 1 year", dt.date(2027, 3, 4)),
        ("2 years ago", dt.date(2024, 3, 4)),
    ],
)
def test_words_and_iso_dates(text, expected):
    assert parse_date(text, today=TODAY) == expected


def test_a_weekday_for_what_is_due_is_the_coming_one():
    assert parse_date("friday", today=TODAY, prefer="future") == dt.date(2026, 3, 6)
    assert parse_date("monday", today=TODAY, prefer="future") == dt.date(2026, 3, 9)
    assert parse_date("wednesday", today=TODAY, prefer="future") == TODAY


def test_months_keep_the_day_or_take_the_last_one():
    assert parse_date("a month ago", today=dt.date(2026, 3, 31)) == dt.date(2026, 2, 28)
    assert parse_date("in 1 year", today=dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    assert parse_date("in 13 months", today=dt.date(2026, 1, 31)) == dt.date(2027, 2, 28)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "last fryday",
        "someday",
        "next",
        "last",
        "3 days",
        "in days",
        "-3 days ago",
        "this friday",
        "friday next",
        "04/03/2026",  # day and month order is ambiguous: refused
        "2026-3-4",
    ],
)
def test_unknown_or_ambiguous_words_are_refused_naming_the_forms(text):
    with pytest.raises(DateError) as caught:
        parse_date(text, today=TODAY)
    message = str(caught.value)
    assert "\n" not in message
    assert "YYYY-MM-DD" in message and "last/next WEEKDAY" in message


def test_a_date_outside_the_calendar_is_named_so():
    with pytest.raises(DateError, match="outside the calendar"):
        parse_date("99999 years ago", today=TODAY)


def test_an_iso_date_that_does_not_exist_is_named_so():
    with pytest.raises(DateError, match="2026-02-30 is not a real date"):
        parse_date("2026-02-30", today=TODAY)


def test_dates_and_times():
    assert parse_datetime("now", now=NOW) == NOW.replace(second=0, microsecond=0)
    assert parse_datetime("today", now=NOW) == dt.datetime(2026, 3, 4, 15, 42)
    assert parse_datetime("yesterday 09:05", now=NOW) == dt.datetime(2026, 3, 3, 9, 5)
    assert parse_datetime("last friday at 14:30", now=NOW) == dt.datetime(2026, 2, 27, 14, 30)
    assert parse_datetime("3 days ago 7:00", now=NOW) == dt.datetime(2026, 3, 1, 7, 0)
    assert parse_datetime("2026-03-02 10:00", now=NOW) == dt.datetime(2026, 3, 2, 10, 0)


@pytest.mark.parametrize("text", ["yesterday 25:00", "today 10:61", "soon", "friday noon"])
def test_bad_dates_and_times_are_refused_in_one_line(text):
    with pytest.raises(DateError) as caught:
        parse_datetime(text, now=NOW)
    assert "\n" not in str(caught.value)


def test_looks_iso_leaves_iso_text_to_the_core():
    assert looks_iso("2026-03-02") and looks_iso("2026-03-02 10:00") and looks_iso("2026-02-30")
    assert not looks_iso("yesterday") and not looks_iso("3 days ago")
