#!/usr/bin/env python3
"""Bootstrap the API package declarations from the inventory of the official surface.

    python tools/generate.py [--inventory tests/data/api_surface.json]

It writes, for every API package, one small declaration file per official module path (models
as ``F(...)`` member lists, interfaces as candidate lists, operations as ``op(...)`` entries,
Param/Header holders as ``typed(...)`` items) plus a lazy ``__init__``, and ``util/constants.py``.
The output is committed: it is the project's source of truth from then on; re-running the
generator must reproduce it exactly (a test checks this).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Dict, List

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import PRIMITIVES  # noqa: E402
from zohocrmsdk.src.com.zoho.crm.api.util.operations import inferred, parse_args  # noqa: E402

API = "zohocrmsdk.src.com.zoho.crm.api"
API_DIR = os.path.join(ROOT, *API.split("."))
HEADER = "# Declarations of the official {} surface (bootstrapped by tools/generate.py).\n"
CHOICE = API + ".util.Choice"


def short(ref: str) -> str:
    """Class path relative to the API root (``users.MinifiedUser``); Choice as ``Choice``."""
    if ref == CHOICE:
        return "Choice"
    if ref.startswith(API + "."):
        return ref[len(API) + 1:]
    return ref


def lit(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def field_decl(f: Dict[str, Any], indent: str) -> str:
    t = f["type"]
    parts = [lit(f.get("attr", f["key"])), lit(short(t))]
    if f.get("attr", f["key"]) != f["key"]:
        parts.append("key=" + lit(f["key"]))
    sub = (f.get("sub_type") or {}).get("type")
    structure = f.get("structure_name")
    if t == "List":
        of = structure or sub
        if of is not None:
            parts.append("of=" + lit(short(of)))
        if structure is not None and sub is not None and sub != structure:
            raise SystemExit("unexpected sub_type/structure pair: %r" % f)
    elif sub is not None and t not in ("Map",):
        raise SystemExit("unexpected sub_type on %r" % f)
    implied_structure = t not in PRIMITIVES and t != CHOICE
    if t == "List":
        implied = (structure or sub) if (structure or sub) not in PRIMITIVES and (structure or sub) != CHOICE else None
        if (structure or None) != implied:
            parts.append("structure=" + lit(short(structure) if structure else None))
    elif (structure is not None) != implied_structure or (structure is not None and structure != t):
        parts.append("structure=" + lit(short(structure) if structure else None))
    if f.get("values"):
        parts.append("values=" + repr(tuple(f["values"])))
    if f.get("keys"):
        # map members without a JSON name can never match a key: they are left out
        inner = ",\n".join(indent + "    " + field_decl(k, indent + "    ") for k in f["keys"] if "key" in k)
        parts.append("keys=(\n" + inner + ",\n" + indent + ")")
    if f.get("interface"):
        parts.append("interface=True")
    if f.get("module"):
        parts.append("module=" + lit(f["module"]))
    if f.get("accessor"):
        parts.append("accessor=" + lit(f["accessor"]))
    if f.get("check_unresolved"):
        parts.append("check=None")  # the official setter names an unimported class (an official quirk)
    return "F(" + ", ".join(parts) + ")"


def model_source(gen: "Generation", pkg: str, name: str, m: Dict[str, Any],
                 local_classes: Dict[str, str]) -> (List[str], str):
    imports = []
    bases = []
    kv = m.get("storage") == "key_values"
    model_bases = []
    iface_bases = []
    for b in m["bases"]:
        if b == "object":
            continue
        bpkg, _, bname = short(b).rpartition(".")
        imports.append(gen.import_line(bpkg, bname))
        (iface_bases if gen.is_interface(b) else model_bases).append(bname)
    if model_bases:
        bases = model_bases + iface_bases
    else:
        base = "KeyValueModel" if kv else "Model"
        imports.append("from {}.util.model import {}".format(API, base))
        bases = [base] + iface_bases
    imports.append("from {}.util.model import F".format(API))
    body = ["class {}({}):".format(name, ", ".join(bases))]
    fields = m.get("fields", [])
    if fields:
        body.append("    _fields_ = (")
        for f in fields:
            body.append("        " + field_decl(f, "        ") + ",")
        body.append("    )")
    else:
        body.append("    _fields_ = ()")
    for method in m.get("methods", []):
        if method["name"] == "add_field_value":  # the class of the field names it takes
            body.append("    _field_class_ = " + lit(pkg + "." + method["args"][0]["type"]))
    return imports, "\n".join(body)


def constants_source(name: str, m: Dict[str, Any]) -> (List[str], str):
    nested = m["nested_constants"]
    returns = nested["returns"][0]
    groups = nested["groups"]
    lines = []
    imports = ["from {}.util.model import constant_group".format(API)]
    if returns == "Field":
        lines.append("class Field(object):")
        lines.append('    """A field API name, for ``Record.add_field_value``; ``Field.<Module>.<field>()`` '
                     'names the standard fields."""')
        lines.append("")
        lines.append("    def __init__(self, api_name):")
        lines.append("        self.__api_name = api_name")
        lines.append("")
        lines.append("    def get_api_name(self):")
        lines.append("        return self.__api_name")
        lines.append("")
        lines.append("    def __repr__(self):")
        lines.append('        return "Field({!r})".format(self.__api_name)')
        factory = "Field"
    else:
        imports.append("from {}.util.choice import Choice".format(API))
        lines.append("class {}(object):".format(name))
        lines.append('    """Allowed values of standard picklists, as ``Choice`` objects."""')
        factory = "Choice"
    lines.append("")
    lines.append("")
    lines.append("_GROUPS = {")
    for gname, members in groups.items():
        lines.append("    {}: {{".format(lit(gname)))
        for k, v in members.items():
            lines.append("        {}: {},".format(lit(k), lit(v)))
        lines.append("    },")
    lines.append("}")
    lines.append("for _group, _members in _GROUPS.items():")
    lines.append("    setattr({0}, _group, constant_group(_group, {1}, _members, {0}))".format(name, factory))
    return imports, "\n".join(lines)


