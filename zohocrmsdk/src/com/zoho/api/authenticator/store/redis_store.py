"""Tokens in Redis, shared by every process on every host that points at the same server.

Not in the official SDK. Layout under the key prefix ``P`` (default ``zohocrmsdk:``):

- ``P token:<id>``: a hash per token whose fields are the official ``oauthtoken`` columns; an unset
  value is an absent field. Nothing expires on its own.
- ``P ids``: the set of ids; ``P seq``: the counter new ids come from.
- ``P idx:<column>:<sha1 of value>``: the ids whose user_name / refresh_token / grant_token /
  access_token has that value (key names carry digests, never secrets).
- ``P lease:<sha256 of credential>``: the refresh lease, and ``P wake:<same digest>``, a list a
  release pushes to so that a waiter wakes at once (see ``refresh_lock``).
- ``P outcome:<same digest>``: the failure of the last refresh, written under the lease and expiring
  with its window, so that a failure is tried once per failure window across hosts.

Tokens are found with DBStore's rules (same selection, exact comparison, lowest id first), and
every write is one Lua script, so a save or delete is applied whole or not at all. The index keys
are computed inside the scripts, so Redis Cluster is not supported (one server, or Sentinel).
``redis`` (the ``[redis]`` extra) is imported only when a store is built.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
import time
from typing import Any, ContextManager, Iterator, List, Optional, Sequence

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store.db_store import _COLUMNS, DBStore, _text
from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore, reentrant
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException

logger = logging.getLogger("SDKLogger")

_TOKEN_STORE = "TOKEN_STORE"
_INSTALL_ERROR = "Exception in RedisStore : the redis package is not installed (pip install redis)"
_CONFIG_ERROR = "Exception in RedisStore : give a redis:// or rediss:// URL or a redis client"
_FIND_ERROR = "Exception in find_token - RedisStore"
_NOT_FOUND_ERROR = "Exception in RedisStore : Given user authentication details not found."
_SAVE_ERROR = "Exception in save_token - RedisStore"
_DELETE_ERROR = "Exception in delete_token - RedisStore"
_GET_TOKENS_ERROR = "Exception in get_tokens - RedisStore"
_DELETE_ALL_ERROR = "Exception in delete_tokens - RedisStore"
_BY_ID_ERROR = "Exception in findTokenById() - RedisStore : Given Id is invalid"
_LOCK_ERROR = "Exception in RedisStore : could not take the token refresh lease"

# Shared by every script: ARGV[1] is the key prefix.
_LUA_COMMON = """
local P = ARGV[1]
local COLUMNS = {'id', 'user_name', 'client_id', 'client_secret', 'refresh_token', 'access_token',
                 'grant_token', 'expiry_time', 'redirect_url', 'api_domain'}
local INDEXED = {user_name = true, refresh_token = true, grant_token = true, access_token = true}
local function tkey(id) return P .. 'token:' .. id end
local function ikey(column, value) return P .. 'idx:' .. column .. ':' .. redis.sha1hex(value) end
-- DBStore's order: CAST(id AS UNSIGNED), then id.
local function before(a, b)
  local na, nb = tonumber(string.match(a, '^%d*')) or 0, tonumber(string.match(b, '^%d*')) or 0
  if na ~= nb then return na < nb end
  return a < b
end
local function first(column, value)
  local best = nil
  for _, id in ipairs(redis.call('SMEMBERS', ikey(column, value))) do
    if redis.call('HGET', tkey(id), column) == value and (best == nil or before(id, best)) then best = id end
  end
  return best
end
local function drop(id)
  local key = tkey(id)
  for column in pairs(INDEXED) do
    local old = redis.call('HGET', key, column)
    if old and old ~= '' then redis.call('SREM', ikey(column, old), id) end
  end
  redis.call('DEL', key)
  redis.call('SREM', P .. 'ids', id)
