"""Kept import path (named in the README): the built-in custom view id lives with mass delete."""
from .services.mass_delete.backend import default_view_id

__all__ = ["default_view_id"]
