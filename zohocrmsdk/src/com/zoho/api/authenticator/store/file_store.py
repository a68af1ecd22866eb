"""Tokens in a CSV file, byte-compatible with the official SDK's token file.

Beyond the official store: the header and blank lines are never taken for tokens; every rewrite
goes to a temporary file in the same directory that is fsynced and then swapped in with
``os.replace`` (a crash leaves the previous file); writers are serialised by a per-file lock that
is re-entrant within a thread and, where ``fcntl`` exists, shared with other processes through an
advisory ``flock`` on the sidecar file ``<file>.lock`` (never on the file being replaced).

A damaged file is read without inventing or losing a row (docs/deviations.md#filestore-damaged-files):
a UTF-8 BOM is dropped, blank and whitespace-only lines are skipped, and each line is parsed on its own,
so a line that is not a valid CSV row (an unterminated quote, an over-long field) is logged, never
matched, and written back verbatim instead of swallowing the next row. Temporary files that a killed
writer left behind are removed when a store is opened, if old and no writer holds the lock.
"""
from __future__ import annotations

import contextlib
import csv
import glob
import io
import json
import logging
import os
import re
import stat
import struct
import sys
import tempfile
import threading
import time
import weakref
from typing import Any, ContextManager, Dict, Iterator, List, Optional, Sequence, Tuple, Union

try:  # POSIX only; elsewhere the in-process lock is all there is
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.crm.api.util.refresh_failure import credential_key
from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore, reentrant
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

_HEADERS = ["id", "user_name", "client_id", "client_secret", "refresh_token", "access_token",
            "grant_token", "expiry_time", "redirect_uri", "api_domain"]
_WIDTH = len(_HEADERS)
_LINES = re.compile(r"(\r\n|\r|\n)")
_MAX_RECORD_LINES = 64  # a value spanning more lines is damage, not a token
_STALE_TEMP_SECONDS = 60.0  # a writer's temp file lives for milliseconds; older ones are a crash's
logger = logging.getLogger("SDKLogger")
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
_NOT_TEXT_ERROR = "Exception in FileStore : the token file is not UTF-8 text"

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
        self._take(blocking=True)
        return self

    def acquire_nowait(self) -> bool:
        """Take the lock only if no thread or process holds it; release with ``__exit__``."""
        return self._take(blocking=False)

    def _take(self, blocking: bool) -> bool:
        if not self._rlock.acquire(blocking=blocking):
            return False
        try:
            if self._depth == 0 and fcntl is not None:
                try:
                    fd = _open_held(self._lock_path)
                except OSError as error:  # reported against the token file: the user never named the sidecar
                    raise type(error)(error.errno, error.strerror, self._target) from error
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:  # held by another process (non-blocking only)
                    _close_held(fd)
                    self._rlock.release()
                    return False
                except BaseException:
                    _close_held(fd)
                    raise
                self._fd = fd
            self._depth += 1
        except BaseException:
            self._rlock.release()
            raise
        return True

    def __exit__(self, *exc_info: Any) -> None:
        try:
            self._depth -= 1
            if self._depth == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                finally:
                    _close_held(fd)
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


# Weakly held: a file's lock lives while a thread uses it (so a held lock is never dropped) and the
# table does not grow with every token file the process ever opened.
_locks: "weakref.WeakValueDictionary[str, _PathLock]" = weakref.WeakValueDictionary()
_locks_guard = threading.Lock()


def _lock_for(target: str) -> _PathLock:
    with _locks_guard:
        lock = _locks.get(target)
        if lock is None:
            lock = _locks[target] = _PathLock(target)
        return lock


# Descriptors that hold (or are about to hold) a flock or a credential lock: a forked child closes its
# copies, or the lock, which belongs to the open file description, would stay held while the child lives.
# Opening and registering is one step under _fds_guard, which a fork waits for.
_held_fds: set = set()
_fds_guard = threading.Lock()


