"""A session and the action items agreed in it, saved together.

The session editor holds its action items (add, tick done, owner me/them, due
date) beside the session's fields. ``save`` writes the session and every
changed item in one transaction: a refused value (in the session or in any
item) writes nothing. Items of a new session are kept by the editor until the
session can be saved, then created with ``session=<its id>``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mentorjournal.domain import records, rules
from mentorjournal.errors import ValidationError
from mentorjournal.storage.db import DB, driver_errors
from mentorjournal.storage.models import ActionItem, Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Item:
    """One action item as the editor shows it; ``id`` is None for a new one."""

    text: str
    owner: str = "me"
    due_on: dt.date | str | None = None
    done: bool = False
    id: int | None = None

    def as_list(self) -> list[Any]:
        """A plain list (for a draft): ``[id, text, owner, due_on, done]``."""
        return [self.id, self.text, self.owner, self.due_on, self.done]

    @classmethod
    def from_list(cls, values: Sequence[Any]) -> Item:
        ident, text, owner, due_on, done = (list(values) + [None] * 5)[:5]
        return cls(
            text=str(text or ""),
            owner=str(owner or "me"),
            due_on=due_on,
            done=bool(done),
            id=ident if isinstance(ident, int) and not isinstance(ident, bool) else None,
        )


def items_of(session: Any) -> list[Item]:
    """The action items agreed in ``session`` (an id or a record), open first by due date."""
    ident = records.get_session(session).id
    with driver_errors():
        query = ActionItem.select().where(
            ActionItem.session == ident, ActionItem.deleted_at.is_null()
        )
        return [
            Item(a.text, a.owner, a.due_on, a.done_on is not None, a.id)
            for a in rules.action_order(query)
        ]


def _values(item: Item, existing: ActionItem | None, today: dt.date) -> dict[str, Any]:
    if item.done:
        done_on = existing.done_on if existing is not None and existing.done_on else today
    else:
        done_on = None
    return {"text": item.text, "owner": item.owner, "due_on": item.due_on, "done_on": done_on}


def save(
    session_id: int | None,
    values: dict[str, Any],
    items: Sequence[Item] = (),
    *,
    today: dt.date | None = None,
) -> tuple[Session, list[int | None]]:
    """Create (``session_id`` None) or update the session, then its items; one transaction.

    Items without text are skipped (an empty row is not an action item). An
    item with an id that is not this session's is refused. Returns the session
    and the id of every item, in the order given (None for a skipped one).
    """
    today = today or dt.date.today()
    with DB.atomic():
        if session_id is None:
            session = records.get_session(records.create("session", **values))
        else:
            session = records.get_session(records.update("session", session_id, **values))
        ids: list[int | None] = []
        for number, item in enumerate(items, start=1):
            if not item.text.strip():
                ids.append(None)
                continue
            try:
                if item.id is None:
                    created = records.create(
                        "action", session=session.id, **_values(item, None, today)
                    )
                    ids.append(created.id)
                else:
                    existing = records.typed(records.get("action", item.id), ActionItem)
                    if existing.session_id != session.id:
                        raise ValidationError("session", "belongs to another session")
                    records.update("action", item.id, **_values(item, existing, today))
                    ids.append(item.id)
            except ValidationError as exc:
                field = exc.field.replace("_", " ")
                raise ValidationError(
                    "actions", f"action item {number}: {field} {exc.message}"
                ) from None
    log.debug("session %d saved with %d action items", session.id, sum(1 for i in ids if i))
    return session, ids
