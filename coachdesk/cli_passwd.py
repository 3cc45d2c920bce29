"""``coachdesk vault passwd``: a new passphrase, and with --new-recovery-key new keys, safe to interrupt."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from coachdesk.cli_secrets import SecretReader

if TYPE_CHECKING:
    from coachdesk.vault import Vault

INTERRUPTED = 130  # the shell's status for a command stopped by Ctrl-C

SAME_KEY_NOTE = (
    "The vault's encryption key and your recovery key did not change, so a copy of the vault made "
    "earlier (on a USB stick, in a sync service's history) still opens with the old passphrase. "
    "If someone may know the old passphrase or has seen the recovery key, run "
    "'coachdesk vault passwd --new-recovery-key' instead: it replaces the keys themselves."
)


def _say(text: str, *, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    print(text, file=stream, flush=True)


def change_passphrase(vault: Vault, secrets: SecretReader, new_recovery_key: bool) -> int:
    """Ask for the new passphrase and change it; the new recovery key is shown before it is used."""
    new_passphrase = secrets.read("New passphrase: ", confirm=True)
    saved = False

    def announce(key: str) -> None:
        _say("Your new recovery key. Write it down or print it now: it is shown only this once.")
        _say(f"    {key}")
        _say("It takes effect when this command says so; until then the old passphrase and key still work.")

    def on_saved() -> None:
        nonlocal saved
        saved = True
        keys = (
            "the new passphrase or the new recovery key above" if new_recovery_key else "the new passphrase"
        )
        _say(f"{vault.path.name} now opens only with {keys}. Re-protecting its backups…")

    try:
        vault.change_passphrase(
            new_passphrase, new_recovery_key=new_recovery_key, announce=announce, on_saved=on_saved
        )
    except KeyboardInterrupt:
        if saved:
            _say(
                "coachdesk: interrupted while re-protecting the backups. The vault itself uses the new "
                "keys; backups not yet re-protected still open with the old passphrase: run the command "
                "again, or delete them.",
                error=True,
            )
        else:
            shown = (
                " The recovery key shown above was never used: do not keep it." if new_recovery_key else ""
            )
            _say(f"coachdesk: interrupted; nothing was changed.{shown}", error=True)
        return INTERRUPTED
    _say(f"Done: the passphrase of {vault.path.name} is changed, and its backups re-protected.")
    if not new_recovery_key:
        _say(SAME_KEY_NOTE)
    for stale in vault.stale_backups:
        _say(
            f"coachdesk: the backup {stale} could not be re-protected and still opens with the old "
            "passphrase; delete it if that matters.",
            error=True,
        )
    return 0
