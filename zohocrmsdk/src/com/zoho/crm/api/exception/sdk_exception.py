"""The exception type the SDK raises for misuse, bad input and failed calls, and its typed kinds."""
from __future__ import annotations

import json
import pickle
from typing import Any, Optional


class SDKException(Exception):
    """An SDK error with a machine-readable ``code``, a human ``message`` and optional ``details``.

    ``error_message`` joins the message, the JSON of the details and the text of the cause with no
    separator, and ``str()`` renders ``Caused By: <code> - <error_message>``: both formats are what
    apps written for the official SDK parse, so they are kept exactly.
    """

    # The official class keeps its format template in this class attribute; instances shadow it
    # with the real message (docs/deviations.md#sdk-exception-message).
    message = "Caused By: {code} - {message}"

    def __init__(self, code: Optional[str] = None, message: Optional[str] = None,
                 details: Any = None, cause: Optional[BaseException] = None) -> None:
        super().__init__(code, message)
        self.code = code
        self.details = details
        self.cause = cause
        self.message = message
        text = message or ""
        if details is not None:
            text += json.dumps(details, default=str)
        if cause is not None:
            text += str(cause)
        self.error_message = text

    def __str__(self) -> str:
        return "Caused By: {} - {}".format(self.code, self.error_message)

    def __repr__(self) -> str:
        return "{}(code={!r}, message={!r}, details={!r})".format(
            type(self).__name__, self.code, self.message, self.details)

    def __reduce__(self) -> Any:
        # Pickled with all four fields; a cause that cannot be pickled (one holding a socket)
        # travels as a plain Exception with the same text, so str() is unchanged.
        cause = self.cause
        if cause is not None:
            try:
                pickle.dumps(cause)
            except Exception:
                cause = Exception(str(cause))
        return type(self), (self.code, self.message, self.details, cause)


# Typed kinds: each is an SDKException (same code, details, cause and str()), so existing
# ``except SDKException`` blocks and message checks keep working; new code can catch precisely
# (docs/deviations.md#typed-exceptions).

_MASK = "****"
_SHORTEST_SECRET = 6  # shorter values would mask ordinary words of the text


def without_secrets(error: SDKException, secrets: Any) -> SDKException:
    """``error``, or a copy of the same class in which each of the exact ``secrets`` (the values
    of the credential in use) is masked in the message, details and cause. No pattern is masked,
    so an error that quotes no secret keeps its text exactly."""
    values = sorted({value for value in secrets if isinstance(value, str) and len(value) >= _SHORTEST_SECRET},
                    key=len, reverse=True)
    details = error.details
    shown = json.dumps(details, default=str) if details is not None else ""
    # Details attached after construction (Accounts' answer) are not part of the text, but are masked too.
    detached = bool(shown) and shown not in error.error_message
    if not any(value in str(error) or value in shown for value in values):
        return error

    def scrub(text: str) -> str:
        for value in values:
            text = text.replace(value, _MASK)
        return text

    if any(value in shown for value in values):
        details = json.loads(scrub(shown))
    cause = error.cause
    if cause is not None and any(value in str(cause) for value in values):
        cause = Exception(scrub(str(cause)))
    message = scrub(error.message) if isinstance(error.message, str) else error.message
    code = scrub(error.code) if isinstance(error.code, str) else error.code
    copy = type(error)(code, message, None if detached else details, cause)
    copy.details = details
    return copy


class SDKConnectionException(SDKException):
    """The connection to Zoho failed (refused, reset, closed mid-answer, TLS or DNS failure)."""


class SDKTimeoutException(SDKConnectionException):
    """A connect or read timeout, the call's overall deadline, or a database that does not answer."""


class SDKRequestRefusedException(SDKException):
    """The request was refused before anything was sent (an invalid header, URL or token)."""


class SDKResponseException(SDKException):
    """The answer cannot be used: not decodable, or larger than ``SDKConfig.max_response_size``."""


class SDKAccountsException(SDKException):
    """Zoho Accounts did not hand out a usable token: an error answer, an incomplete or
    ill-typed one, or a redirect (never followed, so no secret is re-sent elsewhere)."""
