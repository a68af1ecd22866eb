"""Zoho Accounts on the wire: form or query parameters in, HTTP 200 with ``{"error": ...}`` for
failures (ZOHO_API.md §1.4); only revoke of an unknown token answers 400. Every token request is
counted per grant type for tests."""
from typing import Any

from ...core.wire import Request, Response, json_response

# accounts host suffix -> real API domain, for intercept mode
_DC_API = {"zoho.com": "https://www.zohoapis.com", "zoho.eu": "https://www.zohoapis.eu",
           "zoho.in": "https://www.zohoapis.in", "zoho.com.cn": "https://www.zohoapis.com.cn",
           "zoho.com.au": "https://www.zohoapis.com.au", "zoho.jp": "https://www.zohoapis.jp",
           "zoho.ca": "https://www.zohoapis.ca", "zohocloud.ca": "https://www.zohoapis.ca"}



def api_domain_for(req: Request) -> str:
    """Over a socket the server's public URL; in intercept mode the real API domain of the DC whose
    accounts host was called."""
    if req.public_url:
        return req.public_url
    host = req.host.split(":")[0].lower()
    if host.startswith("accounts."):
        return _DC_API.get(host[len("accounts."):], req.base_url)
    return req.base_url


class AccountsResponses:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.backend = app.accounts

    def token(self, req: Request) -> Response:
        grant = req.param("grant_type") or ""
        self.app.stats.token(grant or "(missing)")
        return json_response(200, self.backend.exchange(
            grant, req.param("client_id"), req.param("client_secret"), req.param("code"),
            req.param("refresh_token"), req.param("redirect_uri"), api_domain_for(req)))

    def revoke(self, req: Request) -> Response:
        self.app.stats.token("revoke")
        if self.backend.revoke(req.param("token") or ""):
            return json_response(200, {"status": "success"})
        return json_response(400, {"error": "invalid_token", "status": "failure"})