def interface_source(name: str, i: Dict[str, Any]) -> (List[str], str):
    imports = ["from {}.util.model import Interface".format(API)]
    refs = ", ".join(lit(short(c)) for c in i["classes"])
    if len(i["classes"]) == 1:
        refs += ","
    return imports, "class {}(Interface):\n    _classes_ = ({})".format(name, refs)


def arg_spec(a: Dict[str, Any]) -> str:
    t = a.get("type")
    if a.get("type_ref"):
        t = short(a["type_ref"])
    spec = a["name"]
    if t:
        spec += ":" + t + ("?" if a.get("none_ok") else "")
    if "default" in a:
        if a["default"] is not None:
            raise SystemExit("unexpected default %r" % a)
        spec += "=None"
    return spec


def source_of(part) -> str:
    if part[0] in ("self", "arg"):
        return part[1]
    if part[0] == "lit":
        return "'" + part[1] + "'"  # a fixed value, quoted
    raise SystemExit("unexpected value source %r" % (part,))


# Methods we add to an official operations class (hand-written modules of the package).
EXTENSIONS = {
    ("record", "RecordOperations"): ("from {}.record.paging import iter_deleted_records, iter_records".format(API),
                                     ["iter_records = iter_records", "iter_deleted_records = iter_deleted_records"]),
}


