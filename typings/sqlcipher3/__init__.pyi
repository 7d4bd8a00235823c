# Type stubs for sqlcipher3 (a DB-API 2.0 driver for SQLCipher, shaped like the
# standard library's sqlite3): only what MentorJournal uses.
from sqlcipher3 import dbapi2 as dbapi2
