"""The emulator console in a real headless browser (Debian's Chromium, `tests/browser.py`): what a developer sees
and clicks. Each test leaves a screenshot of the page in its tmp_path."""
from __future__ import annotations

import os
import time
from typing import Any, Iterator, List, Tuple

import pytest
import requests

from tests.browser import CHROMIUM, Chromium
from zohocrmsdk.emulator import console
from zohocrmsdk.emulator.core.app import EmulatorApp
from zohocrmsdk.emulator.core.server import EmulatorServer
from zohocrmsdk.emulator.core.state import Kind
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import BodyWrapper, Field, Record, RecordOperations

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
ROWS = ("Array.from(document.querySelectorAll('%s tbody tr'))"
        ".map(tr => Array.from(tr.cells).map(td => td.textContent))")
LIVE = "document.getElementById('status').textContent.startsWith('live')"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("no Chromium at %s (.ci/run installs Debian's chromium package)" % CHROMIUM)
    with Chromium() as browser:
        yield browser


@pytest.fixture
def browser(chromium: Chromium) -> Iterator[Chromium]:
    chromium.errors.clear()
    yield chromium
    chromium.open("about:blank")  # the page stops polling before its emulator stops
    assert chromium.errors == []  # no script error, no refused policy rule


def rows(browser: Chromium, table: str) -> List[List[str]]:
    return browser.evaluate(ROWS % table)


def wait_rows(browser: Chromium, table: str, wanted: Any) -> List[List[str]]:
    """Wait (up to 10 s) until the table's rows satisfy `wanted`, a predicate; they are returned."""
    for _ in range(100):
        found = rows(browser, table)
        if wanted(found):
            return found
        time.sleep(0.1)
    raise AssertionError("%s never matched: %s" % (table, found))


def test_console_follows_the_sdk_injects_and_clears_a_fault_resets_and_shows_names_as_text(emu, browser, tmp_path):
    browser.open(emu.base_url + "/__emulator__/ui")
    browser.wait_for(LIVE)
    assert not browser.evaluate("document.getElementById('requests-none').hidden")

    # the SDK, as an app would use it, with the grant-token flow
    code = emu.grant_code("1000.CONSOLE", "console-secret", "https://example.com/cb")
    Initializer.initialize(emu.environment(), OAuthToken(client_id="1000.CONSOLE", client_secret="console-secret",
                                                         grant_token=code, redirect_url="https://example.com/cb"),
                           store=FileStore(str(tmp_path / "tokens.txt")), resource_path=str(tmp_path))
    record = Record()
    record.add_field_value(Field.Leads.last_name(), HOSTILE)
    body = BodyWrapper()
    body.set_data([record])
    created = RecordOperations("Leads").create_records(body).get_object().get_data()[0]
    assert created.get_status().get_value() == "success"
    shown = wait_rows(browser, "#requests", lambda r: any(row[1:4] == ["POST", "/crm/v6/Leads", "201"] for row in r))
    create_row = next(row for row in shown if row[2] == "/crm/v6/Leads")
    assert create_row[5] == "patricia.boyle@zylker.com" and create_row[6].startswith("1000.")
    assert create_row[6].endswith("…") and len(create_row[6]) == 10
    assert [row[1:4] for row in shown][-1] == ["POST", "/oauth/v2/token", "200"]  # the grant exchange, oldest
    page_text = browser.evaluate("document.body.textContent")
    assert all(token not in page_text for token, _ in emu.app.state.list_docs(Kind.ACCESS))

    # a record name with markup is shown as the text it is
    browser.click("button[data-module=Leads]")
    records = wait_rows(browser, "#records", lambda r: len(r) == 1)
    assert records[0][1] == HOSTILE
    assert browser.evaluate("document.querySelectorAll('#records script, #records img').length") == 0
    assert browser.evaluate("window.__pwned === undefined")
    assert ["Leads", "1"] in rows(browser, "#modules")
    browser.screenshot(str(tmp_path / "console-records.png"))

    # inject a fault from the page, see it fire, clear it
    browser.evaluate("document.getElementById('fault-kind').value = '503'")
    browser.type("#fault-path", "/crm/v6/Deals*")
    browser.type("#fault-count", "2")
    browser.click("#inject")
    wait_rows(browser, "#faults", lambda r: r == [["503", "*", "/crm/v6/Deals*", "2", "0"]])
    assert [(f["kind"], f["path"], f["remaining"]) for f in emu.app.faults.list()] == [("503", "/crm/v6/Deals*", 2)]
    token = emu.mint_tokens()["access_token"]
    hit = requests.get(emu.base_url + "/crm/v6/Deals", headers={"Authorization": "Zoho-oauthtoken " + token},
                       timeout=10)
    assert hit.status_code == 503
    wait_rows(browser, "#faults", lambda r: r == [["503", "*", "/crm/v6/Deals*", "1", "1"]])
    wait_rows(browser, "#requests", lambda r: r[0][1:4] == ["GET", "/crm/v6/Deals", "503"])
    assert browser.evaluate("document.querySelector('#requests tbody tr td:nth-child(4)').className") == "num s5"
    browser.screenshot(str(tmp_path / "console-fault.png"))
    browser.click("#clear-faults")
    wait_rows(browser, "#faults", lambda r: r == [])
    assert emu.app.faults.list() == [] and browser.text("#message") == "Faults cleared"

    # reset: records and the log are gone, on the server and on the page
    browser.click("#reset")
    wait_rows(browser, "#requests", lambda r: r == [])
    wait_rows(browser, "#modules", lambda r: all(row[1] == "0" for row in r))
    assert browser.text("#message") == "Reset done"
    assert emu.app.state.count_records("Leads") == 0 and emu.recent_requests() == []
    browser.screenshot(str(tmp_path / "console-reset.png"))


