"""`zoho-crm auth exchange|list|revoke` against the emulator's Accounts endpoints."""
from __future__ import annotations

import csv
import subprocess
import textwrap

import pytest
import requests

from tests.cli.cli_helpers import CLIENT, error_line, grant, run


def exchange(emu, folder, code, *extra):
    return run("auth", "exchange", "--client-id", CLIENT[0], "--client-secret", CLIENT[1], "--code", code,
               "--redirect-url", CLIENT[2], "--emulator", emu.base_url, *extra, cwd=folder)


def stored_rows(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def test_exchange_saves_the_token_and_prints_user_data_centre_and_expiry_never_a_secret(emu, tmp_path):
    code = grant(emu)
    done = exchange(emu, tmp_path, code)
    assert done.returncode == 0, done.stderr
    rows = stored_rows(tmp_path / "sdk_tokens.txt")
    assert len(rows) == 1
    row = rows[0]
    assert row["user_name"] == "patricia.boyle@zylker.com:808232144" and row["refresh_token"] and row["access_token"]
    assert row["api_domain"] == emu.base_url and row["client_id"] == CLIENT[0]
    out = done.stdout + done.stderr
    assert f"saved token {row['id']} for patricia.boyle@zylker.com" in out
    assert f"emulator at {emu.base_url}" in out and "access token expires: " in out and "(in 59 min)" in out
    for secret in (CLIENT[1], code, row["refresh_token"], row["access_token"]):
        assert secret not in out
    assert emu.token_requests("authorization_code") >= 1


def test_exchange_into_a_chosen_file_from_environment_variables(emu, tmp_path):
    env = {"ZOHO_CLIENT_ID": CLIENT[0], "ZOHO_CLIENT_SECRET": CLIENT[1], "ZOHO_GRANT_CODE": grant(emu),
           "ZOHO_REDIRECT_URL": CLIENT[2], "ZOHO_EMULATOR_URL": emu.base_url,
           "ZOHO_TOKEN_FILE": str(tmp_path / "mine.txt")}
    done = run("auth", "exchange", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert len(stored_rows(tmp_path / "mine.txt")) == 1 and not (tmp_path / "sdk_tokens.txt").exists()


def test_a_used_or_wrong_grant_code_is_one_line_and_exit_1(emu, tmp_path):
    done = exchange(emu, tmp_path, "1000.not-a-code")
    assert done.returncode == 1
    line = error_line(done)
    assert "invalid_code" in line and "generate a new one" in line
    assert "1000.not-a-code" not in line


def test_missing_credentials_are_a_usage_error(emu, tmp_path):
    done = run("auth", "exchange", "--client-id", "x", "--emulator", emu.base_url, cwd=tmp_path)
    assert done.returncode == 2
    assert "auth exchange needs --client-secret, --code" in error_line(done)


def test_list_masks_secrets(emu, tmp_path):
    assert exchange(emu, tmp_path, grant(emu)).returncode == 0
    row = stored_rows(tmp_path / "sdk_tokens.txt")[0]
    done = run("auth", "list", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "patricia.boyle@zylker.com:808232144" in done.stdout and CLIENT[0] in done.stdout
    assert "****" + row["refresh_token"][-4:] in done.stdout
    for secret in (CLIENT[1], row["refresh_token"], row["access_token"]):
        assert secret not in done.stdout


def test_revoke_revokes_at_accounts_and_removes_the_row(emu, tmp_path):
    assert exchange(emu, tmp_path, grant(emu)).returncode == 0
    row = stored_rows(tmp_path / "sdk_tokens.txt")[0]
    done = run("auth", "revoke", row["id"], "--emulator", emu.base_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"token {row['id']} for patricia.boyle@zylker.com:808232144: revoked at Zoho and removed" in done.stdout
    assert stored_rows(tmp_path / "sdk_tokens.txt") == []
    refreshed = requests.post(emu.token_url, data={"grant_type": "refresh_token", "client_id": CLIENT[0],
                                                   "client_secret": CLIENT[1], "refresh_token": row["refresh_token"]},
                              timeout=10).json()
    assert "access_token" not in refreshed  # the refresh token is dead at Accounts
    missing = run("auth", "revoke", "99", "--emulator", emu.base_url, cwd=tmp_path)
    assert missing.returncode == 2 and "no token with id 99" in error_line(missing)


OFFICIAL_READER = textwrap.dedent('''
    import sys
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, GetRecordsParam
    base, path, folder = sys.argv[1:4]
    store = FileStore(path)
    print("users", [t.get_user_signature().get_name() for t in store.get_tokens()])
    Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base), OAuthToken(id="1"),
                           store=store, resource_path=folder)
    params = ParameterMap(); params.add(GetRecordsParam.fields, "Last_Name"); params.add(GetRecordsParam.per_page, 3)
    print("records", len(RecordOperations("Leads").get_records(params).get_object().get_data()))
''')


@pytest.mark.official
def test_the_official_sdk_reads_the_token_file_exchange_wrote(emu, tmp_path):
    from tests.official_venv import official_python
    try:
        python = official_python()
    except RuntimeError as error:
        pytest.skip(str(error))
    assert exchange(emu, tmp_path, grant(emu)).returncode == 0
    exchanges = emu.token_requests("authorization_code")
    script = tmp_path / "reader.py"
    script.write_text(OFFICIAL_READER)
    done = subprocess.run([str(python), str(script), emu.base_url, str(tmp_path / "sdk_tokens.txt"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "users ['patricia.boyle@zylker.com:808232144']" in done.stdout
    assert "records 3" in done.stdout
    assert emu.token_requests("authorization_code") == exchanges  # it used the saved tokens, no new exchange
