"""Measure requests/second for a 200-record page (not a test; run it by hand).

    python tests/emulator/measure_rps.py [--seconds 5] [--threads 4] [--limits on|off]

``--limits off`` measures the emulator without limit accounting (credits, concurrency, scopes), to
see what the accounting costs. ``--in-process N`` skips sockets: N calls of ``GET /crm/v6/org`` (a tiny
answer, so per-request overheads show) straight through ``EmulatorApp.handle``, in microseconds each.
"""
from __future__ import annotations

import argparse
import json
import threading
import time

import requests

from zohocrmsdk.emulator.testing import Emulator


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--limits", choices=("on", "off"), default="on")
    parser.add_argument("--in-process", type=int, default=0, metavar="N")
    args = parser.parse_args()
    if args.in_process:
        in_process(args.in_process, args.limits == "on")
        return
    with Emulator.running(limits=args.limits == "on") as emu:
        headers = {"Authorization": "Zoho-oauthtoken " + emu.mint_tokens()["access_token"]}
        for start in range(0, args.records, 100):
            batch = [{"Last_Name": f"L{i}", "First_Name": "F", "Email": f"l{i}@x.com", "Company": "Zylker",
                      "Annual_Revenue": 1000.0 + i} for i in range(start, start + 100)]
            requests.post(emu.base_url + "/crm/v6/Leads", data=json.dumps({"data": batch}), headers=headers)
        url = emu.base_url + "/crm/v6/Leads"
        params = {"fields": "Last_Name,First_Name,Email,Company,Annual_Revenue", "per_page": 200}
        for threads in sorted({1, args.threads}):
            counts = [0] * threads
            stop = time.time() + args.seconds

            def worker(slot: int) -> None:
                session = requests.Session()
                while time.time() < stop:
                    r = session.get(url, params=params, headers=headers)
                    assert r.status_code == 200 and len(r.json()["data"]) == 200
                    counts[slot] += 1

            pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
            began = time.time()
            for t in pool:
                t.start()
            for t in pool:
                t.join()
            elapsed = time.time() - began
            print(f"{threads} client thread(s): {sum(counts) / elapsed:.0f} requests/s "
                  f"({sum(counts)} pages of 200 records in {elapsed:.1f}s)")


def in_process(calls: int, limits: bool) -> None:
    from zohocrmsdk.emulator.core.app import EmulatorApp
    from zohocrmsdk.emulator.core.wire import Request
    app = EmulatorApp(limits=limits)
    headers = {"Authorization": "Zoho-oauthtoken " + app.mint_tokens()["access_token"]}
    for _ in range(200):  # warm up
        app.handle(Request("GET", "/crm/v6/org", "", headers, b""))
    began = time.perf_counter()
    for _ in range(calls):
        app.handle(Request("GET", "/crm/v6/org", "", headers, b""))
    print(f"in process: {(time.perf_counter() - began) / calls * 1e6:.1f} us per GET /crm/v6/org")


if __name__ == "__main__":
    main()
