"""Namespace level of the official import paths; loads nothing."""

import importlib as _importlib


def __getattr__(name):
    # Sub-packages load on first attribute access (the official package imports them all eagerly).
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return _importlib.import_module(__name__ + "." + name)
    except ModuleNotFoundError as error:
        raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name)) from error
