"""The package samples (samples/<package>/*.py) run against the emulator and print exactly what we expect.

One sample per package named in the official README's response section. Each runs as a script in a
fresh process (the emulator is started in-process by ``samples/sample_env.py``) and its output, with
ids and timestamps replaced by ``<ID>`` and ``<TIME>``, must equal
``tests/samples/package_outputs/<package>.txt`` line for line. Regenerate those files only after
checking a changed output by hand: ``ZOHO_SAMPLES_REGENERATE=1 python -m pytest tests/samples/test_package_samples.py``.
"""
import os
import re
import subprocess
import sys

import pytest

from zohocrmsdk.emulator.testing import Emulator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXPECTED_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "package_outputs")
TIMEOUT = 120

# package -> sample script, and the response classes of the README's response section it must use
SAMPLES = {
    "tags": ("tags_operations.py", ["RecordActionWrapper", "RecordSuccessResponse", "CountResponseWrapper"]),
    "currencies": ("currencies_operations.py", ["BaseCurrencyActionWrapper"]),
    "bulk_write": ("bulk_write_operations.py", ["BulkWriteResponse", "FileBodyWrapper"]),
    "backup": ("backup_operations.py", ["HistoryWrapper", "UrlsWrapper", "FileBodyWrapper"]),
    "user_groups": ("user_groups_operations.py", ["SourcesCountWrapper", "SourcesWrapper"]),
    "users_territories": ("users_territories_operations.py", ["ValidationWrapper", "Validation",
                                                              "TransferActionWrapper"]),
    "business_hours": ("business_hours_operations.py", ["ActionWrapper", "get_business_hours()"]),
    "mass_delete_cvid": ("mass_delete_operations.py", ["CvidBodyWrapper", "job_id"]),
    "mail_merge": ("mail_merge_operations.py", ["SignActionWrapper", "FileBodyWrapper"]),
    "share_records": ("share_records_operations.py", ["DeleteActionWrapper"]),
    "territories": ("territories_operations.py", ["ActionWrapper", "SuccessResponse"]),
    "pipeline": ("pipeline_operations.py", ["TransferPipelineActionWrapper", "TransferPipelineSuccessResponse"]),
}

_ID = re.compile(r"\b\d{13,}\b")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?")


def normalise(text):
    return _TIME.sub("<TIME>", _ID.sub("<ID>", text))


def run_sample(package, extra_env=None):
    env = dict(os.environ)
    env.pop("ZOHO_EMULATOR_URL", None)
    env.update(extra_env or {})
    script = os.path.join(ROOT, "samples", package, SAMPLES[package][0])
    return subprocess.run([sys.executable, script], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=TIMEOUT, universal_newlines=True)


def check(package, done):
    assert done.returncode == 0, "{} exited {}\n{}\n{}".format(package, done.returncode, done.stdout, done.stderr)
    got = normalise(done.stdout)
    path = os.path.join(EXPECTED_DIR, package + ".txt")
    if os.environ.get("ZOHO_SAMPLES_REGENERATE"):
        with open(path, "w") as handle:
            handle.write(got)
    with open(path) as handle:
        expected = handle.read()
    assert got.splitlines() == expected.splitlines()


def test_every_readme_package_has_a_sample():
    folders = sorted(name for name in os.listdir(os.path.join(ROOT, "samples"))
                     if os.path.isdir(os.path.join(ROOT, "samples", name)) and name in SAMPLES)
    assert folders == sorted(SAMPLES)
    for package, (script, classes) in SAMPLES.items():
        with open(os.path.join(ROOT, "samples", package, script)) as handle:
            source = handle.read()
        assert "from zohocrmsdk.src.com.zoho.crm.api." + package + " import" in source
        assert "isinstance(response_object, APIException)" in source
        for name in classes:
            assert name in source, (package, name)


@pytest.mark.parametrize("package", sorted(SAMPLES))
def test_sample_output(package):
    check(package, run_sample(package))


def test_sample_against_an_already_running_emulator():
    """ZOHO_EMULATOR_URL points the shared set-up at a running emulator instead of starting one."""
    with Emulator.running() as emu:
        check("backup", run_sample("backup", {"ZOHO_EMULATOR_URL": emu.base_url}))
        assert emu.token_requests("authorization_code") == 1
        routes = emu.stats()["by_route"]
        assert routes.get("backup", 0) >= 4 and routes.get("backup_file") == 1 and routes.get("backup_cancel") == 1
