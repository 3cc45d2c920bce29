"""The unlock window: it collects a passphrase (or recovery key) and the first-run details; it never opens the vault itself."""
