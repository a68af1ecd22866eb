from typing import Any

from ...core import errors
from ...core.bodies import uploaded_file
from ...core.wire import Request, Response, file_response, json_response

_BAD_UPLOAD_HEADERS = {"x-error": "check if headers [feature, X-CRM-ORG] are present and valid",
                       "info": "Forbidden", "x-info": "Forbidden", "http_status": "400",
                       "ERROR_CODE": "INVALID_REQUEST", "ERROR_MESSAGE": "invalid headers"}


class BulkResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.bulk

    def create_read(self, req: Request) -> Response:
        if not req.declares_json():  # bulk read documents 415 for any other body type
            raise errors.media_type_not_supported()
        details = self.backend.create_read(req.json())
        return json_response(201, {"data": [{"status": "success", "code": "ADDED_SUCCESSFULLY",
                                             "message": "Added successfully.", "details": details}], "info": {}})

    def read_job(self, req: Request, job: str) -> Response:
        return json_response(200, {"data": [self.backend.read_job(job)]})

    def read_result(self, req: Request, job: str) -> Response:
        return file_response(self.backend.read_result(job), "application/zip", f"{job}.zip")

    def upload(self, req: Request) -> Response:
        if not self.backend.upload_allowed(req.header("X-CRM-ORG"), req.header("feature")):
            return json_response(400, _BAD_UPLOAD_HEADERS)
        file_id, created = self.backend.upload(uploaded_file(req)[1])
        return json_response(200, {"status": "success", "code": "FILE_UPLOAD_SUCCESS", "message": "file uploaded.",
                                   "details": {"file_id": file_id, "created_time": created}})

    def create_write(self, req: Request) -> Response:
        details = self.backend.create_write(req.json())
        return json_response(201, {"status": "success", "code": "SUCCESS", "message": "success", "details": details})

    def write_job(self, req: Request, job: str) -> Response:
        return json_response(200, self.backend.write_job(job, req.download_base))

    def write_result(self, req: Request, job: str, zgid: str = "", name: str = "") -> Response:
        return file_response(self.backend.write_result(job), "application/zip", f"{job}.zip")
