"""Every official module path imports and exposes the official names; imports stay lazy."""
import importlib
import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
INVENTORY = json.load(open(os.path.join(HERE, "..", "data", "api_surface.json"), encoding="utf-8"))
MODULES = INVENTORY["modules"]


def test_every_official_module_path_is_a_real_file_with_its_names():
    missing = []
    for path, entry in MODULES.items():
        module = importlib.import_module(path)
        assert module.__file__ and os.path.exists(module.__file__), path
        for name in entry["defines"]:
            value = getattr(module, name, None)
            if value is None:
                missing.append(path + "." + name)
            elif isinstance(value, type):
                assert value.__module__ == path, (path, name, value.__module__)
        if entry["kind"] == "package":
            for name in entry["imports"]:
                if getattr(module, name, None) is None:
                    missing.append(path + ":" + name)
    assert not missing, missing[:20]
    assert len(MODULES) == 1408


def _fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_initializer_loads_no_api_package_and_no_mysql_or_redis():
    out = _fresh(
        "import sys\n"
        "from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer\n"
        "from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore, FileStore, RedisStore\n"
        "from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken\n"
        "from zohocrmsdk.src.com.zoho.crm.api.dc import USDataCenter\n"
        "api = 'zohocrmsdk.src.com.zoho.crm.api.'\n"
        "core = {'util', 'dc', 'exception'}\n"
        "loaded = sorted({m[len(api):].split('.')[0] for m in sys.modules if m.startswith(api)} - core)\n"
        "print([m for m in loaded if '_' not in m or m in ('bulk_write','record')])\n"
        "print(any(m.startswith(('mysql', 'redis')) for m in sys.modules))\n")
    packages, mysql = out.splitlines()
    api_packages = set(INVENTORY["packages"])
    loaded = set(eval(packages))
    assert not (loaded & api_packages), loaded
    assert mysql == "False"


def test_importing_one_package_loads_no_other_api_package():
    out = _fresh(
        "import sys\n"
        "from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations, ResponseWrapper, APIException\n"
        "api = 'zohocrmsdk.src.com.zoho.crm.api.'\n"
        "print(sorted({m[len(api):].split('.')[0] for m in sys.modules if m.startswith(api)}))\n")
    loaded = set(eval(out)) & set(INVENTORY["packages"])
    assert loaded == {"org"}, loaded


def test_generator_reproduces_the_committed_declarations(tmp_path):
    root = os.path.join(HERE, "..", "..")
    done = subprocess.run([sys.executable, os.path.join(root, "tools", "generate.py"), "--check"],
                          capture_output=True, text=True, timeout=300, cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr


def _base_packages(pkg: str) -> set:
    """Packages of the official base classes of pkg's models, transitively: a subclass cannot
    exist without its base, so these are the only other packages an import may load."""
    prefix = "zohocrmsdk.src.com.zoho.crm.api."
    todo, seen = [pkg], set()
    while todo:
        name = todo.pop()
        if name in seen or name not in INVENTORY["packages"]:
            continue
        seen.add(name)
        for model in INVENTORY["packages"][name]["models"].values():
            for base in model.get("bases", ()):
                if base.startswith(prefix):
                    todo.append(base[len(prefix):].rpartition(".")[0])
    return seen


def test_each_package_loads_only_itself_and_its_base_classes_packages():
    """Every one of the 91 packages, each in a fresh interpreter (forked from one that has only
    the runtime loaded): importing it and touching every exported name loads no other API
    package except those holding the official base classes of its models."""
    script = (
        "import importlib, json, os, sys\n"
        "import zohocrmsdk.src.com.zoho.crm.api.initializer\n"
        "api = 'zohocrmsdk.src.com.zoho.crm.api.'\n"
        "names = json.loads(sys.argv[1])\n"
        "out = {}\n"
        "for pkg in names:\n"
        "    read, write = os.pipe()\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        os.close(read)\n"
        "        module = importlib.import_module(api + pkg)\n"
        "        for name in module.__all__:\n"
        "            getattr(module, name)\n"
        "        loaded = sorted({m[len(api):].split('.')[0] for m in sys.modules if m.startswith(api)})\n"
        "        os.write(write, json.dumps(loaded).encode())\n"
        "        os._exit(0)\n"
        "    os.close(write)\n"
        "    with os.fdopen(read) as fh:\n"
        "        out[pkg] = json.loads(fh.read() or 'null')\n"
        "    os.waitpid(pid, 0)\n"
        "print(json.dumps(out))\n")
    packages = sorted(INVENTORY["packages"])
    out = json.loads(_fresh_args(script, json.dumps(packages)))
    assert sorted(out) == packages and len(packages) == 91
    wrong = {}
    for pkg, loaded in out.items():
        api_loaded = set(loaded or ()) & set(packages)
        if pkg not in api_loaded or not api_loaded <= _base_packages(pkg):
            wrong[pkg] = sorted(api_loaded - _base_packages(pkg)) or loaded
    assert not wrong, wrong
    # the rule is not vacuous: most packages stand alone, a few pull in their bases' package
    assert sum(len(set(v) & set(packages)) == 1 for v in out.values()) >= 80


def _fresh_args(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
