"""The official SDK's virtual environment for tests that run it beside ours: one implementation,
``tests/differential/diff_venv.py`` (cached, version-checked, built once under a file lock), and a way to
run a script under it (the ``official_interpreter`` fixture of tests/conftest.py names the interpreter)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "differential"))
import diff_venv  # noqa: E402


def official_python() -> Path:
    """The interpreter of the official SDK's venv; raises RuntimeError when it cannot be built."""
    python, reason = diff_venv.ensure()
    if python is None:
        raise RuntimeError("could not build the official SDK venv: {}".format(reason))
    return Path(python)


def run_official(interpreter: str, script: str, *args: str) -> str:
    """Run ``script`` under the official SDK; returns stdout, fails the test on a non-zero exit."""
    # Without our PYTHONPATH and outside the repository, so that it imports the official package.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([interpreter, "-c", script, *args], capture_output=True, text=True, timeout=300,
                          cwd="/", env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout
