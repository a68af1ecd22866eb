"""Module namespaces: every name an official module exposes because it imports it (``from
...record.record_operations import APIResponse``, ``...tags.tag import SDKException``) is exposed
by ours, listed by ``dir()`` and declared in the module's stub; serving them loads nothing on
import."""
import importlib
import json
import os
import subprocess
import sys

from tests.conformance.surface import API, ROOT

with open(os.path.join(ROOT, "tests", "data", "api_surface.json"), encoding="utf-8") as _fh:
    MODULES = json.load(_fh)["modules"]


def _imported(entry):
    return [n for n in entry["imports"] if n[:1].isupper() and n not in entry["defines"]]


def test_every_name_an_official_module_imports_is_exposed_and_listed():
    missing, unlisted, total = [], [], 0
    for path, entry in MODULES.items():
        if entry["kind"] != "module":
            continue
        module = importlib.import_module(path)
        listed = set(dir(module))
        for name in _imported(entry):
            total += 1
            if getattr(module, name, None) is None:
                missing.append(path + ":" + name)
            elif name not in listed:
                unlisted.append(path + ":" + name)
    assert total > 2800
    assert not missing, missing[:20]
    assert not unlisted, unlisted[:20]


def test_the_names_are_the_official_objects():
    from zohocrmsdk.src.com.zoho.crm.api.record import record_operations
    from zohocrmsdk.src.com.zoho.crm.api.users import api_exception
    from zohocrmsdk.src.com.zoho.crm.api.tags import tag
    from zohocrmsdk.src.com.zoho.crm.api.util import APIResponse, Choice
    from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
    from zohocrmsdk.src.com.zoho.crm.api.util.common_api_handler import CommonAPIHandler
    from zohocrmsdk.src.com.zoho.crm.api.record.record import Record
    from zohocrmsdk.src.com.zoho.crm.api.users import users
    assert record_operations.APIResponse is APIResponse and record_operations.CommonAPIHandler is CommonAPIHandler
    assert users.Record is Record
    assert api_exception.Choice is Choice and tag.SDKException is SDKException


def test_every_name_is_in_the_module_stub():
    missing = []
    for path, entry in MODULES.items():
        if entry["kind"] != "module" or not path.startswith(API + "."):
            continue
        stub = os.path.join(ROOT, *path.split(".")) + ".pyi"
        if not os.path.exists(stub):
            continue  # the engine's own modules have no stubs
        with open(stub, encoding="utf-8") as handle:
            text = handle.read()
        missing += [path + ":" + n for n in _imported(entry) if " import {} as {}\n".format(n, n) not in text]
    assert not missing, missing[:20]


def test_importing_a_module_loads_no_other_api_package_and_not_the_table():
    code = ("import sys\n"
            "from zohocrmsdk.src.com.zoho.crm.api.record import record_operations\n"
            "from zohocrmsdk.src.com.zoho.crm.api.tags import tag\n"
            "api = 'zohocrmsdk.src.com.zoho.crm.api.'\n"
            "print(sorted({m[len(api):].split('.')[0] for m in sys.modules if m.startswith(api)}))\n"
            "print(api + 'official_names_table' in sys.modules)\n"
            "tag.SDKException\n"
            "print(api + 'official_names_table' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    packages, before, after = done.stdout.split("\n")[:3]
    with open(os.path.join(ROOT, "tests", "data", "api_surface.json"), encoding="utf-8") as fh:
        api_packages = set(json.load(fh)["packages"])
    assert set(eval(packages)) & api_packages == {"record", "tags"}
    assert (before, after) == ("False", "True")
