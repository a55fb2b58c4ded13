"""The staff PIN: stored only as a salted scrypt hash, checked in constant time, and guarded by
a back-off that grows from the fifth wrong try.

Plain Python, no Qt. Time comes from an injected monotonic clock, so tests compute delays
instead of sleeping.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MIN_DIGITS = 4
MAX_DIGITS = 12
# scrypt cost: ~50 ms and 16 MB on a small PC; slow enough to make guessing a stolen file costly.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
FREE_TRIES = 4  # wrong tries without any delay; the 5th wrong try starts the back-off
BASE_DELAY_S = 2.0
MAX_DELAY_S = 15 * 60.0


class PinError(ValueError):
    """A PIN that cannot be used (wrong length or not digits)."""


def check_pin_format(pin: str) -> str:
    """Return the PIN or raise PinError saying what is wrong with it."""
    if not pin.isascii() or not pin.isdigit():
        raise PinError("the PIN must be digits only (0-9)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits")
    return pin


@dataclass(frozen=True)
class PinHash:
    """A salted scrypt hash of a PIN, as kept in kiosk.json."""

    salt: bytes
    digest: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "hash": base64.b64encode(self.digest).decode("ascii"),
        }

    @classmethod
    def from_json(cls, raw: Any) -> PinHash:
        """Parse the stored record or raise ValueError naming the problem."""
        if not isinstance(raw, dict) or raw.get("algorithm") != "scrypt":
            raise ValueError("the PIN record is not a scrypt hash")
        try:
            n, r, p = (int(raw[k]) for k in ("n", "r", "p"))
            salt = base64.b64decode(raw["salt"], validate=True)
            digest = base64.b64decode(raw["hash"], validate=True)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"the PIN record is incomplete ({exc})") from exc
        if len(salt) < 16 or len(digest) < 32 or n < 2**10 or n & (n - 1) or r < 1 or p < 1:
            raise ValueError("the PIN record has unsafe or broken parameters")
        return cls(salt=salt, digest=digest, n=n, r=r, p=p)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=128 * r * (n + p + 2) + 1024 * 1024)


def hash_pin(pin: str, salt: bytes | None = None) -> PinHash:
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    return PinHash(salt=salt, digest=_scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))


def verify_pin(pin: str, stored: PinHash) -> bool:
    """True when `pin` matches; constant-time comparison of the digests."""
    if not pin.isascii() or not pin.isdigit() or len(pin) > MAX_DIGITS:
        candidate = b"\0" * len(stored.digest)  # same work pattern, never equal
        hmac.compare_digest(candidate, stored.digest)
        return False
    digest = _scrypt(pin, stored.salt, stored.n, stored.r, stored.p)
    return hmac.compare_digest(digest, stored.digest)


def backoff_delay(failures: int) -> float:
    """Seconds to wait after `failures` wrong tries in a row: 0 for the first four, then
    2, 4, 8, ... seconds, capped at 15 minutes."""
    if failures <= FREE_TRIES:
        return 0.0
    return min(BASE_DELAY_S * 2.0 ** (failures - FREE_TRIES - 1), MAX_DELAY_S)


class PinGate:
    """Checks PIN tries against the stored hash, refusing tries while a back-off runs.

    `clock` returns monotonic seconds. `try_pin` returns "ok", "wrong", "wait" (a back-off is
    running; the PIN was not even checked) or "no-pin" (none set: exit is impossible, by design).
    """

    def __init__(self, stored: PinHash | None, clock: Callable[[], float],
                 verify: Callable[[str, PinHash], bool] = verify_pin, *,
                 resume: tuple[int, float] = (0, 0.0),
                 on_change: Callable[[int, float], None] | None = None) -> None:
        """``resume`` = (failures, seconds still to wait) saved by an earlier run, so a
        kill -9 and restart does not give free tries; ``on_change(failures, wait_s)`` is
        called after every try that changes them (the kiosk saves them beside the hash)."""
        self._stored = stored
        self._clock = clock
        self._verify = verify
        self._on_change = on_change
        failures, wait_s = resume
        self.failures = max(0, int(failures))
        wait_s = min(max(0.0, float(wait_s)), backoff_delay(self.failures))
        self._blocked_until = clock() + wait_s if wait_s > 0 else 0.0

    @property
    def has_pin(self) -> bool:
        return self._stored is not None

    def wait_left(self) -> float:
        return max(0.0, self._blocked_until - self._clock())

    def try_pin(self, pin: str) -> str:
        if self._stored is None:
            return "no-pin"
        if self.wait_left() > 0:
            return "wait"
        if self._verify(pin, self._stored):
            changed = self.failures > 0
            self.failures = 0
            self._blocked_until = 0.0
            if changed and self._on_change is not None:
                self._on_change(0, 0.0)
            return "ok"
        self.failures += 1
        delay = backoff_delay(self.failures)
        self._blocked_until = self._clock() + delay
        if self._on_change is not None:
            self._on_change(self.failures, delay)
        return "wrong"
