"""Tokens in a MySQL/MariaDB table with the official ``oauthtoken`` layout.

Beyond the official store: every value travels as a query parameter (the table and database
names, which cannot, must be plain identifiers and are back-quoted); a token that selects no row
finds nothing instead of "the first row"; ids are numbered numerically past 9; saving updates by id,
then by the official selection, else inserts, so re-saving an unchanged token is fine;
``refresh_lock`` holds a server-side ``GET_LOCK`` so one process at a time refreshes a credential;
user names and tokens are compared as ``BINARY``, so exactly whatever the table's collation
(docs/deviations.md#dbstore-exact-match); and every connection has a connect and a read timeout, so
a server that stops answering ends in an ``SDKTimeoutException`` naming it
(docs/deviations.md#dbstore-timeouts). ``mysql.connector`` is imported only when a method needs it.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import re
from typing import Any, ContextManager, Iterator, List, Optional, Sequence, Tuple

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore, reentrant
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import (SDKConnectionException, SDKException,
                                                                     SDKTimeoutException)
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

logger = logging.getLogger("SDKLogger")

# Column order of the official table (rows are read in this order).
_COLUMNS = ("id", "user_name", "client_id", "client_secret", "refresh_token", "access_token", "grant_token",
            "expiry_time", "redirect_url", "api_domain")
_SELECT_LIST = ", ".join(_COLUMNS)
_ID_ORDER = "CAST(id AS UNSIGNED), id"

_TOKEN_STORE = "TOKEN_STORE"
_NOT_FOUND_ERROR = "Exception in DBStore : Given user authentication details not found."
_SAVE_ERROR = "Exception in save_token - DBStore"
_DELETE_ERROR = "Exception in delete_token - DBStore"
_GET_TOKENS_ERROR = "Exception in get_tokens - DBStore"
_DELETE_ALL_ERROR = "Exception in delete_tokens - DBStore"
_BY_ID_ERROR = "Exception in findTokenById() - DBStore : Given Id is invalid"
_GENERATE_ID_ERROR = "Exception in generateId() - DBStore"
_LOCK_ERROR = "Exception in DBStore : could not take the token refresh lock"

_IDENTIFIER = re.compile(r"[A-Za-z0-9_$]{1,64}\Z")
_LOCK_NAME_LIMIT = 64  # MySQL and MariaDB refuse longer GET_LOCK names
# Errors after which a save is retried from the start: duplicate key (a concurrent insert took the
# id), deadlock, lock wait timeout.
_RETRYABLE = (1062, 1213, 1205)
_SAVE_ATTEMPTS = 5
_NO_SUCH_TABLE = 1146
# Driver errors that mean the server could not be reached or stopped answering.
_CONNECTION_ERRNOS = frozenset((2002, 2003, 2005, 2006, 2013, 2055, 3024))
_TIMEOUT_NAMES = {"ConnectionTimeoutError": "connect_timeout", "ReadTimeoutError": "read_timeout",
                  "WriteTimeoutError": "read_timeout"}


def _quote_identifier(value: Any, what: str, qualified: bool = False) -> str:
    parts = value.split(".") if isinstance(value, str) and qualified else [value]
    if not parts or len(parts) > 2 or not all(isinstance(p, str) and _IDENTIFIER.match(p) for p in parts):
        raise SDKException(_TOKEN_STORE, "Exception in DBStore : {} must be a MySQL identifier made of letters, "
                                         "digits, '_' and '$' (at most 64 characters){}".format(
                                             what, ", optionally qualified as database.table" if qualified else ""))
    return ".".join("`" + part + "`" for part in parts)


def _text(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8")
    return value


def _redacted(error: BaseException, token: OAuthToken) -> BaseException:
    """``error``, or a copy without the token's secrets when the server quoted one (a custom
    UNIQUE key on a token column makes "Duplicate entry '<value>'" errors)."""
    text = str(error)
    secrets = [value for value in (token.get_client_secret(), token.get_refresh_token(),
                                   token.get_access_token(), token.get_grant_token())
               if isinstance(value, str) and value and value in text]
    if not secrets:
        return error
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "****")
    try:
        error_type: Any = type(error)
        copy = error_type(msg=text, errno=getattr(error, "errno", None), sqlstate=getattr(error, "sqlstate", None))
        if str(copy) == text or not any(secret in str(copy) for secret in secrets):
            return copy
    except Exception:
        pass
    return RuntimeError(text)


def _mysql():
    try:
        import mysql.connector
    except ImportError as error:
        raise SDKException(_TOKEN_STORE, "Exception in DBStore : DBStore needs the MySQL driver; install it with "
                                         "`pip install mysql-connector-python`", cause=error) from error
    return mysql.connector


class DBStore(TokenStore):
    """Keeps tokens in the MySQL table ``table_name`` of ``database_name``."""

    lock_timeout: float = 30.0  # seconds refresh_lock waits for another process's refresh

    def __init__(self, host: str = "localhost", database_name: str = "zohooauth", user_name: str = "root",
                 password: str = "", port_number: Any = "3306", table_name: str = "oauthtoken", *,
                 connect_timeout: float = 10.0, read_timeout: float = 30.0) -> None:
        """``connect_timeout`` and ``read_timeout`` (seconds) bound every connection and every
        answer of the server; they are the store's own, as the store is shared by all users and
        used before ``Initializer.initialize``."""
        self._db_host = host
        self._db_database_name = database_name
        self._db_user_name = user_name
        self._db_password = password
        self._db_port_number = port_number
        self._db_table_name = table_name
        self._connect_timeout = connect_timeout
        self._read_timeout = max(1, math.ceil(read_timeout))  # the driver takes whole seconds
        # Validated here, so that a bad name fails before anything reaches the server.
        _quote_identifier(database_name, "database_name")
        self._table = _quote_identifier(table_name, "table_name", qualified=True)
        _mysql()  # a missing driver is reported where the store is made, not at the first token

    def get_host(self) -> str:
        return self._db_host

    def get_database_name(self) -> str:
        return self._db_database_name

    def get_user_name(self) -> str:
        return self._db_user_name

    def get_password(self) -> str:
        return self._db_password

    def get_port_number(self) -> Any:
        return self._db_port_number

    def get_table_name(self) -> str:
        return self._db_table_name

    # -- connections ----------------------------------------------------------------------------
    def _connect(self):
        port = self._db_port_number
        if isinstance(port, str) and port.strip().isdigit():
            port = int(port)
        return _mysql().connect(host=self._db_host, database=self._db_database_name, user=self._db_user_name,
                                password=self._db_password, port=port, connection_timeout=self._connect_timeout,
                                read_timeout=self._read_timeout, write_timeout=self._read_timeout)

    def _failure(self, message: str, error: BaseException) -> SDKException:
        """The official SDKException for ``message``; a typed one naming the server and the reason
        when the server could not be reached or did not answer in time."""
        if isinstance(error, SDKException):
            return error
        setting = _TIMEOUT_NAMES.get(type(error).__name__)
        if setting is None and getattr(error, "errno", None) not in _CONNECTION_ERRNOS:
            return SDKException(_TOKEN_STORE, message, cause=error)
        where = "{}:{}".format(self._db_host, self._db_port_number)
        if setting is not None:
            seconds = self._connect_timeout if setting == "connect_timeout" else self._read_timeout
            reason = "no answer within {}={}s".format(setting, seconds)
            return SDKTimeoutException(_TOKEN_STORE, message, {"host": where, "reason": reason}, error)
        return SDKConnectionException(_TOKEN_STORE, message, {"host": where, "reason": "connection failed"}, error)

    def _get_lock(self, cursor, name: str) -> bool:
        """``GET_LOCK`` waited for up to ``lock_timeout`` in slices shorter than the read timeout,
        so a long wait for a peer's lock is never mistaken for a server that stopped answering."""
        waited, step = 0.0, max(min(self._read_timeout / 2.0, 5.0), 0.05)
        if step >= 1:
            step = float(int(step))  # whole seconds: every server version takes them
        while True:
            chunk = min(step, max(self.lock_timeout - waited, 0.0))
            cursor.execute("SELECT GET_LOCK(%s, %s)", (name, chunk))
            row = cursor.fetchone()
            if row is not None and row[0] == 1:
                return True
            waited += chunk
            if waited >= self.lock_timeout:
                return False

    @contextlib.contextmanager
    def _cursor(self) -> Iterator[Tuple[Any, Any]]:
        """A fresh connection and cursor, both always closed; the caller commits."""
        connection = self._connect()
        try:
            cursor = connection.cursor()
            try:
                yield connection, cursor
            finally:
                cursor.close()
        finally:
            connection.close()

    def _wrapped(self, message: str):
        """Turns driver errors into the official SDKException for ``message``."""
        return _ErrorWrapper(message, _mysql().Error, self._failure)

    # -- the official contract ------------------------------------------------------------------
    def find_token(self, token: Any) -> Optional[Any]:
        if not isinstance(token, OAuthToken):
            return token
        selection = self._find_selection(token)
        if selection is None:
            return None  # the official store would hand out the table's first row here
        column, value = selection
        try:
            with self._cursor() as (_, cursor):
                cursor.execute("SELECT {} FROM {} WHERE {} = BINARY %s ORDER BY {} LIMIT 1".format(
                    _SELECT_LIST, self._table, column, _ID_ORDER), (value,))
                row = cursor.fetchone()
        except MemoryError:
            raise
        except Exception as error:
            raise self._failure(_NOT_FOUND_ERROR, error) from error
        if row is None:
            return None
        self.set_merge_data(token, row)
        return token

    def save_token(self, token: Any) -> None:
        if not isinstance(token, OAuthToken):
            return
        try:
            connector = _mysql()
            given_id = token.get_id()
            for attempt in range(_SAVE_ATTEMPTS):
                try:
                    with self._cursor() as (connection, cursor):
                        # Saves of one table take turns (they are rare: once per refresh), so that
                        # two processes neither pick the same new id nor add the same credential twice.
                        self._get_lock(cursor, self._save_lock_name())
                        self._save(cursor, token)
                        connection.commit()
                        cursor.execute("SELECT RELEASE_LOCK(%s)", (self._save_lock_name(),))
                        cursor.fetchall()
                    return
                except connector.Error as error:
                    if getattr(error, "errno", None) not in _RETRYABLE or attempt == _SAVE_ATTEMPTS - 1:
                        raise
                    # Forget an id generated by the failed attempt: it now belongs to another row.
                    token.set_id(given_id)
        except MemoryError:
            raise
        except Exception as error:
            # As in the official store, every failure (the not-found check included) is wrapped.
            cause = _redacted(error, token)
            failure = self._failure(_SAVE_ERROR, cause)
            if failure is cause:  # the not-found check: wrapped like every other failure
                failure = SDKException(_TOKEN_STORE, _SAVE_ERROR, cause=cause)
            raise failure from cause

    def _save(self, cursor, token: OAuthToken) -> None:
        target = None
        if token.get_id() is not None:
            cursor.execute("SELECT id FROM {} WHERE id = %s LIMIT 1".format(self._table), (str(token.get_id()),))
            row = cursor.fetchone()
            target = _text(row[0]) if row else None
        if target is None:
            selection = self._save_selection(token)
            if selection is not None:
                column, value = selection
                cursor.execute("SELECT id FROM {} WHERE {} = BINARY %s ORDER BY {} LIMIT 1".format(
                    self._table, column, _ID_ORDER), (value,))
                row = cursor.fetchone()
                target = _text(row[0]) if row else None
        if target is not None:
            assignments = self._assignments(token)
            if assignments:
                cursor.execute("UPDATE {} SET {} WHERE id = %s".format(
                    self._table, ", ".join(column + " = %s" for column, _ in assignments)),
                    [value for _, value in assignments] + [target])
            return
        if not self._may_insert(token):
            raise SDKException(_TOKEN_STORE, _NOT_FOUND_ERROR)
        if token.get_id() is None:
            # A plain INSERT: if a concurrent save took this id, the duplicate-key error makes
            # save_token start again (and then match that row or pick the next id).
            token.set_id(str(self._next_id(cursor)))
            cursor.execute("INSERT INTO {} ({}) VALUES ({})".format(
                self._table, _SELECT_LIST, ", ".join(["%s"] * len(_COLUMNS))), self._row_values(token))
            return
        values = self._row_values(token)
        updates = ", ".join("{0} = VALUES({0})".format(column) for column, value in zip(_COLUMNS[1:], values[1:])
                            if value is not None) or "id = id"
        # The caller chose the id: a concurrent save of it becomes an update, not a duplicate-key error.
        cursor.execute("INSERT INTO {} ({}) VALUES ({}) ON DUPLICATE KEY UPDATE {}".format(
            self._table, _SELECT_LIST, ", ".join(["%s"] * len(_COLUMNS)), updates), values)

    def _next_id(self, cursor) -> int:
        # Numeric, not lexicographic, maximum: "10" follows "9".
        cursor.execute("SELECT MAX(CAST(id AS UNSIGNED)) FROM {}".format(self._table))
        row = cursor.fetchone()
        largest = _text(row[0]) if row else None
        return 1 if largest is None else int(largest) + 1

    def delete_token(self, id: Any) -> None:
        with self._wrapped(_DELETE_ERROR):
            with self._cursor() as (connection, cursor):
                cursor.execute("DELETE FROM {} WHERE id = %s".format(self._table), (str(id),))
                connection.commit()

    def get_tokens(self) -> List[OAuthToken]:
        with self._wrapped(_GET_TOKENS_ERROR):
            with self._cursor() as (_, cursor):
                cursor.execute("SELECT {} FROM {} ORDER BY {}".format(_SELECT_LIST, self._table, _ID_ORDER))
                rows = cursor.fetchall()
        return [self._token_from_row(row) for row in rows]

    def delete_tokens(self) -> None:
        with self._wrapped(_DELETE_ALL_ERROR):
            with self._cursor() as (connection, cursor):
                cursor.execute("DELETE FROM {}".format(self._table))
                connection.commit()

    def find_token_by_id(self, id: Any) -> OAuthToken:
        with self._wrapped(_BY_ID_ERROR):
            with self._cursor() as (_, cursor):
                cursor.execute("SELECT {} FROM {} WHERE id = %s LIMIT 1".format(_SELECT_LIST, self._table),
                               (str(id),))
                row = cursor.fetchone()
        if row is None:
            raise SDKException(_TOKEN_STORE, _BY_ID_ERROR)
        return self._token_from_row(row)

    def generate_id(self) -> int:
        """The id the next new token gets."""
        try:
            with self._cursor() as (_, cursor):
                return self._next_id(cursor)
        except SDKException:
            raise
        except MemoryError:
            raise
        except Exception as error:
            raise self._failure(_GENERATE_ID_ERROR, error) from error

    # -- cross-process refresh lock ---------------------------------------------------------------
    def refresh_lock(self, token: Any) -> ContextManager[None]:
        """Hold ``GET_LOCK`` for this credential on a dedicated connection while refreshing.

        Works before any row exists. Re-entrant within a thread. If the lock is not granted within
        ``lock_timeout`` seconds the refresh goes ahead unlocked (a duplicate refresh is harmless;
        a stalled peer must not stop this process), with a warning.
        """
        name = self._lock_name(token)
        return reentrant((self._db_host, str(self._db_port_number), name), lambda: self._hold_refresh_lock(name))

    @contextlib.contextmanager
    def _hold_refresh_lock(self, name: str) -> Iterator[None]:
        try:
            connection = self._connect()
        except SDKException:
            raise
        except MemoryError:
            raise
        except Exception as error:
            raise self._failure(_LOCK_ERROR, error) from error
        try:
            cursor = connection.cursor()
            try:
                granted = self._get_lock(cursor, name)
            except MemoryError:
                raise
            except Exception as error:
                raise self._failure(_LOCK_ERROR, error) from error
            if not granted:
                logger.warning("DBStore: token refresh lock not granted within %s s; refreshing without it",
                               self.lock_timeout)
            try:
                yield
            finally:
                if granted:
                    released = None
                    with contextlib.suppress(Exception):
                        cursor.execute("SELECT RELEASE_LOCK(%s)", (name,))
                        released = cursor.fetchall()
                    if not released or released[0][0] != 1:
                        # The lock's connection dropped while the refresh ran: another process may have
                        # refreshed at the same time (harmless, but it must not go unnoticed).
                        logger.warning("DBStore: the token refresh lock %s was lost while it was held", name)
                with contextlib.suppress(Exception):
                    cursor.close()
        finally:
            connection.close()  # also frees the lock if RELEASE_LOCK could not be sent

    # -- shared refresh failures: the table <table>_refresh_failures, written under the GET_LOCK ------
    def _failures_table(self) -> str:
        return _quote_identifier(self._db_table_name + "_refresh_failures", "table_name", qualified=True)

    def refresh_failure(self, key: str) -> Optional[str]:
        try:
            with self._cursor() as (_, cursor):
                cursor.execute("SELECT record FROM {} WHERE credential = %s"
                               .format(self._failures_table()), (key,))
                row = cursor.fetchone()
        except MemoryError:
            raise
        except Exception as error:
            if getattr(error, "errno", None) == _NO_SUCH_TABLE:  # nothing ever failed here
                return None
            raise self._failure(_NOT_FOUND_ERROR, error) from error
        return _text(row[0]) if row is not None else None

    def save_refresh_failure(self, key: str, record: Optional[str], seconds: float) -> None:
        table = self._failures_table()
        try:
            with self._cursor() as (connection, cursor):
                if record is None:
                    try:
                        cursor.execute("DELETE FROM {} WHERE credential = %s OR expires_at <= UNIX_TIMESTAMP()"
                                       .format(table), (key,))
                    except _mysql().Error as error:
                        if getattr(error, "errno", None) != _NO_SUCH_TABLE:
                            raise
                else:
                    cursor.execute("CREATE TABLE IF NOT EXISTS {} (credential CHAR(64) NOT NULL PRIMARY KEY, "
                                   "record TEXT NOT NULL, expires_at DOUBLE NOT NULL)".format(table))
                    cursor.execute("REPLACE INTO {} (credential, record, expires_at) VALUES "
                                   "(%s, %s, UNIX_TIMESTAMP() + %s)".format(table), (key, record, float(seconds)))
                connection.commit()
        except MemoryError:
            raise
        except Exception as error:
            raise self._failure(_SAVE_ERROR, error) from error

    def _save_lock_name(self) -> str:
        return self._fit_lock_name("{}.{}".format(self._db_database_name, self._db_table_name), "#save")

    @staticmethod
    def _fit_lock_name(prefix: str, suffix: str) -> str:
        name = prefix + suffix
        if len(name.encode("utf-8")) <= _LOCK_NAME_LIMIT:
            return name
        return "zohocrmsdk#" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:_LOCK_NAME_LIMIT - 11]

    def _lock_name(self, token: Any) -> str:
        """``<database>.<table>:<user name>``; secrets and over-long names are replaced by a hash."""
        prefix = "{}.{}:".format(self._db_database_name, self._db_table_name)
        signature = token.get_user_signature() if isinstance(token, OAuthToken) else None
        user = signature.get_name() if signature is not None else None
        if user:
            name = prefix + user
            if len(name.encode("utf-8")) <= _LOCK_NAME_LIMIT:
                return name
            ident = "user:" + user
        elif isinstance(token, OAuthToken):
            # Never put a token in the lock name: it is visible to anyone who can list locks.
            ident = next(("{}:{}".format(kind, value) for kind, value in (
                ("refresh", token.get_refresh_token()), ("grant", token.get_grant_token()),
                ("access", token.get_access_token()), ("id", token.get_id())) if value), "")
        else:
            ident = "object:{}".format(id(token))
        digest = hashlib.sha256((prefix + ident).encode("utf-8")).hexdigest()
        if len(prefix.encode("utf-8")) + 41 <= _LOCK_NAME_LIMIT:
            return prefix + "#" + digest[:40]
        return "zohocrmsdk#" + digest[:_LOCK_NAME_LIMIT - len("zohocrmsdk#")]

    # -- selection and rows -----------------------------------------------------------------------
    @staticmethod
    def _find_selection(token: OAuthToken) -> Optional[Tuple[str, str]]:
        """The official find_token WHERE clause as (column, value), or None when none applies."""
        signature = token.get_user_signature()
        client_id, client_secret = token.get_client_id(), token.get_client_secret()
        grant, refresh = token.get_grant_token(), token.get_refresh_token()
        if signature is not None:
            name = signature.get_name()
            return ("user_name", name) if name else None
        if token.get_access_token() is not None and client_id is None and client_secret is None:
            return ("access_token", token.get_access_token()) if token.get_access_token() else None
        if refresh is not None or (grant is not None and client_id is not None and client_secret is not None):
            if grant:
                return "grant_token", grant
            if refresh:
                return "refresh_token", refresh
        return None

    @staticmethod
    def _save_selection(token: OAuthToken) -> Optional[Tuple[str, str]]:
        """The official save_token WHERE clause (slightly stricter than find's), or None."""
        signature = token.get_user_signature()
        client_id, client_secret = token.get_client_id(), token.get_client_secret()
        grant, refresh, access = token.get_grant_token(), token.get_refresh_token(), token.get_access_token()
        if signature is not None:
            name = signature.get_name()
            return ("user_name", name) if name else None
        if access and client_id is None and client_secret is None:
            return "access_token", access
        if (refresh or grant) and client_id is not None and client_secret is not None:
            return ("grant_token", grant) if grant else ("refresh_token", refresh)
        return None

    @staticmethod
    def _may_insert(token: OAuthToken) -> bool:
        """Whether a token that matches no row may become a new one: a token named only by id or
        user must match an existing row (the official rule)."""
        return not ((token.get_id() is not None or token.get_user_signature() is not None) and
                    token.get_refresh_token() is None and token.get_grant_token() is None and
                    token.get_access_token() is None)

    @staticmethod
    def _assignments(token: OAuthToken) -> List[Tuple[str, Any]]:
        """Columns an update sets: the non-None ones, in the official order."""
        signature = token.get_user_signature()
        name = signature.get_name() if signature is not None else None
        pairs = [("user_name", name or None), ("api_domain", token.get_api_domain()),
                 ("client_id", token.get_client_id()), ("client_secret", token.get_client_secret()),
                 ("refresh_token", token.get_refresh_token()), ("access_token", token.get_access_token()),
                 ("grant_token", token.get_grant_token()), ("expiry_time", token.get_expires_in()),
                 ("redirect_url", token.get_redirect_url())]
        return [(column, value) for column, value in pairs if value is not None]

    @staticmethod
    def _row_values(token: OAuthToken) -> List[Any]:
        signature = token.get_user_signature()
        return [None if token.get_id() is None else str(token.get_id()),
                signature.get_name() if signature is not None else None, token.get_client_id(),
                token.get_client_secret(), token.get_refresh_token(), token.get_access_token(),
                token.get_grant_token(), token.get_expires_in(), token.get_redirect_url(), token.get_api_domain()]

    def _token_from_row(self, row: Sequence[Any]) -> OAuthToken:
        # Like the official store, stored tokens are built without running the constructor.
        token = OAuthToken.__new__(OAuthToken)
        self.set_oauth_token(token)
        self.set_merge_data(token, row)
        return token

    # -- helpers with the official names ---------------------------------------------------------
    @staticmethod
    def are_all_objects_null(object1: Sequence[Any]) -> bool:
        return all(item is None for item in object1)

    @staticmethod
    def get_data(next_record: Any) -> Any:
        """Column values are taken as stored (an empty string stays empty, unlike FileStore)."""
        return _text(next_record)

    @staticmethod
    def set_merge_data(oauth_token: OAuthToken, nextRecord: Sequence[Any]) -> None:
        """Fill every unset attribute of ``oauth_token`` from a row in table column order."""
        value = DBStore.get_data
        if oauth_token.get_id() is None:
            oauth_token.set_id(value(nextRecord[0]))
        if oauth_token.get_user_signature() is None:
            name = value(nextRecord[1])
            if name is not None:
                oauth_token.set_user_signature(UserSignature(name))
        for index, column in ((2, "client_id"), (3, "client_secret"), (4, "refresh_token"), (5, "access_token"),
                              (6, "grant_token")):
            if getattr(oauth_token, "get_" + column)() is None:
                getattr(oauth_token, "set_" + column)(value(nextRecord[index]))
        if oauth_token.get_expires_in() is None:
            expiry = value(nextRecord[7])
            if expiry is not None:
                oauth_token.set_expires_in(str(expiry))
        if oauth_token.get_redirect_url() is None:
            oauth_token.set_redirect_url(value(nextRecord[8]))
        if oauth_token.get_api_domain() is None:
            oauth_token.set_api_domain(value(nextRecord[9]))

    @staticmethod
    def set_oauth_token(oauthToken: OAuthToken) -> None:
        for name in ("id", "user_signature", "client_id", "client_secret", "refresh_token", "access_token",
                     "grant_token", "redirect_url", "expires_in", "api_domain"):
            getattr(oauthToken, "set_" + name)(None)

    def set_token(self, oauth_token: OAuthToken) -> str:
        """The SET list an update would use, as text. Kept for API compatibility only: the store
        itself never splices values into SQL."""
        return ",".join(self.set_token_info(column, value) for column, value in self._assignments(oauth_token))

    @staticmethod
    def set_token_info(key: str, value: Any) -> str:
        escaped = str(value).replace("\\", "\\\\").replace("'", "''")
        return key + "='" + escaped + "'"


class _ErrorWrapper(object):
    """Context manager: re-raise ``error_type`` as SDKException("TOKEN_STORE", message, cause)."""

    def __init__(self, message: str, error_type: type, failure: Any) -> None:
        self._message = message
        self._error_type = error_type
        self._failure = failure

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: Optional[BaseException], traceback: Any) -> None:
        if error is not None and isinstance(error, self._error_type):
            raise self._failure(self._message, error) from error


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
