"""The WSGI application: routing table, auth, faults, stats and the admin API.

Routes map (method, path regex) to handlers; handlers raise `ZohoError` for whole-request
errors and never see WSGI. Any unexpected exception becomes Zoho's INTERNAL_ERROR JSON
(logged with its traceback on the server side only).
"""
from __future__ import annotations

import logging
import re
import secrets
import threading
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from . import errors, faults as faults_mod, metadata, record_services
from .accounts import Accounts
from .docstore import DocStore
from .errors import ZohoError
from .faults import DropConnection, Faults
from .metadata import Catalog
from .records import RecordEngine
from .state import State
from .wire import Request, Response, json_response

log = logging.getLogger("zohocrmsdk.emulator")

_M = r"(?P<module>[A-Za-z][A-Za-z0-9_]*)"
_ID = r"(?P<id>[^/]+)"


class Stats:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.total = 0
            self.by_route: Dict[str, int] = {}
            self.by_status: Dict[str, int] = {}
            self.token_requests: Dict[str, int] = {}

    def request(self, route: str, status: int) -> None:
        with self._lock:
            self.total += 1
            self.by_route[route] = self.by_route.get(route, 0) + 1
            self.by_status[str(status)] = self.by_status.get(str(status), 0) + 1

    def token(self, grant: str) -> None:
        with self._lock:
            self.token_requests[grant] = self.token_requests.get(grant, 0) + 1

    def snapshot(self) -> Dict[str, Any]:
        with self._lock:
            return {"requests": self.total, "by_route": dict(self.by_route), "by_status": dict(self.by_status),
                    "token_requests": dict(self.token_requests)}


