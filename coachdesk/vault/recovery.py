"""Recovery keys: 160 random bits written as ten groups of four base32 letters, with a checksum."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from coachdesk.vault.errors import InvalidRecoveryKey

SECRET_BYTES = 20  # 160 bits
CHECKSUM_BYTES = 5  # makes the text exactly 40 base32 characters
GROUP = 4
_TEXT_LENGTH = (SECRET_BYTES + CHECKSUM_BYTES) * 8 // 5
# Characters people misread for base32 letters or digits outside the alphabet.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"coachdesk recovery key" + secret).digest()[:CHECKSUM_BYTES]


def new_recovery_secret() -> bytes:
    """Fresh random secret for a recovery slot."""
    return os.urandom(SECRET_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """The printable form: ``ABCD-EFGH-…`` (10 groups), checksum included."""
    text = base64.b32encode(secret + _checksum(secret)).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The secret behind a typed recovery key; forgiving of case, spaces, dashes and look-alikes."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != _TEXT_LENGTH:
        raise InvalidRecoveryKey(
            f"A recovery key has {_TEXT_LENGTH} letters and digits; this one has {len(cleaned)}. "
            "Check it against your recovery sheet."
        )
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise InvalidRecoveryKey(
            "This recovery key holds characters a key never has. Check it against your recovery sheet."
        ) from None
    secret, checksum = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if not hmac.compare_digest(checksum, _checksum(secret)):
        raise InvalidRecoveryKey(
            "This recovery key has a typo somewhere. Check each group against your recovery sheet."
        )
    return secret
