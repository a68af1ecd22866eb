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
    code, message = text(body.get_code()) or "ERROR", text(body.get_message())
    details = body.get_details()
    line = f"{code}: {message}" + (f" {details}" if details else "")
    if status is not None:
        line = f"HTTP {status} {line}"
    credits = {k.lower(): v for k, v in (headers or {}).items()}.get("x-api-credits-remaining")
    if credits is not None:
        line += f" (X-API-CREDITS-REMAINING: {credits})"
    return CLIError(line)


def text(value: Any) -> str:
    """A Choice's value or a plain value as text ("" for None)."""
    value = getattr(value, "get_value", lambda: value)()
    return "" if value is None else str(value)
