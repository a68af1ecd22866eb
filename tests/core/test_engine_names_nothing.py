"""The engine (``util/``) names no Zoho module, SDK package, API path or declared class: each such
fact is a declaration (an operation, a model member, ``implicit_requests``), an ``Environment``
method or an entry of the official ``Constants`` table. This test reads the engine's source."""
import ast
import json
import os

import pytest

from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UTIL = os.path.join(ROOT, "zohocrmsdk", "src", "com", "zoho", "crm", "api", "util")
# Declarations that live in util/: the official constants table and the by-name field rules.
DECLARATIONS = {"constants.py", "field_metadata.py"}


def _engine_files():
    for folder, _, names in os.walk(UTIL):
        for name in sorted(names):
            path = os.path.join(folder, name)
            if name.endswith(".py") and os.path.relpath(path, UTIL) not in DECLARATIONS:
                yield path


def _declared_class_names():
    with open(os.path.join(ROOT, "tests", "data", "api_surface.json")) as f:
        modules = json.load(f)["modules"]
    names = set()
    for path, entry in modules.items():
        package, dot, _ = path.partition(".crm.api.")[2].partition(".")
        if dot and package not in ("dc", "exception", "util") and entry["kind"] == "module":
            names.update(entry["defines"])  # the classes of the API packages (record.Record...)
    return names


ZOHO_MODULES = set(Constants.DEFAULT_MODULE_NAME_VS_API_NAME) | set(Constants.DEFAULT_MODULE_NAME_VS_API_NAME.values())
CLASSES = _declared_class_names()


def _offence(text: str):
    if "zohocrmsdk." in text or "/crm/" in text or "zohoapis" in text:
        return "a package, API path or host"
    if text in ZOHO_MODULES:
        return "a Zoho module"
    if text in CLASSES or ("." in text and text.rpartition(".")[2] in CLASSES):
        return "a declared class name"
    return None


def _literals(path):
    with open(path) as f:
        tree = ast.parse(f.read())
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    imports = {id(n) for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom)) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                and id(node) not in imports:
            yield node.lineno, node.value


@pytest.mark.parametrize("path", list(_engine_files()), ids=lambda p: os.path.relpath(p, UTIL))
def test_engine_module_names_nothing(path):
    found = ["%s:%d %r is %s" % (os.path.basename(path), line, text, why)
             for line, text in _literals(path) for why in [_offence(text)] if why]
    assert not found, "\n".join(found)


def test_the_check_sees_what_it_forbids(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('"""Doc naming zohocrmsdk.src is fine."""\nA = "/crm/v6/coql"\nB = "deals"\nC = "FileBodyWrapper"\nD = ".record.Field"\n')
    assert [why for _, text in _literals(str(probe)) for why in [_offence(text)] if why] == [
        "a package, API path or host", "a Zoho module", "a declared class name", "a declared class name"]
