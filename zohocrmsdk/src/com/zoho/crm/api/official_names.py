"""Module namespaces as the official SDK has them.

Official modules expose every name they import (``from ...record.record_operations import
APIResponse``, ``...users.api_exception import Choice``), and apps import them from there. Each
such module of ours ends with ``__getattr__, __dir__ = module_names(__name__)``: the names come
from the one table, ``official_names_table.py``, which is read on the first name asked for (never
on import), and each name is imported from its defining module only when used.
"""
from __future__ import annotations

import importlib
import sys
from typing import Callable, Dict, List, Tuple

PREFIX = "zohocrmsdk.src.com.zoho."
_rows: Dict[str, Dict[str, str]] = {}


def names_of(module: str) -> Dict[str, str]:
    """name -> full path of the module defining it, for the names ``module`` imports officially."""
    row = _rows.get(module)
    if row is None:
        from zohocrmsdk.src.com.zoho.crm.api import official_names_table as table
        row = {}
        short = module[len(PREFIX):] if module.startswith(PREFIX) else module
        for token in table.IMPORTS.get(short, "").split():
            name, _, source = token.partition("=")
            source = source or table.SOURCES[name]
            row[name] = source if source == "abc" else PREFIX + source
        _rows[module] = row
    return row


def module_names(module: str) -> Tuple[Callable[[str], object], Callable[[], List[str]]]:
    """``__getattr__`` and ``__dir__`` for ``module``."""
    def __getattr__(name: str) -> object:
        source = None if name.startswith("__") else names_of(module).get(name)
        if source is None:
            raise AttributeError("module {!r} has no attribute {!r}".format(module, name))
        value = getattr(importlib.import_module(source), name)
        setattr(sys.modules[module], name, value)  # later lookups skip this function
        return value

    def __dir__() -> List[str]:
        return sorted(set(vars(sys.modules[module])) | set(names_of(module)))

    return __getattr__, __dir__
