#!/usr/bin/env python3
"""Write zohocrmsdk/emulator/services/generic/table.py: the operations the emulator answers generically.

    python tools/gen_emulator_surface.py [--inventory tests/data/api_surface.json]

For every operation of the inventory that no dedicated service answers, one row: HTTP method,
path template, the JSON key the success class reads, the shape of that key's value and the
success status. Which operations the dedicated services answer is read from the services: the
SDK packages a service answers in full (``PACKAGES`` of its routes module) and, for the rest, the
rows of the route tables (`zohocrmsdk.emulator.services.ROUTES`) that answer an operation's path
and method. The output is committed and is the emulator's own
data from then on.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "zohocrmsdk", "emulator", "services", "generic", "table.py")
sys.path.insert(0, ROOT)

from zohocrmsdk.emulator.core.routing import Router  # noqa: E402
from zohocrmsdk.emulator.services import PACKAGES, ROUTES  # noqa: E402

# Services whose rows are all parameters past the module ({module}/{id}/{related}): the table's
# more literal templates of other packages (``{module}/{id}/Emails``, ``Entity_Scores__s``) refine them.
REFINED_BY_TABLE = {"records", "related"}
_PARAM = re.compile(r"\{([a-z_]+)\}")


def _sample(template: str) -> str:
    return _PARAM.sub(lambda m: "Leads" if "module" in m.group(1) else "1234567890", template)


def dedicated(verb: str, template: str, router: Router) -> bool:
    """True if a dedicated service's row answers `verb template`."""
    found, _ = router.match(verb, _sample(template))
    return found is not None
# operations whose success class is not the only / obvious implementer of the returned interface
SUCCESS_OVERRIDES = {
    ("profiles", "delete_profile"): "SuccessResponse",
    ("user_groups", "get_sources"): "SourcesWrapper",
    ("user_groups", "get_sources_count"): "SourcesCountWrapper",
    ("user_groups", "get_associations"): "AssociationWrapper",
    ("user_groups", "get_associated_users_count"): "AssociatedUserCount",
    ("users", "get_associated_groups"): "AssociatedGroupsWrapper",
    ("territories", "get_associated_user_count"): "AssociatedUsersCountWrapper",
    ("tags", "get_record_count_for_tag"): "CountResponseWrapper",
    ("backup", "get_urls"): "UrlsWrapper",
    ("backup", "history"): "HistoryWrapper",
    ("backup", "download_backed_up_data"): "FileBodyWrapper",
    ("bulk_read", "download_result"): "FileBodyWrapper",
    ("currencies", "enable_base_currency"): "BaseCurrencyActionWrapper",
    ("currencies", "update_base_currency"): "BaseCurrencyActionWrapper",
    ("org", "get_org_photo"): "FileBodyWrapper",
    ("attachments", "get_attachment"): "FileBodyWrapper",
}
STATUS = {"POST": 201, "PUT": 200, "PATCH": 200, "DELETE": 200, "GET": 200}


def success_class(package: dict, pkg: str, method: dict) -> str:
    ref = method["returns"]["class_ref"]
    impl = [n for n, m in package["models"].items() if ref in m.get("bases", []) and n != "APIException"]
    if (pkg, method["name"]) in SUCCESS_OVERRIDES:
        return SUCCESS_OVERRIDES[(pkg, method["name"])]
    if len(impl) == 1:
        return impl[0]
    for preferred in ("ResponseWrapper", "ActionWrapper"):
        if preferred in impl:
            return preferred
    raise SystemExit(f"ambiguous success class for {pkg}.{method['name']}: {impl}")


def shape_of(model: dict) -> tuple:
    """(key, shape) of the member the success class is read from."""
    fields = model["fields"]
    keys = [f["key"] for f in fields]
    if "file" in keys and len(keys) == 1:
        return "file", "file"
    if set(keys) >= {"code", "status", "message"}:
        return "", "bare"
    rest = [f for f in fields if f["key"] != "info"]
    lists = [f for f in rest if f["spec_type"] == "TCollections" and f.get("structure")]
    main = (lists or rest)[0]
    if main["key"] == "count" and main["spec_type"] in ("TString", "TLongString", "TLong"):
        return "count", "count"
    if main["spec_type"] == "TCollections":
        return main["key"], "list"
    return main["key"], "one"


def rows(inventory: dict) -> list:
    out = []
    router = Router([r for r in ROUTES if r.service not in REFINED_BY_TABLE | {"generic"}])
    for pkg, package in inventory["packages"].items():
        if pkg in PACKAGES:
            continue
        for ops in package["operations"]:
            for method in ops["methods"]:
                if dedicated(method["http_method"], method["path"], router):
                    continue
                name = success_class(package, pkg, method)
                key, shape = shape_of(package["models"][name])
                verb = method["http_method"]
                status = STATUS[verb]
                if verb == "POST" and ("/actions/" in method["path"] or "/action/" in method["path"]):
                    status = 200
                out.append((verb, method["path"], key, shape, status, f"{pkg}.{method['name']}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inventory", default=os.path.join(ROOT, "tests", "data", "api_surface.json"))
    args = parser.parse_args()
    with open(args.inventory, encoding="utf-8") as handle:
        inventory = json.load(handle)
    table = rows(inventory)
    text = ('"""Operations answered by the generic collection (written by tools/gen_emulator_surface.py).\n\n'
            "Rows: (HTTP method, path template, JSON key of the success wrapper, shape of its value,\n"
            'success status, package.operation).\n"""\n\nROWS = [\n'
            + "".join("    %r,\n" % (row,) for row in table) + "]\n")
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"{len(table)} rows -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
