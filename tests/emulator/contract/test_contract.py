"""One test per row of the contract tables, run against the emulator over real sockets.

The runner relies only on the emulator's public surface: HTTP, `Emulator.running(...)` with its
`reset`/`seed`/`grant_code`/`mint_tokens` helpers, and `intercept()` for rows that call real Zoho
host names. Rows marked with `gap` run as strict xfail: fixing the emulator flips them to a pass,
and strict xfail then demands that the marker goes.
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.parse
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
import requests
import requests.adapters

from zohocrmsdk.emulator import Emulator, intercept

from .model import Burst, Expect, Grant, Raw, Row
from .table import ALL_ROWS

SEED_NAMES = {  # context name -> (module, field, value) of a seeded record
    "lead": ("Leads", "Last_Name", "Boyle"), "lead2": ("Leads", "Last_Name", "Kane"),
    "lead3": ("Leads", "Last_Name", "Ray"), "contact": ("Contacts", "Last_Name", "Garcia"),
    "account": ("Accounts", "Account_Name", "Zylker Inc"), "account2": ("Accounts", "Account_Name", "Acme Corp"),
    "deal": ("Deals", "Deal_Name", "Zylker Inc renewal"), "product": ("Products", "Product_Name", "CRM Seat"),
}
CLIENT = ("1000.CONTRACT", "contract-secret")
TIMEOUT = 15


def _params() -> List[Any]:
    return [pytest.param(row, id=row.id, marks=[pytest.mark.xfail(strict=True, reason=row.gap)] if row.gap else [])
            for row in ALL_ROWS]


def test_table_is_well_formed() -> None:
    ids = [row.id for row in ALL_ROWS]
    assert len(ids) == len(set(ids)), "duplicate row ids"
    for row in ALL_ROWS:
        assert re.fullmatch(r"[a-z_]+(\.[a-z0-9_-]+)+", row.id), row.id
        assert row.rule and row.basis and (row.doc.startswith("http") or row.id.startswith("hardening.")), row.id
        assert row.mode in ("socket", "intercept"), row.id


# -- emulators ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def shared() -> Iterator[Emulator]:
    with Emulator.running(job_delay=0) as emu:
        yield emu


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a row sends may reach the internet: non-loopback hosts fail unless intercepted."""
    real_send = requests.adapters.HTTPAdapter.send

    def send(adapter: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        host = urllib.parse.urlsplit(request.url).hostname or ""
        if host not in ("127.0.0.1", "localhost", "0.0.0.0"):
            raise requests.ConnectionError(f"contract tests stay offline; {host} was not intercepted")
        return real_send(adapter, request, *args, **kwargs)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)


@pytest.mark.parametrize("row", _params())
def test_row(row: Row, shared: Emulator) -> None:
    if row.mode == "intercept":
        with intercept(job_delay=0, **row.server) as zoho:
            zoho.seed()
            ctx = _context(zoho, "https://www.zohoapis.com", zoho.mint_tokens(*CLIENT))
            ctx["accounts"] = "https://accounts.zoho.com"
            Runner(zoho, ctx).run(row)
    elif row.server:
        with Emulator.running(**{"job_delay": 0, **row.server}) as emu:
            emu.seed()
            Runner(emu, _context(emu, emu.base_url, emu.mint_tokens(*CLIENT))).run(row)
    else:
        shared.reset(auth=True)
        shared.seed()
        Runner(shared, _context(shared, shared.base_url, shared.mint_tokens(*CLIENT))).run(row)


def _context(emu: Any, base: str, tokens: Dict[str, Any]) -> Dict[str, Any]:
    ctx: Dict[str, Any] = {"base": base, "accounts": base, "host": urllib.parse.urlsplit(base).netloc,
                           "token": tokens["access_token"], "refresh_token": tokens["refresh_token"],
                           "client_id": CLIENT[0], "client_secret": CLIENT[1]}
    session = requests.Session()
    auth = {"Authorization": "Zoho-oauthtoken " + ctx["token"]}
    for name, (module, field_name, value) in SEED_NAMES.items():
        res = session.get(f"{base}/crm/v6/{module}", params={"fields": field_name}, headers=auth, timeout=TIMEOUT)
        ctx[name] = next(r["id"] for r in res.json()["data"] if r.get(field_name) == value)
    ctx["user"] = session.get(f"{base}/crm/v6/users", params={"type": "CurrentUser"}, headers=auth,
                              timeout=TIMEOUT).json()["users"][0]["id"]
    ctx["zgid"] = session.get(f"{base}/crm/v6/org", headers=auth, timeout=TIMEOUT).json()["org"][0]["zgid"]
    return ctx


