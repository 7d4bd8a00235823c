"""The demo journal: deterministic, realistic, valid and sound."""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

import pytest

from mentorjournal.demo import generate as demo
from mentorjournal.domain import cadence, validation
from mentorjournal.errors import ValidationError
from mentorjournal.exchange import native as exchange
from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import (
    ActionItem,
    Goal,
    Person,
    Reflection,
    Session,
    Skill,
    SkillRating,
    Tag,
    Win,
)
from tests.conftest import FAST, PASSPHRASE

END = dt.date(2025, 6, 30)


def _export_without_stamps() -> dict:
    data = exchange.export_json()
    data.pop("exported_at")
    data.pop("journal_id")
    return data


def test_same_seed_gives_identical_content(tmp_path: Path) -> None:
    exports = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        with demo.create_demo_journal(
            tmp_path / f"{name}.mjournal",
            PASSPHRASE,
            years=2,
            seed=seed,
            scale=0.1,
            kdf=FAST,
            end=END,
        ):
            exports.append(_export_without_stamps())
    assert exports[0] == exports[1]
    assert exports[0] != exports[2]


def test_counts_follow_years_and_scale(journal: Journal) -> None:
    counts = demo.populate(4, seed=3, scale=0.25, end=END)
    factor = 4 * 0.25 / 10
    for kind in ("reflections", "ratings", "goals", "actions", "wins"):
        expected = demo.PER_TEN_YEARS[kind] * factor
        assert abs(getattr(counts, kind) - expected) <= max(2, 0.1 * expected), kind
    # Planned sessions come on top of the done/cancelled ones.
    assert 50 <= counts.sessions <= 50 + 8
    assert counts.people == 8 and counts.tags == len(Tag.select())
    assert counts.reflections == Reflection.select().count()
    assert counts.actions == ActionItem.select().count()
    assert counts.ratings == SkillRating.select().count()
    assert counts.total == sum(
        m.select().count()
        for m in (Person, Session, Reflection, Skill, SkillRating, Goal, ActionItem, Win, Tag)
    )
    assert counts.text_bytes > 1000 * counts.reflections


def _as_data(kind: str, record) -> dict:
    data = {}
    for name, rule in validation.FIELDS[kind].items():
        if name == "tags":
            data[name] = [link.tag.name for link in record.tag_links]
        elif rule.type == "link":
            data[name] = getattr(record, f"{name}_id")
        else:
            data[name] = getattr(record, name)
    return data


def test_every_demo_record_passes_the_shared_rules(journal: Journal) -> None:
    demo.populate(2, seed=5, scale=0.1, end=END)
    assert journal.verify() == []
    for kind, model in validation.MODELS.items():
        records = list(model.select())
        assert records, kind
        for record in records:
            validation.validate(kind, _as_data(kind, record), existing=record)


