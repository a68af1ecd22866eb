"""Declared types of query parameters and headers, so values are checked and formatted like the
official SDK. A holder class (``GetRecordsParam``...) declares its items with ``typed(name, type)``;
the class attributes become the official ``Param``/``Header`` objects."""
from __future__ import annotations

import importlib
import re
from typing import Dict, Optional, Tuple

from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants

# the Python package under which the official class paths ("com.zoho.crm.api...") live
_SOURCE_ROOT = Constants.PACKAGE_NAMESPACE.rpartition(".com.")[0]
# official class path (e.g. "com.zoho.crm.api.Record.GetRecordsParam") -> {lower-case name: type}
_TYPES: Dict[str, Dict[str, str]] = {}
_KINDS: Dict[str, str] = {}  # official class path -> "PARAMETER" or "HEADER" (how its errors name an item)


class typed(object):
    """One declared item of a holder: wire name and type (``String``, ``Integer``, ``util.Choice``...)."""

    __slots__ = ("name", "type")

    def __init__(self, name: str, type: str = "String") -> None:
        self.name = name
        self.type = type


class Holder(object):
    """Base of the Param/Header holder classes."""

    _item_class = None  # Param or Header
    _kind_ = ""  # PARAMETER or HEADER

    def __init_subclass__(cls, class_path: Optional[str] = None, hidden: Tuple[typed, ...] = (), **kw) -> None:
        super().__init_subclass__(**kw)
        if class_path is None:
            return
        types = {}
        for attr, value in list(vars(cls).items()):
            if isinstance(value, typed):
                types[value.name.lower()] = value.type
                setattr(cls, attr, cls._item_class(value.name, class_path))
        for item in hidden:  # values the operations inject from constructor arguments
            types[item.name.lower()] = item.type
        _TYPES[class_path] = types
        _KINDS[class_path] = cls._kind_


def metadata_key(class_path: str) -> str:
    """``com.zoho.crm.api.BulkWrite.UploadFileHeader`` -> ``zohocrmsdk.src.com.zoho.crm.api.bulk_write.UploadFileHeader``."""
    parts = class_path.split(".")
    package = re.sub(r"(?<!^)(?=[A-Z])", "_", parts[-2]).lower()
    return ".".join([_SOURCE_ROOT] + [p.lower() for p in parts[:-2]] + [package, parts[-1]])


def declared_type(class_path: str, name: str) -> Tuple[Optional[str], str, str]:
    """(type or None when unknown, metadata key, kind of the holder) of one item."""
    key = metadata_key(class_path)
    types = _TYPES.get(class_path)
    if types is None:
        package, _, holder = key.rpartition(".")
        try:
            getattr(importlib.import_module(package), holder)
        except (ImportError, AttributeError):
            pass
        types = _TYPES.get(class_path, {})
    return types.get(name.lower()), key, _KINDS.get(class_path, "")


def _param_class():
    from zohocrmsdk.src.com.zoho.crm.api.param import Param
    return Param


def _header_class():
    from zohocrmsdk.src.com.zoho.crm.api.header import Header
    return Header


class ParamHolder(Holder):
    """Base of ``XxxParam`` classes: each ``typed`` item becomes a ``Param``."""

    _item_class = staticmethod(lambda name, path: _param_class()(name, path))
    _kind_ = "PARAMETER"


class HeaderHolder(Holder):
    """Base of ``XxxHeader`` classes: each ``typed`` item becomes a ``Header``."""

    _item_class = staticmethod(lambda name, path: _header_class()(name, path))
    _kind_ = "HEADER"
