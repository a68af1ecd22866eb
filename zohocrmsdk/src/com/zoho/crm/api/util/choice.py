"""A value drawn from a fixed set (picklists, status codes)."""
from typing import Any


class Choice(object):
    """Holds one value. Like the official class it has no equality of its own: compare
    ``get_value()`` results."""

    __slots__ = ("_Choice__value",)

    def __init__(self, value: Any) -> None:
        self.__value = value

    def get_value(self) -> Any:
        return self.__value

    def __repr__(self) -> str:
        return "Choice({!r})".format(self.__value)
