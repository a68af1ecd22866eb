"""Zoho Accounts OAuth: grant codes, token exchange/refresh, revoke, and token checks.

Accounts errors are HTTP 200 with `{"error": "..."}` (ZOHO_API.md §1.4); only revoke of an
unknown token uses 400. Every token request is counted per grant type for tests.
"""
from __future__ import annotations

import secrets
from typing import Any, Dict, Optional

from . import errors
from .metadata import CURRENT_USER
from .wire import Request, Response, json_response

CODE_TTL = 180.0  # grant tokens live 2-3 minutes (docs conflict); self-clients may choose longer

# accounts host suffix -> real API domain, for intercept mode
_DC_API = {"zoho.com": "https://www.zohoapis.com", "zoho.eu": "https://www.zohoapis.eu",
           "zoho.in": "https://www.zohoapis.in", "zoho.com.cn": "https://www.zohoapis.com.cn",
           "zoho.com.au": "https://www.zohoapis.com.au", "zoho.jp": "https://www.zohoapis.jp",
           "zoho.ca": "https://www.zohoapis.ca", "zohocloud.ca": "https://www.zohoapis.ca"}


def _token() -> str:
    return "1000." + secrets.token_hex(16) + "." + secrets.token_hex(16)


def api_domain_for(req: Request) -> str:
    """The emulator's own base URL, or the real DC API domain when a real accounts host was called."""
    host = req.host.split(":")[0].lower()
    if host.startswith("accounts."):
        return _DC_API.get(host[len("accounts."):], req.base_url)
    return req.base_url


