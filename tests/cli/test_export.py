"""`zoho-crm records export` end to end: the file holds exactly the emulator's records."""
from __future__ import annotations

import csv
import json
import os
import signal
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest

from tests.cli.cli_helpers import LEADS, csv_cell, emulator_leads, error_line, flat, run, start


@pytest.fixture(scope="module")
def oracle(emu: Any) -> List[Dict[str, Any]]:
    leads = emulator_leads(emu)
    assert len(leads) == LEADS
    return leads


def columns(oracle: List[Dict[str, Any]]) -> List[str]:
    return ["id"] + [name for name in oracle[0] if name != "id"]


def expected_csv(leads: List[Dict[str, Any]], names: List[str]) -> List[List[str]]:
    return sorted([str(r["id"])] + [csv_cell(r.get(n)) for n in names[1:]] for r in leads)


def expected_jsonl(leads: List[Dict[str, Any]], names: List[str]) -> List[Dict[str, Any]]:
    return sorted(({n: flat(r.get(n)) for n in names} for r in leads), key=lambda row: row["id"])


def read_csv(path: Path) -> List[List[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows


def read_jsonl(path: Path) -> List[Dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return sorted((json.loads(line) for line in handle), key=lambda row: row["id"])


def export(token_dir: Path, emu: Any, *args: str) -> Any:
    done = run("records", "export", "Leads", "--emulator", emu.base_url, *args, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.parametrize("via", ["pages", "bulk"])
def test_csv_export_holds_exactly_the_emulators_records(token_dir, emu, oracle, via):
    out = token_dir / f"leads-{via}.csv"
    done = export(token_dir, emu, "-o", str(out), *(["--via", "bulk"] if via == "bulk" else []))
    rows = read_csv(out)
    names = columns(oracle)
    assert rows[0] == names  # id first, then every field of the metadata
    assert len(rows) - 1 == LEADS and len({r[0] for r in rows[1:]}) == LEADS
    assert sorted(rows[1:]) == expected_csv(oracle, names)
    method = "page tokens" if via == "pages" else "Bulk Read"
    assert f"exported 5,000 Leads records to {out} via {method}" in done.stdout
    assert not os.path.exists(str(out) + ".part") and not os.path.exists(str(out) + ".checkpoint.json")


@pytest.mark.parametrize("via", ["pages", "bulk"])
def test_jsonl_export_holds_exactly_the_emulators_records(token_dir, emu, oracle, via):
    out = token_dir / f"leads-{via}.jsonl"
    export(token_dir, emu, "-o", str(out), *(["--via", "bulk"] if via == "bulk" else []))
    rows = read_jsonl(out)
    assert len(rows) == LEADS
    assert rows == expected_jsonl(oracle, columns(oracle))
    sample = next(r for r in rows if r["Last_Name"] == "Nöel 7")
    assert sample["No_of_Employees"] == 7 and sample["Annual_Revenue"] == 10.5 and sample["Email_Opt_Out"] is False


def test_chosen_fields_and_progress_lines(token_dir, emu, oracle):
    out = token_dir / "some.csv"
    done = export(token_dir, emu, "--fields", "Last_Name,Owner,Lead_Source", "-o", str(out))
    rows = read_csv(out)
    assert rows[0] == ["id", "Last_Name", "Owner", "Lead_Source"]
    assert sorted(rows[1:]) == expected_csv(oracle, rows[0])
    # not a terminal: plain lines with the count out of the module's total and a rate
    assert "Leads via page tokens: 200/5,000 records (4%)" in done.stderr and "/s" in done.stderr
    assert "\r" not in done.stderr


@pytest.mark.parametrize("expression, method, matches", [
    ("(Lead_Source:equals:Partner)", "search", lambda r: r["Lead_Source"] == "Partner"),
    ("((No_of_Employees:less_than:3000)and(Email_Opt_Out:equals:true))or(Last_Name:equals:Nöel 4999)", "search",
     lambda r: r["No_of_Employees"] < 3000 and r["Email_Opt_Out"] or r["Last_Name"] == "Nöel 4999"),
    ("(No_of_Employees:less_than:3000)", "COQL", lambda r: r["No_of_Employees"] < 3000),
])
@pytest.mark.parametrize("bulk", [False, True])
def test_criteria_go_through_search_coql_or_bulk(token_dir, emu, oracle, expression, method, matches, bulk):
    out = token_dir / "filtered.csv"
    done = export(token_dir, emu, "--criteria", expression, "-o", str(out), *(["--via", "bulk"] if bulk else []))
    wanted = [r for r in oracle if matches(r)]
    rows = read_csv(out)
    assert sorted(rows[1:]) == expected_csv(wanted, rows[0])
    assert f"via {'Bulk Read' if bulk else method}" in done.stdout


def test_an_export_beyond_the_chosen_apis_limit_stops_with_one_line(token_dir, emu):
    done = run("records", "export", "Leads", "--criteria", "(No_of_Employees:less_than:3000)", "--via", "search",
               "-o", "x.csv", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 2
    assert "3,000 matching records, more than the 2,000 search can return" in error_line(done)
    assert not (token_dir / "x.csv").exists()


def _kill_when(process: Any, checkpoint: Path, ready: Any) -> Dict[str, Any]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            state = json.loads(checkpoint.read_text())
        except (OSError, ValueError):
            state = None
        if state and ready(state):
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            return state
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError("the export never reached the point to interrupt")


def test_resume_after_a_kill_completes_without_duplicates(token_dir, emu, oracle):
    out = token_dir / "resumed.jsonl"
    emu.add_fault("latency", path="/crm/v6/Leads", method="GET", delay=0.2)  # slow pages, time to kill
    process = start("records", "export", "Leads", "-o", str(out), "--emulator", emu.base_url, cwd=token_dir)
    state = _kill_when(process, Path(str(out) + ".checkpoint.json"), lambda s: s["rows"] >= 600)
    emu.clear_faults()
    assert not out.exists() and Path(str(out) + ".part").exists()  # only the temp file so far
    done = run("records", "export", "Leads", "-o", str(out), "--resume", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    rows = read_jsonl(out)
    assert len(rows) == LEADS and len({r["id"] for r in rows}) == LEADS
    assert rows == expected_jsonl(oracle, columns(oracle))
    assert state["rows"] < LEADS


def test_ctrl_c_leaves_a_checkpoint_and_says_how_to_resume(token_dir, emu):
    out = token_dir / "interrupted.csv"
    emu.add_fault("latency", path="/crm/v6/Leads", method="GET", delay=0.2)
    process = start("records", "export", "Leads", "-o", str(out), "--emulator", emu.base_url, cwd=token_dir)
    checkpoint = Path(str(out) + ".checkpoint.json")
    deadline = time.monotonic() + 60
    while not (checkpoint.exists() and json.loads(checkpoint.read_text() or "{}").get("rows", 0) >= 400):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("zoho-crm: error: interrupted; ") and "records saved, run the same command with --resume" in last
    assert "Traceback" not in stderr and not out.exists()


def test_an_expired_page_token_restarts_the_export_cleanly(token_dir, emu, oracle, clock):
    out = token_dir / "expired.csv"
    emu.add_fault("latency", path="/crm/v6/Leads", method="GET", delay=0.1)
    process = start("records", "export", "Leads", "-o", str(out), "--emulator", emu.base_url, cwd=token_dir)
    state = _kill_when(process, Path(str(out) + ".checkpoint.json"),
                       lambda s: "page_token" in (s.get("cursor") or {}))
    emu.clear_faults()
    clock.offset = 25 * 3600  # page tokens live 24 hours
    done = run("records", "export", "Leads", "-o", str(out), "--resume", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    assert "restarting the export" in done.stderr
    rows = read_csv(out)
    assert len(rows) - 1 == LEADS and sorted(rows[1:]) == expected_csv(oracle, columns(oracle))
    assert state["rows"] >= 2000


def test_bulk_resume_reuses_the_job_after_a_failed_download(token_dir, emu, oracle):
    out = token_dir / "bulk-resumed.csv"
    emu.add_fault("500", path="/crm/bulk/v6/read/*/result", method="GET", count=1)
    failed = run("records", "export", "Leads", "--via", "bulk", "-o", str(out), "--emulator", emu.base_url,
                 cwd=token_dir)
    assert failed.returncode == 1
    assert "HTTP 500 INTERNAL_ERROR" in failed.stderr.splitlines()[-1]
    job = json.loads(Path(str(out) + ".checkpoint.json").read_text())["cursor"]["job"]
    done = run("records", "export", "Leads", "--via", "bulk", "-o", str(out), "--resume", "--emulator",
               emu.base_url, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    assert "created" not in done.stderr  # the first run's job, not a new one
    rows = read_csv(out)
    assert sorted(rows[1:]) == expected_csv(oracle, columns(oracle))
    assert job


def test_resume_refuses_a_checkpoint_of_another_export(token_dir, emu):
    out = token_dir / "other.csv"
    emu.add_fault("500", path="/crm/v6/Leads", method="GET", count=1)
    failed = run("records", "export", "Leads", "-o", str(out), "--emulator", emu.base_url, cwd=token_dir)
    assert failed.returncode == 1
    done = run("records", "export", "Leads", "--fields", "Last_Name", "-o", str(out), "--resume", "--emulator",
               emu.base_url, cwd=token_dir)
    assert done.returncode == 2
    assert "belongs to another export" in error_line(done)


def test_concurrency_429s_are_waited_out(token_dir, emu):
    # more 429s in a row than the SDK's own retries: the command backs off and goes on
    emu.add_fault("429", path="/crm/v6/Leads", method="GET", count=8, retry_after=0)
    out = token_dir / "patient.csv"
    done = export(token_dir, emu, "--fields", "Last_Name", "-o", str(out))
    assert "429 (concurrency limit); backing off" in done.stderr
    assert len(read_csv(out)) - 1 == LEADS


@pytest.mark.parametrize("args, code, text", [
    (["Leadz", "-o", "x.csv"], 1, "INVALID_MODULE"),
    (["Leads", "--fields", "Last_Name,Nope", "-o", "x.csv"], 2, "Leads has no field Nope"),
    (["Leads", "--criteria", "(Last_Name:equal", "-o", "x.csv"], 2, "--criteria: expected Field:operator:value"),
    (["Leads", "--criteria", "(Last_Name:like:x)", "-o", "x.csv"], 2, "unknown operator 'like'"),
    (["Leads", "--criteria", "(Nope:equals:x)", "-o", "x.csv"], 2, "--criteria names fields Leads does not have"),
    (["Leads", "--via", "search", "-o", "x.csv"], 2, "--via search needs --criteria"),
    (["Leads"], 2, "the following arguments are required: -o/--output"),
    (["Leads", "-o", "x.csv", "--format", "xml"], 2, "invalid choice: 'xml'"),
])
def test_errors_are_one_line_with_the_documented_exit_code(token_dir, emu, args, code, text):
    done = run("records", "export", *args, "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == code, done.stderr
    assert text in error_line(done)
    assert "Traceback" not in done.stderr


def test_debug_adds_the_traceback(token_dir, emu):
    done = run("records", "export", "Leadz", "-o", "x.csv", "--debug", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and done.stderr.rstrip().splitlines()[-1].startswith("zoho-crm: error: ")


def test_no_token_is_a_usage_error(tmp_path, emu):
    done = run("records", "export", "Leads", "-o", "x.csv", "--emulator", emu.base_url, cwd=tmp_path)
    assert done.returncode == 2
    assert "run `zoho-crm auth exchange` first" in error_line(done)
