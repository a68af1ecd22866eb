"""A local recording server and an SDK initialised against it, for the operations conformance test."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

import pytest

RELATED_LIST_NAMES = ("sample", "Leads")  # every string an operation may ask for (surface.SAMPLE_*)


class Recorder(object):
    """Keeps every request (method, path, decoded query, headers, body) in arrival order."""

    def __init__(self):
        self.requests = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.base = "http://127.0.0.1:%d" % self.httpd.server_address[1]

    def answer(self, method, path):
        if path == "/oauth/v2/token":
            return 200, {"access_token": "1000.x", "expires_in": 3600, "api_domain": self.base,
                         "token_type": "Bearer"}
        if method != "GET":
            return 204, None
        if path == "/crm/v6/settings/fields":
            return 200, {"fields": [{"api_name": "Last_Name", "data_type": "text", "json_type": "string",
                                     "id": "1", "system_mandatory": False, "read_only": False}]}
        if path == "/crm/v6/settings/related_lists":
            return 200, {"related_lists": [
                {"api_name": name, "module": {"api_name": "Leads", "id": "2"}, "name": name, "id": "3",
                 "href": "Leads/{ID}/" + name} for name in RELATED_LIST_NAMES]}
        return 204, None

    def take(self):
        with self.lock:
            taken, self.requests = self.requests, []
        return taken


def _handler(recorder):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _handle(self):
            path, _, query = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with recorder.lock:
                recorder.requests.append({"method": self.command, "path": path,
                                          "query": parse_qsl(query, keep_blank_values=True),
                                          "headers": {k.lower(): v for k, v in self.headers.items()},
                                          "body": body})
            status, payload = recorder.answer(self.command, path)
            self.send_response(status)
            if payload is None:
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = json.dumps(payload).encode("utf-8")
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    return Handler


@pytest.fixture(scope="module")
def recorder(tmp_path_factory):
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store.file_store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    rec = Recorder()
    thread = threading.Thread(target=rec.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    tmp = tmp_path_factory.mktemp("conformance")
    Initializer.initialize(DataCenter.Environment(rec.base, rec.base + "/oauth/v2/token", rec.base),
                           OAuthToken(access_token="1000.x", find_user=False),
                           store=FileStore(str(tmp / "tokens.csv")), resource_path=str(tmp))
    rec.take()
    try:
        yield rec
    finally:
        rec.httpd.shutdown()
        rec.httpd.server_close()
