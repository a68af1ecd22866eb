"""Helpers for the command-line tests: the seed data, running `zoho-crm` as a user does, the oracle."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests

from zohocrmsdk.emulator.testing import Emulator

LEADS = 5000
CLIENT = ("1000.CLITEST", "cli-secret", "https://example.com/cb")
SOURCES = ("Partner", "Web Research", "Cold Call")


def lead(i: int) -> Dict[str, Any]:
    # values that CSV must quote and escape, numbers, booleans, a picklist, unicode
    return {"Last_Name": f"Nöel {i}", "First_Name": f"F{i}", "Company": f"Co, {i % 37}",
            "Lead_Source": SOURCES[i % 3], "No_of_Employees": i, "Annual_Revenue": i * 1.5,
            "Email_Opt_Out": i % 2 == 0, "Description": f'says "hi"\nline two {i}'}


def script() -> str:
    path = Path(sys.executable).with_name("zoho-crm")
    assert path.exists(), f"the zoho-crm console script is not installed next to {sys.executable}: pip install -e ."
    return str(path)


def environment(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """The test run's environment without the connection variables (a test sets those it means), in UTC."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ZOHO_")}
    environ["TZ"] = "UTC"
    environ.update(extra or {})
    return environ


def run(*args: str, cwd: Any, env: Optional[Dict[str, str]] = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([script(), *args], cwd=str(cwd), env=environment(env), capture_output=True, text=True,
                          timeout=timeout)


def start(*args: str, cwd: Any) -> subprocess.Popen:
    return subprocess.Popen([script(), *args], cwd=str(cwd), env=environment(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def error_line(done: subprocess.CompletedProcess) -> str:
    """The one line a failing command prints: the last of stderr, after any progress lines."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "Traceback" in line]
    assert errors == lines[-1:], done.stderr
    assert lines[-1].startswith("zoho-crm: error: "), lines[-1]
    return lines[-1]


def grant(emu: Emulator) -> str:
    return emu.grant_code(*CLIENT)


def emulator_leads(emu: Emulator) -> List[Dict[str, Any]]:
    """Every lead as the API returns it (all fields), read with plain requests: the oracle."""
    token = emu.mint_tokens()["access_token"]
    fields = requests.get(emu.base_url + "/crm/v6/settings/fields", params={"module": "Leads"},
                          headers={"Authorization": "Zoho-oauthtoken " + token}, timeout=30).json()["fields"]
    names = [f["api_name"] for f in fields]
    out, params = [], {"fields": ",".join(names), "per_page": 200}
    while True:
        page = requests.get(emu.base_url + "/crm/v6/Leads", params=params,
                            headers={"Authorization": "Zoho-oauthtoken " + token}, timeout=30)
        if page.status_code == 204:
            return out
        body = page.json()
        out.extend(body["data"])
        if not body["info"]["more_records"]:
            return out
        params = {"fields": params["fields"], "per_page": 200, "page_token": body["info"]["next_page_token"]}


def flat(value: Any) -> Any:
    """The documented row value of an API JSON value: lookups as their id, empty lists as null."""
    if isinstance(value, dict):
        return value.get("id")
    if isinstance(value, list):
        return [flat(v) for v in value] or None
    return value


def csv_cell(value: Any) -> str:
    value = flat(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)
