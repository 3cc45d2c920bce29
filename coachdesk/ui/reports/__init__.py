"""The reports area: the coaching-hours log and credentials, the calendar export and retention."""
