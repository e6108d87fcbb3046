"""Blind indexes: an HMAC of a normalised value, for exact lookups of encrypted fields.

The key is derived from CRM_SECRET_KEY (not the rotating encryption keys), so re-encrypting rows
with a new key leaves every index valid. An attacker with the database but not the secret key
cannot confirm a guessed phone number.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from backend.settings import get_settings


def _key() -> bytes:
    return hmac.new(get_settings().secret_key.encode(), b"blind-index:v1", hashlib.sha256).digest()


def normalize_phone(phone: str) -> str:
    digits = re.sub(r"[^\d+]", "", phone)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    return digits.lstrip("+")


def normalize_email(email: str) -> str:
    return email.strip().lower()


def index(kind: str, value: str) -> str:
    norm = normalize_phone(value) if kind == "phone" else normalize_email(value)
    return hmac.new(_key(), f"{kind}:{norm}".encode(), hashlib.sha256).hexdigest()
