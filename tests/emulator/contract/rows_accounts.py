"""Zoho Accounts: the OAuth token endpoint (grant, refresh, revoke, errors) and how CRM treats tokens."""
from __future__ import annotations

from .model import V6, V7_CUT, Expect, Grant, Req, Row, Step, check, error

ACCESS = V6 + "access-refresh.html"
REFRESH = V6 + "refresh.html"
REVOKE = "https://www.zoho.com/crm/developer/docs/api/revoke-tokens.html"
VALIDITY = V6 + "token-validity.html"
OBSERVED_200 = "https://github.com/asciisd/zoho/issues/6"
STATUS_CODES = V6 + "status-codes.html"

GRANT_FORM = {"grant_type": "authorization_code", "client_id": "1000.CONTRACT", "client_secret": "contract-secret",
              "redirect_uri": "https://example.com/callback", "code": "{code}"}


def token(form: dict, **kw) -> Req:
    return Req("POST", "/oauth/v2/token", form=form, auth=False, **kw)


def with_(form: dict, **changes) -> dict:
    return {**form, **changes}


EXCHANGED = (Grant(), Step(token(GRANT_FORM), save={"new_refresh": "refresh_token", "new_access": "access_token"},
                           status=200))
REFRESH_FORM = {"grant_type": "refresh_token", "client_id": "1000.CONTRACT", "client_secret": "contract-secret",
                "refresh_token": "{new_refresh}"}
TOKEN_ERROR_BASIS = "docs silent on the status; real responses observed as HTTP 200 with an `error` key"


def token_error(code: str) -> Expect:
    return Expect(200, values={"error": code}, no_keys={"": ["access_token"]})


