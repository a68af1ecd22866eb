"""Zoho Accounts OAuth: clients, grant codes, token exchange/refresh, revoke, token checks, and the
Accounts throttles (each behind a switch of `core.limits`).

Limits (https://www.zoho.com/accounts/protocol/oauth/token-limits.html, the CRM token-validity pages,
help.zoho.com Kaizen #43): at most 10 access tokens from one refresh token in 10 minutes, then a
throttle error with HTTP 200; at most 15 active access tokens per refresh token (the 16th invalidates
the oldest; older FSM pages say 30, the strictest is kept); at most 10 grant codes per client in 10
minutes; 20 active refresh tokens per user and client (the 21st deletes the oldest and its access
tokens; v2.1/v3 pages word it as 20 per 10 minutes, Kaizen #43 as 10 per 10 minutes and 20 at once:
the 20-at-once rule is enforced, the per-window wordings are not).
"""
from __future__ import annotations

import secrets
from typing import Any, Dict, List, Optional, Sequence

from ...core import errors, scopes as scopes_mod
from ...core.backend import Backend
from ...core.state import Kind
from ..users.backend import CURRENT_USER

# grant tokens live 2 minutes on older copies of the pages and 3 on newer ones: the strictest is kept
# (self-clients may choose a longer validity in the API console: ``grant_code(ttl=...)``)
CODE_TTL = 120.0
THROTTLE_WINDOW = 600.0
ACCESS_PER_WINDOW = 10
ACTIVE_ACCESS = 15
CODES_PER_WINDOW = 10
ACTIVE_REFRESH = 20
# The two pages word the throttle body differently (the Accounts page: "Token creation throttle limit
# reached..." without a status); the CRM token-validity page's body is used.
THROTTLED = {"error_description": "You have made too many requests continuously. Please try again after some time.",
             "error": "Access Denied", "status": "failure"}

def _token() -> str:
    return "1000." + secrets.token_hex(16) + "." + secrets.token_hex(16)


