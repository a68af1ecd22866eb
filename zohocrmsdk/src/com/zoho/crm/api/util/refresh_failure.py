"""A failed token refresh, remembered so that one attempt answers everyone who was waiting for it.

Single-flight shares the outcome of a refresh, not only a success (docs/deviations.md#refresh-failure-shared):
the holder of a credential's refresh lock that fails records a ``RefreshFailure`` where the lock lives (the
store's ``save_refresh_failure`` hook); the next holder reads it under the same lock and raises the same error
instead of asking Zoho Accounts again. A permanent answer (a revoked or unknown refresh token, a wrong client)
holds until the stored refresh token changes; any other failure for ``SDKConfig.refresh_failure_seconds``.
Records hold digests and Accounts' answer, never a secret.
"""
from __future__ import annotations

import hashlib
import json
import time
from typing import Any, Dict, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKAccountsException, SDKException

# Accounts' answers that stay wrong however often they are retried.
PERMANENT_ERRORS = frozenset(("invalid_code", "invalid_client", "invalid_client_secret", "unauthorized_client"))
PERMANENT_SECONDS = 86400.0  # a permanent record still ends, so no store grows without bound
DEFAULT_WINDOW = 10.0  # SDKConfig.refresh_failure_seconds


def accounts_error(code: Optional[str], message: Optional[str], details: Any,
                   cause: Optional[BaseException] = None) -> SDKAccountsException:
    """An Accounts failure whose text is the official one and whose ``details`` carry Accounts' answer
    (set after construction: the official text has no details in it, and apps match that text;
    docs/deviations.md#refresh-failure-shared)."""
    error = SDKAccountsException(code, message, None, cause)
    error.details = details
    return error


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def credential_key(token: Any) -> str:
    """Who a refresh is for, as a digest: the user name, else the first secret or id of the token."""
    signature = token.get_user_signature()
    user = signature.get_name() if signature is not None else None
    if user:
        ident = "user:" + user
    else:
        ident = next(("{}:{}".format(kind, value) for kind, value in (
            ("refresh", token.get_refresh_token()), ("grant", token.get_grant_token()),
            ("access", token.get_access_token()), ("id", token.get_id())) if value), "")
    return digest(ident)


class RefreshFailure(object):
    """What one refresh attempt with a given refresh token answered, and until when it stands."""

    __slots__ = ("refresh_digest", "permanent", "until", "code", "message", "details")

    def __init__(self, refresh_digest: str, permanent: bool, until: float, code: Optional[str],
                 message: Optional[str], details: Any) -> None:
        self.refresh_digest, self.permanent, self.until = refresh_digest, permanent, until
        self.code, self.message, self.details = code, message, details

    @classmethod
    def of(cls, error: SDKException, refresh_token: str, window: float) -> "RefreshFailure":
        details = error.details if isinstance(error.details, dict) else None
        answer = details.get("response") if details else None
        permanent = isinstance(answer, dict) and answer.get("error") in PERMANENT_ERRORS
        if details is None and error.cause is not None:
            details = {"cause": "{}: {}".format(type(error.cause).__name__, error.cause)}
        seconds = PERMANENT_SECONDS if permanent else window
        return cls(digest(refresh_token), permanent, time.time() + seconds, error.code, error.message, details)

    def seconds_left(self) -> float:
        return self.until - time.time()

    def applies_to(self, refresh_token: Optional[str]) -> bool:
        return bool(refresh_token) and digest(refresh_token) == self.refresh_digest and self.seconds_left() > 0

    def error(self) -> SDKAccountsException:
        return accounts_error(self.code, self.message, self.details)

    def to_json(self) -> str:
        return json.dumps({name: getattr(self, name) for name in self.__slots__}, default=str)

    @classmethod
    def from_json(cls, text: Any) -> Optional["RefreshFailure"]:
        """The record, or None when ``text`` is not one (damaged or foreign: then there is no record)."""
        try:
            data: Dict[str, Any] = json.loads(text)
            return cls(str(data["refresh_digest"]), bool(data["permanent"]), float(data["until"]),
                       data.get("code"), data.get("message"), data.get("details"))
        except (ValueError, TypeError, KeyError):
            return None
