"""Instructions per steady-state call of W2-W5, counted by callgrind: a noise-free cross-check of run.py.

Wall-clock ratios on a shared machine swing between runs; the number of instructions a workload's call
executes does not. For each workload and contender this runs the workload's timed function (the same
``once`` that run.py times, found through workloads.py) 10 and then 30 times after 3 warm-up calls, each
under ``valgrind --tool=callgrind``, and divides the difference by 20: start-up, imports and warm-up cancel
out. W5 is counted single-threaded (one user, one ``get_records`` of 10 records per call).

Made repeatable to well under 1% (so a 3% change shows), at a price in what is counted:
- after the warm-up the child runs ``gc.collect()`` then ``gc.disable()``: the cyclic collector would
  otherwise fire at different calls in each run (a full collection walks the whole heap, imports
  included). The figures therefore leave out cyclic-GC work, a real cost that grows with allocations
  (1-3% of ours' W4 in single comparisons on 2026-12-06); W6 (tracemalloc) shows allocation;
- the child runs with ``PYTHONHASHSEED=0``, so dict and set layouts are the same in every run;
- everything is byte-compiled first: a count whose run wrote the .pyc files was charged the compilation
  (with no .pyc files present, ours' W4 came out at 2.7M instead of ~23M);
- each of the two counts is the least of ``--repeat`` runs (default 2): an occasional run counts 1-3M
  more (more socket reads and GIL hand-offs, as when a body arrives in more pieces).

    python benchmarks/instructions.py                      # floor and ours, W2-W5 (~15 minutes)
    python benchmarks/instructions.py --workloads W3,W4 --repeat 1
    python benchmarks/instructions.py --contenders floor,ours,official   # official is slow under valgrind

"ours" is the repository this file lives in (its root first on PYTHONPATH; the path imported is printed);
benchmarks/compare_instructions.sh measures two commits that way. Needs valgrind (a Debian package). The
stub server runs outside valgrind, in its own process.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)

import run  # noqa: E402  (the runner's stub server, venv and environment helpers)

WORKLOADS = ("W2", "W3", "W4", "W5")

# Runs inside the contender's interpreter: capture the workload's timed function, then call it n times.
WARMUP = 3
CHILD = r"""
import gc, sys, tempfile
sys.path.insert(0, sys.argv[1])
import workloads as W
contender, workload, base, n, warmup = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
captured = {}
if workload == "W5":
    opts = {"threads": 1, "calls": 0, "w5_per_page": 10, "min_seconds": 0}
    def threaded(base, opts, setup, call):
        ctx = setup(0)
        captured["fn"] = lambda: call(ctx)
        return {}
    W.threaded_run = threaded
else:
    opts = {"min_seconds": 0}
    W.timed_loop = lambda fn, min_seconds, min_calls=3: captured.setdefault("fn", fn) and (1, 1, 1.0)
getattr(W, contender + "_" + workload.lower())(base, tempfile.mkdtemp(), opts)
fn = captured["fn"]
for _ in range(warmup):
    fn()
# A cyclic collection would land at a different call in each run and move the count: collect, then none.
gc.collect()
gc.disable()
for _ in range(n):
    fn()
"""


def real_python(python):
    """valgrind must start the interpreter itself, not a shell shim in front of it (pyenv)."""
    out = subprocess.run([python, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
    path = out.stdout.strip() or python
    with open(path, "rb") as f:
        return python if f.read(2) == b"#!" else path


def collected(python, env, contender, workload, base, n, repeat=1):
    """Instructions of the whole child process; the least of `repeat` runs (disturbances only add work)."""
    return min(collected_once(python, env, contender, workload, base, n) for _ in range(max(1, repeat)))


def collected_once(python, env, contender, workload, base, n):
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", CHILD, BENCH,
           "sdk" if contender != "floor" else "floor", workload, base, str(n), str(WARMUP)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), timeout=3600)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode != 0 or not found:
        raise SystemExit("%s %s failed: %s" % (contender, workload, run.last_line(out.stderr)))
    return int(found.group(1))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workloads", default=",".join(WORKLOADS))
    ap.add_argument("--contenders", default="floor,ours")
    ap.add_argument("--official-venv", default=run.DEFAULT_VENV)
    ap.add_argument("--repeat", type=int, default=2, help="runs per count, the least kept (default 2)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    contenders = args.contenders.split(",")
    # A fixed hash seed: with a random one, dict and set layouts (so lookup work) change from run to run.
    fixed = dict(run.ours_env(REPO), PYTHONHASHSEED="0")
    pythons = {"floor": (real_python(sys.executable), fixed), "ours": (real_python(sys.executable), fixed)}
    if "official" in contenders:
        run.ensure_official(args.official_venv)
        pythons["official"] = (real_python(run.venv_python(args.official_venv)),
                               dict(run.clean_env(), PYTHONHASHSEED="0"))
    # Byte-compile first: a run that writes .pyc files would charge compilation to one of the two counts.
    subprocess.run([sys.executable, "-m", "compileall", "-q", BENCH], stdout=subprocess.DEVNULL, timeout=300)
    if "ours" in contenders:  # which code "ours" is: the repository this script lives in
        python, env = pythons["ours"]
        reason = run.probe_ours(env)  # compiles ours (as pip would have) and checks that it imports
        if reason:
            raise SystemExit("ours: " + reason)
        where = subprocess.run([python, "-c", "import zohocrmsdk; print(zohocrmsdk.__file__)"], env=env,
                               cwd=tempfile.gettempdir(), capture_output=True, text=True)
        print("ours: %s" % (where.stdout.strip() or run.last_line(where.stderr)), flush=True)
    stub = run.Stub(7200)
    try:
        rows = []
        for workload in args.workloads.split(","):
            per_call = {}
            for contender in contenders:
                python, env = pythons[contender]
                low = collected(python, env, contender, workload, stub.base, 10, args.repeat)
                high = collected(python, env, contender, workload, stub.base, 30, args.repeat)
                per_call[contender] = (high - low) / 20.0
                print("%s %-8s %12.2fM instructions per call" % (workload, contender, per_call[contender] / 1e6),
                      flush=True)
            rows.append((workload, per_call))
    finally:
        stub.stop()
    print("\n| workload | " + " | ".join("%s (M instr/call)" % c for c in contenders) + " | ours ×floor |")
    print("|---|" + "---|" * (len(contenders) + 1))
    for workload, per_call in rows:
        ratio = per_call["ours"] / per_call["floor"] if "ours" in per_call and "floor" in per_call else None
        print("| %s | %s | %s |" % (workload, " | ".join("%.2f" % (per_call[c] / 1e6) for c in contenders),
                                    "%.2fx" % ratio if ratio else "n/a"))


if __name__ == "__main__":
    main()
