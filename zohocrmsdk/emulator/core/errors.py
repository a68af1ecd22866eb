"""Every error the emulator answers, as a named builder, plus the two exceptions that carry them.

Every string here is a wire fact of Zoho (code, message, status); the SDK picks response classes
by matching these exact values, so do not reword them. Backends raise `ZohoError` for a whole
request and `ItemError` for one entry of a multi-entry write; `core.app` renders the first, the
bulk-write helpers in `core.bodies` the second. A new documented error gets a builder here.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

INVALID_ID = "the id given seems to be invalid"


def body(code: str, message: str, details: Optional[dict] = None, status: str = "error") -> Dict[str, Any]:
    """The four-key object Zoho uses for whole-request errors and per-item results."""
    return {"code": code, "details": details if details is not None else {}, "message": message, "status": status}


def success(message: str, details: Optional[dict] = None, code: str = "SUCCESS") -> Dict[str, Any]:
    return body(code, message, details, "success")


class ZohoError(Exception):
    """A whole-request error; the app turns it into Zoho's error JSON with its status."""

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
    """A per-entry failure inside a multi-entry write (becomes one ``data[i]`` entry)."""

    def __init__(self, code: str, message: str, details: Optional[dict] = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.details = details or {}

    def to_json(self) -> Dict[str, Any]:
        return body(self.code, self.message, self.details)

    def whole(self, status: int = 400) -> ZohoError:
        """The same error for a request that has a single entry."""
        return ZohoError(status, self.code, self.message, self.details)


# -- whole-request errors (ZOHO_API.md §2.6) -----------------------------------------------
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


def invalid_id(details: Dict[str, Any]) -> ZohoError:
    return invalid_data(INVALID_ID, details)


def invalid_body() -> ZohoError:
    # Malformed JSON bodies: Zoho answers INVALID_DATA at the request level.
    return ZohoError(400, "INVALID_DATA", "body is not a valid JSON", {})


def not_json_object() -> ZohoError:
    return invalid_data(details={"expected_data_type": "jsonobject"})


def mandatory_missing(details: Dict[str, Any]) -> ZohoError:
    return ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", details)


def mandatory_param_missing(name: str) -> ZohoError:
    """A missing query parameter where Zoho says MANDATORY_NOT_FOUND (mass update status)."""
    return ZohoError(400, "MANDATORY_NOT_FOUND", "mandatory param missing", {"param_name": name})


def limit_exceeded(details: Dict[str, Any]) -> ZohoError:
    return ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", details)


def ambiguity(*names: str) -> ZohoError:
    return ZohoError(400, "AMBIGUITY_DURING_PROCESSING", "ambiguity while processing the request",
                     {"ambiguity_due_to": list(names)})


def not_supported(what: str) -> ZohoError:
    return ZohoError(400, "NOT_SUPPORTED", f"{what} is not supported for this module", {})


def resource_not_found(details: Optional[dict] = None) -> ZohoError:
    return ZohoError(404, "RESOURCE_NOT_FOUND", "the requested resource is not found", details or {})


def job_not_found() -> ZohoError:
    return ZohoError(404, "RESOURCE_NOT_FOUND", "The requested resource doesn't exist.", {})


def unparsable(param: str) -> ZohoError:
    return ZohoError(400, "UNABLE_TO_PARSE_DATA_TYPE", "either the request body or parameters is in wrong format",
                     {"param_name": param})


def file_too_large() -> ZohoError:
    return ZohoError(413, "FILE_TOO_LARGE", "File size too large to process", {})


def file_over_size(status: int) -> ZohoError:
    return ZohoError(status, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE", "file size is more than the allowed size", {})


def media_type_not_supported() -> ZohoError:
    return ZohoError(415, "MEDIA_TYPE_NOT_SUPPORTED", "The media type of the request is not supported", {})


def internal_error() -> ZohoError:
    return ZohoError(500, "INTERNAL_ERROR", "Internal Server Error")


def too_many_requests(retry_after: int = 1) -> ZohoError:
    return ZohoError(429, "TOO_MANY_REQUESTS", "The number of requests has exceeded the limit",
                     {}, {"Retry-After": str(retry_after)})


def server_fault(status: int, retry_after: int = 1) -> ZohoError:
    """An injected 5xx: INTERNAL_ERROR for 500, SERVICE_UNAVAILABLE (with Retry-After on 503) otherwise."""
    if status == 500:
        return ZohoError(500, "INTERNAL_ERROR", "Internal Server Error", {}, {})
    return ZohoError(status, "SERVICE_UNAVAILABLE", "Service Unavailable", {},
                     {"Retry-After": str(retry_after)} if status == 503 else {})


# -- per-entry errors ------------------------------------------------------------------------
def item_invalid(details: Dict[str, Any], message: str = "invalid data") -> ItemError:
    return ItemError("INVALID_DATA", message, details)


def item_invalid_id(details: Dict[str, Any]) -> ItemError:
    return ItemError("INVALID_DATA", INVALID_ID, details)


def item_mandatory(api_name: str, path: str) -> ItemError:
    return ItemError("MANDATORY_NOT_FOUND", "required field not found", {"api_name": api_name, "json_path": path})


def item_field_invalid(api_name: str, path: str, message: str = "invalid data") -> ItemError:
    return ItemError("INVALID_DATA", message, {"api_name": api_name, "json_path": path})


def item_duplicate(details: Dict[str, Any], message: str = "duplicate data") -> ItemError:
    return ItemError("DUPLICATE_DATA", message, details)


def item_not_allowed(message: str, details: Dict[str, Any]) -> ItemError:
    return ItemError("NOT_ALLOWED", message, details)


def item_limit(details: Dict[str, Any]) -> ItemError:
    return ItemError("LIMIT_EXCEEDED", "limit exceeded", details)


def entry_not_deleted(rid: str) -> Dict[str, Any]:
    return body("INVALID_DATA", "record not deleted", {"id": rid})


def entry_invalid_related(details: Dict[str, Any]) -> Dict[str, Any]:
    return body("INVALID_DATA", "the related id given seems to be invalid", details)


def entry_invalid_id(details: Dict[str, Any]) -> Dict[str, Any]:
    """A rendered per-entry INVALID_DATA for an unknown id (writes that collect entries directly)."""
    return body("INVALID_DATA", INVALID_ID, details)


# -- paging ------------------------------------------------------------------------------------
def page_token_expired() -> ZohoError:
    return ZohoError(400, "EXPIRED_VALUE", "the given page_token has expired", {"param_name": "page_token"})


def page_token_mismatch() -> ZohoError:
    return ZohoError(400, "TOKEN_BOUND_DATA_MISMATCH", "the given page_token is bound to different data",
                     {"param_name": "page_token"})


def pagination_limit(limit: int) -> ZohoError:
    return ZohoError(400, "PAGINATION_LIMIT_EXCEEDED", "pagination limit exceeded", {"limit": limit})


def discrete_pagination_limit(limit: int) -> ZohoError:
    return ZohoError(400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                     f"You can only get the first {limit} records without using page_token param.", {"limit": limit})


def iteration_limit(limit: int) -> ZohoError:
    return ZohoError(400, "LIMIT_REACHED", "Maximum response iteration limit reached", {"limit": limit})


# -- resource-specific errors -------------------------------------------------------------------
def already_converted(rid: str) -> ZohoError:
    return ZohoError(400, "ID_ALREADY_CONVERTED", "id already converted", {"id": rid})


def job_in_progress(job: str) -> ZohoError:
    return ZohoError(400, "INPROGRESS", "job is in progress", {"id": job})


def empty_job() -> ZohoError:
    return ZohoError(404, "NOT_FOUND", "Empty response", {})


def already_scheduled(job_id: str) -> ZohoError:
    return ZohoError(400, "ALREADY_SCHEDULED", "mass delete already scheduled for this view", {"job_id": job_id})


def invalid_file_format() -> ZohoError:
    return ZohoError(400, "INVALID_FILE_FORMAT", "invalid file format. only zip format is supported", {})


def module_not_available() -> ZohoError:
    return ZohoError(400, "MODULE_NOT_AVAILABLE", "module not available", {"api_name": "module"})


def invalid_file_id() -> ZohoError:
    return ZohoError(400, "INVALID_FILE_ID", "invalid file id", {"api_name": "file_id"})


def invalid_field(api_name: Any) -> ZohoError:
    return ZohoError(400, "INVALID_FIELD", "invalid field", {"api_name": api_name})


def column_index_not_found(index: Any) -> ZohoError:
    return ZohoError(400, "COLUMN_INDEX_NOT_FOUND", "column index not found", {"index": index})


def mandatory_fields_not_mapped(names: list) -> ZohoError:
    return ZohoError(400, "MANDATORY_FIELDS_NOT_MAPPED", "mandatory fields not mapped", {"api_names": names})


def invalid_query(details: Optional[dict] = None) -> ZohoError:
    return ZohoError(400, "INVALID_QUERY", "invalid query formed", details or {})


def expected_param_missing(names: list) -> ZohoError:
    return ZohoError(400, "EXPECTED_PARAM_MISSING", "mandatory param missing", {"param_name": names})


def syntax_error(near: str, column: int) -> ZohoError:
    return ZohoError(400, "SYNTAX_ERROR", "error occurred while parsing the query",
                     {"line": 1, "column": column, "near": near})


def duplicate_column(column: str) -> ZohoError:
    return ZohoError(400, "DUPLICATE_DATA", "duplicate column", {"column_name": column})


def currencies_not_enabled() -> ItemError:
    return ItemError("CURRENCIES_NOT_ENABLED", "multi-currency is not enabled for the organization", {})


def currencies_already_enabled() -> ItemError:
    return ItemError("ALREADY_ENABLED", "multi-currency is already enabled", {})


def already_shared(path: str) -> ItemError:
    return ItemError("ALREADY_SHARED", "the record is already shared with the given entity",
                     {"api_name": "shared_with", "json_path": path})


# -- the emulator's own door (not Zoho's API): Host checks and the admin token ----------------
def host_not_allowed(host: str) -> ZohoError:
    return ZohoError(400, "INVALID_REQUEST", "this Host is neither the emulator's address nor its public URL "
                     "(start it with --public-url to serve another name)", {"host": host})


def admin_token_required() -> ZohoError:
    return ZohoError(401, "AUTHENTICATION_FAILURE", "the admin API needs the token printed at start-up, "
                     "sent as the X-Emulator-Token header", {"header": "X-Emulator-Token"})


def request_timeout() -> ZohoError:
    return ZohoError(408, "REQUEST_TIMEOUT", "the request was not received in time", {})


def body_too_large(limit: int) -> ZohoError:
    return ZohoError(413, "PAYLOAD_TOO_LARGE", "the request body is larger than the emulator accepts",
                     {"maximum_length": limit})


# -- limits (core/limits.py, core/scopes.py) ------------------------------------------------
# Zoho documents TOO_MANY_REQUESTS/429 for both an exhausted credit window and too many calls in
# flight, without Retry-After, and the exact messages are not published. What the pages do tell
# apart: once half the credits are used every answer carries X-API-CREDITS-REMAINING, so an
# exhausted window says 0 there; a concurrency 429 does not. Clients (our SDK) read that header.
def credits_exhausted(remaining: int = 0) -> ZohoError:
    return ZohoError(429, "TOO_MANY_REQUESTS", "The API credits for the 24-hour window have been exhausted",
                     {}, {"X-API-CREDITS-REMAINING": str(remaining)})


def concurrency_exceeded(limit: int) -> ZohoError:
    return ZohoError(429, "TOO_MANY_REQUESTS", "The number of concurrent requests has exceeded the limit",
                     {"limit": limit})


def scope_mismatch() -> ZohoError:
    return ZohoError(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL")


def codes_throttled() -> ZohoError:
    """More than 10 grant codes for one client in 10 minutes (Zoho's authorize step says access_denied)."""
    return ZohoError(400, "access_denied", "too many grant codes for this client in 10 minutes")


def downloads_exceeded(limit: int) -> ZohoError:
    return ZohoError(429, "TOO_MANY_REQUESTS", "The number of downloads per minute has exceeded the limit",
                     {"limit": limit})
