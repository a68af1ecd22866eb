"""Every sample in samples/record runs against the emulator and prints the expected success objects.

Each sample is run as a script (``python samples/record/<name>.py``, a fresh process with the
emulator started in-process by ``_setup.py``), with a bounded timeout. A sample passes only if it
exits 0, prints no error branch (``Status: error``) and prints the lines its success branch
produces, e.g. one ``Message: record added`` per created record.
"""
import os
import re
import subprocess
import sys

import pytest

from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "samples", "record")
TIMEOUT = 120

METHODS = ["get_record", "update_record", "delete_record", "get_records", "create_records", "update_records",
           "delete_records", "upsert_records", "get_deleted_records", "search_records", "get_photo",
           "upload_photo", "delete_photo", "mass_update_records", "get_mass_update_status",
           "assign_territories_to_multiple_records", "assign_territory_to_record",
           "remove_territories_from_multiple_records", "remove_territories_from_record", "record_count",
           "get_record_using_external_id", "update_record_using_external_id", "delete_record_using_external_id"]

ID = r"\d{6,}"
# sample -> {regex: exact number of matches}
EXPECTED = {
    "get_record": {r"^Status Code: 200$": 1, r"^Record ID: " + ID + "$": 1, r"^Company : Zylker$": 1,
                   r"^Last_Name : Sample 1$": 1},
    "update_record": {r"^Status Code: 200$": 1, r"^Status: success$": 1, r"^Message: record updated$": 1},
    "delete_record": {r"^Status Code: 200$": 1, r"^Status: success$": 1, r"^Message: record deleted$": 1},
    "get_records": {r"^Status Code: 200$": 1, r"^Record ID: " + ID + "$": 3, r"^Record Info Count: 3$": 1,
                    r"^Record Info MoreRecords: False$": 1},
    "create_records": {r"^Status Code: 201$": 1, r"^Status: success$": 2, r"^Message: record added$": 2,
                       r"^id : " + ID + "$": 2},
    "update_records": {r"^Status Code: 200$": 1, r"^Message: record updated$": 2},
    "delete_records": {r"^Status Code: 200$": 1, r"^Message: record deleted$": 2},
    "upsert_records": {r"^Status Code: 200$": 1, r"^Message: record updated$": 1, r"^Message: record added$": 1},
    "get_deleted_records": {r"^Status Code: 200$": 1, r"^DeletedRecord ID: " + ID + "$": 2,
                            r"^DeletedRecord Type: recycle$": 2, r"^DeletedRecord Info Count: 2$": 1},
    "search_records": {r"^Status Code: 200$": 1, r"^Record ID: " + ID + "$": 2, r"^Record Info Count: 2$": 1},
    "get_photo": {r"^Status Code: 200$": 1, r"^File Name: photo\.png$": 1, r"^File saved: .+ \(70 bytes\)$": 1},
    "upload_photo": {r"^Status Code: 200$": 1, r"^Message: photo uploaded successfully$": 1},
    "delete_photo": {r"^Status Code: 200$": 1, r"^Message: Photo deleted$": 1},
    "mass_update_records": {r"^Status Code: 200$": 1, r"^Message: record updated$": 3},
    "get_mass_update_status": {r"^Status Code: 200$": 1, r"^MassUpdate Status: COMPLETED$": 1,
                               r"^MassUpdate UpdatedCount: 3$": 1, r"^MassUpdate TotalCount: 3$": 1},
    "assign_territories_to_multiple_records": {r"^Status Code: 200$": 1,
                                               r"^Message: the territories data updated successfully$": 2},
    "assign_territory_to_record": {r"^Status Code: 200$": 1,
                                   r"^Message: the territories data updated successfully$": 1},
    "remove_territories_from_multiple_records": {r"^Status Code: 200$": 1,
                                                 r"^Message: the territories are removed successfully$": 2},
    "remove_territories_from_record": {r"^Status Code: 200$": 1,
                                       r"^Message: the territories are removed successfully$": 1},
    "record_count": {r"^Status Code: 200$": 1, r"^Record Count: 4$": 1},
    "get_record_using_external_id": {r"^Status Code: 200$": 1, r"^Record ID: " + ID + "$": 1,
                                     r"^External_Lead_ID : ext-[0-9a-f]{10}$": 1},
    "update_record_using_external_id": {r"^Status Code: 200$": 1, r"^Message: record updated$": 1},
    "delete_record_using_external_id": {r"^Status Code: 200$": 1, r"^Message: record deleted$": 1},
}


def run_sample(name, extra_env=None):
    env = dict(os.environ)
    env.pop("ZOHO_EMULATOR_URL", None)
    env.update(extra_env or {})
    return subprocess.run([sys.executable, os.path.join(SAMPLES, name + ".py")], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                          universal_newlines=True)


def check_output(name, done):
    assert done.returncode == 0, "{} exited {}\n{}\n{}".format(name, done.returncode, done.stdout, done.stderr)
    assert "Status: error" not in done.stdout, done.stdout
    for pattern, count in EXPECTED[name].items():
        found = len(re.findall(pattern, done.stdout, re.MULTILINE))
        assert found == count, "{}: expected {} line(s) matching {!r}, got {}\n{}".format(
            name, count, pattern, found, done.stdout)


def test_one_sample_per_record_operation():
    public = sorted(n for n in vars(RecordOperations) if not n.startswith("_") and not n.startswith("iter_"))
    assert sorted(METHODS) == public
    files = sorted(f[:-3] for f in os.listdir(SAMPLES) if f.endswith(".py") and not f.startswith("_"))
    assert files == sorted(METHODS)
    assert set(EXPECTED) == set(METHODS)


@pytest.mark.parametrize("name", METHODS)
def test_sample_runs_against_the_emulator(name):
    check_output(name, run_sample(name))


def test_sample_against_an_already_running_emulator():
    """ZOHO_EMULATOR_URL points the helper at a running emulator instead of starting one."""
    with Emulator.running() as emu:
        done = run_sample("get_records", {"ZOHO_EMULATOR_URL": emu.base_url})
        check_output("get_records", done)
        assert emu.token_requests("authorization_code") == 1
        assert emu.stats()["by_route"].get("records", 0) >= 2  # create + list went to this emulator
