"""Shared set-up for the record samples: puts samples/ on the path and re-exports samples/sample_env.py.

Every sample ends with ``with _setup.sdk() as demo: ...``; ``sdk()`` initialises the SDK against an
emulator (in-process, or the one at ``ZOHO_EMULATOR_URL``) and ``demo`` creates the records a sample needs.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from sample_env import *  # noqa: E402,F401,F403
