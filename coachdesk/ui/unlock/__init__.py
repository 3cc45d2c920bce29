"""The unlock window and the passphrase dialogs.

They collect a passphrase (or the recovery key) and the first-run details; they never open,
create or close the vault themselves.
"""