ROWS = [
    Row("accounts.grant.success", ACCESS,
        "Exchanging a fresh grant code (form body) answers an access token, a refresh token, api_domain, "
        "token_type Bearer and expires_in in seconds (3600); no expires_in_sec.",
        token(GRANT_FORM), Expect(200, keys={"": ["access_token", "refresh_token", "api_domain", "token_type",
                                                   "expires_in"]},
                                  values={"token_type": "Bearer", "expires_in": 3600},
                                  no_keys={"": ["expires_in_sec"]}),
        setup=[Grant()],
        basis="Accounts OAuth text of the v3-v5 CRM pages (the v6 page of the same name inferred)"),
    Row("accounts.grant.query-string", ACCESS,
        "The token endpoint also takes its parameters in the query string, as many Zoho pages show.",
        Req("POST", "/oauth/v2/token", params=GRANT_FORM, auth=False),
        Expect(200, keys={"": ["access_token", "refresh_token"]}), setup=[Grant()],
        basis="Accounts OAuth text of the v3-v5 CRM pages (the v6 page of the same name inferred)"),
    Row("accounts.grant.api-domain", ACCESS,
        "api_domain names the host to call the CRM API on; for the emulator that is its own address, so "
        "clients (and the SDK's data-centre lookup) keep talking to it.",
        token(GRANT_FORM), Expect(200, values={"api_domain": "{base}"}), setup=[Grant()],
        basis="v6; the value is ours (the emulator's address) as an SDK requirement"),
    Row("accounts.grant.code-single-use", ACCESS,
        "A grant code works once; exchanging it a second time is refused with invalid_code.",
        token(GRANT_FORM), token_error("invalid_code"), setup=EXCHANGED, basis=TOKEN_ERROR_BASIS),
    Row("accounts.grant.unknown-code", OBSERVED_200,
        "An unknown grant code gets invalid_code (HTTP 200, JSON body).",
        token(with_(GRANT_FORM, code="1000.nonsense")), token_error("invalid_code"), setup=[Grant()],
        basis=TOKEN_ERROR_BASIS),
    Row("accounts.grant.wrong-secret", "https://github.com/schmorrison/Zoho/issues/34",
        "A wrong client secret gets invalid_client_secret.",
        token(with_(GRANT_FORM, client_secret="wrong")), token_error("invalid_client_secret"), setup=[Grant()],
        basis=TOKEN_ERROR_BASIS),
    Row("accounts.grant.unknown-client", OBSERVED_200,
        "An unknown client id gets invalid_client.",
        token(with_(GRANT_FORM, client_id="1000.UNKNOWN")), token_error("invalid_client"), setup=[Grant()],
        basis=TOKEN_ERROR_BASIS),
    Row("accounts.grant.wrong-redirect", "https://github.com/asciisd/zoho/issues/18",
        "A redirect_uri other than the registered one gets invalid_redirect_uri.",
        token(with_(GRANT_FORM, redirect_uri="https://evil.example/cb")), token_error("invalid_redirect_uri"),
        setup=[Grant()], basis=TOKEN_ERROR_BASIS),
    Row("accounts.token.json-content-type", OBSERVED_200,
        "Token-endpoint errors are JSON (application/json content type).",
        token(with_(GRANT_FORM, code="1000.nonsense")),
        Expect(200, values={"error": "invalid_code"},
               checks=[check("header_startswith", "Content-Type", "application/json")]),
        setup=[Grant()], basis=TOKEN_ERROR_BASIS),
    Row("accounts.token.unsupported-grant-type", ACCESS,
        "A grant_type the endpoint does not know is refused with an `error` body and no token.",
        token(with_(GRANT_FORM, grant_type="password")), Expect(200, keys={"": ["error"]},
                                                                no_keys={"": ["access_token"]}),
        setup=[Grant()], basis="docs silent; today's behaviour kept (HTTP 200 + error, like the documented errors)"),
    Row("accounts.refresh.success", REFRESH,
        "Refreshing answers a new access token with api_domain, token_type and expires_in, and no refresh token.",
        token(REFRESH_FORM), Expect(200, keys={"": ["access_token", "api_domain", "token_type", "expires_in"]},
                                    no_keys={"": ["refresh_token"]}, values={"expires_in": 3600}),
        setup=EXCHANGED,
        basis="Accounts OAuth text of the v3-v5 CRM pages (the v6 page of the same name inferred)"),
    Row("accounts.refresh.token-works", REFRESH,
        "The access token from a refresh authorises CRM calls.",
        Req("GET", "/crm/v6/org", auth=False, headers={"Authorization": "Zoho-oauthtoken {fresh}"}),
        Expect(200, keys={"org/0": ["id", "zgid"]}),
        setup=[*EXCHANGED, Step(token(REFRESH_FORM), save={"fresh": "access_token"}, status=200)],
        basis="Accounts OAuth text of the v3-v5 CRM pages (the v6 page of the same name inferred)"),
    Row("accounts.refresh.unknown-token", VALIDITY,
        "Refreshing with an unknown refresh token gets invalid_code.",
        token(with_(REFRESH_FORM, refresh_token="1000.unknown")), token_error("invalid_code"), setup=EXCHANGED,
        basis=V7_CUT + "; " + TOKEN_ERROR_BASIS),
    Row("accounts.refresh.wrong-secret", REFRESH,
        "Refreshing with the wrong client secret is refused with an error and no token.",
        token(with_(REFRESH_FORM, client_secret="wrong")), Expect(200, keys={"": ["error"]},
                                                                   no_keys={"": ["access_token"]}),
        setup=EXCHANGED, basis="docs silent on the code; today's code kept, no token given"),
    Row("accounts.revoke.query-string", REVOKE,
        "Revoking a refresh token passed as `token` in the query string answers status success.",
        Req("POST", "/oauth/v2/token/revoke", params={"token": "{new_refresh}"}, auth=False),
        Expect(200, values={"status": "success"}), setup=EXCHANGED,
        basis="Accounts OAuth text of the v3-v5 CRM pages (the v6 page of the same name inferred)"),
    Row("accounts.revoke.form-body", REVOKE,
        "Revoke also accepts `token` as a form field (the SDK sends it that way).",
        Req("POST", "/oauth/v2/token/revoke", form={"token": "{new_refresh}"}, auth=False),
        Expect(200, values={"status": "success"}), setup=EXCHANGED, basis="v6 page shows the query string; "
        "the form body is what the official SDK sends"),
    Row("accounts.revoke.refresh-dies", VALIDITY,
        "After a revoke, refreshing with that refresh token gets invalid_code.",
        token(REFRESH_FORM), token_error("invalid_code"),
        setup=[*EXCHANGED, Step(Req("POST", "/oauth/v2/token/revoke", params={"token": "{new_refresh}"},
                                    auth=False), status=200)],
        basis=V7_CUT + " (v2.1 page states the code)"),
    Row("accounts.revoke.access-tokens-die", REVOKE,
        "After a revoke, access tokens minted from that refresh token are refused with 401 INVALID_TOKEN.",
        Req("GET", "/crm/v6/org", auth=False, headers={"Authorization": "Zoho-oauthtoken {new_access}"}),
        error(401, "INVALID_TOKEN", "invalid oauth token"),
        setup=[*EXCHANGED, Step(Req("POST", "/oauth/v2/token/revoke", params={"token": "{new_refresh}"},
                                    auth=False), status=200)],
        basis="Accounts OAuth text of the v3-v5 CRM pages (the v6 page of the same name inferred)"),
    Row("accounts.revoke.unknown-token", REVOKE,
        "Revoking an unknown token answers HTTP 400.",
        Req("POST", "/oauth/v2/token/revoke", params={"token": "1000.unknown"}, auth=False), Expect(400),
        basis="Accounts page gives the status only; the body is not checked"),
    Row("accounts.access.expired", VALIDITY,
        "An access token past its one-hour life is refused with 401 INVALID_TOKEN.",
        Req("GET", "/crm/v6/org"), error(401, "INVALID_TOKEN", "invalid oauth token"),
        setup=[Step(Req("POST", "/__emulator__/expire-tokens", json={}, auth=False), status=200)],
        basis=V7_CUT + "; expiry forced through the emulator's admin API"),
]