def _open_held(path: str) -> int:
    with _fds_guard:
        fd = _open_sidecar(path)
        _held_fds.add(fd)
        return fd


def _close_held(fd: int) -> None:
    with _fds_guard:
        _held_fds.discard(fd)
        os.close(fd)


def _forget_locks_after_fork() -> None:
    # A child must not inherit locks that belong to threads of its parent.
    global _locks_guard, _fds_guard
    _locks.clear()
    _locks_guard = threading.Lock()
    for fd in list(_held_fds):
        with contextlib.suppress(OSError):
            os.close(fd)
    _held_fds.clear()
    _fds_guard = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=lambda: _fds_guard.acquire(), after_in_parent=lambda: _fds_guard.release(),
                        after_in_child=_forget_locks_after_fork)


# Refreshes of different credentials proceed in parallel: each takes a one-byte lock at its own offset of
# the sidecar ``<file>.refresh.lock``, an open-file-description lock (Linux), so it is shared with other
# processes and with other descriptors of this one. Elsewhere the whole file's writer lock stands in.
_OFD = getattr(fcntl, "F_OFD_SETLK", None) if fcntl is not None else None
_RANGE_OFFSETS = 1 << 40  # distinct credentials rarely share an offset; sharing one only serialises them
_POLL_SECONDS = (0.002, 0.01)  # first and longest pause between tries (short: a free moment may be short)


def _range_lock(fd: int, offset: int, kind: int) -> bool:
    try:
        fcntl.fcntl(fd, _OFD, struct.pack("hhqqi4x", kind, os.SEEK_SET, offset, 1, 0))
        return True
    except (BlockingIOError, PermissionError):  # EAGAIN / EACCES: held by another descriptor
        return False


@contextlib.contextmanager
def _credential_lock(file_path: str, target: str, key: str, timeout: float) -> Iterator[None]:
    """Hold ``key``'s byte of the token file's refresh sidecar for up to ``timeout`` seconds of waiting; past
    that the refresh goes ahead unlocked, with a warning (a duplicate refresh is harmless, a stuck app is not)."""
    try:
        fd = _open_held(target + ".refresh.lock")
    except OSError as error:  # reported against the token file: the user never named the sidecar
        raise _unusable(file_path, error) from error
    try:
        offset = int(key[:16], 16) % _RANGE_OFFSETS
        give_up, pause = time.monotonic() + timeout, _POLL_SECONDS[0]
        granted = _range_lock(fd, offset, fcntl.F_WRLCK)
        while not granted and time.monotonic() < give_up:
            time.sleep(pause)
            pause = min(pause * 2, _POLL_SECONDS[1])
            granted = _range_lock(fd, offset, fcntl.F_WRLCK)
        if not granted:
            logger.warning("FileStore: token refresh lock not granted within %s s; refreshing without it", timeout)
        yield
    finally:
        _close_held(fd)  # closing the only descriptor of the description frees its lock


class _Verbatim(str):
    """A line that is not a valid CSV row: never taken for a token, written back as it was."""


_Row = Union[List[str], _Verbatim]


def _parse(text: str) -> List[_Row]:
    """The rows of ``text``. A quoted value may span lines (as the official writer makes it when a
    value holds a line break), but only when the record then closes cleanly with a full row's
    width; otherwise the line stands alone as ``_Verbatim`` and the next line is read afresh."""
    parts = _LINES.split(text)  # [line, terminator, line, terminator, ..., line]
    lines, ends = parts[0::2], parts[1::2] + [""]
    rows: List[_Row] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        record, last = line, index
        while record.count('"') % 2 and last + 1 < len(lines) and last - index < _MAX_RECORD_LINES:
            record += ends[last] + lines[last + 1]  # inside quotes: the value goes on
            last += 1
        try:
            parsed = next(csv.reader([record], strict=True))
            if record.count('"') % 2 or (last > index and len(parsed) not in (_WIDTH, _LEGACY_WIDTH)):
                raise csv.Error("unterminated quoted value")
        except csv.Error as error:
            logger.warning("FileStore: line %d of the token file is not a valid row (%s); it is kept as it is",
                           index + 1, error)
            rows.append(_Verbatim(line))
            index += 1
            continue
        rows.append(parsed)
        index = last + 1
    return rows


