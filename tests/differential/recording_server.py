"""A scripted, recording HTTP server for differential runs (stdlib only).

One instance serves one SDK run.  It plays both Zoho Accounts (the token
endpoint) and the CRM API, keeps every request exactly as it arrived
(method, path, raw query pairs in order, headers in order, body bytes), and
answers from a route table:

* default routes, always present: the token endpoint and the two implicit
  user-lookup calls the SDK makes after a token exchange;
* step routes: canned responses for the current *step*.  The scenario runner
  announces each step with ``POST /__harness__/step`` (never recorded), so
  the same path can answer differently per scenario and every recorded request
  is tagged with the step that caused it.

Token values are fixed, so Authorization headers compare exactly.
"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONTROL_PREFIX = "/__harness__/"
INIT_STEP = "init"

ACCESS_TOKEN = "1000.3c1f0a6e5b9d4e27a8f1c0d2b3e4f5a6.9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"
REFRESH_TOKEN = "1000.7e6d5c4b3a291807f6e5d4c3b2a19087.0f1e2d3c4b5a69788796a5b4c3d2e1f0"
JSON_TYPE = "application/json;charset=UTF-8"

CURRENT_USER_EMAIL = "patricia.boyle@zylker.com"
ORG_ZGID = "808232144"


class Response:
    """A canned answer: status, header pairs, body bytes."""

    def __init__(self, status=200, headers=None, body=b""):
        self.status = status
        self.headers = list(headers or [])
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")

    @classmethod
    def json(cls, status, payload, headers=None):
        body = json.dumps(payload).encode("utf-8")
        return cls(status, [("Content-Type", JSON_TYPE)] + list(headers or []), body)

    def to_dict(self):
        return {"status": self.status, "headers": self.headers, "body": self.body}


class Route:
    """Matches method + path, and optionally a subset of decoded query pairs."""

    def __init__(self, method, path, response, query=None):
        self.method = method.upper()
        self.path = path
        self.query = dict(query or {})
        self.response = response

    def matches(self, method, path, query_pairs):
        if method != self.method or path != self.path:
            return False
        decoded = dict(_decode_pairs(query_pairs))
        return all(decoded.get(k) == v for k, v in self.query.items())


def _decode_pairs(pairs):
    from urllib.parse import unquote_plus
    return [(unquote_plus(k), unquote_plus(v)) for k, v in pairs]


def split_query(raw):
    """Raw 'a=1&b=x%2Cy' -> [['a','1'],['b','x%2Cy']], kept undecoded on purpose."""
    if not raw:
        return []
    pairs = []
    for part in raw.split("&"):
        name, sep, value = part.partition("=")
        pairs.append([name, value if sep else None])
    return pairs


def users_current_user_body():
    return {
        "users": [{
            "country": "US",
            "language": "en_US",
            "id": "4150868000000225013",
            "first_name": "Patricia",
            "last_name": "Boyle",
            "full_name": "Patricia Boyle",
            "email": CURRENT_USER_EMAIL,
            "status": "active",
            "confirm": True,
            "role": {"name": "CEO", "id": "4150868000000026005"},
            "profile": {"name": "Administrator", "id": "4150868000000026011"},
            "zuid": "727512245",
            "time_zone": "America/Los_Angeles",
            "locale": "en_US",
            "Modified_Time": "2024-03-11T22:27:46-07:00",
            "created_time": "2023-05-02T04:55:04-07:00",
        }],
        "info": {"per_page": 200, "count": 1, "page": 1, "more_records": False},
    }


def org_body():
    return {
        "org": [{
            "country": "United States",
            "photo_id": "6a0e87bd1d4ae4c2c81a1f2e0d3b4c5a",
            "city": None,
            "description": None,
            "mc_status": False,
            "gapps_enabled": False,
            "domain_name": "org" + ORG_ZGID,
            "translation_enabled": True,
            "street": None,
            "alias": None,
            "currency": "US Dollar - USD",
            "id": "4150868000000225001",
            "state": None,
            "fax": None,
            "employee_count": "0",
            "zip": None,
            "website": None,
            "currency_symbol": "$",
            "mobile": None,
            "currency_locale": "en_US",
            "primary_zuid": "727512245",
            "zia_portal_id": None,
            "time_zone": "America/Los_Angeles",
            "zgid": ORG_ZGID,
            "country_code": "US",
            "license_details": {
                "paid_expiry": "2025-06-30T00:00:00-07:00",
                "users_license_purchased": 10,
                "trial_type": None,
                "trial_expiry": None,
                "paid": True,
                "paid_type": "enterprise",
                "trial_action": None,
            },
            "phone": "+1 415 555 0100",
            "company_name": "Zylker Corp",
            "privacy_settings": False,
            "primary_email": CURRENT_USER_EMAIL,
            "hipaa_compliance_enabled": False,
            "iso_code": "USD",
            "type": "Production",
            "created_time": "2023-05-02T04:55:04-07:00",
            "hierarchy_preferences": {"type": "Role_Hierarchy", "strictly_reporting": False},
            "lite_users_enabled": False,
            "max_per_page": 200,
        }]
    }


class RecordingServer:
    """Threaded server on 127.0.0.1:<free port>; use as a context manager."""

    def __init__(self):
        self.requests = []
        self.step = INIT_STEP
        self.step_routes = {}
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self.base_url = "http://127.0.0.1:%d" % self._httpd.server_address[1]
        self.default_routes = [
            Route("POST", "/oauth/v2/token", Response.json(200, {
                "access_token": ACCESS_TOKEN,
                "refresh_token": REFRESH_TOKEN,
                "api_domain": self.base_url,
                "token_type": "Bearer",
                "expires_in": 3600,
            })),
            Route("GET", "/crm/v6/users", Response.json(200, users_current_user_body()),
                  query={"type": "CurrentUser"}),
            Route("GET", "/crm/v6/org", Response.json(200, org_body())),
        ]
        self._thread = None

    # -- lifecycle -----------------------------------------------------------
    def start(self):
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- scripting -----------------------------------------------------------
    def add_step_routes(self, step, routes):
        self.step_routes.setdefault(step, []).extend(routes)

    def find_response(self, step, method, path, query_pairs):
        for route in self.step_routes.get(step, []) + self.default_routes:
            if route.matches(method, path, query_pairs):
                return route.response
        return Response.json(404, {
            "code": "INVALID_URL_PATTERN",
            "details": {},
            "message": "Please check if the URL trying to access is a correct one",
            "status": "error",
        })

    def requests_by_step(self):
        out = {}
        for req in self.requests:
            out.setdefault(req["step"], []).append(req)
        return out


def _read_body(handler):
    if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():
        chunks = []
        while True:
            size = int(handler.rfile.readline().strip().split(b";")[0], 16)
            if size == 0:
                handler.rfile.readline()
                break
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
        return b"".join(chunks)
    length = int(handler.headers.get("Content-Length") or 0)
    return handler.rfile.read(length) if length else b""


def _make_handler(server):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes; without TCP_NODELAY a keep-alive client
        # (ours) waits ~40 ms per response for the delayed ACK.
        disable_nagle_algorithm = True

        def log_message(self, *args):  # keep pytest output clean
            pass

        def _handle(self):
            raw_path, _, raw_query = self.path.partition("?")
            body = _read_body(self)
            if raw_path.startswith(CONTROL_PREFIX):
                return self._control(raw_path[len(CONTROL_PREFIX):], body)
            query = split_query(raw_query)
            with server._lock:
                step = server.step
                server.requests.append({
                    "step": step,
                    "method": self.command,
                    "path": raw_path,
                    "raw_query": raw_query,
                    "query": query,
                    "headers": [[k, v] for k, v in self.headers.items()],
                    "body": body,
                })
            resp = server.find_response(step, self.command, raw_path, query)
            self._send(resp)

        def _control(self, action, body):
            if action == "step":
                with server._lock:
                    server.step = body.decode("utf-8")
                return self._send(Response(200, [("Content-Type", "text/plain")], b"ok"))
            return self._send(Response(404, [("Content-Type", "text/plain")], b"unknown control"))

        def _send(self, resp):
            self.send_response(resp.status)
            names = {k.lower() for k, _ in resp.headers}
            for k, v in resp.headers:
                self.send_header(k, v)
            if resp.status not in (204, 304) and "content-length" not in names:
                self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            if resp.status not in (204, 304) and self.command != "HEAD":
                self.wfile.write(resp.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

    return Handler
