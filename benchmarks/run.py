"""Benchmark runner: floor (requests + json) vs the official zohocrmsdk6_0 3.0.0 vs ours.

    python benchmarks/run.py                    # 5 interleaved repeats of W1..W6, medians
    python benchmarks/run.py --quick            # 1 repeat, shorter windows
    python benchmarks/run.py --workloads W2,W4 --repeat 3
    python benchmarks/run.py --write-results    # also writes benchmarks/RESULTS.md

Every measurement runs in a fresh subprocess of the contender's own interpreter (workloads.py), against
stub_server.py running in a process of its own. The official SDK lives in a cached virtual environment
(created on first use); ours is whatever ``zohocrmsdk`` the current interpreter imports with the repository
first on sys.path. A contender that fails a workload is reported "n/a" with the reason; the run goes on.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
WORKLOADS = os.path.join(BENCH, "workloads.py")
OFFICIAL_PIN = "zohocrmsdk6_0==3.0.0"
DEFAULT_VENV = os.path.join(os.path.expanduser("~"), ".cache", "zohocrmsdk-bench", "official-venv")
CONTENDERS = ("floor", "official", "ours")
ALL_WORKLOADS = ("W1", "W2", "W3", "W4", "W5", "W6")

# (workload, metric key, label, unit, higher_is_better, target for ours' cost relative to the floor)
METRICS = [
    ("W1", "wall_ms", "import + initialize, wall", "ms", False, 1.5),
    ("W1", "rss_mib", "import + initialize, peak RSS", "MiB", False, 1.3),
    ("W2", "value", "read 200x60 Leads page", "rec/s", True, 2.0),
    ("W3", "value", "create 100 x 30-field records", "rec/s", True, 2.0),
    ("W4", "value", "read 200 deleted records", "rec/s", True, 1.5),
    ("W5", "value", "8 threads x own user x 50 calls", "calls/s", True, 1.3),
    ("W6", "value", "decode one 200x60 page, peak traced", "KiB", False, 1.6),
]


def log(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- contenders

def venv_python(venv):
    return os.path.join(venv, "bin", "python")


def ensure_official(venv):
    """Return (python, None) for a venv holding the pinned official SDK, or (None, reason)."""
    py = venv_python(venv)
    check = [py, "-c", "import importlib.metadata as m; print(m.version('zohocrmsdk6_0'))"]
    try:
        if os.path.exists(py) and subprocess.run(check, capture_output=True, text=True,
                                                 timeout=60).stdout.strip() == "3.0.0":
            return py, None
        log("creating the official SDK's virtual environment in %s ..." % venv)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True, capture_output=True, timeout=300)
        r = subprocess.run([py, "-m", "pip", "install", "-q", OFFICIAL_PIN], capture_output=True, text=True,
                           timeout=600)
        if r.returncode != 0:
            return None, "pip install %s failed: %s" % (OFFICIAL_PIN, last_line(r.stderr))
        return py, None
    except (OSError, subprocess.SubprocessError) as e:
        return None, "cannot prepare %s: %s" % (venv, e)


def ours_env(path):
    env = dict(os.environ)
    # pip byte-compiles what it installs (the official venv has its .pyc files); give ours the same, or a
    # PYTHONDONTWRITEBYTECODE=1 shell would charge ours for compiling its sources in every fresh process.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if path:
        env["PYTHONPATH"] = path + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def clean_env():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the official venv must never see the repository's package
    return env


def probe_ours(env):
    package = os.path.join(env.get("PYTHONPATH", "").split(os.pathsep)[0] or REPO, "zohocrmsdk")
    if os.path.isdir(package):
        subprocess.run([sys.executable, "-m", "compileall", "-q", package], env=env, stdout=subprocess.DEVNULL,
                       timeout=300)
    code = ("import zohocrmsdk.src.com.zoho.crm.api.initializer, zohocrmsdk.src.com.zoho.crm.api.record.record_operations")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(),
                       timeout=120)
    return None if r.returncode == 0 else "import failed: " + last_line(r.stderr)


def last_line(text):
    lines = [ln.strip() for ln in (text or "").strip().splitlines() if ln.strip()]
    return lines[-1][:300] if lines else "(no output)"


# --------------------------------------------------------------------------- one measurement

def run_once(python, env, contender_arg, workload, base, extra, timeout):
    """Run workloads.py in a fresh process; returns a result dict (ok False with error on failure)."""
    import json
    work = tempfile.mkdtemp(prefix="zbench-")
    out_path, err_path = os.path.join(work, ".stdout"), os.path.join(work, ".stderr")
    cmd = [python, WORKLOADS, contender_arg, workload, base, work] + extra
    try:
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=work, env=env)
            killer = threading.Timer(timeout, proc.kill)
            killer.start()
            try:
                # wait4 gives this child's own rusage (peak RSS), unlike RUSAGE_CHILDREN's running maximum
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                killer.cancel()
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
        with open(out_path, encoding="utf-8", errors="replace") as f:
            lines = [ln for ln in f if ln.startswith("BENCHRESULT ")]
        if not lines:
            with open(err_path, encoding="utf-8", errors="replace") as f:
                reason = last_line(f.read())
            if proc.returncode < 0:
                reason = "killed after %ss timeout" % timeout if wall >= timeout else "signal %d" % -proc.returncode
            return {"ok": False, "error": "exit %s: %s" % (proc.returncode, reason)}
        result = json.loads(lines[-1][len("BENCHRESULT "):])
        result["wall_ms"] = wall * 1e3
        # Prefer the child's own VmHWM: the rusage peak also counts the pages the child shared with this
        # runner between fork and exec, which puts a floor of the runner's size under small children.
        result["rss_mib"] = result.get("vmhwm_mib") or usage.ru_maxrss / 1024.0  # ru_maxrss is KiB on Linux
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------------------- stub server

class Stub:
    def __init__(self, max_seconds):
        self.proc = subprocess.Popen([sys.executable, os.path.join(BENCH, "stub_server.py"),
                                      "--max-seconds", str(int(max_seconds))],
                                     stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=clean_env())
        self.base = self.proc.stdout.readline().strip()
        if not self.base.startswith("http://"):
            self.stop()
            raise SystemExit("stub server did not start (got %r)" % self.base)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


# --------------------------------------------------------------------------- reporting

def cost(value, reference, higher_is_better):
    """How many times more expensive `value` is than `reference` (1.0 = same, >1 = worse)."""
    if value is None or reference is None or value <= 0 or reference <= 0:
        return None
    return reference / value if higher_is_better else value / reference


def fmt(v, unit=""):
    if v is None:
        return "n/a"
    if unit in ("rec/s", "calls/s"):
        return "{:,.0f}".format(v)
    return "{:,.1f}".format(v)


def fx(r):
    return "n/a" if r is None else "%.2fx" % r


def summarise(runs, workloads):
    """Medians per (workload, contender, key), plus the failure reasons."""
    med, failures = {}, {}
    for (wl, c), results in runs.items():
        ok = [r for r in results if r.get("ok")]
        bad = [r["error"] for r in results if not r.get("ok")]
        if bad:
            failures[(wl, c)] = (len(bad), len(results), bad[0])
        for _, key, *_ in [m for m in METRICS if m[0] == wl]:
            vals = [r[key] for r in ok if isinstance(r.get(key), (int, float))]
            med[(wl, c, key)] = statistics.median(vals) if vals else None
        if wl == "W5":
            for key in ("token_requests", "errors", "users"):
                vals = [r[key] for r in ok if isinstance(r.get(key), (int, float))]
                med[(wl, c, key)] = max(vals) if vals else None  # worst case over repeats
            errs = [e for r in ok for e in r.get("first_errors", [])]
            med[(wl, c, "first_error")] = errs[0] if errs else None
        if wl == "W2":
            vals = [r["leaves_per_page"] for r in ok if "leaves_per_page" in r]
            med[(wl, c, "leaves")] = vals[0] if vals else None
    return med, failures


def bare_start(python, env, samples=3):
    """Median wall ms and peak RSS MiB of `python -c pass`: what an interpreter costs before any import."""
    walls, rss = [], []
    for _ in range(samples):
        start = time.perf_counter()
        out = subprocess.run([python, "-c", "pass"], env=env, cwd=tempfile.gettempdir(),
                             stdin=subprocess.DEVNULL, capture_output=True)
        walls.append((time.perf_counter() - start) * 1e3)
        # a second, separate process reads its own peak, so the timing above stays a bare start
        out = subprocess.run([python, "-c", "print(open('/proc/self/status').read())"], env=env,
                             cwd=tempfile.gettempdir(), capture_output=True, text=True)
        hwm = [ln.split()[1] for ln in out.stdout.splitlines() if ln.startswith("VmHWM:")]
        if hwm:
            rss.append(int(hwm[0]) / 1024.0)
    return statistics.median(walls), (statistics.median(rss) if rss else 0.0)


def table(med, failures, workloads, available):
    head = ["Workload", "Measure", "floor", "official", "official ×floor", "ours", "ours ×floor",
            "target (ours ×floor)", "ours/official"]
    rows = []
    for wl, key, label, unit, hib, target in METRICS:
        if wl not in workloads:
            continue
        f, o, u = (med.get((wl, c, key)) for c in CONTENDERS)
        ours_cost = cost(u, f, hib)
        verdict = "" if ours_cost is None else (" ok" if ours_cost <= target else " MISS")
        rows.append(["%s" % wl, "%s (%s%s)" % (label, unit, ", higher is better" if hib else ""),
                     fmt(f, unit), fmt(o, unit), fx(cost(o, f, hib)), fmt(u, unit), fx(ours_cost),
                     "<= %.1fx%s" % (target, verdict), fx(cost(u, o, hib))])
        if wl == "W5":
            tok = [med.get((wl, c, "token_requests")) for c in CONTENDERS]
            err = [med.get((wl, c, "errors")) for c in CONTENDERS]
            users = next((med.get((wl, c, "users")) for c in CONTENDERS if med.get((wl, c, "users"))), None)
            cell = lambda t, e: "n/a" if t is None else "%d tok, %d err" % (t, e or 0)  # noqa: E731
            tok_ok = "" if tok[2] is None else (" ok" if tok[2] == users and not err[2] else " MISS")
            rows.append(["W5", "token requests / failed calls (worst repeat)", cell(tok[0], err[0]),
                         cell(tok[1], err[1]), "", cell(tok[2], err[2]), "",
                         "1 per user per expiry (%s)%s" % (users if users else "?", tok_ok), ""])
    widths = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows]
    notes = []
    for c, reason in available.items():
        if reason:
            notes.append("- %s: n/a for every workload — %s" % (c, reason))
    for (wl, c), (n, total, first) in sorted(failures.items()):
        if available.get(c) is None:
            notes.append("- %s %s: %d of %d runs failed — %s" % (wl, c, n, total, first))
    for c in CONTENDERS:
        if med.get(("W5", c, "errors")):
            notes.append("- W5 %s: up to %d of the calls failed in a repeat (recorded, not aborted), e.g. %s"
                         % (c, med[("W5", c, "errors")], med.get(("W5", c, "first_error"))))
    lo, lu = med.get(("W2", "official", "leaves")), med.get(("W2", "ours", "leaves"))
    if lo and lu and lo != lu:
        notes.append("- W2: ours exposed %d values per page through its getters, official %d: the walk saw "
                     "different data, so the W2 figures are not like for like." % (lu, lo))
    return "\n".join(out), notes


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for ln in f:
                if ln.startswith("model name"):
                    cpu = ln.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, %s %s, %s" % (cpu, os.cpu_count() or 0, platform.python_implementation(),
                                        platform.python_version(), platform.platform())


# --------------------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description="Benchmark floor vs official SDK vs ours against a local stub.")
    ap.add_argument("--repeat", type=int, default=5, help="interleaved repeats per workload (default 5)")
    ap.add_argument("--quick", action="store_true", help="1 repeat and a 1 s measuring window")
    ap.add_argument("--workloads", default=",".join(ALL_WORKLOADS), help="comma list, e.g. W2,W4")
    ap.add_argument("--contenders", default=",".join(CONTENDERS), help="comma list of floor,official,ours")
    ap.add_argument("--min-seconds", type=float, default=None, help="measuring window per run (default 1.5)")
    ap.add_argument("--official-venv", default=DEFAULT_VENV, help="cached venv with %s" % OFFICIAL_PIN)
    ap.add_argument("--ours-path", default=REPO, help="put this first on PYTHONPATH for ours ('' = don't)")
    ap.add_argument("--timeout", type=float, default=180, help="seconds before one run is killed")
    ap.add_argument("--write-results", action="store_true", help="write benchmarks/RESULTS.md")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else max(1, args.repeat)
    min_seconds = args.min_seconds or (1.0 if args.quick else 1.5)
    workloads = [w.strip().upper() for w in args.workloads.split(",") if w.strip()]
    unknown = [w for w in workloads if w not in ALL_WORKLOADS]
    if unknown:
        ap.error("unknown workload(s): %s" % ", ".join(unknown))
    chosen = [c.strip() for c in args.contenders.split(",") if c.strip() in CONTENDERS]

    started = time.time()
    available, setups = {}, {}
    if "floor" in chosen:
        available["floor"], setups["floor"] = None, (sys.executable, clean_env(), "floor")
    if "official" in chosen:
        py, reason = ensure_official(args.official_venv)
        available["official"] = reason
        if py:
            setups["official"] = (py, clean_env(), "sdk")
    if "ours" in chosen:
        env = ours_env(args.ours_path)
        reason = probe_ours(env)
        available["ours"] = reason
        if reason is None:
            setups["ours"] = (sys.executable, env, "sdk")
    for c, reason in available.items():
        if reason:
            log("%s: n/a — %s" % (c, reason))

    extra = ["min_seconds=%s" % min_seconds]
    stub = Stub(max_seconds=max(1200, args.timeout * 4))
    runs = {}
    try:
        log("stub server at %s; %d repeat(s) of %s" % (stub.base, repeat, ",".join(workloads)))
        for rep in range(repeat):
            for wl in workloads:
                for c in chosen:  # interleaved, so drift on the machine hits every contender alike
                    if c not in setups:
                        continue
                    py, env, arg = setups[c]
                    r = run_once(py, env, arg, wl, stub.base, extra, args.timeout)
                    runs.setdefault((wl, c), []).append(r)
                    if r.get("ok"):
                        shown = "wall %.0f ms, rss %.1f MiB" % (r["wall_ms"], r["rss_mib"]) if wl == "W1" else \
                            "%.1f" % r.get("value", 0)
                        if wl == "W5":
                            shown += ", %s token requests, %s errors" % (r.get("token_requests"), r.get("errors"))
                    else:
                        shown = "FAILED: " + r["error"]
                    log("[%d/%d] %s %-8s %s" % (rep + 1, repeat, wl, c, shown))
    finally:
        stub.stop()

    med, failures = summarise(runs, workloads)
    text, notes = table(med, failures, workloads, available)
    if "W1" in workloads:
        # The official venv and the current interpreter differ in what site imports at start-up; show it so
        # W1's ours/official ratio can be read fairly (floor and ours share one interpreter).
        starts = {c: bare_start(py, env) for c, (py, env, _) in setups.items() if c != "ours"}
        notes.append("- W1 includes interpreter start-up; a bare `python -c pass` costs " + "; ".join(
            "%s %.0f ms / %.1f MiB" % ("current interpreter (floor, ours)" if c == "floor" else "official venv",
                                       w, m) for c, (w, m) in starts.items()) + ".")
    elapsed = time.time() - started
    print(text)
    if notes:
        print("\nNotes:\n" + "\n".join(notes))
    print("\n(ratios are costs: ×floor = how many times slower or larger than the floor; ours/official < 1 "
          "means ours is cheaper. %d repeat(s), medians, %.0f s in all.)" % (repeat, elapsed))
    if args.write_results:
        write_results(text, notes, repeat, min_seconds, elapsed, available)
    return 0


def ours_revision():
    """The repository commit ours was measured at, flagged when the work tree had local changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "zohocrmsdk"], cwd=REPO,
                               capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown revision"
    return "commit %s%s" % (head or "?", " + uncommitted changes under zohocrmsdk/" if dirty else "")


