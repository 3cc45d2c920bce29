"""Key derivation: Argon2id (Scrypt where OpenSSL lacks it), calibration and read-time bounds."""

from __future__ import annotations

import enum
import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from coachdesk.vault.errors import UnsupportedVaultVersion, VaultParametersOutOfBounds

KEY_LENGTH = 32
SALT_LENGTH = 16
CALIBRATION_TARGET_SECONDS = 0.5

# Argon2id: RFC 9106's second recommended shape (64 MiB, 4 lanes); iterations calibrated.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
ARGON2_MIN_ITERATIONS = 3
ARGON2_MAX_ITERATIONS = 32  # what calibration gives on the slowest machine
# Scrypt fallback: r=8, p=1, N calibrated.
SCRYPT_R = 8
SCRYPT_MIN_LOG2_N = 15
SCRYPT_MAX_LOG2_N = 18

# Bounds applied to every header read, so a hostile file cannot make the app allocate much
# memory or spin for long: what calibration can produce, with headroom (docs/vault-format.md,
# section 7). Each attempt within them costs at most about twice the slowest real vault.
MAX_ARGON2_MEMORY_KIB = 256 * 1024  # 256 MiB, four times what CoachDesk writes
MAX_ARGON2_ITERATIONS = 2 * ARGON2_MAX_ITERATIONS
MAX_ARGON2_WORK_KIB = ARGON2_MEMORY_KIB * MAX_ARGON2_ITERATIONS  # memory x iterations
MAX_ARGON2_LANES = 8
MAX_SCRYPT_LOG2_N = 20
MAX_SCRYPT_R = 16
MAX_SCRYPT_P = 8
MAX_SCRYPT_MEMORY = 128 * SCRYPT_R << SCRYPT_MAX_LOG2_N  # 128 * r * N bytes: 256 MiB
MAX_SCRYPT_WORK = 2 * MAX_SCRYPT_MEMORY  # memory x p


class KdfAlgorithm(enum.IntEnum):
    """Key-derivation functions a vault slot may name (the byte stored in the header)."""

    ARGON2ID = 1
    SCRYPT = 2
    HKDF_SHA256 = 3  # only for the recovery slot, whose secret is already 160 random bits


@dataclass(frozen=True)
class KdfParams:
    """One slot's key-derivation settings: the algorithm and its three parameters."""

    algorithm: KdfAlgorithm
    p1: int = 0  # Argon2id: memory in KiB; Scrypt: log2 of N
    p2: int = 0  # Argon2id: iterations;   Scrypt: r
    p3: int = 0  # Argon2id: lanes;        Scrypt: p

    def describe(self) -> str:
        """A line a coach (or a support person) can read, e.g. in ``vault check``."""
        if self.algorithm is KdfAlgorithm.ARGON2ID:
            return f"Argon2id (memory {self.p1 // 1024} MiB, iterations {self.p2}, lanes {self.p3})"
        if self.algorithm is KdfAlgorithm.SCRYPT:
            return f"Scrypt (N 2^{self.p1}, r {self.p2}, p {self.p3})"
        return "HKDF-SHA256"

    def exceeds_tuning(self) -> bool:
        """Whether these settings are heavier than CoachDesk's calibration makes on any machine,
        which a real vault's passphrase slot never is (lighter settings are given explicitly
        for tests and samples, and cost nothing to try)."""
        if self.algorithm is KdfAlgorithm.ARGON2ID:
            return self.p1 > ARGON2_MEMORY_KIB or self.p2 > ARGON2_MAX_ITERATIONS or self.p3 > ARGON2_LANES
        if self.algorithm is KdfAlgorithm.SCRYPT:
            return self.p1 > SCRYPT_MAX_LOG2_N or self.p2 > SCRYPT_R or self.p3 > 1
        return False

    def check_bounds(self) -> None:
        """Refuse parameters that are malformed or would cost unreasonable memory or time."""
        name = self.algorithm.name
        if self.algorithm is KdfAlgorithm.ARGON2ID:
            memory, iterations, lanes = self.p1, self.p2, self.p3
            ok = (
                1 <= lanes <= MAX_ARGON2_LANES
                and 8 * lanes <= memory <= MAX_ARGON2_MEMORY_KIB
                and 1 <= iterations <= MAX_ARGON2_ITERATIONS
                and memory * iterations <= MAX_ARGON2_WORK_KIB
            )
        elif self.algorithm is KdfAlgorithm.SCRYPT:
            log2_n, r, p = self.p1, self.p2, self.p3
            ok = 1 <= log2_n <= MAX_SCRYPT_LOG2_N and 1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P
            ok = ok and 128 * r * (1 << log2_n) <= MAX_SCRYPT_MEMORY
            ok = ok and 128 * r * (1 << log2_n) * p <= MAX_SCRYPT_WORK
        else:
            ok = self.p1 == self.p2 == self.p3 == 0
        if not ok:
            raise VaultParametersOutOfBounds(
                f"The vault's key settings ({name} {self.p1}/{self.p2}/{self.p3}) are outside "
                "what CoachDesk will run. The file is damaged or was not made by CoachDesk; "
                "open a backup instead."
            )


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC-normalised UTF-8, so 'Zoë' types the same everywhere."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def derive(params: KdfParams, secret: bytes, salt: bytes) -> bytes:
    """Derive a 256-bit key-encryption key from ``secret`` under ``params`` (bounds checked first)."""
    params.check_bounds()
    if params.algorithm is KdfAlgorithm.ARGON2ID:
        try:
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
        except ImportError:
            raise _argon2_missing() from None
        try:
            return Argon2id(
                salt=salt, length=KEY_LENGTH, iterations=params.p2, lanes=params.p3, memory_cost=params.p1
            ).derive(secret)
        except UnsupportedAlgorithm:
            raise _argon2_missing() from None
    if params.algorithm is KdfAlgorithm.SCRYPT:
        return Scrypt(salt=salt, length=KEY_LENGTH, n=1 << params.p1, r=params.p2, p=params.p3).derive(secret)
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_LENGTH,
        salt=salt,
        info=b"coachdesk recovery slot v1",
    ).derive(secret)


