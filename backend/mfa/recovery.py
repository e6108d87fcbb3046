"""Recovery codes: ten single-use codes of about 78 bits each, shown once, stored hashed."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from backend.settings import get_settings

COUNT = 10
# No 0/O, 1/I/L or U: nothing to misread when typing a code from paper. 30 symbols x 16 places
# = 78 bits, above the 64 the standard asks for.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def _normalize(code: str) -> str:
    return code.strip().upper().replace("-", "").replace(" ", "")


def new_codes() -> list[str]:
    codes = []
    for _ in range(COUNT):
        raw = "".join(secrets.choice(ALPHABET) for _ in range(16))
        codes.append("-".join(raw[i:i + 4] for i in range(0, 16, 4)))
    return codes


def code_hash(code: str) -> str:
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"recovery:{_normalize(code)}".encode(), hashlib.sha256).hexdigest()