def write_results(text, notes, repeat, min_seconds, elapsed, available):
    cmd = "python " + " ".join([os.path.relpath(os.path.abspath(sys.argv[0]), REPO)] + sys.argv[1:])
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        "# Benchmark results", "",
        "- Date: %s" % now,
        "- Machine: %s" % machine(),
        "- Command (from the repository root): `%s`" % cmd,
        "- Settings: %d repeat(s), interleaved floor/official/ours, medians; measuring window %.1f s per run; "
        "whole run %.0f s." % (repeat, min_seconds, elapsed),
        "- Official: `%s` in its own venv%s." % (OFFICIAL_PIN, "" if not available.get("official") else
                                                 " (n/a: %s)" % available["official"]),
        "- Ours: the repository's `zohocrmsdk` at %s%s." % (ours_revision(), "" if not available.get("ours") else
                                                           " (n/a: %s)" % available["ours"]),
        "", "Ratios are costs: `×floor` is how many times slower (or larger) than plain requests + json; "
        "`ours/official` below 1 means ours is cheaper. See README.md for what each workload does.", "",
        text, ""]
    if notes:
        body += ["Notes:", ""] + notes + [""]
    path = os.path.join(BENCH, "RESULTS.md")
    with open(path, "w") as f:
        f.write("\n".join(body))
    log("wrote %s" % path)


if __name__ == "__main__":
    sys.exit(main())
