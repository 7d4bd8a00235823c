"""MentorJournal core: the encrypted journal file, its records and services.

Nothing in this package imports Qt widgets; the window (``ui``) and the
command line both call the API defined here.
"""

__version__ = "0.1.0"
APP_NAME = "MentorJournal"
