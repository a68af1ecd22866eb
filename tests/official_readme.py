"""The official SDK's README, read from outside the project.

The project holds none of the official README's code or prose. Tests that run its examples are marked
``official_readme`` and read them from the file named by ``$ZOHO_OFFICIAL_README`` (the README as text, e.g.
the package page saved from PyPI); without it they are deselected, and the run's summary says so
(tests/conftest.py). A block of that file is found by its first and last lines, which are short code lines
(import paths, a call), not prose.
"""
from __future__ import annotations

import os
from typing import Optional

ENV = "ZOHO_OFFICIAL_README"

# The examples the tests run: (first line, last line[, occurrence]) for ``block``.
CREATE_TABLE = ("CREATE TABLE  oauthtoken (", ")")
SDK_INITIALIZER = ("from zohocrmsdk.src.com.zoho.crm.api.dc import USDataCenter", "SDKInitializer.initialize()")
MULTI_USER = ("import threading", "MultiThread.call()", 1)
SINGLE_USER = ("import threading", "MultiThread.call()", 2)
CREATE_RECORDS = ("from zohocrmsdk.src.com.zoho.api.authenticator import OAuthToken",
                  "CreateRecords.create_records(module_api_name)")


def path() -> Optional[str]:
    """The README file named by the environment, or None when none is named."""
    return os.environ.get(ENV) or None


def text() -> str:
    named = path()
    if named is None:
        raise LookupError("${} names no file".format(ENV))
    with open(named, encoding="utf-8") as handle:
        return handle.read()


def block(first: str, last: str, occurrence: int = 1) -> str:
    """The code block that ends at the ``occurrence``-th line equal to ``last`` and starts at the closest
    line before it equal to ``first`` (lines compared without trailing blanks)."""
    lines = [line.rstrip() for line in text().splitlines()]
    ends = [index for index, line in enumerate(lines) if line == last]
    if len(ends) < occurrence:
        raise LookupError("the official README has no block ending with {!r} (#{})".format(last, occurrence))
    end = ends[occurrence - 1]
    starts = [index for index in range(end + 1) if lines[index] == first]
    if not starts:
        raise LookupError("no line {!r} before {!r} in the official README".format(first, last))
    code = "\n".join(lines[starts[-1]:end + 1]) + "\n"
    if first.startswith(("import ", "from ")):
        compile(code, "official README", "exec")  # a torn extraction fails here, not in a subprocess
    return code
