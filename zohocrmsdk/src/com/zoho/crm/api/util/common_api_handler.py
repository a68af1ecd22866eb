"""Assembles one API call (path, method, params, headers, body), sends it and decodes the answer."""
from __future__ import annotations

import json
import logging
import platform
from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import (SDKException, SDKResponseException,
                                                                     without_secrets)
from zohocrmsdk.src.com.zoho.crm.api.header_map import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.parameter_map import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.util import call_context, transport
from zohocrmsdk.src.com.zoho.crm.api.util.api_http_connector import APIHTTPConnector
from zohocrmsdk.src.com.zoho.crm.api.util.api_response import APIResponse
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants

logger = logging.getLogger("SDKLogger")

SDK_HEADER_VALUE = "{}/{}/python-6.0/{}:3.0.0".format(platform.system(), platform.release(),
                                                      platform.python_version())
JSON_TYPES = frozenset(("application/json", "text/plain", "application/ld+json"))
NO_OBJECT_TYPES = frozenset(("application/xml", "text/xml", "multipart/form-data"))
_FILE_PREFIXES = ("image/", "audio/", "video/", "font/")
_FILE_TYPES = frozenset((
    "application/x-download", "application/octet-stream", "text/html", "text/css", "text/javascript",
    "text/calendar", "text/csv", "application/zip", "application/pdf", "application/java-archive",
    "application/javascript", "application/xhtml+xml", "application/x-bzip", "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/gzip",
    "application/x-httpd-php", "application/vnd.ms-powerpoint", "application/vnd.rar", "application/x-sh",
    "application/x-tar", "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-7z-compressed"))