class AccountsBackend(Backend):
    # Intercept mode accepts credentials it has never seen (as moto accepts any AWS keys): an unknown client
    # id is registered with the secret it comes with, an unknown grant code or refresh token is issued to
    # that client, and from then on the usual rules apply (a grant code is single-use, a wrong secret fails).
    register_unknown = False

    # -- Python-side helpers (also behind the admin API) ----------------------------------
    def register_client(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None) -> None:
        with self.state.tx():
            existing = self.state.get_doc(Kind.CLIENT, client_id)
            if existing is None or existing["client_secret"] != client_secret or (
                    redirect_uri and existing.get("redirect_uri") != redirect_uri):
                self.state.put_doc(Kind.CLIENT, client_id, {"client_secret": client_secret,
                                                         "redirect_uri": redirect_uri or (existing or {}).get("redirect_uri")})

    def grant_code(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None,
                   ttl: float = CODE_TTL, code: Optional[str] = None, scopes: Any = None) -> str:
        """Issue a single-use grant code carrying ``scopes`` (default `scopes.DEFAULT_SCOPES`);
        ``code`` picks its value (for samples with a fixed one)."""
        if self.app.limits.throttled("code_throttle", "code:" + client_id, CODES_PER_WINDOW, THROTTLE_WINDOW):
            raise errors.codes_throttled()
        self.register_client(client_id, client_secret, redirect_uri)
        code = code or "1000." + secrets.token_hex(16) + "." + secrets.token_hex(16)
        self.state.put_doc(Kind.CODE, code, {"client_id": client_id, "redirect_uri": redirect_uri,
                                          "expires_at": self.app.now() + ttl, "used": False,
                                          "scopes": list(scopes_mod.parse(scopes))})
        return code

    def mint_tokens(self, client_id: str, client_secret: str, api_domain: str, scopes: Any = None) -> Dict[str, Any]:
        """Skip the code dance: register the client and issue refresh + access tokens."""
        self.register_client(client_id, client_secret)
        return self._issue(client_id, None, api_domain, scopes_mod.parse(scopes))

    def expire_all(self) -> int:
        with self.state.tx():
            tokens = self.state.list_docs(Kind.ACCESS)
            for key, doc in tokens:
                doc["expires_at"] = 0
                self.state.put_doc(Kind.ACCESS, key, doc)
        return len(tokens)

    def _issue(self, client_id: str, refresh: Optional[str], api_domain: str,
               scopes: Sequence[str] = scopes_mod.DEFAULT_SCOPES) -> Dict[str, Any]:
        ttl = int(self.app.token_ttl)
        with self.state.tx():
            new_refresh = refresh is None
            if new_refresh:
                refresh = _token()
                self._make_room_for_refresh(client_id)
                doc = {"client_id": client_id, "revoked": False, "user_id": CURRENT_USER["id"],
                       "scopes": list(scopes), "issued": self.state.next_id(), "access": []}
            else:
                doc = self.state.get_doc(Kind.REFRESH, refresh)
            access = _token()
            self.state.put_doc(Kind.ACCESS, access, {"client_id": client_id, "refresh_token": refresh,
                                                  "expires_at": self.app.now() + ttl,
                                                  "user_id": CURRENT_USER["id"],
                                                  "scopes": doc.get("scopes") or list(scopes_mod.DEFAULT_SCOPES)})
            self._keep_active(refresh, doc, access)
        out: Dict[str, Any] = {"access_token": access}
        if new_refresh:
            out["refresh_token"] = refresh
        out.update({"api_domain": api_domain, "token_type": "Bearer", "expires_in": ttl})
        return out

    def _keep_active(self, refresh: str, doc: dict, access: str) -> None:
        """Record ``access`` on its refresh token; past 15 active ones the oldest is invalidated."""
        issued: List[str] = [a for a in doc.get("access", []) if self.access_doc(a) is not None] + [access]
        if self.app.limits.on["active_tokens"]:
            while len(issued) > ACTIVE_ACCESS:
                self.state.del_doc(Kind.ACCESS, issued.pop(0))
        doc["access"] = issued
        self.state.put_doc(Kind.REFRESH, refresh, doc)

    def _make_room_for_refresh(self, client_id: str) -> None:
        """Past 20 active refresh tokens of one user and client the oldest goes, with its access tokens."""
        if not self.app.limits.on["refresh_tokens"]:
            return
        mine = sorted(((d.get("issued", 0), key) for key, d in self.state.list_docs(Kind.REFRESH)
                       if d["client_id"] == client_id and not d["revoked"]
                       and d.get("user_id") == CURRENT_USER["id"]))
        for _, key in mine[:max(0, len(mine) - ACTIVE_REFRESH + 1)]:
            self.revoke(key)
            self.state.del_doc(Kind.REFRESH, key)

    # -- the token endpoint's rules (errors are Zoho Accounts' ``{"error": ...}`` bodies) --------------
    def exchange(self, grant: str, client_id: Optional[str], secret: Optional[str], code: Optional[str],
                 refresh_token: Optional[str], redirect_uri: Optional[str], api_domain: str) -> Dict[str, Any]:
        if grant not in ("authorization_code", "refresh_token"):
            return {"error": "invalid_request" if not grant else "unsupported_grant_type"}
        if self.register_unknown and client_id and secret:
            self._register_on_first_sight(client_id, secret, grant, code, refresh_token, redirect_uri)
        client = self.state.get_doc(Kind.CLIENT, client_id or "")
        if client is None:
            return {"error": "invalid_client"}
        if secret != client["client_secret"]:
            return {"error": "invalid_client_secret"}
        if grant == "authorization_code":
            with self.state.tx():
                doc = self.state.get_doc(Kind.CODE, code or "")
                if (doc is None or doc["used"] or doc["client_id"] != client_id
                        or doc["expires_at"] < self.app.now()):
                    return {"error": "invalid_code"}
                if redirect_uri and doc.get("redirect_uri") and redirect_uri != doc["redirect_uri"]:
                    return {"error": "invalid_redirect_uri"}
                doc["used"] = True  # single use, even if the rest fails
                self.state.put_doc(Kind.CODE, code, doc)
            return self._issue(client_id, None, api_domain, doc.get("scopes") or scopes_mod.DEFAULT_SCOPES)
        doc = self.state.get_doc(Kind.REFRESH, refresh_token or "")
        if doc is None or doc["revoked"] or doc["client_id"] != client_id:
            return {"error": "invalid_code"}
        if self.app.limits.throttled("token_throttle", "refresh:" + refresh_token, ACCESS_PER_WINDOW,
                                       THROTTLE_WINDOW):
            return dict(THROTTLED)
        return self._issue(client_id, refresh_token, api_domain)

    def _register_on_first_sight(self, client_id: str, secret: str, grant: str, code: Optional[str],
                                 refresh_token: Optional[str], redirect_uri: Optional[str]) -> None:
        with self.state.tx():
            if self.state.get_doc(Kind.CLIENT, client_id) is None:
                self.state.put_doc(Kind.CLIENT, client_id, {"client_secret": secret, "redirect_uri": redirect_uri})
            if grant == "authorization_code" and code and self.state.get_doc(Kind.CODE, code) is None:
                self.state.put_doc(Kind.CODE, code, {"client_id": client_id, "redirect_uri": redirect_uri,
                                                     "expires_at": self.app.now() + CODE_TTL, "used": False})
            if grant == "refresh_token" and refresh_token and self.state.get_doc(Kind.REFRESH, refresh_token) is None:
                self.state.put_doc(Kind.REFRESH, refresh_token, {"client_id": client_id, "revoked": False,
                                                                 "user_id": CURRENT_USER["id"]})

    def revoke(self, token: str) -> bool:
        """Revoke a refresh token (and its access tokens) or one access token; False if unknown."""
        with self.state.tx():
            refresh = self.state.get_doc(Kind.REFRESH, token)
            if refresh is not None:
                refresh["revoked"] = True
                self.state.put_doc(Kind.REFRESH, token, refresh)
                for key, doc in self.state.list_docs(Kind.ACCESS):
                    if doc.get("refresh_token") == token:
                        self.state.del_doc(Kind.ACCESS, key)
                return True
            return self.state.del_doc(Kind.ACCESS, token)

    def access_doc(self, token: str) -> Optional[Dict[str, Any]]:
        """The live access token's document (client, user, scopes), or None."""
        doc = self.state.get_doc(Kind.ACCESS, token)
        return doc if doc is not None and doc["expires_at"] > self.app.now() else None
