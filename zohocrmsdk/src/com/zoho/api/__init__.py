"""Namespace level of the official import paths; loads nothing."""