end
"""

# ARGV: prefix, column, value -> the row of the first token whose column equals value, or nil.
_FIND_LUA = _LUA_COMMON + """
local id = first(ARGV[2], ARGV[3])
if not id then return nil end
return redis.call('HMGET', tkey(id), unpack(COLUMNS))
"""

# ARGV: prefix, has_id, id, selection column ('' = none), selection value, may_insert,
#       n, n (column, value) pairs for an update, m, m pairs for an insert.
# Returns {id written, '1' when inserted}, or nil when nothing matches and may_insert is '0'.
_SAVE_LUA = _LUA_COMMON + """
local target = nil
if ARGV[2] == '1' and redis.call('EXISTS', tkey(ARGV[3])) == 1 then target = ARGV[3] end
if not target and ARGV[4] ~= '' then target = first(ARGV[4], ARGV[5]) end
local at = 7
local count = tonumber(ARGV[at])
local inserted = '0'
if not target then
  inserted = '1'
  if ARGV[6] ~= '1' then return nil end
  at = at + 1 + 2 * count
  count = tonumber(ARGV[at])
  if ARGV[2] == '1' then
    target = ARGV[3]
    local number = tonumber(string.match(target, '^%d+$') or '')
    if number and number > (tonumber(redis.call('GET', P .. 'seq')) or 0) then
      redis.call('SET', P .. 'seq', target)
    end
  else
    repeat target = tostring(redis.call('INCR', P .. 'seq')) until redis.call('EXISTS', tkey(target)) == 0
  end
  redis.call('HSET', tkey(target), 'id', target)
  redis.call('SADD', P .. 'ids', target)
end
local key = tkey(target)
for i = at + 1, at + 2 * count, 2 do
  local column, value = ARGV[i], ARGV[i + 1]
  if INDEXED[column] then
    local old = redis.call('HGET', key, column)
    if old ~= value then
      if old and old ~= '' then redis.call('SREM', ikey(column, old), target) end
      if value ~= '' then redis.call('SADD', ikey(column, value), target) end
    end
  end
  redis.call('HSET', key, column, value)
