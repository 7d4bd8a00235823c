"""The quick check-in: today's confidence and motivation, and an optional line.

A check-in is an ordinary reflection, written now: the ratings, and the line
(when given) as its title. Empty ratings stay empty; a check-in with nothing
in it is refused rather than saved as an empty record.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from mentorjournal.domain import records
from mentorjournal.errors import ValidationError
from mentorjournal.storage.models import Reflection

log = logging.getLogger(__name__)

#: The title of a check-in without a line (the window passes its own words).
DEFAULT_TITLE = "Check-in"


def check_in(
    confidence: Any = None,
    motivation: Any = None,
    line: str = "",
    *,
    untitled: str = DEFAULT_TITLE,
    now: dt.datetime | None = None,
) -> Reflection:
    """Save a check-in as a reflection written ``now``; ratings are 1–10 or empty.

    ``line`` (one line, stripped) becomes the title; without it the title is
    ``untitled``. Refused with a ``ValidationError`` naming ``confidence``
    when both ratings and the line are empty, and by the core's rules for a
    rating outside 1–10; nothing is written then.
    """
    text = " ".join((line or "").split())
    if confidence in (None, "") and motivation in (None, "") and not text:
        raise ValidationError(
            "confidence", "or motivation is needed for a check-in (or write a line)"
        )
    written = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    saved = records.create(
        "reflection",
        written_at=written,
        title=text or untitled,
        confidence=confidence,
        motivation=motivation,
    )
    log.info("check-in saved")
    return records.typed(saved, Reflection)
