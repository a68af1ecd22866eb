"""CLI persistence across restarts and concurrent writers."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import requests

from zohocrmsdk.emulator.testing import Emulator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start_cli(*args):
    proc = subprocess.Popen([sys.executable, "-m", "zohocrmsdk.emulator", "--port", "0", "--quiet", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = proc.stdout.readline().strip()
    assert base.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.poll() is not None else base
    return proc, base


def stop_cli(proc):
    proc.terminate()
    proc.wait(timeout=10)


def mint(base):
    return requests.post(base + "/__emulator__/tokens", json={"client_id": "1000.P", "client_secret": "s"},
                         timeout=10).json()


def test_port_taken_is_one_clear_line_and_exit_code_1():
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "zohocrmsdk.emulator", "--port", str(port)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == ("zoho-crm-emulator: cannot listen on 127.0.0.1:{}: Address already in use (pick another "
                           "--port, or 0 for a free one)\n".format(port))


def test_db_persists_across_restart(tmp_path):
    db = str(tmp_path / "crm.sqlite")
    proc, base = start_cli("--db", db)
    try:
        tokens = mint(base)
        headers = {"Authorization": "Zoho-oauthtoken " + tokens["access_token"]}
        r = requests.post(base + "/crm/v6/Leads", data=json.dumps({"data": [{"Last_Name": "Persisted"}]}),
                          headers=headers, timeout=10)
        rid = r.json()["data"][0]["details"]["id"]
    finally:
        stop_cli(proc)
    proc, base = start_cli("--db", db)
    try:
        # the refresh token survives too, so a client can pick up where it left off
        new = requests.post(base + "/oauth/v2/token", timeout=10,
                            data={"grant_type": "refresh_token", "client_id": "1000.P", "client_secret": "s",
                                  "refresh_token": tokens["refresh_token"]}).json()
        assert new["api_domain"] == base
        headers = {"Authorization": "Zoho-oauthtoken " + new["access_token"]}
        got = requests.get(f"{base}/crm/v6/Leads/{rid}", headers=headers, timeout=10).json()
        assert got["data"][0]["Last_Name"] == "Persisted"
    finally:
        stop_cli(proc)


def test_cli_seed_flag():
    proc, base = start_cli("--seed", "--token-ttl", "60")
    try:
        tokens = mint(base)
        assert tokens["expires_in"] == 60
        r = requests.get(base + "/crm/v6/Accounts/actions/count", timeout=10,
                         headers={"Authorization": "Zoho-oauthtoken " + tokens["access_token"]})
        assert r.json()["count"] == 3
    finally:
        stop_cli(proc)


def test_eight_threads_500_records_each_lose_nothing():
    with Emulator.running() as emu:
        token = emu.mint_tokens()["access_token"]
        headers = {"Authorization": "Zoho-oauthtoken " + token}
        errors = []

        def writer(n: int) -> None:
            session = requests.Session()
            try:
                for start in range(0, 500, 50):
                    batch = [{"Last_Name": f"T{n}-{i}", "Email": f"t{n}-{i}@x.com"} for i in range(start, start + 50)]
                    r = session.post(emu.base_url + "/crm/v6/Leads", data=json.dumps({"data": batch}),
                                     headers=headers, timeout=30)
                    if r.status_code != 201:
                        errors.append(r.text)
            except Exception as exc:  # surfaced below
                errors.append(repr(exc))

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=50)
        assert not errors
        count = requests.get(emu.base_url + "/crm/v6/Leads/actions/count", headers=headers, timeout=10).json()
        assert count == {"count": 4000}
        r = requests.post(emu.base_url + "/crm/v6/coql", headers=headers, timeout=10,
                          json={"select_query": "select Last_Name from Leads where Last_Name like 'T7-%' limit 2000"})
        assert r.json()["info"]["count"] == 500


def test_beyond_loopback_the_admin_token_is_printed_and_required():
    proc, base = start_cli("--host", "0.0.0.0", "--public-url", "http://crm.test:9000")
    try:
        line = proc.stdout.readline()
        assert line.startswith("admin token: "), line
        admin_token = line.split()[2]
        assert requests.post(base + "/__emulator__/seed", json={}, timeout=10).status_code == 401
        tokens = requests.post(base + "/__emulator__/tokens", json={"client_id": "1000.P", "client_secret": "s"},
                               headers={"X-Emulator-Token": admin_token}, timeout=10).json()
        assert tokens["api_domain"] == "http://crm.test:9000"  # the public URL, not the Host header
        headers = {"Authorization": "Zoho-oauthtoken " + tokens["access_token"]}
        assert requests.get(base + "/crm/v6/org", headers=headers, timeout=10).status_code == 200
        rebound = requests.get(base + "/crm/v6/org", headers={**headers, "Host": "attacker.example"}, timeout=10)
        assert rebound.status_code == 400 and rebound.json()["details"] == {"host": "attacker.example"}
    finally:
        stop_cli(proc)


def test_absurd_request_timeout_is_one_clear_line():
    done = subprocess.run([sys.executable, "-m", "zohocrmsdk.emulator", "--port", "0", "--request-timeout", "nan"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr == \
        "zoho-crm-emulator: request_timeout must be a positive number of seconds\n"


def test_public_url_must_be_a_url():
    done = subprocess.run([sys.executable, "-m", "zohocrmsdk.emulator", "--port", "0", "--public-url", "crm.test"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.startswith("zoho-crm-emulator: public_url must be an http(s) URL")


def test_cli_limit_switches_and_edition():
    proc, base = start_cli("--limit-off", "concurrency", "--limit-off", "scopes", "--edition", "professional",
                           "--licences", "4")
    try:
        status = requests.get(base + "/__emulator__/limits", timeout=10).json()
        assert status["edition"] == "professional" and status["credits"]["allowance"] == 50_000 + 4 * 500
        assert [name for name, on in status["switches"].items() if not on] == ["concurrency", "scopes"]
    finally:
        stop_cli(proc)
    proc, base = start_cli("--limits", "off")
    try:
        assert not any(requests.get(base + "/__emulator__/limits", timeout=10).json()["switches"].values())
    finally:
        stop_cli(proc)
