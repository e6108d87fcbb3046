"""The stable error vocabulary of the API.

Every expected failure is raised as ``CrmError`` with one of the codes below; the schema's error
extension copies the code into ``extensions.code``. Anything else is an internal error: the client
sees only the code ``INTERNAL`` and the request id, the log gets the traceback (never the input).
"""

from __future__ import annotations

from typing import Any

UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
BAD_USER_INPUT = "BAD_USER_INPUT"
RATE_LIMITED = "RATE_LIMITED"
NOT_FOUND = "NOT_FOUND"
CONFLICT = "CONFLICT"
STEP_UP_REQUIRED = "STEP_UP_REQUIRED"
NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
INTERNAL = "INTERNAL"


class CrmError(Exception):
    """An expected failure with a stable code and a message safe to show to the caller."""

    code = INTERNAL

    def __init__(self, message: str, *, code: str | None = None, **extensions: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.extensions = extensions


class Unauthenticated(CrmError):
    code = UNAUTHENTICATED

    def __init__(self, message: str = "Sign-in required", **extensions: Any) -> None:
        super().__init__(message, **extensions)


class Forbidden(CrmError):
    code = FORBIDDEN

    def __init__(self, message: str = "Not allowed", **extensions: Any) -> None:
        super().__init__(message, **extensions)


class NotFound(CrmError):
    code = NOT_FOUND

    def __init__(self, message: str = "Not found", **extensions: Any) -> None:
        super().__init__(message, **extensions)


class Conflict(CrmError):
    code = CONFLICT


class RateLimited(CrmError):
    code = RATE_LIMITED

    def __init__(self, retry_after: int, message: str = "Too many attempts") -> None:
        super().__init__(message, retryAfter=max(1, int(retry_after)))


class StepUpRequired(CrmError):
    code = STEP_UP_REQUIRED

    def __init__(self, message: str = "Please confirm your identity again") -> None:
        super().__init__(message)


class ValidationFailed(CrmError):
    """Bad input; ``fields`` maps each offending input field to its problems (codes)."""

    code = BAD_USER_INPUT

    def __init__(self, fields: dict[str, list[str]], message: str = "Invalid input") -> None:
        super().__init__(message, fields=fields)
        self.fields = fields


class NotImplementedYet(CrmError):
    code = NOT_IMPLEMENTED

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} is not available yet")
