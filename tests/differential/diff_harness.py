"""Run scenarios under both interpreters and compare the results.

Each side gets its own RecordingServer scripted with the same routes, and its
own working directory; the two sides run concurrently.  ``ZOHO_DIFF_SELF_CHECK=1``
puts the official interpreter on both sides, which must come out identical.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading

import diff_compare
import diff_venv
import diff_scenarios
from recording_server import RecordingServer

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, os.pardir, os.pardir))
RUNNER = os.path.join(HERE, "runner.py")
RUN_TIMEOUT = 300  # seconds for one side of one batch; normally ~20 s
# A zone with a half-hour offset, so local-time conversions are visible.
RUN_TZ = "Asia/Kolkata"


BATCH_SIZE = int(os.environ.get("ZOHO_DIFF_BATCH", "20"))  # packages per runner process


def batch_of(pkg):
    """The tuple of packages run together with pkg (alphabetical slices of BATCH_SIZE)."""
    names = sorted(diff_scenarios.PACKAGES)
    i = names.index(pkg) // BATCH_SIZE * BATCH_SIZE
    return tuple(names[i:i + BATCH_SIZE])


def self_check():
    return os.environ.get("ZOHO_DIFF_SELF_CHECK", "") not in ("", "0", "false", "False")


class Side:
    """One interpreter + environment that runs runner.py."""

    def __init__(self, label, python, env, extra_pythonpath=None):
        self.label = label
        self.python = python
        self.env = dict(env)
        self.env["TZ"] = RUN_TZ
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.env["PYTHONHASHSEED"] = "0"
        if extra_pythonpath:
            self.env["PYTHONPATH"] = os.pathsep.join(
                [extra_pythonpath] + [p for p in [self.env.get("PYTHONPATH")] if p])


def official_side(python):
    return Side("official", python, diff_venv.clean_env())


def ours_side(official_python=None):
    if self_check() and official_python:
        return Side("ours(self-check: official)", official_python, diff_venv.clean_env())
    # Our package is imported from the work tree unless it is installed.
    return Side("ours", sys.executable, os.environ, extra_pythonpath=REPO_ROOT)


class RunResult:
    def __init__(self, side, output, requests, base_url, stderr, returncode, workdir=None):
        self.side = side
        self.workdir = workdir  # holds result.json and requests.json for post-mortems
        self.output = output
        self.requests = requests
        self.base_url = base_url
        self.stderr = stderr
        self.returncode = returncode

    def scopes(self):
        return diff_compare.normalise_run(self.output, self.requests, self.base_url)

    def fatal(self):
        if self.output.get("fatal"):
            return self.output["fatal"]
        if self.returncode != 0:
            return "runner exited with %s" % self.returncode
        return None


def run_side(side, targets, workroot):
    chosen = []
    for target in targets:
        chosen.extend(diff_scenarios.scenarios_for(target) if target in diff_scenarios.PACKAGES
                      else [diff_scenarios.find(target)])
    workdir = tempfile.mkdtemp(prefix=side.label.split("(")[0] + "-", dir=workroot)
    out_path = os.path.join(workdir, "result.json")
    with RecordingServer() as server:
        for scenario in chosen:
            server.add_step_routes(scenario.name, scenario.routes())
        cmd = [side.python, RUNNER, "--base", server.base_url, "--out", out_path,
               "--workdir", os.path.join(workdir, "run")] + list(targets)
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, env=side.env,
                                  timeout=RUN_TIMEOUT, cwd=workdir)
            stderr, code = done.stderr, done.returncode
        except subprocess.TimeoutExpired as exc:
            stderr, code = "timed out after %ss\n%s" % (RUN_TIMEOUT, exc.stderr or ""), -1
        requests = list(server.requests)
        base_url = server.base_url
    try:
        with open(out_path, encoding="utf-8") as fh:
            output = json.load(fh)
    except (OSError, ValueError) as exc:
        output = {"fatal": "no runner output (%r); stderr:\n%s" % (exc, stderr[-4000:])}
    _save_requests(requests, os.path.join(workdir, "requests.json"))
    return RunResult(side, output, requests, base_url, stderr, code, workdir)


def _save_requests(requests, path):
    import base64
    with open(path, "w", encoding="utf-8") as fh:
        json.dump([dict(r, body=base64.b64encode(r["body"]).decode("ascii")) for r in requests],
                  fh, indent=1)


def run_pair(official, ours, targets, workroot=None):
    """Run both sides concurrently; return (official RunResult, ours RunResult)."""
    workroot = workroot or tempfile.mkdtemp(prefix="zoho-diff-")
    results = {}

    def go(key, side):
        results[key] = run_side(side, targets, workroot)

    threads = [threading.Thread(target=go, args=("official", official)),
               threading.Thread(target=go, args=("ours", ours))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results["official"], results["ours"]


def compare_pair(official_result, ours_result, rules=None):
    return diff_compare.compare_runs(official_result.scopes(), ours_result.scopes(), rules)


if __name__ == "__main__":
    # Manual use: python diff_harness.py users [org ...]  (prints every scope's report)
    py, why = diff_venv.ensure()
    if not py:
        sys.exit(why)
    off, our = run_pair(official_side(py), ours_side(py), sys.argv[1:] or sorted(diff_scenarios.PACKAGES))
    for label, res in (("official", off), ("ours", our)):
        if res.fatal():
            print("%s side failed: %s\n%s" % (label, res.fatal(), res.stderr[-2000:]))
    for name, comparison in compare_pair(off, our).items():
        print(comparison.report())
