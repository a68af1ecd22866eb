from typing import Any, Optional

from ...core import errors
from ...core.bodies import status_of, wrapped
from ...core.wire import Request, Response, empty, json_response
from ..territories.responses import settings_page


class UserGroupsResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.user_groups

    def _results(self, results: list, ok: int = 200) -> Response:
        return json_response(status_of(results, ok), {"user_groups": results})

    def users_count(self, req: Request) -> Response:
        return settings_page(req, "associated_users_count", self.backend.users_count())

    def get(self, req: Request, gid: str) -> Response:
        return json_response(200, {"user_groups": [self.backend.one(gid)]})

    def list(self, req: Request) -> Response:
        return settings_page(req, "user_groups", self.backend.list(req.query.get("name")))

    def sources(self, req: Request, gid: str) -> Response:
        rows = self.backend.sources(gid, req.query.get("type"), req.query.get("user_type"))
        return settings_page(req, "sources", rows)

    def sources_count(self, req: Request, gid: str) -> Response:
        return json_response(200, {"sources_count": [self.backend.sources_count(gid)]})

    def associations(self, req: Request, gid: str) -> Response:
        rows = self.backend.associations(gid)
        return json_response(200, {"associations": rows}) if rows else empty(204)

    def delete(self, req: Request, gid: str) -> Response:
        self.backend.delete(gid)
        return json_response(200, {"user_groups": [errors.success("Group deleted", {"id": gid})]})

    def create(self, req: Request) -> Response:
        return self._results(self.backend.create(wrapped(req, "user_groups")), 201)

    def update(self, req: Request, gid: Optional[str] = None) -> Response:
        if gid is not None:
            self.backend.one(gid)
        return self._results(self.backend.update(gid, wrapped(req, "user_groups")))
