"""Zoho's limits decide how an export reads; credit exhaustion stops it; tokens may live in MySQL."""
from __future__ import annotations

import json
from typing import Any, Callable, Iterable

import pytest

from zohocrmsdk.cli.errors import UsageError
from zohocrmsdk.cli.export import choose
from zohocrmsdk.emulator.testing import Emulator

from tests.cli.cli_helpers import CLIENT, LEADS, error_line, grant, run


@pytest.mark.parametrize("total, fields, filtered, bulk, chosen", [
    (5_000, 42, False, False, "pages"),
    (100_000, 50, False, False, "pages"),
    (100_001, 10, False, True, "bulk"),
    (5_000, 51, False, True, "bulk"),          # all fields of a wide module: bulk when allowed
    (2_000, 10, True, False, "search"),
    (2_001, 10, True, False, "coql"),
    (10_000, 50, True, False, "coql"),
    (10_001, 10, True, True, "bulk"),
    (5_000, 42, False, True, "pages"),         # --bulk only when the limits need it
])
def test_the_way_of_reading_follows_zohos_limits(total, fields, filtered, bulk, chosen):
    assert choose("Leads", total, fields, filtered, bulk, None) == chosen


@pytest.mark.parametrize("total, fields, filtered, why", [
    (100_001, 10, False, "100,001 records, more than the 100,000 page tokens can return"),
    (5_000, 51, False, "51 fields (at most 50 per call; pick some with --fields)"),
    (10_001, 10, True, "10,001 matching records, more than the 10,000 COQL can return"),
])
def test_beyond_the_limits_without_bulk_the_command_says_why(total, fields, filtered, why):
    with pytest.raises(UsageError) as caught:
        choose("Leads", total, fields, filtered, False, None)
    assert why in str(caught.value) and "add --bulk to use the Bulk Read API" in str(caught.value)


def test_bulk_is_not_used_when_page_tokens_fit(token_dir, emu):
    done = run("records", "export", "Leads", "--fields", "Last_Name", "--bulk", "-o", "fits.csv",
               "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    assert "via page tokens" in done.stdout and "bulk read job" not in done.stderr


class CreditsExhausted:
    """Stands in for the emulator's credit accounting (not built yet): after `allow` record reads,
    Zoho's answer to an exhausted daily budget, 429 with X-API-CREDITS-REMAINING: 0."""

    def __init__(self, app: Any, allow: int) -> None:
        self.app, self.allow = app, allow

    def __call__(self, environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ["PATH_INFO"] == "/crm/v6/Leads" and environ["REQUEST_METHOD"] == "GET":
            self.allow -= 1
            if self.allow < 0:
                body = json.dumps({"code": "TOO_MANY_REQUESTS", "details": {}, "status": "error",
                                   "message": "API limit exceeded"}).encode()
                start_response("429 Too Many Requests", [("Content-Type", "application/json;charset=UTF-8"),
                                                         ("X-API-CREDITS-REMAINING", "0"),
                                                         ("Content-Length", str(len(body)))])
                return [body]
        return self.app(environ, start_response)


def test_credit_exhaustion_stops_at_once_showing_the_remaining_credits(tmp_path):
    emulator = Emulator()
    emulator.server.httpd.set_app(CreditsExhausted(emulator.app, allow=2))
    with emulator:
        code = grant(emulator)
        assert run("auth", "exchange", "--client-id", CLIENT[0], "--client-secret", CLIENT[1], "--code", code,
                   "--redirect-url", CLIENT[2], "--emulator", emulator.base_url, cwd=tmp_path).returncode == 0
        token = emulator.mint_tokens()["access_token"]
        import requests
        for start in range(0, 600, 100):
            requests.post(emulator.base_url + "/crm/v6/Leads", headers={"Authorization": "Zoho-oauthtoken " + token},
                          json={"data": [{"Last_Name": f"L{i}"} for i in range(start, start + 100)]}, timeout=30)
        done = run("records", "export", "Leads", "--fields", "Last_Name", "-o", "out.csv", "--emulator",
                   emulator.base_url, cwd=tmp_path)
    assert done.returncode == 1
    line = error_line(done)
    assert "credits exhausted" in line and "X-API-CREDITS-REMAINING: 0" in line
    assert "400 records saved, run the same command with --resume to continue" in line
    assert "backing off" not in done.stderr
    state = json.loads((tmp_path / "out.csv.checkpoint.json").read_text())
    assert state["rows"] == 400  # two pages saved: --resume continues tomorrow


@pytest.mark.mysql
def test_tokens_in_mysql_with_db(emu, tmp_path, database):
    url = f"mysql://root@127.0.0.1:3306/{database}"
    done = run("auth", "exchange", "--client-id", CLIENT[0], "--client-secret", CLIENT[1], "--code", grant(emu),
               "--redirect-url", CLIENT[2], "--emulator", emu.base_url, "--db", url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"MySQL 127.0.0.1:3306/{database}" in done.stdout and not (tmp_path / "sdk_tokens.txt").exists()
    done = run("records", "export", "Leads", "--fields", "Last_Name", "-o", "db.jsonl", "--emulator", emu.base_url,
               cwd=tmp_path, env={"ZOHO_DB": url})
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "db.jsonl").read_text().splitlines()) == LEADS
    from tests.stores.store_helpers import sql
    rows = sql("SELECT user_name, refresh_token FROM oauthtoken", database=database)
    assert len(rows) == 1 and rows[0][0] == "patricia.boyle@zylker.com:808232144"
