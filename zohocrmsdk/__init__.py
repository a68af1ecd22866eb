"""Zoho CRM SDK for API v6: a drop-in, independently written replacement for ``zohocrmsdk6_0``.

Nothing is imported eagerly here, so ``import zohocrmsdk...Initializer`` stays fast; the API
packages load on first use.
"""
__version__ = "3.0.0"

import importlib as _importlib
import logging as _logging

# A library prints nothing unless the app configures logging or passes a Logger: without a handler of
# its own, Python's last-resort handler would print the SDK's warnings to stderr
# (docs/deviations.md#silent-unless-logging-is-configured).
for _channel in ("SDKLogger", __name__):
    _logging.getLogger(_channel).addHandler(_logging.NullHandler())


def __getattr__(name):
    # Sub-packages load on first attribute access (the official package imports them all eagerly).
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return _importlib.import_module(__name__ + "." + name)
    except ModuleNotFoundError as error:
        raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name)) from error
