"""Wire helpers shared by every service: request bodies, paging and the multi-entry status.

Each reader keeps the validation Zoho applies to that family of endpoints (record writes,
settings wrappers, the lenient generic collection); a responses module picks the one its
endpoint follows instead of writing its own.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from . import errors
from .errors import ItemError
from .wire import Request

MAX_WRITE = 100  # entries per record write (ZOHO_API.md §3)
MAX_PER_PAGE = 200


# -- bodies ----------------------------------------------------------------------------------
def json_object(req: Request) -> Dict[str, Any]:
    """The body when it is a JSON object, else {} (endpoints whose body is optional)."""
    body = req.json() if req.body else None
    return body if isinstance(body, dict) else {}


def data_items(req: Request, key: str = "data", limit: int = MAX_WRITE) -> List[Any]:
    """``{"data": [...]}`` of a record write: present, a non-empty array, at most `limit` entries."""
    body = req.json()
    if not isinstance(body, dict) or key not in body:
        raise errors.mandatory_missing({"api_name": key})
    items = body[key]
    if not isinstance(items, list):
        raise errors.invalid_data(details={"api_name": key, "expected_data_type": "jsonarray"})
    if not items:
        raise errors.invalid_data(details={"api_name": key})
    if len(items) > limit:
        raise errors.limit_exceeded({"limit": limit, "api_name": key})
    return items


def wrapped(req: Request, key: str, single: bool = False) -> Any:
    """``{"<key>": [...]}`` (or ``{"<key>": {...}}`` when `single`) of a settings write."""
    body = req.json() if req.body else None
    if not isinstance(body, dict):
        raise errors.not_json_object()
    value = body.get(key)
    if value is None:
        raise errors.mandatory_missing({"api_name": key})
    if single:
        if not isinstance(value, dict):
            raise errors.invalid_data(details={"api_name": key, "expected_data_type": "jsonobject"})
        return value
    if not isinstance(value, list) or not value:
        raise errors.invalid_data(details={"api_name": key, "expected_data_type": "jsonarray"})
    return value


def lenient_items(req: Request, key: str) -> List[Any]:
    """Entries of the generic collection: under `key`, else the first array/object, else the body."""
    if not req.body:
        return []
    body = req.json()
    if not isinstance(body, dict):
        raise errors.not_json_object()
    value = body.get(key)
    if value is None:
        value = next((v for v in body.values() if isinstance(v, (list, dict))), None)
    if value is None:
        return [body] if body else []
    return value if isinstance(value, list) else [value]


def id_list(query: Mapping[str, str], name: str = "ids") -> List[str]:
    """A comma-separated id parameter, empty parts dropped."""
    return [i for i in (query.get(name) or "").split(",") if i]


def uploaded_file(req: Request, field: str = "file") -> Tuple[str, bytes]:
    """(file name, content) of the multipart part named `field`; REQUIRED_PARAM_MISSING without one."""
    files = [p for p in req.files() if p[0] == field]
    if not files:
        raise errors.required_param(field)
    return files[0][1], files[0][2]


# -- multi-entry writes ----------------------------------------------------------------------
def status_of(results: List[dict], ok: int = 200) -> int:
    """Zoho's status for a multi-entry answer: `ok` if all succeeded, 400 if none, else 207."""
    good = sum(1 for r in results if r.get("status") == "success")
    if good == len(results):
        return ok
    return 400 if good == 0 else 207


def run_items(tx: Callable[[], Any], items: List[Any], work: Callable[[int, Any], dict]) -> List[dict]:
    """Run `work(index, item)` per entry in its own transaction; an `ItemError` becomes that entry's error."""
    results = []
    for index, item in enumerate(items):
        try:
            with tx():
                results.append(work(index, item))
        except ItemError as exc:
            results.append(exc.to_json())
    return results


def run_entries(tx: Callable[[], Any], items: List[Any], key: str,
                work: Callable[[int, dict, str], dict]) -> List[dict]:
    """Run `work(index, item, json_path)` per object entry in its own transaction; an `ItemError`
    (or a non-object entry) becomes that entry's error and the others go on."""
    results = []
    for index, item in enumerate(items):
        path = f"$.{key}[{index}]"
        try:
            if not isinstance(item, dict):
                raise errors.item_invalid({"json_path": path})
            with tx():
                results.append(work(index, item, path))
        except ItemError as exc:
            results.append(exc.to_json())
    return results


# -- paging ----------------------------------------------------------------------------------
def page_args(query: Mapping[str, str], default_per_page: int = MAX_PER_PAGE,
              blame_page: bool = False) -> Tuple[int, int]:
    """Strict ``page``/``per_page``: INVALID_DATA naming ``page`` when not a number, ``per_page``
    when out of range (or ``page`` for a page below 1 when `blame_page`)."""
    try:
        page = int(query.get("page") or 1)
        per_page = int(query.get("per_page") or default_per_page)
    except ValueError:
        raise errors.invalid_data(details={"param_name": "page"})
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise errors.invalid_data(details={"param_name": "page" if blame_page and page < 1 else "per_page"})
    return page, per_page


def clamped_page_args(query: Mapping[str, str], default_per_page: int = MAX_PER_PAGE) -> Tuple[int, int]:
    """Lenient ``page``/``per_page`` (settings lists): out-of-range values are clamped."""
    try:
        page = max(1, int(query.get("page") or 1))
        per_page = min(MAX_PER_PAGE, max(1, int(query.get("per_page") or default_per_page)))
    except ValueError:
        raise errors.invalid_data(details={"param_name": "page"})
    return page, per_page


def page_of(rows: List[Any], page: int, per_page: int,
            extra: Optional[Dict[str, Any]] = None) -> Tuple[List[Any], Dict[str, Any]]:
    """The requested slice and its ``info`` object."""
    chunk = rows[(page - 1) * per_page: page * per_page]
    info: Dict[str, Any] = {"per_page": per_page, "count": len(chunk), "page": page,
                            "more_records": page * per_page < len(rows)}
    if extra:
        info.update(extra)
    return chunk, info
