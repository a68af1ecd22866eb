"""Hardening: what a server you can leave running must do. These rules are ours, not Zoho's; each row
cites the issue that asks for it (and Zoho's page where Zoho has the same rule)."""
from __future__ import annotations

from .model import GET, Expect, Raw, Req, Row, Step, check
from .rows_jobs import WRITTEN

ISSUE = "issue 15 (ours; no Zoho page)"
OURS = "ours (issue 15: a server you can leave running)"
LEADS_INTACT = (GET("/crm/v6/Leads/actions/count"), Expect(200, values={"count": 5}))
ORG_OK = (GET("/crm/v6/org"), Expect(200, keys={"org/0": ["zgid"]}))


def admin(path: str, body: str = "{}", content_type: str = "application/json", host: str = None) -> Req:
    headers = {"Content-Type": content_type, **({"Host": host} if host else {})}
    return Req("POST", "/__emulator__/" + path, body=body, headers=headers, auth=False)


def fault(body: str) -> Req:
    return admin("faults", body)


DEEP = "[" * 100000 + "]" * 100000

ROWS = [
    Row("hardening.admin.text-plain-refused", ISSUE,
        "The admin API refuses a body that is not declared JSON (a cross-site form post is text/plain): 415, "
        "and nothing is reset.",
        admin("reset", content_type="text/plain"), Expect(415), then=[LEADS_INTACT], basis=OURS),
    Row("hardening.admin.form-refused", ISSUE,
        "A form-encoded POST to the admin API is refused with 415.",
        admin("reset", body="auth=1", content_type="application/x-www-form-urlencoded"), Expect(415),
        then=[LEADS_INTACT], basis=OURS),
    Row("hardening.admin.json-accepted", ISSUE,
        "A JSON POST to the admin API still works.",
        admin("reset"), Expect(200, values={"status": "success"}), basis=OURS),
    Row("hardening.admin.no-cors", ISSUE,
        "The admin API sends no CORS headers, even to a request with an Origin.",
        Req("GET", "/__emulator__/stats", headers={"Origin": "https://evil.example"}, auth=False),
        Expect(200, checks=[check("header_absent", "Access-Control-Allow-Origin"),
                            check("header_absent", "Access-Control-Allow-Credentials")]), basis=OURS),
    Row("hardening.admin.no-cors-preflight", ISSUE,
        "A CORS preflight to the admin API is not granted.",
        Req("OPTIONS", "/__emulator__/reset", headers={"Origin": "https://evil.example",
                                                       "Access-Control-Request-Method": "POST"}, auth=False),
        Expect(400, checks=[check("header_absent", "Access-Control-Allow-Origin")]),
        basis=OURS + "; OPTIONS is not a method of the URL, Zoho's 400 INVALID_REQUEST_METHOD kept"),
    Row("hardening.admin.index", ISSUE,
        "GET /__emulator__/ answers a JSON index naming the admin operations.",
        Req("GET", "/__emulator__/", auth=False),
        Expect(200, checks=[check("header_startswith", "Content-Type", "application/json"),
                            check("mentions", "reset", "seed", "grant-codes", "tokens", "faults", "stats")]),
        basis=OURS),
    Row("hardening.admin.token-beyond-loopback", ISSUE,
        "Bound beyond loopback, the admin API requires the token printed at start-up: without it 401.",
        admin("reset"), Expect(401), then=[LEADS_INTACT], server={"host": "0.0.0.0"}, basis=OURS),
    Row("hardening.host.foreign-refused", ISSUE,
        "A Host header other than the bound or public address is refused (DNS rebinding): 400.",
        Req("GET", "/crm/v6/org", headers={"Host": "evil.example"}), Expect(400), basis=OURS),
    Row("hardening.host.admin-foreign-refused", ISSUE,
        "The admin API refuses a foreign Host too, and nothing is reset.",
        admin("reset", host="evil.example"),
        Expect(400), then=[LEADS_INTACT], basis=OURS),
    Row("hardening.host.token-api-domain", ISSUE,
        "A token call with a foreign Host does not turn that Host into api_domain.",
        admin("tokens", host="evil.example"),
        Expect(400), basis=OURS),
    Row("hardening.public-url", ISSUE,
        "With public_url configured, tokens carry it as api_domain and its Host is accepted.",
        Req("POST", "/oauth/v2/token", form={"grant_type": "authorization_code", "client_id": "1000.CONTRACT",
                                             "client_secret": "contract-secret",
                                             "redirect_uri": "https://example.com/callback", "code": "{code}"},
            auth=False, headers={"Host": "crm.example.test:8443"}),
        Expect(200, values={"api_domain": "https://crm.example.test:8443"}),
        setup=[Step(admin("grant-codes", '{"client_id": "1000.CONTRACT", "client_secret": "contract-secret", '
                                         '"redirect_uri": "https://example.com/callback"}'),
                    save={"code": "code"}, status=200)],
        server={"public_url": "https://crm.example.test:8443"}, basis=OURS),
    Row("hardening.intercept.api-domain", "https://www.zoho.com/crm/developer/docs/api/v6/multi-dc.html",
        "In intercept mode api_domain is the real API domain of the accounts host that was called (EU here).",
        Req("POST", "https://accounts.zoho.eu/oauth/v2/token",
            form={"grant_type": "authorization_code", "client_id": "1000.CONTRACT",
                  "client_secret": "contract-secret", "redirect_uri": "https://example.com/callback",
                  "code": "{code}"}, auth=False),
        Expect(200, values={"api_domain": "https://www.zohoapis.eu"}),
        setup=[Step(admin("grant-codes", '{"client_id": "1000.CONTRACT", "client_secret": "contract-secret", '
                                         '"redirect_uri": "https://example.com/callback"}'),
                    save={"code": "code"}, status=200)],
        mode="intercept", basis="v6 multi-DC page: each DC has its own API domain"),
    Row("hardening.faults.nan-delay", ISSUE,
        "A latency fault with a NaN delay is refused with 400; later requests still succeed.",
        fault('{"kind": "latency", "delay": NaN}'), Expect(400), then=[ORG_OK], basis=OURS),
    Row("hardening.faults.negative-delay", ISSUE,
        "A negative latency delay is refused with 400; later requests still succeed.",
        fault('{"kind": "latency", "delay": -1}'), Expect(400), then=[ORG_OK], basis=OURS),
    Row("hardening.faults.absurd-delay", ISSUE,
        "A delay beyond any test's patience (a day) is refused with 400.",
        fault('{"kind": "latency", "delay": 86400}'), Expect(400), then=[ORG_OK], basis=OURS),
    Row("hardening.faults.valid-delay", ISSUE,
        "A small latency fault is accepted.",
        fault('{"kind": "latency", "delay": 0.01, "count": 1}'), Expect(200, values={"status": "success"}),
        then=[ORG_OK], basis=OURS),
    Row("hardening.ids.huge", "https://www.zoho.com/crm/developer/docs/api/v6/get-records.html",
        "A record id too large for any Zoho id gets Zoho's 400 error shape, not a 500.",
        GET("/crm/v6/Leads/99999999999999999999999999"),
        Expect(400, keys={"": ["code", "details", "message", "status"]}, values={"status": "error"}),
        basis=OURS + "; Zoho answers invalid ids with 400"),
    Row("hardening.ids.huge-in-ids", "https://www.zoho.com/crm/developer/docs/api/v6/delete-records.html",
        "A huge id in `ids` gets a 400, not a 500.",
        GET("/crm/v6/Leads", {"fields": "Last_Name", "ids": "99999999999999999999999999"}),
        Expect(400, values={"status": "error"}), basis=OURS + "; Zoho answers invalid ids with 400"),
    Row("hardening.json.deep", "https://www.zoho.com/crm/developer/docs/api/v6/insert-records.html",
        "Deeply nested JSON gets a 400 error, not a 500.",
        Req("POST", "/crm/v6/Leads", body=DEEP), Expect(400, values={"status": "error"}),
        then=[ORG_OK], basis=OURS + "; Zoho answers unparsable bodies with 400"),
    Row("hardening.json.invalid", "https://www.zoho.com/crm/developer/docs/api/v6/insert-records.html",
        "A body that is not JSON gets a 400 error.",
        Req("POST", "/crm/v6/Leads", body="{not json"), Expect(400, values={"status": "error"}), basis=OURS),
    Row("hardening.admin.delete-needs-json", ISSUE,
        "Every admin request but GET must declare JSON, a DELETE too: 415 and the faults stay.",
        Req("DELETE", "/__emulator__/faults", auth=False), Expect(415),
        setup=[Step(fault('{"kind": "503", "path": "/nowhere"}'), status=200)],
        then=[(Req("GET", "/__emulator__/faults", auth=False), Expect(200, values={"faults/0/kind": "503"}))],
        basis=OURS),
    Row("hardening.admin.token-accepted", ISSUE,
        "With the admin token in X-Emulator-Token the admin API works beyond loopback.",
        Req("POST", "/__emulator__/reset", body="{}", auth=False,
            headers={"Content-Type": "application/json", "X-Emulator-Token": "contract-admin"}),
        Expect(200, values={"status": "success"}), server={"host": "0.0.0.0", "admin_token": "contract-admin"},
        basis=OURS),
    Row("hardening.host.localhost-accepted", ISSUE,
        "localhost with any port is the emulator's own name: served.",
        Req("GET", "/crm/v6/org", headers={"Host": "localhost:1"}), Expect(200, keys={"org/0": ["zgid"]}), basis=OURS),
    Row("hardening.public-url.download-links", ISSUE,
        "Links the emulator hands out (bulk write results) start with the public URL.",
        GET("/crm/bulk/v6/write/{wjob}"),
        Expect(200, checks=[check("startswith", "result/download_url", "https://crm.example.test:8443/")]),
        setup=WRITTEN, server={"public_url": "https://crm.example.test:8443"}, basis=OURS),
    Row("hardening.faults.zero-count", ISSUE,
        "A fault count below 1 is refused with 400.",
        fault('{"kind": "503", "count": 0}'), Expect(400), then=[ORG_OK], basis=OURS),
    Row("hardening.body.bad-length", ISSUE,
        "A Content-Length that is not a number gets 400 and the connection closes.",
        Raw(b"POST /crm/v6/Leads HTTP/1.1\r\nHost: {host}\r\nContent-Length: lots\r\n\r\n{}", wait=5),
        Expect(400, checks=[check("closed_within", 5)]), basis=OURS),
    Row("hardening.socket.stalled-headers", ISSUE,
        "A client that stops mid-headers is disconnected after the request timeout.",
        Raw(b"GET /crm/v6/org HTTP/1.1\r\nHost: {host}\r\n", wait=6),
        Expect(None, checks=[check("closed_within", 5)]), server={"request_timeout": 1}, basis=OURS),
    Row("hardening.socket.short-body", ISSUE,
        "A body shorter than its Content-Length is not waited for forever: the connection closes "
        "(with or without a 400/408) after the request timeout.",
        Raw(b"POST /crm/v6/Leads HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n{}", wait=6),
        Expect(None, checks=[check("closed_within", 5)]), server={"request_timeout": 1},
        basis=OURS),
]
