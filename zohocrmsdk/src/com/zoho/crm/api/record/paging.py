"""Iterate over every record of a module, one page in memory at a time (not in the official SDK).

``RecordOperations(module).iter_records(param_instance, header_instance)`` follows ``page`` for the
first 2,000 records and then ``page_token`` (Zoho refuses ``page`` past that point), yielding
``Record`` objects lazily. ``iter_deleted_records`` follows ``page`` (that API has no page token).
"""
from __future__ import annotations

from collections.abc import Iterator  # a class on every Python (typing.Iterator is not one on 3.9)
from typing import Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.parameter_map import ParameterMap

PAGE_LIMIT = 2000  # records reachable with `page`; past it Zoho wants `page_token`


def _page_params(base: Optional[ParameterMap], **values) -> ParameterMap:
    params = ParameterMap()
    if base is not None:
        params.request_parameters.update({k: v for k, v in base.request_parameters.items()
                                          if k not in ("page", "page_token")})
    for name, value in values.items():
        params.request_parameters[name] = str(value)
    return params


def _page(response, wrapper_name: str):
    if response is None or response.get_object() is None:
        return None  # 204: nothing (more) to read
    body = response.get_object()
    if type(body).__name__ == "APIException":
        raise SDKException(body.get_code().get_value() if body.get_code() else None,
                           body.get_message().get_value() if body.get_message() else None,
                           body.get_details())
    if type(body).__name__ != wrapper_name:
        raise SDKException("RESPONSE ERROR", "Unexpected page object " + type(body).__name__)
    return body


def iter_records(self, param_instance: Optional[ParameterMap] = None, header_instance=None) -> Iterator:
    """Every record matching ``param_instance`` (its ``page``/``page_token`` are managed here)."""
    per_page = int((param_instance.request_parameters.get("per_page") if param_instance else None) or 200)
    page, token = 1, None
    while True:
        params = _page_params(param_instance, page_token=token) if token else _page_params(param_instance, page=page)
        body = _page(self.get_records(params, header_instance), "ResponseWrapper")
        if body is None:
            return
        data = body.get_data() or []
        yield from data
        info = body.get_info()
        if info is None or not info.get_more_records() or not data:
            return
        if token is None and page * per_page < PAGE_LIMIT:
            page += 1
            continue
        token = info.get_next_page_token()
        if not token:
            return


def iter_deleted_records(self, param_instance: Optional[ParameterMap] = None, header_instance=None) -> Iterator:
    """Every deleted record matching ``param_instance`` (``type`` all/recycle/permanent), page by page."""
    page = 1
    while True:
        body = _page(self.get_deleted_records(_page_params(param_instance, page=page), header_instance),
                     "DeletedRecordsWrapper")
        if body is None:
            return
        data = body.get_data() or []
        yield from data
        info = body.get_info()
        if info is None or not info.get_more_records() or not data:
            return
        page += 1
