"""Minimal request/response objects over WSGI, plus time formatting used on the wire."""
from __future__ import annotations

import datetime as _dt
import email.utils
import json
import urllib.parse
from typing import Any, Dict, Iterable, List, Optional, Tuple

from . import errors

_REASONS = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 207: "Multi-Status",
            304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout", 413: "Payload Too Large",
            415: "Unsupported Media Type", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
JSON_TYPE = "application/json;charset=UTF-8"
PUBLIC_URL = "zohocrmsdk.emulator.public_url"  # WSGI environ key: the server's configured public URL


class Request:
    """One parsed HTTP request. Query values keep the last occurrence; all values in `query_all`."""

    def __init__(self, method: str, path: str, query_string: str, headers: Dict[str, str],
                 body: bytes, scheme: str = "http", host: str = "localhost", public_url: str = "") -> None:
        self.method = method.upper()
        self.path = path
        self.query_all = urllib.parse.parse_qs(query_string, keep_blank_values=True)
        self.query = {k: v[-1] for k, v in self.query_all.items()}
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body
        self.scheme = scheme
        self.host = host
        self.public_url = public_url  # set by the server; empty in intercept mode
        self._json: Any = None
        self._json_done = False
        self._form: Optional[Dict[str, List[str]]] = None

    @classmethod
    def from_environ(cls, environ: dict) -> "Request":
        headers = {k[5:].replace("_", "-"): v for k, v in environ.items() if k.startswith("HTTP_")}
        if environ.get("CONTENT_TYPE"):
            headers["Content-Type"] = environ["CONTENT_TYPE"]
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        body = environ["wsgi.input"].read(length) if length > 0 else b""
        path = environ.get("PATH_INFO", "/") or "/"
        host = environ.get("HTTP_HOST") or "%s:%s" % (environ.get("SERVER_NAME", "localhost"),
                                                      environ.get("SERVER_PORT", "80"))
        return cls(environ.get("REQUEST_METHOD", "GET"), path, environ.get("QUERY_STRING", ""),
                   headers, body, environ.get("wsgi.url_scheme", "http"), host, environ.get(PUBLIC_URL, ""))

    @property
    def base_url(self) -> str:
        """Where this emulator is reached: the server's public URL, else the host that was called
        (intercept mode: the real Zoho host). Never a Host header a socket client made up."""
        return self.public_url or f"{self.scheme}://{self.host}"

    @property
    def download_base(self) -> str:
        """Where Zoho serves generated files (bulk write results, backups): download-accl.zoho.<dc> when
        a real API host was called (intercept mode), else `base_url`."""
        host = self.host.split(":")[0].lower()
        if not self.public_url and host.startswith("www.zohoapis."):
            tld = host[len("www.zohoapis."):]
            return "https://download-accl." + ("zohocloud.ca" if tld == "ca" else "zoho." + tld)
        return self.base_url

    def header(self, name: str, default: Optional[str] = None) -> Optional[str]:
        return self.headers.get(name.lower(), default)

    def declares_json(self) -> bool:
        """Whether Content-Type says application/json (parameters such as charset aside)."""
        return (self.header("content-type") or "").split(";")[0].strip().lower() == "application/json"

    def json(self) -> Any:
        """Body as JSON whatever the Content-Type (the SDK sends none); bad JSON -> Zoho error."""
        if not self._json_done:
            self._json_done = True
            if not self.body.strip():
                self._json = None
            else:
                try:
                    self._json = json.loads(self.body.decode("utf-8"))
                except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: absurdly deep JSON
                    raise errors.invalid_body()
        return self._json

    def form(self) -> Dict[str, List[str]]:
        if self._form is None:
            ctype = self.header("content-type", "") or ""
            if "multipart/form-data" in ctype:
                self._form = {}
            else:
                self._form = urllib.parse.parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return self._form

    def param(self, name: str) -> Optional[str]:
        """Form field or query parameter (Zoho Accounts accepts both)."""
        values = self.form().get(name)
        if values:
            return values[-1]
        return self.query.get(name)

    def files(self) -> List[Tuple[str, str, bytes]]:
        """Multipart parts as (field name, file name, content)."""
        return parse_multipart(self.header("content-type", "") or "", self.body)


def parse_multipart(content_type: str, body: bytes) -> List[Tuple[str, str, bytes]]:
    if "boundary=" not in content_type:
        return []
    boundary = content_type.split("boundary=", 1)[1].split(";")[0].strip().strip('"').encode()
    parts = []
    for chunk in body.split(b"--" + boundary):
        chunk = chunk.strip(b"\r\n")
        if not chunk or chunk == b"--" or b"\r\n\r\n" not in chunk:
            continue
        head, _, content = chunk.partition(b"\r\n\r\n")
        disposition = ""
        for line in head.decode("utf-8", "replace").split("\r\n"):
            if line.lower().startswith("content-disposition"):
                disposition = line
        name = _disposition_value(disposition, "name")
        filename = _disposition_value(disposition, "filename")
        parts.append((name, filename, content))
    return parts


def _disposition_value(disposition: str, key: str) -> str:
    for piece in disposition.split(";"):
        piece = piece.strip()
        if piece.startswith(key + "="):
            return piece[len(key) + 1:].strip('"')
    return ""


class Response:
    def __init__(self, status: int = 200, body: bytes = b"", headers: Optional[List[Tuple[str, str]]] = None) -> None:
        self.status = status
        self.body = body
        self.headers = headers or []
        self.drop = False  # fault injection: close the socket without answering

    @property
    def status_line(self) -> str:
        return f"{self.status} {_REASONS.get(self.status, 'Unknown')}"


def json_response(status: int, obj: Any, headers: Optional[Iterable[Tuple[str, str]]] = None) -> Response:
    data = json.dumps(obj).encode("utf-8")
    return Response(status, data, [("Content-Type", JSON_TYPE)] + list(headers or []))


def empty(status: int = 204) -> Response:
    # Real Zoho still sends a JSON content type on 204; 304 carries nothing.
    headers = [("Content-Type", JSON_TYPE)] if status == 204 else []
    return Response(status, b"", headers)


def file_response(content: bytes, content_type: str, filename: str) -> Response:
    quoted = urllib.parse.quote(filename)
    return Response(200, content, [("Content-Type", content_type),
                                   ("Content-Disposition", f"attachment;filename*=UTF-8''{quoted}")])


# -- time ------------------------------------------------------------------------------
def iso(ts: float) -> str:
    """Zoho datetime: ISO-8601 with offset, seconds precision (UTC here)."""
    return _dt.datetime.fromtimestamp(int(ts), _dt.timezone.utc).isoformat()


def parse_when(value: Optional[str]) -> Optional[float]:
    """ISO-8601 (with or without offset, naive = UTC) or an HTTP-date; None if unparsable."""
    if not value:
        return None
    value = value.strip()
    try:
        text = value[:-1] + "+00:00" if value.endswith("Z") else value
        parsed = _dt.datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=_dt.timezone.utc)
        return parsed.timestamp()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
