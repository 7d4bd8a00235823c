"""Baseline and re-assessment: which skills to ask the user to rate, and when.

- **Baseline**: a skill without any rating needs one ("where do you start?").
- **Re-assessment**: every ``preferences.reassess_months`` months (0: never)
  the *active* skills are due again: those whose latest rating is older than
  that. A skill counts as active when it was rated in the last two years; an
  older one has been set aside and is not asked about.
- "Not now" snoozes the prompt for ``SNOOZE_DAYS`` days.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from mentorjournal.analytics.series import months_before
from mentorjournal.analytics.stats import SkillGrowth
from mentorjournal.domain import preferences

SNOOZE_DAYS = 14
ACTIVE_YEARS = 2


@dataclasses.dataclass(frozen=True, slots=True)
class Due:
    baseline: tuple[SkillGrowth, ...]  # never rated
    reassess: tuple[SkillGrowth, ...]  # active, latest rating older than the interval
    months: int

    @property
    def any(self) -> bool:
        return bool(self.baseline or self.reassess)


def due(
    skills: Sequence[SkillGrowth],
    today: dt.date,
    months: int | None = None,
    snoozed_until: dt.date | None = None,
) -> Due:
    """What to ask about today (nothing while snoozed)."""
    months = preferences.reassess_months() if months is None else months
    if snoozed_until is not None and today < snoozed_until:
        return Due((), (), months)
    baseline = tuple(s for s in skills if not s.ratings)
    reassess: tuple[SkillGrowth, ...] = ()
    if months:
        cutoff = months_before(today, months)
        active_since = months_before(today, 12 * ACTIVE_YEARS)
        reassess = tuple(
            s for s in skills if s.ratings and active_since <= s.ratings[-1].day <= cutoff
        )
    return Due(baseline, reassess, months)
