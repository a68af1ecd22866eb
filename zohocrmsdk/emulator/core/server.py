"""Threaded WSGI server (standard library only) with start/stop on a free port: the socket door.

Who may talk to the socket is decided here, before the app runs: the Host header must name the
bound address, a loopback name, an IP literal or the public URL (a DNS-rebinding page names its own
host); bound beyond loopback, the admin API wants the token printed at start-up; a request must
arrive whole within `request_timeout` seconds of silence. ``api_domain`` and every URL the emulator
hands out use the public URL (default: the bound address), never the Host header.
"""
from __future__ import annotations

import io
import ipaddress
import logging
import secrets
import socket
import socketserver
import threading
import urllib.parse
from typing import Any, Callable, Iterable, Optional
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer

from . import errors
from .admin import PREFIX
from .faults import DropConnection
from .wire import PUBLIC_URL, json_response

MAX_BODY = 64 * 1024 * 1024  # beyond every documented upload (bulk write zips: 25 MB)

log = logging.getLogger("zohocrmsdk.emulator.server")


class _Handler(ServerHandler):
    def handle_error(self) -> None:
        import sys
        if isinstance(sys.exc_info()[1], DropConnection):
            # fault injection: close the socket without sending a byte
            self.request_handler.close_connection = True
            try:
                self.request_handler.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        log.exception("server error")
        super().handle_error()

    def log_exception(self, exc_info: Any) -> None:  # quiet: the app logs its own errors
        pass


class _RequestHandler(WSGIRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like Zoho's front ends
    disable_nagle_algorithm = True  # headers and body go out in separate writes; avoid 40 ms ACK stalls

    def handle_one_request(self) -> None:
        # wsgiref's handle() serves one request per connection; loop for keep-alive.
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.send_error(414)
            return
        if not self.raw_requestline:
            self.close_connection = True
            return
        if not self.parse_request():
            return
        body = self._read_body()
        if body is None:
            return
        handler = _Handler(io.BytesIO(body), self.wfile, self.get_stderr(), self.get_environ(),
                           multithread=True)
        handler.request_handler = self
        handler.http_version = "1.1"
        handler.run(self.server.get_app())
        if self.headers.get("Connection", "").lower() == "close":
            self.close_connection = True

    def _read_body(self) -> Optional[bytes]:
        """The whole body before the app runs; None (after answering, connection closing) when the
        length is bad or the client stops sending (the socket timeout fires)."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return self._refuse(errors.invalid_data("Content-Length is not a length"))
        if length > MAX_BODY:
            return self._refuse(errors.body_too_large(MAX_BODY))
        try:
            body = self.rfile.read(length)
        except socket.timeout:
            body = b""
        if len(body) < length:  # stalled or closed mid-body
            return self._refuse(errors.request_timeout())
        return body

    def _refuse(self, exc: errors.ZohoError) -> None:
        self.close_connection = True
        res = json_response(exc.status, exc.to_json())
        try:
            self.send_response(res.status)
            for name, value in res.headers + [("Content-Length", str(len(res.body))), ("Connection", "close")]:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(res.body)
        except OSError:
            pass
        return None

    def setup(self) -> None:
        self.timeout = self.server.request_timeout  # applies to every read: a stalled client is closed
        super().setup()

    def handle(self) -> None:
        self.close_connection = False
        try:
            self.handle_one_request()
            while not self.close_connection:
                self.handle_one_request()
        except (ConnectionError, socket.timeout, OSError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # the app logs requests itself
        pass


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    request_timeout: Optional[float] = None


def _ip(host: str) -> Optional[Any]:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_loopback(host: str) -> bool:
    ip = _ip(host)
    return host.lower() == "localhost" or (ip is not None and ip.is_loopback)


class Door:
    """WSGI middleware: the Host check, the admin token and the public URL, in front of the app."""

    def __init__(self, app: Callable[..., Iterable[bytes]], names: Iterable[str], public_url: str,
                 admin_token: Optional[str]) -> None:
        self.app, self.public_url, self.admin_token = app, public_url, admin_token
        self.names = {n.lower() for n in names if n}

    def host_allowed(self, host_header: str) -> bool:
        if not host_header:  # HTTP/1.0 without Host: nothing a browser would send
            return True
        try:
            name = (urllib.parse.urlsplit("//" + host_header).hostname or "").lower()
        except ValueError:  # "[::1" and the like
            return False
        # An IP literal cannot be rebound: a rebinding page's requests carry its own host name.
        return name in self.names or name == "localhost" or name.endswith(".localhost") or _ip(name) is not None

    def refusal(self, environ: dict) -> Optional[errors.ZohoError]:
        host = environ.get("HTTP_HOST", "")
        if not self.host_allowed(host):
            return errors.host_not_allowed(host)
        path = environ.get("PATH_INFO", "") or "/"
        # Pages the app declares public (the console's files: a browser opening a page sends no header);
        # their data and every admin action are not.
        if self.admin_token and (path + "/").startswith(PREFIX) and path not in getattr(self.app, "public_paths", ()):
            given = environ.get("HTTP_X_EMULATOR_TOKEN", "").encode("utf-8", "surrogateescape")
            if not secrets.compare_digest(given, self.admin_token.encode("utf-8")):
                return errors.admin_token_required()
        return None

    def __call__(self, environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        exc = self.refusal(environ)
        if exc is not None:
            log.warning("refused %s %s: %s", environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"), exc.message)
            res = json_response(exc.status, exc.to_json())
            start_response(res.status_line, res.headers + [("Content-Length", str(len(res.body)))])
            return [res.body]
        environ[PUBLIC_URL] = self.public_url
        return self.app(environ, start_response)


class EmulatorServer:
    """Serve an EmulatorApp on host:port (port 0 = any free port) in a background thread.

    `public_url`: the URL clients reach it by (``api_domain`` of tokens, download links); default the
    bound address. `admin_token`: required by the admin API as ``X-Emulator-Token``; bound beyond
    loopback one is made up when not given (read it from `admin_token`). `request_timeout`: seconds
    a client may stay silent mid-request (or idle between keep-alive requests) before it is closed.
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, public_url: Optional[str] = None,
                 admin_token: Optional[str] = None, request_timeout: Optional[float] = 30.0) -> None:
        if request_timeout is not None and not 0 < request_timeout < float("inf"):
            raise ValueError("request_timeout must be a positive number of seconds")
        self.app = app
        self.httpd = ThreadingWSGIServer((host, port), _RequestHandler)
        self.httpd.request_timeout = request_timeout
        self.host = host
        self.port = self.httpd.server_address[1]
        self.public_url = (public_url or self.bound_url).rstrip("/")
        parts = urllib.parse.urlsplit(self.public_url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query:
            self.httpd.server_close()
            raise ValueError(f"public_url must be an http(s) URL without a path, such as https://crm.example.com:8443,"
                             f" not {public_url!r}")
        if admin_token is None and not is_loopback(host):
            admin_token = secrets.token_urlsafe(18)
        self.admin_token = admin_token
        self.httpd.set_app(Door(app, [host, parts.hostname], self.public_url, admin_token))
        self._thread: Optional[threading.Thread] = None

    @property
    def bound_url(self) -> str:
        host = self.host if self.host not in ("0.0.0.0", "", "::") else "127.0.0.1"
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Where a client on this machine reaches the server (the bound address, never 0.0.0.0)."""
        return self.bound_url

    def start(self) -> "EmulatorServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="zoho-emulator", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
