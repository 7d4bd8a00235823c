"""Schema version 4, frozen: the exact statements step 4 runs.

The search index becomes contentless (``content = ''``, rows deleted by rowid with
``contentless_delete = 1``): the text of every record was stored twice, once in its
table and once in the index; now only the index's terms are kept, and search reads
a page's text from the record tables. The prefix indexes (``prefix = '2 3'``) are
gone: a prefix query reads the matching terms' doclists instead. The index is
filled again from the live records in the same transaction, the triggers (same
text as version 2) created again. Generated once from ``migrations`` and never
edited again.
"""

STATEMENTS = [
    "DROP TRIGGER person_ai",
    "DROP TRIGGER person_ad",
    "DROP TRIGGER person_au",
    "DROP TRIGGER session_ai",
    "DROP TRIGGER session_ad",
    "DROP TRIGGER session_au",
    "DROP TRIGGER reflection_ai",
    "DROP TRIGGER reflection_ad",
    "DROP TRIGGER reflection_au",
    "DROP TRIGGER goal_ai",
    "DROP TRIGGER goal_ad",
    "DROP TRIGGER goal_au",
    "DROP TRIGGER action_item_ai",
    "DROP TRIGGER action_item_ad",
    "DROP TRIGGER action_item_au",
    "DROP TRIGGER skill_ai",
    "DROP TRIGGER skill_ad",
    "DROP TRIGGER skill_au",
    "DROP TRIGGER win_ai",
    "DROP TRIGGER win_ad",
    "DROP TRIGGER win_au",
    "DROP TABLE search_index",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 1, x.name, x.organisation || ' ' || x.contact || ' ' || x.notes FROM person x WHERE x.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 2, (SELECT name FROM person WHERE id = x.person_id), x.agenda || ' ' || x.notes || ' ' || x.takeaways || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM session_attachment l WHERE l.session_id = x.id), '') FROM session x WHERE x.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 3, x.title, x.body || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM reflection_attachment l WHERE l.reflection_id = x.id), '') FROM reflection x WHERE x.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 4, x.title, x.description FROM goal x WHERE x.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 5, x.text, '' FROM action_item x WHERE x.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 6, x.name, x.category || ' ' || x.description FROM skill x WHERE x.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT x.id * 16 + 7, x.title, x.description FROM win x WHERE x.deleted_at IS NULL",
    "CREATE TRIGGER person_ai AFTER INSERT ON person BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 1, NEW.name, NEW.organisation || ' ' || NEW.contact || ' ' || NEW.notes WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER person_ad AFTER DELETE ON person BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1; END",
    "CREATE TRIGGER person_au AFTER UPDATE ON person BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 1, NEW.name, NEW.organisation || ' ' || NEW.contact || ' ' || NEW.notes WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER session_ai AFTER INSERT ON session BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 2, (SELECT name FROM person WHERE id = NEW.person_id), NEW.agenda || ' ' || NEW.notes || ' ' || NEW.takeaways || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM session_attachment l WHERE l.session_id = NEW.id), '') WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER session_ad AFTER DELETE ON session BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2; END",
    "CREATE TRIGGER session_au AFTER UPDATE ON session BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 2, (SELECT name FROM person WHERE id = NEW.person_id), NEW.agenda || ' ' || NEW.notes || ' ' || NEW.takeaways || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM session_attachment l WHERE l.session_id = NEW.id), '') WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER reflection_ai AFTER INSERT ON reflection BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 3, NEW.title, NEW.body || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM reflection_attachment l WHERE l.reflection_id = NEW.id), '') WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER reflection_ad AFTER DELETE ON reflection BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3; END",
    "CREATE TRIGGER reflection_au AFTER UPDATE ON reflection BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 3, NEW.title, NEW.body || COALESCE(' ' || (SELECT group_concat(l.name, ' ') FROM reflection_attachment l WHERE l.reflection_id = NEW.id), '') WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER goal_ai AFTER INSERT ON goal BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 4, NEW.title, NEW.description WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER goal_ad AFTER DELETE ON goal BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4; END",
    "CREATE TRIGGER goal_au AFTER UPDATE ON goal BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 4, NEW.title, NEW.description WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER action_item_ai AFTER INSERT ON action_item BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 5, NEW.text, '' WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER action_item_ad AFTER DELETE ON action_item BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5; END",
    "CREATE TRIGGER action_item_au AFTER UPDATE ON action_item BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 5, NEW.text, '' WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER skill_ai AFTER INSERT ON skill BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 6, NEW.name, NEW.category || ' ' || NEW.description WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER skill_ad AFTER DELETE ON skill BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6; END",
    "CREATE TRIGGER skill_au AFTER UPDATE ON skill BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 6, NEW.name, NEW.category || ' ' || NEW.description WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER win_ai AFTER INSERT ON win BEGIN INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 7, NEW.title, NEW.description WHERE NEW.deleted_at IS NULL; END",
    "CREATE TRIGGER win_ad AFTER DELETE ON win BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7; END",
    "CREATE TRIGGER win_au AFTER UPDATE ON win BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 16 + 7, NEW.title, NEW.description WHERE NEW.deleted_at IS NULL; END",
]
