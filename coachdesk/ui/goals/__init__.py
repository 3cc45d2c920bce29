"""Goals and action items: their dialogs, and the goals tab of a client's record."""