def operations_source(pkg: str, o: Dict[str, Any]) -> (List[str], str):
    imports = ["from {}.util.operations import Operations, op".format(API)]
    lines = ["class {}(Operations):".format(o["class"])]
    init_args = o["init"]["args"]
    if init_args:
        lines.append("    _init_ = {}".format(lit(", ".join(arg_spec(a) for a in init_args))))
        if o["init"]["attrs"] and any(k != v for k, v in o["init"]["attrs"].items()):
            raise SystemExit("constructor attribute renamed: %r" % o["init"])
    else:
        lines.append('    _init_ = ""')
    for m in o["methods"]:
        kw = []
        if m["args"]:
            kw.append("args=" + lit(", ".join(arg_spec(a) for a in m["args"])))
        if m["returns"]["encode_type"] != "application/json":
            kw.append("encode=" + lit(m["returns"]["encode_type"]))
        implied = inferred(parse_args(", ".join(arg_spec(a) for a in m["args"])))
        for key in ("content_type", "request", "param", "header"):
            if (m.get(key) or None) != implied[key]:  # only what the argument types do not say
                kw.append("{}={}".format(key, lit(m.get(key) or None)))
        if m.get("mandatory_checker"):
            kw.append("mandatory=True")
        if m.get("module_api_name"):
            kw.append("module=" + lit(source_of(m["module_api_name"])))
        for u in m.get("utility", []):
            if u["fn"] == "get_fields":
                kw.append("fields=" + lit(source_of(u["args"][0])))
            elif u["fn"] == "get_related_lists":
                kw.append("related=({}, {})".format(lit(source_of(u["args"][0])), lit(source_of(u["args"][1]))))
            elif u["fn"] == "verify_photo_support":
                kw.append("photo=" + lit(source_of(u["args"][0])))
            else:
                raise SystemExit("unknown utility %r" % u)
        inject = []
        for kind, key in (("param", "add_params"), ("header", "add_headers")):
            for item in m.get(key) or []:
                inject.append("({}, {}, {}, {})".format(lit(kind), lit(item["name"]), lit(item["class_path"]),
                                                        lit(source_of(item["value"]))))
        if inject:
            kw.append("inject=(" + ", ".join(inject) + ",)")
        head = "    {} = op({}, {}, {}, {}".format(m["name"], lit(m["http_method"]), lit(m["path"]),
                                                 lit(m["category"]), lit(short(m["returns"]["class_ref"])))
        if kw:
            lines.append(head + ",")
            for i, k in enumerate(kw):
                lines.append("        " + k + ("," if i < len(kw) - 1 else ")"))
        else:
            lines.append(head + ")")
    extension = EXTENSIONS.get((pkg, o["class"]))
    if extension:
        imports.append(extension[0])
        lines.append("    # ours, not in the official SDK: lazy iteration over all pages")
        lines.extend("    " + line for line in extension[1])
    return imports, "\n".join(lines)


def holder_source(name: str, h: Dict[str, Any], kind: str) -> (List[str], str):
    base = "ParamHolder" if kind == "param" else "HeaderHolder"
    imports = ["from {}.util.holders import {}, typed".format(API, base)]
    if not h.get("class_path"):
        if h.get("items") or h.get("json_details_only"):
            raise SystemExit("holder without class path has items: %s" % name)
        return imports, "class {}({}):\n    pass".format(name, base)
    extras = ["class_path=" + lit(h["class_path"])]
    hidden = h.get("json_details_only") or []
    if hidden:
        extras.append("hidden=(" + ", ".join("typed({}, {})".format(lit(x["name"]), lit(short(x["type"])))
                                             for x in hidden) + ",)")
    lines = ["class {}({}, {}):".format(name, base, ", ".join(extras))]
    for item in h["items"]:
        t = short(item["type"])
        lines.append("    {} = typed({}{})".format(item["attr"], lit(item["name"]), "" if t == "String" else ", " + lit(t)))
    if not h["items"]:
        lines.append("    pass")
    return imports, "\n".join(lines)


class Generation(object):
    """The state of one run, handed to the emitters that need it: the module of every class, which
    classes are interfaces, and whether files are written or only compared (``--check``)."""

    def __init__(self, packages: Dict[str, Any], check_only: bool) -> None:
        self.check_only = check_only
        self.different: List[str] = []  # files that differ from the output (--check)
        self.module_of: Dict[str, Dict[str, str]] = {}
        self.interfaces = set()
        for pkg, p in packages.items():
            mods = self.module_of.setdefault(pkg, {})
            for name, m in p["models"].items():
                mods[name] = m["module"]
            for name, i in p["interfaces"].items():
                mods[name] = i["module"]
                self.interfaces.add(API + "." + pkg + "." + name)
            for o in p["operations"]:
                mods[o["class"]] = o["module"]
            for kind in ("params", "headers"):
                for name, h in p[kind].items():
                    mods[name] = h["module"]

    def is_interface(self, ref: str) -> bool:
        return ref in self.interfaces

    def import_line(self, pkg: str, name: str) -> str:
        return "from {}.{}.{} import {}".format(API, pkg, self.module_of[pkg][name], name)

    def write(self, path: str, text: str) -> None:
        if self.check_only:
            try:
                with open(path, encoding="utf-8") as handle:
                    same = handle.read() == text
            except OSError:
                same = False
            if not same:
                self.different.append(os.path.relpath(path, ROOT))
            return
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)


