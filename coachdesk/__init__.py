"""CoachDesk: an offline, encrypted practice desk for independent coaches and mentors."""

__version__ = "0.1.0"