# -- filling and reading -----------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def fill(value: Any, ctx: Dict[str, Any]) -> Any:
    if isinstance(value, str):
        whole = _PLACEHOLDER.fullmatch(value)
        if whole and whole.group(1) in ctx and not isinstance(ctx[whole.group(1)], str):
            return ctx[whole.group(1)]  # a saved non-string value keeps its type
        return _PLACEHOLDER.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), value)
    if isinstance(value, dict):
        return {fill(k, ctx): fill(v, ctx) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [fill(v, ctx) for v in value]
    return value


def resolve(obj: Any, path: str) -> List[Any]:
    """Values at a slash path ("data/0/details/id"; "*" fans out over a list; "" is the root)."""
    found = [obj]
    for part in [p for p in path.split("/") if p]:
        nxt = []
        for item in found:
            if part == "*" and isinstance(item, list):
                nxt.extend(item)
            elif isinstance(item, list) and part.lstrip("-").isdigit() and -len(item) <= int(part) < len(item):
                nxt.append(item[int(part)])
            elif isinstance(item, dict) and part in item:
                nxt.append(item[part])
            else:
                raise AssertionError(f"path {path!r}: no {part!r} in {_short(item)}")
        found = nxt
    return found


def _short(value: Any) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, (bytes, str)) else repr(value)
    return text if len(text) < 400 else text[:400] + "..."


def result_item(body: Any) -> Dict[str, Any]:
    """The object carrying `code`: the whole body, or the first item (or object) under its key."""
    if isinstance(body, dict):
        if "code" in body:
            return body
        for value in body.values():
            if isinstance(value, list) and value and isinstance(value[0], dict) and "code" in value[0]:
                return value[0]
            if isinstance(value, dict) and "code" in value:
                return value
    raise AssertionError(f"no code in {_short(body)}")


class Answer:
    def __init__(self, status: int, headers: Dict[str, str], content: bytes, elapsed: float = 0.0,
                 closed: bool = True) -> None:
        self.status, self.headers, self.content, self.elapsed, self.closed = status, headers, content, elapsed, closed
        try:
            self.body: Any = json.loads(content) if content else None
        except ValueError:
            self.body = None

    def header(self, name: str) -> Optional[str]:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


# -- running a row -----------------------------------------------------------------------------
class Runner:
    def __init__(self, emu: Any, ctx: Dict[str, Any]) -> None:
        self.emu, self.ctx, self.session = emu, ctx, requests.Session()

    def run(self, row: Row) -> None:
        for step in row.setup:
            self.setup(step)
        answer = self.send(row.request)
        verify(answer, row.expect, self.ctx, "request")
        for number, (req, expect) in enumerate(row.then, 1):
            verify(self.send(req), expect, self.ctx, f"follow-up {number}")

    def setup(self, step: Any) -> None:
        if isinstance(step, Grant):
            self.ctx[step.save] = self.emu.grant_code(step.client_id, step.client_secret, step.redirect_uri)
            return
        for _ in range(step.repeat):
            answer = self.send(step.req)
            deadline = time.monotonic() + 10
            while step.until and not _holds(answer.body, step.until, self.ctx):
                assert time.monotonic() < deadline, f"setup {step.req.path}: never reached {step.until}"
                time.sleep(0.05)
                answer = self.send(step.req)
            if step.status is not None:
                assert answer.status == step.status, f"setup {step.req.method} {step.req.path}: " \
                    f"{answer.status} {_short(answer.body or answer.content)}"
            for name, path in step.save.items():
                self.ctx[name] = resolve(answer.body, path)[0]

    def send(self, req: Any) -> Answer:
        if isinstance(req, Raw):
            return self.send_raw(req)
        if isinstance(req, Burst):
            return self.send_burst(req)
        path = fill(req.path, self.ctx)
        url = path if path.startswith("http") else self.ctx["base"] + path
        if path.startswith("/oauth/"):
            url = self.ctx["accounts"] + path
        headers = fill(dict(req.headers or {}), self.ctx)
        if req.auth:
            headers.setdefault("Authorization", "Zoho-oauthtoken " + self.ctx["token"])
        kwargs: Dict[str, Any] = {"params": fill(dict(req.params or {}), self.ctx), "headers": headers}
        if req.json is not None:
            kwargs["json"] = fill(req.json, self.ctx)
        elif req.body is not None:
            kwargs["data"] = fill(req.body, self.ctx).encode("utf-8")
        elif req.form is not None:
            kwargs["data"] = fill(dict(req.form), self.ctx)
        if req.files:
            kwargs["files"] = {name: tuple(spec) for name, spec in req.files.items()}
        res = self.session.request(req.method, url, timeout=TIMEOUT, allow_redirects=False, **kwargs)
        return Answer(res.status_code, dict(res.headers), res.content)

    def send_burst(self, burst: Burst) -> Answer:
        gate, answers = threading.Barrier(burst.times), [None] * burst.times

        def one(slot: int) -> None:
            runner = Runner(self.emu, self.ctx)  # a session (and connection) of its own
            gate.wait(TIMEOUT)
            answers[slot] = runner.send(burst.req)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(burst.times)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(TIMEOUT * 2)
        summary = {"statuses": sorted(a.status for a in answers),
                   "codes": sorted(a.body["code"] for a in answers if isinstance(a.body, dict) and "code" in a.body),
                   "retry_after": sum(a.header("Retry-After") is not None for a in answers)}
        return Answer(200, {}, json.dumps(summary).encode())

    def send_raw(self, raw: Raw) -> Answer:
        host, port = self.ctx["host"].rsplit(":", 1)
        start = time.monotonic()
        with socket.create_connection((host, int(port)), timeout=raw.wait) as sock:
            sock.sendall(fill(raw.payload.decode("latin-1"), self.ctx).encode("latin-1"))
            chunks, closed = [], False
            try:
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        closed = True
                        break
                    chunks.append(chunk)
            except socket.timeout:
                closed = False
            except ConnectionResetError:
                closed = True
        data = b"".join(chunks)
        head, _, content = data.partition(b"\r\n\r\n")
        match = re.match(rb"HTTP/1\.[01] (\d{3})", head)
        headers = dict(line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:] if ": " in line)
        return Answer(int(match.group(1)) if match else 0, headers, content, time.monotonic() - start, closed)


