from typing import Any

from ...core.bodies import page_args, page_of
from ...core.wire import Request, Response, empty, json_response
from ..metadata.responses import not_modified_since
from .backend import SEED_TS


class UsersResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.users

    def get(self, req: Request, user_id: str) -> Response:
        return json_response(200, {"users": [self.backend.get(user_id)]})

    def list(self, req: Request) -> Response:
        ids = req.query["ids"].split(",") if req.query.get("ids") else None
        users = self.backend.list(req.query.get("type") or "AllUsers", ids)
        if not_modified_since(req, SEED_TS):
            return empty(304)
        chunk, info = page_of(users, *page_args(req.query, blame_page=True))
        if not chunk:
            return empty(204)
        return json_response(200, {"users": chunk, "info": info})

    def count(self, req: Request) -> Response:
        return json_response(200, {"count": self.backend.count(req.query.get("type") or "AllUsers")})
