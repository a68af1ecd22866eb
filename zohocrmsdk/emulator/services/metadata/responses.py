from typing import Any, Optional

from ...core import errors
from ...core.bodies import wrapped
from ...core.wire import Request, Response, empty, json_response, parse_when


def not_modified_since(req: Request, last_change: float) -> bool:
    since = parse_when(req.header("If-Modified-Since"))
    return since is not None and since >= last_change


class MetadataResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.metadata

    def modules(self, req: Request) -> Response:
        if not_modified_since(req, self.backend.modules_changed()):
            return empty(304)
        return json_response(200, {"modules": self.backend.modules()})

    def module(self, req: Request, name: str) -> Response:
        return json_response(200, {"modules": [self.backend.module(name)]})

    def update_module(self, req: Request, name: str) -> Response:
        mid = self.backend.update_module(name, wrapped(req, "modules"))
        return json_response(200, {"modules": [errors.success("modules updated successfully", {"id": mid})]})

    def fields(self, req: Request, field_id: Optional[str] = None) -> Response:
        module = self.backend.module_param(req.query.get("module"))
        return json_response(200, {"fields": self.backend.fields(module, field_id)})

    def layouts(self, req: Request, layout_id: Optional[str] = None) -> Response:
        module = self.backend.module_param(req.query.get("module"))
        return json_response(200, {"layouts": self.backend.layouts(module, layout_id)})

    def related_lists(self, req: Request, rl_id: Optional[str] = None) -> Response:
        module = self.backend.module_param(req.query.get("module"))
        return json_response(200, {"related_lists": self.backend.related_lists(module, rl_id)})
