"""Zoho's limits (credits, concurrency, Accounts throttles, COQL reach, bulk downloads) and OAuth scopes.

Time-bound rows move the emulator's virtual clock (``POST /__emulator__/clock``) instead of waiting,
and run on an emulator of their own (``server=OWN``) so the moved clock stays theirs. Concurrency
rows send a `Burst` (copies of a request at the same instant) while a latency fault keeps each call
in flight; tests/emulator/test_api_limits.py adds the SDK's side (backing off, returning at once).
"""
from __future__ import annotations

from .model import GET, POST, V6, Burst, Expect, Req, Row, Step, check, error

LIMITS = V6 + "api-limits.html"
KAIZEN_93 = "https://help.zoho.com/portal/en/community/topic/kaizen-93-credit-calculation-and-concurrency"
TOKEN_LIMITS = "https://www.zoho.com/accounts/protocol/oauth/token-limits.html"
VALIDITY = V6 + "token-validity.html"
ACCESS = V6 + "access-refresh.html"
COQL_LIMITS = "https://www.zoho.com/crm/developer/docs/api/COQL-Limitations.html"
DOWNLOAD = V6 + "bulk-read/download-result.html"
SCOPES = V6 + "scopes.html"
OWN = {"job_delay": 0}  # a dedicated emulator (its clock and settings are the row's alone)
CONFLICT = "pages conflict; the strictest value is kept (see the comment at the constant)"

HEADER = "X-API-CREDITS-REMAINING"
ORG = GET("/crm/v6/org")


def admin(method: str, op: str, json=None) -> Req:
    return Req(method, "/__emulator__/" + op, json=json, auth=False)


def spent(n: int) -> Step:
    return Step(admin("POST", "limits", {"used": n}), status=200)


def advance(seconds: float) -> Step:
    return Step(admin("POST", "clock", {"advance": seconds}), status=200)


def fresh_token(scope: str = "") -> Step:
    """A new refresh + access token for the row's client (with ``scope`` if given) as {token}/{rt}."""
    body = {"client_id": "{client_id}", "client_secret": "{client_secret}", **({"scope": scope} if scope else {})}
    return Step(admin("POST", "tokens", body), save={"token": "access_token", "rt": "refresh_token"}, status=200)


def refresh(token: str = "{refresh_token}") -> Req:
    return Req("POST", "/oauth/v2/token", auth=False, form={
        "grant_type": "refresh_token", "client_id": "{client_id}", "client_secret": "{client_secret}",
        "refresh_token": token})


def grant_code(scope: str = "") -> Req:
    return admin("POST", "grant-codes", {"client_id": "{client_id}", "client_secret": "{client_secret}",
                                         **({"scope": scope} if scope else {})})


EXCHANGE = Req("POST", "/oauth/v2/token", auth=False, form={
    "grant_type": "authorization_code", "client_id": "{client_id}", "client_secret": "{client_secret}",
    "code": "{code}"})
USED = admin("GET", "limits")
THROTTLED = Expect(200, values={"error": "Access Denied", "status": "failure"}, no_keys={"": ["access_token"]})
MISMATCH = error(401, "OAUTH_SCOPE_MISMATCH")

