"""Files kept on a record: attachments (uploads or links) and the record photo."""
from __future__ import annotations

from typing import List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend
from ...core.state import Kind
from ..metadata.seed_modules import PHOTO_MODULES
from ..records.backend import display_name
from ..users.backend import user_ref

MAX_PHOTO = 10 * 1024 * 1024
MAX_ATTACHMENT = 20 * 1024 * 1024


class AttachmentsBackend(Backend):
    # -- photos ------------------------------------------------------------------------------
    def _photo_record(self, module: str, rid: str) -> None:
        if module not in PHOTO_MODULES:
            raise errors.not_supported("photo")
        self.app.records.record(module, rid)

    def check_photo(self, module: str, rid: str) -> None:
        self._photo_record(module, rid)

    def put_photo(self, module: str, rid: str, name: Optional[str], content: bytes) -> None:
        if len(content) > MAX_PHOTO:
            raise errors.file_over_size(415)
        self.state.put_doc(Kind.PHOTO, f"{module}/{rid}", {"name": name or "photo.png"}, content)

    def photo(self, module: str, rid: str) -> Optional[Tuple[str, bytes]]:
        self._photo_record(module, rid)
        found = self.state.get_blob(Kind.PHOTO, f"{module}/{rid}")
        return (found[0]["name"], found[1]) if found else None

    def delete_photo(self, module: str, rid: str) -> None:
        self._photo_record(module, rid)
        if not self.state.del_doc(Kind.PHOTO, f"{module}/{rid}"):
            raise errors.invalid_data(details={"id": rid})

    # -- attachments ---------------------------------------------------------------------------
    def _doc(self, module: str, rid: str, name: str, size: int, link: Optional[str]) -> dict:
        now = self.now_iso()
        att_id = self.new_id()
        owner = user_ref(with_email=True)
        return {"id": att_id, "File_Name": name, "Size": str(size), "Owner": owner,
                "Created_Time": now, "Modified_Time": now, "Created_By": owner, "Modified_By": owner,
                "Parent_Id": {"name": display_name(module, self.app.records.record(module, rid)), "id": rid},
                "$editable": True, "$file_id": att_id, "$se_module": module,
                "$type": "Link URL" if link else "Attachment", "$link_url": link,
                "$attachment_type": 1 if not link else 3, "$state": "save", "$sharing_permission": "full_access"}

    def check_record(self, module: str, rid: str) -> None:
        self.app.records.record(module, rid)

    def add_link(self, module: str, rid: str, link: str, title: Optional[str]) -> dict:
        doc = self._doc(module, rid, title or link, 0, link)
        self.state.put_doc(Kind.ATTACHMENT, f"{module}/{rid}/{doc['id']}", doc, b"")
        return doc

    def add_file(self, module: str, rid: str, name: Optional[str], content: bytes) -> dict:
        if len(content) > MAX_ATTACHMENT:
            raise errors.file_too_large()
        doc = self._doc(module, rid, name or "file", len(content), None)
        self.state.put_doc(Kind.ATTACHMENT, f"{module}/{rid}/{doc['id']}", doc, content)
        return doc

    def file(self, module: str, rid: str, att: str) -> Tuple[str, bytes]:
        self.check_record(module, rid)
        found = self.state.get_blob(Kind.ATTACHMENT, f"{module}/{rid}/{att}")
        if found is None:
            raise errors.invalid_id({"id": att})
        return found[0]["File_Name"], found[1]

    def list(self, module: str, rid: str) -> List[dict]:
        self.check_record(module, rid)
        return [d for _, d in self.state.list_docs(Kind.ATTACHMENT, f"{module}/{rid}/")]

    def delete(self, module: str, rid: str, ids: List[str]) -> List[dict]:
        self.check_record(module, rid)
        if not ids:
            raise errors.required_param("ids")
        results = []
        for one in ids:
            if self.state.del_doc(Kind.ATTACHMENT, f"{module}/{rid}/{one}"):
                results.append(errors.success("record deleted", {"id": one}))
            else:
                results.append(errors.entry_not_deleted(one))
        return results
