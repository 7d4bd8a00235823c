# sqlcipher3.dbapi2 mirrors the standard library's sqlite3 module.
from sqlite3 import Connection as Connection
from sqlite3 import Cursor as Cursor
from sqlite3 import DatabaseError as DatabaseError
from sqlite3 import Error as Error
from sqlite3 import IntegrityError as IntegrityError
from sqlite3 import OperationalError as OperationalError
from sqlite3 import ProgrammingError as ProgrammingError
from typing import Any

sqlite_version: str

def connect(
    database: str,
    timeout: float = ...,
    detect_types: int = ...,
    isolation_level: str | None = ...,
    check_same_thread: bool = ...,
    factory: Any = ...,
    cached_statements: int = ...,
    uri: bool = ...,
) -> Connection: ...