def render_module(pkg: str, pieces: List[tuple], hook: bool = False) -> str:
    imports: List[str] = []
    bodies = []
    for imp, body in pieces:
        for line in imp:
            if line not in imports:
                imports.append(line)
        bodies.append(body)
    own = {b.split("(")[0].split()[1] for b in bodies if b.startswith("class ")}
    merged: Dict[str, List[str]] = {}
    for line in imports:
        module, _, names = line[len("from "):].partition(" import ")
        for n in names.split(", "):
            if n not in own and n not in merged.setdefault(module, []):
                merged[module].append(n)
    imports = ["from {} import {}".format(m, ", ".join(sorted(ns))) for m, ns in merged.items() if ns]
    text = HEADER.format(pkg) + "\n".join(sorted(imports)) + "\n\n\n" + "\n\n\n".join(bodies) + "\n"
    return text + NAMES_HOOK if hook else text


NAMES_HOOK = ("\n\nfrom {}.official_names import module_names  # noqa: E402\n"
              "__getattr__, __dir__ = module_names(__name__)\n").format(API)
SHORT_PREFIX = "zohocrmsdk.src.com.zoho."


# Names several packages define, where an official module imports one from another package (facts
# read from the official modules), and the one name from outside the SDK.
CROSS_PACKAGE = {"Record": API + ".record.record", "Fields": API + ".fields.fields",
                 "Template": API + ".send_mail.template", "ABC": "abc"}


def imported_names(inv: Dict[str, Any]) -> Dict[str, Dict[str, str]]:
    """module -> {name: defining module} for the capitalised names each official module imports
    (``from ...util import APIResponse``): a name of the module's own package first, else the one
    module defining it, else ``CROSS_PACKAGE``."""
    defined_in: Dict[str, List[str]] = {}
    for module, m in inv["modules"].items():
        if m["kind"] == "module":
            for name in m["defines"]:
                defined_in.setdefault(name, []).append(module)
    out: Dict[str, Dict[str, str]] = {}
    for module, m in inv["modules"].items():
        if m["kind"] != "module":
            continue
        package = module.rpartition(".")[0]
        found = {}
        for name in m["imports"]:
            if not name[:1].isupper() or name in m["defines"]:
                continue
            where = defined_in.get(name, [])
            same = [w for w in where if w.rpartition(".")[0] == package]
            if same:
                found[name] = same[0]
            elif len(where) == 1:
                found[name] = where[0]
            elif name in CROSS_PACKAGE:
                found[name] = CROSS_PACKAGE[name]
        if found:
            out[module] = found
    return out


def names_table(imported: Dict[str, Dict[str, str]]) -> str:
    """The one compatibility table (``official_names_table.py``): per module its names, each
    resolved through SOURCES unless the module names its own source (``Name=module``)."""
    def short_of(module: str) -> str:
        return module[len(SHORT_PREFIX):] if module.startswith(SHORT_PREFIX) else module
    counts: Dict[str, Dict[str, int]] = {}
    for names in imported.values():
        for name, source in names.items():
            counts.setdefault(name, {}).setdefault(source, 0)
            counts[name][source] += 1
    sources = {name: max(sorted(c), key=lambda s: c[s]) for name, c in sorted(counts.items())}
    lines = [HEADER.format("module namespace").rstrip("\n"),
             '"""The names official modules expose because they import them, read by official_names.py only:',
             "IMPORTS maps a module (without the ``zohocrmsdk.src.com.zoho.`` prefix) to its names; a name",
             '``Name=module`` comes from that module, any other from ``SOURCES[Name]``."""', "",
             "SOURCES = {"]
    lines += ["    {}: {},".format(lit(n), lit(short_of(src))) for n, src in sources.items()]
    lines += ["}", "", "IMPORTS = {"]
    for module in sorted(imported):
        tokens = [n if src == sources[n] else "{}={}".format(n, short_of(src))
                  for n, src in sorted(imported[module].items())]
        lines.append("    {}: {},".format(lit(short_of(module)), lit(" ".join(tokens))))
    lines.append("}")
    return "\n".join(lines) + "\n"


