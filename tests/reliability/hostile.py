"""Hostile servers on real local sockets: silent, dripping, redirecting, bombing.

Each ``RawServer`` accepts TCP connections on 127.0.0.1 and hands every one to ``behaviour(conn,
request)`` in its own thread, after reading the request (head and ``Content-Length`` body) when
``read_request`` is set. It records how many connections it accepted and what it received."""
from __future__ import annotations

import socket
import threading
import time
import zlib
from typing import Callable, List, Optional


class RawServer(object):
    def __init__(self, behaviour: Callable[[socket.socket, bytes], None], read_request: bool = True) -> None:
        self._behaviour = behaviour
        self._read_request = read_request
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.url = "http://127.0.0.1:{}".format(self.port)
        self.connections = 0
        self.requests: List[bytes] = []
        self._closed = threading.Event()
        self._open: List[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def __enter__(self) -> "RawServer":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def stopping(self) -> bool:
        return self._closed.is_set()

    def close(self) -> None:
        self._closed.set()
        self._thread.join(5)
        for conn in list(self._open):
            try:
                conn.close()
            except OSError:
                pass
        self._listener.close()

    def _serve(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self.connections += 1
            self._open.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            request = read_request(conn) if self._read_request else b""
            if request:
                self.requests.append(request)
            self._behaviour(conn, request)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


def read_request(conn: socket.socket) -> bytes:
    conn.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def silent(server_stopping: Callable[[], bool]) -> Callable[[socket.socket, bytes], None]:
    """Accepts, reads nothing more, answers nothing, until the server stops."""
    def behaviour(conn: socket.socket, request: bytes) -> None:
        while not server_stopping():
            time.sleep(0.05)
    return behaviour


def answer(status: str, headers: dict, body: bytes = b"", chunks: Optional[List[bytes]] = None):
    """A fixed HTTP/1.1 answer; ``chunks`` sends the body in pieces (for large generated bodies)."""
    def behaviour(conn: socket.socket, request: bytes) -> None:
        head = "HTTP/1.1 {}\r\n".format(status)
        all_headers = {"Connection": "close"}
        all_headers.update(headers)
        if "Content-Length" not in all_headers:
            total = len(body) if chunks is None else sum(len(c) for c in chunks)
            all_headers["Content-Length"] = str(total)
        head += "".join("{}: {}\r\n".format(k, v) for k, v in all_headers.items()) + "\r\n"
        conn.sendall(head.encode("latin-1"))
        for piece in (chunks if chunks is not None else [body]):
            conn.sendall(piece)
    return behaviour


def drip(server_stopping: Callable[[], bool], interval: float = 0.2):
    """A status line, then one header byte every ``interval`` seconds, for ever."""
    def behaviour(conn: socket.socket, request: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        while not server_stopping():
            conn.sendall(b"X")
            time.sleep(interval)
    return behaviour


def gzip_bomb(inflated: int) -> List[bytes]:
    """``inflated`` zero bytes, gzip-compressed (about a thousandth of the size on the wire): one
    16 MiB member repeated, as gzip allows concatenated members, which keeps building it fast."""
    member_size = 16 * 1024 * 1024
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = compressor.compress(bytes(member_size)) + compressor.flush()
    return [member] * max(1, inflated // member_size)