def _holds(body: Any, until: Tuple[str, Any], ctx: Dict[str, Any]) -> bool:
    try:
        return resolve(body, until[0])[0] == fill(until[1], ctx)
    except AssertionError:
        return False


def verify(answer: Answer, expect: Expect, ctx: Dict[str, Any], what: str) -> None:
    shown = _short(answer.body if answer.body is not None else answer.content)
    assert expect.status is None or answer.status == expect.status, \
        f"{what}: status {answer.status}, expected {expect.status}: {shown}"
    if expect.code is not None or expect.message is not None:
        item = result_item(answer.body)
        if expect.code is not None:
            assert item.get("code") == expect.code, f"{what}: code {item.get('code')!r}, expected {expect.code!r}"
        if expect.message is not None:
            assert item.get("message") == expect.message, \
                f"{what}: message {item.get('message')!r}, expected {expect.message!r}"
    for path, keys in expect.keys.items():
        for obj in resolve(answer.body, path):
            missing = [k for k in keys if not isinstance(obj, dict) or k not in obj]
            assert not missing, f"{what}: {path or 'body'} lacks {missing}: {_short(obj)}"
    for path, keys in expect.no_keys.items():
        for obj in resolve(answer.body, path):
            extra = [k for k in keys if isinstance(obj, dict) and k in obj]
            assert not extra, f"{what}: {path or 'body'} should not have {extra}"
    for path, value in expect.values.items():
        wanted = fill(value, ctx)
        for got in resolve(answer.body, path):
            assert got == wanted, f"{what}: {path} is {_short(got)}, expected {_short(wanted)}"
    for item in expect.checks:
        CHECKS[item.kind](answer, ctx, what, *fill(list(item.args), ctx))


# -- named checks --------------------------------------------------------------------------------
def _sorted(answer: Answer, ctx: Dict[str, Any], what: str, path: str, key: str, order: str) -> None:
    values = [item[key] for item in resolve(answer.body, path)[0]]
    values = [int(v) if key == "id" else v for v in values]
    assert values == sorted(values, reverse=order == "desc"), f"{what}: {key} not {order}: {values}"


def _count(answer: Answer, ctx: Dict[str, Any], what: str, path: str, n: int) -> None:
    got = len(resolve(answer.body, path)[0])
    assert got == n, f"{what}: {path} has {got} items, expected {n}"


def _min_count(answer: Answer, ctx: Dict[str, Any], what: str, path: str, n: int) -> None:
    got = len(resolve(answer.body, path)[0])
    assert got >= n, f"{what}: {path} has {got} items, expected at least {n}"


def _all_contain(answer: Answer, ctx: Dict[str, Any], what: str, path: str, key: str, text: str) -> None:
    items = resolve(answer.body, path)[0]
    assert items and all(text.lower() in str(i.get(key, "")).lower() for i in items), \
        f"{what}: not every {key} contains {text!r}: {[i.get(key) for i in items]}"


