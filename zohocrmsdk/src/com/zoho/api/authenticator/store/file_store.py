"""Tokens in a CSV file, byte-compatible with the official SDK's token file.

Beyond the official store: the header and blank lines are never taken for tokens; every rewrite
goes to a temporary file in the same directory that is fsynced and then swapped in with
``os.replace`` (a crash leaves the previous file); writers are serialised by a per-file lock that
is re-entrant within a thread and, where ``fcntl`` exists, shared with other processes through an
advisory ``flock`` on the sidecar file ``<file>.lock`` (never on the file being replaced).
"""
from __future__ import annotations

import contextlib
import csv
import io
import os
import stat
import sys
import tempfile
import threading
from typing import Any, Dict, List, Optional, Sequence

try:  # POSIX only; elsewhere the in-process lock is all there is
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

_HEADERS = ["id", "user_name", "client_id", "client_secret", "refresh_token", "access_token",
            "grant_token", "expiry_time", "redirect_uri", "api_domain"]
_WIDTH = len(_HEADERS)
_LEGACY_WIDTH = 9  # files written before api_domain existed
_ENCODING = "utf-8"

_TOKEN_STORE = "TOKEN_STORE"
_FIND_ERROR = "Exception in get_token - FileStore"
_SAVE_ERROR = "Exception in save_token - FileStore"
_NOT_FOUND_ERROR = "Exception in FileStore : Given user authentication details not found."
_ID_NOT_FOUND_ERROR = "Exception in FileStore : Given Id not found"
_BY_ID_ERROR = "Exception in getTokenById - FileStore : Given ID is invalid"
_GET_TOKENS_ERROR = "Exception in get_tokens - FileStore"
# The official store reports failures of delete_token under this (plural) message too.
_DELETE_ERROR = "Exception in delete_tokens - FileStore"

_FILE_ERRORS = (OSError, csv.Error, UnicodeError)


class _PathLock(object):
    """Serialises the writers of one token file.

    Threads queue on an RLock; the thread that takes it first (the outermost holder) also takes
    an exclusive ``flock`` on the sidecar, which is released when that holder leaves. Nested use
    in the holding thread (refresh_lock around find_token/save_token) only counts depth.
    """

    def __init__(self, target: str) -> None:
        self._target = target
        self._lock_path = target + ".lock"
        self._rlock = threading.RLock()
        self._depth = 0  # only touched by the thread holding _rlock
        self._fd: Optional[int] = None

    def __enter__(self) -> "_PathLock":
        self._rlock.acquire()
        try:
            if self._depth == 0 and fcntl is not None:
                try:
                    fd = _open_sidecar(self._lock_path)
                except OSError as error:  # reported against the token file: the user never named the sidecar
                    raise type(error)(error.errno, error.strerror, self._target) from error
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                except BaseException:
                    os.close(fd)
                    raise
                self._fd = fd
            self._depth += 1
        except BaseException:
            self._rlock.release()
            raise
        return self

    def __exit__(self, *exc_info: Any) -> None:
        try:
            self._depth -= 1
            if self._depth == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                finally:
                    os.close(fd)
        finally:
            self._rlock.release()


def _open_sidecar(path: str) -> int:
    flags = os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags | os.O_RDWR, 0o666)
    except PermissionError as denied:
        # flock needs no write access; a sidecar created by another user is still usable.
        try:
            return os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            raise denied from None  # no sidecar to share: the real reason is the refused write


def _unusable(file_path: str, error: OSError) -> SDKException:
    """The token file cannot be created or locked: the user's own path and the system's reason
    (docs/deviations.md#file-store-path-errors)."""
    directory = os.path.dirname(os.path.abspath(file_path))
    hint = ""
    if not os.path.lexists(directory):
        hint = " (the directory {} does not exist)".format(directory)
    elif os.path.isdir(directory) and not os.access(directory, os.W_OK):
        hint = " (the directory {} is not writable)".format(directory)
    cause = type(error)(error.errno, error.strerror, file_path)
    return SDKException(_TOKEN_STORE, "Exception in FileStore : cannot create the token file {}{} : ".format(
        file_path, hint), cause=cause)


