"""The per-user cache of module field metadata (``<resource_path>/resources/<name>.json``).

The file layout and name are the official ones, so both SDKs can share a ``resource_path``. Ours
keeps the parsed file in memory, re-reads it only when its mtime changes, writes it atomically
(temp file + ``os.replace``) and treats a torn or corrupt file as absent.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import threading
import weakref
from collections import OrderedDict
from typing import Any, Dict, Optional, Tuple

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import call_context
from zohocrmsdk.src.com.zoho.crm.api.util.model import RecordField

MODULE_METADATA = "SDK-MODULE-METADATA"
LAST_MODIFIED = "FIELDS-LAST-MODIFIED-TIME"

# The newest parsed version of the _MAX_FILES cache files a FieldCache used last: with many users the
# older ones are read again from disk when needed, never kept for good.
_MAX_FILES = 256
_names: Dict[Tuple[str, str], str] = {}  # file_name's memo: a pure function of its key, bounded


class FieldSpecs(dict):
    """One module's field specs (api name -> RecordField) for one version of the cache file. The
    codec keeps its per-class decoding tables here, so they live exactly as long as the specs."""

    __slots__ = ("codec_tables",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.codec_tables: Dict[type, Any] = {}


def token_key(token) -> str:
    signature = getattr(token, "get_user_signature", lambda: None)()
    if signature is not None and signature.get_name():
        return signature.get_name()
    refresh = getattr(token, "get_refresh_token", lambda: None)()
    if refresh:
        return refresh[:-32]
    access = getattr(token, "get_access_token", lambda: None)()
    if access:
        return access[:-32]
    return ""


def file_name(environment_url: str, token) -> str:
    key = (environment_url, token_key(token))
    name = _names.get(key)
    if name is None:
        raw = (environment_url + key[1]).encode("utf-8")
        name = base64.b64encode(raw).decode("ascii")
        if "/" in name:  # would be a sub-directory (docs/deviations.md#field-cache-name-without-slash)
            name = base64.urlsafe_b64encode(raw).decode("ascii")
        name += ".json"
        if len(_names) < 1024:  # a handful of users in practice; never grows without bound
            _names[key] = name
    return name


def cache_path(context=None) -> str:
    """The cache file of the context's user; SDK UNINITIALIZED ERROR before ``initialize``, for every
    operation (docs/deviations.md#uninitialized-record-operations)."""
    if context is None:
        context = call_context.require()
    return context.fields.path(context)


def _mtime(path: str) -> Optional[int]:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


class FieldCache(object):
    """The cache files under one resource path (``<resource_path>/resources``), shared by every call
    context using that path: its lock and the parsed files, each held with the mtime it was read at (a
    newer file on disk is read again) and the field specs built from that version, by module."""

    def __init__(self, resource_path: str) -> None:
        self.folder = os.path.join(resource_path, "resources")
        self._files: "OrderedDict[str, Tuple[Optional[int], Dict[str, Any], Dict[str, FieldSpecs]]]" = \
            OrderedDict()
        self._lock = threading.RLock()
        _caches.add(self)

    @classmethod
    def of(cls, resource_path: Optional[str]) -> Optional["FieldCache"]:
        """The cache of ``resource_path``: one per path while a context uses it. The path is kept as given:
        a relative one names a folder under the working directory of each read and write, as officially."""
        if resource_path is None:
            return None
        with _guard:
            cache = _by_folder.get(resource_path)
            if cache is None:
                cache = _by_folder[resource_path] = cls(resource_path)
            return cache

    def path(self, context) -> str:
        return os.path.join(self.folder, file_name(context.environment.url, context.token))

    def read(self, path: str) -> Dict[str, Any]:
        """The cache content (a private copy is not made: callers must not mutate it)."""
        return self._entry(path)[1]

    def _hold(self, path: str, stamp: Optional[int], data: Dict[str, Any]):
        entry = self._files[path] = (stamp, data, {})
        self._files.move_to_end(path)
        while len(self._files) > _MAX_FILES:
            self._files.popitem(last=False)
        return entry

    def _entry(self, path: str):
        with self._lock:
            stamp = _mtime(path)
            held = self._files.get(path)
            if held is not None and held[0] == stamp:
                self._files.move_to_end(path)
                return held
            data: Dict[str, Any] = {}
            if stamp is not None:
                try:
                    with open(path, "r", encoding="utf-8") as handle:
                        loaded = json.load(handle)
                    if isinstance(loaded, dict):
                        data = loaded
                except (OSError, ValueError):
                    data = {}  # torn or corrupt: start again
            return self._hold(path, stamp, data)

    def write(self, path: str, data: Dict[str, Any]) -> None:
        with self._lock:
            folder = os.path.dirname(path)
            try:
                os.makedirs(folder, exist_ok=True)
                fd, temp = _create_temp(folder)
            except OSError as error:
                # initialize only checks that resource_path is a directory; whether it can be written
                # shows here, at the first cache write.
                raise SDKException("RESOURCE_PATH_ERROR", "Cannot write the field cache in {} (check that "
                                   "resource_path {} is writable) : ".format(folder, os.path.dirname(folder)),
                                   cause=error) from error
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(data, handle)
                os.replace(temp, path)
            except BaseException:
                try:
                    os.unlink(temp)
                except OSError:
                    pass
                raise
            self._hold(path, _mtime(path), data)

    def update(self, path: str, change) -> Dict[str, Any]:
        """Apply ``change(data)`` to a copy of the cache and write it back."""
        with self._lock:
            data = dict(self.read(path))
            change(data)
            self.write(path, data)
            return data

    def delete(self, path: str) -> None:
        with self._lock:
            self._files.pop(path, None)
            try:
                os.remove(path)
            except FileNotFoundError:
                pass

    def reader(self, context):
        """``module -> field specs`` for one API call: the cache file is looked at once, on first
        use, and every module the call needs is read from that one consistent version."""
        path = self.path(context)
        seen: list = []

        def fields_of(module: str) -> Dict[str, RecordField]:
            if not seen:
                seen.append(self._entry(path))
            _, data, built = seen[0]
            key = module.lower()
            specs = built.get(key)
            if specs is None:
                raw = data.get(key) or {}
                specs = built[key] = FieldSpecs((name, spec_to_field(name, spec)) for name, spec in raw.items()
                                                if isinstance(spec, dict))
            return specs
        return fields_of


def _create_temp(folder: str) -> Tuple[int, str]:
    """A new temp file next to the cache. Mode 0o666 lets the kernel apply the process umask, so
    the cache gets the permissions the official SDK's plain ``open(path, "w")`` gives it."""
    while True:
        temp = os.path.join(folder, ".fields-%s.tmp" % secrets.token_hex(8))
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue


# The current context's cache, for the engine's metadata code (utility, ModuleFieldsHandler).
def read(path: str) -> Dict[str, Any]:
    return call_context.require().fields.read(path)


def update(path: str, change) -> Dict[str, Any]:
    return call_context.require().fields.update(path, change)


def delete(path: str) -> None:
    call_context.require().fields.delete(path)


def module_fields(module: str) -> Dict[str, RecordField]:
    """The codec's view of one module's fields, built once per cache version."""
    return fields_reader()(module)


def fields_reader(context=None):
    context = call_context.require() if context is None else context
    return context.fields.reader(context)


_caches: "weakref.WeakSet[FieldCache]" = weakref.WeakSet()
_by_folder: "weakref.WeakValueDictionary[str, FieldCache]" = weakref.WeakValueDictionary()
_guard = threading.Lock()


def _reset_after_fork() -> None:
    # A child must not inherit a lock held by a thread of its parent (nothing would release it).
    global _guard
    _guard = threading.Lock()
    for cache in list(_caches):
        cache._lock = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def spec_to_field(api_name: str, spec: Dict[str, Any]) -> RecordField:
    """A cached field spec (the official JSON entry) as a codec member."""
    type_ = spec.get("type") or "Object"  # unknown Zoho types pass through raw
    # the element class of a list; a nested object's class is its type (F derives structure_name)
    of = spec.get("structure_name") if type_ == "List" else None
    return RecordField(api_name, type_, key=spec.get("name", api_name), of=of,
                       values=tuple(spec.get("values") or ()), module=spec.get("module"),
                       required=bool(spec.get("required")), read_only=bool(spec.get("read-only")),
                       picklist=bool(spec.get("picklist")), skip_mandatory=bool(spec.get("skip-mandatory")),
                       lookup=bool(spec.get("lookup")), subform=bool(spec.get("subform")))
