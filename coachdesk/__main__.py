"""Run CoachDesk with ``python -m coachdesk``."""

import sys

from coachdesk.cli import command

sys.exit(command())
