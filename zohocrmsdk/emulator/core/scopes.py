"""OAuth scopes: which scope a CRM call needs, read from its path family, and whether a token has it.

Zoho writes scopes as ``ZohoCRM.<family>[.<resource>].<operation>``; ``ALL`` covers every operation
and a family-wide scope covers each resource (``ZohoCRM.modules.ALL`` covers
``ZohoCRM.modules.leads.READ``). Names are compared case-insensitively (the bulk-read page writes
``ZohoCRM.bulk.read``). A call outside the token's scopes gets 401 OAUTH_SCOPE_MISMATCH. Paths the
table does not map are allowed and listed by `unchecked` (the admin API's ``limits`` shows them).

Sources (scope sections of the v6 pages): https://www.zoho.com/crm/developer/docs/api/v6/scopes.html,
get-records.html (``ZohoCRM.modules.{module}.READ``), field-meta.html (``ZohoCRM.settings.fields.READ``),
get-users.html (``ZohoCRM.users.READ``), get-org-data.html (``ZohoCRM.org.READ``), COQL-Overview.html
(``ZohoCRM.coql.READ``), bulk-read/create-job.html (``ZohoCRM.bulk.read``), bulk-write/create-job.html
(``ZohoCRM.bulk.CREATE``), backup pages (``ZohoCRM.bulk.backup.ALL``).
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Sequence, Tuple

# what a grant code carries when none is asked for: everything the quickstart, the samples and
# find_user (GET /users?type=CurrentUser, GET /org) use
DEFAULT_SCOPES: Tuple[str, ...] = ("ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL", "ZohoCRM.users.ALL",
                                   "ZohoCRM.org.ALL", "ZohoCRM.coql.READ", "ZohoCRM.bulk.ALL")
_OPS = {"GET": "read", "POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
_FAMILIES = ("settings", "users", "org", "coql")


def parse(scope: object) -> Tuple[str, ...]:
    """A ``scope`` parameter (comma- or space-separated, as Zoho's authorize URL takes it) or a list."""
    if scope is None or scope == "":
        return DEFAULT_SCOPES
    items = scope.replace(",", " ").split() if isinstance(scope, str) else [str(s) for s in scope]  # type: ignore[attr-defined]
    return tuple(items) or DEFAULT_SCOPES


def needed(method: str, path: str) -> Optional[Tuple[str, str, str]]:
    """(family, resource, operation) a call needs, or None when the table does not map the path."""
    parts = [p for p in path.split("/") if p]
    op = _OPS.get(method, "read")
    if parts[:3] == ["crm", "bulk", "v6"] and len(parts) > 3:
        if parts[3] == "read":
            return "bulk", "", "read"
        if parts[3] == "write":
            return "bulk", "", "read" if method == "GET" else "create"
        if parts[3] == "backup":
            return "bulk", "backup", op
        return None
    if parts[:2] != ["crm", "v6"] or len(parts) < 3:
        return None
    head = parts[2]
    if head == "settings" and len(parts) > 3:
        return "settings", parts[3].lower(), op
    if head == "coql":
        return "coql", "", "read"
    if head in _FAMILIES:
        return head, "", op
    if head[:1].isupper():  # a module's API name
        if "mass_delete" in parts[3:] and method == "POST":
            op = "delete"
        return "modules", head.lower(), op
    return None


_verdicts: Dict[Tuple[Tuple[str, ...], str, str], bool] = {}


def allows(granted: Sequence[str], method: str, path: str) -> bool:
    """Whether scopes ``granted`` cover the call (memoised: a test suite asks the same few questions)."""
    key = (tuple(granted), method, path)
    verdict = _verdicts.get(key)
    if verdict is None:
        if len(_verdicts) > 4096:
            _verdicts.clear()
        verdict = _verdicts[key] = _allows(granted, method, path)
    return verdict


def _allows(granted: Sequence[str], method: str, path: str) -> bool:
    need = needed(method, path)
    if need is None:
        return True
    family, resource, op = need
    ops = {op, "all"} | ({"write"} if op != "read" else set())
    prefix = "zohocrm." + family + "."
    for scope in granted:
        scope = scope.lower()
        if not scope.startswith(prefix):
            continue
        rest = scope[len(prefix):]
        if rest in ops:
            return True
        res, _, rop = rest.rpartition(".")
        if res == resource and rop in ops:
            return True
    return False


def unchecked(templates: Iterable[Tuple[str, str]]) -> List[str]:
    """The (method, template) rows the table does not map, as ``"METHOD template"``."""
    out = set()
    for method, template in templates:
        parts = template.split("/")  # a parameter third under /crm/v6/ names a module, any other an id
        sample = "/".join(("Leads" if i == 3 else "1") if p.startswith("{") else p for i, p in enumerate(parts))
        if needed(method, sample) is None:
            out.add(f"{method} {template}")
    return sorted(out)
