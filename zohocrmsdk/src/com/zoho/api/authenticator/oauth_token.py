"""OAuth 2.0 credentials for Zoho CRM: the grant, refresh, access-token, id and user flows.

Compared with the official SDK the persisted data and the requests to Zoho Accounts are the same;
what differs is inside: one refresh per expiry however many threads (and, through the store's
``refresh_lock`` hook, processes) ask; the token is read back from the store under the lock so a
refresh done elsewhere is reused; timeouts and the proxy apply to Accounts calls too; secrets are
never shown by ``repr`` or logs.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any, Optional, Tuple

from zohocrmsdk.src.com.zoho.api.authenticator.token import Token
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import (SDKAccountsException, SDKException,
                                                                     SDKRequestRefusedException, without_secrets)
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from zohocrmsdk.src.com.zoho.crm.api.util import call_context
from zohocrmsdk.src.com.zoho.crm.api.util.refresh_failure import accounts_error

logger = logging.getLogger("SDKLogger")

_REFRESH_MARGIN_MS = 5000  # refresh this long before expiry, as the official SDK does
_FIELD_ERROR_DETAILS = {"expected-type": "String", "class": "OAuthToken"}

def _now_ms() -> int:
    return int(time.time() * 1000)


def _mask(value: Optional[str]) -> Optional[str]:
    if not value:
        return value
    return "****" + value[-4:] if len(value) > 12 else "****"


class OAuthToken(Token):
    """OAuth credentials; which arguments are given picks the flow (see the README)."""

    lock = threading.Lock()  # kept for compatibility; refreshes use the per-credential locks

    # Defaults, so that tokens a store builds without calling the constructor read as unset.
    __client_id = __client_secret = __grant_token = __refresh_token = __redirect_url = None
    __id = __access_token = __user_signature = __api_domain = __expires_in = None
    find_user = True

    def __init__(self, client_id: Optional[str] = None, client_secret: Optional[str] = None,
                 grant_token: Optional[str] = None, refresh_token: Optional[str] = None,
                 redirect_url: Optional[str] = None, id: Optional[str] = None,
                 access_token: Optional[str] = None, user_signature: Optional[UserSignature] = None,
                 api_domain: Optional[str] = None, find_user: bool = True) -> None:
        if all(v is None for v in (grant_token, refresh_token, id, access_token, user_signature)):
            raise SDKException("MANDATORY VALUE ERROR", "Value missing or None for mandatory key(s): ",
                               ["grant_token", "refresh_token", "id", "access_token"])
        if id is None and access_token is None and user_signature is None:
            _require_str("client_id", client_id)
            _require_str("client_secret", client_secret)
            _optional_str("grant_token", grant_token)
            _optional_str("refresh_token", refresh_token)
            _optional_str("redirect_uri", redirect_url)
        _optional_str("id", id)
        _optional_str("access_token", access_token)
        if user_signature is not None and not isinstance(user_signature, UserSignature):
            raise SDKException("TOKEN ERROR", None, {"field": "user_name",
                               "expected-type": "user must be instance of userSignature.",
                               "class": "OAuthToken"})
        self.__client_id = client_id
        self.__client_secret = client_secret
        self.__grant_token = grant_token
        self.__refresh_token = refresh_token
        self.__redirect_url = redirect_url
        self.__id = id
        self.__access_token = access_token
        self.__user_signature = user_signature
        self.__api_domain = api_domain
        self.__expires_in: Optional[str] = None
        self.find_user = find_user

    # -- accessors (the official names) ---------------------------------------------------------
    def get_client_id(self): return self.__client_id
    def get_client_secret(self): return self.__client_secret
    def get_redirect_url(self): return self.__redirect_url
    def get_grant_token(self): return self.__grant_token
    def get_refresh_token(self): return self.__refresh_token
    def get_access_token(self): return self.__access_token
    def get_id(self): return self.__id
    def get_expires_in(self): return self.__expires_in
    def get_user_signature(self): return self.__user_signature
    def get_api_domain(self): return self.__api_domain
    def set_grant_token(self, grant_token): self.__grant_token = grant_token
    def set_refresh_token(self, refresh_token): self.__refresh_token = refresh_token
    def set_redirect_url(self, redirect_url): self.__redirect_url = redirect_url
    def set_access_token(self, access_token): self.__access_token = access_token
    def set_client_id(self, client_id): self.__client_id = client_id
    def set_client_secret(self, client_secret): self.__client_secret = client_secret
    def set_id(self, id): self.__id = id
    def set_expires_in(self, expires_in): self.__expires_in = expires_in
    def set_user_signature(self, user_signature): self.__user_signature = user_signature
    def set_api_domain(self, api_domain): self.__api_domain = api_domain

    def __repr__(self) -> str:
        user = self.__user_signature.get_name() if self.__user_signature is not None else None
        return ("OAuthToken(id={!r}, user={!r}, client_id={!r}, refresh_token={!r}, access_token={!r}, "
                "expires_in={!r})").format(self.__id, user, self.__client_id, _mask(self.__refresh_token),
                                           _mask(self.__access_token), self.__expires_in)

    __str__ = __repr__

    # -- the flows ------------------------------------------------------------------------------
    def generate_token(self):
        self.get_token()

    def _generate_for(self, context) -> None:
        """``generate_token`` against ``context`` (a configuration being installed) instead of the current one."""
        self._token_for(context)

    def authenticate(self, url_connection):
        # A caller that set its own Authorization header manages its own token.
        if "Authorization" in url_connection.headers:
            return
        access_token = self.get_token()
        if "\r" in access_token or "\n" in access_token:
            # It would end up whole in the HTTP library's error text, or split the header.
            raise SDKRequestRefusedException("INVALID TOKEN ERROR", "The access token contains a CR or LF "
                                             "character; the request was not sent.")
        url_connection.add_header("Authorization", "Zoho-oauthtoken " + access_token)

    def _secrets(self) -> Tuple[Optional[str], ...]:
        """The secret values of this credential (and of the token it last used), to keep them out
        of exception texts."""
        values: Tuple[Optional[str], ...] = (self.get_client_secret(), self.get_refresh_token(),
                                             self.get_access_token(), self.get_grant_token())
        memo = self.__dict__.get("_memo")
        if memo is not None and memo[1] is not self:
            values += memo[1]._secrets()
        return values

    def get_token(self) -> str:
        """Return a valid access token, exchanging, refreshing and saving as needed."""
        return self._token_for(call_context.require())

    def _token_for(self, context) -> str:
        tokens = context.tokens
        # With our own stores (they coordinate refreshes across processes), a token this object
        # already holds and that is still valid needs no store read, which is most of a small
        # call's cost. A plain custom store is read on every call, as officially: apps may count
        # on it (docs/deviations.md#token-memo-with-coordinating-stores).
        memo = self.__dict__.get("_memo")
        if memo is not None and memo[0] is tokens and tokens.coordinates and memo[1]._is_valid():
            return memo[1].get_access_token()
        token = self._load(tokens)
        if not token.get_api_domain():
            token.set_api_domain(context.environment.url)
        if token._is_valid():
            if token.get_expires_in() is None and token.get_id() is None:
                # First use of the access-token flow: persisted as the official SDK does.
                token._save(context)
            return self._remember(tokens, token)
        current = token.get_access_token()
        tokens.refresh_once(token, context, token._renew,
                            lambda fresh: fresh._is_valid() and fresh.get_access_token() != current)
        return self._remember(tokens, token)

    def _remember(self, tokens, token: "OAuthToken") -> str:
        self.__dict__["_memo"] = (tokens, token)
        return token.get_access_token()

    def renew_if_current(self, failed_access_token: str) -> Optional[str]:
        """After Zoho answered INVALID_TOKEN: refresh once, unless someone already did.

        Returns the access token to retry with, or None when no refresh is possible."""
        context = call_context.require()
        tokens = context.tokens
        self.__dict__.pop("_memo", None)  # Zoho refused it: never trust the held copy again
        token = self._load(tokens)
        if token.get_refresh_token() is None:
            return None
        tokens.refresh_once(token, context, token._refresh,
                            lambda fresh: bool(fresh.get_access_token())
                            and fresh.get_access_token() != failed_access_token)
        return self._remember(tokens, token)

    def _is_valid(self) -> bool:
        if not self.get_access_token():
            return False
        expiry = self.get_expires_in()
        return expiry is None or int(expiry) - _now_ms() >= _REFRESH_MARGIN_MS

    def _load(self, tokens, merge_into_self: bool = True) -> Optional["OAuthToken"]:
        """The stored state of this credential (merged into self), following the official lookup."""
        if self.get_id() is not None:
            stored = tokens.find_by_id(self.get_id())
            if stored is None:
                return None if not merge_into_self else self
            if merge_into_self:
                _merge(self, stored, _TOKEN_FIELDS)  # the caller's object shows the stored token, as officially
                _merge(stored, self)
                return stored
            return stored
        if merge_into_self:
            found = tokens.find(self)
            if found is None:
                if self.get_user_signature() is not None and self.get_grant_token() is None \
                        and self.get_refresh_token() is None:
                    raise SDKException("MANDATORY VALUE ERROR",
                                       "Exception in getToken() - OAuthToken : Given user_name token details "
                                       "not found, Please give required item - grant_token, refresh_token")
                return self
            return found
        probe = self._copy()
        probe.set_access_token(None)
        probe.set_expires_in(None)
        return tokens.find(probe)

    def _copy(self) -> "OAuthToken":
        twin = OAuthToken.__new__(OAuthToken)
        twin.__dict__.update(self.__dict__)
        return twin

    def _adopt(self, other: "OAuthToken") -> None:
        for name in ("access_token", "refresh_token", "expires_in", "api_domain", "id", "user_signature"):
            value = getattr(other, "get_" + name)()
            if value is not None:
                getattr(self, "set_" + name)(value)

    def _renew(self, context) -> None:
        if self.get_refresh_token() is not None:
            logger.info("Access token can be generated by refresh token" if not self.get_access_token()
                        else "Access Token has expired. Hence refreshing.")
            self._refresh(context)
        elif self.get_grant_token() is not None:
            logger.info("Access token can be generated by grant token.")
            self._exchange_grant(context)
        else:
            raise SDKException("MANDATORY VALUE ERROR", "Value missing or None for mandatory key(s): ",
                               ["grant_token", "refresh_token"])

    def _refresh(self, context) -> None:
        form = [("refresh_token", self.get_refresh_token()), ("client_id", self.get_client_id()),
                ("client_secret", self.get_client_secret()), ("grant_type", "refresh_token")]
        self._call_accounts(context, form, headers=None, idempotent=True)

    def _exchange_grant(self, context) -> None:
        form = [("client_id", self.get_client_id()), ("client_secret", self.get_client_secret())]
        if self.get_redirect_url() is not None:
            form.append(("redirect_uri", self.get_redirect_url()))
        form += [("grant_type", "authorization_code"), ("code", self.get_grant_token())]
        self._call_accounts(context, form, headers={"user-agent": "Mozilla/5.0"})

    def _call_accounts(self, context, form, headers, idempotent=False) -> None:
        try:
            body, status = context.tokens.post_accounts(context, form, headers, idempotent)
            self._apply_accounts_response(body, status)
            return
        except SDKException as error:
            masked = without_secrets(error, self._secrets())
            if masked is error:
                raise
        raise masked  # outside the handler: the unmasked error is not kept as its context

    def _apply_accounts_response(self, body, status: Optional[int] = None) -> None:
        """Take Accounts' answer only when it is complete and well typed: nothing is changed (and
        so nothing saved) otherwise (docs/deviations.md#accounts-answer-checked)."""
        access = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(access, str) or not access:
            error = body.get("error") if isinstance(body, dict) else None
            raise accounts_error("INVALID TOKEN ERROR",
                                 str(error) if error is not None else "ACCESS TOKEN IS NOT PRESENT IN RESPONSE",
                                 {"status": status, "response": body})
        try:
            expires_in = body.get("expires_in", 3600)
            if isinstance(expires_in, bool) or not isinstance(expires_in, (int, str)):
                raise ValueError("expires_in is not a number: {!r}".format(expires_in))
            duration = int(expires_in)
            if "expires_in_sec" not in body:
                duration *= 1000
            for name in ("refresh_token", "api_domain"):
                if body.get(name) is not None and not isinstance(body[name], str):
                    raise ValueError("{} is not a string".format(name))
            if "\r" in access or "\n" in access:
                raise ValueError("the access token contains a CR or LF character")
        except ValueError as error:
            raise SDKAccountsException("Exception in saving tokens", None, None, error) from error
        self.set_access_token(access)
        self.set_expires_in(str(_now_ms() + duration))
        if body.get("refresh_token") is not None:
            self.set_refresh_token(body["refresh_token"])
        if body.get("api_domain") is not None:
            self.set_api_domain(body["api_domain"])

    def _save(self, context) -> None:
        tokens = context.tokens
        if self.get_user_signature() is None and getattr(self, "find_user", True):
            try:
                name = tokens.current_user(context, self.get_access_token())
                if name is not None:
                    self.set_user_signature(UserSignature(name))
            except MemoryError:
                raise
            except Exception as error:
                # The tokens are saved regardless (docs/deviations.md#token-saved-when-user-lookup-fails).
                logger.error("Exception in finding the current user: %s", error)
        tokens.save(self)

    # -- removal -------------------------------------------------------------------------------
    def remove(self) -> bool:
        try:
            call_context.require().tokens.delete(self.get_id())
            return True
        except Exception:
            return False

    def revoke(self, id1: str) -> bool:
        """Revoke the refresh token stored under ``id1`` at Zoho Accounts (docs/deviations.md#revoke-by-id)."""
        context = call_context.require()
        stored = context.tokens.find_by_id(id1)
        if stored is None or not stored.get_refresh_token():
            logger.info("id : %s No tokens exist for the given user-id.", id1)
            return False
        try:
            body, _ = context.tokens.post_accounts(context, [("token", stored.get_refresh_token())], path="/revoke")
            masked = None
        except SDKException as error:
            masked = without_secrets(error, stored._secrets() + self._secrets())
            if masked is error:
                raise
        if masked is not None:
            raise masked  # outside the handler: the unmasked error is not kept as its context
        revoked = isinstance(body, dict) and body.get("status") == "success"
        if revoked:
            logger.info("id : %s Refresh token revoked successfully.", id1)
        return revoked


_TOKEN_FIELDS = ("client_id", "client_secret", "redirect_url", "grant_token", "refresh_token", "access_token",
                 "expires_in", "user_signature", "id")


def _merge(target: OAuthToken, source: OAuthToken, fields=_TOKEN_FIELDS + ("api_domain",)) -> None:
    """Fill every unset attribute of ``target`` (of ``fields``) from ``source``."""
    for name in fields:
        if getattr(target, "get_" + name)() is None:
            value = getattr(source, "get_" + name)()
            if value is not None:
                getattr(target, "set_" + name)(value)
    if "find_user" in source.__dict__:
        target.find_user = source.find_user


def _require_str(field: str, value) -> None:
    if not isinstance(value, str):
        raise SDKException("TOKEN ERROR", None, dict(field=field, **_FIELD_ERROR_DETAILS))


def _optional_str(field: str, value) -> None:
    if value is not None and not isinstance(value, str):
        raise SDKException("TOKEN ERROR", None, dict(field=field, **_FIELD_ERROR_DETAILS))


def _reset_after_fork() -> None:
    # An app may hold this official lock; a child forked meanwhile gets a free one.
    OAuthToken.lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
