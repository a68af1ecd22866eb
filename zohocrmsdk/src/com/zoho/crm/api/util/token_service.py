"""The token I/O of one token store, beside the API handler: store reads and writes, the refresh
single-flight under the store's lock, requests to Zoho Accounts and the current-user lookup.

``OAuthToken`` holds the credential and decides (which flow, whether a token is valid, whether an answer is
usable, what to save); it asks the ``TokenService`` of its call context to do the I/O, so the authenticator
imports no layer that calls it. A store has one service (kept on the store), so every configuration using
the store shares its refresh locks, and a lock cannot alias another store's.

Single-flight shares outcomes (docs/deviations.md#refresh-failure-shared): the holder of a credential's lock
adopts what another holder saved meanwhile, or raises the failure another holder recorded, or else asks
Accounts once and records the outcome where the lock lives (the store's ``save_refresh_failure`` hook).
"""
from __future__ import annotations

import contextlib
import itertools
import logging
import os
import threading
import weakref
from typing import Any, Callable, List, Optional, Tuple

from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import (SDKAccountsException, SDKException,
                                                                     SDKTimeoutException)
from zohocrmsdk.src.com.zoho.crm.api.util import transport
from zohocrmsdk.src.com.zoho.crm.api.util.refresh_failure import (DEFAULT_WINDOW, RefreshFailure, accounts_error,
                                                                   credential_key)

logger = logging.getLogger("SDKLogger")

DEFAULT_WAIT_SECONDS = 120.0  # SDKConfig.refresh_wait_seconds
UserLookup = Callable[[Any, str], Optional[str]]  # (context, access token) -> "<email>:<org zgid>"

# A thread that waited for a credential's lock adopts a refresh made after it started waiting instead of
# refreshing again, without reading the store: the sequence number says which came first.
_refreshes = itertools.count()


class _Entry(object):
    """One credential's refresh lock and the token its last refresh in this process produced."""

    __slots__ = ("lock", "last", "__weakref__")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last: Optional[Tuple[int, Any]] = None


