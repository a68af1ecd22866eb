"""Threaded WSGI server (standard library only) with start/stop on a free port."""
from __future__ import annotations

import logging
import socket
import socketserver
import threading
from typing import Any, Optional
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer

from .faults import DropConnection

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
        handler = _Handler(self.rfile, self.wfile, self.get_stderr(), self.get_environ(),
                           multithread=True)
        handler.request_handler = self
        handler.http_version = "1.1"
        handler.run(self.server.get_app())
        if self.headers.get("Connection", "").lower() == "close":
            self.close_connection = True

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


class EmulatorServer:
    """Serve an EmulatorApp on host:port (port 0 = any free port) in a background thread."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self.httpd = ThreadingWSGIServer((host, port), _RequestHandler)
        self.httpd.set_app(app)
        self.host = host
        self.port = self.httpd.server_address[1]
        self._thread: Optional[threading.Thread] = None

    @property
    def base_url(self) -> str:
        host = self.host if self.host not in ("0.0.0.0", "") else "127.0.0.1"
        return f"http://{host}:{self.port}"

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
