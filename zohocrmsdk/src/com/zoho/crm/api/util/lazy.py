"""PEP 562 lazy package namespaces: a name is imported from its module on first access."""
from __future__ import annotations

import importlib
import sys
from typing import Callable, Dict, List, Tuple


def lazy_exports(package: str, exports: Dict[str, str]) -> Tuple[Callable, Callable, List[str]]:
    """``__getattr__``, ``__dir__`` and ``__all__`` for a package whose names live in sub-modules."""
    def __getattr__(name: str):
        module = exports.get(name)
        if module is None:
            raise AttributeError("module {!r} has no attribute {!r}".format(package, name))
        value = getattr(importlib.import_module(package + "." + module), name)
        setattr(sys.modules[package], name, value)  # later lookups skip this function
        return value

    def __dir__() -> List[str]:
        return sorted(set(exports) | set(vars(sys.modules[package])))

    return __getattr__, __dir__, list(exports)
