"""Shared infrastructure of the emulator: app, route table, wire helpers, errors, admin API, state (see ../README.md)."""
