"""The two failures a command reports, each as one line and an exit code (0 is success)."""
from __future__ import annotations

from typing import Any

USAGE = 2    # the command line cannot run as given: fix the arguments
FAILURE = 1  # Zoho, the network or the machine failed


class CLIError(Exception):
    """Zoho, network or runtime failure: exit 1."""
    exit_code = FAILURE


class UsageError(CLIError):
    """Bad arguments, or a request that Zoho's limits refuse without another option: exit 2."""
    exit_code = USAGE


def api_error(body: Any, status: Any = None, headers: Any = None) -> CLIError:
    """A CLIError from an SDK ``APIException`` body (Zoho's JSON error)."""
    code = body.get_code().get_value() if body.get_code() is not None else "ERROR"
    message = body.get_message().get_value() if body.get_message() is not None else ""
    details = body.get_details()
    text = f"{code}: {message}" + (f" {details}" if details else "")
    if status is not None:
        text = f"HTTP {status} {text}"
    credits = (headers or {}).get("X-API-CREDITS-REMAINING")
    if credits is not None:
        text += f" (X-API-CREDITS-REMAINING: {credits})"
    return CLIError(text)