class CommonAPIHandler(object):
    """Built by each operation; ``api_call`` performs the request."""

    def __init__(self) -> None:
        self.__api_path: Optional[str] = None
        self.__header = HeaderMap()
        self.__param = ParameterMap()
        self.__request: Any = None
        self.__http_method: Optional[str] = None
        self.__module_api_name: Optional[str] = None
        self.__content_type: Optional[str] = None
        self.__category_method: Optional[str] = None
        self.__mandatory_checker = False

    # -- the official setters and getters -------------------------------------------------------
    def set_content_type(self, content_type): self.__content_type = content_type
    def get_content_type(self): return self.__content_type
    def set_api_path(self, api_path): self.__api_path = api_path
    def get_api_path(self): return self.__api_path
    def set_request(self, request): self.__request = request
    def get_request(self): return self.__request
    def set_http_method(self, http_method): self.__http_method = http_method
    def get_http_method(self): return self.__http_method
    def set_category_method(self, category_method): self.__category_method = category_method
    def get_category_method(self): return self.__category_method
    def set_module_api_name(self, module_api_name): self.__module_api_name = module_api_name
    def get_module_api_name(self): return self.__module_api_name
    def set_mandatory_checker(self, mandatory_checker): self.__mandatory_checker = mandatory_checker
    def get_mandatory_checker(self): return self.__mandatory_checker
    def get_param(self): return self.__param
    def get_header(self): return self.__header

    def add_param(self, param_instance, param_value) -> None:
        if param_value is not None:
            self.__param.add(param_instance, param_value)

    def add_header(self, header_instance, header_value) -> None:
        if header_value is not None:
            self.__header.add(header_instance, header_value)

    def set_param(self, param) -> None:
        # The caller's map is copied, never adopted: reusing it must not resend a stale token (16.6).
        if param is not None:
            self.__param.request_parameters.update(param.request_parameters)

    def set_header(self, header) -> None:
        if header is not None:
            self.__header.request_headers.update(header.request_headers)

    # -- the call ----------------------------------------------------------------------------
    def api_call(self, class_name, encode_type: str) -> APIResponse:
        """Send the request and decode the answer into ``class_name`` (a class, class path or the
        official module path of the response class)."""
        target = _response_class(class_name)
        context, response = self.send()
        try:
            return _dispatch(response, target, self, context)
        except SDKException as error:
            masked = _without_secrets(error, context.token)
            if masked is error:
                raise
        raise masked  # outside the handler: the unmasked error is not kept as its context

    def send(self, context=None):
        """Authenticate, encode and send; return (call context, raw response). The engine's own
        metadata and user lookups use this directly with an explicit context."""
        context = call_context.require() if context is None else context
        connector = APIHTTPConnector()
        connector.url = self._url(context.environment)
        connector.request_method = self.__http_method
        connector.headers = dict(self.__header.request_headers)
        connector.parameters = dict(self.__param.request_parameters)
        connector.content_type = self.__content_type
        caller_auth = "Authorization" in connector.headers
        token = context.token
        channel = context.channel
        # The call's deadline covers the token refresh, every attempt and the answer's body.
        deadline = transport.start_deadline(channel.deadline)
        try:
            try:
                token.authenticate(connector)  # OAuthToken leaves a caller-set Authorization alone
            except SDKException as error:
                logger.info("Exception in authenticating current request : %s", error)
                raise
            except MemoryError:
                raise
            except Exception as error:
                wrapped = SDKException(None, "Exception in authenticating current request : ", None, error)
                logger.error("%s", wrapped)
                raise wrapped from error
            data, files = self._body(context)
            connector.add_header("X-ZOHO-SDK", SDK_HEADER_VALUE)
            logger.info("%s", connector)
            method = self.__http_method
            # a POST declared READ (a query) only reads, so retrying it after a timeout is safe
            idempotent = method in ("GET", "PUT", "DELETE", "HEAD") or (
                method == "POST" and self.__category_method == Constants.REQUEST_CATEGORY_READ)
            headers = dict(connector.headers)
            if self.__content_type and any(path in connector.url for path in Constants.SET_CONTENT_TYPE_HEADER):
                headers["Content-Type"] = self.__content_type
            send_args = dict(params=connector.parameters or None, data=data, files=files, idempotent=idempotent)
            limit = channel.max_response_size
            response = _received(channel.send(method, connector.url, headers=headers, **send_args), limit)
            if response.status_code == 401 and not caller_auth and _is_invalid_token(response):
                fresh = _renew(token, headers.get("Authorization", ""))
                if fresh is not None and transport.rewind(files):
                    headers["Authorization"] = "Zoho-oauthtoken " + fresh
                    response = _received(channel.send(method, connector.url, headers=headers, **send_args), limit)
        except SDKException as error:
            masked = _without_secrets(error, token)
            if masked is error:
                raise
        else:
            masked = None
        finally:
            transport.stop_deadline(deadline)
            _close_owned_streams(self.__request)
        if masked is not None:
            raise masked  # outside the handler: the unmasked error is not kept as its context
        return context, response

    def _url(self, environment) -> str:
        return environment.request_url(self.__api_path)

    def _body(self, context):
        if not self.__content_type or self.__http_method not in ("POST", "PUT", "PATCH"):
            return None, None
        request = self.__request
        kind = self.__content_type.lower()
        from zohocrmsdk.src.com.zoho.crm.api.util import codec
        if kind == "multipart/form-data":
            if request is None:  # nothing to upload: fail before sending, as the official SDK does
                raise SDKException("MANDATORY VALUE ERROR", "Value missing or None for mandatory key(s): ",
                                   {"field": "request", "reason": "a multipart request needs a body"})
            return {}, _multipart(request)
        ctx = _codec_context(self.__module_api_name, context)
        encoder = codec.Encoder(ctx, mandatory_check=self.__mandatory_checker and self.__category_method == "CREATE")
        try:
            payload = encoder.encode(request) if request is not None else None
        except SDKException as error:
            logger.info("Exception in forming request body : %s", error)
            raise
        if payload is None:
            return None, None
        return json.dumps(payload).encode("utf-8"), None


def _codec_context(module: Optional[str], context):
    from zohocrmsdk.src.com.zoho.crm.api.util import codec
    from zohocrmsdk.src.com.zoho.crm.api.util.field_cache import fields_reader
    return codec.Context(module, fields_reader(context), context.sdk_config.get_pick_list_validation())


def _response_class(class_name) -> str:
    """Accept a class, a class path, or (like the official operations) a module path."""
    if isinstance(class_name, type):
        return class_name.__module__.rpartition(".")[0] + "." + class_name.__name__
    from zohocrmsdk.src.com.zoho.crm.api.util.model import resolve
    import importlib
    try:
        resolve(class_name)
        return class_name
    except SDKException:
        module = importlib.import_module(class_name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == class_name:
                return class_name.rpartition(".")[0] + "." + value.__name__
        raise


def _multipart(request):
    from zohocrmsdk.src.com.zoho.crm.api.util.stream_wrapper import StreamWrapper
    files = []
    if request is None:
        return files
    for f in type(request)._fields_:
        if not request._km.get(f.key):
            continue
        value = request._v.get(f.attr)
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, StreamWrapper):
                name = item.get_name() or getattr(item.get_stream(), "name", f.key)
                files.append((f.key, (name.rsplit("/", 1)[-1], item.get_stream())))
            elif item is not None:
                files.append((f.key, (None, str(item))))
    return files


