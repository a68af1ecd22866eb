"""A named request header; ``class_name`` points at the holder whose declared type converts values."""
from typing import Optional


class Header(object):
    def __init__(self, name: str, class_name: Optional[str] = None) -> None:
        self.name = name
        self.class_name = class_name

    def __repr__(self) -> str:
        return "Header({!r}, {!r})".format(self.name, self.class_name)