class EmulatorApp:
    """A complete emulated Zoho Accounts + CRM v6 backend, callable as a WSGI app."""

    def __init__(self, db_path: str = ":memory:", token_ttl: float = 3600,
                 clock: Optional[Callable[[], float]] = None, job_delay: float = 0.5,
                 missing_record_status: int = 204, sleep: Optional[Callable[[float], None]] = None) -> None:
        self.state = State(db_path)
        self.catalog = Catalog()
        self.token_ttl = token_ttl
        self.clock = clock or time.time
        self.sleep = sleep or time.sleep
        self.job_delay = job_delay
        self.missing_record_status = missing_record_status
        self.secret = self._load_secret()
        self.stats = Stats()
        self.faults = Faults()
        self.accounts = Accounts(self)
        self.records = RecordEngine(self)
        self.docs = DocStore(self)
        from .extras import Extras
        from .search import Search
        from .coql import Coql
        from .bulk import Bulk
        self.search = Search(self)
        self.extras = Extras(self)
        self.coql = Coql(self)
        self.bulk = Bulk(self)
        from .org_admin import OrgAdmin
        from .record_services import RecordServices
        self.org_admin = OrgAdmin(self)
        self.record_services = RecordServices(self)
        from .surface import Surface
        self.surface = Surface(self)
        from .related import Related
        self.related = Related(self)
        self.routes = self._routes()
        self.surface.drop_served(self._served_elsewhere)

    def now(self) -> float:
        return self.clock()

    def _load_secret(self) -> bytes:
        # persisted so page tokens survive a restart with --db
        doc = self.state.get_doc("meta", "secret")
        if doc is None:
            doc = secrets.token_hex(16)
            self.state.put_doc("meta", "secret", doc)
        return doc.encode()

    # -- Python admin API ---------------------------------------------------------------
    def grant_code(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None) -> str:
        return self.accounts.grant_code(client_id, client_secret, redirect_uri)

    def mint_tokens(self, client_id: str, client_secret: str, api_domain: str = "") -> Dict[str, Any]:
        return self.accounts.mint_tokens(client_id, client_secret, api_domain)

    def expire_tokens(self) -> int:
        return self.accounts.expire_all()

    def reset(self, auth: bool = False) -> None:
        """Forget all CRM data (and, with auth=True, OAuth clients and tokens too)."""
        with self.state.tx():
            keep = [] if auth else [(k, key, d) for k in ("client", "code", "refresh", "access")
                                    for key, d in self.state.list_docs(k)]
            self.state.wipe()
            self.state.put_doc("meta", "secret", self.secret.decode())
            for kind, key, doc in keep:
                self.state.put_doc(kind, key, doc)
        self.stats.reset()
        self.faults.clear()

    def seed(self) -> Dict[str, int]:
        from .seed_data import seed
        return seed(self)

    def purge_recycle_bin(self) -> int:
        return self.records.purge_recycle_bin()

    # -- routing ----------------------------------------------------------------------------
    def _routes(self) -> List[Tuple[str, "re.Pattern[str]", Dict[str, Callable[..., Response]], bool]]:
        r, x, d, s, b = self.records, self.extras, self.docs, self.search, self.bulk
        v6 = "/crm/v6"
        table: List[Tuple[str, str, Dict[str, Callable[..., Response]], bool]] = [
            ("token", "/oauth/v2/token", {"POST": lambda q: self.accounts.token(q)}, False),
            ("revoke", "/oauth/v2/token/revoke", {"POST": lambda q: self.accounts.revoke(q)}, False),
            ("admin", "/__emulator__/(?P<op>[a-z-]+)", {"GET": self._admin, "POST": self._admin,
                                                         "DELETE": self._admin}, False),
            ("modules", v6 + "/settings/modules(?:/(?P<name>[^/]+))?",
             {"GET": lambda q, name=None: metadata.get_modules(self, q, name)}, True),
            ("fields", v6 + "/settings/fields(?:/(?P<fid>[^/]+))?",
             {"GET": lambda q, fid=None: metadata.get_fields(self, q, fid)}, True),
            ("layouts", v6 + "/settings/layouts(?:/(?P<lid>[^/]+))?",
             {"GET": lambda q, lid=None: metadata.get_layouts(self, q, lid)}, True),
            ("related_lists", v6 + "/settings/related_lists(?:/(?P<rid>[^/]+))?",
             {"GET": lambda q, rid=None: metadata.get_related_lists(self, q, rid)}, True),
            *record_services.routes(self, v6, _M, _ID),  # tags, currencies, territories, backup, ...
            ("surface", v6 + "/.+", {m: self._surface for m in ("GET", "POST", "PUT", "PATCH", "DELETE")}, True),
            ("org_photo", v6 + "/org/photo", {"GET": self.surface.org_photo_get, "POST": self.surface.org_photo_put,
                                             "DELETE": self.surface.org_photo_delete}, True),
            ("settings", v6 + "/(?:settings|org)/.+", {m: d.handle for m in ("GET", "POST", "PUT", "PATCH", "DELETE")}, True),
            ("users_count", v6 + "/users/actions/count", {"GET": lambda q: metadata.count_users(self, q)}, True),
            ("users", v6 + "/users(?:/(?P<uid>[^/]+))?",
             {"GET": lambda q, uid=None: metadata.get_users(self, q, uid)}, True),
            ("org", v6 + "/org", {"GET": lambda q: metadata.get_org(self, q)}, True),
            ("coql", v6 + "/coql", {"POST": lambda q: self.coql.handle(q)}, True),
            ("upload", v6 + "/upload", {"POST": lambda q: b.upload(q)}, True),
            ("bulk_read", "/crm/bulk/v6/read(?:/(?P<job>[^/]+))?(?P<result>/result)?",
             {"POST": lambda q, job=None, result=None: b.create_read(q, job),
              "GET": lambda q, job=None, result=None: b.get_read(q, job, bool(result))}, True),
            ("bulk_write", "/crm/bulk/v6/write(?:/(?P<job>[^/]+))?(?P<result>/result)?",
             {"POST": lambda q, job=None, result=None: b.create_write(q, job),
              "GET": lambda q, job=None, result=None: b.get_write(q, job, bool(result))}, True),
            ("count", f"{v6}/{_M}/actions/count", {"GET": self._mod(s.count)}, True),
            ("mass_update", f"{v6}/{_M}/actions/mass_update",
             {"POST": self._mod(x.mass_update), "GET": self._mod(x.mass_update_status)}, True),
            ("tags_bulk", f"{v6}/{_M}/actions/(?P<action>add_tags|remove_tags)",
             {"POST": self._mod(x.tags)}, True),
            ("territories_bulk", f"{v6}/{_M}/actions/(?P<action>assign_territories|remove_territories)",
             {"POST": self._mod(x.territories)}, True),
            ("upsert", f"{v6}/{_M}/upsert", {"POST": self._mod(r.upsert)}, True),
            ("search", f"{v6}/{_M}/search", {"GET": self._mod(s.search)}, True),
            ("deleted", f"{v6}/{_M}/deleted", {"GET": self._mod(r.deleted)}, True),
            ("deleted_related", f"{v6}/{_M}/deleted/{_ID}/(?P<related>[A-Za-z][A-Za-z0-9_]*)",
             {"GET": self._mod(self.related.get_of_deleted)}, True),
            ("convert", f"{v6}/{_M}/{_ID}/actions/convert", {"POST": self._mod(x.convert)}, True),
            ("tags_record", f"{v6}/{_M}/{_ID}/actions/(?P<action>add_tags|remove_tags)",
             {"POST": self._mod(x.tags)}, True),
            ("territories_record", f"{v6}/{_M}/{_ID}/actions/(?P<action>assign_territories|remove_territories)",
             {"POST": self._mod(x.territories)}, True),
            ("photo", f"{v6}/{_M}/{_ID}/photo",
             {"GET": self._mod(x.get_photo), "POST": self._mod(x.upload_photo),
              "DELETE": self._mod(x.delete_photo)}, True),
            ("attachments", f"{v6}/{_M}/{_ID}/Attachments(?:/(?P<att>[^/]+))?",
             {"GET": self._mod(x.attachments_get), "POST": self._mod(x.attachments_post),
              "DELETE": self._mod(x.attachments_delete)}, True),
            ("related_item", f"{v6}/{_M}/{_ID}/(?P<related>[A-Za-z][A-Za-z0-9_]*)/(?P<rrid>[^/]+)",
             {"GET": self._mod(self.related.get), "PUT": self._mod(self.related.link),
              "DELETE": self._mod(self.related.delink)}, True),
            ("related", f"{v6}/{_M}/{_ID}/(?P<related>[A-Za-z][A-Za-z0-9_]*)",
             {"GET": self._mod(self.related.get), "POST": self._mod(x.related_post),
              "PUT": self._mod(self.related.link), "DELETE": self._mod(self.related.delink)}, True),
            ("record", f"{v6}/{_M}/{_ID}",
             {"GET": self._mod(r.get_one), "PUT": self._mod(r.update), "DELETE": self._mod(r.delete)}, True),
            ("records", f"{v6}/{_M}",
             {"GET": self._mod(r.list), "POST": self._mod(r.create), "PUT": self._mod(r.update),
              "DELETE": self._mod(r.delete)}, True),
        ]
        return [(name, re.compile(pattern + "/?$"), methods, auth) for name, pattern, methods, auth in table]

    def _mod(self, handler: Callable[..., Response]) -> Callable[..., Response]:
        """Resolve the `module` path part to its canonical API name before calling."""
        def call(req: Request, module: str, **kw: Any) -> Response:
            return handler(req, self.catalog.record_module(module), **kw)
        return call

    # routes the generic long-tail store steps in front of (it answers what they do not know)
    _CATCH_ALL = ("surface", "settings", "related", "related_item", "record", "records")

    def _served_elsewhere(self, method: str, path: str) -> bool:
        """True if a dedicated (non catch-all) route answers `method path`."""
        for name, pattern, methods, _auth in self.routes:
            if name not in self._CATCH_ALL and method in methods and pattern.match(path):
                return True
        return False

    def _surface(self, req: Request) -> Response:
        return self.surface.handle(req, *req.surface_match)

    def dispatch(self, req: Request) -> Tuple[str, Response]:
        route = "unknown"
        try:
            faulted = False
            path_matched = False
            for name, pattern, methods, auth in self.routes:
                match = pattern.match(req.path)
                if not match:
                    continue
                if name == "surface":
                    found = self.surface.match(req)
                    if found is None:
                        continue
                    req.surface_match = found
                route = name
                if name != "admin" and not faulted:
                    faulted = True
                    faults_mod.apply(self, self.faults.take(req.method, req.path))
                handler = methods.get(req.method)
                if handler is None:  # another route may know this method for the same path
                    path_matched = True
                    continue
                if auth:
                    self.accounts.authenticate(req)
                kwargs = {k: v for k, v in match.groupdict().items()}
                if "id" in kwargs:
                    kwargs["rid"] = kwargs.pop("id")
                return route, handler(req, **kwargs)
            if path_matched:
                raise errors.invalid_method()
            faults_mod.apply(self, self.faults.take(req.method, req.path))
            raise errors.invalid_url()
        except ZohoError as exc:
            return route, json_response(exc.status, exc.to_json(), exc.headers.items())
        except DropConnection:
            raise
        except Exception:  # the wire never sees a traceback
            log.exception("internal error on %s %s", req.method, req.path)
            exc = errors.internal_error()
            return route, json_response(exc.status, exc.to_json())

    def handle(self, req: Request) -> Response:
        route, response = self.dispatch(req)
        self.stats.request(route, response.status)
        log.info("%s %s %s", req.method, req.path, response.status)
        return response

    def __call__(self, environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        try:
            req = Request.from_environ(environ)
        except Exception:
            log.exception("unreadable request")
            req = Request(environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/"), "", {}, b"")
        response = self.handle(req)
        headers = list(response.headers) + [("Content-Length", str(len(response.body)))]
        start_response(response.status_line, headers)
        return [response.body]

    # -- admin API over HTTP ----------------------------------------------------------------
    def _admin(self, req: Request, op: str) -> Response:
        body = req.json() if req.body else {}
        body = body if isinstance(body, dict) else {}
        if op == "grant-codes" and req.method == "POST":
            if not body.get("client_id") or not body.get("client_secret"):
                raise errors.required_param("client_id" if not body.get("client_id") else "client_secret")
            return json_response(200, {"code": self.grant_code(body["client_id"], body["client_secret"],
                                                               body.get("redirect_uri"))})
        if op == "tokens" and req.method == "POST":
            return json_response(200, self.mint_tokens(body.get("client_id", "1000.EMULATOR"),
                                                       body.get("client_secret", "secret"),
                                                       body.get("api_domain") or req.base_url))
        if op == "reset" and req.method == "POST":
            self.reset(auth=bool(body.get("auth")))
            return json_response(200, {"status": "success"})
        if op == "seed" and req.method == "POST":
            return json_response(200, {"status": "success", "created": self.seed()})
        if op == "stats" and req.method == "GET":
            return json_response(200, self.stats.snapshot())
        if op == "expire-tokens" and req.method == "POST":
            return json_response(200, {"status": "success", "expired": self.expire_tokens()})
        if op == "purge-recycle-bin" and req.method == "POST":
            return json_response(200, {"status": "success", "purged": self.purge_recycle_bin()})
        if op == "faults":
            if req.method == "GET":
                return json_response(200, {"faults": self.faults.list()})
            if req.method == "DELETE":
                self.faults.clear()
                return json_response(200, {"status": "success"})
            try:
                fault = self.faults.add(**{k: body[k] for k in ("kind", "path", "method", "count", "delay",
                                                                "retry_after") if k in body})
            except (TypeError, ValueError) as exc:
                raise errors.invalid_data(str(exc))
            return json_response(200, {"status": "success", "fault": fault.describe()})
        raise errors.invalid_url()