_locks: Dict[str, _PathLock] = {}
_locks_guard = threading.Lock()


def _lock_for(target: str) -> _PathLock:
    with _locks_guard:
        lock = _locks.get(target)
        if lock is None:
            lock = _locks[target] = _PathLock(target)
        return lock


def _forget_locks_after_fork() -> None:
    # A child must not inherit locks that belong to threads of its parent.
    global _locks_guard
    _locks.clear()
    _locks_guard = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks_after_fork)


def _is_blank(row: Sequence[str]) -> bool:
    return not any(row)


def _is_header(row: Sequence[str]) -> bool:
    return len(row) > 0 and row[0] == "id"


def _cell(row: Sequence[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _serialise(rows: List[List[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue().encode(_ENCODING)


def _fsync_directory(directory: str) -> None:
    # Makes the rename itself durable; not possible (nor needed) on every platform.
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _atomic_write(target: str, data: bytes) -> None:
    """Replace ``target`` with ``data``: readers see the old or the new file, never a mix."""
    directory = os.path.dirname(target) or "."
    fd, temp_path = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            try:
                # Keep the permissions of the file being replaced; new files stay private (0600).
                mode = stat.S_IMODE(os.stat(target).st_mode)
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), mode)
            except FileNotFoundError:
                pass
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_path)
        raise
    _fsync_directory(directory)


class FileStore(TokenStore):
    """Keeps tokens in the CSV file at ``file_path`` (created with its header when missing)."""

    def __init__(self, file_path: str) -> None:
        self.file_path = file_path
        self.headers = list(_HEADERS)
        # Decide without the lock first, so a read-only token file that needs no change works.
        try:
            if self._needs_rewrite():
                with self._lock():
                    self._rewrite_if_needed()
        except OSError as error:
            raise _unusable(file_path, error) from error

    def _needs_rewrite(self) -> bool:
        target = self._target()
        if not os.path.exists(target) or os.stat(target).st_size == 0:
            return True
        header = next((row for row in self._read_rows() if not _is_blank(row)), None)
        return header is None or len(header) == _LEGACY_WIDTH

    def _rewrite_if_needed(self) -> None:
        target = self._target()
        if not os.path.exists(target) or os.stat(target).st_size == 0:
            _atomic_write(target, _serialise([self.headers]))
            return
        rows = self._read_rows()
        header = next((row for row in rows if not _is_blank(row)), None)
        if header is None:
            _atomic_write(target, _serialise([self.headers]))
        elif len(header) == _LEGACY_WIDTH:
            # The pre-api_domain layout: every row gains an empty tenth column.
            upgraded = [row + [""] * (_WIDTH - len(row)) for row in self._data_rows(rows)]
            _atomic_write(target, _serialise([self.headers] + upgraded))

    # -- plumbing -------------------------------------------------------------------------------
    def _target(self) -> str:
        # Resolve symlinks so that os.replace swaps the real file, not the link.
        return os.path.realpath(self.file_path)

    def _lock(self) -> _PathLock:
        return _lock_for(self._target())

    def _read_rows(self) -> List[List[str]]:
        with open(self._target(), "r", encoding=_ENCODING, newline="") as handle:
            text = handle.read()
        if "\x00" in text and sys.version_info < (3, 11):
            # csv before Python 3.11 refuses NUL when reading (it writes it): parse with a stand-in character
            # the file does not contain, so such a value still reads back exactly.
            stand_in = next(c for c in map(chr, range(0xE000, 0xF900)) if c not in text)
            rows = csv.reader(io.StringIO(text.replace("\x00", stand_in), newline=""))
            return [[cell.replace(stand_in, "\x00") for cell in row] for row in rows]
        return list(csv.reader(io.StringIO(text, newline="")))

    @staticmethod
    def _data_rows(rows: List[List[str]]) -> List[List[str]]:
        """The token rows: no blank lines, no header."""
        data = [row for row in rows if not _is_blank(row)]
        if data and _is_header(data[0]):
            data = data[1:]
        return data

    def _write(self, data_rows: List[List[Any]]) -> None:
        _atomic_write(self._target(), _serialise([self.headers] + data_rows))

    def refresh_lock(self, token: Any) -> _PathLock:
        """The file's writer lock; held around a refresh so one thread or process does it."""
        return self._lock()

    # -- the official contract ------------------------------------------------------------------
    def find_token(self, token: Any) -> Optional[Any]:
        if not isinstance(token, OAuthToken):
            return token
        try:
            rows = self._data_rows(self._read_rows())
        except _FILE_ERRORS as error:
            raise SDKException(_TOKEN_STORE, _FIND_ERROR, cause=error) from error
        for row in rows:
            if self.check_condition(token, row):
                self.set_merge_data(token, row)
                return token
        return None

    def save_token(self, token: Any) -> None:
        if not isinstance(token, OAuthToken):
            return
        with self._lock():
            try:
                rows = self._data_rows(self._read_rows())
            except _FILE_ERRORS as error:
                raise SDKException(_TOKEN_STORE, _SAVE_ERROR, cause=error) from error
            wanted_id = token.get_id()
            position = None
            for index, row in enumerate(rows):
                if wanted_id is not None:
                    matched = self.get_data(row[0]) == str(wanted_id)
                else:
                    matched = self.check_condition(token, row)
                if matched:
                    position = index
                    break
            if position is not None:
                self.set_merge_data(token, rows[position])
                rows[position] = self.set_token(token)
            else:
                if (token.get_id() is not None or token.get_user_signature() is not None) and \
                        token.get_refresh_token() is None and token.get_grant_token() is None and \
                        token.get_access_token() is None:
                    raise SDKException(_TOKEN_STORE, _NOT_FOUND_ERROR)
                if token.get_id() is None:
                    token.set_id(self.generate_id(rows))
                rows.append(self.set_token(token))
            try:
                self._write(rows)
            except _FILE_ERRORS as error:
                raise SDKException(_TOKEN_STORE, _SAVE_ERROR, cause=error) from error

    def delete_token(self, id: Any) -> None:
        wanted = str(id)
        with self._lock():
            try:
                rows = self._data_rows(self._read_rows())
            except _FILE_ERRORS as error:
                raise SDKException(_TOKEN_STORE, _DELETE_ERROR, cause=error) from error
            remaining = list(rows)
            for index, row in enumerate(rows):
                if row[0] == wanted:
                    del remaining[index]
                    break
            else:
                raise SDKException(_TOKEN_STORE, _ID_NOT_FOUND_ERROR)
            try:
                self._write(remaining)
            except _FILE_ERRORS as error:
                raise SDKException(_TOKEN_STORE, _DELETE_ERROR, cause=error) from error

    def get_tokens(self) -> List[OAuthToken]:
        try:
            rows = self._data_rows(self._read_rows())
        except _FILE_ERRORS as error:
            raise SDKException(_TOKEN_STORE, _GET_TOKENS_ERROR, cause=error) from error
        return [self._token_from_row(row) for row in rows]

    def delete_tokens(self) -> None:
        with self._lock():
            try:
                self._write([])
            except _FILE_ERRORS as error:
                raise SDKException(_TOKEN_STORE, _DELETE_ERROR, cause=error) from error

    def find_token_by_id(self, id: Any) -> OAuthToken:
        wanted = str(id)
        try:
            rows = self._data_rows(self._read_rows())
        except _FILE_ERRORS as error:
            raise SDKException(_TOKEN_STORE, _ID_NOT_FOUND_ERROR, cause=error) from error
        for row in rows:
            if row[0] == wanted:
                return self._token_from_row(row)
        raise SDKException(_TOKEN_STORE, _BY_ID_ERROR)

    # -- helpers with the official names (subclasses of the official store may use them) -------
    def _token_from_row(self, row: Sequence[str]) -> OAuthToken:
        # Like the official store, stored tokens are built without running the constructor.
        token = OAuthToken.__new__(OAuthToken)
        self.set_oauth_token(token)
        self.set_merge_data(token, row)
        return token

    def set_merge_data(self, oauth_token: OAuthToken, nextRecord: Sequence[str]) -> None:
        """Fill every unset attribute of ``oauth_token`` from the CSV row."""
        value = self.get_data
        if oauth_token.get_id() is None:
            oauth_token.set_id(value(_cell(nextRecord, 0)))
        if oauth_token.get_user_signature() is None:
            name = value(_cell(nextRecord, 1))
            if name is not None:
                oauth_token.set_user_signature(UserSignature(name))
        if oauth_token.get_client_id() is None:
            oauth_token.set_client_id(value(_cell(nextRecord, 2)))
        if oauth_token.get_client_secret() is None:
            oauth_token.set_client_secret(value(_cell(nextRecord, 3)))
        if oauth_token.get_refresh_token() is None:
            oauth_token.set_refresh_token(value(_cell(nextRecord, 4)))
        if oauth_token.get_access_token() is None:
            oauth_token.set_access_token(value(_cell(nextRecord, 5)))
        if oauth_token.get_grant_token() is None:
            oauth_token.set_grant_token(value(_cell(nextRecord, 6)))
        if oauth_token.get_expires_in() is None:
            expiry = value(_cell(nextRecord, 7))
            if expiry is not None:
                oauth_token.set_expires_in(str(expiry))
        if oauth_token.get_redirect_url() is None:
            oauth_token.set_redirect_url(value(_cell(nextRecord, 8)))
        if oauth_token.get_api_domain() is None:
            oauth_token.set_api_domain(value(_cell(nextRecord, 9)))

    def check_condition(self, oauth_token: OAuthToken, nextRecord: Sequence[str]) -> bool:
        """Whether the row holds the credential ``oauth_token`` describes (the official rule)."""
        signature = oauth_token.get_user_signature()
        if signature is not None:
            name = signature.get_name()
            return bool(name) and name == self.get_data(_cell(nextRecord, 1))
        client_id, client_secret = oauth_token.get_client_id(), oauth_token.get_client_secret()
        access = oauth_token.get_access_token()
        if access is not None and client_id is None and client_secret is None:
            return bool(access) and access == self.get_data(_cell(nextRecord, 5))
        grant, refresh = oauth_token.get_grant_token(), oauth_token.get_refresh_token()
        if (grant is not None or refresh is not None) and client_id is not None and client_secret is not None:
            # client_id is deliberately not compared, as in the official store.
            if grant and grant == self.get_data(_cell(nextRecord, 6)):
                return True
            return bool(refresh) and refresh == self.get_data(_cell(nextRecord, 4))
        return False

    @staticmethod
    def set_token(oauth_token: OAuthToken) -> List[Any]:
        """The CSV row for ``oauth_token``, in header order."""
        signature = oauth_token.get_user_signature()
        return [oauth_token.get_id(), signature.get_name() if signature is not None else "",
                oauth_token.get_client_id(), oauth_token.get_client_secret(), oauth_token.get_refresh_token(),
                oauth_token.get_access_token(), oauth_token.get_grant_token(), oauth_token.get_expires_in(),
                oauth_token.get_redirect_url(), oauth_token.get_api_domain()]

    @staticmethod
    def set_oauth_token(oauth_token: OAuthToken) -> None:
        for name in ("id", "user_signature", "client_id", "client_secret", "refresh_token", "access_token",
                     "grant_token", "redirect_url", "expires_in", "api_domain"):
            getattr(oauth_token, "set_" + name)(None)

    @staticmethod
    def get_data(value: Optional[str]) -> Optional[str]:
        """An empty CSV field means None."""
        return value if value else None

    @staticmethod
    def are_all_objects_null(object1: Sequence[Any]) -> bool:
        return all(item is None for item in object1)

    @staticmethod
    def generate_id(all_contents: Sequence[Sequence[str]]) -> str:
        """One more than the largest numeric id; the header and non-numeric ids are ignored."""
        largest = 0
        for row in all_contents:
            if not row or not row[0]:
                continue
            try:
                largest = max(largest, int(row[0]))
            except ValueError:
                continue
        return str(largest + 1)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
