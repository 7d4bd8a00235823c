"""Rules about action items and sessions that lists, prep and statistics share.

- An action item is *open* while it has no done date, and *overdue* when it is
  open and its due date is before today (due today is not overdue yet).
- Open items come first, by due date (undated last); done ones after, most
  recently done first (``action_order``).
- Only sessions with status ``done`` were held: planned and cancelled
  sessions count for no statistic and no streak.
- A relationship has *ended* when its status is "ended" or its end date has
  passed; ended relationships, achieved or dropped goals and retired skills
  are the archive: out of the everyday lists, one click away.
- A record in the trash (``deleted_at`` set, see ``domain.trash``) is not
  there for any reader: lists, the timeline, search, prep, statistics and
  exports keep only *live* records (``live`` / ``live_sql``), and a link to a
  trashed record reads as no link.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentorjournal.kinds import SessionStatus
from mentorjournal.storage.models import ActionItem

#: The status of a session that took place.
HELD = SessionStatus.DONE


def is_overdue(due_on: dt.date | None, done_on: dt.date | None, today: dt.date) -> bool:
    """Open and due before ``today``."""
    return done_on is None and due_on is not None and due_on < today


def is_open() -> Any:
    """For action-item model queries: the open ones."""
    return ActionItem.done_on.is_null()


def overdue(today: dt.date) -> Any:
    """For action-item model queries: the overdue ones (``overdue_sql`` as an expression)."""
    return ActionItem.done_on.is_null() & (ActionItem.due_on < today)


def open_sql(alias: str) -> str:
    """SQL condition: the action item row ``alias`` is open."""
    return f"{alias}.done_on IS NULL"


def overdue_sql(alias: str) -> str:
    """SQL condition: the action item row ``alias`` is overdue (one parameter: today)."""
    return f"{alias}.done_on IS NULL AND {alias}.due_on < ?"


def today_param(today: dt.date) -> str:
    """``today`` as the parameter ``overdue_sql`` compares stored dates with."""
    return today.isoformat()


def relationship_ended(
    status: str | None, ended_on: dt.date | None, today: dt.date | None = None
) -> bool:
    """A relationship has ended when its status says so or its end date has passed;
    lists keep ended ones out of the everyday view (an archive one click away)."""
    return status == "ended" or (ended_on is not None and ended_on < (today or dt.date.today()))


def live(model: Any) -> Any:
    """For record-model queries: the records of ``model`` that are not in the trash."""
    return model.deleted_at.is_null()


def live_sql(alias: str) -> str:
    """SQL condition: the record row ``alias`` is not in the trash."""
    return f"{alias}.deleted_at IS NULL"


def action_order(query: Any) -> Any:
    """``query`` of action items, ordered open first by due date, then done."""
    return query.order_by(
        ActionItem.done_on.is_null(False),
        ActionItem.due_on.is_null(),
        ActionItem.due_on,
        ActionItem.done_on.desc(),
        ActionItem.id,
    )