def package_init(pkg: str, names: List[str], module_of: Dict[str, str]) -> str:
    lines = [HEADER.format(pkg).rstrip("\n"),
             '"""The ``{}`` API package; names load lazily, so importing it costs almost nothing."""'.format(pkg),
             "from {}.util.lazy import lazy_exports".format(API), "", "_EXPORTS = {"]
    for name in names:
        lines.append("    {}: {},".format(lit(name), lit(module_of[name])))
    lines.append("}")
    lines.append("__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)")
    return "\n".join(lines) + "\n"


def constants_module(constants: Dict[str, Any]) -> str:
    refs = {"str": "str", "list": "list", "int": "int", "dict": "dict", "float": "float", "datetime": "datetime",
            "date": "date", "bool": "bool", "time": "time"}

    def render(v):
        if isinstance(v, dict) and set(v) == {"$ref"}:
            return refs[v["$ref"]]
        if isinstance(v, dict):
            return "{" + ", ".join("{}: {}".format(lit(k), render(x)) for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(render(x) for x in v) + "]"
        return lit(v)
    lines = [HEADER.format("util.Constants").rstrip("\n"),
             '"""Named values of the official ``Constants`` class (facts: codes, messages, names)."""',
             "from datetime import date, datetime, time", "",
             "_VALUES = {"]
    for k, v in constants.items():
        lines.append("    {}: {},".format(lit(k), render(v)))
    lines += ["}", "", "", "class Constants(object):",
              '    """Attribute access to the values above (``Constants.DATA_TYPE_ERROR``)."""', "",
              "", "for _name, _value in _VALUES.items():", "    setattr(Constants, _name, _value)"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inventory", default=os.path.join(ROOT, "tests", "data", "api_surface.json"))
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = parser.parse_args()
    with open(args.inventory, encoding="utf-8") as handle:
        inv = json.load(handle)
    packages = inv["packages"]
    gen = Generation(packages, args.check)
    imported = imported_names(inv)
    for pkg, p in packages.items():
        by_module: Dict[str, List[tuple]] = {}
        for name, m in p["models"].items():
            piece = constants_source(name, m) if m["kind"] == "constants" else model_source(gen, pkg, name, m, {})
            by_module.setdefault(m["module"], []).append((name, piece))
        for name, i in p["interfaces"].items():
            by_module.setdefault(i["module"], []).append((name, interface_source(name, i)))
        for o in p["operations"]:
            by_module.setdefault(o["module"], []).append((o["class"], operations_source(pkg, o)))
        for kind in ("params", "headers"):
            for name, h in p[kind].items():
                by_module.setdefault(h["module"], []).append((name, holder_source(name, h, kind[:-1])))
        for module, pieces in by_module.items():
            defined = inv["modules"][API + "." + pkg + "." + module]["defines"]
            rank = {n: i for i, n in enumerate(defined)}
            pieces.sort(key=lambda item: rank.get(item[0], len(rank)))
            if sorted(n for n, _ in pieces) != sorted(defined):
                raise SystemExit("module %s.%s defines %s, generated %s" % (pkg, module, defined, [n for n, _ in pieces]))
            gen.write(os.path.join(API_DIR, pkg, module + ".py"),
                  render_module(pkg, [pc for _, pc in pieces], API + "." + pkg + "." + module in imported))
        exported = inv["modules"][API + "." + pkg]["imports"]
        gen.write(os.path.join(API_DIR, pkg, "__init__.py"), package_init(pkg, exported, gen.module_of[pkg]))
    gen.write(os.path.join(API_DIR, "util", "constants.py"), constants_module(inv["constants"]))
    gen.write(os.path.join(API_DIR, "official_names_table.py"), names_table(imported))
    if gen.check_only:
        if gen.different:
            print("declarations differ from the generator's output:", *gen.different[:20], sep="\n  ")
            return 1
        print("declarations match the inventory ({} packages)".format(len(packages)))
        return 0
    print("generated {} packages".format(len(packages)))


if __name__ == "__main__":
    sys.exit(main())
