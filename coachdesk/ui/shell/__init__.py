"""The application shell around the areas.

The controller that opens and closes the vault, the main window and its workspace of areas,
autosave, locking, search and shortcuts.
"""