def _close_owned_streams(request) -> None:
    from zohocrmsdk.src.com.zoho.crm.api.util.stream_wrapper import StreamWrapper
    values = getattr(request, "_v", None)
    if not values:
        return
    for value in values.values():
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, StreamWrapper):
                item._close_if_owned()


def _without_secrets(error: SDKException, token) -> SDKException:
    """Exception texts never quote the credential in use (docs/deviations.md#no-secrets-in-errors)."""
    secrets = getattr(token, "_secrets", None)
    return without_secrets(error, secrets()) if secrets is not None else error


def _is_file(response) -> bool:
    media = _media_type(response)
    return media is not None and (media in _FILE_TYPES or media.startswith(_FILE_PREFIXES))


def _received(response, limit: Optional[int]):
    """Read the answer's body now (bounded), unless it is a file: files stay streamed."""
    if not _is_file(response):
        transport.read_body(response, limit)
    return response


def _is_invalid_token(response) -> bool:
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return False
    return isinstance(body, dict) and body.get("code") == "INVALID_TOKEN"


def _renew(token, authorization: str) -> Optional[str]:
    renew = getattr(token, "renew_if_current", None)
    if renew is None:
        return None
    failed = authorization.replace("Zoho-oauthtoken ", "", 1)
    try:
        return renew(failed)
    except SDKException as error:
        logger.info("Could not refresh the token after INVALID_TOKEN: %s", error)
        return None


def _media_type(response) -> Optional[str]:
    header = response.headers.get("Content-Type")
    if header is None:
        return None
    return header.rsplit(";", 1)[0].strip().lower() if ";" in header else header.strip().lower()


def _dispatch(response, target: str, handler: CommonAPIHandler, context) -> APIResponse:
    from zohocrmsdk.src.com.zoho.crm.api.util import codec
    headers, status = response.headers, response.status_code
    media = _media_type(response)
    if media is None:
        logger.info("<Response [%s]>", status)
        return APIResponse(headers, status, None)
    if media in JSON_TYPES:
        if not response.content.strip():
            return APIResponse(headers, status, None)
        try:
            body = response.json()
        except (ValueError, RecursionError) as error:
            raise _response_error("The response is not valid JSON.", response, error)
        ctx = _codec_context(handler.get_module_api_name(), context)
        try:
            return APIResponse(headers, status, codec.decode(body, target, ctx))
        except RecursionError as error:
            raise _response_error("The response is nested too deeply.", response, error)
        except SDKException as error:
            if error.details is None or "status" not in (error.details or {}):
                raise _response_error(error.message or str(error), response, error)
            raise
    if media in NO_OBJECT_TYPES:
        return APIResponse(headers, status, None)
    if media in _FILE_TYPES or media.startswith(_FILE_PREFIXES):
        return APIResponse(headers, status, _file_body(response, target))
    raise _response_error("Unexpected response content type " + media + ".", response, None)


def _response_error(message: str, response, cause) -> SDKException:
    body = response._content if isinstance(response._content, bytes) else b""  # a file stays unread
    excerpt = body[:300].decode("utf-8", "replace")
    return SDKResponseException("RESPONSE ERROR", message, {"status": response.status_code,
                        "content_type": response.headers.get("Content-Type"), "body": excerpt}, cause)


def _file_body(response, target: str):
    from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface, Model, resolve
    from zohocrmsdk.src.com.zoho.crm.api.util.stream_wrapper import StreamWrapper
    cls = resolve(target)
    if issubclass(cls, Interface) and not issubclass(cls, Model):
        # the interface's candidate that holds a stream (its FileBodyWrapper)
        cls = next((c for c in map(resolve, cls._classes_) if _stream_members(c)), None)
        if cls is None:
            return None
    disposition = response.headers.get("Content-Disposition")
    if disposition is None:
        raise _response_error("A file response without a Content-Disposition header.", response, None)
    if "'" in disposition:
        name = disposition.rsplit("'", 1)[1]
    elif '"' in disposition:
        name = disposition.rsplit("=", 1)[1].replace('"', "")
    else:
        name = ""
    obj = cls()
    for f in _stream_members(cls):
        obj._v[f.attr] = StreamWrapper(name, response)
    return obj


def _stream_members(cls) -> list:
    return [f for f in cls._fields_ if f.type == Constants.STREAM_WRAPPER_CLASS_PATH]


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
