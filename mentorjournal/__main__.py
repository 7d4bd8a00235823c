"""``python -m mentorjournal COMMAND``: the command line."""

import sys

from mentorjournal.cli.app import main

sys.exit(main())
