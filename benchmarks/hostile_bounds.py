"""How much a hostile server or a hung database can cost one call: peak memory and time held.

    python benchmarks/hostile_bounds.py                 # this tree
    python benchmarks/hostile_bounds.py --repo OTHER    # another checkout (e.g. before a change)

Each case runs the SDK of the chosen tree in a child process (peak RSS: its ``VmHWM``) against
a local server over real sockets, run by this process:
- gzip bomb: 1 GiB of JSON-typed zeros, gzip-compressed to ~1 MB, default SDKConfig;
- 100 MB body: a 100 MB JSON answer, default SDKConfig;
- drip: a server sending one header byte every 0.2 s; SDKConfig(read_timeout=2, deadline=3) where the
  tree has ``deadline``, read_timeout=2 alone otherwise; the child is stopped after ``--cap`` seconds;
- hung MySQL: a server that accepts and never answers; ``Initializer.initialize`` with a DBStore
  (connect_timeout=2, read_timeout=2 where the tree has them) and SDKConfig(read_timeout=2, connect_timeout=2).
"""
import argparse
import json
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from tests.reliability.hostile import RawServer, answer, drip, gzip_bomb, silent  # noqa: E402

CHILD = r"""
import inspect, json, sys, tempfile, time
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore, FileStore
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
case, url, port = sys.argv[1], sys.argv[2], sys.argv[3]
folder = tempfile.mkdtemp()
accepts = inspect.signature(SDKConfig).parameters
options = {}
if case == "drip":
    options = dict(read_timeout=2, max_retries=0)
    if "deadline" in accepts:
        options["deadline"] = 3
if case == "mysql":
    options = dict(read_timeout=2, connect_timeout=2)
started = time.monotonic()
try:
    if case == "mysql":
        timeouts = dict(connect_timeout=2, read_timeout=2) if "read_timeout" in inspect.signature(DBStore).parameters else {}
        store = DBStore(host="127.0.0.1", port_number=port, **timeouts)
        token = OAuthToken(client_id="1000.C", client_secret="s", refresh_token="1000.r.r")
        Initializer.initialize(DataCenter.Environment(url, url, url), token, store=store, resource_path=folder,
                               sdk_config=SDKConfig(**options))
    else:
        Initializer.initialize(DataCenter.Environment(url, url, url), OAuthToken(access_token="a", find_user=False),
                               store=FileStore(folder + "/t.csv"), resource_path=folder, sdk_config=SDKConfig(**options))
        OrgOperations().get_organization()
    outcome = "returned"
except BaseException as error:
    outcome = type(error).__name__
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would report the forking parent.
with open("/proc/self/status") as status:
    peak_kib = int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
print(json.dumps({"outcome": outcome, "seconds": round(time.monotonic() - started, 2), "peak_mib": peak_kib // 1024}))
"""


def run_child(repo, case, url, port, cap):
    env = dict(os.environ, PYTHONPATH=repo)
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, case, url, str(port)], capture_output=True, text=True,
                              env=env, cwd=repo, timeout=cap)
    except subprocess.TimeoutExpired:
        return {"outcome": "still running, stopped", "seconds": round(time.monotonic() - started, 1)}
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"outcome": "crashed", "stderr": done.stderr[-500:]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=REPO)
    ap.add_argument("--cap", type=float, default=30.0, help="seconds a drip or hung-MySQL child may run")
    ap.add_argument("--cases", default="bomb,body,drip,mysql")
    args = ap.parse_args()
    repo = os.path.abspath(args.repo)
    cases = args.cases.split(",")
    results = {}
    if "bomb" in cases:
        bomb = answer("200 OK", {"Content-Type": "application/json", "Content-Encoding": "gzip"},
                      chunks=gzip_bomb(1 << 30))
        with RawServer(bomb) as server:
            results["gzip bomb (1 GiB inflated)"] = run_child(repo, "bomb", server.url, 0, 300)
    if "body" in cases:
        pad = b'{"org": [{"id": "1"}], "pad": "' + b"x" * (100 * 1000 * 1000) + b'"}'
        with RawServer(answer("200 OK", {"Content-Type": "application/json"}, pad)) as server:
            results["100 MB body"] = run_child(repo, "body", server.url, 0, 300)
    if "drip" in cases:
        with RawServer(None) as server:
            server._behaviour = drip(lambda: server.stopping)
            results["drip server"] = run_child(repo, "drip", server.url, 0, args.cap)
    if "mysql" in cases:
        with RawServer(None, read_request=False) as server:
            server._behaviour = silent(lambda: server.stopping)
            results["hung MySQL initialize"] = run_child(repo, "mysql", "https://127.0.0.1:9", server.port, args.cap)
    for name, result in results.items():
        print("{:28} {}".format(name, json.dumps(result)))


if __name__ == "__main__":
    main()
