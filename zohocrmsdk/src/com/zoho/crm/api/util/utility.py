"""Field-metadata fetching for record operations, related lists, photo support and the current
user lookup: the implicit requests the official SDK makes, in its order."""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any, Dict, List, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api import implicit_requests as requests_of
from zohocrmsdk.src.com.zoho.crm.api.util import call_context, field_cache, field_metadata
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants

logger = logging.getLogger("SDKLogger")

REFRESH_INTERVAL_MS = 3600 * 1000


def _get_json(path: str, params: Optional[Dict[str, str]] = None, headers: Optional[Dict[str, str]] = None,
              context=None):
    """One GET through the normal pipeline; returns (status, JSON body or None)."""
    from zohocrmsdk.src.com.zoho.crm.api.util.common_api_handler import CommonAPIHandler
    handler = CommonAPIHandler()
    handler.set_api_path(path)
    handler.set_http_method("GET")
    handler.set_category_method("READ")
    handler.get_param().request_parameters.update(params or {})
    handler.get_header().request_headers.update(headers or {})
    _, response = handler.send(context)
    if response.status_code in (204, 304) or not response.content.strip():
        return response.status_code, None
    try:
        return response.status_code, response.json()
    except (ValueError, RecursionError) as error:
        raise SDKException("API_EXCEPTION", "The metadata response is not JSON.",
                           {"code": response.status_code}, error) from error


def _api_error(body: Any, status: int) -> Optional[SDKException]:
    if isinstance(body, dict) and body.get("status") == "error":
        return SDKException("API_EXCEPTION", body.get("message"),
                            {"code": body.get("code"), "status": body.get("status"),
                             "message": body.get("message")})
    if status >= 400:
        return SDKException("API_EXCEPTION", None, {"code": status})
    return None


def _module_metadata(modules) -> Dict[str, Any]:
    """The cache's SDK-MODULE-METADATA entries of API-supported modules."""
    return {m["api_name"].lower(): {"api_name": m["api_name"], "generated_type": m.get("generated_type")}
            for m in modules}