CREDIT_ROWS = [
    Row("limits.credits.no-header-below-half", LIMITS,
        "Below half of the day's credits, answers carry no X-API-CREDITS-REMAINING.",
        ORG, Expect(200, checks=[check("header_absent", HEADER)])),
    Row("limits.credits.header-from-half", LIMITS,
        "Once half of the 24-hour allowance is spent (an Enterprise org of 10 licences: 60,000), every "
        "answer says how many credits remain.",
        ORG, Expect(200, checks=[check("header_equals", HEADER, "29999")]), setup=[spent(30_000)],
        basis="v2-v5 api-limits pages and Kaizen #93 agree; the v6 page is cut short"),
    Row("limits.credits.exhausted", LIMITS,
        "With the allowance spent, calls get 429 TOO_MANY_REQUESTS, say 0 credits remain, and name no "
        "Retry-After (credits come back as the 24-hour window rolls, not at a set time).",
        ORG, error(429, "TOO_MANY_REQUESTS", checks=[check("header_equals", HEADER, "0"),
                                                      check("header_absent", "Retry-After")]),
        setup=[spent(60_000)], basis="v2-v5 api-limits pages; the body's message is not published (ours)"),
    Row("limits.credits.rolling-window", KAIZEN_93,
        "Credits spent return 24 hours after they were spent: a day later the same org can call again.",
        ORG, Expect(200), setup=[spent(60_000), advance(86_401), fresh_token()], server=OWN,
        basis="Kaizen #93 (rolling 24-hour window)"),
    Row("limits.credits.convert-costs-five", LIMITS,
        "Converting a lead costs 5 credits.",
        POST("/crm/v6/Leads/{lead}/actions/convert", {"data": [{}]}), Expect(200),
        setup=[spent(0)], then=[(USED, Expect(200, values={"credits/used": 5}))],
        basis="api-limits credit table (v2-v5 copies agree)"),
    Row("limits.credits.writes-per-ten-records", LIMITS,
        "Inserting 11 records costs 2 credits (1 per 10 records).",
        POST("/crm/v6/Leads", {"data": [{"Last_Name": f"Credit {i}"} for i in range(11)]}), Expect(201),
        setup=[spent(0)], then=[(USED, Expect(200, values={"credits/used": 2}))],
        basis="api-limits credit table (v2-v5 copies agree)"),
    Row("limits.credits.deleted-costs-two", LIMITS,
        "Listing deleted records costs 2 credits.",
        GET("/crm/v6/Leads/deleted"), Expect(None), setup=[spent(0)],
        then=[(USED, Expect(200, values={"credits/used": 2}))], basis="api-limits credit table"),
    Row("limits.credits.coql-by-limit", "https://www.zoho.com/crm/developer/docs/api/v6/COQL-Overview.html",
        "A COQL query with a LIMIT above 1,000 costs 3 credits.",
        POST("/crm/v6/coql", {"select_query": "select Last_Name from Leads where Last_Name is not null limit 1500"}),
        Expect(200), setup=[spent(0)], then=[(USED, Expect(200, values={"credits/used": 3}))],
        basis="COQL overview (LIMIT 1-200: 1, 201-1000: 2, 1001-2000: 3)"),
    Row("limits.credits.edition-allowance", LIMITS,
        "A Professional org of 10 licences has 50,000 + 10 x 500 credits a day.",
        USED, Expect(200, values={"credits/allowance": 55_000, "edition": "professional"}),
        server={"edition": "professional", "licences": 10}, basis="api-limits edition table"),
]



def slow(path: str) -> Step:
    """Every call to ``path`` stays in flight 0.6 s (a latency fault)."""
    return Step(admin("POST", "faults", {"kind": "latency", "path": path, "delay": 0.6}), status=200)


COQL_ALL = {"select_query": "select Last_Name from Leads where Last_Name is not null"}
CONCURRENCY_ROWS = [
    Row("limits.concurrency.by-edition", LIMITS,
        "A Free org allows 5 calls in flight per user and app: of 8 sent at once, 3 get 429 "
        "TOO_MANY_REQUESTS, with no Retry-After.",
        Burst(ORG, 8), Expect(200, values={"statuses": [200] * 5 + [429] * 3,
                                           "codes": ["TOO_MANY_REQUESTS"] * 3, "retry_after": 0}),
        setup=[slow("/crm/v6/org")], server={"edition": "free"},
        basis="Kaizen #203 (Free 5 ... Ultimate 25); Zoho documents no Retry-After on these 429s"),
    Row("limits.concurrency.enterprise-twenty", LIMITS,
        "An Enterprise org (the seeded one) allows 20 calls in flight: of 22 sent at once, 2 get 429.",
        Burst(ORG, 22), Expect(200, values={"statuses": [200] * 20 + [429] * 2, "retry_after": 0}),
        setup=[slow("/crm/v6/org")], server=OWN, basis="Kaizen #203 and the api-limits pages agree"),
    Row("limits.concurrency.sub-pool", LIMITS,
        "Heavy calls (COQL here) have a pool of 10 in flight of their own, below the edition's 20.",
        Burst(POST("/crm/v6/coql", COQL_ALL), 12),
        Expect(200, values={"statuses": [200] * 10 + [429] * 2, "codes": ["TOO_MANY_REQUESTS"] * 2}),
        setup=[slow("/crm/v6/coql")], server=OWN,
        basis="current pages: 10 for every edition (an older, replaced announcement gave 3-8 for a few calls)"),
]

