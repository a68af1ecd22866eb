"""The official SDK's virtual environment for tests that run it beside ours: one implementation,
``tests/differential/diff_venv.py`` (cached, version-checked, built once under a file lock)."""
from __future__ import annotations

import os
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