class Utility(object):
    """Static helpers the operations call before sending (the official names)."""

    lock = threading.RLock()
    api_supported_modules: Dict[str, Any] = {}

    # -- module names ----------------------------------------------------------------------
    @staticmethod
    def verify_module_api_name(module_api_name: str) -> str:
        canonical = Constants.DEFAULT_MODULE_NAME_VS_API_NAME.get(module_api_name.lower())
        if canonical is not None:
            return canonical
        data = field_cache.read(field_cache.cache_path())
        meta = data.get(field_cache.MODULE_METADATA) or {}
        entry = meta.get(module_api_name.lower())
        if isinstance(entry, dict) and entry.get("api_name"):
            return entry["api_name"]
        return module_api_name

    @staticmethod
    def set_handler_api_path(module_api_name: str, handler_instance) -> None:
        """Rewrite path segments naming the module (any case) to its API name."""
        if handler_instance is None:
            return
        path = handler_instance.get_api_path()
        if module_api_name.lower() not in path.lower():
            return
        parts = path.split("/")
        for i, part in enumerate(parts):
            if part.lower() == module_api_name.lower():
                parts[i] = module_api_name
            elif part in Constants.DEFAULT_MODULE_NAME_VS_API_NAME:
                parts[i] = Constants.DEFAULT_MODULE_NAME_VS_API_NAME[part]
        handler_instance.set_api_path("/".join(parts))

    # -- fields ------------------------------------------------------------------------------
    @staticmethod
    def get_fields(module_api_name: Optional[str], handler_instance=None) -> None:
        if module_api_name is None:
            return
        names = module_api_name.split(",")
        with Utility.lock:
            for name in names:
                # Only a single module names the handler's module; a list (lead conversion options:
                # "Leads,Contacts,Deals,Accounts") leaves the operation's module in place, as officially.
                Utility._get_fields_of(name.strip(), handler_instance, adopt=len(names) == 1)

    @staticmethod
    def get_fields_info(module_api_name: str, handler_instance=None) -> None:
        Utility.get_fields(module_api_name, handler_instance)

    @staticmethod
    def _get_fields_of(name: str, handler, adopt: bool = True) -> None:
        if not name:
            return
        canonical = Utility.verify_module_api_name(name)
        Utility.set_handler_api_path(canonical, handler)
        if handler is not None and handler.get_module_api_name() is not None:
            if adopt:
                handler.set_module_api_name(canonical)
        elif name.lower() not in Constants.SKIP_MODULES:
            return
        context = call_context.require()
        path = field_cache.cache_path(context)
        if context.sdk_config.get_auto_refresh_fields():
            Utility._refresh_if_due(path)
        data = field_cache.read(path)
        if canonical.lower() in data and data[canonical.lower()]:
            return
        Utility._fetch_module(canonical, path, top_level=True)

    @staticmethod
    def _fetch_module(module: str, path: str, top_level: bool, seen: Optional[set] = None) -> None:
        """Fetch one module's fields, then every module they point to (lookups, subforms)."""
        seen = seen if seen is not None else set()
        key = module.lower()
        seen.add(key)
        status, body = _get_json(requests_of.path(requests_of.FIELDS), {"module": module})
        error = _api_error(body, status)
        if error is not None:
            if top_level:
                # A clear error carrying Zoho's code, and no half-written cache entry
                # (docs/deviations.md#fields-fetch-error-clear).
                raise error
            logger.info("Exception in fetching fields of module %s: %s", module, error)
            field_cache.update(path, lambda data: data.__setitem__(key, {}))
            return
        specs: Dict[str, Any] = {}
        for field in (body or {}).get("fields", []) if isinstance(body, dict) else []:
            spec = field_metadata.build_spec(field, key, module)
            if spec is not None:
                specs[field["api_name"]] = spec
        specs.update(field_metadata.extra_entries(key))
        field_cache.update(path, lambda data: data.__setitem__(key, specs))
        for spec in list(specs.values()):
            target = spec.get("module")
            if not target or target.lower() in seen:
                continue
            existing = field_cache.read(path).get(target.lower())
            if existing:
                continue
            Utility._fetch_module(target, path, top_level=False, seen=seen)

    @staticmethod
    def _refresh_if_due(path: str) -> None:
        data = field_cache.read(path)
        last = data.get(field_cache.LAST_MODIFIED)
        now = time.time() * 1000
        if last is not None and now - float(last) <= REFRESH_INTERVAL_MS:
            return
        headers = {}
        if last is not None:
            from zohocrmsdk.src.com.zoho.crm.api.util.datatype_converter import format_datetime
            import datetime
            headers["If-Modified-Since"] = format_datetime(datetime.datetime.fromtimestamp(float(last) / 1000))
        status, body = _get_json(requests_of.path(requests_of.MODULES), headers=headers)
        error = _api_error(body, status)
        if error is not None:
            raise error
        changed = (body or {}).get("modules", []) if isinstance(body, dict) else []

        def apply(content):
            meta = dict(content.get(field_cache.MODULE_METADATA) or {})
            for module in changed:
                if module.get("api_supported"):
                    meta.update(_module_metadata([module]))
                if last is not None:
                    Utility._drop_module(content, module.get("api_name", "").lower())
            if meta:
                content[field_cache.MODULE_METADATA] = meta
            content[field_cache.LAST_MODIFIED] = now
        field_cache.update(path, apply)

    @staticmethod
    def _drop_module(content: Dict[str, Any], key: str) -> None:
        specs = content.pop(key, None)
        if isinstance(specs, dict):
            for spec in specs.values():
                if isinstance(spec, dict) and spec.get("subform") and spec.get("module"):
                    content.pop(spec["module"].lower(), None)

    @staticmethod
    def refresh_modules() -> None:
        """Fetch the module list again and re-fetch every listed module's fields."""
        path = field_cache.cache_path()
        status, body = _get_json(requests_of.path(requests_of.MODULES))
        error = _api_error(body, status)
        if error is not None:
            raise error
        modules = [m for m in (body or {}).get("modules", []) if m.get("api_supported")]

        def apply(content):
            content[field_cache.MODULE_METADATA] = _module_metadata(modules)
            for m in modules:
                Utility._drop_module(content, m["api_name"].lower())
        field_cache.update(path, apply)
        with Utility.lock:
            for m in modules:
                if not field_cache.read(path).get(m["api_name"].lower()):
                    Utility._fetch_module(m["api_name"], path, top_level=False)

    # -- related lists and photos ----------------------------------------------------------------
    @staticmethod
    def get_related_lists(related_module_name: str, module_api_name: str, common_api_handler) -> None:
        with Utility.lock:
            path = field_cache.cache_path()
            key = module_api_name.lower() + "_related_lists"
            for attempt in (0, 1):
                lists = field_cache.read(path).get(key)
                if not lists:
                    lists = Utility._fetch_related_lists(module_api_name, path, key)
                found = Utility.check_related_list_exists(related_module_name, lists, common_api_handler)
                if found or attempt:
                    return
                field_cache.update(path, lambda data: data.pop(key, None))

    @staticmethod
    def _fetch_related_lists(module_api_name: str, path: str, key: str) -> List[Dict[str, Any]]:
        status, body = _get_json(requests_of.path(requests_of.RELATED_LISTS), {"module": module_api_name})
        error = _api_error(body, status)
        if error is not None:
            # As the official SDK: the server's code/status/message go in details only.
            raise SDKException("API_EXCEPTION", None, error.details)
        lists = []
        for item in (body or {}).get("related_lists", []) if isinstance(body, dict) else []:
            module = item.get("module")
            lists.append({"api_name": item.get("api_name"),
                          "module": (module or {}).get("api_name") if isinstance(module, dict) else (module or "null"),
                          "name": item.get("name"), "href": item.get("href") or "null"})
        field_cache.update(path, lambda data: data.__setitem__(key, lists))
        return lists

    @staticmethod
    def check_related_list_exists(related_module_name: str, module_related_list_array, common_api_handler) -> bool:
        for item in module_related_list_array or []:
            if str(item.get("api_name", "")).lower() != related_module_name.lower():
                continue
            if item.get("href") in (None, "null"):
                raise SDKException("API UNSUPPORTED OPERATION", "{} {} Operation is not supported by API".format(
                    common_api_handler.get_http_method(), common_api_handler.get_api_path()))
            module = item.get("module")
            if module and module != "null":
                common_api_handler.set_module_api_name(module)
                Utility._get_fields_of(module, common_api_handler)
            return True
        return False

    @staticmethod
    def verify_photo_support(module_api_name: str) -> None:
        """UPLOAD PHOTO UNSUPPORTED MODULE for a module that is not custom; the module list is
        fetched first when the cache has none, as the official SDK does."""
        with Utility.lock:
            canonical = Utility.verify_module_api_name(module_api_name)
            if canonical.lower() in Constants.PHOTO_SUPPORTED_MODULES:
                return
            path = field_cache.cache_path()
            meta = field_cache.read(path).get(field_cache.MODULE_METADATA)
            if not meta:
                meta = Utility._fetch_module_metadata(path)
            entry = meta.get(canonical.lower())
            if isinstance(entry, dict) and "generated_type" in entry and entry["generated_type"] != "custom":
                raise SDKException("UPLOAD PHOTO UNSUPPORTED MODULE",
                                   "Photo Upload Operation is not supported by the module: " + canonical)

    @staticmethod
    def _fetch_module_metadata(path: str) -> Dict[str, Any]:
        """GET /settings/modules; the API-supported modules are written to the cache."""
        status, body = _get_json(requests_of.path(requests_of.MODULES))
        error = _api_error(body, status)
        if error is not None:
            raise error
        meta = _module_metadata(m for m in (body or {}).get("modules", []) if m.get("api_supported"))
        field_cache.update(path, lambda content: content.__setitem__(field_cache.MODULE_METADATA, meta))
        return meta

    # -- the current user ----------------------------------------------------------------------
    @staticmethod
    def get_user_name(token: str, context=None) -> Optional[str]:
        """``<email>:<org zgid>`` of the user the access token belongs to."""
        auth = {"Authorization": "Zoho-oauthtoken " + token}
        status, body = _get_json(requests_of.path(requests_of.CURRENT_USER), {"type": "CurrentUser"}, auth, context)
        if body is None:
            return None
        error = _api_error(body, status)
        if error is not None:
            raise error
        email = (body.get("users") or [{}])[0].get("email")
        org_id = Utility.get_user_org_id(token, context)
        if email is None or org_id is None:
            return None
        return "{}:{}".format(email, org_id)

    @staticmethod
    def get_user_org_id(token: str, context=None) -> Optional[str]:
        status, body = _get_json(requests_of.path(requests_of.ORGANIZATION), None, {"Authorization": "Zoho-oauthtoken " + token}, context)
        if body is None:
            return None
        error = _api_error(body, status)
        if error is not None:
            raise error
        zgid = (body.get("org") or [{}])[0].get("zgid")
        return None if zgid is None else str(zgid)


def _reset_after_fork() -> None:
    # Utility.lock is held during metadata requests: a child forked meanwhile gets a free one.
    Utility.lock = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