ACCOUNTS_ROWS = [
    Row("limits.accounts.refresh-throttle", TOKEN_LIMITS,
        "An 11th access token from one refresh token within 10 minutes is refused with HTTP 200 and "
        "Access Denied.",
        refresh(), THROTTLED, setup=[Step(refresh(), status=200, repeat=10)],
        basis="Accounts token-limits and CRM token-validity pages; their bodies differ (" + CONFLICT + ")"),
    Row("limits.accounts.refresh-throttle-window", TOKEN_LIMITS,
        "Ten minutes after the throttle, the refresh token works again.",
        refresh(), Expect(200, keys={"": ["access_token"]}),
        setup=[Step(refresh(), status=200, repeat=10), advance(601)], server=OWN),
    Row("limits.accounts.fifteen-active-tokens", TOKEN_LIMITS,
        "A refresh token keeps 15 access tokens alive; the 16th invalidates the oldest.",
        ORG, error(401, "INVALID_TOKEN"),
        setup=[Step(refresh(), status=200, repeat=10), advance(601), Step(refresh(), status=200, repeat=5)],
        server=OWN, basis="Accounts and CRM v4+ pages say 15, older FSM pages 30: " + CONFLICT),
    Row("limits.accounts.twenty-refresh-tokens", TOKEN_LIMITS,
        "A user keeps 20 refresh tokens per client; the 21st deletes the oldest, which then fails.",
        refresh(), Expect(200, values={"error": "invalid_code"}),
        setup=[Step(admin("POST", "tokens", {"client_id": "{client_id}", "client_secret": "{client_secret}"}),
                    status=200, repeat=20)],
        basis="Kaizen #43 and the Accounts page (20 at once); v2.1/v3 wording differs: " + CONFLICT),
    Row("limits.accounts.grant-code-throttle", TOKEN_LIMITS,
        "At most 10 grant codes per client in 10 minutes; the 11th is denied.",
        grant_code(), error(400, "access_denied", values={"status": "error"}),
        setup=[Step(grant_code(), status=200, repeat=10)],
        basis="Accounts token-limits page (access_denied); the admin API stands in for the consent page"),
    Row("limits.accounts.grant-code-expires", ACCESS,
        "A grant code expires two minutes after it is issued.",
        EXCHANGE, Expect(200, values={"error": "invalid_code"}),
        setup=[Step(grant_code(), save={"code": "code"}, status=200), advance(121)], server=OWN,
        basis="older copies say 2 minutes, newer 3: " + CONFLICT),
    Row("limits.accounts.access-token-hour", VALIDITY,
        "An access token expires an hour after it was issued.",
        ORG, error(401, "INVALID_TOKEN"), setup=[advance(3601)], server=OWN),
]

OTHER_ROWS = [
    Row("limits.coql.reach", COQL_LIMITS,
        "LIMIT and OFFSET reach 10,000 records at most; a page past that is refused.",
        POST("/crm/v6/coql", {"select_query": "select Last_Name from Leads where Last_Name is not null "
                                              "limit 9000, 2000"}),
        error(400, "LIMIT_EXCEEDED"), basis="10,000 on the unversioned/v3-v5 pages, 100,000 on v7/v8: " + CONFLICT),
    Row("limits.bulk.downloads-per-minute", DOWNLOAD,
        "A bulk-read result can be downloaded 10 times a minute; the 11th gets 429.",
        GET("/crm/bulk/v6/read/{job}/result"), error(429, "TOO_MANY_REQUESTS"),
        setup=[Step(POST("/crm/bulk/v6/read", {"query": {"module": {"api_name": "Leads"}}}),
                    save={"job": "data/0/details/id"}),
               Step(GET("/crm/bulk/v6/read/{job}"), until=("data/0/state", "COMPLETED")),
               Step(GET("/crm/bulk/v6/read/{job}/result"), status=200, repeat=10)],
        basis="v7 text (download-result), the v6 page of the same name cut short"),
]

