"""Small choices kept inside the journal (``journal_meta``): not content, but they travel
with the journal to every computer it is opened on.

- ``reassess_months``: how often Insights asks to re-rate the active skills
  (0: never; default 3).
- ``reassess_snoozed_until``: "not now" on that prompt, until this day.
"""

from __future__ import annotations

import datetime as dt

from mentorjournal.errors import ValidationError
from mentorjournal.storage.db import DB
from mentorjournal.storage.models import Meta

REASSESS_KEY = "insights.reassess_months"
SNOOZE_KEY = "insights.reassess_snoozed_until"
REASSESS_CHOICES = (0, 1, 2, 3, 6, 12)
DEFAULT_REASSESS_MONTHS = 3


def _get(key: str) -> str | None:
    row = Meta.get_or_none(Meta.key == key)
    return None if row is None else str(row.value)


def _set(key: str, value: str) -> None:
    with DB.atomic():
        Meta.insert(key=key, value=value).on_conflict_replace().execute()


def reassess_months() -> int:
    """Months between re-ratings of the active skills (0: never ask)."""
    text = _get(REASSESS_KEY)
    try:
        value = int(text) if text is not None else DEFAULT_REASSESS_MONTHS
    except ValueError:
        return DEFAULT_REASSESS_MONTHS
    return value if value in REASSESS_CHOICES else DEFAULT_REASSESS_MONTHS


def set_reassess_months(months: int) -> None:
    if months not in REASSESS_CHOICES:
        choices = ", ".join(str(c) for c in REASSESS_CHOICES)
        raise ValidationError("reassess_months", f"must be one of {choices} months")
    _set(REASSESS_KEY, str(months))


def snoozed_until() -> dt.date | None:
    text = _get(SNOOZE_KEY)
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def snooze_reassess(until: dt.date) -> None:
    _set(SNOOZE_KEY, until.isoformat())
