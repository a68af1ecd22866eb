"""`zoho-crm coql`, `--help`, `python -m zohocrmsdk`, environment variables and exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.cli_helpers import error_line, run


def test_coql_prints_a_table_of_the_expected_rows(token_dir, emu):
    done = run("coql", "select Last_Name, No_of_Employees, Lead_Source from Leads where No_of_Employees < 3 "
               "order by No_of_Employees asc", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["id", "Last_Name", "No_of_Employees", "Lead_Source"]
    assert [line.split()[1:] for line in lines[1:]] == [["Nöel", "0", "0", "Partner"], ["Nöel", "1", "1", "Web", "Research"],
                                                        ["Nöel", "2", "2", "Cold", "Call"]]
    assert done.stderr.strip() == "3 rows"


def test_coql_json_lines_page_past_one_call(token_dir, emu):
    done = run("coql", "--json", "select Last_Name, No_of_Employees from Leads where No_of_Employees < 3000",
               "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 3000 and len({r["id"] for r in rows}) == 3000  # two calls of 2,000 at most
    assert sorted(r["No_of_Employees"] for r in rows) == list(range(3000))
    assert all(r["Last_Name"] == f"Nöel {r['No_of_Employees']}" for r in rows)


def test_coql_errors_are_one_line(token_dir, emu):
    done = run("coql", "select Nope from Leads where Nope = 1", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 1
    assert "INVALID_QUERY" in error_line(done)
    done = run("coql", "delete from Leads", "--emulator", emu.base_url, cwd=token_dir)
    assert done.returncode == 2 and "COQL queries start with `select`" in error_line(done)


def test_connection_options_come_from_environment_variables(token_dir, emu, tmp_path):
    env = {"ZOHO_EMULATOR_URL": emu.base_url, "ZOHO_TOKEN_FILE": str(token_dir / "sdk_tokens.txt"),
           "ZOHO_USER": "patricia.boyle@zylker.com"}
    done = run("coql", "--json", "select Last_Name from Leads where No_of_Employees = 5", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["Last_Name"] == "Nöel 5"
    done = run("coql", "select Last_Name from Leads where No_of_Employees = 5", cwd=tmp_path,
               env=dict(env, ZOHO_USER="someone@else.example"))
    assert done.returncode == 2 and "no token for user 'someone@else.example'" in error_line(done)
    done = run("coql", "select Last_Name from Leads where No_of_Employees = 5", cwd=tmp_path,
               env=dict(env, ZOHO_DC="mars"))
    assert done.returncode == 2 and "unknown data centre" in error_line(done)


@pytest.mark.parametrize("command", [["auth", "exchange"], ["auth", "list"], ["auth", "revoke"],
                                     ["records", "export"], ["coql"]])
def test_every_command_has_help_with_defaults_and_an_example(tmp_path, command):
    done = run(*command, "--help", cwd=tmp_path)
    assert done.returncode == 0
    text = " ".join(done.stdout.split())  # argparse wraps lines
    assert "default: us" in text and "default: sdk_tokens.txt" in text and "default: production" in text
    assert "example" in text and "zoho-crm " + " ".join(command) in text


def test_python_dash_m_runs_the_same_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "zohocrmsdk", "--help"], capture_output=True, text=True,
                          cwd=str(tmp_path), timeout=60)
    assert done.returncode == 0 and "records" in done.stdout and "coql" in done.stdout


@pytest.mark.parametrize("args, text", [([], "usage: zoho-crm"), (["bogus"], "invalid choice: 'bogus'"),
                                        (["records", "export", "Leads", "-o", "x", "--nope"], "unrecognized")])
def test_usage_errors_exit_2(tmp_path, args, text):
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert text in done.stderr
