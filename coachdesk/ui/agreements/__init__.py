"""The agreements area: the list, the agreement editor, its status steps and the sponsor report."""
