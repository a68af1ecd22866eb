"""Fresh-process import cost: the runtime plus one API package, and every API package.

    python benchmarks/import_time.py                 # ours and the official SDK, 7 runs each, medians
    python benchmarks/import_time.py --runs 15 --contenders ours

Each run is a new interpreter that imports ``Initializer`` and then either the ``record`` package or all
91 packages, touching every name each package exports (so lazy loading cannot hide the cost). Wall time is
measured inside the child from before the first import to after the last; peak RSS comes from
``resource.getrusage`` of that child. Contenders alternate run by run. The official SDK comes from the same
cached venv as ``run.py`` uses. pip byte-compiles what it installs, so ours is byte-compiled first (into
``__pycache__``, git-ignored) and both children run with bytecode writing allowed; otherwise a
``PYTHONDONTWRITEBYTECODE=1`` shell would charge ours for compiling 1,400 sources on every run.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

import run as bench  # the W1..W6 runner: venv handling and environments

CHILD = r"""
import importlib, json, resource, sys, time
t0 = time.perf_counter()
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
api = "zohocrmsdk.src.com.zoho.crm.api."
names = 0
for pkg, exported in json.loads(sys.argv[1]).items():
    module = importlib.import_module(api + pkg)
    for name in exported:
        getattr(module, name)
        names += 1
wall = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print(json.dumps({"wall_ms": wall * 1000.0, "rss_mib": rss, "names": names}))
"""


def exports():
    """{package: the names its __init__ exports officially}, from the inventory."""
    with open(os.path.join(bench.REPO, "tests", "data", "api_surface.json"), encoding="utf-8") as fh:
        inventory = json.load(fh)
    prefix = "zohocrmsdk.src.com.zoho.crm.api."
    return {pkg: inventory["modules"][prefix + pkg]["imports"] for pkg in sorted(inventory["packages"])}


def measure(python, env, pkgs):
    done = subprocess.run([python, "-c", CHILD, json.dumps(pkgs)], capture_output=True, text=True, env=env,
                          cwd=tempfile.gettempdir(), timeout=300)
    if done.returncode != 0:
        raise RuntimeError(bench.last_line(done.stderr))
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--contenders", default="official,ours")
    ap.add_argument("--official-venv", default=bench.DEFAULT_VENV)
    args = ap.parse_args(argv)

    contenders = {}
    for name in args.contenders.split(","):
        if name == "ours":
            env = bench.ours_env(bench.REPO)
            bench.probe_ours(env)  # byte-compiles ours first
            contenders["ours"] = (sys.executable, env)
        elif name == "official":
            python, reason = bench.ensure_official(args.official_venv)
            if python is None:
                bench.log("official skipped: " + reason)
                continue
            contenders["official"] = (python, bench.clean_env())
    every = exports()
    cases = {"Initializer + record": {"record": every["record"]}, "Initializer + all 91 packages": every}
    samples = {(c, case): [] for c in contenders for case in cases}
    for _ in range(args.runs):
        for case, pkgs in cases.items():
            for name, (python, env) in contenders.items():
                samples[(name, case)].append(measure(python, env, pkgs))

    print("| case | contender | wall ms (median) | peak RSS MiB | names touched |")
    print("|---|---|---|---|---|")
    for case in cases:
        for name in contenders:
            runs = samples[(name, case)]
            print("| %s | %s | %.0f | %.1f | %d |" % (
                case, name, statistics.median(r["wall_ms"] for r in runs),
                statistics.median(r["rss_mib"] for r in runs), runs[0]["names"]))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
