"""The vocabulary of the contract table: a row, its request, its setup steps and its expectation.

Everything here is plain data. `test_contract.py` turns each row into one test that talks to the
emulator over real sockets; see README.md in this folder for the format and how to add a row.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Tuple

V6 = "https://www.zoho.com/crm/developer/docs/api/v6/"
V7_CUT = "v7 text, v6 page cut short"  # basis of a row read on the v7 page of the same name


@dataclass(frozen=True)
class Req:
    """One HTTP request. `{name}` in path, params, headers and body strings is filled from the
    row's context (seeded ids, saved values; see README). A path starting with `http` is absolute."""
    method: str
    path: str
    params: Optional[Mapping[str, str]] = None
    headers: Optional[Mapping[str, str]] = None
    json: Any = None            # sent with `Content-Type: application/json`
    body: Optional[str] = None  # sent as is, no Content-Type unless given in headers
    form: Optional[Mapping[str, str]] = None  # application/x-www-form-urlencoded
    files: Optional[Mapping[str, Tuple[str, bytes, str]]] = None  # multipart: name -> (filename, bytes, type)
    auth: bool = True           # add `Authorization: Zoho-oauthtoken {token}`


@dataclass(frozen=True)
class Raw:
    """Bytes written to a raw socket (for requests `requests` cannot send, such as a stall)."""
    payload: bytes
    wait: float = 5.0  # seconds to wait for the server to answer or close


@dataclass(frozen=True)
class Burst:
    """`times` copies of `req` sent at the same instant (for concurrency limits). The answer is a
    summary: ``{"statuses": [sorted statuses], "codes": [sorted error codes], "retry_after": n}``
    where n counts answers that carried a Retry-After header."""
    req: Req
    times: int


@dataclass(frozen=True)
class Step:
    """A setup step: a request whose answer must have `status` (if given); `save` copies values
    from the answer into the context (name -> dotted path, e.g. "data.0.details.id")."""
    req: Req
    save: Mapping[str, str] = field(default_factory=dict)
    status: Optional[int] = None
    until: Optional[Tuple[str, Any]] = None  # poll (up to ~10 s) until the path has this value
    repeat: int = 1


@dataclass(frozen=True)
class Grant:
    """Setup: issue a grant code through the `Emulator` helper and save it as `save`."""
    save: str = "code"
    client_id: str = "1000.CONTRACT"
    client_secret: str = "contract-secret"
    redirect_uri: Optional[str] = "https://example.com/callback"


@dataclass(frozen=True)
class Check:
    """A named predicate beyond status/code/keys. `kind` is one of the runner's checks:
    sorted (path, key, "asc"|"desc"), count (path, n), min_count (path, n), all_contain (path, key,
    text), none_equal (path, key, value), contains_id (path, value), closed_within (seconds),
    header_absent (name), header_equals (name, value), header_startswith (name, prefix), empty_body."""
    kind: str
    args: Tuple[Any, ...] = ()


@dataclass(frozen=True)
class Expect:
    status: Optional[int]              # None: any status (raw-socket rows)
    code: Optional[str] = None         # `code` of a whole-request error, else of the first item
    message: Optional[str] = None      # `message` at the same place as `code`
    keys: Mapping[str, Sequence[str]] = field(default_factory=dict)      # path -> keys present
    no_keys: Mapping[str, Sequence[str]] = field(default_factory=dict)   # path -> keys absent
    values: Mapping[str, Any] = field(default_factory=dict)  # path -> value (`{name}` filled)
    checks: Sequence[Check] = ()


@dataclass(frozen=True)
class Row:
    id: str
    doc: str                 # the page that documents the behaviour
    rule: str                # the behaviour, in our own words
    request: Any             # Req, Raw or Burst
    expect: Expect
    basis: str = "v6 (page read)"  # where the rule was read, or why a value was chosen (silent/conflicting docs)
    setup: Sequence[Any] = ()   # Step / Grant, in order
    then: Sequence[Tuple[Req, Expect]] = ()  # follow-up requests that show the effect
    server: Mapping[str, Any] = field(default_factory=dict)  # Emulator.running(...) options
    mode: str = "socket"     # "socket" or "intercept" (requests to real Zoho hosts, in-process)
    gap: Optional[str] = None  # why today's emulator fails the row (runs as strict xfail)


def check(kind: str, *args: Any) -> Check:
    return Check(kind, args)


def GET(path: str, params: Optional[Mapping[str, str]] = None, **kw: Any) -> Req:
    return Req("GET", path, params=params, **kw)


def POST(path: str, json: Any = None, **kw: Any) -> Req:
    return Req("POST", path, json=json, **kw)


def PUT(path: str, json: Any = None, **kw: Any) -> Req:
    return Req("PUT", path, json=json, **kw)


def DELETE(path: str, params: Optional[Mapping[str, str]] = None, **kw: Any) -> Req:
    return Req("DELETE", path, params=params, **kw)


def error(status: int, code: str, message: Optional[str] = None, **kw: Any) -> Expect:
    """A whole-request error in Zoho's shape: code, details, message, status "error"."""
    values = dict(kw.pop("values", {}))
    values.setdefault("status", "error")
    keys = dict(kw.pop("keys", {}))
    keys.setdefault("", ["code", "details", "message", "status"])
    return Expect(status, code=code, message=message, keys=keys, values=values, **kw)
