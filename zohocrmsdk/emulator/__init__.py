"""A local emulator of Zoho Accounts OAuth + Zoho CRM API v6 (like `moto` for AWS).

Ways in: ``python -m zohocrmsdk.emulator``, ``Emulator.running()`` (context manager),
the ``zoho_emulator`` pytest fixture and ``intercept()`` (patches requests in-process).
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = ["EmulatorApp", "EmulatorServer", "Emulator", "intercept"]
_WHERE = {"EmulatorApp": ".core.app", "EmulatorServer": ".core.server", "Emulator": ".testing", "intercept": ".interception"}


def __getattr__(name: str) -> Any:  # lazy: importing the package starts nothing
    if name not in _WHERE:
        raise AttributeError(name)
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    # cache so later lookups skip __getattr__
    globals()[name] = value
    return value
