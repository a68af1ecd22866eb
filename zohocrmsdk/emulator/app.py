"""Kept import path: the app lives in `core.app`."""
from .core.app import EmulatorApp

__all__ = ["EmulatorApp"]
