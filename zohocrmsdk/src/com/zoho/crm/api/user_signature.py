"""The name that identifies a CRM user in token stores and field-cache file names."""
from __future__ import annotations


class UserSignature(object):
    """Wraps a user name, by convention ``<email>:<org zgid>``; nothing is validated."""

    def __init__(self, name: str) -> None:
        self.__name = name

    def get_name(self) -> str:
        return self.__name

    def __repr__(self) -> str:
        return "UserSignature({!r})".format(self.__name)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