end
return {target, inserted}
"""

# ARGV: prefix, id
_DELETE_LUA = _LUA_COMMON + """
drop(ARGV[2])
return 1
"""

# ARGV: prefix
_DELETE_ALL_LUA = _LUA_COMMON + """
for _, id in ipairs(redis.call('SMEMBERS', P .. 'ids')) do drop(id) end
redis.call('DEL', P .. 'ids', P .. 'seq')
return 1
"""

# ARGV: prefix -> every row (a consistent snapshot)
_ALL_LUA = _LUA_COMMON + """
local rows = {}
for _, id in ipairs(redis.call('SMEMBERS', P .. 'ids')) do
  rows[#rows + 1] = redis.call('HMGET', tkey(id), unpack(COLUMNS))
end
return rows
"""

# KEYS: the lease, its wake-up list; ARGV: the owner's random token. Only the owner frees a lease.
# A failed refresh's outcome is written (save_refresh_failure) before the lease is freed, so the waiter
# that takes the lease next reads it, with the token it re-reads, before deciding to call Zoho Accounts.
_RELEASE_LUA = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
-- Wake one waiter (waiters BLPOP KEYS[2]); one wake-up is kept at most, and briefly.
redis.call('LPUSH', KEYS[2], '1')
redis.call('LTRIM', KEYS[2], 0, 0)
redis.call('PEXPIRE', KEYS[2], 1000)
return 1
"""
_WAIT_SLICE = 0.25  # seconds a waiter blocks before it looks again (a dead holder wakes nobody)


def _redis():
    try:
        import redis
    except ImportError as error:
        raise SDKException(_TOKEN_STORE, _INSTALL_ERROR, cause=error) from error
    return redis


class RedisStore(TokenStore):
    """Keeps tokens in Redis at ``url`` (``redis://[[user]:password@]host:port/db``, ``rediss://`` for
    TLS, ``unix://path?db=n``), or in the server an existing redis-py ``client`` talks to (its own
    timeouts then apply).

    ``prefix`` starts every key, so several apps can share one server. ``connect_timeout`` and
    ``socket_timeout`` (seconds) bound every call: a server that is down or silent gives an
    SDKException, never a hang. ``lease_seconds`` is how long a refresh lease lives if its holder
    dies; keep it above the longest token request (connect + read timeouts of the SDK config).
    """

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", client: Any = None, prefix: str = "zohocrmsdk:",
                 connect_timeout: float = 5.0, socket_timeout: float = 5.0, lease_seconds: float = 30.0) -> None:
        redis = _redis()
        for name, value in (("connect_timeout", connect_timeout), ("socket_timeout", socket_timeout),
                            ("lease_seconds", lease_seconds)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
                raise SDKException(_TOKEN_STORE, "Exception in RedisStore : {} must be a positive number of "
                                                 "seconds".format(name))
        if not isinstance(prefix, str) or not prefix:
            raise SDKException(_TOKEN_STORE, "Exception in RedisStore : prefix must be a non-empty string")
        if client is None:
            if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
                raise SDKException(_TOKEN_STORE, _CONFIG_ERROR)
            from redis.backoff import NoBackoff
            from redis.retry import Retry
            try:
                # No silent retries: the timeouts are the whole wait.
                client = redis.Redis.from_url(url, socket_connect_timeout=connect_timeout,
                                              socket_timeout=socket_timeout, retry=Retry(NoBackoff(), 0))
                # Connections are made on first use: build one now so that bad URL options fail here.
                pool = client.connection_pool
                pool.connection_class(**pool.connection_kwargs)
            except (TypeError, ValueError, redis.RedisError) as error:
                raise SDKException(_TOKEN_STORE, _CONFIG_ERROR, cause=error) from error
        elif not callable(getattr(client, "register_script", None)):
            raise SDKException(_TOKEN_STORE, _CONFIG_ERROR)
        self.client = client
        self.prefix = prefix
        options = getattr(getattr(client, "connection_pool", None), "connection_kwargs", {})
        self._wait_slice = min(_WAIT_SLICE, (options.get("socket_timeout") or _WAIT_SLICE) / 2)
        self.lease_seconds = float(lease_seconds)
        self._errors = (redis.RedisError, OSError)
        self._find = client.register_script(_FIND_LUA)
        self._save_script = client.register_script(_SAVE_LUA)
        self._delete = client.register_script(_DELETE_LUA)
        self._delete_all = client.register_script(_DELETE_ALL_LUA)
        self._all = client.register_script(_ALL_LUA)
        self._release = client.register_script(_RELEASE_LUA)

    @contextlib.contextmanager
    def _wrapped(self, message: str) -> Iterator[None]:
        try:
            yield
        except self._errors as error:
            raise SDKException(_TOKEN_STORE, message, cause=error) from error

    # -- the official contract ------------------------------------------------------------------
    def find_token(self, token: Any) -> Optional[Any]:
        if not isinstance(token, OAuthToken):
            return token
        selection = DBStore._find_selection(token)
        if selection is None:
            return None
        with self._wrapped(_FIND_ERROR):
            row = self._find(args=[self.prefix, selection[0], selection[1]])
        if row is None:
            return None
        self.set_merge_data(token, row)
        return token

    def save_token(self, token: Any) -> None:
        if not isinstance(token, OAuthToken):
            return
        selection = DBStore._save_selection(token) or ("", "")
        given_id = token.get_id()
        update = DBStore._assignments(token)
        insert = [(column, value) for column, value in zip(_COLUMNS[1:], DBStore._row_values(token)[1:])
                  if value is not None]
        args: List[Any] = [self.prefix, "0" if given_id is None else "1", "" if given_id is None else str(given_id),
                           selection[0], selection[1], "1" if DBStore._may_insert(token) else "0"]
        for pairs in (update, insert):
            args.append(len(pairs))
            for column, value in pairs:
                args += [column, value]
        with self._wrapped(_SAVE_ERROR):
            saved = self._save_script(args=args)
        if saved is None:
            cause = SDKException(_TOKEN_STORE, _NOT_FOUND_ERROR)
            raise SDKException(_TOKEN_STORE, _SAVE_ERROR, cause=cause) from cause
        if given_id is None and _text(saved[1]) == "1":
            token.set_id(_text(saved[0]))  # as in DBStore, only a new token learns its id

    def delete_token(self, id: Any) -> None:
        with self._wrapped(_DELETE_ERROR):
            self._delete(args=[self.prefix, str(id)])

    def get_tokens(self) -> List[OAuthToken]:
        with self._wrapped(_GET_TOKENS_ERROR):
            rows = [[_text(value) for value in row] for row in self._all(args=[self.prefix])]
        rows.sort(key=_id_order)
        return [self._token_from_row(row) for row in rows]

    def delete_tokens(self) -> None:
        with self._wrapped(_DELETE_ALL_ERROR):
            self._delete_all(args=[self.prefix])

    def find_token_by_id(self, id: Any) -> OAuthToken:
        with self._wrapped(_BY_ID_ERROR):
            row = self.client.hmget(self.prefix + "token:" + str(id), _COLUMNS)
        if row[0] is None:
            raise SDKException(_TOKEN_STORE, _BY_ID_ERROR)
        return self._token_from_row(row)

    def _token_from_row(self, row: Sequence[Any]) -> OAuthToken:
        # Like the official stores, stored tokens are built without running the constructor.
        token = OAuthToken.__new__(OAuthToken)
        self.set_oauth_token(token)
        self.set_merge_data(token, row)
        return token

    # Rows are read as DBStore reads them, under the same helper names.
    set_merge_data = staticmethod(DBStore.set_merge_data)
    set_oauth_token = staticmethod(DBStore.set_oauth_token)
    get_data = staticmethod(DBStore.get_data)

    # -- cross-host refresh lease ------------------------------------------------------------------
    def refresh_lock(self, token: Any) -> ContextManager[None]:
        """Hold this credential's lease while refreshing: one holder across every host.

        The lease is ``SET NX PX`` with a random owner token, so it frees itself ``lease_seconds``
        after a holder dies, and only its owner deletes it; a release wakes one waiter at once
        (``BLPOP`` on the wake list, Redis 6 or later). Waiting is bounded by the lease: if it is
        still taken after ``lease_seconds`` (other holders kept it that long, or one with a longer
        lease), the refresh goes ahead without it, with a warning (a duplicate refresh is harmless, a
        stuck app is not). Re-entrant within a thread. The caller re-reads the stored token once
        inside, so a refresh done elsewhere is reused.
        """
        key = self.lease_key(token)
        return reentrant((self._server(), key), lambda: self._lease(key))

    @contextlib.contextmanager
    def _lease(self, key: str) -> Iterator[None]:
        owner = secrets.token_hex(16)
        granted = self._acquire(key, owner)
        try:
            yield
        finally:
            if granted:
                with contextlib.suppress(*self._errors):  # the lease expires on its own anyway
                    self._release(keys=[key, self._wake_key(key)], args=[owner])

    # -- shared refresh failures: P outcome:<the lease's digest>, written while the lease is held -------
    def refresh_failure(self, key: str) -> Optional[str]:
        with self._wrapped(_FIND_ERROR):
            value = self.client.get(self.prefix + "outcome:" + key)
        return _text(value) if value is not None else None

    def save_refresh_failure(self, key: str, record: Optional[str], seconds: float) -> None:
        with self._wrapped(_SAVE_ERROR):
            if record is None:
                self.client.delete(self.prefix + "outcome:" + key)
            else:
                self.client.set(self.prefix + "outcome:" + key, record, px=max(1, int(seconds * 1000)))

    def _server(self) -> Any:
        options = getattr(getattr(self.client, "connection_pool", None), "connection_kwargs", {})
        return tuple(options.get(name) for name in ("host", "port", "path", "db"))

    def _acquire(self, key: str, owner: str) -> bool:
        lease_ms = max(1, int(self.lease_seconds * 1000))
        # A dead holder's lease ends at most lease_seconds from now; the slack covers the last look.
        deadline = time.monotonic() + self.lease_seconds + 0.5
        with self._wrapped(_LOCK_ERROR):
            while not self.client.set(key, owner, nx=True, px=lease_ms):
                left = deadline - time.monotonic()
                if left <= 0:
                    logger.warning("RedisStore: token refresh lease still taken after %s s; refreshing without it",
                                   self.lease_seconds)
                    return False
                # Block until a release wakes us, for a slice at most (and well within the socket timeout).
                self.client.blpop([self._wake_key(key)], timeout=max(0.01, min(left, self._wait_slice)))
        return True

    def _wake_key(self, lease_key: str) -> str:
        return self.prefix + "wake:" + lease_key[len(self.prefix) + len("lease:"):]

    def lease_key(self, token: Any) -> str:
        """The lease key of ``token``'s credential: by user name, else by its first secret or id,
        always as a digest."""
        signature = token.get_user_signature() if isinstance(token, OAuthToken) else None
        user = signature.get_name() if signature is not None else None
        if user:
            ident = "user:" + user
        elif isinstance(token, OAuthToken):
            ident = next(("{}:{}".format(kind, value) for kind, value in (
                ("refresh", token.get_refresh_token()), ("grant", token.get_grant_token()),
                ("access", token.get_access_token()), ("id", token.get_id())) if value), "")
        else:
            ident = "object:{}".format(id(token))
        return self.prefix + "lease:" + hashlib.sha256(ident.encode("utf-8")).hexdigest()


def _id_order(row: Sequence[Any]) -> Any:
    ident = row[0] or ""
    digits = len(ident) - len(ident.lstrip("0123456789"))
    return int(ident[:digits] or 0), ident