class TokenService(object):
    """Token I/O for one store. Build it with ``of(store, user_lookup)``, which returns the store's own."""

    def __init__(self, store: Any, user_lookup: Optional[UserLookup] = None) -> None:
        self.store = store
        self.user_lookup = user_lookup
        # A store overriding ``refresh_lock`` coordinates processes: re-read after waiting, memo allowed.
        hook = getattr(type(store), "refresh_lock", None)
        self.coordinates = hook is not None and hook is not TokenStore.refresh_lock
        self._reset()
        _services.add(self)

    def _reset(self) -> None:
        self._guard = threading.Lock()
        # Weakly held: an entry lives while a thread uses it, so a held lock is never evicted and idle
        # credentials cost nothing.
        self._entries: "weakref.WeakValueDictionary[str, _Entry]" = weakref.WeakValueDictionary()

    @classmethod
    def of(cls, store: Any, user_lookup: Optional[UserLookup] = None) -> Optional["TokenService"]:
        if store is None:
            return None
        service = store.__dict__.get("_token_service")  # a TokenStore always has a __dict__
        if service is None:
            with _guard:
                service = store.__dict__.get("_token_service")
                if service is None:
                    service = store.__dict__["_token_service"] = cls(store, user_lookup)
        if service.user_lookup is None:
            service.user_lookup = user_lookup
        return service

    # -- the store --------------------------------------------------------------------------------
    def find(self, token: Any) -> Any:
        return self.store.find_token(token)

    def find_by_id(self, id: str) -> Any:
        return self.store.find_token_by_id(id)

    def save(self, token: Any) -> None:
        self.store.save_token(token)

    def delete(self, id: str) -> None:
        self.store.delete_token(id)

    # -- Zoho --------------------------------------------------------------------------------------
    def post_accounts(self, context: Any, form: List[Tuple[str, Any]], headers: Optional[dict] = None,
                      idempotent: bool = False, path: str = "") -> Tuple[Any, int]:
        """POST ``form`` to the context's Accounts URL (+ ``path``); return (decoded JSON answer, status)."""
        try:
            response = context.channel.post_form(context.environment.accounts_url + path, form, headers,
                                                 idempotent)
        except (SDKException, MemoryError):
            raise
        except Exception as error:
            raise SDKAccountsException("Exception in saving tokens", None, None, error) from error
        try:
            return response.json(), response.status_code
        except (ValueError, RecursionError) as error:
            excerpt = response.content[:300].decode("utf-8", "replace")
            raise accounts_error("Exception in saving tokens", None,
                                 {"status": response.status_code, "body": excerpt}, error) from error

    def current_user(self, context: Any, access_token: str) -> Optional[str]:
        """``<email>:<org zgid>`` of the user ``access_token`` belongs to, asked of the CRM API."""
        return self.user_lookup(context, access_token) if self.user_lookup is not None else None

    # -- one refresh for everyone ------------------------------------------------------------------
    def refresh_once(self, token: Any, context: Any, renew: Callable[[Any], None],
                     usable: Callable[[Any], bool]) -> Any:
        """Bring ``token`` up to date once for every thread and process that needs it now: under the
        credential's lock, adopt what another holder saved meanwhile, or raise the failure it recorded,
        or else ``renew`` and save. Returns ``token``."""
        key = credential_key(token)
        entry = self._entry(key)
        since = next(_refreshes)
        wait = _wait_seconds(context.sdk_config)
        if not entry.lock.acquire(timeout=wait):
            raise SDKTimeoutException("INVALID TOKEN ERROR", "Waited {:g} s for another thread's token refresh."
                                      .format(wait))
        try:
            with self._store_lock(token):
                fresh = self._refreshed_meanwhile(token, entry, since)
                if fresh is not None and usable(fresh):
                    token._adopt(fresh)
                    return token
                refresh_token = token.get_refresh_token()
                recorded = self._read_failure(key) if refresh_token else None
                if recorded is not None and recorded.applies_to(refresh_token):
                    raise recorded.error()
                try:
                    renew(context)
                except SDKException as error:
                    if refresh_token and token.get_refresh_token() == refresh_token:
                        window = getattr(context.sdk_config, "refresh_failure_seconds", DEFAULT_WINDOW)
                        self._write_failure(key, RefreshFailure.of(error, refresh_token, window))
                    raise
                if recorded is not None:
                    self._write_failure(key, None)
                token._save(context)
                entry.last = (next(_refreshes), token)
        finally:
            entry.lock.release()
        return token

    def _entry(self, key: str) -> _Entry:
        with self._guard:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = _Entry()
            return entry

    def _refreshed_meanwhile(self, token: Any, entry: _Entry, since: int) -> Optional[Any]:
        """What another holder of the lock saved. Only a coordinating store is read again; a plain
        six-method store sees the official call sequence (find, token request, save)."""
        if self.coordinates:
            return token._load(self, merge_into_self=False)
        done = entry.last
        return done[1] if done is not None and done[0] > since else None

    def _store_lock(self, token: Any):
        hook = getattr(self.store, "refresh_lock", None)
        return hook(token) if hook is not None else contextlib.nullcontext()

    def _read_failure(self, key: str) -> Optional[RefreshFailure]:
        try:
            text = self.store.refresh_failure(key) if hasattr(self.store, "refresh_failure") else None
        except SDKException as error:  # unreadable: decide as if nothing were recorded
            logger.warning("Could not read the token refresh outcome: %s", error)
            return None
        return RefreshFailure.from_json(text) if text else None

    def _write_failure(self, key: str, failure: Optional[RefreshFailure]) -> None:
        if not hasattr(self.store, "save_refresh_failure"):
            return
        try:
            self.store.save_refresh_failure(key, failure.to_json() if failure is not None else None,
                                            failure.seconds_left() if failure is not None else 0.0)
        except SDKException as error:  # the refresh's own outcome matters more than its record
            logger.warning("Could not record the token refresh outcome: %s", error)


def _wait_seconds(sdk_config: Any) -> float:
    """How long a thread waits for another's refresh of the same credential: the configured bound,
    shortened to what is left of the call's deadline (the whole deadline outside a call)."""
    wait = getattr(sdk_config, "refresh_wait_seconds", DEFAULT_WAIT_SECONDS)
    left = transport.time_left()
    if left is None:
        left = getattr(sdk_config, "deadline", None)
    return max(0.0, min(wait, left)) if left is not None else wait


_services: "weakref.WeakSet[TokenService]" = weakref.WeakSet()
_guard = threading.Lock()


def _reset_after_fork() -> None:
    # A child must not inherit locks held by threads of its parent (they never release them there).
    global _guard
    _guard = threading.Lock()
    for service in list(_services):
        service._reset()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)
