"""Rows of the generic collection, one per row of `table.ROWS` (the long tail of the API).

`table.ROWS` holds only operations no dedicated service answers (the generator,
tools/gen_emulator_surface.py, drops those by reading the dedicated route tables). Each row
becomes a route calling ``generic.handle`` with its position in the table; a parameter whose
name mentions a module is matched like a module name, so it shares precedence with the
dedicated ``{module}`` routes and the literal segments after it decide.

Settings-like collections (under ``/settings/`` and ``/org/``) also take the methods the table
does not list, and so do collections it does not name, so a collection the SDK only reads (or a
resource newer than the table) can still be filled by a test.
"""
from __future__ import annotations

import re
from typing import List, Set, Tuple

from ...core.routing import Route
from .table import ROWS

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
ACTION_WORDS = ("actions", "action")
OPEN = ("GET", "POST", "PUT", "PATCH", "DELETE")
ROOTS = ("settings", "org")  # settings-like resources: any collection under them can be filled
ANY_KEY = "*"  # the wrapper key is the collection's last segment


class Row:
    """One table row with what the generic collection needs to know about its template."""
    __slots__ = ("method", "template", "key", "shape", "status", "operation", "names", "action", "item",
                 "collection_parts")

    def __init__(self, method: str, template: str, key: str, shape: str, status: int, operation: str) -> None:
        self.method, self.template, self.key, self.shape, self.status, self.operation = (
            method, template, key, shape, status, operation)
        parts = [p for p in template.split("/") if p][2:]  # drop 'crm', 'v6'
        self.names: List[str] = [m.group(1) for m in (PLACEHOLDER.fullmatch(p) for p in parts) if m]
        self.action = any(p in ACTION_WORDS for p in parts[1:]) or parts[-1].startswith("__") and len(parts) > 1
        self.item = bool(parts) and bool(PLACEHOLDER.fullmatch(parts[-1])) and not self.action
        self.collection_parts = parts[:-1] if self.item else parts

    @property
    def settings_like(self) -> bool:
        return not self.action and bool(self.collection_parts) and self.collection_parts[0] in ROOTS

    def key_for(self, collection: str) -> str:
        return collection.rsplit("/", 1)[-1] if self.key == ANY_KEY else self.key


def tail(template: str) -> str:
    """The last two literal segments (``actions/mass_convert``) of a template."""
    return "/".join([p for p in template.split("/") if p and not PLACEHOLDER.fullmatch(p)][-2:])


def route_template(template: str) -> str:
    return PLACEHOLDER.sub(lambda m: "{%s:name}" % m.group(1) if "module" in m.group(1) else m.group(0), template)


def _routes() -> Tuple[List[Row], List[Route]]:
    rows: List[Row] = []
    routes: List[Route] = []
    taken: Set[Tuple[str, str]] = set()

    def add(row: Row, template: str) -> None:
        rows.append(row)
        taken.add((row.method, row.template))
        routes.append(Route(row.method, template, "generic", "handle", "surface", fixed=(("row", len(rows) - 1),)))

    for spec in ROWS:
        add(Row(*spec), route_template(spec[1]))
    # settings-like collections take every method, on the collection and on its items
    for row in [r for r in rows if r.settings_like]:
        base = row.template.rsplit("/", 1)[0] if row.item else row.template
        item = base + "/{id}"
        for template in (base, item):
            for method in OPEN:
                same_leaf = any(m == method and t.rsplit("/", 1)[0] == base and t.endswith("}") for m, t in taken)
                if (method, template) not in taken and not (template == item and same_leaf):
                    add(Row(method, template, ANY_KEY, "list", 201 if method == "POST" else 200, ""),
                        route_template(template))
    # and so do collections the table does not name (``/settings/<anything>[/<more>][/<id>]``)
    for root in ROOTS:
        for depth in (1, 2, 3):
            names = ["c%d" % n for n in range(depth)]
            plain = "/crm/v6/%s/%s" % (root, "/".join("{%s}" % n for n in names))
            typed = "/crm/v6/%s/%s" % (root, "/".join("{%s%s}" % (n, "" if n == "c0" else ":name") for n in names))
            for method in OPEN:
                add(Row(method, plain, ANY_KEY, "list", 201 if method == "POST" else 200, ""), typed)
                add(Row(method, plain + "/{id}", ANY_KEY, "list", 200, ""), typed + "/{id:digits}")
    return rows, routes


TABLE, ROUTES = _routes()
LISTED = TABLE[:len(ROWS)]  # the table's own rows (without the added settings writes)