SCOPE_ROWS = [
    Row("scopes.users-read-cannot-read-leads", SCOPES,
        "A token granted only ZohoCRM.users.READ reads users but not Leads (401 OAUTH_SCOPE_MISMATCH).",
        GET("/crm/v6/Leads", {"fields": "Last_Name"}), MISMATCH,
        setup=[fresh_token("ZohoCRM.users.READ")], then=[(GET("/crm/v6/users"), Expect(200))],
        basis="scopes page and get-records (module scope); message as observed in public reports"),
    Row("scopes.module-and-operation", SCOPES,
        "ZohoCRM.modules.leads.READ reads Leads, neither writes them nor reads Contacts.",
        POST("/crm/v6/Leads", {"data": [{"Last_Name": "Scoped"}]}), MISMATCH,
        setup=[fresh_token("ZohoCRM.modules.leads.READ")],
        then=[(GET("/crm/v6/Leads", {"fields": "Last_Name"}), Expect(200)),
              (GET("/crm/v6/Contacts", {"fields": "Last_Name"}), MISMATCH)]),
    Row("scopes.grant-code-carries-scope", SCOPES,
        "The scope asked for with a grant code is what its tokens may do: ZohoCRM.org.READ reads the org only.",
        GET("/crm/v6/users"), MISMATCH,
        setup=[Step(grant_code("ZohoCRM.org.READ"), save={"code": "code"}, status=200),
               Step(EXCHANGE, save={"token": "access_token"}, status=200)],
        then=[(ORG, Expect(200))]),
    Row("scopes.settings-resource", V6 + "field-meta.html",
        "ZohoCRM.settings.fields.READ reads field metadata but not layouts.",
        GET("/crm/v6/settings/layouts", {"module": "Leads"}), MISMATCH,
        setup=[fresh_token("ZohoCRM.settings.fields.READ")],
        then=[(GET("/crm/v6/settings/fields", {"module": "Leads"}), Expect(200))]),
    Row("scopes.coql-needs-coql-read", V6 + "COQL-Overview.html",
        "COQL needs ZohoCRM.coql.READ; module scopes alone are not enough.",
        POST("/crm/v6/coql", {"select_query": "select Last_Name from Leads where Last_Name is not null"}), MISMATCH,
        setup=[fresh_token("ZohoCRM.modules.ALL")]),
    Row("scopes.bulk-read", V6 + "bulk-read/create-job.html",
        "A bulk-read job needs ZohoCRM.bulk.read (written in lower case on the page).",
        POST("/crm/bulk/v6/read", {"query": {"module": {"api_name": "Leads"}}}), Expect(201),
        setup=[fresh_token("ZohoCRM.bulk.read,ZohoCRM.modules.ALL")],
        then=[(POST("/crm/bulk/v6/write", {}), MISMATCH)]),
    Row("scopes.default-covers-find-user", "https://www.zoho.com/crm/developer/docs/python-sdk/v6/initialize.html",
        "The default scope set covers what the SDK's find_user reads: the current user and the org.",
        GET("/crm/v6/users", {"type": "CurrentUser"}), Expect(200), setup=[fresh_token()],
        then=[(ORG, Expect(200))], basis="the SDK's README (find_user needs users and org READ)"),
]

ROWS = CREDIT_ROWS + CONCURRENCY_ROWS + ACCOUNTS_ROWS + OTHER_ROWS + SCOPE_ROWS
