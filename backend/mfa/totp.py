"""TOTP (RFC 6238: SHA-1, 6 digits, 30 s) as every authenticator app implements it.

A code is accepted for the current time step and one step either side (clock drift), and only
for a step later than the last one accepted, so an observed code cannot be replayed.
"""

from __future__ import annotations

import hmac
import io
import time

import pyotp
import segno

ISSUER = "Bastion CRM"
STEP = 30
DRIFT_STEPS = 1


def new_secret() -> str:
    return pyotp.random_base32(32)  # 160 bits, the RFC 4226 recommendation


def provisioning_uri(secret: str, account: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """The QR code as SVG, drawn here: the secret never goes to a third-party QR service."""
    out = io.BytesIO()
    segno.make(uri, error="m").save(out, kind="svg", scale=5, border=2, xmldecl=False,
                                    svgns=True)
    return out.getvalue().decode()


def matching_step(secret: str, code: str, last_step: int, now: float | None = None
                  ) -> int | None:
    """The time step ``code`` belongs to, if valid and newer than ``last_step``."""
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    current = int((now if now is not None else time.time()) // STEP)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if step > last_step and hmac.compare_digest(totp.at(step * STEP), code):
            return step
    return None