def _is_header(row: _Row) -> bool:
    return not isinstance(row, _Verbatim) and len(row) > 0 and row[0] == "id"


def _tokens(rows: Sequence[_Row]) -> Iterator[Tuple[int, List[str]]]:
    """(position, row) of every row that can hold a token."""
    for index, row in enumerate(rows):
        if not isinstance(row, _Verbatim):
            yield index, row


def _cell(row: Sequence[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _serialise(rows: Sequence[Any]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        if isinstance(row, _Verbatim):
            buffer.write(row + "\r\n")
        else:
            writer.writerow(row)
    return buffer.getvalue().encode(_ENCODING)


def _remove_stale_temps(target: str, lock: "_PathLock") -> None:
    """Delete the temp files a killed writer of ``target`` left: only ours (by name), only old
    ones, and only while no writer holds the lock (so never one being written)."""
    directory, name = os.path.split(target)
    pattern = os.path.join(glob.escape(directory or "."), glob.escape("." + name + ".") + "*.tmp")
    now = time.time()

    def stale() -> List[str]:
        found = []
        for path in glob.glob(pattern):
            with contextlib.suppress(OSError):
                if now - os.lstat(path).st_mtime >= _STALE_TEMP_SECONDS:
                    found.append(path)
        return found

    if not stale() or not lock.acquire_nowait():
        return
    try:
        for path in stale():
            with contextlib.suppress(OSError):
                os.unlink(path)
    finally:
        lock.__exit__(None, None, None)


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

    lock_timeout: float = 30.0  # seconds refresh_lock waits for another process's refresh

    def __init__(self, file_path: str) -> None:
        self.file_path = file_path
        self.headers = list(_HEADERS)
        try:
            # Decide without the lock first, so a read-only token file that needs no change works.
            if self._needs_rewrite():
                with self._lock():
                    self._rewrite_if_needed()
        except UnicodeError as error:
            raise SDKException(_TOKEN_STORE, _NOT_TEXT_ERROR, cause=error) from error
        except csv.Error as error:  # pragma: no cover - lines are parsed one by one
            raise SDKException(_TOKEN_STORE, _NOT_TEXT_ERROR, cause=error) from error
        except OSError as error:
            raise _unusable(file_path, error) from error
        with contextlib.suppress(OSError):
            _remove_stale_temps(self._target(), self._lock())

    def _needs_rewrite(self) -> bool:
        target = self._target()
        if not os.path.exists(target) or os.stat(target).st_size == 0:
            return True
        header = next(iter(self._read_rows()), None)
        return header is None or (_is_header(header) and len(header) == _LEGACY_WIDTH)

    def _rewrite_if_needed(self) -> None:
        target = self._target()
        if not os.path.exists(target) or os.stat(target).st_size == 0:
            _atomic_write(target, _serialise([self.headers]))
            return
        rows = self._read_rows()
        header = next(iter(rows), None)
        if header is None:
            _atomic_write(target, _serialise([self.headers]))
        elif _is_header(header) and len(header) == _LEGACY_WIDTH:
            # The pre-api_domain layout: every row gains an empty tenth column.
            upgraded = [row if isinstance(row, _Verbatim) else row + [""] * (_WIDTH - len(row))
                        for row in self._data_rows(rows)]
            _atomic_write(target, _serialise([self.headers] + upgraded))

    # -- plumbing -------------------------------------------------------------------------------
    def _target(self) -> str:
        # Resolve symlinks so that os.replace swaps the real file, not the link.
        return os.path.realpath(self.file_path)

    def _lock(self) -> _PathLock:
        return _lock_for(self._target())

    def _read_rows(self) -> List[_Row]:
        """Every non-blank line: a parsed row, or the line itself (``_Verbatim``) if it is no row."""
        with open(self._target(), "r", encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
        if "\x00" in text and sys.version_info < (3, 11):
            # csv before Python 3.11 refuses NUL when reading (it writes it): parse with a stand-in character
            # the file does not contain, so such a value still reads back exactly.
            stand_in = next(c for c in map(chr, range(0xE000, 0xF900)) if c not in text)
            back = {ord(stand_in): "\x00"}
            return [_Verbatim(row.translate(back)) if isinstance(row, _Verbatim) else
                    [cell.translate(back) for cell in row] for row in _parse(text.replace("\x00", stand_in))]
        return _parse(text)

    @staticmethod
    def _data_rows(rows: List[_Row]) -> List[_Row]:
        """Everything after the header."""
        return rows[1:] if rows and _is_header(rows[0]) else list(rows)

    def _write(self, data_rows: List[Any]) -> None:
        _atomic_write(self._target(), _serialise([self.headers] + data_rows))

    def refresh_lock(self, token: Any) -> ContextManager[Any]:
        """Held around a refresh of ``token``'s credential so one thread or process does it; other
        credentials are refreshed meanwhile. Re-entrant within a thread."""
        if _OFD is None or not isinstance(token, OAuthToken):
            return self._lock()
        target, key = self._target(), credential_key(token)
        return reentrant(("file", target, key),
                         lambda: _credential_lock(self.file_path, target, key, self.lock_timeout))

    # -- shared refresh failures: <file>.failures, a JSON object rewritten under the writer lock ------
    def refresh_failure(self, key: str) -> Optional[str]:
        entry = self._failures().get(key)
        record = entry.get("record") if isinstance(entry, dict) else None
        return record if isinstance(record, str) else None  # expired or not: the record says until when

    def save_refresh_failure(self, key: str, record: Optional[str], seconds: float) -> None:
        path = self._target() + ".failures"
        try:
            with self._lock():
                failures = self._failures()
                now = time.time()
                failures = {k: v for k, v in failures.items()
                            if k != key and isinstance(v, dict) and isinstance(v.get("until"), (int, float))
                            and v["until"] > now}
                if record is not None:
                    failures[key] = {"record": record, "until": now + seconds}
                if failures:
                    _atomic_write(path, json.dumps(failures).encode(_ENCODING))
                elif os.path.exists(path):
                    os.unlink(path)
        except OSError as error:
            raise SDKException(_TOKEN_STORE, _SAVE_ERROR, cause=error) from error

    def _failures(self) -> Dict[str, Any]:
        try:
            with open(self._target() + ".failures", "r", encoding=_ENCODING) as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:  # damaged: as if nothing were recorded
            logger.warning("FileStore: ignoring an unreadable refresh failure file: %s", error)
            return {}
        return data if isinstance(data, dict) else {}

    # -- the official contract ------------------------------------------------------------------
    def find_token(self, token: Any) -> Optional[Any]:
        if not isinstance(token, OAuthToken):
            return token
        try:
            rows = self._data_rows(self._read_rows())
        except _FILE_ERRORS as error:
            raise SDKException(_TOKEN_STORE, _FIND_ERROR, cause=error) from error
        for _, row in _tokens(rows):
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
            for index, row in _tokens(rows):
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
            for index, row in _tokens(rows):
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
        return [self._token_from_row(row) for _, row in _tokens(rows)]

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
        for _, row in _tokens(rows):
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
            # A damaged line keeps its id too: a new token must not reuse it.
            first = row.split(",", 1)[0] if isinstance(row, _Verbatim) else (row[0] if row else "")
            if not first:
                continue
            try:
                largest = max(largest, int(first))
            except ValueError:
                continue
        return str(largest + 1)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
