"""Create (once) and reuse a virtual environment holding the official SDK.

Default location ~/.cache/zohocrmsdk-tests/official-venv, or $ZOHO_OFFICIAL_VENV.
A venv that already has zohocrmsdk6_0 3.0.0 and mysql-connector-python is
reused as is; otherwise it is created and filled with pip from PyPI.  A file
lock keeps parallel test processes from building it twice.
"""
import os
import subprocess
import sys
import time

OFFICIAL_REQUIREMENTS = ["zohocrmsdk6_0==3.0.0", "mysql-connector-python"]
BUILT = None  # (path, seconds) once this process has built the venv (reported in the test summary)
DEFAULT_PATH = os.path.join(os.path.expanduser("~"), ".cache", "zohocrmsdk-tests", "official-venv")
READY_CHECK = (
    "import importlib.metadata as m, sys\n"
    "assert m.version('zohocrmsdk6_0') == '3.0.0', m.version('zohocrmsdk6_0')\n"
    "import mysql.connector, zohocrmsdk\n"
)


def venv_path():
    return os.environ.get("ZOHO_OFFICIAL_VENV") or DEFAULT_PATH


def venv_python(path):
    if os.name == "nt":
        return os.path.join(path, "Scripts", "python.exe")
    return os.path.join(path, "bin", "python")


def is_ready(python):
    if not os.path.exists(python):
        return False
    env = clean_env()
    try:
        done = subprocess.run([python, "-c", READY_CHECK], capture_output=True, env=env,
                              timeout=120, cwd=os.path.dirname(python))
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def clean_env():
    """Environment for the official interpreter: nothing that could import our package."""
    env = dict(os.environ)
    for key in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(key, None)
    env["PYTHONNOUSERSITE"] = "1"
    return env


class _Lock:
    def __init__(self, path):
        self.path = path
        self.fh = None

    def __enter__(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        self.fh = open(self.path, "a+")
        try:
            import fcntl
            fcntl.flock(self.fh, fcntl.LOCK_EX)
        except ImportError:  # no flock on this platform: best effort
            pass
        return self

    def __exit__(self, *exc):
        self.fh.close()


def ensure(timeout=900):
    """Return (python path, None) when usable, else (None, reason)."""
    path = os.path.abspath(venv_path())
    python = venv_python(path)
    if is_ready(python):
        return python, None
    with _Lock(path.rstrip(os.sep) + ".lock"):
        if is_ready(python):  # another process finished it meanwhile
            return python, None
        log = []
        started = time.monotonic()
        try:
            if not os.path.exists(python):
                cmd = [sys.executable, "-m", "venv", path]
                done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=clean_env())
                log.append((cmd, done))
                if done.returncode != 0:
                    return None, _reason("creating the venv failed", log)
            cmd = [python, "-m", "pip", "install", "--disable-pip-version-check", "--retries", "2",
                   "--timeout", "30"] + OFFICIAL_REQUIREMENTS
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=clean_env())
            log.append((cmd, done))
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, "could not build the official venv at %s: %r" % (path, exc)
        if done.returncode != 0 or not is_ready(python):
            return None, _reason("installing %s into %s failed (no network?)" % (OFFICIAL_REQUIREMENTS, path), log)
    global BUILT
    BUILT = (path, time.monotonic() - started)
    return python, None


def _reason(headline, log):
    lines = [headline]
    for cmd, done in log:
        tail = (done.stderr or done.stdout or "").strip().splitlines()[-8:]
        lines.append("$ %s -> %s" % (" ".join(cmd), done.returncode))
        lines.extend("    " + line for line in tail)
    return "\n".join(lines)


if __name__ == "__main__":
    found, why = ensure()
    print(found or why)
    sys.exit(0 if found else 1)
