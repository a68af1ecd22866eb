"""The one exception type the SDK raises for misuse, bad input and failed calls."""
from __future__ import annotations

import json
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
        return "SDKException(code={!r}, message={!r}, details={!r})".format(
            self.code, self.message, self.details)
