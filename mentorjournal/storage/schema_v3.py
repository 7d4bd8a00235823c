"""Schema version 3, frozen: the exact statements step 3 runs.

A skill can be retired (``retired_on``): kept with its ratings, out of the
everyday lists. Generated once from the models and never edited again.
"""

STATEMENTS = [
    'ALTER TABLE "skill" ADD COLUMN "retired_on" DATE',
]
