"""Schema version 5, frozen: the exact statements step 5 runs.

Each table the timeline lists gets a partial index of its live rows by the date the
timeline sorts them by, reflections and sessions with the columns Insights reads
(``models.LIVE_BY_DATE``): the timeline's order and the readings are read from these
small indexes instead of the rows, whose ``deleted_at`` and ratings lie after their
long text. Generated once from the models and never edited again.
"""

STATEMENTS = [
    'CREATE INDEX "person_live_by_date" ON "person" ("started_on", "created_at") WHERE ("deleted_at" IS NULL)',
    'CREATE INDEX "session_live_by_date" ON "session" ("held_at", "status", "confidence_after", "motivation", "role", "person_id") WHERE ("deleted_at" IS NULL)',
    'CREATE INDEX "reflection_live_by_date" ON "reflection" ("written_at", "confidence", "motivation", "session_id") WHERE ("deleted_at" IS NULL)',
    'CREATE INDEX "skill_rating_live_by_date" ON "skill_rating" ("rated_on") WHERE ("deleted_at" IS NULL)',
    'CREATE INDEX "goal_live_by_date" ON "goal" ("target_date", "created_at") WHERE ("deleted_at" IS NULL)',
    'CREATE INDEX "action_item_live_by_date" ON "action_item" ("due_on", "created_at") WHERE ("deleted_at" IS NULL)',
    'CREATE INDEX "win_live_by_date" ON "win" ("won_on") WHERE ("deleted_at" IS NULL)',
]
