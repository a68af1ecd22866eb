from typing import Any, Dict

from ...core import errors
from ...core.bodies import json_object
from ...core.wire import Request, Response, json_response


class ConvertResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.convert

    def convert(self, req: Request, module: str, rid: str) -> Response:
        data = json_object(req).get("data")
        options: Dict[str, Any] = {}
        if isinstance(data, list) and data:
            options = data[0] if isinstance(data[0], dict) else {}
        details = self.backend.convert(module, rid, options)
        return json_response(200, {"data": [errors.success("The record has been converted successfully", details)]})
