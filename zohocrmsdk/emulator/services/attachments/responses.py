from typing import Any, Optional

from ...core import errors
from ...core.bodies import id_list, status_of, uploaded_file
from ...core.wire import Request, Response, empty, file_response, json_response
from ..org.backend import image_type
from ..related.responses import page_response


class AttachmentsResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.attachments
        self.records = app.records

    def upload_photo(self, req: Request, module: str, rid: str) -> Response:
        self.backend.check_photo(module, rid)
        name, content = uploaded_file(req)
        self.backend.put_photo(module, rid, name, content)
        return json_response(200, errors.success("photo uploaded successfully", {}))

    def get_photo(self, req: Request, module: str, rid: str) -> Response:
        found = self.backend.photo(module, rid)
        if found is None:
            return empty(204)
        return file_response(found[1], image_type(found[1]), found[0])

    def delete_photo(self, req: Request, module: str, rid: str) -> Response:
        self.backend.delete_photo(module, rid)
        return json_response(200, errors.success("Photo deleted", {}))

    def post(self, req: Request, module: str, rid: str, att: Optional[str] = None) -> Response:
        if att is not None:
            raise errors.invalid_method()
        self.backend.check_record(module, rid)
        link = req.query.get("attachmentUrl")
        if link:
            doc = self.backend.add_link(module, rid, link, req.query.get("title"))
        else:
            doc = self.backend.add_file(module, rid, *uploaded_file(req))
        details = {k: doc[k] for k in ("id", "Created_Time", "Modified_Time")}
        details.update({"Created_By": {"name": doc["Created_By"]["name"], "id": doc["Created_By"]["id"]},
                        "Modified_By": {"name": doc["Modified_By"]["name"], "id": doc["Modified_By"]["id"]}})
        return json_response(200, {"data": [errors.success("attachment uploaded successfully", details)]})

    def get(self, req: Request, module: str, rid: str, att: Optional[str] = None) -> Response:
        if att is not None:
            name, content = self.backend.file(module, rid, att)
            return file_response(content, "application/octet-stream", name)
        names = self.records.projection(req.query.get("fields"), True)  # required, as on every related list
        return page_response(req, self.backend.list(module, rid), names, self.records.project, token_keys=True)

    def delete(self, req: Request, module: str, rid: str, att: Optional[str] = None) -> Response:
        results = self.backend.delete(module, rid, [att] if att else id_list(req.query))
        return json_response(status_of(results), {"data": results})
