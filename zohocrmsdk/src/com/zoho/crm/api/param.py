"""A named query parameter; ``class_name`` points at the holder whose declared type converts values."""
from typing import Optional


class Param(object):
    def __init__(self, name: str, class_name: Optional[str] = None) -> None:
        self.name = name
        self.class_name = class_name

    def __repr__(self) -> str:
        return "Param({!r}, {!r})".format(self.name, self.class_name)
