"""Kept import path: request/response objects live in `core.wire`."""
from .core.wire import Request, Response

__all__ = ["Request", "Response"]
