"""Zoho CRM SDK for API v6: a drop-in, independently written replacement for ``zohocrmsdk6_0``.

Nothing is imported eagerly here, so ``import zohocrmsdk...Initializer`` stays fast; the API
packages load on first use.
"""
__version__ = "3.0.0"
