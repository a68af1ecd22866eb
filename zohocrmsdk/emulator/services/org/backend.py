"""The organisation: its details (from the catalog) and its photo."""
from __future__ import annotations

from typing import Optional, Tuple

from ...core import errors
from ...core.backend import Backend
from ...core.state import Kind

MAX_PHOTO = 10 * 1024 * 1024


def image_type(data: bytes, default: str = "image/png") -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] in (b"GIF8",):
        return "image/gif"
    if data.startswith(b"BM"):
        return "image/bmp"
    return default


class OrgBackend(Backend):
    def details(self) -> dict:
        return self.catalog.org()

    def put_photo(self, name: Optional[str], content: bytes) -> None:
        if len(content) > MAX_PHOTO:
            raise errors.file_over_size(413)
        self.state.put_doc(Kind.ORG_PHOTO, "photo", {"name": name or "logo.png"}, content)

    def photo(self) -> Optional[Tuple[str, bytes]]:
        found = self.state.get_blob(Kind.ORG_PHOTO, "photo")
        return (found[0]["name"], found[1]) if found else None

    def delete_photo(self) -> None:
        if not self.state.del_doc(Kind.ORG_PHOTO, "photo"):
            raise errors.invalid_data("no photo to delete", {})