def _argon2_missing() -> UnsupportedVaultVersion:
    return UnsupportedVaultVersion(
        "This vault is protected with Argon2id, which this computer's encryption library "
        "(OpenSSL) does not provide. Update CoachDesk, or open the vault on the computer that made it."
    )


def argon2_available() -> bool:
    """Whether this OpenSSL build offers Argon2id."""
    try:
        derive(KdfParams(KdfAlgorithm.ARGON2ID, 64, 1, 1), b"probe", b"\0" * SALT_LENGTH)
    except UnsupportedVaultVersion:
        return False
    return True


def _timed(params: KdfParams) -> float:
    start = time.perf_counter()
    derive(params, b"calibration", os.urandom(SALT_LENGTH))
    return time.perf_counter() - start


def calibrate(target_seconds: float = CALIBRATION_TARGET_SECONDS) -> KdfParams:
    """Passphrase-slot settings that take about ``target_seconds`` on this machine."""
    if argon2_available():
        _timed(KdfParams(KdfAlgorithm.ARGON2ID, ARGON2_MEMORY_KIB, 1, ARGON2_LANES))  # warm up
        probe = KdfParams(KdfAlgorithm.ARGON2ID, ARGON2_MEMORY_KIB, 3, ARGON2_LANES)
        per_iteration = max(min(_timed(probe), _timed(probe)) / 3, 1e-4)
        iterations = round(target_seconds / per_iteration)
        # Stay well inside the read-time bounds, even on a very slow machine.
        iterations = max(ARGON2_MIN_ITERATIONS, min(iterations, ARGON2_MAX_ITERATIONS))
        return KdfParams(KdfAlgorithm.ARGON2ID, ARGON2_MEMORY_KIB, iterations, ARGON2_LANES)
    log2_n = SCRYPT_MIN_LOG2_N
    elapsed = _timed(KdfParams(KdfAlgorithm.SCRYPT, log2_n, SCRYPT_R, 1))
    while elapsed * 2 <= target_seconds * 1.4 and log2_n < SCRYPT_MAX_LOG2_N:
        log2_n += 1
        elapsed *= 2
    return KdfParams(KdfAlgorithm.SCRYPT, log2_n, SCRYPT_R, 1)


RECOVERY_KDF = KdfParams(KdfAlgorithm.HKDF_SHA256)
