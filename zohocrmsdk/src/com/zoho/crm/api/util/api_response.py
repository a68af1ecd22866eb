"""What every operation returns: status, headers and the decoded object."""
from typing import Any, Generic, Mapping, Optional, TypeVar

T = TypeVar("T")


class APIResponse(Generic[T]):
    """``get_object()`` is the decoded wrapper, an ``APIException`` for JSON errors, or None for
    204/304 answers."""

    def __init__(self, headers: Mapping[str, str], status_code: int, object: Optional[T]) -> None:
        self.__headers = headers
        self.__status_code = status_code
        self.__object = object

    def get_headers(self) -> Mapping[str, str]:
        return self.__headers

    def get_status_code(self) -> int:
        return self.__status_code

    def get_object(self) -> Optional[T]:
        return self.__object

    def __repr__(self) -> str:
        return "APIResponse(status_code={}, object={})".format(
            self.__status_code, type(self.__object).__name__ if self.__object is not None else None)
