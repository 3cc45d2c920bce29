"""The application shell: the controller that opens and closes the vault, the main window and its areas, autosave, locking, search and shortcuts."""
