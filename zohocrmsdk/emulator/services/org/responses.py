from typing import Any

from ...core import errors
from ...core.bodies import uploaded_file
from ...core.wire import Request, Response, empty, file_response, json_response
from .backend import image_type


class OrgResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.org

    def get(self, req: Request) -> Response:
        return json_response(200, {"org": [self.backend.details()]})

    def upload_photo(self, req: Request) -> Response:
        self.backend.put_photo(*uploaded_file(req))
        return json_response(200, errors.success("photo uploaded successfully", {}))

    def get_photo(self, req: Request) -> Response:
        found = self.backend.photo()
        if found is None:
            return empty(204)
        return file_response(found[1], image_type(found[1], "application/octet-stream"), found[0])

    def delete_photo(self, req: Request) -> Response:
        self.backend.delete_photo()
        return json_response(200, errors.success("photo deleted successfully", {}))
