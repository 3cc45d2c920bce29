"""Passphrases for the command line: a prompt at a terminal, else one per line from standard input."""

from __future__ import annotations

import getpass
from typing import TextIO


class SecretReader:
    """Passphrases from a terminal prompt, or one per line from a non-terminal standard input."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._interactive = stream.isatty()

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if not self._interactive:
            line = self._stream.readline()
            if not line:
                raise SystemExit(f"coachdesk: expected {prompt.lower().rstrip(': ')} on standard input")
            return line.rstrip("\r\n")
        secret = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != secret:
            raise SystemExit("coachdesk: the two passphrases differ; nothing was changed")
        return secret
