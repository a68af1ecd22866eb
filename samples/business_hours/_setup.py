"""Shared sample set-up: puts samples/ on the path and re-exports samples/sample_env.py."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from sample_env import *  # noqa: E402,F401,F403
