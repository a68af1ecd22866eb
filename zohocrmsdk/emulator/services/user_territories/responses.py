from typing import Any, Optional

from ...core.bodies import status_of, wrapped
from ...core.wire import Request, Response, empty, json_response
from ..territories.responses import settings_page


class UserTerritoriesResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.user_territories

    def list(self, req: Request, user: str) -> Response:
        return settings_page(req, "territories", self.backend.list(user, None))

    def get(self, req: Request, user: str, territory: str) -> Response:
        docs = self.backend.list(user, territory)
        return json_response(200, {"territories": docs}) if docs else empty(204)

    def validate_before_transfer(self, req: Request, user: str, territory: Optional[str] = None) -> Response:
        rows = self.backend.validate_before_transfer(user, territory)
        return json_response(200, {"validate_before_transfer": rows}) if rows else empty(204)

    def associate(self, req: Request, user: str) -> Response:
        self.backend.scope(user, None)
        results = self.backend.associate(user, wrapped(req, "territories"))
        return json_response(status_of(results), {"territories": results})

    def transfer_and_delink(self, req: Request, user: str, territory: Optional[str] = None) -> Response:
        self.backend.scope(user, territory)
        results = self.backend.transfer_and_delink(user, territory, wrapped(req, "transfer_and_delink"))
        return json_response(status_of(results), {"transfer_and_delink": results})
