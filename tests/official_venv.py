"""Locate (creating once, then caching) a virtual environment with the official SDK, for the tests
that run it side by side with ours. Override the location with ZOHO_OFFICIAL_VENV."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

OFFICIAL_REQUIREMENT = "zohocrmsdk6_0==3.0.0"


def official_venv_dir() -> Path:
    default = Path.home() / ".cache" / "zohocrmsdk-tests" / "official-venv"
    return Path(os.environ.get("ZOHO_OFFICIAL_VENV", str(default)))


def official_python() -> Path:
    """The interpreter of the official SDK's venv; raises RuntimeError when it cannot be built."""
    venv = official_venv_dir()
    python = venv / "bin" / "python"
    probe = [str(python), "-c", "import zohocrmsdk, mysql.connector"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    venv.parent.mkdir(parents=True, exist_ok=True)
    steps = [[sys.executable, "-m", "venv", str(venv)],
             [str(python), "-m", "pip", "install", "-q", OFFICIAL_REQUIREMENT, "mysql-connector-python"]]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError("could not build the official SDK venv: " + done.stderr[-2000:])
    return python
