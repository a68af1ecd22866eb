"""4 processes x 8 threads share one expired stored token: the emulator sees exactly one
refresh-token request at start-up and exactly one more after every access token is revoked
mid-run; the store ends with one intact row in the official format. Run over DBStore (real
MariaDB), FileStore and RedisStore (8 processes x 16 threads there); the emulator runs in this
(the parent) process."""
from __future__ import annotations

import csv
import time

import pytest
import requests

from tests.reliability.workers import THREADS, run_storm

PROCESSES = 4
CLIENT_ID, CLIENT_SECRET = "1000.MULTIPROC", "multiproc-secret"
FILE_HEADER = ("id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,"
               "redirect_uri,api_domain")
pytestmark = pytest.mark.slow


def _past_ms() -> str:
    return str(int(time.time() * 1000) - 600_000)  # expired ten minutes ago


def _check_reports(reports, processes=PROCESSES, threads=THREADS):
    assert len(reports) == processes
    for report in reports:
        assert report["init"] == "ok", report["init"]
        assert report["phase1"] == [200] * threads, report["phase1"]
        assert report["phase2"] == [200] * threads, report["phase2"]


def _spec(emu, minted, tmp_path, **extra):
    spec = dict(base_url=emu.base_url, token_url=emu.token_url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                refresh_token=minted["refresh_token"], resource_path=str(tmp_path))
    spec.update(extra)
    return spec


def _assert_live(emu, access_token):
    r = requests.get(emu.base_url + "/crm/v6/org", timeout=10,
                     headers={"Authorization": "Zoho-oauthtoken " + access_token})
    assert r.status_code == 200


def test_db_store_one_refresh_for_four_processes(emu, database, tmp_path):
    from tests.stores.store_helpers import sql
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    sql("INSERT INTO oauthtoken VALUES (%s, NULL, %s, %s, %s, %s, NULL, %s, NULL, %s)",
        ("1", CLIENT_ID, CLIENT_SECRET, minted["refresh_token"], minted["access_token"], _past_ms(), emu.base_url),
        database=database)
    before = emu.token_requests("refresh_token")
    spec = _spec(emu, minted, tmp_path, kind="db", database=database)
    after_phase1, reports = run_storm(emu, spec, PROCESSES)
    _check_reports(reports)
    assert after_phase1 - before == 1  # 4 processes initialising on one expired row
    assert emu.token_requests("refresh_token") - before == 2  # + one after the mid-run revocation
    assert emu.token_requests("authorization_code") == 0
    rows = sql("SELECT id, user_name, client_id, client_secret, refresh_token, access_token, grant_token, "
               "expiry_time, redirect_url, api_domain FROM oauthtoken", database=database)
    assert len(rows) == 1
    row = rows[0]
    assert row[0] == "1" and row[1] is None and row[2:5] == (CLIENT_ID, CLIENT_SECRET, minted["refresh_token"])
    assert row[5] != minted["access_token"] and row[6] is None and row[8] is None and row[9] == emu.base_url
    assert int(row[7]) > time.time() * 1000 + 3000 * 1000  # the long TTL, in milliseconds
    _assert_live(emu, row[5])


def test_file_store_one_refresh_for_four_processes(emu, tmp_path):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    path = tmp_path / "tokens.txt"
    path.write_bytes((FILE_HEADER + "\r\n" + ",".join(
        ["1", "", CLIENT_ID, CLIENT_SECRET, minted["refresh_token"], minted["access_token"], "", _past_ms(), "",
         emu.base_url]) + "\r\n").encode())
    before = emu.token_requests("refresh_token")
    spec = _spec(emu, minted, tmp_path, kind="file", path=str(path))
    after_phase1, reports = run_storm(emu, spec, PROCESSES)
    _check_reports(reports)
    assert after_phase1 - before == 1
    assert emu.token_requests("refresh_token") - before == 2
    raw = path.read_bytes().decode()
    lines = raw.split("\r\n")
    assert lines[0] == FILE_HEADER and lines[-1] == "" and len(lines) == 3, raw
    row = next(csv.reader([lines[1]]))
    assert len(row) == 10
    assert row[:5] == ["1", "", CLIENT_ID, CLIENT_SECRET, minted["refresh_token"]]
    assert row[5] != minted["access_token"] and row[6] == "" and row[8] == "" and row[9] == emu.base_url
    assert int(row[7]) > time.time() * 1000 + 3000 * 1000
    _assert_live(emu, row[5])
    # No temporary files were left behind by the atomic rewrites.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".tokens.txt")) == []


def test_redis_store_one_refresh_for_eight_processes_of_sixteen_threads(emu, redis_prefix, tmp_path):
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import RedisStore
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    store = RedisStore(prefix=redis_prefix)
    seed = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=minted["refresh_token"])
    seed.set_access_token(minted["access_token"])
    seed.set_expires_in(_past_ms())
    seed.set_api_domain(emu.base_url)
    store.save_token(seed)
    before = emu.token_requests("refresh_token")
    spec = _spec(emu, minted, tmp_path, kind="redis", prefix=redis_prefix, threads=16)
    after_phase1, reports = run_storm(emu, spec, 8)
    _check_reports(reports, processes=8, threads=16)
    assert after_phase1 - before == 1  # 8 processes initialising on one expired token
    assert emu.token_requests("refresh_token") - before == 2  # + one after the mid-run revocation
    # Zoho's limits were on throughout: 2 refreshes stay far under the Accounts throttle (10 access tokens
    # per refresh token in 10 minutes), and the emulator never counted more than Enterprise's 20 calls of
    # the 128 threads in flight at once.
    status = emu.limits_status()
    assert status["switches"]["token_throttle"] and status["switches"]["concurrency"]
    assert status["concurrency"]["peak"] <= status["concurrency"]["limit"] == 20
    tokens = store.get_tokens()
    assert len(tokens) == 1
    token = tokens[0]
    assert (token.get_id(), token.get_user_signature(), token.get_client_id(), token.get_client_secret(),
            token.get_refresh_token(), token.get_grant_token(), token.get_api_domain()) == (
        "1", None, CLIENT_ID, CLIENT_SECRET, minted["refresh_token"], None, emu.base_url)
    assert token.get_access_token() != minted["access_token"]
    assert int(token.get_expires_in()) > time.time() * 1000 + 3000 * 1000
    _assert_live(emu, token.get_access_token())
    assert store.client.keys(redis_prefix + "lease:*") == []  # every lease was released
