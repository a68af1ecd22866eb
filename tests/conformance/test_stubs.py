"""The type stubs (tools/stubs.py) are in sync with the declarations, agree with the runtime
(mypy stubtest, which sees the runtime-generated accessors and operations), and type-check apps."""
import importlib.util
import json
import os
import subprocess
import sys

import pytest

from tests.conformance.surface import API, ROOT

sys.path.insert(0, os.path.join(ROOT, "tools"))
import stubs  # noqa: E402

API_DIR = os.path.join(ROOT, *API.split("."))
with open(os.path.join(ROOT, "tests", "data", "api_surface.json"), encoding="utf-8") as _fh:
    ALL_PACKAGES = sorted(json.load(_fh)["packages"])
needs_mypy = pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")


def test_stubs_are_in_sync_with_the_declarations():
    generated = stubs.stubs()
    assert len(generated) > 1000
    stale = []
    for rel, text in generated.items():
        try:
            with open(os.path.join(API_DIR, rel), encoding="utf-8") as handle:
                if handle.read() != text:
                    stale.append(rel)
        except OSError:
            stale.append(rel)
    assert not stale, "run python tools/stubs.py; stale: {}".format(stale[:10])


def _mypy_config(tmp_path):
    config = tmp_path / "mypy.ini"
    # the engine modules have no stubs; only the declarations' stubs are under test
    config.write_text("[mypy]\nfollow_imports = silent\nno_error_summary = True\n")
    return str(config)


@needs_mypy
def test_stubtest_on_every_package(tmp_path):
    assert len(ALL_PACKAGES) == 91
    result = subprocess.run([sys.executable, "-m", "mypy.stubtest", "--mypy-config-file", _mypy_config(tmp_path)]
                            + [API + "." + p for p in ALL_PACKAGES],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


APP = '''
import datetime
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import BodyWrapper, GetRecordsParam, Record, RecordOperations
from zohocrmsdk.src.com.zoho.crm.api.tags import Tag, TagsOperations
from zohocrmsdk.src.com.zoho.crm.api.users import MinifiedUser
from zohocrmsdk.src.com.zoho.crm.api.util import APIResponse, Choice

record = Record()
record.set_id(12)
owner = MinifiedUser()
owner.set_id(5)
record.set_created_by(owner)
tag = Tag()
tag.set_name("vip")
tag.set_color_code(Choice("#F17574"))
record.set_tag([tag])
created: "datetime.datetime | None" = record.get_created_time()
body = BodyWrapper()
body.set_data([record])
params = ParameterMap()
params.add(GetRecordsParam.per_page, 2)
response: APIResponse = RecordOperations("Leads").get_records(params)
TagsOperations().delete_tag(3)
'''

BAD_APP = '''
from zohocrmsdk.src.com.zoho.crm.api.record import Record, RecordOperations
from zohocrmsdk.src.com.zoho.crm.api.tags import Tag

Record().set_id("12")
Tag().get_name() + 1
RecordOperations("Leads").get_record("12")
RecordOperations("Leads").no_such_operation()
'''


@needs_mypy
def test_sample_apps_type_check_against_the_stubs(tmp_path):
    good, bad = tmp_path / "app.py", tmp_path / "bad_app.py"
    good.write_text(APP)
    bad.write_text(BAD_APP)
    base = [sys.executable, "-m", "mypy", "--config-file", _mypy_config(tmp_path), "--strict-optional"]
    result = subprocess.run(base + [str(good)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:]
    result = subprocess.run(base + [str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    lines = {line.split(":")[1] for line in result.stdout.splitlines() if "bad_app.py" in line and ": error:" in line}
    assert lines == {"5", "6", "7", "8"}, result.stdout[-4000:]  # every misuse is caught
