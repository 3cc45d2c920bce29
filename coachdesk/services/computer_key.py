"""This computer's key: a random id made once and kept in the user's data folder, outside any vault.

A number series per computer needs to know which computer issues. The vault cannot say (sync tools
copy it whole, and its replica id changes at every open), so each computer keeps its own key, in a
file no sync folder holds: the per-user, per-machine data folder (on Windows the local, not the
roaming, one, so a roaming profile does not carry it to another computer). It is not client data:
a random id and nothing else. ``COACHDESK_DATA_DIR`` points elsewhere (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

from coachdesk.documents.files import write_file_atomically

KEY_FILE = "computer-key"
ENVIRONMENT = "COACHDESK_DATA_DIR"


def data_folder() -> Path:
    """CoachDesk's per-user data folder on this computer (not roaming)."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return Path(given)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "CoachDesk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "CoachDesk"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "CoachDesk"


def computer_key() -> str:
    """This computer's key, made on first use (a random UUID, 32 hex digits)."""
    path = data_folder() / KEY_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        return uuid.UUID(text).hex
    except (OSError, ValueError):
        pass
    key = uuid.uuid4().hex
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_file_atomically(path, f"{key}\n".encode("ascii"))
    return uuid.UUID(path.read_text(encoding="ascii").strip()).hex  # another process's, if it won
