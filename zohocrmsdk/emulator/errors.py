"""Builders for Zoho's JSON error/success bodies and the exception handlers raise.

Every string here is a wire fact from ZOHO_API.md; the SDK picks response classes by
matching these exact values, so do not reword them.
"""
from __future__ import annotations

from typing import Any, Dict, Optional


def body(code: str, message: str, details: Optional[dict] = None, status: str = "error") -> Dict[str, Any]:
    """The four-key object Zoho uses for whole-request errors and per-item results."""
    return {"code": code, "details": details if details is not None else {}, "message": message, "status": status}


def success(message: str, details: Optional[dict] = None, code: str = "SUCCESS") -> Dict[str, Any]:
    return body(code, message, details, "success")


class ZohoError(Exception):
    """Raised anywhere in a handler; app.py turns it into Zoho's error JSON."""

    def __init__(self, status: int, code: str, message: str, details: Optional[dict] = None,
                 headers: Optional[dict] = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}

    def to_json(self) -> Dict[str, Any]:
        return body(self.code, self.message, self.details)


class ItemError(Exception):
    """A per-record failure inside a multi-record write (becomes one `data[i]` entry)."""

    def __init__(self, code: str, message: str, details: Optional[dict] = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.details = details or {}

    def to_json(self) -> Dict[str, Any]:
        return body(self.code, self.message, self.details)


# Whole-request errors with fixed status/message (ZOHO_API.md §2.6).
def authentication_failure() -> ZohoError:
    return ZohoError(401, "AUTHENTICATION_FAILURE", "Authentication failed")


def invalid_token() -> ZohoError:
    return ZohoError(401, "INVALID_TOKEN", "invalid oauth token")


def invalid_url() -> ZohoError:
    return ZohoError(404, "INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")


def invalid_method() -> ZohoError:
    return ZohoError(400, "INVALID_REQUEST_METHOD", "The http request method type is not a valid one")


def invalid_module(name: str = "") -> ZohoError:
    return ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {})


def required_param(name: str) -> ZohoError:
    return ZohoError(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                     {"param_name": name})


def invalid_data(message: str = "invalid data", details: Optional[dict] = None) -> ZohoError:
    return ZohoError(400, "INVALID_DATA", message, details or {})


def invalid_body() -> ZohoError:
    # Malformed JSON bodies: Zoho answers INVALID_DATA at the request level.
    return ZohoError(400, "INVALID_DATA", "body is not a valid JSON", {})


def internal_error() -> ZohoError:
    return ZohoError(500, "INTERNAL_ERROR", "Internal Server Error")


def too_many_requests(retry_after: int = 1) -> ZohoError:
    return ZohoError(429, "TOO_MANY_REQUESTS", "The number of requests has exceeded the limit",
                     {}, {"Retry-After": str(retry_after)})
