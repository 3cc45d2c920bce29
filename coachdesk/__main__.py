"""Run CoachDesk with ``python -m coachdesk``."""

import sys

from coachdesk.cli import main

sys.exit(main())
