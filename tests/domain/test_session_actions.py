"""A session saved together with the action items agreed in it."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorjournal.domain import ownership, records, session_actions
from mentorjournal.domain.session_actions import Item
from mentorjournal.errors import ValidationError
from mentorjournal.storage.models import ActionItem, Session

TODAY = dt.date(2025, 5, 6)
HELD = dt.datetime(2025, 5, 6, 10, 0)


@pytest.fixture
def ada(journal):
    return records.create("person", name="Ada", relation="mentor")


def test_a_new_session_and_its_items_are_created_together(ada):
    session, ids = session_actions.save(
        None,
        {"person": ada.id, "role": "mentee", "held_at": HELD, "tags": ["delegation"]},
        [
            Item("Draft the release notes", "me", "2025-05-20"),
            Item("   "),  # an empty row is no action item
            Item("Send the article", "them", None, done=True),
        ],
        today=TODAY,
    )
    assert ids[1] is None and all(ids[i] for i in (0, 2))
    rows = {a.text: a for a in ActionItem.select()}
    assert set(rows) == {"Draft the release notes", "Send the article"}
    notes = rows["Draft the release notes"]
    assert (notes.owner, notes.due_on, notes.done_on, notes.session_id) == (
        "me",
        dt.date(2025, 5, 20),
        None,
        session.id,
    )
    assert rows["Send the article"].done_on == TODAY
    assert records.tags_of(session) == ["delegation"]
    owned = ActionItem.select().where(ownership.owned("action", ada.id))
    assert {a.id for a in owned} == {notes.id, rows["Send the article"].id}  # via the session
    listed = session_actions.items_of(session.id)
    assert [(i.text, i.done) for i in listed] == [
        ("Draft the release notes", False),
        ("Send the article", True),
    ]


def test_ticking_keeps_the_first_done_date_and_unticking_reopens(ada):
    session, ids = session_actions.save(
        None,
        {"person": ada.id, "role": "mentee", "held_at": HELD},
        [Item("Read", done=True)],
        today=TODAY,
    )
    later = TODAY + dt.timedelta(days=3)
    session_actions.save(session.id, {}, [Item("Read", done=True, id=ids[0])], today=later)
    assert ActionItem.get_by_id(ids[0]).done_on == TODAY
    session_actions.save(session.id, {}, [Item("Read again", "them", id=ids[0])], today=later)
    item = ActionItem.get_by_id(ids[0])
    assert (item.text, item.owner, item.done_on) == ("Read again", "them", None)


def test_a_refused_item_writes_nothing(ada):
    session, _ids = session_actions.save(
        None, {"person": ada.id, "role": "mentee", "held_at": HELD}, []
    )
    before = session.updated_at
    with pytest.raises(ValidationError) as refused:
        session_actions.save(
            session.id,
            {"notes": "changed"},
            [Item("Fine"), Item("Bad date", due_on="2025-02-30")],
        )
    assert refused.value.field == "actions"
    assert refused.value.message.startswith("action item 2: due on ")
    assert ActionItem.select().count() == 0
    stored = Session.get_by_id(session.id)
    assert stored.notes == "" and stored.updated_at == before


def test_a_refused_session_writes_no_items(journal):
    with pytest.raises(ValidationError) as refused:
        session_actions.save(None, {"held_at": HELD}, [Item("Orphan")])
    assert refused.value.field == "person"
    assert ActionItem.select().count() == 0 and Session.select().count() == 0


def test_an_item_of_another_session_is_refused(ada):
    first, ids = session_actions.save(
        None, {"person": ada.id, "role": "mentee", "held_at": HELD}, [Item("Mine")]
    )
    second, _ = session_actions.save(
        None, {"person": ada.id, "role": "mentee", "held_at": HELD}, []
    )
    with pytest.raises(ValidationError):
        session_actions.save(second.id, {}, [Item("Taken", id=ids[0])])
    assert ActionItem.get_by_id(ids[0]).text == "Mine" and first.id != second.id


def test_items_survive_a_draft_round_trip():
    item = Item("Book a room", "them", dt.date(2025, 6, 1), True, 12)
    assert Item.from_list(item.as_list()) == item
    assert Item.from_list([None, "x"]) == Item("x")
