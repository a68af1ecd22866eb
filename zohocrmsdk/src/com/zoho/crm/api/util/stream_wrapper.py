"""A named binary stream: files to upload and files downloaded from Zoho."""
from __future__ import annotations

import os
import re
from typing import IO, Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException


class StreamWrapper(object):
    """``StreamWrapper(file_path=...)`` names the stream after the file and opens it lazily (and the
    upload closes it, docs/deviations.md#stream-wrapper-closes-file); ``StreamWrapper(name, stream)`` wraps any binary stream.
    For downloads the stream is the HTTP response: use ``.content`` or ``.iter_content()``."""

    def __init__(self, name: Optional[str] = None, stream: Any = None, file_path: Optional[str] = None) -> None:
        self.__file_path = None
        if file_path is not None:
            if not os.path.exists(file_path):
                raise SDKException("file_error", "file does not exists")
            self.__name = os.path.basename(file_path)
            self.__file_path = file_path
            self.__stream = None
        else:
            self.__name = _file_name(name)
            self.__stream = stream

    def get_name(self) -> Optional[str]:
        """The file name, never a path: a server-sent ``../../x`` or ``/etc/x`` is ``x``
        (docs/deviations.md#stream-name-never-a-path)."""
        return self.__name

    def get_stream(self) -> Any:
        if self.__stream is None and self.__file_path is not None:
            self.__stream = open(self.__file_path, "rb")
        return self.__stream

    def _close_if_owned(self) -> None:
        """Close a stream this wrapper opened itself, so uploads do not leak file handles."""
        if self.__file_path is not None and self.__stream is not None:
            self.__stream.close()
            self.__stream = None

    def __repr__(self) -> str:
        return "StreamWrapper(name={!r})".format(self.__name)


def _file_name(name: Optional[str]) -> Optional[str]:
    """``name`` without directory parts, drive or absolute prefixes ("" when nothing is left)."""
    if not isinstance(name, str):
        return name
    base = re.split(r"[\\/]", name.replace("\0", ""))[-1]
    if re.match(r"[A-Za-z]:", base):
        base = base[2:]
    return "" if base in (".", "..") else base


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
