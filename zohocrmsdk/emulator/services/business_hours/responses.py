from typing import Any

from ...core import errors
from ...core.bodies import wrapped
from ...core.errors import ItemError
from ...core.wire import Request, Response, empty, json_response


class BusinessHoursResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.business_hours

    def get(self, req: Request) -> Response:
        current = self.backend.get()
        return json_response(200, {"business_hours": current}) if current else empty(204)

    def save(self, req: Request) -> Response:
        item = wrapped(req, "business_hours", single=True)
        try:
            doc_id = self.backend.save(item, partial=req.method == "PUT")
        except ItemError as exc:
            return json_response(400, {"business_hours": exc.to_json()})
        return json_response(200, {"business_hours": errors.success("Business Hours saved successfully",
                                                                    {"id": doc_id})})
