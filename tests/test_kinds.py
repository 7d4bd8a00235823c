"""The names of kinds and choices, defined once in ``mentorjournal.kinds``."""

from __future__ import annotations

from mentorjournal import kinds
from mentorjournal.domain import validation
from mentorjournal.kinds import Kind
from mentorjournal.storage import models


def test_every_kind_has_a_model_rules_and_words():
    assert set(models.MODELS) == set(Kind) == set(validation.FIELDS)
    assert len(kinds.RECORD_KINDS) == 8 and Kind.TAG not in kinds.RECORD_KINDS
    for kind in Kind:
        assert kinds.kind_label(kind) and kinds.kind_title(kind)[0].isupper()
    assert kinds.kind_label("rating") == "skill rating" and kinds.kind_title("action") == "Action item"
    assert kinds.kind_label("nonsense") == "nonsense"


def test_choices_in_the_rules_are_the_enums():
    fields = validation.FIELDS
    assert fields["person"]["relation"].choices == kinds.values(kinds.Relation)
    assert fields["session"]["format"].choices == kinds.values(kinds.SessionFormat)
    assert fields["goal"]["status"].choices == kinds.values(kinds.GoalStatus)
    assert fields["action"]["owner"].choices == kinds.values(kinds.Owner)
    assert fields["rating"]["source"].choices == kinds.values(kinds.RatingSource)
    for labels, enum in (
        (kinds.RELATION_LABELS, kinds.Relation),
        (kinds.SESSION_FORMAT_LABELS, kinds.SessionFormat),
        (kinds.GOAL_STATUS_LABELS, kinds.GoalStatus),
        (kinds.OWNER_LABELS, kinds.Owner),
        (kinds.RATING_SOURCE_LABELS, kinds.RatingSource),
        (kinds.FOLLOW_UP_LABELS, kinds.FollowUp),
        (kinds.PERSON_STATUS_LABELS, kinds.PersonStatus),
        (kinds.SESSION_STATUS_LABELS, kinds.SessionStatus),
        (kinds.ROLE_LABELS, kinds.Role),
    ):
        assert set(labels) == set(enum), enum


def test_members_are_the_stored_strings():
    assert Kind.ACTION == "action" and f"{Kind.RATING}" == "rating"
    assert {"person": 1}[Kind.PERSON] == 1
    assert kinds.SEARCH_CODES["reflection"] == 3
    assert kinds.TIMELINE_KINDS == tuple(sorted(k for k in kinds.RECORD_KINDS if k != "skill"))