def test_demo_tells_a_plausible_story(journal: Journal) -> None:
    demo.populate(6, seed=11, scale=0.3, end=END)
    end_of_day = dt.datetime.combine(END, dt.time(23, 59))
    relations = [p.relation for p in Person.select()]
    assert relations.count("mentor") == 2 and relations.count("mentee") == 3
    assert Person.select().where(Person.introduced_by.is_null(False)).count() >= 2
    assert Person.select().where(Person.follow_up == "pending").exists()
    assert Person.select().where(Person.status == "ended").exists()
    assert {s.role for s in Session.select()} == {"mentee", "mentor"}
    assert Session.select().where(Session.status == "cancelled").exists()
    planned = Session.select().where(Session.status == "planned")
    assert planned.count() == 3 and all(s.held_at.date() > END for s in planned)
    # A relationship goes quiet: a mentee of my own, counted from the last held session.
    quiet = cadence.gone_quiet(END)
    assert [Person.get_by_id(r.person_id).relation for r in quiet] == ["mentee"]
    assert quiet[0].last_met is not None and quiet[0].last_met.date() <= END - dt.timedelta(weeks=8)
    rhythms = cadence.rhythms(END, include_inactive=False)
    assert all(r.cadence_days for r in rhythms if r.relation != "contact")
    assert all(r.next_planned for r in rhythms if r.relation != "contact" and not r.quiet)
    assert all(s.held_at <= end_of_day for s in Session.select().where(Session.status != "planned"))
    assert all(r.written_at <= end_of_day for r in Reflection.select())
    assert all(
        r.created_at <= end_of_day and r.updated_at >= r.created_at for r in Reflection.select()
    )
    templates = {r.template for r in Reflection.select()}
    assert {
        "after_session",
        "weekly_review",
        "new_perspective",
        "workplace_situation",
        "win",
        "after_mentoring",
    } <= templates
    linked = Reflection.select().where(Reflection.session.is_null(False))
    assert all(r.written_at >= r.session.held_at for r in linked)
    assert any("## " in r.body for r in Reflection.select())
    assert Skill.select().where(Skill.category == "Leadership").exists()

    # Confidence, motivation and skills grow, with noise.
    done = list(Session.select().where(Session.status == "done").order_by(Session.held_at))
    third = len(done) // 3
    early = statistics.mean(s.confidence_after for s in done[:third] if s.confidence_after)
    late = statistics.mean(s.confidence_after for s in done[-third:] if s.confidence_after)
    assert late > early + 1
    ratings = list(SkillRating.select().order_by(SkillRating.rated_on))
    assert all(1 <= r.value <= 10 for r in ratings)
    first = statistics.mean(r.value for r in ratings[: len(ratings) // 4])
    last = statistics.mean(r.value for r in ratings[-len(ratings) // 4 :])
    assert last > first

    # Accountability: nearly every past action item is done, a few (mostly recent) are overdue.
    actions = list(ActionItem.select())
    done_share = sum(1 for a in actions if a.done_on) / len(actions)
    assert 0.75 < done_share < 0.995
    assert any(a.done_on is None and a.due_on < END for a in actions)
    assert {a.owner for a in actions} == {"me", "them"}
    assert {g.status for g in Goal.select()} == {"active", "achieved", "dropped"}
    assert all(g.progress == 100 for g in Goal.select().where(Goal.status == "achieved"))
    assert Win.select().where(Win.goal.is_null(False)).exists()


def test_create_demo_journal_reopens_and_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "demo.mjournal"
    with demo.create_demo_journal(
        path, PASSPHRASE, years=1, seed=2, scale=0.05, kdf=FAST, end=END
    ) as j:
        assert j.meta("demo") == "seed=2 years=1 scale=0.05"
        before = _export_without_stamps()
    with Journal.open(path, PASSPHRASE) as j:
        assert j.verify() == []
        assert _export_without_stamps() == before


@pytest.mark.parametrize(
    ("years", "scale", "field"),
    [
        (0, 1.0, "years"),
        (31, 1.0, "years"),
        (2.5, 1.0, "years"),
        (3, 0, "scale"),
        (3, 11, "scale"),
    ],
)
def test_bad_arguments_are_refused_and_leave_no_file(tmp_path: Path, years, scale, field) -> None:
    path = tmp_path / "demo.mjournal"
    with pytest.raises(ValidationError) as err:
        demo.create_demo_journal(path, PASSPHRASE, years=years, scale=scale, kdf=FAST, end=END)
    assert err.value.field == field
    assert list(tmp_path.iterdir()) == []


def test_populate_adds_to_a_journal_that_has_data(journal: Journal) -> None:
    first = demo.populate(1, seed=1, scale=0.05, end=END)
    second = demo.populate(1, seed=2, scale=0.05, end=END)
    assert second.tags == 0  # the shared tags are reused
    assert Reflection.select().count() == first.reflections + second.reflections
    assert Skill.select().count() == first.skills + second.skills
    assert journal.verify() == []
