"""Export throughput of `zoho-crm records export` against the emulator: page tokens vs Bulk Read.

Starts `python -m zohocrmsdk.emulator` in its own process, inserts N leads (100 per call), makes a
token with `zoho-crm auth exchange`, then runs the export with each method in interleaved repeats
and prints the median records/s (wall time of the whole command, process start included).

    python benchmarks/cli_export.py                   # 20,000 leads, 5 repeats, csv
    python benchmarks/cli_export.py --records 50000 --repeat 3 --format jsonl
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("--fields", default=None, help="default: every field of Leads (42 in the emulator)")
    args = parser.parse_args()
    cli = os.path.join(os.path.dirname(sys.executable), "zoho-crm")
    server = subprocess.Popen([sys.executable, "-m", "zohocrmsdk.emulator", "--port", "0", "--quiet",
                               "--job-delay", "0"], stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        token = requests.post(base + "/__emulator__/tokens", json={}, timeout=30).json()["access_token"]
        session = requests.Session()
        session.headers["Authorization"] = "Zoho-oauthtoken " + token
        for start in range(0, args.records, 100):
            data = [{"Last_Name": f"Lead {i}", "Company": f"Co {i % 97}", "Lead_Source": "Partner",
                     "No_of_Employees": i, "Annual_Revenue": i * 1.5, "Description": f"row {i}, \"quoted\""}
                    for i in range(start, min(args.records, start + 100))]
            assert session.post(base + "/crm/v6/Leads", json={"data": data}, timeout=60).status_code == 201
        work = tempfile.mkdtemp(prefix="cli-bench-")
        code = requests.post(base + "/__emulator__/grant-codes", json={"client_id": "1000.B", "client_secret": "s"},
                             timeout=30).json()["code"]
        subprocess.run([cli, "auth", "exchange", "--client-id", "1000.B", "--client-secret", "s", "--code", code,
                        "--emulator", base], cwd=work, check=True, capture_output=True)
        times = {"pages": [], "bulk": [], "floor": []}
        for _ in range(args.repeat):
            started = time.perf_counter()
            read_pages(base, token, args.fields)
            times["floor"].append(time.perf_counter() - started)
            for via in ("pages", "bulk"):
                out = os.path.join(work, f"out.{args.format}")
                command = [cli, "records", "export", "Leads", "-o", out, "--via", via, "--emulator", base]
                if args.fields:
                    command += ["--fields", args.fields]
                started = time.perf_counter()
                subprocess.run(command, cwd=work, check=True, capture_output=True)
                times[via].append(time.perf_counter() - started)
        print("floor = plain requests paging through page tokens, JSON decoded, nothing written")
        print(f"{args.records:,} leads, {args.format}, {args.fields or 'all fields'}, median of {args.repeat}:")
        for via, samples in times.items():
            median = statistics.median(samples)
            print(f"  {via:6s} {median:6.2f}s  {args.records / median:8,.0f} records/s  "
                  f"(runs: {', '.join(f'{s:.2f}' for s in samples)})")
    finally:
        server.terminate()
        server.wait(10)


def read_pages(base: str, token: str, fields: str = None) -> int:
    """The floor: the same page-token reads with plain requests, JSON decoded, nothing typed or written."""
    session = requests.Session()
    session.headers["Authorization"] = "Zoho-oauthtoken " + token
    if fields is None:
        names = [f["api_name"] for f in session.get(base + "/crm/v6/settings/fields", params={"module": "Leads"},
                                                   timeout=60).json()["fields"]]
        fields = ",".join(names)
    params = {"fields": fields, "per_page": 200}
    count = 0
    while True:
        body = session.get(base + "/crm/v6/Leads", params=params, timeout=60).json()
        count += len(body["data"])
        if not body["info"]["more_records"]:
            return count
        params = {"fields": fields, "per_page": 200, "page_token": body["info"]["next_page_token"]}


if __name__ == "__main__":
    main()
