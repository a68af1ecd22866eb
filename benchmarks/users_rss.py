"""Resident memory growth with many distinct users: RSS after 10,000 users and after 20,000.

Each user is a distinct access token minted by the emulator (run in its own process, so its memory is
not counted); the app switches to the user (``Initializer.switch_user``) and lists Leads once, which
builds and writes that user's field cache. Memory the SDK keeps per user (tokens, locks, caches)
shows as growth between the two marks; what is bounded stays flat.

    python benchmarks/users_rss.py                 # 10,000 then 20,000 users (~15 minutes)
    python benchmarks/users_rss.py --users 2000    # marks at 1,000 and 2,000
"""
import argparse
import gc
import os
import socket
import subprocess
import sys
import tempfile
import time

import requests

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)


def rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20000)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Zoho's limits off: 20,000 users' calls are far past a day's API credits and active-token caps, and
    # what is measured here is the SDK's memory, not the emulator's throttling.
    emulator = subprocess.Popen([sys.executable, "-m", "zohocrmsdk.emulator", "--port", str(port), "--quiet",
                                 "--limits", "off"],
                                cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:{}".format(port)
    try:
        for _ in range(100):
            try:
                requests.get(base + "/__emulator__/stats", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        run(base, args.users)
    finally:
        emulator.terminate()
        emulator.wait(10)


def run(base: str, users: int) -> None:
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import GetRecordsParam, RecordOperations

    class Memory(TokenStore):  # an app's own store: one dict, so the SDK's own memory is what grows
        def __init__(self):
            self.rows = {}

        def find_token(self, token):
            return self.rows.get(token.get_access_token())

        def save_token(self, token):
            self.rows[token.get_access_token()] = token

        def delete_token(self, id): pass
        def get_tokens(self): return list(self.rows.values())
        def delete_tokens(self): self.rows.clear()
        def find_token_by_id(self, id): return None

    session = requests.Session()

    def mint():
        answer = session.post(base + "/__emulator__/tokens", json={"client_id": "1000.RSS"}, timeout=10).json()
        return OAuthToken(access_token=answer["access_token"], find_user=False)

    environment = DataCenter.Environment(base, base + "/oauth/v2/token", base)
    resources = tempfile.mkdtemp(prefix="users-rss-")
    Initializer.initialize(environment, mint(), store=Memory(), resource_path=resources)
    marks = {users // 2: None, users: None}
    began = time.monotonic()
    for n in range(1, users + 1):
        Initializer.switch_user(token=mint())
        params = ParameterMap()
        params.add(GetRecordsParam.fields, "Last_Name,Email")
        response = RecordOperations("Leads").get_records(params)
        assert response.get_status_code() in (200, 204), response.get_status_code()
        if n in marks:
            gc.collect()
            marks[n] = rss_mb()
            print("{:>6} users: RSS {:.1f} MB ({:.0f} s)".format(n, marks[n], time.monotonic() - began), flush=True)
    first, second = sorted(marks)
    print("growth from {} to {} users: {:.1f} MB".format(first, second, marks[second] - marks[first]))


if __name__ == "__main__":
    main()