def _contains_id(answer: Answer, ctx: Dict[str, Any], what: str, path: str, wanted: str) -> None:
    ids = [item.get("id") for item in resolve(answer.body, path)[0]]
    assert wanted in ids, f"{what}: {wanted} not among {ids}"


def _lacks_id(answer: Answer, ctx: Dict[str, Any], what: str, path: str, unwanted: str) -> None:
    body = answer.body
    ids = [item.get("id") for item in resolve(body, path)[0]] if body is not None else []
    assert unwanted not in ids, f"{what}: {unwanted} should not be among {ids}"


def _item_where(answer: Answer, ctx: Dict[str, Any], what: str, path: str, key: str, value: Any,
                field_path: str, expected: Any) -> None:
    items = [i for i in resolve(answer.body, path)[0] if i.get(key) == value]
    assert items, f"{what}: no item with {key}={value!r} in {path}"
    got = resolve(items[0], field_path)[0]
    assert got == expected, f"{what}: {key}={value!r}: {field_path} is {_short(got)}, expected {_short(expected)}"


def _none_equal(answer: Answer, ctx: Dict[str, Any], what: str, path: str, key: str, value: Any) -> None:
    bad = [i for i in resolve(answer.body, path)[0] if i.get(key) == value]
    assert not bad, f"{what}: {len(bad)} item(s) in {path} have {key}={value!r}"


def _is_type(answer: Answer, ctx: Dict[str, Any], what: str, path: str, type_name: str) -> None:
    types = {"str": str, "int": int, "bool": bool, "list": list, "dict": dict, "null": type(None)}
    for got in resolve(answer.body, path):
        ok = isinstance(got, types[type_name]) and not (type_name == "int" and isinstance(got, bool))
        assert ok, f"{what}: {path} is {_short(got)}, expected a {type_name}"


def _startswith(answer: Answer, ctx: Dict[str, Any], what: str, path: str, prefix: str) -> None:
    got = resolve(answer.body, path)[0]
    assert isinstance(got, str) and got.startswith(prefix), f"{what}: {path} is {got!r}, expected {prefix}..."


def _header_absent(answer: Answer, ctx: Dict[str, Any], what: str, name: str) -> None:
    assert answer.header(name) is None, f"{what}: header {name}: {answer.header(name)!r} should be absent"


def _header_equals(answer: Answer, ctx: Dict[str, Any], what: str, name: str, value: str) -> None:
    assert answer.header(name) == value, f"{what}: header {name} is {answer.header(name)!r}, expected {value!r}"


def _header_startswith(answer: Answer, ctx: Dict[str, Any], what: str, name: str, prefix: str) -> None:
    got = answer.header(name) or ""
    assert got.lower().startswith(prefix.lower()), f"{what}: header {name} is {got!r}, expected {prefix}..."


def _empty_body(answer: Answer, ctx: Dict[str, Any], what: str) -> None:
    assert answer.content == b"", f"{what}: body should be empty: {answer.content[:200]!r}"


def _mentions(answer: Answer, ctx: Dict[str, Any], what: str, *words: str) -> None:
    text = answer.content.decode("utf-8", "replace")
    missing = [w for w in words if w not in text]
    assert not missing, f"{what}: answer does not mention {missing}"


def _closed_within(answer: Answer, ctx: Dict[str, Any], what: str, seconds: float) -> None:
    assert answer.closed and answer.elapsed <= seconds, \
        f"{what}: connection {'closed' if answer.closed else 'still open'} after {answer.elapsed:.1f}s " \
        f"(limit {seconds}s)"


def _zip_with(answer: Answer, ctx: Dict[str, Any], what: str, suffix: str) -> None:
    import io
    import zipfile
    names = zipfile.ZipFile(io.BytesIO(answer.content)).namelist()
    assert any(n.endswith(suffix) for n in names), f"{what}: zip holds {names}, expected a *{suffix}"


CHECKS = {"sorted": _sorted, "count": _count, "min_count": _min_count, "all_contain": _all_contain,
          "contains_id": _contains_id, "lacks_id": _lacks_id, "item_where": _item_where,
          "none_equal": _none_equal, "is_type": _is_type, "startswith": _startswith,
          "header_absent": _header_absent, "header_equals": _header_equals, "header_startswith": _header_startswith,
          "empty_body": _empty_body, "mentions": _mentions, "closed_within": _closed_within,
          "zip_with": _zip_with}


def test_every_check_kind_is_known() -> None:
    kinds = {c.kind for row in ALL_ROWS for c in list(row.expect.checks)
             + [c for _, e in row.then for c in e.checks]}
    assert kinds <= set(CHECKS), kinds - set(CHECKS)