class AdminGuard:
    """In front of the app, as a hardened emulator is (JSON bodies, the admin token): the console's data and the
    admin API want ``X-Emulator-Token``; the page's own files need none. It notes what came in."""

    def __init__(self, app: EmulatorApp, token: str) -> None:
        self.app, self.token = app, token
        self.seen: List[Tuple[str, str, str, str, str]] = []

    def __call__(self, environ: dict, start_response: Any) -> Any:
        path = environ["PATH_INFO"]
        self.seen.append((environ["REQUEST_METHOD"], path, environ.get("QUERY_STRING", ""),
                          environ.get("CONTENT_TYPE", ""), environ.get("HTTP_X_EMULATOR_TOKEN", "")))
        if path.startswith("/__emulator__/") and path not in console.PAGE_FILES and environ.get("HTTP_X_EMULATOR_TOKEN") != self.token:
            start_response("401 Unauthorized", [("Content-Type", "application/json")])
            return [b'{"code": "AUTHENTICATION_FAILURE", "message": "the admin token is required"}']
        return self.app(environ, start_response)


def test_console_sends_json_and_the_admin_token_it_was_given(browser, tmp_path):
    app = EmulatorApp()
    guard = AdminGuard(app, "s3cret-admin")
    server = EmulatorServer(guard).start()
    try:
        page = server.base_url + "/__emulator__/ui"
        browser.open(page)
        browser.wait_for("document.getElementById('status').textContent === "
                         "'cannot read the emulator: the admin token is required'")
        browser.type("#token", "s3cret-admin")
        browser.wait_for(LIVE)
        browser.click("#reset")
        browser.wait_for("document.getElementById('message').textContent === 'Reset done'")
        browser.screenshot(str(tmp_path / "console-token.png"))
        # a token in the fragment (#token=...) fills the field and never travels in a URL
        browser.open("about:blank")
        browser.open(page + "#token=s3cret-admin")
        browser.wait_for(LIVE)
        browser.click("#clear-faults")
        browser.wait_for("document.getElementById('message').textContent === 'Faults cleared'")
        browser.open("about:blank")
    finally:
        server.stop()
        app.state.close()
    refused = [e for e in browser.errors if "status of 401" in e]  # the browser reports the refused reads
    assert refused and all(e in refused for e in browser.errors)
    browser.errors.clear()
    writes = [s for s in guard.seen if s[0] != "GET"]
    assert [(method, path) for method, path, *_ in writes] == [("POST", "/__emulator__/reset"),
                                                                ("DELETE", "/__emulator__/faults")]
    assert all(s[3] == "application/json" and s[4] == "s3cret-admin" for s in writes)
    assert all("s3cret" not in s[1] + s[2] for s in guard.seen)


def test_console_shows_the_limits_and_what_is_left_or_that_none_is_enforced(emu, browser, monkeypatch):
    # the limits' status (credits, concurrency) as the console reads it, through `console.limits`
    status = {"edition": "enterprise", "credits": {"allowance": 5000, "used": 1250, "remaining": 3750},
              "concurrency": {"limit": 20, "in_flight": 3, "peak": 7}}
    monkeypatch.setattr(emu.app, "limits_status", lambda: status, raising=False)
    browser.open(emu.base_url + "/__emulator__/ui")
    browser.wait_for(LIVE)
    lines = browser.evaluate("Array.from(document.querySelectorAll('#limits > div > div:first-child'))"
                             ".map(d => d.textContent)")
    assert lines == ["Edition: enterprise", "Credits: 3750 left of 5000 (used 1250)",
                     "Concurrent calls: 3 in flight of 20 (peak 7)"]
    assert browser.evaluate("Array.from(document.querySelectorAll('#limits .meter > div')).map(d => d.style.width)") \
        == ["25%", "15%"]
    monkeypatch.setattr(emu.app, "limits_status", lambda: None, raising=False)
    browser.wait_for("document.getElementById('limits').textContent === 'limits: not enforced'")