class Accounts:
    # Intercept mode accepts credentials it has never seen (as moto accepts any AWS keys): an unknown client
    # id is registered with the secret it comes with, an unknown grant code or refresh token is issued to
    # that client, and from then on the usual rules apply (a grant code is single-use, a wrong secret fails).
    register_unknown = False

    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def state(self):
        return self.app.state

    # -- Python-side helpers (also behind the admin API) ----------------------------------
    def register_client(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None) -> None:
        with self.state.tx():
            existing = self.state.get_doc("client", client_id)
            if existing is None or existing["client_secret"] != client_secret or (
                    redirect_uri and existing.get("redirect_uri") != redirect_uri):
                self.state.put_doc("client", client_id, {"client_secret": client_secret,
                                                         "redirect_uri": redirect_uri or (existing or {}).get("redirect_uri")})

    def grant_code(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None,
                   ttl: float = CODE_TTL, code: Optional[str] = None) -> str:
        """Issue a single-use grant code; ``code`` picks its value (for samples with a fixed one)."""
        self.register_client(client_id, client_secret, redirect_uri)
        code = code or "1000." + secrets.token_hex(16) + "." + secrets.token_hex(16)
        self.state.put_doc("code", code, {"client_id": client_id, "redirect_uri": redirect_uri,
                                          "expires_at": self.app.now() + ttl, "used": False})
        return code

    def mint_tokens(self, client_id: str, client_secret: str, api_domain: str) -> Dict[str, Any]:
        """Skip the code dance: register the client and issue refresh + access tokens."""
        self.register_client(client_id, client_secret)
        return self._issue(client_id, None, api_domain)

    def expire_all(self) -> int:
        with self.state.tx():
            tokens = self.state.list_docs("access")
            for key, doc in tokens:
                doc["expires_at"] = 0
                self.state.put_doc("access", key, doc)
        return len(tokens)

    def _issue(self, client_id: str, refresh: Optional[str], api_domain: str) -> Dict[str, Any]:
        ttl = int(self.app.token_ttl)
        with self.state.tx():
            new_refresh = refresh is None
            if new_refresh:
                refresh = _token()
                self.state.put_doc("refresh", refresh, {"client_id": client_id, "revoked": False,
                                                        "user_id": CURRENT_USER["id"]})
            access = _token()
            self.state.put_doc("access", access, {"client_id": client_id, "refresh_token": refresh,
                                                  "expires_at": self.app.now() + ttl,
                                                  "user_id": CURRENT_USER["id"]})
        out: Dict[str, Any] = {"access_token": access}
        if new_refresh:
            out["refresh_token"] = refresh
        out.update({"api_domain": api_domain, "token_type": "Bearer", "expires_in": ttl})
        return out

    # -- wire handlers ------------------------------------------------------------------
    def token(self, req: Request) -> Response:
        grant = req.param("grant_type") or ""
        self.app.stats.token(grant or "(missing)")
        return json_response(200, self._token_body(req, grant))

    def _token_body(self, req: Request, grant: str) -> Dict[str, Any]:
        if grant not in ("authorization_code", "refresh_token"):
            return {"error": "invalid_request" if not grant else "unsupported_grant_type"}
        client_id, secret = req.param("client_id"), req.param("client_secret")
        if self.register_unknown and client_id and secret:
            self._register_on_first_sight(client_id, secret, grant, req)
        client = self.state.get_doc("client", client_id or "")
        if client is None:
            return {"error": "invalid_client"}
        if secret != client["client_secret"]:
            return {"error": "invalid_client_secret"}
        if grant == "authorization_code":
            with self.state.tx():
                code = self.state.get_doc("code", req.param("code") or "")
                if (code is None or code["used"] or code["client_id"] != client_id
                        or code["expires_at"] < self.app.now()):
                    return {"error": "invalid_code"}
                redirect = req.param("redirect_uri")
                if redirect and code.get("redirect_uri") and redirect != code["redirect_uri"]:
                    return {"error": "invalid_redirect_uri"}
                code["used"] = True  # single use, even if the rest fails
                self.state.put_doc("code", req.param("code"), code)
            return self._issue(client_id, None, api_domain_for(req))
        refresh = self.state.get_doc("refresh", req.param("refresh_token") or "")
        if refresh is None or refresh["revoked"] or refresh["client_id"] != client_id:
            return {"error": "invalid_code"}
        return self._issue(client_id, req.param("refresh_token"), api_domain_for(req))

    def _register_on_first_sight(self, client_id: str, secret: str, grant: str, req: Request) -> None:
        with self.state.tx():
            if self.state.get_doc("client", client_id) is None:
                self.state.put_doc("client", client_id, {"client_secret": secret,
                                                         "redirect_uri": req.param("redirect_uri")})
            code, refresh = req.param("code"), req.param("refresh_token")
            if grant == "authorization_code" and code and self.state.get_doc("code", code) is None:
                self.state.put_doc("code", code, {"client_id": client_id, "redirect_uri": req.param("redirect_uri"),
                                                  "expires_at": self.app.now() + CODE_TTL, "used": False})
            if grant == "refresh_token" and refresh and self.state.get_doc("refresh", refresh) is None:
                self.state.put_doc("refresh", refresh, {"client_id": client_id, "revoked": False,
                                                        "user_id": CURRENT_USER["id"]})

    def revoke(self, req: Request) -> Response:
        self.app.stats.token("revoke")
        token = req.param("token") or ""
        with self.state.tx():
            refresh = self.state.get_doc("refresh", token)
            if refresh is not None:
                refresh["revoked"] = True
                self.state.put_doc("refresh", token, refresh)
                for key, doc in self.state.list_docs("access"):
                    if doc.get("refresh_token") == token:
                        self.state.del_doc("access", key)
                return json_response(200, {"status": "success"})
            if self.state.del_doc("access", token):
                return json_response(200, {"status": "success"})
        return json_response(400, {"error": "invalid_token", "status": "failure"})

    def authenticate(self, req: Request) -> Dict[str, Any]:
        """Check `Authorization: Zoho-oauthtoken <token>`; raise Zoho's 401 errors otherwise."""
        header = req.header("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme != "Zoho-oauthtoken" or not token.strip():
            raise errors.authentication_failure()
        doc = self.state.get_doc("access", token.strip())
        if doc is None or doc["expires_at"] <= self.app.now():
            raise errors.invalid_token()
        return doc
